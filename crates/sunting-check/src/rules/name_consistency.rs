//! `name_consistency`: a name spelt one way once and another way more often in the same story
//! (Rudiatara once, Rudiantara twice). The rarer spelling is flagged with the frequent one as
//! the suggestion. What separates a typo from two different people: the count imbalance, a
//! length of five letters or more, one edit apart (two for names of ten letters or more), the
//! rarer spelling not being an ordinary word, and the editor's list of names known to differ.
//! Old spellings (Soeharto beside Suharto) are reported as mixed spelling, not as typos.

use super::story_names::{is_ordinary_word, is_typo_pair, Places};
use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;
use crate::names::modern_spelling;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// The rule.
#[derive(Default)]
pub struct NameConsistency {
    /// The candidates of the last check, by a hash of its spellings: an edit rarely changes the
    /// set of names, so a re-check reuses them.
    last: std::sync::Mutex<Option<(u64, Candidates)>>,
}

/// For each name of a check, the indices of the names close enough to be the same one misspelt.
type Candidates = std::sync::Arc<Vec<Vec<usize>>>;

/// The id.
pub const ID: &str = "name_consistency";

impl NameConsistency {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Name,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(NameConsistency::default())),
        }
    }
}

/// True when a spelling is attested: in a Hunspell dictionary as written, among the frequent
/// words of Indonesian or English, or in the newsroom's register.
/// How well attested a spelling is, on the Zipf scale: its frequency in Indonesian or English
/// text, 4 for a spelling a dictionary or the newsroom knows, 0 for an unknown one.
fn name_attestation(article: &ArticleContext<'_>, resources: &crate::Resources, name: &str) -> f32 {
    let register = &article.newsroom.names;
    if register.count(name) > 0 || register.confirmed.contains(name) {
        return 4.0;
    }
    let lower = name.to_lowercase();
    [Language::Indonesian, Language::English]
        .into_iter()
        .filter_map(|language| resources.lexicon(language))
        .map(|lexicon| {
            let listed = lexicon.zipf(&lower).filter(|&z| z >= 3.0).unwrap_or(0.0);
            if lexicon.knows_directly(name) {
                listed.max(4.0)
            } else {
                listed
            }
        })
        .fold(0.0, f32::max)
}

/// Where a spelling first occurs.
fn first_place(places: &[(usize, Range<usize>)]) -> (usize, usize) {
    places.iter().map(|(block, range)| (*block, range.start)).min().unwrap_or((usize::MAX, usize::MAX))
}

/// For each name, the other names that may be a slip of it or it of them: those one edit away
/// (two for names of ten letters or more), found through a symmetric-delete index rather than by
/// comparing every pair, and those with the same modern spelling (Soeharto, Suharto). The
/// candidates are a superset; `is_typo_pair` decides.
fn candidates(names: &[&str]) -> Vec<Vec<usize>> {
    let mut index: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut keys_of: Vec<Vec<String>> = Vec::with_capacity(names.len());
    for (id, name) in names.iter().enumerate() {
        let lower: Vec<char> = name.to_lowercase().chars().collect();
        let mut keys = vec![lower.iter().collect::<String>()];
        let mut frontier = vec![lower];
        let depth = if keys[0].chars().count() >= 10 { 2 } else { 1 };
        for _ in 0..depth {
            let mut next = Vec::new();
            for word in &frontier {
                for at in 0..word.len() {
                    let mut shorter = word.clone();
                    shorter.remove(at);
                    next.push(shorter);
                }
            }
            next.sort();
            next.dedup();
            keys.extend(next.iter().map(|chars| chars.iter().collect::<String>()));
            frontier = next;
        }
        keys.push(format!("\u{1}{}", modern_spelling(name)));
        keys.sort();
        keys.dedup();
        for key in &keys {
            index.entry(key.clone()).or_default().push(id);
        }
        keys_of.push(keys);
    }
    keys_of
        .into_iter()
        .enumerate()
        .map(|(id, keys)| {
            let mut found: Vec<usize> = keys.iter().flat_map(|key| index[key].iter().copied()).filter(|&other| other != id).collect();
            found.sort_unstable();
            found.dedup();
            found
        })
        .collect()
}

impl NameConsistency {
    /// [`candidates`], reused when the spellings are the same as last time.
    fn candidates(&self, names: &[&str]) -> std::sync::Arc<Vec<Vec<usize>>> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        names.hash(&mut hasher);
        let key = hasher.finish();
        if let Some((last_key, found)) = self.last.lock().ok().and_then(|last| last.clone()) {
            if last_key == key {
                return found;
            }
        }
        let found = std::sync::Arc::new(candidates(names));
        if let Ok(mut last) = self.last.lock() {
            *last = Some((key, found.clone()));
        }
        found
    }
}

