//! Turning files' text into articles and articles into files' text.
//!
//! Everything here is pure: it takes and returns strings. Reading and writing files, and
//! refusing text that is not UTF-8, belongs to the caller (the command line, the desktop
//! shell), so these functions can be fuzzed and tested without a disk.

pub mod docx;
pub mod html;
pub mod html_import;
pub mod json;
pub mod markdown;
pub mod ninjs;
pub mod plain;

use crate::model::{ArticleContent, Block};

/// The largest file Sunting imports as one article: far beyond any story (a long feature is
/// 50 KB of text), small enough that a mistaken drop of a database dump is refused at once.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// The most blocks (paragraphs, headings, list items) one article may have. A long feature has
/// a few hundred; an editor window with tens of thousands stops being an editor.
pub const MAX_BLOCKS: usize = 20_000;

/// The most text one article may hold (all fields and blocks): beyond this an editor is asked to
/// split the piece rather than have the window slow to a crawl.
pub const MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// Why an article is too large to keep as one piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TooLarge {
    /// More blocks than [`MAX_BLOCKS`].
    #[error("this article has {count} paragraphs, more than Sunting edits in one piece ({limit})")]
    Blocks {
        /// How many it has.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// More text than [`MAX_ARTICLE_BYTES`].
    #[error("this article holds {} MB of text, more than Sunting edits in one piece ({} MB)", size / (1024 * 1024), limit / (1024 * 1024))]
    Bytes {
        /// How much it holds.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

/// Whether an article is small enough to keep as one piece: the one check every way in (the
/// window, the command line, imports) goes through, in the store.
pub fn check_size(content: &ArticleContent) -> Result<(), TooLarge> {
    if content.body.len() > MAX_BLOCKS {
        return Err(TooLarge::Blocks { count: content.body.len(), limit: MAX_BLOCKS });
    }
    let fields = [&content.headline, &content.standfirst, &content.byline, &content.dateline, &content.language];
    let size = fields.iter().map(|f| f.len()).sum::<usize>()
        + content.tags.iter().map(String::len).sum::<usize>()
        + content.body.iter().flat_map(|block| &block.runs).map(|run| run.text.len()).sum::<usize>();
    if size > MAX_ARTICLE_BYTES {
        return Err(TooLarge::Bytes { size, limit: MAX_ARTICLE_BYTES });
    }
    Ok(())
}

/// The file formats Sunting reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Plain text: the first non-empty line is the headline, blocks are separated by blank lines.
    Text,
    /// Markdown (CommonMark), with optional `---` front matter for the other fields.
    Markdown,
    /// A web page or pasted HTML: structure kept, everything else dropped.
    Html,
    /// A Word document (.docx).
    Docx,
}

impl ImportFormat {
    /// Picks the format from a file name's extension; anything unknown is read as plain text.
    pub fn from_file_name(name: &str) -> ImportFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            ImportFormat::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            ImportFormat::Html
        } else if lower.ends_with(".docx") {
            ImportFormat::Docx
        } else {
            ImportFormat::Text
        }
    }

    /// Reads a file's bytes in this format. Text formats must be UTF-8 (a byte-order mark is
    /// allowed); nothing else is guessed, because a wrong guess silently garbles names.
    pub fn read(self, bytes: &[u8]) -> Result<ArticleContent, ImportError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: bytes.len() });
        }
        let content = match self {
            ImportFormat::Docx => docx::parse(bytes).map_err(ImportError::Docx)?,
            text_format => {
                let text = std::str::from_utf8(bytes).map_err(|error| {
                    let valid = &bytes[..error.valid_up_to()];
                    ImportError::NotUtf8 { line: valid.iter().filter(|b| **b == b'\n').count() + 1 }
                })?;
                match text_format {
                    ImportFormat::Markdown => markdown::parse(text),
                    ImportFormat::Html => html_import::parse(text),
                    _ => plain::parse(text),
                }
            }
        };
        if content.headline.is_empty() && content.body.is_empty() {
            return Err(ImportError::Empty);
        }
        if content.body.len() > MAX_BLOCKS {
            return Err(ImportError::TooManyBlocks { blocks: content.body.len() });
        }
        Ok(content)
    }
}

