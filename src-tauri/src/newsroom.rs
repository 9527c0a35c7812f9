//! The desk's place in a newsroom: the background sync with the newsroom server, who is editing
//! what (leases), and the commands behind Settings → Newsroom, the sync indicator, the library's
//! presence and the editor's banners.
//!
//! The sync runs on a thread of its own with its own connection to the database, so saves and
//! checks never wait on the network. It pushes and pulls, then waits for the server's
//! notification, a local save (see [`Newsroom::wake`]) or at most [`PERIODIC_PULL`]. Each round
//! it renews this desk's leases and reads everyone's. What it learns reaches the window as
//! events: `sync-status`, `articles-changed`, `presence`, `lease-lost` and `lease-asked`.
//! Without a server nothing of this runs and the desk works as it always has.

use crate::commands::Result;
use crate::desk::Desk;
use crate::error::{CommandError, ErrorCode};
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use sunting_publish::credentials;
use sunting_store::Store;
use sunting_sync::lease::{self, Taken};
use sunting_sync::{Listener, SyncError};
use tauri::{AppHandle, Emitter, Manager, State};
use ts_rs::TS;

/// The longest a desk goes without pulling, in case a notification was lost.
pub const PERIODIC_PULL: Duration = Duration::from_secs(15);

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

/// The sync thread's alarm: set by a local save or "sync now", waited on by the thread.
#[derive(Default)]
pub struct Wake {
    flag: Mutex<bool>,
    condvar: Condvar,
}

impl Wake {
    /// Asks the sync thread to run now.
    pub fn wake(&self) {
        *lock(&self.flag) = true;
        self.condvar.notify_all();
    }

    /// Waits until woken or `timeout` passed; true when woken.
    fn wait(&self, timeout: Duration) -> bool {
        let guard = lock(&self.flag);
        let (mut woken, _) = self.condvar.wait_timeout_while(guard, timeout, |woken| !*woken).unwrap_or_else(|p| p.into_inner());
        std::mem::replace(&mut *woken, false)
    }

    /// True when woken since the last look.
    fn take(&self) -> bool {
        std::mem::replace(&mut *lock(&self.flag), false)
    }
}

/// The newsroom side of the desk, managed by Tauri beside [`Desk`].
pub struct Newsroom {
    database: PathBuf,
    status: Mutex<SyncStatus>,
    wake: Arc<Wake>,
    presence: Mutex<Vec<Presence>>,
    /// The articles this desk edits, with their UUIDs: the leases it renews.
    held: Mutex<HashMap<i64, String>>,
    /// A connection for lease calls from commands, opened on first use.
    client: Mutex<Option<postgres::Client>>,
    /// A story was opened while the server was away: take its lease at the next good round.
    retake: std::sync::atomic::AtomicBool,
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
            wake: desk.sync_wake(),
            presence: Mutex::new(Vec::new()),
            held: Mutex::new(HashMap::new()),
            client: Mutex::new(None),
            retake: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Asks the sync thread to run now.
    pub fn wake(&self) {
        self.wake.wake();
    }

    fn wait_for_wake(&self, timeout: Duration) -> bool {
        self.wake.wait(timeout)
    }

    fn take_wake(&self) -> bool {
        self.wake.take()
    }

    /// The sync as it stands.
    pub fn status(&self) -> SyncStatus {
        lock(&self.status).clone()
    }

    /// Runs `action` with a connection to the server for this desk's login.
    fn with_client<T>(
        &self,
        desk: &Desk,
        action: impl FnOnce(&mut postgres::Client) -> std::result::Result<T, SyncError>,
    ) -> Result<Option<T>> {
        let Some(server) = desk.with_store(|store| store.sync_value(sunting_sync::SERVER_KEY))? else { return Ok(None) };
        let mut client = lock(&self.client);
        if client.as_mut().is_none_or(|c| c.is_closed()) {
            let password = credentials::newsroom_password(&server).map_err(credential_error)?;
            *client = Some(sunting_sync::connect(&server, Some(&password)).map_err(sync_error)?);
        }
        let result = action(client.as_mut().expect("connected above"));
        if result.as_ref().is_err_and(SyncError::is_transient) {
            *client = None;
        }
        result.map(Some).map_err(sync_error)
    }
}

