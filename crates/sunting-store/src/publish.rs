//! What publishing needs to remember: the kind of each registered name (for ninjs people,
//! organisations and places), the CMS sites, which remote post each article became, every
//! export attempt and its outcome, and the exports queued while a site could not be reached.
//!
//! Passwords are never stored here: a site is its address and user name, and the password is
//! in the operating system's keyring (see the `sunting-publish` crate).

use crate::error::{Result, StoreError};
use crate::sync::{write_set_item, PostValue, SetKind, KEY_SEPARATOR};
use crate::{now_millis, Store};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use sunting_engine::Status;

/// What a registered name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum NameKind {
    /// A person.
    Person,
    /// A company, ministry, party, club or other body.
    Organisation,
    /// A place.
    Place,
}

impl NameKind {
    /// The name used in the database and on the command line.
    pub fn as_str(self) -> &'static str {
        sunting_engine::serde_name::name(&self)
    }

    pub(crate) fn parse(text: &str) -> Option<NameKind> {
        sunting_engine::serde_name::parse(text)
    }
}

/// The people, organisations and places an article names, by the register's kinds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NamedEntities {
    /// People, most used first.
    pub people: Vec<String>,
    /// Organisations, most used first.
    pub organisations: Vec<String>,
    /// Places, most used first.
    pub places: Vec<String>,
}

/// A CMS site the desk publishes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CmsSite {
    /// Its id in the store.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// The site's address, without a trailing slash ("https://kabar.example").
    pub url: String,
    /// The user the desk publishes as.
    pub user: String,
}

/// The post an article became on a site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RemotePost {
    /// The site.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub site_id: i64,
    /// The post's id on the site.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub remote_id: i64,
    /// The post's address as the site reported it.
    pub link: String,
    /// The revision last sent.
    pub exported_revision: u32,
    /// When it was last sent, in milliseconds since the Unix epoch.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub exported_at: i64,
}

/// How an export attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ExportOutcome {
    /// The site or file has the article.
    Sent,
    /// It did not get there, and will not be retried by itself.
    Failed,
    /// It did not get there yet; it waits in the queue.
    Queued,
}

impl ExportOutcome {
    fn as_str(self) -> &'static str {
        sunting_engine::serde_name::name(&self)
    }
}

/// One line of an article's export log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportAttempt {
    /// Where to: a site's address, or a file format ("ninjs").
    pub target: String,
    /// The revision sent.
    pub revision: u32,
    /// When, in milliseconds since the Unix epoch.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub attempted_at: i64,
    /// How it ended.
    pub outcome: ExportOutcome,
    /// The site's HTTP status, when it answered.
    pub http_status: Option<u16>,
    /// The post's id on the site, when it has one.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub remote_id: Option<i64>,
    /// What happened, in words.
    pub message: String,
    /// Who exported.
    pub author: String,
}

/// An export waiting for its site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QueuedExport {
    /// Its id in the queue.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// The article.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub article_id: i64,
    /// The site.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub site_id: i64,
    /// The post status asked for (draft, pending, publish).
    pub post_status: String,
    /// Category names asked for.
    pub categories: Vec<String>,
    /// Who exported.
    pub author: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// When the next attempt is due, in milliseconds since the Unix epoch.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub next_attempt_at: i64,
    /// Why the last attempt failed.
    pub last_error: String,
    /// The editor's note from the check before publishing (empty when none was asked for).
    pub note: String,
    /// Whether categories the site does not have are to be created.
    pub create_categories: bool,
    /// The revision to send, when the editor chose one (the approved one, or a newer one);
    /// none sends what [`Store::to_export`] says when the export is tried.
    pub revision: Option<u32>,
}

