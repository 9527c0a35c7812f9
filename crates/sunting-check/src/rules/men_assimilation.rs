//! `men_assimilation`: the nasal prefixes meN- and peN- absorb a root's k, p, t and s
//! (mempengaruhi -> memengaruhi, mensukseskan -> menyukseskan, mentaati -> menaati,
//! mengkonsumsi -> mengonsumsi). Clusters keep their consonant (memproduksi), and so does the
//! listed exception mempunyai. A form is only flagged when its assimilated form is a known word,
//! so memperbaiki and mempelajari (prefix memper-) pass.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;

/// The rule.
pub struct MeNAssimilation;

/// The id.
pub const ID: &str = "men_assimilation";

const EXCEPTIONS: &[&str] = &["mempunyai", "mempunyainya", "mempunyailah"];

/// The assimilated form of `lower`, when it has an unassimilated k/p/t/s after meN- or peN-.
fn assimilated(lower: &str) -> Option<String> {
    let vowel = |s: &str| s.starts_with(['a', 'e', 'i', 'o', 'u']);
    for (nasal, consonant, replacement) in [
        ("meng", "k", "meng"),
        ("mem", "p", "mem"),
        ("men", "t", "men"),
        ("men", "s", "meny"),
        ("peng", "k", "peng"),
        ("pem", "p", "pem"),
        ("pen", "t", "pen"),
        ("pen", "s", "peny"),
    ] {
        if let Some(rest) = lower.strip_prefix(nasal).and_then(|r| r.strip_prefix(consonant)) {
            if vowel(rest) {
                return Some(format!("{replacement}{rest}"));
            }
        }
    }
    None
}

impl MeNAssimilation {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Nonstandard,
            severity: Severity::Warning,
            description: "Flags meN- and peN- forms that keep a k, p, t or s the standard form drops (mempengaruhi -> memengaruhi, mensukseskan -> menyukseskan).",
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(MeNAssimilation)),
        }
    }
}

impl Check for MeNAssimilation {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else {
            return Vec::new();
        };
        let mut findings = Vec::new();
        for word in &block.words {
            if word.in_address || word.italic || (word.is_capitalised() && !word.sentence_start) || word.parts.len() > 1 {
                continue;
            }
            let lower = word.text.to_lowercase();
            // memper- (memperbaiki) and its form mempel- (mempelajari) are prefixes of their own.
            if EXCEPTIONS.contains(&lower.as_str()) || lower.starts_with("memper") || lower.starts_with("mempel") {
                continue;
            }
            let Some(fixed) = assimilated(&lower) else {
                continue;
            };
            // The assimilated form must be a word in its own right (memerbaiki is not).
            if !lexicon.knows_directly(&fixed) {
                continue;
            }
            let suggestion = if word.is_capitalised() { crate::lexicon::capitalise(&fixed) } else { fixed };
            let message = format!("The prefix absorbs the root's first consonant: \"{suggestion}\".");
            findings.push(Rule::finding(ID, Category::Nonstandard, Severity::Warning, word.range.clone(), message, vec![suggestion]));
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
        assert_eq!(assimilated("mensukseskan").as_deref(), Some("menyukseskan"));
        assert_eq!(assimilated("memproduksi"), None, "clusters keep their consonant");
        assert_suggestion("Warga diminta menyukseskan dan mensukseskan acara.", ID, "mensukseskan", "menyukseskan");
        assert_suggestion("Tim itu mentargetkan kemenangan.", ID, "mentargetkan", "menargetkan");
    }

    #[test]
    fn standard_forms_pass() {
        assert_flags("Ia mempunyai rencana memperbaiki jalan, mempelajari data, memproduksi bus, dan mengkritik pemerintah.", ID, &[]);
    }
}
