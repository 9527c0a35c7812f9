//! `sunting serve`'s handling of a `/v2/check` body, whatever the client sends: fields that
//! parse become a check whose answer serialises and whose matches lie inside the client's text;
//! fields that do not are refused with a reason. Nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use sunting_check::{CheckConfig, Checker, Document, Resources, UiLanguage};
use sunting_serve::languagetool::{respond, CheckRequest};

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(Arc::new(Resources::from_environment()), CheckConfig::default()))
}

fuzz_target!(|body: &[u8]| {
    let fields = sunting_serve::form_fields("", body);
    let request = match CheckRequest::from_fields(&fields, sunting_serve::MAX_TEXT_BYTES) {
        Ok(request) => request,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    let report = checker().check(&Document::from_text(&request.text.plain));
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    let answer = serde_json::to_value(respond(&request, &report, &BTreeMap::new(), UiLanguage::Id)).expect("the answer serialises");
    for m in answer["matches"].as_array().expect("matches") {
        let (offset, length) = (m["offset"].as_u64().unwrap() as usize, m["length"].as_u64().unwrap() as usize);
        assert!(offset + length <= request.text.original_len(), "{m} beyond {}", request.text.original_len());
    }
});
