//! `repeated_word`: the same word twice in a row ("yang yang"). Where the pair reads as an
//! unhyphenated reduplication ("sama sama"), the hyphenated form is offered first.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;

/// The rule.
pub struct RepeatedWord;

/// The id.
pub const ID: &str = "repeated_word";

/// Function words that are never reduplicated: the repeat is a slip.
const NEVER_REDUPLICATED: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "itu", "ini", "the", "a", "an", "of", "to", "and", "in", "is", "that",
    "for", "on",
];

impl RepeatedWord {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(RepeatedWord)),
        }
    }
}

impl Check for RepeatedWord {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for pair in block.words.windows(2) {
            let (first, second) = (&pair[0], &pair[1]);
            // Capitalised pairs are names ("Duran Duran", "Bafana Bafana"), not slips.
            if !first.text.eq_ignore_ascii_case(second.text) || first.has_digit() || first.in_address || first.is_capitalised() {
                continue;
            }
            let gap = &block.text[first.range.end..second.range.start];
            if gap != " " {
                continue;
            }
            let lower = first.text.to_lowercase();
            let mut suggestions = Vec::new();
            if !NEVER_REDUPLICATED.contains(&lower.as_str()) && block.language == crate::Language::Indonesian {
                suggestions.push(format!("{}-{}", first.text, second.text));
            }
            suggestions.push(first.text.to_string());
            let message = Message::new("repeated-word").text("word", first.text);
            findings.push(RawFinding::new(first.range.start..second.range.end, message, suggestions));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn flags_repeats() {
        assert_suggestion("Bus yang yang baru itu tiba.", ID, "yang yang", "yang");
        assert_suggestion("Mereka sama sama senang.", ID, "sama sama", "sama-sama");
    }

    #[test]
    fn hyphenated_and_separated_pass() {
        assert_flags("Mereka sama-sama senang, senang sekali. Itu, itu saja.", ID, &[]);
    }
}
