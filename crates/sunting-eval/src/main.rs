//! `sunting-eval`: measures Sunting's checker on real newsroom text and misspellings, beside
//! hunspell (and lingua for language), in one run, and prints a Markdown report.
//!
//!     cargo run --release -p sunting-eval -- --data ../shared/eval --out docs/QUALITY.md
//!
//! The data is read where it lies and never copied. Every case is built with a fixed seed, so
//! two runs measure the same thing.
//!
//! For development: `SUNTING_EVAL_ONLY=news,bbc,judged,nonstandard,typos,names,codespell,language,speed,long`
//! runs some sections only; `SUNTING_EVAL_VERBOSE=1` prints every false alarm and every missed
//! or mis-suggested case to stderr, and `SUNTING_EVAL_DEBUG=1` adds the block's findings.

mod baselines;
mod data;
mod judged;
mod slips;

use anyhow::{Context, Result};
use data::{one_edit, Article, Rng};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use sunting_check::{CheckConfig, Checker, Document, Finding, Language, Resources, Severity};

struct Options {
    data: PathBuf,
    judge_sample: Option<PathBuf>,
    out: Option<PathBuf>,
    cases: usize,
    seed: u64,
}

fn options() -> Result<Options> {
    let mut options = Options { data: PathBuf::from("../shared/eval"), judge_sample: None, out: None, cases: 1000, seed: 20_261_130 };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--data" => options.data = PathBuf::from(value()?),
            "--out" => options.out = Some(PathBuf::from(value()?)),
            "--judge-sample" => options.judge_sample = Some(PathBuf::from(value()?)),
            "--cases" => options.cases = value()?.parse()?,
            "--seed" => options.seed = value()?.parse()?,
            "--help" | "-h" => {
                println!("usage: sunting-eval [--data DIR] [--out FILE.md] [--cases N] [--seed N] [--judge-sample DIR]");
                std::process::exit(0);
            }
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    Ok(options)
}

fn main() -> Result<()> {
    let options = options()?;
    let resources = Arc::new(Resources::from_environment());
    let load = Instant::now();
    resources.preload();
    let load_ms = load.elapsed().as_secs_f64() * 1000.0;
    let hunspell = baselines::installed("hunspell");
    let mut report = String::new();
    let _ = writeln!(report, "# Checker quality\n");
    let _ = writeln!(report, "Measured by `cargo run --release -p sunting-eval -- --data ../shared/eval --out docs/QUALITY.md` (seed {}, {} cases per synthetic test) on the development split of `../shared/eval`. hunspell is Debian's 1.7 with Debian's id_ID, en_US and en_GB dictionaries, run in the same process run. Dictionaries loaded in {load_ms:.0} ms.\n", options.seed, options.cases);
    if !hunspell {
        let _ = writeln!(report, "hunspell is not installed: its columns are empty.\n");
    }
    if let Some(dir) = &options.judge_sample {
        judged::judge_sample(&resources, &options.data, dir, 150, options.seed)?;
        eprintln!("blind sample written to {}", dir.display());
        return Ok(());
    }
    let id_news = data::indonesian_news(&options.data)?;
    let en_news = data::english_news(&options.data)?;

    let only = std::env::var("SUNTING_EVAL_ONLY").unwrap_or_default();
    let wanted = |section: &str| only.is_empty() || only.split(',').any(|s| s == section);
    if wanted("news") {
        false_alarms(&mut report, &resources, "Indonesian published news", &id_news, "id_ID", hunspell)?;
    }
    if wanted("bbc") {
        false_alarms(&mut report, &resources, "English published news (BBC)", &en_news, "en_GB", hunspell)?;
    }
    if wanted("judged") {
        judged::recall(&mut report, &resources, &options.data, hunspell)?;
        judged::precision(&mut report)?;
    }
    if wanted("nonstandard") {
        nonstandard(&mut report, &resources, &options, &id_news, hunspell)?;
    }
    if wanted("typos") {
        typos(&mut report, &resources, &options, &id_news, hunspell)?;
    }
    if wanted("names") {
        names(&mut report, &resources, &options, &id_news, hunspell)?;
    }
    if wanted("codespell") {
        codespell(&mut report, &resources, &options, &en_news, hunspell)?;
    }
    if wanted("language") {
        languages(&mut report, &resources, &options)?;
    }
    if wanted("speed") {
        speed(&mut report, &id_news, hunspell)?;
    }
    if wanted("long") {
        long_documents(&mut report, &id_news, hunspell)?;
    }

    print!("{report}");
    if let Some(out) = &options.out {
        std::fs::write(out, &report).with_context(|| format!("cannot write {}", out.display()))?;
    }
    Ok(())
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_string()
    } else {
        format!("{:.1} %", 100.0 * part as f64 / whole as f64)
    }
}

