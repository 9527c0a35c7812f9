//! Store benchmarks on a real SQLite file: save and open a 2,000-word article, list and search
//! 10,000 articles. Run with `cargo bench -p sunting-store --bench store`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::hint::black_box;
use sunting_engine::{sample::synthetic_article, Block};
use sunting_store::{ListQuery, SaveOptions, Store};

fn save_and_open(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db")).unwrap();
    let content = synthetic_article(1, 2_000);
    let id = store.create_article(&content, &SaveOptions::by("bench")).unwrap().id;
    let mut round = 0u64;
    c.bench_function("save 2,000-word article (new revision, fsync)", |b| {
        b.iter_batched(
            || {
                round += 1;
                let mut edited = content.clone();
                edited.body[3] = Block::paragraph(format!("Paragraf yang disunting pada putaran {round}."));
                edited
            },
            |edited| assert!(store.save(id, &edited, &SaveOptions::by("bench")).unwrap().created),
            BatchSize::SmallInput,
        )
    });
    c.bench_function("autosave 2,000-word article", |b| {
        b.iter_batched(
            || {
                round += 1;
                let mut edited = content.clone();
                edited.body[5] = Block::paragraph(format!("Ketikan ke-{round}."));
                edited
            },
            |edited| store.autosave(id, &edited).unwrap(),
            BatchSize::SmallInput,
        )
    });
    c.bench_function("open 2,000-word article", |b| b.iter(|| black_box(store.article(id).unwrap())));
}

fn list_and_search(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("archive.db")).unwrap();
    for chunk in 0..10 {
        let contents: Vec<_> = (0..1_000).map(|i| synthetic_article(chunk * 1_000 + i, 400)).collect();
        store.create_articles(&contents, &SaveOptions::by("bench")).unwrap();
    }
    c.bench_function("list 10,000 articles (all)", |b| b.iter(|| black_box(store.list(&ListQuery::default()).unwrap())));
    c.bench_function("list 10,000 articles (first 50)", |b| {
        b.iter(|| black_box(store.list(&ListQuery { limit: Some(50), ..Default::default() }).unwrap()))
    });
    c.bench_function("search 10,000 articles (two words, first 50)", |b| {
        b.iter(|| {
            black_box(store.list(&ListQuery { search: Some("banjir pengawasan".into()), limit: Some(50), ..Default::default() }).unwrap())
        })
    });
    c.bench_function("search 10,000 articles (rare word, all hits)", |b| {
        b.iter(|| black_box(store.list(&ListQuery { search: Some("nomor 4321".into()), ..Default::default() }).unwrap()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(3));
    targets = save_and_open, list_and_search
}
criterion_main!(benches);
