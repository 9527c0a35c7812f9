//! Prints how long each part of loading the Indonesian lexicon takes (a development aid).
#![allow(clippy::disallowed_methods, reason = "a development aid that times reading the dictionaries")]
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let aff = std::fs::read_to_string("/usr/share/hunspell/id_ID.aff").unwrap();
    let dic = std::fs::read_to_string("/usr/share/hunspell/id_ID.dic").unwrap();
    println!("read {:?}", t.elapsed());
    let t = Instant::now();
    let d = spellbook::Dictionary::new(&aff, &dic).unwrap();
    println!("spellbook parse {:?}", t.elapsed());
    let t = Instant::now();
    let f = sunting_check::frequencies::parse(sunting_check::frequencies::FREQ_ID);
    println!("freq parse {:?} ({})", t.elapsed(), f.len());
    let t = Instant::now();
    let l = sunting_check::lexicon::Lexicon::with_stems(
        sunting_check::Language::Indonesian,
        vec![d],
        sunting_check::frequencies::indonesian(),
        &[dic],
    );
    println!("lexicon incl symspell {:?} {}", t.elapsed(), l.has_hunspell());
    let t = Instant::now();
    let _det = sunting_check::lang::Detector::new();
    println!("detector {:?}", t.elapsed());
}
