//! The database schema and its migrations.
//!
//! Each migration is one step from version N to N+1, numbered by `PRAGMA user_version`. All
//! pending steps run in one immediate transaction: a database is either fully upgraded or not
//! touched. A database whose version is newer than [`LATEST_VERSION`] is refused, never
//! rewritten. Steps are never edited once released; changes come as new steps.

use crate::error::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// `PRAGMA application_id` of a Sunting database ("SUNT" in ASCII).
pub const APPLICATION_ID: i64 = 0x5355_4E54;

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Migration N+1 is `MIGRATIONS[N]`.
const MIGRATIONS: &[&str] = &[
    // 1: articles and their immutable revisions.
    r#"
    CREATE TABLE articles (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        status         TEXT    NOT NULL DEFAULT 'draft'
                               CHECK (status IN ('draft', 'editing', 'ready', 'exported')),
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        -- Copied from the latest revision so the library lists without parsing content.
        headline       TEXT    NOT NULL DEFAULT '',
        language       TEXT    NOT NULL DEFAULT '',
        word_count     INTEGER NOT NULL DEFAULT 0,
        revision_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_by_updated ON articles (updated_at DESC, id DESC);
    CREATE INDEX articles_by_status ON articles (status, updated_at DESC, id DESC);

    CREATE TABLE revisions (
        article_id    INTEGER NOT NULL REFERENCES articles (id),
        number        INTEGER NOT NULL CHECK (number >= 1),
        created_at    INTEGER NOT NULL,
        author        TEXT    NOT NULL,
        note          TEXT,
        content_hash  TEXT    NOT NULL,
        word_count    INTEGER NOT NULL,
        restored_from INTEGER,
        content       TEXT    NOT NULL,
        PRIMARY KEY (article_id, number)
    ) WITHOUT ROWID;

    CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
    CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END;
    "#,
    // 2: full-text search over headline, standfirst and body, filled from the latest revisions.
    r#"
    CREATE VIRTUAL TABLE article_search USING fts5 (
        headline, standfirst, body,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT a.id, a.headline, json_extract(r.content, '$.standfirst'),
           (SELECT group_concat(text, char(10) || char(10)) FROM (
                SELECT (SELECT group_concat(json_extract(run.value, '$.text'), '')
                        FROM json_each(block.value, '$.runs') AS run) AS text
                FROM json_each(r.content, '$.body') AS block ORDER BY block.key))
    FROM articles a JOIN revisions r ON r.article_id = a.id AND r.number = a.revision_count;
    "#,
    // 3: working copies kept by autosave, apart from the history.
    r#"
    CREATE TABLE working_copies (
        article_id    INTEGER PRIMARY KEY REFERENCES articles (id),
        base_revision INTEGER NOT NULL,
        saved_at      INTEGER NOT NULL,
        content       TEXT    NOT NULL
    );
    "#,
    // 4: the newsroom's dictionary and name register. `article_names` is filled on every save
    // (and for existing articles right after this step, by `Store::open`).
    r#"
    CREATE TABLE dictionary_words (
        word     TEXT    PRIMARY KEY,
        added_at INTEGER NOT NULL,
        added_by TEXT    NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE TABLE article_names (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        name       TEXT    NOT NULL,
        uses       INTEGER NOT NULL,
        PRIMARY KEY (article_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX article_names_by_name ON article_names (name);
    CREATE TABLE names_confirmed (
        name         TEXT    PRIMARY KEY,
        confirmed_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE names_different (
        name_a    TEXT    NOT NULL,
        name_b    TEXT    NOT NULL,
        marked_at INTEGER NOT NULL,
        PRIMARY KEY (name_a, name_b),
        CHECK (name_a < name_b)
    ) WITHOUT ROWID;
    "#,
    // 5: findings an editor dismissed for one article (the same rule on the same text stays
    // quiet in that article), the desk's settings as key/value pairs, and the log of status
    // changes (with the note given when an article went to Ready with errors unresolved).
    r#"
    CREATE TABLE article_ignores (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        rule       TEXT    NOT NULL,
        text       TEXT    NOT NULL,
        ignored_at INTEGER NOT NULL,
        ignored_by TEXT    NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, rule, text)
    ) WITHOUT ROWID;
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE status_changes (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id),
        status     TEXT    NOT NULL,
        changed_at INTEGER NOT NULL,
        author     TEXT    NOT NULL DEFAULT '',
        note       TEXT
    );
    CREATE INDEX status_changes_by_article ON status_changes (article_id, changed_at);
    "#,
    // 6: publishing. What kind of thing a registered name is (for ninjs people, organisations
    // and places); the CMS sites (no passwords: those live in the operating system's keyring);
    // which post on which site each article became; every export attempt with its outcome; and
    // the exports waiting to be sent while a site cannot be reached.
    r#"
    CREATE TABLE name_kinds (
        name   TEXT PRIMARY KEY,
        kind   TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
        set_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE cms_sites (
        id       INTEGER PRIMARY KEY,
        url      TEXT    NOT NULL,
        user     TEXT    NOT NULL,
        added_at INTEGER NOT NULL,
        UNIQUE (url, user)
    );
    CREATE TABLE cms_posts (
        article_id        INTEGER NOT NULL REFERENCES articles (id),
        site_id           INTEGER NOT NULL REFERENCES cms_sites (id) ON DELETE CASCADE,
        remote_id         INTEGER NOT NULL,
        link              TEXT    NOT NULL DEFAULT '',
        exported_revision INTEGER NOT NULL,
        exported_at       INTEGER NOT NULL,
        PRIMARY KEY (article_id, site_id)
    ) WITHOUT ROWID;
    CREATE TABLE export_attempts (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL REFERENCES articles (id),
        target      TEXT    NOT NULL,
        revision    INTEGER NOT NULL,
        attempted_at INTEGER NOT NULL,
        outcome     TEXT    NOT NULL CHECK (outcome IN ('sent', 'failed', 'queued')),
        http_status INTEGER,
        remote_id   INTEGER,
        message     TEXT    NOT NULL DEFAULT '',
        author      TEXT    NOT NULL DEFAULT ''
    );
    CREATE INDEX export_attempts_by_article ON export_attempts (article_id, attempted_at);
    CREATE TABLE export_queue (
        id              INTEGER PRIMARY KEY,
        article_id      INTEGER NOT NULL REFERENCES articles (id),
        site_id         INTEGER NOT NULL REFERENCES cms_sites (id) ON DELETE CASCADE,
        post_status     TEXT    NOT NULL,
        categories      TEXT    NOT NULL DEFAULT '[]',
        author          TEXT    NOT NULL DEFAULT '',
        queued_at       INTEGER NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error      TEXT    NOT NULL DEFAULT '',
        UNIQUE (article_id, site_id)
    );
    "#,
    // The editor's note from the check before publishing, kept with a queued export until it is
    // sent and the history records it; and whether the editor asked for missing categories to be
    // created on the site.
    r#"
    ALTER TABLE export_queue ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE export_queue ADD COLUMN create_categories INTEGER NOT NULL DEFAULT 0;
    "#,
    // 8: identity that survives more than one machine, for a newsroom's shared server. Every
    // article, revision and status change gets a UUID; every revision its parents (a JSON array
    // of revision UUIDs: one for a save, two for a merge, none for the first) and the machine it
    // was made on. Content and content hashes are untouched. `sync_state` holds this machine's
    // id and the sync cursor; `sync_clock` the last write to each shared set-like item (the
    // dictionary, the name register's decisions, sites, posts), a removal kept as a tombstone;
    // `sync_outbox` what is still to be pushed, filled in the same transaction as each write and
    // here with everything already in the database, so joining a newsroom pushes the archive
    // once. `revision_heads` holds each article's heads (revisions no other names as a parent);
    // `articles.forked` is set while an article has more than one.
    r#"
    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO sync_state (key, value) VALUES ('machine', sunting_uuid());

    ALTER TABLE articles ADD COLUMN uuid TEXT;
    ALTER TABLE articles ADD COLUMN forked INTEGER NOT NULL DEFAULT 0;
    UPDATE articles SET uuid = sunting_uuid();
    CREATE UNIQUE INDEX articles_by_uuid ON articles (uuid);

    DROP TRIGGER revisions_are_immutable;
    ALTER TABLE revisions ADD COLUMN uuid TEXT;
    ALTER TABLE revisions ADD COLUMN parents TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE revisions ADD COLUMN machine TEXT NOT NULL DEFAULT '';
    UPDATE revisions SET uuid = sunting_uuid(), machine = (SELECT value FROM sync_state WHERE key = 'machine');
    UPDATE revisions SET parents = (
        SELECT json_array(parent.uuid) FROM revisions parent
        WHERE parent.article_id = revisions.article_id AND parent.number = revisions.number - 1
    ) WHERE number > 1;
    CREATE UNIQUE INDEX revisions_by_uuid ON revisions (uuid);
    CREATE TABLE revision_heads (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        uuid       TEXT    NOT NULL,
        PRIMARY KEY (article_id, uuid)
    ) WITHOUT ROWID;
    INSERT INTO revision_heads (article_id, uuid)
        SELECT r.article_id, r.uuid FROM revisions r JOIN articles a ON a.id = r.article_id AND r.number = a.revision_count;
    CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;

    ALTER TABLE status_changes ADD COLUMN uuid TEXT;
    UPDATE status_changes SET uuid = sunting_uuid();
    CREATE UNIQUE INDEX status_changes_by_uuid ON status_changes (uuid);

    CREATE TABLE sync_clock (
        kind  TEXT    NOT NULL CHECK (kind IN ('word', 'confirmed', 'different', 'name_kind', 'site', 'post')),
        key   TEXT    NOT NULL,
        value TEXT,
        at    INTEGER NOT NULL,
        uuid  TEXT    NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    INSERT INTO sync_clock (kind, key, value, at, uuid)
        SELECT 'word', word, added_by, added_at, sunting_uuid() FROM dictionary_words;
    INSERT INTO sync_clock (kind, key, value, at, uuid)
        SELECT 'confirmed', name, '', confirmed_at, sunting_uuid() FROM names_confirmed;
    INSERT INTO sync_clock (kind, key, value, at, uuid)
        SELECT 'different', name_a || char(31) || name_b, '', marked_at, sunting_uuid() FROM names_different;
    INSERT INTO sync_clock (kind, key, value, at, uuid)
        SELECT 'name_kind', name, kind, set_at, sunting_uuid() FROM name_kinds;
    INSERT INTO sync_clock (kind, key, value, at, uuid)
        SELECT 'site', url || char(31) || user, '', added_at, sunting_uuid() FROM cms_sites;
    INSERT INTO sync_clock (kind, key, value, at, uuid)
        SELECT 'post', a.uuid || char(31) || s.url || char(31) || s.user,
               json_object('remote_id', p.remote_id, 'link', p.link, 'exported_at', p.exported_at,
                           'exported_revision', (SELECT r.uuid FROM revisions r
                                                 WHERE r.article_id = p.article_id AND r.number = p.exported_revision)),
               p.exported_at, sunting_uuid()
        FROM cms_posts p JOIN articles a ON a.id = p.article_id JOIN cms_sites s ON s.id = p.site_id;

    CREATE TABLE sync_outbox (
        seq  INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('revision', 'status', 'set')),
        ref  TEXT NOT NULL
    );
    INSERT INTO sync_outbox (kind, ref) SELECT 'revision', uuid FROM revisions ORDER BY article_id, number;
    INSERT INTO sync_outbox (kind, ref) SELECT 'status', uuid FROM status_changes ORDER BY id;
    INSERT INTO sync_outbox (kind, ref) SELECT 'set', kind || char(31) || key FROM sync_clock;
    "#,
    // 9: a status change names the revision it approves (the article's latest when it was made;
    // for a move to Exported, the revision sent), so an export sends what an editor approved and
    // says when a newer revision exists. Older changes name none. A queued export keeps the
    // revision it was asked to send.
    r#"
    ALTER TABLE status_changes ADD COLUMN revision TEXT;
    ALTER TABLE export_queue ADD COLUMN revision INTEGER;
    "#,
];

/// A random (version 4) UUID in SQL, for migrations to write as `sunting_uuid()`: SQLite has no
/// UUID function, and migrations are plain SQL.
const UUID_SQL: &str = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' \
     || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

/// The schema version that introduced `article_names`; databases upgraded past it get their
/// names counted.
pub(crate) const NAMES_VERSION: i64 = 4;

/// Sets the connection's pragmas. Runs outside any transaction, on every open.
pub(crate) fn configure(connection: &Connection, busy_timeout_ms: u64) -> Result<()> {
    connection.busy_timeout(std::time::Duration::from_millis(busy_timeout_ms))?;
    connection.pragma_update(None, "foreign_keys", true)?;
    // WAL lets the library list while a save is in progress; FULL makes a committed save
    // survive a power cut, not only a killed process.
    let _mode: String = connection.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// Brings the schema up to [`LATEST_VERSION`], or refuses a database that is not ours or newer.
/// Returns the version the database had before.
pub(crate) fn migrate(connection: &mut Connection, path: &Path) -> Result<i64> {
    migrate_to(connection, path, LATEST_VERSION)
}

/// Brings the schema up to `target` (tests build older databases with it).
pub(crate) fn migrate_to(connection: &mut Connection, path: &Path, target: i64) -> Result<i64> {
    let version: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let application_id: i64 = connection.pragma_query_value(None, "application_id", |row| row.get(0))?;
    if application_id != APPLICATION_ID && (application_id != 0 || version != 0 || has_tables(connection)?) {
        return Err(StoreError::NotASuntingDatabase { path: path.to_path_buf() });
    }
    if version > LATEST_VERSION {
        return Err(StoreError::NewerSchema { path: path.to_path_buf(), found: version, supported: LATEST_VERSION });
    }
    if version >= target {
        return Ok(version);
    }
    let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Re-read inside the lock: another process may have migrated meanwhile.
    let version: i64 = transaction.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, step) in MIGRATIONS.iter().enumerate().take(target as usize).skip(version as usize) {
        transaction.execute_batch(&step.replace("sunting_uuid()", UUID_SQL))?;
        transaction.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    transaction.pragma_update(None, "application_id", APPLICATION_ID)?;
    transaction.commit()?;
    Ok(version)
}

fn has_tables(connection: &Connection) -> Result<bool> {
    Ok(connection.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table')", [], |row| row.get(0))?)
}
