//! Markdown in and out.
//!
//! Reading: optional YAML front matter between `---` lines (`standfirst:`, `byline:`,
//! `dateline:`, `language:`, `tags:` as a list or `a, b`), then the first non-empty line is the headline (a
//! leading `#` is dropped), then CommonMark blocks: paragraphs, headings, block quotes, lists,
//! with bold, italic and links. Raw HTML and images are dropped: the article model has no place
//! for them, and HTML from outside is never passed on.
//!
//! Writing produces the same shape, so an exported article reads back into the same content.

use super::clean_input;
use crate::model::{collapse_whitespace, ArticleContent, Block, BlockKind, Mark, Run};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use yaml_rust2::parser::Event as YamlEvent;
use yaml_rust2::{Yaml, YamlLoader};

/// Parses Markdown into an article.
pub fn parse(text: &str) -> ArticleContent {
    let text = clean_input(text);
    let mut content = ArticleContent::default();
    let rest = read_front_matter(&text, &mut content);

    // The first non-empty line is the headline; everything after it is the body.
    let mut lines = rest.split_inclusive('\n');
    let mut consumed = 0;
    for line in lines.by_ref() {
        consumed += line.len();
        if !line.trim().is_empty() {
            content.headline = inline_text(line.trim().trim_start_matches('#'));
            break;
        }
    }
    content.body = parse_blocks(&rest[consumed..]);
    content.normalize();
    content
}

/// Renders an article as Markdown with front matter.
pub fn render(content: &ArticleContent) -> String {
    let mut out = String::new();
    // Every value is a double-quoted YAML string (a standfirst may hold `: ` or quotes), and the
    // tags a flow list of them, so any YAML reader reads back what was written.
    let tags = if content.tags.is_empty() {
        String::new()
    } else {
        format!("[{}]", content.tags.iter().map(|tag| yaml_string(tag)).collect::<Vec<_>>().join(", "))
    };
    let front: Vec<(&str, String)> = [
        ("standfirst", &content.standfirst),
        ("byline", &content.byline),
        ("dateline", &content.dateline),
        ("language", &content.language),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(key, value)| (key, yaml_string(value)))
    .chain((!tags.is_empty()).then_some(("tags", tags)))
    .collect();
    if !front.is_empty() {
        out.push_str("---\n");
        for (key, value) in front {
            out.push_str(&format!("{key}: {value}\n"));
        }
        out.push_str("---\n\n");
    }
    out.push_str("# ");
    out.push_str(&escape_line_start(&escape_inline(&content.headline)));
    out.push('\n');
    let mut previous: Option<BlockKind> = None;
    for block in &content.body {
        let text = render_runs(&block.runs);
        // Items of one list stay together; anything else is separated by a blank line.
        let same_list =
            matches!((previous, block.kind), (Some(BlockKind::ListItem { ordered: a }), BlockKind::ListItem { ordered: b }) if a == b);
        out.push_str(if same_list { "" } else { "\n" });
        match block.kind {
            BlockKind::Paragraph => out.push_str(&escape_line_start(&text)),
            BlockKind::Heading { level } => {
                out.push_str(&"#".repeat(level as usize));
                out.push(' ');
                out.push_str(&text);
            }
            BlockKind::Quote => {
                out.push_str("> ");
                out.push_str(&text);
            }
            BlockKind::ListItem { ordered: true } => {
                out.push_str("1. ");
                out.push_str(&text);
            }
            BlockKind::ListItem { ordered: false } => {
                out.push_str("- ");
                out.push_str(&text);
            }
        }
        out.push('\n');
        previous = Some(block.kind);
    }
    out
}

