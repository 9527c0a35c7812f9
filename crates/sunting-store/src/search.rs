//! Listing and full-text search over articles.
//!
//! The FTS5 table `article_search` holds each article's latest saved headline, standfirst and
//! body (rowid = article id). Editors' queries are never passed to FTS5 as syntax: each word is
//! quoted and matched as a prefix, all words must match, and diacritics are ignored.

use crate::error::Result;
use crate::NoteEvent;
use rusqlite::OptionalExtension;
use rusqlite::{params_from_iter, types::Value, Connection};
use serde::{Deserialize, Serialize};
use sunting_engine::{ArticleContent, Status};

/// What to list.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(default)]
pub struct ListQuery {
    /// Only articles with this status.
    pub status: Option<Status>,
    /// Only articles whose headline, standfirst or body contain every word of this text.
    pub search: Option<String>,
    /// At most this many.
    pub limit: Option<usize>,
}

/// One line of the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleSummary {
    /// The article's id.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// Its status.
    pub status: Status,
    /// The latest saved headline.
    pub headline: String,
    /// The latest saved language tag.
    pub language: String,
    /// Words in the latest saved body.
    pub word_count: usize,
    /// How many revisions it has.
    pub revision_count: u32,
    /// When it was created (ms since the epoch).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub created_at: i64,
    /// When it was last saved or changed status (ms since the epoch).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub updated_at: i64,
    /// Two desks saved over the same revision, and an editor has yet to reconcile the versions.
    pub forked: bool,
    /// The latest saved byline.
    pub byline: String,
    /// Who saved the latest revision.
    pub last_editor: String,
    /// Where the article last went, when its latest move to Exported was a site's post (always
    /// [`NoteEvent::Sent`]); none for an article not sent or sent only to a file.
    pub sent: Option<NoteEvent>,
    /// For a search: the matching passage, with matches between `[` and `]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub snippet: Option<String>,
}

pub(crate) fn index(connection: &Connection, article_id: i64, content: &ArticleContent) -> Result<()> {
    connection.prepare_cached("DELETE FROM article_search WHERE rowid = ?1")?.execute([article_id])?;
    connection
        .prepare_cached("INSERT INTO article_search (rowid, headline, standfirst, body) VALUES (?1, ?2, ?3, ?4)")?
        .execute(rusqlite::params![article_id, content.headline, content.standfirst, content.body_text()])?;
    Ok(())
}

/// A search ranks at most this many matching stories, the newest: ranking (and quoting) every
/// match of a common word in an archive of 100,000 stories would take a tenth of a second or
/// more per keystroke.
const RANKED_MATCHES: i64 = 1_000;

/// The library's columns. The byline and the last editor come from the latest revision (by its
/// primary key), where it went from the note of the latest move to Exported: per row, on the
/// rows listed only.
const COLUMNS: &str = "a.id, a.status, a.headline, a.language, a.word_count, a.revision_count, a.created_at, a.updated_at, a.forked,
     (SELECT coalesce(json_extract(r.content, '$.byline'), '') FROM revisions r WHERE r.article_id = a.id AND r.number = a.revision_count),
     (SELECT r.author FROM revisions r WHERE r.article_id = a.id AND r.number = a.revision_count),
     (SELECT c.note FROM status_changes c WHERE c.article_id = a.id AND c.status = 'exported' ORDER BY c.changed_at DESC, c.id DESC LIMIT 1)";

fn summary(row: &rusqlite::Row<'_>) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: row.get(0)?,
        status: crate::status_column(row, 1)?,
        headline: row.get(2)?,
        language: row.get(3)?,
        word_count: row.get::<_, i64>(4)? as usize,
        revision_count: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        forked: row.get(8)?,
        byline: row.get::<_, Option<String>>(9)?.unwrap_or_default(),
        last_editor: row.get::<_, Option<String>>(10)?.unwrap_or_default(),
        sent: NoteEvent::read(row.get::<_, Option<String>>(11)?.as_deref()).0.filter(|event| matches!(event, NoteEvent::Sent { .. })),
        snippet: row.get(12)?,
    })
}

