//! `sunting history ID`

use super::Context;
use crate::i18n::t;
use crate::output::{local_time, print_json, truncate};
use anyhow::Result;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    #[arg(long)]
    json: bool,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let store = context.store()?;
    let entries = store.history(args.id)?;
    if args.json {
        return print_json(&entries);
    }
    println!(
        "{:>4}  {:<16}  {:<16}  {:>7}  {:>7}  {}",
        t!("cli-history-column-revision"),
        t!("cli-history-column-saved"),
        t!("cli-history-column-author"),
        t!("cli-history-column-added"),
        t!("cli-history-column-removed"),
        t!("cli-history-column-note")
    );
    for entry in &entries {
        let mut note = entry.info.note.clone().unwrap_or_default();
        if let (Some(from), true) = (entry.info.restored_from, note.is_empty()) {
            note = t!("cli-history-restored", revision = from);
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
