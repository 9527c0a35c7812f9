//! IPTC ninjs 2.1 ("News in JSON"), the news industry's interchange format, for newsrooms whose
//! CMS is not WordPress.
//!
//! The article maps to: `uri`, `type` "text", `version` (the revision), `firstcreated`,
//! `versioncreated`, `pubstatus`, `language`, `headlines` (the headline), `descriptions` (the
//! standfirst), `bodies` (the body as HTML, with word and character counts), `by`, `located`
//! (the dateline), `slugline`, `subjects` (the tags) and `people`, `organisations` and `places`
//! (from the name register, passed in by the caller because the engine does not read the store).
//! Property names are lower case, as ninjs 2.x spells them.

use super::html::render_body;
use super::json::rfc3339;
use crate::model::Article;
use serde_json::{json, Map, Value};

/// The ninjs version written.
pub const NINJS_VERSION: &str = "2.1";

/// An article's ninjs `uri`: stable for the article across revisions.
pub fn article_uri(article_id: i64) -> String {
    format!("urn:sunting:article:{article_id}")
}

/// What ninjs needs beyond the article itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NinjsContext {
    /// The item's globally unique identifier, a URI (for example `urn:sunting:article:12`).
    pub uri: String,
    /// People named in the story.
    pub people: Vec<String>,
    /// Organisations named in the story.
    pub organisations: Vec<String>,
    /// Places named in the story.
    pub places: Vec<String>,
}

/// The article as a ninjs value.
pub fn to_value(article: &Article, context: &NinjsContext) -> Value {
    let content = &article.content;
    let mut item = Map::new();
    let mut put = |key: &str, value: Value| {
        item.insert(key.to_string(), value);
    };
    put("uri", json!(context.uri));
    put("type", json!("text"));
    put("representationtype", json!("full"));
    put("version", json!(article.revision.to_string()));
    put("firstcreated", json!(rfc3339(article.created_at)));
    put("versioncreated", json!(rfc3339(article.updated_at)));
    put("pubstatus", json!("usable"));
    if !content.language.is_empty() {
        put("language", json!(content.language));
    }
    put("headlines", json!([{ "role": "main", "contenttype": "text/plain", "value": content.headline }]));
    if !content.standfirst.is_empty() {
        put("descriptions", json!([{ "role": "summary", "contenttype": "text/plain", "value": content.standfirst }]));
    }
    let plain: String = content.body.iter().map(|b| b.text()).collect::<Vec<_>>().join("\n");
    put(
        "bodies",
        json!([{
            "role": "main",
            "contenttype": "text/html",
            "value": render_body(&content.body),
            "wordcount": content.body_word_count(),
            "charcount": plain.chars().count(),
        }]),
    );
    if !content.byline.is_empty() {
        put("by", json!(content.byline));
    }
    if !content.dateline.is_empty() {
        put("located", json!(content.dateline));
    }
    let slug = crate::text::slug(&content.headline);
    if !slug.is_empty() {
        put("slugline", json!(slug));
    }
    let named = |names: &[String]| Value::Array(names.iter().map(|name| json!({ "name": name, "rel": "mentioned" })).collect());
    if !content.tags.is_empty() {
        put("subjects", Value::Array(content.tags.iter().map(|tag| json!({ "name": tag })).collect()));
    }
    if !context.people.is_empty() {
        put("people", named(&context.people));
    }
    if !context.organisations.is_empty() {
        put("organisations", named(&context.organisations));
    }
    if !context.places.is_empty() {
        put("places", named(&context.places));
    }
    Value::Object(item)
}

/// The article as pretty-printed ninjs JSON, ending with a newline.
pub fn render(article: &Article, context: &NinjsContext) -> String {
    let mut text = serde_json::to_string_pretty(&to_value(article, context)).expect("JSON values always serialise");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleContent, Block, Status};

    fn article() -> Article {
        let mut content = ArticleContent::from_paragraphs("Durov ke Jakarta", ["Pavel Durov bertemu Rudiantara.", "<script>x</script>"]);
        content.standfirst = "Pendiri Telegram datang.".into();
        content.byline = "Ayu Lestari".into();
        content.dateline = "Jakarta".into();
        content.language = "id".into();
        content.tags = vec!["teknologi".into()];
        content.body.push(Block::paragraph("Second paragraph in English."));
        Article { id: 7, status: Status::Ready, created_at: 1_501_579_800_000, updated_at: 1_501_583_400_000, revision: 3, content }
    }

    #[test]
    fn maps_every_field_with_lower_case_names() {
        let context = NinjsContext {
            uri: "urn:sunting:article:7".into(),
            people: vec!["Pavel Durov".into(), "Rudiantara".into()],
            organisations: vec!["Telegram".into()],
            places: vec![],
        };
        let value = to_value(&article(), &context);
        assert_eq!(value["uri"], "urn:sunting:article:7");
        assert_eq!(value["version"], "3");
        assert_eq!(value["versioncreated"], "2017-08-01T10:30:00.000Z");
        assert_eq!(value["headlines"][0]["value"], "Durov ke Jakarta");
        assert_eq!(value["descriptions"][0]["value"], "Pendiri Telegram datang.");
        assert_eq!(value["by"], "Ayu Lestari");
        assert_eq!(value["located"], "Jakarta");
        assert_eq!(value["slugline"], "durov-ke-jakarta");
        assert_eq!(value["people"][1]["name"], "Rudiantara");
        assert_eq!(value["organisations"][0]["name"], "Telegram");
        assert!(value.get("places").is_none(), "empty lists are left out");
        let body = value["bodies"][0]["value"].as_str().unwrap();
        assert!(body.contains("&lt;script&gt;") && !body.contains("<script>"), "{body}");
        assert_eq!(value["bodies"][0]["wordcount"], 11);
    }
}
