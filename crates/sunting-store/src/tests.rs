//! Store tests on real SQLite files in temporary folders.

use super::*;
use crate::sync::{Change, SharedStatus};
use sunting_engine::{Block, BlockKind};
use tempfile::TempDir;

fn story(headline: &str, paragraphs: &[&str]) -> ArticleContent {
    ArticleContent::from_paragraphs(headline, paragraphs.iter().copied())
}

fn temp_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("sunting.db")).unwrap();
    (dir, store)
}

#[test]
fn new_database_is_at_the_latest_version_in_wal_mode() {
    let (_dir, store) = temp_store();
    let connection = store.connection();
    let version: i64 = connection.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let mode: String = connection.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    let foreign_keys: bool = connection.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
    let synchronous: i64 = connection.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap();
    assert_eq!(version, LATEST_VERSION);
    assert_eq!(mode, "wal");
    assert!(foreign_keys);
    assert_eq!(synchronous, 2, "FULL");
    assert!(store.is_empty().unwrap());
}

#[test]
fn saves_revisions_and_skips_identical_content() {
    let (_dir, mut store) = temp_store();
    let first = story("Durov ke Jakarta", &["Satu."]);
    let article = store.create_article(&first, &SaveOptions::by("ayu")).unwrap();
    assert_eq!(article.revision, 1);

    let mut second = first.clone();
    second.body.push(Block::paragraph("Dua."));
    let outcome = store.save(article.id, &second, &SaveOptions::by("budi").with_note("tambah paragraf")).unwrap();
    assert_eq!(outcome, SaveOutcome { revision: 2, created: true });

    // Same text with different whitespace is the same content.
    let mut same = second.clone();
    same.body[1] = Block::paragraph("  Dua.  ");
    assert_eq!(store.save(article.id, &same, &SaveOptions::by("budi")).unwrap(), SaveOutcome { revision: 2, created: false });

    let history = store.revisions(article.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].author, "budi");
    assert_eq!(history[1].note.as_deref(), Some("tambah paragraf"));
    assert_eq!(history[1].content_hash, second.content_hash());
    assert_eq!(history[1].word_count, 2);
    assert_eq!(store.article(article.id).unwrap().content, second);
    assert_eq!(store.revision(article.id, 1).unwrap().content, first);
}

#[test]
fn restore_adds_a_revision_equal_to_the_old_one() {
    let (_dir, mut store) = temp_store();
    let v1 = story("Judul", &["Versi satu."]);
    let id = store.create_article(&v1, &SaveOptions::by("ayu")).unwrap().id;
    store.save(id, &story("Judul", &["Versi dua."]), &SaveOptions::by("ayu")).unwrap();
    let outcome = store.restore(id, 1, "budi").unwrap();
    assert_eq!(outcome, SaveOutcome { revision: 3, created: true });
    let history = store.revisions(id).unwrap();
    assert_eq!(history.len(), 3, "history is never rewritten");
    assert_eq!(history[2].restored_from, Some(1));
    assert_eq!(history[2].content_hash, history[0].content_hash);
    assert_eq!(store.article(id).unwrap().content, v1);
    let (old, latest) = store.article_at(id, Some(2)).unwrap();
    assert_eq!((old.revision, latest), (2, 3));
    assert_eq!(old.content, story("Judul", &["Versi dua."]));
    assert!(matches!(store.restore(id, 9, "budi"), Err(StoreError::RevisionNotFound { revision: 9, revision_count: 3, .. })));
}

#[test]
fn revisions_cannot_be_changed_or_deleted() {
    let (_dir, mut store) = temp_store();
    let id = store.create_article(&story("Judul", &["Isi."]), &SaveOptions::by("ayu")).unwrap().id;
    let connection = store.connection();
    assert!(connection.execute("UPDATE revisions SET author = 'x' WHERE article_id = ?1", [id]).is_err());
    assert!(connection.execute("DELETE FROM revisions WHERE article_id = ?1", [id]).is_err());
    assert_eq!(store.revisions(id).unwrap()[0].author, "ayu");
}

