//! What this desk shares with a newsroom server, in the store's terms: identities, the outbox,
//! set-like data that merges by last writer, and applying what other desks wrote.
//!
//! The store does no network IO: `sunting-sync` reads [`Store::outbox`], pushes it, marks it
//! done with [`Store::outbox_done`], and hands what it pulled to [`Store::apply_remote`].
//!
//! - **Revisions and status changes** are immutable and named by UUID. A revision made here goes
//!   into the outbox in the transaction that writes it; one pulled from the server is appended to
//!   its article under the next local number, and never enters the outbox. A UUID already here
//!   is skipped, so applying the same change twice adds nothing.
//! - **Forks.** A revision's parents are the revisions it was made from. Two desks that saved over
//!   the same parent leave the article with two heads (revisions no other revision names as a
//!   parent): `articles.forked` is set, both texts are kept, and the editor resolves it with
//!   [`Store::save_merge`], whose revision has both heads as parents.
//! - **Set-like data** (the dictionary, the name register's decisions, which names are what kind,
//!   sites, which post an article became on a site) is a set of items, each with its latest
//!   write in `sync_clock`: a value, or none for a removal (a tombstone, so a removal made offline
//!   is not undone by a stale copy). A write wins when its `(at, uuid)` is greater than the one
//!   kept; every desk that has seen the same writes holds the same set, in whatever order they
//!   came.
//! - The **status** of an article is the status of its latest status change by `(changed_at,
//!   uuid)`, on every desk.

use crate::error::Result;
use crate::{now_millis, write_revision, RevisionMeta, Store, StoreError};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use sunting_engine::{ArticleContent, Status};

/// The separator inside a set item's key (between a pair of names, a site's address and user).
pub const KEY_SEPARATOR: char = '\u{1f}';

/// A new random UUID, as text.
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// This machine's id, made by the migration that introduced sync.
pub(crate) fn machine_id(connection: &Connection) -> Result<String> {
    Ok(connection.query_row("SELECT value FROM sync_state WHERE key = 'machine'", [], |row| row.get(0))?)
}

/// Inserts an article row (draft, no revision yet) with this UUID; returns its local id.
pub(crate) fn insert_article_row(connection: &Connection, uuid: &str, now: i64) -> Result<i64> {
    connection
        .prepare_cached("INSERT INTO articles (status, created_at, updated_at, uuid) VALUES ('draft', ?1, ?1, ?2)")?
        .execute(params![now, uuid])?;
    Ok(connection.last_insert_rowid())
}

/// The UUID of revision `number` of an article.
pub(crate) fn revision_uuid(connection: &Connection, article_id: i64, number: u32) -> Result<String> {
    Ok(connection
        .prepare_cached("SELECT uuid FROM revisions WHERE article_id = ?1 AND number = ?2")?
        .query_row(params![article_id, number], |row| row.get(0))?)
}

/// The article's heads, oldest first, as (number, uuid): revisions no other revision of the
/// article names as a parent. One for an article without a fork.
fn heads_of(connection: &Connection, article_id: i64) -> Result<Vec<(u32, String)>> {
    let mut statement = connection.prepare_cached(
        "SELECT r.number, r.uuid FROM revision_heads h JOIN revisions r ON r.uuid = h.uuid WHERE h.article_id = ?1 ORDER BY r.number",
    )?;
    let rows = statement.query_map([article_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The UUIDs of the article's heads.
pub(crate) fn head_uuids(connection: &Connection, article_id: i64) -> Result<Vec<String>> {
    Ok(heads_of(connection, article_id)?.into_iter().map(|(_, uuid)| uuid).collect())
}

/// Records a new revision among the article's heads: its parents stop being heads, and it
/// becomes one unless a revision already here names it as a parent (a revision pulled after its
/// child). Then sets `articles.forked`.
pub(crate) fn record_head(connection: &Connection, article_id: i64, uuid: &str, parents: &[String], pulled: bool) -> Result<()> {
    let mut drop_head = connection.prepare_cached("DELETE FROM revision_heads WHERE article_id = ?1 AND uuid = ?2")?;
    for parent in parents {
        drop_head.execute(params![article_id, parent])?;
    }
    let has_child = pulled
        && connection
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM revisions child, json_each(child.parents) parent
                                WHERE child.article_id = ?1 AND parent.value = ?2)",
            )?
            .query_row(params![article_id, uuid], |row| row.get::<_, bool>(0))?;
    if !has_child {
        connection
            .prepare_cached("INSERT OR IGNORE INTO revision_heads (article_id, uuid) VALUES (?1, ?2)")?
            .execute(params![article_id, uuid])?;
    }
    connection
        .prepare_cached("UPDATE articles SET forked = (SELECT COUNT(*) > 1 FROM revision_heads WHERE article_id = ?1) WHERE id = ?1")?
        .execute([article_id])?;
    Ok(())
}

/// What an outbox row points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutboxKind {
    Revision,
    Status,
    Set,
}

impl OutboxKind {
    fn as_str(self) -> &'static str {
        match self {
            OutboxKind::Revision => "revision",
            OutboxKind::Status => "status",
            OutboxKind::Set => "set",
        }
    }
}

/// Queues a change for the server, in the caller's transaction.
pub(crate) fn enqueue(connection: &Connection, kind: OutboxKind, reference: &str) -> Result<()> {
    connection.prepare_cached("INSERT INTO sync_outbox (kind, ref) VALUES (?1, ?2)")?.execute(params![kind.as_str(), reference])?;
    Ok(())
}

