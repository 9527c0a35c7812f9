//! `sunting export ID --format markdown|html|json`

use super::Context;
use crate::files::write_atomically;
use anyhow::Result;
use std::path::PathBuf;
use sunting_engine::format::{html, json, markdown, ninjs, ExportFormat};

/// Export an article to a file (or standard output) as Markdown, HTML, Sunting's JSON or IPTC
/// ninjs 2.1 (people, organisations and places from the name register's kinds).
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// The file format
    #[arg(long, value_enum)]
    format: Format,
    /// Write here instead of standard output (replaced atomically)
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Export this revision instead of the latest
    #[arg(long, value_name = "N")]
    revision: Option<u32>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Markdown,
    Html,
    Json,
    Ninjs,
}

impl From<Format> for ExportFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Markdown => ExportFormat::Markdown,
            Format::Html => ExportFormat::Html,
            Format::Json => ExportFormat::Json,
            Format::Ninjs => ExportFormat::Ninjs,
        }
    }
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let store = context.store()?;
    let (article, _) = store.article_at(args.id, args.revision)?;
    let text = match ExportFormat::from(args.format) {
        ExportFormat::Markdown => markdown::render(&article.content),
        ExportFormat::Html => html::render(&article.content),
        ExportFormat::Json => json::render(&article),
        ExportFormat::Ninjs => {
            let entities = store.named_entities(args.id)?;
            let context = ninjs::NinjsContext {
                uri: ninjs_uri(args.id),
                people: entities.people,
                organisations: entities.organisations,
                places: entities.places,
            };
            ninjs::render(&article, &context)
        }
    };
    match &args.out {
        Some(path) => {
            write_atomically(path, &text)?;
            eprintln!("Exported article {} to {}", args.id, path.display());
        }
        None => print!("{text}"),
    }
    Ok(())
}

/// The ninjs `uri` of an article: stable for the article across revisions.
pub fn ninjs_uri(article_id: i64) -> String {
    format!("urn:sunting:article:{article_id}")
}
