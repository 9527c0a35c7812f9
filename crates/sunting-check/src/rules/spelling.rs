//! `spelling`: words that are not in the dictionary of their block's language.
//!
//! Only Indonesian and English blocks are spell-checked. Names come first: a capitalised word,
//! an acronym, a word with digits or inner capitals, and anything in an address is never
//! "corrected" (the name rules look after names). A lower-case word unknown in Indonesian but
//! known in English is a foreign word, reported by `foreign_word`, not a misspelling. Words the
//! newsroom added to its dictionary are accepted.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;
use crate::token::Word;

/// The rule.
pub struct Spelling;

/// The id.
pub const ID: &str = "spelling";

impl Spelling {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Spelling,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Spelling)),
        }
    }
}

impl Check for Spelling {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let Some(lexicon) = block.resources.lexicon(block.language) else {
            return Vec::new();
        };
        let english = match block.language {
            Language::Indonesian => block.resources.lexicon(Language::English),
            _ => None,
        };
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            if !word.is_checkable() || word.italic {
                continue;
            }
            // Names first: capitalised words are never corrected into common words, except a
            // slip of a common word that only has its capital because it opens a sentence.
            if word.is_capitalised() {
                if let Some(finding) = sentence_start_slip(block, lexicon, english, index, word) {
                    findings.push(finding);
                }
                continue;
            }
            // A reporter's initials signing off a story: "(ndu)", "(ant/fik)".
            let before = block.text[..word.range.start].chars().next_back();
            let after = block.text[word.range.end..].chars().next();
            if word.text.chars().count() <= 5 && matches!(before, Some('(' | '/')) && matches!(after, Some(')' | '/')) {
                continue;
            }
            let lower = word.text.to_lowercase();
            // A title before a name ("dr. Andi") and a particle of a name ("van der Sar").
            let next = block.words.get(index + 1);
            let before_name = next.is_some_and(|next| next.is_capitalised() && block.text[word.range.end..next.range.start].trim() == "");
            if (after == Some('.') && TITLES.contains(&lower.as_str())) || (before_name && NAME_PARTICLES.contains(&lower.as_str())) {
                continue;
            }
            if super::precedence::listed_elsewhere(block, &lower) {
                continue;
            }
            // A speaker's colloquial Jakarta forms inside a direct quotation are their words
            // ("diceritain", "ngomongin"), not slips.
            if word.in_quote && is_colloquial_form(block, lexicon, &lower) {
                continue;
            }
            let unknown_parts: Vec<&str> = word
                .parts
                .iter()
                .copied()
                .filter(|part| !part.chars().all(|c| c.is_ascii_digit()) && !knows(block, lexicon, part))
                .collect();
            if unknown_parts.is_empty() || knows(block, lexicon, word.text) {
                continue;
            }
            if english.is_some_and(|en| unknown_parts.iter().all(|part| en.knows(part)))
                && !english_word_is_a_slip(block, lexicon, english, index, &lower)
            {
                continue; // an English word in Indonesian copy: `foreign_word` territory
            }
            if super::precedence::advised_elsewhere(block, word, &lower) {
                continue;
            }
            let suggestions = lexicon.suggest(word.text, 3);
            let message = match suggestions.first() {
                Some(best) => Message::new("spelling-unknown-suggest").text("suggestion", best.as_str()),
                None => Message::new("spelling-unknown"),
            }
            .text("word", word.text)
            .text("language", block.language.code());
            findings.push(RawFinding::new(word.range.clone(), message, suggestions));
        }
        findings
    }
}