/// Logs a status change made here (and queues it for the server). It names the revision it
/// approves: `revision`, or the article's latest.
pub(crate) fn log_status_change(
    connection: &Connection,
    article_id: i64,
    status: Status,
    at: i64,
    author: &str,
    note: Option<&str>,
    revision: Option<u32>,
) -> Result<()> {
    let uuid = new_uuid();
    // Later than every change the article has, so two changes within a millisecond keep the
    // order they were made in (changes order by time, then by their random UUIDs).
    let latest: Option<i64> = connection
        .prepare_cached("SELECT MAX(changed_at) FROM status_changes WHERE article_id = ?1")?
        .query_row([article_id], |row| row.get(0))?;
    let at = latest.map_or(at, |latest| at.max(latest.saturating_add(1)));
    let revision_uuid: Option<String> = connection
        .prepare_cached("SELECT uuid FROM revisions WHERE article_id = ?1 AND (?2 IS NULL OR number = ?2) ORDER BY number DESC LIMIT 1")?
        .query_row(params![article_id, revision], |row| row.get(0))
        .optional()?;
    connection
        .prepare_cached(
            "INSERT INTO status_changes (article_id, status, changed_at, author, note, uuid, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![article_id, status.as_str(), at, author, note.map(str::trim).filter(|n| !n.is_empty()), uuid, revision_uuid])?;
    enqueue(connection, OutboxKind::Status, &uuid)
}

/// What kind of set-like item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetKind {
    /// A word in the newsroom dictionary; the value is who added it.
    Word,
    /// A spelling confirmed as canonical.
    Confirmed,
    /// Two spellings of different people (key: the two, sorted, joined by [`KEY_SEPARATOR`]).
    Different,
    /// What a name names; the value is the kind (person, organisation, place).
    NameKind,
    /// A CMS site (key: address and user); never its password.
    Site,
    /// The post an article became on a site (key: article UUID, site address, user); the value
    /// is JSON with the post's id, link, the exported revision's UUID and when.
    Post,
}

impl SetKind {
    /// The name stored in `sync_clock.kind` and on the server.
    pub fn as_str(self) -> &'static str {
        sunting_engine::serde_name::name(&self)
    }

    /// The kind named `text`.
    pub fn parse(text: &str) -> Option<SetKind> {
        sunting_engine::serde_name::parse(text)
    }
}

/// One write to a set-like item: a value, or `None` for a removal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetWrite {
    /// The write's own id (it breaks ties between writes made at the same millisecond).
    pub uuid: String,
    /// What kind of item.
    pub kind: SetKind,
    /// Which item.
    pub key: String,
    /// Its value, or `None` when the write removed it.
    pub value: Option<String>,
    /// When, in milliseconds since the Unix epoch.
    pub at: i64,
}

/// A revision as it travels between desks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedRevision {
    /// The revision's UUID.
    pub uuid: String,
    /// Its article's UUID.
    pub article: String,
    /// The revisions it was made from (none for the first, two for a merge).
    pub parents: Vec<String>,
    /// The machine it was made on.
    pub machine: String,
    /// Who saved it.
    pub author: String,
    /// The note given with the save.
    pub note: Option<String>,
    /// SHA-256 of the content's canonical JSON.
    pub content_hash: String,
    /// Words in the body.
    pub word_count: i64,
    /// For a restore: the UUID of the revision it restored.
    pub restored_from: Option<String>,
    /// When it was saved, in milliseconds since the Unix epoch.
    pub created_at: i64,
    /// The content as canonical JSON.
    pub content: String,
    /// The content already read from its JSON (a pull reads it straight from the server's row,
    /// so a large revision is not copied first); `content` is then empty. Never sent.
    #[serde(skip)]
    pub read: Option<Box<ArticleContent>>,
}

/// A status change as it travels between desks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStatus {
    /// The change's UUID.
    pub uuid: String,
    /// Its article's UUID.
    pub article: String,
    /// The new status.
    pub status: Status,
    /// When, in milliseconds since the Unix epoch.
    pub changed_at: i64,
    /// Who moved it.
    pub author: String,
    /// Why.
    pub note: Option<String>,
    /// The revision it approves (its UUID): the article's latest when the change was made, the
    /// revision sent for a move to Exported; none from desks that did not say.
    #[serde(default)]
    pub revision: Option<String>,
}

/// One change shared with the newsroom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    /// A revision.
    Revision(SharedRevision),
    /// A status change.
    Status(SharedStatus),
    /// A write to the dictionary, the name register, sites or posts.
    Set(SetWrite),
}

impl Change {
    /// The change's UUID.
    pub fn uuid(&self) -> &str {
        match self {
            Change::Revision(revision) => &revision.uuid,
            Change::Status(status) => &status.uuid,
            Change::Set(write) => &write.uuid,
        }
    }
}

/// Changes waiting to be pushed, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxBatch {
    /// The changes.
    pub changes: Vec<Change>,
    /// The outbox position of the batch's last row, for [`Store::outbox_done`]; `None` when the
    /// outbox is empty.
    pub through: Option<i64>,
    /// Beside each change: true when it was queued again for a new server (see
    /// [`Store::resend_everything`]) rather than made here since the last push. Such a change
    /// is not taken back when the server refuses it.
    pub resent: Vec<bool>,
}