/// Findings at error or warning severity per 1,000 words, on published (edited) copy.
fn false_alarms(
    report: &mut String,
    resources: &Arc<Resources>,
    title: &str,
    articles: &[Article],
    dictionary: &str,
    hunspell: bool,
) -> Result<()> {
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    let mut words = 0;
    let mut flagged = 0;
    let mut infos = 0;
    let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut examples: BTreeMap<String, usize> = BTreeMap::new();
    let mut paragraphs_flagged = 0;
    let mut paragraphs = 0;
    for article in articles {
        let text = article.text();
        words += word_count(&text);
        let found = checker.check(&Document::from_text(&text)).findings;
        paragraphs += article.paragraphs.len();
        let serious: Vec<&Finding> = found.iter().filter(|f| f.severity >= Severity::Warning).collect();
        if std::env::var_os("SUNTING_EVAL_VERBOSE").is_some() {
            for note in found.iter().filter(|f| f.severity == Severity::Info) {
                eprintln!("note\t{}\t{}\t{}", note.rule, note.text, note.suggestions.join(","));
            }
        }
        let mut blocks: Vec<usize> = serious.iter().map(|f| f.block).collect();
        blocks.dedup();
        paragraphs_flagged += blocks.len();
        flagged += serious.len();
        infos += found.len() - serious.len();
        for finding in serious {
            if std::env::var_os("SUNTING_EVAL_VERBOSE").is_some() {
                eprintln!("alarm\t{}\t{}\t{}", finding.rule, finding.text, finding.suggestions.join(","));
            }
            *by_rule.entry(finding.rule.clone()).or_default() += 1;
            *examples.entry(format!("{} ({})", finding.text.chars().take(40).collect::<String>(), finding.rule)).or_default() += 1;
        }
    }
    let (hunspell_flags, hunspell_paragraphs) = if hunspell {
        let mut count = 0;
        let mut with_flag = 0;
        let all: Vec<&String> = articles.iter().flat_map(|a| &a.paragraphs).collect();
        let joined: String = all.iter().map(|p| format!("{p}\n")).collect();
        count += baselines::hunspell_list(dictionary, &joined)?.len();
        // Paragraphs with at least one hunspell flag, one call for all (one line per paragraph).
        let per_line = hunspell_per_line(dictionary, &all)?;
        with_flag += per_line.iter().filter(|&&n| n > 0).count();
        (Some(count), Some(with_flag))
    } else {
        (None, None)
    };
    let per_thousand = |n: usize| format!("{:.1}", 1000.0 * n as f64 / words.max(1) as f64);
    let _ = writeln!(report, "## False alarms on {title}\n");
    let _ = writeln!(
        report,
        "{} articles, {} paragraphs, {words} words of edited, published copy: nearly every flag is a false alarm.\n",
        articles.len(),
        paragraphs
    );
    let _ = writeln!(report, "| tool | flags per 1,000 words | paragraphs with a flag |\n|---|---|---|");
    let _ = writeln!(report, "| Sunting (error + warning) | {} | {} |", per_thousand(flagged), percent(paragraphs_flagged, paragraphs));
    let _ = writeln!(report, "| Sunting (info notes, not counted above) | {} | |", per_thousand(infos));
    if let (Some(count), Some(with_flag)) = (hunspell_flags, hunspell_paragraphs) {
        let _ = writeln!(report, "| hunspell {dictionary} | {} | {} |", per_thousand(count), percent(with_flag, paragraphs));
    }
    let _ = writeln!(
        report,
        "\nSunting's error and warning findings by rule: {}.\n",
        by_rule.iter().map(|(rule, n)| format!("{rule} {n}")).collect::<Vec<_>>().join(", ")
    );
    let mut top: Vec<(String, usize)> = examples.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let _ = writeln!(report, "Most frequent: {}.\n", top.iter().take(15).map(|(t, n)| format!("{t} ×{n}")).collect::<Vec<_>>().join(", "));
    Ok(())
}

