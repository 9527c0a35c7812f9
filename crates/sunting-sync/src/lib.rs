//! A newsroom's shared archive on PostgreSQL, and each desk's sync with it.
//!
//! Every desk keeps its whole working archive in its own SQLite store, and works offline as
//! well as online. [`push`] sends what the store's outbox holds, [`pull`] applies what other
//! desks wrote since the store's cursor, and [`sync_once`] does both; [`Listener`] wakes a desk
//! when the server says something changed. [`schema`] makes and migrates the server's schema and
//! its people; [`lease`] says who is editing what.
//!
//! Invariants:
//! - **A push is idempotent.** Every change is named by a UUID, and the server inserts with
//!   `ON CONFLICT DO NOTHING`: a push replayed after a lost answer, a killed process or a server
//!   restart adds nothing. The outbox is emptied only after the server committed.
//! - **A pull loses nothing.** The cursor is the oldest transaction still running on the server
//!   when the last pull read (`pg_snapshot_xmin`), and a pull reads every row written by a
//!   transaction at or after it. A transaction that commits late, with an older id, is read by
//!   the next pull; rows read twice are skipped by UUID. The store applies a pull and moves the
//!   cursor in one local transaction.
//! - Values always travel as bound parameters.
//!
//! This crate does network IO; the store and the engine stay free of it. It knows nothing of
//! Tauri: the desktop shell and the command line call it alike.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod lease;
pub mod schema;

use postgres::{Client, Config, NoTls};
use std::str::FromStr;
use std::time::Duration;
use sunting_store::sync::{Applied, Change, SetKind, SetWrite, SharedRevision, SharedStatus};
use sunting_store::{Store, StoreError};

/// Why a sync step failed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server cannot be reached or refused the connection (network, password, TLS).
    #[error("cannot reach the newsroom server: {0}")]
    Connect(String),
    /// The database has no Sunting schema yet.
    #[error("the newsroom server is not set up yet: run `sunting server init` on it first")]
    NotInitialised,
    /// The server's schema is newer than this build.
    #[error("the newsroom server was set up by a newer Sunting (schema {found}; this version knows up to {supported}); update Sunting")]
    NewerServer {
        /// The server's version.
        found: i32,
        /// The newest this build knows.
        supported: i32,
    },
    /// The server's schema is older than this build.
    #[error("the newsroom server runs an older schema ({found}; this version needs {supported}): ask its administrator to run `sunting server init` again")]
    OlderServer {
        /// The server's version.
        found: i32,
        /// What this build needs.
        supported: i32,
    },
    /// The server refused a change (rights, a broken rule).
    #[error("the newsroom server refused it: {0}")]
    Refused(String),
    /// An address that is not a PostgreSQL one.
    #[error("'{address}' is not a PostgreSQL address: {reason}")]
    BadAddress {
        /// The address, without its password.
        address: String,
        /// What the parser said.
        reason: String,
    },
    /// The server's certificate file (`sslrootcert`) cannot be read or used.
    #[error("cannot use the server's certificate {path}: {reason}")]
    BadCertificate {
        /// The file.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// A user name that cannot be a PostgreSQL role.
    #[error("'{role}' cannot be a role name (1 to 63 characters)")]
    BadRoleName {
        /// The name given.
        role: String,
    },
    /// The server failed otherwise.
    #[error("newsroom server error: {0}")]
    Server(String),
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<postgres::Error> for SyncError {
    fn from(error: postgres::Error) -> Self {
        if let Some(db) = error.as_db_error() {
            let message = db.message().trim_start_matches("sunting: ").to_string();
            return match db.code().code() {
                // insufficient_privilege, check_violation, with_check_option_violation (row policies)
                "42501" | "23514" | "44000" => SyncError::Refused(message),
                _ => SyncError::Server(message),
            };
        }
        // Not the server's answer: the connection failed or is gone.
        SyncError::Connect(error.to_string())
    }
}

impl SyncError {
    /// True when trying again later may work (the server is away, not refusing).
    pub fn is_transient(&self) -> bool {
        matches!(self, SyncError::Connect(_))
    }
}

/// How long a connection attempt may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Connects to the newsroom server. `url` is a PostgreSQL URL
/// (`postgres://ayu@db.kabar.example/newsroom`); TLS is required unless it says
/// `sslmode=disable` (or `prefer`), and the server's certificate is checked against the web's
/// roots and `sslrootcert=FILE` when given. `password`, when given, replaces the URL's.
pub fn connect(url: &str, password: Option<&str>) -> Result<Client, SyncError> {
    let (url, root_cert) = take_param(url, "sslrootcert");
    let mut config = Config::from_str(&url).map_err(|e| SyncError::BadAddress { address: redact(&url), reason: e.to_string() })?;
    if !url.contains("sslmode=") {
        config.ssl_mode(postgres::config::SslMode::Require);
    }
    if let Some(password) = password {
        config.password(password);
    }
    config.connect_timeout(CONNECT_TIMEOUT);
    config.application_name("sunting");
    let client = if config.get_ssl_mode() == postgres::config::SslMode::Disable {
        config.connect(NoTls)
    } else {
        config.connect(tls(root_cert.as_deref())?)
    };
    client.map_err(|error| SyncError::Connect(error.to_string()))
}

/// The URL without the password, for messages and logs.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    match rest.split_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{host}")
        }
        None => url.to_string(),
    }
}

