//! The newsroom sync measured on a real PostgreSQL on loopback: how fast a save reaches another
//! desk, what offline work does when it comes back, what killing the sync and stopping the
//! server mid-push lose, how many desks a server keeps converged, leases raced for, and an
//! archive joining an empty server; the memory a pull of the largest revisions takes, and what
//! pulls download while a transaction is held open elsewhere.
//!
//! ```sh
//! scripts/bench-newsroom                      # every measure at full size (docs/PERFORMANCE.md)
//! tests/postgres/with-postgres cargo bench -p sunting-sync --bench newsroom -- --quick   # bounded (scripts/test)
//! tests/postgres/with-postgres cargo bench -p sunting-sync --bench newsroom -- --only latency
//! ```
//!
//! Needs `SUNTING_TEST_PG_URL` (tests/postgres/with-postgres sets it); the kill measure also
//! needs the `sunting` binary (`SUNTING_BIN`, default target/release/sunting) and the restart
//! measure `SUNTING_TEST_PG_CTL`. Each measure makes a database of its own. It exits non-zero
//! when a measure loses or duplicates anything.

use postgres::Client;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};
use sunting_engine::sample::synthetic_article;
use sunting_engine::{ArticleContent, Block};
use sunting_store::{SaveOptions, Store};
use sunting_sync::lease::{self, Taken};
use sunting_sync::schema::{self, Rights};
use sunting_sync::{pull, push, Listener};

const PASSWORD: &str = "kata-sandi-uji-beban";

struct Options {
    quick: bool,
    only: Option<String>,
    articles: usize,
}

fn options() -> Options {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let quick = args.iter().any(|a| a == "--quick");
    Options {
        quick,
        only: value("--only"),
        articles: value("--articles").and_then(|v| v.parse().ok()).unwrap_or(if quick { 2_000 } else { 100_000 }),
    }
}

/// A database of its own on the server, with people.
struct Server {
    admin_url: String,
    url_base: String,
}

impl Server {
    fn new(name: &str) -> Server {
        let base = std::env::var("SUNTING_TEST_PG_URL").expect("SUNTING_TEST_PG_URL: run through tests/postgres/with-postgres");
        let mut admin = sunting_sync::connect(&base, None).unwrap();
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let admin_url = base.replace("/postgres?", &format!("/{name}?"));
        schema::init(&mut sunting_sync::connect(&admin_url, None).unwrap()).unwrap();
        let host = admin_url.split_once('@').unwrap().1.to_string();
        Server { admin_url, url_base: host }
    }

    fn person(&self, role: &str) -> String {
        schema::add_user(&mut sunting_sync::connect(&self.admin_url, None).unwrap(), role, role, PASSWORD, Rights::Editor).unwrap();
        format!("postgres://{role}@{}", self.url_base)
    }

    fn admin(&self) -> Client {
        sunting_sync::connect(&self.admin_url, None).unwrap()
    }

    /// Every revision on the server, as (uuid, content hash).
    fn revisions(&self) -> BTreeSet<(String, String)> {
        self.admin()
            .query("SELECT uuid::text, content_hash FROM sunting.revisions", &[])
            .unwrap()
            .iter()
            .map(|row| (row.get(0), row.get(1)))
            .collect()
    }
}

fn connect(url: &str) -> Client {
    sunting_sync::connect(url, Some(PASSWORD)).unwrap()
}

