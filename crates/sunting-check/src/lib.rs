//! Sunting's checker: the language of each block, spelling and typos, non-standard words,
//! names spelt two ways, house style, dates, and web-page furniture.
//!
//! Checks never fail: a [`Checker`] takes a [`Document`] and returns a [`Report`] of
//! [`Finding`]s, with offsets in UTF-16 code units within each block (what the editor counts).
//! Findings of block rules are cached per block, so checking an article again after an edit
//! only redoes the blocks that changed.
//!
//! ```no_run
//! use std::sync::Arc;
//! use sunting_check::{Checker, CheckConfig, Document, Resources};
//!
//! let checker = Checker::new(Arc::new(Resources::from_environment()), CheckConfig::default());
//! let report = checker.check(&Document::from_text("Menteri Rudiantara datang.\n\nEmail dari Menteri Rudiatara.\n\nRudiantara tersenyum."));
//! assert!(report.findings.iter().any(|f| f.text == "Rudiatara"));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod bench_text;
pub mod context;
pub mod finding;
pub mod frequencies;
pub mod lang;
pub mod lexicon;
pub mod live;
pub mod messages;
pub mod names;
pub mod offsets;
pub mod resources;
pub mod rules;
pub mod token;
pub mod tsv;

pub use finding::{Category, Finding, Place, RuleFailure, Severity};
pub use lang::{Detection, Language};
pub use messages::{Message, UiLanguage};
pub use resources::{NameRegister, Newsroom, Resources, StarterNames};

use rules::{ArticleContext, BlockContext, Implementation, Rule};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::{Arc, Mutex};

/// A text to check, as blocks.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The blocks, in order.
    pub blocks: Vec<DocumentBlock>,
    /// The article's language when the editor set it; detected otherwise.
    pub language: Option<Language>,
}

/// One block of a document.
#[derive(Debug, Clone, Default)]
pub struct DocumentBlock {
    /// Its text.
    pub text: String,
    /// Byte ranges set in italics (foreign words there are correct).
    pub italic: Vec<Range<usize>>,
    /// The language the editor set for this block, overriding detection.
    pub language: Option<Language>,
}

impl Document {
    /// Plain text, one block per paragraph (paragraphs separated by blank lines). Lines inside a
    /// paragraph stay as they are, so offsets map back to the text.
    pub fn from_text(text: &str) -> Document {
        Document {
            blocks: split_paragraphs(text)
                .into_iter()
                .map(|(_, text)| DocumentBlock { text: text.to_string(), ..Default::default() })
                .collect(),
            language: None,
        }
    }
}

/// Splits text into paragraphs on blank lines; returns each with its byte offset.
pub fn split_paragraphs(text: &str) -> Vec<(usize, &str)> {
    let mut paragraphs = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                paragraphs.push((s, &text[s..end]));
            }
        } else {
            if start.is_none() {
                start = Some(offset + (content.len() - content.trim_start().len()));
            }
            end = offset + content.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        paragraphs.push((s, &text[s..end]));
    }
    paragraphs
}

/// Settings for a checker.
#[derive(Debug, Clone, Default)]
pub struct CheckConfig {
    /// Rule ids switched off.
    pub disabled_rules: HashSet<String>,
    /// Rule ids switched on that are off by default.
    pub enabled_rules: HashSet<String>,
    /// Check every block in this language instead of detecting it.
    pub language: Option<Language>,
    /// The language assumed when detection has too little to go on (Indonesian if unset).
    pub default_language: Option<Language>,
    /// The year the article is dated (for weekday checks) when the text does not say.
    pub year: Option<i32>,
    /// The language findings speak (the interface language; English unless set).
    pub messages: UiLanguage,
}

/// The language verdict for one block.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BlockLanguage {
    /// The block's index.
    pub index: usize,
    /// The language it was checked in.
    pub language: Language,
    /// How sure the detector was (1.0 when set by the editor; the article's for short blocks).
    pub confidence: f32,
    /// True when the block was too short to tell and took the article's language.
    pub inherited: bool,
}

/// What a check found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    /// The article's language.
    pub language: Language,
    /// Each block's language.
    pub blocks: Vec<BlockLanguage>,
    /// Findings, by block then position.
    pub findings: Vec<Finding>,
    /// Rules that stopped on an internal error; empty unless Sunting has a bug.
    pub failures: Vec<RuleFailure>,
    /// What made the check less than complete outside Sunting (a dictionary that is missing or
    /// damaged, named with where it was looked for), in the interface language.
    pub notices: Vec<String>,
}

