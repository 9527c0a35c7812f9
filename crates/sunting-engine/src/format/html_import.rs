//! Reading a web page (or HTML pasted from one) into an article.
//!
//! Only text and structure come through: paragraphs, headings, quotes, list items, bold,
//! italic and links to http, https and mailto addresses. Scripts, styles, forms, navigation,
//! headers, footers, asides, images and every attribute but `href` are dropped, so nothing
//! executable survives: the result is the engine's model, which holds no markup at all.
//!
//! The headline is the page's first `h1` (else its `<title>`); the byline comes from
//! `<meta name="author">`, an element whose class names a byline, or an opening "Oleh …" /
//! "By …" paragraph; the standfirst from `<meta name="description">`.

use crate::model::is_safe_href;
use crate::model::{ArticleContent, Block, BlockKind, Mark, Run};
use dom_query::{Document, NodeRef};

/// Elements whose content is never part of the story.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "form", "button", "select",
    "textarea", "input", "nav", "header", "footer", "aside", "figure", "img", "video", "audio", "head", "title", "meta", "link",
];

/// Elements that start a block of their own.
fn block_kind(name: &str, parent_ordered: Option<bool>) -> Option<BlockKind> {
    Some(match name {
        "p" | "div" | "section" | "article" | "main" | "td" | "dd" | "dt" | "pre" | "address" => BlockKind::Paragraph,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading { level: name[1..].parse().unwrap_or(2) },
        "blockquote" => BlockKind::Quote,
        "li" => BlockKind::ListItem { ordered: parent_ordered.unwrap_or(false) },
        _ => return None,
    })
}

struct Reader {
    blocks: Vec<Block>,
    current: Option<Block>,
}

impl Reader {
    fn flush(&mut self) {
        if let Some(mut block) = self.current.take() {
            block.normalize();
            if !block.is_empty() {
                self.blocks.push(block);
            }
        }
    }

    fn text(&mut self, text: &str, marks: &[Mark], kind: BlockKind) {
        let block = self.current.get_or_insert_with(|| Block { kind, runs: Vec::new(), language: None });
        block.runs.push(Run { text: text.to_string(), marks: marks.to_vec() });
    }

