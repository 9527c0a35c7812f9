//! One desk's session with its newsroom server: the one newsroom client the window and the
//! command line share.
//!
//! A [`Session`] keeps a connection for syncing and one for listening, and does a round at a
//! time: connect when needed, check which newsroom it is, push, pull, renew this desk's leases
//! and read who is editing what. [`Session::sync`] is one such round on a store the caller
//! holds (`sunting sync now`); [`Session::run`] repeats them on a thread of its own (the window)
//! until [`Control::stop`]: after a round it waits for the server's notification, a local save
//! ([`Control::wake`]) or at most [`Timing::periodic`]; after a failed round it tries again
//! with a growing pause (back-off), and a panic inside a round is caught, told as a problem and
//! followed by a new round on fresh connections, so the loop never dies silently.
//!
//! What happens reaches the host as [`Event`]s through [`Events`]; the host decides what to
//! show. Nothing here knows of Tauri or of a terminal, and nothing here knows where passwords
//! are kept: the host hands them in.

use crate::lease::{self, Taken};
use crate::{check_newsroom, connect, pull, push, Listener, SyncError, Synced, LAST_ERROR_KEY, LAST_SYNC_KEY, SERVER_KEY};
use postgres::Client;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};
use sunting_store::sync::Applied;
use sunting_store::Store;

/// Where a desk's sync stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
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
    /// A round failed on this desk (its database, or a fault in Sunting); the next round starts
    /// afresh after a pause.
    Failed,
}

/// The sync as a desk shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Where it stands.
    pub state: State,
    /// The server's address (no password).
    pub server: Option<String>,
    /// Changes waiting to be pushed.
    pub waiting: u64,
    /// When the last sync ended well (ms since the epoch).
    pub last_sync: Option<i64>,
    /// What went wrong, for Offline, Refused and Failed.
    pub problem: Option<String>,
    /// Articles with versions to reconcile, by local id.
    pub forks: Vec<i64>,
}

/// Someone editing a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    /// The article, on this desk.
    pub article_id: i64,
    /// Who, as the server names them.
    pub holder_name: String,
    /// Since when.
    pub since: SystemTime,
    /// This desk holds it.
    pub mine: bool,
}

/// What a session tells its host.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Where the sync stands (told when it changed).
    Status(Status),
    /// A long push goes on: sent so far, and how many still wait.
    Progress {
        /// Changes sent in this push.
        sent: usize,
        /// Changes still waiting.
        left: u64,
    },
    /// A pull applied what other desks wrote (told when it applied anything or skipped a row).
    Pulled(Applied),
    /// Who is editing what (told when it changed).
    Presence(Vec<Presence>),
    /// Someone else took over a story this desk was editing.
    LeaseLost {
        /// The article, on this desk.
        article_id: i64,
        /// Who holds it now.
        holder_name: String,
    },
    /// Someone asks for a story this desk is editing.
    LeaseAsked {
        /// The article, on this desk.
        article_id: i64,
        /// Who asks, as the server names them.
        from: String,
    },
}

/// Hears a session's events.
pub trait Events {
    /// One event.
    fn event(&mut self, event: Event);
}

impl<F: FnMut(Event)> Events for F {
    fn event(&mut self, event: Event) {
        self(event)
    }
}

/// Where and as whom a desk connects.
#[derive(Clone)]
pub struct Login {
    /// The server's address, without a password.
    pub server: String,
    /// The password.
    pub password: String,
}

/// How long a session waits between rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// The longest a desk goes without pulling, in case a notification was lost.
    pub periodic: Duration,
    /// The pause after the first failed round; it doubles with each failure in a row.
    pub first_retry: Duration,
    /// The longest pause between failed rounds.
    pub longest_retry: Duration,
    /// The shortest time between two rounds the server's notifications start, and between two
    /// reads of who is editing: a flood of notifications (any person can push as often as they
    /// like) costs a desk at most one round in this time, never one per notification.
    pub least_between: Duration,
}

impl Default for Timing {
    fn default() -> Timing {
        Timing {
            periodic: Duration::from_secs(15),
            first_retry: Duration::from_secs(1),
            longest_retry: Duration::from_secs(60),
            least_between: Duration::from_secs(1),
        }
    }
}

