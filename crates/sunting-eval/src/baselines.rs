//! The tools an editor would otherwise use, run as they ship: hunspell (Debian's binary and
//! dictionaries) and lingua (the Python package), when installed. Each is started once per
//! batch, so start-up is paid once.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::process::{Command, Stdio};

/// True when a program is on PATH.
pub fn installed(program: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {program}")).stdout(Stdio::null()).status().is_ok_and(|s| s.success())
}

fn run_with_input(mut command: Command, input: &str) -> Result<String> {
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().context("cannot start")?;
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let output = child.wait_with_output()?;
    let _ = writer.join();
    if !output.status.success() {
        bail!("exited with {}", output.status);
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// `hunspell -d DICT -l`: the misspelt words of `text`, one per occurrence.
pub fn hunspell_list(dictionary: &str, text: &str) -> Result<Vec<String>> {
    let mut command = Command::new("hunspell");
    command.args(["-d", dictionary, "-l", "-i", "utf-8"]);
    Ok(run_with_input(command, text)?.lines().map(str::to_string).collect())
}

/// The words `hunspell -d DICT -l` accepts (one word a line, no suggestions asked, so it is fast).
pub fn hunspell_accepts(dictionary: &str, words: &[String]) -> Result<std::collections::HashSet<String>> {
    let input: String = words.iter().map(|w| format!("{w}\n")).collect();
    let rejected: std::collections::HashSet<String> = hunspell_list(dictionary, &input)?.into_iter().collect();
    Ok(words.iter().filter(|w| !rejected.contains(*w)).cloned().collect())
}

/// What `hunspell -a` says about one word.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    pub correct: bool,
    pub suggestions: Vec<String>,
}

/// `hunspell -d DICT -a` on each word.
pub fn hunspell_verdicts(dictionary: &str, words: &[String]) -> Result<Vec<Verdict>> {
    let mut command = Command::new("hunspell");
    command.args(["-d", dictionary, "-a", "-i", "utf-8"]);
    let input: String = words.iter().map(|w| format!("^{w}\n")).collect();
    let output = run_with_input(command, &input)?;
    let mut verdicts = Vec::with_capacity(words.len());
    let mut current: Option<Verdict> = None;
    for line in output.lines().skip(1) {
        if line.is_empty() {
            verdicts.push(current.take().unwrap_or(Verdict { correct: true, suggestions: Vec::new() }));
            continue;
        }
        let verdict = current.get_or_insert_with(|| Verdict { correct: true, suggestions: Vec::new() });
        match line.chars().next() {
            Some('&') => {
                verdict.correct = false;
                if let Some((_, list)) = line.split_once(": ") {
                    verdict.suggestions.extend(list.split(", ").map(str::to_string));
                }
            }
            Some('#') => verdict.correct = false,
            _ => {}
        }
    }
    if verdicts.len() != words.len() {
        bail!("hunspell answered {} times for {} words", verdicts.len(), words.len());
    }
    Ok(verdicts)
}

/// lingua's verdict (ISO 639-1 code, or "und") for each text, with every language it knows.
pub fn lingua(texts: &[String]) -> Result<Vec<String>> {
    const SCRIPT: &str = r#"
import json, sys
from lingua import LanguageDetectorBuilder
detector = LanguageDetectorBuilder.from_all_languages().build()
for line in sys.stdin:
    language = detector.detect_language_of(json.loads(line))
    print(language.iso_code_639_1.name.lower() if language else "und")
"#;
    let mut command = Command::new("python3");
    command.args(["-c", SCRIPT]);
    let input: String = texts.iter().map(|t| format!("{}\n", serde_json::to_string(t).unwrap())).collect();
    let output = run_with_input(command, &input)?;
    let verdicts: Vec<String> = output.lines().map(str::to_string).collect();
    if verdicts.len() != texts.len() {
        bail!("lingua answered {} times for {} texts", verdicts.len(), texts.len());
    }
    Ok(verdicts)
}

/// True when the Python package lingua is importable.
pub fn lingua_installed() -> bool {
    Command::new("python3").args(["-c", "import lingua"]).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}
