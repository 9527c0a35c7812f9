//! A Fluent catalogue in Bahasa Indonesia and English.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use sunting_engine::UiLanguage;

/// One catalogue in both languages, parsed the first time a language is asked for.
pub struct Catalogue {
    indonesian: &'static str,
    english: &'static str,
    bundles: [OnceLock<FluentBundle<FluentResource>>; 2],
}

/// An argument of a message: text, or a number (which picks plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Shown as it is.
    Text(String),
    /// A count or an id.
    Number(i64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(text)
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value::Text(text.clone())
    }
}

macro_rules! number_value {
    ($($type:ty),*) => {
        $(impl From<$type> for Value {
            fn from(number: $type) -> Value {
                Value::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        })*
    };
}
number_value!(i32, i64, u16, u32, u64, usize);

impl Catalogue {
    /// A catalogue from its Indonesian and English sources (`include_str!` of the `.ftl` files).
    pub const fn new(indonesian: &'static str, english: &'static str) -> Catalogue {
        Catalogue { indonesian, english, bundles: [OnceLock::new(), OnceLock::new()] }
    }

    /// True when the catalogue has `id` in `language`.
    pub fn has(&self, language: UiLanguage, id: &str) -> bool {
        self.bundle(language).has_message(id)
    }

    /// The message `id` in `language` with its arguments. An id missing from the catalogue
    /// (which each catalogue's tests rule out) shows as the id, never as nothing.
    pub fn message(&self, language: UiLanguage, id: &str, values: &[(&str, Value)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            match value {
                Value::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Value::Number(number) => args.set(*name, FluentValue::from(*number)),
            }
        }
        let bundle = self.bundle(language);
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
    }

    /// The source of the catalogue in `language`.
    pub fn source(&self, language: UiLanguage) -> &'static str {
        match language {
            UiLanguage::Id => self.indonesian,
            UiLanguage::En => self.english,
        }
    }

    fn bundle(&self, language: UiLanguage) -> &FluentBundle<FluentResource> {
        let index = match language {
            UiLanguage::Id => 0,
            UiLanguage::En => 1,
        };
        self.bundles[index].get_or_init(|| {
            let locale = language.code().parse().expect("a valid language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // Plain text for terminals and the window's text nodes: no bidi isolation marks.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(self.source(language).to_string()).unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
            bundle
        })
    }
}

/// The ids of the messages in a catalogue's source, in order; `Err` with the parser's
/// complaints when the source has syntax errors.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => return Err(format!("{errors:?}")),
    };
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: Catalogue = Catalogue::new(
        "salam = Halo, { $name }!\nberkas = { $count ->\n    [one] satu berkas\n   *[other] { $count } berkas\n}\n",
        "salam = Hello, { $name }!\nberkas = { $count ->\n    [one] one file\n   *[other] { $count } files\n}\n",
    );

    #[test]
    fn renders_in_the_language_asked_for_without_isolation_marks() {
        assert_eq!(SAMPLE.message(UiLanguage::Id, "salam", &[("name", Value::from("Rina"))]), "Halo, Rina!");
        assert_eq!(SAMPLE.message(UiLanguage::En, "salam", &[("name", Value::from("Rina"))]), "Hello, Rina!");
        assert_eq!(SAMPLE.message(UiLanguage::En, "berkas", &[("count", Value::from(1u32))]), "one file");
        assert_eq!(SAMPLE.message(UiLanguage::En, "berkas", &[("count", Value::from(3u32))]), "3 files");
    }

    #[test]
    fn a_missing_id_shows_as_itself() {
        assert_eq!(SAMPLE.message(UiLanguage::Id, "tidak-ada", &[]), "tidak-ada");
        assert!(!SAMPLE.has(UiLanguage::Id, "tidak-ada"));
    }

    #[test]
    fn lists_ids_and_refuses_broken_sources() {
        assert_eq!(message_ids(SAMPLE.source(UiLanguage::Id)).unwrap(), ["salam", "berkas"]);
        assert!(message_ids("= no id\n").is_err());
    }
}
