//! Every failure an editor can meet, told in the interface language from `errors.ftl`.

use crate::catalogue::{Catalogue, Value};
use sunting_engine::format::docx::{DocxError, MAX_PART_BYTES};
use sunting_engine::format::{ImportError, TooLarge, MAX_BLOCKS, MAX_IMPORT_BYTES};
use sunting_engine::UiLanguage;
use sunting_publish::credentials::CredentialError;
use sunting_publish::wordpress::WpError;
use sunting_store::files::WriteError;
use sunting_store::StoreError;
use sunting_sync::SyncError;

static ERRORS: Catalogue = Catalogue::new(include_str!("../i18n/id/errors.ftl"), include_str!("../i18n/en/errors.ftl"));

/// The shared catalogue of errors, for the front ends' own messages (`desk-*`, `cli-*`).
pub fn errors() -> &'static Catalogue {
    &ERRORS
}

/// `say!(language, "id", name = value, ...)`: a message of the errors catalogue.
macro_rules! say {
    ($language:expr, $id:literal) => {
        ERRORS.message($language, $id, &[])
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        ERRORS.message($language, $id, &[$((stringify!($name), Value::from($value))),+])
    };
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// Why the newsroom server refused a change of this desk's, in plain words.
pub fn describe_refusal(language: UiLanguage, refusal: &sunting_sync::Refusal) -> String {
    match refusal {
        sunting_sync::Refusal::EditorsOnlyStatus => say!(language, "sync-refusal-editors-only-status"),
        sunting_sync::Refusal::EditorsOnlySet => say!(language, "sync-refusal-editors-only-set"),
        sunting_sync::Refusal::Other(reason) => say!(language, "sync-refusal-other", reason = reason),
    }
}

/// A store error.
pub fn describe_store(language: UiLanguage, error: &StoreError) -> String {
    match error {
        StoreError::ArticleNotFound { article_id } => say!(language, "store-no-article", id = *article_id),
        StoreError::RevisionNotFound { article_id, revision, revision_count } => {
            say!(language, "store-no-revision", id = *article_id, revision = *revision, count = *revision_count)
        }
        StoreError::NewerSchema { path, found, supported } => {
            say!(language, "store-newer-schema", path = path.display().to_string(), found = *found, supported = *supported)
        }
        StoreError::NotASuntingDatabase { path } => say!(language, "store-not-sunting", path = path.display().to_string()),
        StoreError::Locked => say!(language, "store-locked"),
        StoreError::ReadOnly => say!(language, "store-read-only"),
        StoreError::DiskFull => say!(language, "store-disk-full"),
        StoreError::CannotOpen { path, reason } => say!(language, "store-cannot-open", path = path.display().to_string(), reason = reason),
        StoreError::DamagedContent { article_id, revision, detail } => {
            say!(language, "store-damaged", id = *article_id, revision = *revision, detail = detail)
        }
        StoreError::WriteFailed { detail } => say!(language, "store-write-failed", detail = detail),
        StoreError::TooLarge(TooLarge::Blocks { count, limit }) => say!(language, "store-too-many-blocks", count = *count, limit = *limit),
        StoreError::TooLarge(TooLarge::Bytes { size, limit }) => {
            say!(language, "store-too-much-text", size = *size / (1024 * 1024), limit = *limit / (1024 * 1024))
        }
        StoreError::NotASiteAddress { url } => say!(language, "store-not-a-site-address", url = url),
        StoreError::SiteWithoutUser => say!(language, "store-site-without-user"),
        StoreError::SiteNotFound { site_id } => say!(language, "store-no-site", id = *site_id),
        StoreError::DamagedSyncRecord { what, detail } => say!(language, "store-damaged-sync-record", what = what, detail = detail),
        StoreError::Sqlite(error) => say!(language, "store-database", detail = error.to_string()),
    }
}

/// A newsroom server error.
pub fn describe_sync(language: UiLanguage, error: &SyncError) -> String {
    match error {
        SyncError::Connect(reason) => say!(language, "sync-connect", reason = reason),
        SyncError::NotInitialised => say!(language, "sync-not-initialised"),
        SyncError::NewerServer { found, supported } => say!(language, "sync-newer", found = *found, supported = *supported),
        SyncError::OlderServer { found, supported } => say!(language, "sync-older", found = *found, supported = *supported),
        SyncError::Refused(reason) => say!(language, "sync-refused", reason = reason),
        SyncError::BadAddress { address, reason } => say!(language, "sync-bad-address", address = address, reason = reason),
        SyncError::BadCertificate { path, reason } => say!(language, "sync-bad-certificate", path = path, reason = reason),
        SyncError::BadRoleName { role } => say!(language, "sync-bad-role-name", role = role),
        SyncError::SchemaOpenToAll { schema } => say!(language, "sync-schema-open-to-all", schema = schema),
        SyncError::PrivilegedRole { role } => say!(language, "sync-privileged-role", role = role),
        SyncError::NotANewsroomRole { role } => say!(language, "sync-not-a-newsroom-role", role = role),
        SyncError::MembershipNotAsGranted { role, rights } => {
            say!(language, "sync-membership-not-as-granted", role = role, rights = rights)
        }
        SyncError::WrongPassword { role } => say!(language, "sync-wrong-password", role = role),
        SyncError::UnknownDatabase { database } => say!(language, "sync-unknown-database", database = database),
        SyncError::LoginDisabled { role } => say!(language, "sync-login-disabled", role = role),
        SyncError::NotInThisNewsroom { role, database } => say!(language, "sync-not-in-this-newsroom", role = role, database = database),
        SyncError::TooManyConnections => say!(language, "sync-too-many-connections"),
        SyncError::TlsNotOffered => say!(language, "sync-tls-not-offered"),
        SyncError::TlsNotTrusted { reason } => say!(language, "sync-tls-not-trusted", reason = reason),
        SyncError::TlsNotRequired { mode } => say!(language, "sync-tls-not-required", mode = mode),
        SyncError::PlainOnlyOnThisComputer => say!(language, "sync-plain-only-on-this-computer"),
        SyncError::PasswordInAddress => say!(language, "sync-password-in-address"),
        SyncError::Server(detail) => say!(language, "sync-server", detail = detail),
        SyncError::Store(store) => describe_store(language, store),
    }
}

/// Why a file the editor asked for (an export) was not written.
pub fn describe_write(language: UiLanguage, error: &WriteError) -> String {
    match error {
        WriteError::DeviceName { path, device } => say!(language, "write-device-name", path = path.display().to_string(), device = device),
        WriteError::InUse { path } => say!(language, "write-in-use", path = path.display().to_string()),
        WriteError::DiskFull { path } => say!(language, "write-disk-full", path = path.display().to_string()),
        WriteError::NotAFileName { path } => say!(language, "write-not-a-file-name", path = path.display().to_string()),
        WriteError::Failed { path, reason } => say!(language, "write-failed", path = path.display().to_string(), reason = reason),
    }
}

/// Why the file `file` could not be imported.
pub fn describe_import(language: UiLanguage, file: &str, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes } => {
            say!(language, "import-too-large", file = file, size = megabytes(*bytes), limit = MAX_IMPORT_BYTES / (1024 * 1024))
        }
        ImportError::NotUtf8 { line } => say!(language, "import-not-utf8", file = file, line = *line),
        ImportError::TooManyBlocks { blocks } => say!(language, "import-too-many-blocks", file = file, count = *blocks, limit = MAX_BLOCKS),
        ImportError::Empty => say!(language, "import-empty", file = file),
        ImportError::Docx(DocxError::NotZip) => say!(language, "import-docx-not-zip", file = file),
        ImportError::Docx(DocxError::NotWord) => say!(language, "import-docx-not-word", file = file),
        ImportError::Docx(DocxError::TooLarge) => {
            say!(language, "import-docx-too-large", file = file, limit = MAX_PART_BYTES / (1024 * 1024))
        }
        ImportError::Docx(DocxError::Damaged(detail)) => say!(language, "import-docx-damaged", file = file, detail = detail),
    }
}

