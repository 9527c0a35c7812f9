//! `pun`: the particle *pun* is written apart (apa pun, siapa pun) except in the fixed words
//! adapun, ataupun, bagaimanapun, biarpun, kalaupun, kendatipun, maupun, meskipun, sekalipun,
//! sungguhpun, walaupun (PUEBI), which are written together.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::lexicon::capitalise;
use crate::messages::Message;

/// The rule.
pub struct Pun;

/// The id.
pub const ID: &str = "pun";

const JOINED: &[&str] = &[
    "adapun",
    "andaipun",
    "ataupun",
    "bagaimanapun",
    "biarpun",
    "kalaupun",
    "kendatipun",
    "maupun",
    "meskipun",
    "sekalipun",
    "sungguhpun",
    "walaupun",
    "sekalipun",
    "mentang-mentangpun",
];
/// Words after which *pun* stands apart.
const APART_AFTER: &[&str] = &[
    "apa",
    "siapa",
    "mana",
    "kapan",
    "berapa",
    "bagaimana",
    "di mana",
    "ke mana",
    "satu",
    "sedikit",
    "sesuatu",
    "begitu",
    "demikian",
    "ini",
    "itu",
    "kami",
    "kita",
    "dia",
    "ia",
    "saya",
    "mereka",
    "aku",
    "engkau",
    "anda",
    "beliau",
    "ketika",
    "saat",
    "setelah",
    "sebelum",
    "sejak",
    "hal",
    "hari",
    "tahun",
    "pemerintah",
    "polisi",
    "warga",
    "orang",
];

impl Pun {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Pun)),
        }
    }
}

/// True when "-pun" in `lower` is the particle after an ordinary word ("sedikitpun",
/// "serupiahpun"), not the end of a root of its own ("rumpun", "himpun", "ampun").
fn is_particle_after_word(block: &BlockContext<'_>, lower: &str, base: &str) -> bool {
    let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else { return false };
    base.chars().count() >= 3
        && !lexicon.is_stem(lower)
        && !lexicon.hunspell_knows(lower)
        && !lexicon.knows_by_affixes_without_particles(lower)
        && lexicon.knows(base)
}

impl Check for Pun {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            if word.in_address || (word.is_capitalised() && !word.sentence_start) {
                continue;
            }
            let lower = word.text.to_lowercase();
            // Joined where it should stand apart: "apapun".
            if let Some(base) = lower.strip_suffix("pun") {
                if !JOINED.contains(&lower.as_str()) && (APART_AFTER.contains(&base) || is_particle_after_word(block, &lower, base)) {
                    let fixed = format!("{} pun", &word.text[..base.len()]);
                    let message = Message::new("pun-apart").text("right", fixed.as_str());
                    findings.push(RawFinding::new(word.range.clone(), message, vec![fixed]));
                }
            }
            // Apart where it should be joined: "walau pun".
            if lower == "pun" && index > 0 {
                let previous = &block.words[index - 1];
                let joined = format!("{}pun", previous.text.to_lowercase());
                if JOINED.contains(&joined.as_str()) && &block.text[previous.range.end..word.range.start] == " " {
                    let fixed = if previous.is_capitalised() { capitalise(&joined) } else { joined };
                    let message = Message::new("pun-joined").text("right", fixed.as_str());
                    findings.push(RawFinding::new(previous.range.start..word.range.end, message, vec![fixed]));
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
    fn apart_and_joined() {
        assert_suggestion("Apapun hasilnya, kami terima.", ID, "Apapun", "Apa pun");
        assert_suggestion("Ia tetap datang walau pun hujan.", ID, "walau pun", "walaupun");
        assert_flags("Siapa pun boleh datang, meskipun hujan; bagaimanapun juga, ia pun pergi.", ID, &[]);
        assert_suggestion("Tak sedikitpun ia mundur.", ID, "sedikitpun", "sedikit pun");
        assert_suggestion("Ia tidak menerima serupiahpun.", ID, "serupiahpun", "serupiah pun");
        assert_flags("Dana dihimpun dari rumpun bambu; ampun, katanya.", ID, &[]);
    }
}
