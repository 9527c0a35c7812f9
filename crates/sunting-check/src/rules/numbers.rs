//! `numbers`: how Indonesian copy writes money and numbers. Rupiah is written Rp50.000 (not
//! "Rp.", "Rp 50.000" or "RP"); thousands are separated by periods (1.000.000, not 1,000,000);
//! a sentence does not start with digits; a number from one to nine counting something is written
//! in words ("3 orang" -> "tiga orang"), except before a unit of measure or a percentage and
//! after words that name a position (pukul 9, lantai 3, pasal 5).

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Numbers;

/// The id.
pub const ID: &str = "numbers";

impl Numbers {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Numbers)),
        }
    }
}

impl Check for Numbers {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let text = block.text;
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            if word.in_address {
                continue;
            }
            // "Rp." / "Rp " / "RP" before an amount.
            let letters: String = word.text.chars().take_while(|c| c.is_alphabetic()).collect();
            if letters.eq_ignore_ascii_case("rp") {
                let amount_inside = &word.text[letters.len()..];
                let after = &text[word.range.end..];
                let (gap, amount) = if amount_inside.is_empty() {
                    let gap_len = after.len() - after.trim_start_matches(['.', ' ']).len();
                    (
                        &after[..gap_len],
                        after[gap_len..].chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect::<String>(),
                    )
                } else {
                    ("", amount_inside.to_string())
                };
                let amount = amount.trim_end_matches(['.', ',']).to_string();
                let starts_with_digit = amount.starts_with(|c: char| c.is_ascii_digit());
                if starts_with_digit && (letters != "Rp" || !gap.is_empty()) {
                    let end = word.range.end + if amount_inside.is_empty() { gap.len() + amount.len() } else { 0 };
                    let fixed = format!("Rp{amount}");
                    findings.push(RawFinding::new(
                        word.range.start..end,
                        Message::new("numbers-rupiah").text("right", fixed.as_str()),
                        vec![fixed],
                    ));
                }
            }
            // 1,000,000 -> 1.000.000
            let groups: Vec<&str> = word.text.split(',').collect();
            if groups.len() >= 3
                && groups[0].len() <= 3
                && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
                && groups[1..].iter().all(|g| g.len() == 3)
            {
                let fixed = groups.join(".");
                findings.push(RawFinding::new(
                    word.range.clone(),
                    Message::new("numbers-thousands").text("right", fixed.as_str()),
                    vec![fixed],
                ));
            }
            // One to nine counting something: written in words.
            if let Some(spelled) = small_number_in_words(block, index) {
                findings.push(RawFinding::new(
                    word.range.clone(),
                    Message::new("numbers-small-in-words").text("right", spelled),
                    vec![spelled.to_string()],
                ));
            }
            // A sentence starting with digits.
            if word.sentence_start
                && word.text.starts_with(|c: char| c.is_ascii_digit())
                && word.range.start > 0
                && !text[..word.range.start].trim_end().ends_with(':')
            {
                findings.push(RawFinding::new(word.range.clone(), Message::new("numbers-sentence-start"), Vec::new()));
            }
        }
        findings
    }
}

/// The numbers one to nine in words.
const ONE_TO_NINE: [&str; 9] = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

/// Units, percentages and multipliers after which a digit stays a digit (5 km, 3 persen).
const UNITS: &[&str] = &[
    "persen",
    "km",
    "kg",
    "gram",
    "g",
    "mg",
    "m",
    "cm",
    "mm",
    "meter",
    "kilometer",
    "sentimeter",
    "milimeter",
    "liter",
    "ml",
    "ton",
    "hektare",
    "ha",
    "derajat",
    "volt",
    "watt",
    "kwh",
    "mw",
    "gb",
    "mb",
    "tb",
    "inci",
    "mph",
    "knot",
    "sks",
    "poin",
    "gol",
];

