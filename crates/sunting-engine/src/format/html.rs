//! A standalone, semantic HTML5 document for an article.
//!
//! Every piece of text is escaped, and only `http`, `https` and `mailto` links are written:
//! an article can never carry markup or script into the page it is exported to.

use crate::model::{ArticleContent, Block, BlockKind, Mark};

/// Renders the whole document.
pub fn render(content: &ArticleContent) -> String {
    let lang = if content.language.is_empty() { "id" } else { content.language.as_str() };
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", escape(lang)));
    out.push_str(&format!("<title>{}</title>\n</head>\n<body>\n<article>\n<header>\n", escape(&content.headline)));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&content.headline)));
    for (class, value) in [("standfirst", &content.standfirst), ("byline", &content.byline), ("dateline", &content.dateline)] {
        if !value.is_empty() {
            out.push_str(&format!("<p class=\"{class}\">{}</p>\n", escape(value)));
        }
    }
    out.push_str("</header>\n");
    out.push_str(&render_body(&content.body));
    if !content.tags.is_empty() {
        out.push_str("<footer>\n<ul class=\"tags\">\n");
        for tag in &content.tags {
            out.push_str(&format!("<li>{}</li>\n", escape(tag)));
        }
        out.push_str("</ul>\n</footer>\n");
    }
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

/// Renders the body's blocks as HTML elements, grouping list items into lists.
pub fn render_body(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut open_list: Option<bool> = None;
    for block in blocks {
        let item_of = match block.kind {
            BlockKind::ListItem { ordered } => Some(ordered),
            _ => None,
        };
        if open_list.is_some() && open_list != item_of {
            out.push_str(if open_list == Some(true) { "</ol>\n" } else { "</ul>\n" });
            open_list = None;
        }
        if let (None, Some(ordered)) = (open_list, item_of) {
            out.push_str(if ordered { "<ol>\n" } else { "<ul>\n" });
            open_list = Some(ordered);
        }
        let inner = render_inline(block);
        match block.kind {
            BlockKind::Paragraph => out.push_str(&format!("<p>{inner}</p>\n")),
            BlockKind::Heading { level } => {
                // h1 is the headline's; body headings start at h2.
                let level = level.clamp(2, 6);
                out.push_str(&format!("<h{level}>{inner}</h{level}>\n"));
            }
            BlockKind::Quote => out.push_str(&format!("<blockquote><p>{inner}</p></blockquote>\n")),
            BlockKind::ListItem { .. } => out.push_str(&format!("<li>{inner}</li>\n")),
        }
    }
    match open_list {
        Some(true) => out.push_str("</ol>\n"),
        Some(false) => out.push_str("</ul>\n"),
        None => {}
    }
    out
}

fn render_inline(block: &Block) -> String {
    let mut out = String::new();
    for run in &block.runs {
        let mut piece = escape(&run.text);
        if run.marks.contains(&Mark::Italic) {
            piece = format!("<em>{piece}</em>");
        }
        if run.marks.contains(&Mark::Bold) {
            piece = format!("<strong>{piece}</strong>");
        }
        for mark in &run.marks {
            if let Mark::Link { href } = mark {
                if is_safe_href(href) {
                    piece = format!("<a href=\"{}\">{piece}</a>", escape(href.trim()));
                }
            }
        }
        out.push_str(&piece);
    }
    out
}

/// Only web and mail links leave Sunting; `javascript:`, `data:` and the like are dropped.
pub fn is_safe_href(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
}

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Run;

    #[test]
    fn semantic_document_with_escaped_text() {
        let mut content = ArticleContent::from_paragraphs("Durov & <Kominfo>", ["Satu \"dua\"."]);
        content.standfirst = "Ringkas.".into();
        content.body.push(Block::new(BlockKind::ListItem { ordered: false }, "a"));
        content.body.push(Block::new(BlockKind::ListItem { ordered: false }, "b"));
        content.body.push(Block::new(BlockKind::Quote, "kutip"));
        let html = render(&content);
        assert!(html.contains("<h1>Durov &amp; &lt;Kominfo&gt;</h1>"));
        assert!(html.contains("<p class=\"standfirst\">Ringkas.</p>"));
        assert!(html.contains("<p>Satu &quot;dua&quot;.</p>"));
        assert!(html.contains("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<blockquote><p>kutip</p></blockquote>"));
    }

    #[test]
    fn dangerous_links_are_dropped_but_text_kept() {
        let block = Block {
            kind: BlockKind::Paragraph,
            language: None,
            runs: vec![
                Run::marked("klik", vec![Mark::Link { href: "javascript:alert(1)".into() }]),
                Run::marked(" aman", vec![Mark::Bold, Mark::Link { href: "https://contoh.id/?a=1&b=\"2\"".into() }]),
            ],
        };
        let html = render_body(&[block]);
        assert_eq!(html, "<p>klik<a href=\"https://contoh.id/?a=1&amp;b=&quot;2&quot;\"><strong> aman</strong></a></p>\n");
    }
}
