//! Site passwords in a real Secret Service (gnome-keyring on a private session bus).
//!
//! Ignored without one; `scripts/test` runs them inside `tests/keyring/with-keyring`:
//!
//! ```sh
//! tests/keyring/with-keyring cargo test -p sunting-publish --test keyring -- --ignored
//! ```

use std::process::Command;
use sunting_publish::credentials::{delete_password, entry_name, password, save_password, CredentialError, KEYRING_SERVICE};
use sunting_store::CmsSite;

fn site(user: &str) -> CmsSite {
    CmsSite { id: 1, url: "https://kabar.example".into(), user: user.into() }
}

#[test]
#[ignore = "needs a Secret Service: run through tests/keyring/with-keyring"]
fn passwords_round_trip_through_the_secret_service() {
    assert!(std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(), "run through tests/keyring/with-keyring");
    let site = site("editor");
    let _ = delete_password(&site);
    assert_eq!(password(&site), Err(CredentialError::Missing { entry: "editor@https://kabar.example".into() }));
    save_password(&site, "abcd EFGH ijkl MNOP qrst UVWX").unwrap();
    assert_eq!(password(&site).unwrap(), "abcd EFGH ijkl MNOP qrst UVWX");
    // The platform's own tool sees the same entry: it is in the keyring, not in a file of ours.
    let lookup = Command::new("secret-tool").args(["lookup", "service", KEYRING_SERVICE, "username", &entry_name(&site)]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&lookup.stdout), "abcd EFGH ijkl MNOP qrst UVWX");
    save_password(&site, "baru").unwrap();
    assert_eq!(password(&site).unwrap(), "baru", "replaced");
    assert_eq!(password(&self::site("other")).unwrap_err(), CredentialError::Missing { entry: "other@https://kabar.example".into() });
    delete_password(&site).unwrap();
    delete_password(&site).unwrap();
    assert!(matches!(password(&site), Err(CredentialError::Missing { .. })));
}
