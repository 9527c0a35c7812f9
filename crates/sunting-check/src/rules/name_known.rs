//! `name_known`: a well-known Indonesian name misspelt, even in its only mention ("Slemen" for
//! Sleman, "Kemenkue" for Kemenkeu), found through the starter register that ships with Sunting
//! (`data/starter-names-id.tsv`: provinces, regencies and cities, ministries and state bodies,
//! presidents and vice presidents). A story cannot catch such a slip by comparing itself with
//! itself, and a new newsroom has no archive yet.
//!
//! Only names of seven letters or more are judged (short ones are mostly people's names, one
//! letter from a place: Rosan, Rokan), and a spelling the story uses three times is its choice.
//! A spelling passes when the story also uses the register's spelling (then `name_consistency`
//! speaks), when the newsroom's register knows it or an editor confirmed it, when a dictionary
//! knows it as written, or when it is an ordinary word.

use super::story_names::{is_ordinary_word, is_typo_pair};
use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct NameKnown;

/// Names shorter than this are left to the story and the archive.
const MIN_LETTERS: usize = 7;

/// The id.
pub const ID: &str = "name_known";

impl NameKnown {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Name,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(NameKnown)),
        }
    }
}

impl ArticleCheck for NameKnown {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let Some(resources) = article.blocks.first().map(|b| b.resources) else { return Vec::new() };
        let starter = resources.starter_names();
        let register = &article.newsroom.names;
        let occurrences = article.names();
        let mut findings = Vec::new();
        for (&name, places) in occurrences {
            // Short names are mostly people's, and many are one letter from a place (Rosan,
            // Rokan); a spelling used three times or more is the story's choice, not a slip.
            if name.chars().count() < MIN_LETTERS
                || places.len() >= 3
                || starter.contains(name)
                || register.count(name) > 0
                || register.confirmed.contains(name)
            {
                continue;
            }
            let Some((right, full)) = starter.nearest(name).filter(|(right, _)| {
                !occurrences.contains_key(right.as_str()) && !register.are_different(name, right) && is_typo_pair(name, right)
            }) else {
                continue;
            };
            let known = [Language::Indonesian, Language::English]
                .into_iter()
                .filter_map(|language| resources.lexicon(language))
                .any(|lexicon| lexicon.knows_directly(name));
            if known || is_ordinary_word(resources, name) {
                continue;
            }
            let message = if full == right {
                Message::new("name-known-misspelt").text("name", name).text("right", right.as_str())
            } else {
                Message::new("name-known-misspelt-part").text("name", name).text("right", right.as_str()).text("full", full.as_str())
            };
            for (block, range) in places {
                findings.push((*block, RawFinding::new(range.clone(), message.clone(), vec![right.clone()])));
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
    fn a_single_misspelt_well_known_name_is_flagged() {
        assert_suggestion("Banjir melanda Kabupaten Sleeman sejak pagi.", ID, "Sleeman", "Sleman");
        assert_suggestion("Macet panjang di Tanggerang pagi ini.", ID, "Tanggerang", "Tangerang");
        assert_suggestion("Pejabat Kementrian Keuanngan hadir.", ID, "Keuanngan", "Keuangan");
    }

    #[test]
    fn right_spellings_other_names_and_the_storys_own_spelling_pass() {
        assert_flags("Banjir melanda Sleman dan Yogyakarta; Kemenkeu memberi bantuan.", ID, &[]);
        assert_flags("Rapat di Sleman. Warga Slemen datang.", ID, &[]);
        assert_flags("Pelatih asal Brasil, Marcos, tiba di Bandung.", ID, &[]);
        assert_flags("Menteri Rosan dan Tigor datang; Kalea, Kalea dan Kalea juga.", ID, &[]);
    }
}
