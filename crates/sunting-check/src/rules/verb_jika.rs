//! `verb_jika`: a verb of saying followed by *jika* or *kalau* where *bahwa* is meant
//! ("menjelaskan jika polemik itu ..."). Not inside quotes: a speaker's words are not rewritten.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct VerbJika;

/// The id.
pub const ID: &str = "verb_jika";

const VERBS: &[&str] = &[
    "mengatakan",
    "menjelaskan",
    "menyatakan",
    "mengungkapkan",
    "menyebutkan",
    "menyebut",
    "menegaskan",
    "mengakui",
    "menuturkan",
    "menerangkan",
    "memaparkan",
    "membantah",
    "mengklaim",
    "menambahkan",
    "mengaku",
    "mengingatkan",
    "menekankan",
    "mengungkap",
    "menduga",
    "memastikan",
    "meyakini",
    "mengetahui",
    "melaporkan",
    "mengabarkan",
    "berkata",
    "bilang",
    "dikatakan",
    "dijelaskan",
    "disebutkan",
    "diakui",
    "ditegaskan",
];

impl VerbJika {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(VerbJika)),
        }
    }
}

impl Check for VerbJika {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for pair in block.words.windows(2) {
            let (verb, conjunction) = (&pair[0], &pair[1]);
            let lower = conjunction.text.to_lowercase();
            if conjunction.in_quote || !(lower == "jika" || lower == "kalau") || !VERBS.contains(&verb.text.to_lowercase().as_str()) {
                continue;
            }
            if !block.text[verb.range.end..conjunction.range.start].trim().is_empty() {
                continue;
            }
            let message = Message::new("verb-jika").text("verb", verb.text).text("conjunction", conjunction.text);
            findings.push(RawFinding::new(conjunction.range.clone(), message, vec!["bahwa".to_string()]));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn flags_jika_after_a_verb_of_saying() {
        assert_suggestion("Durov juga menjelaskan jika polemik itu terjadi karena surel.", ID, "jika", "bahwa");
    }

    #[test]
    fn conditional_jika_and_quotes_pass() {
        assert_flags("Ia akan datang jika diundang. \"Saya mengatakan jika perlu saja,\" ujarnya.", ID, &[]);
    }
}