/// Starts the sync thread.
pub fn start(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || run(&app));
}

fn run(app: &AppHandle) {
    let newsroom = app.state::<Newsroom>();
    let desk = app.state::<Desk>();
    let mut store: Option<Store> = None;
    let mut listener: Option<(String, Listener)> = None;
    let mut renewed = Instant::now() - lease::RENEW_EVERY;
    loop {
        if store.is_none() {
            store = Store::open(&newsroom.database).ok();
        }
        let Some(local) = store.as_mut() else {
            newsroom.wait_for_wake(PERIODIC_PULL);
            continue;
        };
        let server = local.sync_value(sunting_sync::SERVER_KEY).ok().flatten();
        let Some(server) = server else {
            set_status(app, &newsroom, local, SyncState::Off, None, None);
            listener = None;
            newsroom.wait_for_wake(PERIODIC_PULL);
            continue;
        };
        let password = match credentials::newsroom_password(&server) {
            Ok(password) => password,
            Err(error) => {
                set_status(app, &newsroom, local, SyncState::Refused, Some(&server), Some(error.to_string()));
                newsroom.wait_for_wake(PERIODIC_PULL);
                continue;
            }
        };
        set_status(app, &newsroom, local, SyncState::Syncing, Some(&server), None);
        // A long push (joining with an archive) shows its progress as the count still waiting.
        let mut told = Instant::now();
        let mut progress = |_: usize, left: u64| {
            if told.elapsed() >= Duration::from_millis(500) {
                told = Instant::now();
                let mut status = newsroom.status();
                status.waiting = left;
                *lock(&newsroom.status) = status.clone();
                let _ = app.emit("sync-status", status);
            }
        };
        match sunting_sync::sync_desk(local, &server, Some(&password), &mut progress) {
            Ok(synced) => {
                if synced.pulled.set_writes > 0 {
                    desk.newsroom_changed();
                }
                if !synced.pulled.articles.is_empty() {
                    let _ = app.emit("articles-changed", ArticlesChanged { ids: synced.pulled.articles.clone() });
                }
                let problem =
                    synced.pushed.refusal.map(|reason| format!("the newsroom server refused {} changes: {reason}", synced.pushed.refused));
                let state = if problem.is_some() { SyncState::Refused } else { SyncState::Synced };
                set_status(app, &newsroom, local, state, Some(&server), problem);
            }
            Err(error) => {
                let state = if error.is_transient() { SyncState::Offline } else { SyncState::Refused };
                set_status(app, &newsroom, local, state, Some(&server), Some(error.to_string()));
                listener = None;
                newsroom.wait_for_wake(PERIODIC_PULL);
                continue;
            }
        }
        if renewed.elapsed() >= lease::RENEW_EVERY || newsroom.retake.swap(false, std::sync::atomic::Ordering::SeqCst) {
            renew_leases(app, &newsroom, &desk);
            renewed = Instant::now();
        }
        read_presence(app, &newsroom, &desk);
        if listener.as_ref().is_none_or(|(for_server, _)| *for_server != server) {
            listener = Listener::connect(&server, Some(&password)).ok().map(|l| (server.clone(), l));
        }
        // Wait for the server, a local save or the periodic pull.
        let started = Instant::now();
        while started.elapsed() < PERIODIC_PULL {
            if newsroom.take_wake() {
                break;
            }
            let Some((_, waiting)) = listener.as_mut() else {
                newsroom.wait_for_wake(PERIODIC_PULL.saturating_sub(started.elapsed()));
                break;
            };
            match waiting.wait(Duration::from_millis(250)) {
                Ok(heard) => {
                    for ask in &heard.asks {
                        let article = lock(&newsroom.held).iter().find(|(_, uuid)| **uuid == ask.article).map(|(id, _)| *id);
                        if let Some(article_id) = article {
                            let _ = app.emit("lease-asked", LeaseAsked { article_id, from: ask.from.clone() });
                        }
                    }
                    if heard.leases {
                        read_presence(app, &newsroom, &desk);
                    }
                    if heard.changes {
                        break;
                    }
                }
                Err(_) => {
                    listener = None;
                    break;
                }
            }
        }
    }
}

