//! Slips as people make them, over published sentences: a key beside the right one, a letter
//! left out, doubled, undoubled or swapped with its neighbour, on words of every length,
//! including the capitalised word that opens a sentence. Two benchmarks use them: non-word typos
//! (the slip is not a word) and real-word errors (the slip is another common word: "korban luka"
//! typed "korban lupa").

use crate::data::{Article, Rng};

/// The keys around each letter on a QWERTY keyboard (Indonesian newsrooms type on QWERTY).
fn neighbours(letter: char) -> &'static str {
    match letter {
        'q' => "wa",
        'w' => "qeas",
        'e' => "wrsd",
        'r' => "etdf",
        't' => "ryfg",
        'y' => "tugh",
        'u' => "yihj",
        'i' => "uojk",
        'o' => "ipkl",
        'p' => "ol",
        'a' => "qwsz",
        's' => "awedxz",
        'd' => "serfcx",
        'f' => "drtgvc",
        'g' => "ftyhbv",
        'h' => "gyujnb",
        'j' => "huikmn",
        'k' => "jiolm",
        'l' => "kop",
        'z' => "asx",
        'x' => "zsdc",
        'c' => "xdfv",
        'v' => "cfgb",
        'b' => "vghn",
        'n' => "bhjm",
        'm' => "njk",
        _ => "",
    }
}

/// The kinds of slip, with how often each is drawn (out of 100): substitutions of a neighbouring
/// key and omissions are the commonest slips in typing studies, then transpositions and
/// insertions (mostly a doubled letter or a neighbouring key struck with the right one).
const KINDS: &[(&str, usize)] = &[
    ("neighbour key", 32),
    ("letter left out", 24),
    ("letters swapped", 16),
    ("letter doubled", 10),
    ("key struck twice", 10),
    ("double letter undone", 8),
];

/// The kinds' names, in [`KINDS`]' order.
pub const KIND_NAMES: [&str; 6] =
    ["neighbour key", "letter left out", "letters swapped", "letter doubled", "key struck twice", "double letter undone"];

/// Every slip of each kind for `word` (lower-case letters only are changed; the first letter's
/// capital is kept).
pub fn all_slips(word: &str) -> Vec<(&'static str, String)> {
    let chars: Vec<char> = word.chars().collect();
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    if lower.len() != chars.len() {
        return Vec::new();
    }
    let capital = chars.first().is_some_and(|c| c.is_uppercase());
    let build = |letters: Vec<char>| -> String {
        let mut text: String = letters.into_iter().collect();
        if capital {
            let mut chars = text.chars();
            text = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
        }
        text
    };
    let mut slips = Vec::new();
    for i in 0..lower.len() {
        for key in neighbours(lower[i]).chars() {
            let mut changed = lower.clone();
            changed[i] = key;
            slips.push(("neighbour key", build(changed)));
            // The neighbouring key struck together with the right one, before or after it.
            let mut before = lower.clone();
            before.insert(i, key);
            slips.push(("key struck twice", build(before)));
            let mut after = lower.clone();
            after.insert(i + 1, key);
            slips.push(("key struck twice", build(after)));
        }
        if lower.len() > 2 {
            let mut removed = lower.clone();
            let letter = removed.remove(i);
            let kind = if i + 1 < lower.len() && lower[i + 1] == letter { "double letter undone" } else { "letter left out" };
            slips.push((kind, build(removed)));
        }
        if i + 1 < lower.len() && lower[i] != lower[i + 1] {
            let mut swapped = lower.clone();
            swapped.swap(i, i + 1);
            slips.push(("letters swapped", build(swapped)));
        }
        if lower[i].is_alphabetic() && (i + 1 == lower.len() || lower[i + 1] != lower[i]) && (i == 0 || lower[i - 1] != lower[i]) {
            let mut doubled = lower.clone();
            doubled.insert(i, lower[i]);
            slips.push(("letter doubled", build(doubled)));
        }
    }
    slips.retain(|(_, slip)| slip != word);
    slips
}