impl Timing {
    /// The pause after `failures` failed rounds in a row.
    pub fn retry_after(&self, failures: u32) -> Duration {
        let doubled = self.first_retry.saturating_mul(1u32 << failures.saturating_sub(1).min(16));
        doubled.min(self.longest_retry)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What other threads share with a running session: its alarm, the stories this desk edits
/// (the leases it renews), and a connection for the lease calls an editor makes while the
/// session waits.
#[derive(Default)]
pub struct Control {
    woken: Mutex<bool>,
    condvar: Condvar,
    stopped: AtomicBool,
    /// Article id on this desk -> (article UUID, the name it was taken under).
    held: Mutex<HashMap<i64, (String, String)>>,
    /// A story was opened while the server was away: take its lease at the next good round.
    retake: AtomicBool,
    client: Mutex<Option<(String, Client)>>,
}

/// What opening a story for editing got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The server granted the lease (or this desk holds it already).
    Granted(lease::Lease),
    /// Someone else holds it.
    Held(lease::Lease),
    /// The server could not be asked: editing goes on, and the lease is taken at the next good
    /// round (if someone took the story meanwhile, the host hears [`Event::LeaseLost`]).
    Offline,
}

impl Control {
    /// Asks the session to run a round now.
    pub fn wake(&self) {
        *lock(&self.woken) = true;
        self.condvar.notify_all();
    }

    /// Asks a running session to end after its round.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        self.wake();
    }

    fn stopped(&self) -> bool {
        self.stopped.load(Ordering::SeqCst)
    }

    /// Waits until woken or `timeout` passed; true when woken.
    fn wait(&self, timeout: Duration) -> bool {
        let guard = lock(&self.woken);
        let (mut woken, _) = self.condvar.wait_timeout_while(guard, timeout, |woken| !*woken).unwrap_or_else(|p| p.into_inner());
        std::mem::replace(&mut *woken, false)
    }

    /// True when woken since the last look.
    fn take_wake(&self) -> bool {
        std::mem::replace(&mut *lock(&self.woken), false)
    }

    /// Runs `action` on the lease connection, connecting first when needed.
    fn with_client<T>(&self, login: &Login, action: impl FnOnce(&mut Client) -> Result<T, SyncError>) -> Result<T, SyncError> {
        let mut client = lock(&self.client);
        if client.as_ref().is_none_or(|(server, c)| c.is_closed() || *server != login.server) {
            *client = Some((login.server.clone(), connect(&login.server, Some(&login.password))?));
        }
        let result = action(&mut client.as_mut().expect("connected above").1);
        if result.as_ref().is_err_and(SyncError::is_transient) {
            *client = None;
        }
        result
    }

    /// Takes the lease on a story this desk opens for editing (`take_over`: from whoever holds
    /// it; editors only, the server decides). While held, the session renews it.
    pub fn open(&self, login: &Login, article_id: i64, uuid: &str, machine: &str, name: &str, take_over: bool) -> Opened {
        match self.with_client(login, |client| lease::take(client, uuid, machine, name, take_over)) {
            Ok(Taken::Granted(lease)) => {
                lock(&self.held).insert(article_id, (uuid.to_string(), name.to_string()));
                self.wake();
                Opened::Granted(lease)
            }
            Ok(Taken::Held(lease)) => Opened::Held(lease),
            Err(_) => {
                lock(&self.held).insert(article_id, (uuid.to_string(), name.to_string()));
                self.retake.store(true, Ordering::SeqCst);
                Opened::Offline
            }
        }
    }

    /// Frees the lease on a story this desk closes.
    pub fn close(&self, login: Option<&Login>, article_id: i64, machine: &str) {
        let Some((uuid, _)) = lock(&self.held).remove(&article_id) else { return };
        if let Some(login) = login {
            let _ = self.with_client(login, |client| lease::release(client, &uuid, machine));
            self.wake();
        }
    }

    /// Asks whoever edits a story to let go of it.
    pub fn ask(&self, login: &Login, uuid: &str, name: &str) -> Result<(), SyncError> {
        self.with_client(login, |client| lease::ask(client, uuid, name))
    }

    /// Who is editing which story now, as the server says (`sunting who`, the window's list).
    pub fn who(&self, login: &Login) -> Result<Vec<lease::Lease>, SyncError> {
        self.with_client(login, lease::current)
    }

    /// Frees every lease this desk holds (the window is closing).
    pub fn release_all(&self, login: Option<&Login>, machine: &str) {
        let held: Vec<String> = lock(&self.held).drain().map(|(_, (uuid, _))| uuid).collect();
        if let Some(login) = login {
            for uuid in held {
                let _ = self.with_client(login, |client| lease::release(client, &uuid, machine));
            }
        }
    }

    /// Forgets the server: no connection, no leases (the desk left the newsroom).
    pub fn forget(&self) {
        *lock(&self.client) = None;
        lock(&self.held).clear();
        self.wake();
    }

