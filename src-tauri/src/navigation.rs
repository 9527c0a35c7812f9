//! The window never leaves Sunting: a navigation to anywhere but the app's own pages (a link in
//! pulled or pasted text, a script that slipped past the sanitiser, a dropped file) is refused
//! before the web view loads it. The CSP keeps other sites' scripts and requests out; this keeps
//! the window itself from being taken to another page, where the shell's commands would answer
//! it.

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Runtime, Url};

/// The plugin that refuses every navigation [`stays_in_app`] does not allow.
pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard").on_navigation(|_webview, url| stays_in_app(url)).build()
}

/// True for the app's own pages: `tauri://localhost` (Linux, macOS), `http(s)://tauri.localhost`
/// (Windows), and the blank page a web view may show before the first.
pub fn stays_in_app(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost") && url.port().is_none(),
        "about" => url.path() == "blank",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_are_reachable() {
        let allowed = [
            "tauri://localhost",
            "tauri://localhost/index.html#/artikel/3",
            "http://tauri.localhost/",
            "https://tauri.localhost/x",
            "about:blank",
        ];
        for url in allowed {
            assert!(stays_in_app(&Url::parse(url).unwrap()), "{url}");
        }
        let refused = [
            "https://example.org/",
            "http://localhost:5173/",
            "http://tauri.localhost:8080/",
            "http://tauri.localhost.example.org/",
            "tauri://elsewhere/",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "javascript:alert(1)",
            "about:srcdoc",
            "ipc://localhost/",
            "mailto:redaksi@kabar.example",
        ];
        for url in refused {
            assert!(!stays_in_app(&Url::parse(url).unwrap()), "{url}");
        }
    }
}
