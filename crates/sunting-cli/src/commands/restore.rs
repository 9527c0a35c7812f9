//! `sunting restore ID REV`

use super::{default_author, Context};
use crate::i18n::t;
use anyhow::Result;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    rev: u32,
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    let outcome = store.restore(args.id, args.rev, &args.author.unwrap_or_else(default_author))?;
    if outcome.created {
        println!("{}", t!("cli-restore-restored", from = args.rev, id = args.id, revision = outcome.revision));
    } else {
        println!("{}", t!("cli-restore-unchanged", revision = outcome.revision, from = args.rev));
    }
    Ok(())
}
