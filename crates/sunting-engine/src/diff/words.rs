//! Word-level diff of two texts, shaped for reading.
//!
//! Texts are compared token by token (see [`crate::text::tokenize`]): a changed comma is its own
//! change, and whitespace compares equal whatever its width, so re-wrapped text is not a wall of
//! red. Changes separated only by spaces are joined into one deletion followed by one insertion
//! ("[-tidak mendapat-]{+belum menerima+}"), as an editor would mark them by hand.

use crate::text::{tokenize, Token, TokenKind};
use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffOp};

/// Whether a span is common to both texts, only in the new one, or only in the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum SpanTag {
    /// In both texts (the new text's spelling of it).
    Equal,
    /// Only in the new text.
    Insert,
    /// Only in the old text.
    Delete,
}

/// A run of text with its tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Span {
    /// Equal, insert or delete.
    pub tag: SpanTag,
    /// The text.
    pub text: String,
}

/// The word-level diff of two texts.
///
/// The equal and inserted spans, in order, spell the new text exactly; the equal and deleted
/// spans spell the old text up to the width of whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TextDiff {
    /// Spans in reading order; neighbours never share a tag.
    pub spans: Vec<Span>,
    /// Words only in the new text.
    pub words_added: usize,
    /// Words only in the old text.
    pub words_removed: usize,
}

impl TextDiff {
    /// True when the texts read the same.
    pub fn is_unchanged(&self) -> bool {
        self.spans.iter().all(|span| span.tag == SpanTag::Equal)
    }

    /// The new text, rebuilt from the spans.
    pub fn new_text(&self) -> String {
        self.side(SpanTag::Insert)
    }

    /// The old text, rebuilt from the spans (whitespace as in the new text where they agree).
    pub fn old_text(&self) -> String {
        self.side(SpanTag::Delete)
    }

    fn side(&self, changed: SpanTag) -> String {
        self.spans.iter().filter(|span| span.tag == SpanTag::Equal || span.tag == changed).map(|span| span.text.as_str()).collect()
    }

    fn push(&mut self, tag: SpanTag, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.spans.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(text),
            _ => self.spans.push(Span { tag, text: text.to_string() }),
        }
    }
}

/// The most tokens (both sides, once their common beginning and end are set aside) one text
/// diff searches for the smallest edit. Myers's search costs at most the square of that, so a
/// diff's work is bounded by its input rather than by a clock: the same two texts give the same
/// diff on any machine under any load. Beyond it (a paragraph of thousands of words rewritten
/// through and through) the differing middle is one replacement.
const DIFF_BUDGET_TOKENS: usize = 6_000;

/// The edit from `old` to `new`: the smallest one within [`DIFF_BUDGET_TOKENS`], else the common
/// beginning and end around one replacement.
fn diff_ops(old: &[&str], new: &[&str]) -> Vec<DiffOp> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (old_len, new_len) = (old.len() - prefix - suffix, new.len() - prefix - suffix);
    if old_len == 0 || new_len == 0 || old_len + new_len <= DIFF_BUDGET_TOKENS {
        return capture_diff_slices(Algorithm::Myers, old, new);
    }
    let mut ops = Vec::with_capacity(3);
    if prefix > 0 {
        ops.push(DiffOp::Equal { old_index: 0, new_index: 0, len: prefix });
    }
    ops.push(DiffOp::Replace { old_index: prefix, old_len, new_index: prefix, new_len });
    if suffix > 0 {
        ops.push(DiffOp::Equal { old_index: prefix + old_len, new_index: prefix + new_len, len: suffix });
    }
    ops
}

/// Compares `old` with `new` word by word.
pub fn diff_text(old: &str, new: &str) -> TextDiff {
    let old_tokens = tokenize(old);
    let new_tokens = tokenize(new);
    let old_keys: Vec<&str> = old_tokens.iter().map(token_key).collect();
    let new_keys: Vec<&str> = new_tokens.iter().map(token_key).collect();
    let ops = diff_ops(&old_keys, &new_keys);

    let mut diff = TextDiff::default();
    let mut hunk = Hunk::default();
    for (position, op) in ops.iter().enumerate() {
        match *op {
            DiffOp::Equal { old_index, new_index, len } => {
                let old_slice = &old_tokens[old_index..old_index + len];
                let new_slice = &new_tokens[new_index..new_index + len];
                let between_changes = !hunk.is_empty() && position + 1 < ops.len();
                let only_space = new_slice.iter().all(|t| t.kind == TokenKind::Space);
                if between_changes && only_space {
                    // "[-a-] [-b-]" reads better as "[-a b-]": keep the gap inside the hunk.
                    hunk.old.extend_from_slice(old_slice);
                    hunk.new.extend_from_slice(new_slice);
                    continue;
                }
                hunk.flush(&mut diff);
                for token in new_slice {
                    diff.push(SpanTag::Equal, token.text);
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                hunk.old.extend_from_slice(&old_tokens[old_index..old_index + old_len]);
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                hunk.new.extend_from_slice(&new_tokens[new_index..new_index + new_len]);
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                hunk.old.extend_from_slice(&old_tokens[old_index..old_index + old_len]);
                hunk.new.extend_from_slice(&new_tokens[new_index..new_index + new_len]);
            }
        }
    }
    hunk.flush(&mut diff);
    diff
}

/// Whitespace compares equal whatever it is; everything else compares exactly.
fn token_key<'a>(token: &Token<'a>) -> &'a str {
    match token.kind {
        TokenKind::Space => " ",
        _ => token.text,
    }
}

/// Consecutive changed tokens, with the spaces between them.
#[derive(Default)]
struct Hunk<'a> {
    old: Vec<Token<'a>>,
    new: Vec<Token<'a>>,
}

