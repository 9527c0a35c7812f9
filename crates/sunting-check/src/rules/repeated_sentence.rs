//! `repeated_sentence`: a sentence or a whole paragraph that appears twice, word for word, in the
//! same article. In copy this is a paste gone wrong: a caption dropped in twice, a paragraph
//! moved by copying, a scraped page whose lead repeats. The second occurrence is flagged, and
//! deleting it is offered.
//!
//! Only sentences long enough not to repeat by chance are compared (five words and 25 letters
//! or more); spacing is ignored, case and punctuation are not. The headline is left out: a
//! headline that repeats a sentence of the story is a choice, not a slip. A standfirst that
//! repeats the first paragraph is flagged: a standfirst adds to the lead, it does not copy it. One pass with a hash
//! map, so the cost grows with the text.

use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// The rule.
pub struct RepeatedSentence;

/// The id.
pub const ID: &str = "repeated_sentence";

/// Fewer words than this repeat innocently ("Hal itu dibenarkan warga.").
const MIN_WORDS: usize = 5;
/// Nor fewer letters than this.
const MIN_LETTERS: usize = 25;

impl RepeatedSentence {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Furniture,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(RepeatedSentence)),
        }
    }
}

impl ArticleCheck for RepeatedSentence {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let mut seen_blocks: FxHashSet<String> = FxHashSet::default();
        let mut seen_sentences: FxHashMap<String, usize> = FxHashMap::default();
        let mut findings = Vec::new();
        let mut flag = |block: usize, range: Range<usize>, message: Message| {
            let finding = RawFinding::new(range, message, vec![String::new()]);
            findings.push((block, finding));
        };
        // The first block is the headline.
        let mut previous = String::new();
        for block in article.blocks.iter().skip(1) {
            let whole = normalise(block.text);
            // A short line (a credit, a caption) counts when it is pasted twice in a row, or when
            // it reads as a line rather than a sentence and comes back later.
            let counts = long_enough(&whole) || whole == previous || is_line(&whole);
            previous.clone_from(&whole);
            let seen_before = !seen_blocks.insert(whole.clone());
            if counts && !whole.is_empty() && seen_before {
                flag(block.index, trimmed(block.text, 0..block.text.len()), Message::new("repeated-sentence-paragraph"));
                continue;
            }
            for range in sentences(block.text) {
                let key = normalise(&block.text[range.clone()]);
                if !long_enough(&key) {
                    continue;
                }
                match seen_sentences.get(&key) {
                    Some(&first) if first == block.index => {
                        flag(block.index, deletion_range(block.text, range), Message::new("repeated-sentence-same-paragraph"))
                    }
                    Some(_) => flag(block.index, deletion_range(block.text, range), Message::new("repeated-sentence-earlier")),
                    None => {
                        seen_sentences.insert(key, block.index);
                    }
                }
            }
        }
        findings
    }
}

/// The text with runs of white space made one space, trimmed.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True for a line of two words or more that does not end as a sentence does: a credit or a
/// caption ("Penulis: Budi Santoso", "Foto: dok. Humas").
fn is_line(normalised: &str) -> bool {
    normalised.split(' ').filter(|word| word.chars().any(char::is_alphabetic)).count() >= 2
        && !normalised.ends_with(['.', '!', '?', '"', '”', ':', ','])
}

fn long_enough(normalised: &str) -> bool {
    normalised.split(' ').filter(|word| word.chars().any(char::is_alphabetic)).count() >= MIN_WORDS
        && normalised.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
}

/// The sentences of a block: each ends after `.`, `!` or `?` (and any closing quotes or
/// brackets) followed by white space, or at the end of the block. Ranges exclude the white
/// space around them.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if start.is_none() {
            if c.is_whitespace() {
                continue;
            }
            start = Some(at);
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                if matches!(next, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?') {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let begun = start.expect("set above");
            if chars.peek().is_none_or(|&(_, next)| next.is_whitespace()) && !(c == '.' && after_abbreviation(&text[begun..at])) {
                out.push(begun..end);
                start = None;
            }
        }
    }
    if let Some(start) = start {
        out.push(trimmed(text, start..text.len()));
    }
    out
}