/// Why a file could not be imported. Nothing is imported when any of these is returned. The
/// text reads after the file's name: "story.docx is not a Word document ...".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumCount)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    #[error("is {:.1} MB, more than Sunting imports as one article ({} MB)", *bytes as f64 / (1024.0 * 1024.0), MAX_IMPORT_BYTES / (1024 * 1024))]
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// A text file that is not UTF-8; `line` is where the first bad byte is.
    #[error("is not UTF-8 text (first bad byte on line {line}); save it as UTF-8 and import it again")]
    NotUtf8 {
        /// The 1-based line of the first byte that is not UTF-8.
        line: usize,
    },
    /// More than [`MAX_BLOCKS`] paragraphs.
    #[error("has {blocks} paragraphs, more than Sunting edits in one article ({MAX_BLOCKS}); split it into several files")]
    TooManyBlocks {
        /// How many the file has.
        blocks: usize,
    },
    /// A .docx file that cannot be read.
    #[error(transparent)]
    Docx(docx::DocxError),
    /// No text at all.
    #[error("has no text to import")]
    Empty,
}

/// An imported article and the page furniture taken out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The article, without furniture.
    pub content: ArticleContent,
    /// The text of every block removed as page furniture, in order, to show the editor.
    pub removed: Vec<String>,
}

/// Reads a file into an article and removes its page furniture ("Foto: ...", "Baca juga: ...",
/// share and comment prompts): the import every caller (command line, desktop) uses.
pub fn import(file_name: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    let mut content = ImportFormat::from_file_name(file_name).read(bytes)?;
    let removed = remove_furniture(&mut content);
    if content.headline.is_empty() {
        if content.body.is_empty() {
            return Err(ImportError::Empty);
        }
        content.headline = content.body.remove(0).text();
    }
    Ok(Imported { content, removed })
}

/// Takes page furniture blocks out of the body, and a standfirst that is furniture; returns
/// their text.
pub fn remove_furniture(content: &mut ArticleContent) -> Vec<String> {
    let mut removed = Vec::new();
    if crate::furniture::is_furniture(&content.standfirst) {
        removed.push(std::mem::take(&mut content.standfirst));
    }
    content.body.retain(|block: &Block| {
        let text = block.text();
        let furniture = crate::furniture::is_furniture(&text);
        if furniture {
            removed.push(text);
        }
        !furniture
    });
    removed
}

/// A byline paragraph: "Oleh Ayu Lestari", "By Ayu Lestari", "Penulis: Ayu Lestari".
pub(crate) fn byline_of(text: &str) -> Option<String> {
    ["oleh ", "by ", "penulis: ", "penulis ", "reporter: ", "reporter "].iter().find_map(|prefix| {
        // Compared on the text's own bytes: a lower-cased copy can differ in length (İ, ẞ).
        let head = text.get(..prefix.len()).filter(|head| head.eq_ignore_ascii_case(prefix))?;
        let name = text[head.len()..].trim();
        (!name.is_empty() && name.split_whitespace().count() <= 6).then(|| name.trim_end_matches(['.', ',']).to_string())
    })
}

/// The file formats Sunting writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown with front matter; reads back into the same article.
    Markdown,
    /// A standalone, semantic HTML5 document.
    Html,
    /// The article record as JSON, in the engine's own format.
    Json,
    /// IPTC ninjs 2.1 JSON, the news interchange format.
    Ninjs,
}

impl ExportFormat {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Json | ExportFormat::Ninjs => "json",
        }
    }
}

/// Removes a byte-order mark and turns CRLF and CR line ends into LF.
pub(crate) fn clean_input(text: &str) -> String {
    text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n")
}

