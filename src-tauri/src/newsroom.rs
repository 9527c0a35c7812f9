//! The desk's place in a newsroom: the background sync with the newsroom server, who is editing
//! what (leases), and the commands behind Settings → Newsroom, the sync indicator, the library's
//! presence and the editor's banners.
//!
//! The newsroom client itself is `sunting_sync::session`, shared with the command line: its
//! [`Session`] runs on a thread of its own with its own connection to the database, so saves and
//! checks never wait on the network, and survives a failed or panicking round (it tries again
//! with back-off and says so). This module only turns the session's events into the window's:
//! `sync-status`, `articles-changed`, `presence`, `lease-lost` and `lease-asked`, and hands the
//! lease commands to its [`Control`]. Without a server the session idles and the desk works as
//! it always has.

use crate::commands::Result;
use crate::desk::Desk;
use crate::error::{CommandError, ErrorCode};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use sunting_publish::credentials;
use sunting_sync::session::{Control, Event, Login, Opened, Session, State as SessionState};
use sunting_sync::SyncError;
use tauri::{AppHandle, Emitter, Manager, State};
use ts_rs::TS;

/// Where the sync stands, for the window's indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// No newsroom server: the desk works on its own.
    Off,
    /// Everything is on the server and this desk has what others wrote.
    Synced,
    /// Pushing or pulling now.
    Syncing,
    /// Changes wait to be pushed.
    Waiting,
    /// The server cannot be reached; work goes on and is pushed later.
    Offline,
    /// The server refused something (rights, password, an old or new schema).
    Refused,
}

/// The sync as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncStatus {
    /// Where it stands.
    pub state: SyncState,
    /// The server's address (no password).
    pub server: Option<String>,
    /// Changes waiting to be pushed.
    #[ts(type = "number")]
    pub waiting: u64,
    /// When the last sync ended well (ms since the epoch).
    #[ts(type = "number | null")]
    pub last_sync: Option<i64>,
    /// What went wrong, for Offline and Refused.
    pub problem: Option<String>,
    /// Articles with versions to reconcile.
    #[ts(type = "Array<number>")]
    pub forks: Vec<i64>,
}

/// Someone editing a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Presence {
    /// The article, on this desk.
    #[ts(type = "number")]
    pub article_id: i64,
    /// Who, as shown.
    pub holder_name: String,
    /// Since when (ms since the epoch).
    #[ts(type = "number")]
    pub since: i64,
    /// This desk holds it.
    pub mine: bool,
}

/// What opening a story for editing got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LeaseState {
    /// This desk may edit it.
    pub granted: bool,
    /// The server could not be asked: editing is allowed, and marked as offline.
    pub offline: bool,
    /// No newsroom server: nobody else can be editing it.
    pub alone: bool,
    /// Who holds it when it is not granted.
    pub holder_name: Option<String>,
    /// Since when they hold it (ms since the epoch).
    #[ts(type = "number | null")]
    pub since: Option<i64>,
}

/// An article's lease was taken over by someone else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LeaseLost {
    /// The article.
    #[ts(type = "number")]
    pub article_id: i64,
    /// Who has it now.
    pub holder_name: String,
}

/// Someone asks for a story this desk holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LeaseAsked {
    /// The article.
    #[ts(type = "number")]
    pub article_id: i64,
    /// Who asks.
    pub from: String,
}

/// Articles another desk changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ArticlesChanged {
    /// Their ids on this desk.
    #[ts(type = "Array<number>")]
    pub ids: Vec<i64>,
}

