//! LanguageTool's HTTP API v2, as its clients speak it: the fields of `/v2/check` and the
//! answer they expect, built from a Sunting report.

use crate::annotated::{Annotated, DataError};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use sunting_check::{offsets, Category, Finding, Language, Report, Severity, UiLanguage};

/// What is wrong with a request, told to the client as JSON with HTTP 400.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RequestError {
    /// Neither `text` nor `data`.
    #[error("the request has neither `text` nor `data`: send the text to check in one of them")]
    MissingText,
    /// Both.
    #[error("the request has both `text` and `data`: send one of them")]
    TextAndData,
    /// No `language`.
    #[error("the request has no `language`: send id-ID, id, en-US, en-GB, en or auto")]
    MissingLanguage,
    /// A language Sunting does not check.
    #[error("Sunting does not check `{0}`: send id-ID, id, en-US, en-GB, en or auto")]
    UnknownLanguage(String),
    /// A `data` field that is not annotated text.
    #[error(transparent)]
    Data(#[from] DataError),
    /// Longer than an article may be.
    #[error("the text is {size} bytes; Sunting checks at most {limit} bytes at a time")]
    TooLong { size: usize, limit: usize },
    /// An unknown `level`.
    #[error("`level` must be default or picky, not `{0}`")]
    UnknownLevel(String),
}

/// A language a client may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// Detect each paragraph's language.
    Auto,
    /// Indonesian.
    Indonesian,
    /// English, as the client named it (`en-US`, `en-GB` or `en`).
    English(&'static str),
}

impl Asked {
    /// From LanguageTool's code.
    pub fn parse(code: &str) -> Result<Asked, RequestError> {
        match code.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "auto" => Ok(Asked::Auto),
            "id" | "id-id" => Ok(Asked::Indonesian),
            "en" => Ok(Asked::English("en")),
            "en-us" => Ok(Asked::English("en-US")),
            "en-gb" => Ok(Asked::English("en-GB")),
            _ => Err(RequestError::UnknownLanguage(code.to_string())),
        }
    }

    /// The language every paragraph is checked in, or none to detect it.
    pub fn forced(self) -> Option<Language> {
        match self {
            Asked::Auto => None,
            Asked::Indonesian => Some(Language::Indonesian),
            Asked::English(_) => Some(Language::English),
        }
    }
}

/// A `/v2/check` request, read from its form fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRequest {
    /// The text and its map back to the client's offsets.
    pub text: Annotated,
    /// The language asked for.
    pub language: Asked,
    /// Rules switched on (Sunting's ids).
    pub enabled_rules: HashSet<String>,
    /// Rules switched off.
    pub disabled_rules: HashSet<String>,
    /// Categories switched on (LanguageTool's category ids as Sunting gives them).
    pub enabled_categories: HashSet<String>,
    /// Categories switched off.
    pub disabled_categories: HashSet<String>,
    /// Only what is switched on.
    pub enabled_only: bool,
    /// `picky` also shows notes (Sunting's info findings); `default` shows errors and warnings.
    pub picky: bool,
}

/// Sunting's rule id from a client's (`SUNTING_NAME_CONSISTENCY` or `name_consistency`).
pub fn rule_from_client(id: &str) -> String {
    let id = id.trim();
    id.strip_prefix("SUNTING_").unwrap_or(id).to_ascii_lowercase()
}

/// The rule id clients see: stable, upper case as LanguageTool's are.
pub fn rule_for_client(rule: &str) -> String {
    format!("SUNTING_{}", rule.to_ascii_uppercase())
}

fn list(fields: &BTreeMap<String, String>, name: &str) -> HashSet<String> {
    fields.get(name).map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()).unwrap_or_default()
}

impl CheckRequest {
    /// From the request's fields (query and form body together); fields it does not use
    /// (`motherTongue`, `preferredVariants`, `username`, `apiKey`, `mode`…) are ignored.
    pub fn from_fields(fields: &BTreeMap<String, String>, limit: usize) -> Result<CheckRequest, RequestError> {
        let text = match (fields.get("text"), fields.get("data")) {
            (Some(_), Some(_)) => return Err(RequestError::TextAndData),
            (None, None) => return Err(RequestError::MissingText),
            (Some(text), None) => {
                if text.len() > limit {
                    return Err(RequestError::TooLong { size: text.len(), limit });
                }
                Annotated::from_text(text)
            }
            (None, Some(data)) => {
                let annotated = Annotated::from_data(data)?;
                if annotated.plain.len() > limit {
                    return Err(RequestError::TooLong { size: annotated.plain.len(), limit });
                }
                annotated
            }
        };
        let language = Asked::parse(fields.get("language").ok_or(RequestError::MissingLanguage)?)?;
        let picky = match fields.get("level").map(|l| l.trim()) {
            None | Some("") | Some("default") => false,
            Some("picky") => true,
            Some(other) => return Err(RequestError::UnknownLevel(other.to_string())),
        };
        Ok(CheckRequest {
            text,
            language,
            enabled_rules: list(fields, "enabledRules").iter().map(|r| rule_from_client(r)).collect(),
            disabled_rules: list(fields, "disabledRules").iter().map(|r| rule_from_client(r)).collect(),
            enabled_categories: list(fields, "enabledCategories"),
            disabled_categories: list(fields, "disabledCategories"),
            enabled_only: fields.get("enabledOnly").is_some_and(|v| v.trim() == "true"),
            picky,
        })
    }