/// What applying a batch of pulled changes did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// Revisions added (the rest were here already).
    pub revisions: usize,
    /// Status changes added.
    pub statuses: usize,
    /// Set writes that won over what this desk had.
    pub set_writes: usize,
    /// Articles that gained a revision or changed status, by local id.
    pub articles: Vec<i64>,
    /// Revisions refused because their content does not match their hash (damaged on the way),
    /// or holds what a local save never keeps (an unsafe link, more than the size limits).
    pub refused: usize,
    /// Changes this desk cannot read (a record that is not what its kind holds, a row the
    /// server should not hold): skipped and counted, never applied as something else.
    pub skipped: usize,
    /// Rows downloaded from the server for this pull (set by the sync; the store does not
    /// download).
    pub received: usize,
}

impl Applied {
    /// Adds what another page of the same pull did.
    pub fn add(&mut self, page: Applied) {
        self.revisions += page.revisions;
        self.statuses += page.statuses;
        self.set_writes += page.set_writes;
        for article in page.articles {
            if !self.articles.contains(&article) {
                self.articles.push(article);
            }
        }
        self.refused += page.refused;
        self.skipped += page.skipped;
        self.received += page.received;
    }
}

/// Writes a set item made here: kept in `sync_clock`, applied to its table and queued for the
/// server, in the caller's transaction. `at` is never earlier than the write it replaces, so a
/// local write wins over what this desk has seen even when its clock runs behind.
pub(crate) fn write_set_item(connection: &Connection, kind: SetKind, key: &str, value: Option<&str>) -> Result<()> {
    let kept: Option<i64> = connection
        .prepare_cached("SELECT at FROM sync_clock WHERE kind = ?1 AND key = ?2")?
        .query_row(params![kind.as_str(), key], |row| row.get(0))
        .optional()?;
    let at = now_millis().max(kept.map_or(0, |at| at + 1));
    let write = SetWrite { uuid: new_uuid(), kind, key: key.to_string(), value: value.map(str::to_string), at };
    keep_write(connection, &write)?;
    apply_set_item(connection, &write)?;
    enqueue(connection, OutboxKind::Set, &format!("{}{KEY_SEPARATOR}{key}", kind.as_str()))
}

fn keep_write(connection: &Connection, write: &SetWrite) -> Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO sync_clock (kind, key, value, at, uuid) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, at = excluded.at, uuid = excluded.uuid",
        )?
        .execute(params![write.kind.as_str(), write.key, write.value, write.at, write.uuid])?;
    Ok(())
}

/// Makes the item's table say what the write says.
fn apply_set_item(connection: &Connection, write: &SetWrite) -> Result<()> {
    let key = write.key.as_str();
    let mut parts = key.split(KEY_SEPARATOR);
    match (write.kind, write.value.as_deref()) {
        (SetKind::Word, Some(by)) => {
            connection.execute(
                "INSERT INTO dictionary_words (word, added_at, added_by) VALUES (?1, ?2, ?3) ON CONFLICT (word) DO NOTHING",
                params![key, write.at, by],
            )?;
        }
        (SetKind::Word, None) => {
            connection.execute("DELETE FROM dictionary_words WHERE word = ?1", [key])?;
        }
        (SetKind::Confirmed, Some(_)) => {
            connection.execute("INSERT OR IGNORE INTO names_confirmed (name, confirmed_at) VALUES (?1, ?2)", params![key, write.at])?;
        }
        (SetKind::Confirmed, None) => {
            connection.execute("DELETE FROM names_confirmed WHERE name = ?1", [key])?;
        }
        (SetKind::Different, value) => {
            let (Some(a), Some(b)) = (parts.next(), parts.next()) else { return Ok(()) };
            match value {
                Some(_) => connection.execute(
                    "INSERT OR IGNORE INTO names_different (name_a, name_b, marked_at) VALUES (?1, ?2, ?3)",
                    params![a, b, write.at],
                )?,
                None => connection.execute("DELETE FROM names_different WHERE name_a = ?1 AND name_b = ?2", params![a, b])?,
            };
        }
        (SetKind::NameKind, Some(kind)) => {
            if crate::NameKind::parse(kind).is_some() {
                connection.execute(
                    "INSERT INTO name_kinds (name, kind, set_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, set_at = excluded.set_at",
                    params![key, kind, write.at],
                )?;
            }
        }
        (SetKind::NameKind, None) => {
            connection.execute("DELETE FROM name_kinds WHERE name = ?1", [key])?;
        }
        (SetKind::Site, value) => {
            let (Some(url), Some(user)) = (parts.next(), parts.next()) else { return Ok(()) };
            match value {
                Some(_) => connection
                    .execute("INSERT OR IGNORE INTO cms_sites (url, user, added_at) VALUES (?1, ?2, ?3)", params![url, user, write.at])?,
                None => connection.execute("DELETE FROM cms_sites WHERE url = ?1 AND user = ?2", params![url, user])?,
            };
        }
        (SetKind::Post, value) => {
            let (Some(article), Some(url), Some(user)) = (parts.next(), parts.next(), parts.next()) else {
                return Err(damaged_set_write(write, "a post's key names an article, a site and a user"));
            };
            // Read before anything is written: an unreadable record is damaged, never a removal.
            let post = match value {
                Some(json) => Some(serde_json::from_str::<PostValue>(json).map_err(|error| damaged_set_write(write, &error.to_string()))?),
                None => None,
            };
            let Some(article_id) = article_id_by_uuid(connection, article)? else { return Ok(()) };
            // A post record names a site this desk knows; it never adds one.
            let Some(site_id) = connection
                .query_row("SELECT id FROM cms_sites WHERE url = ?1 AND user = ?2", params![url, user], |row| row.get::<_, i64>(0))
                .optional()?
            else {
                return Ok(());
            };
            match post {
                Some(post) => {
                    let exported_revision: u32 = match &post.exported_revision {
                        Some(uuid) => connection
                            .prepare_cached("SELECT number FROM revisions WHERE uuid = ?1")?
                            .query_row([uuid], |row| row.get(0))
                            .optional()?
                            .unwrap_or(0),
                        None => 0,
                    };
                    connection.execute(
                        "INSERT INTO cms_posts (article_id, site_id, remote_id, link, exported_revision, exported_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT (article_id, site_id) DO UPDATE SET remote_id = excluded.remote_id, link = excluded.link,
                             exported_revision = excluded.exported_revision, exported_at = excluded.exported_at",
                        params![article_id, site_id, post.remote_id, post.link, exported_revision, post.exported_at],
                    )?;
                }
                None => {
                    connection.execute("DELETE FROM cms_posts WHERE article_id = ?1 AND site_id = ?2", params![article_id, site_id])?;
                }
            }
        }
    }
    Ok(())
}

