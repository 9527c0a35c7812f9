//! Sunting's article store: one SQLite file holding articles, every revision, autosaved working
//! copies and a full-text index.
//!
//! A save is one immediate transaction with `synchronous = FULL` in WAL mode: when
//! [`Store::save`] returns, the revision is on disk and survives the process being killed.
//! Revisions are immutable (triggers refuse updates and deletes); restoring an old revision adds
//! a new one. Saving content identical to the latest revision adds nothing.
//!
//! ```
//! use sunting_engine::ArticleContent;
//! use sunting_store::{SaveOptions, Store};
//!
//! let mut store = Store::open_in_memory().unwrap();
//! let content = ArticleContent::from_paragraphs("Durov ke Jakarta", ["Satu paragraf."]);
//! let article = store.create_article(&content, &SaveOptions::by("ayu")).unwrap();
//! let mut edited = content.clone();
//! edited.headline = "Durov datang ke Jakarta".into();
//! let outcome = store.save(article.id, &edited, &SaveOptions::by("ayu")).unwrap();
//! assert_eq!(outcome.revision, 2);
//! assert!(!store.save(article.id, &edited, &SaveOptions::by("ayu")).unwrap().created);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod error;
mod event;
mod exchange;
pub mod files;
mod newsroom;
mod publish;
mod review;
mod schema;
mod search;
pub mod sync;

pub use error::{Result, StoreError};
pub use event::NoteEvent;
pub use exchange::{ImportOutcome, NamesCsv};
pub use newsroom::RegisteredName;
pub use publish::{
    normalize_site_url, CmsSite, ExportAttempt, ExportOutcome, NameKind, NamedEntities, QueuedExport, RemotePost, SentExport,
};
pub use review::Ignored;
pub use schema::{APPLICATION_ID, LATEST_VERSION};
pub use search::{ArticleSummary, ListQuery};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use sunting_engine::{Article, ArticleContent, Status};

/// The identifier Sunting's files live under in the user's data folder.
pub const APP_IDENTIFIER: &str = "id.sunting.desktop";

/// `$XDG_DATA_HOME/id.sunting.desktop/sunting.db` (or the platform's equivalent): the database
/// the desktop app and the command line share. `None` when the system has no data folder.
pub fn default_database_path() -> Option<PathBuf> {
    dirs::data_dir().map(|data| data.join(APP_IDENTIFIER).join("sunting.db"))
}

/// The name saves are signed with: `$SUNTING_AUTHOR`, else the login name, else "editor".
pub fn default_author() -> String {
    ["SUNTING_AUTHOR", "USER", "USERNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.trim().is_empty()))
        .unwrap_or_else(|| "editor".to_string())
}

/// How long a write waits for another writer before giving up with [`StoreError::Locked`].
pub const DEFAULT_BUSY_TIMEOUT_MS: u64 = 3_000;

/// Who saves and why.
#[derive(Debug, Clone, Default)]
pub struct SaveOptions {
    /// The author's name as shown in the history.
    pub author: String,
    /// An optional note ("cek nama menteri").
    pub note: Option<String>,
}

impl SaveOptions {
    /// A save by `author` without a note.
    pub fn by(author: &str) -> Self {
        SaveOptions { author: author.to_string(), note: None }
    }

    /// The same options with a note.
    pub fn with_note(mut self, note: &str) -> Self {
        self.note = Some(note.to_string());
        self
    }
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SaveOutcome {
    /// The latest revision after the save.
    pub revision: u32,
    /// False when the content equalled the latest revision and nothing was added.
    pub created: bool,
}

/// One entry of an article's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RevisionInfo {
    /// 1 for the first save, then 2, 3, ...
    pub number: u32,
    /// When it was saved, in milliseconds since the Unix epoch.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub created_at: i64,
    /// Who saved it.
    pub author: String,
    /// The editor's note given with the save, if any (without the event below).
    pub note: Option<String>,
    /// What Sunting did, when the revision records an event (an import, a restore).
    pub event: Option<NoteEvent>,
    /// SHA-256 of the content's canonical JSON.
    pub content_hash: String,
    /// Words in the body.
    pub word_count: usize,
    /// For a restore: the revision it restored.
    pub restored_from: Option<u32>,
}

/// A history entry with what the revision changed since the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryEntry {
    /// The revision.
    #[serde(flatten)]
    pub info: RevisionInfo,
    /// Words only in this revision.
    pub words_added: usize,
    /// Words only in the revision before.
    pub words_removed: usize,
}

