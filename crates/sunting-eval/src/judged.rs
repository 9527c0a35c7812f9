//! Judged quality: what a reviewer said about real copy, compared with what each tool flags.
//!
//! Two sets of labels live in `crates/sunting-eval/labels/` (offsets, corrections, categories and
//! verdicts only; never the news text, which is read from `../shared/eval` where it lies):
//!
//! - **Recall.** `recall-sample-id-news.tsv` lists 200 paragraphs of the development split drawn
//!   at random (seed 20261203); `recall-id-news.tsv` lists every error a reviewer found in them by
//!   reading, before any tool's output was looked at (character offsets within the paragraph,
//!   the correction, a category, and "real" or "defensible"). An error counts as caught when a
//!   finding overlaps it.
//! - **Precision.** `--judge-sample DIR` draws findings of Sunting and flags of hunspell from the
//!   whole split at random and writes them to DIR without saying which tool made which
//!   (`blind.tsv` for the reviewer, `key.tsv` to merge afterwards). The reviewer's verdicts,
//!   merged with the key, are `precision-id-news.tsv`: each flag's place, tool, rule and verdict
//!   (real, defensible, false).

use crate::baselines;
use crate::data::{self, Rng};
use anyhow::{Context, Result};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use sunting_check::{CheckConfig, Checker, Document, Finding, Resources, Severity};

/// A paragraph of the news split, by its keys.
type Key = (String, usize);

/// The news split as articles of keyed paragraphs, in order.
fn articles(data_dir: &Path) -> Result<BTreeMap<String, Vec<(usize, String)>>> {
    let mut articles: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for row in data::tsv(&data_dir.join("news/id_news_paragraphs.tsv"))? {
        let para: usize = row.get("para_idx").and_then(|p| p.parse().ok()).unwrap_or(0);
        articles.entry(row["article_idx"].clone()).or_default().push((para, row.get("text").cloned().unwrap_or_default()));
    }
    for paragraphs in articles.values_mut() {
        paragraphs.sort_by_key(|(index, _)| *index);
    }
    Ok(articles)
}

/// A flag of any tool on a paragraph, in characters (code points) of that paragraph.
#[derive(Clone)]
struct Flag {
    key: Key,
    start: usize,
    end: usize,
    tool: &'static str,
    rule: String,
    severity: Option<Severity>,
}

fn utf16_to_chars(text: &str, unit: usize) -> usize {
    let mut units = 0;
    for (index, c) in text.chars().enumerate() {
        if units >= unit {
            return index;
        }
        units += c.len_utf16();
    }
    text.chars().count()
}

/// Sunting's findings on every paragraph, each article checked whole (as an editor would).
fn sunting_flags(resources: &Arc<Resources>, articles: &BTreeMap<String, Vec<(usize, String)>>) -> Vec<Flag> {
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    let mut flags = Vec::new();
    for (article, paragraphs) in articles {
        let texts: Vec<&str> = paragraphs.iter().map(|(_, t)| t.as_str()).collect();
        let document = Document::from_text(&texts.join("\n\n"));
        if document.blocks.len() != paragraphs.len() {
            continue; // a paragraph with a blank line inside: offsets would not line up
        }
        let findings: Vec<Finding> = checker.check(&document).findings;
        for finding in findings {
            let (para, text) = &paragraphs[finding.block];
            let text = text.trim();
            flags.push(Flag {
                key: (article.clone(), *para),
                start: utf16_to_chars(text, finding.start) + leading(&paragraphs[finding.block].1),
                end: utf16_to_chars(text, finding.end) + leading(&paragraphs[finding.block].1),
                tool: "sunting",
                rule: finding.rule,
                severity: Some(finding.severity),
            });
        }
    }
    flags
}

/// Characters of leading white space (blocks are trimmed; labels count from the raw text).
fn leading(text: &str) -> usize {
    text.chars().take_while(|c| c.is_whitespace()).count()
}

/// hunspell's flags on the given paragraphs: each whitespace-separated token, trimmed of
/// punctuation, that hunspell rejects.
fn hunspell_flags(paragraphs: &[(Key, &str)]) -> Result<Vec<Flag>> {
    let mut tokens: Vec<(Key, usize, usize, String)> = Vec::new();
    for (key, text) in paragraphs {
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        while at < chars.len() {
            if chars[at].is_whitespace() {
                at += 1;
                continue;
            }
            let start = at;
            while at < chars.len() && !chars[at].is_whitespace() {
                at += 1;
            }
            let (mut s, mut e) = (start, at);
            while s < e && !chars[s].is_alphanumeric() {
                s += 1;
            }
            while e > s && !chars[e - 1].is_alphanumeric() {
                e -= 1;
            }
            if s < e {
                tokens.push((key.clone(), s, e, chars[s..e].iter().collect()));
            }
        }
    }
    let words: Vec<String> = tokens.iter().map(|t| t.3.clone()).collect();
    let verdicts = baselines::hunspell_verdicts("id_ID", &words)?;
    Ok(tokens
        .into_iter()
        .zip(verdicts)
        .filter(|(_, verdict)| !verdict.correct)
        .map(|((key, start, end, _), _)| Flag { key, start, end, tool: "hunspell", rule: "hunspell".to_string(), severity: None })
        .collect())
}

