//! Reading a Word document (`.docx`, Office Open XML) into an article.
//!
//! A .docx file is a zip archive. The story is in `word/document.xml`: paragraphs (`w:p`) made
//! of runs (`w:r`) of text (`w:t`) with bold and italic in the run's properties, hyperlinks
//! (`w:hyperlink`) whose addresses are in `word/_rels/document.xml.rels`, list paragraphs
//! (`w:numPr`) whose bullet or number is defined in `word/numbering.xml`, and paragraph styles
//! whose built-in names ("heading 1", "Title", "Quote", ...) are in `word/styles.xml`. Style
//! names are read rather than style ids because Word localises the ids ("Judul1" in an
//! Indonesian Word), never the names.
//!
//! Kept: paragraphs, headings, quotes, list items, bold, italic, and links to http, https and
//! mailto addresses. Dropped: images, drawings and text boxes, tracked deletions, field codes,
//! comments, footnotes, headers and footers. The Title style gives the headline (else the first
//! top-level heading, else the first paragraph), the Subtitle style the standfirst, and an
//! opening "Oleh …" / "By …" paragraph the byline.

use crate::model::is_safe_href;
use crate::model::{collapse_whitespace, ArticleContent, Block, BlockKind, Mark, Run};
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::collections::HashMap;
use std::fmt;
use std::io::{Cursor, Read};

/// The most a single part of the archive may expand to. Word writes about 5 bytes of XML per
/// byte of text, so this admits far longer stories than anyone files, and stops a zip bomb.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumCount)]
pub enum DocxError {
    /// Not a zip archive at all (a renamed file, a truncated download, an old binary .doc).
    #[error("is not a Word document (.docx); old .doc files must be saved as .docx first")]
    NotZip,
    /// A zip archive without `word/document.xml`: some other kind of file.
    #[error("is a zip archive but not a Word document (it has no word/document.xml)")]
    NotWord,
    /// A part expands to more than [`MAX_PART_BYTES`].
    #[error("expands to more than {} MB of XML, more than one article holds", MAX_PART_BYTES / (1024 * 1024))]
    TooLarge,
    /// The archive or its XML is damaged; the text says where.
    #[error("is a damaged Word document ({0})")]
    Damaged(String),
}

/// Parses the bytes of a .docx file into an article.
pub fn parse(bytes: &[u8]) -> Result<ArticleContent, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxError::NotZip)?;
    let document = read_part(&mut archive, "word/document.xml")?.ok_or(DocxError::NotWord)?;
    let styles = read_part(&mut archive, "word/styles.xml")?.map(|xml| Styles::parse(&xml)).transpose()?.unwrap_or_default();
    let numbering = read_part(&mut archive, "word/numbering.xml")?.map(|xml| Numbering::parse(&xml)).transpose()?.unwrap_or_default();
    let links = read_part(&mut archive, "word/_rels/document.xml.rels")?.map(|xml| parse_links(&xml)).transpose()?.unwrap_or_default();
    let title = read_part(&mut archive, "docProps/core.xml")?.map(|xml| core_title(&xml)).transpose()?.flatten();

    let paragraphs = Body { styles: &styles, numbering: &numbering, links: &links }.parse(&document)?;
    Ok(assemble(paragraphs, title))
}

/// A part's text, or `None` when the archive does not have it.
fn read_part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, DocxError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(DocxError::Damaged(format!("{name}: {error}"))),
    };
    if file.size() > MAX_PART_BYTES {
        return Err(DocxError::TooLarge);
    }
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1).read_to_end(&mut bytes).map_err(|error| DocxError::Damaged(format!("{name}: {error}")))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError::TooLarge);
    }
    let text = String::from_utf8(bytes).map_err(|_| DocxError::Damaged(format!("{name} is not UTF-8 XML")))?;
    Ok(Some(text))
}

fn damaged(part: &str, error: impl fmt::Display) -> DocxError {
    DocxError::Damaged(format!("{part}: {error}"))
}

/// The value of the attribute whose local name is `name` ("w:val" and "val" both match "val").
fn attr(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

/// An on/off property such as `<w:b/>`, `<w:b w:val="0"/>` or `<w:i w:val="false"/>`.
fn switched_on(element: &BytesStart<'_>) -> bool {
    !matches!(attr(element, "val").as_deref(), Some("0" | "false" | "off" | "none"))
}

fn local(element: &BytesStart<'_>) -> String {
    element.local_name().as_ref().to_string()
}

/// What a paragraph style means for the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Subtitle,
    Heading(u8),
    Quote,
    List { ordered: bool },
}

