//! `web_residue`: what a web page leaves in copy pasted or scraped from it, inside a paragraph
//! (whole blocks of page furniture are `furniture`'s):
//! - invisible characters inside or beside words (soft hyphens, zero-width spaces, joiners,
//!   direction marks): the word looks right but is not the word, so search, spelling and the
//!   CMS see something else. The character is flagged, never the word as a misspelling;
//! - HTML tags, character entities (`&nbsp;`) and attribute residue (`class="`);
//! - "Baca juga:" and similar link labels in the middle of a paragraph;
//! - empty brackets left where a link or an image was.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;
use crate::token::is_invisible;

/// The rule.
pub struct WebResidue;

/// The id.
pub const ID: &str = "web_residue";

/// Link labels that introduce another article.
const LINK_LABELS: &[&str] = &["baca juga", "simak juga", "lihat juga", "baca selengkapnya", "berita terkait", "artikel terkait", "baca:"];
/// Attributes whose `name="` in copy is residue of markup.
const ATTRIBUTES: &[&str] = &[
    "class",
    "style",
    "href",
    "src",
    "alt",
    "width",
    "height",
    "target",
    "rel",
    "title",
    "id",
    "loading",
    "srcset",
    "sizes",
    "decoding",
    "itemprop",
    "frameborder",
    "allowfullscreen",
    "allow",
    "align",
    "border",
    "type",
    "name",
    "content",
    "property",
    "lang",
    "dir",
];

impl WebResidue {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Furniture,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(WebResidue)),
        }
    }
}

/// The message id of an invisible character (the checker gathers an article's into one finding).
pub const INVISIBLE: &str = "web-residue-invisible";
/// The message id of the one finding for all of them.
pub const INVISIBLE_IN_ARTICLE: &str = "web-residue-invisible-article";

/// The one message for every invisible character of an article, from their own messages: how
/// many there are, and which kind when they are all of one kind.
pub fn invisible_in_article(each: &[&Message]) -> Message {
    let kind = |message: &Message| {
        message.args.iter().find(|(name, _)| *name == "character").and_then(|(_, value)| match value {
            crate::messages::Arg::Text(text) => Some(text.clone()),
            crate::messages::Arg::Number(_) => None,
        })
    };
    let first = each.first().and_then(|message| kind(message));
    let same = first.as_ref().filter(|first| each.iter().all(|message| kind(message).as_ref() == Some(first)));
    Message::new("web-residue-invisible-article")
        .number("count", each.len())
        .text("character", same.cloned().unwrap_or_else(|| "other".to_string()))
}

/// The invisible character's code in messages (the catalogues name it in their language).
fn name_of(c: char) -> &'static str {
    match c {
        '\u{ad}' => "soft-hyphen",
        '\u{200b}' => "zero-width-space",
        '\u{200c}' => "zero-width-non-joiner",
        '\u{200d}' => "zero-width-joiner",
        '\u{200e}' | '\u{200f}' => "direction-mark",
        '\u{2060}' => "word-joiner",
        '\u{feff}' => "zero-width-no-break-space",
        _ => "other",
    }
}

