//! `capital_common_word`: an ordinary word capitalised in the middle of a sentence, between two
//! lower-case words ("tips bagi Remaja yang baru menikah"). EYD V capitalises names, titles
//! before names, and the first word of a sentence, not common nouns. A note, not an error: a
//! brand or a name can be an ordinary word too, so words the starter register, the newsroom or
//! the story elsewhere treat as names pass, and so do titles, days, months and religious terms.

use super::{ArticleCheck, ArticleContext, BlockContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;
use crate::token::Word;
use std::collections::HashMap;

/// The rule.
pub struct CapitalCommonWord;

/// The id.
pub const ID: &str = "capital_common_word";

/// Words capitalised by convention or as titles, left alone.
const CONVENTIONAL: &[&str] = &[
    "allah",
    "tuhan",
    "nabi",
    "rasul",
    "rasulullah",
    "alquran",
    "islam",
    "kristen",
    "katolik",
    "hindu",
    "buddha",
    "konghucu",
    "idulfitri",
    "iduladha",
    "ramadan",
    "lebaran",
    "natal",
    "presiden",
    "wakil",
    "menteri",
    "gubernur",
    "bupati",
    "wali",
    "ketua",
    "kepala",
    "direktur",
    "jenderal",
    "kapolri",
    "kapolda",
    "kapolres",
    "panglima",
    "raja",
    "ratu",
    "sultan",
    "pangeran",
    "haji",
    "ustaz",
    "kiai",
    "pak",
    "bu",
    "ibu",
    "bapak",
    "mas",
    "mbak",
    "bung",
    "kak",
    "dik",
    "om",
    "tante",
    "dokter",
    "profesor",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "ahad",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "indonesia",
    "negara",
    "republik",
    "pemerintah",
    "polisi",
    "kota",
    "kabupaten",
    "provinsi",
    "desa",
    "jalan",
    "sungai",
    "gunung",
    "pulau",
    "selat",
    "teluk",
    "danau",
    "pantai",
    "bank",
    "partai",
    "universitas",
    "sekolah",
    // Pronouns PUEBI capitalises (Anda; Engkau and -Mu for God), religious and prayer names.
    "anda",
    "engkau",
    "kau",
    "paus",
    "muslim",
    "muslimah",
    "subuh",
    "zuhur",
    "asar",
    "magrib",
    "isya",
    // Peoples, languages and regions whose names are also words in the dictionary.
    "inggris",
    "amerika",
    "cina",
    "tiongkok",
    "tionghoa",
    "jepang",
    "arab",
    "belanda",
    "prancis",
    "jerman",
    "rusia",
    "korea",
    "india",
    "eropa",
    "asia",
    "afrika",
    "jawa",
    "sunda",
    "melayu",
    "bali",
    "batak",
    "mandarin",
    "latin",
    "barat",
    "timur",
    "utara",
    "selatan",
];
/// Words after which a capitalised word is a person's name ("kata Endang kepada").
const BEFORE_NAMES: &[&str] = &[
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "jelas",
    "tambah",
    "imbuh",
    "lanjut",
    "sebut",
    "tegas",
    "terang",
    "menurut",
    "oleh",
    "bersama",
    "kepada",
    "sapaan",
    "panggilan",
    "bernama",
    "kawasan",
    "wilayah",
    "dan",
    "atau",
    "si",
    "sang",
];

impl CapitalCommonWord {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(CapitalCommonWord)),
        }
    }
}

impl ArticleCheck for CapitalCommonWord {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        // A word the story capitalises mid-sentence more than once is its name for something
        // (Telegram, Kompas).
        let capitalised = article.capitalised_inside_sentences();
        article
            .blocks
            .iter()
            .flat_map(|block| in_block(block, capitalised).into_iter().map(move |finding| (block.index, finding)))
            .collect()
    }
}

