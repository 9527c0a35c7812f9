//! The server over real HTTP on loopback, with the real checker and dictionaries: what a
//! LanguageTool client sends and what it gets back.

mod common;

use common::House;
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};
use sunting_check::Resources;
use sunting_serve::{Options, Running, Server};

fn resources() -> Arc<Resources> {
    static RESOURCES: OnceLock<Arc<Resources>> = OnceLock::new();
    RESOURCES.get_or_init(|| Arc::new(Resources::from_environment())).clone()
}

fn start(options: Options, house: Arc<House>) -> Running {
    let options = Options { address: "127.0.0.1:0".parse().unwrap(), ..options };
    Server::bind(options, resources(), house).unwrap().spawn()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

/// POSTs form fields; returns the status and the JSON body.
fn post(server: &Running, path: &str, fields: &[(&str, &str)], headers: &[(&str, &str)]) -> (u16, serde_json::Value) {
    let mut request = agent().post(format!("http://{}{path}", server.address));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = request.send_form(fields.iter().copied()).unwrap();
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().unwrap();
    (status, serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}")))
}

fn get(server: &Running, path: &str) -> (u16, serde_json::Value) {
    let mut response = agent().get(format!("http://{}{path}", server.address)).call().unwrap();
    let status = response.status().as_u16();
    (status, serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap())
}

/// The text a match covers, by LanguageTool's UTF-16 offsets.
fn covered(text: &str, m: &serde_json::Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (offset, length) = (m["offset"].as_u64().unwrap() as usize, m["length"].as_u64().unwrap() as usize);
    String::from_utf16(&units[offset..offset + length]).unwrap()
}

const STORY: &str = "😀 Menteri Komunikasi Rudiantara datang ke Jakarta. Rudiantara menjawab pertanyaan wartawan.\n\nMenurut Rudiatara, warga menunggu disitu sejak pagi.";

#[test]
fn a_check_answers_as_languagetool_does_with_utf16_offsets() {
    let server = start(Options::default(), Arc::default());
    let (status, answer) =
        post(&server, "/v2/check", &[("text", STORY), ("language", "id-ID"), ("motherTongue", "id"), ("username", "ayu")], &[]);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["software"]["name"], "Sunting");
    assert_eq!(answer["language"]["code"], "id-ID");
    assert_eq!(answer["language"]["detectedLanguage"]["code"], "id-ID");
    let matches = answer["matches"].as_array().unwrap();
    let name = matches.iter().find(|m| m["rule"]["id"] == "SUNTING_NAME_CONSISTENCY").unwrap_or_else(|| panic!("{answer:#}"));
    assert_eq!(covered(STORY, name), "Rudiatara");
    assert_eq!(name["replacements"][0]["value"], "Rudiantara");
    assert_eq!(name["rule"]["category"]["id"], "SUNTING_NAMES");
    assert_eq!(name["rule"]["issueType"], "inconsistency");
    assert!(name["sentence"].as_str().unwrap().starts_with("Menurut Rudiatara"), "{name:#}");
    let context = &name["context"];
    let context_units: Vec<u16> = context["text"].as_str().unwrap().encode_utf16().collect();
    let (offset, length) = (context["offset"].as_u64().unwrap() as usize, context["length"].as_u64().unwrap() as usize);
    assert_eq!(String::from_utf16(&context_units[offset..offset + length]).unwrap(), "Rudiatara");
    let joined = matches.iter().find(|m| m["rule"]["id"] == "SUNTING_PREPOSITION_JOINED").unwrap();
    assert_eq!(covered(STORY, joined), "disitu");
    assert_eq!(joined["replacements"][0]["value"], "di situ");
    // Offsets run in order over the client's text.
    let offsets: Vec<u64> = matches.iter().map(|m| m["offset"].as_u64().unwrap()).collect();
    assert!(offsets.windows(2).all(|w| w[0] <= w[1]), "{offsets:?}");
}

