//! Checks the benchmarks' 1,000-word article many times with a fresh cache, for a profiler
//! (a development aid): `perf record cargo run --release -p sunting-check --example profile_check`.
#![allow(clippy::disallowed_methods, reason = "a development aid: it times and reads files, the checker itself does not")]
use std::sync::Arc;
use sunting_check::{bench_text::article_text, CheckConfig, Checker, Document, Resources};
fn main() {
    let resources = Arc::new(Resources::from_environment());
    resources.preload();
    let document = Document::from_text(&article_text(1_000));
    let start = std::time::Instant::now();
    let rounds = 300;
    for _ in 0..rounds {
        let checker = Checker::new(resources.clone(), CheckConfig::default());
        std::hint::black_box(checker.check(&document));
    }
    println!("{:?} per check", start.elapsed() / rounds);
}
