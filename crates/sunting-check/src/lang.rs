//! Which language a block is in: Indonesian, English, Malay, Javanese or Sundanese.
//!
//! whatlang knows Indonesian and Javanese but not Malay or Sundanese, and reads Malaysian Malay
//! as Indonesian. Sunting scores each block with word unigram models instead: frequency lists
//! for Indonesian, Malay and English, and marker words for all five (data/language-markers.tsv:
//! Javanese and Sundanese function words, and the words that tell Malaysian Malay from
//! Indonesian: kerana/karena, bahawa/bahwa, polis/polisi, wang/uang). whatlang's trigram verdict
//! for Javanese is added as one more piece of evidence.

use crate::frequencies::{self, Frequencies};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// Marker words per language, with weights 1-3.
pub(crate) const MARKERS: &str = include_str!("../data/language-markers.tsv");

/// A language Sunting tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Language {
    /// Bahasa Indonesia.
    #[serde(rename = "id")]
    Indonesian,
    /// English.
    #[serde(rename = "en")]
    English,
    /// Malay (Malaysia, Brunei, Singapore).
    #[serde(rename = "ms")]
    Malay,
    /// Javanese.
    #[serde(rename = "jv")]
    Javanese,
    /// Sundanese.
    #[serde(rename = "su")]
    Sundanese,
}

impl Language {
    /// Every language, in a fixed order.
    pub const ALL: [Language; 5] = [Language::Indonesian, Language::English, Language::Malay, Language::Javanese, Language::Sundanese];

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Indonesian => "id",
            Language::English => "en",
            Language::Malay => "ms",
            Language::Javanese => "jv",
            Language::Sundanese => "su",
        }
    }

    /// The language for a BCP 47 code ("id", "en-GB", "ms"), if Sunting knows it.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        let primary = if primary == "in" { "id".to_string() } else { primary };
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The verdict for one text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// The most likely language.
    pub language: Language,
    /// Its probability among the five (0.0-1.0).
    pub confidence: f32,
    /// How many words the verdict rests on.
    pub words: usize,
}

/// Scores texts against the five languages.
pub struct Detector {
    frequencies: [&'static Frequencies; 3],
    markers: FxHashMap<Box<str>, Vec<(Language, f32)>>,
    whatlang: whatlang::Detector,
}

/// log10 of the prior odds of Indonesian against each other language.
const INDONESIAN_PRIOR: f32 = 0.5;
/// How much a capitalised word (a likely name) counts towards the verdict.
const NAME_WEIGHT: f32 = 0.25;
/// log10 probability of a word a model has never seen (about Zipf 1).
const UNSEEN: f32 = -8.0;
/// Javanese and Sundanese have no frequency lists: their ordinary words are scored as
/// Indonesian words this much less likely (they share loanwords and names, not function words).
const BORROWED_PENALTY: f32 = 1.3;

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

/// Language markers (`word<TAB>language<TAB>weight`, a header first), with the rows that could
/// not be read.
type Markers = FxHashMap<Box<str>, Vec<(Language, f32)>>;

pub(crate) fn read_markers(tsv: &str) -> (Markers, Vec<crate::tsv::BadRow>) {
    let mut markers = Markers::default();
    let bad = crate::tsv::read(tsv, 3..=3, true, |fields| {
        let language = Language::from_code(fields[1]).ok_or_else(|| format!("language {:?} is not one the checker knows", fields[1]))?;
        let weight = crate::tsv::number::<f32>(fields[2], "weight")?;
        markers.entry(crate::tsv::required(fields[0], "word")?.to_lowercase().into()).or_default().push((language, weight));
        Ok(())
    });
    (markers, bad)
}

impl Detector {
    /// Loads the embedded models.
    pub fn new() -> Detector {
        let (markers, _) = read_markers(MARKERS);
        Detector {
            frequencies: [frequencies::indonesian(), frequencies::english(), frequencies::malay()],
            markers,
            whatlang: whatlang::Detector::with_allowlist(vec![whatlang::Lang::Ind, whatlang::Lang::Jav, whatlang::Lang::Eng]),
        }
    }

    /// The word's frequency (Zipf scale) in Indonesian, English or Malay text.
    pub fn zipf(&self, language: Language, lower: &str) -> Option<f32> {
        let model = match language {
            Language::Indonesian => 0,
            Language::English => 1,
            Language::Malay => 2,
            _ => return None,
        };
        self.frequencies[model].get(lower).copied()
    }