/// Removes `name=value` from the URL's query; returns the URL and the value.
fn take_param(url: &str, name: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else { return (url.to_string(), None) };
    let mut value = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.split_once('=') {
            Some((key, found)) if key == name => {
                value = Some(found.to_string());
                false
            }
            _ => true,
        })
        .collect();
    let url = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
    (url, value)
}

fn tls(root_cert: Option<&str>) -> Result<tokio_postgres_rustls::MakeRustlsConnect, SyncError> {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = root_cert {
        let bad = |reason: String| SyncError::BadCertificate { path: path.to_string(), reason };
        for certificate in rustls::pki_types::CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))? {
            roots.add(certificate.map_err(|e| bad(e.to_string()))?).map_err(|e| bad(e.to_string()))?;
        }
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SyncError::Server(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// Changes pushed in one server transaction.
pub const PUSH_BATCH: usize = 500;

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pushed {
    /// Changes sent (the server kept the new ones and skipped those it had).
    pub sent: usize,
    /// Changes the server refused (rights), with the first reason; they leave the outbox.
    pub refused: usize,
    /// Why the first refused change was refused.
    pub refusal: Option<String>,
}

/// Sends everything in the store's outbox, a batch per server transaction; `progress` hears
/// (sent, left) after each batch.
pub fn push(client: &mut Client, store: &mut Store, progress: &mut dyn FnMut(usize, u64)) -> Result<Pushed, SyncError> {
    schema::check_version(client)?;
    let mut pushed = Pushed::default();
    loop {
        let batch = store.outbox(PUSH_BATCH)?;
        let Some(through) = batch.through else { break };
        match push_batch(client, &batch.changes, false) {
            Ok(_) => pushed.sent += batch.changes.len(),
            Err(SyncError::Refused(_)) => {
                // Some change is not this person's to make: send the rest one by one.
                let refused = push_batch(client, &batch.changes, true)?;
                pushed.sent += batch.changes.len() - refused.len();
                pushed.refused += refused.len();
                if pushed.refusal.is_none() {
                    pushed.refusal = refused.into_iter().next();
                }
            }
            Err(error) => return Err(error),
        }
        // Only after the server committed: a crash before this line pushes the batch again,
        // which adds nothing.
        store.outbox_done(through)?;
        progress(pushed.sent + pushed.refused, store.outbox_len()?);
    }
    Ok(pushed)
}

/// Inserts a batch in one transaction. With `one_by_one`, each change gets a savepoint and the
/// refused ones are skipped; returns their reasons.
fn push_batch(client: &mut Client, changes: &[Change], one_by_one: bool) -> Result<Vec<String>, SyncError> {
    let mut transaction = client.transaction()?;
    let revision = transaction.prepare(
        "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, note, content_hash, word_count, restored_from,
                                        created_at, content)
         VALUES ($1::text::uuid, $2::text::uuid, $3::text[]::uuid[], $4, $5, $6, $7, $8, $9::text::uuid, $10, $11)
         ON CONFLICT (uuid) DO NOTHING",
    )?;
    let status = transaction.prepare(
        "INSERT INTO sunting.status_changes (uuid, article, status, changed_at, author, note)
         VALUES ($1::text::uuid, $2::text::uuid, $3, $4, $5, $6) ON CONFLICT (uuid) DO NOTHING",
    )?;
    let set = transaction.prepare(
        "INSERT INTO sunting.set_writes (uuid, kind, key, value, at) VALUES ($1::text::uuid, $2, $3, $4, $5)
         ON CONFLICT (uuid) DO NOTHING",
    )?;
    let mut refused = Vec::new();
    for change in changes {
        if one_by_one {
            transaction.batch_execute("SAVEPOINT one_change")?;
        }
        let result = match change {
            Change::Revision(r) => {
                let word_count = i32::try_from(r.word_count).unwrap_or(i32::MAX);
                transaction.execute(
                    &revision,
                    &[
                        &r.uuid,
                        &r.article,
                        &r.parents,
                        &r.machine,
                        &r.author,
                        &r.note,
                        &r.content_hash,
                        &word_count,
                        &r.restored_from,
                        &r.created_at,
                        &r.content,
                    ],
                )
            }
            Change::Status(s) => {
                transaction.execute(&status, &[&s.uuid, &s.article, &s.status.as_str(), &s.changed_at, &s.author, &s.note])
            }
            Change::Set(w) => transaction.execute(&set, &[&w.uuid, &w.kind.as_str(), &w.key, &w.value, &w.at]),
        };
        match result {
            Ok(_) if one_by_one => transaction.batch_execute("RELEASE SAVEPOINT one_change")?,
            Ok(_) => {}
            Err(error) if one_by_one => match SyncError::from(error) {
                SyncError::Refused(reason) => {
                    transaction.batch_execute("ROLLBACK TO SAVEPOINT one_change")?;
                    refused.push(reason);
                }
                other => return Err(other),
            },
            Err(error) => return Err(error.into()),
        }
    }
    transaction.commit()?;
    Ok(refused)
}

