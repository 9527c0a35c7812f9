//! Re-checks a long text after editing one paragraph, many times, for a profiler (a development
//! aid): `perf record cargo run --release -p sunting-check --example profile_recheck -- FILE`.
//! FILE is any plain text with paragraphs separated by blank lines (real copy shows what grows
//! with the number of distinct names; the project's synthetic sample has few).
#![allow(clippy::disallowed_methods, reason = "a development aid: it times and reads files, the checker itself does not")]
use std::sync::Arc;
use sunting_check::{CheckConfig, Checker, Document, Resources};
fn main() {
    let path = std::env::args().nth(1).expect("usage: profile_recheck FILE");
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let resources = Arc::new(Resources::from_environment());
    resources.preload();
    let mut document = Document::from_text(&text);
    let checker = Checker::new(resources, CheckConfig::default());
    let start = std::time::Instant::now();
    checker.check(&document);
    println!("{:?} for the first check", start.elapsed());
    let middle = document.blocks.len() / 2;
    let rounds: u32 = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(50);
    let start = std::time::Instant::now();
    for round in 0..rounds {
        document.blocks[middle].text.push_str(if round % 2 == 0 { " Tambahan." } else { " Lagi" });
        std::hint::black_box(checker.check(&document));
    }
    println!("{:?} per re-check of {} blocks", start.elapsed() / rounds.max(1), document.blocks.len());
}
