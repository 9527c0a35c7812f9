// Shared by the import targets: what every imported article must satisfy, whatever the input.

use sunting_engine::ArticleContent;

/// An imported article is in canonical form (normalising changes nothing), has no empty
/// blocks, and every link it kept is a web or mail link.
pub fn assert_sane(content: &ArticleContent) {
    let mut again = content.clone();
    again.normalize();
    assert_eq!(&again, content, "import returns canonical content");
    for block in &content.body {
        assert!(!block.is_empty(), "no empty blocks");
        for run in &block.runs {
            for mark in &run.marks {
                if let sunting_engine::Mark::Link { href } = mark {
                    assert!(sunting_engine::model::is_safe_href(href), "unsafe link kept: {href}");
                }
            }
        }
    }
    // Whatever came in, the HTML that goes out carries no markup from it: text is escaped
    // (so "<" only opens Sunting's own elements) and links are web or mail links.
    let html = sunting_engine::format::html::render_wordpress_blocks(&content.body);
    for banned in ["<script", "<iframe", "<img", "<style", "href=\"javascript:", "href=\"data:"] {
        assert!(!html.to_ascii_lowercase().contains(banned), "{banned} in {html}");
    }
}
