//! The word frequency lists shipped with the checker (derived from `wordfreq`; see
//! data/README.md), parsed once and shared by language detection and the lexicons.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A frequency list: word → Zipf frequency.
pub type Frequencies = FxHashMap<Box<str>, f32>;

/// Indonesian, as shipped (`word<TAB>zipf*100`).
pub const FREQ_ID: &str = include_str!("../data/freq-id.tsv");
/// Malay.
pub const FREQ_MS: &str = include_str!("../data/freq-ms.tsv");
/// English.
pub const FREQ_EN: &str = include_str!("../data/freq-en.tsv");

/// Parses a `word<TAB>zipf*100` list.
pub fn parse(tsv: &str) -> Frequencies {
    read(tsv).0
}

/// The same, with the rows it could not read.
pub fn read(tsv: &str) -> (Frequencies, Vec<crate::tsv::BadRow>) {
    let mut frequencies = Frequencies::default();
    let bad = crate::tsv::read(tsv, 2..=2, false, |fields| {
        let zipf = crate::tsv::number::<f32>(fields[1], "frequency")?;
        frequencies.insert(crate::tsv::required(fields[0], "word")?.into(), zipf / 100.0);
        Ok(())
    });
    (frequencies, bad)
}

/// The Indonesian list, parsed on first use.
pub fn indonesian() -> &'static Frequencies {
    static PARSED: OnceLock<Frequencies> = OnceLock::new();
    PARSED.get_or_init(|| parse(FREQ_ID))
}

/// The English list, parsed on first use.
pub fn english() -> &'static Frequencies {
    static PARSED: OnceLock<Frequencies> = OnceLock::new();
    PARSED.get_or_init(|| parse(FREQ_EN))
}

/// The Malay list, parsed on first use.
pub fn malay() -> &'static Frequencies {
    static PARSED: OnceLock<Frequencies> = OnceLock::new();
    PARSED.get_or_init(|| parse(FREQ_MS))
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_parse_once_into_zipf_values() {
        let indonesian = super::indonesian();
        assert!(std::ptr::eq(indonesian, super::indonesian()), "parsed once");
        let yang = indonesian.get("yang").copied().unwrap();
        assert!((6.0..8.0).contains(&yang), "{yang}");
        assert!(super::english().contains_key("the") && super::malay().len() > 1_000);
    }
}
