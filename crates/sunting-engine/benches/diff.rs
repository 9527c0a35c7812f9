//! Diff benchmark: two revisions of a 10,000-word article. Run with
//! `cargo bench -p sunting-engine --bench diff`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use sunting_engine::{diff::diff_articles, sample::synthetic_article, Block};

/// The second revision: words changed in every fifth paragraph, a paragraph added, one
/// removed and one moved, as a desk edit of a long feature would.
fn edited(original: &sunting_engine::ArticleContent) -> sunting_engine::ArticleContent {
    let mut edited = original.clone();
    for (index, block) in edited.body.iter_mut().enumerate().filter(|(i, _)| i % 5 == 0) {
        let text = block.text().replacen(" yang ", " itu ", 2).replacen(",", "", 1);
        *block = Block::paragraph(format!("{text} Tambahan {index}."));
    }
    edited.body.insert(10, Block::paragraph("Paragraf baru yang ditulis editor."));
    edited.body.remove(40);
    let moved = edited.body.remove(3);
    edited.body.push(moved);
    edited
}

fn diff(c: &mut Criterion) {
    let original = synthetic_article(42, 10_000);
    let revised = edited(&original);
    assert!(original.body_word_count() >= 10_000);
    c.bench_function("diff two revisions of a 10,000-word article", |b| b.iter(|| black_box(diff_articles(&original, &revised))));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = diff
}
criterion_main!(benches);
