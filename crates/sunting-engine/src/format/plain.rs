//! Plain text in: the first non-empty line is the headline; the rest is paragraphs separated by
//! blank lines. Line breaks inside a paragraph are hard wraps and become spaces.

use super::{clean_input, split_blocks};
use crate::model::{ArticleContent, Block};

/// Parses plain text into an article.
pub fn parse(text: &str) -> ArticleContent {
    let text = clean_input(text);
    let mut lines = text.lines();
    let headline = lines.by_ref().map(str::trim).find(|line| !line.is_empty()).unwrap_or_default().to_string();
    let rest: Vec<&str> = lines.collect();
    let mut content =
        ArticleContent { headline, body: split_blocks(&rest.join("\n")).into_iter().map(Block::paragraph).collect(), ..Default::default() };
    content.normalize();
    content
}

/// The article as plain text, in the shape [`parse`] reads: headline, blank line, blocks.
pub fn render(content: &ArticleContent) -> String {
    let mut out = content.headline.clone();
    out.push('\n');
    for block in &content.body {
        out.push('\n');
        out.push_str(&block.text());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_nonempty_line_is_the_headline() {
        let content = parse("\u{feff}\n\n  Durov ke Jakarta \r\n\r\nParagraf satu\nbaris kedua.\r\n\n\n\nParagraf dua.\n");
        assert_eq!(content.headline, "Durov ke Jakarta");
        let texts: Vec<String> = content.body.iter().map(Block::text).collect();
        assert_eq!(texts, vec!["Paragraf satu baris kedua.", "Paragraf dua."]);
    }

    #[test]
    fn a_headline_alone_has_an_empty_body() {
        let content = parse("Hanya judul");
        assert_eq!(content.headline, "Hanya judul");
        assert!(content.body.is_empty());
        assert_eq!(parse("").headline, "");
    }

    #[test]
    fn render_reads_back() {
        let content = ArticleContent::from_paragraphs("Judul", ["Satu.", "Dua, tiga."]);
        assert_eq!(parse(&render(&content)), content);
    }
}
