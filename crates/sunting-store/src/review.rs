//! What editors decided while reviewing findings: findings ignored for one article, and the
//! desk's settings (key/value text, read and written whole by the shell).

use crate::error::Result;
use crate::{now_millis, Store};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A finding an editor dismissed for one article: the rule and the exact text it flagged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Ignored {
    /// The rule's id.
    pub rule: String,
    /// The flagged text.
    pub text: String,
}

impl Store {
    /// Keeps a finding quiet in this article from now on. Adding it twice is harmless.
    pub fn ignore_in_article(&mut self, article_id: i64, ignored: &Ignored, by: &str) -> Result<()> {
        crate::latest_revision(&self.connection, article_id)?;
        self.connection
            .prepare_cached(
                "INSERT INTO article_ignores (article_id, rule, text, ignored_at, ignored_by) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT DO NOTHING",
            )?
            .execute(params![article_id, ignored.rule, ignored.text, now_millis(), by])?;
        Ok(())
    }

    /// Lets a dismissed finding be flagged again.
    pub fn unignore_in_article(&mut self, article_id: i64, ignored: &Ignored) -> Result<()> {
        self.connection
            .prepare_cached("DELETE FROM article_ignores WHERE article_id = ?1 AND rule = ?2 AND text = ?3")?
            .execute(params![article_id, ignored.rule, ignored.text])?;
        Ok(())
    }

    /// The findings dismissed in this article, sorted.
    pub fn ignored_in_article(&self, article_id: i64) -> Result<Vec<Ignored>> {
        crate::latest_revision(&self.connection, article_id)?;
        let mut statement =
            self.connection.prepare_cached("SELECT rule, text FROM article_ignores WHERE article_id = ?1 ORDER BY rule, text")?;
        let rows = statement.query_map([article_id], |row| Ok(Ignored { rule: row.get(0)?, text: row.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A setting's value, if it was ever set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.connection.prepare_cached("SELECT value FROM settings WHERE key = ?1")?.query_row([key], |row| row.get(0)).optional()?)
    }

    /// Sets a setting.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.connection
            .prepare_cached("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")?
            .execute(params![key, value])?;
        Ok(())
    }
}