/// Rows read per query while pulling.
const PULL_PAGE: i64 = 1000;

/// Applies what other desks wrote since the store's cursor. Reads in one consistent snapshot,
/// page by page; the store applies it all and moves the cursor in one transaction.
pub fn pull(client: &mut Client, store: &mut Store) -> Result<Applied, SyncError> {
    schema::check_version(client)?;
    let cursor = store.sync_cursor()?.unwrap_or_else(|| "0".to_string());
    let mut transaction = client.build_transaction().isolation_level(postgres::IsolationLevel::RepeatableRead).read_only(true).start()?;
    let next: String = transaction.query_one("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", &[])?.get(0);
    let mut changes: Vec<Change> = Vec::new();
    for table in [Table::Revisions, Table::StatusChanges, Table::SetWrites] {
        let mut after: Option<(String, String)> = None;
        loop {
            let rows = match &after {
                None => transaction.query(&table.query(false), &[&cursor, &PULL_PAGE])?,
                Some((txid, uuid)) => transaction.query(&table.query(true), &[&cursor, &PULL_PAGE, txid, uuid])?,
            };
            let full = rows.len() as i64 == PULL_PAGE;
            if let Some(last) = rows.last() {
                after = Some((last.get("txid"), last.get("uuid")));
            }
            for row in &rows {
                changes.push(table.change(row)?);
            }
            if !full {
                break;
            }
        }
    }
    transaction.commit()?;
    // One local transaction for the whole pull, so parents always precede their children
    // whatever page they came in, and an interrupted pull leaves nothing half-applied.
    Ok(store.apply_remote(&changes, Some(next.as_str()))?)
}

#[derive(Clone, Copy)]
enum Table {
    Revisions,
    StatusChanges,
    SetWrites,
}

impl Table {
    fn query(self, after: bool) -> String {
        let (columns, table) = match self {
            Table::Revisions => (
                "uuid::text AS uuid, article::text, parents::text[] AS parents, machine, author, note, content_hash, word_count,
                 restored_from::text, created_at, content",
                "sunting.revisions",
            ),
            Table::StatusChanges => ("uuid::text AS uuid, article::text, status, changed_at, author, note", "sunting.status_changes"),
            Table::SetWrites => ("uuid::text AS uuid, kind, key, value, at", "sunting.set_writes"),
        };
        let page = if after { "AND (txid > $3::text::xid8 OR (txid = $3::text::xid8 AND uuid > $4::text::uuid))" } else { "" };
        format!(
            "SELECT {columns}, txid::text AS txid FROM {table}
             WHERE txid >= $1::text::xid8 {page} ORDER BY txid, uuid LIMIT $2"
        )
    }

