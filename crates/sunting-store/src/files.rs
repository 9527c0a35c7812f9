//! Writing the files an editor asks for (an article exported to a file, the dictionary, the name
//! register), for both front ends: atomically (a temporary file beside the target, synced, then
//! renamed over it, so a failed write never leaves half a file and the old file stays whole),
//! with the rules Windows adds said plainly: a file open in another program cannot be replaced,
//! and names such as `CON` or `aux.md` belong to devices.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file was not written. The target is as it was, and no temporary file is left.
#[derive(Debug, thiserror::Error, strum::EnumCount)]
pub enum WriteError {
    /// Windows keeps this name for a device, whatever the extension (`aux.md` is `AUX`).
    #[error("{} is a name Windows keeps for a device ({device}); choose another file name", path.display())]
    DeviceName {
        /// The file asked for.
        path: PathBuf,
        /// The device the name stands for (`AUX`).
        device: String,
    },
    /// Another program holds the file open without letting it be replaced (Windows).
    #[error("{} is open in another program; close it there and try again", path.display())]
    InUse {
        /// The file asked for.
        path: PathBuf,
    },
    /// The disk or the user's quota is full.
    #[error("the disk is full; {} was not written", path.display())]
    DiskFull {
        /// The file asked for.
        path: PathBuf,
    },
    /// The path names no file (a folder, or nothing after the last separator).
    #[error("{} is not a file name", path.display())]
    NotAFileName {
        /// The file asked for.
        path: PathBuf,
    },
    /// Anything else the system refused, with its reason.
    #[error("cannot write {}: {reason}", path.display())]
    Failed {
        /// The file asked for.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
}

/// The device names Windows reserves, whatever the case and extension.
const DEVICES: [&str; 28] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT1",
    "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// The device Windows would open instead of a file called `file_name` (`"aux.md"` → `AUX`), if
/// any: the part before the first dot, without trailing spaces, compared without case.
pub fn windows_device(file_name: &str) -> Option<&'static str> {
    let stem = file_name.split('.').next().unwrap_or_default().trim_end_matches(' ').to_uppercase();
    DEVICES.iter().copied().find(|device| *device == stem)
}

/// A file name stem for an article's export: its headline's slug (ASCII letters, digits and
/// hyphens, at most 60), or `artikel-ID` when the headline has no letters. The name cannot leave
/// the export folder, and a headline such as "Con" or "Aux" gets the id added, so the same name
/// works on Windows.
pub fn export_file_stem(headline: &str, article_id: i64) -> String {
    let slug = sunting_engine::text::slug(headline);
    let slug: String = slug.chars().take(60).collect::<String>().trim_end_matches('-').to_string();
    if slug.is_empty() {
        format!("artikel-{article_id}")
    } else if windows_device(&slug).is_some() {
        format!("{slug}-{article_id}")
    } else {
        slug
    }
}

/// Writes `bytes` to `path` atomically. On Windows a device name is refused before anything is
/// written; everywhere, a failure leaves the target as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let Some(file_name) = path.file_name() else {
        return Err(WriteError::NotAFileName { path: path.to_path_buf() });
    };
    if cfg!(windows) {
        if let Some(device) = windows_device(&file_name.to_string_lossy()) {
            return Err(WriteError::DeviceName { path: path.to_path_buf(), device: device.to_string() });
        }
    }
    if path.is_dir() {
        return Err(WriteError::NotAFileName { path: path.to_path_buf() });
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let failed = |error: std::io::Error, replacing: bool| classify(path, error, replacing);
    let mut temporary = tempfile::NamedTempFile::new_in(folder).map_err(|e| failed(e, false))?;
    temporary.write_all(bytes).map_err(|e| failed(e, false))?;
    temporary.as_file().sync_all().map_err(|e| failed(e, false))?;
    // Dropping the temporary file on an error above removes it; so does a failed persist.
    temporary.persist(path).map_err(|e| failed(e.error, path.exists()))?;
    Ok(())
}