/// Words before a digit that make it a position or a label rather than a count (pukul 9,
/// lantai 3, pasal 5, nomor 7, kelas 2, ke-3).
const LABELS: &[&str] = &[
    "pukul",
    "jam",
    "lantai",
    "pasal",
    "ayat",
    "nomor",
    "no",
    "kelas",
    "tahun",
    "tanggal",
    "halaman",
    "hlm",
    "bab",
    "gelombang",
    "tahap",
    "putaran",
    "babak",
    "gim",
    "set",
    "skor",
    "angka",
    "level",
    "nomer",
    "jalur",
    "koridor",
    "gate",
    "pintu",
    "blok",
    "rt",
    "rw",
    "sila",
    "jilid",
    "seri",
    "versi",
    "ke",
    "peringkat",
    "urutan",
    "posisi",
    "grup",
    "pekan",
    "minggu",
    "hari",
    "tipe",
    "kode",
    "zona",
];

/// The word for a lone digit from one to nine that counts the lower-case word after it, when
/// nothing makes it a measure or a label.
fn small_number_in_words(block: &BlockContext<'_>, index: usize) -> Option<&'static str> {
    let word = &block.words[index];
    let digit = word.text.parse::<usize>().ok().filter(|n| (1..=9).contains(n) && word.text.len() == 1)?;
    let next = block.words.get(index + 1)?;
    if block.text[word.range.end..next.range.start] != *" " || !next.text.chars().all(|c| c.is_lowercase()) || word.sentence_start {
        return None;
    }
    if UNITS.contains(&next.text) || next.text.chars().count() < 3 {
        return None;
    }
    if let Some(previous) = index.checked_sub(1).map(|i| &block.words[i]) {
        let gap = &block.text[previous.range.end..word.range.start];
        let lower = previous.text.to_lowercase();
        if LABELS.contains(&lower.trim_end_matches('-')) || gap.trim() != "" || previous.has_digit() {
            return None;
        }
    }
    // A range or a list ("2 atau 3", "3 dan 10") keeps its digits together.
    let joins = |w: &crate::token::Word<'_>| matches!(w.text, "atau" | "dan" | "hingga" | "sampai" | "sd" | "s.d.");
    let after = block.words.get(index + 2);
    if joins(next) && after.is_some_and(|a| a.has_digit()) {
        return None;
    }
    if index >= 2 && joins(&block.words[index - 1]) && block.words[index - 2].has_digit() {
        return None;
    }
    Some(ONE_TO_NINE[digit - 1])
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn rupiah_is_written_rp_with_no_gap() {
        assert_suggestion("Tarifnya Rp. 3.500 per orang.", ID, "Rp. 3.500", "Rp3.500");
        assert_suggestion("Tarifnya Rp 3.500 per orang.", ID, "Rp 3.500", "Rp3.500");
        assert_suggestion("Tarifnya RP3.500 per orang.", ID, "RP3.500", "Rp3.500");
        assert_flags("Tarifnya Rp3.500 per orang dan Rp2,5 miliar.", ID, &[]);
    }

    #[test]
    fn one_to_nine_counting_something_is_written_in_words() {
        assert_suggestion("Kecelakaan itu menewaskan 3 orang.", ID, "3", "tiga");
        assert_suggestion("Ia sudah 5 kali menang.", ID, "5", "lima");
        assert_flags(
            "Jaraknya 5 km, naik 3 persen, pukul 9 pagi di lantai 3 gedung, pasal 5 ayat 2 menyebut 2 atau 3 saksi, skor 2-1, Rp5 juta.",
            ID,
            &[],
        );
    }

    #[test]
    fn thousands_and_sentence_starts() {
        assert_suggestion("Jumlahnya 1,250,000 orang.", ID, "1,250,000", "1.250.000");
        assert_flags("Bus itu baru. 40 penumpang ikut.", ID, &["40"]);
        assert_flags("Angkanya 2,5 persen dan 1.250 orang.", ID, &[]);
    }
}
