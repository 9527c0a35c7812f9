//! `sunting restore ID REV`

use super::{default_author, Context};
use anyhow::Result;

/// Make an old revision the latest again, as a new revision (history is never rewritten).
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// The revision to restore
    rev: u32,
    /// The name the new revision is signed with [default: $SUNTING_AUTHOR or $USER]
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    let outcome = store.restore(args.id, args.rev, &args.author.unwrap_or_else(default_author))?;
    if outcome.created {
        println!("Restored revision {} of article {} as revision {}", args.rev, args.id, outcome.revision);
    } else {
        println!("No changes: the latest revision ({}) already equals revision {}", outcome.revision, args.rev);
    }
    Ok(())
}