#[test]
fn annotated_text_skips_markup_but_counts_it() {
    let server = start(Options::default(), Arc::default());
    let data = serde_json::json!({"annotation": [
        {"text": "Menteri Rudiantara datang. Rudiantara menjawab."},
        {"markup": "<p>", "interpretAs": "\n\n"},
        {"text": "Kata "},
        {"markup": "<b>"},
        {"text": "Rudiatara"},
        {"markup": "</b>"},
        {"text": ", warga menunggu disitu."},
    ]})
    .to_string();
    let original = "Menteri Rudiantara datang. Rudiantara menjawab.<p>Kata <b>Rudiatara</b>, warga menunggu disitu.";
    let (status, answer) = post(&server, "/v2/check", &[("data", &data), ("language", "id")], &[]);
    assert_eq!(status, 200, "{answer}");
    let matches = answer["matches"].as_array().unwrap();
    let name = matches.iter().find(|m| m["rule"]["id"] == "SUNTING_NAME_CONSISTENCY").unwrap_or_else(|| panic!("{answer:#}"));
    assert_eq!(covered(original, name), "Rudiatara");
    let joined = matches.iter().find(|m| m["rule"]["id"] == "SUNTING_PREPOSITION_JOINED").unwrap();
    assert_eq!(covered(original, joined), "disitu");
}

#[test]
fn rules_categories_and_level_choose_what_is_shown() {
    let server = start(Options::default(), Arc::default());
    let rules = |fields: &[(&str, &str)]| -> BTreeSet<String> {
        let mut all = vec![("text", STORY), ("language", "id")];
        all.extend_from_slice(fields);
        let (status, answer) = post(&server, "/v2/check", &all, &[]);
        assert_eq!(status, 200, "{answer}");
        answer["matches"].as_array().unwrap().iter().map(|m| m["rule"]["id"].as_str().unwrap().to_string()).collect()
    };
    let every = rules(&[]);
    assert!(every.contains("SUNTING_NAME_CONSISTENCY") && every.contains("SUNTING_PREPOSITION_JOINED"), "{every:?}");
    assert!(!rules(&[("disabledRules", "SUNTING_NAME_CONSISTENCY")]).contains("SUNTING_NAME_CONSISTENCY"));
    assert_eq!(
        rules(&[("enabledOnly", "true"), ("enabledRules", "SUNTING_PREPOSITION_JOINED")]),
        ["SUNTING_PREPOSITION_JOINED".to_string()].into()
    );
    assert!(!rules(&[("disabledCategories", "SUNTING_NAMES")]).contains("SUNTING_NAME_CONSISTENCY"));
    assert!(rules(&[("level", "picky")]).is_superset(&every));
}

#[test]
fn messages_speak_the_language_asked_for() {
    let server = start(Options::default(), Arc::default());
    let message = |language: &str| {
        let (_, answer) = post(&server, "/v2/check", &[("text", STORY), ("language", "id")], &[("Accept-Language", language)]);
        let m = answer["matches"].as_array().unwrap().iter().find(|m| m["rule"]["id"] == "SUNTING_PREPOSITION_JOINED").unwrap().clone();
        (m["message"].as_str().unwrap().to_string(), answer["language"]["name"].as_str().unwrap().to_string())
    };
    let (indonesian, name_id) = message("id-ID,id;q=0.9");
    let (english, name_en) = message("en-GB");
    assert_ne!(indonesian, english);
    assert_eq!((name_id.as_str(), name_en.as_str()), ("Bahasa Indonesia", "Indonesian"));
}

