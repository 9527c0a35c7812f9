//! `capital_name`: a capital EYD V requires and the copy left out: day and month names (senin,
//! agustus), religious feasts and scripture (idulfitri, ramadan, natal), an office or title
//! directly before a name (presiden Joko Widodo, menteri Sri Mulyani), the generic word of a
//! geographic or building name (jalan Sudirman, gunung Merapi), and a name the story
//! itself writes capitalised inside sentences at least twice or the starter register knows
//! (tembalang, surabaya), when the lower-case word is no ordinary word of Indonesian or English.
//! Names of several words too: an institution the story writes capitalised elsewhere (Dinas
//! Perhubungan, then "dinas perhubungan"), and historical events and national days (perang
//! dunia, sumpah pemuda).

use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::lexicon::capitalise;
use crate::messages::Message;
use std::collections::HashSet;

/// The rule.
pub struct CapitalName;

/// The id.
pub const ID: &str = "capital_name";

/// Day and month names ("minggu" is also "week", "mei" too short to tell; they are left out).
const DAYS_AND_MONTHS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "januari",
    "februari",
    "maret",
    "april",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Feasts, holy books and names of God that EYD V capitalises.
const RELIGIOUS: &[&str] =
    &["allah", "alquran", "idulfitri", "iduladha", "ramadan", "lebaran", "natal", "paskah", "waisak", "nyepi", "imlek", "rasulullah"];

/// Offices and titles, capitalised directly before a name or an institution (PUEBI: Presiden
/// Joko Widodo, Gubernur Bank Indonesia).
const OFFICES: &[&str] = &[
    "presiden", "wapres", "menteri", "gubernur", "bupati", "camat", "lurah", "kapolri", "kapolda", "kapolres", "panglima", "jenderal",
    "kolonel", "mayor", "brigjen", "irjen", "kombes", "ketua", "sekjen", "dirut", "kepala", "raja", "ratu", "sultan", "paus", "profesor",
    "haji", "hajah", "ustaz", "kiai",
];

/// Generic words of geographic, building and institution names, capitalised as part of the name
/// before it (Jalan Sudirman, Gunung Merapi, Stasiun Gambir, Kabupaten Bogor).
const GEOGRAPHIC: &[&str] = &[
    "jalan",
    "sungai",
    "gunung",
    "pulau",
    "selat",
    "teluk",
    "danau",
    "tanjung",
    "bukit",
    "kabupaten",
    "provinsi",
    "kecamatan",
    "kelurahan",
    "bandara",
    "stasiun",
    "pelabuhan",
    "masjid",
    "gereja",
    "candi",
    "universitas",
    "lapas",
    "pantai",
];

/// The generic words that open the name of an institution (Kementerian Keuangan, Dinas
/// Perhubungan, Badan Pusat Statistik). Alone, or with words the story never capitalises after
/// them, they are common nouns ("dinas terkait").
const INSTITUTIONS: &[&str] = &[
    "kementerian",
    "dinas",
    "badan",
    "komisi",
    "dewan",
    "mahkamah",
    "kejaksaan",
    "pengadilan",
    "kepolisian",
    "direktorat",
    "lembaga",
    "majelis",
    "partai",
    "institut",
    "universitas",
    "sekretariat",
    "inspektorat",
];

/// Small words that stay in lower case inside a name (Kementerian Komunikasi dan Informatika).
const NAME_CONNECTORS: &[&str] = &["dan", "dari", "untuk", "atas", "di", "ke", "yang"];

/// Historical events and national days, names that EYD V capitalises (Perang Dunia II, Sumpah
/// Pemuda, Proklamasi Kemerdekaan Indonesia).
const HISTORICAL: &[&[&str]] = &[
    &["perang", "dunia"],
    &["sumpah", "pemuda"],
    &["proklamasi", "kemerdekaan"],
    &["hari", "kemerdekaan"],
    &["hari", "pahlawan"],
    &["hari", "kartini"],
    &["hari", "buruh"],
    &["hari", "pendidikan", "nasional"],
    &["hari", "kebangkitan", "nasional"],
    &["hari", "kesaktian", "pancasila"],
    &["konferensi", "asia", "afrika"],
];