/// Splits text into blocks on blank lines; lines inside a block are joined with a space.
pub(crate) fn split_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        blocks.push(current.join(" "));
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_removes_furniture_and_says_what() {
        let text =
            "Bus listrik mulai melayani\n\nFoto: Bus listrik mulai melayani\n\nIsi berita.\n\nBaca juga: Tarif naik\n\nKomentar Anda\n";
        let imported = import("berita.txt", text.as_bytes()).unwrap();
        assert_eq!(imported.content.headline, "Bus listrik mulai melayani");
        assert_eq!(imported.content.body.iter().map(Block::text).collect::<Vec<_>>(), ["Isi berita."]);
        assert_eq!(imported.removed, ["Foto: Bus listrik mulai melayani", "Baca juga: Tarif naik", "Komentar Anda"]);
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        assert_eq!(import("a.txt", b"Judul\n\nbaris dua\nCaf\xe9 di baris tiga"), Err(ImportError::NotUtf8 { line: 4 }));
        assert_eq!(import("a.md", b"  \n\n "), Err(ImportError::Empty));
        assert_eq!(import("a.html", b"<script>alert(1)</script>"), Err(ImportError::Empty));
        assert_eq!(import("a.docx", b"Judul"), Err(ImportError::Docx(docx::DocxError::NotZip)));
        let huge = vec![b'a'; MAX_IMPORT_BYTES + 1];
        let error = import("a.txt", &huge).unwrap_err();
        assert_eq!(error, ImportError::TooLarge { bytes: MAX_IMPORT_BYTES + 1 });
        assert!(error.to_string().contains("20.0 MB"), "{error}");
        assert!(ImportError::NotUtf8 { line: 4 }.to_string().contains("line 4"));
    }

    #[test]
    fn a_hundred_thousand_paragraphs_are_refused_quickly_with_the_limit() {
        let text: String = std::iter::once("Judul\n\n".to_string()).chain((0..100_000).map(|i| format!("Paragraf {i}.\n\n"))).collect();
        let error = import("arsip.txt", text.as_bytes()).unwrap_err();
        assert_eq!(error, ImportError::TooManyBlocks { blocks: 100_000 });
        assert!(error.to_string().contains("100000 paragraphs") && error.to_string().contains("20000"), "{error}");
        let text: String = std::iter::once("Judul\n\n".to_string()).chain((0..MAX_BLOCKS).map(|i| format!("Paragraf {i}.\n\n"))).collect();
        assert_eq!(import("batas.txt", text.as_bytes()).unwrap().content.body.len(), MAX_BLOCKS, "the limit itself is accepted");
    }

    /// Every tag in `html` is one Sunting writes, with only its own attributes (`href` holding a
    /// web or mail address, `class`, `lang`, `charset`): what came from a file is all text.
    fn assert_only_own_markup(html: &str, source: &str) {
        const TAGS: &[&str] = &[
            "!doctype",
            "html",
            "head",
            "meta",
            "title",
            "body",
            "article",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "p",
            "ul",
            "ol",
            "li",
            "blockquote",
            "strong",
            "em",
            "a",
        ];
        let mut rest = html;
        while let Some(at) = rest.find('<') {
            rest = &rest[at + 1..];
            if let Some(comment) = rest.strip_prefix("!-- ") {
                assert!(comment.starts_with("wp:") || comment.starts_with("/wp:"), "a comment from {source}: {rest:.60}");
                continue;
            }
            let tag = &rest[..rest.find('>').unwrap_or_else(|| panic!("unclosed tag from {source}: {rest:.60}"))];
            let tag = tag.trim_start_matches('/');
            let mut parts = tag.splitn(2, ' ');
            let name = parts.next().unwrap().to_ascii_lowercase();
            assert!(TAGS.contains(&name.as_str()), "<{name}> from {source}");
            let attributes = parts.next().unwrap_or_default();
            for attribute in attributes.split("\" ").filter(|a| !a.trim().is_empty()) {
                let (key, value) = attribute.trim().split_once("=\"").unwrap_or((attribute.trim(), ""));
                assert!(["href", "class", "lang", "charset", "html"].contains(&key), "{key}= on <{name}> from {source}");
                if key == "href" {
                    assert!(crate::model::is_safe_href(value.trim_end_matches('"')), "href {value} from {source}");
                }
            }
        }
    }

    #[test]
    fn the_markup_check_catches_script_handlers_and_bad_links() {
        assert_only_own_markup("<p>teks &lt;script&gt; <a href=\"https://contoh.id\">x</a></p>", "good");
        for bad in ["<p><script>x</script></p>", "<p onclick=\"x\">a</p>", "<a href=\"javascript:x\">a</a>", "<img src=x>", "<!-- x -->"] {
            assert!(std::panic::catch_unwind(|| assert_only_own_markup(bad, "bad")).is_err(), "{bad} passed");
        }
    }

    /// Hostile markup in every way a page can carry script, through every importer and out of
    /// every exporter: nothing executable survives (docs/SECURITY.md).
    #[test]
    fn hostile_markup_never_survives_import_and_export() {
        let page = r#"<html><head><script>steal()</script><style>*{}</style><meta http-equiv="refresh" content="0;url=https://evil.example"></head>
            <body onload="steal()"><h1>Judul <img src=x onerror="steal()"></h1>
            <p>Teks <a href="javascript:steal()">tautan</a> <a href=" JaVaScRiPt:steal()">dua</a> <a href="data:text/html,x">tiga</a>
            <a href="vbscript:x">empat</a> <svg onload="steal()"><script>steal()</script></svg> <iframe src="https://evil.example"></iframe>
            <object data="x.swf"></object><embed src="x"><form action="https://evil.example"><input value="x"></form>
            <math><mi xlink:href="javascript:steal()">m</mi></math> <template><script>steal()</script></template>
            <p style="background:url(javascript:steal())">gaya</p><noscript><img src=x onerror=steal()></noscript></p>
            <p>&lt;script&gt;teks yang terlihat seperti kode&lt;/script&gt;</p></body></html>"#;
        let markdown = "---\nbyline: <script>x</script>\n---\n# Judul <script>steal()</script>\n\n[tautan](javascript:steal()) <img src=x onerror=steal()> <iframe src=x></iframe>\n";
        for (name, bytes) in [("a.html", page.as_bytes()), ("a.md", markdown.as_bytes()), ("a.txt", page.as_bytes())] {
            let imported = import(name, bytes).unwrap();
            let article = crate::Article {
                id: 1,
                status: Default::default(),
                created_at: 0,
                updated_at: 0,
                revision: 1,
                content: imported.content.clone(),
            };
            // ninjs's plain-text fields (by, headlines) carry text as text, like the model;
            // its HTML body is what a CMS renders.
            let ninjs = ninjs::to_value(&article, &ninjs::NinjsContext { uri: "urn:sunting:article:1".into(), ..Default::default() });
            let outputs = [
                html::render(&imported.content),
                html::render_wordpress_blocks(&imported.content.body),
                ninjs["bodies"][0]["value"].as_str().unwrap().to_string(),
            ];
            for output in outputs {
                assert_only_own_markup(&output, name);
            }
            // Markdown is text for the next tool: an angle bracket from the story is escaped
            // (`\<`), so no tag opens there either.
            // (Front matter is data, text as text, like ninjs's plain fields.)
            let rendered = markdown::render(&imported.content).to_ascii_lowercase();
            let body = rendered.strip_prefix("---\n").and_then(|r| r.split_once("\n---\n")).map_or(rendered.as_str(), |(_, body)| body);
            let md = body.replace("\\<", "");
            assert!(!md.contains('<') && !md.contains("](javascript:"), "{md}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        let imported = import("a.txt", "\u{feff}Judul\n\nIsi.".as_bytes()).unwrap();
        assert_eq!(imported.content.headline, "Judul");
    }

    #[test]
    fn bylines_are_read_from_the_text_itself_whatever_its_case() {
        assert_eq!(super::byline_of("OLEH Ayu Lestari.").as_deref(), Some("Ayu Lestari"));
        assert_eq!(super::byline_of("Reporter: İlhan Öztürk").as_deref(), Some("İlhan Öztürk"));
        // Letters whose lower case is longer or shorter never shift the prefix.
        assert_eq!(super::byline_of("İİİİİ Ayu"), None);
        assert_eq!(super::byline_of("ẞy Ayu"), None);
    }
}
