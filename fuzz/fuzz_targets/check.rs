//! The checker on any text: no rule panics (the checker would catch it and report a failure), and every finding lies inside its block, on UTF-16
//! boundaries, with the text it names.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};
use sunting_check::{CheckConfig, Checker, Document, Resources};

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(Arc::new(Resources::from_environment()), CheckConfig::default()))
}

fuzz_target!(|text: &str| {
    let document = Document::from_text(text);
    let report = checker().check(&document);
    // A rule's panic is caught by the checker and reported: for the fuzzer it is still a crash.
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    for finding in report.findings {
        let block: Vec<u16> = document.blocks[finding.block].text.encode_utf16().collect();
        assert!(finding.start < finding.end && finding.end <= block.len(), "{finding:?}");
        let flagged = String::from_utf16(&block[finding.start..finding.end]).expect("a finding does not split a character");
        assert_eq!(flagged, finding.text);
    }
});
