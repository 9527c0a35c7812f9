//! Splitting a block into the words the rules look at.
//!
//! A *word* here is a run of letters and digits with the joiners Unicode allows inside words
//! (UAX #29), glued to its neighbours by hyphens without spaces, so "bersama-sama", "e-mail",
//! "COVID-19", "ke-2" and "1990-an" are single words with their parts kept. Each word knows
//! whether it starts a sentence, sits inside a direct quote, is italic (foreign words set in
//! italics are correct), or belongs to an address (URL, e-mail, domain) that no rule should touch.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One word of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte range in the block.
    pub range: Range<usize>,
    /// The hyphen-separated parts (just the word itself when there is no hyphen).
    pub parts: Vec<&'a str>,
    /// The first word of a sentence (or of the block, or after a colon or an opening quote that
    /// starts one).
    pub sentence_start: bool,
    /// Inside a direct quotation.
    pub in_quote: bool,
    /// Inside an italic run.
    pub italic: bool,
    /// Part of a URL, e-mail address or domain name.
    pub in_address: bool,
    /// Holds or touches an invisible character (a soft hyphen, a zero-width space): the word as
    /// seen is not the word as stored, so word rules leave it to `web_residue`.
    pub invisible: bool,
}

impl Word<'_> {
    /// True when the word is a candidate for spell-checking at all: Latin script (Arabic
    /// verses, Chinese names and the like are quoted, not misspelt), not part of an address,
    /// visible, without digits, not all capitals or camel-cased, two letters or more.
    pub fn is_checkable(&self) -> bool {
        let latin = self.text.chars().all(|c| !c.is_alphabetic() || (c as u32) < 0x250 || (0x1E00..0x1F00).contains(&(c as u32)));
        latin
            && !(self.in_address
                || self.invisible
                || self.has_digit()
                || self.is_all_caps()
                || self.has_inner_capital()
                || self.text.chars().count() < 2
                || self.text.contains(['_', '@', '/']))
    }

    /// True when the first character is upper-case.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for an acronym or shouted word: two or more letters, all upper-case.
    pub fn is_all_caps(&self) -> bool {
        let letters: Vec<char> = self.text.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    }

    /// True when the word can be judged as an ordinary word: not part of an address, not set in
    /// italics (marked foreign), and not a capitalised word inside a sentence (a name).
    pub fn is_plain(&self) -> bool {
        !(self.in_address || self.italic || self.invisible || (self.is_capitalised() && !self.sentence_start))
    }

    /// True when any character is a digit.
    pub fn has_digit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_digit())
    }

    /// True when the word has upper-case letters after the first ("iPhone", "McDonald", "KompasTV").
    pub fn has_inner_capital(&self) -> bool {
        self.text.chars().skip(1).any(char::is_uppercase)
    }
}

/// A word without its text: ranges and flags, to keep (in a cache) apart from the block.
#[derive(Debug, Clone)]
pub struct WordShape {
    range: Range<usize>,
    parts: Vec<Range<usize>>,
    sentence_start: bool,
    in_quote: bool,
    italic: bool,
    in_address: bool,
    invisible: bool,
}

impl WordShape {
    /// The shape of `word`, a word of `text`.
    pub fn of(word: &Word<'_>, text: &str) -> WordShape {
        let base = text.as_ptr() as usize;
        WordShape {
            range: word.range.clone(),
            parts: word
                .parts
                .iter()
                .map(|part| {
                    let start = part.as_ptr() as usize - base;
                    start..start + part.len()
                })
                .collect(),
            sentence_start: word.sentence_start,
            in_quote: word.in_quote,
            italic: word.italic,
            in_address: word.in_address,
            invisible: word.invisible,
        }
    }

    /// The word again, over the same `text` it was taken from.
    pub fn word<'a>(&self, text: &'a str) -> Word<'a> {
        Word {
            text: &text[self.range.clone()],
            range: self.range.clone(),
            parts: self.parts.iter().map(|part| &text[part.clone()]).collect(),
            sentence_start: self.sentence_start,
            in_quote: self.in_quote,
            italic: self.italic,
            in_address: self.in_address,
            invisible: self.invisible,
        }
    }
}

/// Splits `text` into words. `italic` lists byte ranges set in italics.
pub fn words<'a>(text: &'a str, italic: &[Range<usize>]) -> Vec<Word<'a>> {
    let quotes = quote_ranges(text);
    let addresses = address_ranges(text);
    // Both lists are in text order and words come in text order, so each is walked once.
    let (mut next_quote, mut next_address) = (0, 0);
    let mut words: Vec<Word<'a>> = Vec::new();
    let mut pieces = text.split_word_bound_indices().peekable();
    while let Some((start, piece)) = pieces.next() {
        if !piece.chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut end = start + piece.len();
        let mut parts = vec![piece];
        // Glue "-part" while the hyphen is directly followed by another word.
        loop {
            let mut lookahead = pieces.clone();
            match (lookahead.next(), lookahead.next()) {
                (Some((_, "-")), Some((next_start, next))) if next.chars().any(char::is_alphanumeric) => {
                    parts.push(next);
                    end = next_start + next.len();
                    pieces.next();
                    pieces.next();
                }
                _ => break,
            }
        }
        let range = start..end;
        while quotes.get(next_quote).is_some_and(|q| q.end < end) {
            next_quote += 1;
        }
        while addresses.get(next_address).is_some_and(|a| a.end < end) {
            next_address += 1;
        }
        words.push(Word {
            text: &text[range.clone()],
            sentence_start: starts_sentence(text, start),
            in_quote: quotes.get(next_quote).is_some_and(|q| q.start <= start && end <= q.end),
            italic: italic.iter().any(|r| r.start <= start && end <= r.end),
            in_address: addresses.get(next_address).is_some_and(|a| a.start <= start && end <= a.end),
            invisible: text[range.clone()].chars().any(is_invisible)
                || text[..start].chars().next_back().is_some_and(is_invisible)
                || text[end..].chars().next().is_some_and(is_invisible),
            parts,
            range,
        });
    }
    words
}

