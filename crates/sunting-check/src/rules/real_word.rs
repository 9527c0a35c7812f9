//! `real_word`: a real word typed for another ("korban lupa" for "korban luka", "dada desa" for
//! "dana desa"). A dictionary accepts both; the words around it tell them apart. The rule asks
//! the context model ([`crate::context`]) how well the word fits between its neighbours and how
//! well each common word one slip away would fit, and speaks only when a neighbour fits far
//! better, the written word has never been seen beside either neighbour, and the neighbour has
//! been seen beside them: a rare valid word that fits its context is left alone.

use super::{BlockContext, Check, Rule};
use crate::context::{self, ContextModel};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct RealWord;

/// The id.
pub const ID: &str = "real_word";

/// How much better (natural log of the likelihood ratio over both neighbours) a word one slip
/// away must fit than the written word. Chosen on the development measures (docs/QUALITY.md):
/// with [`MIN_WRITTEN_COUNT`] and words the story repeats left alone, at 13 the rule speaks
/// about once per 7,500 words of published copy and finds 17.6 % of real-word slips; at 11 it
/// speaks three times as often (most of it false: "mengatakan" read as "mengadakan") for 20.9 %,
/// at 9 five times as often for 22.7 %.
const MARGIN: f64 = 13.0;
/// The written word must occur at least this often in the model (weighted: one news occurrence
/// counts 29) before never having seen it beside its neighbours counts against it.
const MIN_WRITTEN_COUNT: u64 = 20;
/// Only words at least this common (Zipf) are offered as what was meant.
const MEANT_ZIPF: f32 = 3.0;
/// A written word at least this common (Zipf) is taken as chosen against a word that only adds a
/// letter at an end ("ini" against "kini").
const CHOSEN_ZIPF: f32 = 5.0;

impl RealWord {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Spelling,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(RealWord)),
        }
    }
}

impl Check for RealWord {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else {
            return Vec::new();
        };
        let model = context::indonesian();
        if model.is_empty() {
            return Vec::new();
        }
        let tokens: Vec<String> = block.words.iter().map(|word| context::token(word.text)).collect();
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            // Lower-case words only: a capitalised word opening a sentence is as often a name
            // (Titis, Endang) as a common word.
            if !word.is_plain() || !word.is_checkable() || word.is_capitalised() || word.parts.len() > 1 {
                continue;
            }
            let lower = &tokens[index];
            if lower.chars().count() < 3
                || !lower.chars().all(char::is_alphabetic)
                || super::precedence::listed_elsewhere(block, lower)
                || !lexicon.knows(lower)
            {
                continue;
            }
            // Punctuation between two words breaks the context: after "tidak berasap," the next
            // word belongs to another clause.
            let joined = |from: usize, to: usize| block.text[from..to].chars().all(char::is_whitespace);
            let previous = match index.checked_sub(1).map(|i| &block.words[i]) {
                Some(before) if !word.sentence_start && joined(before.range.end, word.range.start) => tokens[index - 1].as_str(),
                _ => context::START,
            };
            let next = match block.words.get(index + 1) {
                Some(after) if !after.sentence_start && joined(word.range.end, after.range.start) => tokens[index + 1].as_str(),
                _ => context::END,
            };
            if let Some(meant) =
                better_fit(model, lexicon, previous, lower, next).filter(|meant| !block.resources.nonstandard.contains_key(meant.as_str()))
            {
                let message = Message::new("real-word").text("word", word.text).text("suggestion", meant.as_str());
                findings.push(RawFinding::new(word.range.clone(), message, vec![meant]));
            }
        }
        findings
    }
}

