//! End-to-end tests of the `sunting` binary on temporary databases.
//!
//! Each test runs the real binary as a child process, the way an editor or a script would,
//! and checks its output, exit code and the database it leaves behind.

use rusqlite::Connection;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use tempfile::TempDir;

const SUNTING: &str = env!("CARGO_BIN_EXE_sunting");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name)
}

fn sample_story() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../sunting-engine/data/sample-story.txt")
}

/// A temporary folder with a database path in it.
struct Desk {
    dir: TempDir,
}

impl Desk {
    fn new() -> Desk {
        Desk { dir: tempfile::tempdir().unwrap() }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("desk.db")
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(SUNTING);
        command
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env("SUNTING_AUTHOR", "ayu")
            .env_remove("SUNTING_DB")
            .env_remove("SUNTING_LANG_UI")
            // English findings whatever the machine's locale (the locale test sets its own).
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .env("NO_COLOR", "1");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    #[track_caller]
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(output.status.success(), "sunting {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// Runs and expects failure with exit code 1 and exactly one line on stderr; returns it.
    #[track_caller]
    fn fails(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(output.status.code(), Some(1), "sunting {args:?} should fail: {output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "one line of error, got {stderr:?}");
        assert!(stderr.starts_with("sunting: error: "), "{stderr}");
        stderr
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    fn import_sample(&self) -> String {
        // As it is, furniture included: the tests read the sample story's own text back.
        self.ok(&["import", "--keep-furniture", sample_story().to_str().unwrap()]).trim().to_string()
    }
}

#[test]
fn import_prints_one_id_per_file_and_list_shows_them() {
    let desk = Desk::new();
    let ids = desk.ok(&["import", sample_story().to_str().unwrap(), fixture("durov-visit.md").to_str().unwrap()]);
    assert_eq!(ids, "1\n2\n");
    let listed = desk.json(&["list", "--json"]);
    let headlines: Vec<&str> = listed.as_array().unwrap().iter().map(|a| a["headline"].as_str().unwrap()).collect();
    assert_eq!(headlines.len(), 2);
    assert!(headlines.contains(&"Pendiri aplikasi pesan datang ke Jakarta"));
    let table = desk.ok(&["list"]);
    assert!(table.contains("Semarang Uji Coba Bus Listrik"), "{table}");
    // A plain-text file says nothing of its language: it is detected on import, so the
    // library shows it at once.
    let sample = listed.as_array().unwrap().iter().find(|a| a["headline"].as_str().unwrap().starts_with("Semarang")).unwrap();
    assert_eq!(sample["language"], "id", "{sample}");
}

#[test]
fn markdown_import_keeps_structure_and_front_matter() {
    let desk = Desk::new();
    desk.ok(&["import", fixture("durov-visit.md").to_str().unwrap()]);
    let article = desk.json(&["show", "1", "--json"]);
    let content = &article["content"];
    assert_eq!(content["byline"], "Tim Redaksi");
    assert_eq!(content["tags"], serde_json::json!(["teknologi", "Telegram"]));
    let kinds: Vec<&str> = content["body"].as_array().unwrap().iter().map(|b| b["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["paragraph", "heading", "paragraph", "quote", "list_item", "list_item"]);
    assert_eq!(content["body"][2]["runs"][1], serde_json::json!({"text": "ruang serba guna", "marks": [{"type": "italic"}]}));
}

#[test]
fn list_filters_by_status_and_searches() {
    let desk = Desk::new();
    desk.import_sample();
    desk.ok(&["import", fixture("durov-visit.md").to_str().unwrap()]);
    desk.ok(&["status", "2", "ready"]);
    let ready = desk.json(&["list", "--status", "ready", "--json"]);
    assert_eq!(ready.as_array().unwrap().len(), 1);
    assert_eq!(ready[0]["id"], 2);
    let found = desk.json(&["list", "--search", "trayek", "--json"]);
    assert_eq!(found.as_array().unwrap().iter().map(|a| a["id"].as_i64().unwrap()).collect::<Vec<_>>(), vec![1]);
    assert_eq!(desk.json(&["list", "--search", "zzzz", "--json"]), serde_json::json!([]));
    assert!(desk.run(&["list", "--status", "published"]).status.code() == Some(2));
}

#[test]
fn a_story_with_two_versions_is_marked_in_list_and_show() {
    let desk = Desk::new();
    let id = desk.import_sample();
    let original = std::fs::read_to_string(sample_story()).unwrap();
    let edited = desk.file("edited.txt", &original.replace("Hendriyato", "Hendriyanto"));
    desk.ok(&["edit", &id, "--file", edited.to_str().unwrap()]);
    assert!(!desk.ok(&["list"]).contains("two versions"));
    // As two desks saving over revision 1 leave it: both revisions are heads.
    let db = Connection::open(desk.db()).unwrap();
    db.execute_batch(
        "INSERT OR IGNORE INTO revision_heads (article_id, uuid) SELECT article_id, uuid FROM revisions WHERE number = 1;
         UPDATE articles SET forked = 1;",
    )
    .unwrap();
    assert!(desk.ok(&["list"]).contains("[two versions: see `sunting show`]"));
    assert!(desk.ok(&["show", &id]).contains("This article has 2 versions saved over the same revision (revisions 1, 2)"));
    // In a newsroom, each revision is also named by the start of its UUID, the same on every
    // desk; a desk on its own shows the history as it always did.
    let uuid: String = db.query_row("SELECT uuid FROM revisions WHERE number = 2", [], |row| row.get(0)).unwrap();
    assert!(!desk.ok(&["history", &id]).contains(&uuid[..8]));
    db.execute("INSERT INTO sync_state (key, value) VALUES ('server', 'postgres://ayu@127.0.0.1/redaksi')", []).unwrap();
    let history = desk.ok(&["history", &id]);
    assert!(history.lines().nth(2).unwrap().starts_with(&format!("   2  {}", &uuid[..8])), "{history}");
    // Reconciled from the command line: one version kept, the mark gone.
    assert!(desk.fails(&["reconcile", &id, "--keep", "5"]).contains("revision 5 is not one of the versions to reconcile (revisions 1, 2)"));
    let saved = desk.ok(&["reconcile", &id, "--keep", "1", "--note", "versi awal"]);
    assert_eq!(saved, format!("Saved revision 3 of article {id}, joining its 2 versions (revisions 1, 2)\n"));
    assert!(!desk.ok(&["list"]).contains("two versions"));
    assert!(!desk.ok(&["show", &id]).contains("versions saved over"));
    assert!(desk.ok(&["show", &id]).contains("Hendriyato"), "revision 1's text is the latest");
    assert!(desk.fails(&["reconcile", &id, "--keep", "1"]).contains("has only one version"));
}

#[test]
fn edit_history_diff_restore_on_the_sample_story() {
    let desk = Desk::new();
    let id = desk.import_sample();
    let original = std::fs::read_to_string(sample_story()).unwrap();
    let fixed =
        original.replace("Hendriyato", "Hendriyanto").replace("lewat disitu", "lewat di situ").replace("ijin trayek", "izin trayek");
    let edited = desk.file("edited.txt", &fixed);

    let saved = desk.ok(&["edit", &id, "--file", edited.to_str().unwrap(), "--note", "cek nama kepala dinas", "--author", "budi"]);
    assert_eq!(saved, "Saved revision 2 of article 1 (+4 -3 words)\n");
    // Saving the same text again adds nothing.
    assert!(desk.ok(&["edit", &id, "--file", edited.to_str().unwrap()]).starts_with("No changes"));

    let history = desk.json(&["history", &id, "--json"]);
    let history = history.as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["author"], "ayu");
    assert_eq!(history[1]["author"], "budi");
    assert_eq!(history[1]["note"], "cek nama kepala dinas");
    assert_eq!((history[1]["words_added"].as_u64(), history[1]["words_removed"].as_u64()), (Some(4), Some(3)));

    // The diff shows exactly the words that changed.
    let diff = desk.json(&["diff", &id, "--json"]);
    assert_eq!((diff["from"].as_u64(), diff["to"].as_u64()), (Some(1), Some(2)));
    let mut deleted = Vec::new();
    let mut inserted = Vec::new();
    for block in diff["blocks"].as_array().unwrap() {
        match block["change"].as_str().unwrap() {
            "unchanged" => {}
            "changed" => {
                for span in block["diff"]["spans"].as_array().unwrap() {
                    match span["tag"].as_str().unwrap() {
                        "delete" => deleted.push(span["text"].as_str().unwrap().to_string()),
                        "insert" => inserted.push(span["text"].as_str().unwrap().to_string()),
                        _ => {}
                    }
                }
            }
            other => panic!("unexpected block change {other}"),
        }
    }
    assert_eq!(deleted, ["disitu", "Hendriyato", "ijin"]);
    assert_eq!(inserted, ["di situ", "Hendriyanto", "izin"]);
    let text = desk.ok(&["diff", &id, "--color", "never"]);
    assert!(text.contains("[-Hendriyato-]{+Hendriyanto+}"), "{text}");
    assert!(text.contains("[-disitu-]{+di situ+}"), "{text}");
    let coloured = desk.ok(&["diff", &id, "1", "2", "--color", "always"]);
    assert!(coloured.contains("\x1b[31;9mHendriyato\x1b[0m\x1b[32;4mHendriyanto\x1b[0m"), "{coloured:?}");

    // Restore adds revision 3 equal to revision 1.
    assert_eq!(desk.ok(&["restore", &id, "1"]), "Restored revision 1 of article 1 as revision 3\n");
    let latest = desk.json(&["show", &id, "--json"]);
    let first = desk.json(&["show", &id, "--revision", "1", "--json"]);
    assert_eq!(latest["revision"], 3);
    assert_eq!(latest["content"], first["content"]);
    assert_eq!(desk.json(&["history", &id, "--json"]).as_array().unwrap().len(), 3);
    assert!(desk.ok(&["diff", &id, "1", "3"]).contains("No changes."));
}

#[test]
fn exports_read_back() {
    let desk = Desk::new();
    desk.ok(&["import", fixture("durov-visit.md").to_str().unwrap()]);
    let markdown = desk.dir.path().join("out.md");
    desk.ok(&["export", "1", "--format", "markdown", "--out", markdown.to_str().unwrap()]);
    // Importing the export gives the same content.
    desk.ok(&["import", markdown.to_str().unwrap()]);
    assert_eq!(desk.json(&["show", "1", "--json"])["content"], desk.json(&["show", "2", "--json"])["content"]);

    let html = desk.ok(&["export", "1", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h1>Pendiri aplikasi pesan datang ke Jakarta</h1>"));
    assert!(html.contains("<blockquote><p>Kami sepakat bekerja sama menghapus konten negatif.</p></blockquote>"));
    assert!(html.contains("<em>ruang serba guna</em>"));

    let json: Value = serde_json::from_str(&desk.ok(&["export", "1", "--format", "json"])).unwrap();
    assert_eq!(json["format"], "sunting.article");
    assert_eq!(json["content"]["dateline"], "Jakarta");
}

#[test]
fn errors_are_one_clear_line() {
    let desk = Desk::new();
    desk.import_sample();
    assert!(desk.fails(&["show", "99"]).contains("no article with id 99"));
    assert!(desk.fails(&["diff", "1", "1", "7"]).contains("has no revision 7"));
    let missing = desk.dir.path().join("missing.txt");
    assert!(desk.fails(&["import", missing.to_str().unwrap()]).contains("cannot read"));
    let latin1 = desk.dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Judul\n\nCaf\xe9 di Gambir.\n").unwrap();
    assert!(desk.fails(&["import", latin1.to_str().unwrap()]).contains("is not UTF-8"));
    assert!(desk.fails(&["edit", "1", "--file", latin1.to_str().unwrap()]).contains("is not UTF-8"));
    // A bad file among good ones imports nothing.
    desk.fails(&["import", sample_story().to_str().unwrap(), latin1.to_str().unwrap()]);
    assert_eq!(desk.json(&["list", "--json"]).as_array().unwrap().len(), 1);
    // Usage errors exit with 2.
    assert_eq!(desk.run(&["show"]).status.code(), Some(2));
    assert_eq!(desk.run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn newer_database_is_refused_untouched() {
    let desk = Desk::new();
    desk.import_sample();
    Connection::open(desk.db()).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let message = desk.fails(&["list"]);
    assert!(message.contains("newer version of Sunting"), "{message}");
    let version: i64 = Connection::open(desk.db()).unwrap().pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 999);
}

#[test]
fn locked_database_is_reported_and_loses_nothing() {
    let desk = Desk::new();
    desk.import_sample();
    let edited = desk.file("e.txt", "Judul baru\n\nIsi baru.");
    let holder = Connection::open(desk.db()).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let message = desk.fails(&["edit", "1", "--file", edited.to_str().unwrap()]);
    assert!(message.contains("locked"), "{message}");
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(desk.json(&["history", "1", "--json"]).as_array().unwrap().len(), 1);
    assert!(desk.ok(&["edit", "1", "--file", edited.to_str().unwrap()]).starts_with("Saved revision 2"));
}

#[test]
fn every_command_has_help() {
    for command in ["import", "list", "show", "edit", "history", "diff", "restore", "status", "export", "site", "names"] {
        let output = Command::new(SUNTING).args([command, "--help"]).output().unwrap();
        assert!(output.status.success(), "{command} --help");
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains("Usage: sunting"), "{command}: {text}");
        assert!(text.contains("--db"), "{command} shows the global --db option");
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Windows' data folder is the known folder %APPDATA%, which no variable moves; tests/package/check-windows checks it under Wine"
)]
fn default_database_is_created_with_the_sample_story() {
    let home = tempfile::tempdir().unwrap();
    let run = || {
        Command::new(SUNTING)
            .arg("list")
            .arg("--json")
            .env_remove("SUNTING_DB")
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{first:?}");
    assert!(String::from_utf8_lossy(&first.stderr).contains("with the sample article"));
    let listed: Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(home.path().join("data/id.sunting.desktop/sunting.db").exists());
    let second = run();
    assert!(second.stderr.is_empty(), "the sample is loaded once");
    assert_eq!(serde_json::from_slice::<Value>(&second.stdout).unwrap().as_array().unwrap().len(), 1);
}

/// Saves in a loop and kills the saving process at random moments: every save that printed
/// "Saved revision N" is in the database afterwards, and the file is sound.
#[test]
#[cfg_attr(windows, ignore = "Wine refuses process starts in this 200-kill loop (error 1359); the store's crash harness runs under Wine")]
fn acknowledged_saves_survive_sigkill() {
    let desk = Desk::new();
    let id = desk.import_sample();
    let mut seed: u64 = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut acknowledged: Vec<(u64, String)> = Vec::new();
    let mut unacknowledged = 0;
    // How long a save takes here, from the start of the process to its answer (the slowest of
    // three), so the kills below are spread over the whole of it on any machine.
    let whole = (0..3)
        .map(|i| {
            let file = desk.file(&format!("whole-{i}.txt"), &format!("Judul utuh {i}\n\nIsi utuh."));
            let started = std::time::Instant::now();
            assert!(desk.ok(&["edit", &id, "--file", file.to_str().unwrap()]).starts_with("Saved revision"));
            started.elapsed().as_micros() as u64
        })
        .max()
        .unwrap();
    // 200 kills of `sunting edit` at random moments, from before it opens the database to after
    // it has answered.
    for round in 0..200 {
        let text = format!("Judul putaran {round}\n\nIsi yang disimpan pada putaran {round}.");
        let file = desk.file(&format!("round-{round}.txt"), &text);
        let mut child =
            desk.command(&["edit", &id, "--file", file.to_str().unwrap()]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        std::thread::sleep(std::time::Duration::from_micros((seed >> 33) % (whole * 6 / 5).max(1)));
        let _ = child.kill(); // SIGKILL; harmless if it already finished
        let output = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        if let Some(rest) = stdout.strip_prefix("Saved revision ") {
            let number: u64 = rest.split_whitespace().next().unwrap().parse().unwrap();
            acknowledged.push((number, format!("Judul putaran {round}")));
        } else {
            unacknowledged += 1;
        }
    }
    eprintln!("200 kills over {whole} µs saves: {} acknowledged, {unacknowledged} before the answer", acknowledged.len());
    // The kills landed on both sides of the answer: some saves were acknowledged, and some
    // processes died before answering, during the save.
    assert!(
        acknowledged.len() >= 10 && unacknowledged >= 10,
        "acknowledged {}, killed before answering {unacknowledged}",
        acknowledged.len()
    );
    let connection = Connection::open(desk.db()).unwrap();
    let integrity: String = connection.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    for (number, headline) in &acknowledged {
        let shown = desk.json(&["show", &id, "--revision", &number.to_string(), "--json"]);
        assert_eq!(shown["content"]["headline"], headline.as_str(), "acknowledged revision {number}");
    }
    // The app reopens and saves without help.
    let after = desk.file("after.txt", "Sesudah\n\nMasih bisa disimpan.");
    assert!(desk.ok(&["edit", &id, "--file", after.to_str().unwrap()]).starts_with("Saved revision"));
}

/// Runs `sunting check` with arguments and standard input; returns (exit code, stdout, stderr).
fn check(desk: &Desk, args: &[&str], stdin: &str) -> (Option<i32>, String, String) {
    use std::io::Write;
    let mut child =
        desk.command(&[&["check"], args].concat()).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that fails before reading its input closes the pipe early; that is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let output = child.wait_with_output().unwrap();
    (output.status.code(), String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap())
}

#[test]
fn check_finds_what_an_editor_flags_in_the_sample_story() {
    let desk = Desk::new();
    let (code, stdout, _) = check(&desk, &[sample_story().to_str().unwrap(), "--format", "json"], "");
    assert_eq!(code, Some(1), "errors were found");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["language"], "id");
    let findings = report["findings"].as_array().unwrap();
    let found = |text: &str| findings.iter().find(|f| f["text"] == text).unwrap_or_else(|| panic!("{text} not flagged: {stdout}"));
    let first_suggestion = |text: &str| found(text)["suggestions"][0].as_str().unwrap().to_string();
    assert_eq!(first_suggestion("Hendriyato"), "Hendriyanto");
    assert_eq!(found("Hendriyato")["rule"], "name_consistency");
    assert_eq!(first_suggestion("penumpnag"), "penumpang");
    assert_eq!(first_suggestion("opersional"), "operasional");
    assert_eq!(first_suggestion("disitu"), "di situ");
    assert_eq!(first_suggestion("ijin"), "izin");
    assert_eq!(first_suggestion("resiko"), "risiko");
    assert_eq!(first_suggestion("feedback"), "umpan balik");
    assert_eq!(first_suggestion("Dishubkot"), "Dishub");
    assert_eq!(found("jika")["rule"], "verb_jika");
    for furniture in
        ["Baca juga: Tarif Angkutan Kota Semarang Naik Mulai April", "Komentar Anda", "Rekomendasi Artikel", "Bagikan artikel ini"]
    {
        assert_eq!(found(furniture)["category"], "furniture");
    }
    // Correct names, places and the right weekday are left alone.
    for fine in ["Hendriyanto", "Semarang", "Terboyo", "Pedurungan", "Diponegoro", "Kusumawardani", "Kamis (5/3/2026)", "Dishub"] {
        assert!(!findings.iter().any(|f| f["text"] == fine), "{fine} must not be flagged");
    }
    // Offsets are UTF-16 units within the block.
    let block = found("penumpnag")["block"].as_u64().unwrap() as usize;
    let paragraphs: Vec<String> =
        std::fs::read_to_string(sample_story()).unwrap().split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
    let start = found("penumpnag")["start"].as_u64().unwrap() as usize;
    let units: Vec<u16> = paragraphs[block].encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[start..start + 9]).unwrap(), "penumpnag");
}

#[test]
fn check_text_output_points_at_lines_and_columns() {
    let desk = Desk::new();
    let file = desk.file("story.txt", "Judul berita\n\nWarga menunggu disitu sejak pagi.\n");
    let (code, stdout, _) = check(&desk, &[file.to_str().unwrap(), "--color", "never"], "");
    assert_eq!(code, Some(1));
    assert!(stdout.contains("story.txt:3:16: error [preposition_joined]"), "{stdout}");
    assert!(stdout.trim_end().ends_with("-> di situ"), "{stdout}");
}

#[test]
fn check_reads_jsonl_and_keeps_ids() {
    let desk = Desk::new();
    let input = "{\"id\": \"a-1\", \"text\": \"Warga belum mendapat respon dari pemerintah kota.\"}\n{\"id\": 7, \"text\": \"Warga sudah mendapat jawaban dari pemerintah kota.\"}\n";
    let (code, stdout, _) = check(&desk, &["--input", "jsonl", "--format", "jsonl"], input);
    assert_eq!(code, Some(0), "a non-standard word is a warning, not an error");
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a-1");
    assert_eq!(lines[0]["findings"][0]["suggestions"][0], "respons");
    assert_eq!(lines[1]["id"], "7");
    assert_eq!(lines[1]["findings"], serde_json::json!([]));
    assert_eq!(lines[1]["blocks"][0]["language"], "id");
}

#[test]
fn check_input_errors_exit_with_two() {
    let desk = Desk::new();
    let (code, _, stderr) = check(&desk, &["--input", "jsonl"], "{\"id\": 1}\n");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("line 1"), "{stderr}");
    let (code, _, _) = check(&desk, &["--lang", "fr", "-"], "Teks.");
    assert_eq!(code, Some(2));
    let latin1 = desk.dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9").unwrap();
    let (code, _, stderr) = check(&desk, &[latin1.to_str().unwrap()], "");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("not UTF-8"), "{stderr}");
    let (code, stdout, _) = check(&desk, &["-"], "Warga menunggu bus di halte sejak pagi.");
    assert_eq!((code, stdout.as_str()), (Some(0), ""));
}

#[test]
fn check_uses_the_newsroom_dictionary_and_name_register() {
    let desk = Desk::new();
    // The archive spells the minister's name one way in five stories.
    for n in 0..5 {
        let story = desk
            .file(&format!("archive-{n}.txt"), &format!("Berita ke-{n}\n\nMenteri Rudiantara meresmikan program nomor {n} di kota itu."));
        desk.ok(&["import", story.to_str().unwrap()]);
    }
    let text = "Menteri Rudiatara meresmikan program ngabuburit bersama warga.";
    let (_, stdout, _) = check(&desk, &["--format", "json", "-"], text);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let archive = findings.iter().find(|f| f["rule"] == "name_archive").unwrap_or_else(|| panic!("{stdout}"));
    assert_eq!(archive["text"], "Rudiatara");
    assert_eq!(archive["suggestions"][0], "Rudiantara");
    assert!(findings.iter().any(|f| f["text"] == "ngabuburit"), "{stdout}");
    desk.ok(&["words", "add", "ngabuburit"]);
    desk.ok(&["names", "confirm", "Rudiatara"]);
    let (_, stdout, _) = check(&desk, &["--format", "json", "-"], text);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["findings"], serde_json::json!([]), "{stdout}");
}

#[test]
fn check_rules_can_be_listed_and_switched_off() {
    let desk = Desk::new();
    let listed = desk.ok(&["check", "--list-rules"]);
    for id in ["spelling", "name_consistency", "preposition_joined", "dateline_weekday", "furniture"] {
        assert!(listed.lines().any(|line| line.starts_with(id)), "{id} listed: {listed}");
    }
    let text = "Warga menunggu disitu sejak pagi.";
    let (code, stdout, _) = check(&desk, &["-"], text);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("preposition_joined"));
    let (code, stdout, _) = check(&desk, &["--disable", "preposition_joined", "-"], text);
    assert_eq!((code, stdout.as_str()), (Some(0), ""));
    let (code, _, stderr) = check(&desk, &["--disable", "no_such_rule", "-"], text);
    assert_eq!(code, Some(2), "{stderr}");
}

#[test]
fn the_whole_command_line_speaks_indonesian_on_an_indonesian_system() {
    let desk = Desk::new();
    let indonesian = |args: &[&str]| {
        let mut command = desk.command(args);
        command.env("LANG", "id_ID.UTF-8");
        command.output().unwrap()
    };
    let text = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap();
    // Every command's help, clap's own words included.
    for args in [
        &["--help"][..],
        &["import", "--help"],
        &["list", "--help"],
        &["show", "--help"],
        &["edit", "--help"],
        &["history", "--help"],
        &["diff", "--help"],
        &["restore", "--help"],
        &["status", "--help"],
        &["export", "--help"],
        &["check", "--help"],
        &["words", "--help"],
        &["words", "add", "--help"],
        &["names", "kind", "--help"],
        &["site", "add", "--help"],
    ] {
        let output = indonesian(args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        let help = text(&output.stdout);
        assert!(help.contains("Penggunaan: sunting") && help.contains("Tampilkan bantuan"), "{args:?}:\n{help}");
        for english in ["Usage:", "Options:", "Arguments:", "Commands:", "Print help", "[default:", "possible values", "The article's id"] {
            assert!(!help.contains(english), "{english:?} in {args:?}:\n{help}");
        }
    }
    // Results, tables and errors.
    let sample = sample_story();
    assert_eq!(text(&indonesian(&["import", sample.to_str().unwrap()]).stdout), "1\n");
    assert_eq!(text(&indonesian(&["status", "1", "ready"]).stdout), "Artikel 1 kini berstatus siap terbit\n");
    let table = text(&indonesian(&["list"]).stdout);
    assert!(table.lines().next().unwrap().ends_with("JUDUL"), "{table}");
    // Statuses in the command line's language, the columns still aligned.
    let row = table.lines().nth(1).unwrap();
    assert!(row.contains("  siap terbit  ") && !row.contains("ready"), "{table}");
    assert_eq!(row.find("siap terbit"), table.lines().next().unwrap().find("STATUS"), "{table}");
    // Events Sunting recorded (an import, a restore) in the command line's language.
    let edited = desk.file("sunting.txt", "Semarang Uji Coba Bus Listrik\n\nWarga menunggu sejak pagi.");
    assert!(indonesian(&["edit", "1", "--file", edited.to_str().unwrap()]).status.success());
    assert!(indonesian(&["restore", "1", "1"]).status.success());
    let history = text(&indonesian(&["history", "1"]).stdout);
    let file = sample.file_name().unwrap().to_str().unwrap();
    assert!(history.contains(&format!("diimpor dari {file}")) && history.contains("memulihkan revisi 1"), "{history}");
    assert!(!history.contains("Imported") && !history.contains("Restored"), "{history}");
    let output = indonesian(&["show", "999"]);
    assert_eq!(
        (output.status.code(), text(&output.stderr)),
        (Some(1), "sunting: kesalahan: tidak ada artikel dengan id 999\n".to_string())
    );
    let output = indonesian(&["list", "--statu", "ready"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("kesalahan: argumen '--statu' tidak dikenal"), "{output:?}");
    let output = indonesian(&["list", "--status", "terbit"]);
    assert!(text(&output.stderr).contains("nilai 'terbit' tidak berlaku untuk '--status"), "{output:?}");
    // An import error is told from the shared errors catalogue, inside the command's own frame.
    let latin1 = desk.dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 di Jakarta").unwrap();
    let output = indonesian(&["import", latin1.to_str().unwrap()]);
    let said = text(&output.stderr);
    assert!(said.contains("bukan teks UTF-8 (bita rusak pertama di baris 1)") && said.contains("tidak ada yang diimpor"), "{said}");
    let story = desk.file("cerita.txt", "Warga menunggu disitu sejak pagi.");
    let output = indonesian(&["check", story.to_str().unwrap()]);
    assert!(text(&output.stdout).contains(": kesalahan [preposition_joined] Kata depan"), "{output:?}");
    // The same in English when asked.
    let output = indonesian(&["--lang-ui", "en", "show", "999"]);
    assert_eq!(text(&output.stderr), "sunting: error: no article with id 999\n");
    let help = text(&indonesian(&["--lang-ui", "en", "status", "--help"]).stdout);
    let usage = format!("Usage: sunting{} status", std::env::consts::EXE_SUFFIX);
    assert!(help.contains(&usage) && help.contains("The article's id"), "{help}");
}

#[test]
fn check_speaks_the_interface_language() {
    let desk = Desk::new();
    let story = desk.file("story.txt", "Warga menunggu disitu sejak pagi.");
    // The first finding's message, with the locale variables set to `locale` only.
    let message = |args: &[&str], locale: &[(&str, &str)]| {
        let mut command = desk.command(&[&["check", "--format", "json"], args, &[story.to_str().unwrap()]].concat());
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        let output = command.envs(locale.iter().copied()).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        report["findings"][0]["message"].as_str().unwrap().to_string()
    };
    let indonesian = "Kata depan “di” ditulis terpisah dari kata yang mengikutinya: “di situ”.";
    let english = "The preposition “di” is written apart: “di situ”.";
    assert_eq!(message(&["--lang-ui", "id"], &[]), indonesian);
    assert_eq!(message(&["--lang-ui", "en"], &[]), english);
    // The system's locale decides when nothing is chosen; the option wins over it.
    assert_eq!(message(&[], &[("LANG", "id_ID.UTF-8")]), indonesian);
    assert_eq!(message(&[], &[("LANG", "C.UTF-8")]), english);
    assert_eq!(message(&[], &[("LANG", "en_US.UTF-8"), ("SUNTING_LANG_UI", "id")]), indonesian);
    assert_eq!(message(&["--lang-ui", "en"], &[("LANG", "id_ID.UTF-8")]), english);
    // The rule list speaks it too; an unknown language is a usage error.
    let listed = desk.ok(&["check", "--list-rules", "--lang-ui", "id"]);
    let nonstandard = listed.lines().find(|line| line.starts_with("nonstandard ")).unwrap_or_else(|| panic!("{listed}"));
    assert!(nonstandard.contains("Bentuk tidak baku: Menandai bentuk tidak baku"), "{nonstandard}");
    assert_eq!(desk.run(&["check", "--list-rules", "--lang-ui", "fr"]).status.code(), Some(2));
}

#[test]
fn a_web_page_imports_as_clean_structure() {
    let desk = Desk::new();
    assert_eq!(desk.ok(&["import", fixture("banjir-kaligawe.html").to_str().unwrap()]), "1\n");
    let article = desk.json(&["show", "1", "--json"]);
    let content = &article["content"];
    assert_eq!(content["headline"], "Banjir Rob Rendam Jalan Kaligawe, Truk Antre Enam Jam");
    assert_eq!(content["byline"], "Dewi Anggraini");
    assert_eq!(content["standfirst"], "Genangan setinggi lutut memutus jalur pantura selama enam jam.");
    let kinds: Vec<&str> = content["body"].as_array().unwrap().iter().map(|b| b["type"].as_str().unwrap()).collect();
    // The closing "Klik di sini untuk kabar terbaru." is page furniture and is removed.
    assert_eq!(kinds, ["paragraph", "paragraph", "heading", "quote", "list_item", "list_item"]);
    let stored = content.to_string();
    for banned in ["script", "tracker", "innerHTML", "javascript:", "onclick", "Beranda", "Baca juga", "Hak cipta"] {
        assert!(!stored.contains(banned), "{banned} reached the store: {stored}");
    }
    // Exported HTML carries the structure and nothing from the page's code.
    let html = desk.ok(&["export", "1", "--format", "html"]);
    assert!(html.contains("<blockquote>") && html.contains(r#"href="https://example.org/peta-jalur""#), "{html}");
    assert!(!html.contains("<script") && !html.contains("javascript:"), "{html}");
}

#[test]
fn a_word_document_imports_with_structure_and_without_furniture() {
    let desk = Desk::new();
    let output = desk.run(&["import", fixture("laporan-pasar.docx").to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "1\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("removed 2 blocks of page furniture") && stderr.contains("\"Baca juga: Harga Bawang Merah Mulai Turun\""),
        "{stderr}"
    );
    let content = &desk.json(&["show", "1", "--json"])["content"];
    assert_eq!(content["headline"], "Harga Cabai di Pasar Johar Naik Dua Kali Lipat");
    assert_eq!(content["standfirst"], "Pedagang menyebut pasokan dari Temanggung tersendat sejak hujan deras pekan lalu.");
    assert_eq!(content["byline"], "Rini Wulandari");
    let kinds: Vec<&str> = content["body"].as_array().unwrap().iter().map(|b| b["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["paragraph", "paragraph", "heading", "list_item", "list_item", "list_item", "quote", "paragraph", "list_item", "list_item"]
    );
    let stored = content.to_string();
    assert!(!stored.contains("Foto:") && !stored.contains("Baca juga"), "{stored}");
    let markdown = desk.ok(&["export", "1", "--format", "markdown"]);
    assert!(markdown.contains("**dua kali lipat**") && markdown.contains("*longsor*"), "{markdown}");
    assert!(markdown.contains("[situs Dinas Perdagangan](https://example.org/operasi-pasar)"), "{markdown}");
    assert!(markdown.contains("1. Langkah pertama"), "{markdown}");

    // --keep-furniture keeps it for the checker to flag.
    assert_eq!(desk.ok(&["import", "--keep-furniture", fixture("laporan-pasar.docx").to_str().unwrap()]), "2\n");
    assert!(desk.json(&["show", "2", "--json"])["content"].to_string().contains("Baca juga"));

    // A damaged or disguised file is refused with a reason and imports nothing.
    let broken = desk.file("rusak.docx", "PK\u{3}\u{4} this is not really a zip");
    assert!(desk.fails(&["import", broken.to_str().unwrap()]).contains("rusak.docx is not a Word document"));
    assert_eq!(desk.json(&["list", "--json"]).as_array().unwrap().len(), 2);
}

/// The IPTC's published ninjs 2.1 schema, with format checks (uri, date-time) on. The schema
/// points at GeoJSON's published schema for `places[].geojson`, which Sunting never writes;
/// offline, an open schema stands in for it.
fn ninjs_validator() -> jsonschema::Validator {
    struct Offline;
    impl jsonschema::Retrieve for Offline {
        fn retrieve(&self, uri: &jsonschema::Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
            if uri.as_str().starts_with("https://geojson.org/") {
                Ok(serde_json::json!({}))
            } else {
                Err(format!("no network in tests: {uri}").into())
            }
        }
    }
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(fixture("ninjs/ninjs-schema_2.1.json")).unwrap()).unwrap();
    jsonschema::options().should_validate_formats(true).with_retriever(Offline).build(&schema).unwrap()
}

#[test]
fn ninjs_export_passes_the_published_schema_and_names_people_from_the_register() {
    let desk = Desk::new();
    let story = desk.file(
        "kunjungan.md",
        "---\nbyline: Tim Redaksi\ndateline: Jakarta\ntags: teknologi\n---\n\n# Pendiri Telegram Bertemu Menteri\n\n\
         Pendiri aplikasi pesan Telegram, Pavel Durov, bertemu Menteri Rudiantara di Jakarta pada Selasa (1/8/2017).\n\n\
         Menurut Durov, timnya akan menambah moderator berbahasa Indonesia.\n",
    );
    desk.ok(&["import", story.to_str().unwrap()]);
    desk.ok(&["names", "kind", "Durov", "person"]);
    desk.ok(&["names", "kind", "Telegram", "organisation"]);
    desk.ok(&["names", "kind", "Jakarta", "place"]);
    let text = desk.ok(&["export", "1", "--format", "ninjs"]);
    let item: Value = serde_json::from_str(&text).unwrap();
    let validator = ninjs_validator();
    let errors: Vec<String> = validator.iter_errors(&item).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    assert_eq!(item["uri"], "urn:sunting:article:1");
    assert_eq!(item["type"], "text");
    assert_eq!(item["version"], "1");
    assert_eq!(item["headlines"][0]["value"], desk.json(&["show", "1", "--json"])["content"]["headline"]);
    assert_eq!(item["people"][0]["name"], "Durov");
    assert_eq!(item["organisations"][0]["name"], "Telegram");
    assert_eq!(item["places"][0]["name"], "Jakarta");
    assert!(item["bodies"][0]["value"].as_str().unwrap().starts_with("<p>"));

    // The validator does catch what the schema forbids.
    let mut wrong = item.clone();
    wrong["version"] = serde_json::json!(1);
    wrong["headline"] = serde_json::json!("not a ninjs property");
    wrong["versioncreated"] = serde_json::json!("yesterday");
    assert_eq!(validator.iter_errors(&wrong).count(), 3);
}

#[test]
fn without_a_keyring_wordpress_export_says_how_to_give_the_password() {
    let desk = Desk::new();
    desk.import_sample();
    let output = desk
        .command(&["export", "1", "--to", "wordpress", "--site", "https://kabar.example", "--user", "editor"])
        .env_remove("SUNTING_WP_PASSWORD")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sunting-test-bus")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    if cfg!(windows) {
        // Windows always has Credential Manager (under Wine too): it answers, without a password.
        assert!(stderr.contains("the keyring has no password for editor@https://kabar.example; add the site again"), "{stderr}");
    } else {
        assert!(stderr.contains("no keyring is available") && stderr.contains("SUNTING_WP_PASSWORD"), "{stderr}");
    }
    assert_eq!(desk.json(&["show", "1", "--json"])["status"], "draft", "nothing changed");
}

/// The loopback WordPress that `tests/wordpress/with-wordpress` starts.
fn wordpress() -> (String, String, String) {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run through tests/wordpress/with-wordpress"));
    (var("SUNTING_TEST_WP_URL"), var("SUNTING_TEST_WP_USER"), var("SUNTING_TEST_WP_PASSWORD"))
}

#[test]
#[ignore = "needs a WordPress and a keyring: run through tests/keyring/with-keyring tests/wordpress/with-wordpress"]
fn connect_a_site_then_publish_and_update_from_the_command_line() {
    let (url, user, password) = wordpress();
    let desk = Desk::new();
    desk.import_sample();
    // The password goes in on standard input and ends up in the keyring only.
    let mut add = desk
        .command(&["site", "add", &url, "--user", &user])
        .env_remove("SUNTING_WP_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(add.stdin.as_mut().unwrap(), format!("{password}\n").as_bytes()).unwrap();
    let added = add.wait_with_output().unwrap();
    assert!(added.status.success(), "{added:?}");
    let database = std::fs::read(desk.db()).unwrap();
    assert!(!database.windows(password.len()).any(|w| w == password.as_bytes()), "the password is not in the database");

    let export = [
        "export",
        "1",
        "--to",
        "wordpress",
        "--site",
        url.as_str(),
        "--user",
        user.as_str(),
        "--status",
        "publish",
        "--category",
        "Kota Semarang Sunting",
        "--create-categories",
    ];
    // A category the site does not have stops the export unless creating it was asked for.
    let unasked = &export[..export.len() - 1];
    let output = desk.command(unasked).env_remove("SUNTING_WP_PASSWORD").output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no category \"Kota Semarang Sunting\""), "{stderr}");
    let output = desk.command(&export).env_remove("SUNTING_WP_PASSWORD").output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("Sent revision 1 of article 1 to ") && stdout.contains("created (publish)"), "{stdout}");
    let post_id: i64 = stdout.split("post ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    assert_eq!(desk.json(&["show", "1", "--json"])["status"], "exported");

    let output = desk.command(&export).env_remove("SUNTING_WP_PASSWORD").output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains(&format!("post {post_id} updated")), "{stdout}");

    // A wrong password (from the environment) fails with the site's answer and is not queued.
    let output = desk.command(&export).env("SUNTING_WP_PASSWORD", "salah").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("HTTP 401") && !stderr.contains("salah"), "{stderr}");
    assert_eq!(desk.ok(&["export", "--send-queued"]), "Nothing is queued\n");
    assert_eq!(desk.ok(&["site", "list"]).lines().count(), 1);

    // Approved by one editor, changed by someone else since: the command says which revisions
    // there are and sends nothing until one is named.
    let status = desk.command(&["status", "1", "ready"]).env("SUNTING_AUTHOR", "budi").output().unwrap();
    assert!(status.status.success(), "{status:?}");
    let edited = desk.file("tambahan.txt", "Judul baru yang belum disetujui\n\nIsi yang diubah sesudah disetujui.");
    assert!(desk.ok(&["edit", "1", "--file", edited.to_str().unwrap()]).starts_with("Saved revision 2"));
    let output = desk.command(&export).env_remove("SUNTING_WP_PASSWORD").output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("budi approved revision 1, and ayu saved since (the latest is revision 2)")
            && stderr.contains("`--revision 1`")
            && stderr.contains("`--revision 2`"),
        "{stderr}"
    );
    let approved = [&export[..], &["--revision", "1"]].concat();
    let output = desk.command(&approved).env_remove("SUNTING_WP_PASSWORD").output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("Sent revision 1 of article 1") && stdout.contains(&format!("post {post_id} updated")), "{stdout}");
}

