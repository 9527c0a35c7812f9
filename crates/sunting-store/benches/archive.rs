//! Sunting at newsroom scale: builds a synthetic archive (by default 100,000 articles with 10
//! revisions each, 1,000,000 revisions) and times what an editor does on it: open the
//! database, list the library, search, open an article with its history, save, and check a
//! story against the archive's name register; and reports the database's size.
//!
//! ```sh
//! cargo bench -p sunting-store --bench archive                       # 100,000 x 10, kept in target/
//! cargo bench -p sunting-store --bench archive -- --articles 2000    # a quick run (scripts/test)
//! ```
//!
//! The archive is built once into `target/archive-<articles>x<revisions>.db` (or `--db PATH`)
//! and reused. Articles are 300-word stories from the engine's synthetic generator with 3 to 8
//! personal names each, drawn from 20,000 made-up Indonesian names (so the name register holds
//! tens of thousands of spellings, with some near misses); each revision edits one paragraph.
//! Every figure is the median and the 95th percentile of repeated runs on the warm file.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use sunting_check::{CheckConfig, Checker, Document, Resources};
use sunting_engine::sample::synthetic_article;
use sunting_engine::{ArticleContent, Block};
use sunting_store::{ListQuery, SaveOptions, Store};

const SYLLABLES: &[&str] = &[
    "su", "har", "to", "wi", "dya", "sa", "ri", "nur", "hen", "dri", "yan", "ra", "di", "an", "ta", "ku", "ma", "war", "da", "ni", "bam",
    "bang", "gun", "tri", "las", "mi", "ati", "ha", "di", "ja", "ya", "pur", "no", "mo", "ko", "lim",
];