    /// Keeps a connection already made (joining checked the login with it).
    pub fn keep_client(&self, server: &str, client: Client) {
        *lock(&self.client) = Some((server.to_string(), client));
    }
}

/// Checks a login before a desk keeps it (joining, from the window or `sync init`): the address,
/// the password, and that the server speaks this build's schema. Returns the connection, for
/// [`Control::keep_client`].
pub fn check_login(login: &Login) -> Result<Client, SyncError> {
    let mut client = connect(&login.server, Some(&login.password))?;
    crate::schema::check_version(&mut client)?;
    Ok(client)
}

/// One desk's session with its newsroom server (see the module's notes).
pub struct Session {
    control: std::sync::Arc<Control>,
    timing: Timing,
    client: Option<(String, Client)>,
    listener: Option<(String, Listener)>,
    renewed: Option<Instant>,
    told_status: Option<Status>,
    told_presence: Option<Vec<Presence>>,
    /// When the last round began.
    round_began: Option<Instant>,
    /// When who is editing was last read.
    presence_read: Option<Instant>,
}

/// How a round of [`Session::run`] ended.
enum Round {
    /// Synced: wait for news.
    Synced,
    /// No server: wait for a wake.
    Off,
    /// Failed: try again after a pause.
    Failed,
}

impl Session {
    /// A session shared with other threads through `control`.
    pub fn new(control: std::sync::Arc<Control>) -> Session {
        Session {
            control,
            timing: Timing::default(),
            client: None,
            listener: None,
            renewed: None,
            told_status: None,
            told_presence: None,
            round_began: None,
            presence_read: None,
        }
    }

    /// The same with other pauses between rounds.
    pub fn with_timing(mut self, timing: Timing) -> Session {
        self.timing = timing;
        self
    }

    /// Syncs `store` with its server once: connects (or reuses the connection), makes sure it
    /// is the newsroom the desk synced with, pushes, pulls, and notes how it went in the store
    /// (for `sync status` and the window's indicator). `events` hears the push's progress and
    /// what the pull applied.
    pub fn sync(&mut self, store: &mut Store, login: &Login, events: &mut dyn Events) -> Result<Synced, SyncError> {
        let result = self.push_and_pull(store, login, events);
        if result.as_ref().is_err_and(SyncError::is_transient) {
            self.client = None;
        }
        match &result {
            Ok(synced) => {
                let now = sunting_store::now_millis();
                store.set_sync_value(LAST_SYNC_KEY, Some(&now.to_string()))?;
                let refusal = synced.pushed.refusal.as_deref().map(|reason| format!("refused: {reason}"));
                let skipped = (synced.pulled.skipped > 0)
                    .then(|| format!("skipped {} changes from the server that this desk cannot read", synced.pulled.skipped));
                store.set_sync_value(LAST_ERROR_KEY, refusal.or(skipped).as_deref())?;
                if synced.pulled.revisions + synced.pulled.statuses + synced.pulled.set_writes + synced.pulled.skipped > 0 {
                    events.event(Event::Pulled(synced.pulled.clone()));
                }
            }
            Err(error) => store.set_sync_value(LAST_ERROR_KEY, Some(&error.to_string()))?,
        }
        result
    }

    fn push_and_pull(&mut self, store: &mut Store, login: &Login, events: &mut dyn Events) -> Result<Synced, SyncError> {
        let client = self.client(login)?;
        check_newsroom(client, store)?;
        let pushed = push(client, store, &mut |sent, left| events.event(Event::Progress { sent, left }))?;
        let pulled = pull(client, store)?;
        Ok(Synced { pushed, pulled })
    }

    /// The sync connection, made when there is none, it closed, or the server changed.
    fn client(&mut self, login: &Login) -> Result<&mut Client, SyncError> {
        if self.client.as_ref().is_none_or(|(server, c)| c.is_closed() || *server != login.server) {
            self.client = None;
            self.client = Some((login.server.clone(), connect(&login.server, Some(&login.password))?));
        }
        Ok(&mut self.client.as_mut().expect("connected above").1)
    }

