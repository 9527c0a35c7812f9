//! The desk: the open store and who is working at it, managed once at start-up.

use crate::error::{CommandError, ErrorCode};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use sunting_check::live::{BlockInput, LiveDocument};
use sunting_check::{CheckConfig, Checker, Language, Report, Resources};
use sunting_engine::{Article, ArticleContent, UiLanguage};
use sunting_publish::SiteProfile;
use sunting_store::{Store, WorkingCopy};
use ts_rs::TS;

/// The store the window works on, or why it could not be opened.
pub struct Desk {
    store: Mutex<Result<Store, CommandError>>,
    database: PathBuf,
    settings: Mutex<DeskSettings>,
    created: bool,
    /// Dictionaries and models, loaded once (in the background from start-up).
    resources: Arc<Resources>,
    /// The checker with the newsroom's words and names; rebuilt after they change.
    checker: Mutex<Option<Arc<Checker>>>,
    /// The blocks of each article being checked, as of its last check.
    live: Mutex<HashMap<i64, LiveDocument>>,
    /// The errors in each article's latest revision, for the library, by the article, its
    /// content hash and its ignored findings; emptied with the checker.
    error_counts: Mutex<HashMap<(i64, String, usize), usize>>,
    /// A second connection to the same database for exports, which wait on the network: the
    /// editor's saves and checks never queue behind a slow site. Opened on first use.
    publisher: Mutex<Option<Store>>,
    /// Each site's categories and usual headline length, as read once this session.
    site_profiles: Mutex<HashMap<i64, SiteProfile>>,
    /// Wakes the newsroom sync after a change worth pushing at once.
    sync_control: Arc<sunting_sync::session::Control>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in an earlier command cannot leave the state half-written (every store write is
    // one transaction; the rest is caches), so a poisoned lock is safe to take over.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The desk's settings, kept in the database (key `desk`) and edited on the settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DeskSettings {
    /// The name saves are signed with.
    pub author: String,
    /// The language new articles start in and short texts are assumed to be in ("id" or "en").
    pub default_language: String,
    /// Rules switched off.
    pub disabled_rules: Vec<String>,
    /// Rules that are off by default, switched on.
    pub enabled_rules: Vec<String>,
    /// The interface language the editor chose ("id" or "en"); empty to follow the system.
    pub ui_language: String,
}

impl Default for DeskSettings {
    fn default() -> Self {
        DeskSettings {
            author: String::new(),
            default_language: "id".into(),
            disabled_rules: Vec::new(),
            enabled_rules: Vec::new(),
            ui_language: String::new(),
        }
    }
}

impl DeskSettings {
    /// The checker's configuration for these settings; findings speak the interface language.
    pub fn check_config(&self) -> CheckConfig {
        CheckConfig {
            disabled_rules: self.disabled_rules.iter().cloned().collect(),
            enabled_rules: self.enabled_rules.iter().cloned().collect(),
            default_language: Language::from_code(&self.default_language),
            messages: self.interface_language(),
            ..CheckConfig::default()
        }
    }

