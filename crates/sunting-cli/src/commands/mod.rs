//! One module per subcommand: its arguments and a `run` of a few lines. What they say, their
//! `--help` included, is in the catalogues `i18n/<language>/cli.ftl` (see `crate::i18n`).

pub mod check;
pub mod diff;
pub mod edit;
pub mod export;
pub mod history;
pub mod import;
pub mod list;
pub mod lsp;
pub mod names;
pub mod reconcile;
pub mod restore;
pub mod serve;
pub mod server;
pub mod show;
pub mod site;
pub mod status;
pub mod sync;
pub mod who;
pub mod words;

use crate::i18n::t;
use anyhow::{Context as _, Result};
use std::path::PathBuf;
use sunting_engine::UiLanguage;
use sunting_store::Store;

/// What every command needs: where the database is, and the language findings are told in.
pub struct Context {
    db_path: PathBuf,
    is_default: bool,
    /// The interface language (`--lang-ui`, else the system's): checker findings and rule
    /// descriptions speak it.
    pub ui_language: UiLanguage,
}

impl Context {
    /// Uses `db` when given, else the per-user default.
    pub fn new(db: Option<PathBuf>, ui_language: UiLanguage) -> Result<Context> {
        match db {
            Some(db_path) => Ok(Context { db_path, is_default: false, ui_language }),
            None => Ok(Context { db_path: default_db_path()?, is_default: true, ui_language }),
        }
    }

    /// Opens the store. The default database is created with the sample story on first use.
    pub fn store(&self) -> Result<Store> {
        if self.is_default {
            let (store, created) = Store::open_or_create_with_sample(&self.db_path)?;
            if created {
                eprintln!("sunting: {}", t!("cli-created-database", path = self.db_path.display().to_string()));
            }
            Ok(store)
        } else {
            Ok(Store::open(&self.db_path)?)
        }
    }
}

impl Context {
    /// The store when one was named or the default one exists; never creates a database.
    pub fn store_if_exists(&self) -> Result<Option<Store>> {
        if self.is_default && !self.db_path.exists() {
            return Ok(None);
        }
        Ok(Some(Store::open(&self.db_path)?))
    }
}

/// The shared default database (see [`sunting_store::default_database_path`]).
pub fn default_db_path() -> Result<PathBuf> {
    sunting_store::default_database_path().with_context(|| t!("cli-no-data-folder"))
}

pub use sunting_store::default_author;

/// A workflow status as editors call it.
pub fn status_label(status: sunting_engine::Status) -> String {
    match status {
        sunting_engine::Status::Draft => t!("cli-status-draft"),
        sunting_engine::Status::Editing => t!("cli-status-editing"),
        sunting_engine::Status::Ready => t!("cli-status-ready"),
        sunting_engine::Status::Exported => t!("cli-status-exported"),
    }
}
