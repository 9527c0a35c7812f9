//! `block_language`: a paragraph in another language than the article (a Malay or English
//! paragraph in Indonesian copy). It is checked in its own language, and the editor is told, so
//! a pasted foreign passage is not mistaken for the story's own text. Short paragraphs take the
//! article's language and are never reported.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;

/// The rule.
pub struct BlockLanguage;

/// The id.
pub const ID: &str = "block_language";

impl BlockLanguage {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Language,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(BlockLanguage)),
        }
    }
}

impl Check for BlockLanguage {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language == block.article_language || block.words.len() < 6 {
            return Vec::new();
        }
        let message =
            Message::new("block-language-other").text("language", block.language.code()).text("article", block.article_language.code());
        vec![RawFinding::new(0..block.text.len(), message, Vec::new())]
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn a_malay_paragraph_in_indonesian_copy_is_noted() {
        let text = "Pemerintah kota mengatakan jadwal bus akan diumumkan pekan depan karena aplikasi belum siap.\n\nWarga berharap jadwal itu segera keluar agar mereka tidak menunggu terlalu lama di halte.\n\nKerajaan negeri berkata bahawa jadual bas akan diumumkan minggu depan kerana aplikasi belum sedia.";
        let found: Vec<(usize, String)> = check(text).into_iter().filter(|f| f.rule == ID).map(|f| (f.block, f.message)).collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 2);
        assert!(found[0].1.contains("Malay"));
    }

    #[test]
    fn one_language_is_not_noted() {
        assert_flags("Pemerintah kota mengatakan jadwal bus akan diumumkan pekan depan.\n\nOke.", ID, &[]);
    }
}