/// A word that opens a sentence (or follows a colon) and is one slip from a common word
/// ("Pengunaan" for "Penggunaan", "Bsok" for "Besok"), at any length, when nothing says it is a
/// name: it is unknown in lower case, not in the newsroom's registers or the starter register,
/// and not followed by another capitalised word (a run of capitals is a name) unless it is an
/// unlisted slip of one of the commonest words. Whether the story
/// writes it as a name elsewhere is decided over the whole article
/// ([`drop_names_the_story_knows`]).
fn sentence_start_slip(
    block: &BlockContext<'_>,
    lexicon: &crate::lexicon::Lexicon,
    english: Option<&crate::lexicon::Lexicon>,
    index: usize,
    word: &Word<'_>,
) -> Option<RawFinding> {
    if block.language != Language::Indonesian
        || !word.sentence_start
        || word.parts.len() > 1
        || word.text.chars().count() < 2
        || !word.text.chars().skip(1).all(char::is_lowercase)
        || block.newsroom.knows(word.text)
        || block.newsroom.names.count(word.text) > 0
        || block.resources.starter_names().contains(word.text)
    {
        return None;
    }
    let lower = word.text.to_lowercase();
    // The cheap test first (a listed word one edit away): most capitalised words that open a
    // sentence are names, and asking the dictionaries about each costs more.
    lexicon.common_neighbour(&lower, SLIP_OF_ZIPF)?;
    if knows(block, lexicon, word.text) || knows(block, lexicon, &lower) || english.is_some_and(|en| en.knows(&lower)) {
        return None;
    }
    let suggestions = lexicon.suggest(word.text, 3);
    let best = suggestions.first()?.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let common = lexicon.zipf(&best).is_some_and(|z| z >= SLIP_OF_ZIPF);
    if !common || crate::lexicon::symspell::osa_distance(&chars, &best, 1) != 1 {
        return None;
    }
    // In a run of capitals it is taken for a name, unless it is a slip of one of the commonest
    // words that open sentences ("Menyrut Badan Pusat Statistik") and no list has it at all.
    let in_run = block.words.get(index + 1).is_some_and(|next| next.is_capitalised() && !next.sentence_start);
    if in_run && (lexicon.zipf(&lower).is_some() || !lexicon.zipf(&best).is_some_and(|z| z >= VERY_COMMON_ZIPF)) {
        return None;
    }
    let message =
        Message::new("spelling-unknown-suggest").text("word", word.text).text("suggestion", suggestions[0].as_str()).text("language", "id");
    Some(RawFinding::new(word.range.clone(), message, suggestions))
}

/// A capitalised word opening a sentence is taken for a slip only of a word at least this common.
const SLIP_OF_ZIPF: f32 = 3.5;
/// The commonest words (menurut, selain, bahkan): a slip of one is a slip even before a name.
const VERY_COMMON_ZIPF: f32 = 5.5;

/// True when `lower` is a colloquial (Jakarta) form of a known word: the suffix -in for -kan or
/// -i ("diceritain", "bilangin"), or the prefix nge-/ng- for meN- ("ngomong", "ngecek").
fn is_colloquial_form(block: &BlockContext<'_>, lexicon: &crate::lexicon::Lexicon, lower: &str) -> bool {
    let known = |form: &str| knows(block, lexicon, form);
    let stem = lower.strip_suffix("in").filter(|stem| stem.chars().count() >= 3);
    if stem.is_some_and(|stem| known(&format!("{stem}kan")) || known(&format!("{stem}i"))) {
        return true;
    }
    let root = lower.strip_prefix("nge").or_else(|| lower.strip_prefix("ng")).filter(|root| root.chars().count() >= 3);
    root.is_some_and(|root| {
        let root = root.strip_suffix("in").unwrap_or(root);
        known(root) || known(&format!("k{root}")) || known(&format!("meng{root}"))
    })
}

/// True when an English word in Indonesian copy is more likely a slip of a far commoner
/// Indonesian word one key away ("ran" or "an" for "dan", "hair" for "hari"): Indonesian knows
/// it rarely, a word one slip away is among its commonest, and no English word stands beside it.
fn english_word_is_a_slip(
    block: &BlockContext<'_>,
    lexicon: &crate::lexicon::Lexicon,
    english: Option<&crate::lexicon::Lexicon>,
    index: usize,
    lower: &str,
) -> bool {
    let Some(english) = english else { return false };
    let own = lexicon.zipf(lower).unwrap_or(0.0);
    let Some(neighbour) = lexicon.common_neighbour(lower, COMMON_INDONESIAN_ZIPF) else { return false };
    if lexicon.zipf(&neighbour).unwrap_or(0.0) < own + 1.5 {
        return false;
    }
    let english_only = |word: &Word<'_>| {
        word.is_checkable() && {
            let lower = word.text.to_lowercase();
            !knows(block, lexicon, &lower) && english.knows(&lower)
        }
    };
    let before = index.checked_sub(1).and_then(|i| block.words.get(i));
    let after = block.words.get(index + 1);
    !before.is_some_and(english_only) && !after.is_some_and(english_only)
}