/// One move through the workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusChange {
    /// The new status.
    pub status: Status,
    /// When, in milliseconds since the Unix epoch.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub changed_at: i64,
    /// Who moved it.
    pub author: String,
    /// Why, when the editor said (required when passing an article with errors unresolved).
    pub note: Option<String>,
    /// The revision it approves, by this desk's number: the latest when the change was made, the
    /// one sent for a move to Exported. None for changes from before status changes named one,
    /// or naming a revision this desk does not have.
    pub revision: Option<u32>,
    /// What Sunting did, when the move records an event (an export to a site).
    pub event: Option<NoteEvent>,
}

/// What an export of an article should send, as the approval in its status log says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ToExport {
    /// The latest revision: nobody approved an earlier one, or every later revision is the
    /// approver's own.
    Latest {
        /// Its number.
        revision: u32,
    },
    /// The article was approved (marked Ready, or exported) at `approved`, and someone else has
    /// saved since: the editor chooses which to send.
    NewerThanApproved {
        /// The approved revision.
        approved: u32,
        /// Who approved it.
        approved_by: String,
        /// The latest revision.
        latest: u32,
        /// Who saved after the approval, in the order they first did.
        changed_by: Vec<String>,
    },
}

/// A revision with its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Revision {
    /// The history entry.
    #[serde(flatten)]
    pub info: RevisionInfo,
    /// The content as saved.
    pub content: ArticleContent,
}

/// Unsaved work kept by autosave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WorkingCopy {
    /// The revision the work started from.
    pub base_revision: u32,
    /// When it was autosaved, in milliseconds since the Unix epoch.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub saved_at: i64,
    /// The unsaved content.
    pub content: ArticleContent,
}

/// How to open a store.
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// How long a write waits for another writer.
    pub busy_timeout_ms: u64,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig { busy_timeout_ms: DEFAULT_BUSY_TIMEOUT_MS }
    }
}

/// True when the database file (or, for a new one, its folder) can be written.
fn writable(path: &Path) -> bool {
    let target = if path.exists() { path.to_path_buf() } else { path.parent().map(Path::to_path_buf).unwrap_or_default() };
    std::fs::OpenOptions::new().append(true).open(&target).is_ok() || (target.is_dir() && tempfile_probe(&target))
}

fn tempfile_probe(dir: &Path) -> bool {
    let probe = dir.join(format!(".sunting-write-probe-{}", std::process::id()));
    let ok = std::fs::File::create(&probe).is_ok();
    let _ = std::fs::remove_file(&probe);
    ok
}