fn desk(dir: &Path, name: &str) -> Store {
    Store::open(&dir.join(format!("{name}.db"))).unwrap()
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let rank = ((values.len() as f64) * p).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

fn edited(content: &ArticleContent, n: usize, who: &str) -> ArticleContent {
    let mut content = content.clone();
    let block = n % content.body.len();
    let text = content.body[block].text();
    content.body[block] = Block::paragraph(format!("{text} Tambahan {who} nomor {n}."));
    content
}

fn identities(store: &Store) -> BTreeSet<(String, String)> {
    store.revision_identities().unwrap().into_iter().collect()
}

/// A save on A, pushed at once, until B (listening and pulling) has it.
fn latency(options: &Options, dir: &Path) -> bool {
    let trials = if options.quick { 30 } else { 200 };
    let server = Server::new("bench_latency");
    let (a_url, b_url) = (server.person("bench_lat_a"), server.person("bench_lat_b"));
    let mut a = desk(dir, "latency-a");
    let id = a.create_article(&synthetic_article(1, 400), &SaveOptions::by("A")).unwrap().id;
    let mut client_a = connect(&a_url);
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    let seen = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let b_path = dir.join("latency-b.db");
    let listener = {
        let (seen, stop, b_url) = (seen.clone(), stop.clone(), b_url.clone());
        std::thread::spawn(move || {
            let mut b = Store::open(&b_path).unwrap();
            let mut client = connect(&b_url);
            let mut listener = Listener::connect(&b_url, Some(PASSWORD)).unwrap();
            pull(&mut client, &mut b).unwrap();
            while !stop.load(Ordering::Relaxed) {
                if listener.wait(Duration::from_millis(100)).unwrap().changes {
                    pull(&mut client, &mut b).unwrap();
                    seen.store(b.revision_identities().unwrap().len() as u64, Ordering::SeqCst);
                }
            }
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    let base = a.article(id).unwrap().content;
    let mut times = Vec::with_capacity(trials);
    for n in 0..trials {
        let started = Instant::now();
        a.save(id, &edited(&base, n, "A"), &SaveOptions::by("A")).unwrap();
        push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
        let want = (n + 2) as u64;
        while seen.load(Ordering::SeqCst) < want {
            if started.elapsed() > Duration::from_secs(30) {
                println!("latency: revision {} never reached B", n + 2);
                stop.store(true, Ordering::Relaxed);
                return false;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    stop.store(true, Ordering::Relaxed);
    listener.join().unwrap();
    let (p50, p95, max) = (percentile(&mut times, 0.5), percentile(&mut times, 0.95), percentile(&mut times, 1.0));
    println!("latency: a save on A in B's archive, {trials} trials: median {p50:.1} ms, p95 {p95:.1} ms, slowest {max:.1} ms");
    p95 < 2000.0
}

/// Two desks make offline edits on the same articles, then reconnect.
fn offline(options: &Options, dir: &Path) -> bool {
    let (articles, edits) = if options.quick { (5, 10) } else { (10, 50) };
    let server = Server::new("bench_offline");
    let (a_url, b_url) = (server.person("bench_off_a"), server.person("bench_off_b"));
    let (mut a, mut b) = (desk(dir, "offline-a"), desk(dir, "offline-b"));
    let ids: Vec<i64> =
        (0..articles).map(|n| a.create_article(&synthetic_article(n as u64, 300), &SaveOptions::by("A")).unwrap().id).collect();
    let (mut client_a, mut client_b) = (connect(&a_url), connect(&b_url));
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    pull(&mut client_b, &mut b).unwrap();
    let uuids: Vec<String> = ids.iter().map(|id| a.article_uuid(*id).unwrap()).collect();
    // Offline: each desk edits the same articles in turn.
    for n in 0..edits {
        let article = n % articles;
        let on_a = ids[article];
        let content = a.article(on_a).unwrap().content;
        a.save(on_a, &edited(&content, n, "A"), &SaveOptions::by("A")).unwrap();
        let on_b = b.article_by_uuid(&uuids[article]).unwrap().unwrap();
        let content = b.article(on_b).unwrap().content;
        b.save(on_b, &edited(&content, n, "B"), &SaveOptions::by("B")).unwrap();
    }
    let started = Instant::now();
    for _ in 0..2 {
        for (store, client) in [(&mut a, &mut client_a), (&mut b, &mut client_b)] {
            push(client, store, &mut |_, _| {}).unwrap();
            pull(client, store).unwrap();
        }
    }
    let took = started.elapsed();
    let on_server = server.revisions();
    let same = on_server == identities(&a) && on_server == identities(&b);
    let expected = articles + 2 * edits;
    let forks_a = a.forked_articles().unwrap().len();
    let forks_b = b.forked_articles().unwrap().len();
    println!(
        "offline: {edits} offline edits each on {articles} articles, reconnected in {:.0} ms: server {} revisions (expected {expected}), \
         A and B identical to the server: {same}; forks listed: A {forks_a}, B {forks_b} (of {articles})",
        took.as_secs_f64() * 1000.0,
        on_server.len()
    );
    same && on_server.len() == expected && forks_a == articles && forks_b == articles
}

/// `sunting sync now` killed at random moments, and the server stopped mid-push.
fn kills(options: &Options, dir: &Path) -> bool {
    let (kills, stops) = if options.quick { (20, 3) } else { (200, 20) };
    let bin = std::env::var("SUNTING_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/release/sunting"));
    if !bin.exists() {
        println!("kills: skipped, no sunting binary at {} (build it, or set SUNTING_BIN)", bin.display());
        return true;
    }
    let server = Server::new("bench_kills");
    let url = server.person("bench_kill_a");
    let b_url = server.person("bench_kill_b");
    let a_path = dir.join("kills-a.db");
    let mut a = Store::open(&a_path).unwrap();
    a.set_sync_value(sunting_sync::SERVER_KEY, Some(&url)).unwrap();
    let id = a.create_article(&synthetic_article(7, 300), &SaveOptions::by("A")).unwrap().id;
    let mut random = 0x9E37_79B9_7F4A_7C15_u64;
    let mut next = |below: u64| {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        random % below
    };
    let mut killed = 0;
    for round in 0..kills {
        // New work every round, so each kill can land in a push with something in it.
        let content = a.article(id).unwrap().content;
        for n in 0..5 {
            a.save(id, &edited(&content, round * 5 + n, "A"), &SaveOptions::by("A")).unwrap();
        }
        let mut child = Command::new(&bin)
            .args(["--db", a_path.to_str().unwrap(), "sync", "now"])
            .env("SUNTING_PG_PASSWORD", PASSWORD)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(2_000 + next(25_000)));
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    let control = std::env::var("SUNTING_TEST_PG_CTL").ok();
    let mut stopped = 0;
    if let Some(control) = &control {
        let mut client = connect(&url);
        for round in 0..stops {
            let content = a.article(id).unwrap().content;
            for n in 0..200 {
                a.save(id, &edited(&content, 10_000 + round * 200 + n, "A"), &SaveOptions::by("A")).unwrap();
            }
            let control = control.clone();
            let delay = next(40);
            let stopper = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(delay));
                Command::new(&control).args(["stop", "-m", "immediate"]).output().unwrap();
                Command::new(&control).arg("start").output().unwrap();
            });
            let _ = push(&mut client, &mut a, &mut |_, _| {});
            stopper.join().unwrap();
            stopped += 1;
            client = connect(&url);
        }
    }
    // Then a calm sync, and a second desk pulls everything.
    let mut client = connect(&url);
    push(&mut client, &mut a, &mut |_, _| {}).unwrap();
    let mut b = desk(dir, "kills-b");
    pull(&mut connect(&b_url), &mut b).unwrap();
    let on_server = server.revisions();
    let local = identities(&a);
    let lost = local.difference(&on_server).count();
    let extra = on_server.difference(&local).count();
    let rows: i64 = server.admin().query_one("SELECT COUNT(*) FROM sunting.revisions", &[]).unwrap().get(0);
    let duplicated = rows as usize - on_server.len();
    println!(
        "kills: `sunting sync now` SIGKILLed {killed} times mid-run (of {kills}), the server stopped with -m immediate during {stopped} pushes: \
         {} revisions on A, {} on the server, {lost} lost, {duplicated} duplicated, {extra} unknown; B pulled {} and matches: {}",
        local.len(),
        on_server.len(),
        identities(&b).len(),
        identities(&b) == on_server
    );
    lost == 0 && duplicated == 0 && extra == 0 && identities(&b) == on_server
}

/// Many desks saving once a second; how long until every other desk has each save.
fn load(options: &Options, dir: &Path) -> bool {
    let (desks, seconds) = if options.quick { (5, 10) } else { (20, 300) };
    let server = Server::new("bench_load");
    let urls: Vec<String> = (0..desks).map(|n| server.person(&format!("bench_load_{n}"))).collect();
    // When each revision was saved, and when each desk had it.
    let saved: Arc<Mutex<std::collections::HashMap<String, Instant>>> = Arc::default();
    let arrivals: Arc<Mutex<Vec<(String, Instant)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let start = Arc::new(Barrier::new(desks));
    let threads: Vec<_> = urls
        .iter()
        .enumerate()
        .map(|(n, url)| {
            let (url, saved, arrivals, stop, start) = (url.clone(), saved.clone(), arrivals.clone(), stop.clone(), start.clone());
            let path = dir.join(format!("load-{n}.db"));
            std::thread::spawn(move || {
                let mut store = Store::open(&path).unwrap();
                let mut client = connect(&url);
                let mut listener = Listener::connect(&url, Some(PASSWORD)).unwrap();
                let id = store.create_article(&synthetic_article(n as u64, 200), &SaveOptions::by("x")).unwrap().id;
                let mut known: BTreeSet<String> = BTreeSet::new();
                start.wait();
                let mut next_save = Instant::now();
                let mut count = 0;
                while !stop.load(Ordering::Relaxed) {
                    if Instant::now() >= next_save {
                        let content = store.article(id).unwrap().content;
                        store.save(id, &edited(&content, count, "x"), &SaveOptions::by("x")).unwrap();
                        count += 1;
                        let uuid = identities(&store).into_iter().map(|(u, _)| u).find(|u| !known.contains(u));
                        if let Some(uuid) = uuid {
                            saved.lock().unwrap().insert(uuid.clone(), Instant::now());
                            known.insert(uuid);
                        }
                        let _ = push(&mut client, &mut store, &mut |_, _| {});
                        next_save += Duration::from_secs(1);
                    }
                    let wait = next_save.saturating_duration_since(Instant::now()).min(Duration::from_millis(200));
                    if listener.wait(wait).map(|h| h.changes).unwrap_or(false) {
                        let _ = pull(&mut client, &mut store);
                        let now = Instant::now();
                        let mut arrived = arrivals.lock().unwrap();
                        for (uuid, _) in identities(&store) {
                            if known.insert(uuid.clone()) {
                                arrived.push((uuid, now));
                            }
                        }
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    for thread in threads {
        thread.join().unwrap();
    }
    let saved = saved.lock().unwrap();
    let mut delays: Vec<f64> = arrivals
        .lock()
        .unwrap()
        .iter()
        .filter_map(|(uuid, at)| saved.get(uuid).map(|from| at.duration_since(*from).as_secs_f64() * 1000.0))
        .collect();
    if delays.is_empty() {
        println!("load: nothing arrived");
        return false;
    }
    let (p50, p95) = (percentile(&mut delays, 0.5), percentile(&mut delays, 0.95));
    println!(
        "load: {desks} desks saving once a second for {seconds} s: {} saves, {} arrivals; save to arrival median {p50:.0} ms, p95 {p95:.0} ms",
        saved.len(),
        delays.len()
    );
    p95 < 3000.0
}

/// Two desks racing for the same lease.
fn lease_race(options: &Options) -> bool {
    let rounds = if options.quick { 100 } else { 1000 };
    let server = Server::new("bench_lease");
    let (a_url, b_url) = (server.person("bench_lease_a"), server.person("bench_lease_b"));
    let barrier = Arc::new(Barrier::new(2));
    let articles: Vec<String> = (0..rounds).map(|n| format!("00000000-0000-4000-8000-{n:012}")).collect();
    let race = |url: String, machine: &'static str| {
        let (barrier, articles) = (barrier.clone(), articles.clone());
        std::thread::spawn(move || {
            let mut client = connect(&url);
            articles
                .iter()
                .map(|article| {
                    barrier.wait();
                    matches!(lease::take(&mut client, article, machine, machine, false).unwrap(), Taken::Granted(_))
                })
                .collect::<Vec<bool>>()
        })
    };
    let (a, b) = (race(a_url.clone(), "mesin-a"), race(b_url, "mesin-b"));
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    let exactly_one = a.iter().zip(&b).filter(|(a, b)| **a != **b).count();
    // A holder that dies: its lease (here two seconds long) is free once it runs out.
    let article = "00000000-0000-4000-8000-999999999999";
    let mut dying = connect(&a_url);
    let granted: bool =
        dying.query_one("SELECT granted FROM sunting.take_lease($1::text::uuid, 'mesin-a', 'A', false, 2)", &[&article]).unwrap().get(0);
    drop(dying);
    let started = Instant::now();
    let mut other = connect(&server.person("bench_lease_c"));
    let freed = loop {
        if matches!(lease::take(&mut other, article, "mesin-c", "C", false).unwrap(), Taken::Granted(_)) {
            break started.elapsed();
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    println!(
        "lease race: {rounds} races between two desks, exactly one holder in {exactly_one}; a dead holder's 2 s lease was free after {:.1} s",
        freed.as_secs_f64()
    );
    exactly_one == rounds && granted && freed < Duration::from_secs(3)
}

/// An archive joining an empty server, interrupted once and resumed.
fn join(options: &Options, dir: &Path) -> bool {
    let articles = options.articles;
    let server = Server::new("bench_join");
    let url = server.person("bench_join_a");
    let path = dir.join("join.db");
    let mut store = Store::open(&path).unwrap();
    let started = Instant::now();
    for chunk in (0..articles).collect::<Vec<_>>().chunks(5_000) {
        let contents: Vec<ArticleContent> = chunk.iter().map(|n| synthetic_article(*n as u64, 300)).collect();
        store.create_articles(&contents, &SaveOptions::by("arsip")).unwrap();
    }
    println!("join: built an archive of {articles} stories in {:.0} s", started.elapsed().as_secs_f64());
    // Interrupted: a push stopped after a third of the archive, as a closed laptop would.
    let mut client = connect(&url);
    let started = Instant::now();
    let third = (articles / 3) as u64;
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let interrupted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        push(&mut client, &mut store, &mut |sent, _| {
            if sent as u64 >= third {
                panic!("interrupted");
            }
        })
    }));
    std::panic::set_hook(quiet);
    assert!(interrupted.is_err(), "the push was interrupted");
    let first_leg = started.elapsed();
    let left = store.outbox_len().unwrap();
    let mut client = connect(&url);
    push(&mut client, &mut store, &mut |_, _| {}).unwrap();
    let took = started.elapsed();
    let on_server = server.revisions();
    let local = identities(&store);
    println!(
        "join: {articles} stories pushed to an empty server in {:.0} s (interrupted after {:.0} s with {left} changes left, then resumed); \
         every content hash on the server matches: {}",
        took.as_secs_f64(),
        first_leg.as_secs_f64(),
        on_server == local
    );
    on_server == local && took < Duration::from_secs(600)
}

/// The memory a desk's pull takes for the largest revisions: the largest a desk keeps (20 MB of
/// text) and the largest the server allows (24 MB of content, which a desk refuses as over the
/// store's limit after reading it). Each pull runs in a process of its own (this program again,
/// with `--pull-child`), which reports the growth of its peak resident memory over what it used
/// before pulling.
fn memory(dir: &Path) -> bool {
    let server = Server::new("bench_memory");
    let url = server.person("bench_mem_a");
    let mut ok = true;
    // The largest a desk keeps: 20 MB of text in paragraphs of about 2,000 bytes.
    let mut a = desk(dir, "memory-a");
    let sentence = "Banjir merendam jalan utama kota sejak pagi dan warga mengungsi ke masjid. ";
    let paragraph = sentence.repeat(2000 / sentence.len());
    let paragraphs = sunting_engine::format::MAX_ARTICLE_BYTES / paragraph.len() - 1;
    let content = ArticleContent::from_paragraphs("Banjir", std::iter::repeat_n(paragraph.clone(), paragraphs));
    a.create_article(&content, &SaveOptions::by("A")).unwrap();
    drop(content);
    push(&mut connect(&url), &mut a, &mut |_, _| {}).unwrap();
    drop(a);
    ok &= measure_pull(dir, &server, &url, "memory-b", "the largest revision a desk keeps");
    // The largest the server allows, written straight into its table: just under its bound.
    let bound: i64 = 24 * 1024 * 1024;
    let shape = serde_json::to_string(&ArticleContent::from_paragraphs("Besar", ["@@"])).unwrap();
    let (before, after) = shape.split_once("@@").unwrap();
    server
        .admin()
        .execute(
            "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, content_hash, word_count, created_at, content)
             SELECT gen_random_uuid(), gen_random_uuid(), '{}', 'mesin-besar', 'x', repeat('a', 64), 1, 1,
                    $2 || repeat('kata ', (($1::int8 - 200) / 5)::int) || $3",
            &[&bound, &before, &after],
        )
        .unwrap();
    // Into the same desk, which has the first already: this pull downloads the large one alone.
    ok &= measure_pull(dir, &server, &url, "memory-b", "the largest revision the server allows");
    ok
}

/// Pulls everything into a new desk in a child process and checks its memory against 3 times
/// the largest revision pulled.
fn measure_pull(dir: &Path, server: &Server, url: &str, name: &str, what: &str) -> bool {
    // The revision last written is the one this pull is for.
    let largest: i64 = server
        .admin()
        .query_one("SELECT pg_catalog.octet_length(content)::int8 FROM sunting.revisions ORDER BY pushed_at DESC LIMIT 1", &[])
        .unwrap()
        .get(0);
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--pull-child", url, &dir.join(format!("{name}.db")).to_string_lossy()])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    let Some(grew) = report.split_whitespace().next().and_then(|n| n.parse::<i64>().ok()) else {
        eprintln!("memory: the pulling process failed: {report} {}", String::from_utf8_lossy(&output.stderr));
        return false;
    };
    let ratio = grew as f64 / largest as f64;
    println!(
        "memory: pulling {what} ({:.1} MB of content): peak resident memory grew {:.1} MB, {ratio:.2} times its size ({})",
        largest as f64 / 1_048_576.0,
        grew as f64 / 1_048_576.0,
        report.trim().split_once(' ').map_or("", |(_, rest)| rest),
    );
    ratio < 3.0
}

/// The child side of [`memory`]: pulls into a new desk and prints how much its peak resident
/// memory grew over what it used before pulling (bytes), then what the pull did.
fn pull_child(url: &str, db: &str) {
    let status = |field: &str| -> i64 {
        let text = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = text.lines().find(|line| line.starts_with(field)).unwrap();
        line.split_whitespace().nth(1).unwrap().parse::<i64>().unwrap() * 1024
    };
    let mut store = Store::open(Path::new(db)).unwrap();
    let mut client = connect(url);
    sunting_sync::schema::check_version(&mut client).unwrap();
    // The peak so far is forgotten: what is measured is the pull's own.
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let before = status("VmRSS:");
    let pulled = pull(&mut client, &mut store).unwrap();
    let peak = status("VmHWM:");
    println!("{} revisions kept {}, refused {}, rows received {}", peak - before, pulled.revisions, pulled.refused, pulled.received);
}

/// A transaction held open on the server while a desk pulls again and again: how many rows
/// each pull downloads, before and after the transaction commits.
fn idle(dir: &Path) -> bool {
    let server = Server::new("bench_idle");
    let url = server.person("bench_idle_a");
    let mut a = desk(dir, "idle-a");
    let mut b = desk(dir, "idle-b");
    for n in 0..1000 {
        a.create_article(&synthetic_article(n, 300), &SaveOptions::by("A")).unwrap();
    }
    let mut client_a = connect(&url);
    let mut client_b = connect(&url);
    // Another session starts a transaction that writes and stays open.
    let mut holder = connect(&url);
    let mut open = holder.transaction().unwrap();
    open.execute(
        "INSERT INTO sunting.set_writes (uuid, kind, key, value, at) VALUES (gen_random_uuid(), 'word', 'terlambat', 'A', 1)",
        &[],
    )
    .unwrap();
    push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
    let first = pull(&mut client_b, &mut b).unwrap().received;
    let mut again = Vec::new();
    for n in 0..10 {
        a.create_article(&synthetic_article(5000 + n, 300), &SaveOptions::by("A")).unwrap();
        push(&mut client_a, &mut a, &mut |_, _| {}).unwrap();
        again.push(pull(&mut client_b, &mut b).unwrap().received);
    }
    open.commit().unwrap();
    let last = pull(&mut client_b, &mut b).unwrap();
    println!(
        "idle: with a transaction held open elsewhere, the first pull received {first} rows, the next 10 (one new revision each) {again:?}; after it committed, {} (the late row)",
        last.received
    );
    again.iter().all(|&n| n == 1) && last.received == 1 && b.words().unwrap().iter().any(|w| w == "terlambat")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--pull-child") {
        pull_child(&args[at + 1], &args[at + 2]);
        return;
    }
    let options = options();
    let dir = tempfile::tempdir().unwrap();
    let wanted = |name: &str| options.only.as_deref().is_none_or(|only| only == name);
    let mut ok = true;
    if wanted("latency") {
        ok &= latency(&options, dir.path());
    }
    if wanted("offline") {
        ok &= offline(&options, dir.path());
    }
    if wanted("leases") {
        ok &= lease_race(&options);
    }
    if wanted("kills") {
        ok &= kills(&options, dir.path());
    }
    if wanted("load") {
        ok &= load(&options, dir.path());
    }
    if wanted("join") {
        ok &= join(&options, dir.path());
    }
    // Full size only: it pulls two revisions of 20 and 24 MB.
    if wanted("memory") && (!options.quick || options.only.is_some()) {
        ok &= memory(dir.path());
    }
    if wanted("idle") {
        ok &= idle(dir.path());
    }
    if !ok {
        eprintln!("newsroom bench: a measure lost, duplicated or missed its target (see above)");
        std::process::exit(1);
    }
}
