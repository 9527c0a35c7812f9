//! The article model: what an article is, independent of where it is stored or shown.
//!
//! The engine owns this format. An article's *content* (everything an editor writes) is kept
//! apart from its *record* (id, status, times), because a revision snapshots the content only:
//! changing the status is not a new revision.
//!
//! The body is a list of [`Block`]s. A block has a [`BlockKind`] and a list of [`Run`]s; a run is
//! a stretch of text that carries the same inline [`Mark`]s (bold, italic, link). This is the
//! shape ProseMirror uses for text nodes, so the desktop editor converts without offsets.
//! [`Block::normalize`] keeps the representation canonical (no empty runs, neighbours with equal
//! marks merged, marks sorted), so two bodies that look the same compare equal and hash equal.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

/// Where an article is in the desk's workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Being written; the default for new and imported copy.
    #[default]
    Draft,
    /// With an editor.
    Editing,
    /// Passed by the desk, waiting to go out.
    Ready,
    /// Sent to the CMS or to a file.
    Exported,
}

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 4] = [Status::Draft, Status::Editing, Status::Ready, Status::Exported];

    /// The lower-case name used in the database, on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        crate::serde_name::name(&self)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A status name that is not one of draft, editing, ready, exported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown status '{0}' (expected draft, editing, ready or exported)")]
pub struct UnknownStatus(pub String);

impl FromStr for Status {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::serde_name::parse(&s.trim().to_ascii_lowercase()).ok_or_else(|| UnknownStatus(s.to_string()))
    }
}

/// A stored article: its record and its latest saved content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Article {
    /// The article's id in the store.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// Where it is in the workflow.
    pub status: Status,
    /// When it was created, in milliseconds since the Unix epoch (UTC).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub created_at: i64,
    /// When it was last saved or changed status, in milliseconds since the Unix epoch (UTC).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub updated_at: i64,
    /// The number of the revision `content` comes from (1 for the first save).
    pub revision: u32,
    /// The content of that revision.
    pub content: ArticleContent,
}

/// Everything an editor writes: the part of an article that revisions keep.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct ArticleContent {
    /// The headline (judul).
    pub headline: String,
    /// The standfirst or lead summary under the headline.
    pub standfirst: String,
    /// Who wrote it, as printed.
    pub byline: String,
    /// The place the story is filed from (Jakarta, Surabaya, ...).
    pub dateline: String,
    /// The article's language as a BCP 47 tag ("id", "en"); empty when not yet known.
    pub language: String,
    /// Free-form tags, in the editor's order, without duplicates.
    pub tags: Vec<String>,
    /// The body.
    pub body: Vec<Block>,
}

impl ArticleContent {
    /// Content with a headline and plain paragraphs, the shape most tests and imports start from.
    pub fn from_paragraphs<S: Into<String>>(headline: &str, paragraphs: impl IntoIterator<Item = S>) -> Self {
        let mut content = ArticleContent {
            headline: headline.to_string(),
            body: paragraphs.into_iter().map(|p| Block::paragraph(p.into())).collect(),
            ..Default::default()
        };
        content.normalize();
        content
    }

