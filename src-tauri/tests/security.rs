//! The web view's security settings, checked against the files that set them, so loosening
//! one fails a test (docs/SECURITY.md explains each).

use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

/// Every TypeScript source of the UI (tests excluded), with its path.
fn ui_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "ts") && !path.to_string_lossy().ends_with(".test.ts") {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("ui/src"), &mut out);
    out
}

#[test]
fn the_csp_allows_only_the_app_itself() {
    let config = json("tauri.conf.json");
    let csp = config["app"]["security"]["csp"].as_str().expect("a CSP is set");
    let directives: Vec<(&str, Vec<&str>)> = csp
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut parts = d.split_whitespace();
            (parts.next().unwrap(), parts.collect())
        })
        .collect();
    let get =
        |name: &str| directives.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or_else(|| panic!("no {name} in {csp}"));
    assert_eq!(get("default-src"), ["'self'"]);
    assert_eq!(get("script-src"), ["'self'"], "no inline or eval'd script, no other origin");
    assert_eq!(get("style-src"), ["'self'"], "no inline style");
    assert_eq!(get("img-src"), ["'self'", "data:"]);
    assert_eq!(get("connect-src"), ["ipc:", "http://ipc.localhost"], "the app talks to its shell only");
    assert_eq!(get("object-src"), ["'none'"]);
    assert_eq!(get("base-uri"), ["'none'"]);
    assert_eq!(get("form-action"), ["'none'"]);
    assert_eq!(get("frame-ancestors"), ["'none'"]);
    assert!(!csp.contains("unsafe") && !csp.contains('*'), "{csp}");
    assert_eq!(config["app"]["security"]["freezePrototype"], true);
    assert!(config["app"].get("withGlobalTauri").is_none_or(|v| v == false), "no global Tauri object for injected script to find");
    assert!(config["build"].get("devUrl").is_none(), "the window loads the bundled UI, never a server");
    assert!(config["app"]["security"].get("dangerousDisableAssetCspModification").is_none());
    assert!(config["app"]["security"].get("assetProtocol").is_none(), "no file access from the page");
}

#[test]
fn the_window_may_do_only_what_the_ui_uses() {
    let capability = json("src-tauri/capabilities/main.json");
    let mut permissions: Vec<&str> = capability["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    permissions.sort();
    assert_eq!(permissions, ["core:event:allow-listen", "core:event:allow-unlisten", "core:window:allow-destroy"]);
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(capability.get("remote").is_none(), "no remote origin gets these permissions");
    let capability_files = std::fs::read_dir(root().join("src-tauri/capabilities")).unwrap().count();
    assert_eq!(capability_files, 1, "one capability file");

    // Each permission is used, and nothing else of Tauri's is: only ipc/ imports it, and only
    // invoke, listen and the window's destroy.
    let sources = ui_sources();
    let mut imports = Vec::new();
    for (path, text) in &sources {
        for line in text.lines().filter(|l| l.contains("@tauri-apps/")) {
            assert!(path.to_string_lossy().contains("/ipc/"), "{} imports Tauri: {line}", path.display());
            imports.push(line.trim().to_string());
        }
    }
    imports.sort();
    assert_eq!(
        imports,
        [
            "import { getCurrentWindow } from \"@tauri-apps/api/window\";",
            "import { invoke } from \"@tauri-apps/api/core\";",
            "import { listen } from \"@tauri-apps/api/event\";",
        ]
    );
    let ipc = &sources.iter().find(|(p, _)| p.ends_with("ipc/index.ts")).unwrap().1;
    assert!(ipc.contains("listen<") || ipc.contains("listen("), "listen is used (core:event:allow-listen, allow-unlisten)");
    // onCloseRequested destroys the window once the handler lets it close.
    assert!(ipc.contains(".onCloseRequested("), "the window's destroy is used (core:window:allow-destroy)");
    let packages: Value = json("ui/package.json");
    let dependencies: Vec<&String> = packages["dependencies"].as_object().unwrap().keys().collect();
    assert!(!dependencies.iter().any(|d| d.starts_with("@tauri-apps/plugin")), "no Tauri plugins: {dependencies:?}");
}

#[test]
fn the_page_loads_nothing_from_elsewhere() {
    let index = std::fs::read_to_string(root().join("ui/index.html")).unwrap();
    let styles = std::fs::read_to_string(root().join("ui/src/styles.css")).unwrap();
    for (name, text) in [("index.html", &index), ("styles.css", &styles)] {
        assert!(!text.contains("http://") && !text.contains("https://") && !text.contains("//fonts."), "{name} refers to another origin");
    }
    for (path, text) in ui_sources() {
        for needle in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
            assert!(!text.contains(needle), "{} uses {needle}", path.display());
        }
        for line in text.lines() {
            let remote =
                line.contains("\"http://") || line.contains("\"https://") || line.contains("`https://") || line.contains("'https://");
            // Addresses shown as examples (placeholders, help) are text, not loaded.
            assert!(!remote || line.contains("placeholder") || line.contains("example"), "{}: {line}", path.display());
        }
    }
}