/// What a character style means: bold, italic.
#[derive(Debug, Default, Clone, Copy)]
struct CharStyle {
    bold: bool,
    italic: bool,
}

#[derive(Debug, Default)]
struct StyleDef {
    name: String,
    based_on: Option<String>,
    bold: bool,
    italic: bool,
}

/// `word/styles.xml`: style ids to names and parents.
#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, StyleDef>,
}

impl Styles {
    fn parse(xml: &str) -> Result<Styles, DocxError> {
        let mut reader = Reader::from_str(xml);
        let mut styles = Styles::default();
        let mut current: Option<(String, StyleDef)> = None;
        let mut in_rpr = false;
        loop {
            match reader.read_event().map_err(|e| damaged("word/styles.xml", e))? {
                Event::Start(e) | Event::Empty(e) => match local(&e).as_str() {
                    "style" => current = attr(&e, "styleId").map(|id| (id, StyleDef::default())),
                    "name" => {
                        if let Some((_, def)) = current.as_mut() {
                            def.name = attr(&e, "val").unwrap_or_default().to_lowercase();
                        }
                    }
                    "basedOn" => {
                        if let Some((_, def)) = current.as_mut() {
                            def.based_on = attr(&e, "val");
                        }
                    }
                    "rPr" => in_rpr = true,
                    "b" if in_rpr => {
                        if let Some((_, def)) = current.as_mut() {
                            def.bold = switched_on(&e);
                        }
                    }
                    "i" if in_rpr => {
                        if let Some((_, def)) = current.as_mut() {
                            def.italic = switched_on(&e);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "style" => {
                        if let Some((id, def)) = current.take() {
                            styles.by_id.insert(id, def);
                        }
                    }
                    "rPr" => in_rpr = false,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(styles)
    }

    /// Follows a paragraph style and the styles it is based on to a role, by built-in name
    /// (or, when the document has no styles part, by the usual English ids).
    fn role(&self, id: &str) -> Option<Role> {
        let mut id = id.to_string();
        for _ in 0..8 {
            let name = self.by_id.get(&id).map(|def| def.name.clone()).unwrap_or_else(|| id.to_lowercase());
            if let Some(role) = role_of_name(&name) {
                return Some(role);
            }
            id = self.by_id.get(&id)?.based_on.clone()?;
        }
        None
    }

    fn char_style(&self, id: &str) -> CharStyle {
        let mut style = CharStyle::default();
        let mut id = Some(id.to_string());
        for _ in 0..8 {
            let Some(current) = id.take() else { break };
            let name = self.by_id.get(&current).map(|def| def.name.clone()).unwrap_or_else(|| current.to_lowercase());
            style.bold |= name == "strong" || self.by_id.get(&current).is_some_and(|def| def.bold);
            style.italic |= name.contains("emphasis") || self.by_id.get(&current).is_some_and(|def| def.italic);
            id = self.by_id.get(&current).and_then(|def| def.based_on.clone());
        }
        style
    }
}

fn role_of_name(name: &str) -> Option<Role> {
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match compact.as_str() {
        "title" => Role::Title,
        "subtitle" => Role::Subtitle,
        "quote" | "intensequote" | "blocktext" => Role::Quote,
        _ if compact.starts_with("heading") => {
            let level = compact["heading".len()..].parse::<u8>().ok().filter(|l| (1..=6).contains(l))?;
            Role::Heading(level)
        }
        _ if compact.starts_with("listbullet") => Role::List { ordered: false },
        _ if compact.starts_with("listnumber") => Role::List { ordered: true },
        _ => return None,
    })
}

/// `word/numbering.xml`: which list numbers are bullets.
#[derive(Debug, Default)]
struct Numbering {
    /// numId to abstractNumId.
    nums: HashMap<String, String>,
    /// (abstractNumId, level) to number format ("bullet", "decimal", ...).
    formats: HashMap<(String, String), String>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, DocxError> {
        let mut reader = Reader::from_str(xml);
        let mut numbering = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut level: Option<String> = None;
        let mut num_id: Option<String> = None;
        loop {
            match reader.read_event().map_err(|e| damaged("word/numbering.xml", e))? {
                Event::Start(e) | Event::Empty(e) => match local(&e).as_str() {
                    "abstractNum" => abstract_id = attr(&e, "abstractNumId"),
                    "lvl" => level = attr(&e, "ilvl"),
                    "numFmt" => {
                        if let (Some(a), Some(l), Some(format)) = (&abstract_id, &level, attr(&e, "val")) {
                            numbering.formats.insert((a.clone(), l.clone()), format);
                        }
                    }
                    "num" => num_id = attr(&e, "numId"),
                    "abstractNumId" => {
                        if let (Some(n), Some(a)) = (&num_id, attr(&e, "val")) {
                            numbering.nums.insert(n.clone(), a);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "abstractNum" => abstract_id = None,
                    "lvl" => level = None,
                    "num" => num_id = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(numbering)
    }

    fn ordered(&self, num_id: &str, level: &str) -> bool {
        let format = self.nums.get(num_id).and_then(|a| self.formats.get(&(a.clone(), level.to_string())));
        !matches!(format.map(String::as_str), None | Some("bullet" | "none"))
    }
}

/// `word/_rels/document.xml.rels`: relationship ids to external link targets.
fn parse_links(xml: &str) -> Result<HashMap<String, String>, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut links = HashMap::new();
    loop {
        match reader.read_event().map_err(|e| damaged("word/_rels/document.xml.rels", e))? {
            Event::Start(e) | Event::Empty(e) if local(&e) == "Relationship" => {
                let is_link = attr(&e, "Type").is_some_and(|t| t.ends_with("/hyperlink"));
                if let (true, Some(id), Some(target)) = (is_link, attr(&e, "Id"), attr(&e, "Target")) {
                    links.insert(id, target);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(links)
}

/// `docProps/core.xml`: the document's title property, if set.
fn core_title(xml: &str) -> Result<Option<String>, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut in_title = false;
    let mut title = String::new();
    loop {
        match reader.read_event().map_err(|e| damaged("docProps/core.xml", e))? {
            Event::Start(e) if local(&e) == "title" => in_title = true,
            Event::End(e) if e.local_name().as_ref() == "title" => in_title = false,
            Event::Text(t) if in_title => title.push_str(&t.xml10_content()),
            Event::Eof => break,
            _ => {}
        }
    }
    let title = collapse_whitespace(&title);
    Ok((!title.is_empty()).then_some(title))
}

/// One paragraph as read, before headline and byline are picked out.
#[derive(Debug)]
struct Paragraph {
    role: Option<Role>,
    runs: Vec<Run>,
}

impl Paragraph {
    fn text(&self) -> String {
        collapse_whitespace(&self.runs.iter().map(|r| r.text.as_str()).collect::<String>())
    }
}

struct Body<'a> {
    styles: &'a Styles,
    numbering: &'a Numbering,
    links: &'a HashMap<String, String>,
}

/// Elements whose content is never part of the story text.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "instrText",
    "delInstrText",
    "drawing",
    "pict",
    "object",
    "AlternateContent",
    "txbxContent",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
    "pPrChange",
    "rPrChange",
    "sdtPr",
];

impl Body<'_> {
    fn parse(&self, xml: &str) -> Result<Vec<Paragraph>, DocxError> {
        let part = "word/document.xml";
        let mut reader = Reader::from_str(xml);
        let mut paragraphs = Vec::new();
        let mut paragraph: Option<Paragraph> = None;
        // Properties being read.
        let (mut in_ppr, mut in_rpr, mut in_text) = (false, false, false);
        let (mut num_id, mut num_level): (Option<String>, String) = (None, "0".to_string());
        let (mut bold, mut italic) = (false, false);
        let mut links: Vec<Option<String>> = Vec::new();
        // Depth inside an element whose content is skipped.
        let mut skipping = 0usize;

        loop {
            let event = reader.read_event().map_err(|e| damaged(part, e))?;
            let (element, empty) = match &event {
                Event::Start(e) => (Some(e.clone()), false),
                Event::Empty(e) => (Some(e.clone()), true),
                _ => (None, false),
            };
            if let Some(e) = element {
                let name = local(&e);
                if skipping > 0 || SKIPPED.contains(&name.as_str()) {
                    if !empty {
                        skipping += 1;
                    }
                    continue;
                }
                match name.as_str() {
                    "p" if !empty => {
                        paragraph = Some(Paragraph { role: None, runs: Vec::new() });
                        num_id = None;
                        num_level = "0".into();
                    }
                    "pPr" if !empty => in_ppr = true,
                    "pStyle" if in_ppr && !in_rpr => {
                        if let (Some(p), Some(id)) = (paragraph.as_mut(), attr(&e, "val")) {
                            p.role = self.styles.role(&id);
                        }
                    }
                    "numId" if in_ppr => num_id = attr(&e, "val"),
                    "ilvl" if in_ppr => num_level = attr(&e, "val").unwrap_or_else(|| "0".into()),
                    "r" if !empty => (bold, italic) = (false, false),
                    "rPr" if !empty => in_rpr = true,
                    "rStyle" if in_rpr && !in_ppr => {
                        let style = attr(&e, "val").map(|id| self.styles.char_style(&id)).unwrap_or_default();
                        bold |= style.bold;
                        italic |= style.italic;
                    }
                    "b" if in_rpr && !in_ppr => bold = switched_on(&e),
                    "i" if in_rpr && !in_ppr => italic = switched_on(&e),
                    "t" if !empty => in_text = true,
                    "tab" | "br" | "cr" if !in_ppr && !in_rpr => self.push(&mut paragraph, " ", bold, italic, &links),
                    "noBreakHyphen" => self.push(&mut paragraph, "-", bold, italic, &links),
                    "hyperlink" if !empty => {
                        let href =
                            attr(&e, "id").and_then(|id| self.links.get(&id)).map(|h| h.trim().to_string()).filter(|h| is_safe_href(h));
                        links.push(href);
                    }
                    _ => {}
                }
                continue;
            }
            match event {
                Event::End(e) => {
                    let name = e.local_name().as_ref().to_string();
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    match name.as_str() {
                        "p" => {
                            if let Some(mut p) = paragraph.take() {
                                if let Some(id) = num_id.as_deref().filter(|id| *id != "0") {
                                    if !matches!(p.role, Some(Role::Heading(_) | Role::Title | Role::Subtitle)) {
                                        p.role = Some(Role::List { ordered: self.numbering.ordered(id, &num_level) });
                                    }
                                }
                                paragraphs.push(p);
                            }
                        }
                        "pPr" => in_ppr = false,
                        "rPr" => in_rpr = false,
                        "t" => in_text = false,
                        "hyperlink" => {
                            links.pop();
                        }
                        _ => {}
                    }
                }
                Event::Text(t) if in_text && skipping == 0 => self.push(&mut paragraph, &t.xml10_content(), bold, italic, &links),
                Event::GeneralRef(r) if in_text && skipping == 0 => {
                    let text = match r.resolve_char_ref().map_err(|e| damaged(part, e))? {
                        Some(c) => c.to_string(),
                        None => quick_xml::escape::resolve_predefined_entity(&r.xml10_content()).unwrap_or_default().to_string(),
                    };
                    self.push(&mut paragraph, &text, bold, italic, &links);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(paragraphs)
    }

    fn push(&self, paragraph: &mut Option<Paragraph>, text: &str, bold: bool, italic: bool, links: &[Option<String>]) {
        let Some(paragraph) = paragraph.as_mut() else { return };
        let mut marks = Vec::new();
        if bold {
            marks.push(Mark::Bold);
        }
        if italic {
            marks.push(Mark::Italic);
        }
        if let Some(Some(href)) = links.last() {
            marks.push(Mark::Link { href: href.clone() });
        }
        paragraph.runs.push(Run { text: text.to_string(), marks });
    }
}

/// Turns the paragraphs into an article: headline, standfirst and byline picked out, the rest
/// the body.
fn assemble(paragraphs: Vec<Paragraph>, core_title: Option<String>) -> ArticleContent {
    let mut paragraphs: Vec<Paragraph> = paragraphs.into_iter().filter(|p| !p.text().is_empty()).collect();
    let mut content = ArticleContent::default();
    let take = |paragraphs: &mut Vec<Paragraph>, role: Role| {
        paragraphs.iter().position(|p| p.role == Some(role)).map(|i| paragraphs.remove(i).text())
    };
    content.headline = take(&mut paragraphs, Role::Title)
        .or_else(|| {
            paragraphs.first().filter(|p| p.role == Some(Role::Heading(1))).map(Paragraph::text).inspect(|_| {
                paragraphs.remove(0);
            })
        })
        .unwrap_or_default();
    content.standfirst = take(&mut paragraphs, Role::Subtitle).unwrap_or_default();
    if let Some(index) = paragraphs.iter().take(3).position(|p| super::byline_of(&p.text()).is_some()) {
        content.byline = super::byline_of(&paragraphs.remove(index).text()).unwrap_or_default();
    }
    if content.headline.is_empty() {
        content.headline = match core_title {
            Some(title) => title,
            None if !paragraphs.is_empty() => paragraphs.remove(0).text(),
            None => String::new(),
        };
    }
    content.body = paragraphs
        .into_iter()
        .map(|p| {
            let kind = match p.role {
                Some(Role::Heading(level)) => BlockKind::Heading { level: level.clamp(2, 6) },
                Some(Role::Quote) => BlockKind::Quote,
                Some(Role::List { ordered }) => BlockKind::ListItem { ordered },
                // A second title or subtitle is shown as a crosshead.
                Some(Role::Title | Role::Subtitle) => BlockKind::Heading { level: 2 },
                None => BlockKind::Paragraph,
            };
            Block { kind, runs: p.runs, language: None }
        })
        .collect();
    content.normalize();
    content
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// Builds a .docx archive from (part name, XML) pairs.
    pub(crate) fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, xml) in parts {
            writer.start_file(*name, options).unwrap();
            writer.write_all(xml.as_bytes()).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

    fn document(body: &str) -> String {
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"#)
    }

    fn p(style: Option<&str>, runs: &str) -> String {
        let ppr = style.map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)).unwrap_or_default();
        format!("<w:p>{ppr}{runs}</w:p>")
    }

    fn r(text: &str) -> String {
        format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    /// Styles as an Indonesian Word writes them: localised ids, English built-in names.
    const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Judul"><w:name w:val="Title"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Subjudul"><w:name w:val="Subtitle"/></w:style>
        <w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="heading 2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Kutipan"><w:name w:val="Quote"/></w:style>
        <w:style w:type="paragraph" w:styleId="KutipanRedaksi"><w:name w:val="Kutipan redaksi"/><w:basedOn w:val="Kutipan"/></w:style>
        <w:style w:type="character" w:styleId="Kuat"><w:name w:val="Strong"/></w:style>
      </w:styles>"#;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      </w:numbering>"#;

    const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/jadwal" TargetMode="External"/>
        <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>
        <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
      </Relationships>"#;

    fn list_item(num: u32, text: &str) -> String {
        format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}</w:p>"#, r(text))
    }

    #[test]
    fn a_word_document_keeps_its_structure_and_marks() {
        let body = [
            p(Some("Judul"), &r("Bus Listrik Mulai Melayani Koridor Timur")),
            p(Some("Subjudul"), &r("Uji coba dimulai Kamis.")),
            p(None, &r("Oleh Ayu Lestari")),
            p(
                None,
                &format!(
                    r#"{}<w:r><w:rPr><w:b/></w:rPr><w:t>meluncurkan</w:t></w:r>{}<w:r><w:rPr><w:i/><w:b w:val="0"/></w:rPr><w:t>feeder</w:t></w:r>{}<w:hyperlink r:id="rId5"><w:r><w:t>Kamis</w:t></w:r></w:hyperlink>{}"#,
                    r("Pemerintah kota "),
                    r(" lima bus "),
                    r(" pada "),
                    r(" pagi &amp; sore&#8230;")
                ),
            ),
            p(Some("Judul2"), &r("Jadwal")),
            list_item(1, "Terboyo – Genuk"),
            list_item(2, "Pukul 06.00"),
            p(Some("KutipanRedaksi"), &r("“Kami menunggu tiga jam,” kata Sri.")),
            p(None, &format!(r#"<w:r><w:t xml:space="preserve">Tautan </w:t></w:r><w:hyperlink r:id="rId6">{}</w:hyperlink><w:r><w:t xml:space="preserve"> dan </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Kuat"/></w:rPr><w:t>tebal</w:t></w:r>"#, r("jahat"))),
            p(None, &format!("{}<w:r><w:tab/><w:t>kolom</w:t><w:br/><w:t>baris</w:t></w:r>", r("Satu"))),
        ]
        .concat();
        let bytes = docx(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &document(&body)),
            ("word/styles.xml", STYLES),
            ("word/numbering.xml", NUMBERING),
            ("word/_rels/document.xml.rels", RELS),
        ]);
        let content = parse(&bytes).unwrap();
        assert_eq!(content.headline, "Bus Listrik Mulai Melayani Koridor Timur");
        assert_eq!(content.standfirst, "Uji coba dimulai Kamis.");
        assert_eq!(content.byline, "Ayu Lestari");
        let blocks: Vec<(BlockKind, String)> = content.body.iter().map(|b| (b.kind, b.text())).collect();
        assert_eq!(
            blocks,
            vec![
                (BlockKind::Paragraph, "Pemerintah kota meluncurkan lima bus feeder pada Kamis pagi & sore…".to_string()),
                (BlockKind::Heading { level: 2 }, "Jadwal".to_string()),
                (BlockKind::ListItem { ordered: false }, "Terboyo – Genuk".to_string()),
                (BlockKind::ListItem { ordered: true }, "Pukul 06.00".to_string()),
                (BlockKind::Quote, "“Kami menunggu tiga jam,” kata Sri.".to_string()),
                (BlockKind::Paragraph, "Tautan jahat dan tebal".to_string()),
                (BlockKind::Paragraph, "Satu kolom baris".to_string()),
            ]
        );
        let runs = &content.body[0].runs;
        assert!(runs.contains(&Run::marked("meluncurkan", vec![Mark::Bold])));
        assert!(runs.contains(&Run::marked("feeder", vec![Mark::Italic])));
        assert!(runs.contains(&Run::marked("Kamis", vec![Mark::Link { href: "https://example.org/jadwal".into() }])));
        // An unsafe link keeps its text and loses its address; a Strong character style is bold.
        assert!(content.body[5].runs.iter().all(|run| !run.marks.iter().any(|m| matches!(m, Mark::Link { .. }))));
        assert!(content.body[5].runs.contains(&Run::marked("tebal", vec![Mark::Bold])));
    }

    #[test]
    fn deletions_field_codes_and_drawings_are_left_out() {
        let body = [
            p(None, &r("Judul berita")),
            p(
                None,
                &format!(
                    r#"{}<w:del><w:r><w:delText>dihapus </w:delText></w:r></w:del><w:ins>{}</w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent><w:p><w:r><w:t>kotak teks</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>"#,
                    r("Teks "),
                    r("disisipkan.")
                ),
            ),
        ]
        .concat();
        let content = parse(&docx(&[("word/document.xml", &document(&body))])).unwrap();
        assert_eq!(content.headline, "Judul berita", "without styles the first paragraph is the headline");
        assert_eq!(content.body.iter().map(Block::text).collect::<Vec<_>>(), ["Teks disisipkan."]);
    }

    #[test]
    fn a_heading_one_at_the_top_is_the_headline_and_english_ids_work_without_styles() {
        let body = [p(Some("Heading1"), &r("Judul")), p(Some("Heading2"), &r("Sub")), p(Some("Quote"), &r("Kutipan"))].concat();
        let content = parse(&docx(&[("word/document.xml", &document(&body))])).unwrap();
        assert_eq!(content.headline, "Judul");
        assert_eq!(content.body.iter().map(|b| b.kind).collect::<Vec<_>>(), [BlockKind::Heading { level: 2 }, BlockKind::Quote]);
    }

    #[test]
    fn broken_files_are_refused_with_a_reason() {
        assert_eq!(parse(b"not a zip at all"), Err(DocxError::NotZip));
        assert_eq!(parse(&[]), Err(DocxError::NotZip));
        assert_eq!(parse(&docx(&[("content.xml", "<x/>")])), Err(DocxError::NotWord));
        assert!(matches!(parse(&docx(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")])), Err(DocxError::Damaged(_))));
        let whole = docx(&[("word/document.xml", &document(&p(None, &r("Teks"))))]);
        assert!(parse(&whole[..whole.len() / 2]).is_err(), "a truncated archive");
        assert!(DocxError::NotZip.to_string().contains(".docx"));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let huge = format!(
            "<w:document {W}><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
            "a".repeat(MAX_PART_BYTES as usize + 10)
        );
        let bytes = docx(&[("word/document.xml", &huge)]);
        assert!(bytes.len() < 1024 * 1024, "compresses small: {}", bytes.len());
        assert_eq!(parse(&bytes), Err(DocxError::TooLarge));
    }
}