/// The newsroom side of the desk, managed by Tauri beside [`Desk`]: what the window last heard
/// from the desk's [`Session`], and its [`Control`].
pub struct Newsroom {
    database: PathBuf,
    status: Mutex<SyncStatus>,
    control: Arc<Control>,
    presence: Mutex<Vec<Presence>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn millis(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

fn sync_error(error: SyncError) -> CommandError {
    CommandError::from(error)
}

fn credential_error(error: credentials::CredentialError) -> CommandError {
    CommandError::from(error)
}

impl Newsroom {
    /// The newsroom side of `desk`.
    pub fn new(desk: &Desk) -> Newsroom {
        Newsroom {
            database: desk.database().to_path_buf(),
            status: Mutex::new(SyncStatus {
                state: SyncState::Off,
                server: None,
                waiting: 0,
                last_sync: None,
                problem: None,
                forks: Vec::new(),
            }),
            control: desk.sync_control(),
            presence: Mutex::new(Vec::new()),
        }
    }

    /// Asks the sync thread to run now.
    pub fn wake(&self) {
        self.control.wake();
    }

    /// The sync as it stands.
    pub fn status(&self) -> SyncStatus {
        lock(&self.status).clone()
    }
}

/// The desk's login to its server, when it has one; an error when the password is not there.
fn login(desk: &Desk) -> Result<Option<Login>> {
    let Some(server) = desk.with_store(|store| store.sync_value(sunting_sync::SERVER_KEY))? else { return Ok(None) };
    let password = credentials::newsroom_password(&server).map_err(credential_error)?;
    Ok(Some(Login { server, password }))
}

/// Starts the sync thread: the desk's [`Session`], its events turned into the window's.
pub fn start(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        let newsroom = app.state::<Newsroom>();
        let mut session = Session::new(newsroom.control.clone());
        let mut password = |server: &str| credentials::newsroom_password(server).map_err(|error| error.to_string());
        let mut told = Instant::now();
        let mut events = |event: Event| tell(&app, &newsroom, event, &mut told);
        session.run(&newsroom.database, &mut password, &mut events);
    });
}

/// Turns one of the session's events into the window's state and events.
fn tell(app: &AppHandle, newsroom: &Newsroom, event: Event, told: &mut Instant) {
    match event {
        Event::Status(status) => {
            let status = SyncStatus {
                state: match status.state {
                    SessionState::Off => SyncState::Off,
                    SessionState::Synced => SyncState::Synced,
                    SessionState::Syncing => SyncState::Syncing,
                    SessionState::Waiting => SyncState::Waiting,
                    SessionState::Offline => SyncState::Offline,
                    // A failed round shows its problem as a refusal does, with its words.
                    SessionState::Refused | SessionState::Failed => SyncState::Refused,
                },
                server: status.server,
                waiting: status.waiting,
                last_sync: status.last_sync,
                problem: status.problem,
                forks: status.forks,
            };
            *lock(&newsroom.status) = status.clone();
            let _ = app.emit("sync-status", status);
        }
        // A long push (joining with an archive) shows its progress as the count still waiting.
        Event::Progress { left, .. } => {
            if told.elapsed() >= Duration::from_millis(500) {
                *told = Instant::now();
                let status = {
                    let mut status = lock(&newsroom.status);
                    status.waiting = left;
                    status.clone()
                };
                let _ = app.emit("sync-status", status);
            }
        }
        Event::Pulled(applied) => {
            if applied.set_writes > 0 {
                app.state::<Desk>().newsroom_changed();
            }
            if !applied.articles.is_empty() {
                let _ = app.emit("articles-changed", ArticlesChanged { ids: applied.articles });
            }
        }
        Event::Presence(leases) => {
            let presence: Vec<Presence> = leases
                .into_iter()
                .map(|p| Presence { article_id: p.article_id, holder_name: p.holder_name, since: millis(p.since), mine: p.mine })
                .collect();
            *lock(&newsroom.presence) = presence.clone();
            let _ = app.emit("presence", presence);
        }
        Event::LeaseLost { article_id, holder_name } => {
            let _ = app.emit("lease-lost", LeaseLost { article_id, holder_name });
        }
        Event::LeaseAsked { article_id, from } => {
            let _ = app.emit("lease-asked", LeaseAsked { article_id, from });
        }
    }
}

