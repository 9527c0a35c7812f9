//! The commands the UI invokes. Each is a few lines over the store or the engine; argument
//! names are snake_case on both sides. Every command is `async`: it runs on Tauri's worker
//! threads (store access one at a time, behind the desk's lock), never on the thread that draws
//! the window, so a long diff cannot freeze it.

use crate::desk::{self, AppInfo, Desk, DeskSettings, OpenedArticle};
use crate::error::{CommandError, ErrorCode};
use sunting_check::live::BlockInput;
use sunting_check::rules::{rule_infos, RuleInfo};
use sunting_check::Report;
use sunting_engine::diff::{diff_articles, ArticleDiff};
use sunting_engine::{Article, ArticleContent, Status};
use sunting_store::{
    ArticleSummary, HistoryEntry, Ignored, ImportOutcome, ListQuery, NoteEvent, RegisteredName, Revision, SaveOptions, SaveOutcome,
    StatusChange,
};
use tauri::State;

pub(crate) type Result<T> = std::result::Result<T, CommandError>;

/// Where the desk works, and whether its database opened.
#[tauri::command(async, rename_all = "snake_case")]
pub fn app_info(desk: State<'_, Desk>) -> AppInfo {
    desk.info()
}

/// The UI calls this once the library is on screen. Returns the milliseconds since the process
/// started; with `SUNTING_EXIT_WHEN_READY` set, prints them and quits (the start-up benchmark,
/// `scripts/bench-startup`, uses this).
#[tauri::command(async, rename_all = "snake_case")]
pub fn window_ready(app: tauri::AppHandle) -> u64 {
    let millis = crate::STARTED.get().map_or(0, |started| started.elapsed().as_millis() as u64);
    if std::env::var_os("SUNTING_EXIT_WHEN_READY").is_some() {
        println!("window ready {millis} ms after start");
        app.exit(0);
    }
    millis
}

/// The library: articles matching `query`, newest first (best match first when searching).
#[tauri::command(async, rename_all = "snake_case")]
pub fn list_articles(desk: State<'_, Desk>, query: ListQuery) -> Result<Vec<ArticleSummary>> {
    desk.with_store(|store| store.list(&query))
}

/// The errors left in each article's latest saved revision, for the library's rows.
#[tauri::command(async, rename_all = "snake_case")]
pub fn open_errors(desk: State<'_, Desk>, article_ids: Vec<i64>) -> Result<Vec<OpenErrors>> {
    let counts = desk.open_errors(&article_ids)?;
    Ok(counts.into_iter().map(|(article_id, errors)| OpenErrors { article_id, errors }).collect())
}

/// How many errors an article's latest saved revision holds.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct OpenErrors {
    /// The article.
    #[ts(type = "number")]
    pub article_id: i64,
    /// Findings at error severity, those ignored in the article left out.
    pub errors: usize,
}

/// A new article whose first revision is `content`.
#[tauri::command(async, rename_all = "snake_case")]
pub fn create_article(desk: State<'_, Desk>, content: ArticleContent) -> Result<Article> {
    desk.with_store(|store| store.create_article(&content, &SaveOptions::by(&desk.author()).with_note(&NoteEvent::Created.note())))
}

/// An article with any unsaved work the last session left.
#[tauri::command(async, rename_all = "snake_case")]
pub fn open_article(desk: State<'_, Desk>, article_id: i64) -> Result<OpenedArticle> {
    desk.with_store(|store| desk::open_article(store, article_id))
}

/// Saves a revision (nothing new when the content equals the latest one).
#[tauri::command(async, rename_all = "snake_case")]
/// `base_revision` is the revision the editor started from: when another desk's revision
/// arrived meanwhile, the two are kept as a fork for the editor to reconcile.
pub fn save_article(
    desk: State<'_, Desk>,
    article_id: i64,
    content: ArticleContent,
    note: Option<String>,
    base_revision: Option<u32>,
) -> Result<SaveOutcome> {
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let options = SaveOptions { author: desk.author(), note };
    let outcome = desk.with_store(|store| match base_revision {
        Some(base) => store.save_from(article_id, base, &content, &options),
        None => store.save(article_id, &content, &options),
    })?;
    desk.changed();
    Ok(outcome)
}

