//! `nonstandard`: non-standard (tidak baku) spellings with a standard form in KBBI
//! (respon -> respons, ijin -> izin, praktek -> praktik). The list is data:
//! `data/nonstandard-id.tsv`, with the source of each entry. Checked inside quotes too: a
//! speaker's words are still spelt the standard way.

use super::word_lists::variant_of;
use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::lexicon::capitalise;
use crate::messages::Message;

/// The rule.
pub struct Nonstandard;

/// The id.
pub const ID: &str = "nonstandard";

impl Nonstandard {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Nonstandard,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Nonstandard)),
        }
    }
}

/// List entries checked in capitalised words too: they are misspellings of words that open the
/// names of bodies and dates ("Kementrian Keuangan", "Propinsi Jawa Barat").
const CAPITALISED_TOO: &[&str] = &["kementrian", "propinsi", "mesjid", "pebruari", "nopember", "jum'at"];

impl Check for Nonstandard {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        // Misspellings that mostly occur in names of bodies and dates, so capitalised too.
        let capitalised = block.words.iter().filter(|word| {
            block.language == Language::Indonesian
                && word.is_capitalised()
                && !word.sentence_start
                && !word.is_all_caps()
                && !word.in_address
                && !word.invisible
                && CAPITALISED_TOO.contains(&word.text.to_lowercase().as_str())
        });
        let words: Vec<(&crate::token::Word<'_>, String)> =
            block.plain_indonesian_words().chain(capitalised.map(|w| (w, w.text.to_lowercase()))).collect();
        for (word, lower) in words {
            if block.newsroom.knows(word.text) {
                continue;
            }
            // The list's forms are KBBI's; a variant found by spelling comes from the dictionary.
            let (standard, message) = match block.resources.nonstandard.get(&lower) {
                Some(standard) => (standard.clone(), Message::new("nonstandard-kbbi")),
                None => match variant_of(block, word, &lower) {
                    Some(standard) => (standard, Message::new("nonstandard-dictionary")),
                    None => continue,
                },
            };
            let suggestion = if word.is_capitalised() { capitalise(&standard) } else { standard };
            let message = message.text("word", word.text).text("standard", suggestion.as_str());
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
    fn flags_nonstandard_words_with_the_standard_form() {
        assert_suggestion("Surat itu tidak mendapatkan respon dari mereka.", ID, "respon", "respons");
        assert_suggestion("Warga belum mendapat ijin dari kelurahan.", ID, "ijin", "izin");
        assert_suggestion("Resiko itu sudah diperhitungkan sejak awal.", ID, "Resiko", "Risiko");
        // Not in the list: found through the spelling's standard variant.
        assert_suggestion("Ia memberi nasehat kepada warga.", ID, "nasehat", "nasihat");
    }

    #[test]
    fn compounds_kbbi_writes_apart_are_flagged_when_joined() {
        assert_suggestion("Kedua negara menjalin kerjasama ekonomi.", ID, "kerjasama", "kerja sama");
        assert_suggestion("Rapat dipimpin walikota Semarang.", ID, "walikota", "wali kota");
        assert_suggestion("Warga sudah diberitahu soal itu.", ID, "diberitahu", "diberi tahu");
        assert_flags("Kerja sama itu diberi tahu kepada wali kota; pemberitahuan dan pertanggungjawaban menyusul.", ID, &[]);
    }

    #[test]
    fn standard_forms_and_names_pass() {
        assert_flags("Respons warga baik dan izin sudah terbit, kata Praktek.", ID, &[]);
    }
}
