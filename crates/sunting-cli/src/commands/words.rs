//! `sunting words add|remove|list|import|export`

use super::{default_author, Context};
use crate::files::read_text;
use crate::i18n::t;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    Add {
        #[arg(required = true)]
        words: Vec<String>,
    },
    Remove {
        #[arg(required = true)]
        words: Vec<String>,
    },
    List,
    Import {
        file: PathBuf,
    },
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    match args.action {
        Action::Add { words } => {
            for word in words {
                let added = store.add_word(&word, &default_author())?;
                println!("{}", if added { t!("cli-words-added", word = &word) } else { t!("cli-words-already-there", word = &word) });
            }
        }
        Action::Remove { words } => {
            for word in words {
                let removed = store.remove_word(&word)?;
                println!("{}", if removed { t!("cli-words-removed", word = &word) } else { t!("cli-words-not-there", word = &word) });
            }
        }
        Action::List => {
            for word in store.words()? {
                println!("{word}");
            }
        }
        Action::Import { file } => {
            let text = read_text(&file)?;
            let mut added = 0;
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                added += usize::from(store.add_word(line, &default_author())?);
            }
            println!("{}", t!("cli-words-imported", count = added));
        }
    }
    Ok(())
}