    fn change(self, row: &postgres::Row) -> Result<Change, SyncError> {
        Ok(match self {
            Table::Revisions => Change::Revision(SharedRevision {
                uuid: row.get("uuid"),
                article: row.get("article"),
                parents: row.get("parents"),
                machine: row.get("machine"),
                author: row.get("author"),
                note: row.get("note"),
                content_hash: row.get("content_hash"),
                word_count: i64::from(row.get::<_, i32>("word_count")),
                restored_from: row.get("restored_from"),
                created_at: row.get("created_at"),
                content: row.get("content"),
            }),
            Table::StatusChanges => Change::Status(SharedStatus {
                uuid: row.get("uuid"),
                article: row.get("article"),
                status: row
                    .get::<_, String>("status")
                    .parse()
                    .map_err(|_| SyncError::Server("a status the server should not hold".into()))?,
                changed_at: row.get("changed_at"),
                author: row.get("author"),
                note: row.get("note"),
            }),
            Table::SetWrites => {
                let kind: String = row.get("kind");
                Change::Set(SetWrite {
                    uuid: row.get("uuid"),
                    kind: SetKind::parse(&kind)
                        .ok_or_else(|| SyncError::Server(format!("a kind of item this version does not know: {kind}")))?,
                    key: row.get("key"),
                    value: row.get("value"),
                    at: row.get("at"),
                })
            }
        })
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synced {
    /// The push.
    pub pushed: Pushed,
    /// The pull.
    pub pulled: Applied,
}

/// Pushes, then pulls.
pub fn sync_once(client: &mut Client, store: &mut Store) -> Result<Synced, SyncError> {
    let pushed = push(client, store, &mut |_, _| {})?;
    let pulled = pull(client, store)?;
    Ok(Synced { pushed, pulled })
}

/// Where a desk keeps its newsroom server's address (without a password) in `sync_state`.
pub const SERVER_KEY: &str = "server";
/// When the last sync ended well, in milliseconds since the epoch.
pub const LAST_SYNC_KEY: &str = "last_sync";
/// Why the last sync failed, until one succeeds.
pub const LAST_ERROR_KEY: &str = "last_error";

/// Syncs the desk with its server and notes how it went in the store (for `sync status` and
/// the window's sync indicator); `progress` hears the push's (sent, left).
pub fn sync_desk(store: &mut Store, url: &str, password: Option<&str>, progress: &mut dyn FnMut(usize, u64)) -> Result<Synced, SyncError> {
    let result = connect(url, password).and_then(|mut client| {
        let pushed = push(&mut client, store, progress)?;
        let pulled = pull(&mut client, store)?;
        Ok(Synced { pushed, pulled })
    });
    match &result {
        Ok(synced) => {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
            store.set_sync_value(LAST_SYNC_KEY, Some(&now.to_string()))?;
            let refusal = synced.pushed.refusal.as_deref().map(|reason| format!("refused: {reason}"));
            store.set_sync_value(LAST_ERROR_KEY, refusal.as_deref())?;
        }
        Err(error) => store.set_sync_value(LAST_ERROR_KEY, Some(&error.to_string()))?,
    }
    result
}

/// The notification channel desks listen on.
pub const CHANNEL: &str = "sunting_changes";

/// A connection that listens for the server's "something changed", so a desk pulls within a
/// moment of another desk's push instead of at its next periodic pull.
pub struct Listener {
    client: Client,
}

/// What a [`Listener`] heard.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heard {
    /// Another desk pushed something: pull.
    pub changes: bool,
    /// Someone took, renewed or freed a lease: read who is editing.
    pub leases: bool,
    /// Someone asked for a story.
    pub asks: Vec<lease::Ask>,
}

impl Heard {
    /// True when anything was heard.
    pub fn any(&self) -> bool {
        self.changes || self.leases || !self.asks.is_empty()
    }
}

impl Listener {
    /// Connects and starts listening.
    pub fn connect(url: &str, password: Option<&str>) -> Result<Listener, SyncError> {
        let mut client = connect(url, password)?;
        client.batch_execute(&format!("LISTEN {CHANNEL}; LISTEN sunting_leases; LISTEN sunting_asks"))?;
        Ok(Listener { client })
    }

    /// Waits up to `timeout` for notifications; returns what came (several of a kind that came
    /// together count once). An error means the connection is gone: connect again.
    pub fn wait(&mut self, timeout: Duration) -> Result<Heard, SyncError> {
        use postgres::fallible_iterator::FallibleIterator;
        let mut heard = Heard::default();
        let first = self.client.notifications().timeout_iter(timeout).next()?;
        let mut note = |notification: postgres::Notification| match notification.channel() {
            CHANNEL => heard.changes = true,
            "sunting_leases" => heard.leases = true,
            "sunting_asks" => {
                if let Ok(ask) = serde_json::from_str::<lease::Ask>(notification.payload()) {
                    heard.asks.push(ask);
                }
            }
            _ => {}
        };
        if let Some(notification) = first {
            note(notification);
            // And what else is already here.
            while let Some(notification) = self.client.notifications().iter().next()? {
                note(notification);
            }
        }
        Ok(heard)
    }
}
