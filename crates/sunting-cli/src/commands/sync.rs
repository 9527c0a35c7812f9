//! `sunting sync init URL`, `sunting sync now`, `sunting sync status`

use super::Context;
use crate::i18n::t;
use crate::output::local_time;
use anyhow::{bail, Result};
use sunting_publish::credentials;
use sunting_store::Store;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    Init { url: String },
    Now,
    Status,
}

/// The desk's server address, as `sync init` kept it.
pub fn server(store: &Store) -> Result<String> {
    match store.sync_value(sunting_sync::SERVER_KEY)? {
        Some(server) => Ok(server),
        None => bail!("{}", t!("cli-sync-not-joined")),
    }
}

/// Syncs the desk with its server, telling the push's progress on standard error.
pub fn sync_now(store: &mut Store, server: &str, password: &str) -> Result<sunting_sync::Synced> {
    let mut told = std::time::Instant::now();
    let synced = sunting_sync::sync_desk(store, server, Some(password), &mut |sent, left| {
        if left == 0 || told.elapsed() > std::time::Duration::from_secs(1) {
            eprintln!("sunting: {}", t!("cli-sync-progress", sent = sent, left = left));
            told = std::time::Instant::now();
        }
    })?;
    Ok(synced)
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    match args.action {
        Action::Init { url } => {
            let server = sunting_sync::redact(&url);
            let password = crate::files::secret("SUNTING_PG_PASSWORD")?;
            // Checked before anything is kept: the address, the password and the schema.
            let mut client = sunting_sync::connect(&server, Some(&password))?;
            sunting_sync::schema::check_version(&mut client)?;
            drop(client);
            credentials::save_newsroom_password(&server, &password)?;
            store.set_sync_value(sunting_sync::SERVER_KEY, Some(&server))?;
            eprintln!("{}", t!("cli-sync-joining", server = &server, waiting = store.outbox_len()?));
            let synced = sync_now(&mut store, &server, &password)?;
            println!("{}", t!("cli-sync-done", sent = synced.pushed.sent, revisions = synced.pulled.revisions));
        }
        Action::Now => {
            let server = server(&store)?;
            let password = credentials::newsroom_password(&server)?;
            let synced = sync_now(&mut store, &server, &password)?;
            println!("{}", t!("cli-sync-done", sent = synced.pushed.sent, revisions = synced.pulled.revisions));
            if let Some(reason) = synced.pushed.refusal {
                eprintln!("sunting: {}", t!("cli-sync-refused", count = synced.pushed.refused, reason = reason));
            }
        }
        Action::Status => {
            let server = server(&store)?;
            println!("{}", t!("cli-sync-status-server", server = &server));
            println!("{}", t!("cli-sync-status-waiting", count = store.outbox_len()?));
            match store.sync_value(sunting_sync::LAST_SYNC_KEY)?.and_then(|millis| millis.parse::<i64>().ok()) {
                Some(millis) => println!("{}", t!("cli-sync-status-last", time = local_time(millis))),
                None => println!("{}", t!("cli-sync-status-never")),
            }
            if let Some(error) = store.sync_value(sunting_sync::LAST_ERROR_KEY)? {
                println!("{}", t!("cli-sync-status-error", error = error));
            }
            for id in store.forked_articles()? {
                let article = store.article(id)?;
                println!("{}", t!("cli-sync-status-fork", id = id, headline = article.content.headline, heads = store.heads(id)?.len()));
            }
        }
    }
    Ok(())
}
