//! Checking an article while it is edited: the editor sends only the blocks that changed.
//!
//! A [`LiveDocument`] remembers the blocks of the last check. Each update lists the article's
//! blocks in order, each either [`BlockInput::Same`] (the block that was at that index last
//! time, perhaps moved) or [`BlockInput::Text`] (new or edited text, as marked runs). Checking
//! the result costs little for unchanged blocks: their findings come from the checker's cache.

use crate::{Document, DocumentBlock, Language};
use serde::Deserialize;
use sunting_engine::{Mark, Run};

/// One block of an update.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockInput {
    /// The block that was at `index` in the previous update, unchanged.
    Same {
        /// Its index in the previous update.
        index: usize,
    },
    /// A new or edited block.
    Text {
        /// Its text as runs (italic runs matter: foreign words set in italics are correct).
        runs: Vec<Run>,
        /// The language the editor set for this block, overriding detection.
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        language: Option<String>,
    },
}

/// An update refers to a block the previous update did not have: the editor must send every
/// block's text again (this happens after the shell restarts, or when updates cross).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the check session is out of step (block {index} of {known}); send the whole article again")]
pub struct OutOfStep {
    /// The index asked for.
    pub index: usize,
    /// How many blocks the session knows.
    pub known: usize,
}

/// The blocks of an article being edited, as of the last update.
#[derive(Debug, Clone, Default)]
pub struct LiveDocument {
    blocks: Vec<DocumentBlock>,
}

/// Builds a checker block from runs: the text, and the byte ranges set in italics.
pub fn block_from_runs(runs: &[Run], language: Option<Language>) -> DocumentBlock {
    let mut text = String::new();
    let mut italic = Vec::new();
    for run in runs {
        let start = text.len();
        text.push_str(&run.text);
        if run.marks.contains(&Mark::Italic) {
            italic.push(start..text.len());
        }
    }
    DocumentBlock { text, italic, language }
}

impl LiveDocument {
    /// Applies an update. On [`OutOfStep`] the document is left as it was.
    pub fn update(&mut self, inputs: Vec<BlockInput>) -> Result<(), OutOfStep> {
        let known = self.blocks.len();
        if let Some(index) = inputs.iter().find_map(|input| match input {
            BlockInput::Same { index } if *index >= known => Some(*index),
            _ => None,
        }) {
            return Err(OutOfStep { index, known });
        }
        let previous = std::mem::take(&mut self.blocks);
        self.blocks = inputs
            .into_iter()
            .map(|input| match input {
                BlockInput::Same { index } => previous[index].clone(),
                BlockInput::Text { runs, language } => block_from_runs(&runs, language.as_deref().and_then(Language::from_code)),
            })
            .collect();
        Ok(())
    }

    /// The document to check, in the article's language when the editor set one.
    pub fn document(&self, language: Option<Language>) -> Document {
        Document { blocks: self.blocks.clone(), language }
    }

    /// How many blocks it has.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// True before the first update.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> BlockInput {
        BlockInput::Text { runs: vec![Run::plain(s)], language: None }
    }

    #[test]
    fn keeps_moved_blocks_and_replaces_edited_ones() {
        let mut live = LiveDocument::default();
        live.update(vec![text("Satu."), text("Dua."), text("Tiga.")]).unwrap();
        live.update(vec![BlockInput::Same { index: 2 }, text("Dua, diubah."), BlockInput::Same { index: 0 }]).unwrap();
        let texts: Vec<String> = live.document(None).blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(texts, ["Tiga.", "Dua, diubah.", "Satu."]);
    }

    #[test]
    fn an_unknown_block_is_refused_and_nothing_changes() {
        let mut live = LiveDocument::default();
        live.update(vec![text("Satu.")]).unwrap();
        assert_eq!(live.update(vec![BlockInput::Same { index: 0 }, BlockInput::Same { index: 1 }]), Err(OutOfStep { index: 1, known: 1 }));
        assert_eq!(live.len(), 1);
    }

    #[test]
    fn italics_and_languages_come_through() {
        let runs = vec![Run::plain("Kata "), Run::marked("feedback", vec![Mark::Italic]), Run::plain(" itu.")];
        let mut live = LiveDocument::default();
        live.update(vec![BlockInput::Text { runs, language: Some("en".into()) }]).unwrap();
        let block = &live.document(None).blocks[0];
        assert_eq!(block.italic, vec![5..13]);
        assert_eq!(block.language, Some(Language::English));
    }
}
