//! The language Sunting's interface speaks: Bahasa Indonesia or English, chosen by the editor or
//! following the system's locale. Callers pass the locale variables in; nothing here reads the
//! environment.

use serde::{Deserialize, Serialize};

/// A language of the interface (screens, command-line output, checker messages).
/// English is the default where nothing chose (a library caller, a test).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum UiLanguage {
    /// Bahasa Indonesia.
    Id,
    /// English.
    #[default]
    En,
}

impl UiLanguage {
    /// Its code ("id", "en").
    pub fn code(self) -> &'static str {
        match self {
            UiLanguage::Id => "id",
            UiLanguage::En => "en",
        }
    }

    /// The language for a code or locale name ("id", "id_ID.UTF-8", "en-GB"); Malay is read as
    /// Indonesian, whose readers read it. None for a language Sunting's interface does not speak.
    pub fn from_code(code: &str) -> Option<UiLanguage> {
        let base = code.trim().split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match base.as_str() {
            "id" | "in" | "ms" => Some(UiLanguage::Id),
            "en" => Some(UiLanguage::En),
            _ => None,
        }
    }

    /// The system's interface language from the POSIX locale variables, as gettext reads them:
    /// `LANGUAGE` (a colon-separated list, ignored when the locale is C or POSIX), then the first
    /// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set. English when none names a language
    /// Sunting speaks. `var` returns a variable's value.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> UiLanguage {
        let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
        let locale = set("LC_ALL").or_else(|| set("LC_MESSAGES")).or_else(|| set("LANG"));
        let plain = locale.as_deref().is_none_or(|l| l == "C" || l.starts_with("C.") || l == "POSIX");
        if !plain {
            if let Some(found) = set("LANGUAGE").and_then(|list| list.split(':').find_map(UiLanguage::from_code)) {
                return found;
            }
        }
        locale.as_deref().and_then(UiLanguage::from_code).unwrap_or(UiLanguage::En)
    }

    /// The editor's choice ("id", "en") or, when it is empty or unknown, the system's language.
    pub fn chosen_or(choice: &str, system: UiLanguage) -> UiLanguage {
        UiLanguage::from_code(choice).unwrap_or(system)
    }
}

#[cfg(test)]
mod tests {
    use super::UiLanguage::{self, En, Id};

    fn from(vars: &[(&str, &str)]) -> UiLanguage {
        UiLanguage::from_locale(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn the_system_locale_decides_as_gettext_would() {
        assert_eq!(from(&[("LANG", "id_ID.UTF-8")]), Id);
        assert_eq!(from(&[("LANG", "en_US.UTF-8")]), En);
        assert_eq!(from(&[("LANG", "ms_MY.UTF-8")]), Id);
        assert_eq!(from(&[("LANG", "fr_FR.UTF-8")]), En);
        assert_eq!(from(&[]), En);
        assert_eq!(from(&[("LANG", "C.UTF-8")]), En);
        // LC_ALL over LC_MESSAGES over LANG.
        assert_eq!(from(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "id_ID.UTF-8")]), Id);
        assert_eq!(from(&[("LANG", "id_ID.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]), En);
        // LANGUAGE's list first, unless the locale is C.
        assert_eq!(from(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "fr:id:en")]), Id);
        assert_eq!(from(&[("LANG", "C"), ("LANGUAGE", "id")]), En);
        assert_eq!(from(&[("LANG", ""), ("LC_ALL", ""), ("LANGUAGE", "id")]), En);
    }

    #[test]
    fn a_choice_wins_over_the_system() {
        assert_eq!(UiLanguage::chosen_or("en", Id), En);
        assert_eq!(UiLanguage::chosen_or("", Id), Id);
        assert_eq!(UiLanguage::chosen_or("xx", En), En);
        assert_eq!(UiLanguage::from_code("in_ID"), Some(Id));
        assert_eq!(Id.code(), "id");
    }
}