#[test]
fn autosave_keeps_a_working_copy_without_adding_history() {
    let (_dir, mut store) = temp_store();
    let saved = story("Judul", &["Isi tersimpan."]);
    let id = store.create_article(&saved, &SaveOptions::by("ayu")).unwrap().id;
    for i in 0..20 {
        store.autosave(id, &story("Judul", &[&format!("Ketikan ke-{i}.")])).unwrap();
    }
    assert_eq!(store.revisions(id).unwrap().len(), 1);
    let working = store.working_copy(id).unwrap().unwrap();
    assert_eq!(working.base_revision, 1);
    assert_eq!(working.content.body[0].text(), "Ketikan ke-19.");
    // Typing back to the saved text leaves nothing unsaved.
    store.autosave(id, &saved).unwrap();
    assert_eq!(store.working_copy(id).unwrap(), None);
    // A save clears the working copy.
    store.autosave(id, &story("Judul", &["Baru."])).unwrap();
    store.save(id, &story("Judul", &["Baru."]), &SaveOptions::by("ayu")).unwrap();
    assert_eq!(store.working_copy(id).unwrap(), None);
}

#[test]
fn unknown_ids_are_clear_errors() {
    let (_dir, mut store) = temp_store();
    assert!(matches!(store.article(42), Err(StoreError::ArticleNotFound { article_id: 42 })));
    assert!(matches!(store.save(42, &story("a", &[]), &SaveOptions::by("x")), Err(StoreError::ArticleNotFound { .. })));
    assert!(matches!(store.revisions(42), Err(StoreError::ArticleNotFound { .. })));
    assert!(matches!(store.set_status(42, Status::Ready), Err(StoreError::ArticleNotFound { .. })));
    assert!(matches!(store.autosave(42, &story("a", &[])), Err(StoreError::ArticleNotFound { .. })));
}

#[test]
fn status_changes_are_not_revisions() {
    let (_dir, mut store) = temp_store();
    let id = store.create_article(&story("Judul", &["Isi."]), &SaveOptions::by("ayu")).unwrap().id;
    store.set_status(id, Status::Ready).unwrap();
    assert_eq!(store.article(id).unwrap().status, Status::Ready);
    assert_eq!(store.revisions(id).unwrap().len(), 1);
}

#[test]
fn full_text_search_finds_latest_text_ignoring_case_and_diacritics() {
    let (_dir, mut store) = temp_store();
    let durov =
        store.create_article(&story("Durov datang ke Kemenkominfo", &["Pemblokiran Telegram dicabut."]), &SaveOptions::by("a")).unwrap().id;
    let mut cafe = story("Kafe baru di Gambir", &["Menu kopi dan roti."]);
    cafe.standfirst = "Café itu ramai pengunjung.".into();
    let cafe = store.create_article(&cafe, &SaveOptions::by("a")).unwrap().id;
    let search = |store: &Store, text: &str| -> Vec<i64> {
        store.list(&ListQuery { search: Some(text.into()), ..Default::default() }).unwrap().iter().map(|s| s.id).collect()
    };
    assert_eq!(search(&store, "telegram"), vec![durov]);
    assert_eq!(search(&store, "cafe"), vec![cafe], "diacritics are ignored");
    assert_eq!(search(&store, "pembloki"), vec![durov], "words match as prefixes");
    assert_eq!(search(&store, "telegram kopi"), Vec::<i64>::new(), "every word must match");
    assert_eq!(search(&store, "\"NEAR(\" OR *"), Vec::<i64>::new(), "FTS syntax is not interpreted");
    // The index follows saves.
    store.save(durov, &story("Durov datang ke Kemenkominfo", &["Kesepakatan tercapai."]), &SaveOptions::by("a")).unwrap();
    assert_eq!(search(&store, "telegram"), Vec::<i64>::new());
    assert_eq!(search(&store, "kesepakatan"), vec![durov]);
    let hit = &store.list(&ListQuery { search: Some("kesepakatan".into()), ..Default::default() }).unwrap()[0];
    assert_eq!(hit.snippet.as_deref(), Some("[Kesepakatan] tercapai."));
}

#[test]
fn list_filters_by_status_newest_first() {
    let (_dir, mut store) = temp_store();
    let a = store.create_article(&story("A", &[]), &SaveOptions::by("x")).unwrap().id;
    let b = store.create_article(&story("B", &[]), &SaveOptions::by("x")).unwrap().id;
    let c = store.create_article(&story("C", &[]), &SaveOptions::by("x")).unwrap().id;
    store.set_status(a, Status::Ready).unwrap();
    let ids = |query: ListQuery| -> Vec<i64> { store.list(&query).unwrap().iter().map(|s| s.id).collect() };
    assert_eq!(ids(ListQuery::default()).len(), 3);
    assert_eq!(ids(ListQuery { status: Some(Status::Ready), ..Default::default() }), vec![a]);
    assert_eq!(
        ids(ListQuery { status: Some(Status::Draft), ..Default::default() }).into_iter().collect::<std::collections::HashSet<_>>(),
        [b, c].into()
    );
    assert_eq!(ids(ListQuery { limit: Some(1), ..Default::default() }).len(), 1);
}

