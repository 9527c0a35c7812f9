//! The story's names, as the name rules (`name_consistency`, `name_known`, `name_archive`,
//! `abbreviation_mix`) all see them: where each spelling occurs, whether a spelling is an
//! ordinary word, and whether two spellings are one name misspelt. A helper, not a rule: rules
//! never import each other (tests/modules.rs refuses it), they share what is here.

use super::ArticleContext;
use crate::lang::Language;
use crate::lexicon::symspell::osa_distance;
use crate::names::is_name_shaped;
use std::collections::BTreeMap;
use std::ops::Range;

/// Where each spelling of a name occurs: spelling -> (block, byte range).
pub type Occurrences<'a> = BTreeMap<&'a str, Places>;

/// Where a word occurs: (block, byte range) pairs.
pub type Places = Vec<(usize, Range<usize>)>;

/// Collects name-shaped words; a word that starts a sentence counts only when the same
/// spelling also appears mid-sentence or is not an ordinary word in lower case.
pub fn name_occurrences<'a>(article: &ArticleContext<'a>) -> Occurrences<'a> {
    let mut mid: Occurrences<'a> = BTreeMap::new();
    let mut start: Occurrences<'a> = BTreeMap::new();
    for block in article.blocks {
        for word in &block.words {
            if !is_name_shaped(word) {
                continue;
            }
            let map = if word.sentence_start { &mut start } else { &mut mid };
            map.entry(word.text).or_default().push((block.index, word.range.clone()));
        }
    }
    let resources = article.blocks.first().map(|b| b.resources);
    for (name, places) in start {
        let ordinary = resources.is_some_and(|r| is_ordinary_word(r, name));
        if mid.contains_key(name) || !ordinary {
            mid.entry(name).or_default().extend(places);
        }
    }
    mid
}

/// True when the lower-case form of `word` is a common Indonesian or English word.
pub fn is_ordinary_word(resources: &crate::Resources, word: &str) -> bool {
    let lower = word.to_lowercase();
    [Language::Indonesian, Language::English]
        .into_iter()
        .filter_map(|language| resources.lexicon(language))
        .any(|lexicon| lexicon.is_common_lowercase(&lower))
}

/// Endings that inflect a name rather than misspell it.
const INFLECTIONS: &[&str] = &["nya", "lah", "kah", "pun", "ku", "mu", "an", "i", "'s", "’s", "s", "es", "n"];

/// True when `a` and `b` are close enough to be one name misspelt.
pub fn is_typo_pair(a: &str, b: &str) -> bool {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.min(b_len) < 4 || a_len.max(b_len) < 5 {
        return false;
    }
    let (short, long) = if a_len < b_len { (a.to_lowercase(), b.to_lowercase()) } else { (b.to_lowercase(), a.to_lowercase()) };
    // An inflected form ("Durovnya", "Jokowi's") is the same name, not a typo; a dropped last
    // letter ("Jakart") is.
    if let Some(ending) = long.strip_prefix(short.as_str()) {
        if INFLECTIONS.contains(&ending) {
            return false;
        }
    }
    // A prefix or a title in front ("Menkominfo" beside "Kemenkominfo") makes another word.
    if long.len() >= short.len() + 2 && long.ends_with(&short) {
        return false;
    }
    // Only the first letter differs: another word of the same pattern (Kapolda, Mapolda,
    // Wapolda), not a slip; people rarely mistype the first letter of a name.
    if short.chars().count() == long.chars().count() && short.chars().skip(1).eq(long.chars().skip(1)) {
        return false;
    }
    let a_chars: Vec<char> = short.chars().collect();
    match osa_distance(&a_chars, &long, 2) {
        1 => strsim::jaro_winkler(&short, &long) >= 0.85,
        // Two edits only for long names that share their first two letters.
        2 => a_len.min(b_len) >= 10 && short.chars().take(2).eq(long.chars().take(2)) && strsim::jaro_winkler(&short, &long) >= 0.9,
        _ => false,
    }
}
