//! `men_assimilation`: the nasal prefix meN- absorbs a root's k, p, t and s
//! (mempengaruhi -> memengaruhi, mensukseskan -> menyukseskan, mentaati -> menaati,
//! mengkonsumsi -> mengonsumsi). Clusters keep their consonant (memproduksi), and so does the
//! listed exception mempunyai. A form is only flagged when both its root and its assimilated
//! form are words, so memperbaiki, mempelajari (prefix memper-) and mentari pass. peN- is left
//! alone: too many look-alikes are roots of their own (penting, pensiun, pentas).

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct MeNAssimilation;

/// The id.
pub const ID: &str = "men_assimilation";

const EXCEPTIONS: &[&str] =
    &["mempunyai", "mempunyainya", "mempunyailah", "mentari", "menteri", "mentah", "mentega", "mental", "mentor", "menstruasi", "mensos"];

/// (prefix, absorbed consonant, assimilated prefix)
const NASALS: &[(&str, &str, &str)] = &[("meng", "k", "meng"), ("mem", "p", "mem"), ("men", "t", "men"), ("men", "s", "meny")];

/// The assimilated form and the root of `lower`, when it keeps a k/p/t/s after meN-.
fn analyse(lower: &str) -> Option<(String, String)> {
    for (nasal, consonant, replacement) in NASALS {
        let Some(rest) = lower.strip_prefix(nasal).and_then(|r| r.strip_prefix(consonant)) else { continue };
        if !rest.starts_with(['a', 'e', 'i', 'o', 'u']) {
            continue;
        }
        let with_consonant = format!("{consonant}{rest}");
        let root = ["kannya", "kan", "inya", "i", "nya"]
            .iter()
            .find_map(|s| with_consonant.strip_suffix(s))
            .unwrap_or(&with_consonant)
            .to_string();
        return Some((format!("{replacement}{rest}"), root));
    }
    None
}

impl MeNAssimilation {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Affix,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(MeNAssimilation)),
        }
    }
}

impl Check for MeNAssimilation {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else { return Vec::new() };
        let mut findings = Vec::new();
        for (word, lower) in block.plain_indonesian_words().filter(|(word, _)| word.parts.len() == 1) {
            // memper- (memperbaiki) and its form mempel- (mempelajari) are prefixes of their own.
            if EXCEPTIONS.contains(&lower.as_str()) || lower.starts_with("memper") || lower.starts_with("mempel") {
                continue;
            }
            let Some((fixed, root)) = analyse(&lower) else { continue };
            if !lexicon.knows_directly(&fixed) || !lexicon.knows_directly(&root) {
                continue;
            }
            let suggestion = if word.is_capitalised() { crate::lexicon::capitalise(&fixed) } else { fixed };
            let message = Message::new("men-assimilation").text("right", suggestion.as_str());
            findings.push(RawFinding::new(word.range.clone(), message, vec![suggestion]));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn unassimilated_forms() {
        assert_eq!(analyse("mensukseskan"), Some(("menyukseskan".to_string(), "sukses".to_string())));
        assert_eq!(analyse("mempengaruhi"), Some(("memengaruhi".to_string(), "pengaruh".to_string())));
        assert_eq!(analyse("memproduksi"), None, "clusters keep their consonant");
        assert_suggestion("Warga diminta menyukseskan dan mensukseskan acara.", ID, "mensukseskan", "menyukseskan");
    }

    #[test]
    fn standard_forms_pass() {
        assert_flags("Hal penting: menteri pensiun dan mentari terbit.", ID, &[]);
        assert_flags("Ia mempunyai rencana memperbaiki jalan, mempelajari data, memproduksi bus, dan mengkritik pemerintah.", ID, &[]);
    }
}
