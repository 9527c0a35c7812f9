//! `name_archive`: a name spelt in a way the archive rarely or never uses, one edit away from a
//! spelling the archive uses often ("Rudiatara" in a new story when 50 saved stories say
//! "Rudiantara"). Spellings an editor confirmed, and pairs marked as different people, pass.
//! When the story itself also uses the archive's spelling, `name_consistency` speaks instead.

use super::story_names::{is_ordinary_word, is_typo_pair};
use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;

/// The rule.
pub struct NameArchive;

/// The id.
pub const ID: &str = "name_archive";

/// The archive's spelling must be used in at least this many saved stories...
const MIN_ARCHIVE_USES: u32 = 5;
/// ...and at least this many times more often than the spelling in the story.
const MIN_RATIO: u32 = 10;

impl NameArchive {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Name,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(NameArchive)),
        }
    }
}

impl ArticleCheck for NameArchive {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let register = &article.newsroom.names;
        if register.counts.is_empty() {
            return Vec::new();
        }
        let Some(resources) = article.blocks.first().map(|b| b.resources) else {
            return Vec::new();
        };
        let occurrences = article.names();
        let mut findings = Vec::new();
        for (&name, places) in occurrences {
            if name.chars().count() < 5 || register.confirmed.contains(name) {
                continue;
            }
            let own = register.count(name);
            let best = register
                .neighbours(name)
                .into_iter()
                .filter(|(other, count)| {
                    *count >= MIN_ARCHIVE_USES && *count >= own * MIN_RATIO && !occurrences.contains_key(other.as_str())
                })
                .filter(|(other, _)| !register.are_different(name, other) && is_typo_pair(name, other))
                .max_by_key(|(_, count)| *count);
            let Some((archive, count)) = best else {
                continue;
            };
            if is_ordinary_word(resources, name) {
                continue;
            }
            let message = Message::new("name-archive-spelling")
                .text("archive", archive.as_str())
                .number("count", count as usize)
                .text("name", name)
                .number("own", own as usize);
            for (block, range) in places {
                findings.push((*block, RawFinding::new(range.clone(), message.clone(), vec![archive.clone()])));
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::resources;
    use super::ID;
    use crate::{CheckConfig, Checker, Document, NameRegister, Newsroom};
    use std::collections::{HashMap, HashSet};

    fn newsroom(counts: &[(&str, u32)], different: &[(&str, &str)]) -> Newsroom {
        let counts: HashMap<String, u32> = counts.iter().map(|(n, c)| (n.to_string(), *c)).collect();
        let different: HashSet<(String, String)> = different.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        Newsroom { words: HashSet::new(), names: NameRegister::new(counts, HashSet::new(), different) }
    }

    fn flagged(text: &str, newsroom: Newsroom) -> Vec<(String, Vec<String>)> {
        let checker = Checker::with_newsroom(resources(), CheckConfig::default(), newsroom);
        checker.check(&Document::from_text(text)).findings.into_iter().filter(|f| f.rule == ID).map(|f| (f.text, f.suggestions)).collect()
    }

    #[test]
    fn the_archive_spelling_is_suggested() {
        let found = flagged("Menurut Menteri Rudiatara, surat sudah dikirim.", newsroom(&[("Rudiantara", 50)], &[]));
        assert_eq!(found, [("Rudiatara".to_string(), vec!["Rudiantara".to_string()])]);
    }

    #[test]
    fn rare_archive_spellings_and_known_differences_pass() {
        assert!(flagged("Menurut Menteri Rudiatara, surat sudah dikirim.", newsroom(&[("Rudiantara", 3)], &[])).is_empty());
        assert!(
            flagged("Menurut Menteri Rudiatara, surat sudah dikirim.", newsroom(&[("Rudiantara", 50), ("Rudiatara", 9)], &[])).is_empty()
        );
        assert!(flagged(
            "Menurut Menteri Rudiatara, surat sudah dikirim.",
            newsroom(&[("Rudiantara", 50)], &[("Rudiantara", "Rudiatara")])
        )
        .is_empty());
    }
}
