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

/// Renders the body's blocks as HTML elements, grouping list items into lists. A block whose
/// language was set by the editor carries a `lang` attribute.
pub fn render_body(blocks: &[Block]) -> String {
    render_blocks(blocks, false)
}

/// Renders the body for WordPress's block editor: the same elements, each wrapped in the
/// block-editor comments (`<!-- wp:paragraph -->`) and classes WordPress itself writes, so the
/// post opens as native paragraph, heading, quote and list blocks instead of one Classic block.
pub fn render_wordpress_blocks(blocks: &[Block]) -> String {
    render_blocks(blocks, true)
}

fn render_blocks(blocks: &[Block], wordpress: bool) -> String {
    let mut out = String::new();
    let mut open_list: Option<bool> = None;
    let close_list = |out: &mut String, ordered: bool| {
        out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
        if wordpress {
            out.push_str("<!-- /wp:list -->\n");
        }
    };
    for block in blocks {
        let item_of = match block.kind {
            BlockKind::ListItem { ordered } => Some(ordered),
            _ => None,
        };
        if let Some(ordered) = open_list.filter(|_| open_list != item_of) {
            close_list(&mut out, ordered);
            open_list = None;
        }
        if let (None, Some(ordered)) = (open_list, item_of) {
            match (wordpress, ordered) {
                (false, true) => out.push_str("<ol>\n"),
                (false, false) => out.push_str("<ul>\n"),
                (true, true) => out.push_str("<!-- wp:list {\"ordered\":true} -->\n<ol class=\"wp-block-list\">\n"),
                (true, false) => out.push_str("<!-- wp:list -->\n<ul class=\"wp-block-list\">\n"),
            }
            open_list = Some(ordered);
        }
        let inner = render_inline(block);
        let lang = match &block.language {
            Some(lang) if !wordpress && !lang.is_empty() => format!(" lang=\"{}\"", escape(lang)),
            _ => String::new(),
        };
        match (block.kind, wordpress) {
            (BlockKind::Paragraph, false) => out.push_str(&format!("<p{lang}>{inner}</p>\n")),
            (BlockKind::Paragraph, true) => out.push_str(&format!("<!-- wp:paragraph -->\n<p>{inner}</p>\n<!-- /wp:paragraph -->\n")),
            (BlockKind::Heading { level }, _) => {
                // h1 is the headline's; body headings start at h2.
                let level = level.clamp(2, 6);
                if wordpress {
                    let attrs = if level == 2 { String::new() } else { format!(" {{\"level\":{level}}}") };
                    out.push_str(&format!("<!-- wp:heading{attrs} -->\n<h{level} class=\"wp-block-heading\">{inner}</h{level}>\n<!-- /wp:heading -->\n"));
                } else {
                    out.push_str(&format!("<h{level}{lang}>{inner}</h{level}>\n"));
                }
            }
            (BlockKind::Quote, false) => out.push_str(&format!("<blockquote{lang}><p>{inner}</p></blockquote>\n")),
            (BlockKind::Quote, true) => out.push_str(&format!(
                "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>{inner}</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->\n"
            )),
            (BlockKind::ListItem { .. }, false) => out.push_str(&format!("<li{lang}>{inner}</li>\n")),
            (BlockKind::ListItem { .. }, true) => out.push_str(&format!("<!-- wp:list-item -->\n<li>{inner}</li>\n<!-- /wp:list-item -->\n")),
        }
    }
    if let Some(ordered) = open_list {
        close_list(&mut out, ordered);
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
                if crate::model::is_safe_href(href) {
                    piece = format!("<a href=\"{}\">{piece}</a>", escape(href.trim()));
                }
            }
        }
        out.push_str(&piece);
    }
    out
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

    #[test]
    fn wordpress_blocks_wrap_each_element_in_block_comments() {
        let mut english = Block::paragraph("In English.");
        english.language = Some("en".into());
        let blocks = vec![
            Block::paragraph("Satu <b>"),
            Block { kind: BlockKind::Heading { level: 3 }, runs: vec![Run::plain("Jadwal")], language: None },
            Block { kind: BlockKind::Quote, runs: vec![Run::plain("Kutipan")], language: None },
            Block { kind: BlockKind::ListItem { ordered: true }, runs: vec![Run::plain("Satu")], language: None },
            Block { kind: BlockKind::ListItem { ordered: true }, runs: vec![Run::plain("Dua")], language: None },
            english,
        ];
        let html = render_wordpress_blocks(&blocks);
        assert_eq!(
            html,
            "<!-- wp:paragraph -->\n<p>Satu &lt;b&gt;</p>\n<!-- /wp:paragraph -->\n\
             <!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Jadwal</h3>\n<!-- /wp:heading -->\n\
             <!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>Kutipan</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->\n\
             <!-- wp:list {\"ordered\":true} -->\n<ol class=\"wp-block-list\">\n\
             <!-- wp:list-item -->\n<li>Satu</li>\n<!-- /wp:list-item -->\n<!-- wp:list-item -->\n<li>Dua</li>\n<!-- /wp:list-item -->\n\
             </ol>\n<!-- /wp:list -->\n\
             <!-- wp:paragraph -->\n<p>In English.</p>\n<!-- /wp:paragraph -->\n"
        );
        assert!(render_body(&blocks).ends_with("<p lang=\"en\">In English.</p>\n"), "plain HTML marks a paragraph's language");
    }
}
