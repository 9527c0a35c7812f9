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
    let dir = export_dir().ok_or_else(|| CommandError::said(ErrorCode::InvalidInput, "desk-no-export-folder", &[]))?;
    let date = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let path = dir.join(format!("{stem}-{date}.{extension}"));
    let failed = |error: std::io::Error| {
        let code = if error.raw_os_error() == Some(28) { ErrorCode::DiskFull } else { ErrorCode::InvalidInput };
        let values = [("path", path.display().to_string().into()), ("reason", error.to_string().into())];
        CommandError::said(code, "desk-export-write-failed", &values)
    };
    std::fs::create_dir_all(&dir).map_err(failed)?;
    let mut temporary = tempfile::NamedTempFile::new_in(&dir).map_err(failed)?;
    temporary.write_all(text.as_bytes()).map_err(failed)?;
    temporary.as_file().sync_all().map_err(failed)?;
    temporary.persist(&path).map_err(|e| failed(e.error))?;
    Ok(path.display().to_string())
}

/// A file name stem for an article's export: its headline's slug, or "artikel-ID". Only ASCII
/// letters, digits and hyphens, so the name cannot leave the export folder.
pub fn file_stem(headline: &str, article_id: i64) -> String {
    let slug = sunting_engine::text::slug(headline);
    let slug: String = slug.chars().take(60).collect::<String>().trim_end_matches('-').to_string();
    if slug.is_empty() {
        format!("artikel-{article_id}")
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn export_names_cannot_leave_their_folder() {
        assert_eq!(file_stem("Harga Cabai Naik", 3), "harga-cabai-naik");
        assert_eq!(file_stem("../../etc/passwd", 3), "etc-passwd");
        assert_eq!(file_stem("/", 3), "artikel-3");
        assert_eq!(file_stem("..", 4), "artikel-4");
        assert!(file_stem(&"panjang ".repeat(30), 5).len() <= 60);
    }
}
