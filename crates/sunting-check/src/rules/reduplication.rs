//! `reduplication`: reduplicated words are written in full with a hyphen (anak-anak), not with
//! the numeral 2 of handwritten notes (anak2).

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Reduplication;

/// The id.
pub const ID: &str = "reduplication";

impl Reduplication {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Reduplication)),
        }
    }
}

impl Check for Reduplication {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for word in &block.words {
            if word.in_address || word.parts.len() > 1 {
                continue;
            }
            let Some(base) = word.text.strip_suffix('2') else {
                continue;
            };
            if base.chars().count() < 3 || !base.chars().all(char::is_alphabetic) || base.chars().any(char::is_uppercase) {
                continue;
            }
            let fixed = format!("{base}-{base}");
            findings.push(RawFinding::new(
                word.range.clone(),
                Message::new("reduplication-numeral").text("right", fixed.as_str()),
                vec![fixed],
            ));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn numeral_two_is_written_out() {
        assert_suggestion("Banyak anak2 bermain di taman.", ID, "anak2", "anak-anak");
        assert_flags("Anak-anak bermain di Taman2 dan G20 serta Rp2.", ID, &[]);
    }
}