impl Report {
    /// Drops findings the editor dismissed: those whose (rule, text) is in `ignored`.
    pub fn drop_ignored<'a>(&mut self, ignored: impl IntoIterator<Item = (&'a str, &'a str)>) {
        let ignored: HashSet<(&str, &str)> = ignored.into_iter().collect();
        if !ignored.is_empty() {
            self.findings.retain(|finding| !ignored.contains(&(finding.rule.as_str(), finding.text.as_str())));
        }
    }
}

/// Blocks with fewer words than this take the article's language.
const MIN_WORDS_FOR_DETECTION: usize = 6;
/// Below this confidence a block takes the article's language too.
const MIN_CONFIDENCE: f32 = 0.7;
/// Documents with at least this many blocks are checked on several threads.
const PARALLEL_BLOCKS: usize = 200;
/// The block cache is emptied when it grows past this many blocks.
const CACHE_LIMIT: usize = 20_000;

/// Checks documents. Cheap to share between threads; the block cache is behind a mutex.
pub struct Checker {
    resources: Arc<Resources>,
    newsroom: Newsroom,
    config: CheckConfig,
    rules: Vec<Rule>,
    language_cache: BoundedCache<Option<lang::Detection>>,
    block_cache: BoundedCache<Arc<BlockOutcome>>,
    word_cache: BoundedCache<Arc<Vec<token::WordShape>>>,
    /// Blocks whose rules ran, for tests and diagnostics.
    blocks_checked: std::sync::atomic::AtomicUsize,
}

impl Checker {
    /// A checker with the newsroom's knowledge empty.
    pub fn new(resources: Arc<Resources>, config: CheckConfig) -> Checker {
        Checker::with_newsroom(resources, config, Newsroom::default())
    }

    /// A checker that also knows the newsroom's words and names.
    pub fn with_newsroom(resources: Arc<Resources>, config: CheckConfig, newsroom: Newsroom) -> Checker {
        Checker::with_rules(resources, config, newsroom, rules::registry())
    }