#[test]
fn newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sunting.db");
    drop(Store::open(&path).unwrap());
    {
        let connection = Connection::open(&path).unwrap();
        connection.pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let error = Store::open(&path).err().expect("a newer database must be refused");
    assert!(
        matches!(error, StoreError::NewerSchema { found, supported, .. } if found == LATEST_VERSION + 1 && supported == LATEST_VERSION)
    );
    assert!(error.to_string().contains("newer version of Sunting"), "{error}");
    let version: i64 = Connection::open(&path).unwrap().pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, LATEST_VERSION + 1);
    assert_eq!(before.len(), std::fs::read(&path).unwrap().len());
}

#[test]
fn other_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("other.db");
    Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep');").unwrap();
    assert!(matches!(Store::open(&foreign), Err(StoreError::NotASuntingDatabase { .. })));
    let kept: String = Connection::open(&foreign).unwrap().query_row("SELECT x FROM notes", [], |r| r.get(0)).unwrap();
    assert_eq!(kept, "keep");

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "bukan basis data, hanya catatan biasa yang cukup panjang untuk dibaca").unwrap();
    assert!(matches!(Store::open(&text), Err(StoreError::NotASuntingDatabase { .. })));
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "bukan basis data, hanya catatan biasa yang cukup panjang untuk dibaca");
}

#[test]
fn upgrades_a_version_1_database_with_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let mut content = story("Durov di Jakarta", &["Pertemuan tertutup dengan Menteri."]);
    content.standfirst = "Telegram batal diblokir.".into();
    content.body.push(Block::new(BlockKind::Quote, "Kami sepakat."));
    {
        // A database as version 1 of the schema left it: no search index, no working copies.
        let mut connection = Connection::open(&path).unwrap();
        schema::migrate_to(&mut connection, &path, 1).unwrap();
        let json = serde_json::to_string(&content).unwrap();
        connection
            .execute(
                "INSERT INTO articles (id, status, created_at, updated_at, headline, language, word_count, revision_count)
                 VALUES (5, 'editing', 1000, 2000, 'Durov di Jakarta', 'id', 6, 1)",
                [],
            )
            .unwrap();
        connection
            .execute(
                "INSERT INTO revisions (article_id, number, created_at, author, note, content_hash, word_count, restored_from, content)
                 VALUES (5, 1, 2000, 'ayu', NULL, ?1, 6, NULL, ?2)",
                rusqlite::params![content.content_hash(), json],
            )
            .unwrap();
        let version: i64 = connection.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 1);
    }
    let mut store = Store::open(&path).unwrap();
    let version: i64 = store.connection().pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, LATEST_VERSION);
    let article = store.article(5).unwrap();
    assert_eq!(article.status, Status::Editing);
    assert_eq!(article.content, content);
    for word in ["batal", "tertutup", "sepakat", "Jakarta"] {
        let hits = store.list(&ListQuery { search: Some(word.into()), ..Default::default() }).unwrap();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), vec![5], "{word} is searchable after the upgrade");
    }
    store.autosave(5, &story("Durov di Jakarta", &["Baru."])).unwrap();
    assert!(store.working_copy(5).unwrap().is_some());
    // The name register was filled from the existing article.
    assert_eq!(store.newsroom().unwrap().names.count("Menteri"), 1);
}

#[test]
fn a_second_writer_waits_then_reports_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sunting.db");
    let mut store = Store::open_with(&path, &StoreConfig { busy_timeout_ms: 100 }).unwrap();
    let id = store.create_article(&story("Judul", &["Isi."]), &SaveOptions::by("a")).unwrap().id;
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let error = store.save(id, &story("Judul", &["Isi baru."]), &SaveOptions::by("a")).unwrap_err();
    assert!(matches!(error, StoreError::Locked), "{error:?}");
    // Reading still works while another process writes.
    assert_eq!(store.article(id).unwrap().revision, 1);
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(store.save(id, &story("Judul", &["Isi baru."]), &SaveOptions::by("a")).unwrap().created);
}