    /// Puts the content in canonical form: fields trimmed, whitespace inside blocks collapsed,
    /// empty blocks dropped, runs merged, tags de-duplicated.
    pub fn normalize(&mut self) {
        for field in [&mut self.headline, &mut self.standfirst, &mut self.byline, &mut self.dateline] {
            *field = collapse_whitespace(field);
        }
        self.language = self.language.trim().to_ascii_lowercase();
        let mut seen = Vec::<String>::new();
        for tag in std::mem::take(&mut self.tags) {
            let tag = collapse_whitespace(&tag);
            if !tag.is_empty() && !seen.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
                seen.push(tag);
            }
        }
        self.tags = seen;
        for block in &mut self.body {
            block.normalize();
        }
        self.body.retain(|block| !block.is_empty());
    }

    /// The body as plain text: one block per paragraph, blocks separated by a blank line.
    pub fn body_text(&self) -> String {
        let texts: Vec<String> = self.body.iter().map(Block::text).collect();
        texts.join("\n\n")
    }

    /// Words in the body (see [`crate::text::word_count`]).
    pub fn body_word_count(&self) -> usize {
        self.body.iter().map(|block| crate::text::word_count(&block.text())).sum()
    }

    /// A stable hash of the content: equal content, equal hash, whatever the process or machine.
    ///
    /// The hash covers the canonical JSON of the normalised content, so it changes when any
    /// field, block, mark or tag changes, and not otherwise.
    pub fn content_hash(&self) -> String {
        let mut canonical = self.clone();
        canonical.normalize();
        canonical.canonical_hash()
    }

    /// The same hash for content already in canonical form (see [`ArticleContent::normalize`]),
    /// without a copy of it: the JSON streams into the hash, so hashing a 20 MB article takes no
    /// more memory. On content that is not canonical it differs from [`ArticleContent::content_hash`].
    pub fn canonical_hash(&self) -> String {
        struct Hashing(Sha256);
        impl std::io::Write for Hashing {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.update(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut hashing = Hashing(Sha256::new());
        serde_json::to_writer(&mut hashing, self).expect("article content always serialises");
        hashing.0.finalize().iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// What kind of block a body block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BlockKind {
    /// An ordinary paragraph.
    #[default]
    Paragraph,
    /// A crosshead; level 2 is the usual one inside a story (the headline is level 1).
    Heading {
        /// 1 to 6, as in HTML.
        level: u8,
    },
    /// A block quote.
    Quote,
    /// One item of a list. Consecutive items with the same `ordered` form one list.
    ListItem {
        /// Numbered (true) or bulleted (false).
        ordered: bool,
    },
}

impl BlockKind {
    /// A short name for people: "paragraph", "heading", "quote", "list item".
    pub fn label(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading { .. } => "heading",
            BlockKind::Quote => "quote",
            BlockKind::ListItem { .. } => "list item",
        }
    }
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Block {
    /// Paragraph, heading, quote or list item.
    #[serde(flatten)]
    pub kind: BlockKind,
    /// The block's text as runs of equally-marked text.
    pub runs: Vec<Run>,
    /// The block's language as a BCP 47 tag, when the editor set it (a quote in English inside
    /// an Indonesian story); absent means "as detected".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub language: Option<String>,
}

impl Block {
    /// A paragraph of unmarked text.
    pub fn paragraph(text: impl Into<String>) -> Self {
        Block::new(BlockKind::Paragraph, text)
    }

    /// A block of the given kind holding unmarked text.
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        let mut block = Block { kind, runs: vec![Run::plain(text)], language: None };
        block.normalize();
        block
    }

    /// The block's plain text (marks dropped).
    pub fn text(&self) -> String {
        self.runs.iter().map(|run| run.text.as_str()).collect()
    }

    /// True when the block holds no visible text.
    pub fn is_empty(&self) -> bool {
        self.runs.iter().all(|run| run.text.trim().is_empty())
    }

    /// Canonical form: whitespace collapsed (across run boundaries too) and trimmed, marks
    /// sorted and de-duplicated, empty runs dropped, neighbours with equal marks merged.
    pub fn normalize(&mut self) {
        if let BlockKind::Heading { level } = &mut self.kind {
            *level = (*level).clamp(1, 6);
        }
        if let Some(language) = &mut self.language {
            *language = language.trim().to_ascii_lowercase();
        }
        self.language = self.language.take().filter(|language| !language.is_empty());
        let mut runs: Vec<Run> = Vec::with_capacity(self.runs.len());
        let mut last_was_space = true; // so leading whitespace is dropped
        for mut run in std::mem::take(&mut self.runs) {
            let mut text = String::with_capacity(run.text.len());
            for ch in run.text.chars() {
                if ch.is_whitespace() {
                    if !last_was_space {
                        text.push(' ');
                        last_was_space = true;
                    }
                } else {
                    text.push(ch);
                    last_was_space = false;
                }
            }
            if text.is_empty() {
                continue;
            }
            run.text = text;
            // The model holds only web and mail links, whatever a file or a paste brought.
            run.marks.retain(|mark| !matches!(mark, Mark::Link { href } if !is_safe_href(href)));
            run.marks.sort();
            run.marks.dedup();
            match runs.last_mut() {
                Some(previous) if previous.marks == run.marks => previous.text.push_str(&run.text),
                _ => runs.push(run),
            }
        }
        // Trailing whitespace: trim the last run, dropping it if nothing is left.
        while let Some(last) = runs.last_mut() {
            let trimmed_len = last.text.trim_end().len();
            last.text.truncate(trimmed_len);
            if last.text.is_empty() {
                runs.pop();
            } else {
                break;
            }
        }
        self.runs = runs;
    }
}

/// A stretch of text with the same marks.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Run {
    /// The text.
    pub text: String,
    /// Inline marks, sorted (bold, italic, link).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
}

