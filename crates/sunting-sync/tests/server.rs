//! The newsroom server on a real PostgreSQL.
//!
//! These tests need the server `tests/postgres/with-postgres` starts, and are ignored without
//! it. `scripts/test` runs them with:
//!
//! ```sh
//! tests/postgres/with-postgres cargo test -p sunting-sync --test server -- --ignored
//! ```
//!
//! Each test makes its own database on that server, and its own people. The test that stops
//! the server runs alone (it holds the server's lock for writing; the others hold it to read).

use postgres::Client;
use std::path::PathBuf;
use std::sync::{RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};
use sunting_engine::{ArticleContent, Status};
use sunting_store::{SaveOptions, Store};
use sunting_sync::lease::{self, Taken};
use sunting_sync::schema::{self, Rights};
use sunting_sync::{pull, push, sync_once, SyncError};

const NEEDS_POSTGRES: &str = "run through tests/postgres/with-postgres";

static SERVER: RwLock<()> = RwLock::new(());

/// A database of its own on the test server, set up as a newsroom.
struct Newsroom {
    admin_url: String,
    name: String,
    dir: tempfile::TempDir,
    _shared: Option<RwLockReadGuard<'static, ()>>,
}

impl Newsroom {
    fn new(name: &str) -> Newsroom {
        let mut newsroom = Newsroom::alone(name);
        newsroom._shared = Some(SERVER.read().unwrap_or_else(|poisoned| poisoned.into_inner()));
        newsroom
    }

    /// Without taking the server's lock (the caller holds it).
    fn alone(name: &str) -> Newsroom {
        let base = std::env::var("SUNTING_TEST_PG_URL").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_URL is not set: {NEEDS_POSTGRES}"));
        let mut admin = sunting_sync::connect(&base, None).unwrap();
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let admin_url = base.replace("/postgres?", &format!("/{name}?"));
        let newsroom = Newsroom { admin_url, name: name.to_string(), dir: tempfile::tempdir().unwrap(), _shared: None };
        schema::init(&mut newsroom.admin()).unwrap();
        newsroom
    }

    fn admin(&self) -> Client {
        sunting_sync::connect(&self.admin_url, None).unwrap()
    }

    /// A person's role (unique across the tests, which share the server's roles).
    fn person(&self, who: &str, rights: Rights) -> String {
        let role = format!("{}_{who}", self.name);
        schema::add_user(&mut self.admin(), &role, who, "rahasia-redaksi", rights).unwrap();
        role
    }

    fn url_for(&self, role: &str) -> String {
        let (scheme, rest) = self.admin_url.split_once("://").unwrap();
        let host = rest.split_once('@').unwrap().1;
        format!("{scheme}://{role}@{host}")
    }

    fn connect(&self, role: &str) -> Client {
        sunting_sync::connect(&self.url_for(role), Some("rahasia-redaksi")).unwrap()
    }

    fn desk(&self, name: &str) -> (Store, PathBuf) {
        let path = self.dir.path().join(format!("{name}.db"));
        (Store::open(&path).unwrap(), path)
    }
}

fn story(headline: &str, text: &str) -> ArticleContent {
    ArticleContent::from_paragraphs(headline, [text])
}

/// What the server said.
fn message(error: postgres::Error) -> String {
    error.as_db_error().map_or_else(|| error.to_string(), |db| db.message().to_string())
}

