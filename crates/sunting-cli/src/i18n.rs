//! What the command line says, in Bahasa Indonesia or English: help, results, progress and
//! errors all come from the Fluent catalogues in `i18n/<language>/cli.ftl`.
//!
//! The language is chosen once, before the arguments are parsed (the help itself is in it):
//! `--lang-ui`, else `SUNTING_LANG_UI`, else the system's locale. Every command's and
//! argument's help is the catalogue message named after its place in the command tree
//! (`cli-site-add-about`, `cli-site-add--user`); clap's own words (headings, "[default: …]")
//! are replaced in Indonesian help. A test fails when an id is used but missing, present in one
//! language only, or unused.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::ffi::OsString;
use std::sync::OnceLock;
use sunting_engine::UiLanguage;
use sunting_i18n::Catalogue;
use sunting_store::StoreError;
use sunting_sync::SyncError;

static CLI: Catalogue = Catalogue::new(include_str!("../i18n/id/cli.ftl"), include_str!("../i18n/en/cli.ftl"));

static LANGUAGE: OnceLock<UiLanguage> = OnceLock::new();

/// The language everything is said in (English until [`choose`] ran).
pub fn language() -> UiLanguage {
    LANGUAGE.get().copied().unwrap_or(UiLanguage::En)
}

/// Picks the language from the raw arguments (`--lang-ui id`, `--lang-ui=en`), the environment
/// (`SUNTING_LANG_UI`) or the locale, before clap parses anything.
pub fn choose(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> UiLanguage {
    let mut chosen = None;
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang-ui=") {
            chosen = UiLanguage::from_code(value);
        } else if word == "--lang-ui" {
            chosen = words.next().and_then(|value| UiLanguage::from_code(&value));
        }
    }
    let language = chosen
        .or_else(|| env("SUNTING_LANG_UI").and_then(|code| UiLanguage::from_code(&code)))
        .unwrap_or_else(|| sunting_i18n::system_language(&env));
    let _ = LANGUAGE.set(language);
    language
}

/// A message with named arguments, in the chosen language:
/// `t!("cli-status-moved", id = 3, status = label)`.
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Value::from($value))),+])
    };
}
pub(crate) use t;

pub use sunting_i18n::Value;

/// The message `id` in the chosen language. An id missing from the catalogue (which the tests
/// rule out) shows as the id, never as nothing.
pub fn message(id: &str, values: &[(&str, Value)]) -> String {
    message_in(language(), id, values)
}

fn message_in(language: UiLanguage, id: &str, values: &[(&str, Value)]) -> String {
    CLI.message(language, id, values)
}

fn has_message(language: UiLanguage, id: &str) -> bool {
    CLI.has(language, id)
}

/// The catalogue id of a command's description: `cli-about`, `cli-site-add-about`.
fn about_id(path: &[&str]) -> String {
    let mut id = String::from("cli");
    for name in path {
        id.push('-');
        id.push_str(name);
    }
    id.push_str("-about");
    id
}

/// The catalogue id of an argument's help: `cli--db`, `cli-site-add--user`.
fn arg_id(path: &[&str], arg: &str) -> String {
    let mut id = String::from("cli");
    for name in path {
        id.push('-');
        id.push_str(name);
    }
    id.push_str("--");
    id.push_str(&arg.replace('_', "-"));
    id
}

/// Every catalogue id the command tree asks for.
#[cfg(test)]
pub fn command_ids(command: &Command) -> Vec<String> {
    fn walk(command: &Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        out.push(about_id(&names));
        for arg in command.get_arguments() {
            out.push(arg_id(&names, arg.get_id().as_str()));
        }
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(command, &mut Vec::new(), &mut out);
    out
}

/// The command tree with every description, help line and heading in `language`, and help and
/// version flags of its own (clap's say "Print help" in English).
pub fn localize(command: Command, language: UiLanguage) -> Command {
    fn walk(mut command: Command, path: &mut Vec<String>, language: UiLanguage, root: bool) -> Command {
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        let about = about_id(&names);
        if has_message(language, &about) {
            // The first paragraph in lists and `-h`; all of it in `--help`.
            let text = message_in(language, &about, &[]);
            let first = text.split("\n\n").next().unwrap_or_default().trim_end_matches('.').to_string();
            command =
                if first.len() + 1 < text.len() { command.about(first).long_about(text) } else { command.about(first).long_about(None) };
        }
        let ids: Vec<String> = command.get_arguments().map(|arg| arg.get_id().to_string()).collect();
        for id in ids {
            let help = arg_id(&names, &id);
            let heading = |arg: &Arg| if arg.is_positional() { "cli-heading-arguments" } else { "cli-heading-options" };
            command = command.mut_arg(&id, |arg| {
                let heading = message_in(language, heading(&arg), &[]);
                let arg = arg.help_heading(heading);
                if has_message(language, &help) {
                    arg.help(message_in(language, &help, &[]))
                } else {
                    arg
                }
            });
        }
        let options = message_in(language, "cli-heading-options", &[]);
        command = command
            .disable_help_flag(true)
            .disable_help_subcommand(true)
            .subcommand_help_heading(message_in(language, "cli-heading-commands", &[]))
            .subcommand_value_name(message_in(language, "cli-value-command", &[]))
            .help_template(format!(
                "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
                message_in(language, "cli-heading-usage", &[])
            ))
            .arg(
                Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .help(message_in(language, "cli-flag-help", &[]))
                    .help_heading(options.clone()),
            );
        if root {
            command = command.disable_version_flag(true).arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(message_in(language, "cli-flag-version", &[]))
                    .help_heading(options),
            );
        }
        let subcommands: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_string()).collect();
        for name in subcommands {
            path.push(name.clone());
            command = command.mut_subcommand(&name, |sub| walk(sub, path, language, false));
            path.pop();
        }
        command
    }
    walk(command, &mut Vec::new(), language, true)
}

