//! `sunting lsp`: a language server over standard input and output for Markdown and plain text
//! (Neovim, Helix, Zed, VS Code), as harper-ls is for English.
//!
//! Diagnostics follow the text: each change is applied to the server's copy (incremental sync),
//! and the check runs once the typing pauses ([`LspOptions::debounce`]); the checker's paragraph
//! cache makes a re-check redo only the paragraphs that changed. Markdown's markup (code, front
//! matter, link targets, heading and list marks, HTML) is skipped, its places still counted.
//! Code actions apply a replacement, add a word to the house dictionary, or confirm a name's
//! spelling. Messages speak the client's locale (Indonesian or English).

use crate::annotated::{Annotated, Placed};
use crate::languagetool::rule_for_client;
use crate::{HouseCheckers, HouseWords};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _, PublishDiagnostics};
use lsp_types::request::{CodeActionRequest, ExecuteCommand, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionProviderCapability, Command, Diagnostic,
    DiagnosticSeverity, DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, ExecuteCommandOptions,
    ExecuteCommandParams, InitializeParams, NumberOrString, Position, PublishDiagnosticsParams, Range, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Url, WorkspaceEdit,
};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use sunting_check::{offsets, Checker, Document, Resources, Severity, UiLanguage};

/// The command that adds a word to the house dictionary.
pub const ADD_WORD: &str = "sunting.addWord";
/// The command that confirms a name's spelling in the register.
pub const CONFIRM_NAME: &str = "sunting.confirmName";

/// How the language server runs.
#[derive(Debug, Clone)]
pub struct LspOptions {
    /// The interface language when the client names no locale.
    pub ui_default: UiLanguage,
    /// How long after the last change the text is checked: long enough that the changes a
    /// client sends together (a paste, an undo, a burst of keys) are checked once, short enough
    /// that a keystroke's diagnostics arrive within 100 ms on a 10,000-word file
    /// (`scripts/bench-lsp`). Editors debounce their own didChange too (Neovim 150 ms).
    pub debounce: Duration,
}

impl Default for LspOptions {
    fn default() -> LspOptions {
        LspOptions { ui_default: UiLanguage::En, debounce: Duration::from_millis(40) }
    }
}

/// An open document.
struct Open {
    text: String,
    markdown: bool,
    version: i32,
    /// When to check it next (after the typing pauses), if it changed since.
    due: Option<Instant>,
}

/// Why the language server stopped.
pub type LspError = Box<dyn std::error::Error + Send + Sync>;

/// Serves one client on `connection` until it shuts down.
pub fn serve(connection: &Connection, resources: Arc<Resources>, house: Arc<dyn HouseWords>, options: LspOptions) -> Result<(), LspError> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params)?;
    let ui = match params.locale.as_deref().map(str::to_ascii_lowercase) {
        Some(locale) if locale.starts_with("id") => UiLanguage::Id,
        Some(locale) if locale.starts_with("en") => UiLanguage::En,
        _ => options.ui_default,
    };
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::INCREMENTAL)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![ADD_WORD.to_string(), CONFIRM_NAME.to_string()],
            ..Default::default()
        }),
        ..Default::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": ServerInfo { name: "sunting".to_string(), version: Some(env!("CARGO_PKG_VERSION").to_string()) },
    });
    connection.initialize_finish(id, result)?;
    // The house words are asked for their version before every check: a language server checks
    // far less often than an HTTP server may be asked.
    let checkers = HouseCheckers::new(resources, house, Duration::ZERO);
    let mut server = LanguageServer { connection, checkers, ui, documents: HashMap::new(), debounce: options.debounce };
    server.run()
}

struct LanguageServer<'a> {
    connection: &'a Connection,
    checkers: HouseCheckers,
    ui: UiLanguage,
    documents: HashMap<Url, Open>,
    debounce: Duration,
}