/// Runs `work` on a thread of its own. The PostgreSQL client blocks on a runtime of its own,
/// which cannot start on the async runtime's threads that run the commands.
fn off_runtime<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| scope.spawn(work).join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
}

fn machine(desk: &Desk) -> String {
    desk.with_store(|store| Ok(store.machine().to_string())).unwrap_or_default()
}

/// The sync as it stands.
#[tauri::command(async, rename_all = "snake_case")]
pub fn sync_status(newsroom: State<'_, Newsroom>) -> SyncStatus {
    newsroom.status()
}

/// Joins a newsroom server: checks the address, login and schema, keeps the password in the
/// keyring and the address in the database, then syncs in the background.
#[tauri::command(async, rename_all = "snake_case")]
pub fn connect_newsroom(
    desk: State<'_, Desk>,
    newsroom: State<'_, Newsroom>,
    address: String,
    user: String,
    password: String,
) -> Result<SyncStatus> {
    off_runtime(|| connect(&desk, &newsroom, &address, &user, &password))
}

fn connect(desk: &Desk, newsroom: &Newsroom, address: &str, user: &str, password: &str) -> Result<SyncStatus> {
    // The password has its own field: an address that carries one is refused, never kept.
    if address_has_password(address) {
        return Err(sync_error(SyncError::PasswordInAddress));
    }
    let server = server_url(address, user)?;
    let login = sunting_sync::session::Login { server: server.clone(), password: password.to_string() };
    let client = sunting_sync::session::check_login(&login).map_err(sync_error)?;
    credentials::save_newsroom_password(&server, password).map_err(credential_error)?;
    desk.with_store(|store| store.set_sync_value(sunting_sync::SERVER_KEY, Some(&server)))?;
    newsroom.control.keep_client(&server, client);
    let mut status = newsroom.status();
    status.server = Some(server);
    status.state = SyncState::Syncing;
    newsroom.wake();
    Ok(status)
}

/// The server's address with the user in it: `postgres://USER@HOST[:PORT]/DATABASE[?sslmode=…]`.
/// True when the address typed in Settings carries a password (`ayu:…@`, `?password=`).
fn address_has_password(address: &str) -> bool {
    let address = address.trim();
    let url = if address.starts_with("postgres://") || address.starts_with("postgresql://") {
        address.to_string()
    } else {
        format!("postgres://{address}")
    };
    sunting_sync::address_has_password(&url).unwrap_or(false)
}

fn server_url(address: &str, user: &str) -> Result<String> {
    sunting_sync::address::with_user(address, user).map_err(|error| match error {
        SyncError::PasswordInAddress => sync_error(error),
        _ => CommandError::said(ErrorCode::InvalidInput, "desk-newsroom-address", &[]),
    })
}

/// Leaves the newsroom server: this desk keeps its archive and works on its own.
#[tauri::command(async, rename_all = "snake_case")]
pub fn disconnect_newsroom(desk: State<'_, Desk>, newsroom: State<'_, Newsroom>) -> Result<()> {
    desk.with_store(|store| store.set_sync_value(sunting_sync::SERVER_KEY, None))?;
    lock(&newsroom.presence).clear();
    newsroom.control.forget();
    Ok(())
}

/// Syncs now.
#[tauri::command(async, rename_all = "snake_case")]
pub fn sync_now(newsroom: State<'_, Newsroom>) {
    newsroom.wake();
}

/// Who is editing which story, as last read.
#[tauri::command(async, rename_all = "snake_case")]
pub fn presence(newsroom: State<'_, Newsroom>) -> Vec<Presence> {
    lock(&newsroom.presence).clone()
}

