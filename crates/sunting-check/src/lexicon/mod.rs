//! What words a language has: Hunspell dictionaries, a frequency list, and (for Indonesian) the
//! roots behind affixes; plus ranked suggestions for words it does not have.

pub mod morphology;
pub mod symspell;

use crate::lang::Language;
use std::collections::HashMap;
use symspell::SymSpell;

/// Frequency lists shipped with the checker (derived from `wordfreq`; see data/README.md).
pub const FREQ_ID: &str = include_str!("../../data/freq-id.tsv");
/// Malay frequency list.
pub const FREQ_MS: &str = include_str!("../../data/freq-ms.tsv");
/// English frequency list.
pub const FREQ_EN: &str = include_str!("../../data/freq-en.tsv");

/// Parses a `word<TAB>zipf*100` list.
pub fn parse_frequencies(tsv: &str) -> HashMap<Box<str>, f32> {
    tsv.lines()
        .filter_map(|line| {
            let (word, value) = line.split_once('\t')?;
            Some((word.into(), value.trim().parse::<f32>().ok()? / 100.0))
        })
        .collect()
}

/// The words of one language.
pub struct Lexicon {
    language: Language,
    hunspell: Vec<spellbook::Dictionary>,
    frequencies: HashMap<Box<str>, f32>,
    suggestions: SymSpell,
}

/// Only words at least this frequent (Zipf) are accepted from the frequency list alone or
/// offered as suggestions; below it, web lists carry misspellings.
const MIN_ACCEPT_ZIPF: f32 = 3.0;
/// A root reached by stripping affixes must be at least this frequent on its own.
const MIN_ROOT_ZIPF: f32 = 3.3;

impl Lexicon {
    /// Builds a lexicon from Hunspell dictionaries and a frequency list.
    pub fn new(language: Language, hunspell: Vec<spellbook::Dictionary>, frequency_tsv: &str) -> Lexicon {
        let frequencies = parse_frequencies(frequency_tsv);
        let mut ranked: Vec<(String, f32)> =
            frequencies.iter().filter(|(_, &z)| z >= MIN_ACCEPT_ZIPF).map(|(w, &z)| (w.to_string(), z)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Lexicon { language, hunspell, suggestions: SymSpell::new(ranked), frequencies }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// True when Hunspell dictionaries were loaded (otherwise only the frequency list is used).
    pub fn has_hunspell(&self) -> bool {
        !self.hunspell.is_empty()
    }

    /// The word's frequency (Zipf scale) if it is in the list.
    pub fn zipf(&self, lower: &str) -> Option<f32> {
        self.frequencies.get(lower).copied()
    }

    fn in_list(&self, lower: &str, min_zipf: f32) -> bool {
        self.zipf(lower).is_some_and(|z| z >= min_zipf)
    }

    fn hunspell_knows(&self, word: &str) -> bool {
        self.hunspell.iter().any(|dictionary| dictionary.check(word))
    }

    /// True when `word` (as written, any case) is a word of this language.
    pub fn knows(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if self.in_list(&lower, MIN_ACCEPT_ZIPF) || self.hunspell_knows(word) || (lower != word && self.hunspell_knows(&lower)) {
            return true;
        }
        match self.language {
            Language::Indonesian => {
                morphology::candidate_roots(&lower).iter().any(|root| self.in_list(root, MIN_ROOT_ZIPF) || self.hunspell_knows(root))
            }
            Language::English => lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))
                .is_some_and(|stem| self.in_list(stem, MIN_ACCEPT_ZIPF) || self.hunspell_knows(stem)),
            _ => false,
        }
    }

    /// True when the word itself is in the frequency list or a Hunspell dictionary (no affix
    /// analysis): for checking a form the checker builds itself.
    pub fn knows_directly(&self, word: &str) -> bool {
        self.in_list(&word.to_lowercase(), MIN_ACCEPT_ZIPF) || self.hunspell_knows(word)
    }

    /// True when the lower-case word is a common word in its own right: in a Hunspell dictionary
    /// as a lower-case word (names there are capitalised), or among the most frequent words.
    /// Frequency lists are lower-cased and full of names, so only their top is trusted here.
    pub fn is_common_lowercase(&self, lower: &str) -> bool {
        self.hunspell_knows(lower) || self.in_list(lower, 5.2)
    }

    /// Up to `limit` corrections for `word`, best first, in the word's own capitalisation.
    pub fn suggest(&self, word: &str, limit: usize) -> Vec<String> {
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let mut found: Vec<String> = Vec::new();
        for candidate in self.suggestions.lookup(&lower, 2) {
            if candidate.distance == 0 {
                continue;
            }
            let text = if capitalised { capitalise(&candidate.word) } else { candidate.word };
            if !found.contains(&text) {
                found.push(text);
            }
            if found.len() == limit {
                break;
            }
        }
        found
    }
}

/// "jakarta" -> "Jakarta".
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
