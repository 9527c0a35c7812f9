//! `sunting import FILE...`

use super::{default_author, Context};
use crate::files::read_bytes;
use crate::i18n::t;
use anyhow::{anyhow, Result};
use std::path::PathBuf;
use sunting_store::SaveOptions;

#[derive(clap::Args)]
pub struct Args {
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    #[arg(long)]
    author: Option<String>,
    #[arg(long)]
    keep_furniture: bool,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut contents = Vec::with_capacity(args.files.len());
    let mut notes = Vec::new();
    let resources = sunting_check::Resources::from_environment();
    for path in &args.files {
        let bytes = read_bytes(path)?;
        let name = path.to_string_lossy();
        let content = if args.keep_furniture {
            sunting_engine::format::ImportFormat::from_file_name(&name).read(&bytes)
        } else {
            sunting_engine::format::import(&name, &bytes).map(|imported| {
                if !imported.removed.is_empty() {
                    let quoted: Vec<String> = imported.removed.iter().map(|text| format!("\"{text}\"")).collect();
                    notes.push(t!(
                        "cli-import-furniture-removed",
                        file = path.display().to_string(),
                        count = imported.removed.len(),
                        blocks = quoted.join(", ")
                    ));
                }
                imported.content
            })
        };
        let mut content = content.map_err(|error| {
            anyhow!(
                "{}",
                t!(
                    "cli-import-unreadable",
                    reason = sunting_i18n::describe_import(crate::i18n::language(), &path.display().to_string(), &error)
                )
            )
        })?;
        resources.fill_language(&mut content);
        let file = path.file_name().map(|name| name.to_string_lossy().into_owned());
        contents.push((content, file));
    }
    // Told only once every file has been read: a failed import prints its error alone.
    for note in notes {
        eprintln!("{note}");
    }
    let mut store = context.store()?;
    let author = args.author.unwrap_or_else(default_author);
    for (content, file) in contents {
        let options = SaveOptions { author: author.clone(), note: Some(sunting_store::NoteEvent::Imported { file }.note()) };
        println!("{}", store.create_article(&content, &options)?.id);
    }
    Ok(())
}
