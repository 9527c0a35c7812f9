//! The store's error type: one variant per thing a caller may want to tell apart.

use std::path::PathBuf;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error, strum::EnumCount)]
pub enum StoreError {
    /// No article has this id.
    #[error("no article with id {article_id}")]
    ArticleNotFound {
        /// The id asked for.
        article_id: i64,
    },
    /// The article exists but has no revision with this number.
    #[error("article {article_id} has no revision {revision} (it has {revision_count})")]
    RevisionNotFound {
        /// The article.
        article_id: i64,
        /// The revision asked for.
        revision: u32,
        /// How many revisions the article has.
        revision_count: u32,
    },
    /// The database was written by a newer Sunting; opening it would risk damaging it.
    #[error(
        "{path} was made by a newer version of Sunting (schema {found}; this version knows up to {supported}); update Sunting to open it"
    )]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest schema this build knows.
        supported: i64,
    },
    /// The file is not a Sunting database (another program's SQLite file, or not SQLite at all).
    #[error("{path} is not a Sunting database")]
    NotASuntingDatabase {
        /// The file.
        path: PathBuf,
    },
    /// Another process holds the database's write lock for longer than the busy timeout.
    #[error("the database is locked by another program (is Sunting open elsewhere?); try again when it is done")]
    Locked,
    /// The database or its folder is read-only.
    #[error("the database is read-only; nothing was saved")]
    ReadOnly,
    /// The disk is full.
    #[error("the disk is full; nothing was saved (free some space and save again)")]
    DiskFull,
    /// The database file cannot be opened or created.
    #[error("cannot open the database at {path}: {reason}")]
    CannotOpen {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// Stored content that does not parse: the database was edited by hand or damaged.
    #[error("stored content of article {article_id} revision {revision} is damaged: {detail}")]
    DamagedContent {
        /// The article.
        article_id: i64,
        /// The revision (0 for the working copy).
        revision: u32,
        /// The parser's message.
        detail: String,
    },
    /// The operating system refused a read or write of the database file (a disk full to the
    /// last byte when opening, a failing disk, a removed drive).
    #[error("the disk refused to write the database ({detail}); nothing was saved. If the disk is full, free some space and try again")]
    WriteFailed {
        /// SQLite's description.
        detail: String,
    },
    /// An article too large to keep as one piece.
    #[error("{0}; nothing was saved, split it into several articles")]
    TooLarge(sunting_engine::format::TooLarge),
    /// A site address that is not one (not http or https, no host).
    #[error("'{url}' is not a site address; it must start with https:// (or http:// on this computer)")]
    NotASiteAddress {
        /// What was given.
        url: String,
    },
    /// A site without the user name to publish as.
    #[error("a site needs the user name to publish as")]
    SiteWithoutUser,
    /// No site has this id.
    #[error("there is no site {site_id}")]
    SiteNotFound {
        /// The id asked for.
        site_id: i64,
    },
    /// A record kept for the newsroom's sync that does not read as its kind (edited by hand or
    /// damaged): it is refused, never taken for something else.
    #[error("a sync record ({what}) is damaged: {detail}")]
    DamagedSyncRecord {
        /// Which record.
        what: String,
        /// What is wrong with it.
        detail: String,
    },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::SystemIoFailure) => StoreError::WriteFailed { detail: error.to_string() },
            _ => StoreError::Sqlite(error),
        }
    }
}

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