fn set_status(app: &AppHandle, newsroom: &Newsroom, store: &Store, state: SyncState, server: Option<&str>, problem: Option<String>) {
    let waiting = store.outbox_len().unwrap_or(0);
    let state = match state {
        SyncState::Synced if waiting > 0 => SyncState::Waiting,
        other => other,
    };
    let status = SyncStatus {
        state,
        server: server.map(str::to_string),
        waiting,
        last_sync: store.sync_value(sunting_sync::LAST_SYNC_KEY).ok().flatten().and_then(|m| m.parse().ok()),
        problem,
        forks: store.forked_articles().unwrap_or_default(),
    };
    let changed = {
        let mut current = lock(&newsroom.status);
        let changed = *current != status;
        *current = status.clone();
        changed
    };
    if changed {
        let _ = app.emit("sync-status", status);
    }
}

/// Renews this desk's leases; tells the window about the ones someone took over.
fn renew_leases(app: &AppHandle, newsroom: &Newsroom, desk: &Desk) {
    let held: Vec<(i64, String)> = lock(&newsroom.held).iter().map(|(id, uuid)| (*id, uuid.clone())).collect();
    if held.is_empty() {
        return;
    }
    let (machine, name) = (machine(desk), desk.author());
    for (article_id, uuid) in held {
        if let Ok(Some(Taken::Held(lease))) = newsroom.with_client(desk, |client| lease::take(client, &uuid, &machine, &name, false)) {
            lock(&newsroom.held).remove(&article_id);
            let _ = app.emit("lease-lost", LeaseLost { article_id, holder_name: lease.holder_name });
        }
    }
}

