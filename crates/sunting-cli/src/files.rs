//! Reading and writing the files the command line is given.
//!
//! Input must be UTF-8 text of a sane size; anything else is refused with a message that says
//! what to do, before anything is changed. Output files are written to a temporary file beside
//! the target and renamed into place, so a failed export never leaves half a file.

use crate::i18n::t;
use anyhow::{bail, Context as _, Result};
use std::path::Path;

/// Larger files are refused: no article is this long, and reading one would stall the desk.
pub const MAX_INPUT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads a UTF-8 text file, or `-` for standard input.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            bail!("{}", t!("cli-file-not-utf8", file = path.display().to_string(), offset = offset))
        }
    }
}

/// Reads a file of at most [`MAX_INPUT_BYTES`], or `-` for standard input.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let bytes = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().take(MAX_INPUT_BYTES + 1), &mut bytes)
            .with_context(|| t!("cli-stdin-unreadable"))?;
        bytes
    } else {
        let metadata = std::fs::metadata(path).with_context(|| t!("cli-file-unreadable", file = path.display().to_string()))?;
        if metadata.is_dir() {
            bail!("{}", t!("cli-file-is-folder", file = path.display().to_string()));
        }
        if metadata.len() > MAX_INPUT_BYTES {
            bail!(
                "{}",
                t!(
                    "cli-file-too-large",
                    file = path.display().to_string(),
                    size = metadata.len() / 1_000_000,
                    limit = MAX_INPUT_BYTES / 1024 / 1024
                )
            );
        }
        std::fs::read(path).with_context(|| t!("cli-file-unreadable", file = path.display().to_string()))?
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        bail!("{}", t!("cli-input-too-large", file = path.display().to_string(), limit = MAX_INPUT_BYTES / 1024 / 1024));
    }
    Ok(bytes)
}

/// Writes `text` to `path` atomically (`sunting_store::files`, as the desktop's exports): on any
/// failure the target is as it was, and the message says why in the interface language (on
/// Windows: a file open in another program, a device name such as `aux.md`).
pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    sunting_store::files::write_atomically(path, text.as_bytes())
        .map_err(|error| anyhow::anyhow!("{}", sunting_i18n::describe_write(crate::i18n::language(), &error)))
}

use std::io::Read as _;

/// A password the command line must not take as an argument (it would show in the process list
/// and the shell's history): the environment variable `var` when set, else the first line of
/// standard input, without its line ending. Typed at a terminal, it is not shown.
pub fn secret(var: &str) -> Result<String> {
    if let Ok(secret) = std::env::var(var) {
        if !secret.is_empty() {
            return Ok(secret);
        }
    }
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return rpassword::prompt_password(format!("{} ", t!("cli-password-prompt"))).with_context(|| t!("cli-stdin-unreadable"));
    }
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::stdin().lock(), &mut line).with_context(|| t!("cli-stdin-unreadable"))?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

#[cfg(test)]
mod write_tests {
    use super::write_atomically;

    #[test]
    fn a_write_replaces_the_file_whole_or_leaves_everything_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("artikel.md");
        write_atomically(&path, "pertama").unwrap();
        write_atomically(&path, "kedua").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "kedua");
        // A folder where the file should go: the rename fails, and nothing is left behind.
        let blocked = dir.path().join("folder.md");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("isi.txt"), "tetap").unwrap();
        let error = write_atomically(&blocked, "baru").unwrap_err();
        assert!(format!("{error:#}").contains("folder.md"), "{error:#}");
        let mut names: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["artikel.md", "folder.md"], "no temporary file stays");
        assert_eq!(std::fs::read_to_string(blocked.join("isi.txt")).unwrap(), "tetap");
    }
}
