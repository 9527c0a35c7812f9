//! `sunting status ID STATUS`

use super::Context;
use anyhow::Result;
use sunting_engine::Status;

/// Move an article to another workflow status (draft, editing, ready, exported).
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// The new status
    status: Status,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    context.store()?.set_status(args.id, args.status)?;
    println!("Article {} is now {}", args.id, args.status);
    Ok(())
}
