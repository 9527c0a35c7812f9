//! The engine's own JSON file format: the article record with its content, versioned.
//!
//! The content's JSON is exactly the model's serde shape (see `model.rs`); times are RFC 3339
//! in UTC so other tools can read them without knowing the store.

use crate::model::Article;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

/// The `format` value that names this file format.
pub const FORMAT_NAME: &str = "sunting.article";
/// The version of this file format.
pub const FORMAT_VERSION: u32 = 1;

/// The article as a JSON value.
pub fn to_value(article: &Article) -> Value {
    json!({
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "id": article.id,
        "status": article.status,
        "revision": article.revision,
        "created": rfc3339(article.created_at),
        "updated": rfc3339(article.updated_at),
        "word_count": article.content.body_word_count(),
        "content": article.content,
    })
}

/// The article as pretty-printed JSON, ending with a newline.
pub fn render(article: &Article) -> String {
    let mut text = serde_json::to_string_pretty(&to_value(article)).expect("JSON values always serialise");
    text.push('\n');
    text
}

/// Milliseconds since the epoch as RFC 3339 in UTC ("2017-08-01T09:30:00.000Z").
pub fn rfc3339(millis: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(millis).unwrap_or_default().to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleContent, Status};

    #[test]
    fn record_and_content_are_present() {
        let article = Article {
            id: 7,
            status: Status::Ready,
            created_at: 1_501_545_600_000,
            updated_at: 1_501_549_200_000,
            revision: 3,
            content: ArticleContent::from_paragraphs("Judul", ["Dua kata."]),
        };
        let value = to_value(&article);
        assert_eq!(value["format"], "sunting.article");
        assert_eq!(value["status"], "ready");
        assert_eq!(value["created"], "2017-08-01T00:00:00.000Z");
        assert_eq!(value["word_count"], 2);
        let content: ArticleContent = serde_json::from_value(value["content"].clone()).unwrap();
        assert_eq!(content, article.content);
    }
}
