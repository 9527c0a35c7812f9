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
        let event = entry
            .info
            .event
            .as_ref()
            .map(event_words)
            .or_else(|| entry.info.restored_from.map(|from| t!("cli-history-restored", revision = from)));
        let note = [event, entry.info.note.clone()].into_iter().flatten().collect::<Vec<_>>().join(". ");
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

/// An event Sunting recorded in the history, in the command line's language.
fn event_words(event: &sunting_store::NoteEvent) -> String {
    use sunting_store::NoteEvent;
    match event {
        NoteEvent::Sample => t!("cli-history-sample"),
        NoteEvent::Created => t!("cli-history-created"),
        NoteEvent::Imported { file: None } => t!("cli-history-imported"),
        NoteEvent::Imported { file: Some(file) } => t!("cli-history-imported-from", file = file.as_str()),
        NoteEvent::Restored { revision } => t!("cli-history-restored", revision = *revision),
        NoteEvent::Sent { revision, site, post, .. } => t!("cli-history-sent", revision = *revision, site = site.as_str(), post = *post),
    }
}