impl ArticleCheck for NameConsistency {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let occurrences = article.names();
        let Some(resources) = article.blocks.first().map(|b| b.resources) else { return Vec::new() };
        let register = &article.newsroom.names;
        let entries: Vec<(&str, &Places)> = occurrences.iter().map(|(&name, places)| (name, places)).collect();
        let names: Vec<&str> = entries.iter().map(|(name, _)| *name).collect();
        let neighbours = self.candidates(&names);
        let attestations: Vec<std::cell::OnceCell<f32>> = names.iter().map(|_| std::cell::OnceCell::new()).collect();
        let attestation = |id: usize| *attestations[id].get_or_init(|| name_attestation(article, resources, names[id]));
        let mut findings = Vec::new();
        for (id, &(rare, places)) in entries.iter().enumerate() {
            if register.confirmed.contains(rare) {
                continue;
            }
            // Which other spelling this one is a slip of: one used more often; or, at equal
            // counts, one the dictionaries know when this one is unknown; or, when neither is
            // known, the one the story used first.
            let best = neighbours[id]
                .iter()
                .map(|&other_id| (other_id, entries[other_id]))
                .filter(|(_, (other, _))| !register.are_different(rare, other))
                .filter(|(_, (other, _))| is_typo_pair(rare, other) || modern_spelling(rare) == modern_spelling(other))
                .filter_map(|(other_id, (other, other_places))| {
                    let (mine, theirs) = (places.len(), other_places.len());
                    let verdict = if theirs > mine && theirs >= 2 {
                        Some(Severity::Error)
                    } else if theirs == mine {
                        // Web lists carry common misspellings of names too ("malasia"), so a
                        // spelling counts as the known one only when it is far better attested.
                        let (theirs_known, mine_known) = (attestation(other_id), attestation(id));
                        if theirs_known >= mine_known + 1.0 {
                            Some(Severity::Error)
                        } else if theirs_known == 0.0 && mine_known == 0.0 && first_place(other_places) < first_place(places) {
                            Some(Severity::Warning)
                        } else {
                            None
                        }
                    } else {
                        None
                    };
                    verdict.map(|severity| (other, other_places.len(), severity))
                })
                .max_by_key(|(other, count, severity)| (*count, *severity, *other));
            let Some((frequent, frequent_count, severity)) = best else { continue };
            let mixed = modern_spelling(rare) == modern_spelling(frequent);
            if !mixed && is_ordinary_word(resources, rare) {
                continue;
            }
            // A name in old and new spelling (Wiratmadja, Wiratmaja) is as likely a misspelt name
            // as a typo is: a warning the editor settles with the source, never a folded note.
            let (severity, message) = if mixed {
                (Severity::Warning, Message::new("name-consistency-mixed"))
            } else if frequent_count > places.len() {
                (severity, Message::new("name-consistency-less-often"))
            } else if severity == Severity::Error {
                (severity, Message::new("name-consistency-two-ways-known"))
            } else {
                (severity, Message::new("name-consistency-two-ways-earlier"))
            };
            let message = message
                .text("rare", rare)
                .number("count", places.len())
                .text("frequent", frequent)
                .number("frequent-count", frequent_count);
            for (block, range) in places {
                findings.push((*block, RawFinding::new(range.clone(), message.clone(), vec![frequent.to_string()]).at_severity(severity)));
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
    fn flags_the_rarer_spelling() {
        let text = "Menkominfo, Rudiantara mengatakan surat sudah dikirim.\n\nIa dijamu oleh Menkominfo Rudiantara.\n\nPolemik terjadi karena email dari Menteri Rudiatara belum terkirim.";
        assert_suggestion(text, ID, "Rudiatara", "Rudiantara");
        assert_flags(text, ID, &["Rudiatara"]);
    }

    #[test]
    fn equal_counts_flag_the_later_or_the_unknown_spelling() {
        assert_flags("Presiden Hendriyanto datang. Kata Hendriyato kemudian.", ID, &["Hendriyato"]);
        assert_suggestion("Ia tiba di Jkarta pagi. Ia pulang ke Jakarta malam.", ID, "Jkarta", "Jakarta");
    }

    #[test]
    fn equal_counts_and_different_names_pass() {
        assert_flags("Susilo bertemu Susila. Susilo dan Susila lalu pergi.", ID, &[]);
        assert_flags("Sri Mulyani hadir. Sri Mulyani berbicara. Bambang dan Bambung tidak.", ID, &[]);
    }

    #[test]
    fn ordinary_words_and_inflections_are_not_names() {
        assert_flags("Kamis pagi Kamis sore, Kami datang.", ID, &[]);
        assert_flags("Jokowi datang. Jokowi pulang. Jokowinya tersenyum.", ID, &[]);
    }

    #[test]
    fn old_spelling_is_mixed_spelling() {
        let found: Vec<(String, crate::Severity)> =
            check("Presiden Soeharto lahir di Kemusuk. Presiden Soeharto memimpin lama. Presiden Suharto wafat pada 2008.")
                .into_iter()
                .filter(|f| f.rule == ID)
                .map(|f| (f.text, f.severity))
                .collect();
        assert_eq!(found, [("Suharto".to_string(), crate::Severity::Warning)]);
        let found: Vec<(String, crate::Severity)> = check("Dirjen Migas Hendra Wiratmaja hadir. Menurut Wiratmadja, pasokan aman.")
            .into_iter()
            .filter(|f| f.rule == ID)
            .map(|f| (f.text, f.severity))
            .collect();
        assert_eq!(found, [("Wiratmadja".to_string(), crate::Severity::Warning)]);
    }

    #[test]
    fn typo_pairs() {
        assert!(is_typo_pair("Rudiatara", "Rudiantara"));
        assert!(is_typo_pair("Kemenkominfo", "Kemenkomifno"));
        assert!(!is_typo_pair("Jokowi", "Jokowinya"));
        assert!(is_typo_pair("Jakart", "Jakarta"), "a dropped last letter is a slip");
        assert!(!is_typo_pair("Russia", "Russian") && !is_typo_pair("Oscar", "Oscars"), "demonyms and plurals are inflections");
        assert!(!is_typo_pair("Budi", "Bude"));
        assert!(!is_typo_pair("Menkominfo", "Kemenkominfo"), "a title is not a typo of the ministry");
        assert!(!is_typo_pair("Mapolda", "Kapolda"), "only the first letter differs");
    }
}
