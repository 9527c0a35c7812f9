//! `phrases`: house-style phrases from `data/phrases-id.tsv`: redundant pairs (adalah
//! merupakan, agar supaya, demi untuk), words written wrongly apart (dari pada), opinion
//! adjectives in news copy (tampan). Also, in code, "sangat ... sekali", which needs a gap
//! between its two halves, and "para" before a reduplicated plural (para menteri-menteri).
//! Never inside quotes: a speaker's words are not rewritten.
//!
//! A row of the list names its message by a template (`redundant`, `calque`...): the message
//! `phrases-<template>` in the catalogues, given the phrase and the suggestion, so the data holds
//! no text of its own to translate.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;
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
    message: Message,
}

/// The message a row's template names, with the phrase and the suggestion; None for a template
/// the catalogues do not have (a test keeps the list to known ones).
fn template(name: &str, phrase: &str, suggestion: &str) -> Option<Message> {
    let message = match name {
        "redundant" => Message::new("phrases-redundant"),
        "one-word" => Message::new("phrases-one-word"),
        "calque" => Message::new("phrases-calque"),
        "hadirin" => Message::new("phrases-hadirin"),
        "bahu-membahu" => Message::new("phrases-bahu-membahu"),
        "opinion-looks" => Message::new("phrases-opinion-looks"),
        _ => return None,
    };
    Some(message.text("phrase", phrase).text("suggestion", suggestion))
}

fn phrases() -> &'static [Phrase] {
    static PHRASES: OnceLock<Vec<Phrase>> = OnceLock::new();
    PHRASES.get_or_init(|| read(DATA).0)
}

/// The phrase table, with the rows it could not read.
fn read(tsv: &str) -> (Vec<Phrase>, Vec<crate::tsv::BadRow>) {
    let mut phrases = Vec::new();
    let bad = crate::tsv::read(tsv, 4..=4, true, |fields| {
        let [phrase, suggestion, severity, name] = *fields else { return Err("not four columns".to_string()) };
        let severity = match severity {
            "warning" => Severity::Warning,
            "info" => Severity::Info,
            other => return Err(format!("severity {other:?} is neither warning nor info")),
        };
        let message = template(name, phrase, suggestion).ok_or_else(|| format!("no message template {name:?}"))?;
        phrases.push(Phrase {
            words: crate::tsv::required(phrase, "phrase")?.split(' ').map(str::to_string).collect(),
            suggestion: (suggestion != "-").then(|| suggestion.to_string()),
            severity,
            message,
        });
        Ok(())
    });
    (phrases, bad)
}

impl Phrases {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
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
                findings.push(
                    RawFinding::new(range, phrase.message.clone(), phrase.suggestion.iter().cloned().collect())
                        .at_severity(phrase.severity),
                );
            }
            // "sangat X sekali": one intensifier is enough.
            if lower[start] == "sangat" {
                if let Some(offset) = lower[start + 1..(start + 4).min(words.len())].iter().position(|w| w == "sekali") {
                    let end = start + 1 + offset;
                    if !words[end].in_quote && offset >= 1 {
                        let range = words[start].range.start..words[end].range.end;
                        let without = block.text[words[start].range.end..words[end].range.start].trim().to_string();
                        let message = Message::new("phrases-sangat-sekali");
                        findings.push(RawFinding::new(range, message, vec![format!("sangat {without}")]));
                    }
                }
            }
            // "para menteri-menteri": "para" already makes it plural.
            if lower[start] == "para" {
                if let Some(next) = words.get(start + 1) {
                    if next.parts.len() == 2 && next.parts[0].eq_ignore_ascii_case(next.parts[1]) {
                        let range = words[start].range.start..next.range.end;
                        let fixed = format!("{} {}", words[start].text, next.parts[0]);
                        findings.push(RawFinding::new(range, Message::new("phrases-para-reduplicated"), vec![fixed]));
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
    fn every_row_of_the_list_reads_with_a_known_template_and_severity() {
        let (phrases, bad) = super::read(super::DATA);
        assert!(bad.is_empty(), "phrases-id.tsv: {}", bad.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "));
        assert_eq!(phrases.len(), super::phrases().len());
        let (_, bad) = super::read("phrase\tsuggestion\tseverity\ttemplate\nagar supaya\tagar\terror\tredundant\nx y\t-\tinfo\tno-such\n");
        assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), [2, 3], "{bad:?}");
        let found = check("Ini adalah merupakan langkah penting.");
        let finding = found.iter().find(|f| f.rule == ID).expect("flagged");
        assert_eq!(finding.message, "“adalah merupakan” says the same thing twice; keep one.");
    }

    #[test]
    fn quotes_are_left_alone() {
        assert_flags("\"Kami sangat senang sekali dan dia tampan,\" ujarnya.", ID, &[]);
    }
}