impl LanguageServer<'_> {
    fn run(&mut self) -> Result<(), LspError> {
        loop {
            let next_due = self.documents.values().filter_map(|d| d.due).min();
            let wait = next_due.map_or(Duration::from_secs(3600), |due| due.saturating_duration_since(Instant::now()));
            match self.connection.receiver.recv_timeout(wait) {
                Ok(Message::Request(request)) => {
                    if self.connection.handle_shutdown(&request)? {
                        return Ok(());
                    }
                    self.request(request)?;
                }
                Ok(Message::Notification(notification)) => {
                    // A notification the server cannot read changes nothing; it is no reason to stop.
                    let method = notification.method.clone();
                    if let Err(error) = self.notification(notification) {
                        eprintln!("sunting lsp: {method}: {error}");
                    }
                }
                Ok(Message::Response(_)) => {}
                Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => {}
                Err(_) => return Ok(()),
            }
            self.publish_due()?;
        }
    }

    fn notification(&mut self, notification: Notification) -> Result<(), LspError> {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let params: DidOpenTextDocumentParams = serde_json::from_value(notification.params)?;
                let document = params.text_document;
                let markdown = document.language_id == "markdown" || document.uri.path().ends_with(".md");
                self.documents
                    .insert(document.uri, Open { text: document.text, markdown, version: document.version, due: Some(Instant::now()) });
            }
            DidChangeTextDocument::METHOD => {
                let params: DidChangeTextDocumentParams = serde_json::from_value(notification.params)?;
                if let Some(open) = self.documents.get_mut(&params.text_document.uri) {
                    for change in params.content_changes {
                        match change.range {
                            Some(range) => {
                                let start = byte_at(&open.text, range.start);
                                let end = byte_at(&open.text, range.end).max(start);
                                open.text.replace_range(start..end, &change.text);
                            }
                            None => open.text = change.text,
                        }
                    }
                    open.version = params.text_document.version;
                    open.due = Some(Instant::now() + self.debounce);
                }
            }
            DidCloseTextDocument::METHOD => {
                let params: DidCloseTextDocumentParams = serde_json::from_value(notification.params)?;
                self.documents.remove(&params.text_document.uri);
                self.publish(params.text_document.uri, Vec::new(), None)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn request(&mut self, request: Request) -> Result<(), LspError> {
        let invalid = |id: RequestId, error: serde_json::Error| Response::new_err(id, ErrorCode::InvalidParams as i32, error.to_string());
        let response = match request.method.as_str() {
            CodeActionRequest::METHOD => match serde_json::from_value::<CodeActionParams>(request.params) {
                Ok(params) => Response::new_ok(request.id, self.code_actions(&params)),
                Err(error) => invalid(request.id, error),
            },
            ExecuteCommand::METHOD => match serde_json::from_value::<ExecuteCommandParams>(request.params) {
                Ok(params) => self.execute(request.id, &params),
                Err(error) => invalid(request.id, error),
            },
            _ => Response::new_err(request.id, ErrorCode::MethodNotFound as i32, format!("sunting does not answer {}", request.method)),
        };
        self.connection.sender.send(Message::Response(response))?;
        Ok(())
    }

    fn publish_due(&mut self) -> Result<(), LspError> {
        let now = Instant::now();
        let due: Vec<Url> =
            self.documents.iter().filter(|(_, d)| d.due.is_some_and(|due| due <= now)).map(|(uri, _)| uri.clone()).collect();
        for uri in due {
            let checker = self.checkers.get(None, self.ui);
            let Some(open) = self.documents.get_mut(&uri) else { continue };
            open.due = None;
            let diagnostics = diagnostics(&checker, &open.text, open.markdown);
            let version = open.version;
            self.publish(uri, diagnostics, Some(version))?;
        }
        Ok(())
    }

    fn publish(&self, uri: Url, diagnostics: Vec<Diagnostic>, version: Option<i32>) -> Result<(), LspError> {
        let params = PublishDiagnosticsParams { uri, diagnostics, version };
        self.connection.sender.send(Message::Notification(Notification::new(PublishDiagnostics::METHOD.to_string(), params)))?;
        Ok(())
    }

    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &params.text_document.uri;
        let mut actions = Vec::new();
        for diagnostic in params.context.diagnostics.iter().filter(|d| d.source.as_deref() == Some("sunting")) {
            let Some(data) = &diagnostic.data else { continue };
            let replacements = data["replacements"].as_array().cloned().unwrap_or_default();
            for replacement in replacements.iter().filter_map(|r| r.as_str()).take(3) {
                let title = match (self.ui, replacement.is_empty()) {
                    (UiLanguage::Id, true) => "Hapus".to_string(),
                    (UiLanguage::Id, false) => format!("Ganti dengan “{replacement}”"),
                    (UiLanguage::En, true) => "Delete".to_string(),
                    (UiLanguage::En, false) => format!("Replace with “{replacement}”"),
                };
                let edit = TextEdit { range: diagnostic.range, new_text: replacement.to_string() };
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![diagnostic.clone()]),
                    edit: Some(WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), vec![edit])])), ..Default::default() }),
                    is_preferred: Some(true),
                    ..Default::default()
                }));
            }
            let text = data["text"].as_str().unwrap_or_default().to_string();
            let category = data["category"].as_str().unwrap_or_default();
            if category == "spelling" && self.checkers.house().may_write() && !text.is_empty() {
                let title = match self.ui {
                    UiLanguage::Id => format!("Tambahkan “{text}” ke kamus redaksi"),
                    UiLanguage::En => format!("Add “{text}” to the house dictionary"),
                };
                actions.push(CodeActionOrCommand::Command(Command {
                    title,
                    command: ADD_WORD.to_string(),
                    arguments: Some(vec![text.clone().into()]),
                }));
            }
            if category == "name" && self.checkers.house().may_write() {
                for name in replacements.iter().filter_map(|r| r.as_str()).take(1).chain([text.as_str()]) {
                    let title = match self.ui {
                        UiLanguage::Id => format!("Tetapkan “{name}” sebagai ejaan nama ini"),
                        UiLanguage::En => format!("Confirm “{name}” as this name's spelling"),
                    };
                    actions.push(CodeActionOrCommand::Command(Command {
                        title,
                        command: CONFIRM_NAME.to_string(),
                        arguments: Some(vec![name.into()]),
                    }));
                }
            }
        }
        actions
    }

    fn execute(&mut self, id: RequestId, params: &ExecuteCommandParams) -> Response {
        let Some(argument) = params.arguments.first().and_then(|a| a.as_str()).map(str::to_string) else {
            return Response::new_err(id, ErrorCode::InvalidParams as i32, "the command needs the word as its argument".to_string());
        };
        if !self.checkers.house().may_write() {
            return Response::new_err(id, ErrorCode::InvalidRequest as i32, "the house dictionary is read-only here".to_string());
        }
        let result = match params.command.as_str() {
            ADD_WORD => self.checkers.house().add(&argument).map(|_| ()),
            CONFIRM_NAME => self.checkers.house().confirm_name(&argument),
            other => return Response::new_err(id, ErrorCode::MethodNotFound as i32, format!("no command {other}")),
        };
        match result {
            Ok(()) => {
                // Every open document is checked again with the new house words.
                for open in self.documents.values_mut() {
                    open.due = Some(Instant::now());
                }
                Response::new_ok(id, serde_json::Value::Null)
            }
            Err(reason) => Response::new_err(id, ErrorCode::InternalError as i32, reason),
        }
    }
}

