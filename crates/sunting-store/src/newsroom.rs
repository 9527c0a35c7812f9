//! The newsroom's own knowledge: its dictionary of accepted words and its name register (how
//! saved articles spell names, spellings editors confirmed, and names known to be different
//! people). The checker reads it through [`Store::newsroom`].

use crate::error::Result;
use crate::sync::{write_set_item, SetKind, KEY_SEPARATOR};
use crate::Store;
use rusqlite::{params, Connection};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use sunting_check::{NameRegister, Newsroom};
use sunting_engine::ArticleContent;

/// One spelling in the name register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RegisteredName {
    /// The spelling.
    pub name: String,
    /// Saved articles whose latest revision uses it.
    pub articles: u32,
    /// Uses over those articles.
    pub uses: u32,
    /// An editor confirmed this spelling.
    pub confirmed: bool,
}

/// The settings key that says every article's full names are recorded (see [`index_names`]);
/// a store written before they were is indexed again once, when it opens.
pub(crate) const FULL_NAMES_KEY: &str = "register-full-names";

/// Replaces the names recorded for an article with those in `content`: the single names the
/// checker compares ("Wiratmaja"), and the full names the register lists for people ("Hendra
/// Wiratmaja", "Jawa Tengah"). A full name has a space in it, a single name none, so both live
/// in one table; the checker reads single names only.
pub(crate) fn index_names(connection: &Connection, article_id: i64, content: &ArticleContent) -> Result<()> {
    connection.prepare_cached("DELETE FROM article_names WHERE article_id = ?1")?.execute([article_id])?;
    let mut texts: Vec<String> = vec![content.headline.clone(), content.standfirst.clone()];
    texts.extend(content.body.iter().map(|block| block.text()));
    let mut names = sunting_check::names::extract_names(texts.iter().map(String::as_str));
    let full = sunting_check::names::register_names(texts.iter().map(String::as_str));
    names.extend(full.into_iter().filter(|(name, _)| name.contains(' ')));
    let mut insert = connection.prepare_cached("INSERT INTO article_names (article_id, name, uses) VALUES (?1, ?2, ?3)")?;
    for (name, uses) in names {
        insert.execute(params![article_id, name, uses])?;
    }
    Ok(())
}