/// Characters that take no space on screen but change what a word is: soft hyphen, zero-width
/// space, joiners, word joiner, direction marks, the byte-order mark inside a text, invisible
/// operators and the Mongolian vowel separator.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// True when the text before `at` ends a sentence (or there is none).
fn starts_sentence(text: &str, at: usize) -> bool {
    for ch in text[..at].chars().rev() {
        match ch {
            c if c.is_whitespace() => continue,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '-' | '–' | '—' | '*' | '•' => continue,
            '.' | '!' | '?' | ':' | '…' | ';' => return true,
            _ => return false,
        }
    }
    true
}

/// Byte ranges of direct quotations: between curly quotes, or between pairs of straight ones.
pub fn quote_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for (index, ch) in text.char_indices() {
        match (ch, open) {
            ('“', _) => open = Some(index),
            ('”', Some(start)) => {
                ranges.push(start..index + ch.len_utf8());
                open = None;
            }
            ('"', None) => open = Some(index),
            ('"', Some(start)) => {
                ranges.push(start..index + 1);
                open = None;
            }
            _ => {}
        }
    }
    ranges
}

/// Byte ranges of URLs, e-mail addresses, domain names, @handles and #hashtags.
fn address_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut offset = 0;
    for chunk in text.split(|c: char| c.is_whitespace()) {
        let start = offset;
        offset += chunk.len() + 1;
        let trimmed = chunk.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '"' | '“' | '”' | '\'' | '[' | ']'));
        let trimmed = trimmed.trim_end_matches(['.', ':', '!', '?']);
        if trimmed.is_empty() {
            continue;
        }
        let lower = trimmed.to_ascii_lowercase();
        let is_address = lower.contains("://")
            || lower.starts_with("www.")
            || (trimmed.contains('@') && trimmed.len() > 1)
            || (trimmed.starts_with('#') && trimmed.len() > 1)
            || looks_like_domain(&lower);
        if is_address {
            let inner = chunk.find(trimmed).unwrap_or(0);
            ranges.push(start + inner..start + inner + trimmed.len());
        }
    }
    ranges
}

/// "kanal247.com", "detik.co.id": letters, a dot, and a known top-level domain at the end.
fn looks_like_domain(lower: &str) -> bool {
    const TLDS: &[&str] =
        &["com", "id", "net", "org", "co", "go", "ac", "tv", "io", "info", "news", "my", "sg", "uk", "gov", "edu", "biz", "me", "app"];
    let Some((name, tld)) = lower.rsplit_once('.') else {
        return false;
    };
    !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-') && TLDS.contains(&tld)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text, &[]).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        assert_eq!(
            texts("bersama-sama, e-mail ke-2 COVID-19 1990-an - lalu"),
            ["bersama-sama", "e-mail", "ke-2", "COVID-19", "1990-an", "lalu"]
        );
        assert_eq!(words("anak-anak", &[])[0].parts, ["anak", "anak"]);
    }

    #[test]
    fn sentence_starts_and_quotes() {
        let ws = words("Durov datang. \"Kami sepakat,\" ujarnya: Indonesia", &[]);
        let flags: Vec<(&str, bool, bool)> = ws.iter().map(|w| (w.text, w.sentence_start, w.in_quote)).collect();
        assert_eq!(
            flags,
            [
                ("Durov", true, false),
                ("datang", false, false),
                ("Kami", true, true),
                ("sepakat", false, true),
                ("ujarnya", false, false),
                ("Indonesia", true, false)
            ]
        );
    }

    #[test]
    fn addresses_are_marked() {
        let ws = words("Kanal247.com - Kirim ke redaksi@contoh.id atau https://contoh.id/a-b.", &[]);
        let addresses: Vec<&str> = ws.iter().filter(|w| w.in_address).map(|w| w.text).collect();
        assert_eq!(addresses, ["Kanal247", "com", "redaksi", "contoh.id", "https", "contoh.id", "a-b"]);
        assert!(!ws.iter().find(|w| w.text == "Kirim").unwrap().in_address);
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init, reason = "one italic range, as the function takes a list of them")]
    fn a_shape_gives_the_same_word_back() {
        let text = "Pasca-gempa, “Kami” datang ke kanal247.com.";
        for word in words(text, &[0..5]) {
            assert_eq!(WordShape::of(&word, text).word(text), word);
        }
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init, reason = "one italic range, as the function takes a list of them")]
    fn italic_ranges_apply() {
        let ws = words("mengirim feedback lagi", &[9..17]);
        assert!(ws[1].italic && !ws[0].italic && !ws[2].italic);
    }
}