/// A name of several words written as EYD V writes it: each word capitalised but the small
/// connecting words.
fn capitalise_name(words: &[&str]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(index, word)| if index > 0 && NAME_CONNECTORS.contains(word) { word.to_string() } else { capitalise(word) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The institutions the story names with capitals ("Dinas Perhubungan", "Kementerian Komunikasi
/// dan Informatika"), as lower-case word sequences: the generic word and up to five words after
/// it, capitalised or small connectors, the connectors never last.
fn institutions_named(article: &ArticleContext<'_>) -> HashSet<Vec<String>> {
    let mut named = HashSet::new();
    for block in article.blocks {
        for (index, word) in block.words.iter().enumerate() {
            if !word.is_capitalised() || word.is_all_caps() || !INSTITUTIONS.contains(&word.text.to_lowercase().as_str()) {
                continue;
            }
            let mut name = vec![word.text.to_lowercase()];
            let mut end = word.range.end;
            for next in block.words[index + 1..].iter().take(6) {
                let lower = next.text.to_lowercase();
                if block.text[end..next.range.start] != *" "
                    || next.sentence_start
                    || !(next.is_capitalised() && !next.is_all_caps() || NAME_CONNECTORS.contains(&next.text))
                {
                    break;
                }
                name.push(lower);
                end = next.range.end;
                if next.is_capitalised() {
                    named.insert(name.clone());
                }
            }
        }
    }
    named
}

/// The several-word name starting at word `index` of `block` that the copy wrote all in lower
/// case, with how many words it has: a historical event, or an institution in `institutions`
/// (the longest).
fn lower_case_name(block: &super::BlockContext<'_>, index: usize, institutions: &HashSet<Vec<String>>) -> Option<(usize, Message)> {
    let words = &block.words[index..];
    let lower_run = |length: usize| {
        words.len() >= length
            && words[..length].iter().all(|w| !w.is_capitalised() && w.is_plain() && !w.in_quote)
            && words[..length].windows(2).all(|pair| block.text[pair[0].range.end..pair[1].range.start] == *" ")
    };
    if let Some(event) = HISTORICAL.iter().find(|event| lower_run(event.len()) && words.iter().zip(event.iter()).all(|(w, e)| w.text == *e))
    {
        return Some((event.len(), Message::new("capital-name-historical")));
    }
    if !INSTITUTIONS.contains(&words[0].text) {
        return None;
    }
    (2..=7)
        .rev()
        .find(|&length| lower_run(length) && institutions.contains(&words[..length].iter().map(|w| w.text.to_string()).collect::<Vec<_>>()))
        .map(|length| (length, Message::new("capital-name-institution")))
}

/// Words before an office that make it a common noun even before a name ("para menteri Kabinet
/// ...", "seorang jenderal Rusia").
const PLURAL_OR_INDEFINITE: &[&str] = &["para", "seorang", "sejumlah", "beberapa", "banyak", "semua", "tiap", "setiap", "bekas"];

impl CapitalName {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(CapitalName)),
        }
    }
}

