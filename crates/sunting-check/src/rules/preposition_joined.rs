//! `preposition_joined`: the prepositions *di* and *ke* written together with a place or
//! direction (disitu -> di situ, diatas -> di atas, kesana -> ke sana). The prefix *di-* of
//! passive verbs is attached (ditulis), and kepada, daripada, keluar and kemari are words of
//! their own, so only words after which a preposition makes sense are listed.

use super::word_lists::split_preposition;
use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lexicon::capitalise;
use crate::messages::Message;

/// The rule.
pub struct PrepositionJoined;

/// The id.
pub const ID: &str = "preposition_joined";

impl PrepositionJoined {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Spelling,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(PrepositionJoined)),
        }
    }
}

impl Check for PrepositionJoined {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for (word, lower) in block.plain_indonesian_words() {
            let Some((preposition, rest)) = split_preposition(&lower) else {
                continue;
            };
            let fixed = format!("{preposition} {rest}");
            let suggestion = if word.is_capitalised() { capitalise(&fixed) } else { fixed };
            let message = Message::new("preposition-joined").text("preposition", preposition).text("right", suggestion.as_str());
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
    fn flags_joined_prepositions() {
        assert_suggestion("Namun tak cukup sampai disitu saja.", ID, "disitu", "di situ");
        assert_suggestion("Mereka pergi kesana kemarin.", ID, "kesana", "ke sana");
        assert_suggestion("Diantaranya ada tiga menteri.", ID, "Diantaranya", "Di antaranya");
        assert_flags("Buku itu diletakkan diatas meja dan dibawa kedepan.", ID, &["diatas", "kedepan"]);
    }

    #[test]
    fn verbs_and_words_of_their_own_pass() {
        assert_flags("Surat ditulis, dikirim kepada menteri, lalu ia keluar dan kemari; kedalaman laut diukur daripada ditebak.", ID, &[]);
    }
}
