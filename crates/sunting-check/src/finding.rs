//! What a check reports: a finding, with its category, severity, place and suggestions.

use serde::{Deserialize, Serialize};

/// What kind of problem a finding is, for grouping in the review panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// A word that is not in the dictionary of its language: a typo or misspelling.
    Spelling,
    /// A non-standard (tidak baku) form with a standard one in KBBI.
    Nonstandard,
    /// An affix written wrongly on a right root: diletakan for diletakkan, mempengaruhi for
    /// memengaruhi, peletakkan for peletakan.
    Affix,
    /// A name spelt differently from the rest of the story or the archive.
    Name,
    /// House style: punctuation, numbers, redundancy, word choice.
    Style,
    /// Dates and weekdays that disagree.
    Date,
    /// Language: foreign words, Malay-isms, a paragraph in another language.
    Language,
    /// Web-page furniture pasted with the story.
    Furniture,
}

impl Category {
    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        sunting_engine::serde_name::name(&self)
    }
}

/// How sure and how serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A note worth a look (style preferences, consistency notes).
    Info,
    /// Probably wrong; the editor decides.
    Warning,
    /// Wrong: a misspelling, a wrong weekday, a misspelt name.
    Error,
}

impl Severity {
    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        sunting_engine::serde_name::name(&self)
    }
}

/// One problem found in one block.
///
/// `start` and `end` count UTF-16 code units within the block's text, as JavaScript and
/// ProseMirror do; [`crate::offsets`] is the one place that converts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// The rule's id (see [`crate::rules::registry`]).
    pub rule: String,
    /// The category.
    pub category: Category,
    /// The severity.
    pub severity: Severity,
    /// The block's index in the article (headline and standfirst come first; see `Checker`).
    pub block: usize,
    /// Start, in UTF-16 code units within the block.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units within the block.
    pub end: usize,
    /// The text flagged.
    pub text: String,
    /// What is wrong, for an editor.
    pub message: String,
    /// Replacements, best first (may be empty).
    pub suggestions: Vec<String>,
    /// The other places of the same problem, for one that is spread over the article (invisible
    /// characters left by a web page): the finding stands at its first place, and its
    /// suggestion applies at every place.
    #[serde(default)]
    pub also: Vec<Place>,
}

/// A place in the article: a block and a range in UTF-16 code units within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Place {
    /// The block's index in the article.
    pub block: usize,
    /// Start, in UTF-16 code units within the block.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units within the block.
    pub end: usize,
}

/// A finding as a rule reports it: byte offsets within the block, before conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawFinding {
    /// The rule's id.
    pub rule: &'static str,
    /// The category.
    pub category: Category,
    /// The severity.
    pub severity: Severity,
    /// Byte offset of the start within the block.
    pub start: usize,
    /// Byte offset of the end within the block.
    pub end: usize,
    /// What is wrong, as a catalogue message (rendered in the interface language).
    pub message: crate::messages::Message,
    /// Replacements, best first.
    pub suggestions: Vec<String>,
    /// True when the rule chose this finding's severity itself (see [`RawFinding::at_severity`]).
    pub own_severity: bool,
}

impl RawFinding {
    /// A finding at a byte range of the block. Its rule's id, category and usual severity are
    /// stated once, in the registry, and stamped on it by the checker (`Rule::stamp`).
    pub fn new(range: std::ops::Range<usize>, message: crate::messages::Message, suggestions: Vec<String>) -> RawFinding {
        RawFinding {
            rule: "",
            category: Category::Style,
            severity: Severity::Info,
            start: range.start,
            end: range.end,
            message,
            suggestions,
            own_severity: false,
        }
    }

    /// The same finding at `severity` instead of its rule's usual one (a name spelt two ways
    /// is an error when one spelling is confirmed, a warning otherwise).
    pub fn at_severity(mut self, severity: Severity) -> RawFinding {
        self.severity = severity;
        self.own_severity = true;
        self
    }
}

/// A rule that stopped on an internal error (a bug in Sunting, never in the text): the check went
/// on without it, and every other rule's findings are in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleFailure {
    /// The rule's id.
    pub rule: String,
    /// The block it was checking (none for a rule over the whole article).
    pub block: Option<usize>,
    /// What went wrong, for a bug report.
    pub message: String,
}
