//! Site passwords in the operating system's keyring (the Secret Service on Linux: GNOME Keyring
//! or KWallet), never in the database, the logs or an error message.
//!
//! An entry is the service [`KEYRING_SERVICE`] with the user `USER@URL`, so `secret-tool lookup
//! service id.sunting.desktop username editor@https://kabar.example` finds it too.

use sunting_store::CmsSite;

/// The keyring service name Sunting's entries are filed under (the app's identifier).
pub const KEYRING_SERVICE: &str = "id.sunting.desktop";

/// Why a password could not be read or kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumCount)]
pub enum CredentialError {
    /// The keyring has no password for the site.
    #[error("the keyring has no password for {entry}; add the site again with its Application Password")]
    Missing {
        /// The entry's `USER@URL`.
        entry: String,
    },
    /// There is no keyring to use (no session bus, no Secret Service) or it refused; the text
    /// is the platform's reason.
    #[error(
        "no keyring is available to keep site passwords ({0}); start your desktop's keyring (GNOME Keyring or KWallet), \
         or give the command line the password in SUNTING_WP_PASSWORD"
    )]
    Unavailable(String),
    /// The keyring is locked and was not unlocked.
    #[error("the keyring is locked; unlock it and try again")]
    Locked,
}

/// The keyring entry name for a site.
pub fn entry_name(site: &CmsSite) -> String {
    format!("{}@{}", site.user, site.url)
}

fn entry(site: &CmsSite) -> Result<keyring::Entry, CredentialError> {
    keyring::Entry::new(KEYRING_SERVICE, &entry_name(site)).map_err(map_error)
}

fn map_error(error: keyring::Error) -> CredentialError {
    match error {
        keyring::Error::NoEntry => CredentialError::Missing { entry: String::new() },
        keyring::Error::NoStorageAccess(inner) if inner.to_string().contains("locked") => CredentialError::Locked,
        keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner) => {
            CredentialError::Unavailable(first_line(&inner.to_string()))
        }
        other => CredentialError::Unavailable(first_line(&other.to_string())),
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().chars().take(200).collect()
}

/// Keeps the site's password in the keyring, replacing any earlier one.
pub fn save_password(site: &CmsSite, password: &str) -> Result<(), CredentialError> {
    entry(site)?.set_password(password).map_err(map_error)
}

/// The site's password from the keyring.
pub fn password(site: &CmsSite) -> Result<String, CredentialError> {
    entry(site)?.get_password().map_err(|error| match map_error(error) {
        CredentialError::Missing { .. } => CredentialError::Missing { entry: entry_name(site) },
        other => other,
    })
}

/// Removes the site's password; a missing one is not an error.
pub fn delete_password(site: &CmsSite) -> Result<(), CredentialError> {
    match entry(site)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(error) => Err(map_error(error)),
    }
}

/// The password for the command line: `SUNTING_WP_PASSWORD` when set, else the keyring.
pub fn password_from_env_or_keyring(site: &CmsSite) -> Result<String, CredentialError> {
    match std::env::var("SUNTING_WP_PASSWORD") {
        Ok(password) if !password.is_empty() => Ok(password),
        _ => password(site),
    }
}

/// The keyring entry name for this desk's login to a newsroom server (its address without a
/// password).
pub fn newsroom_entry_name(server: &str) -> String {
    format!("newsroom:{server}")
}

/// Keeps the password of this desk's newsroom login in the keyring.
pub fn save_newsroom_password(server: &str, password: &str) -> Result<(), CredentialError> {
    keyring::Entry::new(KEYRING_SERVICE, &newsroom_entry_name(server)).map_err(map_error)?.set_password(password).map_err(map_error)
}

/// The password of this desk's newsroom login: `SUNTING_PG_PASSWORD` when set, else the
/// keyring's.
pub fn newsroom_password(server: &str) -> Result<String, CredentialError> {
    if let Ok(password) = std::env::var("SUNTING_PG_PASSWORD") {
        if !password.is_empty() {
            return Ok(password);
        }
    }
    let entry = newsroom_entry_name(server);
    keyring::Entry::new(KEYRING_SERVICE, &entry).map_err(map_error)?.get_password().map_err(|error| match map_error(error) {
        CredentialError::Missing { .. } => CredentialError::Missing { entry },
        other => other,
    })
}