    /// Runs rounds on the desk database at `database` until [`Control::stop`]. `password` gives
    /// the password for a server address (from the keyring, a variable); its error is shown as
    /// a refusal. Never panics and never returns early: a round that fails or panics is told
    /// through `events` and tried again after a pause.
    pub fn run(&mut self, database: &Path, password: &mut dyn FnMut(&str) -> Result<String, String>, events: &mut dyn Events) {
        let mut store: Option<Store> = None;
        let mut failures: u32 = 0;
        while !self.control.stopped() {
            let round = catch_unwind(AssertUnwindSafe(|| self.round(database, &mut store, password, events)));
            let round = round.unwrap_or_else(|panic| {
                // Whatever the round held may be half-done: start the next on fresh connections
                // and a freshly opened store.
                store = None;
                self.client = None;
                self.listener = None;
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown".to_string());
                let status = Status {
                    state: State::Failed,
                    server: None,
                    waiting: 0,
                    last_sync: None,
                    problem: Some(format!("the sync stopped on a fault and starts again: {what}")),
                    forks: Vec::new(),
                };
                let _ = catch_unwind(AssertUnwindSafe(|| self.tell_status(status, events)));
                Round::Failed
            });
            match round {
                Round::Synced => {
                    failures = 0;
                    if let Some(store) = store.as_ref() {
                        let waited = catch_unwind(AssertUnwindSafe(|| self.wait_for_news(store, password, events)));
                        if waited.is_err() {
                            self.listener = None;
                        }
                    }
                }
                Round::Off => {
                    failures = 0;
                    self.control.wait(self.timing.periodic);
                }
                Round::Failed => {
                    failures = failures.saturating_add(1);
                    self.control.wait(self.timing.retry_after(failures));
                }
            }
        }
    }

    fn round(
        &mut self,
        database: &Path,
        store: &mut Option<Store>,
        password: &mut dyn FnMut(&str) -> Result<String, String>,
        events: &mut dyn Events,
    ) -> Round {
        self.round_began = Some(Instant::now());
        if store.is_none() {
            match Store::open(database) {
                Ok(opened) => *store = Some(opened),
                Err(error) => {
                    let status = Status {
                        state: State::Failed,
                        server: None,
                        waiting: 0,
                        last_sync: None,
                        problem: Some(error.to_string()),
                        forks: Vec::new(),
                    };
                    self.tell_status(status, events);
                    return Round::Failed;
                }
            }
        }
        let local = store.as_mut().expect("opened above");
        let server = match local.sync_value(SERVER_KEY) {
            Ok(Some(server)) => server,
            Ok(None) => {
                self.client = None;
                self.listener = None;
                self.tell(local, State::Off, None, None, events);
                return Round::Off;
            }
            Err(error) => {
                self.tell(local, State::Failed, None, Some(error.to_string()), events);
                return Round::Failed;
            }
        };
        let login = match password(&server) {
            Ok(password) => Login { server: server.clone(), password },
            Err(problem) => {
                self.tell(local, State::Refused, Some(&server), Some(problem), events);
                return Round::Failed;
            }
        };
        self.tell(local, State::Syncing, Some(&server), None, events);
        match self.sync(local, &login, events) {
            Ok(synced) => {
                let problem =
                    synced.pushed.refusal.map(|reason| format!("the newsroom server refused {} changes: {reason}", synced.pushed.refused));
                let state = if problem.is_some() { State::Refused } else { State::Synced };
                self.tell(local, state, Some(&server), problem, events);
            }
            Err(error) => {
                let state = match &error {
                    error if error.is_transient() => State::Offline,
                    SyncError::Store(_) => State::Failed,
                    _ => State::Refused,
                };
                self.listener = None;
                self.tell(local, state, Some(&server), Some(error.to_string()), events);
                return Round::Failed;
            }
        }
        let due = self.renewed.is_none_or(|at| at.elapsed() >= lease::RENEW_EVERY);
        if due || self.control.retake.swap(false, Ordering::SeqCst) {
            self.renew_leases(local, &login, events);
            self.renewed = Some(Instant::now());
        }
        self.read_presence(local, &login, events);
        if self.listener.as_ref().is_none_or(|(for_server, _)| *for_server != server) {
            self.listener = Listener::connect(&server, Some(&login.password)).ok().map(|l| (server.clone(), l));
        }
        Round::Synced
    }

