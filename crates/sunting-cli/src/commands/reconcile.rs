//! `sunting reconcile ID --keep REV` or `sunting reconcile ID --file FILE`

use super::{default_author, Context};
use crate::files::read_bytes;
use crate::i18n::t;
use anyhow::{anyhow, bail, Result};
use std::path::PathBuf;
use sunting_engine::format::ImportFormat;
use sunting_store::SaveOptions;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    #[arg(long, value_name = "REV", conflicts_with = "file", required_unless_present = "file")]
    keep: Option<u32>,
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    let heads = store.heads(args.id)?;
    let listed = heads.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    if heads.len() < 2 {
        bail!("{}", t!("cli-reconcile-no-fork", id = args.id));
    }
    let content = match (args.keep, &args.file) {
        (Some(keep), _) => {
            if !heads.contains(&keep) {
                bail!("{}", t!("cli-reconcile-not-a-version", revision = keep, revisions = listed));
            }
            store.revision(args.id, keep)?.content
        }
        (None, Some(file)) => {
            let bytes = read_bytes(file)?;
            let incoming = ImportFormat::from_file_name(&file.to_string_lossy()).read(&bytes).map_err(|error| {
                anyhow!(
                    "{}",
                    t!(
                        "cli-edit-unreadable",
                        reason = sunting_i18n::describe_import(crate::i18n::language(), &file.display().to_string(), &error)
                    )
                )
            })?;
            let mut content = store.article(args.id)?.content;
            content.headline = incoming.headline;
            content.body = incoming.body;
            content
        }
        (None, None) => unreachable!("clap requires --keep or --file"),
    };
    let options = SaveOptions { author: args.author.unwrap_or_else(default_author), note: args.note };
    let outcome = store.save_merge(args.id, &content, &options)?;
    println!("{}", t!("cli-reconcile-saved", revision = outcome.revision, id = args.id, count = heads.len(), revisions = listed));
    Ok(())
}
