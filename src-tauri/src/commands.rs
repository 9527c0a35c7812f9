//! The commands the UI invokes. Each is a few lines over the store or the engine; argument
//! names are snake_case on both sides.

use crate::desk::{self, check_size, AppInfo, Desk, OpenedArticle};
use crate::error::CommandError;
use sunting_engine::diff::{diff_articles, ArticleDiff};
use sunting_engine::{Article, ArticleContent, Status};
use sunting_store::{ArticleSummary, HistoryEntry, ListQuery, Revision, SaveOptions, SaveOutcome};
use tauri::State;

type Result<T> = std::result::Result<T, CommandError>;

/// Where the desk works, and whether its database opened.
#[tauri::command(rename_all = "snake_case")]
pub fn app_info(desk: State<'_, Desk>) -> AppInfo {
    desk.info()
}

/// The UI calls this once the library is on screen. Returns the milliseconds since the process
/// started; with `SUNTING_EXIT_WHEN_READY` set, prints them and quits (the start-up benchmark,
/// `scripts/bench-startup`, uses this).
#[tauri::command(rename_all = "snake_case")]
pub fn window_ready(app: tauri::AppHandle) -> u64 {
    let millis = crate::STARTED.get().map_or(0, |started| started.elapsed().as_millis() as u64);
    if std::env::var_os("SUNTING_EXIT_WHEN_READY").is_some() {
        println!("window ready {millis} ms after start");
        app.exit(0);
    }
    millis
}

/// The library: articles matching `query`, newest first (best match first when searching).
#[tauri::command(rename_all = "snake_case")]
pub fn list_articles(desk: State<'_, Desk>, query: ListQuery) -> Result<Vec<ArticleSummary>> {
    desk.with_store(|store| store.list(&query))
}

/// A new article whose first revision is `content`.
#[tauri::command(rename_all = "snake_case")]
pub fn create_article(desk: State<'_, Desk>, content: ArticleContent) -> Result<Article> {
    check_size(&content)?;
    desk.with_store(|store| store.create_article(&content, &SaveOptions::by(desk.author()).with_note("New article")))
}

/// An article with any unsaved work the last session left.
#[tauri::command(rename_all = "snake_case")]
pub fn open_article(desk: State<'_, Desk>, article_id: i64) -> Result<OpenedArticle> {
    desk.with_store(|store| desk::open_article(store, article_id))
}

/// Saves a revision (nothing new when the content equals the latest one).
#[tauri::command(rename_all = "snake_case")]
pub fn save_article(desk: State<'_, Desk>, article_id: i64, content: ArticleContent, note: Option<String>) -> Result<SaveOutcome> {
    check_size(&content)?;
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    desk.with_store(|store| store.save(article_id, &content, &SaveOptions { author: desk.author().to_string(), note }))
}

/// Keeps unsaved work without adding to the history.
#[tauri::command(rename_all = "snake_case")]
pub fn autosave_article(desk: State<'_, Desk>, article_id: i64, content: ArticleContent) -> Result<()> {
    check_size(&content)?;
    desk.with_store(|store| store.autosave(article_id, &content))
}

/// Throws away autosaved work the editor chose not to keep.
#[tauri::command(rename_all = "snake_case")]
pub fn discard_working_copy(desk: State<'_, Desk>, article_id: i64) -> Result<()> {
    desk.with_store(|store| store.discard_working_copy(article_id))
}

/// Moves an article through the workflow.
#[tauri::command(rename_all = "snake_case")]
pub fn set_status(desk: State<'_, Desk>, article_id: i64, status: Status) -> Result<()> {
    desk.with_store(|store| store.set_status(article_id, status))
}

/// Every revision, oldest first, with the words each added and removed.
#[tauri::command(rename_all = "snake_case")]
pub fn article_history(desk: State<'_, Desk>, article_id: i64) -> Result<Vec<HistoryEntry>> {
    desk.with_store(|store| store.history(article_id))
}

/// One revision with its content.
#[tauri::command(rename_all = "snake_case")]
pub fn revision(desk: State<'_, Desk>, article_id: i64, number: u32) -> Result<Revision> {
    desk.with_store(|store| store.revision(article_id, number))
}

/// What changed from revision `from` to revision `to`.
#[tauri::command(rename_all = "snake_case")]
pub fn diff_revisions(desk: State<'_, Desk>, article_id: i64, from: u32, to: u32) -> Result<ArticleDiff> {
    desk.with_store(|store| Ok(diff_articles(&store.revision(article_id, from)?.content, &store.revision(article_id, to)?.content)))
}

/// Adds a revision equal to revision `number`.
#[tauri::command(rename_all = "snake_case")]
pub fn restore_revision(desk: State<'_, Desk>, article_id: i64, number: u32) -> Result<SaveOutcome> {
    desk.with_store(|store| store.restore(article_id, number, desk.author()))
}