    /// Walks `node`'s children. `kind` is the kind of the block text goes into; `ordered` tells
    /// list items which list they are in.
    fn walk(&mut self, node: &NodeRef<'_>, marks: &mut Vec<Mark>, kind: BlockKind, ordered: Option<bool>) {
        for child in node.children() {
            if child.is_text() {
                let text = child.text();
                if !text.trim().is_empty() || self.current.is_some() {
                    self.text(&text, marks, kind);
                }
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            if DROPPED.contains(&name.as_str()) || child.has_attr("hidden") {
                continue;
            }
            match name.as_str() {
                "br" => self.text(" ", marks, kind),
                "ul" | "ol" => {
                    self.flush();
                    self.walk(&child, marks, kind, Some(name == "ol"));
                    self.flush();
                }
                "b" | "strong" | "i" | "em" | "a" => {
                    let mark = match name.as_str() {
                        "b" | "strong" => Some(Mark::Bold),
                        "i" | "em" => Some(Mark::Italic),
                        _ => child.attr("href").map(|h| h.trim().to_string()).filter(|h| is_safe_href(h)).map(|href| Mark::Link { href }),
                    };
                    let pushed = mark.is_some();
                    if let Some(mark) = mark {
                        marks.push(mark);
                    }
                    self.walk(&child, marks, kind, ordered);
                    if pushed {
                        marks.pop();
                    }
                }
                _ => match block_kind(&name, ordered) {
                    Some(inner) => {
                        self.flush();
                        // A quote or list item holding paragraphs gives one block per paragraph.
                        let inner = if matches!(kind, BlockKind::Quote | BlockKind::ListItem { .. }) && inner == BlockKind::Paragraph {
                            kind
                        } else {
                            inner
                        };
                        self.walk(&child, marks, inner, if name == "li" { None } else { ordered });
                        self.flush();
                    }
                    None => self.walk(&child, marks, kind, ordered),
                },
            }
        }
    }
}

fn meta(document: &Document, name: &str) -> String {
    let selector = format!(r#"meta[name="{name}"], meta[property="og:{name}"]"#);
    document.select(&selector).attr("content").map(|c| crate::model::collapse_whitespace(&c)).unwrap_or_default()
}

/// The text of an HTML fragment, entities decoded and white space collapsed ("Ekonomi &amp;
/// Bisnis" is "Ekonomi & Bisnis"): what a CMS sends as a term's or a title's rendered name.
pub fn text_of(fragment: &str) -> String {
    let document = Document::from(format!("<body><p>{fragment}</p></body>").as_str());
    crate::model::collapse_whitespace(&document.select("body").text())
}

/// Parses HTML into an article. Never fails: what cannot be read is left out.
pub fn parse(html: &str) -> ArticleContent {
    let document = Document::from(html);
    let title = document.select("title").text().to_string();
    let body = document.select("body");
    let root = body.nodes().first().cloned().unwrap_or_else(|| document.root());
    let mut reader = Reader { blocks: Vec::new(), current: None };
    reader.walk(&root, &mut Vec::new(), BlockKind::Paragraph, None);
    reader.flush();
    let mut blocks = reader.blocks;

    let mut content =
        ArticleContent { standfirst: meta(&document, "description"), byline: meta(&document, "author"), ..Default::default() };
    if let Some(index) = blocks.iter().position(|b| b.kind == BlockKind::Heading { level: 1 }) {
        content.headline = blocks.remove(index).text();
    } else {
        content.headline = crate::model::collapse_whitespace(&title);
    }
    if content.byline.is_empty() {
        let by_class = document.select(r#"[class*="byline"], [class*="author"], [rel="author"]"#).text();
        content.byline = crate::model::collapse_whitespace(&by_class);
        if let Some(name) = content.byline.strip_prefix("Oleh ").or_else(|| content.byline.strip_prefix("By ")) {
            content.byline = name.to_string();
        }
    }
    if let Some(index) = blocks.iter().take(3).position(|b| super::byline_of(&b.text()).is_some()) {
        let name = super::byline_of(&blocks[index].text()).unwrap_or_default();
        if content.byline.is_empty() || content.byline == name {
            content.byline = name;
            blocks.remove(index);
        }
    }
    if content.headline.is_empty() && !blocks.is_empty() {
        content.headline = blocks.remove(0).text();
    }
    if let Some(lang) = document.select("html").attr("lang") {
        content.language = lang.split(['-', '_']).next().unwrap_or_default().to_string();
    }
    content.body = blocks;
    content.normalize();
    content
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_of_a_fragment_decodes_entities() {
        assert_eq!(super::text_of("Ekonomi &amp; Bisnis"), "Ekonomi & Bisnis");
        assert_eq!(super::text_of("Kota &#8216;Lama&#8217;  <b>baru</b>"), "Kota ‘Lama’ baru");
        assert_eq!(super::text_of("Olahraga"), "Olahraga");
    }

    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="id-ID"><head>
        <title>Bus listrik | Kabar Semarang</title>
        <meta name="description" content="Uji coba dimulai   Kamis.">
        <meta name="author" content="Ayu Lestari">
        <style>p { color: red }</style><script>alert("head")</script>
      </head><body onload="steal()">
        <nav><a href="/">Beranda</a> <a href="/kota">Kota</a></nav>
        <header><div class="logo">Kabar Semarang</div></header>
        <article>
          <h1>Bus Listrik Mulai Melayani Koridor Timur</h1>
          <p onclick="evil()">Pemerintah kota <b>meluncurkan</b> lima bus <i>feeder</i> pada
             <a href="https://example.org/jadwal" onmouseover="x()">Kamis</a> pagi.<script>document.write("x")</script></p>
          <h2>Jadwal</h2>
          <ul><li>Terboyo – Genuk</li><li><p>Tawang – Pedurungan</p></li></ul>
          <ol><li>Pukul 06.00</li></ol>
          <blockquote><p>“Kami menunggu tiga jam,” kata Sri.</p><p>Paragraf kedua kutipan.</p></blockquote>
          <p>Tautan <a href="javascript:alert(1)">jahat</a> dan <a href="data:text/html,x">data</a>.</p>
          <figure><img src="bus.jpg" onerror="evil()"><figcaption>Foto: bus baru</figcaption></figure>
          <form><input value="Kirim komentar"></form>
        </article>
        <aside>Baca juga: tarif naik</aside>
        <footer>© Kabar Semarang</footer>
      </body></html>"#;

    #[test]
    fn a_web_page_becomes_an_article_with_structure_and_no_markup() {
        let content = parse(PAGE);
        assert_eq!(content.headline, "Bus Listrik Mulai Melayani Koridor Timur");
        assert_eq!(content.standfirst, "Uji coba dimulai Kamis.");
        assert_eq!(content.byline, "Ayu Lestari");
        assert_eq!(content.language, "id");
        let kinds: Vec<(BlockKind, String)> = content.body.iter().map(|b| (b.kind, b.text())).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Paragraph, "Pemerintah kota meluncurkan lima bus feeder pada Kamis pagi.".to_string()),
                (BlockKind::Heading { level: 2 }, "Jadwal".to_string()),
                (BlockKind::ListItem { ordered: false }, "Terboyo – Genuk".to_string()),
                (BlockKind::ListItem { ordered: false }, "Tawang – Pedurungan".to_string()),
                (BlockKind::ListItem { ordered: true }, "Pukul 06.00".to_string()),
                (BlockKind::Quote, "“Kami menunggu tiga jam,” kata Sri.".to_string()),
                (BlockKind::Quote, "Paragraf kedua kutipan.".to_string()),
                (BlockKind::Paragraph, "Tautan jahat dan data.".to_string()),
            ]
        );
        let first = &content.body[0].runs;
        assert!(first.contains(&Run::marked("meluncurkan", vec![Mark::Bold])));
        assert!(first.contains(&Run::marked("feeder", vec![Mark::Italic])));
        assert!(first.contains(&Run::marked("Kamis", vec![Mark::Link { href: "https://example.org/jadwal".into() }])));
        assert!(content.body[7].runs.iter().all(|run| run.marks.is_empty()), "unsafe links lose their address, keep their text");
        let json = serde_json::to_string(&content).unwrap();
        for banned in
            ["script", "alert", "evil", "steal", "onclick", "onerror", "javascript:", "Beranda", "Baca juga", "Kirim komentar", "©"]
        {
            assert!(!json.contains(banned), "{banned} survived: {json}");
        }
    }

