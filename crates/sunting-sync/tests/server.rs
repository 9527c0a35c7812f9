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
use sunting_sync::{pull, push, sync_once, Refusal, SyncError};

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

    /// The administrator on the server's own database (to drop this one).
    fn admin_of_server(&self) -> Client {
        sunting_sync::connect(&self.admin_url.replace(&format!("/{}?", self.name), "/postgres?"), None).unwrap()
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
    assert_eq!(pushed.refusal_reason, Some(Refusal::EditorsOnlyStatus), "{pushed:?}");
    assert_eq!(pushed.refusal.as_deref(), Some("only editors can mark a story ready or exported"));
    assert_eq!(b.outbox_len().unwrap(), 0);
    let statuses: Vec<String> = admin.query("SELECT status FROM sunting.status_changes", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(statuses, vec!["editing"]);
    // The refused changes were taken back on the reporter's desk: it shows what the server holds.
    assert_eq!(b.article(on_b).unwrap().status, Status::Editing);
    assert!(b.words().unwrap().is_empty());
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
    insert_revision(&mut slow_tx, &r);
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
    assert_eq!(held.holder_name, "ayu", "the name the server knows");
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
    assert_eq!(heard.asks, vec![lease::Ask { article: article.into(), from: "ayu".into(), role: ayu.clone() }]);
    // Asking again at once is dropped: one ask per person and story every ten seconds.
    for _ in 0..5 {
        lease::ask(&mut newsroom.connect(&ayu), article, "Ayu").unwrap();
    }
    assert!(listener.wait(Duration::from_millis(500)).unwrap().asks.is_empty());
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
    assert!(matches!(refused, SyncError::TlsNotTrusted { .. }), "{refused}");
    // With the newsroom's own authority it connects, encrypted.
    let mut client = sunting_sync::connect(&format!("{without_mode}?sslrootcert={ca}"), None).unwrap();
    assert!(encrypted(&mut client));
    // sslmode=disable is plain, and only when asked for.
    assert!(!encrypted(&mut sunting_sync::connect(&base, None).unwrap()));
    // The password never shows in what the desk displays.
    assert!(!sunting_sync::redact(&base).contains(base.split(':').nth(2).unwrap().split('@').next().unwrap()));
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_row_no_desk_can_read_is_skipped_counted_and_passed_never_a_panic() {
    let newsroom = Newsroom::new("sunting_badrow");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let (mut a, _) = newsroom.desk("a");
    a.create_article(&story("Baik", "Isi."), &SaveOptions::by("Ayu")).unwrap();
    push(&mut newsroom.connect(&ayu), &mut a, &mut |_, _| {}).unwrap();
    // Rows as an old server (before its checks) or a hand edit left them: a NULL parent, a
    // NULL inside a uuid array, an unreadable post record.
    let mut admin = newsroom.admin();
    admin
        .batch_execute(
            "ALTER TABLE sunting.revisions DROP CONSTRAINT IF EXISTS revisions_parents_shape;
             INSERT INTO sunting.revisions (uuid, article, parents, machine, author, content_hash, word_count, created_at, content)
             VALUES (gen_random_uuid(), gen_random_uuid(), '{NULL}', 'm', 'x', repeat('a', 64), 1, 1, '{}');
             INSERT INTO sunting.set_writes (uuid, kind, key, value, at)
             VALUES (gen_random_uuid(), 'post', 'a' || chr(31) || 'b' || chr(31) || 'c', '{not json', 1);",
        )
        .unwrap();
    let (mut b, _) = newsroom.desk("b");
    let mut client_b = newsroom.connect(&ayu);
    let pulled = pull(&mut client_b, &mut b).unwrap();
    assert_eq!((pulled.revisions, pulled.skipped), (1, 2), "{pulled:?}");
    // The cursor moved past them: the next pull neither panics nor counts them again.
    assert_eq!(pull(&mut client_b, &mut b).unwrap(), Default::default());
    // A new desk joining reads the good rows too.
    let (mut c, _) = newsroom.desk("c");
    assert_eq!(sync_once(&mut newsroom.connect(&ayu), &mut c).unwrap().pulled.revisions, 1);
}

/// Rows as a reporter's own SQL could write them, bypassing the desk.
fn insert_status(client: &mut Client, article: &str, status: &str, changed_at: i64, author: &str) -> Result<u64, postgres::Error> {
    client.execute(
        "INSERT INTO sunting.status_changes (uuid, article, status, changed_at, author)
         VALUES (gen_random_uuid(), $1::text::uuid, $2, $3, $4)",
        &[&article, &status, &changed_at, &author],
    )
}

fn insert_set_write(client: &mut Client, kind: &str, key: &str, value: Option<&str>, at: i64) -> Result<u64, postgres::Error> {
    client.execute(
        "INSERT INTO sunting.set_writes (uuid, kind, key, value, at) VALUES (gen_random_uuid(), $1, $2, $3, $4)",
        &[&kind, &key, &value, &at],
    )
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn who_did_it_is_the_servers_word_not_the_desks() {
    let newsroom = Newsroom::new("sunting_identity");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    // A reporter's desk that claims to be the editor.
    let (mut b, _) = newsroom.desk("b");
    let id = b.create_article(&story("Pengakuan", "Ditulis Budi."), &SaveOptions::by("Ayu")).unwrap().id;
    b.change_status(id, Status::Editing, "Ayu", None).unwrap();
    let mut client_b = newsroom.connect(&budi);
    assert_eq!(push(&mut client_b, &mut b, &mut |_, _| {}).unwrap().refused, 0);
    let mut admin = newsroom.admin();
    let authors: Vec<(String, String)> = admin
        .query(
            "SELECT author, pushed_by::text FROM sunting.revisions UNION ALL SELECT author, pushed_by::text FROM sunting.status_changes",
            &[],
        )
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    assert_eq!(authors, vec![("budi".to_string(), budi.clone()), ("budi".to_string(), budi.clone())]);
    // The editor's desk shows the server's name.
    let (mut a, _) = newsroom.desk("a");
    let mut client_a = newsroom.connect(&ayu);
    pull(&mut client_a, &mut a).unwrap();
    let on_a = a.article_by_uuid(&b.article_uuid(id).unwrap()).unwrap().unwrap();
    assert_eq!(a.revisions(on_a).unwrap()[0].author, "budi");
    assert_eq!(a.status_changes(on_a).unwrap()[0].author, "budi");
    // The reporter's own desk takes the server's name for its status change when it pulls it back.
    pull(&mut client_b, &mut b).unwrap();
    assert_eq!(b.status_changes(id).unwrap()[0].author, "budi");

    // Leases: the holder's name is the server's, and another person's machine id is refused.
    let article = b.article_uuid(id).unwrap();
    let Taken::Granted(mine) = lease::take(&mut client_a, &article, a.machine(), "Ayu", false).unwrap() else { panic!("free") };
    lease::release(&mut client_a, &article, a.machine()).unwrap();
    assert_eq!(mine.holder_name, "ayu");
    let Taken::Granted(claimed) = lease::take(&mut client_b, &article, b.machine(), "Ayu Lestari (editor)", false).unwrap() else {
        panic!("free")
    };
    assert_eq!((claimed.holder.as_str(), claimed.holder_name.as_str()), (budi.as_str(), "budi"));
    lease::release(&mut client_b, &article, b.machine()).unwrap();
    let error = lease::take(&mut client_b, &article, a.machine(), "Ayu", false).unwrap_err();
    assert!(matches!(&error, SyncError::Refused(reason) if reason.contains("another person")), "{error}");
    // Asking names the asker as the server knows them.
    let mut listener = sunting_sync::Listener::connect(&newsroom.url_for(&ayu), Some("rahasia-redaksi")).unwrap();
    let mut client_b = newsroom.connect(&budi);
    lease::ask(&mut client_b, &article, "Ayu").unwrap();
    let heard = listener.wait(Duration::from_secs(10)).unwrap();
    assert_eq!(heard.asks, vec![lease::Ask { article: article.clone(), from: "budi".into(), role: budi.clone() }]);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn order_is_the_servers_clock_never_a_desks() {
    let newsroom = Newsroom::new("sunting_order");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, _) = newsroom.desk("a");
    let id = a.create_article(&story("Jam", "Isi."), &SaveOptions::by("Ayu")).unwrap().id;
    let mut client_a = newsroom.connect(&ayu);
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    let article = a.article_uuid(id).unwrap();
    // A reporter's Draft dated at the end of time, then an editor's Ready.
    let mut reporter = newsroom.connect(&budi);
    insert_status(&mut reporter, &article, "draft", i64::MAX, "x").unwrap();
    a.change_status(id, Status::Ready, "Ayu", None).unwrap();
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    // A set write dated at the end of time by an editor's own SQL, then a removal from a desk.
    insert_set_write(&mut client_a, "word", "abadi", Some("x"), i64::MAX).unwrap();
    let mut admin = newsroom.admin();
    let latest: i64 = admin.query_one("SELECT max(at) FROM sunting.set_writes", &[]).unwrap().get(0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    assert!((latest - now).abs() < 60_000, "the server's clock, not the desk's: {latest}");
    let (mut c, _) = newsroom.desk("c");
    let mut client_c = newsroom.connect(&ayu);
    pull(&mut client_c, &mut c).unwrap();
    let on_c = c.article_by_uuid(&article).unwrap().unwrap();
    assert_eq!(c.article(on_c).unwrap().status, Status::Ready, "the later change wins");
    assert_eq!(c.words().unwrap(), vec!["abadi"]);
    c.remove_word("abadi").unwrap();
    push(&mut client_c, &mut c, &mut |_, _| {}).unwrap();
    pull(&mut client_a, &mut a).unwrap();
    assert!(a.words().unwrap().is_empty(), "a later removal wins over a write dated far ahead");
    // Every desk orders alike: A, which made the Ready, holds it too.
    assert_eq!(a.article(id).unwrap().status, Status::Ready);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn only_editors_write_posts_and_sites_and_a_pulled_post_adds_no_site() {
    let newsroom = Newsroom::new("sunting_posts");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let mut reporter = newsroom.connect(&budi);
    let post_key = "6f1c1f5e-1d7a-4c2e-9c1b-3f8f0a2b4c5d\u{1f}https://kabar.example\u{1f}ayu";
    for (kind, key) in [("post", post_key), ("site", "https://jahat.example\u{1f}budi"), ("word", "kata")] {
        let error = insert_set_write(&mut reporter, kind, key, Some("{}"), 1).unwrap_err();
        assert!(message(error).contains("only editors"), "{kind}");
    }
    // An editor's post record for a site a desk does not know adds no site there.
    let (mut a, _) = newsroom.desk("a");
    let id = a.create_article(&story("Pos", "Isi."), &SaveOptions::by("Ayu")).unwrap().id;
    let mut client_a = newsroom.connect(&ayu);
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    let key = format!("{}\u{1f}https://lain.example\u{1f}ayu", a.article_uuid(id).unwrap());
    insert_set_write(
        &mut client_a,
        "post",
        &key,
        Some(r#"{"remote_id":9,"link":"https://lain.example/9","exported_revision":null,"exported_at":1}"#),
        1,
    )
    .unwrap();
    let (mut b, _) = newsroom.desk("b");
    pull(&mut newsroom.connect(&budi), &mut b).unwrap();
    assert!(b.sites().unwrap().is_empty());
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_function_planted_where_everyone_may_create_never_runs() {
    let base = std::env::var("SUNTING_TEST_PG_URL").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_URL is not set: {NEEDS_POSTGRES}"));
    let _shared = SERVER.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    let name = "sunting_planted";
    let mut admin = sunting_sync::connect(&base, None).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let admin_url = base.replace("/postgres?", &format!("/{name}?"));
    let mut admin = sunting_sync::connect(&admin_url, None).unwrap();
    // As before PostgreSQL 15, and in every database upgraded from 14: anyone may create in public.
    admin.batch_execute("GRANT CREATE ON SCHEMA public TO PUBLIC").unwrap();
    let refused = schema::init(&mut admin).unwrap_err();
    assert!(matches!(&refused, SyncError::SchemaOpenToAll { schema } if schema == "public"), "{refused}");
    assert!(refused.to_string().contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC"));
    admin.batch_execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC").unwrap();
    schema::init(&mut admin).unwrap();
    let newsroom = Newsroom { admin_url: admin_url.clone(), name: name.to_string(), dir: tempfile::tempdir().unwrap(), _shared: None };
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    // Someone opens public again afterwards; the reporter plants look-alikes of what the server
    // code calls, each recording whose session ran it.
    admin.batch_execute("GRANT CREATE ON SCHEMA public TO PUBLIC").unwrap();
    let mut reporter = newsroom.connect(&budi);
    reporter
        .batch_execute(
            "CREATE TABLE public.loot (who text, what text);
             GRANT ALL ON public.loot TO PUBLIC;
             CREATE FUNCTION public.pg_notify(text, name) RETURNS void LANGUAGE sql
                 AS $$ INSERT INTO public.loot VALUES (current_user, 'pg_notify ' || $2) $$;
             CREATE FUNCTION public.hashtextextended(text, integer) RETURNS bigint LANGUAGE sql
                 AS $$ INSERT INTO public.loot VALUES (current_user, 'hash ' || $1) RETURNING 1::bigint $$;
             CREATE FUNCTION public.format(text, text, text) RETURNS text LANGUAGE sql
                 AS $$ INSERT INTO public.loot VALUES (current_user, 'format ' || $3) RETURNING pg_catalog.format($1, $2, $3) $$;
             CREATE FUNCTION public.json_build_object(text, uuid, text, text, text, name) RETURNS json LANGUAGE sql
                 AS $$ INSERT INTO public.loot VALUES (current_user, 'json') RETURNING '{}'::json $$;
             GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC;",
        )
        .unwrap();
    let loot = |client: &mut Client| -> Vec<String> {
        client.query("SELECT who || ': ' || what FROM public.loot", &[]).unwrap().iter().map(|row| row.get(0)).collect()
    };
    // The plant works on a session that does not pin its path.
    admin.batch_execute("SET search_path = \"$user\", public; SELECT pg_notify('x', 'y'::name); SET search_path = pg_catalog").unwrap();
    assert_eq!(loot(&mut admin).len(), 1, "the planted function is found by an unpinned session");
    admin.batch_execute("DELETE FROM public.loot").unwrap();
    // Everything the newsroom does: a push (triggers), leases, asks, init again, add-user.
    let (mut a, _) = newsroom.desk("a");
    let id = a.create_article(&story("Tanam", "Isi."), &SaveOptions::by("Ayu")).unwrap().id;
    a.change_status(id, Status::Ready, "Ayu", None).unwrap();
    a.add_word("tanam", "Ayu").unwrap();
    let mut client_a = newsroom.connect(&ayu);
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    let article = a.article_uuid(id).unwrap();
    lease::take(&mut client_a, &article, a.machine(), "Ayu", false).unwrap();
    lease::ask(&mut client_a, &article, "Ayu").unwrap();
    lease::release(&mut client_a, &article, a.machine()).unwrap();
    schema::add_user(&mut admin, &format!("{name}_cici"), "Cici", "rahasia-redaksi-baru", Rights::Reporter).unwrap();
    schema::add_user(&mut admin, &budi, "budi", "rahasia-redaksi", Rights::Reporter).unwrap();
    admin.batch_execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC").unwrap();
    schema::init(&mut admin).unwrap();
    assert_eq!(loot(&mut admin), Vec::<String>::new(), "no planted function ran");
    let budi_is_editor: bool = admin.query_one("SELECT pg_has_role($1::text::name, 'sunting_editor', 'MEMBER')", &[&budi]).unwrap().get(0);
    assert!(!budi_is_editor);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn the_schema_bounds_what_a_desk_reads_and_each_person_s_connections() {
    let newsroom = Newsroom::new("sunting_bounds");
    let budi = newsroom.person("budi", Rights::Reporter);
    let mut reporter = newsroom.connect(&budi);
    let revision = |parents: &str, size: usize, created_at: i64| {
        format!(
            "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, content_hash, word_count, created_at, content)
             VALUES (gen_random_uuid(), gen_random_uuid(), '{parents}', 'mesin-budi', 'x', repeat('a', 64), 1, {created_at},
                     repeat('x', {size}))"
        )
    };
    for (what, statement) in [
        ("a NULL parent", revision("{NULL}", 10, 1)),
        ("a two-dimensional parents", revision("{{6f1c1f5e-1d7a-4c2e-9c1b-3f8f0a2b4c5d}}", 10, 1)),
        ("a revision over the store's limit", revision("{}", 25 * 1024 * 1024, 1)),
        ("a date past the year 9999", revision("{}", 10, i64::MAX)),
    ] {
        let error = message(reporter.batch_execute(&statement).unwrap_err());
        assert!(error.contains("violates check constraint"), "{what}: {error}");
    }
    reporter.batch_execute(&revision("{}", 10, 1)).unwrap();
    let mut admin = newsroom.admin();
    let (limit, settings): (i32, Vec<String>) = {
        let row = admin.query_one("SELECT rolconnlimit, COALESCE(rolconfig, '{}') FROM pg_roles WHERE rolname = $1", &[&budi]).unwrap();
        (row.get(0), row.get(1))
    };
    assert_eq!(limit, schema::CONNECTIONS_PER_PERSON);
    assert!(settings.contains(&"idle_in_transaction_session_timeout=60s".to_string()), "{settings:?}");
    let forced: Vec<bool> = admin
        .query("SELECT relforcerowsecurity FROM pg_class WHERE relname IN ('status_changes', 'set_writes') AND relnamespace = 'sunting'::regnamespace", &[])
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(forced, vec![true, true]);
    // Every function of the schema pins its search_path.
    let unpinned: Vec<String> = admin
        .query(
            "SELECT p.proname::text FROM pg_proc p WHERE p.pronamespace = 'sunting'::regnamespace
             AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=pg_catalog%')",
            &[],
        )
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(unpinned, Vec::<String>::new());
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn add_user_sends_a_verifier_and_refuses_roles_outside_the_newsroom() {
    let newsroom = Newsroom::new("sunting_adduser");
    let mut admin = newsroom.admin();
    let own: String = admin.query_one("SELECT session_user::text", &[]).unwrap().get(0);
    let taken = schema::add_user(&mut admin, &own, "x", "rahasia-redaksi", Rights::Reporter).unwrap_err();
    assert!(matches!(taken, SyncError::PrivilegedRole { .. }), "{taken}");
    admin.batch_execute("CREATE ROLE sunting_adduser_app LOGIN").unwrap();
    let other = schema::add_user(&mut admin, "sunting_adduser_app", "x", "rahasia-redaksi", Rights::Reporter).unwrap_err();
    assert!(matches!(other, SyncError::NotANewsroomRole { .. }), "{other}");
    admin.batch_execute("CREATE ROLE sunting_adduser_boss LOGIN CREATEROLE IN ROLE sunting_reporter").unwrap();
    let boss = schema::add_user(&mut admin, "sunting_adduser_boss", "x", "rahasia-redaksi", Rights::Reporter).unwrap_err();
    assert!(matches!(boss, SyncError::PrivilegedRole { .. }), "{boss}");
    for bad in ["sunting_editor", "pg_monitor", ""] {
        assert!(matches!(schema::add_user(&mut admin, bad, "x", "rahasia-redaksi", Rights::Editor), Err(SyncError::BadRoleName { .. })));
    }
    // A person: the server holds a SCRAM verifier made on the desk, and the password works.
    let budi = newsroom.person("budi", Rights::Editor);
    let stored: String = admin.query_one("SELECT rolpassword FROM pg_authid WHERE rolname = $1", &[&budi]).unwrap().get(0);
    assert!(stored.starts_with("SCRAM-SHA-256$4096:"), "{stored}");
    assert!(!stored.contains("rahasia"));
    newsroom.connect(&budi);
    // Made a reporter again: no longer an editor.
    schema::add_user(&mut admin, &budi, "Budi", "rahasia-redaksi", Rights::Reporter).unwrap();
    let editor: bool = admin.query_one("SELECT pg_has_role($1::text::name, 'sunting_editor', 'MEMBER')", &[&budi]).unwrap().get(0);
    assert!(!editor);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn addresses_require_tls_and_errors_say_what_to_do() {
    let base = std::env::var("SUNTING_TEST_PG_URL").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_URL is not set: {NEEDS_POSTGRES}"));
    let ca = std::env::var("SUNTING_TEST_PG_CA").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_CA is not set: {NEEDS_POSTGRES}"));
    let newsroom = Newsroom::new("sunting_addresses");
    let budi = newsroom.person("budi", Rights::Reporter);
    let plain = newsroom.url_for(&budi);
    let tls_url = plain.replace("?sslmode=disable", "");
    let connect = |url: &str, password: &str| sunting_sync::connect(url, Some(password)).map(|_| ()).unwrap_err();
    // Modes that let TLS go are refused before anything is sent.
    assert!(matches!(connect(&format!("{tls_url}?sslmode=prefer"), "x"), SyncError::TlsNotRequired { .. }));
    let remote = "postgres://budi@db.kabar.example/redaksi?sslmode=disable";
    assert!(matches!(connect(remote, "x"), SyncError::PlainOnlyOnThisComputer));
    // Text that merely holds "sslmode=" does not turn TLS off: the unknown CA is refused.
    let sly = format!("{tls_url}?application_name=x-sslmode%3Ddisable");
    assert!(matches!(connect(&sly, "rahasia-redaksi"), SyncError::TlsNotTrusted { .. }));
    // The newsroom's own CA, in either form of address.
    let host_port = tls_url.split('@').nth(1).unwrap().split('/').next().unwrap();
    let (host, port) = host_port.split_once(':').unwrap();
    let words = format!("host={host} port={port} user={budi} dbname=sunting_addresses sslmode=verify-full sslrootcert='{ca}'");
    let mut client = sunting_sync::connect(&words, Some("rahasia-redaksi")).unwrap();
    let encrypted: bool = client.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[]).unwrap().get(0);
    assert!(encrypted);
    // Errors that name the fix.
    assert!(matches!(connect(&plain, "salah"), SyncError::WrongPassword { role } if role == budi));
    assert!(
        matches!(connect(&plain.replace("/sunting_addresses?", "/tidak_ada?"), "rahasia-redaksi"), SyncError::UnknownDatabase { database } if database == "tidak_ada")
    );
    newsroom.admin().batch_execute(&format!("ALTER ROLE {budi} NOLOGIN")).unwrap();
    assert!(matches!(connect(&plain, "rahasia-redaksi"), SyncError::LoginDisabled { .. }));
    // A password inside an address is seen, in both forms, and never shown.
    assert!(sunting_sync::address_has_password(&base).unwrap());
    assert!(sunting_sync::address_has_password("host=x user=y password=z").unwrap());
    assert!(!sunting_sync::address_has_password(&plain).unwrap());
    assert!(!sunting_sync::redact("host=x user=y password=rahasia").contains("rahasia"));
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn desks_joining_a_new_server_after_the_old_was_lost_lose_nothing() {
    let old = Newsroom::new("sunting_lost");
    let ayu = old.person("ayu", Rights::Editor);
    let (mut a, _) = old.desk("a");
    let (mut b, _) = old.desk("b");
    a.create_article(&story("Sebelum", "Dari meja A."), &SaveOptions::by("Ayu")).unwrap();
    a.add_word("hilang", "Ayu").unwrap();
    sync_once(&mut old.connect(&ayu), &mut a).unwrap();
    b.create_article(&story("Juga sebelum", "Dari meja B."), &SaveOptions::by("Ayu")).unwrap();
    sync_once(&mut old.connect(&ayu), &mut b).unwrap();
    sync_once(&mut old.connect(&ayu), &mut a).unwrap();
    assert_eq!(a.revision_identities().unwrap().len(), 2);
    // The server is lost. As NEWSROOM.md says: set up a new one, `sunting server init`, add the
    // people again, and the desks push what they have when they join it.
    old.admin_of_server().batch_execute(&format!("DROP DATABASE {} WITH (FORCE)", old.name)).unwrap();
    let new = Newsroom::alone("sunting_found");
    schema::add_user(&mut new.admin(), &ayu, "ayu", "rahasia-redaksi", Rights::Editor).unwrap();
    let synced = sync_once(&mut new.connect(&ayu), &mut a).unwrap();
    assert!(synced.pushed.sent >= 3, "A's whole archive, not only what waited: {synced:?}");
    let mut admin = new.admin();
    assert_eq!(count(&mut admin, "revisions"), 2);
    // B joins too: it pushes what it has, and pulls what A gave the new server.
    b.create_article(&story("Sesudah", "Ditulis saat server hilang."), &SaveOptions::by("Ayu")).unwrap();
    sync_once(&mut new.connect(&ayu), &mut b).unwrap();
    sync_once(&mut new.connect(&ayu), &mut a).unwrap();
    assert_eq!(count(&mut admin, "revisions"), 3);
    assert_eq!(a.revision_identities().unwrap(), b.revision_identities().unwrap());
    assert_eq!(a.words().unwrap(), vec!["hilang"]);
    assert_eq!(b.words().unwrap(), vec!["hilang"]);
    // Back on the same server, nothing is sent twice.
    assert_eq!(sync_once(&mut new.connect(&ayu), &mut a).unwrap().pushed.sent, 0);
}

/// A stand-in for the network between a desk and the real server: it forwards connections to
/// the server while up, and cuts them all (and refuses new ones) while down.
struct Cable {
    port: u16,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    open: std::sync::Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
}

impl Cable {
    fn to(server_port: u16) -> Cable {
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let open = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (up_, open_) = (up.clone(), open.clone());
        std::thread::spawn(move || {
            for desk in listener.incoming() {
                let Ok(desk) = desk else { continue };
                if !up_.load(Ordering::SeqCst) {
                    continue;
                }
                let Ok(server) = std::net::TcpStream::connect(("127.0.0.1", server_port)) else { continue };
                let mut kept = open_.lock().unwrap();
                kept.push(desk.try_clone().unwrap());
                kept.push(server.try_clone().unwrap());
                for (mut from, mut to) in [(desk.try_clone().unwrap(), server.try_clone().unwrap()), (server, desk)] {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut to);
                        let _ = to.shutdown(std::net::Shutdown::Both);
                    });
                }
            }
        });
        Cable { port, up, open }
    }

    fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        for stream in self.open.lock().unwrap().drain(..) {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
    }

    fn mend(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Waits up to `within` for an event that `wanted` accepts; fails with every event seen.
fn wait_for(
    events: &std::sync::mpsc::Receiver<sunting_sync::session::Event>,
    within: Duration,
    what: &str,
    wanted: impl Fn(&sunting_sync::session::Event) -> bool,
) -> sunting_sync::session::Event {
    let started = Instant::now();
    let mut seen = Vec::new();
    while let Some(left) = within.checked_sub(started.elapsed()) {
        match events.recv_timeout(left) {
            Ok(event) if wanted(&event) => return event,
            Ok(event) => seen.push(event),
            Err(_) => break,
        }
    }
    panic!("no {what} within {within:?}; saw {seen:#?}");
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn the_session_survives_a_server_that_goes_away_and_a_panicking_round() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use sunting_sync::session::{Control, Event, Session, State, Timing};
    let newsroom = Newsroom::new("sunting_session");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let server_port: u16 = newsroom.admin_url.rsplit_once(':').unwrap().1.split('/').next().unwrap().parse().unwrap();
    let cable = Cable::to(server_port);
    let url = format!("postgres://{ayu}@127.0.0.1:{}/{}?sslmode=disable", cable.port, newsroom.name);
    let (mut a, a_path) = newsroom.desk("a");
    a.set_sync_value(sunting_sync::SERVER_KEY, Some(&url)).unwrap();
    a.create_article(&story("Pertama", "Isi."), &SaveOptions::by("Ayu")).unwrap();
    // Another desk's revision, so the first round pulls something.
    let (mut other, _) = newsroom.desk("other");
    other.create_article(&story("Dari meja lain", "Isi."), &SaveOptions::by("Ayu")).unwrap();
    push(&mut newsroom.connect(&ayu), &mut other, &mut |_, _| {}).unwrap();

    let control = Arc::new(Control::default());
    let (sender, events) = std::sync::mpsc::channel();
    let timing = Timing {
        periodic: Duration::from_secs(30),
        first_retry: Duration::from_millis(200),
        longest_retry: Duration::from_secs(1),
        ..Timing::default()
    };
    let panicked = Arc::new(AtomicBool::new(false));
    let session = {
        let (control, panicked) = (control.clone(), panicked.clone());
        std::thread::spawn(move || {
            let mut session = Session::new(control).with_timing(timing);
            let mut password = |_: &str| Ok("rahasia-redaksi".to_string());
            let mut events = |event: Event| {
                // A fault in the first pull's handling: the round panics once.
                if matches!(event, Event::Pulled(_)) && !panicked.swap(true, Ordering::SeqCst) {
                    panic!("a fault while applying the first pull");
                }
                let _ = sender.send(event);
            };
            session.run(&a_path, &mut password, &mut events);
        })
    };
    let failed =
        wait_for(&events, Duration::from_secs(20), "a failed round", |e| matches!(e, Event::Status(s) if s.state == State::Failed));
    let Event::Status(failed) = failed else { unreachable!() };
    assert!(failed.problem.as_deref().unwrap().contains("a fault while applying the first pull"), "{failed:?}");
    // It starts again by itself, and the work is on the server.
    wait_for(&events, Duration::from_secs(20), "synced after the fault", |e| matches!(e, Event::Status(s) if s.state == State::Synced));
    assert_eq!(count(&mut newsroom.admin(), "revisions"), 2);
    assert_eq!(a.revision_identities().unwrap().len(), 2, "the other desk's revision arrived");

    // The server goes away: the desk says it is offline, keeps the save, and tries again.
    cable.cut();
    a.create_article(&story("Kedua", "Ditulis saat server hilang."), &SaveOptions::by("Ayu")).unwrap();
    control.wake();
    let offline = wait_for(&events, Duration::from_secs(30), "offline", |e| matches!(e, Event::Status(s) if s.state == State::Offline));
    let Event::Status(offline) = offline else { unreachable!() };
    assert!(offline.problem.is_some());
    assert_eq!(count(&mut newsroom.admin(), "revisions"), 2);
    // It comes back: without a wake, the back-off's next try pushes what waited.
    cable.mend();
    wait_for(
        &events,
        Duration::from_secs(30),
        "synced after the server came back",
        |e| matches!(e, Event::Status(s) if s.state == State::Synced),
    );
    assert_eq!(count(&mut newsroom.admin(), "revisions"), 3);
    assert_eq!(a.outbox_len().unwrap(), 0);

    control.stop();
    session.join().expect("the session's thread ends without a panic");
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_flood_of_notifications_costs_a_desk_one_round_a_second() {
    use std::sync::Arc;
    use sunting_sync::session::{Control, Event, Session, State, Timing};
    let newsroom = Newsroom::new("sunting_flood");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, a_path) = newsroom.desk("a");
    a.set_sync_value(sunting_sync::SERVER_KEY, Some(&newsroom.url_for(&ayu))).unwrap();
    let control = Arc::new(Control::default());
    let (sender, events) = std::sync::mpsc::channel();
    let timing = Timing { least_between: Duration::from_secs(1), ..Timing::default() };
    let session = {
        let control = control.clone();
        std::thread::spawn(move || {
            let mut session = Session::new(control).with_timing(timing);
            let mut password = |_: &str| Ok("rahasia-redaksi".to_string());
            let mut events = |event: Event| {
                let _ = sender.send(event);
            };
            session.run(&a_path, &mut password, &mut events);
        })
    };
    wait_for(&events, Duration::from_secs(20), "synced", |e| matches!(e, Event::Status(s) if s.state == State::Synced));
    while events.try_recv().is_ok() {}
    // A reporter pushes 400 stories, one transaction (and one notification) each, for 4 s or more.
    let mut reporter = newsroom.connect(&budi);
    let flood = Instant::now();
    let stories = 400;
    for n in 0..stories {
        let article = uuid::Uuid::new_v4().to_string();
        let revision = uuid::Uuid::new_v4().to_string();
        insert_revision(&mut reporter, &shared_revision(&article, &revision, &[], &story(&format!("Banjir {n}"), "Isi.")));
        std::thread::sleep(Duration::from_millis(10));
    }
    let lasted = flood.elapsed();
    // Every story arrives, in rounds no closer than a second apart.
    let mut rounds = 0;
    let mut arrived = 0;
    while arrived < stories as usize {
        let Event::Pulled(pulled) = wait_for(&events, Duration::from_secs(20), "the flood's stories", |e| matches!(e, Event::Pulled(_)))
        else {
            unreachable!()
        };
        rounds += 1;
        arrived += pulled.revisions;
    }
    let most = lasted.as_secs() as usize + 3;
    assert!(rounds <= most, "{rounds} rounds for {stories} notifications over {lasted:?}; at most {most}");
    assert!(rounds >= 2, "the flood arrived while it went on, not only at the end: {rounds} rounds over {lasted:?}");
    control.stop();
    session.join().expect("the session's thread ends without a panic");
}

#[test]
fn back_off_doubles_up_to_its_longest() {
    let timing = sunting_sync::session::Timing {
        periodic: Duration::from_secs(15),
        first_retry: Duration::from_secs(1),
        longest_retry: Duration::from_secs(60),
        least_between: Duration::from_secs(1),
    };
    let pauses: Vec<u64> = (1..=8).map(|n| timing.retry_after(n).as_secs()).collect();
    assert_eq!(pauses, [1, 2, 4, 8, 16, 32, 60, 60]);
    assert_eq!(timing.retry_after(u32::MAX).as_secs(), 60);
}

/// Inserts a desk's revision as its push would, on a connection the caller holds (inside a
/// transaction it may keep open).
fn insert_revision(client: &mut impl postgres::GenericClient, r: &sunting_store::sync::SharedRevision) {
    client
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
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_transaction_held_open_elsewhere_makes_no_pull_download_again_what_it_has() {
    let newsroom = Newsroom::new("sunting_idle");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let (mut a, _) = newsroom.desk("a");
    let (mut b, _) = newsroom.desk("b");
    let (mut late, _) = newsroom.desk("late");
    late.create_article(&story("Terlambat", "Dikirim dalam transaksi yang dibiarkan terbuka."), &SaveOptions::by("Ayu")).unwrap();
    let sunting_store::sync::Change::Revision(late_revision) = late.outbox(10).unwrap().changes.remove(0) else { panic!() };
    // Another session inserts and keeps its transaction open (idle) through every pull below.
    let mut holder = newsroom.connect(&ayu);
    let mut open = holder.transaction().unwrap();
    insert_revision(&mut open, &late_revision);
    let mut client_b = newsroom.connect(&ayu);
    let mut client_a = newsroom.connect(&ayu);
    for n in 0..4 {
        a.create_article(&story(&format!("Berita {n}"), "Isi."), &SaveOptions::by("Ayu")).unwrap();
        push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
        let pulled = pull(&mut client_b, &mut b).unwrap();
        // Only the new revision travels, not every row written since the open transaction began.
        assert_eq!((pulled.received, pulled.revisions), (1, 1), "pull {n}: {pulled:?}");
    }
    assert_eq!(pull(&mut client_b, &mut b).unwrap().received, 0, "nothing new, nothing downloaded");
    // The late row arrives once its transaction commits.
    open.commit().unwrap();
    let pulled = pull(&mut client_b, &mut b).unwrap();
    assert_eq!((pulled.received, pulled.revisions), (1, 1), "{pulled:?}");
    assert!(b.revision_identities().unwrap().iter().any(|(uuid, _)| *uuid == late_revision.uuid));
    assert_eq!(pull(&mut client_b, &mut b).unwrap().received, 0);
    assert_eq!(b.revision_identities().unwrap().len(), 5);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_pull_larger_than_a_page_arrives_in_order_page_by_page() {
    let newsroom = Newsroom::new("sunting_pages");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let (mut a, _) = newsroom.desk("a");
    let (mut b, _) = newsroom.desk("b");
    // Five revisions of about 1.8 MB each: more than one page of content.
    let paragraph = "Banjir merendam jalan utama kota sejak pagi. ".repeat(40_000);
    let id = a.create_article(&story("Banjir", &format!("0 {paragraph}")), &SaveOptions::by("Ayu")).unwrap().id;
    for n in 1..5 {
        a.save(id, &story("Banjir", &format!("{n} {paragraph}")), &SaveOptions::by("Ayu")).unwrap();
    }
    assert!(5 * paragraph.len() as i64 > 2 * sunting_sync::PULL_PAGE_BYTES);
    push(&mut newsroom.connect(&ayu), &mut a, &mut |_, _| {}).unwrap();
    let pulled = pull(&mut newsroom.connect(&ayu), &mut b).unwrap();
    assert_eq!((pulled.revisions, pulled.received, pulled.skipped), (5, 5, 0), "{pulled:?}");
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    // Parents before children, whatever page they came in: the latest revision is the last save.
    assert_eq!(b.article(on_b).unwrap().content, a.article(id).unwrap().content);
    assert_eq!(b.heads(on_b).unwrap(), vec![5]);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn text_a_reporter_writes_by_hand_is_normalised_on_pull_as_a_local_save_is() {
    use sunting_engine::Mark;
    let newsroom = Newsroom::new("sunting_normal");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let mut content = story("x", "klik di sini");
    content.headline = "  Judul \n  berantakan ".into();
    content.body[0].runs[0].text = "  klik   di\tsini ".into();
    content.body[0].runs[0].marks.push(Mark::Link { href: "javascript:alert(1)".into() });
    content.body.push(sunting_engine::Block::paragraph("   "));
    let revision = sunting_store::sync::SharedRevision {
        uuid: "0b6f9a1e-5c2d-4e8f-9a3b-7c1d2e3f4a5b".into(),
        article: "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a".into(),
        parents: Vec::new(),
        machine: "mesin-budi".into(),
        author: "Budi".into(),
        note: None,
        content_hash: content.content_hash(),
        word_count: 3,
        restored_from: None,
        created_at: 1,
        content: serde_json::to_string(&content).unwrap(),
        read: None,
    };
    // Straight into the table with the reporter's own login, past any desk.
    insert_revision(&mut newsroom.connect(&budi), &revision);
    let (mut b, _) = newsroom.desk("b");
    let pulled = pull(&mut newsroom.connect(&ayu), &mut b).unwrap();
    assert_eq!((pulled.revisions, pulled.refused), (1, 0), "{pulled:?}");
    let id = b.article_by_uuid(&revision.article).unwrap().unwrap();
    let (mut local, _) = newsroom.desk("local");
    let local_id = local.create_article(&content, &SaveOptions::by("Budi")).unwrap().id;
    assert_eq!(b.article(id).unwrap().content, local.article(local_id).unwrap().content, "as a local save keeps it");
    assert_eq!(b.article(id).unwrap().content.headline, "Judul berantakan");
    assert!(b.article(id).unwrap().content.body[0].runs.iter().all(|run| run.marks.is_empty()), "no javascript: link");
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn the_owner_withdraws_a_bad_row_from_every_desk_without_deleting_history() {
    let newsroom = Newsroom::new("sunting_withdraw");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, _) = newsroom.desk("a");
    let (mut c, _) = newsroom.desk("c");
    a.create_article(&story("Baik", "Isi."), &SaveOptions::by("Ayu")).unwrap();
    push(&mut newsroom.connect(&ayu), &mut a, &mut |_, _| {}).unwrap();
    assert_eq!(pull(&mut newsroom.connect(&ayu), &mut c).unwrap().revisions, 1, "C pulled before the bad row came");
    // A reporter pushes a story that must not reach any desk.
    let (mut b, _) = newsroom.desk("b");
    b.create_article(&story("Fitnah", "Tuduhan tanpa dasar."), &SaveOptions::by("Budi")).unwrap();
    let bad = b.outbox(10).unwrap().changes[0].uuid().to_string();
    push(&mut newsroom.connect(&budi), &mut b, &mut |_, _| {}).unwrap();
    // Only the owner withdraws; neither a reporter nor an editor can.
    let withdraw = "INSERT INTO sunting.withdrawn (uuid, reason) VALUES ($1::text::uuid, 'fitnah')";
    for role in [&budi, &ayu] {
        let refused = newsroom.connect(role).execute(withdraw, &[&bad]).unwrap_err();
        assert!(message(refused).contains("permission denied"));
    }
    newsroom.admin().execute(withdraw, &[&bad]).unwrap();
    // A desk whose cursor is older than the row and a new desk alike never receive it.
    let pulled = pull(&mut newsroom.connect(&ayu), &mut c).unwrap();
    assert_eq!((pulled.received, pulled.revisions), (0, 0), "{pulled:?}");
    let (mut fresh, _) = newsroom.desk("fresh");
    let pulled = sync_once(&mut newsroom.connect(&ayu), &mut fresh).unwrap().pulled;
    assert_eq!((pulled.received, pulled.revisions), (1, 1), "{pulled:?}");
    assert!(fresh.revision_identities().unwrap().iter().all(|(uuid, _)| *uuid != bad));
    // History is whole on the server: the row is there, with who withdrew it and why.
    assert_eq!(count(&mut newsroom.admin(), "revisions"), 2);
    let (by, reason): (String, String) =
        newsroom.admin().query_one("SELECT withdrawn_by::text, reason FROM sunting.withdrawn", &[]).map(|r| (r.get(0), r.get(1))).unwrap();
    assert_eq!((by.as_str(), reason.as_str()), ("sunting_admin", "fitnah"));
}

/// A revision of `content` as a desk would share it, with `parents`.
fn shared_revision(article: &str, uuid: &str, parents: &[&str], content: &ArticleContent) -> sunting_store::sync::SharedRevision {
    sunting_store::sync::SharedRevision {
        uuid: uuid.into(),
        article: article.into(),
        parents: parents.iter().map(|p| p.to_string()).collect(),
        machine: "mesin-x".into(),
        author: "x".into(),
        note: None,
        content_hash: content.content_hash(),
        word_count: 1,
        restored_from: None,
        created_at: 1,
        content: serde_json::to_string(content).unwrap(),
        read: None,
    }
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn the_attacks_that_held_still_hold() {
    let newsroom = Newsroom::new("sunting_held");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let mut reporter = newsroom.connect(&budi);
    // The name register is an editor's, as the dictionary is.
    for (kind, key, value) in [("confirmed", "Joko Widodo", "1"), ("different", "Ayu\u{1f}Ayuk", "1"), ("name_kind", "Kaligawe", "place")] {
        let error = insert_set_write(&mut reporter, kind, key, Some(value), 1).unwrap_err();
        assert!(message(error).contains("only editors"), "{kind}");
    }
    // People and leases are not written directly; no object can be created in the schema.
    for statement in [
        "INSERT INTO sunting.people (role, display_name, rights) VALUES (current_user, 'Budi', 'editor')",
        "UPDATE sunting.people SET rights = 'editor'",
        "INSERT INTO sunting.leases (article, holder, holder_name, machine, since, expires_at)
         VALUES (gen_random_uuid(), current_user, 'Ayu', 'm', now(), now() + interval '1 hour')",
        "CREATE TABLE sunting.loot (x text)",
        "CREATE FUNCTION sunting.display_name() RETURNS text LANGUAGE sql AS $$ SELECT 'Ayu' $$",
        "CREATE FUNCTION sunting.loot() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$",
    ] {
        let error = message(reporter.batch_execute(statement).unwrap_err());
        assert!(error.contains("permission denied") || error.contains("must be owner"), "{statement}: {error}");
    }
    // A SECURITY DEFINER function is not hijacked through the caller's temporary schema: tables
    // and functions of the same names in pg_temp change nothing.
    let article = "6f1c1f5e-1d7a-4c2e-9c1b-3f8f0a2b4c5d";
    assert!(matches!(lease::take(&mut newsroom.connect(&ayu), article, "mesin-ayu", "Ayu", false).unwrap(), Taken::Granted(_)));
    reporter
        .batch_execute(
            "CREATE TEMP TABLE leases (article uuid, holder name, holder_name text, machine text, since timestamptz, expires_at timestamptz);
             CREATE FUNCTION pg_temp.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
             CREATE FUNCTION pg_temp.now() RETURNS timestamptz LANGUAGE sql AS $$ SELECT 'infinity'::timestamptz $$;",
        )
        .unwrap();
    let Taken::Held(held) = lease::take(&mut reporter, article, "mesin-budi", "Budi", true).unwrap() else {
        panic!("a reporter took over")
    };
    assert_eq!(held.holder, ayu);
    assert!(!lease::release(&mut reporter, article, "mesin-ayu").unwrap(), "only the holder frees it");
    // Text meant as SQL through add-user is a name, never a statement.
    let mut admin = newsroom.admin();
    let injected = schema::add_user(&mut admin, "x\"; DROP TABLE sunting.revisions; --", "x", "rahasia-redaksi", Rights::Reporter);
    let name = "sunting_held_cici";
    schema::add_user(&mut admin, name, "Cici'); DROP TABLE sunting.revisions; --", "rahasia-redaksi", Rights::Reporter).unwrap();
    assert_eq!(count(&mut admin, "revisions"), 0, "the table is still there (and empty): {injected:?}");
    let shown: String = admin.query_one("SELECT display_name FROM sunting.people WHERE role = $1", &[&name]).unwrap().get(0);
    assert_eq!(shown, "Cici'); DROP TABLE sunting.revisions; --");
    // Damaged revisions and a parent cycle, pushed by hand: the damaged one is refused and
    // counted, the cycle arrives whole and the pull ends.
    let (x, y) = ("0b6f9a1e-5c2d-4e8f-9a3b-7c1d2e3f4a51", "0b6f9a1e-5c2d-4e8f-9a3b-7c1d2e3f4a52");
    let story_uuid = "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f50";
    let mut editor = newsroom.connect(&ayu);
    insert_revision(&mut editor, &shared_revision(story_uuid, x, &[y], &story("Lingkar", "Satu.")));
    insert_revision(&mut editor, &shared_revision(story_uuid, y, &[x], &story("Lingkar", "Dua.")));
    let mut damaged = shared_revision(story_uuid, "0b6f9a1e-5c2d-4e8f-9a3b-7c1d2e3f4a53", &[], &story("Rusak", "Isi."));
    damaged.content_hash = "a".repeat(64);
    insert_revision(&mut editor, &damaged);
    let (mut b, _) = newsroom.desk("b");
    let pulled = pull(&mut newsroom.connect(&ayu), &mut b).unwrap();
    assert_eq!((pulled.revisions, pulled.refused), (2, 1), "{pulled:?}");
    let id = b.article_by_uuid(story_uuid).unwrap().unwrap();
    assert_eq!(b.revisions(id).unwrap().len(), 2);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn two_newsrooms_on_one_server_stay_apart() {
    let kabar = Newsroom::new("sunting_two_kabar");
    let warta = Newsroom::new("sunting_two_warta");
    let ayu = kabar.person("ayu", Rights::Editor);
    let dodi = warta.person("dodi", Rights::Editor);
    // Warta's story, Ready on its server.
    let (mut w, _) = warta.desk("w");
    let id = w.create_article(&story("Warta", "Isi."), &SaveOptions::by("Dodi")).unwrap().id;
    w.change_status(id, Status::Ready, "Dodi", None).unwrap();
    push(&mut warta.connect(&dodi), &mut w, &mut |_, _| {}).unwrap();
    let article = w.article_uuid(id).unwrap();

    // Kabar's editor cannot even connect to Warta's database.
    let refused = sunting_sync::connect(&warta.url_for(&ayu), Some("rahasia-redaksi")).map(|_| ()).unwrap_err();
    assert!(matches!(&refused, SyncError::NotInThisNewsroom { database, .. } if *database == warta.name), "{refused}");
    assert!(!refused.is_transient(), "not offline: the desk says what to do");
    // Warta's administrator cannot take Kabar's person over with add-user (a new password, new rights).
    let taken = schema::add_user(&mut warta.admin(), &ayu, "Ayu", "kata-sandi-lain", Rights::Reporter).unwrap_err();
    assert!(matches!(taken, SyncError::NotANewsroomRole { .. }), "{taken}");
    // Even let in by hand, she is nobody there: no status, no revision, no set item, no lease.
    warta.admin().batch_execute(&format!("GRANT CONNECT ON DATABASE {} TO {ayu}", warta.name)).unwrap();
    let mut intruder = warta.connect(&ayu);
    let exported = insert_status(&mut intruder, &article, "exported", 1, "Ayu").unwrap_err();
    assert!(message(exported).contains("not one of this newsroom's people"));
    let editing = insert_status(&mut intruder, &article, "editing", 1, "Ayu").unwrap_err();
    assert!(message(editing).contains("not one of this newsroom's people"));
    let revision = shared_revision(&article, "0b6f9a1e-5c2d-4e8f-9a3b-7c1d2e3f4a60", &[], &story("Warta", "Diubah."));
    let written = intruder.execute(
        "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, content_hash, word_count, created_at, content)
         VALUES ($1::text::uuid, $2::text::uuid, '{}', 'mesin-ayu', 'Ayu', $3, 1, 1, $4)",
        &[&revision.uuid, &revision.article, &revision.content_hash, &revision.content],
    );
    assert!(message(written.unwrap_err()).contains("not one of this newsroom's people"));
    assert!(message(insert_set_write(&mut intruder, "word", "kata", Some("x"), 1).unwrap_err()).contains("only editors"));
    assert!(lease::take(&mut intruder, &article, "mesin-ayu", "Ayu", true).is_err());
    let statuses: Vec<String> =
        warta.admin().query("SELECT status FROM sunting.status_changes", &[]).unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(statuses, vec!["ready"], "Warta's story is still Ready");
    // In her own newsroom she is an editor as before.
    let (mut k, _) = kabar.desk("k");
    let mine = k.create_article(&story("Kabar", "Isi."), &SaveOptions::by("Ayu")).unwrap().id;
    k.change_status(mine, Status::Ready, "Ayu", None).unwrap();
    let pushed = push(&mut kabar.connect(&ayu), &mut k, &mut |_, _| {}).unwrap();
    assert_eq!(pushed.refused, 0, "{pushed:?}");
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn a_reporters_change_to_an_approved_story_moves_it_back_to_editing() {
    let newsroom = Newsroom::new("sunting_approved");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, _) = newsroom.desk("a");
    let (mut b, _) = newsroom.desk("b");
    let id = a.create_article(&story("Anggaran", "Disetujui."), &SaveOptions::by("Ayu")).unwrap().id;
    a.change_status(id, Status::Ready, "Ayu", None).unwrap();
    sync_once(&mut newsroom.connect(&ayu), &mut a).unwrap();
    sync_once(&mut newsroom.connect(&budi), &mut b).unwrap();
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    assert_eq!(b.article(on_b).unwrap().status, Status::Ready);
    // The reporter changes the approved story: it goes back to Editing, in the reporter's name.
    b.save(on_b, &story("Anggaran", "Disetujui, lalu diubah."), &SaveOptions::by("Budi")).unwrap();
    let mut client_b = newsroom.connect(&budi);
    sync_once(&mut client_b, &mut b).unwrap();
    assert_eq!(b.article(on_b).unwrap().status, Status::Editing, "the reporter's desk shows it");
    sync_once(&mut newsroom.connect(&ayu), &mut a).unwrap();
    assert_eq!(a.article(id).unwrap().status, Status::Editing, "the editor's desk shows it");
    let last = a.status_changes(id).unwrap().pop().unwrap();
    assert_eq!((last.status, last.author.as_str()), (Status::Editing, "budi"));
    // A push replayed moves nothing again; an editor's own change keeps the approval.
    assert_eq!(b.revisions(on_b).unwrap().len(), 2);
    let mut admin = newsroom.admin();
    let editing = |admin: &mut Client| -> i64 {
        admin.query_one("SELECT COUNT(*) FROM sunting.status_changes WHERE status = 'editing'", &[]).unwrap().get(0)
    };
    assert_eq!(editing(&mut admin), 1);
    // The reporter's revision, as A holds it, pushed again with the reporter's login.
    a.resend_everything("x", "y").unwrap();
    let again = a
        .outbox(10)
        .unwrap()
        .changes
        .into_iter()
        .find_map(|change| match change {
            sunting_store::sync::Change::Revision(r) if r.parents.len() == 1 => Some(r),
            _ => None,
        })
        .unwrap();
    insert_revision_on_conflict(&mut client_b, &again);
    assert_eq!(editing(&mut admin), 1, "a revision the server has changes nothing");
    a.change_status(id, Status::Ready, "Ayu", None).unwrap();
    a.save(id, &story("Anggaran", "Disetujui, diubah, disunting editor."), &SaveOptions::by("Ayu")).unwrap();
    sync_once(&mut newsroom.connect(&ayu), &mut a).unwrap();
    assert_eq!(a.article(id).unwrap().status, Status::Ready);
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn an_approval_names_its_revision_on_every_desk_and_the_server_checks_the_name() {
    let newsroom = Newsroom::new("sunting_approval");
    let ayu = newsroom.person("ayu", Rights::Editor);
    let budi = newsroom.person("budi", Rights::Reporter);
    let (mut a, _) = newsroom.desk("a");
    let (mut b, _) = newsroom.desk("b");
    let id = a.create_article(&story("Tarif Air", "Naik."), &SaveOptions::by("Ayu")).unwrap().id;
    a.save(id, &story("Tarif Air", "Naik sepuluh persen."), &SaveOptions::by("Ayu")).unwrap();
    a.change_status(id, Status::Ready, "Ayu", None).unwrap();
    sync_once(&mut newsroom.connect(&ayu), &mut a).unwrap();
    let second = a.revision_uuids(id).unwrap()[1].1.clone();
    let named: Option<String> =
        newsroom.admin().query_one("SELECT revision::text FROM sunting.status_changes WHERE status = 'ready'", &[]).unwrap().get(0);
    assert_eq!(named.as_deref(), Some(second.as_str()), "the server holds which revision was approved");
    // Another desk reads the same approval, by its own number for that revision.
    let mut client_b = newsroom.connect(&budi);
    sync_once(&mut client_b, &mut b).unwrap();
    let article = a.article_uuid(id).unwrap();
    let on_b = b.article_by_uuid(&article).unwrap().unwrap();
    let approval = b.status_changes(on_b).unwrap().pop().unwrap();
    assert_eq!((approval.status, approval.revision), (Status::Ready, Some(2)));
    assert_eq!(b.to_export(on_b).unwrap(), sunting_store::ToExport::Latest { revision: 2 });
    // A status change naming another story's revision, or one the server never had, is refused.
    let other = a.create_article(&story("Lain", "Cerita lain."), &SaveOptions::by("Ayu")).unwrap().id;
    sync_once(&mut newsroom.connect(&ayu), &mut a).unwrap();
    let others = a.revision_uuids(other).unwrap()[0].1.clone();
    for revision in [others.as_str(), "00000000-0000-4000-8000-000000000000"] {
        let error = insert_status_naming(&mut client_b, &uuid::Uuid::new_v4().to_string(), &article, revision).unwrap_err();
        assert!(message(error).contains("names a revision this story does not have"));
    }
    // The desk's own change, sent naming the other story's revision, is refused; as the desk
    // sends it, naming its own story's latest, it goes through.
    let mut forged = b.outbox(10).unwrap();
    assert!(forged.changes.is_empty());
    b.change_status(on_b, Status::Editing, "Budi", None).unwrap();
    forged = b.outbox(10).unwrap();
    let Some(sunting_store::sync::Change::Status(status)) = forged.changes.pop() else { panic!("a status change") };
    let mut client_b = newsroom.connect(&budi);
    let error = insert_status_naming(&mut client_b, &status.uuid, &article, &others).unwrap_err();
    assert!(message(error).contains("names a revision"));
    assert_eq!(push(&mut client_b, &mut b, &mut |_, _| {}).unwrap().refused, 0, "the desk's own change names its own revision");
}

fn insert_status_naming(client: &mut Client, uuid: &str, article: &str, revision: &str) -> Result<u64, postgres::Error> {
    client.execute(
        "INSERT INTO sunting.status_changes (uuid, article, status, changed_at, author, revision)
         VALUES ($1::text::uuid, $2::text::uuid, 'editing', 0, '', $3::text::uuid)",
        &[&uuid, &article, &revision],
    )
}

/// The same insert a desk's push makes, replayed.
fn insert_revision_on_conflict(client: &mut Client, r: &sunting_store::sync::SharedRevision) {
    client
        .execute(
            "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, note, content_hash, word_count, restored_from,
                                            created_at, content)
             VALUES ($1::text::uuid, $2::text::uuid, $3::text[]::uuid[], $4, $5, $6, $7, $8, $9::text::uuid, $10, $11)
             ON CONFLICT (uuid) DO NOTHING",
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
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn an_owner_who_is_no_superuser_runs_the_newsroom_as_documented() {
    let _shared = SERVER.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    let base = std::env::var("SUNTING_TEST_PG_URL").unwrap_or_else(|_| panic!("SUNTING_TEST_PG_URL is not set: {NEEDS_POSTGRES}"));
    let name = "sunting_owned";
    let owner = "sunting_owned_admin";
    let mut superuser = sunting_sync::connect(&base, None).unwrap();
    superuser.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    superuser
        .batch_execute(&format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{owner}') THEN
                 CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'rahasia-redaksi'; END IF; END $$;"
        ))
        .unwrap();
    superuser.batch_execute(&format!("CREATE DATABASE {name} OWNER {owner}")).unwrap();
    // As NEWSROOM.md sets it up: the administrator owns the database and may create roles.
    let host = base.split_once('@').unwrap().1.replace("/postgres?", &format!("/{name}?"));
    let admin_url = format!("postgres://{owner}@{host}");
    let mut admin = sunting_sync::connect(&admin_url, Some("rahasia-redaksi")).unwrap();
    admin.batch_execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC").unwrap();
    schema::init(&mut admin).unwrap();
    let (ayu, budi) = (format!("{name}_ayu"), format!("{name}_budi"));
    schema::add_user(&mut admin, &ayu, "ayu", "rahasia-redaksi", Rights::Editor).unwrap();
    schema::add_user(&mut admin, &budi, "budi", "rahasia-redaksi", Rights::Reporter).unwrap();
    let url = |role: &str| format!("postgres://{role}@{host}");
    let connect = |role: &str| sunting_sync::connect(&url(role), Some("rahasia-redaksi")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut a = Store::open(&dir.path().join("a.db")).unwrap();
    let mut b = Store::open(&dir.path().join("b.db")).unwrap();
    let id = a.create_article(&story("Milik", "Isi."), &SaveOptions::by("Ayu")).unwrap().id;
    a.change_status(id, Status::Ready, "Ayu", None).unwrap();
    assert_eq!(sync_once(&mut connect(&ayu), &mut a).unwrap().pushed.refused, 0);
    sync_once(&mut connect(&budi), &mut b).unwrap();
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    b.save(on_b, &story("Milik", "Diubah."), &SaveOptions::by("Budi")).unwrap();
    sync_once(&mut connect(&budi), &mut b).unwrap();
    sync_once(&mut connect(&ayu), &mut a).unwrap();
    assert_eq!(a.article(id).unwrap().status, Status::Editing);
    // The owner withdraws a row.
    admin
        .execute(
            "INSERT INTO sunting.withdrawn (uuid, reason) SELECT uuid, 'uji' FROM sunting.revisions ORDER BY pushed_at DESC LIMIT 1",
            &[],
        )
        .unwrap();
    let mut c = Store::open(&dir.path().join("c.db")).unwrap();
    assert_eq!(sync_once(&mut connect(&ayu), &mut c).unwrap().pulled.revisions, 1);
}
