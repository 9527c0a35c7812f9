//! Names in a text: the capitalised words that are not there only because a sentence starts.
//!
//! Used by the name rules and by the store, which counts names per saved article to build the
//! archive's name register. Acronyms, words with digits and addresses are not names here.

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
    fn old_spellings_modernise() {
        assert_eq!(modern_spelling("Soeharto"), modern_spelling("Suharto"));
        assert_eq!(modern_spelling("Djakarta"), "jakarta");
    }
}
