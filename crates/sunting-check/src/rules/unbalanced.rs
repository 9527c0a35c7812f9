//! `unbalanced`: a quotation mark or bracket opened and not closed in the same paragraph, or
//! closed without being opened. A quotation may run over several paragraphs: a closing mark
//! whose quotation opened in an earlier paragraph closes it, so the article is read in order.

use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;

/// The rule.
pub struct Unbalanced;

/// The id.
pub const ID: &str = "unbalanced";

impl Unbalanced {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Info,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(Unbalanced)),
        }
    }
}

/// True when the quotation mark at `index` reads as a closing one: after a word or punctuation,
/// before white space, punctuation or the end.
fn closes_here(text: &str, index: usize) -> bool {
    let before = text[..index].chars().next_back();
    let after = text[index + 1..].chars().next();
    before.is_some_and(|c| !c.is_whitespace() && c != '(') && after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

impl ArticleCheck for Unbalanced {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let mut findings = Vec::new();
        let mut quote_open = false;
        for block in article.blocks {
            let (found, open_after) = check_paragraph(block.text, quote_open);
            findings.extend(found.into_iter().map(|finding| (block.index, finding)));
            quote_open = open_after;
        }
        findings
    }
}

/// The findings in one paragraph, given whether a quotation is still open from the paragraphs
/// before it; and whether one is open at its end.
fn check_paragraph(text: &str, quote_open_before: bool) -> (Vec<RawFinding>, bool) {
    let mut findings = Vec::new();
    let mut flag = |at: usize, ch: char, message: Message| {
        findings.push(RawFinding::new(at..at + ch.len_utf8(), message, Vec::new()));
    };
    let mut brackets: Vec<(usize, char)> = Vec::new();
    let mut straight_quotes: Vec<usize> = Vec::new();
    let mut curly: Vec<usize> = Vec::new();
    let mut carried = quote_open_before;
    for (index, ch) in text.char_indices() {
        match ch {
            '(' | '[' => brackets.push((index, ch)),
            ')' | ']' => {
                let opener = if ch == ')' { '(' } else { '[' };
                match brackets.last() {
                    Some(&(_, open)) if open == opener => {
                        brackets.pop();
                    }
                    // "1) ..." and "a) ..." list markers close nothing.
                    _ if text[..index].chars().rev().take_while(|c| c.is_alphanumeric()).count() <= 2 && brackets.is_empty() => {}
                    _ => flag(index, ch, Message::new("unbalanced-bracket-closes-nothing")),
                }
            }
            // A straight mark closing a curly opening one ("“Kami sepakat," katanya) pairs with it.
            '"' if straight_quotes.len().is_multiple_of(2) && !curly.is_empty() && closes_here(text, index) => {
                curly.pop();
            }
            '"' => straight_quotes.push(index),
            '“' => curly.push(index),
            // A curly closing mark after a straight opening one pairs with it.
            '”' if curly.is_empty() && straight_quotes.len() % 2 == 1 => {
                straight_quotes.pop();
            }
            // With nothing open here, the quotation an earlier paragraph opened ends.
            '”' if curly.pop().is_none() => {
                if carried {
                    carried = false;
                } else {
                    flag(index, ch, Message::new("unbalanced-quote-closes-nothing"));
                }
            }
            _ => {}
        }
    }
    for (index, ch) in brackets {
        flag(index, ch, Message::new("unbalanced-bracket-never-closed"));
    }
    // A quotation left open at the end of a paragraph is the newsroom convention for a quote
    // that goes on in the next paragraph (which opens with a quotation mark again), so only an
    // opening mark with more than one still open, or a closing one, is flagged.
    if curly.len() > 1 {
        for &index in &curly[..curly.len() - 1] {
            flag(index, '“', Message::new("unbalanced-quote-never-closed"));
        }
    }
    // A straight mark that closes a quotation carried from before pairs with nothing here.
    let closes_carried = carried
        && straight_quotes.first().is_some_and(|&first| {
            text[..first].chars().next_back().is_some_and(|c| !c.is_whitespace() && c != '(')
                || text[first + 1..].chars().next().is_none_or(char::is_whitespace)
        });
    let own: &[usize] = if closes_carried { &straight_quotes[1..] } else { &straight_quotes };
    let mut open_after = !curly.is_empty();
    if own.len() % 2 == 1 {
        let last = *own.last().unwrap_or(&0);
        let opens = text[..last].chars().next_back().is_none_or(|c| c.is_whitespace() || c == '(')
            && text[last + 1..].chars().next().is_some_and(|c| !c.is_whitespace());
        if opens {
            open_after = true;
        } else {
            flag(last, '"', Message::new("unbalanced-quote-odd"));
        }
    }
    (findings, open_after)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn flags_what_is_left_open() {
        assert_flags("Ia berkata, Kami sepakat.\" Lalu pergi.", ID, &["\""]);
        assert_flags("“Satu “dua” tiga. “Empat.", ID, &["“"]);
        assert_flags("Kementerian (Kominfo beralasan.", ID, &["("]);
        assert_flags("Kominfo) beralasan panjang lebar.", ID, &[")"]);
    }

    #[test]
    fn a_quote_that_goes_on_in_the_next_paragraph_passes() {
        assert_flags("Ia berkata, \"Kami sepakat. Besok kami datang.\n\n\"Lalu kami pulang,\" katanya.", ID, &[]);
        assert_flags("Ia berkata, “Kami sepakat.\n\n“Lalu kami pulang,” katanya.", ID, &[]);
    }

    #[test]
    fn a_quote_closed_in_a_later_paragraph_is_balanced() {
        assert_flags("Ia berkata, \"Kami sepakat. Besok kami datang.\n\nLalu kami pulang,\" katanya.", ID, &[]);
        assert_flags("Ia berkata, “Kami sepakat.\n\nLalu kami pulang,” katanya.", ID, &[]);
        // With nothing open before it, the same closing mark closes nothing.
        assert_flags("Lalu kami pulang,” katanya.", ID, &["”"]);
        assert_flags("Lalu kami pulang,\" katanya.", ID, &["\""]);
    }

    #[test]
    fn mixed_straight_and_curly_marks_that_pair_up_are_balanced() {
        assert_flags("“Kami sepakat,\" kata Durov. \"Baik,” jawabnya.", ID, &[]);
        // A straight mark opening inside a curly quotation is a quotation of its own.
        assert_flags("“Ia menyebut \"kasus\" itu,” katanya.", ID, &[]);
    }

    #[test]
    fn balanced_text_passes() {
        assert_flags("\"Kami sepakat,\" kata Durov (CEO Telegram). “Baik,” jawabnya. 1) satu 2) dua", ID, &[]);
    }
}