impl Hunk<'_> {
    fn is_empty(&self) -> bool {
        self.old.is_empty() && self.new.is_empty()
    }

    fn flush(&mut self, diff: &mut TextDiff) {
        if self.is_empty() {
            return;
        }
        let old_text: String = self.old.iter().map(|t| t.text).collect();
        let new_text: String = self.new.iter().map(|t| t.text).collect();
        diff.push(SpanTag::Delete, &old_text);
        diff.push(SpanTag::Insert, &new_text);
        diff.words_removed += self.old.iter().filter(|t| t.kind == TokenKind::Word).count();
        diff.words_added += self.new.iter().filter(|t| t.kind == TokenKind::Word).count();
        self.old.clear();
        self.new.clear();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_rewrite_beyond_the_budget_is_one_replacement_between_the_common_ends() {
        let old = format!("Awal sama. {} Akhir sama.", "lama ".repeat(2_000));
        let new = format!("Awal sama. {} Akhir sama.", "baru ".repeat(2_000));
        let diff = diff_text(&old, &new);
        let tags: Vec<SpanTag> = diff.spans.iter().map(|span| span.tag).collect();
        assert_eq!(tags, [SpanTag::Equal, SpanTag::Delete, SpanTag::Insert, SpanTag::Equal]);
        assert!(diff.spans[0].text.starts_with("Awal sama.") && diff.spans[3].text.ends_with("Akhir sama."));
        assert_eq!((diff.old_text(), diff.new_text()), (old.clone(), new.clone()));
        // Deterministic: the same texts, the same diff, whatever the machine is doing.
        assert_eq!(diff_text(&old, &new), diff);
        // Within the budget the smallest edit is found, however long it takes.
        let small = diff_text("satu dua tiga empat", "satu tiga empat lima");
        assert_eq!(small.spans.iter().filter(|span| span.tag != SpanTag::Equal).count(), 2);
    }

    use super::*;
    use proptest::prelude::*;

    /// Renders a diff the way `git diff --word-diff` does, for compact assertions.
    fn marked(diff: &TextDiff) -> String {
        diff.spans
            .iter()
            .map(|s| match s.tag {
                SpanTag::Equal => s.text.clone(),
                SpanTag::Delete => format!("[-{}-]", s.text),
                SpanTag::Insert => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[track_caller]
    fn assert_diff(old: &str, new: &str, expected: &str) {
        assert_eq!(marked(&diff_text(old, new)), expected);
    }

    #[test]
    fn a_changed_word_is_shown_alone() {
        assert_diff(
            "email dari Menteri Rudiatara yang belum terkirim",
            "email dari Menteri Rudiantara yang belum terkirim",
            "email dari Menteri [-Rudiatara-]{+Rudiantara+} yang belum terkirim",
        );
    }

    #[test]
    fn a_changed_comma_is_visible() {
        assert_diff("Menkominfo, Rudiantara mengatakan", "Menkominfo Rudiantara mengatakan", "Menkominfo[-,-] Rudiantara mengatakan");
        assert_diff("1,5 persen", "1.5 persen", "[-1,5-]{+1.5+} persen");
    }

    #[test]
    fn rewrapped_text_is_unchanged() {
        let diff = diff_text("tidak cukup\nsampai  di situ", "tidak cukup sampai di situ");
        assert!(diff.is_unchanged(), "{diff:?}");
        assert_eq!(diff.words_added + diff.words_removed, 0);
    }

    #[test]
    fn neighbouring_changes_join_into_one_hunk() {
        assert_diff(
            "namun tidak mendapatkan respon dari Telegram",
            "namun belum menerima respons dari Telegram",
            "namun [-tidak mendapatkan respon-]{+belum menerima respons+} dari Telegram",
        );
    }

    #[test]
    fn counts_words_not_punctuation() {
        let diff = diff_text("Ia datang.", "Ia datang kemarin, sendirian.");
        assert_eq!(diff.words_added, 2);
        assert_eq!(diff.words_removed, 0);
    }

    #[test]
    fn identical_and_empty_texts() {
        assert!(diff_text("", "").spans.is_empty());
        assert_diff("", "Baru", "{+Baru+}");
        assert_diff("Lama", "", "[-Lama-]");
    }

    fn normalize_space(text: &str) -> String {
        crate::model::collapse_whitespace(text)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Applying the diff's edits to the old text gives the new one.
        #[test]
        fn spans_rebuild_both_texts(old in "[a-cA-C ,.\n\u{e9}\u{1F600}-]{0,40}", new in "[a-cA-C ,.\n\u{e9}\u{1F600}-]{0,40}") {
            let diff = diff_text(&old, &new);
            prop_assert_eq!(diff.new_text(), new.clone());
            prop_assert_eq!(normalize_space(&diff.old_text()), normalize_space(&old));
            for pair in diff.spans.windows(2) {
                prop_assert_ne!(pair[0].tag, pair[1].tag);
            }
            if old == new {
                prop_assert!(diff.is_unchanged());
            }
        }

        #[test]
        fn edits_of_real_words_rebuild(words in proptest::collection::vec("(Durov|Kominfo|respons|di|situ|,|\\.|sangat|senang)", 0..30), edits in proptest::collection::vec((0usize..30, "(Rudiantara|ijin|izin|;)"), 0..5)) {
            let old = words.join(" ");
            let mut new_words = words.clone();
            for (at, word) in edits {
                if new_words.is_empty() { new_words.push(word); } else { let at = at % new_words.len(); new_words[at] = word; }
            }
            let new = new_words.join(" ");
            let diff = diff_text(&old, &new);
            prop_assert_eq!(diff.new_text(), new);
            prop_assert_eq!(normalize_space(&diff.old_text()), normalize_space(&old));
        }
    }
}