    /// The language the interface speaks: the editor's choice, or the system's.
    pub fn interface_language(&self) -> UiLanguage {
        UiLanguage::chosen_or(&self.ui_language, system_ui_language())
    }
}

const SETTINGS_KEY: &str = "desk";

/// What the window shows about where it works.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    /// Sunting's version.
    pub version: String,
    /// The database file.
    pub database: String,
    /// The name saves are signed with.
    pub author: String,
    /// The language new articles start in.
    pub default_language: String,
    /// The language the interface speaks: the editor's choice, or the system's.
    pub ui_language: UiLanguage,
    /// The system's language, which "follow the system" means.
    pub system_language: UiLanguage,
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
        let resources = Arc::new(Resources::from_environment());
        let mut settings: DeskSettings = store
            .as_ref()
            .ok()
            .and_then(|store| store.setting(SETTINGS_KEY).ok().flatten())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        if settings.author.trim().is_empty() {
            settings.author = author;
        }
        crate::error::set_language(settings.interface_language());
        Desk {
            store: Mutex::new(store),
            database: database.to_path_buf(),
            settings: Mutex::new(settings),
            created,
            resources,
            checker: Mutex::new(None),
            error_counts: Mutex::new(HashMap::new()),
            live: Mutex::new(HashMap::new()),
            publisher: Mutex::new(None),
            site_profiles: Mutex::new(HashMap::new()),
            sync_control: Arc::default(),
        }
    }

    /// Runs `action` on the publishing connection; exports take turns on it.
    pub fn with_publisher<T>(&self, action: impl FnOnce(&mut Store) -> Result<T, CommandError>) -> Result<T, CommandError> {
        if let Err(error) = lock(&self.store).as_ref() {
            return Err(error.clone());
        }
        let mut publisher = lock(&self.publisher);
        if publisher.is_none() {
            *publisher = Some(Store::open(&self.database).map_err(CommandError::from)?);
        }
        action(publisher.as_mut().expect("opened above"))
    }

    /// A site's profile as read earlier this session, if it was.
    pub fn cached_site_profile(&self, site_id: i64) -> Option<SiteProfile> {
        lock(&self.site_profiles).get(&site_id).cloned()
    }

    /// Keeps a site's profile for the session.
    pub fn cache_site_profile(&self, site_id: i64, profile: SiteProfile) {
        lock(&self.site_profiles).insert(site_id, profile);
    }

    /// Loads the dictionaries on another thread, so the first check does not wait for them.
    pub fn warm_up(&self) {
        let resources = self.resources.clone();
        std::thread::spawn(move || resources.preload());
    }

    /// The checker, built on first use from the newsroom's dictionary and name register.
    pub fn checker(&self) -> Result<Arc<Checker>, CommandError> {
        if let Some(checker) = lock(&self.checker).as_ref() {
            return Ok(checker.clone());
        }
        let newsroom = self.with_store(|store| store.newsroom())?;
        let config = lock(&self.settings).check_config();
        let checker = Arc::new(Checker::with_newsroom(self.resources.clone(), config, newsroom));
        *lock(&self.checker) = Some(checker.clone());
        Ok(checker)
    }

    /// Drops the checker after the dictionary or the name register changed.
    pub fn newsroom_changed(&self) {
        *lock(&self.checker) = None;
        lock(&self.error_counts).clear();
    }

    /// How many errors each article's latest saved revision holds (the findings the editor
    /// ignored in it left out), for the library's rows. An article checked before with the same
    /// text is answered from memory; the others are checked, a few milliseconds each.
    pub fn open_errors(&self, article_ids: &[i64]) -> Result<Vec<(i64, usize)>, CommandError> {
        let checker = self.checker()?;
        let mut counts = Vec::with_capacity(article_ids.len());
        for &article_id in article_ids {
            let (article, ignored) = self.with_store(|store| Ok((store.article(article_id)?, store.ignored_in_article(article_id)?)))?;
            let key = (article_id, article.content.content_hash(), ignored.len());
            if let Some(&count) = lock(&self.error_counts).get(&key) {
                counts.push((article_id, count));
                continue;
            }
            let mut report = checker.check(&article_document(&article.content));
            report.drop_ignored(ignored.iter().map(|i| (i.rule.as_str(), i.text.as_str())));
            let count = report.findings.iter().filter(|finding| finding.severity == sunting_check::Severity::Error).count();
            lock(&self.error_counts).insert(key, count);
            counts.push((article_id, count));
        }
        Ok(counts)
    }

    /// Gives an imported article the language its text is written in, when the file said none.
    pub fn fill_language(&self, content: &mut ArticleContent) {
        self.resources.fill_language(content);
    }

    /// Tells the newsroom sync that something worth pushing was written.
    pub fn changed(&self) {
        self.sync_control.wake();
    }

    /// The newsroom session's control: its alarm and the leases it renews.
    pub fn sync_control(&self) -> Arc<sunting_sync::session::Control> {
        self.sync_control.clone()
    }

    /// The database file.
    pub fn database(&self) -> &Path {
        &self.database
    }

    /// Checks an article being edited: applies the update to its blocks, checks them, and drops
    /// the findings the editor ignored in this article.
    pub fn check(&self, article_id: i64, blocks: Vec<BlockInput>, language: &str) -> Result<Report, CommandError> {
        let checker = self.checker()?;
        let ignored = self.with_store(|store| store.ignored_in_article(article_id))?;
        let document = {
            let mut live = lock(&self.live);
            let session = live.entry(article_id).or_default();
            session.update(blocks).map_err(|_| CommandError::said(ErrorCode::OutOfStep, "desk-out-of-step", &[]))?;
            session.document(Language::from_code(language))
        };
        let mut report = checker.check(&document);
        for failure in &report.failures {
            eprintln!(
                "sunting: article {article_id}: the {} check stopped on block {:?}: {}",
                failure.rule, failure.block, failure.message
            );
        }
        report.drop_ignored(ignored.iter().map(|i| (i.rule.as_str(), i.text.as_str())));
        Ok(report)
    }

    /// Runs `action` on the store, or returns why there is none.
    pub fn with_store<T>(&self, action: impl FnOnce(&mut Store) -> Result<T, sunting_store::StoreError>) -> Result<T, CommandError> {
        match lock(&self.store).as_mut() {
            Ok(store) => action(store).map_err(CommandError::from),
            Err(error) => Err(error.clone()),
        }
    }

    /// Where the desk works and who signs the saves.
    pub fn info(&self) -> AppInfo {
        let error = lock(&self.store).as_ref().err().cloned();
        let settings = self.settings();
        let ui_language = settings.interface_language();
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            database: self.database.display().to_string(),
            author: settings.author,
            default_language: settings.default_language,
            ui_language,
            system_language: system_ui_language(),
            created: self.created,
            error,
        }
    }

    /// The name saves are signed with.
    pub fn author(&self) -> String {
        lock(&self.settings).author.clone()
    }

    /// The desk's settings.
    pub fn settings(&self) -> DeskSettings {
        lock(&self.settings).clone()
    }

    /// Keeps new settings and rebuilds the checker with them.
    pub fn save_settings(&self, mut settings: DeskSettings) -> Result<(), CommandError> {
        settings.author = settings.author.trim().to_string();
        if settings.author.is_empty() {
            return Err(CommandError::said(ErrorCode::InvalidInput, "desk-author-empty", &[]));
        }
        if Language::from_code(&settings.default_language).is_none() {
            return Err(CommandError::said(
                ErrorCode::InvalidInput,
                "desk-unknown-language",
                &[("code", settings.default_language.as_str().into())],
            ));
        }
        if !settings.ui_language.is_empty() && UiLanguage::from_code(&settings.ui_language).is_none() {
            return Err(CommandError::said(
                ErrorCode::InvalidInput,
                "desk-unknown-language",
                &[("code", settings.ui_language.as_str().into())],
            ));
        }
        let json = serde_json::to_string(&settings).expect("settings always serialise");
        self.with_store(|store| store.set_setting(SETTINGS_KEY, &json))?;
        crate::error::set_language(settings.interface_language());
        *lock(&self.settings) = settings;
        self.newsroom_changed();
        Ok(())
    }
}