/// Drops `real_word`'s findings on a word the story writes more than once: a slip is made once,
/// a word chosen is used again ("obat batuk", then "batuk berdahak" in a story on coughs). Decided
/// over the whole article, after the block rules, whose findings are cached block by block.
pub fn drop_words_the_story_repeats(article: &super::ArticleContext<'_>, raw: &mut Vec<(usize, RawFinding)>) {
    let flagged: std::collections::HashSet<&str> = raw
        .iter()
        .filter(|(_, found)| found.rule == ID)
        .filter_map(|(block, found)| article.blocks.get(*block).and_then(|b| b.text.get(found.start..found.end)))
        .collect();
    if flagged.is_empty() {
        return;
    }
    // Counted whatever the case ("Dada pasien" opening a sentence is the same word).
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for word in article.blocks.iter().flat_map(|block| block.words.iter()) {
        if let Some(&flagged) = flagged.iter().find(|flagged| flagged.eq_ignore_ascii_case(word.text)) {
            *counts.entry(flagged).or_default() += 1;
        }
    }
    raw.retain(|(block, found)| {
        found.rule != ID
            || article
                .blocks
                .get(*block)
                .and_then(|b| b.text.get(found.start..found.end))
                .is_none_or(|text| counts.get(text).copied().unwrap_or(0) < 2)
    });
}

/// The common word one slip from `word` that fits between `previous` and `next` far better than
/// `word` does, when the evidence is clear (see the module's description).
fn better_fit(model: &ContextModel, lexicon: &crate::lexicon::Lexicon, previous: &str, word: &str, next: &str) -> Option<String> {
    // The written word seen beside either neighbour fits well enough; and a word the model has
    // seen too rarely to know its company ("batuk", "nanas") is not judged by its absence.
    if model.pair_count(previous, word) > 0 || model.pair_count(word, next) > 0 || model.count(word) < MIN_WRITTEN_COUNT {
        return None;
    }
    let own = model.fit(previous, word, next);
    lexicon
        .real_neighbours(word, MEANT_ZIPF)
        .into_iter()
        .filter(|meant| !(one_letter_at_an_end(word, meant) && lexicon.zipf(word).is_some_and(|z| z >= CHOSEN_ZIPF)))
        .filter(|meant| {
            model.pair_count(previous, meant) > 0 && model.pair_count(meant, next) > 0 || both_sides_strong(model, previous, meant, next)
        })
        .map(|meant| {
            let fit = model.fit(previous, &meant, next);
            (meant, fit)
        })
        .filter(|(_, fit)| *fit - own >= MARGIN)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(meant, _)| meant)
}

/// True when one word is the other with a letter added at its start or end ("ini" and "kini",
/// "ada" and "pada", "didapat" and "didapati"): when the written one is among the commonest
/// words, two words writers choose between, which two neighbours cannot tell apart.
fn one_letter_at_an_end(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.chars().count() == short.chars().count() + 1 && (long.starts_with(short) || long.ends_with(short))
}

/// True when one side of the neighbour's context alone is strong evidence (seen often), for
/// words at a sentence's edge where the other side says little.
fn both_sides_strong(model: &ContextModel, previous: &str, meant: &str, next: &str) -> bool {
    const STRONG: u32 = 100;
    (previous == context::START || next == context::END)
        && (model.pair_count(previous, meant) >= STRONG || model.pair_count(meant, next) >= STRONG)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn a_real_word_typed_for_another_is_caught_with_the_right_word() {
        assert_suggestion("Penyaluran dada desa tahun ini dipercepat.", ID, "dada", "dana");
        assert_suggestion("Pasien itu dirawat di rumah sakti daerah.", ID, "sakti", "sakit");
        assert_suggestion("Anggaran pemerintah darah setempat naik.", ID, "darah", "daerah");
    }

    #[test]
    fn words_that_fit_their_context_are_left_alone() {
        assert_flags(
            "Jumlah korban luka terus bertambah. Penyaluran dana desa dipercepat. Ia lupa membawa dompet. Pasien dirawat di rumah sakit.",
            ID,
            &[],
        );
        // Rare valid words in a sensible place.
        assert_flags("Sabu dan ganja disita polisi. Para manula mendapat vaksin lebih dulu.", ID, &[]);
        // A word before a comma is judged by the words on its side of it.
        assert_flags("Busnya tidak bising, tidak berasap, dan ongkosnya tetap sama.", ID, &[]);
        // A capitalised word opening a sentence may be a name.
        assert_flags("Titis merah muncul di layar. Endang pulang.", ID, &[]);
    }

    #[test]
    fn a_word_the_story_uses_again_was_chosen() {
        assert_suggestion("Penyaluran dada desa tahun ini dipercepat.", ID, "dada", "dana");
        assert_flags("Penyaluran dada desa tahun ini dipercepat.\n\nDada pasien itu sesak.", ID, &[]);
    }
}