    /// True when a finding of `rule` in `category` at `severity` is wanted.
    pub fn wants(&self, rule: &str, category: Category, severity: Severity) -> bool {
        let category = category_for_client(category).0;
        if severity == Severity::Info && !self.picky && !self.enabled_rules.contains(rule) {
            return false;
        }
        if self.disabled_rules.contains(rule) || self.disabled_categories.contains(category) {
            return false;
        }
        !self.enabled_only || self.enabled_rules.contains(rule) || self.enabled_categories.contains(category)
    }
}

/// LanguageTool's category id and its name, for a Sunting category.
pub fn category_for_client(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::Spelling => ("TYPOS", "Possible Typo"),
        Category::Nonstandard => ("SUNTING_NONSTANDARD", "Non-standard forms (KBBI)"),
        Category::Affix => ("GRAMMAR", "Grammar: affixation"),
        Category::Name => ("SUNTING_NAMES", "Names"),
        Category::Style => ("STYLE", "Style"),
        Category::Date => ("SUNTING_DATES", "Dates"),
        Category::Language => ("SUNTING_LANGUAGE", "Language"),
        Category::Furniture => ("SUNTING_WEB_RESIDUE", "Web-page residue"),
    }
}

/// The issue type LanguageTool's clients colour by (the ITS localization-quality types).
fn issue_type(category: Category) -> &'static str {
    match category {
        Category::Spelling => "misspelling",
        Category::Nonstandard => "non-conformance",
        Category::Affix => "grammar",
        Category::Name => "inconsistency",
        Category::Style => "style",
        Category::Date => "inconsistency",
        Category::Language => "locale-violation",
        Category::Furniture => "typographical",
    }
}

#[derive(Serialize)]
pub struct Software {
    name: &'static str,
    version: &'static str,
    #[serde(rename = "buildDate")]
    build_date: &'static str,
    #[serde(rename = "apiVersion")]
    api_version: u32,
    premium: bool,
    status: &'static str,
}

/// What `/v2/check` answers.
#[derive(Serialize)]
pub struct CheckResponse {
    software: Software,
    warnings: Warnings,
    language: LanguageInfo,
    matches: Vec<Match>,
}

#[derive(Serialize)]
struct Warnings {
    #[serde(rename = "incompleteResults")]
    incomplete_results: bool,
}

#[derive(Serialize)]
struct LanguageInfo {
    name: String,
    code: String,
    #[serde(rename = "detectedLanguage")]
    detected_language: Detected,
}

#[derive(Serialize)]
struct Detected {
    name: String,
    code: String,
    confidence: f32,
}

#[derive(Serialize)]
struct Match {
    message: String,
    #[serde(rename = "shortMessage")]
    short_message: String,
    replacements: Vec<Replacement>,
    offset: usize,
    length: usize,
    context: Context,
    sentence: String,
    #[serde(rename = "type")]
    kind: TypeName,
    rule: RuleInfo,
    #[serde(rename = "ignoreForIncompleteSentence")]
    ignore_for_incomplete_sentence: bool,
    #[serde(rename = "contextForSureMatch")]
    context_for_sure_match: i32,
}

#[derive(Serialize)]
struct Replacement {
    value: String,
}

#[derive(Serialize)]
struct Context {
    text: String,
    offset: usize,
    length: usize,
}

#[derive(Serialize)]
struct TypeName {
    #[serde(rename = "typeName")]
    type_name: &'static str,
}

#[derive(Serialize)]
struct RuleInfo {
    id: String,
    description: String,
    #[serde(rename = "issueType")]
    issue_type: &'static str,
    category: CategoryInfo,
}

#[derive(Serialize)]
struct CategoryInfo {
    id: &'static str,
    name: &'static str,
}

