//! The shell's own file writing: exports of the dictionary and the name register.

use crate::error::{CommandError, ErrorCode};
use std::path::PathBuf;
use sunting_store::files::{write_atomically, WriteError};

/// Where exports go: `$SUNTING_EXPORT_DIR`, else the Downloads folder, else the home folder.
pub fn export_dir() -> Option<PathBuf> {
    std::env::var_os("SUNTING_EXPORT_DIR").filter(|v| !v.is_empty()).map(PathBuf::from).or_else(dirs::download_dir).or_else(dirs::home_dir)
}

/// Writes `text` to `<export dir>/<stem>-<date>.<extension>` atomically
/// (`sunting_store::files`, as the command line's exports) and returns the path.
pub fn write_export(stem: &str, extension: &str, text: &str) -> Result<String, CommandError> {
    let dir = export_dir().ok_or_else(|| CommandError::said(ErrorCode::InvalidInput, "desk-no-export-folder", &[]))?;
    let date = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let path = dir.join(format!("{stem}-{date}.{extension}"));
    let failed = |error: WriteError| {
        let code = if matches!(error, WriteError::DiskFull { .. }) { ErrorCode::DiskFull } else { ErrorCode::InvalidInput };
        CommandError { code, message: sunting_i18n::describe_write(crate::error::language(), &error) }
    };
    std::fs::create_dir_all(&dir).map_err(|e| failed(WriteError::Failed { path: dir.clone(), reason: e.to_string() }))?;
    write_atomically(&path, text.as_bytes()).map_err(failed)?;
    Ok(path.display().to_string())
}
