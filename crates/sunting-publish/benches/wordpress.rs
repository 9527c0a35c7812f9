//! How long an export to WordPress takes end to end (build the post, terms, send, verify,
//! record in the store), against the loopback site `tests/wordpress/with-wordpress` starts:
//!
//! ```sh
//! tests/wordpress/with-wordpress cargo bench -p sunting-publish --bench wordpress
//! ```
//!
//! Prints median and 95th percentile for a first export (create) and for re-exports (update)
//! of the 2,100-word sample story with two tags and a category.

use std::time::{Duration, Instant};
use sunting_publish::{export_to_wordpress, ExportRequest, Exported, PostStatus, RetryPolicy};
use sunting_store::{SaveOptions, Store};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let (Ok(url), Ok(user), Ok(password)) =
        (std::env::var("SUNTING_TEST_WP_URL"), std::env::var("SUNTING_TEST_WP_USER"), std::env::var("SUNTING_TEST_WP_PASSWORD"))
    else {
        eprintln!("wordpress bench: no site; run through tests/wordpress/with-wordpress");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db")).unwrap();
    let site = store.add_site(&url, &user).unwrap();
    let mut content = sunting_engine::format::plain::parse(sunting_engine::sample::SAMPLE_STORY);
    let story = content.body.clone();
    for _ in 0..5 {
        content.body.extend(story.iter().cloned());
    }
    content.tags = vec!["transportasi".into(), "Semarang".into()];
    let words = content.body_word_count();
    let (mut creates, mut updates) = (Vec::new(), Vec::new());
    for round in 0..10 {
        content.headline = format!("Uji kecepatan ekspor {round}");
        let id = store.create_article(&content, &SaveOptions::by("bench")).unwrap().id;
        let request = ExportRequest {
            article_id: id,
            site_id: site.id,
            status: PostStatus::Draft,
            categories: vec!["Kota".into()],
            author: "bench".into(),
            note: String::new(),
            create_categories: true,
            revision: None,
        };
        for attempt in 0..3 {
            let started = Instant::now();
            let outcome =
                export_to_wordpress(&mut store, &request, &password, &RetryPolicy::default(), &sunting_publish::English, &mut |_| {})
                    .unwrap();
            let took = started.elapsed();
            assert!(matches!(outcome, Exported::Sent { .. }), "{outcome:?}");
            if attempt == 0 {
                creates.push(took)
            } else {
                updates.push(took)
            }
        }
    }
    println!("WordPress export of a {words}-word article ({} creates, {} updates):", creates.len(), updates.len());
    println!("  create: median {:?}, p95 {:?}", percentile(&mut creates, 0.5), percentile(&mut creates, 0.95));
    println!("  update: median {:?}, p95 {:?}", percentile(&mut updates, 0.5), percentile(&mut updates, 0.95));
}