fn count(client: &mut Client, table: &str) -> i64 {
    client.query_one(&format!("SELECT COUNT(*) FROM sunting.{table}"), &[]).unwrap().get(0)
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn init_makes_the_schema_once_and_refuses_a_newer_server() {
    let newsroom = Newsroom::new("sunting_init");
    let mut admin = newsroom.admin();
    assert_eq!(schema::version(&mut admin).unwrap(), schema::LATEST_VERSION);
    let again = schema::init(&mut admin).unwrap();
    assert_eq!((again.from, again.to), (schema::LATEST_VERSION, schema::LATEST_VERSION));
    admin.execute("UPDATE sunting.schema_version SET version = 99", &[]).unwrap();
    assert!(matches!(schema::init(&mut admin), Err(SyncError::NewerServer { found: 99, .. })));
    assert!(matches!(schema::check_version(&mut admin), Err(SyncError::NewerServer { .. })));
    // An empty database is not a newsroom until init ran.
    admin.batch_execute("DROP SCHEMA sunting CASCADE").unwrap();
    assert!(matches!(schema::check_version(&mut admin), Err(SyncError::NotInitialised)));
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_save_on_one_desk_reaches_the_other_and_a_replayed_push_adds_nothing() {
    let newsroom = Newsroom::new("sunting_exchange");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, a_path) = newsroom.desk("a");
    let (mut b, _) = newsroom.desk("b");
    let id = a.create_article(&story("Bus listrik", "Uji coba dimulai."), &SaveOptions::by("Ayu")).unwrap().id;
    a.save(id, &story("Bus listrik", "Uji coba dimulai Senin."), &SaveOptions::by("Ayu")).unwrap();
    a.add_word("ojol", "Ayu").unwrap();
    // A copy of A as it was before pushing: a desk killed after the server committed, before it
    // emptied its outbox.
    let before = newsroom.dir.path().join("a-before.db");
    a.connection().execute("VACUUM INTO ?1", [before.to_str().unwrap()]).unwrap();

    let mut client_a = newsroom.connect(&ayu);
    let pushed = push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    // The sample story is not there: these stores were made empty. Two revisions and the word.
    assert_eq!((pushed.sent, pushed.refused), (3, 0));
    assert_eq!(a.outbox_len().unwrap(), 0);
    let mut admin = newsroom.admin();
    assert_eq!(count(&mut admin, "revisions"), 2);
    let pushed_by: String = admin.query_one("SELECT DISTINCT pushed_by::text FROM sunting.revisions", &[]).unwrap().get(0);
    assert_eq!(pushed_by, ayu, "the server records who pushed, whatever the desk says");

    let mut replay = Store::open(&before).unwrap();
    assert_eq!(push(&mut client_a, &mut replay, &mut |_, _| {}).unwrap().sent, 3);
    assert_eq!((count(&mut admin, "revisions"), count(&mut admin, "set_writes")), (2, 1), "the replay added nothing");

    let mut client_b = newsroom.connect(&budi);
    let pulled = pull(&mut client_b, &mut b).unwrap();
    assert_eq!((pulled.revisions, pulled.set_writes), (2, 1));
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    assert_eq!(b.article(on_b).unwrap().content, story("Bus listrik", "Uji coba dimulai Senin."));
    assert_eq!(b.words().unwrap(), vec!["ojol"]);
    assert_eq!(b.revision_identities().unwrap(), a.revision_identities().unwrap());
    // Nothing new: a second pull adds nothing, and B has nothing to push.
    assert_eq!(pull(&mut client_b, &mut b).unwrap(), Default::default());
    assert_eq!(b.outbox_len().unwrap(), 0);
    drop(a_path);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn the_server_keeps_history_and_rights_whatever_a_client_sends() {
    let newsroom = Newsroom::new("sunting_rights");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, _) = newsroom.desk("a");
    let id = a.create_article(&story("Banjir", "Air naik."), &SaveOptions::by("Ayu")).unwrap().id;
    push(&mut newsroom.connect(&ayu), &mut a, &mut |_, _| {}).unwrap();

    // Append-only, even for the owner.
    let mut admin = newsroom.admin();
    for statement in ["UPDATE sunting.revisions SET author = 'x'", "DELETE FROM sunting.revisions", "TRUNCATE sunting.revisions"] {
        let error = message(admin.batch_execute(statement).unwrap_err());
        assert!(error.contains("append-only"), "{statement}: {error}");
    }
    // A reporter cannot write as someone else, nor rewrite history.
    let mut reporter = newsroom.connect(&budi);
    let forged = reporter.execute(
        "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, content_hash, word_count, created_at, content, pushed_by)
         VALUES (gen_random_uuid(), gen_random_uuid(), '{}', 'm', 'x', repeat('a', 64), 1, 1, '{}', $1)",
        &[&ayu],
    );
    assert!(message(forged.unwrap_err()).contains("permission denied"));
    assert!(reporter.execute("UPDATE sunting.revisions SET note = 'x'", &[]).is_err());
    assert!(reporter.execute("DELETE FROM sunting.leases", &[]).is_err());

    // A reporter's desk: the draft work goes through, Ready and the dictionary are refused with
    // the server's reason, and the refused changes leave the outbox.
    let (mut b, _) = newsroom.desk("b");
    let mut client_b = newsroom.connect(&budi);
    pull(&mut client_b, &mut b).unwrap();
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    b.save(on_b, &story("Banjir", "Air naik sejak subuh."), &SaveOptions::by("Budi")).unwrap();
    b.change_status(on_b, Status::Editing, "Budi", None).unwrap();
    b.change_status(on_b, Status::Ready, "Budi", None).unwrap();
    b.add_word("rob", "Budi").unwrap();
    let pushed = push(&mut client_b, &mut b, &mut |_, _| {}).unwrap();
    assert_eq!((pushed.sent, pushed.refused), (2, 2), "{pushed:?}");
    assert!(pushed.refusal.as_deref().unwrap_or_default().contains("row-level security"), "{pushed:?}");
    assert_eq!(b.outbox_len().unwrap(), 0);
    let statuses: Vec<String> = admin.query("SELECT status FROM sunting.status_changes", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(statuses, vec!["editing"]);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_pull_misses_nothing_that_commits_late() {
    let newsroom = Newsroom::new("sunting_late");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let (mut a, _) = newsroom.desk("a");
    let (mut b, _) = newsroom.desk("b");
    let (mut c, _) = newsroom.desk("c");
    a.create_article(&story("Lambat", "Dikirim dalam transaksi panjang."), &SaveOptions::by("Ayu")).unwrap();
    c.create_article(&story("Cepat", "Dikirim dan selesai."), &SaveOptions::by("Cici")).unwrap();
    // A's push starts first and stays open; C's starts later and commits first.
    let mut slow = newsroom.connect(&ayu);
    let mut slow_tx = slow.transaction().unwrap();
    let change = a.outbox(10).unwrap().changes.remove(0);
    let sunting_store::sync::Change::Revision(r) = change else { panic!() };
    slow_tx
        .execute(
            "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, note, content_hash, word_count, restored_from,
                                            created_at, content)
             VALUES ($1::text::uuid, $2::text::uuid, $3::text[]::uuid[], $4, $5, $6, $7, $8, $9::text::uuid, $10, $11)",
            &[
                &r.uuid,
                &r.article,
                &r.parents,
                &r.machine,
                &r.author,
                &r.note,
                &r.content_hash,
                &(r.word_count as i32),
                &r.restored_from,
                &r.created_at,
                &r.content,
            ],
        )
        .unwrap();
    push(&mut newsroom.connect(&ayu), &mut c, &mut |_, _| {}).unwrap();
    let mut client_b = newsroom.connect(&ayu);
    assert_eq!(pull(&mut client_b, &mut b).unwrap().revisions, 1, "C's revision, committed");
    slow_tx.commit().unwrap();
    assert_eq!(pull(&mut client_b, &mut b).unwrap().revisions, 1, "A's, committed after B's first pull, is not skipped");
    assert_eq!(b.revision_identities().unwrap().len(), 2);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_server_that_goes_away_loses_nothing_and_duplicates_nothing() {
    let _alone = SERVER.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    let newsroom = Newsroom::alone("sunting_restart");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let (mut a, _) = newsroom.desk("a");
    for n in 0..30 {
        a.create_article(&story(&format!("Berita {n}"), "Isi."), &SaveOptions::by("Ayu")).unwrap();
    }
    let control = std::env::var("SUNTING_TEST_PG_CTL").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_CTL is not set: {NEEDS_POSTGRES}"));
    let mut client = newsroom.connect(&ayu);
    let status = std::process::Command::new(&control).args(["stop", "-m", "immediate"]).output().unwrap();
    assert!(status.status.success(), "{status:?}");
    let error = sync_once(&mut client, &mut a).unwrap_err();
    assert!(error.is_transient(), "{error}");
    assert_eq!(a.outbox_len().unwrap(), 30, "nothing left the outbox");
    assert!(std::process::Command::new(&control).arg("start").output().unwrap().status.success());
    let mut client = newsroom.connect(&ayu);
    assert_eq!(sync_once(&mut client, &mut a).unwrap().pushed.sent, 30);
    assert_eq!(count(&mut newsroom.admin(), "revisions"), 30);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn one_desk_edits_a_story_at_a_time_and_only_editors_take_over() {
    let newsroom = Newsroom::new("sunting_leases");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let cici = newsroom.person("cici", Rights::Editor);
    let article = "6f1c1f5e-1d7a-4c2e-9c1b-3f8f0a2b4c5d";
    let (mut a, mut b, mut c) = (newsroom.connect(&ayu), newsroom.connect(&budi), newsroom.connect(&cici));
    let Taken::Granted(first) = lease::take(&mut a, article, "mesin-a", "Ayu", false).unwrap() else { panic!("free") };
    assert_eq!(first.holder, ayu);
    let Taken::Held(held) = lease::take(&mut b, article, "mesin-b", "Budi", false).unwrap() else { panic!("held by Ayu") };
    assert_eq!(held.holder_name, "Ayu");
    assert!(matches!(lease::take(&mut b, article, "mesin-b", "Budi", true).unwrap(), Taken::Held(_)), "a reporter cannot take over");
    // Renewing keeps "since".
    let Taken::Granted(renewed) = lease::take(&mut a, article, "mesin-a", "Ayu", false).unwrap() else { panic!() };
    assert_eq!(renewed.since, first.since);
    assert_eq!(lease::current(&mut b).unwrap().len(), 1);
    // An editor takes over; the first desk finds it on its next renewal.
    assert!(matches!(lease::take(&mut c, article, "mesin-c", "Cici", true).unwrap(), Taken::Granted(_)));
    assert!(matches!(lease::take(&mut a, article, "mesin-a", "Ayu", false).unwrap(), Taken::Held(l) if l.holder == cici));
    assert!(!lease::release(&mut a, article, "mesin-a").unwrap(), "only the holder frees it");
    assert!(lease::release(&mut c, article, "mesin-c").unwrap());
    assert!(lease::current(&mut a).unwrap().is_empty());
    // A lease nobody renews runs out by itself.
    let short: bool =
        a.query_one("SELECT granted FROM sunting.take_lease($1::text::uuid, 'mesin-a', 'Ayu', false, 1)", &[&article]).unwrap().get(0);
    assert!(short);
    std::thread::sleep(Duration::from_millis(1300));
    assert!(matches!(lease::take(&mut b, article, "mesin-b", "Budi", false).unwrap(), Taken::Granted(_)));
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_listening_desk_hears_of_a_push_at_once() {
    let newsroom = Newsroom::new("sunting_listen");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let mut listener = sunting_sync::Listener::connect(&newsroom.url_for(&ayu), Some("rahasia-redaksi")).unwrap();
    assert!(!listener.wait(Duration::from_millis(200)).unwrap().any(), "nothing happened yet");
    let (mut a, _) = newsroom.desk("a");
    a.create_article(&story("Kabar", "Isi."), &SaveOptions::by("Ayu")).unwrap();
    let started = Instant::now();
    push(&mut newsroom.connect(&ayu), &mut a, &mut |_, _| {}).unwrap();
    let heard = listener.wait(Duration::from_secs(10)).unwrap();
    assert!(heard.changes, "the push was heard: {heard:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
    // Asking for a story reaches the listening desks, with who asks.
    let article = "6f1c1f5e-1d7a-4c2e-9c1b-3f8f0a2b4c5d";
    lease::ask(&mut newsroom.connect(&ayu), article, "Ayu").unwrap();
    let heard = listener.wait(Duration::from_secs(10)).unwrap();
    assert_eq!(heard.asks, vec![lease::Ask { article: article.into(), from: "Ayu".into(), role: ayu.clone() }]);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn tls_is_required_and_the_server_certificate_checked() {
    let base = std::env::var("SUNTING_TEST_PG_URL").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_URL is not set: {NEEDS_POSTGRES}"));
    let ca = std::env::var("SUNTING_TEST_PG_CA").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_CA is not set: {NEEDS_POSTGRES}"));
    let _shared = SERVER.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    let without_mode = base.replace("?sslmode=disable", "");
    let encrypted =
        |client: &mut Client| -> bool { client.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[]).unwrap().get(0) };
    // No sslmode: TLS is required, and a certificate from an unknown authority is refused.
    let refused = sunting_sync::connect(&without_mode, None).map(|_| ()).unwrap_err();
    assert!(matches!(refused, SyncError::Connect(_)), "{refused}");
    // With the newsroom's own authority it connects, encrypted.
    let mut client = sunting_sync::connect(&format!("{without_mode}?sslrootcert={ca}"), None).unwrap();
    assert!(encrypted(&mut client));
    // sslmode=disable is plain, and only when asked for.
    assert!(!encrypted(&mut sunting_sync::connect(&base, None).unwrap()));
    // The password never shows in what the desk displays.
    assert!(!sunting_sync::redact(&base).contains(base.split(':').nth(2).unwrap().split('@').next().unwrap()));
}
