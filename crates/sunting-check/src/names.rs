//! Names in a text: the capitalised words that are not there only because a sentence starts.
//!
//! Used by the name rules and by the store, which counts names per saved article to build the
//! archive's name register. Acronyms, words with digits and addresses are not names here.
//! [`extract_names`] gives single words, as the name rules compare them; [`register_names`]
//! gives what the register lists for people: full names ("Hendra Wiratmaja", "Jawa Tengah"),
//! and single names only where the text never writes them as part of a longer one.

use crate::token::{words, Word};
use std::collections::HashMap;

/// True when a word can be a name on its own: capitalised, letters only, at least three of them.
pub fn is_name_shaped(word: &Word<'_>) -> bool {
    word.is_capitalised()
        && !word.is_all_caps()
        && !word.has_digit()
        && !word.in_address
        && word.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

/// Name spellings in `blocks` with how often each occurs. A capitalised word that only ever
/// starts sentences is left out (it is more likely an ordinary word than a name).
pub fn extract_names<'a>(blocks: impl IntoIterator<Item = &'a str>) -> HashMap<String, u32> {
    let mut mid_sentence: HashMap<String, u32> = HashMap::new();
    let mut at_start: HashMap<String, u32> = HashMap::new();
    for text in blocks {
        for word in words(text, &[]) {
            if !is_name_shaped(&word) {
                continue;
            }
            let counts = if word.sentence_start { &mut at_start } else { &mut mid_sentence };
            *counts.entry(word.text.to_string()).or_default() += 1;
        }
    }
    for (name, count) in at_start {
        if let Some(total) = mid_sentence.get_mut(&name) {
            *total += count;
        }
    }
    mid_sentence
}

/// Capitalised words that end a name where they stand: days and months, and the offices and
/// titles before a name (Presiden Joko Widodo).
const BEFORE_NAMES: &[&str] = &[
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
    "presiden",
    "wapres",
    "menteri",
    "gubernur",
    "wagub",
    "bupati",
    "wabup",
    "wali",
    "camat",
    "lurah",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolsek",
    "panglima",
    "jenderal",
    "kolonel",
    "mayor",
    "brigjen",
    "irjen",
    "kombes",
    "ketua",
    "wakil",
    "sekjen",
    "sekda",
    "dirjen",
    "direktur",
    "dirut",
    "kepala",
    "juru",
    "bicara",
    "raja",
    "ratu",
    "sultan",
    "paus",
    "profesor",
    "haji",
    "hajah",
    "ustaz",
    "kiai",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "saudara",
    "tuan",
    "nyonya",
];

/// Compass words: part of a place's name after it (Jawa Tengah), never a name alone.
const COMPASS: &[&str] = &["utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"];

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.contains(&word.to_lowercase().as_str())
}

/// Whether a single word may stand in the register as a name on its own: not a day, a month,
/// a title or a compass word.
pub fn is_register_word(word: &str) -> bool {
    !is_one_of(word, BEFORE_NAMES) && !is_one_of(word, COMPASS)
}