/// hunspell flags per input line (paragraphs with newlines replaced).
fn hunspell_per_line(dictionary: &str, paragraphs: &[&String]) -> Result<Vec<usize>> {
    // `hunspell -L` would print lines; instead ask -a per word and regroup.
    let mut words_per_line = Vec::new();
    let mut words = Vec::new();
    for paragraph in paragraphs {
        let tokens: Vec<String> = paragraph
            .split(|c: char| c.is_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        words_per_line.push(tokens.len());
        words.extend(tokens);
    }
    let verdicts = baselines::hunspell_verdicts(dictionary, &words)?;
    let mut counts = Vec::new();
    let mut at = 0;
    for n in words_per_line {
        counts.push(verdicts[at..at + n].iter().filter(|v| !v.correct).count());
        at += n;
    }
    Ok(counts)
}

/// A test case: a paragraph of an article with one word replaced.
struct Case {
    article: usize,
    paragraph: usize,
    /// Byte range of the replacement in the new paragraph.
    range: std::ops::Range<usize>,
    wrong: String,
    right: String,
}

/// Detection and suggestion accuracy.
#[derive(Default)]
struct Score {
    cases: usize,
    detected: usize,
    top1: usize,
    top3: usize,
}

impl Score {
    fn add(&mut self, detected: bool, suggestions: &[String], right: &str) {
        self.cases += 1;
        if detected {
            self.detected += 1;
            let position = suggestions.iter().position(|s| s.eq_ignore_ascii_case(right) || s == right);
            if position == Some(0) {
                self.top1 += 1;
            }
            if position.is_some_and(|p| p < 3) {
                self.top3 += 1;
            }
        }
    }

    fn row(&self, tool: &str) -> String {
        format!(
            "| {tool} | {} | {} | {} | {} |",
            self.cases,
            percent(self.detected, self.cases),
            percent(self.top1, self.cases),
            percent(self.top3, self.cases)
        )
    }
}

const SCORE_HEADER: &str = "| tool | cases | detected | right word first | right word in top 3 |\n|---|---|---|---|---|";

/// Runs Sunting on each case (the whole article, one paragraph changed) and scores it.
fn score_sunting(checker: &Checker, articles: &[Article], cases: &[Case]) -> Score {
    let mut score = Score::default();
    for case in cases {
        let article = &articles[case.article];
        let mut paragraphs = article.paragraphs.clone();
        let new_paragraph = {
            let old = &paragraphs[case.paragraph];
            let start = case.range.start;
            let old_end = start + old[start..].find(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'').unwrap_or(old.len() - start);
            format!("{}{}{}", &old[..start], case.wrong, &old[old_end..])
        };
        paragraphs[case.paragraph] = new_paragraph.clone();
        let report = checker.check(&Document::from_text(&paragraphs.join("\n\n")));
        let block = paragraphs[..case.paragraph].iter().filter(|p| !p.trim().is_empty()).count();
        let start16 = sunting_check::offsets::byte_to_utf16(&new_paragraph, case.range.start);
        let end16 = sunting_check::offsets::byte_to_utf16(&new_paragraph, case.range.end);
        let hit = report.findings.iter().find(|f| f.block == block && f.start < end16 && start16 < f.end);
        if std::env::var_os("SUNTING_EVAL_VERBOSE").is_some() {
            let first = hit.and_then(|f| f.suggestions.first()).map(String::as_str).unwrap_or("");
            if !first.eq_ignore_ascii_case(&case.right) {
                eprintln!(
                    "miss\t{}\t{}\t{}\t{}",
                    case.wrong,
                    case.right,
                    hit.map_or("-", |f| f.rule.as_str()),
                    hit.map(|f| f.suggestions.join(",")).unwrap_or_default()
                );
                if std::env::var_os("SUNTING_EVAL_DEBUG").is_some() {
                    let found: Vec<(&str, &str, usize)> =
                        report.findings.iter().filter(|f| f.block == block).map(|f| (f.rule.as_str(), f.text.as_str(), f.start)).collect();
                    eprintln!("  block {block} [{start16}..{end16}] {found:?}");
                    let from = new_paragraph.floor_char_boundary(case.range.start.saturating_sub(40));
                    let to = new_paragraph.ceil_char_boundary((case.range.end + 40).min(new_paragraph.len()));
                    eprintln!("  text: {}", new_paragraph[from..to].replace('\n', " "));
                }
            }
        }
        score.add(hit.is_some(), hit.map(|f| f.suggestions.as_slice()).unwrap_or(&[]), &case.right);
    }
    score
}

fn score_hunspell(dictionary: &str, cases: &[Case]) -> Result<Score> {
    let words: Vec<String> = cases.iter().map(|c| c.wrong.clone()).collect();
    let verdicts = baselines::hunspell_verdicts(dictionary, &words)?;
    let mut score = Score::default();
    for (case, verdict) in cases.iter().zip(verdicts) {
        score.add(!verdict.correct, &verdict.suggestions, &case.right);
    }
    Ok(score)
}

/// Finds `word` as a whole word in the articles; returns (article, paragraph, byte offset).
fn find_word(articles: &[Article], word: &str, rng: &mut Rng) -> Option<(usize, usize, usize)> {
    let start_article = rng.below(articles.len());
    for step in 0..articles.len() {
        let article_index = (start_article + step) % articles.len();
        for (paragraph_index, paragraph) in articles[article_index].paragraphs.iter().enumerate() {
            for (at, _) in paragraph.match_indices(word) {
                let before = paragraph[..at].chars().next_back();
                let after = paragraph[at + word.len()..].chars().next();
                let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-'));
                if boundary(before) && boundary(after) {
                    return Some((article_index, paragraph_index, at));
                }
            }
        }
    }
    None
}

fn nonstandard(report: &mut String, resources: &Arc<Resources>, options: &Options, articles: &[Article], hunspell: bool) -> Result<()> {
    let rows = data::tsv(&options.data.join("spelling/id_nonstandard_to_standard.tsv"))?;
    let mut rng = Rng::new(options.seed);
    let mut carrier = Article { paragraphs: Vec::new() };
    let mut cases = Vec::new();
    let mut high = Vec::new();
    let mut in_context = 0;
    for row in &rows {
        let (wrong, right) = (row["nonstandard"].clone(), row["standard"].clone());
        if wrong.contains(' ') || right.contains(' ') || wrong.is_empty() {
            continue;
        }
        let located = find_word(articles, &right, &mut rng);
        let (article, paragraph, at) = match located {
            Some(found) => {
                in_context += 1;
                found
            }
            None => {
                carrier.paragraphs.push(format!("Warga menyebut {right} sebagai hal yang biasa di kampung itu."));
                (usize::MAX, carrier.paragraphs.len() - 1, "Warga menyebut ".len())
            }
        };
        let case = Case { article, paragraph, range: at..at + wrong.len(), wrong, right };
        if row.get("confidence").is_some_and(|c| c == "high") {
            high.push(cases.len());
        }
        cases.push(case);
    }
    // Carrier sentences form one extra "article" of their own.
    let mut all_articles: Vec<Article> = articles.iter().map(|a| Article { paragraphs: a.paragraphs.clone() }).collect();
    all_articles.push(carrier);
    let carrier_index = all_articles.len() - 1;
    for case in &mut cases {
        if case.article == usize::MAX {
            case.article = carrier_index;
        }
    }
    // A carrier article with hundreds of paragraphs would be checked whole for every case; give
    // each carrier case its own one-paragraph article instead.
    let mut split_articles = all_articles;
    let carrier = split_articles.pop().unwrap();
    for case in &mut cases {
        if case.article == carrier_index {
            split_articles.push(Article { paragraphs: vec![carrier.paragraphs[case.paragraph].clone()] });
            case.article = split_articles.len() - 1;
            case.paragraph = 0;
        }
    }
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    let all = score_sunting(&checker, &split_articles, &cases);
    let high_cases: Vec<Case> = high
        .iter()
        .map(|&i| Case {
            article: cases[i].article,
            paragraph: cases[i].paragraph,
            range: cases[i].range.clone(),
            wrong: cases[i].wrong.clone(),
            right: cases[i].right.clone(),
        })
        .collect();
    let high_score = score_sunting(&checker, &split_articles, &high_cases);
    let _ = writeln!(report, "## Non-standard Indonesian words\n");
    let _ = writeln!(report, "Each non-standard form of `spelling/id_nonstandard_to_standard.tsv` replaces its standard form in a news paragraph that uses it ({in_context} cases) or, when none does, in a neutral carrier sentence ({} cases); the article is checked whole.\n", cases.len() - in_context);
    let _ = writeln!(report, "{SCORE_HEADER}");
    let _ = writeln!(report, "{}", all.row("Sunting, all entries"));
    let _ = writeln!(report, "{}", high_score.row("Sunting, KBBI arrow entries (confidence high)"));
    if hunspell {
        let _ = writeln!(report, "{}", score_hunspell("id_ID", &cases)?.row("hunspell id_ID, all entries"));
        let _ = writeln!(report, "{}", score_hunspell("id_ID", &high_cases)?.row("hunspell id_ID, KBBI arrow entries"));
    }
    let _ = writeln!(report);
    Ok(())
}

fn typos(report: &mut String, resources: &Arc<Resources>, options: &Options, articles: &[Article], hunspell: bool) -> Result<()> {
    let mut rng = Rng::new(options.seed ^ 0x7970);
    let places = slips::places(articles);
    let mut proposals = Vec::new();
    let mut kinds = Vec::new();
    let mut starts = Vec::new();
    while proposals.len() < options.cases * 2 {
        let place = &places[rng.below(places.len())];
        let Some((kind, typo)) = slips::one_slip(&place.word, &mut rng) else { continue };
        kinds.push(kind);
        starts.push(place.sentence_start);
        proposals.push(Case {
            article: place.article,
            paragraph: place.paragraph,
            range: place.at..place.at + typo.len(),
            wrong: typo,
            right: place.word.clone(),
        });
    }
    // A typo that is itself a word is a real-word error (measured below): hunspell is the judge.
    let real_words = if hunspell {
        baselines::hunspell_verdicts("id_ID", &proposals.iter().map(|c| c.wrong.clone()).collect::<Vec<_>>())?
    } else {
        Vec::new()
    };
    let mut excluded = 0;
    let mut cases = Vec::new();
    let mut case_kinds = Vec::new();
    let mut case_starts = Vec::new();
    for (index, case) in proposals.into_iter().enumerate() {
        if real_words.get(index).is_some_and(|v| v.correct) {
            excluded += 1;
            continue;
        }
        if cases.len() < options.cases {
            case_kinds.push(kinds[index]);
            case_starts.push(starts[index]);
            cases.push(case);
        }
    }
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    let _ = writeln!(report, "## Typos as people make them, in published Indonesian sentences\n");
    let _ = writeln!(report, "A random word of a news paragraph (any length; a capitalised word only where it opens a sentence and is written in lower case elsewhere) gets one slip drawn as typing slips come: a neighbouring key 32 %, a letter left out 24 %, two letters swapped 16 %, a letter doubled 10 %, a neighbouring key struck with the right one 10 %, a double letter undone 8 % (`crates/sunting-eval/src/slips.rs`). Slips that hunspell accepts as words ({excluded} of the proposals) are real-word errors, measured in the next section.\n");
    let _ = writeln!(report, "{SCORE_HEADER}");
    let subset = |keep: &dyn Fn(usize) -> bool| -> Vec<Case> {
        cases
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .map(|(_, c)| Case {
                article: c.article,
                paragraph: c.paragraph,
                range: c.range.clone(),
                wrong: c.wrong.clone(),
                right: c.right.clone(),
            })
            .collect()
    };
    let groups: Vec<(String, Vec<Case>)> = vec![
        ("all slips".to_string(), subset(&|_| true)),
        ("words of four letters or fewer".to_string(), subset(&|i| cases[i].right.chars().count() <= 4)),
        ("words of five letters or more".to_string(), subset(&|i| cases[i].right.chars().count() >= 5)),
        ("capitalised, opening a sentence".to_string(), subset(&|i| case_starts[i])),
    ]
    .into_iter()
    .chain(slips::KIND_NAMES.iter().map(|kind| (kind.to_string(), subset(&|i| case_kinds[i] == *kind))))
    .collect();
    // hunspell's suggestions cost tens of milliseconds a word: ask once for every case.
    let verdicts: HashMap<String, baselines::Verdict> = if hunspell {
        let words: Vec<String> = cases.iter().map(|c| c.wrong.clone()).collect();
        words.iter().cloned().zip(baselines::hunspell_verdicts("id_ID", &words)?).collect()
    } else {
        HashMap::new()
    };
    for (label, group) in &groups {
        let _ = writeln!(report, "{}", score_sunting(&checker, articles, group).row(&format!("Sunting, {label}")));
        if hunspell {
            let mut score = Score::default();
            for case in group {
                let verdict = &verdicts[&case.wrong];
                score.add(!verdict.correct, &verdict.suggestions, &case.right);
            }
            let _ = writeln!(report, "{}", score.row(&format!("hunspell id_ID, {label}")));
        }
    }
    let _ = writeln!(report);
    real_word_errors(report, resources, options, articles, hunspell, &places)
}

/// The rule that flags a real word typed for another.
const REAL_WORD_RULE: &str = "real_word";

/// A common word replaced by another common word one slip away ("korban luka" typed "korban
/// lupa"); and how often the real-word rule speaks on unchanged published copy.
fn real_word_errors(
    report: &mut String,
    resources: &Arc<Resources>,
    options: &Options,
    articles: &[Article],
    hunspell: bool,
    places: &[slips::Place],
) -> Result<()> {
    if !hunspell {
        return Ok(());
    }
    let Some(lexicon) = resources.lexicon(Language::Indonesian) else { return Ok(()) };
    let mut rng = Rng::new(options.seed ^ 0x7277);
    // Places with the slips of each that are themselves common words; hunspell confirms them all
    // in one run.
    let mut drawn: Vec<(&slips::Place, Vec<String>)> = Vec::new();
    let mut attempts = 0;
    while drawn.len() < options.cases * 2 && attempts < options.cases * 50 {
        attempts += 1;
        let place = &places[rng.below(places.len())];
        if place.sentence_start || place.word.chars().count() < 3 {
            continue;
        }
        let mut words: Vec<String> = slips::all_slips(&place.word)
            .into_iter()
            .map(|(_, slip)| slip)
            .filter(|slip| lexicon.zipf(slip).is_some_and(|z| z >= 3.0))
            .collect();
        words.sort();
        words.dedup();
        if !words.is_empty() {
            drawn.push((place, words));
        }
    }
    let all: Vec<String> = drawn.iter().flat_map(|(_, words)| words.iter().cloned()).collect();
    let accepted = baselines::hunspell_accepts("id_ID", &all)?;
    let mut cases = Vec::new();
    for (place, words) in drawn {
        let words: Vec<&String> = words.iter().filter(|w| accepted.contains(*w)).collect();
        if words.is_empty() || cases.len() == options.cases {
            continue;
        }
        let wrong = words[rng.below(words.len())].clone();
        cases.push(Case {
            article: place.article,
            paragraph: place.paragraph,
            range: place.at..place.at + wrong.len(),
            wrong,
            right: place.word.clone(),
        });
    }
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    let mut words = 0;
    let mut false_flags = 0;
    for article in articles {
        let text = article.text();
        words += word_count(&text);
        false_flags += checker.check(&Document::from_text(&text)).findings.iter().filter(|f| f.rule == REAL_WORD_RULE).count();
    }
    let _ = writeln!(report, "## Real-word errors in published Indonesian sentences\n");
    let _ = writeln!(report, "A random lower-case word of three letters or more is replaced by a common word (Zipf 3 or more, accepted by hunspell) one slip away, drawn from the same slips as above. A dictionary cannot see these; hunspell's row shows it.\n");
    let _ = writeln!(report, "{SCORE_HEADER}");
    let _ = writeln!(report, "{}", score_sunting(&checker, articles, &cases).row("Sunting"));
    let _ = writeln!(report, "{}", score_hunspell("id_ID", &cases)?.row("hunspell id_ID"));
    let _ = writeln!(
        report,
        "\nOn the {} unchanged articles ({words} words), `{REAL_WORD_RULE}` speaks {false_flags} times: {:.2} flags per 2,000 words.\n",
        articles.len(),
        2000.0 * false_flags as f64 / words.max(1) as f64
    );
    Ok(())
}

fn names(report: &mut String, resources: &Arc<Resources>, options: &Options, articles: &[Article], hunspell: bool) -> Result<()> {
    let mut rng = Rng::new(options.seed ^ 0x6e61);
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    // False name findings on unmodified articles.
    let mut false_findings = 0;
    let mut false_examples = Vec::new();
    for article in articles {
        for finding in checker.check(&Document::from_text(&article.text())).findings {
            if finding.rule == "name_consistency" && finding.severity == Severity::Error {
                false_findings += 1;
                false_examples.push(format!("{} -> {}", finding.text, finding.suggestions.first().cloned().unwrap_or_default()));
            }
        }
    }
    let mut cases = Vec::new();
    for (article_index, article) in articles.iter().enumerate() {
        let counts = sunting_check::names::extract_names(article.paragraphs.iter().map(String::as_str));
        let mut names: Vec<(&String, &u32)> =
            counts.iter().filter(|(n, &c)| c >= 2 && n.chars().count() >= 5 && n.chars().all(char::is_alphabetic)).collect();
        names.sort();
        if names.is_empty() {
            continue;
        }
        let name = names[rng.below(names.len())].0.clone();
        let mut places = Vec::new();
        for (p, paragraph) in article.paragraphs.iter().enumerate() {
            for (at, _) in paragraph.match_indices(name.as_str()) {
                let before = paragraph[..at].chars().next_back();
                let after = paragraph[at + name.len()..].chars().next();
                if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric()) {
                    places.push((p, at));
                }
            }
        }
        if places.len() < 2 {
            continue;
        }
        let (p, at) = places[rng.below(places.len())];
        let mut typo = one_edit(&name, &mut rng);
        if !typo.starts_with(|c: char| c.is_uppercase()) {
            let mut chars = typo.chars();
            typo = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default() + chars.as_str();
        }
        if typo == name || counts.contains_key(&typo) {
            continue;
        }
        cases.push(Case { article: article_index, paragraph: p, range: at..at + typo.len(), wrong: typo, right: name });
    }
    let _ = writeln!(report, "## Misspelt names\n");
    let _ = writeln!(report, "In each news article with a name (a capitalised word of five letters or more used at least twice), one occurrence of one such name gets a random one-edit typo ({} articles).\n", cases.len());
    let _ = writeln!(report, "{SCORE_HEADER}");
    let _ = writeln!(report, "{}", score_sunting(&checker, articles, &cases).row("Sunting"));
    if hunspell {
        let _ = writeln!(report, "{}", score_hunspell("id_ID", &cases)?.row("hunspell id_ID"));
    }
    let rate = false_findings as f64 * 20.0 / articles.len().max(1) as f64;
    let _ = writeln!(
        report,
        "\nFalse name findings on the {} unmodified articles: {false_findings} ({rate:.2} per 20 articles){}.\n",
        articles.len(),
        if false_examples.is_empty() {
            String::new()
        } else {
            format!(": {}", false_examples.iter().take(10).cloned().collect::<Vec<_>>().join(", "))
        }
    );
    Ok(())
}