/// An open article store.
pub struct Store {
    connection: Connection,
    path: PathBuf,
    /// This machine's id, recorded with every revision made here.
    machine: String,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, &StoreConfig::default())
    }

    /// [`Store::open`] with settings.
    pub fn open_with(path: &Path, config: &StoreConfig) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::CannotOpen { path: path.to_path_buf(), reason: e.to_string() })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let read_only = || StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: "it is read-only (a read-only disk, folder or file), and Sunting writes every save to it; \
                     copy it to a writable folder or make it writable, then open it again"
                .into(),
        };
        let connection = Connection::open_with_flags(path, flags).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ReadOnly) => read_only(),
            _ => StoreError::CannotOpen { path: path.to_path_buf(), reason: e.to_string() },
        })?;
        // SQLite quietly opens a file it cannot write read-only; an editor must hear it first.
        if connection.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(read_only());
        }
        Store::init(connection, path, config).map_err(|error| match error {
            StoreError::ReadOnly => read_only(),
            StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen) && !writable(path) => read_only(),
            other => other,
        })
    }

    /// A store in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, Path::new(":memory:"), &StoreConfig::default())
    }

    fn init(mut connection: Connection, path: &Path, config: &StoreConfig) -> Result<Store> {
        let not_ours = |error: StoreError| match error {
            StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                StoreError::NotASuntingDatabase { path: path.to_path_buf() }
            }
            other => other,
        };
        schema::configure(&connection, config.busy_timeout_ms).map_err(not_ours)?;
        let previous_version = schema::migrate(&mut connection, path).map_err(not_ours)?;
        let machine = sync::machine_id(&connection)?;
        let mut store = Store { connection, path: path.to_path_buf(), machine };
        // Stores written before the register kept full names count their names once more.
        let before_full_names = previous_version < schema::NAMES_VERSION || store.setting(newsroom::FULL_NAMES_KEY)?.is_none();
        if previous_version > 0 && before_full_names {
            store.reindex_all_names()?;
        } else if previous_version == 0 {
            store.set_setting(newsroom::FULL_NAMES_KEY, "1")?;
        }
        Ok(store)
    }

    /// Opens the database at `path`; when the file did not exist yet, puts the project's sample
    /// story in it, so a first start shows an article. Returns the store and whether it was new.
    pub fn open_or_create_with_sample(path: &Path) -> Result<(Store, bool)> {
        let existed = path.exists();
        let mut store = Store::open(path)?;
        let created = !existed && store.is_empty()?;
        if created {
            store.create_article(
                &sunting_engine::sample::sample_article(),
                &SaveOptions::by("Sunting").with_note(&NoteEvent::Sample.note()),
            )?;
        }
        Ok((store, created))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the store holds no article.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(!self.connection.query_row("SELECT EXISTS (SELECT 1 FROM articles)", [], |row| row.get(0))?)
    }

    /// Creates an article with `content` as its first revision.
    pub fn create_article(&mut self, content: &ArticleContent, options: &SaveOptions) -> Result<Article> {
        check_size(content)?;
        let now = now_millis();
        let content = canonical(content);
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let article_id = insert_article(&transaction, &content, options, now, &self.machine)?;
        transaction.commit()?;
        Ok(Article { id: article_id, status: Status::Draft, created_at: now, updated_at: now, revision: 1, content })
    }

    /// Creates many articles in one transaction (archive imports, benchmarks); returns their ids.
    pub fn create_articles(&mut self, contents: &[ArticleContent], options: &SaveOptions) -> Result<Vec<i64>> {
        contents.iter().try_for_each(check_size)?;
        let now = now_millis();
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut ids = Vec::with_capacity(contents.len());
        for content in contents {
            ids.push(insert_article(&transaction, &canonical(content), options, now, &self.machine)?);
        }
        transaction.commit()?;
        Ok(ids)
    }

    /// Creates many articles, each with its whole history of revisions (oldest first), in one
    /// transaction: archive imports and the scale benchmark. Only the latest revision of each
    /// is indexed for search and names, as a save would leave it. Returns the new ids.
    pub fn create_articles_with_history(&mut self, histories: &[Vec<ArticleContent>], options: &SaveOptions) -> Result<Vec<i64>> {
        let now = now_millis();
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut ids = Vec::with_capacity(histories.len());
        for history in histories.iter().filter(|h| !h.is_empty()) {
            let article_id = sync::insert_article_row(&transaction, &sync::new_uuid(), now)?;
            let mut parent: Option<String> = None;
            for (index, content) in history.iter().enumerate() {
                let latest = index + 1 == history.len();
                let meta = RevisionMeta::local(options, None, now, &self.machine, parent.take().into_iter().collect());
                let uuid = meta.uuid.clone();
                write_revision(&transaction, article_id, index as u32 + 1, &canonical(content), &meta, latest)?;
                parent = Some(uuid);
            }
            ids.push(article_id);
        }
        transaction.commit()?;
        Ok(ids)
    }

    /// The article with its latest saved content.
    pub fn article(&self, article_id: i64) -> Result<Article> {
        Ok(self.article_at(article_id, None)?.0)
    }

    /// The article with the content of revision `number` (the latest when `None`), and the
    /// number of its latest revision.
    pub fn article_at(&self, article_id: i64, number: Option<u32>) -> Result<(Article, u32)> {
        let (status, created_at, updated_at, latest): (String, i64, i64, u32) = self
            .connection
            .prepare_cached("SELECT status, created_at, updated_at, revision_count FROM articles WHERE id = ?1")?
            .query_row([article_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
            .optional()?
            .ok_or(StoreError::ArticleNotFound { article_id })?;
        let revision = number.unwrap_or(latest);
        let content = match number {
            None => self.revision_content(article_id, revision)?,
            Some(number) => self.revision(article_id, number)?.content,
        };
        let status = status.parse().map_err(|error: sunting_engine::UnknownStatus| StoreError::DamagedContent {
            article_id,
            revision: 0,
            detail: error.to_string(),
        })?;
        Ok((Article { id: article_id, status, created_at, updated_at, revision, content }, latest))
    }

    /// Saves `content` as a new revision, unless it equals the latest one. Clears the working copy.
    /// Its parent is the latest revision.
    pub fn save(&mut self, article_id: i64, content: &ArticleContent, options: &SaveOptions) -> Result<SaveOutcome> {
        self.save_revision(article_id, content, options, None, None)
    }

    /// Saves `content` as edited from revision `base`: its parent is `base`, not the latest, so
    /// when another desk's revision arrived meanwhile the two make a fork instead of one quietly
    /// replacing the other. Unless it equals the latest revision; clears the working copy.
    pub fn save_from(&mut self, article_id: i64, base: u32, content: &ArticleContent, options: &SaveOptions) -> Result<SaveOutcome> {
        self.save_revision(article_id, content, options, None, Some(Parents::Base(base)))
    }

    /// Saves the editor's resolution of a fork: a revision whose parents are every head the
    /// article has now (see [`Store::heads`]), which ends the fork. Saved even when it equals the
    /// latest revision, because it joins the heads.
    pub fn save_merge(&mut self, article_id: i64, content: &ArticleContent, options: &SaveOptions) -> Result<SaveOutcome> {
        self.save_revision(article_id, content, options, None, Some(Parents::Heads))
    }

    /// Adds a revision equal to revision `number`. History is never rewritten.
    pub fn restore(&mut self, article_id: i64, number: u32, author: &str) -> Result<SaveOutcome> {
        let content = self.revision(article_id, number)?.content;
        let options = SaveOptions { author: author.to_string(), note: Some(NoteEvent::Restored { revision: number }.note()) };
        self.save_revision(article_id, &content, &options, Some(number), None)
    }

    fn save_revision(
        &mut self,
        article_id: i64,
        content: &ArticleContent,
        options: &SaveOptions,
        restored_from: Option<u32>,
        parents: Option<Parents>,
    ) -> Result<SaveOutcome> {
        check_size(content)?;
        let content = canonical(content);
        let hash = content.content_hash();
        let now = now_millis();
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (latest, latest_hash) = latest_revision_and_hash(&transaction, article_id)?;
        transaction.prepare_cached("DELETE FROM working_copies WHERE article_id = ?1")?.execute([article_id])?;
        let merging = matches!(parents, Some(Parents::Heads));
        if latest_hash == hash && !merging {
            transaction.commit()?;
            return Ok(SaveOutcome { revision: latest, created: false });
        }
        let parents = match parents {
            None => vec![sync::revision_uuid(&transaction, article_id, latest)?],
            Some(Parents::Base(base)) => vec![sync::revision_uuid(&transaction, article_id, base.clamp(1, latest))?],
            Some(Parents::Heads) => sync::head_uuids(&transaction, article_id)?,
        };
        let meta = RevisionMeta::local(options, restored_from, now, &self.machine, parents);
        write_revision(&transaction, article_id, latest + 1, &content, &meta, true)?;
        transaction.commit()?;
        Ok(SaveOutcome { revision: latest + 1, created: true })
    }

    /// Keeps unsaved work without adding to the history. Content equal to the latest revision
    /// clears the working copy instead.
    pub fn autosave(&mut self, article_id: i64, content: &ArticleContent) -> Result<()> {
        self.autosave_with_base(article_id, content, None)
    }

    /// [`Store::autosave`] of work started from revision `base`, which the working copy keeps:
    /// recovered after a crash, it is saved over `base`, so a revision another desk added
    /// meanwhile makes a fork instead of being silently built upon.
    pub fn autosave_from(&mut self, article_id: i64, base: u32, content: &ArticleContent) -> Result<()> {
        self.autosave_with_base(article_id, content, Some(base))
    }

    fn autosave_with_base(&mut self, article_id: i64, content: &ArticleContent, base: Option<u32>) -> Result<()> {
        check_size(content)?;
        let content = canonical(content);
        let json = serde_json::to_string(&content).expect("article content always serialises");
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (latest, latest_hash) = latest_revision_and_hash(&transaction, article_id)?;
        if latest_hash == content.content_hash() {
            transaction.prepare_cached("DELETE FROM working_copies WHERE article_id = ?1")?.execute([article_id])?;
        } else {
            transaction
                .prepare_cached(
                    "INSERT INTO working_copies (article_id, base_revision, saved_at, content) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (article_id) DO UPDATE SET base_revision = ?2, saved_at = ?3, content = ?4",
                )?
                .execute(params![article_id, base.map_or(latest, |base| base.clamp(1, latest)), now_millis(), json])?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// The autosaved working copy, if there is unsaved work.
    pub fn working_copy(&self, article_id: i64) -> Result<Option<WorkingCopy>> {
        latest_revision(&self.connection, article_id)?;
        let row: Option<(u32, i64, String)> = self
            .connection
            .prepare_cached("SELECT base_revision, saved_at, content FROM working_copies WHERE article_id = ?1")?
            .query_row([article_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .optional()?;
        row.map(|(base_revision, saved_at, json)| {
            Ok(WorkingCopy { base_revision, saved_at, content: parse_content(article_id, 0, &json)? })
        })
        .transpose()
    }

    /// Throws away the autosaved working copy (the editor chose not to keep unsaved work).
    pub fn discard_working_copy(&mut self, article_id: i64) -> Result<()> {
        latest_revision(&self.connection, article_id)?;
        self.connection.prepare_cached("DELETE FROM working_copies WHERE article_id = ?1")?.execute([article_id])?;
        Ok(())
    }

    /// Moves the article to another status. Not a revision: the content is unchanged.
    pub fn set_status(&mut self, article_id: i64, status: Status) -> Result<()> {
        self.change_status(article_id, status, "", None)
    }

    /// Moves the article to another status and logs who did it and why (the note an editor gives
    /// when passing an article with errors unresolved). The log shows in the history.
    pub fn change_status(&mut self, article_id: i64, status: Status, author: &str, note: Option<&str>) -> Result<()> {
        let now = now_millis();
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = transaction.prepare_cached("UPDATE articles SET status = ?2, updated_at = ?3 WHERE id = ?1")?.execute(params![
            article_id,
            status.as_str(),
            now
        ])?;
        if changed == 0 {
            return Err(StoreError::ArticleNotFound { article_id });
        }
        sync::log_status_change(&transaction, article_id, status, now, author, note, None)?;
        transaction.commit()?;
        Ok(())
    }

    /// The article's status changes, oldest first.
    pub fn status_changes(&self, article_id: i64) -> Result<Vec<StatusChange>> {
        latest_revision(&self.connection, article_id)?;
        let mut statement = self.connection.prepare_cached(
            "SELECT c.status, c.changed_at, c.author, c.note, r.number
                 FROM status_changes c LEFT JOIN revisions r ON r.uuid = c.revision AND r.article_id = c.article_id
                 WHERE c.article_id = ?1 ORDER BY c.changed_at, c.id",
        )?;
        let rows = statement.query_map([article_id], |row| {
            let (event, note) = NoteEvent::read(row.get::<_, Option<String>>(3)?.as_deref());
            Ok(StatusChange {
                status: status_column(row, 0)?,
                changed_at: row.get(1)?,
                author: row.get(2)?,
                note,
                event,
                revision: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Which revision an export should send. When the article's current status (Ready or
    /// Exported) names the revision it approved, and someone other than its approver saved after
    /// it, the editor is asked ([`ToExport::NewerThanApproved`]); otherwise the latest is sent,
    /// so an editor's own later corrections go out as they always did.
    pub fn to_export(&self, article_id: i64) -> Result<ToExport> {
        let latest = latest_revision(&self.connection, article_id)?;
        let approval: Option<(Status, String, Option<u32>)> = self
            .connection
            .prepare_cached(
                "SELECT c.status, c.author, r.number
                 FROM status_changes c LEFT JOIN revisions r ON r.uuid = c.revision AND r.article_id = c.article_id
                 WHERE c.article_id = ?1 ORDER BY c.changed_at DESC, c.uuid DESC LIMIT 1",
            )?
            .query_row([article_id], |row| Ok((status_column(row, 0)?, row.get(1)?, row.get(2)?)))
            .optional()?;
        let Some((Status::Ready | Status::Exported, approved_by, Some(approved))) = approval else {
            return Ok(ToExport::Latest { revision: latest });
        };
        let mut changed_by: Vec<String> = Vec::new();
        let mut statement =
            self.connection.prepare_cached("SELECT author FROM revisions WHERE article_id = ?1 AND number > ?2 ORDER BY number")?;
        for author in statement.query_map(params![article_id, approved], |row| row.get::<_, String>(0))? {
            let author = author?;
            if author != approved_by && !changed_by.contains(&author) {
                changed_by.push(author);
            }
        }
        if changed_by.is_empty() {
            return Ok(ToExport::Latest { revision: latest });
        }
        Ok(ToExport::NewerThanApproved { approved, approved_by, latest, changed_by })
    }

    /// The article's history, oldest first.
    pub fn revisions(&self, article_id: i64) -> Result<Vec<RevisionInfo>> {
        latest_revision(&self.connection, article_id)?;
        let mut statement = self.connection.prepare_cached(
            "SELECT number, created_at, author, note, content_hash, word_count, restored_from
             FROM revisions WHERE article_id = ?1 ORDER BY number",
        )?;
        let rows = statement.query_map([article_id], revision_info)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The article's history, oldest first, with the words each revision added and removed
    /// (the first counts every word of its headline and body as added).
    pub fn history(&self, article_id: i64) -> Result<Vec<HistoryEntry>> {
        let mut entries = Vec::new();
        let mut previous: Option<ArticleContent> = None;
        for info in self.revisions(article_id)? {
            let content = self.revision_content(article_id, info.number)?;
            let (words_added, words_removed) = match &previous {
                Some(before) => {
                    let diff = sunting_engine::diff::diff_articles(before, &content);
                    (diff.words_added, diff.words_removed)
                }
                None => (content.body_word_count() + sunting_engine::text::word_count(&content.headline), 0),
            };
            entries.push(HistoryEntry { info, words_added, words_removed });
            previous = Some(content);
        }
        Ok(entries)
    }

    /// One revision with its content.
    pub fn revision(&self, article_id: i64, number: u32) -> Result<Revision> {
        let revision_count = latest_revision(&self.connection, article_id)?;
        let row = self
            .connection
            .prepare_cached(
                "SELECT number, created_at, author, note, content_hash, word_count, restored_from, content
                 FROM revisions WHERE article_id = ?1 AND number = ?2",
            )?
            .query_row(params![article_id, number], |row| Ok((revision_info(row)?, row.get::<_, String>(7)?)))
            .optional()?;
        let (info, json) = row.ok_or(StoreError::RevisionNotFound { article_id, revision: number, revision_count })?;
        let content = parse_content(article_id, number, &json)?;
        Ok(Revision { info, content })
    }

    fn revision_content(&self, article_id: i64, number: u32) -> Result<ArticleContent> {
        let json: String = self
            .connection
            .prepare_cached("SELECT content FROM revisions WHERE article_id = ?1 AND number = ?2")?
            .query_row(params![article_id, number], |row| row.get(0))?;
        parse_content(article_id, number, &json)
    }

    /// Articles matching `query`, newest first (or best match first when searching).
    pub fn list(&self, query: &ListQuery) -> Result<Vec<ArticleSummary>> {
        search::list(&self.connection, query)
    }

    /// Runs SQLite's own consistency check; `Ok(())` when the file is sound.
    pub fn integrity_check(&self) -> Result<Result<(), String>> {
        let report: String = self.connection.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(if report == "ok" { Ok(()) } else { Err(report) })
    }

    /// The underlying connection, for tests that need to inspect or break the file.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.connection
    }
}

/// The number of the article's latest revision, or `ArticleNotFound`.
pub(crate) fn latest_revision(connection: &Connection, article_id: i64) -> Result<u32> {
    connection
        .prepare_cached("SELECT revision_count FROM articles WHERE id = ?1")?
        .query_row([article_id], |row| row.get(0))
        .optional()?
        .ok_or(StoreError::ArticleNotFound { article_id })
}

/// The number and content hash of the article's latest revision, or `ArticleNotFound`.
fn latest_revision_and_hash(connection: &Connection, article_id: i64) -> Result<(u32, String)> {
    let latest = latest_revision(connection, article_id)?;
    let hash = connection
        .prepare_cached("SELECT content_hash FROM revisions WHERE article_id = ?1 AND number = ?2")?
        .query_row(params![article_id, latest], |row| row.get(0))?;
    Ok((latest, hash))
}

/// Inserts a draft article with `content` (already canonical) as its first revision.
fn insert_article(connection: &Connection, content: &ArticleContent, options: &SaveOptions, now: i64, machine: &str) -> Result<i64> {
    let article_id = sync::insert_article_row(connection, &sync::new_uuid(), now)?;
    let meta = RevisionMeta::local(options, None, now, machine, Vec::new());
    write_revision(connection, article_id, 1, content, &meta, true)?;
    Ok(article_id)
}

/// Which revisions a new one is made from.
enum Parents {
    /// The revision the editor started from.
    Base(u32),
    /// Every head: a merge that resolves a fork.
    Heads,
}

/// What a revision records besides its content.
pub(crate) struct RevisionMeta {
    pub uuid: String,
    pub parents: Vec<String>,
    pub machine: String,
    pub author: String,
    pub note: Option<String>,
    pub created_at: i64,
    pub restored_from: Option<u32>,
    /// Made here, so it goes into the outbox; false for one pulled from the server.
    pub local: bool,
}

impl RevisionMeta {
    fn local(options: &SaveOptions, restored_from: Option<u32>, now: i64, machine: &str, parents: Vec<String>) -> RevisionMeta {
        RevisionMeta {
            uuid: sync::new_uuid(),
            parents,
            machine: machine.to_string(),
            author: options.author.trim().to_string(),
            note: options.note.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string),
            created_at: now,
            restored_from,
            local: true,
        }
    }
}

/// Writes a revision as the article's latest; `index` also makes it the article's searchable
/// text and names. A revision made here goes into the outbox in the same transaction.
pub(crate) fn write_revision(
    connection: &Connection,
    article_id: i64,
    number: u32,
    content: &ArticleContent,
    meta: &RevisionMeta,
    index: bool,
) -> Result<()> {
    // `content` is canonical on every path here (a save normalises it, and so does a pull).
    let hash = content.canonical_hash();
    let json = serde_json::to_string(content).expect("article content always serialises");
    let word_count = content.body_word_count() as i64;
    let parents = serde_json::to_string(&meta.parents).expect("a list of strings serialises");
    connection
        .prepare_cached(
            "INSERT INTO revisions (article_id, number, created_at, author, note, content_hash, word_count, restored_from, content,
                                    uuid, parents, machine)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![
            article_id,
            number,
            meta.created_at,
            meta.author,
            meta.note,
            hash,
            word_count,
            meta.restored_from,
            json,
            meta.uuid,
            parents,
            meta.machine
        ])?;
    connection
        .prepare_cached(
            "UPDATE articles SET updated_at = ?2, headline = ?3, language = ?4, word_count = ?5, revision_count = ?6 WHERE id = ?1",
        )?
        .execute(params![article_id, meta.created_at, content.headline, content.language, word_count, number])?;
    if index {
        search::index(connection, article_id, content)?;
        newsroom::index_names(connection, article_id, content)?;
    }
    sync::record_head(connection, article_id, &meta.uuid, &meta.parents, !meta.local)?;
    if meta.local {
        sync::enqueue(connection, sync::OutboxKind::Revision, &meta.uuid)?;
    }
    Ok(())
}

fn revision_info(row: &rusqlite::Row<'_>) -> rusqlite::Result<RevisionInfo> {
    let (event, note) = NoteEvent::read(row.get::<_, Option<String>>(3)?.as_deref());
    Ok(RevisionInfo {
        number: row.get(0)?,
        created_at: row.get(1)?,
        author: row.get(2)?,
        note,
        event,
        content_hash: row.get(4)?,
        word_count: row.get::<_, i64>(5)? as usize,
        restored_from: row.get(6)?,
    })
}

fn parse_content(article_id: i64, revision: u32, json: &str) -> Result<ArticleContent> {
    serde_json::from_str(json).map_err(|e| StoreError::DamagedContent { article_id, revision, detail: e.to_string() })
}

/// Refuses an article too large to keep, whoever asks to save it.
fn check_size(content: &ArticleContent) -> Result<()> {
    sunting_engine::format::check_size(content).map_err(StoreError::TooLarge)
}

fn canonical(content: &ArticleContent) -> ArticleContent {
    let mut content = content.clone();
    content.normalize();
    content
}

/// Now, in milliseconds since the Unix epoch: the time every record of the store, the sync and
/// the exports is stamped with.
pub fn now_millis() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// An article status read from column `index`. A word this version does not know is a damaged
/// row, reported as such, never taken for Draft.
pub(crate) fn status_column(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Status> {
    let text: String = row.get(index)?;
    text.parse().map_err(|error: sunting_engine::UnknownStatus| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(error))
    })
}

#[cfg(test)]
mod tests;
