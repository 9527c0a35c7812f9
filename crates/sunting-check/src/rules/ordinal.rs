//! `ordinal`: ordinals with numerals take a hyphen (ke-2, abad ke-21); with words they are
//! joined (kedua). "ke 2" and "ke-dua" are flagged.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Ordinal;

/// The id.
pub const ID: &str = "ordinal";

const NUMBER_WORDS: &[&str] =
    &["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "seratus", "seribu"];

impl Ordinal {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Ordinal)),
        }
    }
}

impl Check for Ordinal {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            let lower = word.text.to_lowercase();
            // "ke-dua" -> "kedua"
            if word.parts.len() == 2
                && word.parts[0].eq_ignore_ascii_case("ke")
                && NUMBER_WORDS.contains(&word.parts[1].to_lowercase().as_str())
            {
                let fixed = format!("{}{}", word.parts[0], word.parts[1]);
                findings.push(RawFinding::new(word.range.clone(), Message::new("ordinal-word").text("right", fixed.as_str()), vec![fixed]));
            }
            // "ke 2" -> "ke-2"
            if lower == "ke" {
                if let Some(next) = block.words.get(index + 1) {
                    let gap = &block.text[word.range.end..next.range.start];
                    if gap == " " && next.text.chars().all(|c| c.is_ascii_digit()) {
                        let fixed = format!("{}-{}", word.text, next.text);
                        findings.push(RawFinding::new(
                            word.range.start..next.range.end,
                            Message::new("ordinal-numeral").text("right", fixed.as_str()),
                            vec![fixed],
                        ));
                    }
                }
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn hyphen_with_numerals_joined_with_words() {
        assert_suggestion("Ini perayaan ke 2 di kota itu.", ID, "ke 2", "ke-2");
        assert_suggestion("Ia menjadi juara ke-dua.", ID, "ke-dua", "kedua");
        assert_flags("Abad ke-21 dan juara kedua; pergi ke 20 desa.", ID, &["ke 20"]);
    }
}
