//! A newsroom's shared archive on PostgreSQL, and each desk's sync with it.
//!
//! Every desk keeps its whole working archive in its own SQLite store, and works offline as
//! well as online. [`push`] sends what the store's outbox holds, [`pull`] applies what other
//! desks wrote since the store's cursor, and [`sync_once`] does both; [`Listener`] wakes a desk
//! when the server says something changed. [`session`] is the one newsroom client built on
//! them, which the window and the command line share: connection, rounds of push and pull,
//! leases, notifications and reconnection with back-off. [`schema`] makes and migrates the
//! server's schema and its people; [`lease`] says who is editing what.
//!
//! Invariants:
//! - **A push is idempotent.** Every change is named by a UUID, and the server inserts with
//!   `ON CONFLICT DO NOTHING`: a push replayed after a lost answer, a killed process or a server
//!   restart adds nothing. The outbox is emptied only after the server committed.
//! - **A pull loses nothing and downloads nothing twice.** The cursor is the snapshot the last
//!   pull read in (`pg_current_snapshot`: the oldest transaction still running, the next one,
//!   and those in progress between), and a pull reads every row its transaction wrote that was
//!   not visible in that snapshot. A transaction that commits late is read by the next pull; one
//!   held open elsewhere makes no pull read again what it read before. A pull is applied page by
//!   page in bounded memory and moves the cursor last: a pull cut short is read again, and rows
//!   read twice are skipped by UUID.
//! - Values always travel as bound parameters.
//!
//! This crate does network IO; the store and the engine stay free of it. It knows nothing of
//! Tauri: the desktop shell and the command line call it alike.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod address;
pub mod lease;
pub mod schema;
pub mod session;

use postgres::{Client, Config, NoTls};
use std::str::FromStr;
use std::time::Duration;
use sunting_store::sync::{Applied, Change, SetKind, SetWrite, SharedRevision, SharedStatus};
use sunting_store::{Store, StoreError};

/// Why a sync step failed.
#[derive(Debug, thiserror::Error, strum::EnumCount)]
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
    /// A schema of the database that anyone may create objects in: a function planted there by
    /// one person could run in another's session.
    #[error("anyone who can log in may create objects in schema '{schema}' of this database, where a planted function could run as someone else; as the database's owner run `REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC;`, then run `sunting server init` again")]
    SchemaOpenToAll {
        /// The schema.
        schema: String,
    },
    /// add-user was asked to change a role with powers of its own (a superuser, one that may
    /// create roles or databases, the administrator's own).
    #[error("'{role}' is a privileged role on this server (or the administrator's own): it cannot become one of the newsroom's people; choose another name")]
    PrivilegedRole {
        /// The role.
        role: String,
    },
    /// add-user was asked to change a role that exists and is not one of the newsroom's people.
    #[error("a role '{role}' already exists on this server and is not one of the newsroom's people; choose another name")]
    NotANewsroomRole {
        /// The role.
        role: String,
    },
    /// The memberships read back after add-user are not the ones it granted.
    #[error("'{role}' did not get the rights of a {rights} (another grant on the server gives it more or less); ask the server's administrator to check its memberships")]
    MembershipNotAsGranted {
        /// The role.
        role: String,
        /// The rights asked for.
        rights: String,
    },
    /// The server refused the password.
    #[error("the newsroom server refused the password for '{role}': check it, and give it again with SUNTING_PG_PASSWORD or `sunting sync init`")]
    WrongPassword {
        /// The login.
        role: String,
    },
    /// The server has no such database.
    #[error("the newsroom server has no database '{database}': check the name at the end of the address")]
    UnknownDatabase {
        /// The database asked for.
        database: String,
    },
    /// The login exists and may not log in.
    #[error("'{role}' may not log in to the newsroom server (the login was disabled or revoked): ask the newsroom's administrator")]
    LoginDisabled {
        /// The login.
        role: String,
    },
    /// The login may not connect to this newsroom's database: it is not one of its people
    /// (perhaps another newsroom's on the same server).
    #[error("'{role}' is not one of the people of the newsroom in database '{database}': ask its administrator to add you with `sunting server add-user`, or check the database name at the end of the address")]
    NotInThisNewsroom {
        /// The login.
        role: String,
        /// The database.
        database: String,
    },
    /// The server or this login has no connection left.
    #[error(
        "the newsroom server has no connection left for this login: close other Sunting windows on this login, or try again in a minute"
    )]
    TooManyConnections,
    /// The server does not speak TLS.
    #[error("the newsroom server does not offer TLS, and Sunting sends no password unencrypted: ask its administrator to turn TLS on (ssl = on)")]
    TlsNotOffered,
    /// The server's certificate is not one this desk trusts.
    #[error("the newsroom server's certificate is not trusted ({reason}): add sslrootcert=FILE with the newsroom's certificate authority to the address")]
    TlsNotTrusted {
        /// What TLS said.
        reason: String,
    },
    /// An sslmode that lets the connection go unencrypted.
    #[error("sslmode={mode} lets the password travel unencrypted: use sslmode=require or sslmode=verify-full")]
    TlsNotRequired {
        /// The mode given.
        mode: String,
    },
    /// sslmode=disable for a server on another computer.
    #[error("sslmode=disable is only for a server on this computer: remove it, so the connection uses TLS")]
    PlainOnlyOnThisComputer,
    /// An address with a password in it.
    #[error("the address holds a password, which Sunting does not keep in an address: remove it and give the password with SUNTING_PG_PASSWORD or on standard input")]
    PasswordInAddress,
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
        matches!(self, SyncError::Connect(_) | SyncError::TooManyConnections)
    }
}

