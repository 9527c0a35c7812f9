//! `sunting edit ID --file FILE`

use super::{default_author, Context};
use crate::files::read_bytes;
use anyhow::{anyhow, Result};
use std::path::PathBuf;
use sunting_engine::{diff::diff_articles, format::ImportFormat};
use sunting_store::SaveOptions;

/// Replace an article's headline and body from a file and save a revision.
///
/// The file is read like `import` reads it. Standfirst, byline, dateline, language and tags are
/// kept unless a Markdown file's front matter sets them. Saving text identical to the latest
/// revision adds no revision.
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// The new text (plain text, Markdown, HTML or .docx; `-` for standard input)
    #[arg(long, value_name = "FILE")]
    file: PathBuf,
    /// A note for the history ("cek nama menteri")
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// The name the revision is signed with [default: $SUNTING_AUTHOR or $USER]
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let bytes = read_bytes(&args.file)?;
    let incoming = ImportFormat::from_file_name(&args.file.to_string_lossy())
        .read(&bytes)
        .map_err(|error| anyhow!("{} {error}; the article was not changed", args.file.display()))?;
    let mut store = context.store()?;
    let current = store.article(args.id)?;
    let mut content = current.content.clone();
    content.headline = incoming.headline;
    content.body = incoming.body;
    for (field, value) in [
        (&mut content.standfirst, incoming.standfirst),
        (&mut content.byline, incoming.byline),
        (&mut content.dateline, incoming.dateline),
        (&mut content.language, incoming.language),
    ] {
        if !value.is_empty() {
            *field = value;
        }
    }
    if !incoming.tags.is_empty() {
        content.tags = incoming.tags;
    }
    let options = SaveOptions { author: args.author.unwrap_or_else(default_author), note: args.note };
    let outcome = store.save(args.id, &content, &options)?;
    if outcome.created {
        let diff = diff_articles(&current.content, &content);
        println!("Saved revision {} of article {} (+{} -{} words)", outcome.revision, args.id, diff.words_added, diff.words_removed);
    } else {
        println!("No changes: revision {} of article {} already has this text", outcome.revision, args.id);
    }
    Ok(())
}