fn codespell(report: &mut String, resources: &Arc<Resources>, options: &Options, articles: &[Article], hunspell: bool) -> Result<()> {
    let rows = data::tsv(&options.data.join("spelling/en_codespell.tsv"))?;
    let mut rng = Rng::new(options.seed ^ 0x636f);
    let mut by_right: HashMap<String, Vec<String>> = HashMap::new();
    for row in &rows {
        let wrong = row["misspelling"].clone();
        let corrections: Vec<&str> = row["corrections"].split(',').map(str::trim).filter(|c| !c.is_empty()).collect();
        // Only unambiguous entries: one correction, a plain lower-case word.
        if corrections.len() == 1 && wrong.chars().all(|c| c.is_ascii_lowercase()) && corrections[0].chars().all(|c| c.is_ascii_lowercase())
        {
            by_right.entry(corrections[0].to_string()).or_default().push(wrong);
        }
    }
    let mut rights: Vec<&String> = by_right.keys().collect();
    rights.sort();
    let mut cases = Vec::new();
    let mut tried = 0;
    while cases.len() < options.cases && tried < options.cases * 20 {
        tried += 1;
        let right = rights[rng.below(rights.len())].clone();
        let wrongs = &by_right[&right];
        let wrong = wrongs[rng.below(wrongs.len())].clone();
        if let Some((a, p, at)) = find_word(articles, &right, &mut rng) {
            cases.push(Case { article: a, paragraph: p, range: at..at + wrong.len(), wrong, right });
        }
    }
    let checker = Checker::new(resources.clone(), CheckConfig::default());
    let _ = writeln!(report, "## English misspellings (codespell list)\n");
    let _ = writeln!(
        report,
        "A misspelling with a single correction from `spelling/en_codespell.tsv` replaces that word in a BBC paragraph that uses it.\n"
    );
    let _ = writeln!(report, "{SCORE_HEADER}");
    let _ = writeln!(report, "{}", score_sunting(&checker, articles, &cases).row("Sunting"));
    if hunspell {
        let _ = writeln!(report, "{}", score_hunspell("en_US", &cases)?.row("hunspell en_US"));
        let _ = writeln!(report, "{}", score_hunspell("en_GB", &cases)?.row("hunspell en_GB"));
    }
    let _ = writeln!(
        report,
        "\nHarper (harper-cli) is {}.\n",
        if baselines::installed("harper-cli") {
            "installed but not yet wired into this tool"
        } else {
            "not installed on this machine, so it has no row"
        }
    );
    Ok(())
}

