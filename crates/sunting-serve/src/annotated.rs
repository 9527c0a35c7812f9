//! The text a client sends, as the checker reads it, and the way back to the client's offsets.
//!
//! LanguageTool takes either `text` or `data`: annotated text, a JSON list of pieces of text and
//! of markup (`{"annotation": [{"text": "Halo "}, {"markup": "<b>"}, {"markup": "<br/>",
//! "interpretAs": "\n\n"}]}`). Markup is skipped (or read as its `interpretAs`), but the offsets
//! in the answer count the whole annotated text, markup included, in UTF-16 code units as
//! LanguageTool and its clients count them. [`Annotated`] holds the plain text the checker reads
//! and the pieces that map each place in it back to the client's text.

use serde::Deserialize;
use std::ops::Range;
use sunting_check::{offsets, split_paragraphs, Finding};

/// A place of a finding, in the plain text and in the client's.
pub struct Placed<'r> {
    /// The finding.
    pub finding: &'r Finding,
    /// Its paragraph, as bytes of the plain text.
    pub paragraph: Range<usize>,
    /// The place, as bytes of the plain text.
    pub range: Range<usize>,
    /// The place in the client's text, in UTF-16 code units.
    pub original: Range<usize>,
}

/// Plain text for the checker, and how it maps back to the client's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotated {
    /// What the checker reads: the text pieces, and markup as what it stands for.
    pub plain: String,
    /// The pieces of `plain`, in order.
    pieces: Vec<Piece>,
    /// The client's text's length in UTF-16 code units.
    original_len: usize,
}

/// A stretch of `plain` and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Byte offset in `plain`.
    plain_start: usize,
    /// Its length in `plain`, in bytes.
    plain_len: usize,
    /// Its start in the client's text, in UTF-16 code units.
    original_start: usize,
    /// Text maps character by character; markup read as something else maps as a whole to the
    /// markup's place.
    kind: PieceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PieceKind {
    Text,
    Markup { original_len: usize },
}

/// What is wrong with a `data` field.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DataError {
    /// Not the JSON LanguageTool documents.
    #[error("`data` is not LanguageTool's annotated text ({0})")]
    NotJson(String),
    /// An item with neither `text` nor `markup`, or with both.
    #[error("item {0} of `data` must have either \"text\" or \"markup\"")]
    BadItem(usize),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    annotation: Vec<Item>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    text: Option<String>,
    markup: Option<String>,
    #[serde(rename = "interpretAs")]
    interpret_as: Option<String>,
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

impl Annotated {
    /// Plain text as it is.
    pub fn from_text(text: &str) -> Annotated {
        let mut annotated = Annotated { plain: String::new(), pieces: Vec::new(), original_len: 0 };
        annotated.push_text(text);
        annotated
    }

    /// LanguageTool's annotated text.
    pub fn from_data(data: &str) -> Result<Annotated, DataError> {
        let data: Data = serde_json::from_str(data).map_err(|e| DataError::NotJson(e.to_string()))?;
        let mut annotated = Annotated { plain: String::new(), pieces: Vec::new(), original_len: 0 };
        for (index, item) in data.annotation.into_iter().enumerate() {
            match (item.text, item.markup) {
                (Some(text), None) if item.interpret_as.is_none() => annotated.push_text(&text),
                (None, Some(markup)) => annotated.push_markup(&markup, item.interpret_as.as_deref().unwrap_or_default()),
                _ => return Err(DataError::BadItem(index)),
            }
        }
        Ok(annotated)
    }

