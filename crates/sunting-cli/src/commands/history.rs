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
    // In a newsroom, local numbers follow the order revisions reached this desk; the start of
    // the UUID names the same revision on every desk. A desk on its own shows numbers only.
    let shared = store.sync_value(sunting_sync::SERVER_KEY)?.is_some();
    let uuids: std::collections::HashMap<u32, String> =
        if shared { store.revision_uuids(args.id)?.into_iter().collect() } else { Default::default() };
    let id_column = |id: &str| if shared { format!("{id:<8}  ") } else { String::new() };
    println!(
        "{:>4}  {}{:<16}  {:<16}  {:>7}  {:>7}  {}",
        t!("cli-history-column-revision"),
        id_column(&t!("cli-history-column-uuid")),
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
            "{:>4}  {}{:<16}  {:<16}  {:>7}  {:>7}  {}",
            entry.info.number,
            id_column(uuids.get(&entry.info.number).map_or("", |uuid| &uuid[..uuid.len().min(8)])),
            local_time(entry.info.created_at),
            truncate(&crate::output::printable(&entry.info.author), 16),
            format!("+{}", entry.words_added),
            format!("-{}", entry.words_removed),
            crate::output::printable(&note)
        );
    }
    Ok(())
}