fn languages(report: &mut String, resources: &Arc<Resources>, options: &Options) -> Result<()> {
    let rows = data::tsv(&options.data.join("langid/langid.tsv"))?;
    let detector = resources.detector();
    let labels = ["id", "ms", "jv", "su", "en", "min", "ban", "bjn", "mad"];
    let predicted: Vec<String> =
        rows.iter().map(|row| detector.detect(&row["text"], 1).map_or("und".to_string(), |d| d.language.code().to_string())).collect();
    let texts: Vec<String> = rows.iter().map(|row| row["text"].clone()).collect();
    let lingua = if baselines::lingua_installed() { Some(baselines::lingua(&texts)?) } else { None };
    let _ = writeln!(report, "## Language of a paragraph\n");
    let _ = writeln!(report, "`langid/langid.tsv`, each text on its own. Regional look-alikes (min, ban, bjn, mad) have no right answer among Sunting's five languages; their rows show where they land.\n");
    let _ = writeln!(report, "| label | texts | Sunting | lingua (all languages) |\n|---|---|---|---|");
    for label in labels {
        let indexes: Vec<usize> = rows.iter().enumerate().filter(|(_, r)| r["label"] == label).map(|(i, _)| i).collect();
        if indexes.is_empty() {
            continue;
        }
        let ours = indexes.iter().filter(|&&i| predicted[i] == label).count();
        let theirs = lingua
            .as_ref()
            .map(|l| percent(indexes.iter().filter(|&&i| l[i] == label).count(), indexes.len()))
            .unwrap_or_else(|| "not installed".into());
        let _ = writeln!(report, "| {label} | {} | {} | {theirs} |", indexes.len(), percent(ours, indexes.len()));
    }
    let _ = writeln!(report, "\nSunting's confusion matrix (rows: label, columns: verdict):\n");
    let verdicts = ["id", "ms", "jv", "su", "en", "und"];
    let _ = writeln!(report, "| label | {} |\n|---|{}", verdicts.join(" | "), "---|".repeat(verdicts.len()));
    for label in labels {
        let mut counts = vec![0; verdicts.len()];
        for (row, verdict) in rows.iter().zip(&predicted) {
            if row["label"] == label {
                if let Some(i) = verdicts.iter().position(|v| v == verdict) {
                    counts[i] += 1;
                }
            }
        }
        let _ = writeln!(report, "| {label} | {} |", counts.iter().map(ToString::to_string).collect::<Vec<_>>().join(" | "));
    }
    if let Some(lingua) = &lingua {
        let id_rows: Vec<usize> = rows.iter().enumerate().filter(|(_, r)| r["label"] == "id").map(|(i, _)| i).collect();
        let called_malay = id_rows.iter().filter(|&&i| lingua[i] == "ms").count();
        let ours_malay = id_rows.iter().filter(|&&i| predicted[i] == "ms").count();
        let _ = writeln!(
            report,
            "\nIndonesian called Malay: Sunting {}, lingua {}.\n",
            percent(ours_malay, id_rows.len()),
            percent(called_malay, id_rows.len())
        );
    }
    Ok(())
}

