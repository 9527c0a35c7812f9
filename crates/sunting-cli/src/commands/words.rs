//! `sunting words add|remove|list|import|export`

use super::{default_author, Context};
use crate::files::read_text;
use anyhow::Result;
use std::path::PathBuf;

/// The newsroom dictionary: words the checker accepts in every article.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Add words
    Add {
        /// The words
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Remove words
    Remove {
        /// The words
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// List the words, one per line
    List,
    /// Add every word of a UTF-8 word list (one word per line; lines starting with # are skipped)
    Import {
        /// The word list
        file: PathBuf,
    },
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    match args.action {
        Action::Add { words } => {
            for word in words {
                let added = store.add_word(&word, &default_author())?;
                println!("{} {word}", if added { "added" } else { "already there:" });
            }
        }
        Action::Remove { words } => {
            for word in words {
                let removed = store.remove_word(&word)?;
                println!("{} {word}", if removed { "removed" } else { "not there:" });
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
            println!("added {added} words");
        }
    }
    Ok(())
}
