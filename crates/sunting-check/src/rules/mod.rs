//! The rules: one rule per file, each with its tests beside it, all listed in [`registry`].
//!
//! A *block rule* ([`Check`]) looks at one block at a time; its findings are cached per block,
//! so re-checking an edited article only redoes the blocks that changed. An *article rule*
//! ([`ArticleCheck`]) compares blocks with each other (names, short forms) and runs on every
//! check; it works from the words the blocks already hold, so it stays cheap. Neither can fail:
//! a rule that finds nothing returns nothing.

mod abbreviation;
mod abbreviation_mix;
mod affixation;
mod block_language;
mod bound_form;
mod capital_common_word;
mod capital_name;
mod dateline_weekday;
mod di_apart;
mod foreign_word;
mod furniture;
mod malayism;
mod men_assimilation;
mod name_archive;
mod name_consistency;
mod name_known;
mod nonstandard;
mod numbers;
mod ordinal;
mod phrases;
mod precedence;
mod preposition_joined;
mod pun;
mod real_word;
mod reduplication;
mod repeated_sentence;
mod repeated_word;
mod spelling;
mod story_names;
pub(crate) use real_word::drop_words_the_story_repeats;
pub(crate) use spelling::drop_names_the_story_knows;
/// The rules that know only that a word is wrong (unknown, or a real word that fits badly): on
/// a word another rule speaks about, they give way to it.
pub(crate) const GENERIC: [&str; 2] = [spelling::ID, real_word::ID];
mod time_format;
mod unbalanced;
mod verb_jika;
mod web_residue;
mod word_lists;
/// Invisible characters spread over an article become one finding (see `finalize`).
pub(crate) use web_residue::{invisible_in_article, ID as WEB_RESIDUE, INVISIBLE, INVISIBLE_IN_ARTICLE};

pub use dateline_weekday::dateline_year;

#[cfg(test)]
pub(crate) mod testing;

use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::UiLanguage;
use crate::resources::{Newsroom, Resources};
use crate::token::Word;

/// One block as the rules see it.
pub struct BlockContext<'a> {
    /// Its index in the document.
    pub index: usize,
    /// Its text.
    pub text: &'a str,
    /// Its words.
    pub words: Vec<Word<'a>>,
    /// The language it is checked in.
    pub language: Language,
    /// The article's language.
    pub article_language: Language,
    /// Shared knowledge.
    pub resources: &'a Resources,
    /// The newsroom's words and names.
    pub newsroom: &'a Newsroom,
}

impl<'a> BlockContext<'a> {
    /// The words an Indonesian rule judges as ordinary words (see [`Word::is_plain`]), each with
    /// its lower-case form; none when the block is in another language.
    pub fn plain_indonesian_words(&self) -> impl Iterator<Item = (&Word<'a>, String)> + '_ {
        let indonesian = self.language == Language::Indonesian;
        self.words.iter().filter(move |word| indonesian && word.is_plain()).map(|word| (word, word.text.to_lowercase()))
    }
}

/// The whole article as article rules see it.
pub struct ArticleContext<'a> {
    /// Every block, in order.
    pub blocks: &'a [BlockContext<'a>],
    /// The article's language.
    pub language: Language,
    /// The year the article is dated, when known (for weekday checks).
    pub year: Option<i32>,
    /// The newsroom's words and names.
    pub newsroom: &'a Newsroom,
    /// The names of the article, found once for every name rule (see [`ArticleContext::names`]).
    pub names: std::cell::OnceCell<story_names::Occurrences<'a>>,
    /// How often each word is capitalised inside a sentence (see
    /// [`ArticleContext::capitalised_inside_sentences`]).
    pub capitalised: std::cell::OnceCell<std::collections::HashMap<&'a str, usize>>,
}

impl<'a> ArticleContext<'a> {
    /// Where each name-shaped spelling occurs in the article (computed on first use).
    pub fn names(&self) -> &story_names::Occurrences<'a> {
        self.names.get_or_init(|| story_names::name_occurrences(self))
    }

    /// How often the story writes each word capitalised inside a sentence, where a capital says
    /// "name" (computed on first use, shared by the rules that ask).
    pub fn capitalised_inside_sentences(&self) -> &std::collections::HashMap<&'a str, usize> {
        self.capitalised.get_or_init(|| {
            let mut counts = std::collections::HashMap::new();
            for word in self.blocks.iter().flat_map(|block| block.words.iter()) {
                if word.is_capitalised() && !word.sentence_start {
                    *counts.entry(word.text).or_default() += 1;
                }
            }
            counts
        })
    }
}

/// A rule over one block.
pub trait Check: Send + Sync {
    /// The findings in `block` (byte offsets within it).
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding>;
}

/// A rule over the whole article.
pub trait ArticleCheck: Send + Sync {
    /// The findings in the article, each with its block index.
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)>;
}

