//! `numbers`: how Indonesian copy writes money and numbers. Rupiah is written Rp50.000 (not
//! "Rp.", "Rp 50.000" or "RP"); thousands are separated by periods (1.000.000, not 1,000,000);
//! a sentence does not start with digits.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Numbers;

/// The id.
pub const ID: &str = "numbers";

impl Numbers {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Numbers)),
        }
    }
}

impl Check for Numbers {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let text = block.text;
        let mut findings = Vec::new();
        for word in &block.words {
            if word.in_address {
                continue;
            }
            // "Rp." / "Rp " / "RP" before an amount.
            let letters: String = word.text.chars().take_while(|c| c.is_alphabetic()).collect();
            if letters.eq_ignore_ascii_case("rp") {
                let amount_inside = &word.text[letters.len()..];
                let after = &text[word.range.end..];
                let (gap, amount) = if amount_inside.is_empty() {
                    let gap_len = after.len() - after.trim_start_matches(['.', ' ']).len();
                    (
                        &after[..gap_len],
                        after[gap_len..].chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect::<String>(),
                    )
                } else {
                    ("", amount_inside.to_string())
                };
                let amount = amount.trim_end_matches(['.', ',']).to_string();
                let starts_with_digit = amount.starts_with(|c: char| c.is_ascii_digit());
                if starts_with_digit && (letters != "Rp" || !gap.is_empty()) {
                    let end = word.range.end + if amount_inside.is_empty() { gap.len() + amount.len() } else { 0 };
                    let fixed = format!("Rp{amount}");
                    findings.push(RawFinding::new(
                        word.range.start..end,
                        Message::new("numbers-rupiah").text("right", fixed.as_str()),
                        vec![fixed],
                    ));
                }
            }
            // 1,000,000 -> 1.000.000
            let groups: Vec<&str> = word.text.split(',').collect();
            if groups.len() >= 3
                && groups[0].len() <= 3
                && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
                && groups[1..].iter().all(|g| g.len() == 3)
            {
                let fixed = groups.join(".");
                findings.push(RawFinding::new(
                    word.range.clone(),
                    Message::new("numbers-thousands").text("right", fixed.as_str()),
                    vec![fixed],
                ));
            }
            // A sentence starting with digits.
            if word.sentence_start
                && word.text.starts_with(|c: char| c.is_ascii_digit())
                && word.range.start > 0
                && !text[..word.range.start].trim_end().ends_with(':')
            {
                findings.push(RawFinding::new(word.range.clone(), Message::new("numbers-sentence-start"), Vec::new()));
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
    fn rupiah_is_written_rp_with_no_gap() {
        assert_suggestion("Tarifnya Rp. 3.500 per orang.", ID, "Rp. 3.500", "Rp3.500");
        assert_suggestion("Tarifnya Rp 3.500 per orang.", ID, "Rp 3.500", "Rp3.500");
        assert_suggestion("Tarifnya RP3.500 per orang.", ID, "RP3.500", "Rp3.500");
        assert_flags("Tarifnya Rp3.500 per orang dan Rp2,5 miliar.", ID, &[]);
    }

    #[test]
    fn thousands_and_sentence_starts() {
        assert_suggestion("Jumlahnya 1,250,000 orang.", ID, "1,250,000", "1.250.000");
        assert_flags("Bus itu baru. 40 penumpang ikut.", ID, &["40"]);
        assert_flags("Angkanya 2,5 persen dan 1.250 orang.", ID, &[]);
    }
}
