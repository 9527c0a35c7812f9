//! `ordinal`: ordinals with numerals take a hyphen (ke-2, abad ke-21); with words they are
//! joined (kedua). "ke 2" and "ke-dua" are flagged. "ke" with a number that counts a noun after
//! it is the preposition ("dibawa ke 12 rumah sakit", "pergi ke 20 desa") and passes: an
//! ordinal follows a word that counts in order (abad, juara, HUT, perayaan) or ends its phrase.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Ordinal;

/// The id.
pub const ID: &str = "ordinal";

const NUMBER_WORDS: &[&str] =
    &["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "seratus", "seribu"];

/// Nouns an ordinal follows: "juara ke-2", "HUT ke-75", "lantai ke-3".
const ORDERED: &[&str] = &[
    "abad",
    "juara",
    "hut",
    "ulang",
    "perayaan",
    "peringatan",
    "urutan",
    "peringkat",
    "edisi",
    "babak",
    "pekan",
    "putaran",
    "gelombang",
    "angkatan",
    "generasi",
    "lantai",
    "tahap",
    "jilid",
    "bagian",
    "hari",
    "minggu",
    "bulan",
    "tahun",
    "pertandingan",
    "laga",
    "seri",
    "kali",
    "kalinya",
    "anak",
    "presiden",
    "sidang",
    "pemilu",
    "kongres",
    "muktamar",
    "musyawarah",
    "festival",
    "ke",
];

/// Words after which the number ends its phrase: "yang ke 2 di kota", "ke 3 dan terakhir".
const PHRASE_ENDS: &[&str] = &[
    "di", "dan", "yang", "pada", "dari", "untuk", "dalam", "sejak", "ini", "itu", "kalinya", "atau", "oleh", "bagi", "dengan", "sebagai",
    "setelah", "sebelum", "tahun",
];

impl Ordinal {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Ordinal)),
        }
    }
}

impl Check for Ordinal {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            let lower = word.text.to_lowercase();
            // "ke-dua" -> "kedua"
            if word.parts.len() == 2
                && word.parts[0].eq_ignore_ascii_case("ke")
                && NUMBER_WORDS.contains(&word.parts[1].to_lowercase().as_str())
            {
                let fixed = format!("{}{}", word.parts[0], word.parts[1]);
                findings.push(RawFinding::new(word.range.clone(), Message::new("ordinal-word").text("right", fixed.as_str()), vec![fixed]));
            }
            // "ke 2" -> "ke-2"
            if lower == "ke" {
                if let Some(next) = block.words.get(index + 1) {
                    let gap = &block.text[word.range.end..next.range.start];
                    let previous = index.checked_sub(1).map(|i| block.words[i].text.to_lowercase());
                    let after = block.words.get(index + 2).filter(|after| block.text[next.range.end..after.range.start] == *" ");
                    let ordinal = previous.as_deref().is_some_and(|p| ORDERED.contains(&p))
                        || after.is_none_or(|after| PHRASE_ENDS.contains(&after.text.to_lowercase().as_str()));
                    if gap == " " && next.text.chars().all(|c| c.is_ascii_digit()) && ordinal {
                        let fixed = format!("{}-{}", word.text, next.text);
                        findings.push(RawFinding::new(
                            word.range.start..next.range.end,
                            Message::new("ordinal-numeral").text("right", fixed.as_str()),
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
    fn hyphen_with_numerals_joined_with_words() {
        assert_suggestion("Ini perayaan ke 2 di kota itu.", ID, "ke 2", "ke-2");
        assert_suggestion("Ia menjadi juara ke-dua.", ID, "ke-dua", "kedua");
        assert_flags("Abad ke-21 dan juara kedua; HUT ke 75 RI.", ID, &["ke 75"]);
        assert_flags("Ia menjadi yang ke 3 dan terakhir.", ID, &["ke 3"]);
    }

    #[test]
    fn ke_before_a_counted_noun_is_the_preposition() {
        assert_flags("Korban dibawa ke 12 Rumah Sakit di Jakarta; relawan pergi ke 20 desa.", ID, &[]);
    }
}
