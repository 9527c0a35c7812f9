//! `malayism`: Malaysian Malay words in Indonesian copy (kerana, bahawa, polis, wang), with the
//! Indonesian word where one is listed. Only words Indonesian does not have are reported, so
//! shared words (kerajaan as "kingdom") pass.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Malayism;

/// The id.
pub const ID: &str = "malayism";

/// Malay -> Indonesian.
const EQUIVALENTS: &[(&str, &str)] = &[
    ("kerana", "karena"),
    ("bahawa", "bahwa"),
    ("polis", "polisi"),
    ("wang", "uang"),
    ("selepas", "setelah"),
    ("iaitu", "yaitu"),
    ("sahaja", "saja"),
    ("syarikat", "perusahaan"),
    ("mahkamah", "pengadilan"),
    ("kenderaan", "kendaraan"),
    ("baharu", "baru"),
    ("mesyuarat", "rapat"),
    ("percuma", "gratis"),
    ("kenyataan", "pernyataan"),
    ("pelbagai", "berbagai"),
    ("mahu", "mau"),
    ("kes", "kasus"),
    ("jabatan", "dinas"),
    ("kakitangan", "pegawai"),
    ("menerusi", "melalui"),
    ("mengikut", "menurut"),
    ("seramai", "sebanyak"),
    ("manakala", "sedangkan"),
    ("semasa", "saat"),
    ("bas", "bus"),
    ("teksi", "taksi"),
    ("pesakit", "pasien"),
    ("universiti", "universitas"),
    ("aktiviti", "aktivitas"),
    ("kualiti", "kualitas"),
    ("komuniti", "komunitas"),
    ("kapasiti", "kapasitas"),
];

/// True when `lower` is a strong Malay marker unknown to Indonesian.
pub fn is_malay_only(block: &BlockContext<'_>, lower: &str) -> bool {
    let listed = EQUIVALENTS.iter().any(|(ms, _)| *ms == lower);
    let indonesian = block.resources.lexicon(Language::Indonesian);
    // Web frequency lists for Indonesian carry Malay pages too: a word counts as Malay when the
    // dictionary rejects it and it is clearly more frequent in Malay than in Indonesian.
    let malay = block.resources.detector().zipf(Language::Malay, lower).unwrap_or(0.0);
    listed && !indonesian.is_some_and(|id| id.is_common_lowercase(lower) || id.zipf(lower).is_some_and(|z| z + 0.5 > malay))
}

impl Malayism {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Language,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Malayism)),
        }
    }
}

impl Check for Malayism {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for (word, lower) in block.plain_indonesian_words() {
            if !is_malay_only(block, &lower) {
                continue;
            }
            let Some((_, indonesian)) = EQUIVALENTS.iter().find(|(ms, _)| *ms == lower) else {
                continue;
            };
            let suggestion = if word.is_capitalised() { crate::lexicon::capitalise(indonesian) } else { indonesian.to_string() };
            let message = Message::new("malayism-word").text("word", word.text).text("indonesian", suggestion.as_str());
            findings.push(RawFinding::new(word.range.clone(), message, vec![suggestion]));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn malay_words_in_indonesian() {
        assert_suggestion("Warga kecewa kerana jadwal bus belum diumumkan oleh pemerintah kota.", ID, "kerana", "karena");
        assert_flags("Warga kecewa karena jadwal bus belum diumumkan oleh pemerintah kota.", ID, &[]);
    }
}
