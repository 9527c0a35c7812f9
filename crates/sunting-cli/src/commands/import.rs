//! `sunting import FILE...`

use super::{default_author, Context};
use crate::files::read_text;
use anyhow::{bail, Result};
use std::path::PathBuf;
use sunting_engine::format::ImportFormat;
use sunting_store::SaveOptions;

/// Import plain-text, Markdown or HTML files as new articles and print each new id.
///
/// The first non-empty line is the headline; blocks are separated by blank lines. Files ending
/// in .md or .markdown are read as Markdown (with optional front matter); .html and .htm as web
/// pages (structure kept; scripts, styles, navigation and page furniture dropped); others as
/// plain text.
/// Every file is read and checked first: if one cannot be read, nothing is imported.
#[derive(clap::Args)]
pub struct Args {
    /// Files to import (`-` reads standard input as plain text)
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The name the first revision is signed with [default: $SUNTING_AUTHOR or $USER]
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut contents = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let text = read_text(path)?;
        let content = ImportFormat::from_file_name(&path.to_string_lossy()).parse(&text);
        if content.headline.is_empty() {
            bail!("{} has no text to import", path.display());
        }
        contents.push(content);
    }
    let mut store = context.store()?;
    let options = SaveOptions { author: args.author.unwrap_or_else(default_author), note: Some("Imported".to_string()) };
    for content in contents {
        println!("{}", store.create_article(&content, &options)?.id);
    }
    Ok(())
}
