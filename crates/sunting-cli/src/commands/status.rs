//! `sunting status ID STATUS`

use super::{default_author, Context};
use anyhow::Result;
use sunting_engine::Status;

/// Move an article to another workflow status (draft, editing, ready, exported). The move is
/// logged with who made it and the note, and shows in the desktop app's history.
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// The new status
    status: Status,
    /// Why (kept in the log; the desktop app asks for one when errors are unresolved)
    #[arg(long)]
    note: Option<String>,
    /// Who moves it (default: $SUNTING_AUTHOR or your login name)
    #[arg(long)]
    author: Option<String>,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let author = args.author.unwrap_or_else(default_author);
    context.store()?.change_status(args.id, args.status, &author, args.note.as_deref())?;
    println!("Article {} is now {}", args.id, args.status);
    Ok(())
}