/// The system's interface language: the locale variables, or Windows' display language.
pub fn system_ui_language() -> UiLanguage {
    sunting_i18n::system_language(|name| std::env::var(name).ok())
}

/// Reads an imported file into an article without its page furniture, refusing what is too
/// large, empty, broken or not UTF-8 with a message that names the file.
pub fn parse_import(file_name: &str, bytes: &[u8]) -> Result<sunting_engine::format::Imported, CommandError> {
    sunting_engine::format::import(file_name, bytes).map_err(|error| {
        let reason = sunting_i18n::describe_import(crate::error::language(), file_name, &error);
        CommandError::said(ErrorCode::InvalidInput, "desk-import-failed", &[("reason", reason.into())])
    })
}

/// The article as the editor opens it.
pub fn open_article(store: &mut Store, article_id: i64) -> Result<OpenedArticle, sunting_store::StoreError> {
    let article = store.article(article_id)?;
    let working_copy = store.working_copy(article_id)?;
    Ok(OpenedArticle { article, working_copy })
}

/// The checker's document of a saved article: the headline, the standfirst, then the body, as
/// the window sends them (see `ui/src/review/live.ts`).
fn article_document(content: &ArticleContent) -> sunting_check::Document {
    let text = |text: &str| BlockInput::Text { runs: vec![sunting_engine::Run::plain(text)], language: None };
    let mut inputs = vec![text(&content.headline), text(&content.standfirst)];
    inputs.extend(content.body.iter().map(|block| BlockInput::Text { runs: block.runs.clone(), language: block.language.clone() }));
    let mut live = LiveDocument::default();
    live.update(inputs).expect("text blocks refer to no earlier update");
    live.document(Language::from_code(&content.language))
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
        assert_eq!(info.author, "ayu");
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

    fn inputs(content: &ArticleContent) -> Vec<BlockInput> {
        let mut blocks = vec![sunting_engine::Run::plain(&content.headline)];
        blocks.push(sunting_engine::Run::plain(&content.standfirst));
        let mut inputs: Vec<BlockInput> = blocks.into_iter().map(|run| BlockInput::Text { runs: vec![run], language: None }).collect();
        inputs.extend(content.body.iter().map(|block| BlockInput::Text { runs: block.runs.clone(), language: None }));
        inputs
    }

    #[test]
    fn live_checks_send_only_changes_and_honour_ignores_and_the_dictionary() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(&dir.path().join("sunting.db"), "ayu".into());
        let id = desk.with_store(|store| store.list(&Default::default())).unwrap()[0].id;
        let content = desk.with_store(|store| store.article(id)).unwrap().content;
        let first = desk.check(id, inputs(&content), "id").unwrap();
        let slip = first.findings.iter().find(|f| f.rule == "name_consistency").expect("the sample story misspells a name once");
        assert!(slip.block >= 2, "body blocks come after the headline and standfirst");

        // Only one block changes: the rest are named by index and checked from the cache.
        let mut update: Vec<BlockInput> = (0..first.blocks.len()).map(|index| BlockInput::Same { index }).collect();
        update[2] = BlockInput::Text { runs: vec![sunting_engine::Run::plain("Paragraf baru tentang angkutn kota.")], language: None };
        let second = desk.check(id, update, "id").unwrap();
        assert!(second.findings.iter().any(|f| f.block == 2 && f.rule == "spelling" && f.text == "angkutn"), "{:?}", second.findings);
        assert!(second.findings.iter().any(|f| f.rule == slip.rule && f.text == slip.text), "unchanged blocks keep their findings");

        let ignored = sunting_store::Ignored { rule: slip.rule.clone(), text: slip.text.clone() };
        desk.with_store(|store| store.ignore_in_article(id, &ignored, "ayu")).unwrap();
        let same: Vec<BlockInput> = (0..second.blocks.len()).map(|index| BlockInput::Same { index }).collect();
        let third = desk.check(id, same.clone(), "id").unwrap();
        assert!(!third.findings.iter().any(|f| f.rule == slip.rule && f.text == slip.text), "ignored in this article");

        desk.with_store(|store| store.add_word("angkutn", "ayu")).unwrap();
        desk.newsroom_changed();
        let fourth = desk.check(id, same, "id").unwrap();
        assert!(!fourth.findings.iter().any(|f| f.text == "angkutn"), "the newsroom dictionary knows it now");

        let error = desk.check(id, vec![BlockInput::Same { index: 500 }], "id").unwrap_err();
        assert_eq!(error.code, ErrorCode::OutOfStep);
    }

    #[test]
    fn the_library_counts_the_errors_a_full_check_finds_leaving_out_the_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(&dir.path().join("sunting.db"), "ayu".into());
        let id = desk.with_store(|store| store.list(&Default::default())).unwrap()[0].id;
        let content = desk.with_store(|store| store.article(id)).unwrap().content;
        let report = desk.check(id, inputs(&content), "id").unwrap();
        let errors = report.findings.iter().filter(|f| f.severity == sunting_check::Severity::Error).count();
        assert!(errors >= 2, "the sample story has errors: {errors}");
        assert_eq!(desk.open_errors(&[id]).unwrap(), [(id, errors)]);
        // Ignoring one in the article takes it off the count, as off the panel.
        let slip = report.findings.iter().find(|f| f.rule == "name_consistency").unwrap();
        let ignored = sunting_store::Ignored { rule: slip.rule.clone(), text: slip.text.clone() };
        desk.with_store(|store| store.ignore_in_article(id, &ignored, "ayu")).unwrap();
        assert_eq!(desk.open_errors(&[id]).unwrap(), [(id, errors - 1)]);
        // A new revision is counted anew.
        let clean = ArticleContent::from_paragraphs("Bus listrik", ["Warga menunggu bus di halte sejak pagi."]);
        desk.with_store(|store| store.save(id, &clean, &sunting_store::SaveOptions::by("ayu"))).unwrap();
        assert_eq!(desk.open_errors(&[id]).unwrap(), [(id, 0)]);
    }

    #[test]
    fn settings_persist_and_switch_rules_off() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sunting.db");
        let desk = Desk::open(&path, "ayu".into());
        let id = desk.with_store(|store| store.list(&Default::default())).unwrap()[0].id;
        let content = desk.with_store(|store| store.article(id)).unwrap().content;
        assert!(desk.check(id, inputs(&content), "id").unwrap().findings.iter().any(|f| f.rule == "furniture"));

        let mut settings = desk.settings();
        settings.author = "  Budi  ".into();
        settings.disabled_rules = vec!["furniture".into()];
        desk.save_settings(settings.clone()).unwrap();
        let report = desk.check(id, (0..content.body.len() + 2).map(|index| BlockInput::Same { index }).collect(), "id").unwrap();
        assert!(!report.findings.iter().any(|f| f.rule == "furniture"), "switched off");

        settings.ui_language = "en".into();
        desk.save_settings(settings.clone()).unwrap();
        assert_eq!(desk.info().ui_language, UiLanguage::En, "the editor's choice wins over the system");
        let joined = |desk: &Desk| {
            let report = desk.check(id, (0..content.body.len() + 2).map(|index| BlockInput::Same { index }).collect(), "id").unwrap();
            report.findings.into_iter().find(|f| f.rule == "preposition_joined").expect("the sample story has \"disitu\"").message
        };
        assert!(joined(&desk).starts_with("The preposition “di”"), "{}", joined(&desk));
        settings.ui_language = "id".into();
        desk.save_settings(settings.clone()).unwrap();
        assert!(joined(&desk).starts_with("Kata depan “di”"), "findings speak the interface language: {}", joined(&desk));
        settings.ui_language = "en".into();
        desk.save_settings(settings.clone()).unwrap();
        settings.ui_language = "xx".into();
        assert_eq!(desk.save_settings(settings.clone()).unwrap_err().code, ErrorCode::InvalidInput);
        settings.ui_language = "en".into();
        settings.default_language = "xx".into();
        assert_eq!(desk.save_settings(settings).unwrap_err().code, ErrorCode::InvalidInput);
        drop(desk);
        let desk = Desk::open(&path, "someone-else".into());
        assert_eq!(desk.author(), "Budi", "kept in the database");
        assert_eq!(desk.settings().disabled_rules, ["furniture"]);
        assert_eq!(desk.settings().ui_language, "en");
    }

    #[test]
    fn imports_read_web_pages_and_refuse_empty_broken_or_huge_files() {
        let imported =
            parse_import("kabar.html", b"<title>Judul</title><script>x()</script><p>Isi <b>tebal</b>.</p><p>Baca juga: lain</p>").unwrap();
        assert_eq!(imported.content.headline, "Judul");
        assert_eq!(imported.content.body.len(), 1);
        assert_eq!(imported.removed, ["Baca juga: lain"]);
        assert_eq!(parse_import("kosong.txt", b"  \n\n ").unwrap_err().code, ErrorCode::InvalidInput);
        let broken = parse_import("rusak.docx", b"PK\x03\x04 not really").unwrap_err();
        assert!(broken.message.starts_with("rusak.docx is not a Word document"), "{}", broken.message);
        let latin1 = parse_import("lama.txt", b"Caf\xe9").unwrap_err();
        assert!(latin1.message.contains("not UTF-8"), "{}", latin1.message);
        let huge = "a ".repeat(sunting_engine::format::MAX_IMPORT_BYTES / 2 + 1);
        assert!(parse_import("besar.txt", huge.as_bytes()).unwrap_err().message.contains("nothing was imported"));
    }

    #[test]
    fn content_beyond_the_limit_is_refused_by_the_store_and_nothing_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(&dir.path().join("sunting.db"), "ayu".into());
        let id = desk.with_store(|store| store.list(&Default::default())).unwrap()[0].id;
        let mut content = ArticleContent::from_paragraphs("Judul", ["x"]);
        content.body.push(Block::paragraph("a".repeat(sunting_engine::format::MAX_ARTICLE_BYTES)));
        let error = desk.with_store(|store| store.save(id, &content, &sunting_store::SaveOptions::by("ayu"))).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidInput);
        assert!(error.message.contains("nothing was saved"), "{}", error.message);
        let many = ArticleContent::from_paragraphs("Judul", (0..100_000).map(|i| format!("Paragraf {i}.")));
        let error = desk.with_store(|store| store.create_article(&many, &sunting_store::SaveOptions::by("ayu"))).unwrap_err();
        assert!(error.message.contains("100000 paragraphs") && error.message.contains("nothing was saved"), "{}", error.message);
        let error = desk.with_store(|store| store.autosave(id, &many)).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidInput);
        assert_eq!(desk.with_store(|store| store.list(&Default::default())).unwrap().len(), 1, "nothing was added");
        assert_eq!(desk.with_store(|store| store.article(id)).unwrap().revision, 1, "nor saved");
    }
}