impl ArticleCheck for CapitalName {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let story_names = article.capitalised_inside_sentences();
        let mut institutions = None;
        let mut findings = Vec::new();
        for block in article.blocks {
            if block.language != Language::Indonesian {
                continue;
            }
            let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else { continue };
            let english = block.resources.lexicon(Language::English);
            let mut skip_to = 0;
            for (index, word) in block.words.iter().enumerate() {
                // A title that names no one in particular ("para Menteri", "seorang Jenderal")
                // is a common noun: EYD V writes it in lower case.
                if index >= skip_to && word.is_capitalised() && !word.sentence_start && !word.is_all_caps() && word.parts.len() == 1 {
                    let lower = word.text.to_lowercase();
                    let previous = index.checked_sub(1).map(|i| &block.words[i]);
                    let next = block.words.get(index + 1).filter(|next| block.text[word.range.end..next.range.start] == *" ");
                    if OFFICES.contains(&lower.as_str())
                        && previous
                            .is_some_and(|p| PLURAL_OR_INDEFINITE.contains(&p.text) && block.text[p.range.end..word.range.start] == *" ")
                        && !next.is_some_and(|next| next.is_capitalised())
                    {
                        let message = Message::new("capital-name-office-generic").text("word", word.text).text("right", lower.as_str());
                        findings.push((block.index, RawFinding::new(word.range.clone(), message, vec![lower])));
                    }
                }
                if index < skip_to
                    || !word.is_plain()
                    || word.is_capitalised()
                    || !word.is_checkable()
                    || word.parts.len() > 1
                    || word.in_quote
                {
                    continue;
                }
                let previous_word = index.checked_sub(1).map(|i| block.words[i].text.to_lowercase());
                if let Some((length, message)) =
                    lower_case_name(block, index, institutions.get_or_insert_with(|| institutions_named(article)))
                        .filter(|_| !previous_word.as_deref().is_some_and(|p| PLURAL_OR_INDEFINITE.contains(&p)))
                {
                    let words: Vec<&str> = block.words[index..index + length].iter().map(|w| w.text).collect();
                    let range = word.range.start..block.words[index + length - 1].range.end;
                    let right = capitalise_name(&words);
                    let message = message.text("word", &block.text[range.clone()]).text("right", right.as_str());
                    findings.push((block.index, RawFinding::new(range, message, vec![right])));
                    skip_to = index + length;
                    continue;
                }
                let lower = word.text;
                let capital = capitalise(lower);
                let next = block.words.get(index + 1).filter(|next| block.text[word.range.end..next.range.start] == *" ");
                let previous = index.checked_sub(1).map(|i| block.words[i].text.to_lowercase());
                let message = if DAYS_AND_MONTHS.contains(&lower) {
                    Some(Message::new("capital-name-day-month"))
                } else if RELIGIOUS.contains(&lower) {
                    Some(Message::new("capital-name-religious"))
                } else if OFFICES.contains(&lower)
                    && next.is_some_and(|next| next.is_capitalised() && !next.sentence_start && !next.is_all_caps())
                    && !previous.as_deref().is_some_and(|p| PLURAL_OR_INDEFINITE.contains(&p))
                {
                    Some(Message::new("capital-name-office"))
                } else if GEOGRAPHIC.contains(&lower)
                    && next.is_some_and(|next| next.is_capitalised() && !next.sentence_start && !next.is_all_caps())
                    && !previous.as_deref().is_some_and(|p| PLURAL_OR_INDEFINITE.contains(&p))
                {
                    Some(Message::new("capital-name-geographic"))
                } else if lower.chars().count() >= 4
                    && (story_names.get(capital.as_str()).is_some_and(|&n| n >= 2) || block.resources.starter_names().contains(&capital))
                    && !lexicon.hunspell_knows(lower)
                    && !lexicon.knows_by_affixes(lower)
                    && !english.is_some_and(|en| en.knows(lower))
                    && !block.newsroom.knows(lower)
                {
                    Some(Message::new("capital-name-name"))
                } else {
                    None
                };
                if let Some(message) = message {
                    let message = message.text("word", lower).text("right", capital.as_str());
                    findings.push((block.index, RawFinding::new(word.range.clone(), message, vec![capital])));
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
    fn days_months_feasts_and_offices_before_names_take_a_capital() {
        assert_suggestion("Rapat digelar pada hari senin lalu.", ID, "senin", "Senin");
        assert_suggestion("Harga naik sejak agustus tahun lalu.", ID, "agustus", "Agustus");
        assert_suggestion("Menjelang idulfitri, pasar ramai.", ID, "idulfitri", "Idulfitri");
        assert_suggestion("Ia bertemu presiden Joko Widodo di Istana.", ID, "presiden", "Presiden");
        assert_suggestion("Kabar itu disampaikan menteri Sri Mulyani.", ID, "menteri", "Menteri");
        assert_suggestion("Macet panjang di jalan Sudirman pagi ini.", ID, "jalan", "Jalan");
        assert_suggestion("Status gunung Merapi naik.", ID, "gunung", "Gunung");
    }

    #[test]
    fn a_name_written_in_lower_case_is_caught_from_the_story_and_the_register() {
        assert_suggestion("Banjir melanda Tembalang, lalu Tembalang utara.\n\nWarga tembalang mengungsi.", ID, "tembalang", "Tembalang");
        assert_suggestion("Harga beras di surabaya naik.", ID, "surabaya", "Surabaya");
    }

    #[test]
    fn institutions_the_story_names_and_historical_events_take_capitals() {
        let text = "Kepala Dinas Perhubungan Kota Semarang, Budi, datang. Kementerian Komunikasi dan Informatika (Kominfo) setuju.\n\nMenurut dinas perhubungan, jalan ditutup; kementerian komunikasi dan informatika menunggu.";
        assert_flags(text, ID, &["dinas perhubungan", "kementerian komunikasi dan informatika"]);
        assert_suggestion(text, ID, "kementerian komunikasi dan informatika", "Kementerian Komunikasi dan Informatika");
        assert_suggestion("Kakeknya berjuang pada perang dunia II.", ID, "perang dunia", "Perang Dunia");
        assert_suggestion("Upacara memperingati sumpah pemuda digelar.", ID, "sumpah pemuda", "Sumpah Pemuda");
        // A generic word the story never names with capitals, and plurals, stay as they are.
        assert_flags("Dinas Perhubungan menutup jalan. Dinas terkait dan dinas perhubungan kabupaten lain menunggu.\n\nBeberapa dinas perhubungan ikut.", ID, &["dinas perhubungan"]);
        assert_flags("Kementerian Keuangan setuju. Badan usaha dan komisi lain menolak; perang dagang berlanjut.", ID, &[]);
    }

    #[test]
    fn a_title_that_names_no_one_takes_no_capital() {
        assert_suggestion("Rapat itu dihadiri para Menteri dan seorang Jenderal.", ID, "Menteri", "menteri");
        assert_suggestion("Rapat itu dihadiri para Menteri dan seorang Jenderal.", ID, "Jenderal", "jenderal");
        // Before a name or an institution it is the title, and "Presiden" for the president
        // names someone.
        assert_flags("Para Menteri Kabinet Merah Putih hadir. Seorang Jenderal Andika datang. Kata Presiden, rapat usai.", ID, &[]);
    }

    #[test]
    fn common_nouns_and_plurals_stay_in_lower_case() {
        assert_flags(
            "Para menteri Kabinet Merah Putih rapat. Seorang jenderal Rusia datang. Sepekan atau seminggu lalu, presiden itu berkata. Ia makan nasi di kota itu; ia menteri yang sibuk.",
            ID,
            &[],
        );
        assert_flags("Banjir melanda Semarang utara. Warga kota itu mengungsi ke jalan. Sejumlah stasiun KRL tutup.", ID, &[]);
    }
}