    /// Waits for the server's news, a wake or the periodic pull; tells asks and lease changes
    /// heard meanwhile. News starts a round at once unless the last began less than
    /// [`Timing::least_between`] ago; then the round waits for that time, and whatever else
    /// arrives meanwhile rides on it.
    fn wait_for_news(&mut self, store: &Store, password: &mut dyn FnMut(&str) -> Result<String, String>, events: &mut dyn Events) {
        let started = Instant::now();
        let least = self.timing.least_between;
        let since = |at: Option<Instant>| at.map_or(Duration::MAX, |at| at.elapsed());
        let (mut news, mut presence) = (false, false);
        while started.elapsed() < self.timing.periodic && !self.control.stopped() {
            if self.control.take_wake() {
                return;
            }
            if news && since(self.round_began) >= least {
                return;
            }
            let Some((server, _)) = self.listener.as_ref() else {
                self.control.wait(self.timing.periodic.saturating_sub(started.elapsed()));
                return;
            };
            let server = server.clone();
            if presence && since(self.presence_read) >= least {
                presence = false;
                if let Ok(password) = password(&server) {
                    self.read_presence(store, &Login { server: server.clone(), password }, events);
                }
            }
            // Listen no longer than until a waiting round or read is due.
            let mut listen = Duration::from_millis(250);
            if news {
                listen = listen.min(least.saturating_sub(since(self.round_began)));
            }
            if presence {
                listen = listen.min(least.saturating_sub(since(self.presence_read)));
            }
            let Some((_, listening)) = self.listener.as_mut() else { return };
            match listening.wait(listen.max(Duration::from_millis(1))) {
                Ok(heard) => {
                    for ask in &heard.asks {
                        let article = lock(&self.control.held).iter().find(|(_, (uuid, _))| *uuid == ask.article).map(|(id, _)| *id);
                        if let Some(article_id) = article {
                            events.event(Event::LeaseAsked { article_id, from: ask.from.clone() });
                        }
                    }
                    presence |= heard.leases;
                    news |= heard.changes;
                }
                Err(_) => {
                    self.listener = None;
                    return;
                }
            }
        }
    }

    /// Tells the status when it changed.
    fn tell(&mut self, store: &Store, state: State, server: Option<&str>, problem: Option<String>, events: &mut dyn Events) {
        let waiting = store.outbox_len().unwrap_or(0);
        let state = match state {
            State::Synced if waiting > 0 => State::Waiting,
            other => other,
        };
        let status = Status {
            state,
            server: server.map(str::to_string),
            waiting,
            last_sync: store.sync_value(LAST_SYNC_KEY).ok().flatten().and_then(|m| m.parse().ok()),
            problem,
            forks: store.forked_articles().unwrap_or_default(),
        };
        self.tell_status(status, events);
    }

    fn tell_status(&mut self, status: Status, events: &mut dyn Events) {
        if self.told_status.as_ref() != Some(&status) {
            self.told_status = Some(status.clone());
            events.event(Event::Status(status));
        }
    }

    /// Renews this desk's leases; tells of the ones someone took over.
    fn renew_leases(&mut self, store: &Store, login: &Login, events: &mut dyn Events) {
        let held: Vec<(i64, String, String)> =
            lock(&self.control.held).iter().map(|(id, (uuid, name))| (*id, uuid.clone(), name.clone())).collect();
        let control = self.control.clone();
        let Ok(client) = self.client(login) else { return };
        for (article_id, uuid, name) in held {
            if let Ok(Taken::Held(lease)) = lease::take(client, &uuid, store.machine(), &name, false) {
                lock(&control.held).remove(&article_id);
                events.event(Event::LeaseLost { article_id, holder_name: lease.holder_name });
            }
        }
    }

    /// Reads who is editing what; tells at once of a story this desk edits that is now someone
    /// else's (a takeover), without waiting for the next renewal.
    fn read_presence(&mut self, store: &Store, login: &Login, events: &mut dyn Events) {
        self.presence_read = Some(Instant::now());
        let Ok(client) = self.client(login) else { return };
        let Ok(leases) = lease::current(client) else { return };
        let control = self.control.clone();
        let mine = store.machine();
        let lost: Vec<(i64, String)> = {
            let mut held = lock(&control.held);
            let lost: Vec<(i64, String)> = held
                .iter()
                .filter_map(|(id, (uuid, _))| {
                    leases.iter().find(|l| l.article == *uuid && l.machine != mine).map(|l| (*id, l.holder_name.clone()))
                })
                .collect();
            for (id, _) in &lost {
                held.remove(id);
            }
            lost
        };
        for (article_id, holder_name) in lost {
            events.event(Event::LeaseLost { article_id, holder_name });
        }
        let presence: Vec<Presence> = leases
            .into_iter()
            .filter_map(|lease| {
                let article_id = store.article_by_uuid(&lease.article).ok().flatten()?;
                Some(Presence { article_id, holder_name: lease.holder_name, since: lease.since, mine: lease.machine == mine })
            })
            .collect();
        if self.told_presence.as_ref() != Some(&presence) {
            self.told_presence = Some(presence.clone());
            events.event(Event::Presence(presence));
        }
    }
}