/// Titles written short before a name, with a period: "dr. Andi", "drg. Sari", "Ir. Budi".
const TITLES: &[&str] = &["dr", "drg", "drh", "drs", "dra", "ir", "prof", "hj", "kh", "apt", "ns"];

/// Lower-case particles of foreign and Arabic names: "van der Sar", "bin Salman".
const NAME_PARTICLES: &[&str] = &["van", "von", "der", "den", "de", "du", "le", "la", "da", "dos", "bin", "binti", "al", "el", "ibn"];

/// Words at least this frequent (Zipf) are among the commonest of Indonesian copy ("dan",
/// "hari", "yang").
const COMMON_INDONESIAN_ZIPF: f32 = 5.5;

fn knows(block: &BlockContext<'_>, lexicon: &crate::lexicon::Lexicon, word: &str) -> bool {
    block.newsroom.knows(word) || lexicon.knows(word)
}

/// Drops `spelling`'s findings on a capitalised word opening a sentence when the story writes
/// the same word as a name elsewhere: capitalised inside a sentence ("Susi" after "Menteri Susi
/// Pudjiastuti"; a sentence opener in a run of capitals is judged where it stands, in
/// `sentence_start_slip`). Decided over the whole article, after the block rules, whose findings
/// are cached block by block.
pub fn drop_names_the_story_knows(article: &super::ArticleContext<'_>, raw: &mut Vec<(usize, crate::finding::RawFinding)>) {
    let names = article.capitalised_inside_sentences();
    raw.retain(|(block, found)| {
        if found.rule != ID {
            return true;
        }
        let Some(context) = article.blocks.get(*block) else { return true };
        let word = context.words.iter().find(|w| w.range.start == found.start && w.range.end == found.end);
        !word.is_some_and(|w| w.sentence_start && w.is_capitalised() && names.contains_key(w.text))
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn standard_words_newer_than_the_dictionary_pass_with_their_affixes() {
        super::super::testing::assert_flags(
            "Kabar itu ramai di kalangan warganet; pesinetron dan pegolf itu berswafoto, warganetnya mengunduh siniar.",
            super::ID,
            &[],
        );
    }

    #[test]
    fn a_slip_at_the_start_of_a_sentence_is_still_a_slip() {
        super::super::testing::assert_suggestion("Pengunaan dana desa dibahas.", super::ID, "Pengunaan", "Penggunaan");
        super::super::testing::assert_flags("Nabatanzi melahirkan. Durov datang. Rudiantara hadir. Susi pulang.", super::ID, &[]);
    }

    #[test]
    fn short_slips_opening_a_sentence_are_caught() {
        super::super::testing::assert_suggestion("Bsok pagi rapat dimulai.", super::ID, "Bsok", "Besok");
        super::super::testing::assert_suggestion("Rapat selesai. Kmi sudah tiba.", super::ID, "Kmi", "Kami");
        super::super::testing::assert_suggestion("Semua diundang: Jga harus hadir.", super::ID, "Jga", "Juga");
    }

    #[test]
    fn a_name_the_story_writes_elsewhere_is_not_a_slip_where_it_opens_a_sentence() {
        // "Sisi" and "Susu" are one slip from "Susi", but the story names her in full first.
        super::super::testing::assert_flags(
            "Menteri Kelautan Susi Pudjiastuti meninjau pelabuhan.\n\nSusi menolak berkomentar.",
            super::ID,
            &[],
        );
        // In a run of capitals it is a name even on its own.
        super::super::testing::assert_flags("Dani Pedrosa menang lagi.", super::ID, &[]);
        // Unless it is an unlisted slip of one of the commonest words.
        super::super::testing::assert_suggestion("Menyrut Badan Pusat Statistik, harga naik.", super::ID, "Menyrut", "Menurut");
    }

    #[test]
    fn a_speaker_s_colloquial_forms_in_a_quotation_are_theirs() {
        super::super::testing::assert_flags("\"Dia diceritain soal itu, terus ngomong ke saya,\" ujarnya.", super::ID, &[]);
        // Outside quotes, and for a real slip inside them, the checker still speaks.
        super::super::testing::assert_flags("Dia diceritain soal itu.", super::ID, &["diceritain"]);
        super::super::testing::assert_flags("\"Kami sudah menbentuk tim,\" ujarnya.", super::ID, &["menbentuk"]);
    }

    #[test]
    fn initials_and_hashtags_are_not_words() {
        super::super::testing::assert_flags("Acara ditutup pukul 17.00. #bacasebelumtidur (ndu/fik)", super::ID, &[]);
    }

    #[test]
    fn slips_that_split_into_pieces_are_still_slips() {
        // "pengunaan" strips to pe- + kuna + -an, "menbentuk" to bentuk with the wrong nasal.
        let found = super::super::testing::check("Soal pengunaan dana dan menbentuk tim di perusahan itu.");
        let flagged: Vec<(&str, Option<&str>)> =
            found.iter().map(|f| (f.text.as_str(), f.suggestions.first().map(String::as_str))).collect();
        assert_eq!(flagged, [("pengunaan", Some("penggunaan")), ("menbentuk", Some("membentuk")), ("perusahan", Some("perusahaan"))]);
        // A derivation writers use is not a slip of the commoner word one letter away.
        super::super::testing::assert_flags("Bus berbahan bakar listrik itu bertahan lama.", super::ID, &[]);
    }

    use super::super::testing::*;
    use super::ID;

    #[test]
    fn flags_typos_with_the_right_word_first() {
        assert_suggestion("Mereka membahas langkah untuk mengatasai masalah ini.", ID, "mengatasai", "mengatasi");
        assert_suggestion("Email itu belum terkirim padaya sampai sekarang.", ID, "padaya", "padanya");
        assert_suggestion("Sejumlah penumpnag menunggu di halte sejak pagi.", ID, "penumpnag", "penumpang");
        // A three-letter root with a suffix does not explain a slip of a common word.
        assert_flags("Ia bakan datang; selan itu, warganya pulang.", ID, &["bakan", "selan"]);
        // -nya after a root in -an doubles the n: a lost n is a slip, whatever the pieces say.
        assert_suggestion("Dewan memangkas anggaranya tahun ini.", ID, "anggaranya", "anggarannya");
        assert_flags("Dewan memangkas anggarannya; jalanya nelayan robek; Anggara datang.", ID, &[]);
    }

    #[test]
    fn accepts_standard_derived_forms_hunspell_misses() {
        assert_flags("Pemblokiran itu ditengarai terkait perpesanan. Setelahnya ia memastikannya dan mengatasinya, ujarnya.", ID, &[]);
    }

    #[test]
    fn leaves_names_acronyms_and_addresses_alone() {
        assert_flags("Durov menemui Rudiantara di Kemenkominfo, Jakarta Pusat, lewat Kanal247.com dan IHSG.", ID, &[]);
    }

    #[test]
    fn english_words_in_indonesian_are_not_misspellings() {
        assert_flags("Ia mengunggah video itu ke platform streaming miliknya.", ID, &[]);
    }

    #[test]
    fn english_blocks_use_english_dictionaries() {
        let text = "The government recieved the letter on Tuesday and said the colour of the flag would not change.";
        assert_suggestion(text, ID, "recieved", "received");
        assert_eq!(flagged(text, ID), ["recieved"], "British spellings are correct");
    }
}
