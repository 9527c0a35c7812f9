//! How likely a word is in its place: word-bigram counts of edited Indonesian (news and statutes,
//! `data/ngram-id.tsv`, built by `tools/make-ngram-model.py`; sources and licences in
//! data/README.md), parsed once on first use.
//!
//! The model scores a word between its neighbours with interpolated bigram probabilities on both
//! sides, so the real-word rule can ask whether a word one slip away fits far better ("korban
//! lupa" against "korban luka") and rank suggestions by their context.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The shipped counts.
pub const NGRAM_ID: &str = include_str!("../data/ngram-id.tsv");

/// The token standing for the start of a sentence.
pub const START: &str = "<s>";
/// The token standing for the end of a sentence.
pub const END: &str = "</s>";
/// The token standing for any number.
pub const NUMBER: &str = "<num>";

/// Bigram and unigram counts with word ids.
pub struct ContextModel {
    ids: FxHashMap<Box<str>, u32>,
    unigrams: Vec<u64>,
    bigrams: FxHashMap<(u32, u32), u32>,
    total: u64,
}

/// How much weight the unigram estimate gets beside a context's own counts (interpolation in the
/// manner of Witten-Bell, with a fixed weight): a context seen rarely leans on how common the word
/// is in general.
const BACKOFF_WEIGHT: f64 = 200.0;

impl ContextModel {
    /// Parses the `1<TAB>word<TAB>count` and `2<TAB>word<TAB>word<TAB>count` lines of `text`;
    /// lines starting with `#` are comments, and rows it cannot read are left out.
    pub fn parse(text: &str) -> ContextModel {
        ContextModel::read(text).0
    }

    /// The same, with the rows it could not read.
    pub fn read(text: &str) -> (ContextModel, Vec<crate::tsv::BadRow>) {
        use crate::tsv::number;
        let mut model = ContextModel { ids: FxHashMap::default(), unigrams: Vec::new(), bigrams: FxHashMap::default(), total: 0 };
        let bad = crate::tsv::read(text, 3..=4, false, |fields| match *fields {
            ["1", word, count] => {
                let count = number::<u64>(count, "count")?;
                let id = model.intern(word);
                model.unigrams[id as usize] += count;
                model.total += count;
                Ok(())
            }
            ["2", first, second, count] => {
                let count = number::<u32>(count, "count")?;
                let pair = (model.intern(first), model.intern(second));
                *model.bigrams.entry(pair).or_default() += count;
                Ok(())
            }
            _ => Err("neither a unigram (1, word, count) nor a bigram (2, word, word, count)".to_string()),
        });
        model.bigrams.shrink_to_fit();
        (model, bad)
    }

    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.unigrams.len() as u32;
        self.ids.insert(word.into(), id);
        self.unigrams.push(0);
        id
    }

    /// How often `word` occurs (0 when the model has not seen it).
    pub fn count(&self, word: &str) -> u64 {
        self.ids.get(word).map_or(0, |&id| self.unigrams[id as usize])
    }

    /// How often `second` follows `first`.
    pub fn pair_count(&self, first: &str, second: &str) -> u32 {
        match (self.ids.get(first), self.ids.get(second)) {
            (Some(&a), Some(&b)) => self.bigrams.get(&(a, b)).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// ln P(`second` | `first`), interpolated with the unigram estimate (add-one on unigrams, so
    /// an unseen word has a small probability rather than none).
    fn log_conditional(&self, first: &str, second: &str) -> f64 {
        let unigram = (self.count(second) as f64 + 1.0) / (self.total as f64 + self.unigrams.len() as f64);
        let context = self.count(first) as f64;
        let pair = self.pair_count(first, second) as f64;
        ((pair + BACKOFF_WEIGHT * unigram) / (context + BACKOFF_WEIGHT)).ln()
    }

    /// ln of how likely `word` is between `previous` and `next` (tokens as the model writes them:
    /// lower case, [`START`], [`END`], [`NUMBER`]): P(word | previous) · P(next | word).
    pub fn fit(&self, previous: &str, word: &str, next: &str) -> f64 {
        self.log_conditional(previous, word) + self.log_conditional(word, next)
    }

    /// How many words the model knows.
    pub fn len(&self) -> usize {
        self.unigrams.len()
    }

    /// True when the model holds no words (the data could not be read).
    pub fn is_empty(&self) -> bool {
        self.unigrams.is_empty()
    }
}

/// The Indonesian model, parsed on first use.
pub fn indonesian() -> &'static ContextModel {
    static PARSED: OnceLock<ContextModel> = OnceLock::new();
    PARSED.get_or_init(|| ContextModel::parse(NGRAM_ID))
}

/// A word as the model writes it: lower case, numbers as [`NUMBER`].
pub fn token(word: &str) -> String {
    if word.chars().any(|c| c.is_ascii_digit()) {
        NUMBER.to_string()
    } else {
        word.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_counts_and_names_the_rows_it_cannot_read() {
        let (model, bad) =
            ContextModel::read("# header\n1\tkorban\t1000\n1\tluka\t500\n1\tlupa\t500\n2\tkorban\tluka\t400\n2\tbad\n1\tx\tnot-a-number\n");
        assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), [6, 7], "{bad:?}");
        assert_eq!(model.count("korban"), 1000);
        assert_eq!(model.pair_count("korban", "luka"), 400);
        assert_eq!(model.pair_count("korban", "lupa"), 0);
        assert_eq!(model.count("bad"), 0);
        assert!(model.fit(START, "luka", END) == model.fit(START, "lupa", END), "same unigram, no context");
        assert!(model.fit("korban", "luka", END) > model.fit("korban", "lupa", END) + 1.0);
    }

    #[test]
    fn the_shipped_model_prefers_the_right_word_in_context() {
        let model = indonesian();
        assert!(model.len() > 10_000, "{}", model.len());
        for (previous, right, wrong, next) in [
            ("korban", "luka", "lupa", END),
            (START, "dana", "dada", "desa"),
            ("rumah", "sakit", "sakti", END),
            ("pemerintah", "daerah", "darah", END),
            ("tahun", "lalu", "lagu", END),
        ] {
            assert!(model.fit(previous, right, next) > model.fit(previous, wrong, next), "{previous} {right} / {wrong}");
        }
        assert_eq!(token("2019"), NUMBER);
        assert_eq!(token("Korban"), "korban");
    }
}