#[test]
fn damaged_content_is_reported_not_a_panic() {
    let (_dir, mut store) = temp_store();
    let id = store.create_article(&story("Judul", &["Isi."]), &SaveOptions::by("a")).unwrap().id;
    let connection = store.connection();
    connection.execute_batch("DROP TRIGGER revisions_are_immutable").unwrap();
    connection.execute("UPDATE revisions SET content = '{not json' WHERE article_id = ?1", [id]).unwrap();
    assert!(matches!(store.article(id), Err(StoreError::DamagedContent { revision: 1, .. })));
}

#[test]
fn a_new_default_database_gets_the_sample_story_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("sunting.db");
    let (store, created) = Store::open_or_create_with_sample(&path).unwrap();
    assert!(created);
    let listed = store.list(&ListQuery::default()).unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].headline.contains("Bus Listrik"));
    drop(store);
    let (store, created) = Store::open_or_create_with_sample(&path).unwrap();
    assert!(!created);
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 1);
}

#[test]
fn bulk_creation_is_searchable_and_listed() {
    let (_dir, mut store) = temp_store();
    let contents: Vec<ArticleContent> = (0..50).map(|seed| sunting_engine::sample::synthetic_article(seed, 120)).collect();
    let ids = store.create_articles(&contents, &SaveOptions::by("arsip")).unwrap();
    assert_eq!(ids.len(), 50);
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 50);
    assert_eq!(store.article(ids[7]).unwrap().content, contents[7]);
    let hits = store.list(&ListQuery { search: Some(contents[3].headline.clone()), ..Default::default() }).unwrap();
    assert!(hits.iter().any(|hit| hit.id == ids[3]));
}

#[test]
fn saves_keep_the_name_register_current() {
    let (_dir, mut store) = temp_store();
    let first = store
        .create_article(
            &story("Menteri datang", &["Menteri Rudiantara bertemu Durov di Jakarta. Rudiantara tersenyum."]),
            &SaveOptions::by("a"),
        )
        .unwrap()
        .id;
    store.create_article(&story("Lagi", &["Kata Menteri Rudiantara kemarin."]), &SaveOptions::by("a")).unwrap();
    let register = store.newsroom().unwrap().names;
    assert_eq!(register.count("Rudiantara"), 2, "two articles use it");
    assert_eq!(register.count("Durov"), 1);
    // A new revision replaces the article's names.
    store.save(first, &story("Menteri datang", &["Menteri Rudiatara bertemu wartawan."]), &SaveOptions::by("a")).unwrap();
    let register = store.newsroom().unwrap().names;
    assert_eq!(register.count("Rudiantara"), 1);
    assert_eq!(register.count("Rudiatara"), 1);
    assert_eq!(register.count("Durov"), 0);
    store.confirm_name("Rudiantara").unwrap();
    store.mark_different("Susilo", "Susila").unwrap();
    let register = store.newsroom().unwrap().names;
    assert!(register.confirmed.contains("Rudiantara"));
    assert!(register.are_different("Susila", "Susilo"));
    let listed = store.names().unwrap();
    assert!(listed.iter().any(|n| n.name == "Rudiantara" && n.confirmed && n.articles == 1));
}

#[test]
fn the_register_lists_full_names_while_the_checker_compares_single_names() {
    let (_dir, mut store) = temp_store();
    let text = [
        "Dirjen Migas Hendra Wiratmaja hadir di Semarang, Jawa Tengah, pada Minggu (3/12).",
        "Menurut Wiratmaja, pasokan di Jawa Timur aman hingga Selasa.",
    ];
    store.create_article(&story("Pasokan aman", &text), &SaveOptions::by("a")).unwrap();
    let listed: Vec<String> = store.names().unwrap().into_iter().map(|n| n.name).collect();
    for name in ["Hendra Wiratmaja", "Jawa Tengah", "Jawa Timur", "Semarang"] {
        assert!(listed.contains(&name.to_string()), "{name} in {listed:?}");
    }
    for fragment in ["Wiratmaja", "Hendra", "Jawa", "Tengah", "Timur", "Minggu", "Selasa"] {
        assert!(!listed.contains(&fragment.to_string()), "{fragment} in {listed:?}");
    }
    let hendra = store.names().unwrap().into_iter().find(|n| n.name == "Hendra Wiratmaja").unwrap();
    assert_eq!((hendra.articles, hendra.uses), (1, 2), "the lone surname counts for the full name");
    // The checker still compares single words, and a confirmed full name confirms its words.
    let register = store.newsroom().unwrap().names;
    assert_eq!(register.count("Wiratmaja"), 1);
    assert_eq!(register.count("Hendra Wiratmaja"), 0);
    store.confirm_name("Hendra Wiratmaja").unwrap();
    assert!(store.newsroom().unwrap().names.confirmed.contains("Wiratmaja"));
}