impl Check for WebResidue {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let text = block.text;
        let mut findings = Vec::new();
        let finding = |range: std::ops::Range<usize>, severity, message: Message, suggestions: Vec<String>| {
            RawFinding::new(range, message, suggestions).at_severity(severity)
        };
        let mut previous: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if is_invisible(c) && (previous.is_some_and(char::is_alphanumeric) || next.is_some_and(char::is_alphanumeric)) {
                let message = Message::new("web-residue-invisible").text("character", name_of(c));
                findings.push(finding(at..at + c.len_utf8(), Severity::Error, message, vec![String::new()]));
            }
            match c {
                '<' => {
                    let rest = &text[at + 1..];
                    let tag_like = rest.starts_with(|n: char| n.is_ascii_alphabetic() || n == '/' || n == '!');
                    if let Some(close) = rest.find('>').filter(|&close| tag_like && close <= 200 && !rest[..close].contains('<')) {
                        let name: String = rest.trim_start_matches(['/', '!']).chars().take_while(char::is_ascii_alphanumeric).collect();
                        if !name.is_empty() || rest.starts_with("!--") {
                            let message = Message::new("web-residue-markup");
                            findings.push(finding(at..at + 1 + close + 1, Severity::Error, message, vec![String::new()]));
                        }
                    }
                }
                '&' => {
                    let rest = &text[at + 1..];
                    let body: String = rest.chars().take_while(|n| n.is_ascii_alphanumeric() || *n == '#').take(10).collect();
                    if !body.is_empty() && rest[body.len()..].starts_with(';') {
                        let message = Message::new("web-residue-entity").text("entity", format!("&{body};"));
                        findings.push(finding(at..at + 1 + body.len() + 1, Severity::Error, message, Vec::new()));
                    }
                }
                '[' | '(' if next == Some(if c == '[' { ']' } else { ')' }) => {
                    findings.push(finding(at..at + 2, Severity::Warning, Message::new("web-residue-empty-brackets"), vec![String::new()]));
                }
                '=' if next == Some('"') => {
                    let before = &text[..at];
                    let name_start = before
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '-')
                        .last()
                        .map_or(at, |(i, _)| i);
                    let name = &before[name_start..];
                    let lower = name.to_ascii_lowercase();
                    if ATTRIBUTES.contains(&lower.as_str()) || lower.starts_with("data-") || lower.starts_with("aria-") {
                        let message = Message::new("web-residue-attribute").text("attribute", name);
                        findings.push(finding(name_start..at + 2, Severity::Error, message, Vec::new()));
                    }
                }
                _ => {}
            }
            previous = Some(c);
        }
        // Link labels mid-paragraph: after a sentence or a line, not at the start of the block.
        for word in block.words.iter().filter(|w| w.range.start > 0 && w.is_capitalised()) {
            let rest = &text[word.range.start..];
            let Some(label) = LINK_LABELS.iter().find(|label| {
                let Some(head) = rest.get(..label.len()).filter(|head| head.eq_ignore_ascii_case(label)) else { return false };
                label.ends_with(':') || rest[head.len()..].trim_start_matches(' ').starts_with([':', '-', '|'])
            }) else {
                continue;
            };
            let message = Message::new("web-residue-link-label");
            findings.push(finding(word.range.start..word.range.start + label.len(), Severity::Warning, message, Vec::new()));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn invisible_characters_are_flagged_not_the_word() {
        let text = "Pemerintah melakukan pem\u{ad}blokiran situs.";
        assert_flags(text, ID, &["\u{ad}"]);
        assert!(flagged(text, "spelling").is_empty(), "{:?}", flagged(text, "spelling"));
        // A joiner inside an emoji sequence is not residue.
        assert_flags("Warganet membalas 👨\u{200d}👩\u{200d}👧 saja.", ID, &[]);
    }

    #[test]
    fn an_articles_invisible_characters_are_one_finding_that_removes_them_all() {
        let text = "Pemerintah melakukan pem\u{ad}blokiran situs dan pem\u{200b}blokiran akun.\n\nWarga ber\u{ad}tanya soal pe\u{ad}nga\u{ad}wasan.";
        let findings: Vec<_> = check(text).into_iter().filter(|f| f.rule == ID).collect();
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let one = &findings[0];
        assert_eq!((one.block, one.start, one.text.as_str(), one.suggestions.as_slice()), (0, 24, "\u{ad}", &[String::new()][..]));
        let places: Vec<_> = one.also.iter().map(|p| (p.block, p.start, p.end)).collect();
        assert_eq!(places, [(0, 47, 48), (1, 9, 10), (1, 23, 24), (1, 27, 28)]);
        assert!(one.message.contains("5 invisible characters"), "{}", one.message);
        // One kind throughout is named.
        let soft = check("Pem\u{ad}blokiran dan pe\u{ad}nga\u{ad}wasan.");
        let soft = soft.iter().find(|f| f.rule == ID).unwrap();
        assert!(soft.message.contains("3 soft hyphens"), "{}", soft.message);
        assert!(soft.also.len() == 2);
        // Other residue stays one finding per place.
        let markup = check("Harga naik<br/> lagi<br/> hari ini.");
        assert!(markup.iter().filter(|f| f.rule == ID).all(|f| f.also.is_empty()) && markup.iter().filter(|f| f.rule == ID).count() == 2);
    }

    #[test]
    fn markup_entities_and_attributes() {
        assert_flags("Harga naik<br/> lagi&nbsp;hari ini.", ID, &["<br/>", "&nbsp;"]);
        assert_flags("Foto itu class=\"wp-image\" diunggah.", ID, &["class=\""]);
        assert_flags("Foto itu data-caption=\"Banjir\" loading=\"lazy\" diunggah.", ID, &["data-caption=\"", "loading=\""]);
        assert_flags("Nilai 3 < 5 dan 7 > 2; Rudi & Ani datang.", ID, &[]);
    }

    #[test]
    fn link_labels_mid_paragraph_and_empty_brackets() {
        assert_flags("Harga cabai naik. Baca juga: Harga bawang turun. Pedagang mengeluh []", ID, &["Baca juga", "[]"]);
        assert_flags("Ia meminta warga membaca juga aturan itu.", ID, &[]);
    }
}