    /// A checker that runs the rules of `registry` that `config` leaves on.
    fn with_rules(resources: Arc<Resources>, config: CheckConfig, newsroom: Newsroom, registry: Vec<Rule>) -> Checker {
        let rules = registry
            .into_iter()
            .filter(|rule| {
                let on = rule.enabled_by_default || config.enabled_rules.contains(rule.id);
                on && !config.disabled_rules.contains(rule.id)
            })
            .collect();
        Checker {
            resources,
            newsroom,
            config,
            rules,
            language_cache: BoundedCache::default(),
            block_cache: BoundedCache::default(),
            word_cache: BoundedCache::default(),
            blocks_checked: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// How many times block rules ran on a block (cache misses) since the checker was made.
    pub fn blocks_checked(&self) -> usize {
        self.blocks_checked.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The shared resources.
    pub fn resources(&self) -> &Resources {
        &self.resources
    }

    /// Checks a document.
    pub fn check(&self, document: &Document) -> Report {
        let (detections, words): (Vec<Option<lang::Detection>>, Vec<Vec<token::Word<'_>>>) =
            par_map(&document.blocks, |block| (self.detect(&block.text), self.words_of(block))).into_iter().unzip();
        let mut words = words.into_iter();
        let article_language = self.config.language.or(document.language).unwrap_or_else(|| self.article_language(&detections));
        let mut languages = Vec::with_capacity(document.blocks.len());
        for (index, detection) in detections.iter().enumerate() {
            let verdict = match (self.config.language.or(document.blocks[index].language), detection) {
                (Some(forced), _) => BlockLanguage { index, language: forced, confidence: 1.0, inherited: false },
                (None, Some(d)) if d.words >= MIN_WORDS_FOR_DETECTION && d.confidence >= MIN_CONFIDENCE => {
                    BlockLanguage { index, language: d.language, confidence: d.confidence, inherited: false }
                }
                _ => BlockLanguage {
                    index,
                    language: article_language,
                    confidence: detection.map_or(0.0, |d| d.confidence),
                    inherited: true,
                },
            };
            languages.push(verdict);
        }

        let contexts: Vec<BlockContext<'_>> = document
            .blocks
            .iter()
            .enumerate()
            .map(|(index, block)| BlockContext {
                index,
                text: &block.text,
                words: words.next().unwrap_or_default(),
                language: languages[index].language,
                article_language,
                resources: &self.resources,
                newsroom: &self.newsroom,
            })
            .collect();

        let mut raw: Vec<(usize, finding::RawFinding)> = Vec::new();
        let mut failures = Vec::new();
        for (context, outcome) in contexts.iter().zip(self.all_block_findings(&contexts, &document.blocks)) {
            raw.extend(outcome.findings.iter().map(|found| (context.index, found.clone())));
            failures.extend(outcome.failures.iter().map(|(rule, message)| RuleFailure {
                rule: rule.to_string(),
                block: Some(context.index),
                message: message.clone(),
            }));
        }
        let year = self.config.year.or_else(|| rules::dateline_year(document));
        let article = ArticleContext {
            blocks: &contexts,
            language: article_language,
            year,
            newsroom: &self.newsroom,
            names: Default::default(),
            capitalised: Default::default(),
        };
        rules::drop_names_the_story_knows(&article, &mut raw);
        rules::drop_words_the_story_repeats(&article, &mut raw);
        for rule in &self.rules {
            if let Implementation::Article(check) = &rule.implementation {
                match guarded(|| check.check(&article)) {
                    Ok(found) => raw.extend(found.into_iter().map(|(block, mut finding)| {
                        rule.stamp(&mut finding);
                        (block, finding)
                    })),
                    Err(message) => failures.push(RuleFailure { rule: rule.id.to_string(), block: None, message }),
                }
            }
        }
        let notices = self.resources.warnings().iter().map(|warning| warning.render(self.config.messages)).collect();
        Report { language: article_language, blocks: languages, findings: finalize(raw, document, self.config.messages), failures, notices }
    }

    /// The block rules' findings for every block. A long document is split between the
    /// machine's cores (blocks are independent; the caches are shared); a short one, the usual
    /// live check, stays on the calling thread.
    fn all_block_findings(&self, contexts: &[BlockContext<'_>], blocks: &[DocumentBlock]) -> Vec<Arc<BlockOutcome>> {
        let pairs: Vec<(&BlockContext<'_>, &DocumentBlock)> = contexts.iter().zip(blocks).collect();
        par_map(&pairs, |(context, block)| self.block_findings(context, block))
    }

    /// Runs the block rules on one block, or returns what the cache holds for it.
    fn block_findings(&self, context: &BlockContext<'_>, block: &DocumentBlock) -> Arc<BlockOutcome> {
        let italic: Vec<(usize, usize)> = block.italic.iter().map(|r| (r.start, r.end)).collect();
        let key = cache_key(&(&block.text, &italic, context.language, context.article_language));
        self.block_cache.get_or_insert_with(key, || {
            self.blocks_checked.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut outcome = BlockOutcome::default();
            for rule in &self.rules {
                if let Implementation::Block(check) = &rule.implementation {
                    match guarded(|| check.check(context)) {
                        Ok(found) => outcome.findings.extend(found.into_iter().map(|mut finding| {
                            rule.stamp(&mut finding);
                            finding
                        })),
                        Err(message) => outcome.failures.push((rule.id, message)),
                    }
                }
            }
            Arc::new(outcome)
        })
    }

    /// A block's words, from the cache when the block was seen before (splitting text into
    /// words is the largest cost of re-checking a long article).
    fn words_of<'a>(&self, block: &'a DocumentBlock) -> Vec<token::Word<'a>> {
        let italic: Vec<(usize, usize)> = block.italic.iter().map(|r| (r.start, r.end)).collect();
        let shapes = self.word_cache.get_or_insert_with(cache_key(&(&block.text, &italic)), || {
            Arc::new(token::words(&block.text, &block.italic).iter().map(|word| token::WordShape::of(word, &block.text)).collect())
        });
        shapes.iter().map(|shape| shape.word(&block.text)).collect()
    }

    fn detect(&self, text: &str) -> Option<lang::Detection> {
        self.language_cache.get_or_insert_with(cache_key(&text), || self.resources.detector().detect(text, 1))
    }

    /// The language most of the article's words are in (among confidently detected blocks).
    fn article_language(&self, detections: &[Option<lang::Detection>]) -> Language {
        let mut words: HashMap<Language, usize> = HashMap::new();
        for detection in detections.iter().flatten() {
            if detection.confidence >= MIN_CONFIDENCE {
                *words.entry(detection.language).or_default() += detection.words;
            }
        }
        words
            .into_iter()
            .max_by_key(|&(language, count)| (count, std::cmp::Reverse(language)))
            .map(|(language, _)| language)
            .unwrap_or(self.config.default_language.unwrap_or(Language::Indonesian))
    }
}

/// `f` over `items`, in order. A long list is split between the machine's cores; a short one
/// (the usual live check) stays on the calling thread. A thread that panicked outside a rule (a
/// bug in the checker itself) has its share redone on the calling thread.
fn par_map<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if threads < 2 || items.len() < PARALLEL_BLOCKS {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>())).collect();
        handles
            .into_iter()
            .zip(items.chunks(chunk))
            .flat_map(|(handle, part)| handle.join().unwrap_or_else(|_| part.iter().map(f).collect()))
            .collect()
    })
}