#[test]
fn a_store_written_before_full_names_counts_its_names_again_once() {
    let (dir, mut store) = temp_store();
    store.create_article(&story("Pasokan", &["Kata Hendra Wiratmaja, pasokan aman."]), &SaveOptions::by("a")).unwrap();
    // As an older Sunting left it: single names only, and no mark.
    store
        .connection()
        .execute_batch("DELETE FROM article_names WHERE instr(name, ' ') > 0; DELETE FROM settings WHERE key = 'register-full-names';")
        .unwrap();
    let path = dir.path().join("sunting.db");
    drop(store);
    let store = Store::open(&path).unwrap();
    assert!(store.names().unwrap().iter().any(|n| n.name == "Hendra Wiratmaja"));
    assert_eq!(store.setting("register-full-names").unwrap().as_deref(), Some("1"));
}

#[test]
fn the_newsroom_dictionary_adds_and_removes() {
    let (_dir, mut store) = temp_store();
    assert!(store.add_word("Kanal247", "ayu").unwrap());
    assert!(!store.add_word("Kanal247", "ayu").unwrap());
    assert!(store.add_word("ngabuburit", "ayu").unwrap());
    assert_eq!(store.words().unwrap(), ["Kanal247", "ngabuburit"]);
    assert!(store.newsroom().unwrap().knows("ngabuburit"));
    assert!(store.remove_word("Kanal247").unwrap());
    assert!(!store.remove_word("Kanal247").unwrap());
    assert_eq!(store.words().unwrap(), ["ngabuburit"]);
}

#[test]
fn ignores_are_kept_per_article_and_settings_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sunting.db");
    let mut store = Store::open(&path).unwrap();
    let a = store.create_article(&ArticleContent::from_paragraphs("Satu", ["x"]), &SaveOptions::by("ayu")).unwrap().id;
    let b = store.create_article(&ArticleContent::from_paragraphs("Dua", ["y"]), &SaveOptions::by("ayu")).unwrap().id;
    let ignored = Ignored { rule: "spelling".into(), text: "Kanal247".into() };
    store.ignore_in_article(a, &ignored, "ayu").unwrap();
    store.ignore_in_article(a, &ignored, "ayu").unwrap();
    assert_eq!(store.ignored_in_article(a).unwrap(), vec![ignored.clone()]);
    assert!(store.ignored_in_article(b).unwrap().is_empty());
    assert!(matches!(store.ignore_in_article(99, &ignored, "ayu"), Err(StoreError::ArticleNotFound { article_id: 99 })));

    store.set_setting("default_language", "en").unwrap();
    store.set_setting("default_language", "id").unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.ignored_in_article(a).unwrap().len(), 1, "kept across restarts");
    assert_eq!(store.setting("default_language").unwrap().as_deref(), Some("id"));
    assert_eq!(store.setting("missing").unwrap(), None);
    store.unignore_in_article(a, &ignored).unwrap();
    assert!(store.ignored_in_article(a).unwrap().is_empty());
}

#[test]
fn name_decisions_can_be_taken_back() {
    let mut store = Store::open_in_memory().unwrap();
    store.confirm_name("Rudiantara").unwrap();
    store.mark_different("Susilo", "Susila").unwrap();
    let newsroom = store.newsroom().unwrap();
    assert!(newsroom.names.are_different("Susila", "Susilo"));
    store.unconfirm_name("Rudiantara").unwrap();
    store.unmark_different("Susila", "Susilo").unwrap();
    let newsroom = store.newsroom().unwrap();
    assert!(!newsroom.names.are_different("Susilo", "Susila"));
    let confirmed: i64 = store.connection().query_row("SELECT COUNT(*) FROM names_confirmed", [], |r| r.get(0)).unwrap();
    assert_eq!(confirmed, 0);
}

#[test]
fn status_changes_are_logged_with_their_notes() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&story("Judul", &["x"]), &SaveOptions::by("ayu")).unwrap().id;
    store.change_status(id, Status::Editing, "ayu", None).unwrap();
    store.change_status(id, Status::Ready, "budi", Some("  nama menteri sudah dicek ke humas  ")).unwrap();
    let log = store.status_changes(id).unwrap();
    assert_eq!(log.iter().map(|c| c.status).collect::<Vec<_>>(), [Status::Editing, Status::Ready]);
    assert_eq!(log[1].author, "budi");
    assert_eq!(log[1].note.as_deref(), Some("nama menteri sudah dicek ke humas"));
    assert_eq!(store.article(id).unwrap().status, Status::Ready);
    assert!(matches!(store.change_status(77, Status::Ready, "x", None), Err(StoreError::ArticleNotFound { article_id: 77 })));
}