fn in_block(block: &BlockContext<'_>, capitalised: &HashMap<&str, usize>) -> Vec<RawFinding> {
    if block.language != Language::Indonesian {
        return Vec::new();
    }
    let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else { return Vec::new() };
    let lower_case = |w: &Word<'_>| w.text.starts_with(|c: char| c.is_lowercase());
    let spaced = |a: &Word<'_>, b: &Word<'_>| &block.text[a.range.end..b.range.start] == " ";
    let mut findings = Vec::new();
    // A word that closes a sentence or a clause ("pada acara Pernikahan."). Before a comma the
    // clause must go on in lower case: "Menteng, Jakarta Pusat" and "Aljazair, Angola" are names.
    let closes_clause = |word: &Word<'_>, next: Option<&Word<'_>>| {
        let after = &block.text[word.range.end..];
        let Some(mark) = after.chars().next().filter(|c| ['.', ',', ';', ':', '?', '!'].contains(c)) else { return false };
        if after[1..].starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        match mark {
            ',' | ';' => next.is_some_and(lower_case),
            // A full stop before a lower-case word ends an abbreviation ("Prof. dr."), not a sentence.
            _ => !next.is_some_and(lower_case),
        }
    };
    for (index, word) in block.words.iter().enumerate() {
        let Some(previous) = index.checked_sub(1).map(|i| &block.words[i]) else { continue };
        let next = block.words.get(index + 1);
        let shaped = word.is_capitalised()
            && !word.sentence_start
            && !word.is_all_caps()
            && !word.has_inner_capital()
            && word.parts.len() == 1
            && !(word.in_address || word.italic || word.invisible)
            && word.text.chars().count() >= 4
            && word.text.chars().all(char::is_alphabetic)
            && lower_case(previous)
            && spaced(previous, word)
            && (next.is_some_and(|next| lower_case(next) && spaced(word, next)) || closes_clause(word, next));
        if !shaped || capitalised.get(word.text).copied().unwrap_or(0) > 1 || BEFORE_NAMES.contains(&previous.text) {
            continue;
        }
        let lower = word.text.to_lowercase();
        if CONVENTIONAL.contains(&lower.as_str())
            || !(lexicon.is_stem(&lower) || lexicon.hunspell_knows(&lower))
            || block.resources.starter_names().contains(word.text)
            || block.newsroom.knows(word.text)
            || block.newsroom.names.count(word.text) > 0
        {
            continue;
        }
        // English knows it only capitalised: a country, a people, a language (Australia).
        let english = block.resources.lexicon(Language::English);
        if english.is_some_and(|en| en.hunspell_knows(word.text) && !en.hunspell_knows(&lower)) {
            continue;
        }
        let message = Message::new("capital-common-word").text("word", word.text);
        findings.push(RawFinding::new(word.range.clone(), message, vec![lower]));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn an_ordinary_word_capitalised_mid_sentence() {
        assert_suggestion("Ini tips bagi Remaja yang baru menikah.", ID, "Remaja", "remaja");
        assert_suggestion("Henna banyak digunakan pada acara Pernikahan. Banyak pengantin memakainya.", ID, "Pernikahan", "pernikahan");
        assert_flags("Warga tinggal di Jakarta. Ia pindah ke Bandung, lalu ke Kota.", ID, &[]);
        assert_flags("Hal itu diungkap oleh dokter anak, yakni Prof. dr. Badriul Hegar di Jakarta.", ID, &[]);
        assert_flags("Acara digelar di Menteng, Jakarta Pusat. Pendukungnya adalah Aljazair, Angola, dan Bahrain.", ID, &[]);
        assert_suggestion("Bank sentral ingin agar penggunaan Rupiah, ringgit, dan baht semakin kuat di kawasan.", ID, "Rupiah", "rupiah");
        assert_flags("Ini kata Presiden kemarin di Jalan Merdeka, Senin pagi, bersama Bank Mandiri dan Menteri Keuangan.", ID, &[]);
        assert_flags("Harian Kompas menulis, lalu Kompas membantah.", ID, &[]);
        assert_flags("Pengguna Telegram mengeluh.\n\nAkses ke Telegram diblokir.", ID, &[]);
        assert_flags("Bagi Anda yang tinggal di luar Australia dan belajar bahasa Inggris, kata Endang kemarin.", ID, &[]);
    }
}
