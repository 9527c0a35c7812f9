//! Plain-text views of text: tokens for diffs, and word counts.
//!
//! Tokens follow Unicode word boundaries (UAX #29), so "Rp50.000", "Jum'at" and "COVID-19"'s
//! parts are whole tokens, a comma is a token of its own, and a run of whitespace is one token.
//! Nothing here knows about languages; the checker has its own tokenizer for that.

use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters or digits (with the joiners UAX #29 allows inside a word).
    Word,
    /// One run of whitespace.
    Space,
    /// Anything else: punctuation, symbols, emoji.
    Punct,
}

/// A slice of the text with its kind. Tokens cover the text exactly, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The kind.
    pub kind: TokenKind,
    /// The exact text of the token.
    pub text: &'a str,
}

/// Splits `text` into word, space and punctuation tokens that concatenate back to `text`.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens: Vec<Token<'_>> = Vec::new();
    let mut offset = 0;
    for piece in text.split_word_bounds() {
        let kind = if piece.chars().all(char::is_whitespace) {
            TokenKind::Space
        } else if piece.chars().any(char::is_alphanumeric) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let start = offset;
        offset += piece.len();
        // UAX #29 splits "\n  " into several pieces; an editor sees one gap.
        if let Some(last) = tokens.last_mut() {
            if kind == TokenKind::Space && last.kind == TokenKind::Space {
                let last_start = start - last.text.len();
                last.text = &text[last_start..offset];
                continue;
            }
        }
        tokens.push(Token { kind, text: &text[start..offset] });
    }
    tokens
}

/// The number of words in `text`, as an editor counts them (numbers count, punctuation does not).
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}

/// A URL slug for a headline: lower-case ASCII letters and digits joined by hyphens, every
/// other letter transliterated ("Erdoğan di Đà Nẵng" gives "erdogan-di-da-nang", "Straße"
/// gives "strasse"), at most 80 characters, cut at a word.
pub fn slug(headline: &str) -> String {
    let mut out = String::new();
    for ch in headline.chars() {
        // Apostrophes join: "Jum'at" is "jumat".
        if matches!(ch, '\'' | '\u{2019}' | '\u{02bc}') {
            continue;
        }
        // Letters are spelled in ASCII; symbols and emoji only separate words.
        let spelled = if ch.is_ascii() || !ch.is_alphabetic() { None } else { deunicode::deunicode_char(ch) };
        let mut push = |c: char| {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        };
        match spelled {
            Some(text) => text.chars().for_each(&mut push),
            None => push(ch),
        }
    }
    let mut slug = out.trim_end_matches('-').to_string();
    if slug.len() > 80 {
        let cut = slug[..80].rfind('-').unwrap_or(80);
        slug.truncate(cut);
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text).into_iter().map(|t| (t.kind, t.text)).collect()
    }

    #[test]
    fn punctuation_and_spaces_are_their_own_tokens() {
        use TokenKind::*;
        assert_eq!(
            kinds("Ya,  kata Durov.\n"),
            vec![(Word, "Ya"), (Punct, ","), (Space, "  "), (Word, "kata"), (Space, " "), (Word, "Durov"), (Punct, "."), (Space, "\n")]
        );
    }

    #[test]
    fn numbers_and_apostrophes_stay_whole() {
        let words: Vec<&str> =
            tokenize("Rp50.000 pada Jum'at pukul 10.00").into_iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.text).collect();
        assert_eq!(words, vec!["Rp50.000", "pada", "Jum'at", "pukul", "10.00"]);
    }

    #[test]
    fn tokens_cover_the_text_exactly() {
        let text = "Café 👩‍💻 — naïve  a\u{301}b \t\n end";
        let joined: String = tokenize(text).iter().map(|t| t.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn word_count_ignores_punctuation() {
        assert_eq!(word_count("Kami telah sepakat, secara global — dan termasuk Indonesia."), 8);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn slugs_are_plain_ascii_words_joined_by_hyphens() {
        assert_eq!(super::slug("Pemilu 2024: KPU Umumkan Hasil"), "pemilu-2024-kpu-umumkan-hasil");
        assert_eq!(super::slug("  Café Jum'at — “Durov” ke Jakarta!  "), "cafe-jumat-durov-ke-jakarta");
        // Letters beyond Latin-1 are transliterated, not turned into hyphens.
        assert_eq!(super::slug("Erdoğan Tiba di Đà Nẵng"), "erdogan-tiba-di-da-nang");
        assert_eq!(super::slug("Straße der Łódź"), "strasse-der-lodz");
        assert_eq!(super::slug("Пресс-релиз"), "press-reliz");
        assert_eq!(super::slug("Cabai 🌶️ Naik ™"), "cabai-naik");
        let long = super::slug(&"kata ".repeat(40));
        assert!(long.len() <= 80 && long.ends_with("kata"), "{long}");
    }
}