/// A made-up Indonesian name from its number: two or three syllables, capitalised.
fn name(number: usize) -> String {
    let mut n = number;
    let count = 2 + n % 2;
    n /= 2;
    let mut name = String::new();
    for _ in 0..count {
        name.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

fn story(article: usize) -> ArticleContent {
    let mut content = synthetic_article(article as u64, 300);
    let names = 3 + article % 6;
    for k in 0..names {
        let who = name((article * 7919 + k * 104_729) % 20_000);
        let block = k % content.body.len();
        let text = content.body[block].text();
        content.body[block] = Block::paragraph(format!("{text} Menurut {who}, hal itu sudah dibahas."));
    }
    content
}

fn history(article: usize, revisions: usize) -> Vec<ArticleContent> {
    let first = story(article);
    (0..revisions)
        .map(|r| {
            let mut content = first.clone();
            if r > 0 {
                let block = r % content.body.len();
                let text = content.body[block].text();
                content.body[block] = Block::paragraph(format!("{text} (disunting {r})"));
            }
            content
        })
        .collect()
}

struct Timings(Vec<Duration>);

impl Timings {
    fn run(times: usize, mut action: impl FnMut(usize)) -> Timings {
        action(0); // warm
        Timings(
            (1..=times)
                .map(|i| {
                    let started = Instant::now();
                    action(i);
                    started.elapsed()
                })
                .collect(),
        )
    }

    fn show(mut self, what: &str) {
        self.0.sort();
        let at = |p: f64| self.0[((self.0.len() - 1) as f64 * p).round() as usize];
        println!("{what:<58} median {:>9.2} ms   p95 {:>9.2} ms", ms(at(0.5)), ms(at(0.95)));
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let articles: usize = value("--articles").and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let revisions: usize = value("--revisions").and_then(|v| v.parse().ok()).unwrap_or(10);
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let path = value("--db").map(PathBuf::from).unwrap_or_else(|| target.join(format!("archive-{articles}x{revisions}.db")));

    if !path.exists() {
        let partial = path.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        let started = Instant::now();
        let mut store = Store::open(&partial).unwrap();
        let batch = 500;
        for first in (0..articles).step_by(batch) {
            let histories: Vec<Vec<ArticleContent>> = (first..(first + batch).min(articles)).map(|a| history(a, revisions)).collect();
            store.create_articles_with_history(&histories, &SaveOptions::by("arsip")).unwrap();
            if (first / batch) % 20 == 0 {
                eprintln!("archive: {} of {articles} articles, {:.0} s", first + histories.len(), started.elapsed().as_secs_f64());
            }
        }
        drop(store);
        std::fs::rename(&partial, &path).unwrap();
        println!(
            "Built {} ({articles} articles, {} revisions) in {:.0} s",
            path.display(),
            articles * revisions,
            started.elapsed().as_secs_f64()
        );
    }

    let size = std::fs::metadata(&path).unwrap().len();
    println!("Archive: {articles} articles, {} revisions, {:.2} GB ({})", articles * revisions, size as f64 / 1e9, path.display());

    Timings::run(10, |_| drop(Store::open(&path).unwrap())).show("open the database");
    let mut store = Store::open(&path).unwrap();
    Timings::run(50, |_| assert_eq!(store.list(&ListQuery { limit: Some(200), ..Default::default() }).unwrap().len(), 200.min(articles)))
        .show("library: latest 200 articles");
    Timings::run(50, |_| {
        store.list(&ListQuery { search: Some("banjir pengawasan".into()), limit: Some(200), ..Default::default() }).unwrap();
    })
    .show("search: two common words, first 200 hits");
    Timings::run(50, |i| {
        store.list(&ListQuery { search: Some(name(i * 13 % 20_000)), limit: Some(200), ..Default::default() }).unwrap();
    })
    .show("search: a person's name, first 200 hits");
    Timings::run(50, |i| {
        let id = (i * 1_999 % articles) as i64 + 1;
        let article = store.article(id).unwrap();
        let history = store.history(id).unwrap();
        store.working_copy(id).unwrap();
        assert_eq!(history.len(), revisions.max(article.revision as usize));
    })
    .show("open an article with its history");
    Timings::run(20, |i| {
        let id = (i * 7_919 % articles) as i64 + 1;
        let mut content = store.article(id).unwrap().content;
        content.body[0] =
            Block::paragraph(format!("Paragraf pembuka yang disunting, putaran {i} pada {:?}.", std::time::SystemTime::now()));
        assert!(store.save(id, &content, &SaveOptions::by("bench")).unwrap().created);
    })
    .show("save a revision (fsync)");
    Timings::run(20, |i| {
        let id = (i * 104_729 % articles) as i64 + 1;
        let mut content = store.article(id).unwrap().content;
        content.body[1] = Block::paragraph(format!("Ketikan {i} pada {:?}.", std::time::SystemTime::now()));
        store.autosave(id, &content).unwrap();
    })
    .show("autosave");

    // The archive-wide name check: the register is read once when the window starts (and
    // after it changes); each check then compares a story's names with it.
    let mut newsroom = None;
    Timings::run(5, |_| newsroom = Some(store.newsroom().unwrap())).show("load the name register (once per start)");
    let resources = Arc::new(Resources::from_environment());
    resources.preload();
    let checker = Checker::with_newsroom(resources, CheckConfig::default(), newsroom.unwrap());
    let mut story = story(articles + 1);
    // One archive name the story misspells (a letter dropped), as a reporter would type it.
    let known = store.names().unwrap().into_iter().find(|n| n.name.chars().count() >= 7 && n.articles >= 5).expect("a frequent name").name;
    let letters: Vec<char> = known.chars().collect();
    let misspelt: String = letters[..letters.len() - 2].iter().chain(&letters[letters.len() - 1..]).collect();
    story.body[0] = Block::paragraph(format!("Wali kota {misspelt} meninjau lokasi banjir."));
    // Every paragraph new each run, so the checker's block cache never answers.
    Timings::run(20, |i| {
        let text = std::iter::once(story.headline.clone())
            .chain(story.body.iter().map(|b| format!("{} Catatan {i}.", b.text())))
            .collect::<Vec<_>>()
            .join("\n\n");
        let report = checker.check(&Document::from_text(&text));
        assert!(report.findings.iter().any(|f| f.text == misspelt), "{misspelt} (the archive says {known}) is caught");
    })
    .show("check a 300-word story against the archive (uncached)");
    println!("Name register: {} spellings", store.names().unwrap().len());
}