fn damaged_set_write(write: &SetWrite, detail: &str) -> StoreError {
    StoreError::DamagedSyncRecord { what: format!("{} item {:?}", write.kind.as_str(), write.key), detail: detail.to_string() }
}

/// Checks that a write from another desk reads as its kind says: its key has the parts the kind
/// has, and its value (when the kind has one) parses.
pub fn check_set_write(write: &SetWrite) -> Result<()> {
    let parts = write.key.split(KEY_SEPARATOR).count();
    let wanted = match write.kind {
        SetKind::Word | SetKind::Confirmed | SetKind::NameKind => 1,
        SetKind::Different | SetKind::Site => 2,
        SetKind::Post => 3,
    };
    if write.key.is_empty() || parts != wanted {
        return Err(damaged_set_write(write, &format!("the key has {parts} parts, not {wanted}")));
    }
    match (write.kind, write.value.as_deref()) {
        (SetKind::NameKind, Some(kind)) if crate::NameKind::parse(kind).is_none() => {
            Err(damaged_set_write(write, &format!("'{kind}' is not a kind of name")))
        }
        (SetKind::Post, Some(json)) => match serde_json::from_str::<PostValue>(json) {
            Ok(_) => Ok(()),
            Err(error) => Err(damaged_set_write(write, &error.to_string())),
        },
        _ => Ok(()),
    }
}

/// The value of a [`SetKind::Post`] item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PostValue {
    pub remote_id: i64,
    pub link: String,
    pub exported_revision: Option<String>,
    pub exported_at: i64,
}

