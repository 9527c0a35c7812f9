//! Checker benchmarks: a full check of a 1,000-word and a 10,000-word article, a one-paragraph
//! re-check, dictionary load, and suggestions per word. Run with
//! `cargo bench -p sunting-check --bench check`.
//!
//! The text is the project's synthetic Indonesian (`sunting_engine::sample`) with typos,
//! non-standard words and a misspelt name mixed in, so every rule has work to do.
#![allow(clippy::disallowed_methods, clippy::disallowed_types, reason = "the benchmark runs hunspell beside the checker")]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::hint::black_box;
use std::sync::Arc;
use sunting_check::bench_text::article_text;
use sunting_check::{CheckConfig, Checker, Document, Language, Resources};

fn checker(resources: &Arc<Resources>) -> Checker {
    Checker::new(resources.clone(), CheckConfig::default())
}

fn benches(c: &mut Criterion) {
    let resources = Arc::new(Resources::from_environment());
    resources.preload();
    let short = Document::from_text(&article_text(1_000));
    let long = Document::from_text(&article_text(10_000));

    c.bench_function("full check, 1,000-word article (cold cache)", |b| {
        b.iter_batched(|| checker(&resources), |checker| black_box(checker.check(&short)), BatchSize::SmallInput)
    });
    c.bench_function("full check, 10,000-word article (cold cache)", |b| {
        b.iter_batched(|| checker(&resources), |checker| black_box(checker.check(&long)), BatchSize::SmallInput)
    });

    let warm = checker(&resources);
    warm.check(&short);
    let mut round = 0;
    c.bench_function("re-check 1,000-word article after editing one paragraph", |b| {
        b.iter_batched(
            || {
                round += 1;
                let mut document = short.clone();
                document.blocks[3].text.push_str(&format!(" Tambahan ke-{round}."));
                document
            },
            |document| black_box(warm.check(&document)),
            BatchSize::SmallInput,
        )
    });
    let paragraph = Document { blocks: vec![short.blocks[2].clone()], language: Some(Language::Indonesian) };
    c.bench_function("check one paragraph (cold cache)", |b| {
        b.iter_batched(|| checker(&resources), |checker| black_box(checker.check(&paragraph)), BatchSize::SmallInput)
    });

    let lexicon = resources.lexicon(Language::Indonesian).unwrap();
    c.bench_function("suggestions for one misspelt word", |b| b.iter(|| black_box(lexicon.suggest("penumpnag", 3))));
    c.bench_function("suggestions for a word two edits away", |b| b.iter(|| black_box(lexicon.suggest("opresional", 3))));

    // The tool an editor would otherwise run, on the same 10,000 words, in the same run.
    if std::process::Command::new("hunspell").arg("--version").output().is_ok() {
        let text = article_text(10_000);
        c.bench_function("hunspell -l id_ID, same 10,000-word article (process start included)", |b| {
            b.iter(|| {
                use std::io::Write;
                let mut child = std::process::Command::new("hunspell")
                    .args(["-d", "id_ID", "-l"])
                    .stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .unwrap();
                child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
                black_box(child.wait_with_output().unwrap())
            })
        });
    }

    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("load Indonesian dictionary, lists and suggestion index", |b| {
        b.iter(|| black_box(Resources::from_environment().lexicon(Language::Indonesian).is_some()))
    });
    group.bench_function("load everything (two threads)", |b| b.iter(|| Resources::from_environment().preload()));
    group.finish();
}

criterion_group! {
    name = check;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(check);