/// Saves the editor's reconciliation of a fork: a revision whose parents are all the versions.
#[tauri::command(async, rename_all = "snake_case")]
pub fn merge_article(desk: State<'_, Desk>, article_id: i64, content: ArticleContent, note: Option<String>) -> Result<SaveOutcome> {
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let outcome = desk.with_store(|store| store.save_merge(article_id, &content, &SaveOptions { author: desk.author(), note }))?;
    desk.changed();
    Ok(outcome)
}

/// The article's versions (head revisions): one, or more while a fork waits to be reconciled.
#[tauri::command(async, rename_all = "snake_case")]
pub fn article_heads(desk: State<'_, Desk>, article_id: i64) -> Result<Vec<u32>> {
    desk.with_store(|store| store.heads(article_id))
}

/// Keeps unsaved work without adding to the history.
#[tauri::command(async, rename_all = "snake_case")]
pub fn autosave_article(desk: State<'_, Desk>, article_id: i64, content: ArticleContent, base_revision: Option<u32>) -> Result<()> {
    desk.with_store(|store| match base_revision {
        Some(base) => store.autosave_from(article_id, base, &content),
        None => store.autosave(article_id, &content),
    })
}

/// Throws away autosaved work the editor chose not to keep.
#[tauri::command(async, rename_all = "snake_case")]
pub fn discard_working_copy(desk: State<'_, Desk>, article_id: i64) -> Result<()> {
    desk.with_store(|store| store.discard_working_copy(article_id))
}

/// Moves an article through the workflow, with the editor's note when one was asked for.
#[tauri::command(async, rename_all = "snake_case")]
pub fn set_status(desk: State<'_, Desk>, article_id: i64, status: Status, note: Option<String>) -> Result<()> {
    desk.with_store(|store| store.change_status(article_id, status, &desk.author(), note.as_deref()))?;
    desk.changed();
    Ok(())
}

/// The article's moves through the workflow, oldest first.
#[tauri::command(async, rename_all = "snake_case")]
pub fn status_changes(desk: State<'_, Desk>, article_id: i64) -> Result<Vec<StatusChange>> {
    desk.with_store(|store| store.status_changes(article_id))
}

/// Every revision, oldest first, with the words each added and removed.
#[tauri::command(async, rename_all = "snake_case")]
pub fn article_history(desk: State<'_, Desk>, article_id: i64) -> Result<Vec<HistoryEntry>> {
    desk.with_store(|store| store.history(article_id))
}

/// One revision with its content.
#[tauri::command(async, rename_all = "snake_case")]
pub fn revision(desk: State<'_, Desk>, article_id: i64, number: u32) -> Result<Revision> {
    desk.with_store(|store| store.revision(article_id, number))
}

/// What changed from revision `from` to revision `to`.
#[tauri::command(async, rename_all = "snake_case")]
pub fn diff_revisions(desk: State<'_, Desk>, article_id: i64, from: u32, to: u32) -> Result<ArticleDiff> {
    desk.with_store(|store| Ok(diff_articles(&store.revision(article_id, from)?.content, &store.revision(article_id, to)?.content)))
}

/// Adds a revision equal to revision `number`.
#[tauri::command(async, rename_all = "snake_case")]
pub fn restore_revision(desk: State<'_, Desk>, article_id: i64, number: u32) -> Result<SaveOutcome> {
    let outcome = desk.with_store(|store| store.restore(article_id, number, &desk.author()))?;
    desk.changed();
    Ok(outcome)
}

/// Checks an article being edited. `blocks` lists every block (headline, standfirst, then the
/// body), each either the same as a block of the previous check or new text.
#[tauri::command(async, rename_all = "snake_case")]
pub fn check_article(desk: State<'_, Desk>, article_id: i64, blocks: Vec<BlockInput>, language: String) -> Result<Report> {
    desk.check(article_id, blocks, &language)
}