/// Clap's own words in rendered help, in `language` (English needs nothing).
pub fn localize_help(text: &str, language: UiLanguage) -> String {
    match language {
        UiLanguage::En => text.to_string(),
        UiLanguage::Id => {
            let word = |id: &str| message_in(language, id, &[]);
            text.replace("Usage:", &word("cli-heading-usage"))
                .replace("[OPTIONS]", &format!("[{}]", word("cli-usage-options")))
                .replace("[default: ", &format!("[{}: ", word("cli-help-default")))
                .replace("[possible values: ", &format!("[{}: ", word("cli-help-possible-values")))
                .replace("[aliases: ", &format!("[{}: ", word("cli-help-aliases")))
        }
    }
}

/// A usage error in `language`: clap's message for the common mistakes in Indonesian, with the
/// usage line and where to find help; clap's English otherwise.
pub fn usage_error(error: &clap::Error, language: UiLanguage) -> String {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(value)) => value.clone(),
        Some(ContextValue::Strings(values)) => values.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let said = match error.kind() {
        ErrorKind::UnknownArgument => {
            Some(message_in(language, "cli-error-unknown-argument", &[("arg", text(ContextKind::InvalidArg).into())]))
        }
        ErrorKind::InvalidSubcommand => {
            Some(message_in(language, "cli-error-unknown-command", &[("command", text(ContextKind::InvalidSubcommand).into())]))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = text(ContextKind::ValidValue);
            let value = text(ContextKind::InvalidValue).into();
            let arg = text(ContextKind::InvalidArg).into();
            Some(if valid.is_empty() {
                message_in(language, "cli-error-invalid-value", &[("value", value), ("arg", arg)])
            } else {
                message_in(language, "cli-error-invalid-value-choose", &[("value", value), ("arg", arg), ("valid", valid.into())])
            })
        }
        ErrorKind::MissingRequiredArgument => {
            Some(message_in(language, "cli-error-missing-argument", &[("args", text(ContextKind::InvalidArg).into())]))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Some(message_in(language, "cli-error-missing-command", &[]))
        }
        ErrorKind::ArgumentConflict => Some(message_in(
            language,
            "cli-error-conflict",
            &[("arg", text(ContextKind::InvalidArg).into()), ("other", text(ContextKind::PriorArg).into())],
        )),
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Some(message_in(language, "cli-error-values", &[("arg", text(ContextKind::InvalidArg).into())]))
        }
        _ => None,
    };
    let Some(said) = said else {
        return error.render().to_string();
    };
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => localize_help(&usage.to_string(), language),
        _ => String::new(),
    };
    let mut out = format!("{} {said}\n", message_in(language, "cli-error-prefix", &[]));
    if !usage.is_empty() {
        out.push('\n');
        out.push_str(usage.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&message_in(language, "cli-error-see-help", &[]));
    out.push('\n');
    out
}

/// An error on one line, in the chosen language: the whole chain of causes, outermost first,
/// with the store's own errors told from the catalogue.
pub fn describe(error: &anyhow::Error) -> String {
    let parts: Vec<String> = error
        .chain()
        .map(|cause| {
            if let Some(store) = cause.downcast_ref::<StoreError>() {
                sunting_i18n::describe_store(language(), store)
            } else if let Some(sync) = cause.downcast_ref::<SyncError>() {
                sunting_i18n::describe_sync(language(), sync)
            } else if let Some(site) = cause.downcast_ref::<sunting_publish::WpError>() {
                sunting_i18n::describe_site(language(), site)
            } else if let Some(keyring) = cause.downcast_ref::<sunting_publish::credentials::CredentialError>() {
                sunting_i18n::describe_credential(language(), keyring)
            } else {
                cause.to_string()
            }
        })
        .collect();
    parts.join(": ")
}

