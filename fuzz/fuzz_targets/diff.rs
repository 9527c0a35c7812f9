//! The diff of any two texts: never panics, an article compared with itself has no changes,
//! and the words counted as added and removed are bounded by the texts' word counts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sunting_engine::diff::diff_articles;
use sunting_engine::format::plain;

fuzz_target!(|input: (&str, &str)| {
    let (before, after) = (plain::parse(input.0), plain::parse(input.1));
    let diff = diff_articles(&before, &after);
    let words = |c: &sunting_engine::ArticleContent| sunting_engine::text::word_count(&c.headline) + c.body_word_count();
    assert!(diff.words_added <= words(&after) && diff.words_removed <= words(&before), "{diff:?}");
    let same = diff_articles(&before, &before);
    assert_eq!((same.words_added, same.words_removed), (0, 0));
});