    /// Pieces in order: text (`None`), or markup read as what it stands for (`Some`).
    pub fn from_pieces<'a>(pieces: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> Annotated {
        let mut annotated = Annotated { plain: String::new(), pieces: Vec::new(), original_len: 0 };
        for (piece, stands_for) in pieces {
            match stands_for {
                None => annotated.push_text(piece),
                Some(interpret_as) if !piece.is_empty() || !interpret_as.is_empty() => annotated.push_markup(piece, interpret_as),
                Some(_) => {}
            }
        }
        annotated
    }

    fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.pieces.push(Piece {
            plain_start: self.plain.len(),
            plain_len: text.len(),
            original_start: self.original_len,
            kind: PieceKind::Text,
        });
        self.plain.push_str(text);
        self.original_len += utf16_len(text);
    }

    fn push_markup(&mut self, markup: &str, interpret_as: &str) {
        let original_len = utf16_len(markup);
        self.pieces.push(Piece {
            plain_start: self.plain.len(),
            plain_len: interpret_as.len(),
            original_start: self.original_len,
            kind: PieceKind::Markup { original_len },
        });
        self.plain.push_str(interpret_as);
        self.original_len += original_len;
    }

    /// Every place of `findings` (a finding checked on `plain` split into paragraphs as
    /// `Document::from_text` splits it), each place of a problem spread over the text apart:
    /// clients mark places, not groups.
    pub fn place<'r>(&self, findings: impl IntoIterator<Item = &'r Finding>) -> Vec<Placed<'r>> {
        let paragraphs = split_paragraphs(&self.plain);
        let mut placed = Vec::new();
        for finding in findings {
            let spread =
                std::iter::once((finding.block, finding.start, finding.end)).chain(finding.also.iter().map(|p| (p.block, p.start, p.end)));
            for (block, start, end) in spread {
                let Some(&(at, text)) = paragraphs.get(block) else { continue };
                let range = at + offsets::utf16_to_byte(text, start)..at + offsets::utf16_to_byte(text, end);
                placed.push(Placed { finding, paragraph: at..at + text.len(), range, original: 0..0 });
            }
        }
        let bytes: Vec<(usize, bool)> = placed.iter().flat_map(|p| [(p.range.start, false), (p.range.end, true)]).collect();
        let original = self.to_original(&bytes);
        for (i, p) in placed.iter_mut().enumerate() {
            p.original = original[2 * i]..original[2 * i + 1];
        }
        placed
    }

    /// The client's text's length, in UTF-16 code units.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Where each byte offset of `plain` (char boundaries) lies in the client's text, in UTF-16
    /// code units: `(offset, is_end)`, where an end stays before markup that follows the text
    /// and a start goes after markup before it. One walk over the text, however many offsets.
    pub fn to_original(&self, offsets: &[(usize, bool)]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        // At one offset, ends first: they belong to an earlier piece than starts.
        order.sort_by_key(|&i| (offsets[i].0, !offsets[i].1));
        let mut out = vec![self.original_len; offsets.len()];
        let mut at = 0;
        // Within the current text piece: the byte reached and its UTF-16 offset.
        let mut cursor: Option<(usize, usize)> = None;
        for index in order {
            let (offset, is_end) = (offsets[index].0.min(self.plain.len()), offsets[index].1);
            // The piece that holds `offset`: for a start, the one it is inside or starts; for an
            // end, the one it is inside or ends (the last piece takes what is past it).
            while let Some(piece) = self.pieces.get(at) {
                let end = piece.plain_start + piece.plain_len;
                let holds = if is_end {
                    offset <= end && (offset > piece.plain_start || piece.plain_len == 0 && offset == end)
                } else {
                    offset < end
                };
                if holds || at + 1 == self.pieces.len() {
                    break;
                }
                at += 1;
                cursor = None;
            }
            let Some(piece) = self.pieces.get(at) else { break };
            out[index] = match piece.kind {
                PieceKind::Markup { original_len } => {
                    if offset <= piece.plain_start {
                        piece.original_start
                    } else {
                        piece.original_start + original_len
                    }
                }
                PieceKind::Text => {
                    let (byte, units) = cursor.unwrap_or((piece.plain_start, piece.original_start));
                    let byte_to = offset.clamp(byte, piece.plain_start + piece.plain_len);
                    let units = units + utf16_len(&self.plain[byte..byte_to]);
                    cursor = Some((byte_to, units));
                    units
                }
            };
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_maps_to_utf16_units() {
        let annotated = Annotated::from_text("😀 Rudiatara datang.");
        let start = annotated.plain.find("Rudiatara").unwrap();
        assert_eq!(annotated.to_original(&[(start, false), (start + "Rudiatara".len(), true), (0, false)]), [3, 12, 0]);
        assert_eq!(annotated.original_len(), 20);
    }

    #[test]
    fn markup_is_skipped_but_counted() {
        let data = r#"{"annotation":[{"text":"Menteri "},{"markup":"<b>"},{"text":"Rudiatara"},{"markup":"</b>"},{"markup":"<p>","interpretAs":"\n\n"},{"text":"datang 😀 lagi."}]}"#;
        let annotated = Annotated::from_data(data).unwrap();
        assert_eq!(annotated.plain, "Menteri Rudiatara\n\ndatang 😀 lagi.");
        let name = annotated.plain.find("Rudiatara").unwrap();
        let lagi = annotated.plain.find("lagi").unwrap();
        // "Menteri " is 8 units, "<b>" 3: the name starts at 11 and ends at 20; "</b><p>" is 7
        // more, "datang 😀 " 10 (the emoji is two units).
        assert_eq!(annotated.to_original(&[(name, false), (name + 9, true), (lagi, false), (lagi + 4, true)]), [11, 20, 37, 41]);
        assert_eq!(annotated.original_len(), 42);
        // Inside what markup stands for: the markup's own place.
        let paragraph = annotated.plain.find('\n').unwrap();
        assert_eq!(annotated.to_original(&[(paragraph, false), (paragraph + 1, true)]), [24, 27]);
    }

    #[test]
    fn malformed_data_is_refused_with_the_reason() {
        assert!(matches!(Annotated::from_data("[1, 2]"), Err(DataError::NotJson(_))));
        assert_eq!(Annotated::from_data(r#"{"annotation":[{"text":"a","markup":"<b>"}]}"#), Err(DataError::BadItem(0)));
        assert_eq!(Annotated::from_data(r#"{"annotation":[{}]}"#), Err(DataError::BadItem(0)));
        assert!(Annotated::from_data(r#"{"annotation":[{"text":"a"}],"extra":1}"#).is_err());
    }

    proptest::proptest! {
        /// Whatever the pieces, offsets map into the client's text, in order.
        #[test]
        fn offsets_stay_inside_and_in_order(pieces in proptest::collection::vec(("[a-z😀é \n]{0,8}", proptest::bool::ANY, "[<>/a-z]{0,4}"), 0..12)) {
            let annotation: Vec<serde_json::Value> = pieces
                .iter()
                .map(|(text, markup, interpret)| if *markup { serde_json::json!({"markup": text, "interpretAs": interpret}) } else { serde_json::json!({"text": text}) })
                .collect();
            let annotated = Annotated::from_data(&serde_json::json!({ "annotation": annotation }).to_string()).unwrap();
            let boundaries: Vec<(usize, bool)> = annotated.plain.char_indices().map(|(i, _)| (i, false)).chain([(annotated.plain.len(), true)]).collect();
            let mapped = annotated.to_original(&boundaries);
            proptest::prop_assert!(mapped.windows(2).all(|w| w[0] <= w[1]), "{mapped:?}");
            // A character's start and end enclose it.
            let ends: Vec<(usize, bool)> = annotated.plain.char_indices().map(|(i, c)| (i + c.len_utf8(), true)).collect();
            let mapped_ends = annotated.to_original(&ends);
            proptest::prop_assert!(mapped.iter().zip(&mapped_ends).all(|(s, e)| s <= e), "{mapped:?} {mapped_ends:?}");
            proptest::prop_assert!(mapped.iter().all(|&m| m <= annotated.original_len()));
        }
    }
}