/// How long a connection attempt may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a desk's connection may stay silent before TCP keepalives ask if the server is
/// still there.
pub const KEEPALIVE_IDLE: Duration = Duration::from_secs(60);

/// The longest one statement of a desk may run on the server (a push of a full batch of the
/// largest revisions included).
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(120);

/// True when the address carries a password (`user:pw@`, `password=`): a desk refuses to keep
/// such an address, and asks for the password through `SUNTING_PG_PASSWORD` or standard input.
pub fn address_has_password(url: &str) -> Result<bool, SyncError> {
    Ok(address::parse(url)?.has_password)
}

/// Connects to the newsroom server. `url` is a PostgreSQL URL
/// (`postgres://ayu@db.kabar.example/newsroom`) or key=value words (`host=… user=… dbname=…`).
/// TLS is required, with the server's certificate checked against the web's roots, or only
/// against the certificates of `sslrootcert=FILE` when given; `sslmode` may say `require`,
/// `verify-ca` or `verify-full`, and `disable` only for a server on this computer. `password`,
/// when given, replaces the address's own.
pub fn connect(url: &str, password: Option<&str>) -> Result<Client, SyncError> {
    use postgres::config::SslMode;
    let address = address::parse(url)?;
    let bad = |reason: String| SyncError::BadAddress { address: redact(url), reason };
    let mut config = Config::from_str(&address.rest).map_err(|e| bad(e.to_string()))?;
    let tls_wanted = match address.ssl_mode.as_deref() {
        None | Some("require" | "verify-ca" | "verify-full") => true,
        Some("disable") if address::only_loopback(&config) => false,
        Some("disable") => return Err(SyncError::PlainOnlyOnThisComputer),
        Some(mode) => return Err(SyncError::TlsNotRequired { mode: mode.to_string() }),
    };
    config.ssl_mode(if tls_wanted { SslMode::Require } else { SslMode::Disable });
    if let Some(password) = password {
        config.password(password);
    }
    config.connect_timeout(CONNECT_TIMEOUT);
    // A server that vanished without a word (a cut cable, a suspended laptop) is noticed within
    // about a minute and a half, not at the operating system's default of two hours.
    config.keepalives(true);
    config.keepalives_idle(KEEPALIVE_IDLE);
    config.keepalives_interval(Duration::from_secs(10));
    config.keepalives_retries(3);
    config.application_name("sunting");
    // Unqualified names find only the system's own objects: nothing planted in a schema others
    // can write reaches this session. No statement of a desk runs for ever, and no desk holds a
    // transaction open while idle.
    config.options(&format!(
        "-c search_path=pg_catalog,pg_temp -c idle_in_transaction_session_timeout=60000 -c statement_timeout={}",
        STATEMENT_TIMEOUT.as_millis()
    ));
    let client = if tls_wanted { config.connect(tls(address.root_cert.as_deref())?) } else { config.connect(NoTls) };
    client.map_err(|error| connect_error(&config, &error))
}