pub(crate) fn list(connection: &Connection, query: &ListQuery) -> Result<Vec<ArticleSummary>> {
    if query.search.is_some() {
        return search(connection, query);
    }
    let mut sql = format!("SELECT {COLUMNS}, NULL FROM articles a WHERE 1");
    let mut values: Vec<Value> = Vec::new();
    if let Some(status) = query.status {
        sql.push_str(" AND a.status = ?");
        values.push(Value::Text(status.as_str().to_string()));
    }
    sql.push_str(" ORDER BY a.updated_at DESC, a.id DESC");
    if let Some(limit) = query.limit {
        sql.push_str(" LIMIT ?");
        values.push(Value::Integer(limit as i64));
    }
    let mut statement = connection.prepare_cached(&sql)?;
    let rows = statement.query_map(params_from_iter(values), summary)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A full-text search in two steps, each cheap at archive scale: where the newest
/// [`RANKED_MATCHES`] matches begin (FTS5 walks its index newest first and stops there), then
/// the best of those by bm25, headline matches weighing most, then the standfirst, with their
/// snippets.
fn search(connection: &Connection, query: &ListQuery) -> Result<Vec<ArticleSummary>> {
    let Some(expression) = query.search.as_deref().and_then(fts_query) else {
        // A search with no words in it (only punctuation) matches nothing.
        return Ok(Vec::new());
    };
    let status = query.status.map(|s| s.as_str().to_string());
    let status_filter = if status.is_some() { " AND a.status = ?2" } else { "" };
    let cutoff: Option<i64> = connection
        .prepare_cached(&format!(
            "SELECT s.rowid FROM article_search s JOIN articles a ON a.id = s.rowid
             WHERE article_search MATCH ?1{status_filter} ORDER BY s.rowid DESC LIMIT 1 OFFSET {}",
            RANKED_MATCHES - 1
        ))?
        .query_row(params_from_iter(std::iter::once(expression.clone()).chain(status.clone())), |row| row.get(0))
        .optional()?;
    let limit = query.limit.map(|l| l as i64).unwrap_or(i64::MAX);
    let mut statement = connection.prepare_cached(&format!(
        "SELECT {COLUMNS}, snippet(article_search, -1, '[', ']', '…', 12)
         FROM article_search JOIN articles a ON a.id = article_search.rowid
         WHERE article_search MATCH ?1{status_filter} AND article_search.rowid >= ?3
         ORDER BY bm25(article_search, 10.0, 4.0, 1.0), a.updated_at DESC LIMIT ?4"
    ))?;
    let rows =
        statement.query_map(rusqlite::params![expression, status.unwrap_or_default(), cutoff.unwrap_or(i64::MIN), limit], summary)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Turns an editor's words into an FTS5 expression: every word, quoted, as a prefix.
fn fts_query(search: &str) -> Option<String> {
    let terms: Vec<String> =
        search.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(|word| format!("\"{word}\"*")).collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn queries_are_quoted_words() {
        assert_eq!(fts_query("Durov  Kominfo"), Some("\"Durov\"* \"Kominfo\"*".into()));
        assert_eq!(fts_query("\"OR\" NEAR( * -x"), Some("\"OR\"* \"NEAR\"* \"x\"*".into()));
        assert_eq!(fts_query(" -- "), None);
    }
}

#[cfg(test)]
mod scale_tests {
    use super::*;
    use crate::{SaveOptions, Store};

    #[test]
    fn a_common_word_ranks_the_newest_matches_with_headlines_first() {
        let mut store = Store::open_in_memory().unwrap();
        let mut contents: Vec<ArticleContent> = (0..RANKED_MATCHES + 500)
            .map(|i| ArticleContent::from_paragraphs(&format!("Berita {i}"), [format!("Banjir di kota ke-{i}.")]))
            .collect();
        // The oldest story has the word in its headline, as does one of the newest.
        contents[0].headline = "Banjir lama".into();
        contents[(RANKED_MATCHES + 400) as usize].headline = "Banjir baru".into();
        store.create_articles(&contents, &SaveOptions::by("uji")).unwrap();
        let found = store.list(&ListQuery { search: Some("banjir".into()), limit: Some(10), ..Default::default() }).unwrap();
        assert_eq!(found.len(), 10);
        assert_eq!(found[0].headline, "Banjir baru", "a headline match ranks first");
        assert!(found[0].snippet.as_deref().unwrap().contains("[Banjir]"), "{:?}", found[0].snippet);
        assert!(!found.iter().any(|a| a.headline == "Banjir lama"), "beyond the newest {RANKED_MATCHES} matches");
        // A rarer word is ranked over all its matches, however old.
        let old = store.list(&ListQuery { search: Some("lama".into()), ..Default::default() }).unwrap();
        assert_eq!(old.iter().map(|a| a.headline.as_str()).collect::<Vec<_>>(), ["Banjir lama"]);
    }
}

#[cfg(test)]
mod summary_tests {
    use crate::{ListQuery, NoteEvent, SaveOptions, Store};
    use sunting_engine::ArticleContent;

    #[test]
    fn a_row_names_the_byline_the_last_editor_and_where_the_article_went() {
        let mut store = Store::open_in_memory().unwrap();
        let mut content = ArticleContent::from_paragraphs("Bus listrik", ["Warga menunggu."]);
        content.byline = "Ayu Lestari".into();
        let id = store.create_article(&content, &SaveOptions::by("ayu")).unwrap().id;
        content.body = ArticleContent::from_paragraphs("", ["Warga menunggu sejak pagi."]).body;
        store.save(id, &content, &SaveOptions::by("budi")).unwrap();
        let row = |store: &Store| store.list(&ListQuery::default()).unwrap().into_iter().find(|a| a.id == id).unwrap();
        let listed = row(&store);
        assert_eq!((listed.byline.as_str(), listed.last_editor.as_str(), listed.sent.clone()), ("Ayu Lestari", "budi", None));
        let site = store.add_site("https://kabar.example", "redaksi").unwrap();
        store
            .record_sent_as(
                &crate::SentExport {
                    article_id: id,
                    site: &site,
                    remote_id: 42,
                    link: "https://kabar.example/?p=42",
                    revision: 2,
                    message: "created",
                    http_status: 201,
                    author: "budi",
                    note: "",
                },
                Some("draft"),
            )
            .unwrap();
        let sent = Some(NoteEvent::Sent { revision: 2, site: "https://kabar.example".into(), post: 42, status: Some("draft".into()) });
        assert_eq!(row(&store).sent, sent);
        // A search lists the same columns.
        let found = store.list(&ListQuery { search: Some("warga".into()), ..Default::default() }).unwrap();
        assert_eq!((found[0].byline.as_str(), found[0].last_editor.as_str(), found[0].sent.clone()), ("Ayu Lestari", "budi", sent));
    }
}
