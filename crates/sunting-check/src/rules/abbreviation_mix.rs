//! `abbreviation_mix`: two short forms for one body in one story. A short form defined in the
//! text ("Kementerian Komunikasi dan Informatika (Kominfo)") is the story's name for the body;
//! another short form built on it ("Kemenkominfo", "Dishubkot" beside "Dishub") is noted on each
//! use. A title built on it ("Menkominfo", the minister) names a person and passes.

use super::story_names::Places;
use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;
use std::collections::BTreeMap;

/// The rule.
pub struct AbbreviationMix;

/// The id.
pub const ID: &str = "abbreviation_mix";

/// What may stand before a defined short form in another short form for the same body.
const BODY_PREFIXES: &[&str] = &["", "kemen", "kem", "ke"];
/// What may follow it.
const BODY_SUFFIXES: &[&str] = &["", "kot", "kota", "kab", "prov", "ri", "pus", "da"];

/// Small words inside proper names.
const CONNECTORS: &[&str] = &["dan", "dari", "untuk", "and", "of", "the", "for", "&"];

/// Short forms defined in brackets after a capitalised phrase: "Dinas Perhubungan (Dishub)".
fn definitions(article: &ArticleContext<'_>) -> Vec<String> {
    let mut defined = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for block in article.blocks {
        for (index, word) in block.words.iter().enumerate() {
            let before = &block.text[..word.range.start];
            let after = &block.text[word.range.end..];
            if !(before.ends_with('(') && after.starts_with(')') && word.is_capitalised()) || word.parts.len() > 1 {
                continue;
            }
            // At least two capitalised words right before the bracket (joined by "dan", "of"...): a
            // proper name, which the short form abbreviates (a rank in brackets after a name,
            // "Brigjen (Pol)", abbreviates nothing before it).
            let name: Vec<&str> = block.words[..index]
                .iter()
                .rev()
                .filter(|w| !CONNECTORS.contains(&w.text))
                .take_while(|w| w.is_capitalised())
                .take(8)
                .map(|w| w.text)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if name.len() >= 2 && abbreviates(word.text, &name) && seen.insert(word.text) {
                defined.push(word.text.to_string());
            }
        }
    }
    defined
}

/// True when `short` can be read as a short form of the name `words`: its letters taken in
/// order from the words, starting in one of them and ending in the last ("Dishub" from "Dinas
/// Perhubungan", "Polri" from "Kepolisian Negara Republik Indonesia"; not "Pol" from "Humas
/// Polri Brigjen").
fn abbreviates(short: &str, words: &[&str]) -> bool {
    let short: Vec<char> = short.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
    let words: Vec<Vec<char>> = words.iter().map(|w| w.to_lowercase().chars().collect()).collect();
    let Some((last, before)) = words.split_last() else { return false };
    let is_subsequence = |needle: &[char], hay: &[char]| {
        let mut hay = hay.iter();
        needle.iter().all(|c| hay.any(|h| h == c))
    };
    // Some head of the short form comes from the words before the last (earliest match), and the
    // rest, never empty, from the last word.
    (0..before.len()).any(|first| {
        short.first().is_some_and(|c| before[first].contains(c)) && {
            let earlier: Vec<char> = before[first..].concat();
            (1..short.len()).any(|split| is_subsequence(&short[..split], &earlier) && is_subsequence(&short[split..], last))
        }
    })
}

/// True when `other` is another short form for the body `short` names.
fn same_body(short: &str, other: &str) -> bool {
    let (short, other) = (short.to_lowercase(), other.to_lowercase());
    if short == other {
        return false;
    }
    let Some(position) = other.find(&short) else {
        return false;
    };
    BODY_PREFIXES.contains(&&other[..position]) && BODY_SUFFIXES.contains(&&other[position + short.len()..])
}

impl AbbreviationMix {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Name,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(AbbreviationMix)),
        }
    }
}

impl ArticleCheck for AbbreviationMix {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let defined = definitions(article);
        if defined.is_empty() {
            return Vec::new();
        }
        // Each word is looked up by the cores its prefixes and suffixes leave, not compared with
        // every definition: the cost stays linear in the text.
        let by_lower: std::collections::HashMap<String, (usize, &String)> =
            defined.iter().enumerate().rev().map(|(index, short)| (short.to_lowercase(), (index, short))).collect();
        let mut uses: BTreeMap<(String, String), Places> = BTreeMap::new();
        for block in article.blocks {
            for word in block.words.iter().filter(|w| w.is_capitalised()) {
                let lower = word.text.to_lowercase();
                let found = BODY_PREFIXES
                    .iter()
                    .filter_map(|prefix| lower.strip_prefix(prefix))
                    .flat_map(|rest| BODY_SUFFIXES.iter().filter_map(move |suffix| rest.strip_suffix(suffix)))
                    .filter_map(|core| by_lower.get(core))
                    .filter(|(_, short)| same_body(short, word.text))
                    .min_by_key(|(index, _)| *index);
                if let Some((_, short)) = found {
                    uses.entry((short.to_string(), word.text.to_string())).or_default().push((block.index, word.range.clone()));
                }
            }
        }
        let mut findings = Vec::new();
        for ((short, other), places) in uses {
            let message = Message::new("abbreviation-mix-second-form")
                .text("short", short.as_str())
                .text("other", other.as_str())
                .number("count", places.len());
            for (block, range) in places {
                findings.push((block, RawFinding::new(range, message.clone(), vec![short.clone()])));
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn a_second_short_form_is_noted() {
        let text = "Pihak Kementerian Komunikasi dan Informatika (Kominfo) beralasan.\n\nDurov mendatangi kantor Kemenkominfo. Menkominfo Rudiantara menjamunya di Gedung Kemenkominfo.";
        assert_flags(text, ID, &["Kemenkominfo", "Kemenkominfo"]);
        assert_suggestion(text, ID, "Kemenkominfo", "Kominfo");
    }

    #[test]
    fn city_suffix_counts_and_titles_do_not() {
        assert!(same_body("Dishub", "Dishubkot"));
        assert!(same_body("Kominfo", "Kemenkominfo"));
        assert!(!same_body("Kominfo", "Menkominfo"));
        assert!(!same_body("Kominfo", "Kominfo"));
    }

    #[test]
    fn a_rank_in_brackets_defines_nothing() {
        assert!(abbreviates("Dishub", &["Dinas", "Perhubungan"]));
        assert!(abbreviates("Kominfo", &["Kementerian", "Komunikasi", "Informatika"]));
        assert!(abbreviates("Polri", &["Kepolisian", "Negara", "Republik", "Indonesia"]));
        assert!(abbreviates("BPS", &["Badan", "Pusat", "Statistik"]));
        assert!(!abbreviates("Pol", &["Divisi", "Humas", "Polri", "Brigjen"]));
        assert!(!abbreviates("Purn", &["Jenderal", "Pol"]));
        let text = "Kepala Divisi Humas Polri Brigjen (Pol) Argo Yuwono hadir.\n\nAnggota Polri itu disanksi.";
        assert_flags(text, ID, &[]);
    }

    #[test]
    fn without_a_definition_nothing_is_noted() {
        assert_flags("Kominfo dan Kemenkominfo disebut bergantian.", ID, &[]);
    }
}
