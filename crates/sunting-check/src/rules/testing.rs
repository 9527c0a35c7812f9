//! Helpers for rule tests: check a text with the real dictionaries and assert on one rule.

use crate::{CheckConfig, Checker, Document, Finding, Resources};
use std::sync::{Arc, OnceLock};

/// One set of resources for all tests (dictionaries load once).
pub fn resources() -> Arc<Resources> {
    static RESOURCES: OnceLock<Arc<Resources>> = OnceLock::new();
    RESOURCES.get_or_init(|| Arc::new(Resources::from_environment())).clone()
}

/// All findings for `text` (paragraphs separated by blank lines), Indonesian by default.
pub fn check(text: &str) -> Vec<Finding> {
    check_with(text, CheckConfig::default())
}

/// All findings for `text` with a configuration.
pub fn check_with(text: &str, config: CheckConfig) -> Vec<Finding> {
    Checker::new(resources(), config).check(&Document::from_text(text)).findings
}

/// The texts `rule` flags in `text`.
pub fn flagged(text: &str, rule: &str) -> Vec<String> {
    check(text).into_iter().filter(|f| f.rule == rule).map(|f| f.text).collect()
}

/// Asserts that `rule` flags exactly `expected` in `text`.
#[track_caller]
pub fn assert_flags(text: &str, rule: &str, expected: &[&str]) {
    assert_eq!(flagged(text, rule), expected, "rule {rule} on {text:?}: {:#?}", check(text));
}

/// Asserts that `rule` flags `word` in `text` with `suggestion` first.
#[track_caller]
pub fn assert_suggestion(text: &str, rule: &str, word: &str, suggestion: &str) {
    let findings = check(text);
    let found = findings
        .iter()
        .find(|f| f.rule == rule && f.text == word)
        .unwrap_or_else(|| panic!("{rule} did not flag {word:?} in {text:?}: {findings:#?}"));
    assert_eq!(found.suggestions.first().map(String::as_str), Some(suggestion), "{found:#?}");
}
