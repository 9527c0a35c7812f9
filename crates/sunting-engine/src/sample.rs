//! The project's own sample story, loaded into a new desktop database and used in demos.
//!
//! It was written for Sunting and carries the problems a desk catches: a name misspelt once
//! (Hendriyato beside Hendriyanto twice), typos (opersional, penumpnag), *disitu*, non-standard
//! words (ijin, resiko), a foreign word (feedback), two short forms for one office (Dishub,
//! Dishubkot), "menjelaskan jika", and web-page furniture ("Foto: ...", "Baca juga: ...",
//! "Bagikan artikel ini", "Komentar Anda", "Rekomendasi Artikel"). The weekday in "Kamis
//! (5/3/2026)" is right: 5 March 2026 is a Thursday.

use crate::format::plain;
use crate::model::ArticleContent;

/// The sample story as plain text, exactly as a reporter might paste it.
pub const SAMPLE_STORY: &str = include_str!("../data/sample-story.txt");

/// The sample story as article content.
pub fn sample_article() -> ArticleContent {
    let mut content = plain::parse(SAMPLE_STORY);
    content.language = "id".to_string();
    content.dateline = "Semarang".to_string();
    content.byline = "Redaksi Sunting".to_string();
    content.tags = vec!["transportasi".to_string(), "Semarang".to_string()];
    content
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_parses_into_a_full_story() {
        let content = sample_article();
        assert!(content
            .headline
            .starts_with("Semarang Uji Coba Bus Listrik"));
        assert!(content.body.len() >= 10);
        assert!(content.body_word_count() > 250);
    }
}
