//! Sunting's desktop shell: a Tauri 2 window over the engine and the store.
//!
//! Everything here is thin. [`Desk`] owns the one open [`Store`]; each command in [`commands`]
//! is a few lines that call the store or the engine and turn their errors into a
//! [`CommandError`] (`{code, message}`) for the UI. The TypeScript declarations of every value
//! that crosses to the UI are generated from these Rust types (see `bindings.rs`).

pub mod commands;
mod desk;
mod error;
mod files;
mod navigation;
pub mod newsroom;
pub mod publishing;

#[cfg(test)]
mod bindings;

pub use desk::{AppInfo, Desk, DeskSettings, OpenedArticle};
pub use error::{CommandError, ErrorCode};

/// When the process started, for the start-up time the window reports (see
/// [`commands::window_ready`]).
pub(crate) static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Opens the database, then runs the window until it closes.
pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    let desk = Desk::open_default();
    desk.warm_up();
    let newsroom = newsroom::Newsroom::new(&desk);
    tauri::Builder::default()
        .plugin(navigation::guard())
        .manage(desk)
        .manage(newsroom)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::window_ready,
            commands::list_articles,
            commands::open_errors,
            commands::create_article,
            commands::import_article,
            commands::open_article,
            commands::save_article,
            commands::merge_article,
            commands::article_heads,
            commands::autosave_article,
            commands::discard_working_copy,
            commands::set_status,
            commands::status_changes,
            commands::article_history,
            commands::revision,
            commands::diff_revisions,
            commands::restore_revision,
            commands::check_article,
            commands::ignore_in_article,
            commands::unignore_in_article,
            commands::add_word,
            commands::remove_word,
            commands::rename_word,
            commands::merge_name,
            commands::confirm_name,
            commands::mark_different,
            commands::unconfirm_name,
            commands::unmark_different,
            commands::settings,
            commands::save_settings,
            commands::dictionary,
            commands::import_words,
            commands::export_words,
            commands::name_register,
            commands::import_names,
            commands::export_names,
            publishing::publishing,
            publishing::add_site,
            publishing::remove_site,
            publishing::export_to_site,
            publishing::site_profile,
            publishing::send_queued_now,
            publishing::cancel_queued_export,
            publishing::export_file,
            publishing::set_name_kind,
            newsroom::sync_status,
            newsroom::connect_newsroom,
            newsroom::disconnect_newsroom,
            newsroom::sync_now,
            newsroom::presence,
            newsroom::open_lease,
            newsroom::close_lease,
            newsroom::ask_for_article,
        ])
        .setup(|app| {
            maximise_on_a_laptop(app.handle());
            publishing::start_queue(app.handle());
            newsroom::start(app.handle());
            Ok(())
        })
        .build(tauri::generate_context!("../tauri.conf.json"))
        .expect("the Sunting window could not start")
        .run(|app, event| {
            // Others see at once that this desk no longer edits its stories.
            if let tauri::RunEvent::Exit = event {
                newsroom::release_all(app);
            }
        });
}

/// Screens up to this size (in logical pixels) get the whole screen: a laptop's 1366x768 or
/// 1440x900 leaves no room to spare around a 1280x720 window, and on Windows 720 px and a title
/// bar are taller than what the taskbar leaves. Larger screens keep the window's own size.
pub const MAXIMISE_UP_TO: (f64, f64) = (1440.0, 900.0);

/// Whether a screen of `width` x `height` logical pixels is small enough to maximise on.
pub fn maximise_on(width: f64, height: f64) -> bool {
    width <= MAXIMISE_UP_TO.0 && height <= MAXIMISE_UP_TO.1
}

/// Opens the main window maximised on a laptop's screen (see [`MAXIMISE_UP_TO`]).
fn maximise_on_a_laptop(app: &tauri::AppHandle) {
    use tauri::Manager;
    let Some(window) = app.get_webview_window("main") else { return };
    let Ok(Some(monitor)) = window.current_monitor().or_else(|_| window.primary_monitor()) else { return };
    let size = monitor.size().to_logical::<f64>(monitor.scale_factor());
    if maximise_on(size.width, size.height) {
        // The work area first (the screen less its panels), for a desktop without a window
        // manager to maximise; then maximised, which a window manager does best.
        let area = monitor.work_area();
        let _ = window.set_position(area.position);
        let _ = window.set_size(area.size);
        let _ = window.maximize();
    }
}

#[cfg(test)]
mod window_tests {
    #[test]
    fn laptops_open_maximised_and_large_screens_keep_the_window_size() {
        assert!(super::maximise_on(1366.0, 768.0));
        assert!(super::maximise_on(1440.0, 900.0));
        assert!(super::maximise_on(1280.0, 800.0));
        assert!(!super::maximise_on(1920.0, 1080.0));
        assert!(!super::maximise_on(1680.0, 1050.0));
    }
}
