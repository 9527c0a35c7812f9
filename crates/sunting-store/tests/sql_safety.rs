//! SQL is built only from the store's own fragments; values are bound parameters. Two checks:
//! the store's sources never splice anything but its own constants into SQL text, and hostile
//! text through every door that takes text leaves the database whole.

use std::path::Path;
use sunting_engine::ArticleContent;
use sunting_store::{Ignored, ListQuery, NameKind, SaveOptions, Store};

/// The only names `format!` may splice into SQL: fixed fragments the store writes itself.
const SQL_FRAGMENTS: &[&str] = &["COLUMNS", "columns", "status_filter"];

#[test]
fn sql_text_is_never_built_from_values() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("format!(") {
            rest = &rest[at + "format!(".len()..];
            let Some(literal) = rest.trim_start().strip_prefix('"').and_then(|l| l.split('"').next()) else { continue };
            let upper = literal.to_ascii_uppercase();
            if !["SELECT ", "INSERT ", "UPDATE ", "DELETE ", " WHERE ", " ORDER BY ", " LIMIT "].iter().any(|k| upper.contains(k)) {
                continue;
            }
            checked += 1;
            for piece in literal.split('{').skip(1) {
                let name = piece.split(['}', ':']).next().unwrap_or_default();
                // `{}` placeholders take the next argument: only numbers the store defines are
                // passed that way (see the OFFSET in search.rs), checked by reading the line.
                if name.is_empty() {
                    let line = rest.lines().take(4).collect::<Vec<_>>().join(" ");
                    assert!(line.contains("RANKED_MATCHES"), "{}: positional value in SQL: {literal}", path.display());
                    continue;
                }
                assert!(SQL_FRAGMENTS.contains(&name), "{}: `{{{name}}}` spliced into SQL: {literal}", path.display());
            }
        }
    }
    assert!(checked >= 3, "the SQL built with format! was found ({checked})");
}

#[test]
fn hostile_text_through_every_door_leaves_the_database_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("desk.db")).unwrap();
    let hostile = [
        "'; DROP TABLE articles; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM revisions; --",
        "NEAR(a b) OR * - ^ \" :",
        "\u{0}nul",
        "%_\\",
    ];
    let mut content = ArticleContent::from_paragraphs("Judul aman", hostile);
    content.tags = hostile.iter().map(|s| s.to_string()).collect();
    content.byline = hostile[0].into();
    let id = store.create_article(&content, &SaveOptions::by(hostile[2]).with_note(hostile[1])).unwrap().id;
    for text in hostile {
        store.list(&ListQuery { search: Some(text.into()), ..Default::default() }).unwrap();
        store.add_word(text, text).unwrap();
        store.confirm_name(text).unwrap();
        store.mark_different(text, "Rudiantara").unwrap();
        store.set_name_kind(text, Some(NameKind::Person)).unwrap();
        store.ignore_in_article(id, &Ignored { rule: text.into(), text: text.into() }, text).unwrap();
        store.set_setting(text, text).unwrap();
        let _ = store.add_site(&format!("https://kabar.example/{text}"), text);
    }
    store.change_status(id, sunting_engine::Status::Ready, hostile[0], Some(hostile[3])).unwrap();
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
    let article = store.article(id).unwrap();
    assert_eq!(
        article.content,
        {
            let mut c = content.clone();
            c.normalize();
            c
        },
        "stored as given, word for word"
    );
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 1, "the articles table is still there");
    assert_eq!(store.revisions(id).unwrap().len(), 1);
    assert!(store.words().unwrap().contains(&hostile[0].to_string()));
}
