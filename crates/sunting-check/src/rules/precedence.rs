//! Which rule speaks when several could flag the same word: the one place that decides it.
//!
//! An unknown word is `spelling`'s, unless a rule with better advice claims it: the
//! non-standard list and the foreign-word list (`nonstandard`, `foreign_word`), a Malay word
//! (`malayism`), a preposition written together (`preposition_joined`) or a non-standard
//! spelling variant (`nonstandard`). Rules never call each other to find out; they ask here.

use super::BlockContext;
use crate::lang::Language;
use crate::token::Word;

/// True when a list gives `lower` better advice than "unknown word": non-standard, foreign or
/// Malay-only. Cheap; asked before any dictionary work.
pub fn listed_elsewhere(block: &BlockContext<'_>, lower: &str) -> bool {
    block.resources.nonstandard.contains_key(lower)
        || block.resources.foreign.contains_key(lower)
        || super::word_lists::is_malay_only(block, lower)
}

/// True when an unknown word is a joined preposition ("disitu") or a non-standard spelling
/// variant ("nasehat"), which their own rules flag with the right form.
pub fn advised_elsewhere(block: &BlockContext<'_>, word: &Word<'_>, lower: &str) -> bool {
    (word.parts.len() > 1 && super::word_lists::is_joined_preposition(lower))
        || (block.language == Language::Indonesian && super::word_lists::variant_of(block, word, lower).is_some())
}
