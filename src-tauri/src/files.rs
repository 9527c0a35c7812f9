//! The shell's own file writing: exports of the dictionary and the name register.

use crate::error::{CommandError, ErrorCode};
use std::io::Write;
use std::path::PathBuf;

/// Where exports go: `$SUNTING_EXPORT_DIR`, else the Downloads folder, else the home folder.
pub fn export_dir() -> Option<PathBuf> {
    std::env::var_os("SUNTING_EXPORT_DIR").filter(|v| !v.is_empty()).map(PathBuf::from).or_else(dirs::download_dir).or_else(dirs::home_dir)
}

/// Writes `text` to `<export dir>/<stem>-<date>.<extension>` atomically (a temporary file,
/// synced, then renamed) and returns the path.
pub fn write_export(stem: &str, extension: &str, text: &str) -> Result<String, CommandError> {
    let failed = |what: &str, error: std::io::Error| {
        let code = if error.raw_os_error() == Some(28) { ErrorCode::DiskFull } else { ErrorCode::InvalidInput };
        CommandError::new(code, format!("could not write the export ({what}): {error}"))
    };
    let dir = export_dir().ok_or_else(|| CommandError::new(ErrorCode::InvalidInput, "no Downloads or home folder to export to"))?;
    std::fs::create_dir_all(&dir).map_err(|e| failed("creating the folder", e))?;
    let date = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let path = dir.join(format!("{stem}-{date}.{extension}"));
    let mut temporary = tempfile::NamedTempFile::new_in(&dir).map_err(|e| failed("creating a temporary file", e))?;
    temporary.write_all(text.as_bytes()).map_err(|e| failed("writing", e))?;
    temporary.as_file().sync_all().map_err(|e| failed("syncing", e))?;
    temporary.persist(&path).map_err(|e| failed("renaming", e.error))?;
    Ok(path.display().to_string())
}
