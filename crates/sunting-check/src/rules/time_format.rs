//! `time_format`: clock times in Indonesian copy are "pukul 10.00 WIB": *pukul*, not *jam*,
//! before a time, and a period, not a colon, between hours and minutes.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct TimeFormat;

/// The id.
pub const ID: &str = "time_format";

impl TimeFormat {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(TimeFormat)),
        }
    }
}

impl Check for TimeFormat {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let text = block.text;
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            if word.in_quote {
                continue;
            }
            if word.text.eq_ignore_ascii_case("jam") {
                if let Some(next) = block.words.get(index + 1) {
                    let looks_like_time = next.text.chars().all(|c| c.is_ascii_digit() || c == '.')
                        && next.text.len() <= 5
                        && &text[word.range.end..next.range.start] == " ";
                    // "3 jam 20 menit" and "2 jam" are durations, not clock times.
                    let is_duration = index > 0 && block.words[index - 1].text.chars().all(|c| c.is_ascii_digit() || c == ',')
                        || block.words.get(index + 2).is_some_and(|w| w.text.eq_ignore_ascii_case("jam"));
                    if looks_like_time && !is_duration {
                        let fixed = if word.is_capitalised() { "Pukul" } else { "pukul" };
                        findings.push(RawFinding::new(word.range.clone(), Message::new("time-format-pukul"), vec![fixed.to_string()]));
                    }
                }
            }
        }
        // 10:30 -> 10.30
        let bytes = text.as_bytes();
        for (colon, _) in text.match_indices(':') {
            let hours = text[..colon].chars().rev().take_while(char::is_ascii_digit).count();
            let minutes = text[colon + 1..].chars().take_while(char::is_ascii_digit).count();
            let before_ok = colon == hours || !bytes[colon - hours - 1].is_ascii_alphanumeric();
            if (1..=2).contains(&hours) && minutes == 2 && before_ok {
                let range = colon - hours..colon + 3;
                let fixed = text[range.clone()].replace(':', ".");
                findings.push(RawFinding::new(range, Message::new("time-format-period").text("right", fixed.as_str()), vec![fixed]));
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
    fn pukul_and_periods() {
        assert_suggestion("Rapat dimulai jam 10 pagi.", ID, "jam", "pukul");
        assert_suggestion("Rapat dimulai pukul 10:30 WIB.", ID, "10:30", "10.30");
        assert_flags("Rapat dimulai pukul 10.30 WIB dan berlangsung 2 jam. Perjalanan 3 jam 20 menit.", ID, &[]);
    }
}