/// Keeps a finding (its rule and text) quiet in this article.
#[tauri::command(async, rename_all = "snake_case")]
pub fn ignore_in_article(desk: State<'_, Desk>, article_id: i64, ignored: Ignored) -> Result<()> {
    desk.with_store(|store| store.ignore_in_article(article_id, &ignored, &desk.author()))
}

/// Lets an ignored finding be flagged again (undo of [`ignore_in_article`]).
#[tauri::command(async, rename_all = "snake_case")]
pub fn unignore_in_article(desk: State<'_, Desk>, article_id: i64, ignored: Ignored) -> Result<()> {
    desk.with_store(|store| store.unignore_in_article(article_id, &ignored))
}

/// Adds a word to the newsroom dictionary.
#[tauri::command(async, rename_all = "snake_case")]
pub fn add_word(desk: State<'_, Desk>, word: String) -> Result<bool> {
    let added = desk.with_store(|store| store.add_word(&word, &desk.author()))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(added)
}

/// Removes a word from the newsroom dictionary.
#[tauri::command(async, rename_all = "snake_case")]
pub fn remove_word(desk: State<'_, Desk>, word: String) -> Result<bool> {
    let removed = desk.with_store(|store| store.remove_word(&word))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(removed)
}

/// Corrects a dictionary word: the new spelling comes in and the old one goes, in one write.
#[tauri::command(async, rename_all = "snake_case")]
pub fn rename_word(desk: State<'_, Desk>, word: String, spelling: String) -> Result<()> {
    desk.with_store(|store| store.rename_word(&word, &spelling, &desk.author()))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(())
}

/// Merges a name's variant into its right spelling, in one write (see `Store::merge_name`).
#[tauri::command(async, rename_all = "snake_case")]
pub fn merge_name(desk: State<'_, Desk>, variant: String, canonical: String) -> Result<()> {
    desk.with_store(|store| store.merge_name(&variant, &canonical))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(())
}

/// Records a name's spelling as the right one.
#[tauri::command(async, rename_all = "snake_case")]
pub fn confirm_name(desk: State<'_, Desk>, name: String) -> Result<()> {
    desk.with_store(|store| store.confirm_name(&name))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(())
}

/// Records two similar names as different people.
#[tauri::command(async, rename_all = "snake_case")]
pub fn mark_different(desk: State<'_, Desk>, a: String, b: String) -> Result<()> {
    desk.with_store(|store| store.mark_different(&a, &b))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(())
}

/// Takes back a name confirmation.
#[tauri::command(async, rename_all = "snake_case")]
pub fn unconfirm_name(desk: State<'_, Desk>, name: String) -> Result<()> {
    desk.with_store(|store| store.unconfirm_name(&name))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(())
}

/// Takes back "different people".
#[tauri::command(async, rename_all = "snake_case")]
pub fn unmark_different(desk: State<'_, Desk>, a: String, b: String) -> Result<()> {
    desk.with_store(|store| store.unmark_different(&a, &b))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(())
}

/// The settings screen: the desk's settings and every rule, described in the interface language.
#[tauri::command(async, rename_all = "snake_case")]
pub fn settings(desk: State<'_, Desk>) -> SettingsView {
    let settings = desk.settings();
    let rules = rule_infos(settings.interface_language());
    SettingsView { settings, rules }
}

/// Keeps new settings (author, default language, rules) and checks with them from now on.
#[tauri::command(async, rename_all = "snake_case")]
pub fn save_settings(desk: State<'_, Desk>, settings: DeskSettings) -> Result<()> {
    desk.save_settings(settings)
}

/// The newsroom dictionary, sorted.
#[tauri::command(async, rename_all = "snake_case")]
pub fn dictionary(desk: State<'_, Desk>) -> Result<Vec<String>> {
    desk.with_store(|store| store.words())
}

/// Adds the words of a shared word list.
#[tauri::command(async, rename_all = "snake_case")]
pub fn import_words(desk: State<'_, Desk>, text: String) -> Result<ImportOutcome> {
    let outcome = desk.with_store(|store| store.import_words(&text, &desk.author()))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(outcome)
}