/// True when the text before a period ends in a short capitalised word, an abbreviation or an
/// initial ("Dr.", "Jl.", "KM.", "S."), after which a sentence goes on.
fn after_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let letters = word.chars().count();
    (1..=3).contains(&letters) && word.starts_with(|c: char| c.is_uppercase())
}

/// `range` without white space at either end.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// The range to delete for a repeated sentence: the sentence with the space after it, or the
/// space before it when it ends the block, so deleting leaves the spacing right.
fn deletion_range(text: &str, sentence: Range<usize>) -> Range<usize> {
    let after = text[sentence.end..].len() - text[sentence.end..].trim_start().len();
    if after > 0 && sentence.end + after < text.len() {
        return sentence.start..sentence.end + after;
    }
    let before = text[..sentence.start].len() - text[..sentence.start].trim_end().len();
    sentence.start - before..sentence.end
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::{sentences, ID};

    const CAPTION: &str = "Warga melintasi genangan air di Jalan Kaligawe, Semarang, Rabu pagi.";

    #[test]
    fn a_paragraph_pasted_twice_is_flagged_once() {
        let text = format!("Banjir di Semarang\n\n{CAPTION}\n\nAir mulai surut pada siang hari.\n\n{CAPTION}");
        let findings: Vec<_> = check(&text).into_iter().filter(|f| f.rule == ID).collect();
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].block, 3);
        assert_eq!(findings[0].text, CAPTION);
        assert!(findings[0].message.contains("paragraph already appears"), "{}", findings[0].message);
        assert_eq!(findings[0].suggestions, vec![String::new()], "deleting is offered");
    }

    #[test]
    fn a_sentence_repeated_inside_a_paragraph_or_across_paragraphs() {
        let text = format!("Judul\n\nHujan turun sejak pagi. {CAPTION} Petugas menutup jalan.\n\nLalu lintas dialihkan. {CAPTION}");
        // The second copy ends its block, so the space before it goes with it.
        assert_flags(&text, ID, &[&format!(" {CAPTION}")]);
        let inside = format!("Judul\n\n{CAPTION} Hujan turun sejak pagi. {CAPTION} Petugas menutup jalan.");
        // Not at the end: the space after it goes with it.
        assert_flags(&inside, ID, &[&format!("{CAPTION} ")]);
        let findings = check(&inside);
        assert!(findings.iter().any(|f| f.rule == ID && f.message.contains("earlier in this paragraph")), "{findings:#?}");
    }

    #[test]
    fn spacing_is_ignored_but_words_and_short_sentences_are_not() {
        let spaced = CAPTION.replace(' ', "  ");
        assert_flags(&format!("Judul\n\n{CAPTION}\n\n{spaced}"), ID, &[&spaced]);
        // One word differs: a different sentence.
        let changed = CAPTION.replace("pagi", "sore");
        assert_flags(&format!("Judul\n\n{CAPTION}\n\n{changed}"), ID, &[]);
        // Short sentences repeat innocently.
        assert_flags("Judul\n\nIa menolak. Kami diam.\n\nWarga datang.\n\nIa menolak. Kami diam.", ID, &[]);
    }

    #[test]
    fn a_short_line_pasted_twice_is_flagged() {
        // Twice in a row, whatever its length.
        assert_flags("Judul\n\nIa menolak. Kami diam.\n\nIa menolak. Kami diam.", ID, &["Ia menolak. Kami diam."]);
        // A credit or caption line that comes back later.
        assert_flags("Judul\n\nPenulis: Budi Santoso\n\nIsi berita.\n\nPenulis: Budi Santoso", ID, &["Penulis: Budi Santoso"]);
    }

    #[test]
    fn a_headline_repeated_in_the_story_is_a_choice() {
        let headline = "Warga Semarang mengungsi karena banjir setinggi satu meter";
        assert_flags(&format!("{headline}\n\n{headline}.\n\nAir mulai surut."), ID, &[]);
    }

    #[test]
    fn sentences_end_at_terminal_punctuation_followed_by_space() {
        let text = "Dr. Ani datang ke Jl. Pemuda. Harga naik 2.5 persen! \"Benar?\" katanya.  KM. Sinar tiba di AS. Lalu";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            vec!["Dr. Ani datang ke Jl. Pemuda.", "Harga naik 2.5 persen!", "\"Benar?\"", "katanya.", "KM. Sinar tiba di AS. Lalu"]
        );
    }
}
