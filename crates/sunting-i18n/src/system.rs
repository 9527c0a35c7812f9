//! The interface language the system asks for.

use sunting_engine::UiLanguage;

/// The language the system asks for. `var` reads an environment variable. Where a POSIX locale
/// variable is set (Linux; a Windows shell that sets `LANG`), it decides
/// ([`UiLanguage::from_locale`]). Windows sets none: there the user's display language decides
/// (`id-ID` on an Indonesian Windows), as Windows reports it.
pub fn system_language(var: impl Fn(&str) -> Option<String>) -> UiLanguage {
    let set = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"].iter().any(|name| var(name).is_some_and(|value| !value.trim().is_empty()));
    if set || !cfg!(windows) {
        UiLanguage::from_locale(var)
    } else {
        language_of_tag(sys_locale::get_locale().as_deref())
    }
}

/// The language of a BCP 47 tag such as Windows reports (`id-ID`, `en-GB`); English when there
/// is none or it names a language Sunting does not speak.
fn language_of_tag(tag: Option<&str>) -> UiLanguage {
    let posix = tag.map(|tag| tag.replace('-', "_"));
    UiLanguage::from_locale(|name| if name == "LANG" { posix.clone() } else { None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_language_tags_name_the_language() {
        assert_eq!(language_of_tag(Some("id-ID")), UiLanguage::Id);
        assert_eq!(language_of_tag(Some("id")), UiLanguage::Id);
        assert_eq!(language_of_tag(Some("en-GB")), UiLanguage::En);
        assert_eq!(language_of_tag(Some("fr-FR")), UiLanguage::En);
        assert_eq!(language_of_tag(None), UiLanguage::En);
    }

    #[test]
    fn a_locale_variable_decides_where_one_is_set() {
        let indonesian = |name: &str| (name == "LANG").then(|| "id_ID.UTF-8".to_string());
        assert_eq!(system_language(indonesian), UiLanguage::Id);
        let english = |name: &str| (name == "LC_ALL").then(|| "en_US.UTF-8".to_string());
        assert_eq!(system_language(english), UiLanguage::En);
    }

    /// With no locale variable, Linux says English (the C locale) and Windows asks the system.
    #[test]
    fn without_locale_variables_windows_asks_the_system() {
        let none = |_: &str| None;
        if cfg!(windows) {
            let tag = sys_locale::get_locale();
            assert!(tag.is_some(), "Windows always has a display language");
            assert_eq!(system_language(none), language_of_tag(tag.as_deref()));
        } else {
            assert_eq!(system_language(none), UiLanguage::En);
        }
    }
}
