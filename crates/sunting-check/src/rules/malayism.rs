//! `malayism`: Malaysian Malay words in Indonesian copy (kerana, bahawa, polis, wang), with the
//! Indonesian word where one is listed. Only words Indonesian does not have are reported, so
//! shared words (kerajaan as "kingdom") pass.

use super::word_lists::{is_malay_only, MALAY_EQUIVALENTS};
use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;

/// The rule.
pub struct Malayism;

/// The id.
pub const ID: &str = "malayism";

impl Malayism {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Language,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Malayism)),
        }
    }
}

impl Check for Malayism {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for (word, lower) in block.plain_indonesian_words() {
            if !is_malay_only(block, &lower) {
                continue;
            }
            let Some((_, indonesian)) = MALAY_EQUIVALENTS.iter().find(|(ms, _)| *ms == lower) else {
                continue;
            };
            let suggestion = if word.is_capitalised() { crate::lexicon::capitalise(indonesian) } else { indonesian.to_string() };
            let message = Message::new("malayism-word").text("word", word.text).text("indonesian", suggestion.as_str());
            findings.push(RawFinding::new(word.range.clone(), message, vec![suggestion]));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn malay_words_in_indonesian() {
        assert_suggestion("Warga kecewa kerana jadwal bus belum diumumkan oleh pemerintah kota.", ID, "kerana", "karena");
        assert_flags("Warga kecewa karena jadwal bus belum diumumkan oleh pemerintah kota.", ID, &[]);
    }
}
