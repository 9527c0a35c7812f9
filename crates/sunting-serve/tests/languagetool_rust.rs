//! `languagetool-rust`, LanguageTool's client library for Rust (from its registry, as a reporter's
//! tool would use it), checking Indonesian copy through `sunting serve` over real HTTP: its own
//! request encoding, its own strict reading of the answer.

mod common;

use common::House;
use languagetool_rust::api::{check, server::ServerClient};
use std::sync::Arc;
use sunting_check::Resources;
use sunting_serve::{Options, Server};

/// A story with an astral character first (UTF-16 counts it twice), a name spelt two ways and
/// a non-standard form.
const STORY: &str = "😀 Menteri Komunikasi Rudiantara datang ke Jakarta. Rudiantara menjawab pertanyaan wartawan.\n\nMenurut Rudiatara, warga menunggu disitu sejak pagi.";

/// The text a match covers, by LanguageTool's UTF-16 offsets.
fn covered(offset: usize, length: usize) -> String {
    let units: Vec<u16> = STORY.encode_utf16().collect();
    String::from_utf16(&units[offset..offset + length]).unwrap()
}

#[test]
fn languagetool_rust_reads_suntings_answers_at_the_right_places() {
    let options = Options { address: "127.0.0.1:0".parse().unwrap(), ..Options::default() };
    let server = Server::bind(options, Arc::new(Resources::from_environment()), Arc::new(House::default())).unwrap().spawn();
    let client = ServerClient::new("http://127.0.0.1", &server.address.port().to_string());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();

    let languages = runtime.block_on(client.languages()).unwrap();
    assert!(languages.iter().any(|language| language.long_code == "id-ID"), "{languages:?}");

    let request = check::Request::default().with_text(STORY).with_language("id-ID".to_string());
    let answer = runtime.block_on(client.check(&request)).unwrap();
    assert_eq!(answer.software.name, "Sunting");
    assert_eq!(answer.language.code, "id-ID");
    let found: Vec<(String, String, Vec<String>)> = answer
        .matches
        .iter()
        .map(|m| (m.rule.id.clone(), covered(m.offset, m.length), m.replacements.iter().map(|r| r.value.clone()).collect()))
        .collect();
    assert!(
        found.iter().any(|(rule, text, fixes)| rule == "SUNTING_NAME_CONSISTENCY"
            && text == "Rudiatara"
            && fixes.contains(&"Rudiantara".to_string())),
        "{found:?}"
    );
    assert!(found.iter().any(|(_, text, fixes)| text == "disitu" && fixes.contains(&"di situ".to_string())), "{found:?}");

    // Annotated text: markup skipped, offsets still counted over the whole document.
    let data = r#"{"annotation":[{"markup":"<p>"},{"text":"Menurut Rudiatara, Rudiantara dan Rudiantara datang."},{"markup":"</p>"}]}"#;
    let request = check::Request::default().with_data_str(data).unwrap().with_language("id".to_string());
    let answer = runtime.block_on(client.check(&request)).unwrap();
    let name = answer.matches.iter().find(|m| m.rule.id == "SUNTING_NAME_CONSISTENCY").expect("the name split is found");
    assert_eq!((name.offset, name.length), (3 + "Menurut ".len(), "Rudiatara".len()));
}