/// The software block every answer carries.
pub fn software() -> Software {
    Software { name: "Sunting", version: env!("CARGO_PKG_VERSION"), build_date: "", api_version: 1, premium: false, status: "" }
}

fn language_name(language: Language, ui: UiLanguage) -> &'static str {
    match (language, ui) {
        (Language::Indonesian, UiLanguage::Id) => "Bahasa Indonesia",
        (Language::Indonesian, UiLanguage::En) => "Indonesian",
        (Language::English, UiLanguage::Id) => "Bahasa Inggris",
        (Language::English, UiLanguage::En) => "English",
        (Language::Malay, _) => "Melayu",
        (Language::Javanese, UiLanguage::Id) => "Bahasa Jawa",
        (Language::Javanese, UiLanguage::En) => "Javanese",
        (Language::Sundanese, UiLanguage::Id) => "Bahasa Sunda",
        (Language::Sundanese, UiLanguage::En) => "Sundanese",
    }
}

fn long_code(language: Language, asked: Asked) -> String {
    match (language, asked) {
        (Language::English, Asked::English(code)) if code != "en" => code.to_string(),
        (Language::Indonesian, _) => "id-ID".to_string(),
        (other, _) => other.code().to_string(),
    }
}

/// The answer to `request` from `report`, the check of `request.text.plain` split into
/// paragraphs as [`sunting_check::Document::from_text`] splits it. `descriptions` gives each
/// rule's description in the interface language.
pub fn respond(request: &CheckRequest, report: &Report, descriptions: &BTreeMap<String, String>, ui: UiLanguage) -> CheckResponse {
    let plain = &request.text.plain;
    let wanted = report.findings.iter().filter(|f| request.wants(&f.rule, f.category, f.severity));
    let mut matches: Vec<Match> = request
        .text
        .place(wanted)
        .into_iter()
        .map(|placed| {
            let finding = placed.finding;
            let paragraph = &plain[placed.paragraph.clone()];
            let (start, end) = (placed.range.start - placed.paragraph.start, placed.range.end - placed.paragraph.start);
            let (category_id, category_name) = category_for_client(finding.category);
            Match {
                message: finding.message.clone(),
                short_message: short_message(finding, ui),
                replacements: finding.suggestions.iter().map(|value| Replacement { value: value.clone() }).collect(),
                offset: placed.original.start,
                length: placed.original.len(),
                context: context(paragraph, start, end),
                sentence: sentence(paragraph, start, end).to_string(),
                kind: TypeName { type_name: "Other" },
                rule: RuleInfo {
                    id: rule_for_client(&finding.rule),
                    description: descriptions.get(&finding.rule).cloned().unwrap_or_else(|| finding.rule.clone()),
                    issue_type: issue_type(finding.category),
                    category: CategoryInfo { id: category_id, name: category_name },
                },
                ignore_for_incomplete_sentence: false,
                context_for_sure_match: 0,
            }
        })
        .collect();
    matches.sort_by_key(|m| (m.offset, m.length));
    let detected = report.language;
    let confidence = if report.blocks.is_empty() {
        0.0
    } else {
        report.blocks.iter().filter(|b| b.language == detected).map(|b| b.confidence).sum::<f32>() / report.blocks.len() as f32
    };
    let checked = request.language.forced().unwrap_or(detected);
    CheckResponse {
        software: software(),
        warnings: Warnings { incomplete_results: !report.failures.is_empty() },
        language: LanguageInfo {
            name: language_name(checked, ui).to_string(),
            code: long_code(checked, request.language),
            detected_language: Detected {
                name: language_name(detected, ui).to_string(),
                code: long_code(detected, request.language),
                confidence,
            },
        },
        matches,
    }
}

/// A few words for clients that show a title before the message.
fn short_message(finding: &Finding, ui: UiLanguage) -> String {
    let (id, en) = match finding.category {
        Category::Spelling => ("Salah ketik", "Typo"),
        Category::Nonstandard => ("Tidak baku", "Non-standard"),
        Category::Affix => ("Imbuhan", "Affixation"),
        Category::Name => ("Nama", "Name"),
        Category::Style => ("Gaya", "Style"),
        Category::Date => ("Tanggal", "Date"),
        Category::Language => ("Bahasa", "Language"),
        Category::Furniture => ("Sisa halaman web", "Web residue"),
    };
    match ui {
        UiLanguage::Id => id.to_string(),
        UiLanguage::En => en.to_string(),
    }
}

