//! `foreign_word`: foreign words in Indonesian copy that have an Indonesian equivalent
//! (e-mail -> surel, online -> daring, channel -> kanal). A foreign word set in italics is
//! correct and passes. The list is data: `data/foreign-id.tsv`. Phrases of up to three words
//! are matched.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct ForeignWord;

/// The id.
pub const ID: &str = "foreign_word";

impl ForeignWord {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Language,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(ForeignWord)),
        }
    }
}

impl Check for ForeignWord {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        let words = &block.words;
        let mut index = 0;
        while index < words.len() {
            let mut matched = 0;
            for length in (1..=3).rev() {
                let Some(last) = words.get(index + length - 1) else {
                    continue;
                };
                let span = &words[index..index + length];
                if span.iter().any(|w| w.italic || w.in_address || (w.is_capitalised() && !w.sentence_start) || w.is_all_caps()) {
                    continue;
                }
                // Words of a phrase must be separated by single spaces only.
                let text = &block.text[words[index].range.start..last.range.end];
                if text.split(' ').count() != length {
                    continue;
                }
                let lower = text.to_lowercase();
                if let Some(indonesian) = block.resources.foreign.get(&lower) {
                    if block.newsroom.knows(text) {
                        break;
                    }
                    let message = Message::new("foreign-word").text("word", text).text("equivalent", indonesian.as_str());
                    findings.push(RawFinding::new(words[index].range.start..last.range.end, message, vec![indonesian.clone()]));
                    matched = length;
                    break;
                }
            }
            index += matched.max(1);
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn flags_foreign_words_with_the_indonesian_one() {
        assert_suggestion("Kita tidak menerima e-mail yang dikirim oleh Menteri.", ID, "e-mail", "surel");
        assert_suggestion("Kita bisa segera mematikan channel mereka.", ID, "channel", "kanal");
        assert_suggestion("Timnya mengumpulkan feedback dari penumpang.", ID, "feedback", "umpan balik");
    }

    #[test]
    fn ordinary_indonesian_words_pass() {
        assert_flags("Tim itu memakai data dan media untuk memantau bus di pasar.", ID, &[]);
    }
}
