//! `sunting history ID`

use super::Context;
use crate::output::{local_time, print_json, truncate};
use anyhow::Result;

/// List an article's revisions, oldest first, with the words each one added and removed.
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// Print JSON instead of a table
    #[arg(long)]
    json: bool,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let store = context.store()?;
    let entries = store.history(args.id)?;
    if args.json {
        return print_json(&entries);
    }
    println!("{:>4}  {:<16}  {:<16}  {:>7}  {:>7}  NOTE", "REV", "SAVED", "AUTHOR", "ADDED", "REMOVED");
    for entry in &entries {
        let mut note = entry.info.note.clone().unwrap_or_default();
        if let (Some(from), true) = (entry.info.restored_from, note.is_empty()) {
            note = format!("restored revision {from}");
        }
        println!(
            "{:>4}  {:<16}  {:<16}  {:>7}  {:>7}  {}",
            entry.info.number,
            local_time(entry.info.created_at),
            truncate(&entry.info.author, 16),
            format!("+{}", entry.words_added),
            format!("-{}", entry.words_removed),
            note
        );
    }
    Ok(())
}