/// About forty characters either side of the match, as LanguageTool gives them; offset and
/// length in UTF-16 code units within the context.
fn context(paragraph: &str, start: usize, end: usize) -> Context {
    const SIDE: usize = 40;
    let before_start = paragraph[..start].char_indices().rev().nth(SIDE - 1).map_or(0, |(i, _)| i);
    let after_end = paragraph[end..].char_indices().nth(SIDE).map_or(paragraph.len(), |(i, _)| end + i);
    let text = &paragraph[before_start..after_end];
    Context {
        text: text.replace('\n', " "),
        offset: offsets::byte_to_utf16(text, start - before_start),
        length: offsets::byte_to_utf16(&paragraph[start..end], end - start),
    }
}

/// The sentence of the paragraph that holds the match.
fn sentence(paragraph: &str, start: usize, end: usize) -> &str {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = paragraph[..start].rfind(is_end).map_or(0, |i| i + 1);
    let to = paragraph[end..].find(is_end).map_or(paragraph.len(), |i| end + i + 1);
    paragraph[from..to.min(paragraph.len())].trim()
}

/// What `/v2/languages` answers.
pub fn languages() -> serde_json::Value {
    serde_json::json!([
        { "name": "Indonesian", "code": "id", "longCode": "id-ID" },
        { "name": "English (US)", "code": "en", "longCode": "en-US" },
        { "name": "English (GB)", "code": "en", "longCode": "en-GB" },
        { "name": "English", "code": "en", "longCode": "en" },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_request_needs_text_and_a_language_sunting_checks() {
        let limit = 1000;
        assert_eq!(CheckRequest::from_fields(&fields(&[("language", "id")]), limit), Err(RequestError::MissingText));
        assert_eq!(CheckRequest::from_fields(&fields(&[("text", "a"), ("data", "{}")]), limit), Err(RequestError::TextAndData));
        assert_eq!(CheckRequest::from_fields(&fields(&[("text", "a")]), limit), Err(RequestError::MissingLanguage));
        assert_eq!(
            CheckRequest::from_fields(&fields(&[("text", "a"), ("language", "de-DE")]), limit),
            Err(RequestError::UnknownLanguage("de-DE".into()))
        );
        assert_eq!(
            CheckRequest::from_fields(&fields(&[("text", &"a".repeat(1001)), ("language", "id")]), limit),
            Err(RequestError::TooLong { size: 1001, limit })
        );
        let request = CheckRequest::from_fields(
            &fields(&[
                ("text", "Halo"),
                ("language", "id-ID"),
                ("disabledRules", "SUNTING_PUN, repeated_word"),
                ("motherTongue", "id"),
                ("level", "picky"),
            ]),
            limit,
        )
        .unwrap();
        assert_eq!(request.language, Asked::Indonesian);
        assert!(request.picky);
        assert_eq!(request.disabled_rules, ["pun".to_string(), "repeated_word".to_string()].into_iter().collect());
        assert_eq!(Asked::parse("en_GB").unwrap(), Asked::English("en-GB"));
    }

    #[test]
    fn rules_and_categories_filter_what_is_shown() {
        let base = CheckRequest::from_fields(&fields(&[("text", "x"), ("language", "auto")]), 10).unwrap();
        assert!(base.wants("spelling", Category::Spelling, Severity::Error));
        assert!(!base.wants("capital_common_word", Category::Style, Severity::Info), "notes only when picky");
        let only = CheckRequest::from_fields(
            &fields(&[("text", "x"), ("language", "auto"), ("enabledOnly", "true"), ("enabledCategories", "SUNTING_NAMES")]),
            10,
        )
        .unwrap();
        assert!(only.wants("name_consistency", Category::Name, Severity::Error));
        assert!(!only.wants("spelling", Category::Spelling, Severity::Error));
        let off = CheckRequest::from_fields(&fields(&[("text", "x"), ("language", "auto"), ("disabledCategories", "TYPOS")]), 10).unwrap();
        assert!(!off.wants("spelling", Category::Spelling, Severity::Error));
        assert_eq!(rule_for_client("name_consistency"), "SUNTING_NAME_CONSISTENCY");
        assert_eq!(rule_from_client("SUNTING_NAME_CONSISTENCY"), "name_consistency");
    }

    #[test]
    fn context_and_sentence_surround_the_match() {
        let paragraph = "Ia datang. Menteri Rudiatara hadir di 😀 sini. Lalu pulang.";
        let start = paragraph.find("Rudiatara").unwrap();
        let end = start + "Rudiatara".len();
        assert_eq!(sentence(paragraph, start, end), "Menteri Rudiatara hadir di 😀 sini.");
        let context = context(paragraph, start, end);
        assert_eq!(context.text, paragraph);
        assert_eq!((context.offset, context.length), (19, 9));
    }
}