/// Takes the lease on an article the editor opens (`take_over`: from whoever holds it; editors
/// only, the server decides). Offline, editing is allowed and marked.
#[tauri::command(async, rename_all = "snake_case")]
pub fn open_lease(desk: State<'_, Desk>, newsroom: State<'_, Newsroom>, article_id: i64, take_over: bool) -> Result<LeaseState> {
    off_runtime(|| open(&desk, &newsroom, article_id, take_over))
}

fn open(desk: &Desk, newsroom: &Newsroom, article_id: i64, take_over: bool) -> Result<LeaseState> {
    let uuid = desk.with_store(|store| store.article_uuid(article_id))?;
    let login = match login(desk) {
        Ok(None) => return Ok(LeaseState { granted: true, offline: false, alone: true, holder_name: None, since: None }),
        Ok(Some(login)) => Some(login),
        // No password to ask with: as offline.
        Err(_) => None,
    };
    let opened = match &login {
        Some(login) => newsroom.control.open(login, article_id, &uuid, &machine(desk), &desk.author(), take_over),
        None => Opened::Offline,
    };
    Ok(match opened {
        Opened::Granted(lease) => LeaseState {
            granted: true,
            offline: false,
            alone: false,
            holder_name: Some(lease.holder_name),
            since: Some(millis(lease.since)),
        },
        Opened::Held(lease) => LeaseState {
            granted: false,
            offline: false,
            alone: false,
            holder_name: Some(lease.holder_name),
            since: Some(millis(lease.since)),
        },
        // The server is away (or refused us): work goes on, marked as offline, and the session
        // takes the lease as soon as the server answers again: if someone else took the story
        // meanwhile, the window hears `lease-lost` and keeps this desk's work as a revision.
        Opened::Offline => LeaseState { granted: true, offline: true, alone: false, holder_name: None, since: None },
    })
}

/// Frees the lease when the editor closes the article.
#[tauri::command(async, rename_all = "snake_case")]
pub fn close_lease(desk: State<'_, Desk>, newsroom: State<'_, Newsroom>, article_id: i64) -> Result<()> {
    off_runtime(|| newsroom.control.close(login(&desk).ok().flatten().as_ref(), article_id, &machine(&desk)));
    Ok(())
}

/// Asks whoever edits the article to let go of it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn ask_for_article(desk: State<'_, Desk>, newsroom: State<'_, Newsroom>, article_id: i64) -> Result<()> {
    let uuid = desk.with_store(|store| store.article_uuid(article_id))?;
    let name = desk.author();
    let Some(login) = login(&desk)? else { return Ok(()) };
    off_runtime(|| newsroom.control.ask(&login, &uuid, &name)).map_err(sync_error)
}

/// Frees every lease this desk holds (the window is closing).
pub fn release_all(app: &AppHandle) {
    let newsroom = app.state::<Newsroom>();
    let desk = app.state::<Desk>();
    let machine = machine(&desk);
    let login = login(&desk).ok().flatten();
    off_runtime(|| newsroom.control.release_all(login.as_ref(), &machine));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_address_gets_the_user_and_a_database() {
        assert_eq!(server_url("db.kabar.example/redaksi", "ayu").unwrap(), "postgres://ayu@db.kabar.example/redaksi");
        assert_eq!(
            server_url(" postgres://old@127.0.0.1:5432/redaksi?sslmode=disable ", "budi").unwrap(),
            "postgres://budi@127.0.0.1:5432/redaksi?sslmode=disable"
        );
        assert_eq!(server_url("db.kabar.example", "ayu").unwrap(), "postgres://ayu@db.kabar.example/sunting");
        assert!(server_url("db.kabar.example", " ").is_err());
        assert!(server_url("", "ayu").is_err());
        assert!(address_has_password("ayu:rahasia@db.kabar.example/redaksi"));
        assert!(address_has_password("postgres://db.kabar.example/redaksi?password=rahasia"));
        assert!(!address_has_password("db.kabar.example/redaksi"));
        assert!(!address_has_password(" postgres://old@127.0.0.1:5432/redaksi?sslmode=disable "));
    }
}