/// The byte offset of an LSP position (line, UTF-16 character) in `text`; past the end of a line
/// it is the line's end, past the last line the text's end.
pub fn byte_at(text: &str, position: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(newline) => line_start += newline + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
    let line = &text[line_start..line_end];
    line_start + offsets::utf16_to_byte(line, position.character as usize)
}

/// The LSP positions of UTF-16 offsets into `text`.
fn positions(text: &str, offsets: &[usize]) -> Vec<Position> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![Position::default(); offsets.len()];
    let (mut line, mut character, mut units) = (0u32, 0u32, 0usize);
    let mut chars = text.chars().peekable();
    for index in order {
        while units < offsets[index] {
            let Some(c) = chars.next() else { break };
            units += c.len_utf16();
            if c == '\n' {
                line += 1;
                character = 0;
            } else {
                character += c.len_utf16() as u32;
            }
        }
        out[index] = Position { line, character };
    }
    out
}

/// Markdown as the checker should read it (pulldown-cmark, as the importer reads it): the text
/// of paragraphs, headings, list items, quotes and link labels kept; code, front matter, link
/// targets, HTML and the marks themselves skipped but counted. What lies between two pieces of
/// prose reads as the break it holds: a paragraph break stays one, so paragraphs stay apart.
pub fn markdown(text: &str) -> Annotated {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut prose: Vec<std::ops::Range<usize>> = Vec::new();
    let mut skipping = 0usize;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_YAML_STYLE_METADATA_BLOCKS).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock) => skipping += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => skipping = skipping.saturating_sub(1),
            Event::Text(_) if skipping == 0 => prose.push(range),
            _ => {}
        }
    }
    let mut pieces: Vec<(&str, &str)> = Vec::new();
    let mut at = 0;
    for range in prose {
        // Text events do not overlap; one that did would be read once.
        if range.start < at {
            continue;
        }
        let gap = &text[at..range.start];
        let stands_for = if gap.contains("\n\n") || gap.contains("\n\r\n") {
            "\n\n"
        } else if gap.contains('\n') {
            "\n"
        } else {
            ""
        };
        pieces.push((gap, stands_for));
        pieces.push((&text[range.clone()], ""));
        at = range.end;
    }
    pieces.push((&text[at..], ""));
    // Even pieces are markup (read as what they stand for), odd ones prose; the last is markup.
    Annotated::from_pieces(
        pieces.iter().enumerate().map(|(i, &(piece, stands_for))| if i % 2 == 1 { (piece, None) } else { (piece, Some(stands_for)) }),
    )
}