/// What the block rules found in one block, and which of them failed (rule id, message). It is
/// cached by the block's text, so it holds no block index: the same text can move.
#[derive(Default)]
struct BlockOutcome {
    findings: Vec<finding::RawFinding>,
    failures: Vec<(&'static str, String)>,
}

/// Runs one rule, turning a panic into its message, so that a bug in one rule costs only that
/// rule's findings: the window and a batch run go on with everything else. The panic itself is
/// still printed by the panic hook (standard error, the app's log).
fn guarded<T>(run: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the rule stopped unexpectedly".to_string())
    })
}

/// A cache keyed by a 64-bit hash, emptied when it grows past [`CACHE_LIMIT`] entries. Lock
/// failures only cost a recomputation.
struct BoundedCache<V> {
    entries: Mutex<HashMap<u64, V>>,
}

impl<V> Default for BoundedCache<V> {
    fn default() -> Self {
        BoundedCache { entries: Mutex::new(HashMap::new()) }
    }
}

impl<V: Clone> BoundedCache<V> {
    fn get_or_insert_with(&self, key: u64, compute: impl FnOnce() -> V) -> V {
        if let Some(value) = self.entries.lock().ok().and_then(|entries| entries.get(&key).cloned()) {
            return value;
        }
        let value = compute();
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CACHE_LIMIT {
                entries.clear();
            }
            entries.insert(key, value.clone());
        }
        value
    }
}

