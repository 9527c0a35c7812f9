//! The one error type that crosses to the UI, said in the interface language.
//!
//! Every message comes from `sunting_i18n`'s errors catalogue, keyed by the error's variant,
//! in the language the window speaks ([`set_language`] follows the desk's settings).

use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use sunting_i18n::{UiLanguage, Value};
use sunting_store::StoreError;
use ts_rs::TS;

/// True while the interface speaks English (the desk sets it from its settings).
static ENGLISH: AtomicBool = AtomicBool::new(false);

/// The language errors are said in from now on.
pub fn set_language(language: UiLanguage) {
    ENGLISH.store(language == UiLanguage::En, Ordering::Relaxed);
}

/// The language errors are said in.
pub fn language() -> UiLanguage {
    if ENGLISH.load(Ordering::Relaxed) {
        UiLanguage::En
    } else {
        UiLanguage::Id
    }
}

/// What kind of failure, for the UI to decide what to offer (retry, update, pick another file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No such article or revision.
    NotFound,
    /// The database was written by a newer Sunting.
    NewerDatabase,
    /// The file is not a Sunting database, or cannot be opened.
    CannotOpen,
    /// Another program holds the database.
    Locked,
    /// The database is read-only.
    ReadOnly,
    /// The disk is full.
    DiskFull,
    /// Stored content is damaged.
    Damaged,
    /// The UI sent something the engine refuses (too large, empty where it must not be).
    InvalidInput,
    /// Any other database failure.
    Database,
    /// A live check referred to blocks the shell does not have: send the whole article again.
    OutOfStep,
    /// The keyring (for site passwords) is missing, locked or has no password for the site.
    Keyring,
    /// A CMS site could not be reached or refused the credentials.
    Site,
    /// The newsroom server could not be reached, or refused.
    Newsroom,
}

/// A failed command: a code for the UI and a sentence for the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    /// What kind of failure.
    pub code: ErrorCode,
    /// What happened, in words an editor understands.
    pub message: String,
}

impl CommandError {
    /// An error of `code` with `message`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        CommandError { code, message: message.into() }
    }

    /// An error of `code` with the errors catalogue's message `id`, in the interface language.
    pub fn said(code: ErrorCode, id: &str, values: &[(&str, Value)]) -> Self {
        CommandError::new(code, sunting_i18n::errors().message(language(), id, values))
    }
}

impl From<sunting_publish::credentials::CredentialError> for CommandError {
    fn from(error: sunting_publish::credentials::CredentialError) -> Self {
        CommandError::new(ErrorCode::Keyring, sunting_i18n::describe_credential(language(), &error))
    }
}

impl From<sunting_sync::SyncError> for CommandError {
    fn from(error: sunting_sync::SyncError) -> Self {
        match error {
            sunting_sync::SyncError::Store(error) => CommandError::from(error),
            other => CommandError::new(ErrorCode::Newsroom, sunting_i18n::describe_sync(language(), &other)),
        }
    }
}

impl From<StoreError> for CommandError {
    fn from(error: StoreError) -> Self {
        let code = match &error {
            StoreError::ArticleNotFound { .. } | StoreError::RevisionNotFound { .. } => ErrorCode::NotFound,
            StoreError::NewerSchema { .. } => ErrorCode::NewerDatabase,
            StoreError::NotASuntingDatabase { .. } | StoreError::CannotOpen { .. } => ErrorCode::CannotOpen,
            StoreError::Locked => ErrorCode::Locked,
            StoreError::ReadOnly => ErrorCode::ReadOnly,
            StoreError::DiskFull | StoreError::WriteFailed { .. } => ErrorCode::DiskFull,
            StoreError::DamagedContent { .. } => ErrorCode::Damaged,
            StoreError::NotASiteAddress { .. } | StoreError::SiteWithoutUser | StoreError::TooLarge(_) => ErrorCode::InvalidInput,
            StoreError::SiteNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Database,
        };
        CommandError { code, message: sunting_i18n::describe_store(language(), &error) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_to_the_ui_as_code_and_message_in_the_interface_language() {
        set_language(UiLanguage::Id);
        let error = CommandError::from(StoreError::Locked);
        assert_eq!(error.code, ErrorCode::Locked);
        assert!(error.message.starts_with("basis data sedang dikunci program lain"), "{}", error.message);
        let error = CommandError::from(sunting_sync::SyncError::NotInitialised);
        assert_eq!(error.code, ErrorCode::Newsroom);
        assert!(error.message.starts_with("server redaksi belum disiapkan"), "{}", error.message);
        set_language(UiLanguage::En);
        let error = CommandError::from(StoreError::ArticleNotFound { article_id: 7 });
        assert_eq!(serde_json::to_string(&error).unwrap(), r#"{"code":"not_found","message":"no article with id 7"}"#);
        let error = CommandError::from(StoreError::DiskFull);
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            serde_json::json!({"code": "disk_full", "message": "the disk is full; nothing was saved (free some space and save again)"})
        );
    }
}