/// Reads who is editing what, and tells the window at once when a story this desk edits is now
/// someone else's (a takeover), without waiting for the next renewal.
fn read_presence(app: &AppHandle, newsroom: &Newsroom, desk: &Desk) {
    let Ok(Some(leases)) = newsroom.with_client(desk, lease::current) else { return };
    let mine = machine(desk);
    let lost: Vec<(i64, String)> = {
        let mut held = lock(&newsroom.held);
        let lost: Vec<(i64, String)> = held
            .iter()
            .filter_map(|(id, uuid)| leases.iter().find(|l| l.article == *uuid && l.machine != mine).map(|l| (*id, l.holder_name.clone())))
            .collect();
        for (id, _) in &lost {
            held.remove(id);
        }
        lost
    };
    for (article_id, holder_name) in lost {
        let _ = app.emit("lease-lost", LeaseLost { article_id, holder_name });
    }
    let presence: Vec<Presence> = leases
        .into_iter()
        .filter_map(|lease| {
            let article_id = desk.with_store(|store| store.article_by_uuid(&lease.article)).ok().flatten()?;
            Some(Presence { article_id, holder_name: lease.holder_name, since: millis(lease.since), mine: lease.machine == mine })
        })
        .collect();
    let changed = {
        let mut current = lock(&newsroom.presence);
        let changed = *current != presence;
        *current = presence.clone();
        changed
    };
    if changed {
        let _ = app.emit("presence", presence);
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
    let mut client = sunting_sync::connect(&server, Some(password)).map_err(sync_error)?;
    sunting_sync::schema::check_version(&mut client).map_err(sync_error)?;
    credentials::save_newsroom_password(&server, password).map_err(credential_error)?;
    desk.with_store(|store| store.set_sync_value(sunting_sync::SERVER_KEY, Some(&server)))?;
    *lock(&newsroom.client) = Some(client);
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
    let address = address.trim();
    let user = user.trim();
    let rest = address.strip_prefix("postgres://").or_else(|| address.strip_prefix("postgresql://")).unwrap_or(address);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    if user.is_empty() || rest.is_empty() || rest.contains(char::is_whitespace) {
        return Err(CommandError::said(ErrorCode::InvalidInput, "desk-newsroom-address", &[]));
    }
    let rest = if rest.contains('/') { rest.to_string() } else { format!("{rest}/sunting") };
    Ok(format!("postgres://{user}@{rest}"))
}

/// Leaves the newsroom server: this desk keeps its archive and works on its own.
#[tauri::command(async, rename_all = "snake_case")]
pub fn disconnect_newsroom(desk: State<'_, Desk>, newsroom: State<'_, Newsroom>) -> Result<()> {
    desk.with_store(|store| store.set_sync_value(sunting_sync::SERVER_KEY, None))?;
    *lock(&newsroom.client) = None;
    lock(&newsroom.held).clear();
    lock(&newsroom.presence).clear();
    newsroom.wake();
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
pub fn open_lease(
    app: AppHandle,
    desk: State<'_, Desk>,
    newsroom: State<'_, Newsroom>,
    article_id: i64,
    take_over: bool,
) -> Result<LeaseState> {
    off_runtime(|| open(&app, &desk, &newsroom, article_id, take_over))
}

fn open(app: &AppHandle, desk: &Desk, newsroom: &Newsroom, article_id: i64, take_over: bool) -> Result<LeaseState> {
    let uuid = desk.with_store(|store| store.article_uuid(article_id))?;
    let (machine, name) = (machine(desk), desk.author());
    let taken = newsroom.with_client(desk, |client| lease::take(client, &uuid, &machine, &name, take_over));
    let state = match taken {
        Ok(None) => LeaseState { granted: true, offline: false, alone: true, holder_name: None, since: None },
        Ok(Some(Taken::Granted(lease))) => {
            lock(&newsroom.held).insert(article_id, uuid);
            LeaseState {
                granted: true,
                offline: false,
                alone: false,
                holder_name: Some(lease.holder_name),
                since: Some(millis(lease.since)),
            }
        }
        Ok(Some(Taken::Held(lease))) => LeaseState {
            granted: false,
            offline: false,
            alone: false,
            holder_name: Some(lease.holder_name),
            since: Some(millis(lease.since)),
        },
        // The server is away (or refused us): work goes on, marked as offline, and the lease is
        // taken as soon as the server answers again (see `run`): if someone else took the story
        // meanwhile, the window hears `lease-lost` and keeps this desk's work as a revision.
        Err(_) => {
            lock(&newsroom.held).insert(article_id, uuid);
            newsroom.retake.store(true, std::sync::atomic::Ordering::SeqCst);
            LeaseState { granted: true, offline: true, alone: false, holder_name: None, since: None }
        }
    };
    read_presence(app, newsroom, desk);
    Ok(state)
}

/// Frees the lease when the editor closes the article.
#[tauri::command(async, rename_all = "snake_case")]
pub fn close_lease(app: AppHandle, desk: State<'_, Desk>, newsroom: State<'_, Newsroom>, article_id: i64) -> Result<()> {
    let Some(uuid) = lock(&newsroom.held).remove(&article_id) else { return Ok(()) };
    off_runtime(|| {
        let machine = machine(&desk);
        let _ = newsroom.with_client(&desk, |client| lease::release(client, &uuid, &machine));
        read_presence(&app, &newsroom, &desk);
    });
    Ok(())
}

/// Asks whoever edits the article to let go of it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn ask_for_article(desk: State<'_, Desk>, newsroom: State<'_, Newsroom>, article_id: i64) -> Result<()> {
    let uuid = desk.with_store(|store| store.article_uuid(article_id))?;
    let name = desk.author();
    off_runtime(|| newsroom.with_client(&desk, |client| lease::ask(client, &uuid, &name)))?;
    Ok(())
}

/// Frees every lease this desk holds (the window is closing).
pub fn release_all(app: &AppHandle) {
    let newsroom = app.state::<Newsroom>();
    let desk = app.state::<Desk>();
    let held: Vec<String> = lock(&newsroom.held).drain().map(|(_, uuid)| uuid).collect();
    let machine = machine(&desk);
    off_runtime(|| {
        for uuid in held {
            let _ = newsroom.with_client(&desk, |client| lease::release(client, &uuid, &machine));
        }
    });
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
