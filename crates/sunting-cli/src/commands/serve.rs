//! `sunting serve`: Sunting's checks over LanguageTool's HTTP API, for LibreOffice, the browser
//! add-on and the other editors that speak it (see docs/INTEGRATIONS.md). The house dictionary
//! and name register come from the database and are read again whenever it changes.

use super::{default_author, Context};
use crate::i18n::t;
use anyhow::{Context as _, Result};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use sunting_check::{Newsroom, Resources};
use sunting_serve::{HouseWords, Options, Server};
use sunting_store::Store;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 8081)]
    port: u16,
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    #[arg(long, value_name = "FILE")]
    token_file: Option<PathBuf>,
    #[arg(long = "allow-origin", value_name = "ORIGIN")]
    origins: Vec<String>,
    #[arg(long)]
    workers: Option<usize>,
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    time_limit: u64,
    #[arg(long)]
    allow_dictionary_writes: bool,
}

/// The house words of the desk's database.
pub struct StoreWords {
    store: Mutex<Store>,
    /// Writes made through this server (the database's own counter sees only other writers').
    own_writes: AtomicU64,
    writable: bool,
}

impl StoreWords {
    /// Over `store`; `writable` says whether callers may add words and confirm names.
    pub fn new(store: Store, writable: bool) -> StoreWords {
        StoreWords { store: Mutex::new(store), own_writes: AtomicU64::new(0), writable }
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl HouseWords for StoreWords {
    fn version(&self) -> u64 {
        let others = self.store().data_version().unwrap_or(0);
        (others << 32) ^ self.own_writes.load(Ordering::SeqCst)
    }
    fn load(&self) -> Newsroom {
        self.store().newsroom().unwrap_or_else(|error| {
            eprintln!("sunting serve: {error:#}");
            Newsroom::default()
        })
    }
    fn words(&self) -> Result<Vec<String>, String> {
        self.store().words().map_err(|e| e.to_string())
    }
    fn may_write(&self) -> bool {
        self.writable
    }
    fn add(&self, word: &str) -> Result<bool, String> {
        let added = self.store().add_word(word, &default_author()).map_err(|e| e.to_string())?;
        self.own_writes.fetch_add(1, Ordering::SeqCst);
        Ok(added)
    }
    fn remove(&self, word: &str) -> Result<bool, String> {
        let removed = self.store().remove_word(word).map_err(|e| e.to_string())?;
        self.own_writes.fetch_add(1, Ordering::SeqCst);
        Ok(removed)
    }
    fn confirm_name(&self, name: &str) -> Result<(), String> {
        self.store().confirm_name(name).map_err(|e| e.to_string())?;
        self.own_writes.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let token = match (&args.token_file, std::env::var("SUNTING_SERVE_TOKEN").ok().filter(|t| !t.trim().is_empty())) {
        (Some(file), _) => Some(std::fs::read_to_string(file).with_context(|| file.display().to_string())?.trim().to_string()),
        (None, from_env) => from_env.map(|t| t.trim().to_string()),
    };
    let address = SocketAddr::new(args.bind, args.port);
    // On this computer alone the desk's own dictionary is the caller's; beyond it, only when
    // the newsroom says so.
    let house = StoreWords::new(context.store()?, args.bind.is_loopback() || args.allow_dictionary_writes);
    let defaults = Options::default();
    let options = Options {
        address,
        token,
        origins: args.origins,
        workers: args.workers.unwrap_or(defaults.workers).clamp(1, 64),
        time_limit: Duration::from_secs(args.time_limit.max(1)),
        ui_language: context.ui_language,
    };
    let server = Server::bind(options, Arc::new(Resources::from_environment()), Arc::new(house))?;
    eprintln!("{}", t!("cli-serve-listening", address = format!("http://{}/v2/", server.local_addr())));
    server.run();
    Ok(())
}