/// Why the keyring gave no password.
pub fn describe_credential(language: UiLanguage, error: &CredentialError) -> String {
    match error {
        CredentialError::Missing { entry } => say!(language, "keyring-missing", entry = entry),
        CredentialError::Unavailable(reason) => say!(language, "keyring-unavailable", reason = reason),
        CredentialError::Locked => say!(language, "keyring-locked"),
    }
}

/// Why a WordPress site did not do what was asked.
pub fn describe_site(language: UiLanguage, error: &WpError) -> String {
    match error {
        WpError::Unauthorized { status } => say!(language, "site-unauthorized", status = *status),
        WpError::Rejected { status, code, message } => say!(language, "site-rejected", status = *status, code = code, message = message),
        WpError::Server { status } => say!(language, "site-server", status = *status),
        WpError::Timeout => say!(language, "site-timeout"),
        WpError::Unreachable(reason) => say!(language, "site-unreachable", reason = reason),
        WpError::Unexpected(reason) => say!(language, "site-unexpected", reason = reason),
        WpError::NotKept(reason) => say!(language, "site-not-kept", reason = reason),
        WpError::NotThisArticlesPost { id, link } => say!(language, "site-not-this-articles-post", id = *id, link = link),
        WpError::UnknownCategories(names) => {
            let names = names.iter().map(|name| format!("\"{name}\"")).collect::<Vec<_>>().join(", ");
            say!(language, "site-unknown-categories", names = names)
        }
    }
}

