//! Diffs between two versions of an article, for people.
//!
//! Every text field is compared word by word ([`diff_text`]). The body is first aligned block by
//! block, so a new paragraph is "added", a deleted one "removed", an edited one "changed" (with
//! its word diff) and a paragraph that went elsewhere "moved", rather than one long stream of
//! red and green. The result is plain data the desktop app draws and [`render`] prints.

mod blocks;
pub mod render;
mod words;

pub use blocks::{diff_blocks, BlockChange};
pub use words::{diff_text, Span, SpanTag, TextDiff};

use crate::model::ArticleContent;
use serde::{Deserialize, Serialize};

/// A field of the article other than the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The headline.
    Headline,
    /// The standfirst.
    Standfirst,
    /// The byline.
    Byline,
    /// The dateline.
    Dateline,
    /// The language tag.
    Language,
    /// The tags, compared as a comma-separated list.
    Tags,
}

impl Field {
    /// Every field, in the order an editor reads them.
    pub const ALL: [Field; 6] = [Field::Headline, Field::Standfirst, Field::Byline, Field::Dateline, Field::Language, Field::Tags];

    /// The field's name for people.
    pub fn label(self) -> &'static str {
        match self {
            Field::Headline => "Headline",
            Field::Standfirst => "Standfirst",
            Field::Byline => "Byline",
            Field::Dateline => "Dateline",
            Field::Language => "Language",
            Field::Tags => "Tags",
        }
    }

    /// The field's value in `content`, as text.
    pub fn value(self, content: &ArticleContent) -> String {
        match self {
            Field::Headline => content.headline.clone(),
            Field::Standfirst => content.standfirst.clone(),
            Field::Byline => content.byline.clone(),
            Field::Dateline => content.dateline.clone(),
            Field::Language => content.language.clone(),
            Field::Tags => content.tags.join(", "),
        }
    }
}

/// The diff of one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldDiff {
    /// Which field.
    pub field: Field,
    /// Its word diff (all equal when unchanged).
    pub diff: TextDiff,
}

/// Everything that differs between two versions of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleDiff {
    /// Every field, changed or not, in reading order.
    pub fields: Vec<FieldDiff>,
    /// The body, block by block, in reading order.
    pub blocks: Vec<BlockChange>,
    /// Words only in the new version, over all fields and blocks.
    pub words_added: usize,
    /// Words only in the old version, over all fields and blocks.
    pub words_removed: usize,
}

impl ArticleDiff {
    /// True when the two versions read the same and are formatted the same.
    pub fn is_unchanged(&self) -> bool {
        self.fields.iter().all(|f| f.diff.is_unchanged()) && self.blocks.iter().all(|b| matches!(b, BlockChange::Unchanged { .. }))
    }
}

/// Compares two versions of an article.
pub fn diff_articles(old: &ArticleContent, new: &ArticleContent) -> ArticleDiff {
    let fields: Vec<FieldDiff> =
        Field::ALL.into_iter().map(|field| FieldDiff { field, diff: diff_text(&field.value(old), &field.value(new)) }).collect();
    let blocks = diff_blocks(&old.body, &new.body);
    let words_added = fields.iter().map(|f| f.diff.words_added).sum::<usize>() + blocks.iter().map(BlockChange::words_added).sum::<usize>();
    let words_removed =
        fields.iter().map(|f| f.diff.words_removed).sum::<usize>() + blocks.iter().map(BlockChange::words_removed).sum::<usize>();
    ArticleDiff { fields, blocks, words_added, words_removed }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_have_changes() {
        let old = ArticleContent::from_paragraphs("Durov ke Jakarta", ["Satu."]);
        let mut new = old.clone();
        new.standfirst = "CEO Telegram datang sendiri.".into();
        new.tags = vec!["Telegram".into()];
        let diff = diff_articles(&old, &new);
        let changed: Vec<Field> = diff.fields.iter().filter(|f| !f.diff.is_unchanged()).map(|f| f.field).collect();
        assert_eq!(changed, vec![Field::Standfirst, Field::Tags]);
        assert_eq!(diff.words_added, 5);
        assert!(!diff.is_unchanged());
        assert!(diff_articles(&old, &old).is_unchanged());
    }
}
