//! Which workspace crate may depend on which, and which may link a database, network, keyring
//! or window library, read from `cargo metadata` (direct, normal dependencies; tests and build
//! scripts aside). ARCHITECTURE.md's crate map says the same in words.
//!
//! The engine and the checker compute; the store alone opens SQLite; the sync crate alone speaks
//! to PostgreSQL; publishing alone speaks HTTP and holds CMS passwords in the keyring; the
//! desktop shell alone links Tauri; the LanguageTool-compatible server alone listens for HTTP.
//! The front ends (the command line and the shell) sit on top.
#![allow(clippy::disallowed_methods, clippy::disallowed_types, reason = "the test runs cargo metadata")]

use std::collections::{BTreeMap, BTreeSet};

/// Workspace crate → the workspace crates it may depend on.
const LAYERS: &[(&str, &[&str])] = &[
    ("sunting-engine", &[]),
    ("sunting-check", &["sunting-engine"]),
    ("sunting-store", &["sunting-engine", "sunting-check"]),
    ("sunting-publish", &["sunting-engine", "sunting-store"]),
    ("sunting-sync", &["sunting-engine", "sunting-store"]),
    ("sunting-i18n", &["sunting-engine", "sunting-store", "sunting-sync", "sunting-publish"]),
    ("sunting-eval", &["sunting-check"]),
    ("sunting-serve", &["sunting-engine", "sunting-check"]),
    (
        "sunting-cli",
        &["sunting-engine", "sunting-check", "sunting-store", "sunting-publish", "sunting-sync", "sunting-i18n", "sunting-serve"],
    ),
    ("sunting-desktop", &["sunting-engine", "sunting-check", "sunting-store", "sunting-publish", "sunting-sync", "sunting-i18n"]),
];

/// Outside libraries that reach beyond the process → the only workspace crates that may link
/// them directly.
const CLIENTS: &[(&str, &[&str])] = &[
    ("rusqlite", &["sunting-store"]),
    ("postgres", &["sunting-sync"]),
    ("tokio-postgres", &["sunting-sync"]),
    ("postgres-protocol", &["sunting-sync"]),
    ("tokio-postgres-rustls", &["sunting-sync"]),
    ("ureq", &["sunting-publish"]),
    ("reqwest", &["sunting-publish"]),
    ("hyper", &["sunting-publish"]),
    ("keyring", &["sunting-publish"]),
    ("tauri", &["sunting-desktop"]),
    ("tiny_http", &["sunting-serve"]),
];

/// Workspace crate → its direct normal dependencies (by package name).
fn workspace() -> BTreeMap<String, BTreeSet<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|package| {
            let dependencies = package["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"].is_null())
                .map(|d| d["name"].as_str().unwrap().to_string())
                .collect();
            (package["name"].as_str().unwrap().to_string(), dependencies)
        })
        .collect()
}

/// Every breach of the rules above, in words.
fn breaches(crates: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let layers: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut found = Vec::new();
    for (krate, dependencies) in crates {
        let Some(allowed) = layers.get(krate.as_str()) else {
            found.push(format!("{krate} is not in the layer table"));
            continue;
        };
        for dependency in dependencies {
            if layers.contains_key(dependency.as_str()) && !allowed.contains(&dependency.as_str()) {
                found.push(format!("{krate} depends on {dependency}"));
            }
            if let Some((_, owners)) = CLIENTS.iter().find(|(client, _)| client == dependency) {
                if !owners.contains(&krate.as_str()) {
                    found.push(format!("{krate} links {dependency}"));
                }
            }
        }
    }
    found
}

#[test]
#[cfg_attr(windows, ignore = "cargo metadata runs where the project is built; the layering is the same for every target")]
fn crates_depend_only_downward_and_clients_stay_in_their_crate() {
    let crates = workspace();
    assert!(crates.len() >= 9 && crates["sunting-cli"].contains("sunting-store"), "{crates:?}");
    assert_eq!(breaches(&crates), Vec::<String>::new());
}

#[test]
#[cfg_attr(windows, ignore = "cargo metadata runs where the project is built; the layering is the same for every target")]
fn a_breach_is_found() {
    let mut crates = workspace();
    crates.get_mut("sunting-check").unwrap().insert("sunting-store".to_string());
    crates.get_mut("sunting-desktop").unwrap().insert("postgres".to_string());
    crates.insert("sunting-new".to_string(), BTreeSet::new());
    assert_eq!(
        breaches(&crates),
        ["sunting-check depends on sunting-store", "sunting-desktop links postgres", "sunting-new is not in the layer table"]
    );
}
