//! `phrases`: house-style phrases from `data/phrases-id.tsv`: redundant pairs (adalah
//! merupakan, agar supaya, demi untuk), words written wrongly apart (dari pada), opinion
//! adjectives in news copy (tampan). Also, in code, "sangat ... sekali", which needs a gap
//! between its two halves, and "para" before a reduplicated plural (para menteri-menteri).
//! Never inside quotes: a speaker's words are not rewritten.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use std::sync::OnceLock;

/// The rule.
pub struct Phrases;

/// The id.
pub const ID: &str = "phrases";

const DATA: &str = include_str!("../../data/phrases-id.tsv");

struct Phrase {
    words: Vec<String>,
    suggestion: Option<String>,
    severity: Severity,
    message: String,
}

fn phrases() -> &'static [Phrase] {
    static PHRASES: OnceLock<Vec<Phrase>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        DATA.lines()
            .skip(1)
            .filter_map(|line| {
                let columns: Vec<&str> = line.split('\t').collect();
                let [phrase, suggestion, severity, message] = columns.as_slice() else {
                    return None;
                };
                Some(Phrase {
                    words: phrase.split(' ').map(str::to_string).collect(),
                    suggestion: (*suggestion != "-").then(|| suggestion.to_string()),
                    severity: if *severity == "warning" { Severity::Warning } else { Severity::Info },
                    message: message.to_string(),
                })
            })
            .collect()
    })
}

impl Phrases {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            description: "Notes redundant pairs (adalah merupakan, sangat ... sekali), words wrongly written apart (dari pada) and opinion adjectives in news copy; never inside quotes.",
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Phrases)),
        }
    }
}

impl Check for Phrases {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let words = &block.words;
        let lower: Vec<String> = words.iter().map(|w| w.text.to_lowercase()).collect();
        let mut findings = Vec::new();
        for start in 0..words.len() {
            if words[start].in_quote {
                continue;
            }
            for phrase in phrases() {
                let end = start + phrase.words.len();
                if end > words.len() || lower[start..end] != phrase.words[..] || words[start..end].iter().any(|w| w.in_quote) {
                    continue;
                }
                let range = words[start].range.start..words[end - 1].range.end;
                if block.text[range.clone()].split(' ').count() != phrase.words.len() {
                    continue;
                }
                findings.push(Rule::finding(
                    ID,
                    Category::Style,
                    phrase.severity,
                    range,
                    phrase.message.clone(),
                    phrase.suggestion.iter().cloned().collect(),
                ));
            }
            // "sangat X sekali": one intensifier is enough.
            if lower[start] == "sangat" {
                if let Some(offset) = lower[start + 1..(start + 4).min(words.len())].iter().position(|w| w == "sekali") {
                    let end = start + 1 + offset;
                    if !words[end].in_quote && offset >= 1 {
                        let range = words[start].range.start..words[end].range.end;
                        let without = block.text[words[start].range.end..words[end].range.start].trim().to_string();
                        let message = "\"sangat ... sekali\" intensifies twice; keep one.";
                        findings.push(Rule::finding(
                            ID,
                            Category::Style,
                            Severity::Info,
                            range,
                            message,
                            vec![format!("sangat {without}")],
                        ));
                    }
                }
            }
            // "para menteri-menteri": "para" already makes it plural.
            if lower[start] == "para" {
                if let Some(next) = words.get(start + 1) {
                    if next.parts.len() == 2 && next.parts[0].eq_ignore_ascii_case(next.parts[1]) {
                        let range = words[start].range.start..next.range.end;
                        let fixed = format!("{} {}", words[start].text, next.parts[0]);
                        findings.push(Rule::finding(
                            ID,
                            Category::Style,
                            Severity::Info,
                            range,
                            "\"para\" already makes it plural; do not reduplicate.",
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
    fn redundant_pairs_and_opinions() {
        assert_suggestion("Ini adalah merupakan langkah penting.", ID, "adalah merupakan", "adalah");
        assert_suggestion("Ia lebih memilih bus dari pada mobil.", ID, "dari pada", "daripada");
        assert_suggestion("Warga sangat senang sekali.", ID, "sangat senang sekali", "sangat senang");
        assert_suggestion("Para menteri-menteri hadir.", ID, "Para menteri-menteri", "Para menteri");
        assert_flags("Namun tak cukup sampai di situ, CEO tampan itu juga datang.", ID, &["tampan"]);
    }

    #[test]
    fn quotes_are_left_alone() {
        assert_flags("\"Kami sangat senang sekali dan dia tampan,\" ujarnya.", ID, &[]);
    }
}