/// A successful export, as recorded.
#[derive(Debug, Clone)]
pub struct SentExport<'a> {
    /// The article.
    pub article_id: i64,
    /// The site.
    pub site: &'a CmsSite,
    /// The post's id on the site.
    pub remote_id: i64,
    /// The post's address.
    pub link: &'a str,
    /// The revision sent.
    pub revision: u32,
    /// What to log ("created", "updated").
    pub message: &'a str,
    /// HTTP status of the final answer.
    pub http_status: u16,
    /// Who exported.
    pub author: &'a str,
    /// The editor's note from the check before publishing (empty when none was asked for); the
    /// history keeps it with the move to Exported.
    pub note: &'a str,
}

/// What the history says of an export: the revision, the site and the post, then the editor's
/// note when the check before publishing asked for one.
fn exported_note(sent: &SentExport<'_>, status: Option<&str>) -> String {
    let status = status.map(str::to_string);
    crate::NoteEvent::Sent { revision: sent.revision, site: sent.site.url.clone(), post: sent.remote_id, status }.note_with(sent.note)
}

/// A site address in its stored form: trimmed, without a trailing slash, http or https only.
pub fn normalize_site_url(url: &str) -> Result<String> {
    let url = url.trim().trim_end_matches('/');
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => Ok(url.to_string()),
        _ => Err(StoreError::NotASiteAddress { url: url.to_string() }),
    }
}

impl Store {
    /// Sets (or with `None` clears) what kind of thing `name` names.
    pub fn set_name_kind(&mut self, name: &str, kind: Option<NameKind>) -> Result<()> {
        let name = name.trim();
        let current: Option<String> =
            self.connection.query_row("SELECT kind FROM name_kinds WHERE name = ?1", [name], |row| row.get(0)).optional()?;
        if current.as_deref() != kind.map(NameKind::as_str) {
            self.write_set(SetKind::NameKind, name, kind.map(NameKind::as_str))?;
        }
        Ok(())
    }

    /// Every name with a kind, sorted by name.
    pub fn name_kinds(&self) -> Result<Vec<(String, NameKind)>> {
        let mut statement = self.connection.prepare_cached("SELECT name, kind FROM name_kinds ORDER BY name")?;
        let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
        let mut kinds = Vec::new();
        for row in rows {
            let (name, kind) = row?;
            if let Some(kind) = NameKind::parse(&kind) {
                kinds.push((name, kind));
            }
        }
        Ok(kinds)
    }

    /// The people, organisations and places the article's latest revision names.
    pub fn named_entities(&self, article_id: i64) -> Result<NamedEntities> {
        let mut statement = self.connection.prepare_cached(
            "SELECT n.name, k.kind FROM article_names n JOIN name_kinds k ON k.name = n.name
             WHERE n.article_id = ?1 ORDER BY n.uses DESC, n.name",
        )?;
        let mut entities = NamedEntities::default();
        for row in statement.query_map([article_id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))? {
            let (name, kind) = row?;
            match NameKind::parse(&kind) {
                Some(NameKind::Person) => entities.people.push(name),
                Some(NameKind::Organisation) => entities.organisations.push(name),
                Some(NameKind::Place) => entities.places.push(name),
                None => {}
            }
        }
        Ok(entities)
    }

    /// Adds a site (or returns the one with the same address and user).
    pub fn add_site(&mut self, url: &str, user: &str) -> Result<CmsSite> {
        let url = normalize_site_url(url)?;
        let user = user.trim();
        if user.is_empty() {
            return Err(StoreError::SiteWithoutUser);
        }
        let known: bool = self.connection.query_row(
            "SELECT EXISTS (SELECT 1 FROM cms_sites WHERE url = ?1 AND user = ?2)",
            params![url, user],
            |row| row.get(0),
        )?;
        if !known {
            self.write_set(SetKind::Site, &format!("{url}{KEY_SEPARATOR}{user}"), Some(""))?;
        }
        let id =
            self.connection.query_row("SELECT id FROM cms_sites WHERE url = ?1 AND user = ?2", params![url, user], |row| row.get(0))?;
        Ok(CmsSite { id, url, user: user.to_string() })
    }