struct Label {
    key: Key,
    start: usize,
    end: usize,
    category: String,
    real: bool,
}

fn labels_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/labels"))
}

/// The recall table: errors a reviewer listed first, caught by each tool.
pub fn recall(report: &mut String, resources: &Arc<Resources>, data_dir: &Path, hunspell: bool) -> Result<()> {
    let articles = articles(data_dir)?;
    let sample: HashSet<Key> = data::tsv(&labels_dir().join("recall-sample-id-news.tsv"))?
        .into_iter()
        .map(|row| (row["article_idx"].clone(), row["para_idx"].parse().unwrap_or(0)))
        .collect();
    let labels: Vec<Label> = data::tsv(&labels_dir().join("recall-id-news.tsv"))?
        .into_iter()
        .map(|row| Label {
            key: (row["article_idx"].clone(), row["para_idx"].parse().unwrap_or(0)),
            start: row["start"].parse().unwrap_or(0),
            end: row["end"].parse().unwrap_or(0),
            category: row["category"].clone(),
            real: row["confidence"] == "real",
        })
        .collect();
    let sunting: Vec<Flag> = sunting_flags(resources, &articles).into_iter().filter(|f| sample.contains(&f.key)).collect();
    let paragraphs: Vec<(Key, &str)> = articles
        .iter()
        .flat_map(|(article, ps)| ps.iter().map(move |(p, t)| ((article.clone(), *p), t.as_str())))
        .filter(|(key, _)| sample.contains(key))
        .collect();
    let hunspell_found = if hunspell { hunspell_flags(&paragraphs)? } else { Vec::new() };
    let mut by_key: HashMap<&Key, Vec<&Flag>> = HashMap::new();
    for flag in sunting.iter().chain(&hunspell_found) {
        by_key.entry(&flag.key).or_default().push(flag);
    }
    let caught = |label: &Label, tool: &str, min: Option<Severity>| {
        by_key.get(&label.key).is_some_and(|flags| {
            flags.iter().any(|f| {
                f.tool == tool && f.start < label.end && label.start < f.end && min.is_none_or(|m| f.severity.is_some_and(|s| s >= m))
            })
        })
    };
    let _ = writeln!(report, "## Real errors in published news, listed before any tool was run\n");
    let _ = writeln!(
        report,
        "{} random paragraphs of the development split (`labels/recall-sample-id-news.tsv`); a reviewer listed every error by reading, before looking at any tool's output (`labels/recall-id-news.tsv`): {} they were sure of (real) and {} arguable (defensible). An error is caught when a flag overlaps it.\n",
        sample.len(),
        labels.iter().filter(|l| l.real).count(),
        labels.iter().filter(|l| !l.real).count()
    );
    let _ = writeln!(
        report,
        "| category | real errors | Sunting, any finding | Sunting, error + warning | hunspell id_ID |\n|---|---|---|---|---|"
    );
    let mut categories: BTreeMap<&str, Vec<&Label>> = BTreeMap::new();
    for label in labels.iter().filter(|l| l.real) {
        categories.entry(label.category.as_str()).or_default().push(label);
    }
    let row = |name: &str, group: &[&Label]| {
        let count = |tool, min| group.iter().filter(|l| caught(l, tool, min)).count();
        format!(
            "| {name} | {} | {} | {} | {} |",
            group.len(),
            count("sunting", None),
            count("sunting", Some(Severity::Warning)),
            if hunspell { count("hunspell", None).to_string() } else { "-".to_string() }
        )
    };
    for (category, group) in &categories {
        let _ = writeln!(report, "{}", row(category, group));
    }
    let all: Vec<&Label> = labels.iter().filter(|l| l.real).collect();
    let _ = writeln!(report, "{}", row("**all real errors**", &all));
    let with_defensible: Vec<&Label> = labels.iter().collect();
    let _ = writeln!(report, "{}", row("real and defensible", &with_defensible));
    let count = |group: &[&Label], tool, min| percent(group.iter().filter(|l| caught(l, tool, min)).count(), group.len());
    let _ = writeln!(
        report,
        "\nRecall on real errors: Sunting {} counting every finding an editor sees ({} at error and warning severity); hunspell {}. Flags on these paragraphs: Sunting {}, hunspell {}.\n",
        count(&all, "sunting", None),
        count(&all, "sunting", Some(Severity::Warning)),
        if hunspell { count(&all, "hunspell", None) } else { "-".to_string() },
        sunting.len(),
        hunspell_found.len()
    );
    if std::env::var_os("SUNTING_EVAL_VERBOSE").is_some() {
        for label in &labels {
            if !caught(label, "sunting", None) {
                let text = articles[&label.key.0].iter().find(|(p, _)| *p == label.key.1).map(|(_, t)| t.as_str()).unwrap_or("");
                let error: String = text.chars().skip(label.start).take(label.end - label.start).collect();
                eprintln!("missed\t{}\t{}\t{error}", label.category, if label.real { "real" } else { "defensible" });
            }
        }
    }
    Ok(())
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_string()
    } else {
        format!("{:.0} %", 100.0 * part as f64 / whole as f64)
    }
}