/// The names the register lists for `blocks`, with how often each occurs: each run of two or
/// more capitalised words written with single spaces ("Hendra Wiratmaja", "Jawa Tengah"), and
/// each single name the text never writes inside such a run. A run is cut at a day, a month or
/// a title, which are not listed; after a title, a run of three words or more loses its first
/// (the office's body: Menteri Keuangan Sri Mulyani); a run does not start with a compass word
/// or with a word that is capitalised only where sentences start. A single name that stands
/// for one full name written elsewhere ("Wiratmaja" after "Hendra Wiratmaja") counts for it.
pub fn register_names<'a>(blocks: impl IntoIterator<Item = &'a str> + Clone) -> HashMap<String, u32> {
    // Words that appear capitalised only where a sentence starts are ordinary words there.
    let tokens = extract_names(blocks.clone());
    let mut full: HashMap<String, u32> = HashMap::new();
    let mut single: HashMap<String, u32> = HashMap::new();
    for text in blocks {
        let mut add = |segment: &[Word<'_>], after_title: bool| {
            let mut segment = segment;
            if after_title && segment.len() >= 3 {
                segment = &segment[1..];
            }
            let start = segment.iter().position(|w| !is_one_of(w.text, COMPASS) && tokens.contains_key(w.text)).unwrap_or(segment.len());
            let segment = &segment[start..];
            match segment {
                [] => {}
                [one] => *single.entry(one.text.to_string()).or_default() += 1,
                [first, .., last] => *full.entry(text[first.range.start..last.range.end].to_string()).or_default() += 1,
            }
        };
        let mut flush = |run: &mut Vec<Word<'_>>| {
            let mut after_title = false;
            let mut segment_start = 0;
            for (index, word) in run.iter().enumerate() {
                if is_one_of(word.text, BEFORE_NAMES) {
                    add(&run[segment_start..index], after_title);
                    after_title = true;
                    segment_start = index + 1;
                }
            }
            add(&run[segment_start..], after_title);
            run.clear();
        };
        let mut run: Vec<Word<'_>> = Vec::new();
        for word in words(text, &[]) {
            let joined = run.last().is_some_and(|last| &text[last.range.end..word.range.start] == " ");
            if !is_name_shaped(&word) || !joined && !run.is_empty() {
                flush(&mut run);
            }
            if is_name_shaped(&word) {
                run.push(word);
            }
        }
        flush(&mut run);
    }
    for (name, count) in single {
        let holders: Vec<String> = full.keys().filter(|full| full.split(' ').any(|part| part == name)).cloned().collect();
        match holders.as_slice() {
            [] => *full.entry(name).or_default() += count,
            [one] => *full.get_mut(one).expect("a key just read") += count,
            // Two full names share it ("Joko" in two people's names): it names neither for sure.
            _ => {}
        }
    }
    full
}

/// Old Dutch-era spellings and their modern letters (Soeharto/Suharto, Djakarta/Jakarta).
pub fn modern_spelling(name: &str) -> String {
    let lower = name.to_lowercase();
    lower.replace("oe", "u").replace("dj", "j").replace("tj", "c").replace("sj", "sy").replace("nj", "ny").replace("ch", "kh")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_capitalised_words_not_only_sentence_starts() {
        let names = extract_names([
            "Menkominfo Rudiantara bertemu Durov. Durov datang ke Jakarta.",
            "Setelahnya ia pulang. Kemenkominfo dan Telegram sepakat; IHSG naik.",
        ]);
        assert_eq!(names.get("Durov"), Some(&2));
        assert_eq!(names.get("Rudiantara"), Some(&1));
        assert_eq!(names.get("Telegram"), Some(&1));
        assert!(!names.contains_key("Setelahnya"), "only ever starts a sentence");
        assert!(!names.contains_key("IHSG"), "acronyms are not names here");
        assert_eq!(names.get("Menkominfo"), None, "starts the block only");
    }

    #[test]
    fn the_register_lists_full_names_not_weekdays_compass_words_or_fragments() {
        let names = register_names([
            "Dirjen Migas Hendra Wiratmaja hadir di Semarang, Jawa Tengah, pada Minggu (3/12).",
            "Menurut Wiratmaja, pasokan aman. Presiden Joko Widodo meminta warga Jawa Timur tenang.",
            "Menteri Keuangan Sri Mulyani dan Gubernur Jawa Tengah Ganjar Pranowo datang.",
            "Durov datang ke Jakarta. Kata Durov, Telegram aman.",
        ]);
        let mut listed: Vec<(&str, u32)> = names.iter().map(|(name, count)| (name.as_str(), *count)).collect();
        listed.sort();
        assert_eq!(
            listed,
            [
                ("Durov", 2),
                ("Ganjar Pranowo", 1),
                ("Hendra Wiratmaja", 2),
                ("Jakarta", 1),
                ("Jawa Tengah", 1),
                ("Jawa Timur", 1),
                ("Joko Widodo", 1),
                ("Semarang", 1),
                ("Sri Mulyani", 1),
                ("Telegram", 1),
            ]
        );
    }

    #[test]
    fn old_spellings_modernise() {
        assert_eq!(modern_spelling("Soeharto"), modern_spelling("Suharto"));
        assert_eq!(modern_spelling("Djakarta"), "jakarta");
    }
}
