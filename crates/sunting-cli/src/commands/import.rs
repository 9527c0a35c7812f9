//! `sunting import FILE...`

use super::{default_author, Context};
use crate::files::read_bytes;
use anyhow::{anyhow, Result};
use std::path::PathBuf;
use sunting_store::SaveOptions;

/// Import Word, web-page, Markdown or plain-text files as new articles and print each new id.
///
/// .docx files are read as Word documents (paragraphs, headings, quotes, lists, bold, italic,
/// links; the Title style is the headline). .html and .htm as web pages (structure kept;
/// scripts, styles, navigation and page chrome dropped). .md and .markdown as Markdown with
/// optional front matter. Anything else as plain text: the first non-empty line is the
/// headline, blocks are separated by blank lines.
///
/// Page furniture ("Foto: ...", "Baca juga: ...", "Komentar Anda", share prompts) is removed
/// and listed on standard error, unless --keep-furniture is given.
/// Every file is read and checked first: if one cannot be read, nothing is imported.
#[derive(clap::Args)]
pub struct Args {
    /// Files to import (`-` reads standard input as plain text)
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The name the first revision is signed with [default: $SUNTING_AUTHOR or $USER]
    #[arg(long)]
    author: Option<String>,
    /// Keep page furniture in the article (the checker flags it) instead of removing it
    #[arg(long)]
    keep_furniture: bool,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut contents = Vec::with_capacity(args.files.len());
    let mut notes = Vec::new();
    for path in &args.files {
        let bytes = read_bytes(path)?;
        let name = path.to_string_lossy();
        let content = if args.keep_furniture {
            sunting_engine::format::ImportFormat::from_file_name(&name).read(&bytes)
        } else {
            sunting_engine::format::import(&name, &bytes).map(|imported| {
                if !imported.removed.is_empty() {
                    let quoted: Vec<String> = imported.removed.iter().map(|text| format!("\"{text}\"")).collect();
                    let blocks = if imported.removed.len() == 1 { "block" } else { "blocks" };
                    notes.push(format!(
                        "{}: removed {} {blocks} of page furniture: {}",
                        path.display(),
                        imported.removed.len(),
                        quoted.join(", ")
                    ));
                }
                imported.content
            })
        };
        let content = content.map_err(|error| anyhow!("{} {error}; nothing was imported", path.display()))?;
        contents.push(content);
    }
    // Told only once every file has been read: a failed import prints its error alone.
    for note in notes {
        eprintln!("{note}");
    }
    let mut store = context.store()?;
    let options = SaveOptions { author: args.author.unwrap_or_else(default_author), note: Some("Imported".to_string()) };
    for content in contents {
        println!("{}", store.create_article(&content, &options)?.id);
    }
    Ok(())
}
