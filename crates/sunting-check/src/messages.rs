//! What findings say, in the interface language. A rule states its message as an id with
//! arguments ([`Message`]); the checker renders it in Bahasa Indonesia or English when it builds
//! the report, from the Fluent catalogues in `i18n/<language>/checker.ftl`. Findings are cached
//! with their message ids, so switching the language costs no re-check.
//!
//! The messages name the rule the way Badan Bahasa's material does (EYD V, KBBI) and say what to
//! do. A test fails when an id is used but missing, present in one language only, or unused.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
pub use sunting_engine::UiLanguage;

const CHECKER_ID: &str = include_str!("../i18n/id/checker.ftl");
const CHECKER_EN: &str = include_str!("../i18n/en/checker.ftl");

/// A message: its catalogue id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The id in the catalogues.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text, shown as it is (a word, a suggestion).
    Text(String),
    /// A count (which chooses plural forms where a language has them).
    Number(i64),
}

impl Message {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    /// Adds a text argument.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a count.
    pub fn number(mut self, name: &'static str, value: usize) -> Message {
        self.args.push((name, Arg::Number(value as i64)));
        self
    }

    /// The message in `language`. An id missing from the catalogue (which the tests rule out)
    /// shows as the id, never as an empty message.
    pub fn render(&self, language: UiLanguage) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(number) => args.set(*name, FluentValue::from(*number)),
            }
        }
        format(language, self.id, &args)
    }
}

/// A rule's description for editors, in `language`: the message `rule-<id>`.
pub fn rule_description(rule: &str, language: UiLanguage) -> String {
    format(language, &format!("rule-{rule}"), &FluentArgs::new())
}

/// A rule's name for editors, in `language`: the message `rule-name-<id>`.
pub fn rule_name(rule: &str, language: UiLanguage) -> String {
    format(language, &format!("rule-name-{rule}"), &FluentArgs::new())
}

fn format(language: UiLanguage, id: &str, args: &FluentArgs<'_>) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(args), &mut errors).into_owned()
}

fn bundle(language: UiLanguage) -> &'static FluentBundle<FluentResource> {
    static ID: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, source) = match language {
        UiLanguage::Id => (&ID, CHECKER_ID),
        UiLanguage::En => (&EN, CHECKER_EN),
    };
    cell.get_or_init(|| {
        let locale = language.code().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No bidi isolation marks around arguments: findings are left-to-right text that editors
        // copy, and tests compare.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The ids of a catalogue's messages.
#[cfg(test)]
fn ids(source: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = FluentResource::try_new(source.to_string()).expect("the catalogue parses without errors");
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every Rust source of the checker, tests included (a test may render a message).
    #[allow(clippy::disallowed_methods, reason = "a test reads the crate's own sources")]
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
                }
            }
        }
        let mut out = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
        out
    }

    /// Ids the code asks for: `Message::new("…")`, and the rule names and descriptions,
    /// `rule-name-<id>` and `rule-<id>` for every registered rule.
    fn used() -> BTreeSet<String> {
        let mut used = BTreeSet::new();
        for (file, text) in sources() {
            if file.ends_with("messages.rs") {
                continue;
            }
            let marker = "Message::new(\"";
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                used.insert(rest[..rest.find('"').unwrap()].to_string());
            }
        }
        used.extend(crate::rules::registry().iter().flat_map(|rule| [format!("rule-{}", rule.id), format!("rule-name-{}", rule.id)]));
        used
    }

    #[test]
    fn both_catalogues_hold_the_same_ids_and_exactly_the_ones_in_use() {
        let id: BTreeSet<String> = ids(CHECKER_ID).into_iter().collect();
        let en: BTreeSet<String> = ids(CHECKER_EN).into_iter().collect();
        assert_eq!(id.len(), ids(CHECKER_ID).len(), "an id appears twice in id/checker.ftl");
        assert_eq!(en.len(), ids(CHECKER_EN).len(), "an id appears twice in en/checker.ftl");
        let only_id: Vec<_> = id.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&id).collect();
        assert!(only_id.is_empty() && only_en.is_empty(), "only in id: {only_id:?}; only in en: {only_en:?}");
        let used = used();
        let missing: Vec<_> = used.difference(&en).collect();
        let unused: Vec<_> = en.difference(&used).collect();
        assert!(missing.is_empty(), "used but missing from the catalogues: {missing:?}");
        assert!(unused.is_empty(), "in the catalogues but unused: {unused:?}");
    }

    #[test]
    fn messages_render_with_their_arguments_in_both_languages() {
        let message = Message::new("spelling-unknown-suggest").text("word", "bsu").text("suggestion", "bus").text("language", "id");
        assert_eq!(message.render(UiLanguage::En), "“bsu” is not in the Indonesian dictionary; did you mean “bus”?");
        assert_eq!(message.render(UiLanguage::Id), "“bsu” tidak ada dalam kamus bahasa Indonesia; mungkin maksudnya “bus”?");
        assert_eq!(Message::new("no-such-message").render(UiLanguage::Id), "no-such-message");
    }

    #[test]
    fn a_checker_set_to_indonesian_reports_in_indonesian() {
        use crate::{CheckConfig, Checker, Document};
        let text = "Warga menunggu disitu sejak pagi.\n\nSurat itu tidak mendapat respon dari mereka.\n\nBom itu diletakan di bawah mobil.";
        let messages = |language: UiLanguage| {
            let checker = Checker::new(crate::rules::testing::resources(), CheckConfig { messages: language, ..Default::default() });
            let findings = checker.check(&Document::from_text(text)).findings;
            move |rule: &str| findings.iter().find(|f| f.rule == rule).map(|f| f.message.clone()).unwrap_or_else(|| panic!("{rule}"))
        };
        let id = messages(UiLanguage::Id);
        assert_eq!(id("preposition_joined"), "Kata depan “di” ditulis terpisah dari kata yang mengikutinya: “di situ”.");
        assert_eq!(id("nonstandard"), "“respon” bukan bentuk baku; KBBI: “respons”.");
        assert_eq!(
            id("affixation"),
            "Bentuk “diletakan” keliru: huruf k di akhir kata dasar tetap ditulis di depan akhiran -kan sehingga menjadi kk \
             (letak + -kan: diletakkan). Tulis “diletakkan”."
        );
        let en = messages(UiLanguage::En);
        assert_eq!(en("preposition_joined"), "The preposition “di” is written apart: “di situ”.");
        assert_eq!(en("nonstandard"), "“respon” is not the standard spelling; KBBI has “respons”.");
        assert!(rule_description("nonstandard", UiLanguage::Id).starts_with("Menandai bentuk tidak baku"));
        assert_eq!(rule_name("name_consistency", UiLanguage::Id), "Satu nama, satu ejaan");
        assert_eq!(rule_name("name_consistency", UiLanguage::En), "One name, one spelling");
    }
}
