//! Turning files' text into articles and articles into files' text.
//!
//! Everything here is pure: it takes and returns strings. Reading and writing files, and
//! refusing text that is not UTF-8, belongs to the caller (the command line, the desktop
//! shell), so these functions can be fuzzed and tested without a disk.

pub mod html;
pub mod html_import;
pub mod json;
pub mod markdown;
pub mod plain;

use crate::model::ArticleContent;

/// The file formats Sunting reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Plain text: the first non-empty line is the headline, blocks are separated by blank lines.
    Text,
    /// Markdown (CommonMark), with optional `---` front matter for the other fields.
    Markdown,
    /// A web page or pasted HTML: structure kept, everything else dropped.
    Html,
}

impl ImportFormat {
    /// Picks the format from a file name's extension; anything unknown is read as plain text.
    pub fn from_file_name(name: &str) -> ImportFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            ImportFormat::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            ImportFormat::Html
        } else {
            ImportFormat::Text
        }
    }

    /// Parses `text` in this format.
    pub fn parse(self, text: &str) -> ArticleContent {
        match self {
            ImportFormat::Text => plain::parse(text),
            ImportFormat::Markdown => markdown::parse(text),
            ImportFormat::Html => html_import::parse(text),
        }
    }
}

/// The file formats Sunting writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown with front matter; reads back into the same article.
    Markdown,
    /// A standalone, semantic HTML5 document.
    Html,
    /// The article record as JSON, in the engine's own format.
    Json,
}

impl ExportFormat {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Json => "json",
        }
    }
}

/// Removes a byte-order mark and turns CRLF and CR line ends into LF.
pub(crate) fn clean_input(text: &str) -> String {
    text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n")
}

/// Splits text into blocks on blank lines; lines inside a block are joined with a space.
pub(crate) fn split_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        blocks.push(current.join(" "));
    }
    blocks
}