/// The ids of a catalogue's messages.
#[cfg(test)]
fn ids(source: &str) -> Vec<String> {
    sunting_i18n::message_ids(source).expect("the catalogue parses without errors")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Ids the code asks for: `t!("…")` in every source file, `message_in(…, "…")` here, and the
    /// command tree's descriptions and help lines.
    fn used() -> BTreeSet<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut sources = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut sources);
        let mut used = BTreeSet::new();
        for text in sources {
            for marker in ["t!(\"", "\"cli-"] {
                for (at, _) in text.match_indices(marker) {
                    // `t!(` itself, not the end of `print!(` or `format!(`.
                    if marker == "t!(\"" && text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[at + marker.len()..];
                    let id = &rest[..rest.find('"').unwrap()];
                    let id = if marker == "\"cli-" { format!("cli-{id}") } else { id.to_string() };
                    // `about_id` and `arg_id` build ids from "cli" alone.
                    if id != "cli-" && !id.ends_with('-') && id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains('{') {
                        used.insert(id);
                    }
                }
            }
        }
        used.extend(command_ids(&crate::cli_command()));
        used
    }

    #[test]
    fn both_catalogues_hold_the_same_ids_and_exactly_the_ones_in_use() {
        let (cli_id, cli_en) = (CLI.source(UiLanguage::Id), CLI.source(UiLanguage::En));
        let id: BTreeSet<String> = ids(cli_id).into_iter().collect();
        let en: BTreeSet<String> = ids(cli_en).into_iter().collect();
        assert_eq!(id.len(), ids(cli_id).len(), "an id appears twice in id/cli.ftl");
        assert_eq!(en.len(), ids(cli_en).len(), "an id appears twice in en/cli.ftl");
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
    fn the_language_comes_from_the_flag_then_the_environment_then_the_locale() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string())
        };
        // `choose` only sets the process-wide language once; the answers are what matter here.
        assert_eq!(choose(&args(&["sunting", "--lang-ui", "en", "list"]), env(&[("LANG", "id_ID.UTF-8")])), UiLanguage::En);
        assert_eq!(choose(&args(&["sunting", "list", "--lang-ui=id"]), env(&[("LANG", "en_GB.UTF-8")])), UiLanguage::Id);
        assert_eq!(choose(&args(&["sunting", "list"]), env(&[("SUNTING_LANG_UI", "id"), ("LANG", "en_GB.UTF-8")])), UiLanguage::Id);
        assert_eq!(choose(&args(&["sunting", "list"]), env(&[("LANG", "id_ID.UTF-8")])), UiLanguage::Id);
        assert_eq!(choose(&args(&["sunting", "list"]), env(&[("LANG", "C.UTF-8")])), UiLanguage::En);
        // After `--`, a file could be called "--lang-ui".
        assert_eq!(choose(&args(&["sunting", "check", "--", "--lang-ui", "id"]), env(&[])), UiLanguage::En);
    }

    #[test]
    fn help_is_told_in_indonesian_with_clap_s_own_words_replaced() {
        let mut command = localize(crate::cli_command(), UiLanguage::Id);
        let help = localize_help(&command.render_help().to_string(), UiLanguage::Id);
        for expected in ["Penggunaan:", "Perintah:", "Opsi:", "[OPSI]", "Tampilkan bantuan"] {
            assert!(help.contains(expected), "{expected:?} in:\n{help}");
        }
        for english in ["Usage:", "Commands:", "Options:", "[OPTIONS]", "Print help"] {
            assert!(!help.contains(english), "{english:?} left in:\n{help}");
        }
        let mut english = localize(crate::cli_command(), UiLanguage::En);
        let help = english.render_help().to_string();
        assert!(help.contains("Usage:") && help.contains("Print help"), "{help}");
    }

    #[test]
    fn common_usage_mistakes_are_told_in_indonesian() {
        let command = localize(crate::cli_command(), UiLanguage::Id);
        let error = command.clone().try_get_matches_from(["sunting", "list", "--statu", "draft"]).unwrap_err();
        let text = usage_error(&error, UiLanguage::Id);
        assert!(text.starts_with("kesalahan: argumen '--statu' tidak dikenal"), "{text}");
        assert!(text.contains("Penggunaan: sunting list"), "{text}");
        let error = command.clone().try_get_matches_from(["sunting", "list", "--status", "terbit"]).unwrap_err();
        let text = usage_error(&error, UiLanguage::Id);
        assert!(text.contains("'terbit'") && text.contains("--status"), "{text}");
        let error = command.try_get_matches_from(["sunting", "show"]).unwrap_err();
        let text = usage_error(&error, UiLanguage::Id);
        assert!(text.contains("<ID>"), "{text}");
    }
}