#[test]
#[ignore = "needs a small file system: run through tests/disk/with-small-disk"]
fn a_full_disk_fails_an_edit_with_one_clear_line_and_keeps_the_article() {
    let dir = std::path::PathBuf::from(std::env::var_os("SUNTING_TEST_SMALL_DISK").expect("run through tests/disk/with-small-disk"));
    let db = dir.join("cli.db");
    let run = |args: &[&str]| Command::new(SUNTING).arg("--db").arg(&db).args(args).env("SUNTING_AUTHOR", "ayu").output().unwrap();
    let story = dir.join("story.txt");
    std::fs::write(&story, "Judul\n\nIsi pertama.").unwrap();
    assert!(run(&["import", story.to_str().unwrap()]).status.success());
    // The big version lives elsewhere; then the disk is filled to the last byte.
    let big = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(big.path(), format!("Judul\n\n{}", "Paragraf panjang tentang banjir rob di Kaligawe. ".repeat(40_000))).unwrap();
    let filler = dir.join("filler");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&filler).unwrap();
        while file.write_all(&[0u8; 8192]).and_then(|_| file.sync_all()).is_ok() {}
        while file.write_all(&[0]).and_then(|_| file.sync_all()).is_ok() {}
    }
    let output = run(&["edit", "1", "--file", big.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // Full to the last byte, SQLite cannot even open its write-ahead log: the message says
    // the disk refused and that nothing was saved.
    assert!(stderr.contains("nothing was saved") && stderr.contains("disk"), "{stderr}");
    std::fs::remove_file(&filler).unwrap();
    let shown = run(&["show", "1", "--json"]);
    let article: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!((article["revision"].as_u64(), article["content"]["body"][0]["runs"][0]["text"].as_str()), (Some(1), Some("Isi pertama.")));
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let desk = Desk::new();
    for i in 0..30 {
        let story = desk.file(&format!("s{i}.txt"), &format!("Judul {i}\n\nIsi {i}."));
        desk.ok(&["import", story.to_str().unwrap()]);
    }
    // The reader closes the pipe at once, as `sunting list | head -0` would.
    let mut child = desk.command(&["list"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs `sunting` with a password on standard input; returns the output.
fn with_stdin(mut command: Command, input: &str) -> Output {
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
#[ignore = "needs PostgreSQL and a keyring: run through tests/keyring/with-keyring tests/postgres/with-postgres"]
fn two_desks_share_a_newsroom_from_the_command_line() {
    let base = std::env::var("SUNTING_TEST_PG_URL").expect("SUNTING_TEST_PG_URL: run through tests/postgres/with-postgres");
    let mut admin = base.clone();
    {
        // A database of its own on the test server.
        let output = Command::new("psql").arg(&base).args(["-qc", "DROP DATABASE IF EXISTS sunting_cli"]).output().unwrap();
        assert!(output.status.success(), "{output:?}");
        let output = Command::new("psql").arg(&base).args(["-qc", "CREATE DATABASE sunting_cli"]).output().unwrap();
        assert!(output.status.success(), "{output:?}");
        admin = admin.replace("/postgres?", "/sunting_cli?");
    }
    let (a, b) = (Desk::new(), Desk::new());
    let initialised = a.ok(&["server", "init", &admin]);
    assert!(initialised.contains("schema 0 → 4"), "{initialised}");
    for (role, rights) in [("cli_ayu", "editor"), ("cli_budi", "reporter")] {
        let mut add = a.command(&["server", "add-user", role, "--server", &admin, "--rights", rights, "--name", role]);
        add.env_remove("SUNTING_NEW_USER_PASSWORD");
        let output = with_stdin(add, "kata-sandi-panjang\n");
        assert!(output.status.success(), "{output:?}");
    }
    let host = admin.split_once('@').unwrap().1;
    let login = |role: &str| format!("postgres://{role}@{host}");

    // A joins with its archive; the password goes in on standard input, into the keyring.
    a.import_sample();
    a.ok(&["words", "add", "ojol"]);
    let mut join = a.command(&["sync", "init", &login("cli_ayu")]);
    join.env_remove("SUNTING_PG_PASSWORD");
    let output = with_stdin(join, "kata-sandi-panjang\n");
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Synced: 2 changes pushed"), "{output:?}");
    let database = std::fs::read(a.db()).unwrap();
    assert!(!database.windows(18).any(|w| w == b"kata-sandi-panjang"), "the password is not in the database");

    // B joins and has A's story and word; later syncs use the keyring.
    let mut join = b.command(&["sync", "init", &login("cli_budi")]);
    join.env_remove("SUNTING_PG_PASSWORD");
    assert!(with_stdin(join, "kata-sandi-panjang\n").status.success());
    assert!(b.ok(&["list"]).contains("Semarang Uji Coba Bus Listrik"));
    assert_eq!(b.ok(&["words", "list"]), "ojol\n");
    let status = b.ok(&["sync", "status"]);
    assert!(status.contains("Waiting to be pushed: 0") && status.contains("Last sync:"), "{status}");
    assert!(!status.contains("kata-sandi"), "{status}");
    assert_eq!(b.ok(&["who"]), "Nobody is editing an article now.\n");
    // A reporter cannot change the dictionary: the server says so in plain words, `sync now`
    // fails, and the word is taken back on the reporter's desk too.
    b.ok(&["words", "add", "pinjol"]);
    let output = b.run(&["sync", "now"]);
    assert!(!output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("the server refused 1 changes: only editors can change the dictionary"),
        "{output:?}"
    );
    assert_eq!(b.ok(&["words", "list"]), "ojol\n");
    a.ok(&["sync", "now"]);
    assert_eq!(a.ok(&["words", "list"]), "ojol\n");
    // A desk that never joined says how to.
    let output = Desk::new().run(&["sync", "now"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("sunting sync init URL"), "{output:?}");
}

#[test]
#[ignore = "needs PostgreSQL: run through tests/postgres/with-postgres"]
fn after_the_server_is_lost_desks_join_a_new_one_and_lose_nothing() {
    let base = std::env::var("SUNTING_TEST_PG_URL").expect("SUNTING_TEST_PG_URL: run through tests/postgres/with-postgres");
    let database = |name: &str| {
        for statement in [format!("DROP DATABASE IF EXISTS {name}"), format!("CREATE DATABASE {name}")] {
            let output = Command::new("psql").arg(&base).args(["-qc", &statement]).output().unwrap();
            assert!(output.status.success(), "{output:?}");
        }
        base.replace("/postgres?", &format!("/{name}?"))
    };
    let (a, b) = (Desk::new(), Desk::new());
    // Set up as docs/NEWSROOM.md says: init, people, desks join.
    let set_up = |admin: &str| {
        a.ok(&["server", "init", admin]);
        for (role, rights) in [("cli_lost_ayu", "editor"), ("cli_lost_budi", "reporter")] {
            let mut add = a.command(&["server", "add-user", role, "--server", admin, "--rights", rights]);
            add.env("SUNTING_NEW_USER_PASSWORD", "kata-sandi-panjang");
            let output = add.output().unwrap();
            assert!(output.status.success(), "{output:?}");
        }
        let host = admin.split_once('@').unwrap().1.to_string();
        move |role: &str| format!("postgres://{role}@{host}")
    };
    let join = |desk: &Desk, url: &str| {
        let output = desk.command(&["sync", "init", url]).env("SUNTING_PG_PASSWORD", "kata-sandi-panjang").output().unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let old = set_up(&database("sunting_cli_old"));
    a.import_sample();
    a.ok(&["words", "add", "ojol"]);
    join(&a, &old("cli_lost_ayu"));
    join(&b, &old("cli_lost_budi"));
    let story = b.file("b.txt", "Ditulis di meja B\n\nIsinya.");
    b.ok(&["import", story.to_str().unwrap()]);
    let sync = |desk: &Desk| {
        let output = desk.command(&["sync", "now"]).env("SUNTING_PG_PASSWORD", "kata-sandi-panjang").output().unwrap();
        assert!(output.status.success(), "{output:?}");
    };
    sync(&b);
    sync(&a);
    assert_eq!(a.json(&["list", "--json"]).as_array().unwrap().len(), 2);

    // The old server is lost; a new one is set up and the desks join it.
    let output = Command::new("psql").arg(&base).args(["-qc", "DROP DATABASE sunting_cli_old WITH (FORCE)"]).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let new = set_up(&database("sunting_cli_new"));
    let joined = join(&a, &new("cli_lost_ayu"));
    assert!(joined.starts_with("Synced: "), "{joined}");
    join(&b, &new("cli_lost_budi"));
    sync(&a);
    let c = Desk::new();
    join(&c, &new("cli_lost_budi"));
    let headlines = |desk: &Desk| -> Vec<String> {
        let mut list: Vec<String> =
            desk.json(&["list", "--json"]).as_array().unwrap().iter().map(|a| a["headline"].as_str().unwrap().to_string()).collect();
        list.sort();
        list
    };
    assert_eq!(headlines(&c), headlines(&a));
    assert_eq!(headlines(&c).len(), 2, "both desks' stories reached the new server");
    assert_eq!(c.ok(&["words", "list"]), "ojol\n");
}