/// What an export says as it goes, in `language`.
pub fn publish_words(language: UiLanguage) -> impl sunting_publish::Words {
    PublishWords(language)
}

struct PublishWords(UiLanguage);

impl sunting_publish::Words for PublishWords {
    fn sending(&self, site: &str) -> String {
        say!(self.0, "publish-sending", site = site)
    }
    fn waiting(&self, seconds: f64) -> String {
        say!(self.0, "publish-waiting", seconds = format!("{seconds:.1}"))
    }
    fn sent(&self, created: bool) -> String {
        if created {
            say!(self.0, "publish-created")
        } else {
            say!(self.0, "publish-updated")
        }
    }
    fn site_error(&self, error: &WpError) -> String {
        describe_site(self.0, error)
    }
    fn credential_error(&self, error: &CredentialError) -> String {
        describe_credential(self.0, error)
    }
    fn attempt_failed(&self, attempt: u32, attempts: u32, reason: &str) -> String {
        say!(self.0, "publish-attempt-failed", attempt = attempt, attempts = attempts, reason = reason)
    }
    fn unknown_post_status(&self, status: &str) -> String {
        say!(self.0, "publish-unknown-status", status = status)
    }
    fn newer_than_approved(&self, approved: u32, approved_by: &str, latest: u32, changed_by: &[String]) -> String {
        let changers = changed_by.join(", ");
        say!(self.0, "publish-newer-than-approved", approved = approved, approver = approved_by, latest = latest, changers = changers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::message_ids;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Every `"store-…"`, `"desk-…"` … literal in this crate's and the shell's sources.
    fn used_ids() -> BTreeSet<String> {
        fn walk(dir: &Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        // This crate says every family; the desktop shell adds its own checks (`desk-`).
        let places: [(&str, &[&str]); 2] = [
            ("crates/sunting-i18n/src", &["store-", "import-", "keyring-", "site-", "publish-", "sync-", "write-", "desk-"]),
            ("src-tauri/src", &["desk-"]),
        ];
        let mut used = BTreeSet::new();
        for (dir, families) in places {
            let mut sources = String::new();
            walk(&root.join(dir), &mut sources);
            for family in families {
                for (at, _) in sources.match_indices(&format!("\"{family}")) {
                    let rest = &sources[at + 1..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if id.len() > family.len() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        used.insert(id.to_string());
                    }
                }
            }
        }
        used
    }

    #[test]
    fn both_catalogues_hold_exactly_the_ids_in_use() {
        let indonesian: BTreeSet<String> = message_ids(ERRORS.source(UiLanguage::Id)).unwrap().into_iter().collect();
        let english: BTreeSet<String> = message_ids(ERRORS.source(UiLanguage::En)).unwrap().into_iter().collect();
        assert_eq!(indonesian, english, "the two catalogues differ");
        let used = used_ids();
        let missing: Vec<_> = used.difference(&english).collect();
        let unused: Vec<_> = english.difference(&used).collect();
        assert!(missing.is_empty(), "used but not in the catalogue: {missing:?}");
        assert!(unused.is_empty(), "in the catalogue but never used: {unused:?}");
    }

    #[test]
    fn errors_are_told_in_the_language_asked_for() {
        let full = StoreError::DiskFull;
        assert_eq!(
            describe_store(UiLanguage::Id, &full),
            "disk penuh; tidak ada yang disimpan (kosongkan sebagian ruang lalu simpan lagi)"
        );
        assert_eq!(describe_store(UiLanguage::En, &full), full.to_string());
        let refused = WpError::Rejected { status: 400, code: "rest_invalid_param".into(), message: "Invalid parameter".into() };
        assert_eq!(describe_site(UiLanguage::Id, &refused), "situs menolak tulisan ini (HTTP 400, rest_invalid_param): Invalid parameter");
        assert_eq!(describe_site(UiLanguage::En, &refused), refused.to_string());
        let import = ImportError::NotUtf8 { line: 3 };
        assert_eq!(
            describe_import(UiLanguage::Id, "berita.txt", &import),
            "berita.txt bukan teks UTF-8 (bita rusak pertama di baris 3); simpan sebagai UTF-8 lalu coba lagi"
        );
        assert!(describe_sync(UiLanguage::Id, &SyncError::NotInitialised).starts_with("server redaksi belum disiapkan"));
        assert!(describe_credential(UiLanguage::Id, &CredentialError::Locked).contains("terkunci"));
        let too_big = StoreError::TooLarge(TooLarge::Bytes { size: 25 * 1024 * 1024 + 1, limit: 20 * 1024 * 1024 });
        assert!(
            describe_store(UiLanguage::Id, &too_big).starts_with("artikel ini berisi 25 MB teks"),
            "{}",
            describe_store(UiLanguage::Id, &too_big)
        );
    }

    /// True when `listed` holds every variant of its enum (`count`, from `strum::EnumCount`):
    /// a variant added to an error enum without a case here fails the test below.
    fn every_variant<E>(listed: &[E], count: usize) -> bool {
        listed.iter().map(std::mem::discriminant).collect::<std::collections::HashSet<_>>().len() == count
    }

    /// In English, every error reads exactly as its own `Display` text, which logs, tests and
    /// scripts have always seen. Every variant of every error enum is worded.
    #[test]
    fn english_is_each_error_s_own_text() {
        use std::path::PathBuf;
        use strum::EnumCount;
        let path = PathBuf::from("/data/sunting.db");
        let store = [
            StoreError::ArticleNotFound { article_id: 7 },
            StoreError::RevisionNotFound { article_id: 7, revision: 9, revision_count: 3 },
            StoreError::NewerSchema { path: path.clone(), found: 12, supported: 9 },
            StoreError::NotASuntingDatabase { path: path.clone() },
            StoreError::Locked,
            StoreError::ReadOnly,
            StoreError::DiskFull,
            StoreError::CannotOpen { path, reason: "permission denied".into() },
            StoreError::WriteFailed { detail: "disk I/O error".into() },
            StoreError::TooLarge(TooLarge::Blocks { count: 20_001, limit: 20_000 }),
            StoreError::NotASiteAddress { url: "kabar".into() },
            StoreError::SiteWithoutUser,
            StoreError::SiteNotFound { site_id: 4 },
            StoreError::DamagedSyncRecord { what: "outbox row 3".into(), detail: "unknown kind 'x'".into() },
            StoreError::DamagedContent { article_id: 7, revision: 2, detail: "expected value at line 1 column 1".into() },
            StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows),
        ];
        assert!(every_variant(&store, StoreError::COUNT), "a StoreError variant is not worded here");
        for error in &store {
            assert_eq!(describe_store(UiLanguage::En, error), error.to_string());
        }
        let sync = [
            SyncError::Connect("timed out".into()),
            SyncError::NotInitialised,
            SyncError::NewerServer { found: 3, supported: 2 },
            SyncError::OlderServer { found: 1, supported: 2 },
            SyncError::Refused("permission denied".into()),
            SyncError::BadAddress { address: "pg://x".into(), reason: "invalid".into() },
            SyncError::BadCertificate { path: "/ca.pem".into(), reason: "no such file".into() },
            SyncError::BadRoleName { role: "".into() },
            SyncError::Server("boom".into()),
            SyncError::SchemaOpenToAll { schema: "public".into() },
            SyncError::PrivilegedRole { role: "postgres".into() },
            SyncError::NotANewsroomRole { role: "app".into() },
            SyncError::MembershipNotAsGranted { role: "budi".into(), rights: "reporter".into() },
            SyncError::WrongPassword { role: "ayu".into() },
            SyncError::UnknownDatabase { database: "kabar".into() },
            SyncError::LoginDisabled { role: "ayu".into() },
            SyncError::NotInThisNewsroom { role: "ayu".into(), database: "warta".into() },
            SyncError::TooManyConnections,
            SyncError::TlsNotOffered,
            SyncError::TlsNotTrusted { reason: "UnknownIssuer".into() },
            SyncError::TlsNotRequired { mode: "prefer".into() },
            SyncError::PlainOnlyOnThisComputer,
            SyncError::PasswordInAddress,
            SyncError::Store(StoreError::Locked),
        ];
        assert!(every_variant(&sync, SyncError::COUNT), "a SyncError variant is not worded here");
        for error in &sync {
            assert_eq!(describe_sync(UiLanguage::En, error), error.to_string());
        }
        let site = [
            WpError::Unauthorized { status: 401 },
            WpError::Rejected { status: 400, code: "rest_invalid_param".into(), message: "Invalid".into() },
            WpError::Server { status: 502 },
            WpError::Timeout,
            WpError::Unreachable("connection refused".into()),
            WpError::Unexpected("HTML".into()),
            WpError::NotKept("the title".into()),
            WpError::NotThisArticlesPost { id: 42, link: "https://kabar.example/lain/".into() },
            WpError::UnknownCategories(vec!["Kota".into(), "Desa".into()]),
        ];
        assert!(every_variant(&site, WpError::COUNT), "a WpError variant is not worded here");
        for error in &site {
            assert_eq!(describe_site(UiLanguage::En, error), error.to_string());
        }
        let file = PathBuf::from("C:/Berita/aux.md");
        let write = [
            WriteError::DeviceName { path: file.clone(), device: "AUX".into() },
            WriteError::InUse { path: file.clone() },
            WriteError::DiskFull { path: file.clone() },
            WriteError::NotAFileName { path: file.clone() },
            WriteError::Failed { path: file.clone(), reason: "Access is denied. (os error 5)".into() },
        ];
        assert!(every_variant(&write, WriteError::COUNT), "a WriteError variant is not worded here");
        for error in write {
            assert_eq!(describe_write(UiLanguage::En, &error), error.to_string());
        }
        assert_eq!(
            describe_write(UiLanguage::Id, &WriteError::InUse { path: file }),
            "C:/Berita/aux.md sedang dibuka di program lain; tutup di sana lalu coba lagi"
        );
        let credential = [
            CredentialError::Missing { entry: "ayu@https://kabar.example".into() },
            CredentialError::Unavailable("no bus".into()),
            CredentialError::Locked,
        ];
        assert!(every_variant(&credential, CredentialError::COUNT), "a CredentialError variant is not worded here");
        for error in credential {
            assert_eq!(describe_credential(UiLanguage::En, &error), error.to_string());
        }
        let import = [
            ImportError::TooLarge { bytes: 12 * 1024 * 1024 },
            ImportError::NotUtf8 { line: 3 },
            ImportError::TooManyBlocks { blocks: 20_001 },
            ImportError::Empty,
            ImportError::Docx(DocxError::NotZip),
            ImportError::Docx(DocxError::NotWord),
            ImportError::Docx(DocxError::TooLarge),
            ImportError::Docx(DocxError::Damaged("bad XML".into())),
        ];
        assert!(every_variant(&import, ImportError::COUNT), "an ImportError variant is not worded here");
        let docx: Vec<DocxError> =
            import.iter().filter_map(|e| if let ImportError::Docx(d) = e { Some(d.clone()) } else { None }).collect();
        assert!(every_variant(&docx, DocxError::COUNT), "a DocxError variant is not worded here");
        for error in import {
            assert_eq!(describe_import(UiLanguage::En, "berita.docx", &error), format!("berita.docx {error}"));
        }
    }

    #[test]
    fn the_export_speaks_the_interface_language() {
        use sunting_publish::Words;
        let words = publish_words(UiLanguage::Id);
        assert_eq!(words.sending("https://kabar.example"), "Mengirim ke https://kabar.example");
        assert_eq!(words.waiting(1.5), "Mencoba lagi dalam 1.5 detik");
        assert_eq!(
            words.attempt_failed(2, 3, &words.site_error(&WpError::Timeout)),
            "percobaan 2 dari 3: situs tidak menjawab tepat waktu"
        );
        assert_eq!(publish_words(UiLanguage::En).sent(true), "created");
    }
}
