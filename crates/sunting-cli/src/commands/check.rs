//! `sunting check [FILE|-]...`

use super::Context;
use crate::files::read_text;
use crate::i18n::t;
use crate::output::ColorChoice;
use anyhow::{bail, Context as _, Result};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::Arc;
use sunting_check::{split_paragraphs, BlockLanguage, CheckConfig, Checker, Document, Finding, Language, Newsroom, Resources, Severity};

#[derive(clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    #[arg(long, default_value = "auto")]
    lang: String,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, value_enum, default_value_t = Input::Text)]
    input: Input,
    #[arg(long)]
    year: Option<i32>,
    #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
    min_severity: MinSeverity,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    disable: Vec<String>,
    #[arg(long)]
    list_rules: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Input {
    Text,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
enum MinSeverity {
    Info,
    Warning,
    Error,
}

/// Usage and input errors exit with 2.
#[derive(Debug)]
pub struct InputError(pub anyhow::Error);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let chain: Vec<String> = self.0.chain().map(ToString::to_string).collect();
        f.write_str(&chain.join(": "))
    }
}

impl std::error::Error for InputError {}

/// Some finding was at error severity: exit with 1 after printing.
#[derive(Debug)]
pub struct ErrorsFound;

impl std::fmt::Display for ErrorsFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!("cli-check-errors-found"))
    }
}

impl std::error::Error for ErrorsFound {}

#[derive(Serialize)]
struct ArticleOutput<'a> {
    id: &'a str,
    language: Language,
    blocks: Vec<BlockOutput>,
    findings: Vec<&'a Finding>,
}

#[derive(Serialize)]
struct BlockOutput {
    index: usize,
    language: Language,
    confidence: f32,
}

impl From<&BlockLanguage> for BlockOutput {
    fn from(block: &BlockLanguage) -> Self {
        BlockOutput { index: block.index, language: block.language, confidence: (block.confidence * 100.0).round() / 100.0 }
    }
}

#[derive(Deserialize)]
struct JsonlInput {
    id: serde_json::Value,
    text: String,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let rules = sunting_check::rules::rule_infos(context.ui_language);
    if args.list_rules {
        for rule in &rules {
            // The id first, for scripts; then the rule's name and description in the interface language.
            println!(
                "{:<20} {:<12} {:<8} {}: {}",
                rule.id,
                rule.category.as_str(),
                severity_label(rule.severity),
                rule.name,
                rule.description
            );
        }
        return Ok(());
    }
    if let Some(unknown) = args.disable.iter().find(|id| !rules.iter().any(|rule| rule.id == id.as_str())) {
        return Err(InputError(anyhow::anyhow!("{}", t!("cli-check-unknown-rule", rule = unknown))).into());
    }
    let language = match args.lang.as_str() {
        "auto" => None,
        code => Some(
            Language::from_code(code)
                .ok_or_else(|| InputError(anyhow::anyhow!("{}", t!("cli-check-unknown-language", language = code))))?,
        ),
    };
    let newsroom = match context.store_if_exists() {
        Ok(Some(store)) => store.newsroom()?,
        Ok(None) => Newsroom::default(),
        Err(error) => return Err(InputError(error).into()),
    };
    let resources = Arc::new(Resources::from_environment());
    let config = CheckConfig {
        language,
        year: args.year,
        disabled_rules: args.disable.iter().cloned().collect(),
        messages: context.ui_language,
        ..Default::default()
    };
    let checker = Checker::with_newsroom(resources.clone(), config, newsroom);
    let color = args.color.enabled();
    let mut stdout = std::io::stdout().lock();
    let mut errors_found = false;
    let mut json_documents = Vec::new();