#[test]
fn a_status_change_names_the_revision_it_approves_and_an_export_asks_when_someone_saved_since() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.create_article(&story("Judul", &["satu"]), &SaveOptions::by("ayu")).unwrap().id;
    store.change_status(id, Status::Editing, "ayu", None).unwrap();
    store.save(id, &story("Judul", &["dua"]), &SaveOptions::by("budi")).unwrap();
    store.change_status(id, Status::Ready, "budi", None).unwrap();
    let log = store.status_changes(id).unwrap();
    assert_eq!(log.iter().map(|c| c.revision).collect::<Vec<_>>(), [Some(1), Some(2)], "each names the latest when it was made");
    // Nobody saved since: the latest goes.
    assert_eq!(store.to_export(id).unwrap(), ToExport::Latest { revision: 2 });
    // The approver's own correction goes out as it always did.
    store.save(id, &story("Judul", &["dua, dibetulkan"]), &SaveOptions::by("budi")).unwrap();
    assert_eq!(store.to_export(id).unwrap(), ToExport::Latest { revision: 3 });
    // Someone else saved after the approval: the editor is asked which to send.
    store.save(id, &story("Judul", &["tiga"]), &SaveOptions::by("ayu")).unwrap();
    store.save(id, &story("Judul", &["empat"]), &SaveOptions::by("citra")).unwrap();
    store.save(id, &story("Judul", &["lima"]), &SaveOptions::by("ayu")).unwrap();
    assert_eq!(
        store.to_export(id).unwrap(),
        ToExport::NewerThanApproved { approved: 2, approved_by: "budi".into(), latest: 6, changed_by: vec!["ayu".into(), "citra".into()] }
    );
    // Marking it Ready again approves the latest.
    store.change_status(id, Status::Ready, "budi", None).unwrap();
    assert_eq!(store.to_export(id).unwrap(), ToExport::Latest { revision: 6 });
    // Only Ready and Exported approve: a story moved back to Editing sends its latest.
    store.save(id, &story("Judul", &["enam"]), &SaveOptions::by("ayu")).unwrap();
    store.change_status(id, Status::Editing, "ayu", None).unwrap();
    assert_eq!(store.to_export(id).unwrap(), ToExport::Latest { revision: 7 });
    assert!(matches!(store.to_export(77), Err(StoreError::ArticleNotFound { article_id: 77 })));
}

#[test]
fn a_pulled_status_change_naming_another_storys_revision_approves_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let first = store.create_article(&story("Satu", &["a"]), &SaveOptions::by("ayu")).unwrap().id;
    let second = store.create_article(&story("Dua", &["b"]), &SaveOptions::by("ayu")).unwrap().id;
    let uuid_of = |store: &Store, id: i64| -> String {
        store.connection().query_row("SELECT uuid FROM articles WHERE id = ?1", [id], |r| r.get(0)).unwrap()
    };
    let other_revision: String =
        store.connection().query_row("SELECT uuid FROM revisions WHERE article_id = ?1", [second], |r| r.get(0)).unwrap();
    let change = Change::Status(SharedStatus {
        uuid: crate::sync::new_uuid(),
        article: uuid_of(&store, first),
        status: Status::Ready,
        changed_at: 10,
        author: "budi".into(),
        note: None,
        revision: Some(other_revision),
    });
    store.apply_remote(&[change], None).unwrap();
    let log = store.status_changes(first).unwrap();
    assert_eq!((log[0].status, log[0].revision), (Status::Ready, None));
    store.save(first, &story("Satu", &["a, b"]), &SaveOptions::by("ayu")).unwrap();
    assert_eq!(store.to_export(first).unwrap(), ToExport::Latest { revision: 2 }, "no approval this desk can name, nothing to ask");
}

