//! Words several rules know: the places the prepositions *di* and *ke* precede, the Malay words
//! Indonesian does not have, and the standard form of a non-standard spelling variant. The rule
//! that reports each (`preposition_joined`, `malayism`, `nonstandard`) and the rules that give
//! way to it (`precedence`, `di_apart`) ask here. A helper, not a rule: rules never import each
//! other (tests/modules.rs refuses it).

use super::BlockContext;
use crate::lang::Language;

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
    split_preposition(lower).is_some()
}

/// ("di", "situ") for "disitu".
pub fn split_preposition(lower: &str) -> Option<(&'static str, &str)> {
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

/// Malay -> Indonesian.
pub const MALAY_EQUIVALENTS: &[(&str, &str)] = &[
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
    let listed = MALAY_EQUIVALENTS.iter().any(|(ms, _)| *ms == lower);
    let indonesian = block.resources.lexicon(Language::Indonesian);
    // Web frequency lists for Indonesian carry Malay pages too: a word counts as Malay when the
    // dictionary rejects it and it is clearly more frequent in Malay than in Indonesian.
    let malay = block.resources.detector().zipf(Language::Malay, lower).unwrap_or(0.0);
    listed && !indonesian.is_some_and(|id| id.is_common_lowercase(lower) || id.zipf(lower).is_some_and(|z| z + 0.5 > malay))
}

/// The standard spelling of a word the list does not have, found from its spelling variants
/// (see `lexicon::variants`); only for words the dictionary and the affix rules reject.
pub fn variant_of(block: &BlockContext<'_>, word: &crate::token::Word<'_>, lower: &str) -> Option<String> {
    if !word.is_checkable() || word.is_capitalised() || word.parts.len() > 1 || block.resources.foreign.contains_key(lower) {
        return None;
    }
    // The variant search is the cheap test (it asks the dictionary about the word first), so
    // it comes before the affix analysis and the English lexicon.
    let lexicon = block.resources.lexicon(Language::Indonesian)?;
    let variant = lexicon.standard_variant(lower)?;
    if lexicon.knows_by_affixes(lower) {
        return None;
    }
    // An English word in Indonesian copy is foreign, not misspelt ("care" is not "cara").
    if block.resources.lexicon(Language::English).is_some_and(|english| english.knows(lower)) {
        return None;
    }
    Some(variant)
}