fn speed(report: &mut String, articles: &[Article], hunspell: bool) -> Result<()> {
    let text: String = articles.iter().map(|a| a.text() + "\n\n").collect();
    let words = word_count(&text);
    let checker = Checker::new(fresh_resources(), CheckConfig { language: Some(Language::Indonesian), ..Default::default() });
    let documents: Vec<Document> = articles.iter().map(|a| Document::from_text(&a.text())).collect();
    let start = Instant::now();
    for document in &documents {
        checker.check(document);
    }
    let cold = start.elapsed().as_secs_f64();
    let _ = writeln!(report, "## Speed on the same text\n");
    let _ = writeln!(
        report,
        "All {} Indonesian articles ({words} words), every block checked once (no cache hits), dictionaries freshly loaded before the clock starts.\n",
        articles.len()
    );
    let _ = writeln!(report, "| tool | seconds | words per second |\n|---|---|---|");
    let _ = writeln!(report, "| Sunting, every rule | {cold:.3} | {:.0} |", words as f64 / cold);
    if hunspell {
        let start = Instant::now();
        baselines::hunspell_list("id_ID", &text)?;
        let elapsed = start.elapsed().as_secs_f64();
        let _ = writeln!(report, "| hunspell -l id_ID (one process, start-up included) | {elapsed:.3} | {:.0} |", words as f64 / elapsed);
    }
    let _ = writeln!(
        report,
        "\nTimings from one run on this machine; the benchmarks (`cargo bench -p sunting-check`) give the steadier figures.\n"
    );
    Ok(())
}