#[test]
fn the_sync_migration_names_everything_without_touching_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.db");
    let first = story("Bus listrik", &["Uji coba dimulai."]);
    let second = story("Bus listrik", &["Uji coba dimulai pekan depan."]);
    {
        // A database as version 7 left it: two articles, one with two revisions, a status change,
        // a dictionary word, a confirmed name, a site and a post.
        let mut connection = Connection::open(&path).unwrap();
        schema::migrate_to(&mut connection, &path, 7).unwrap();
        // Written with version 7's SQL (the store's own code writes version 8's columns).
        let store = Store { connection, path: path.clone(), machine: String::new() };
        let insert_revision = |connection: &Connection, article: i64, number: u32, content: &ArticleContent| {
            connection
                .execute(
                    "INSERT INTO revisions (article_id, number, created_at, author, content_hash, word_count, content)
                     VALUES (?1, ?2, ?3, 'ayu', ?4, 3, ?5)",
                    rusqlite::params![
                        article,
                        number,
                        1000 * i64::from(number),
                        content.content_hash(),
                        serde_json::to_string(content).unwrap()
                    ],
                )
                .unwrap();
            connection.execute("UPDATE articles SET revision_count = ?2 WHERE id = ?1", rusqlite::params![article, number]).unwrap();
        };
        for id in [1, 2] {
            store.connection.execute("INSERT INTO articles (id, created_at, updated_at) VALUES (?1, 1, 1)", [id]).unwrap();
        }
        insert_revision(&store.connection, 1, 1, &first);
        insert_revision(&store.connection, 1, 2, &second);
        insert_revision(&store.connection, 2, 1, &first);
        store.connection.execute("INSERT INTO status_changes (article_id, status, changed_at) VALUES (1, 'ready', 5)", []).unwrap();
        store.connection.execute("INSERT INTO dictionary_words (word, added_at) VALUES ('ojol', 7)", []).unwrap();
        store.connection.execute("INSERT INTO names_confirmed (name, confirmed_at) VALUES ('Rudiantara', 8)", []).unwrap();
        store
            .connection
            .execute("INSERT INTO cms_sites (id, url, user, added_at) VALUES (1, 'https://kabar.example', 'ayu', 9)", [])
            .unwrap();
        store.connection.execute("INSERT INTO cms_posts VALUES (1, 1, 41, 'https://kabar.example/bus/', 2, 10)", []).unwrap();
    }
    let store = Store::open(&path).unwrap();
    // Content and hashes as they were.
    assert_eq!(store.article(1).unwrap().content, second);
    assert_eq!(store.revision(1, 1).unwrap().content, first);
    assert_eq!(store.revision(1, 2).unwrap().info.content_hash, second.content_hash());
    // UUIDs everywhere, all different, and well formed.
    let uuids: Vec<String> = store.revision_identities().unwrap().into_iter().map(|(uuid, _)| uuid).collect();
    let articles = [store.article_uuid(1).unwrap(), store.article_uuid(2).unwrap()];
    let all: std::collections::HashSet<&String> = uuids.iter().chain(&articles).collect();
    assert_eq!(all.len(), 5);
    for uuid in &all {
        assert!(uuid::Uuid::parse_str(uuid).is_ok_and(|u| u.get_version_num() == 4), "{uuid}");
    }
    // The history's shape: revision 2's parent is revision 1; one head each; no fork.
    let first_uuid = store
        .connection
        .query_row("SELECT uuid FROM revisions WHERE article_id = 1 AND number = 1", [], |r| r.get::<_, String>(0))
        .unwrap();
    assert_eq!(store.revision_parents(1, 2).unwrap(), vec![first_uuid]);
    assert!(store.revision_parents(1, 1).unwrap().is_empty());
    assert_eq!(store.heads(1).unwrap(), vec![2]);
    assert!(store.forked_articles().unwrap().is_empty());
    // Every revision was made on this machine, and everything waits to be pushed once.
    let machines: Vec<String> = store
        .connection
        .prepare("SELECT DISTINCT machine FROM revisions")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(machines, vec![store.machine().to_string()]);
    let batch = store.outbox(100).unwrap();
    let kinds: Vec<&str> = batch
        .changes
        .iter()
        .map(|change| match change {
            crate::sync::Change::Revision(_) => "revision",
            crate::sync::Change::Status(_) => "status",
            crate::sync::Change::Set(write) => write.kind.as_str(),
        })
        .collect();
    assert_eq!(kinds.iter().filter(|k| **k == "revision").count(), 3);
    for kind in ["status", "word", "confirmed", "site", "post"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    let post = batch.changes.iter().find_map(|change| match change {
        crate::sync::Change::Set(write) if write.kind == crate::sync::SetKind::Post => Some(write.clone()),
        _ => None,
    });
    let value: serde_json::Value = serde_json::from_str(post.unwrap().value.as_deref().unwrap()).unwrap();
    assert_eq!(value["remote_id"], 41);
    let exported = store
        .connection
        .query_row("SELECT uuid FROM revisions WHERE article_id = 1 AND number = 2", [], |r| r.get::<_, String>(0))
        .unwrap();
    assert_eq!(value["exported_revision"].as_str(), Some(exported.as_str()));
}