#[test]
fn bad_requests_get_json_errors_that_say_what_to_send() {
    let server = start(Options::default(), Arc::default());
    type Case<'a> = (&'a [(&'a str, &'a str)], u16, &'a str);
    let cases: &[Case] = &[
        (&[("language", "id")], 400, "neither `text` nor `data`"),
        (&[("text", "Halo")], 400, "no `language`"),
        (&[("text", "Halo"), ("language", "fr")], 400, "does not check `fr`"),
        (&[("data", "{not json"), ("language", "id")], 400, "annotated text"),
        (&[("data", r#"{"annotation":[{"text":"a","markup":"<b>"}]}"#), ("language", "id")], 400, "either \"text\" or \"markup\""),
        (&[("text", "Halo"), ("language", "id"), ("level", "loud")], 400, "`level`"),
    ];
    for (fields, status, says) in cases {
        let (got, answer) = post(&server, "/v2/check", fields, &[]);
        assert_eq!(got, *status, "{fields:?}: {answer}");
        assert!(answer["error"]["message"].as_str().unwrap().contains(says), "{fields:?}: {answer}");
    }
    let (status, answer) = get(&server, "/v1/check");
    assert_eq!(status, 404, "{answer}");
    let (status, languages) = get(&server, "/v2/languages");
    assert_eq!(status, 200);
    assert!(languages.as_array().unwrap().iter().any(|l| l["longCode"] == "id-ID"));
    // A body larger than an article may be is refused before it is read whole.
    let big = "a".repeat(sunting_serve::MAX_BODY_BYTES + 10);
    let mut response = agent()
        .post(format!("http://{}/v2/check", server.address))
        .content_type("application/x-www-form-urlencoded")
        .send(big.as_bytes())
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    assert!(response.body_mut().read_to_string().unwrap().contains("send less text"));
}

#[test]
fn a_token_is_required_when_set_and_beyond_loopback() {
    let open = Options { address: "0.0.0.0:0".parse().unwrap(), ..Options::default() };
    assert!(matches!(Server::bind(open, resources(), Arc::new(House::default())), Err(sunting_serve::ServeError::OpenWithoutToken(_))));
    let server = start(Options { token: Some("rahasia-redaksi".into()), ..Options::default() }, Arc::default());
    let fields = [("text", "Halo semua."), ("language", "id")];
    assert_eq!(post(&server, "/v2/check", &fields, &[]).0, 401);
    assert_eq!(post(&server, "/v2/check", &fields, &[("Authorization", "Bearer salah")]).0, 401);
    assert_eq!(post(&server, "/v2/check", &fields, &[("Authorization", "Bearer rahasia-redaksi")]).0, 200);
    assert_eq!(post(&server, "/v2/check", &[fields[0], fields[1], ("apiKey", "rahasia-redaksi")], &[]).0, 200);
}

#[test]
fn browsers_only_from_configured_origins() {
    let origin = "chrome-extension://oldceeleldhonbafppcapldpdifcinji";
    let server = start(Options { origins: vec![origin.to_string()], ..Options::default() }, Arc::default());
    let fields = [("text", "Halo semua."), ("language", "id")];
    let mut response = agent().post(format!("http://{}/v2/check", server.address)).header("Origin", origin).send_form(fields).unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers().get("Access-Control-Allow-Origin").unwrap(), origin);
    let _ = response.body_mut().read_to_string();
    let (status, _) = post(&server, "/v2/check", &fields, &[("Origin", "https://evil.example")]);
    assert_eq!(status, 403);
    let preflight = agent()
        .run(
            ureq::http::Request::builder()
                .method("OPTIONS")
                .uri(format!("http://{}/v2/check", server.address))
                .header("Origin", origin)
                .body(())
                .unwrap(),
        )
        .unwrap();
    assert_eq!(preflight.status().as_u16(), 204);
    assert!(preflight.headers().get("Access-Control-Allow-Methods").unwrap().to_str().unwrap().contains("POST"));
}

#[test]
fn house_words_are_used_and_written_where_allowed() {
    let house = Arc::new(House::writable());
    let server = start(Options::default(), house.clone());
    let text = "Warga Tembalang menikmati kopi lampah setiap pagi di pasar itu.";
    let spelled = |server: &Running| -> Vec<String> {
        let (_, answer) = post(server, "/v2/check", &[("text", text), ("language", "id")], &[]);
        answer["matches"].as_array().unwrap().iter().filter(|m| m["rule"]["id"] == "SUNTING_SPELLING").map(|m| covered(text, m)).collect()
    };
    assert!(spelled(&server).contains(&"lampah".to_string()), "{:?}", spelled(&server));
    let (status, answer) = post(&server, "/v2/words/add", &[("word", "lampah")], &[]);
    assert_eq!((status, &answer["added"]), (200, &serde_json::json!(true)));
    // The server asks for the version at most once a second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(!spelled(&server).contains(&"lampah".to_string()));
    let (_, words) = get(&server, "/v2/words");
    assert_eq!(words["words"], serde_json::json!(["lampah"]));
    assert_eq!(post(&server, "/v2/words/delete", &[("word", "lampah")], &[]).1["deleted"], true);
    assert_eq!(post(&server, "/v2/words/add", &[("word", "dua kata")], &[]).0, 400);
    // A read-only dictionary says so.
    let read_only = start(Options::default(), Arc::new(House::default()));
    let (status, answer) = post(&read_only, "/v2/words/add", &[("word", "lampah")], &[]);
    assert_eq!(status, 403);
    assert!(answer["error"]["message"].as_str().unwrap().contains("read-only"));
}
