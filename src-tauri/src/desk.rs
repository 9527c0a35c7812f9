//! The desk: the open store and who is working at it, managed once at start-up.

use crate::error::{CommandError, ErrorCode};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use sunting_engine::{Article, ArticleContent};
use sunting_store::{Store, WorkingCopy};
use ts_rs::TS;

/// The most text one article may hold (all fields and blocks): beyond this the editor is asked
/// to split the piece rather than have the window slow to a crawl.
pub const MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// The store the window works on, or why it could not be opened.
pub struct Desk {
    store: Mutex<Result<Store, CommandError>>,
    database: PathBuf,
    author: String,
    created: bool,
}

/// What the window shows about where it works.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    /// Sunting's version.
    pub version: String,
    /// The database file.
    pub database: String,
    /// The name saves are signed with.
    pub author: String,
    /// True when this start created the database (with the sample story).
    pub created: bool,
    /// Why the database could not be opened, if it could not.
    pub error: Option<CommandError>,
}

/// An article as the editor opens it: the latest revision and any unsaved work.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OpenedArticle {
    /// The record and its latest saved content.
    pub article: Article,
    /// Autosaved work newer than that revision, if the last session did not save it.
    pub working_copy: Option<WorkingCopy>,
}

impl Desk {
    /// Opens `$SUNTING_DB`, else the shared default database in the user's data folder, creating
    /// it with the sample story on first run. A failure is kept and reported by every command.
    pub fn open_default() -> Desk {
        let database = std::env::var_os("SUNTING_DB")
            .filter(|value| !value.is_empty())
            .map(PathBuf::from)
            .or_else(sunting_store::default_database_path)
            .unwrap_or_else(|| PathBuf::from("sunting.db"));
        Desk::open(&database, sunting_store::default_author())
    }

    /// Opens the database at `database`, creating it with the sample story if it is new.
    pub fn open(database: &Path, author: String) -> Desk {
        let (store, created) = match Store::open_or_create_with_sample(database) {
            Ok((store, created)) => (Ok(store), created),
            Err(error) => (Err(CommandError::from(error)), false),
        };
        Desk { store: Mutex::new(store), database: database.to_path_buf(), author, created }
    }

    /// Runs `action` on the store, or returns why there is none.
    pub fn with_store<T>(&self, action: impl FnOnce(&mut Store) -> Result<T, sunting_store::StoreError>) -> Result<T, CommandError> {
        // A panic in an earlier command cannot leave the store half-written (every write is one
        // transaction), so a poisoned lock is safe to take over.
        let mut guard = self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_mut() {
            Ok(store) => action(store).map_err(CommandError::from),
            Err(error) => Err(error.clone()),
        }
    }

    /// Where the desk works and who signs the saves.
    pub fn info(&self) -> AppInfo {
        let error = self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ref().err().cloned();
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            database: self.database.display().to_string(),
            author: self.author.clone(),
            created: self.created,
            error,
        }
    }

    /// The name saves are signed with.
    pub fn author(&self) -> &str {
        &self.author
    }
}

/// Refuses content too large to edit comfortably, before it reaches the store.
pub fn check_size(content: &ArticleContent) -> Result<(), CommandError> {
    let fields = [&content.headline, &content.standfirst, &content.byline, &content.dateline, &content.language];
    let bytes = fields.iter().map(|f| f.len()).sum::<usize>()
        + content.tags.iter().map(String::len).sum::<usize>()
        + content.body.iter().flat_map(|block| &block.runs).map(|run| run.text.len()).sum::<usize>();
    if bytes > MAX_ARTICLE_BYTES {
        return Err(CommandError::new(
            ErrorCode::InvalidInput,
            format!(
                "this article holds {} MB of text, more than Sunting edits in one piece ({} MB); nothing was saved, split it into several articles",
                bytes / (1024 * 1024),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ),
        ));
    }
    Ok(())
}

/// The article as the editor opens it.
pub fn open_article(store: &mut Store, article_id: i64) -> Result<OpenedArticle, sunting_store::StoreError> {
    let article = store.article(article_id)?;
    let working_copy = store.working_copy(article_id)?;
    Ok(OpenedArticle { article, working_copy })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sunting_engine::Block;

    #[test]
    fn a_new_database_starts_with_the_sample_story_and_keeps_work() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/sunting.db");
        let desk = Desk::open(&path, "ayu".into());
        let info = desk.info();
        assert!(info.created && info.error.is_none(), "{info:?}");
        let listed = desk.with_store(|store| store.list(&Default::default())).unwrap();
        assert_eq!(listed.len(), 1, "the sample story");

        let id = listed[0].id;
        let mut content = desk.with_store(|store| store.article(id)).unwrap().content;
        content.body.push(Block::paragraph("Paragraf yang belum disimpan."));
        desk.with_store(|store| store.autosave(id, &content)).unwrap();
        drop(desk);

        // Reopened (as after a crash): not created again, and the unsaved work is offered back.
        let desk = Desk::open(&path, "ayu".into());
        assert!(!desk.info().created);
        let opened = desk.with_store(|store| open_article(store, id)).unwrap();
        assert_eq!(opened.working_copy.map(|copy| copy.content), Some(content));
    }

    #[test]
    fn a_database_that_cannot_open_is_reported_by_every_command_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sunting.db");
        {
            Store::open(&path).unwrap();
            let connection = rusqlite::Connection::open(&path).unwrap();
            connection.pragma_update(None, "user_version", 999).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let desk = Desk::open(&path, "ayu".into());
        let error = desk.info().error.expect("a newer database is refused");
        assert_eq!(error.code, ErrorCode::NewerDatabase);
        let listed = desk.with_store(|store| store.list(&Default::default()));
        assert_eq!(listed.unwrap_err().code, ErrorCode::NewerDatabase);
        assert_eq!(std::fs::read(&path).unwrap(), before, "the file is untouched");
    }

    #[test]
    fn content_beyond_the_limit_is_refused_before_the_store() {
        let mut content = ArticleContent::from_paragraphs("Judul", ["x"]);
        assert!(check_size(&content).is_ok());
        content.body.push(Block::paragraph("a".repeat(MAX_ARTICLE_BYTES)));
        let error = check_size(&content).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidInput);
        assert!(error.message.contains("nothing was saved"), "{}", error.message);
    }
}