/// What a system error while writing `path` means for the editor. `replacing` is true when the
/// rename over an existing file failed, which on Windows means another program has it open.
fn classify(path: &Path, error: std::io::Error, replacing: bool) -> WriteError {
    use std::io::ErrorKind;
    let path = path.to_path_buf();
    // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION and ERROR_USER_MAPPED_FILE have no kind of
    // their own in the standard library; with ERROR_ACCESS_DENIED they are what Windows says when
    // another program holds the file.
    let in_use =
        |error: &std::io::Error| error.kind() == ErrorKind::PermissionDenied || matches!(error.raw_os_error(), Some(32 | 33 | 1224));
    match error.kind() {
        // ENOSPC and EDQUOT on Unix; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => WriteError::DiskFull { path },
        _ if cfg!(windows) && replacing && in_use(&error) => WriteError::InUse { path },
        _ => WriteError::Failed { path, reason: error.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_or_quota_reads_as_a_full_disk_on_either_system() {
        // ENOSPC and EDQUOT; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL.
        let (full, quota_or_handle) = if cfg!(windows) { (112, 39) } else { (28, 122) };
        let path = Path::new("berita.md");
        for code in [full, quota_or_handle] {
            let error = std::io::Error::from_raw_os_error(code);
            assert!(matches!(classify(path, error, false), WriteError::DiskFull { .. }), "{code}");
        }
        let other = std::io::Error::new(std::io::ErrorKind::InvalidData, "rusak");
        assert!(matches!(classify(path, other, true), WriteError::Failed { reason, .. } if reason == "rusak"));
    }

    #[test]
    fn device_names_are_known_whatever_their_case_and_extension() {
        for name in ["CON", "con.md", "Aux.md", "nul.txt", "com1.json", "LPT9", "aux .md", "prn.tar.gz", "COM¹.txt"] {
            assert!(windows_device(name).is_some(), "{name}");
        }
        for name in ["console.md", "auxiliary.md", "com10.md", "lpt.md", "berita-aux.md", "naskah.md", ""] {
            assert_eq!(windows_device(name), None, "{name}");
        }
        assert_eq!(windows_device("aux.md"), Some("AUX"));
    }

    #[test]
    fn export_names_cannot_leave_their_folder_or_name_a_device() {
        assert_eq!(export_file_stem("Harga Cabai Naik", 3), "harga-cabai-naik");
        assert_eq!(export_file_stem("../../etc/passwd", 3), "etc-passwd");
        assert_eq!(export_file_stem("/", 3), "artikel-3");
        assert_eq!(export_file_stem("..", 4), "artikel-4");
        assert!(export_file_stem(&"panjang ".repeat(30), 5).len() <= 60);
        assert_eq!(export_file_stem("Con", 6), "con-6");
        assert_eq!(export_file_stem("AUX", 7), "aux-7");
        assert_eq!(export_file_stem("Erdoğan di Jakarta", 8), "erdogan-di-jakarta");
    }

    #[test]
    fn a_write_replaces_the_file_whole_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("berita.md");
        write_atomically(&path, b"versi satu\r\n").unwrap();
        write_atomically(&path, "versi dua: Erdoğan\r\n".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "versi dua: Erdoğan\r\n", "bytes as given, line endings kept");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, [std::ffi::OsString::from("berita.md")]);
    }

    #[test]
    fn a_folder_or_a_missing_folder_is_refused_and_nothing_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("folder.md");
        std::fs::create_dir(&folder).unwrap();
        assert!(matches!(write_atomically(&folder, b"x"), Err(WriteError::NotAFileName { .. })));
        let nowhere = dir.path().join("tidak-ada").join("berita.md");
        let error = write_atomically(&nowhere, b"x").unwrap_err();
        assert!(matches!(error, WriteError::Failed { .. }), "{error:?}");
        assert!(error.to_string().contains("berita.md"), "{error}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// Windows' own rules, run under Wine by scripts/test-windows.
    #[cfg(windows)]
    #[test]
    fn windows_refuses_device_names_and_files_open_elsewhere_with_a_clear_message() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().unwrap();
        let error = write_atomically(&dir.path().join("aux.md"), b"x").unwrap_err();
        assert!(matches!(&error, WriteError::DeviceName { device, .. } if device == "AUX"), "{error:?}");
        assert!(error.to_string().contains("choose another file name"), "{error}");

        // Another program (Word, a viewer) holds the file open without FILE_SHARE_DELETE.
        let path = dir.path().join("berita.md");
        std::fs::write(&path, "yang lama").unwrap();
        let held = std::fs::OpenOptions::new().read(true).share_mode(1 /* FILE_SHARE_READ */).open(&path).unwrap();
        let error = write_atomically(&path, b"yang baru").unwrap_err();
        assert!(matches!(error, WriteError::InUse { .. }), "{error:?}");
        assert!(error.to_string().contains("open in another program"), "{error}");
        drop(held);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "yang lama");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
        write_atomically(&path, b"yang baru").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "yang baru");
    }

    /// Paths longer than Windows' old 260-character limit: the standard library writes them
    /// with the `\\?\` prefix, so an export deep in a newsroom share still works.
    #[test]
    fn a_path_longer_than_260_characters_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut deep = dir.path().to_path_buf();
        while deep.as_os_str().len() < 300 {
            deep.push("arsip-redaksi-kabar-kota-semarang");
        }
        std::fs::create_dir_all(&deep).unwrap();
        let path = deep.join("harga-cabai-naik-di-pasar-tradisional.md");
        assert!(path.as_os_str().len() > 260);
        write_atomically(&path, b"Harga cabai naik.").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Harga cabai naik.");
    }
}
