//! `sunting sync init URL`, `sunting sync now`, `sunting sync status`

use super::Context;
use crate::i18n::t;
use crate::output::local_time;
use anyhow::{bail, Result};
use sunting_publish::credentials;
use sunting_store::Store;
use sunting_sync::session::{Event, Login, Session};

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

/// Syncs the desk with its server in one round of the newsroom session the window uses too,
/// telling the push's progress on standard error.
pub fn sync_now(store: &mut Store, server: &str, password: &str) -> Result<sunting_sync::Synced> {
    let mut told = std::time::Instant::now();
    let mut session = Session::new(Default::default());
    let login = Login { server: server.to_string(), password: password.to_string() };
    let synced = session.sync(store, &login, &mut |event| {
        if let Event::Progress { sent, left } = event {
            if left == 0 || told.elapsed() > std::time::Duration::from_secs(1) {
                eprintln!("sunting: {}", t!("cli-sync-progress", sent = sent, left = left));
                told = std::time::Instant::now();
            }
        }
    })?;
    Ok(synced)
}

/// Tells what a sync did; a refused change makes the command fail (after the rest was synced).
fn report(synced: &sunting_sync::Synced) -> Result<()> {
    println!("{}", t!("cli-sync-done", sent = synced.pushed.sent, revisions = synced.pulled.revisions));
    if synced.pulled.skipped > 0 {
        eprintln!("sunting: {}", t!("cli-sync-skipped", count = synced.pulled.skipped));
    }
    if let Some(reason) = &synced.pushed.refusal_reason {
        let reason = sunting_i18n::describe_refusal(crate::i18n::language(), reason);
        bail!("{}", t!("cli-sync-refused", count = synced.pushed.refused, reason = reason));
    }
    Ok(())
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    match args.action {
        Action::Init { url } => {
            // A password inside the address would be kept in the desk's database and shown.
            if sunting_sync::address_has_password(&url)? {
                return Err(sunting_sync::SyncError::PasswordInAddress.into());
            }
            let server = sunting_sync::redact(&url);
            let password = crate::files::secret("SUNTING_PG_PASSWORD")?;
            // Checked before anything is kept: the address, the password and the schema.
            sunting_sync::session::check_login(&sunting_sync::session::Login { server: server.clone(), password: password.clone() })?;
            match credentials::save_newsroom_password(&server, &password) {
                Ok(()) => eprintln!("{}", t!("cli-sync-password-kept")),
                // Without a keyring, the password comes from SUNTING_PG_PASSWORD each time.
                Err(_) if std::env::var("SUNTING_PG_PASSWORD").is_ok_and(|p| !p.is_empty()) => {
                    eprintln!("{}", t!("cli-sync-password-not-kept"))
                }
                Err(credentials::CredentialError::Unavailable(reason)) => bail!("{}", t!("cli-sync-no-keyring", reason = reason)),
                Err(error) => return Err(error.into()),
            }
            store.set_sync_value(sunting_sync::SERVER_KEY, Some(&server))?;
            eprintln!("{}", t!("cli-sync-joining", server = &server, waiting = store.outbox_len()?));
            let synced = sync_now(&mut store, &server, &password)?;
            report(&synced)?;
        }
        Action::Now => {
            let server = server(&store)?;
            let password = match credentials::newsroom_password(&server) {
                Ok(password) => password,
                Err(credentials::CredentialError::Unavailable(reason)) => bail!("{}", t!("cli-sync-no-keyring", reason = reason)),
                Err(credentials::CredentialError::Missing { .. }) => bail!("{}", t!("cli-sync-no-password", server = &server)),
                Err(error) => return Err(error.into()),
            };
            let synced = sync_now(&mut store, &server, &password)?;
            report(&synced)?;
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
