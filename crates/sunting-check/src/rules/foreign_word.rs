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
                    let range = words[index].range.start..last.range.end;
                    if block.newsroom.knows(text) || glossed(block.text, range.clone(), indonesian) {
                        break;
                    }
                    let message = Message::new("foreign-word").text("word", text).text("equivalent", indonesian.as_str());
                    findings.push(RawFinding::new(range, message, vec![indonesian.clone()]));
                    matched = length;
                    break;
                }
            }
            index += matched.max(1);
        }
        findings
    }
}

/// Words that introduce a gloss of the term before them: "gadget atau gawai", "online alias
/// daring", "halal lifestyle atau disebut juga ...".
const GLOSS_MARKERS: &[&str] = &["atau", "alias", "yakni", "yaitu", "disebut", "dikenal", "istilah", "artinya", "berarti"];

/// True when the sentence glosses the term itself: it also writes the Indonesian equivalent
/// ("umpan balik (feedback)"), a gloss marker follows or precedes the term, or the term stands
/// in brackets after what it names.
fn glossed(text: &str, range: std::ops::Range<usize>, equivalent: &str) -> bool {
    let start = text[..range.start].rfind(['.', '!', '?']).map_or(0, |at| at + 1);
    let end = text[range.end..].find(['.', '!', '?']).map_or(text.len(), |at| range.end + at);
    let sentence = text[start..end].to_lowercase();
    if equivalent.split([',', '/', ';']).map(str::trim).any(|eq| !eq.is_empty() && sentence.contains(&eq.to_lowercase())) {
        return true;
    }
    let before = text[..range.start].trim_end();
    let after = text[range.end..].trim_start();
    let marker_after = after.split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let marker_before = before.split_whitespace().next_back().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let in_brackets = before.ends_with('(') && after.starts_with(')');
    in_brackets || [marker_after, marker_before].iter().flatten().any(|w| GLOSS_MARKERS.contains(&w.as_str()))
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
    fn a_term_the_sentence_glosses_is_left_alone() {
        assert_flags("Warga memberi umpan balik (feedback) kepada sopir.", ID, &[]);
        assert_flags("Mereka menjual gadget atau gawai murah.", ID, &[]);
        assert_flags("Banyak yang belajar daring, istilahnya online, sejak pandemi.", ID, &[]);
        // The next sentence's gloss does not count.
        assert_suggestion("Timnya mengumpulkan feedback. Umpan balik itu penting.", ID, "feedback", "umpan balik");
    }

    #[test]
    fn ordinary_indonesian_words_pass() {
        assert_flags("Tim itu memakai data dan media untuk memantau bus di pasar.", ID, &[]);
    }
}