/// Why a connection failed, named so a person knows what to do.
fn connect_error(config: &Config, error: &postgres::Error) -> SyncError {
    let role = config.get_user().unwrap_or_default().to_string();
    if let Some(db) = error.as_db_error() {
        return match db.code().code() {
            "28P01" => SyncError::WrongPassword { role },
            "3D000" => SyncError::UnknownDatabase { database: config.get_dbname().unwrap_or(&role).to_string() },
            "28000" if db.message().contains("not permitted to log in") => SyncError::LoginDisabled { role },
            "42501" if db.message().contains("permission denied for database") => {
                SyncError::NotInThisNewsroom { role, database: config.get_dbname().unwrap_or_default().to_string() }
            }
            "53300" => SyncError::TooManyConnections,
            _ => SyncError::Connect(db.message().to_string()),
        };
    }
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    if text.contains("server does not support TLS") {
        SyncError::TlsNotOffered
    } else if text.contains("invalid peer certificate") || text.contains("certificate") && text.contains("TLS") {
        SyncError::TlsNotTrusted { reason: text }
    } else {
        SyncError::Connect(text)
    }
}

/// The address without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    let url = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
        let cut = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(cut);
        let authority = match authority.rsplit_once('@') {
            Some((credentials, host)) => format!("{}@{host}", credentials.split(':').next().unwrap_or_default()),
            None => authority.to_string(),
        };
        format!("{scheme}://{authority}{tail}")
    } else {
        url.to_string()
    };
    // `password=...` in a query or among key=value words.
    let mut out = String::with_capacity(url.len());
    let mut rest = url.as_str();
    while let Some(at) = rest.find("password=") {
        let before_ok = at == 0 || matches!(rest.as_bytes()[at - 1], b'?' | b'&' | b' ' | b'\t');
        out.push_str(&rest[..at + "password=".len()]);
        rest = &rest[at + "password=".len()..];
        if before_ok {
            let end = rest.find(['&', ' ']).unwrap_or(rest.len());
            out.push_str("***");
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

fn tls(root_cert: Option<&str>) -> Result<tokio_postgres_rustls::MakeRustlsConnect, SyncError> {
    let roots = roots(root_cert)?;
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SyncError::Server(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// The certificate authorities a desk trusts: the newsroom's own (`sslrootcert`) alone when
/// given, else the web's.
fn roots(root_cert: Option<&str>) -> Result<rustls::RootCertStore, SyncError> {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    // The newsroom's own authority replaces the web's roots; without one, the web's.
    if root_cert.is_none() {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    if let Some(path) = root_cert {
        let bad = |reason: String| SyncError::BadCertificate { path: path.to_string(), reason };
        for certificate in rustls::pki_types::CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))? {
            roots.add(certificate.map_err(|e| bad(e.to_string()))?).map_err(|e| bad(e.to_string()))?;
        }
    }
    Ok(roots)
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
    /// Why the first refused change was refused (the server's words).
    pub refusal: Option<String>,
    /// The same, as a desk tells it in plain words.
    pub refusal_reason: Option<Refusal>,
}

/// Why the server refused a change, as a desk tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Only editors mark a story ready or exported.
    EditorsOnlyStatus,
    /// Only editors change the dictionary, the name register, sites and posts.
    EditorsOnlySet,
    /// Another reason, in the server's words.
    Other(String),
}

impl Refusal {
    fn from_error(error: &postgres::Error) -> Option<Refusal> {
        let db = error.as_db_error()?;
        if !matches!(db.code().code(), "42501" | "23514" | "44000") {
            return None;
        }
        Some(match db.hint() {
            Some("editors-only-status") => Refusal::EditorsOnlyStatus,
            Some("editors-only-set") => Refusal::EditorsOnlySet,
            _ => Refusal::Other(db.message().trim_start_matches("sunting: ").to_string()),
        })
    }
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
                // Some change is not this person's to make: send the rest one by one, and take
                // the refused ones back on this desk, so it shows what the server holds.
                let refused = push_batch(client, &batch.changes, true)?;
                pushed.sent += batch.changes.len() - refused.len();
                for (index, reason) in refused {
                    // A change queued again for a new server is other people's work as much as
                    // this desk's: the server takes it from an editor's desk, and this desk keeps it.
                    if batch.resent.get(index).copied().unwrap_or(false) {
                        continue;
                    }
                    pushed.refused += 1;
                    store.withdraw_refused(&batch.changes[index])?;
                    if pushed.refusal.is_none() {
                        pushed.refusal = Some(match &reason {
                            Refusal::EditorsOnlyStatus => "only editors can mark a story ready or exported".to_string(),
                            Refusal::EditorsOnlySet => {
                                "only editors can change the dictionary, the name register, sites and posts".to_string()
                            }
                            Refusal::Other(words) => words.clone(),
                        });
                        pushed.refusal_reason = Some(reason);
                    }
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
/// refused ones are skipped; returns their places in the batch and why.
fn push_batch(client: &mut Client, changes: &[Change], one_by_one: bool) -> Result<Vec<(usize, Refusal)>, SyncError> {
    let mut transaction = client.transaction()?;
    let revision = transaction.prepare(
        "INSERT INTO sunting.revisions (uuid, article, parents, machine, author, note, content_hash, word_count, restored_from,
                                        created_at, content)
         VALUES ($1::text::uuid, $2::text::uuid, $3::text[]::uuid[], $4, $5, $6, $7, $8, $9::text::uuid, $10, $11)
         ON CONFLICT (uuid) DO NOTHING",
    )?;
    let status = transaction.prepare(
        "INSERT INTO sunting.status_changes (uuid, article, status, changed_at, author, note, revision)
         VALUES ($1::text::uuid, $2::text::uuid, $3, $4, $5, $6, $7::text::uuid) ON CONFLICT (uuid) DO NOTHING",
    )?;
    let set = transaction.prepare(
        "INSERT INTO sunting.set_writes (uuid, kind, key, value, at) VALUES ($1::text::uuid, $2, $3, $4, $5)
         ON CONFLICT (uuid) DO NOTHING",
    )?;
    let mut refused = Vec::new();
    for (index, change) in changes.iter().enumerate() {
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
                transaction.execute(&status, &[&s.uuid, &s.article, &s.status.as_str(), &s.changed_at, &s.author, &s.note, &s.revision])
            }
            Change::Set(w) => transaction.execute(&set, &[&w.uuid, &w.kind.as_str(), &w.key, &w.value, &w.at]),
        };
        match result {
            Ok(_) if one_by_one => transaction.batch_execute("RELEASE SAVEPOINT one_change")?,
            Ok(_) => {}
            Err(error) if one_by_one => match Refusal::from_error(&error) {
                Some(reason) => {
                    transaction.batch_execute("ROLLBACK TO SAVEPOINT one_change")?;
                    refused.push((index, reason));
                }
                None => return Err(error.into()),
            },
            Err(error) => return Err(error.into()),
        }
    }
    transaction.commit()?;
    Ok(refused)
}

/// Rows read per query while pulling.
const PULL_PAGE: i64 = 1000;

/// Revision content downloaded and applied at a time while pulling (bytes, at least one
/// revision): a pull holds about this much content, whatever its size in all.
pub const PULL_PAGE_BYTES: i64 = 4 * 1024 * 1024;

/// What the server holds that this desk has not seen: rows written by a transaction that was
/// not yet visible in the snapshot of this desk's last pull (its cursor). A snapshot names the
/// transactions in progress when it was taken, so a transaction that commits late is read by
/// the next pull, while a transaction someone keeps open does not make a pull download again
/// what it already has. A cursor from before snapshots (one transaction id) reads as a
/// snapshot in which every earlier transaction is done.
///
/// Rows the newsroom's owner withdrew (`sunting.withdrawn`) are never read.
const NOT_SEEN: &str = "txid >= pg_catalog.pg_snapshot_xmin($1::text::pg_catalog.pg_snapshot)
     AND NOT pg_catalog.pg_visible_in_snapshot(txid, $1::text::pg_catalog.pg_snapshot)
     AND uuid NOT IN (SELECT w.uuid FROM sunting.withdrawn w)";

/// The cursor as a snapshot's text (`xmin:xmax:in-progress,…`).
fn cursor_snapshot(cursor: Option<String>) -> String {
    match cursor {
        None => "1:1:".to_string(),
        Some(cursor) if cursor.contains(':') => cursor,
        Some(txid) => format!("{txid}:{txid}:"),
    }
}

/// Applies what other desks wrote since the store's cursor. Reads in one consistent snapshot:
/// first who each new revision is (small), to order parents before children, then the contents
/// in pages of about [`PULL_PAGE_BYTES`], each applied in a local transaction of its own, then
/// status changes and set writes page by page. The cursor moves only once all is applied; a
/// pull cut short is read again, and what it applied already is skipped by UUID.
pub fn pull(client: &mut Client, store: &mut Store) -> Result<Applied, SyncError> {
    schema::check_version(client)?;
    let cursor = cursor_snapshot(store.sync_cursor()?);
    let mut transaction = client.build_transaction().isolation_level(postgres::IsolationLevel::RepeatableRead).read_only(true).start()?;
    let next: String = transaction.query_one("SELECT pg_catalog.pg_current_snapshot()::text", &[])?.try_get(0)?;
    let mut applied = Applied::default();

    // Who the new revisions are, without their contents.
    let mut heads: Vec<RevisionHeader> = Vec::new();
    let mut after: Option<(String, String)> = None;
    loop {
        let header_query = format!(
            "SELECT uuid::text AS uuid, parents::text[] AS parents, created_at, pg_catalog.octet_length(content)::int8 AS size,
                    txid::text AS txid
             FROM sunting.revisions WHERE {NOT_SEEN} {} ORDER BY txid, uuid LIMIT $2",
            if after.is_some() { PAGE_AFTER } else { "" }
        );
        let rows = match &after {
            None => transaction.query(&header_query, &[&cursor, &PULL_PAGE])?,
            Some((txid, uuid)) => transaction.query(&header_query, &[&cursor, &PULL_PAGE, txid, uuid])?,
        };
        let full = rows.len() as i64 == PULL_PAGE;
        if let Some(last) = rows.last() {
            after = Some((last.try_get("txid")?, last.try_get("uuid")?));
        }
        for row in &rows {
            // A row this desk cannot read is skipped and counted, and the cursor moves past it:
            // one bad row must not stop every desk.
            match RevisionHeader::read(row) {
                Ok(header) => heads.push(header),
                Err(_) => {
                    applied.skipped += 1;
                    applied.received += 1;
                }
            }
        }
        if !full {
            break;
        }
    }
    let keys: Vec<(&str, &[String], i64)> = heads.iter().map(|h| (h.uuid.as_str(), h.parents.as_slice(), h.created_at)).collect();
    let order = sunting_store::sync::parents_first_order(&keys);

    // Their contents, page by page in that order.
    let fetch = transaction.prepare(&format!("SELECT {REVISION_COLUMNS} FROM sunting.revisions WHERE uuid = ANY($1::text[]::uuid[])"))?;
    let mut start = 0;
    while start < order.len() {
        let mut end = start;
        let mut bytes = 0;
        while end < order.len() && (end == start || bytes + heads[order[end]].size <= PULL_PAGE_BYTES) && end - start < PULL_PAGE as usize {
            bytes += heads[order[end]].size;
            end += 1;
        }
        let uuids: Vec<&str> = order[start..end].iter().map(|&i| heads[i].uuid.as_str()).collect();
        let mut changes: Vec<Option<Change>> = Vec::with_capacity(uuids.len());
        {
            let rows = transaction.query(&fetch, &[&uuids])?;
            let mut by_uuid: std::collections::HashMap<String, Change> = std::collections::HashMap::with_capacity(rows.len());
            applied.received += rows.len();
            for row in rows {
                match Table::Revisions.change(&row) {
                    Ok(change) => {
                        by_uuid.insert(change.uuid().to_string(), change);
                    }
                    Err(_) => applied.skipped += 1,
                }
                // Each row's bytes go as soon as it is read.
                drop(row);
            }
            for uuid in &uuids {
                changes.push(by_uuid.remove(*uuid));
            }
        }
        let changes: Vec<Change> = changes.into_iter().flatten().collect();
        applied.add(store.apply_remote_owned(changes, None)?);
        start = end;
    }

    // Status changes and set writes, after the revisions they name.
    for table in [Table::StatusChanges, Table::SetWrites] {
        let mut after: Option<(String, String)> = None;
        loop {
            let rows = match &after {
                None => transaction.query(&table.query(false), &[&cursor, &PULL_PAGE])?,
                Some((txid, uuid)) => transaction.query(&table.query(true), &[&cursor, &PULL_PAGE, txid, uuid])?,
            };
            let full = rows.len() as i64 == PULL_PAGE;
            if let Some(last) = rows.last() {
                after = Some((last.try_get("txid")?, last.try_get("uuid")?));
            }
            applied.received += rows.len();
            let mut changes = Vec::with_capacity(rows.len());
            for row in &rows {
                match table.change(row) {
                    Ok(change) => changes.push(change),
                    Err(_) => applied.skipped += 1,
                }
            }
            drop(rows);
            applied.add(store.apply_remote_owned(changes, None)?);
            if !full {
                break;
            }
        }
    }
    transaction.commit()?;
    applied.add(store.apply_remote(&[], Some(next.as_str()))?);
    Ok(applied)
}

/// Who a new revision is, read before its content.
struct RevisionHeader {
    uuid: String,
    parents: Vec<String>,
    created_at: i64,
    size: i64,
}

impl RevisionHeader {
    fn read(row: &postgres::Row) -> Result<RevisionHeader, String> {
        let parents: Vec<Option<String>> = column(row, "parents")?;
        Ok(RevisionHeader {
            uuid: column(row, "uuid")?,
            parents: parents.into_iter().collect::<Option<_>>().ok_or("parents: a NULL parent")?,
            created_at: column(row, "created_at")?,
            size: column(row, "size")?,
        })
    }
}

/// The next page after the last row read (keyset paging by `(txid, uuid)`).
const PAGE_AFTER: &str = "AND (txid > $3::text::xid8 OR (txid = $3::text::xid8 AND uuid > $4::text::uuid))";

/// A revision's columns as a pull reads them.
const REVISION_COLUMNS: &str = "uuid::text AS uuid, article::text, parents::text[] AS parents, machine, author, note, content_hash,
     word_count, restored_from::text, created_at, content";

/// The largest revision content a desk takes from the server (bytes of canonical JSON): the
/// store's limit of text, with room for the JSON around it. The server refuses larger ones too.
pub const MAX_REVISION_BYTES: usize = 24 * 1024 * 1024;

/// Reads a column, or says why it cannot be read (a NULL where a value must be, a wrong type).
fn column<'a, T: postgres::types::FromSql<'a>>(row: &'a postgres::Row, name: &str) -> Result<T, String> {
    row.try_get(name).map_err(|error| format!("{name}: {error}"))
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
            Table::Revisions => (REVISION_COLUMNS, "sunting.revisions"),
            Table::StatusChanges => {
                ("uuid::text AS uuid, article::text, status, changed_at, author, note, revision::text", "sunting.status_changes")
            }
            Table::SetWrites => ("uuid::text AS uuid, kind, key, value, at", "sunting.set_writes"),
        };
        let page = if after { PAGE_AFTER } else { "" };
        format!("SELECT {columns}, txid::text AS txid FROM {table} WHERE {NOT_SEEN} {page} ORDER BY txid, uuid LIMIT $2")
    }

    /// The row as a change, every column read with a check: a row this version cannot read is
    /// an error naming the column, never a panic.
    fn change(self, row: &postgres::Row) -> Result<Change, String> {
        Ok(match self {
            Table::Revisions => {
                let parents: Vec<Option<String>> = column(row, "parents")?;
                let parents: Vec<String> = parents.into_iter().collect::<Option<_>>().ok_or("parents: a NULL parent")?;
                let text: &str = column(row, "content")?;
                if text.len() > MAX_REVISION_BYTES {
                    return Err(format!("content: {} bytes, more than {MAX_REVISION_BYTES}", text.len()));
                }
                // Read straight from the row's bytes, so a large revision is not copied before it
                // is read; JSON that is no article goes on as text, for the store to refuse.
                let (content, read) = match serde_json::from_str::<sunting_engine::ArticleContent>(text) {
                    Ok(article) => (String::new(), Some(Box::new(article))),
                    Err(_) => (text.to_string(), None),
                };
                Change::Revision(SharedRevision {
                    uuid: column(row, "uuid")?,
                    article: column(row, "article")?,
                    parents,
                    machine: column(row, "machine")?,
                    author: column(row, "author")?,
                    note: column(row, "note")?,
                    content_hash: column(row, "content_hash")?,
                    word_count: i64::from(column::<i32>(row, "word_count")?),
                    restored_from: column(row, "restored_from")?,
                    created_at: column(row, "created_at")?,
                    content,
                    read,
                })
            }
            Table::StatusChanges => Change::Status(SharedStatus {
                uuid: column(row, "uuid")?,
                article: column(row, "article")?,
                status: column::<String>(row, "status")?.parse().map_err(|_| "status: not a status this version knows".to_string())?,
                changed_at: column(row, "changed_at")?,
                author: column(row, "author")?,
                note: column(row, "note")?,
                revision: column(row, "revision")?,
            }),
            Table::SetWrites => {
                let kind: String = column(row, "kind")?;
                Change::Set(SetWrite {
                    uuid: column(row, "uuid")?,
                    kind: SetKind::parse(&kind).ok_or_else(|| format!("kind: '{kind}' is not a kind this version knows"))?,
                    key: column(row, "key")?,
                    value: column(row, "value")?,
                    at: column(row, "at")?,
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

/// Where a desk keeps the id of the newsroom it syncs with.
pub const NEWSROOM_ID_KEY: &str = "newsroom_id";

/// Makes sure the desk syncs with the newsroom it synced with before. On another server (a new
/// one set up after the old was lost, or another newsroom), and on a desk that synced before
/// servers had ids, the desk's whole archive is queued to be pushed again and its pull starts
/// from the beginning, so nothing it holds is lost and nothing the server holds is skipped.
/// Returns how many changes it queued again (0 when it is the same server).
pub fn check_newsroom(client: &mut Client, store: &mut Store) -> Result<u64, SyncError> {
    schema::check_version(client)?;
    let id: String = client.query_one("SELECT id::text FROM sunting.newsroom", &[])?.try_get(0)?;
    let known = store.sync_value(NEWSROOM_ID_KEY)?;
    if known.as_deref() == Some(id.as_str()) {
        return Ok(0);
    }
    if known.is_none() && store.sync_cursor()?.is_none() {
        // A desk joining for the first time: its outbox holds its whole archive already.
        store.set_sync_value(NEWSROOM_ID_KEY, Some(&id))?;
        return Ok(0);
    }
    Ok(store.resend_everything(NEWSROOM_ID_KEY, &id)?)
}

/// Pushes, then pulls.
pub fn sync_once(client: &mut Client, store: &mut Store) -> Result<Synced, SyncError> {
    check_newsroom(client, store)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A stand-in server that answers "no TLS" to the desk's TLS request, and records whatever
    /// the desk sends after that.
    fn server_without_tls() -> (u16, std::thread::JoinHandle<Vec<u8>>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let handle = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut request = [0u8; 8];
            stream.read_exact(&mut request).unwrap();
            stream.write_all(b"N").unwrap();
            stream.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
            let mut rest = Vec::new();
            let _ = stream.read_to_end(&mut rest);
            rest
        });
        (port, handle)
    }

    #[test]
    fn a_server_that_offers_no_tls_gets_no_password_and_the_error_says_so() {
        let (port, server) = server_without_tls();
        let error = connect(&format!("postgres://ayu@127.0.0.1:{port}/redaksi"), Some("rahasia-redaksi")).map(|_| ()).unwrap_err();
        assert!(matches!(error, SyncError::TlsNotOffered), "{error}");
        let sent = server.join().unwrap();
        assert!(!String::from_utf8_lossy(&sent).contains("rahasia"), "nothing more was sent: {sent:?}");
        assert!(sent.is_empty(), "{sent:?}");
    }

    #[test]
    fn prefer_and_remote_disable_are_refused_before_connecting() {
        assert!(matches!(connect("postgres://ayu@db.kabar.example/redaksi?sslmode=prefer", None), Err(SyncError::TlsNotRequired { .. })));
        assert!(matches!(connect("host=db.kabar.example user=ayu sslmode=allow", None), Err(SyncError::TlsNotRequired { .. })));
        assert!(matches!(
            connect("postgres://ayu@db.kabar.example/redaksi?sslmode=disable", None),
            Err(SyncError::PlainOnlyOnThisComputer)
        ));
        assert!(matches!(connect("host=10.0.0.5 user=ayu sslmode=disable", None), Err(SyncError::PlainOnlyOnThisComputer)));
    }

    #[test]
    #[ignore = "needs the test CA: run through tests/postgres/with-postgres"]
    fn sslrootcert_replaces_the_web_roots() {
        let ca = std::env::var("SUNTING_TEST_PG_CA").expect("SUNTING_TEST_PG_CA: run through tests/postgres/with-postgres");
        assert_eq!(roots(Some(&ca)).unwrap().len(), 1, "the newsroom's CA alone");
        assert!(roots(None).unwrap().len() > 100, "the web's roots");
        assert!(matches!(roots(Some("/nonexistent/ca.pem")), Err(SyncError::BadCertificate { .. })));
    }

    #[test]
    fn addresses_are_shown_without_their_password() {
        assert_eq!(redact("postgres://ayu:rahasia@db.example/kabar?sslmode=require"), "postgres://ayu@db.example/kabar?sslmode=require");
        assert_eq!(redact("postgres://ayu@db.example/kabar?password=rahasia&x=1"), "postgres://ayu@db.example/kabar?password=***&x=1");
        assert_eq!(redact("host=db.example password=rahasia user=ayu"), "host=db.example password=*** user=ayu");
        assert_eq!(redact("postgres://ayu@db.example/kabar"), "postgres://ayu@db.example/kabar");
    }
}
