//! Prints the benchmarks' synthetic Indonesian article of N words (default 10,000), so other
//! tools (hunspell, /usr/bin/time) can be measured on exactly the same text:
//!
//!     cargo run --release -p sunting-check --example bench_text -- 10000 > /tmp/article.txt
#![allow(clippy::disallowed_methods, reason = "a development aid: it times and reads files, the checker itself does not")]
fn main() {
    let words = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    print!("{}", sunting_check::bench_text::article_text(words));
}