fn cache_key(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Converts raw findings to UTF-16 offsets, drops overlapping duplicates, and sorts them.
fn finalize(mut raw: Vec<(usize, finding::RawFinding)>, document: &Document, language: UiLanguage) -> Vec<Finding> {
    raw.sort_by(|a, b| {
        (a.0, a.1.start, std::cmp::Reverse(a.1.severity), a.1.end).cmp(&(b.0, b.1.start, std::cmp::Reverse(b.1.severity), b.1.end))
    });
    // A word another rule speaks about is not also an unknown word: the more specific rule's
    // finding stands alone ("Pemrintah" is a misspelt well-known name, not two problems).
    let specific: Vec<(usize, usize, usize)> =
        raw.iter().filter(|(_, f)| !rules::GENERIC.contains(&f.rule)).map(|(block, f)| (*block, f.start, f.end)).collect();
    raw.retain(|(block, f)| {
        !rules::GENERIC.contains(&f.rule) || !specific.iter().any(|&(b, start, end)| b == *block && start < f.end && f.start < end)
    });
    // One finding per stretch of text: the first (most severe) rule to claim a range wins.
    let mut kept: Vec<(usize, finding::RawFinding)> = Vec::with_capacity(raw.len());
    for (block, found) in raw {
        let overlaps = kept
            .iter()
            .rev()
            .take_while(|(b, _)| *b == block)
            .any(|(_, k)| k.start < found.end && found.start < k.end && k.category == found.category);
        if !overlaps {
            kept.push((block, found));
        }
    }
    let place = |block: usize, found: &finding::RawFinding| {
        let text = document.blocks.get(block).map_or("", |b| b.text.as_str());
        let start = found.start.min(text.len());
        let end = found.end.clamp(start, text.len());
        (text, start, end)
    };
    // Invisible characters are one problem however many a pasted page left: one finding at the
    // first, whose removal takes them all.
    let invisible = |found: &finding::RawFinding| found.rule == rules::WEB_RESIDUE && found.message.id == rules::INVISIBLE;
    let mut also = Vec::new();
    let spread: Vec<&Message> = kept.iter().filter(|(_, found)| invisible(found)).map(|(_, found)| &found.message).collect();
    if spread.len() > 1 {
        let message = rules::invisible_in_article(&spread);
        let mut first = true;
        kept.retain_mut(|(block, found)| {
            if !invisible(found) {
                return true;
            }
            if std::mem::take(&mut first) {
                found.message = message.clone();
                return true;
            }
            let (text, start, end) = place(*block, found);
            also.push(Place { block: *block, start: offsets::byte_to_utf16(text, start), end: offsets::byte_to_utf16(text, end) });
            false
        });
    }
    kept.into_iter()
        .map(|(block, found)| {
            let (text, start, end) = place(block, &found);
            let spread = found.message.id == rules::INVISIBLE_IN_ARTICLE;
            Finding {
                rule: found.rule.to_string(),
                category: found.category,
                severity: found.severity,
                block,
                start: offsets::byte_to_utf16(text, start),
                end: offsets::byte_to_utf16(text, end),
                text: text.get(start..end).unwrap_or_default().to_string(),
                message: found.message.render(language),
                suggestions: found.suggestions,
                also: if spread { std::mem::take(&mut also) } else { Vec::new() },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rechecking_redoes_only_the_edited_block() {
        let checker = Checker::new(rules::testing::resources(), CheckConfig::default());
        let mut document =
            Document::from_text("Menteri Rudiantara datang.\n\nWarga menunggu disitu.\n\nRudiantara pulang, kata Menteri Rudiatara.");
        let first = checker.check(&document);
        assert_eq!(checker.blocks_checked(), 3);
        document.blocks[1].text = "Warga menunggu di situ.".to_string();
        let second = checker.check(&document);
        assert_eq!(checker.blocks_checked(), 4, "only the edited block ran again");
        assert!(first.findings.iter().any(|f| f.rule == "preposition_joined"));
        assert!(!second.findings.iter().any(|f| f.rule == "preposition_joined"));
        // Article rules still see every block.
        assert!(second.findings.iter().any(|f| f.text == "Rudiatara"));
    }

    struct Panics;
    impl rules::Check for Panics {
        fn check(&self, block: &BlockContext<'_>) -> Vec<finding::RawFinding> {
            if block.text.contains("meledak") {
                panic!("block rule broke on purpose");
            }
            Vec::new()
        }
    }
    impl rules::ArticleCheck for Panics {
        fn check(&self, _: &ArticleContext<'_>) -> Vec<(usize, finding::RawFinding)> {
            panic!("article rule broke on purpose")
        }
    }

    fn breaking_rule(id: &'static str, implementation: Implementation) -> Rule {
        Rule { id, category: Category::Style, severity: Severity::Error, enabled_by_default: true, implementation }
    }

    #[test]
    fn a_missing_dictionary_is_named_in_the_report_and_the_other_checks_go_on() {
        let nowhere = std::path::PathBuf::from("tidak-ada").join("kamus");
        let resources = std::sync::Arc::new(Resources::with_hunspell_dirs(vec![nowhere.clone()]));
        let config = CheckConfig { messages: UiLanguage::Id, ..CheckConfig::default() };
        let checker = Checker::new(resources, config);
        let report = checker.check(&Document::from_text("Gudang itu meledak disitu kemarin sore, kata warga sekitar."));
        assert!(report.findings.iter().any(|f| f.rule == "preposition_joined"), "{:?}", report.findings);
        let notice = report.notices.iter().find(|n| n.contains("id_ID.dic")).unwrap_or_else(|| panic!("{:?}", report.notices));
        assert!(notice.starts_with("Kamus id_ID.dic tidak ditemukan") && notice.contains(&nowhere.display().to_string()), "{notice}");
        // With the dictionaries where they belong, nothing is said.
        let complete = Checker::new(rules::testing::resources(), CheckConfig::default());
        assert!(complete.check(&Document::from_text("Gudang itu meledak kemarin sore.")).notices.is_empty());
    }

    #[test]
    fn a_word_gets_one_finding_from_the_most_specific_rule() {
        let checker = Checker::new(Arc::new(Resources::from_environment()), CheckConfig::default());
        let text = "Bantuan itu disalurkan oleh Pemrintah Provinsi Jawa Tengah.\n\nPemrintah mengumumkan kebijakan baru. Kementrian menunda.\n\nSemrang dan Jakrta. Warga menunggu disitu, katanya, dengan resiko besar.";
        let findings = checker.check(&Document::from_text(text)).findings;
        for (i, a) in findings.iter().enumerate() {
            for b in &findings[i + 1..] {
                let overlap = a.block == b.block && a.start < b.end && b.start < a.end;
                let generic = |rule: &str| ["spelling", "real_word"].contains(&rule);
                assert!(!overlap || !(generic(&a.rule) || generic(&b.rule)), "{a:?} and {b:?} flag one word");
            }
        }
        assert!(findings.iter().any(|f| f.text == "disitu" && f.rule == "preposition_joined"), "{findings:?}");
        assert!(findings.iter().any(|f| f.text == "Kementrian" && f.rule == "nonstandard"), "{findings:?}");
    }

    #[test]
    fn a_rule_that_panics_costs_only_its_own_findings() {
        let mut registry = rules::registry();
        registry.push(breaking_rule("breaks_on_blocks", Implementation::Block(Box::new(Panics))));
        registry.push(breaking_rule("breaks_on_articles", Implementation::Article(Box::new(Panics))));
        let checker = Checker::with_rules(rules::testing::resources(), CheckConfig::default(), Newsroom::default(), registry);
        let text = "Menteri Rudiantara datang.\n\nGudang itu meledak disitu.\n\nRudiantara pulang, kata Menteri Rudiatara.";
        let report = checker.check(&Document::from_text(text));
        assert!(report.findings.iter().any(|f| f.rule == "preposition_joined" && f.block == 1), "the broken block is still checked");
        assert!(report.findings.iter().any(|f| f.text == "Rudiatara"), "article rules still run");
        let failures: Vec<(&str, Option<usize>, &str)> =
            report.failures.iter().map(|f| (f.rule.as_str(), f.block, f.message.as_str())).collect();
        assert_eq!(
            failures,
            [("breaks_on_blocks", Some(1), "block rule broke on purpose"), ("breaks_on_articles", None, "article rule broke on purpose")]
        );
        // The cached block keeps its failure, at wherever the block now stands.
        assert_eq!(checker.check(&Document::from_text(text)).failures.len(), 2);
        let moved = checker.check(&Document::from_text(&format!("Pembuka.\n\n{text}")));
        assert_eq!(moved.failures.iter().filter_map(|f| f.block).collect::<Vec<_>>(), [2]);
        assert!(checker.check(&Document::from_text("Semua aman.")).failures.iter().all(|f| f.block.is_none()));
    }

    #[test]
    fn findings_are_in_utf16_units_within_their_block() {
        let checker = Checker::new(rules::testing::resources(), CheckConfig::default());
        let text = "Judul 😀 berita\n\n“Kami” 😀 menunggu disitu.";
        let report = checker.check(&Document::from_text(text));
        let found = report.findings.iter().find(|f| f.rule == "preposition_joined").unwrap();
        let block: Vec<u16> = "“Kami” 😀 menunggu disitu.".encode_utf16().collect();
        assert_eq!(String::from_utf16(&block[found.start..found.end]).unwrap(), "disitu");
        assert_eq!(found.block, 1);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Whatever the text, no rule fails, and every finding lies inside its block and is not
        /// empty.
        #[test]
        fn findings_lie_inside_their_blocks(text in "([A-Za-z\u{e9}\u{301}\u{200b}\u{ad}\u{5d0}\u{1F600}\u{1e9e}\u{130}\u{212a}\u{df}\u{149}\"“”()\\-,.:0-9/ ]{0,40}(di|ke|Rp|pun|disitu|Rudiantara|Rudiatara|Rabu \\(1/8\\)|Kamis \\(2/8/2017\\)|İstanbul|ẞ| )){0,12}(\n\n[A-Za-zİẞ .]{0,20}){0,3}") {
            let checker = Checker::new(rules::testing::resources(), CheckConfig::default());
            let document = Document::from_text(&text);
            let report = checker.check(&document);
            // A rule that panics is caught and its findings are missing: that is a failure too.
            proptest::prop_assert!(report.failures.is_empty(), "{:?} on {text:?}", report.failures);
            for finding in report.findings {
                let block = &document.blocks[finding.block].text;
                let units = block.encode_utf16().count();
                proptest::prop_assert!(finding.start < finding.end && finding.end <= units, "{finding:?} in {block:?}");
            }
        }
    }

    #[test]
    fn split_paragraphs_keeps_offsets() {
        let text = "  Satu\nbaris\n\n\nDua  \n";
        let paragraphs = split_paragraphs(text);
        assert_eq!(paragraphs, vec![(2, "Satu\nbaris"), (15, "Dua")]);
        for (offset, paragraph) in paragraphs {
            assert_eq!(&text[offset..offset + paragraph.len()], paragraph);
        }
    }
}