/// Writes a blind sample of flags for a reviewer: `per_tool` of Sunting's findings (every
/// severity an editor sees) and as many of hunspell's, shuffled together.
pub fn judge_sample(resources: &Arc<Resources>, data_dir: &Path, out: &Path, per_tool: usize, seed: u64) -> Result<()> {
    let articles = articles(data_dir)?;
    let paragraphs: Vec<(Key, &str)> =
        articles.iter().flat_map(|(article, ps)| ps.iter().map(move |(p, t)| ((article.clone(), *p), t.as_str()))).collect();
    let mut rng = Rng::new(seed);
    let mut pick = |mut flags: Vec<Flag>| {
        let mut chosen = Vec::new();
        while chosen.len() < per_tool && !flags.is_empty() {
            chosen.push(flags.swap_remove(rng.below(flags.len())));
        }
        chosen
    };
    let mut sample = pick(sunting_flags(resources, &articles));
    sample.extend(pick(hunspell_flags(&paragraphs)?));
    let mut rng = Rng::new(seed ^ 0x5eed);
    for i in (1..sample.len()).rev() {
        sample.swap(i, rng.below(i + 1));
    }
    std::fs::create_dir_all(out)?;
    let text_of: HashMap<&Key, &str> = paragraphs.iter().map(|(k, t)| (k, *t)).collect();
    let mut blind = String::from("item\tflagged\ttext\n");
    let mut key = String::from("item\tarticle_idx\tpara_idx\tstart\tend\ttool\trule\n");
    for (item, flag) in sample.iter().enumerate() {
        let text = text_of[&flag.key];
        let flagged: String = text.chars().skip(flag.start).take(flag.end - flag.start).collect();
        // The paragraph with the flagged stretch between [[ and ]].
        let marked: String = text
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let open = if i == flag.start { "[[" } else { "" };
                let close = if i + 1 == flag.end { "]]" } else { "" };
                format!("{open}{c}{close}").chars().collect::<Vec<_>>()
            })
            .collect();
        let _ = writeln!(blind, "{item}\t{flagged}\t{marked}");
        let _ = writeln!(key, "{item}\t{}\t{}\t{}\t{}\t{}\t{}", flag.key.0, flag.key.1, flag.start, flag.end, flag.tool, flag.rule);
    }
    std::fs::write(out.join("blind.tsv"), blind).context("cannot write the blind sample")?;
    std::fs::write(out.join("key.tsv"), key).context("cannot write the key")?;
    Ok(())
}

/// The precision table from the merged verdicts in `labels/precision-id-news.tsv`.
pub fn precision(report: &mut String) -> Result<()> {
    let path = labels_dir().join("precision-id-news.tsv");
    if !path.exists() {
        return Ok(());
    }
    let rows = data::tsv(&path)?;
    let mut by: BTreeMap<(String, String), [usize; 3]> = BTreeMap::new();
    for row in &rows {
        let slot = match row["verdict"].as_str() {
            "real" => 0,
            "defensible" => 1,
            _ => 2,
        };
        let tool = row["tool"].clone();
        by.entry((tool.clone(), row["rule"].clone())).or_default()[slot] += 1;
        by.entry((tool, "**all**".to_string())).or_default()[slot] += 1;
    }
    let _ = writeln!(report, "## Flags judged blind\n");
    let _ = writeln!(report, "A random sample of each tool's flags on the whole development split, shuffled together and judged real, defensible or false by a reviewer who was not told which tool made which (`labels/precision-id-news.tsv`; drawn with `--judge-sample`).\n");
    let _ = writeln!(report, "| tool | rule | flags judged | real | defensible | false |\n|---|---|---|---|---|---|");
    for ((tool, rule), [real, defensible, false_]) in &by {
        let total = real + defensible + false_;
        let _ = writeln!(
            report,
            "| {tool} | {rule} | {total} | {} | {} | {} |",
            percent(*real, total),
            percent(*defensible, total),
            percent(*false_, total)
        );
    }
    let _ = writeln!(report);
    Ok(())
}