impl Store {
    /// The dictionary and name register, ready for a checker.
    pub fn newsroom(&self) -> Result<Newsroom> {
        let words: HashSet<String> = self.words()?.into_iter().collect();
        let mut counts = HashMap::new();
        let mut statement =
            self.connection.prepare_cached("SELECT name, COUNT(*) FROM article_names WHERE instr(name, ' ') = 0 GROUP BY name")?;
        for row in statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?)))? {
            let (name, articles) = row?;
            counts.insert(name, articles);
        }
        let confirmed_names: Vec<String> = self
            .connection
            .prepare_cached("SELECT name FROM names_confirmed")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        // A confirmed full name confirms the spelling of each of its words, which the checker compares.
        let confirmed: HashSet<String> = confirmed_names
            .iter()
            .flat_map(|name| std::iter::once(name.clone()).chain(name.split(' ').filter(|part| !part.is_empty()).map(str::to_string)))
            .collect();
        let mut different = HashSet::new();
        let mut statement = self.connection.prepare_cached("SELECT name_a, name_b FROM names_different")?;
        for row in statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))? {
            different.insert(row?);
        }
        Ok(Newsroom { words, names: NameRegister::new(counts, confirmed, different) })
    }

    /// A number that changes when another connection (the window, a sync) has written the
    /// database since it was last read (SQLite's `data_version`): a server reads the house words
    /// again when it moves.
    pub fn data_version(&self) -> Result<u64> {
        Ok(self.connection.query_row("PRAGMA data_version", [], |row| row.get::<_, i64>(0))? as u64)
    }

    /// Words in the newsroom dictionary, alphabetically.
    pub fn words(&self) -> Result<Vec<String>> {
        Ok(self
            .connection
            .prepare_cached("SELECT word FROM dictionary_words ORDER BY word")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a word to the newsroom dictionary; returns false when it was there already.
    pub fn add_word(&mut self, word: &str, added_by: &str) -> Result<bool> {
        self.in_one_write(|c| add_word_in(c, word, added_by))
    }

    /// Removes a word from the newsroom dictionary; returns false when it was not there.
    pub fn remove_word(&mut self, word: &str) -> Result<bool> {
        self.in_one_write(|c| remove_word_in(c, word))
    }

    /// Corrects a dictionary word: `spelling` comes in and `word` goes, both or neither.
    pub fn rename_word(&mut self, word: &str, spelling: &str, added_by: &str) -> Result<()> {
        self.in_one_write(|c| {
            add_word_in(c, spelling, added_by)?;
            if word.trim() != spelling.trim() {
                remove_word_in(c, word)?;
            }
            Ok(())
        })
    }

    /// Writes an editor's action (every check and every set item it changes) in one
    /// transaction: it commits whole or not at all.
    pub(crate) fn in_one_write<T>(&mut self, action: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let transaction = self.connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let outcome = action(&transaction)?;
        transaction.commit()?;
        Ok(outcome)
    }

    /// The name register as editors read it, most used first: full names ("Hendra Wiratmaja"),
    /// and single names only where an article does not write them inside a full name, never a
    /// day, a month, a compass word or a title on its own; every confirmed spelling.
    pub fn names(&self) -> Result<Vec<RegisteredName>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT n.name, COUNT(*), SUM(n.uses), EXISTS (SELECT 1 FROM names_confirmed c WHERE c.name = n.name)
             FROM article_names n
             WHERE instr(n.name, ' ') > 0 OR NOT EXISTS (
                 SELECT 1 FROM article_names f WHERE f.article_id = n.article_id AND instr(f.name, ' ') > 0
                 AND instr(' ' || f.name || ' ', ' ' || n.name || ' ') > 0)
             GROUP BY n.name
             UNION ALL
             SELECT c.name, 0, 0, 1 FROM names_confirmed c WHERE NOT EXISTS (SELECT 1 FROM article_names n WHERE n.name = c.name)
             ORDER BY 2 DESC, 1",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(RegisteredName { name: row.get(0)?, articles: row.get(1)?, uses: row.get(2)?, confirmed: row.get(3)? })
        })?;
        let names: Vec<RegisteredName> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(names.into_iter().filter(|n| n.confirmed || n.name.contains(' ') || sunting_check::names::is_register_word(&n.name)).collect())
    }

    /// Records `name` as a canonical spelling.
    pub fn confirm_name(&mut self, name: &str) -> Result<()> {
        self.in_one_write(|c| confirm_in(c, name))
    }

    /// Records that `a` and `b` are different people or bodies, not one misspelt.
    pub fn mark_different(&mut self, a: &str, b: &str) -> Result<()> {
        self.in_one_write(|c| mark_different_in(c, a, b))
    }

    /// Takes back a confirmation (the undo of [`Store::confirm_name`]).
    pub fn unconfirm_name(&mut self, name: &str) -> Result<()> {
        self.in_one_write(|c| unconfirm_in(c, name))
    }

    /// Takes back "different people" (the undo of [`Store::mark_different`]).
    pub fn unmark_different(&mut self, a: &str, b: &str) -> Result<()> {
        self.in_one_write(|c| unmark_different_in(c, a, b))
    }

    /// Merges `variant` into `canonical`, as one write: the canonical spelling is confirmed, the
    /// two are no longer recorded as different people, and the variant is no longer confirmed,
    /// so it is flagged against the canonical one from now on.
    pub fn merge_name(&mut self, variant: &str, canonical: &str) -> Result<()> {
        self.in_one_write(|c| {
            confirm_in(c, canonical)?;
            unmark_different_in(c, variant, canonical)?;
            if variant.trim() != canonical.trim() {
                unconfirm_in(c, variant)?;
            }
            Ok(())
        })
    }

    /// Pairs of names recorded as different people, sorted.
    pub fn different_names(&self) -> Result<Vec<(String, String)>> {
        let mut statement = self.connection.prepare_cached("SELECT name_a, name_b FROM names_different ORDER BY name_a, name_b")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Counts the names of every article again (after an upgrade that added the register, or
    /// before the register kept full names).
    pub(crate) fn reindex_all_names(&mut self) -> Result<()> {
        let ids: Vec<(i64, u32)> = self
            .connection
            .prepare("SELECT id, revision_count FROM articles")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let transaction = self.connection.transaction()?;
        for (article_id, revision) in ids {
            let json: String = transaction.query_row(
                "SELECT content FROM revisions WHERE article_id = ?1 AND number = ?2",
                params![article_id, revision],
                |row| row.get(0),
            )?;
            if let Ok(content) = serde_json::from_str::<ArticleContent>(&json) {
                index_names(&transaction, article_id, &content)?;
            }
        }
        transaction
            .execute("INSERT INTO settings (key, value) VALUES (?1, '1') ON CONFLICT (key) DO UPDATE SET value = '1'", [FULL_NAMES_KEY])?;
        transaction.commit()?;
        Ok(())
    }
}

fn has_row(connection: &Connection, query: &str, values: &[&str]) -> Result<bool> {
    Ok(connection.prepare_cached(query)?.query_row(rusqlite::params_from_iter(values), |row| row.get(0))?)
}

fn add_word_in(connection: &Connection, word: &str, added_by: &str) -> Result<bool> {
    let word = word.trim();
    if has_row(connection, "SELECT EXISTS (SELECT 1 FROM dictionary_words WHERE word = ?1)", &[word])? {
        return Ok(false);
    }
    write_set_item(connection, SetKind::Word, word, Some(added_by))?;
    Ok(true)
}

fn remove_word_in(connection: &Connection, word: &str) -> Result<bool> {
    let word = word.trim();
    if !has_row(connection, "SELECT EXISTS (SELECT 1 FROM dictionary_words WHERE word = ?1)", &[word])? {
        return Ok(false);
    }
    write_set_item(connection, SetKind::Word, word, None)?;
    Ok(true)
}

pub(crate) fn confirm_in(connection: &Connection, name: &str) -> Result<()> {
    let name = name.trim();
    if !has_row(connection, "SELECT EXISTS (SELECT 1 FROM names_confirmed WHERE name = ?1)", &[name])? {
        write_set_item(connection, SetKind::Confirmed, name, Some(""))?;
    }
    Ok(())
}

fn unconfirm_in(connection: &Connection, name: &str) -> Result<()> {
    let name = name.trim();
    if has_row(connection, "SELECT EXISTS (SELECT 1 FROM names_confirmed WHERE name = ?1)", &[name])? {
        write_set_item(connection, SetKind::Confirmed, name, None)?;
    }
    Ok(())
}

/// The pair in its stored order, or `None` for a name paired with itself.
fn pair<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str)> {
    let (a, b) = (a.trim(), b.trim());
    match a.cmp(b) {
        std::cmp::Ordering::Less => Some((a, b)),
        std::cmp::Ordering::Greater => Some((b, a)),
        std::cmp::Ordering::Equal => None,
    }
}

const MARKED: &str = "SELECT EXISTS (SELECT 1 FROM names_different WHERE name_a = ?1 AND name_b = ?2)";

pub(crate) fn mark_different_in(connection: &Connection, a: &str, b: &str) -> Result<()> {
    if let Some((first, second)) = pair(a, b) {
        if !has_row(connection, MARKED, &[first, second])? {
            write_set_item(connection, SetKind::Different, &format!("{first}{KEY_SEPARATOR}{second}"), Some(""))?;
        }
    }
    Ok(())
}

fn unmark_different_in(connection: &Connection, a: &str, b: &str) -> Result<()> {
    if let Some((first, second)) = pair(a, b) {
        if has_row(connection, MARKED, &[first, second])? {
            write_set_item(connection, SetKind::Different, &format!("{first}{KEY_SEPARATOR}{second}"), None)?;
        }
    }
    Ok(())
}