    let mut emit = |id: &str, text: &str, stdout: &mut std::io::StdoutLock<'_>| -> Result<()> {
        let report = checker.check(&Document::from_text(text));
        for failure in &report.failures {
            let message = match failure.block {
                Some(block) => {
                    t!("cli-check-rule-failed-block", rule = failure.rule.as_str(), block = block, reason = failure.message.as_str())
                }
                None => t!("cli-check-rule-failed", rule = failure.rule.as_str(), reason = failure.message.as_str()),
            };
            eprintln!("sunting: {id}: {message}");
        }
        let findings: Vec<&Finding> = report.findings.iter().filter(|f| severity_rank(f.severity) >= args.min_severity).collect();
        errors_found |= report.findings.iter().any(|f| f.severity == Severity::Error);
        let output =
            ArticleOutput { id, language: report.language, blocks: report.blocks.iter().map(BlockOutput::from).collect(), findings };
        match args.format {
            Format::Text => print_text(stdout, id, text, &output.findings, color)?,
            Format::Jsonl => writeln!(stdout, "{}", serde_json::to_string(&output)?)?,
            Format::Json => json_documents.push(serde_json::to_value(&output)?),
        }
        Ok(())
    };

    match args.input {
        Input::Text => {
            let files = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files.clone() };
            let mut texts = Vec::with_capacity(files.len());
            for path in &files {
                texts.push(read_text(path).map_err(InputError)?);
            }
            for (path, text) in files.iter().zip(&texts) {
                let id = if path.as_os_str() == "-" { "<stdin>".to_string() } else { path.display().to_string() };
                emit(&id, text, &mut stdout)?;
            }
        }
        Input::Jsonl => {
            if !args.files.is_empty() {
                bail!(InputError(anyhow::anyhow!("{}", t!("cli-check-jsonl-files"))));
            }
            for (number, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line.with_context(|| t!("cli-stdin-unreadable")).map_err(InputError)?;
                if line.trim().is_empty() {
                    continue;
                }
                let input: JsonlInput =
                    serde_json::from_str(&line).with_context(|| t!("cli-check-jsonl-line", line = number + 1)).map_err(InputError)?;
                let id = match &input.id {
                    serde_json::Value::String(id) => id.clone(),
                    other => other.to_string(),
                };
                emit(&id, &input.text, &mut stdout)?;
            }
        }
    }
    if args.format == Format::Json {
        let document = if json_documents.len() == 1 { json_documents.pop().unwrap() } else { serde_json::Value::Array(json_documents) };
        writeln!(stdout, "{}", serde_json::to_string_pretty(&document)?)?;
    }
    stdout.flush()?;
    for warning in resources.warnings() {
        eprintln!("sunting: {}", t!("cli-warning", warning = warning.render(context.ui_language)));
    }
    if errors_found {
        return Err(ErrorsFound.into());
    }
    Ok(())
}

/// A severity as the editor's language calls it.
fn severity_label(severity: Severity) -> String {
    match severity {
        Severity::Error => t!("cli-severity-error"),
        Severity::Warning => t!("cli-severity-warning"),
        Severity::Info => t!("cli-severity-info"),
    }
}

fn severity_rank(severity: Severity) -> MinSeverity {
    match severity {
        Severity::Info => MinSeverity::Info,
        Severity::Warning => MinSeverity::Warning,
        Severity::Error => MinSeverity::Error,
    }
}

/// `file:line:col: severity [rule] message (suggestion)`, with line and column counted in the
/// original text.
fn print_text(out: &mut impl Write, id: &str, text: &str, findings: &[&Finding], color: bool) -> Result<()> {
    let paragraphs = split_paragraphs(text);
    for finding in findings {
        let Some(&(offset, paragraph)) = paragraphs.get(finding.block) else { continue };
        let start = offset + sunting_check::offsets::utf16_to_byte(paragraph, finding.start);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[..start].rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let severity = severity_label(finding.severity);
        let severity = if color {
            let code = match finding.severity {
                Severity::Error => "31",
                Severity::Warning => "33",
                Severity::Info => "36",
            };
            format!("\x1b[1;{code}m{severity}\x1b[0m")
        } else {
            severity.to_string()
        };
        // An empty suggestion means "delete": there is nothing to show after the arrow.
        let suggestion = match finding.suggestions.first() {
            Some(first) if !first.is_empty() => format!(" -> {first}"),
            _ => String::new(),
        };
        writeln!(out, "{id}:{line}:{column}: {severity} [{}] {}{suggestion}", finding.rule, finding.message)?;
    }
    Ok(())
}