    /// The language of `text`, or `None` when it has fewer than `min_words` words to go on.
    pub fn detect(&self, text: &str, min_words: usize) -> Option<Detection> {
        let mut scores = [0f32; 5];
        let mut words = 0;
        let mut first = true;
        for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-')) {
            let word = word.trim_matches(|c: char| !c.is_alphabetic());
            if word.is_empty() || word.chars().count() > 30 {
                continue;
            }
            // Names say little about the language around them ("Kuala Lumpur" in English copy),
            // so capitalised words after the first count for a quarter.
            let weight = if !first && word.starts_with(char::is_uppercase) { NAME_WEIGHT } else { 1.0 };
            first = false;
            let lower = word.to_lowercase();
            words += 1;
            let mut word_scores = [0f32; 5];
            self.score_word(&lower, &mut word_scores);
            for (total, score) in scores.iter_mut().zip(word_scores) {
                *total += weight * score;
            }
        }
        if words < min_words.max(1) {
            return None;
        }
        // Sunting's copy is Indonesian first: a prior of three to one over the other languages
        // settles texts that read equally well as Indonesian and Malay.
        scores[Language::Indonesian.index()] += INDONESIAN_PRIOR;
        if let Some(info) = self.whatlang.detect(text) {
            if info.lang() == whatlang::Lang::Jav {
                scores[Language::Javanese.index()] += 0.4 * words as f32 * info.confidence() as f32;
            }
        }
        let best = (0..5).max_by(|&a, &b| scores[a].total_cmp(&scores[b])).unwrap_or(0);
        // Probabilities from log10 likelihoods, tempered by the number of words so one long
        // paragraph does not claim certainty from small per-word differences.
        let temperature = (words as f32).sqrt().max(1.0);
        let total: f32 = scores.iter().map(|s| 10f32.powf((s - scores[best]) / temperature)).sum();
        Some(Detection { language: Language::ALL[best], confidence: 1.0 / total, words })
    }

    fn score_word(&self, lower: &str, scores: &mut [f32; 5]) {
        let zipf = |model: usize| self.frequencies[model].get(lower).copied();
        let log_p = |model: usize| zipf(model).map_or(UNSEEN, |z| z - 9.0);
        let indonesian = log_p(0);
        scores[Language::Indonesian.index()] += indonesian;
        scores[Language::English.index()] += log_p(1);
        scores[Language::Malay.index()] += log_p(2);
        let borrowed = zipf(0).map_or(UNSEEN, |z| z - 9.0 - BORROWED_PENALTY);
        scores[Language::Javanese.index()] += borrowed;
        scores[Language::Sundanese.index()] += borrowed;
        if let Some(marks) = self.markers.get(lower) {
            for &(language, weight) in marks {
                let slot = &mut scores[language.index()];
                match language {
                    // A marker word is a common word of its language: about Zipf 5 to 6.
                    Language::Javanese | Language::Sundanese => {
                        let marker = -4.0 + 0.35 * weight;
                        if marker > borrowed {
                            *slot += marker - borrowed;
                        }
                    }
                    _ => *slot += 0.6 * weight,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn detects(text: &str, expected: Language) {
        let detection = Detector::new().detect(text, 3).expect("enough words");
        assert_eq!(detection.language, expected, "{text}: {detection:?}");
    }

    #[test]
    fn tells_the_five_apart() {
        detects("Pemerintah kota mengatakan bahwa jadwal bus akan diumumkan pekan depan karena aplikasi belum siap.", Language::Indonesian);
        detects(
            "The city government said the bus timetable would be announced next week because the app was not ready.",
            Language::English,
        );
        detects("Kerajaan negeri berkata bahawa jadual bas akan diumumkan minggu depan kerana aplikasi belum sedia.", Language::Malay);
        detects("Aku arep lunga menyang pasar karo kancaku amarga ora ana panganan ing omah.", Language::Javanese);
        detects("Abdi badé angkat ka pasar sareng réréncangan sabab teu aya tuangeun di bumi.", Language::Sundanese);
    }

    #[test]
    fn too_short_is_no_verdict() {
        assert!(Detector::new().detect("Jakarta", 3).is_none());
    }

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("en-GB"), Some(Language::English));
        assert_eq!(Language::from_code("fr"), None);
    }
}