    #[test]
    fn a_pasted_fragment_and_a_byline_paragraph() {
        let content = parse("<p>Oleh Budi Santoso</p><p>Hujan deras <em>merendam</em> Kaligawe.</p>");
        assert_eq!(content.byline, "Budi Santoso");
        assert_eq!(content.headline, "Hujan deras merendam Kaligawe.", "without h1 or title the first block is the headline");
        assert!(content.body.is_empty());
        let content = parse("<h1>Judul</h1><p>Oleh Budi Santoso</p><p>Isi berita.</p>");
        assert_eq!((content.headline.as_str(), content.byline.as_str()), ("Judul", "Budi Santoso"));
        assert_eq!(content.body.len(), 1);
    }

    #[test]
    fn broken_html_still_gives_what_can_be_read() {
        let content = parse("<h1>Judul <b>tebal</h1><p>Satu <i>dua<p>tiga</div></span>");
        assert_eq!(content.headline, "Judul tebal");
        assert_eq!(content.body.iter().map(Block::text).collect::<Vec<_>>(), ["Satu dua", "tiga"]);
        assert_eq!(parse(""), ArticleContent::default());
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_without_panicking_and_without_markup(html in "(<(p|b|i|a href=\"javascript:x\"|script|h1|li|ul|blockquote)>|</(p|b|i|a|script|h1|li|ul|blockquote)>|[a-z <>&;\"=]){0,60}") {
            let content = parse(&html);
            for block in &content.body {
                for run in &block.runs {
                    for mark in &run.marks {
                        if let Mark::Link { href } = mark {
                            proptest::prop_assert!(is_safe_href(href));
                        }
                    }
                }
            }
        }
    }
}