/// How a rule runs.
pub enum Implementation {
    /// Per block, cached.
    Block(Box<dyn Check>),
    /// Over the article.
    Article(Box<dyn ArticleCheck>),
}

/// A registered rule.
pub struct Rule {
    /// Stable id (snake_case), used in findings and settings.
    pub id: &'static str,
    /// What it is about.
    pub category: Category,
    /// Its default severity.
    pub severity: Severity,
    /// On unless switched off.
    pub enabled_by_default: bool,
    /// The check itself.
    pub implementation: Implementation,
}

impl Rule {
    /// Puts the registry's id, category and (unless the rule chose one) severity on one of
    /// this rule's findings.
    pub fn stamp(&self, finding: &mut RawFinding) {
        finding.rule = self.id;
        finding.category = self.category;
        if !finding.own_severity {
            finding.severity = self.severity;
        }
    }
}

/// What settings screens show of a rule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleInfo {
    /// Stable id.
    pub id: String,
    /// Its name for editors, in the interface language ("One name, one spelling").
    pub name: String,
    /// What it is about.
    pub category: Category,
    /// Its default severity.
    pub severity: Severity,
    /// What it checks, written for editors.
    pub description: String,
    /// On unless switched off.
    pub enabled_by_default: bool,
}

/// Every rule's id, name, category, severity and description (in `language`), in the
/// registry's order. A rule's name is the catalogue message `rule-name-<id>`, its description
/// `rule-<id>`.
pub fn rule_infos(language: UiLanguage) -> Vec<RuleInfo> {
    registry()
        .into_iter()
        .map(|rule| RuleInfo {
            id: rule.id.to_string(),
            name: crate::messages::rule_name(rule.id, language),
            category: rule.category,
            severity: rule.severity,
            description: crate::messages::rule_description(rule.id, language),
            enabled_by_default: rule.enabled_by_default,
        })
        .collect()
}

macro_rules! rules {
    ($($module:ident :: $ty:ident),* $(,)?) => {
        /// Every rule, in alphabetical order of id.
        pub fn registry() -> Vec<Rule> {
            let mut rules = vec![$($module::$ty::rule()),*];
            rules.sort_by_key(|rule| rule.id);
            rules
        }
    };
}

rules![
    abbreviation::Abbreviation,
    abbreviation_mix::AbbreviationMix,
    affixation::Affixation,
    block_language::BlockLanguage,
    bound_form::BoundForm,
    capital_common_word::CapitalCommonWord,
    capital_name::CapitalName,
    dateline_weekday::DatelineWeekday,
    di_apart::DiApart,
    foreign_word::ForeignWord,
    furniture::Furniture,
    malayism::Malayism,
    men_assimilation::MeNAssimilation,
    name_archive::NameArchive,
    name_consistency::NameConsistency,
    name_known::NameKnown,
    nonstandard::Nonstandard,
    numbers::Numbers,
    ordinal::Ordinal,
    phrases::Phrases,
    preposition_joined::PrepositionJoined,
    pun::Pun,
    real_word::RealWord,
    reduplication::Reduplication,
    repeated_sentence::RepeatedSentence,
    repeated_word::RepeatedWord,
    spelling::Spelling,
    time_format::TimeFormat,
    unbalanced::Unbalanced,
    verb_jika::VerbJika,
    web_residue::WebResidue,
];

#[cfg(test)]
mod registry_tests {
    use super::*;

    #[test]
    fn findings_carry_the_registry_s_id_category_and_severity() {
        let rules = registry();
        let text = "Jakarta, Rabu (1/8/2025) - Menteri Rudiantara datang disitu untuk memberi nasehat.\n\n\
                    Rudiatara berkata resiko itu kecil, dan dan warga setuju.\n\nRudiantara pulang pukul 14.00 WIB.";
        let findings = testing::check(text);
        assert!(findings.len() >= 4, "{findings:#?}");
        for finding in &findings {
            let rule = rules.iter().find(|rule| rule.id == finding.rule).unwrap_or_else(|| panic!("{} is not registered", finding.rule));
            assert_eq!(finding.category, rule.category, "{}", finding.rule);
            // A rule may choose a severity per finding (name_consistency, phrases, web_residue);
            // the others carry the registry's.
            if !["name_consistency", "phrases", "web_residue"].contains(&rule.id) {
                assert_eq!(finding.severity, rule.severity, "{}", finding.rule);
            }
        }
    }

    #[test]
    fn ids_are_unique_snake_case_and_described() {
        let rules = registry();
        let mut ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), rules.len(), "duplicate rule ids");
        for rule in &rules {
            assert!(rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{}", rule.id);
        }
        for language in [UiLanguage::Id, UiLanguage::En] {
            for info in rule_infos(language) {
                assert!(info.description.len() > 20 && info.description.ends_with('.'), "{} needs a description in {language:?}", info.id);
            }
        }
    }
}