impl Run {
    /// Unmarked text.
    pub fn plain(text: impl Into<String>) -> Self {
        Run { text: text.into(), marks: Vec::new() }
    }

    /// Text with the given marks.
    pub fn marked(text: impl Into<String>, marks: Vec<Mark>) -> Self {
        Run { text: text.into(), marks }
    }
}

/// An inline mark on a run.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Mark {
    /// Strong emphasis.
    Bold,
    /// Emphasis; also how foreign words are set in Indonesian copy.
    Italic,
    /// A hyperlink.
    Link {
        /// The target address as written.
        href: String,
    },
}

/// Collapses every run of whitespace to one space and trims both ends.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Only web and mail links belong in an article; `javascript:`, `data:` and the like are
/// dropped wherever text comes in (import, paste) or goes out (export).
pub fn is_safe_href(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_hash_of_normalised_content_is_its_content_hash() {
        let mut content = ArticleContent::from_paragraphs("  Judul ", ["satu  dua", "tiga"]);
        content.headline = "  Judul \n baru ".into();
        let hash = content.content_hash();
        assert_ne!(content.canonical_hash(), hash, "not canonical yet");
        content.normalize();
        assert_eq!(content.canonical_hash(), hash);
        assert_eq!(hash.len(), 64);
    }

    #[test]
    fn normalize_merges_runs_and_collapses_whitespace() {
        let mut block = Block {
            kind: BlockKind::Paragraph,
            language: None,
            runs: vec![
                Run::plain("  Menteri \n"),
                Run::plain(" Rudiantara"),
                Run::marked("", vec![Mark::Bold]),
                Run::marked(" berkata ", vec![Mark::Italic, Mark::Italic]),
                Run::plain("   "),
            ],
        };
        block.normalize();
        assert_eq!(block.runs, vec![Run::plain("Menteri Rudiantara"), Run::marked(" berkata", vec![Mark::Italic])]);
    }

    #[test]
    fn content_hash_ignores_representation_but_not_text() {
        let a = ArticleContent::from_paragraphs("Judul", ["Satu dua.", "Tiga."]);
        let mut b = a.clone();
        b.body[0].runs = vec![Run::plain("Satu "), Run::plain(" dua.")];
        assert_eq!(a.content_hash(), b.content_hash());
        let mut c = a.clone();
        c.body[1] = Block::paragraph("Tiga!");
        assert_ne!(a.content_hash(), c.content_hash());
        let mut d = a.clone();
        d.body[1].runs[0].marks.push(Mark::Bold);
        assert_ne!(a.content_hash(), d.content_hash());
    }

    #[test]
    fn status_parses_case_insensitively_and_rejects_others() {
        assert_eq!("Ready".parse::<Status>(), Ok(Status::Ready));
        assert!("published".parse::<Status>().is_err());
    }

    #[test]
    fn a_block_language_is_optional_canonical_and_hashed() {
        let plain = ArticleContent::from_paragraphs("Judul", ["We waited three hours."]);
        let mut english = plain.clone();
        english.body[0].language = Some(" EN ".into());
        english.normalize();
        assert_eq!(english.body[0].language.as_deref(), Some("en"));
        assert!(serde_json::to_string(&english.body[0]).unwrap().contains(r#""language":"en""#));
        assert!(!serde_json::to_string(&plain.body[0]).unwrap().contains("language"), "absent when not set");
        assert_ne!(plain.content_hash(), english.content_hash());
        let mut cleared = english.clone();
        cleared.body[0].language = Some("  ".into());
        cleared.normalize();
        assert_eq!(cleared.content_hash(), plain.content_hash());
    }

    #[test]
    fn json_shape_is_stable() {
        let block = Block {
            language: None,
            kind: BlockKind::Heading { level: 2 },
            runs: vec![Run::marked("Kominfo", vec![Mark::Link { href: "https://example.org".into() }])],
        };
        let json = serde_json::to_string(&block).unwrap();
        assert_eq!(
            json,
            r#"{"type":"heading","level":2,"runs":[{"text":"Kominfo","marks":[{"type":"link","href":"https://example.org"}]}]}"#
        );
        assert_eq!(serde_json::from_str::<Block>(&json).unwrap(), block);
    }

    #[test]
    fn tags_are_deduplicated_case_insensitively() {
        let mut content =
            ArticleContent { tags: vec!["Telegram".into(), " telegram ".into(), "".into(), "Kominfo".into()], ..Default::default() };
        content.normalize();
        assert_eq!(content.tags, vec!["Telegram", "Kominfo"]);
    }
}