/// A trigger that refuses one kind of change makes a later step of an editor's action fail.
fn refuse(store: &Store, trigger: &str) {
    store.connection().execute_batch(trigger).unwrap();
}

const REFUSE_WORD_REMOVAL: &str =
    "CREATE TEMP TRIGGER refuse AFTER DELETE ON main.dictionary_words BEGIN SELECT RAISE(ABORT, 'refused'); END";
const REFUSE_UNCONFIRMING: &str =
    "CREATE TEMP TRIGGER refuse AFTER DELETE ON main.names_confirmed BEGIN SELECT RAISE(ABORT, 'refused'); END";
const REFUSE_DIFFERENT_NAMES: &str =
    "CREATE TEMP TRIGGER refuse AFTER INSERT ON main.names_different BEGIN SELECT RAISE(ABORT, 'refused'); END";

#[test]
fn correcting_a_dictionary_word_is_one_write_that_fails_whole() {
    let (_dir, mut store) = temp_store();
    store.add_word("Jokowo", "Rina").unwrap();
    refuse(&store, REFUSE_WORD_REMOVAL);
    assert!(store.rename_word("Jokowo", "Jokowi", "Rina").is_err());
    assert_eq!(store.words().unwrap(), ["Jokowo"], "the new spelling must not stay when the old one could not go");
    store.connection().execute_batch("DROP TRIGGER refuse").unwrap();
    store.rename_word("Jokowo", "Jokowi", "Rina").unwrap();
    assert_eq!(store.words().unwrap(), ["Jokowi"]);
}

#[test]
fn merging_a_name_is_one_write_that_fails_whole() {
    let (_dir, mut store) = temp_store();
    store.confirm_name("Rudiatara").unwrap();
    store.mark_different("Rudiatara", "Rudiantara").unwrap();
    refuse(&store, REFUSE_UNCONFIRMING);
    assert!(store.merge_name("Rudiatara", "Rudiantara").is_err());
    let confirmed: Vec<String> = store.names().unwrap().into_iter().filter(|n| n.confirmed).map(|n| n.name).collect();
    assert_eq!(confirmed, ["Rudiatara"], "nothing of the merge may stay");
    assert_eq!(store.different_names().unwrap().len(), 1);
    store.connection().execute_batch("DROP TRIGGER refuse").unwrap();
    store.merge_name("Rudiatara", "Rudiantara").unwrap();
    let confirmed: Vec<String> = store.names().unwrap().into_iter().filter(|n| n.confirmed).map(|n| n.name).collect();
    assert_eq!(confirmed, ["Rudiantara"]);
    assert!(store.different_names().unwrap().is_empty());
}

#[test]
fn a_names_import_applies_every_row_or_none() {
    let (_dir, mut store) = temp_store();
    refuse(&store, REFUSE_DIFFERENT_NAMES);
    let csv = "name,confirmed,different_from\nRudiantara,true,\nBudi Karya,true,Budi Arie\n";
    assert!(store.import_names_csv(csv).is_err());
    assert!(store.names().unwrap().is_empty(), "the first row must not stay when the second failed");
    store.connection().execute_batch("DROP TRIGGER refuse").unwrap();
    let outcome = store.import_names_csv(csv).unwrap();
    assert_eq!(outcome.added, 3);
}

#[test]
fn a_status_this_version_cannot_read_is_an_error_never_a_draft() {
    let (_dir, mut store) = temp_store();
    let id = store.create_article(&ArticleContent::from_paragraphs("Judul", ["Isi."]), &SaveOptions::by("ayu")).unwrap().id;
    // As a newer Sunting with a fifth status might have left it (past the table's CHECK).
    store
        .connection()
        .execute_batch(
            "PRAGMA ignore_check_constraints = ON; UPDATE articles SET status = 'embargoed'; PRAGMA ignore_check_constraints = OFF;",
        )
        .unwrap();
    assert!(matches!(store.article(id), Err(StoreError::DamagedContent { .. })), "{:?}", store.article(id).map(|a| a.status));
    assert!(store.list(&ListQuery::default()).is_err(), "the library must not show it as a draft");
}
