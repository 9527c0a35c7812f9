//! Crash safety: a process saving revisions in a loop is killed (SIGKILL; TerminateProcess on
//! Windows) at random moments,
//! 200 times. After every kill the database must open without help, pass `PRAGMA
//! integrity_check`, and hold every revision whose save had returned (been acknowledged) with
//! exactly the content that was saved.
//!
//! The saving process is this test binary itself, started again with `CHILD_ENV` set so that
//! only [`save_loop_child`] runs in it. It prints `ack REVISION ROUND` after each save returns,
//! flushing stdout, so the parent knows what was acknowledged before the kill.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use sunting_engine::ArticleContent;
use sunting_store::{SaveOptions, Store};

const CHILD_ENV: &str = "SUNTING_CRASH_CHILD_DB";
const KILLS: usize = 200;
/// How long after the child is ready the kill may come. A save takes under a millisecond on
/// Linux and ten times that on Windows (under Wine every fsync is a real one), so the window is
/// wider there to let a few dozen saves be acknowledged before most kills.
const KILL_WINDOW_MICROS: u64 = if cfg!(windows) { 400_000 } else { 40_000 };

/// How many kills this run makes: [`KILLS`], or `SUNTING_CRASH_KILLS` (the Windows run under
/// Wine, where each process start takes a second, makes fewer).
fn kills() -> usize {
    std::env::var("SUNTING_CRASH_KILLS").ok().and_then(|n| n.parse().ok()).unwrap_or(KILLS)
}

fn content(round: u64, step: u64) -> ArticleContent {
    // Long enough that a save writes several pages (body, FTS index, names), so kills land
    // inside writes, not only between them.
    let body: Vec<String> = (0..40)
        .map(|i| {
            format!(
                "Paragraf {i} putaran {round} langkah {step}: Wali Kota Semarang meninjau Halte Terboyo bersama Kepala Dinas Perhubungan."
            )
        })
        .collect();
    ArticleContent::from_paragraphs(&format!("Judul putaran {round} langkah {step}"), body)
}

/// True when the child ended by the kill, not by finishing: on Unix a signal ends it without an
/// exit code; on Windows `kill` is TerminateProcess, which ends it with code 1.
fn was_killed(status: &std::process::ExitStatus) -> bool {
    if cfg!(windows) {
        status.code() == Some(1)
    } else {
        status.code().is_none()
    }
}

/// The child: saves revisions of article 1 as fast as it can, acknowledging each.
#[test]
#[ignore = "the crash test's child process: started by saves_survive_sigkill_at_random_moments"]
fn save_loop_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else { return };
    let round: u64 = std::env::var("SUNTING_CRASH_ROUND").unwrap().parse().unwrap();
    let mut store = Store::open(Path::new(&path)).expect("the store opens after a kill");
    let stdout = std::io::stdout();
    // The parent times its kill from here: starting a process takes 2 ms on Linux and far
    // longer under Wine.
    writeln!(stdout.lock(), "ready").unwrap();
    stdout.lock().flush().unwrap();
    for step in 0.. {
        let outcome = store.save(1, &content(round, step), &SaveOptions::by("crash")).unwrap();
        if step % 5 == 4 {
            store.autosave(1, &content(round, step + 1000)).unwrap();
        }
        let mut out = stdout.lock();
        writeln!(out, "ack {} {step}", outcome.revision).unwrap();
        out.flush().unwrap();
    }
}

/// A small deterministic generator, seeded from the clock and printed, so a failure can be
/// replayed with SUNTING_CRASH_SEED.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn saves_survive_sigkill_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    let mut store = Store::open(&path).unwrap();
    store.create_article(&content(0, 0), &SaveOptions::by("crash")).unwrap();
    drop(store);

    let seed = std::env::var("SUNTING_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64);
    eprintln!("crash test seed: {seed} (SUNTING_CRASH_SEED={seed} replays it)");
    let mut random = Random(seed);
    let exe = std::env::current_exe().unwrap();
    let mut acknowledged: Vec<(u32, u64, u64)> = Vec::new();
    let mut killed_mid_run = 0;

    let kills = kills();
    for round in 1..=kills as u64 {
        let mut child = Command::new(&exe)
            .args(["save_loop_child", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .env("SUNTING_CRASH_ROUND", round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (ready, started) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| {
                    // The test harness prints "test save_loop_child ... " on the same line.
                    if line.ends_with("ready") {
                        let _ = ready.send(());
                    }
                    let mut parts = line.strip_prefix("ack ")?.split(' ');
                    Some((parts.next()?.parse::<u32>().ok()?, parts.next()?.parse::<u64>().ok()?))
                })
                .collect::<Vec<_>>()
        });
        // Once the child has the store open, kill it anywhere from before the first save to a
        // few dozen saves in.
        let _ = started.recv_timeout(Duration::from_secs(60));
        std::thread::sleep(Duration::from_micros(random.below(KILL_WINDOW_MICROS)));
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        if was_killed(&status) {
            killed_mid_run += 1;
        }
        let acks = reader.join().unwrap();
        acknowledged.extend(acks.into_iter().map(|(revision, step)| (revision, round, step)));

        // Opens without help, intact, with every acknowledged save.
        let store = Store::open(&path).unwrap_or_else(|e| panic!("round {round}: the store does not open after a kill: {e}"));
        assert_eq!(store.integrity_check().unwrap(), Ok(()), "round {round}: integrity");
        if round % 20 == 0 || round == kills as u64 {
            for &(revision, ack_round, step) in &acknowledged {
                let saved = store.revision(1, revision).unwrap_or_else(|e| panic!("acknowledged revision {revision} is gone: {e}"));
                assert_eq!(saved.content, content(ack_round, step), "revision {revision} holds what was saved");
            }
        }
    }
    assert!(killed_mid_run >= kills * 9 / 10, "most kills must land while saving ({killed_mid_run} of {kills})");
    assert!(acknowledged.len() > kills, "the children saved ({} acknowledged saves)", acknowledged.len());
    let store = Store::open(&path).unwrap();
    let latest = store.article(1).unwrap();
    assert!(latest.revision >= acknowledged.iter().map(|a| a.0).max().unwrap());
    eprintln!("{kills} kills, {} acknowledged saves, all present; {} revisions in the database", acknowledged.len(), latest.revision);
}