/// The whole split as one document, `copies` times over; in each further copy every capitalised
/// word gets its own two-letter ending, so names keep growing in variety as the text does
/// (repeating one story would hide what grows with the number of distinct names).
fn joined_copies(articles: &[Article], copies: usize) -> String {
    const ENDINGS: &[&str] = &["", "ra", "to", "wi", "na", "ko", "sa", "di"];
    let mut text = String::new();
    for copy in 0..copies {
        let ending = ENDINGS[copy % ENDINGS.len()];
        for article in articles {
            for paragraph in &article.paragraphs {
                let renamed: Vec<String> = paragraph
                    .split(' ')
                    .map(|word| {
                        let letters = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                        if copy > 0
                            && letters.chars().count() >= 4
                            && letters.starts_with(char::is_uppercase)
                            && letters.chars().all(char::is_alphabetic)
                        {
                            format!("{letters}{ending}{}", &word[letters.len()..])
                        } else {
                            word.to_string()
                        }
                    })
                    .collect();
                text.push_str(&renamed.join(" "));
                text.push_str("\n\n");
            }
        }
    }
    text
}

/// Whole long documents, an edit in a long document, and one ordinary article, beside
/// `hunspell -l` on the same text.
fn long_documents(report: &mut String, articles: &[Article], hunspell: bool) -> Result<()> {
    let config = CheckConfig { language: Some(Language::Indonesian), ..Default::default() };
    let _ = writeln!(report, "## Long documents\n");
    let _ = writeln!(report, "The whole Indonesian split joined into one document, one to three times over (each further copy gives every capitalised word its own ending, so the number of distinct names grows with the text); a fresh checker and freshly loaded dictionaries each time (nothing remembered from an earlier check; loading is not timed). The machine has 2 cores; a long document is split between them.\n");
    let _ = writeln!(
        report,
        "| words | paragraphs | distinct capitalised words | Sunting, whole document | hunspell -l id_ID |\n|---|---|---|---|---|"
    );
    for copies in [1, 2, 3] {
        let text = joined_copies(articles, copies);
        let document = Document::from_text(&text);
        let names: std::collections::HashSet<&str> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.starts_with(char::is_uppercase) && w.len() >= 4).collect();
        // Fresh resources: the lexicon remembers its answers, and nothing may come warm.
        let fresh = fresh_resources();
        let checker = Checker::new(fresh, config.clone());
        let start = Instant::now();
        checker.check(&document);
        let sunting = start.elapsed().as_secs_f64();
        let hunspell_seconds = if hunspell {
            let start = Instant::now();
            baselines::hunspell_list("id_ID", &text)?;
            format!("{:.2} s", start.elapsed().as_secs_f64())
        } else {
            "-".to_string()
        };
        let _ = writeln!(
            report,
            "| {} | {} | {} | {sunting:.2} s | {hunspell_seconds} |",
            word_count(&text),
            document.blocks.len(),
            names.len()
        );
    }
    // An edit in a long document: check once, change one paragraph, check again (the live path:
    // unchanged blocks come from the cache, article rules run over everything).
    let text = joined_copies(articles, 1);
    let mut document = Document::from_text(&text);
    let mut words = 0;
    document.blocks.retain(|block| {
        words += word_count(&block.text);
        words <= 20_000
    });
    let checker = Checker::new(fresh_resources(), config.clone());
    checker.check(&document);
    let middle = document.blocks.len() / 2;
    let mut timings = Vec::new();
    for round in 0..20 {
        document.blocks[middle].text.push_str(if round % 2 == 0 { " Tambahan." } else { " Lagi" });
        timings.push(millis(|| checker.check(&document)));
    }
    timings.sort_by(f64::total_cmp);
    let _ = writeln!(
        report,
        "\nRe-check after editing one paragraph of a {}-word document ({} paragraphs): median {:.1} ms, slowest of 20 {:.1} ms.",
        document.blocks.iter().map(|b| word_count(&b.text)).sum::<usize>(),
        document.blocks.len(),
        timings[timings.len() / 2],
        timings[timings.len() - 1]
    );
    // One ordinary article of about 1,000 words, checked from cold.
    let mut article = String::new();
    for paragraph in articles.iter().flat_map(|a| &a.paragraphs) {
        if word_count(&article) >= 1000 {
            break;
        }
        article.push_str(paragraph);
        article.push_str("\n\n");
    }
    let mut timings = Vec::new();
    for _ in 0..5 {
        let checker = Checker::new(fresh_resources(), config.clone());
        let document = Document::from_text(&article);
        timings.push(millis(|| checker.check(&document)));
    }
    timings.sort_by(f64::total_cmp);
    let _ = writeln!(
        report,
        "A {}-word article checked from cold (fresh checker and fresh dictionaries, loaded before the clock starts): median {:.1} ms of 5.\n",
        word_count(&article),
        timings[timings.len() / 2]
    );
    Ok(())
}

/// Resources like `resources` but new, loaded before any clock starts: the lexicons remember
/// their answers, so a timing on shared resources would measure what earlier sections left.
fn fresh_resources() -> Arc<Resources> {
    let fresh = Arc::new(Resources::from_environment());
    fresh.preload();
    fresh
}

/// Milliseconds `run` takes.
fn millis<T>(run: impl FnOnce() -> T) -> f64 {
    let start = Instant::now();
    std::hint::black_box(run());
    start.elapsed().as_secs_f64() * 1000.0
}