/// One slip of `word`, its kind drawn by [`KINDS`]' weights (a kind the word cannot have, such as
/// undoing a double letter in a word without one, is drawn again).
pub fn one_slip(word: &str, rng: &mut Rng) -> Option<(&'static str, String)> {
    let slips = all_slips(word);
    if slips.is_empty() {
        return None;
    }
    for _ in 0..20 {
        let mut roll = rng.below(100);
        let kind = KINDS.iter().find(|(_, weight)| {
            if roll < *weight {
                true
            } else {
                roll -= weight;
                false
            }
        })?;
        let of_kind: Vec<&(&str, String)> = slips.iter().filter(|(k, _)| *k == kind.0).collect();
        if !of_kind.is_empty() {
            let chosen = of_kind[rng.below(of_kind.len())];
            return Some((chosen.0, chosen.1.clone()));
        }
    }
    None
}

/// A word of a published paragraph that a slip may hit.
pub struct Place {
    pub article: usize,
    pub paragraph: usize,
    /// Byte offset in the paragraph.
    pub at: usize,
    pub word: String,
    /// True when it opens a sentence with a capital it has only for that reason.
    pub sentence_start: bool,
}

/// Every word of two letters or more in the articles that is a common word, not a name: a
/// lower-case word, or a word that opens a sentence and is written in lower case elsewhere in
/// the articles at least three times.
pub fn places(articles: &[Article]) -> Vec<Place> {
    let mut lower_counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for article in articles {
        for paragraph in &article.paragraphs {
            for piece in paragraph.split(|c: char| !c.is_alphabetic()) {
                if !piece.is_empty() && piece.chars().all(|c| c.is_ascii_lowercase()) {
                    *lower_counts.entry(piece).or_default() += 1;
                }
            }
        }
    }
    let mut found = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for (p, paragraph) in article.paragraphs.iter().enumerate() {
            let mut offset = 0;
            for piece in paragraph.split(' ') {
                let start = offset;
                offset += piece.len() + 1;
                let word = piece.trim_end_matches(|c: char| ".,;:!?)\"'”’".contains(c));
                if word.chars().count() < 2 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
                    continue;
                }
                let before = paragraph[..start].trim_end().chars().next_back();
                let opens = before.is_none_or(|c| ".!?\"“".contains(c));
                let mut chars = word.chars();
                let first = chars.next().unwrap_or_default();
                let rest_lower = chars.all(|c| c.is_ascii_lowercase());
                if first.is_ascii_lowercase() && rest_lower {
                    found.push(Place { article: a, paragraph: p, at: start, word: word.to_string(), sentence_start: false });
                } else if opens && first.is_ascii_uppercase() && rest_lower {
                    let lower = word.to_lowercase();
                    if lower_counts.get(lower.as_str()).is_some_and(|&n| n >= 3) {
                        found.push(Place { article: a, paragraph: p, at: start, word: word.to_string(), sentence_start: true });
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slips_keep_the_capital_and_cover_each_kind() {
        let slips = all_slips("Besok");
        assert!(slips.iter().all(|(_, s)| s.starts_with(char::is_uppercase)), "{slips:?}");
        assert!(slips.iter().any(|(k, s)| *k == "letter left out" && s == "Bsok"));
        assert!(slips.iter().any(|(k, s)| *k == "neighbour key" && s == "Besij" || s == "Nesok"));
        assert!(slips.iter().any(|(k, s)| *k == "letters swapped" && s == "Ebsok"));
        let undone = all_slips("anggarannya");
        assert!(undone.iter().any(|(k, s)| *k == "double letter undone" && s == "anggaranya"));
        assert!(!all_slips("kami").iter().any(|(_, s)| s == "kami"));
    }

    #[test]
    fn a_drawn_slip_is_one_of_the_words_slips() {
        let mut rng = Rng::new(7);
        for word in ["di", "kami", "pemerintah", "Jaga"] {
            let (kind, slip) = one_slip(word, &mut rng).unwrap();
            assert!(all_slips(word).contains(&(kind, slip.clone())), "{word} -> {slip}");
        }
    }

    #[test]
    fn places_are_common_words_not_names() {
        let articles =
            vec![Article { paragraphs: vec!["Besok pagi rapat. Rudiantara datang besok, besok dan besok. Kami hadir.".to_string()] }];
        let words: Vec<(String, bool)> = places(&articles).into_iter().map(|p| (p.word, p.sentence_start)).collect();
        assert!(words.contains(&("Besok".to_string(), true)));
        assert!(!words.iter().any(|(w, _)| w == "Rudiantara" || w == "Kami"));
        assert!(words.contains(&("pagi".to_string(), false)));
    }
}