/// The post item's key for an article on a site.
pub(crate) fn post_key(connection: &Connection, article_id: i64, site_id: i64) -> Result<String> {
    let (article, url, user): (String, String, String) = connection.query_row(
        "SELECT a.uuid, s.url, s.user FROM articles a, cms_sites s WHERE a.id = ?1 AND s.id = ?2",
        params![article_id, site_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    Ok(format!("{article}{KEY_SEPARATOR}{url}{KEY_SEPARATOR}{user}"))
}

fn article_id_by_uuid(connection: &Connection, uuid: &str) -> Result<Option<i64>> {
    Ok(connection.prepare_cached("SELECT id FROM articles WHERE uuid = ?1")?.query_row([uuid], |row| row.get(0)).optional()?)
}

/// Where the server's cursor is kept in `sync_state`.
const CURSOR: &str = "cursor";
/// The last outbox position queued by [`Store::resend_everything`].
const RESENT_THROUGH: &str = "resent_through";

impl Store {
    /// The UUID of each revision of an article, by local number: the name a revision has on
    /// every desk (local numbers follow the order revisions arrived in).
    pub fn revision_uuids(&self, article_id: i64) -> Result<Vec<(u32, String)>> {
        crate::latest_revision(&self.connection, article_id)?;
        let mut statement = self.connection.prepare_cached("SELECT number, uuid FROM revisions WHERE article_id = ?1 ORDER BY number")?;
        let rows = statement.query_map([article_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// This machine's id, recorded with every revision made here.
    pub fn machine(&self) -> &str {
        &self.machine
    }

    /// The article's UUID.
    pub fn article_uuid(&self, article_id: i64) -> Result<String> {
        self.connection
            .prepare_cached("SELECT uuid FROM articles WHERE id = ?1")?
            .query_row([article_id], |row| row.get(0))
            .optional()?
            .ok_or(StoreError::ArticleNotFound { article_id })
    }

    /// The local id of the article with this UUID, if this desk has it.
    pub fn article_by_uuid(&self, uuid: &str) -> Result<Option<i64>> {
        article_id_by_uuid(&self.connection, uuid)
    }

    /// The article's heads as revision numbers, oldest first: one normally, more while two desks'
    /// saves over the same revision wait for an editor to resolve them.
    pub fn heads(&self, article_id: i64) -> Result<Vec<u32>> {
        crate::latest_revision(&self.connection, article_id)?;
        Ok(heads_of(&self.connection, article_id)?.into_iter().map(|(number, _)| number).collect())
    }

    /// The articles with a fork, by local id.
    pub fn forked_articles(&self) -> Result<Vec<i64>> {
        let mut statement = self.connection.prepare_cached("SELECT id FROM articles WHERE forked = 1 ORDER BY id")?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A revision's parents, as revision UUIDs.
    pub fn revision_parents(&self, article_id: i64, number: u32) -> Result<Vec<String>> {
        let json: String = self
            .connection
            .prepare_cached("SELECT parents FROM revisions WHERE article_id = ?1 AND number = ?2")?
            .query_row(params![article_id, number], |row| row.get(0))
            .optional()?
            .ok_or(StoreError::RevisionNotFound {
                article_id,
                revision: number,
                revision_count: crate::latest_revision(&self.connection, article_id)?,
            })?;
        // Unreadable parents are damage, never a root revision.
        serde_json::from_str(&json).map_err(|error| StoreError::DamagedSyncRecord {
            what: format!("revision {number} of article {article_id}"),
            detail: format!("unreadable parents: {error}"),
        })
    }

    /// How many changes wait to be pushed.
    pub fn outbox_len(&self) -> Result<u64> {
        Ok(self.connection.query_row("SELECT COUNT(*) FROM sync_outbox", [], |row| row.get(0))?)
    }

    /// The oldest `limit` changes waiting to be pushed. A set item is read as it is now: later
    /// writes to it replace earlier ones. Push them, then call [`Store::outbox_done`] with the
    /// batch's `through`.
    pub fn outbox(&self, limit: usize) -> Result<OutboxBatch> {
        let rows: Vec<(i64, String, String)> = {
            let mut statement = self.connection.prepare_cached("SELECT seq, kind, ref FROM sync_outbox ORDER BY seq LIMIT ?1")?;
            let rows = statement.query_map([limit as i64], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let resent_through: i64 = match self.sync_value(RESENT_THROUGH)? {
            Some(seq) => seq.parse().map_err(|_| StoreError::DamagedSyncRecord {
                what: RESENT_THROUGH.to_string(),
                detail: format!("'{seq}' is not an outbox position"),
            })?,
            None => 0,
        };
        let mut batch = OutboxBatch {
            changes: Vec::with_capacity(rows.len()),
            through: rows.last().map(|(seq, _, _)| *seq),
            resent: Vec::with_capacity(rows.len()),
        };
        for (seq, kind, reference) in rows {
            let change = match kind.as_str() {
                "revision" => self.shared_revision(&reference)?.map(Change::Revision),
                "status" => self.shared_status(&reference)?.map(Change::Status),
                "set" => self.set_write(&reference)?.map(Change::Set),
                other => {
                    return Err(StoreError::DamagedSyncRecord {
                        what: format!("outbox row {seq}"),
                        detail: format!("unknown kind '{other}'"),
                    })
                }
            };
            // Nothing is pushed for a row whose subject is gone.
            if let Some(change) = change {
                batch.changes.push(change);
                batch.resent.push(seq <= resent_through);
            }
        }
        Ok(batch)
    }

    /// Marks every change up to outbox position `through` as pushed.
    pub fn outbox_done(&mut self, through: i64) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute("DELETE FROM sync_outbox WHERE seq <= ?1", [through])?;
        // Once every change queued again is pushed, the mark goes: outbox positions may start
        // over when the outbox is empty, and later changes are this desk's own.
        transaction.execute("DELETE FROM sync_state WHERE key = ?1 AND CAST(value AS INTEGER) <= ?2", params![RESENT_THROUGH, through])?;
        transaction.commit()?;
        Ok(())
    }

    fn shared_revision(&self, uuid: &str) -> Result<Option<SharedRevision>> {
        self.connection
            .prepare_cached(
                "SELECT r.uuid, a.uuid, r.parents, r.machine, r.author, r.note, r.content_hash, r.word_count,
                        (SELECT o.uuid FROM revisions o WHERE o.article_id = r.article_id AND o.number = r.restored_from),
                        r.created_at, r.content
                 FROM revisions r JOIN articles a ON a.id = r.article_id WHERE r.uuid = ?1",
            )?
            .query_row([uuid], |row| {
                let parents: String = row.get(2)?;
                let parents = serde_json::from_str(&parents)
                    .map_err(|error| rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(error)))?;
                Ok(SharedRevision {
                    uuid: row.get(0)?,
                    article: row.get(1)?,
                    parents,
                    machine: row.get(3)?,
                    author: row.get(4)?,
                    note: row.get(5)?,
                    content_hash: row.get(6)?,
                    word_count: row.get(7)?,
                    restored_from: row.get(8)?,
                    created_at: row.get(9)?,
                    content: row.get(10)?,
                    read: None,
                })
            })
            .optional()
            .map_err(|error| match error {
                rusqlite::Error::FromSqlConversionFailure(2, _, detail) => {
                    StoreError::DamagedSyncRecord { what: format!("revision {uuid}"), detail: format!("unreadable parents: {detail}") }
                }
                other => other.into(),
            })
    }

    fn shared_status(&self, uuid: &str) -> Result<Option<SharedStatus>> {
        Ok(self
            .connection
            .prepare_cached(
                "SELECT c.uuid, a.uuid, c.status, c.changed_at, c.author, c.note, c.revision
                 FROM status_changes c JOIN articles a ON a.id = c.article_id WHERE c.uuid = ?1",
            )?
            .query_row([uuid], |row| {
                Ok(SharedStatus {
                    uuid: row.get(0)?,
                    article: row.get(1)?,
                    status: crate::status_column(row, 2)?,
                    changed_at: row.get(3)?,
                    author: row.get(4)?,
                    note: row.get(5)?,
                    revision: row.get(6)?,
                })
            })
            .optional()?)
    }

    fn set_write(&self, reference: &str) -> Result<Option<SetWrite>> {
        let damaged = |detail: &str| StoreError::DamagedSyncRecord { what: format!("set item {reference:?}"), detail: detail.to_string() };
        let Some((kind, key)) = reference.split_once(KEY_SEPARATOR) else { return Err(damaged("no kind")) };
        let Some(kind) = SetKind::parse(kind) else { return Err(damaged("unknown kind")) };
        Ok(self
            .connection
            .prepare_cached("SELECT value, at, uuid FROM sync_clock WHERE kind = ?1 AND key = ?2")?
            .query_row(params![kind.as_str(), key], |row| {
                Ok(SetWrite { uuid: row.get(2)?, kind, key: key.to_string(), value: row.get(0)?, at: row.get(1)? })
            })
            .optional()?)
    }

    /// Every set item this desk holds, with its latest write, tombstones included (sorted by
    /// kind and key): what convergence is checked on.
    pub fn set_items(&self) -> Result<Vec<SetWrite>> {
        let mut statement = self.connection.prepare_cached("SELECT kind, key, value, at, uuid FROM sync_clock ORDER BY kind, key")?;
        let rows = statement.query_map([], |row| {
            let kind: String = row.get(0)?;
            Ok((kind, row.get::<_, String>(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (kind_name, key, value, at, uuid) = row?;
            let kind = SetKind::parse(&kind_name).ok_or_else(|| StoreError::DamagedSyncRecord {
                what: format!("set item {key:?}"),
                detail: format!("unknown kind '{kind_name}'"),
            })?;
            items.push(SetWrite { uuid, kind, key, value, at });
        }
        Ok(items)
    }

    /// Every revision this desk holds, as (UUID, content hash), sorted: what convergence of
    /// archives is checked on.
    pub fn revision_identities(&self) -> Result<Vec<(String, String)>> {
        let mut statement = self.connection.prepare_cached("SELECT uuid, content_hash FROM revisions ORDER BY uuid")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The server's cursor: where the next pull starts (`None` before the first).
    pub fn sync_cursor(&self) -> Result<Option<String>> {
        self.sync_value(CURSOR)
    }

    /// A value kept for the sync (the server's address, the cursor, the last error).
    pub fn sync_value(&self, key: &str) -> Result<Option<String>> {
        Ok(self.connection.prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?.query_row([key], |row| row.get(0)).optional()?)
    }

    /// Keeps a value for the sync; `None` forgets it.
    pub fn set_sync_value(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(value) => self.connection.execute(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?,
            None => self.connection.execute("DELETE FROM sync_state WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// Applies changes pulled from the server in one transaction, and moves the cursor to
    /// `cursor` in the same transaction: a pull interrupted at any moment is either all applied
    /// or not at all. Changes already here are skipped, so a batch applied twice adds nothing.
    pub fn apply_remote(&mut self, changes: &[Change], cursor: Option<&str>) -> Result<Applied> {
        self.apply_remote_owned(changes.to_vec(), cursor)
    }

    /// The same, taking the changes: each revision's JSON is freed as soon as it is read, so
    /// applying a page holds little more than the page itself.
    pub fn apply_remote_owned(&mut self, changes: Vec<Change>, cursor: Option<&str>) -> Result<Applied> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut applied = Applied::default();
        // Revisions first, so the statuses and posts that name an article find it; parents
        // before their children, so an article's latest revision is the newest one.
        let (revisions, changes): (Vec<Change>, Vec<Change>) = changes.into_iter().partition(|c| matches!(c, Change::Revision(_)));
        let mut revisions: Vec<Option<SharedRevision>> = revisions
            .into_iter()
            .map(|change| match change {
                Change::Revision(revision) => Some(revision),
                _ => None,
            })
            .collect();
        let order = {
            let keys: Vec<(&str, &[String], i64)> =
                revisions.iter().flatten().map(|r| (r.uuid.as_str(), r.parents.as_slice(), r.created_at)).collect();
            parents_first_order(&keys)
        };
        for index in order {
            let Some(revision) = revisions[index].take() else { continue };
            match apply_revision(&transaction, revision)? {
                RevisionApplied::Added(article_id) => {
                    applied.revisions += 1;
                    if !applied.articles.contains(&article_id) {
                        applied.articles.push(article_id);
                    }
                }
                RevisionApplied::AlreadyHere => {}
                RevisionApplied::Refused => applied.refused += 1,
            }
        }
        for change in &changes {
            match change {
                Change::Revision(_) => {}
                Change::Status(status) => {
                    if let Some(article_id) = apply_status(&transaction, status)? {
                        applied.statuses += 1;
                        if !applied.articles.contains(&article_id) {
                            applied.articles.push(article_id);
                        }
                    }
                }
                Change::Set(write) => {
                    if check_set_write(write).is_err() {
                        applied.skipped += 1;
                        continue;
                    }
                    applied.set_writes += usize::from(apply_remote_set_write(&transaction, write)?);
                }
            }
        }
        if let Some(cursor) = cursor {
            transaction.execute(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![CURSOR, cursor],
            )?;
        }
        transaction.commit()?;
        Ok(applied)
    }

    /// Prepares this desk for a server that is not the one it synced with (a new server after
    /// the old one was lost): every revision, status change and set item it holds is queued to
    /// be pushed again, the pull starts over from the beginning, and `key` is set to `value`
    /// (the new server's id), all in one transaction. Pushing what the server already has adds
    /// nothing, so doing this once too often costs only time.
    pub fn resend_everything(&mut self, key: &str, value: &str) -> Result<u64> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut queued = 0;
        queued += transaction
            .execute("INSERT INTO sync_outbox (kind, ref) SELECT 'revision', uuid FROM revisions ORDER BY article_id, number", [])?;
        queued += transaction.execute("INSERT INTO sync_outbox (kind, ref) SELECT 'status', uuid FROM status_changes ORDER BY id", [])?;
        queued += transaction
            .execute("INSERT INTO sync_outbox (kind, ref) SELECT 'set', kind || char(31) || key FROM sync_clock ORDER BY kind, key", [])?;
        let last: Option<i64> = transaction.query_row("SELECT MAX(seq) FROM sync_outbox", [], |row| row.get(0))?;
        let set = "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        transaction.execute(set, params![RESENT_THROUGH, last.unwrap_or(0).to_string()])?;
        transaction.execute(set, params![key, value])?;
        transaction.execute("DELETE FROM sync_state WHERE key = ?1", [CURSOR])?;
        transaction.commit()?;
        Ok(queued as u64)
    }

    /// Takes back a change of this desk's that the server refused, so the desk shows what the
    /// newsroom holds: a status change leaves the log (the article's status is its latest
    /// remaining change's), and a set write is undone when it is still the item's latest (an
    /// addition is removed; a refused removal stays removed, as the server's copy is not here).
    /// A revision is never taken back: it is the writer's own text; nor are this desk's own
    /// sites and post records, which it needs to update its own posts.
    pub fn withdraw_refused(&mut self, change: &Change) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        match change {
            Change::Revision(_) => {}
            Change::Status(status) => {
                if let Some(article_id) = article_id_by_uuid(&transaction, &status.article)? {
                    transaction.execute("DELETE FROM status_changes WHERE uuid = ?1", [&status.uuid])?;
                    update_status_from_log(&transaction, article_id)?;
                }
            }
            // A site this desk publishes to, and the post an article became there, stay on this
            // desk (its next export must update that post, not make another); only the server's
            // copy, shared with every desk, is an editor's to write.
            Change::Set(write) if matches!(write.kind, SetKind::Site | SetKind::Post) => {}
            Change::Set(write) => {
                let removed = transaction.execute(
                    "DELETE FROM sync_clock WHERE kind = ?1 AND key = ?2 AND uuid = ?3",
                    params![write.kind.as_str(), write.key, write.uuid],
                )?;
                if removed > 0 && write.value.is_some() {
                    apply_set_item(&transaction, &SetWrite { value: None, ..write.clone() })?;
                }
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// Adds a word, confirms a name, ... as one write to a set item (see the module's notes).
    pub(crate) fn write_set(&mut self, kind: SetKind, key: &str, value: Option<&str>) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_set_item(&transaction, kind, key, value)?;
        transaction.commit()?;
        Ok(())
    }
}

/// The order in which to apply revisions given as (UUID, parents, when saved): places in
/// `revisions`, each after those of its parents that are among them, and otherwise oldest
/// first (by when saved, then UUID). A cycle, which honest desks cannot make, goes last in the
/// same order rather than being lost. The sync orders a whole pull by this before it downloads
/// the contents page by page.
pub fn parents_first_order(revisions: &[(&str, &[String], i64)]) -> Vec<usize> {
    use std::collections::{BTreeSet, HashMap};
    let index: HashMap<&str, usize> = revisions.iter().enumerate().map(|(i, r)| (r.0, i)).collect();
    let mut waiting_for: Vec<usize> = vec![0; revisions.len()];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); revisions.len()];
    for (i, revision) in revisions.iter().enumerate() {
        for parent in revision.1 {
            if let Some(&p) = index.get(parent.as_str()) {
                waiting_for[i] += 1;
                children[p].push(i);
            }
        }
    }
    let key = |i: usize| (revisions[i].2, revisions[i].0, i);
    let mut ready: BTreeSet<(i64, &str, usize)> = (0..revisions.len()).filter(|&i| waiting_for[i] == 0).map(key).collect();
    let mut order = Vec::with_capacity(revisions.len());
    let mut placed = vec![false; revisions.len()];
    while let Some(first) = ready.pop_first() {
        let i = first.2;
        order.push(i);
        placed[i] = true;
        for &child in &children[i] {
            waiting_for[child] -= 1;
            if waiting_for[child] == 0 {
                ready.insert(key(child));
            }
        }
    }
    if order.len() < revisions.len() {
        let mut rest: Vec<usize> = (0..revisions.len()).filter(|&i| !placed[i]).collect();
        rest.sort_by(|&a, &b| (revisions[a].2, revisions[a].0).cmp(&(revisions[b].2, revisions[b].0)));
        order.extend(rest);
    }
    order
}

enum RevisionApplied {
    Added(i64),
    AlreadyHere,
    Refused,
}

fn apply_revision(connection: &Connection, mut revision: SharedRevision) -> Result<RevisionApplied> {
    let here: bool = connection
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM revisions WHERE uuid = ?1)")?
        .query_row([&revision.uuid], |row| row.get(0))?;
    if here {
        return Ok(RevisionApplied::AlreadyHere);
    }
    // The content must be what its hash says: a damaged copy is refused, never stored.
    let parsed = match revision.read.take() {
        Some(read) => Ok(*read),
        None => serde_json::from_str::<ArticleContent>(&revision.content),
    };
    // The JSON is not needed once read: a large revision is not held twice.
    revision.content = String::new();
    let Ok(mut content) = parsed else { return Ok(RevisionApplied::Refused) };
    // What a local save refuses, a pull refuses: an article over the size limits.
    if crate::check_size(&content).is_err() {
        return Ok(RevisionApplied::Refused);
    }
    // What a local save changes, a pull changes the same way, so every desk holds the same
    // canonical text whatever another desk (or SQL typed by hand) sent: whitespace collapsed,
    // empty blocks dropped, no link but web and mail ones (a `javascript:` link from another
    // desk never reaches an export). The hash covers the canonical form, so it still names it.
    content.normalize();
    if content.canonical_hash() != revision.content_hash {
        return Ok(RevisionApplied::Refused);
    }
    let article_id = match article_id_by_uuid(connection, &revision.article)? {
        Some(id) => id,
        None => insert_article_row(connection, &revision.article, revision.created_at)?,
    };
    let latest: u32 =
        connection.prepare_cached("SELECT revision_count FROM articles WHERE id = ?1")?.query_row([article_id], |row| row.get(0))?;
    let restored_from: Option<u32> = match &revision.restored_from {
        Some(uuid) => {
            connection.prepare_cached("SELECT number FROM revisions WHERE uuid = ?1")?.query_row([uuid], |row| row.get(0)).optional()?
        }
        None => None,
    };
    let meta = RevisionMeta {
        uuid: revision.uuid.clone(),
        parents: revision.parents.clone(),
        machine: revision.machine.clone(),
        author: revision.author.clone(),
        note: revision.note.clone(),
        created_at: revision.created_at,
        restored_from,
        local: false,
    };
    write_revision(connection, article_id, latest + 1, &content, &meta, true)?;
    // `updated_at` is when this desk last saw a change, so the library shows it at the top.
    connection
        .prepare_cached("UPDATE articles SET updated_at = MAX(updated_at, ?2) WHERE id = ?1")?
        .execute(params![article_id, now_millis()])?;
    Ok(RevisionApplied::Added(article_id))
}

/// Logs a status change from another desk and sets the article's status to its latest change's;
/// returns the article when the change was new here.
fn apply_status(connection: &Connection, status: &SharedStatus) -> Result<Option<i64>> {
    let Some(article_id) = article_id_by_uuid(connection, &status.article)? else { return Ok(None) };
    // This desk's own change, back from the server: the server's time and name for it are the
    // ones every desk orders and shows by.
    let restamped = connection
        .prepare_cached("UPDATE status_changes SET changed_at = ?2, author = ?3 WHERE uuid = ?1 AND (changed_at, author) != (?2, ?3)")?
        .execute(params![status.uuid, status.changed_at, status.author])?;
    if restamped > 0 {
        update_status_from_log(connection, article_id)?;
        return Ok(Some(article_id));
    }
    let added = connection
        .prepare_cached(
            "INSERT INTO status_changes (article_id, status, changed_at, author, note, uuid, revision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (uuid) DO NOTHING",
        )?
        .execute(params![
            article_id,
            status.status.as_str(),
            status.changed_at,
            status.author,
            status.note,
            status.uuid,
            status.revision
        ])?;
    if added == 0 {
        return Ok(None);
    }
    update_status_from_log(connection, article_id)?;
    Ok(Some(article_id))
}

/// Sets the article's status to its latest change's (draft when it has none).
fn update_status_from_log(connection: &Connection, article_id: i64) -> Result<()> {
    connection
        .prepare_cached(
            "UPDATE articles SET status = COALESCE((SELECT status FROM status_changes WHERE article_id = ?1
                                                    ORDER BY changed_at DESC, uuid DESC LIMIT 1), 'draft')
             WHERE id = ?1",
        )?
        .execute([article_id])?;
    Ok(())
}

/// Applies another desk's write to a set item when it is newer than the one kept.
fn apply_remote_set_write(connection: &Connection, write: &SetWrite) -> Result<bool> {
    let kept: Option<(i64, String)> = connection
        .prepare_cached("SELECT at, uuid FROM sync_clock WHERE kind = ?1 AND key = ?2")?
        .query_row(params![write.kind.as_str(), write.key], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    if let Some((at, uuid)) = &kept {
        if *uuid == write.uuid {
            // This desk's own write, back from the server: take the server's time (and, for a
            // word, the name it recorded) so every desk orders it alike.
            if *at != write.at {
                keep_write(connection, write)?;
            }
            return Ok(false);
        }
    }
    if kept.is_some_and(|(at, uuid)| (at, uuid.as_str()) >= (write.at, write.uuid.as_str())) {
        return Ok(false);
    }
    keep_write(connection, write)?;
    apply_set_item(connection, write)?;
    Ok(true)
}