fn read_front_matter<'a>(text: &'a str, content: &mut ArticleContent) -> &'a str {
    let Some(after_open) = text.strip_prefix("---\n") else {
        return text;
    };
    let Some(end) = after_open.find("\n---\n").map(|i| i + 1).or_else(|| after_open.starts_with("---\n").then_some(0)) else {
        return text;
    };
    let block = &after_open[..end];
    let rest = &after_open[end + "---\n".len()..];
    // Front matter is a YAML mapping (block lists, comments, quoting and escapes as YAML has
    // them); a story that merely opens with a rule line, or YAML that is not a mapping, keeps its
    // text. Aliases are never expanded: a few lines of them can stand for billions of nodes.
    if has_alias(block) {
        return rest;
    }
    let documents = match YamlLoader::load_from_str(block) {
        Ok(documents) => documents,
        Err(_) => return text,
    };
    let mapping = match documents.first() {
        None => return rest,
        Some(Yaml::Hash(mapping)) => mapping,
        Some(_) => return text,
    };
    for (key, value) in mapping {
        let Some(key) = key.as_str() else { continue };
        match key.trim().to_ascii_lowercase().as_str() {
            "standfirst" | "description" => content.standfirst = yaml_text(value),
            "byline" | "author" => content.byline = yaml_text(value),
            "dateline" | "place" => content.dateline = yaml_text(value),
            "language" | "lang" => content.language = yaml_text(value),
            "tags" => content.tags = yaml_tags(value),
            _ => {}
        }
    }
    rest
}

/// True when the YAML holds an alias (`*name`), or cannot be read far enough to tell.
fn has_alias(block: &str) -> bool {
    let mut parser = yaml_rust2::parser::Parser::new_from_str(block);
    loop {
        match parser.next_token() {
            Ok((YamlEvent::Alias(_), _)) => return true,
            Ok((YamlEvent::StreamEnd, _)) => return false,
            Ok(_) => {}
            // Not YAML: the loader says so.
            Err(_) => return false,
        }
    }
}

/// A scalar as text (numbers and booleans as written); anything else is empty.
fn yaml_text(value: &Yaml) -> String {
    match value {
        Yaml::String(text) | Yaml::Real(text) => text.trim().to_string(),
        Yaml::Integer(number) => number.to_string(),
        Yaml::Boolean(flag) => flag.to_string(),
        _ => String::new(),
    }
}

/// Tags: a YAML list (block or flow), or, as hand-written front matter has it, `a, b`.
fn yaml_tags(value: &Yaml) -> Vec<String> {
    let tags: Vec<String> = match value {
        Yaml::Array(items) => items.iter().map(yaml_text).collect(),
        Yaml::String(text) => text.split(',').map(|tag| tag.trim().to_string()).collect(),
        other => vec![yaml_text(other)],
    };
    tags.into_iter().filter(|tag| !tag.is_empty()).collect()
}

/// `value` as a double-quoted YAML string.
fn yaml_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for ch in value.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The plain text of one line of inline Markdown (for the headline).
fn inline_text(line: &str) -> String {
    let blocks = parse_blocks(line);
    collapse_whitespace(&blocks.iter().map(Block::text).collect::<Vec<_>>().join(" "))
}

fn parse_blocks(text: &str) -> Vec<Block> {
    let mut builder = BlockBuilder::default();
    for event in Parser::new_ext(text, Options::empty()) {
        builder.event(event);
    }
    builder.finish_block();
    builder.blocks
}

/// Turns pulldown-cmark's event stream into blocks.
#[derive(Default)]
struct BlockBuilder {
    blocks: Vec<Block>,
    current: Option<Block>,
    marks: Vec<Mark>,
    quote_depth: usize,
    lists: Vec<bool>,
    in_item: bool,
    in_image: usize,
}

