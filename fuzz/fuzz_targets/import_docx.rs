//! Import of Word documents: any bytes, as a dropped .docx file would be: never panics, never hangs, and what it returns is sane.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = sunting_engine::format::import("laporan.docx", data) {
        common::assert_sane(&imported.content);
        assert!(!imported.content.headline.is_empty(), "an imported article has a headline");
    }
});
