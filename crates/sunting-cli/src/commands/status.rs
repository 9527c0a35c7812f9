//! `sunting status ID STATUS`

use super::{default_author, Context};
use crate::i18n::t;
use anyhow::Result;
use sunting_engine::Status;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    status: Status,
    #[arg(long)]
    note: Option<String>,
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let author = args.author.unwrap_or_else(default_author);
    context.store()?.change_status(args.id, args.status, &author, args.note.as_deref())?;
    println!("{}", t!("cli-status-moved", id = args.id, status = super::status_label(args.status)));
    Ok(())
}