/// Writes the dictionary as a word list into the Downloads folder; returns the file's path.
#[tauri::command(async, rename_all = "snake_case")]
pub fn export_words(desk: State<'_, Desk>) -> Result<String> {
    let text = desk.with_store(|store| store.export_words())?;
    crate::files::write_export("sunting-dictionary", "txt", &text)
}

/// The name register: every spelling with its counts, and the pairs known to differ.
#[tauri::command(async, rename_all = "snake_case")]
pub fn name_register(desk: State<'_, Desk>) -> Result<NameRegisterView> {
    desk.with_store(|store| Ok(NameRegisterView { names: store.names()?, different: store.different_names()?, kinds: store.name_kinds()? }))
}

/// Applies a shared name register (CSV).
#[tauri::command(async, rename_all = "snake_case")]
pub fn import_names(desk: State<'_, Desk>, text: String) -> Result<ImportOutcome> {
    let outcome = desk.with_store(|store| store.import_names_csv(&text))?;
    desk.newsroom_changed();
    desk.changed();
    Ok(outcome)
}

/// Writes the name register as CSV into the Downloads folder; returns the file's path.
#[tauri::command(async, rename_all = "snake_case")]
pub fn export_names(desk: State<'_, Desk>) -> Result<String> {
    // Column names in the interface's language; an import reads either language's.
    let columns = match crate::error::language() {
        sunting_i18n::UiLanguage::Id => sunting_store::NamesCsv::INDONESIAN,
        sunting_i18n::UiLanguage::En => sunting_store::NamesCsv::ENGLISH,
    };
    let text = desk.with_store(|store| store.export_names_csv(columns))?;
    crate::files::write_export("sunting-names", "csv", &text)
}

/// What the settings screen shows.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct SettingsView {
    /// The desk's settings.
    pub settings: DeskSettings,
    /// Every rule, with its description.
    pub rules: Vec<RuleInfo>,
}

/// The name register as the settings screen shows it.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct NameRegisterView {
    /// Every spelling, most used first.
    pub names: Vec<RegisteredName>,
    /// Pairs recorded as different people.
    pub different: Vec<(String, String)>,
    /// What names name (person, organisation, place), for ninjs export.
    pub kinds: Vec<(String, sunting_store::NameKind)>,
}

/// A new article from a file (Word, web page, Markdown or plain text, by the file's name),
/// without its page furniture. The file's bytes are the raw request body, its name the
/// `x-file-name` header (percent-encoded), so a large file is not turned into JSON first.
#[tauri::command(async, rename_all = "snake_case")]
pub fn import_article(desk: State<'_, Desk>, request: tauri::ipc::Request<'_>) -> Result<ImportedArticle> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(CommandError::said(ErrorCode::InvalidInput, "desk-import-no-bytes", &[]));
    };
    let file_name =
        request.headers().get("x-file-name").and_then(|value| value.to_str().ok()).map(percent_decode).unwrap_or_else(|| "?".to_string());
    let mut imported = desk::parse_import(&file_name, bytes)?;
    desk.fill_language(&mut imported.content);
    // Kept as an event, which the history words in the language of the day it is read.
    let note = NoteEvent::Imported { file: Some(file_name.clone()) }.note();
    let options = SaveOptions::by(&desk.author()).with_note(&note);
    let article = desk.with_store(|store| store.create_article(&imported.content, &options))?;
    Ok(ImportedArticle { article, removed: imported.removed })
}

/// An imported article and the page furniture removed from it.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct ImportedArticle {
    /// The new article.
    pub article: Article,
    /// The text of each block removed as page furniture, to tell the editor.
    pub removed: Vec<String>,
}

/// Decodes `%XX` escapes (as `encodeURIComponent` writes them); anything malformed is kept as is.
fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_arrive_decoded_whatever_their_letters() {
        assert_eq!(super::percent_decode("Wawancara%20Erdo%C4%9Fan%20%E2%80%94%20final.docx"), "Wawancara Erdoğan — final.docx");
        assert_eq!(super::percent_decode("100%25%20naik.txt"), "100% naik.txt");
        assert_eq!(super::percent_decode("rusak%zz%E2.txt"), "rusak%zz\u{fffd}.txt");
    }
}