impl BlockBuilder {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            // Raw HTML has no place in the model; dropping it keeps scripts out.
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            // A tight list item's text arrives without a paragraph; a loose one's inside one.
            Tag::Paragraph | Tag::CodeBlock(_) if !(self.in_item && self.current.as_ref().is_some_and(Block::is_empty)) => {
                self.open(self.container_kind());
            }
            Tag::Heading { level, .. } => self.open(BlockKind::Heading { level: heading_level(level) }),
            Tag::BlockQuote(_) => self.quote_depth += 1,
            Tag::List(start) => self.lists.push(start.is_some()),
            Tag::Item => {
                self.in_item = true;
                self.open(self.container_kind());
            }
            Tag::Emphasis => self.marks.push(Mark::Italic),
            Tag::Strong => self.marks.push(Mark::Bold),
            Tag::Link { dest_url, .. } => self.marks.push(Mark::Link { href: dest_url.to_string() }),
            Tag::Image { .. } => self.in_image += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Heading(_) if !self.in_item => self.finish_block(),
            TagEnd::Item => {
                self.finish_block();
                self.in_item = false;
            }
            TagEnd::BlockQuote(_) => self.quote_depth = self.quote_depth.saturating_sub(1),
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => {
                self.marks.pop();
            }
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            _ => {}
        }
    }

    fn container_kind(&self) -> BlockKind {
        if let Some(&ordered) = self.lists.last() {
            BlockKind::ListItem { ordered }
        } else if self.quote_depth > 0 {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        }
    }

    fn open(&mut self, kind: BlockKind) {
        self.finish_block();
        self.current = Some(Block { kind, runs: Vec::new(), language: None });
    }

    fn text(&mut self, text: &str) {
        if self.in_image > 0 {
            return;
        }
        let kind = self.container_kind();
        let block = self.current.get_or_insert_with(|| Block { kind, runs: Vec::new(), language: None });
        block.runs.push(Run::marked(text, self.marks.clone()));
    }

    fn finish_block(&mut self) {
        if let Some(mut block) = self.current.take() {
            block.normalize();
            if !block.is_empty() {
                self.blocks.push(block);
            }
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Renders runs with their marks.
///
/// CommonMark only reads `*` as emphasis when it touches a letter or digit on the inside, so a
/// marked run's leading and trailing punctuation and spaces are written outside the markers
/// (bold on a lone comma is lost; its text never is). Links wrap the whole run.
fn render_runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in runs {
        let raw = run.text.as_str();
        let bold = run.marks.contains(&Mark::Bold);
        let italic = run.marks.contains(&Mark::Italic);
        let link = run.marks.iter().find_map(|mark| match mark {
            Mark::Link { href } if crate::model::is_safe_href(href) => Some(href.as_str()),
            _ => None,
        });
        let core_start = raw.find(char::is_alphanumeric);
        let core_end = raw.char_indices().rev().find(|(_, c)| c.is_alphanumeric()).map(|(i, c)| i + c.len_utf8());
        let (Some(start), Some(end)) = (core_start, core_end) else {
            out.push_str(&escape_inline(raw));
            continue;
        };
        let mut piece = escape_inline(&raw[start..end]);
        if italic {
            piece = format!("*{piece}*");
        }
        if bold {
            piece = format!("**{piece}**");
        }
        let (lead, trail) = (escape_inline(&raw[..start]), escape_inline(&raw[end..]));
        match link {
            Some(href) => out.push_str(&format!("[{lead}{piece}{trail}]({})", link_destination(href))),
            None => out.push_str(&format!("{lead}{piece}{trail}")),
        }
    }
    out
}

fn link_destination(href: &str) -> String {
    if href.chars().any(|c| c.is_whitespace() || c == '(' || c == ')' || c == '<' || c == '>') {
        format!("<{}>", href.replace('<', "%3C").replace('>', "%3E"))
    } else {
        href.to_string()
    }
}

/// Escapes the characters that would start inline Markdown.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '!' | '#' | '~' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Escapes what would make a paragraph's first characters a list, quote or heading.
fn escape_line_start(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) && matches!(text[digits..].chars().next(), Some('.' | ')')) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    match text.chars().next() {
        Some('-' | '+' | '=') => format!("\\{text}"),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_script_link_in_markdown_never_reaches_the_model_or_the_output() {
        let content = parse("# Judul\n\n[tautan](javascript:alert(1)) dan [aman](https://contoh.id).\n");
        let marks: Vec<&Mark> = content.body[0].runs.iter().flat_map(|r| &r.marks).collect();
        assert_eq!(marks, [&Mark::Link { href: "https://contoh.id".into() }]);
        assert!(!render(&content).contains("javascript:"), "{}", render(&content));
    }

    #[test]
    fn reads_headline_blocks_and_marks() {
        let content = parse(
            "---\nbyline: Tim Redaksi\ntags: Telegram, Kominfo\nlanguage: id\n---\n\n# Durov ke **Jakarta**\n\nParagraf dengan **tebal**, *miring* dan [tautan](https://contoh.id/a).\n\n## Subjudul\n\n> Kutipan panjang\n> dua baris.\n\n- satu\n- dua\n\n1. pertama\n\n<script>alert(1)</script>\n\n![foto](x.png)\n",
        );
        assert_eq!(content.headline, "Durov ke Jakarta");
        assert_eq!(content.byline, "Tim Redaksi");
        assert_eq!(content.tags, vec!["Telegram", "Kominfo"]);
        let kinds: Vec<BlockKind> = content.body.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Paragraph,
                BlockKind::Heading { level: 2 },
                BlockKind::Quote,
                BlockKind::ListItem { ordered: false },
                BlockKind::ListItem { ordered: false },
                BlockKind::ListItem { ordered: true },
            ]
        );
        assert_eq!(content.body[2].text(), "Kutipan panjang dua baris.");
        let runs = &content.body[0].runs;
        assert!(runs.contains(&Run::marked("tebal", vec![Mark::Bold])));
        assert!(runs.contains(&Run::marked("miring", vec![Mark::Italic])));
        assert!(runs.contains(&Run::marked("tautan", vec![Mark::Link { href: "https://contoh.id/a".into() }])));
        assert!(!content.body.iter().any(|b| b.text().contains("alert")));
    }

    #[test]
    fn plain_text_reads_like_the_text_format() {
        let content = parse("Judul tanpa pagar\n\nIsi pertama.\n\nIsi kedua.");
        assert_eq!(content.headline, "Judul tanpa pagar");
        assert_eq!(content.body.len(), 2);
    }

    #[test]
    fn front_matter_is_valid_yaml_whatever_the_values_hold() {
        let mut content = ArticleContent::from_paragraphs("Judul", ["Isi."]);
        content.standfirst = "Menteri: \"Harga naik\" — kata dia\\".into();
        content.byline = "- Tim #1".into();
        content.tags = vec!["Pemilu, 2024".into(), "KPU \"pusat\"".into()];
        let text = render(&content);
        let front = text.strip_prefix("---\n").and_then(|rest| rest.split_once("---\n")).map(|(front, _)| front).unwrap();
        let yaml = &yaml_rust2::YamlLoader::load_from_str(front).expect("valid YAML")[0];
        assert_eq!(yaml["standfirst"].as_str(), Some(content.standfirst.as_str()));
        assert_eq!(yaml["byline"].as_str(), Some("- Tim #1"));
        assert_eq!(yaml["tags"][0].as_str(), Some("Pemilu, 2024"));
        assert_eq!(yaml["tags"][1].as_str(), Some("KPU \"pusat\""));
        assert_eq!(parse(&text), content);
        // Hand-written front matter in the plain style still reads.
        let plain = parse("---\nstandfirst: Ringkas saja\ntags: satu, dua\n---\n\n# J\n");
        assert_eq!((plain.standfirst.as_str(), plain.tags), ("Ringkas saja", vec!["satu".to_string(), "dua".to_string()]));
    }

    #[test]
    fn front_matter_reads_as_yaml_block_lists_comments_and_all() {
        let text = r#"---
# dari CMS lama
standfirst: >
  Banjir rob kembali
  merendam Kaligawe.
tags:
  - banjir
  - "Semarang, Jawa Tengah"
dateline: Semarang # kota
byline: 'Tim ''Kabar'''
language: id
---

# Judul

Isi.
"#;
        let content = parse(text);
        assert_eq!(content.headline, "Judul");
        assert_eq!(content.standfirst, "Banjir rob kembali merendam Kaligawe.");
        assert_eq!(content.tags, ["banjir", "Semarang, Jawa Tengah"]);
        assert_eq!((content.dateline.as_str(), content.byline.as_str(), content.language.as_str()), ("Semarang", "Tim 'Kabar'", "id"));
        assert_eq!(content.body.len(), 1, "the front matter's keys stay out of the body: {:?}", content.body);
        // Numbers read as written; keys in any case.
        assert_eq!(parse("---\nDateline: 2017\n---\n\n# J\n").dateline, "2017");
        // A story that opens with a rule line, or YAML that is no mapping, keeps its text.
        let ruled = parse("---\nBukan kunci\n---\n\nIsi.\n");
        assert!(ruled.headline.contains("Bukan kunci") || ruled.body.iter().any(|b| b.text().contains("Bukan kunci")), "{ruled:?}");
        // Aliases are never expanded (a few lines could stand for billions of nodes).
        let laughs = "---\na: &a [\"x\", \"x\"]\nb: &b [*a, *a]\ntags: [*b, *b]\n---\n\n# Judul\n";
        let content = parse(laughs);
        assert_eq!((content.headline.as_str(), content.tags.len()), ("Judul", 0));
    }

    #[test]
    fn export_reads_back() {
        let mut content = parse("# Judul *miring*\n\nA **b** c _d_ [e](https://x.id/(1)).\n\n- a\n- b\n\n1. c\n\n> q\n\n### h3\n");
        content.standfirst = "Ringkas: dua kalimat.".into();
        content.dateline = "Jakarta".into();
        assert_eq!(parse(&render(&content)), content);
    }

    #[test]
    fn special_characters_survive_a_round_trip() {
        let content = ArticleContent::from_paragraphs(
            "#1 *bukan* tebal",
            ["1. bukan daftar", "- bukan butir", "> bukan kutipan", "a_b*c [d](e) <f> &amp; \\ `g` ! ~ |"],
        );
        let back = parse(&render(&content));
        assert_eq!(back, content, "{}", render(&content));
    }

    /// A plain run full of characters Markdown cares about, then a marked word.
    fn arb_runs() -> impl Strategy<Value = Vec<Run>> {
        let plain = " [a-zA-Z0-9 .,:;'\"()#*_<>&!\\\\\\-\u{e9}\u{1F600}]{0,12} ";
        let marks = prop_oneof![
            Just(vec![Mark::Bold]),
            Just(vec![Mark::Italic]),
            Just(vec![Mark::Bold, Mark::Italic]),
            Just(vec![Mark::Link { href: "https://contoh.id/a b".into() }]),
        ];
        proptest::collection::vec((plain, "[a-zA-Z\u{e9}][a-zA-Z0-9.\u{e9}]{0,6}[a-z]", marks), 1..4)
            .prop_map(|pairs| pairs.into_iter().flat_map(|(plain, word, marks)| [Run::plain(plain), Run::marked(word, marks)]).collect())
    }

    proptest! {
        /// Whatever the text, the exported Markdown reads back as the same plain text per block.
        #[test]
        fn exported_text_reads_back(headline in "[a-zA-Z0-9 .,#*_\\-]{1,20}", blocks in proptest::collection::vec(arb_runs(), 0..5)) {
            let mut content = ArticleContent {
                headline,
                body: blocks.into_iter().map(|runs| Block { kind: BlockKind::Paragraph, runs, language: None }).collect(),
                ..Default::default()
            };
            content.normalize();
            let back = parse(&render(&content));
            prop_assert_eq!(&back.headline, &content.headline);
            prop_assert_eq!(&back.body, &content.body, "{}", render(&content));
        }
    }
}
