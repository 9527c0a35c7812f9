//! `sunting edit ID --file FILE`

use super::{default_author, Context};
use crate::files::read_bytes;
use crate::i18n::t;
use anyhow::{anyhow, Result};
use std::path::PathBuf;
use sunting_engine::{diff::diff_articles, format::ImportFormat};
use sunting_store::SaveOptions;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    #[arg(long, value_name = "FILE")]
    file: PathBuf,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let bytes = read_bytes(&args.file)?;
    let incoming = ImportFormat::from_file_name(&args.file.to_string_lossy()).read(&bytes).map_err(|error| {
        anyhow!(
            "{}",
            t!(
                "cli-edit-unreadable",
                reason = sunting_i18n::describe_import(crate::i18n::language(), &args.file.display().to_string(), &error)
            )
        )
    })?;
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
        println!(
            "{}",
            t!("cli-edit-saved", revision = outcome.revision, id = args.id, added = diff.words_added, removed = diff.words_removed)
        );
    } else {
        println!("{}", t!("cli-edit-unchanged", revision = outcome.revision, id = args.id));
    }
    Ok(())
}