/// The diagnostics for a document's text.
pub fn diagnostics(checker: &Checker, text: &str, is_markdown: bool) -> Vec<Diagnostic> {
    let annotated = if is_markdown { markdown(text) } else { Annotated::from_text(text) };
    let report = checker.check(&Document::from_text(&annotated.plain));
    let placed = annotated.place(&report.findings);
    let ends: Vec<usize> = placed.iter().flat_map(|p| [p.original.start, p.original.end]).collect();
    let lines = positions(text, &ends);
    placed
        .iter()
        .enumerate()
        .map(|(i, Placed { finding, .. })| Diagnostic {
            range: Range { start: lines[2 * i], end: lines[2 * i + 1] },
            severity: Some(match finding.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
                Severity::Info => DiagnosticSeverity::INFORMATION,
            }),
            code: Some(NumberOrString::String(rule_for_client(&finding.rule))),
            source: Some("sunting".to_string()),
            message: finding.message.clone(),
            data: Some(serde_json::json!({
                "rule": finding.rule,
                "category": finding.category.as_str(),
                "text": finding.text,
                "replacements": finding.suggestions,
            })),
            ..Default::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_per_line() {
        let text = "😀 satu\ndua Rudiatara\n";
        let name = text.find("Rudiatara").unwrap();
        let units = offsets::byte_to_utf16(text, name);
        assert_eq!(positions(text, &[units, 0]), [Position { line: 1, character: 4 }, Position { line: 0, character: 0 }]);
        assert_eq!(byte_at(text, Position { line: 1, character: 4 }), name);
        assert_eq!(byte_at(text, Position { line: 0, character: 2 }), "😀".len());
        assert_eq!(byte_at(text, Position { line: 9, character: 0 }), text.len());
    }

    #[test]
    fn markdown_keeps_prose_and_skips_markup() {
        let text = "---\ntitle: Rudiatara\n---\n# Judul berita\n\n- Menurut [Rudiatara](https://x.example/Rudiatara), warga `disitu` menunggu.\n\n```\nkode disitu\n```\n";
        let annotated = markdown(text);
        assert!(annotated.plain.contains("Judul berita"), "{:?}", annotated.plain);
        assert!(annotated.plain.contains("Menurut Rudiatara, warga  menunggu."), "{:?}", annotated.plain);
        assert!(
            !annotated.plain.contains("title") && !annotated.plain.contains("https") && !annotated.plain.contains("kode"),
            "{:?}",
            annotated.plain
        );
        // Places map back into the Markdown.
        let at = annotated.plain.find("Rudiatara").unwrap();
        let back = annotated.to_original(&[(at, false), (at + 9, true)]);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[back[0]..back[1]]).unwrap(), "Rudiatara");
    }
}