    /// The sites, in the order they were added.
    pub fn sites(&self) -> Result<Vec<CmsSite>> {
        let mut statement = self.connection.prepare_cached("SELECT id, url, user FROM cms_sites ORDER BY id")?;
        let rows = statement.query_map([], |row| Ok(CmsSite { id: row.get(0)?, url: row.get(1)?, user: row.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One site.
    pub fn site(&self, site_id: i64) -> Result<CmsSite> {
        self.sites()?.into_iter().find(|site| site.id == site_id).ok_or_else(|| StoreError::SiteNotFound { site_id })
    }

    /// Forgets a site, with its post ids and queued exports; the export log stays.
    pub fn remove_site(&mut self, site_id: i64) -> Result<()> {
        if let Ok(site) = self.site(site_id) {
            self.write_set(SetKind::Site, &format!("{}{KEY_SEPARATOR}{}", site.url, site.user), None)?;
        }
        Ok(())
    }

    /// The post the article became on the site, if it was sent there: by anyone in the
    /// newsroom, whichever WordPress user they publish as, so that an export from a second desk
    /// updates the same post. The latest export wins when there are several.
    pub fn remote_post(&self, article_id: i64, site_id: i64) -> Result<Option<RemotePost>> {
        Ok(self
            .connection
            .query_row(
                "SELECT ?2, p.remote_id, p.link, p.exported_revision, p.exported_at
                 FROM cms_posts p JOIN cms_sites s ON s.id = p.site_id
                 WHERE p.article_id = ?1 AND s.url = (SELECT url FROM cms_sites WHERE id = ?2)
                 ORDER BY p.site_id = ?2 DESC, p.exported_at DESC LIMIT 1",
                params![article_id, site_id],
                |row| {
                    Ok(RemotePost {
                        site_id: row.get(0)?,
                        remote_id: row.get(1)?,
                        link: row.get(2)?,
                        exported_revision: row.get(3)?,
                        exported_at: row.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Records a successful export in one transaction: the post id, the log line, the article
    /// marked Exported (with the site in the status log), and its queued export done.
    pub fn record_sent(&mut self, sent: &SentExport<'_>) -> Result<()> {
        self.record_sent_as(sent, None)
    }

    /// [`Store::record_sent`], with the post's status on the site as sent (WordPress's
    /// `publish`, `pending` or `draft`), which the history and the library show.
    pub fn record_sent_as(&mut self, sent: &SentExport<'_>, post_status: Option<&str>) -> Result<()> {
        let now = now_millis();
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Which post the article became is shared, so a second desk updates the same post.
        let post = PostValue {
            remote_id: sent.remote_id,
            link: sent.link.to_string(),
            exported_revision: crate::sync::revision_uuid(&transaction, sent.article_id, sent.revision).ok(),
            exported_at: now,
        };
        let key = crate::sync::post_key(&transaction, sent.article_id, sent.site.id)?;
        write_set_item(&transaction, SetKind::Post, &key, Some(&serde_json::to_string(&post).expect("a post value serialises")))?;
        transaction.execute(
            "INSERT INTO export_attempts (article_id, target, revision, attempted_at, outcome, http_status, remote_id, message, author)
             VALUES (?1, ?2, ?3, ?4, 'sent', ?5, ?6, ?7, ?8)",
            params![sent.article_id, sent.site.url, sent.revision, now, sent.http_status, sent.remote_id, sent.message, sent.author],
        )?;
        transaction.execute("UPDATE articles SET status = ?2 WHERE id = ?1", params![sent.article_id, Status::Exported.as_str()])?;
        crate::sync::log_status_change(
            &transaction,
            sent.article_id,
            Status::Exported,
            now,
            sent.author,
            Some(&exported_note(sent, post_status)),
            Some(sent.revision),
        )?;
        transaction.execute("DELETE FROM export_queue WHERE article_id = ?1 AND site_id = ?2", params![sent.article_id, sent.site.id])?;
        transaction.commit()?;
        Ok(())
    }

    /// Logs an attempt that did not get through, or a file export.
    #[allow(clippy::too_many_arguments)]
    pub fn log_export(
        &mut self,
        article_id: i64,
        target: &str,
        revision: u32,
        outcome: ExportOutcome,
        http_status: Option<u16>,
        message: &str,
        author: &str,
    ) -> Result<()> {
        self.connection.execute(
            "INSERT INTO export_attempts (article_id, target, revision, attempted_at, outcome, http_status, message, author)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![article_id, target, revision, now_millis(), outcome.as_str(), http_status, message, author],
        )?;
        Ok(())
    }

    /// The article's export log, oldest first.
    pub fn export_log(&self, article_id: i64) -> Result<Vec<ExportAttempt>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT target, revision, attempted_at, outcome, http_status, remote_id, message, author
             FROM export_attempts WHERE article_id = ?1 ORDER BY attempted_at, id",
        )?;
        let rows = statement.query_map([article_id], |row| {
            let outcome: String = row.get(3)?;
            Ok(ExportAttempt {
                target: row.get(0)?,
                revision: row.get(1)?,
                attempted_at: row.get(2)?,
                // An outcome this version does not know is a damaged row, never taken for another.
                outcome: sunting_engine::serde_name::parse(&outcome).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        format!("unknown export outcome '{outcome}'").into(),
                    )
                })?,
                http_status: row.get(4)?,
                remote_id: row.get(5)?,
                message: row.get(6)?,
                author: row.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Queues (or re-queues) an export of the article to the site; one per article and site,
    /// the latest request winning.
    pub fn queue_export(&mut self, export: &QueuedExport) -> Result<()> {
        let categories = serde_json::to_string(&export.categories).unwrap_or_else(|_| "[]".into());
        self.connection.execute(
            "INSERT INTO export_queue (article_id, site_id, post_status, categories, author, queued_at, attempts, next_attempt_at, last_error, note, create_categories, revision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT (article_id, site_id) DO UPDATE SET post_status = excluded.post_status, categories = excluded.categories,
                 author = excluded.author, attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at,
                 last_error = excluded.last_error, note = excluded.note, create_categories = excluded.create_categories,
                 revision = excluded.revision",
            params![
                export.article_id,
                export.site_id,
                export.post_status,
                categories,
                export.author,
                now_millis(),
                export.attempts,
                export.next_attempt_at,
                export.last_error,
                export.note,
                export.create_categories,
                export.revision
            ],
        )?;
        Ok(())
    }

    /// Every queued export, soonest due first.
    pub fn queued_exports(&self) -> Result<Vec<QueuedExport>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT id, article_id, site_id, post_status, categories, author, attempts, next_attempt_at, last_error, note, create_categories, revision
             FROM export_queue ORDER BY next_attempt_at, id",
        )?;
        let rows = statement.query_map([], |row| {
            let categories: String = row.get(4)?;
            Ok(QueuedExport {
                id: row.get(0)?,
                article_id: row.get(1)?,
                site_id: row.get(2)?,
                post_status: row.get(3)?,
                categories: serde_json::from_str(&categories).unwrap_or_default(),
                author: row.get(5)?,
                attempts: row.get(6)?,
                next_attempt_at: row.get(7)?,
                last_error: row.get(8)?,
                note: row.get(9)?,
                create_categories: row.get(10)?,
                revision: row.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Takes an export off the queue (sent, or given up by the editor).
    pub fn unqueue_export(&mut self, article_id: i64, site_id: i64) -> Result<()> {
        self.connection.execute("DELETE FROM export_queue WHERE article_id = ?1 AND site_id = ?2", params![article_id, site_id])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SaveOptions;
    use sunting_engine::ArticleContent;

    fn store_with_article() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.db")).unwrap();
        let content = ArticleContent::from_paragraphs(
            "Durov ke Jakarta",
            ["Pavel Durov bertemu Menteri Rudiantara di Jakarta.", "Durov senang dengan Telegram."],
        );
        let id = store.create_article(&content, &SaveOptions::by("ayu")).unwrap().id;
        (dir, store, id)
    }

    #[test]
    fn named_entities_come_from_the_register_kinds() {
        let (_dir, mut store, id) = store_with_article();
        assert_eq!(store.named_entities(id).unwrap(), NamedEntities::default(), "no kinds yet");
        store.set_name_kind("Durov", Some(NameKind::Person)).unwrap();
        store.set_name_kind("Rudiantara", Some(NameKind::Person)).unwrap();
        store.set_name_kind("Telegram", Some(NameKind::Organisation)).unwrap();
        store.set_name_kind("Jakarta", Some(NameKind::Place)).unwrap();
        store.set_name_kind("Jakarta", Some(NameKind::Place)).unwrap();
        let entities = store.named_entities(id).unwrap();
        assert_eq!(entities.people, ["Durov", "Rudiantara"], "most used first");
        assert_eq!(entities.organisations, ["Telegram"]);
        assert_eq!(entities.places, ["Jakarta"]);
        store.set_name_kind("Telegram", None).unwrap();
        assert!(store.named_entities(id).unwrap().organisations.is_empty());
        assert_eq!(store.name_kinds().unwrap().len(), 3);
    }

    #[test]
    fn sites_keep_no_password_and_reject_bad_addresses() {
        let (_dir, mut store, _) = store_with_article();
        let site = store.add_site(" https://kabar.example/ ", "editor").unwrap();
        assert_eq!(site.url, "https://kabar.example");
        assert_eq!(store.add_site("https://kabar.example", "editor").unwrap().id, site.id, "same site");
        assert!(store.add_site("kabar.example", "editor").is_err());
        assert!(store.add_site("javascript:alert(1)", "editor").is_err());
        assert!(store.add_site("https://kabar.example", " ").is_err());
        assert_eq!(store.sites().unwrap(), [site]);
    }

    #[test]
    fn a_sent_export_marks_the_article_and_remembers_the_post() {
        let (_dir, mut store, id) = store_with_article();
        let site = store.add_site("http://127.0.0.1:8080", "editor").unwrap();
        let queued = QueuedExport {
            id: 0,
            article_id: id,
            site_id: site.id,
            post_status: "draft".into(),
            categories: vec!["Teknologi".into()],
            author: "ayu".into(),
            attempts: 1,
            next_attempt_at: 0,
            last_error: "server down".into(),
            note: "Teras menyusul".into(),
            create_categories: true,
            revision: None,
        };
        store.queue_export(&queued).unwrap();
        store.log_export(id, &site.url, 1, ExportOutcome::Queued, None, "server down", "ayu").unwrap();
        assert_eq!(store.queued_exports().unwrap()[0].categories, ["Teknologi"]);
        assert_eq!(store.queued_exports().unwrap()[0].note, "Teras menyusul", "the note waits with the queued export");
        assert!(store.queued_exports().unwrap()[0].create_categories);
        let sent = SentExport {
            article_id: id,
            site: &site,
            remote_id: 42,
            link: "http://127.0.0.1:8080/?p=42",
            revision: 1,
            message: "created",
            http_status: 201,
            author: "ayu",
            note: " Teras menyusul ",
        };
        store.record_sent(&sent).unwrap();
        assert!(store.queued_exports().unwrap().is_empty());
        assert_eq!(store.remote_post(id, site.id).unwrap().unwrap().remote_id, 42);
        assert_eq!(store.article(id).unwrap().status, Status::Exported);
        let log = store.export_log(id).unwrap();
        assert_eq!(log.iter().map(|a| a.outcome).collect::<Vec<_>>(), [ExportOutcome::Queued, ExportOutcome::Sent]);
        assert_eq!(log[1].remote_id, Some(42));
        let changes = store.status_changes(id).unwrap();
        assert_eq!(changes.last().unwrap().note.as_deref(), Some("Teras menyusul"));
        assert_eq!(
            changes.last().unwrap().event,
            Some(crate::NoteEvent::Sent { revision: 1, site: "http://127.0.0.1:8080".into(), post: 42, status: None })
        );
        store.remove_site(site.id).unwrap();
        assert!(store.remote_post(id, site.id).unwrap().is_none());
        assert_eq!(store.export_log(id).unwrap().len(), 2, "the log stays");
    }
}
