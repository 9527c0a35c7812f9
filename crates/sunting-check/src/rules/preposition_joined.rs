//! `preposition_joined`: the prepositions *di* and *ke* written together with a place or
//! direction (disitu -> di situ, diatas -> di atas, kesana -> ke sana). The prefix *di-* of
//! passive verbs is attached (ditulis), and kepada, daripada, keluar and kemari are words of
//! their own, so only words after which a preposition makes sense are listed.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lexicon::capitalise;
use crate::messages::Message;

/// The rule.
pub struct PrepositionJoined;

/// The id.
pub const ID: &str = "preposition_joined";

/// True when `word` is one of the places and directions the prepositions *di* and *ke* precede
/// (situ, atas, dalam), which are never the root of a *di-* verb in these spellings.
pub fn is_place(word: &str) -> bool {
    PLACES.contains(&word)
}

/// Words that follow the preposition *di* or *ke* and are never the root of a *di-* verb or a
/// *ke-* word in these spellings.
const PLACES: &[&str] = &[
    "sini",
    "situ",
    "sana",
    "mana",
    "atas",
    "bawah",
    "dalam",
    "luar",
    "depan",
    "belakang",
    "samping",
    "antara",
    "tengah",
    "sekitar",
    "dekat",
    "seberang",
    "sebelah",
    "sela",
    "ujung",
    "pinggir",
    "tepi",
    "utara",
    "selatan",
    "timur",
    "barat",
    "rumah",
    "kantor",
    "sekolah",
    "pasar",
    "kampus",
    "masjid",
    "gereja",
    "kamar",
    "dapur",
    "jalan",
    "lokasi",
    "tempat",
    "kota",
    "desa",
    "saat",
    "masa",
    "kemudian",
    "sisi",
    "balik",
    "hadapan",
    "bidang",
    "wilayah",
    "daerah",
    "negara",
    "pusat",
    "lapangan",
    "bandara",
    "stasiun",
    "terminal",
    "pelabuhan",
    "sebuah",
    "suatu",
    "setiap",
    "tiap",
    "berbagai",
];

/// Words spelt with *ke* that are correct as one word even though the rest is a place.
const KE_WORDS: &[&str] = &["keluar", "kemari", "kepada", "kedalaman", "keatasan", "kebawahan"];

/// True for "disitu", "kesana", "diantaranya"...
pub fn is_joined_preposition(lower: &str) -> bool {
    split(lower).is_some()
}

/// ("di", "situ") for "disitu".
fn split(lower: &str) -> Option<(&'static str, &str)> {
    if KE_WORDS.contains(&lower) {
        return None;
    }
    for preposition in ["di", "ke"] {
        if let Some(rest) = lower.strip_prefix(preposition) {
            let base = rest.strip_suffix("nya").filter(|b| PLACES.contains(b)).unwrap_or(rest);
            if PLACES.contains(&base) && !(preposition == "ke" && base == "luar") {
                return Some((preposition, rest));
            }
        }
    }
    None
}

impl PrepositionJoined {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Spelling,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(PrepositionJoined)),
        }
    }
}

impl Check for PrepositionJoined {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for (word, lower) in block.plain_indonesian_words() {
            let Some((preposition, rest)) = split(&lower) else {
                continue;
            };
            let fixed = format!("{preposition} {rest}");
            let suggestion = if word.is_capitalised() { capitalise(&fixed) } else { fixed };
            let message = Message::new("preposition-joined").text("preposition", preposition).text("right", suggestion.as_str());
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
    fn flags_joined_prepositions() {
        assert_suggestion("Namun tak cukup sampai disitu saja.", ID, "disitu", "di situ");
        assert_suggestion("Mereka pergi kesana kemarin.", ID, "kesana", "ke sana");
        assert_suggestion("Diantaranya ada tiga menteri.", ID, "Diantaranya", "Di antaranya");
        assert_flags("Buku itu diletakkan diatas meja dan dibawa kedepan.", ID, &["diatas", "kedepan"]);
    }

    #[test]
    fn verbs_and_words_of_their_own_pass() {
        assert_flags("Surat ditulis, dikirim kepada menteri, lalu ia keluar dan kemari; kedalaman laut diukur daripada ditebak.", ID, &[]);
    }
}
