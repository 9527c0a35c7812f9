//! Aligning the blocks of two bodies: unchanged, changed, added, removed and moved blocks.
//!
//! Blocks with identical text anchor the alignment (patience diff). Between anchors, a removed
//! block and an added block that share most of their words are one *changed* block; a block
//! removed in one place and added with the same text in another is *moved*; the rest are added
//! or removed. Changed blocks carry their word diff.

use super::words::{diff_text, TextDiff};
use crate::model::{Block, BlockKind};
use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::collections::HashMap;

/// How one block fared between two versions. Indexes are 0-based positions in each body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum BlockChange {
    /// Same text, kind and marks.
    Unchanged {
        /// Position in the old body.
        old_index: usize,
        /// Position in the new body.
        new_index: usize,
        /// The block's text.
        text: String,
    },
    /// Edited in place: different words, a different kind, or different marks.
    Changed {
        /// Position in the old body.
        old_index: usize,
        /// Position in the new body.
        new_index: usize,
        /// The kind before.
        old_kind: BlockKind,
        /// The kind now.
        new_kind: BlockKind,
        /// True when bold, italic or links changed.
        marks_changed: bool,
        /// The word diff of the text.
        diff: TextDiff,
    },
    /// Only in the new body.
    Added {
        /// Position in the new body.
        new_index: usize,
        /// The block's kind.
        kind: BlockKind,
        /// The block's text.
        text: String,
    },
    /// Only in the old body.
    Removed {
        /// Position in the old body.
        old_index: usize,
        /// The block's kind.
        kind: BlockKind,
        /// The block's text.
        text: String,
    },
    /// The same text at another place.
    Moved {
        /// Position in the old body.
        old_index: usize,
        /// Position in the new body.
        new_index: usize,
        /// The block's kind now.
        kind: BlockKind,
        /// The block's text.
        text: String,
    },
}

impl BlockChange {
    /// Words the change adds.
    pub fn words_added(&self) -> usize {
        match self {
            BlockChange::Changed { diff, .. } => diff.words_added,
            BlockChange::Added { text, .. } => crate::text::word_count(text),
            _ => 0,
        }
    }

    /// Words the change removes.
    pub fn words_removed(&self) -> usize {
        match self {
            BlockChange::Changed { diff, .. } => diff.words_removed,
            BlockChange::Removed { text, .. } => crate::text::word_count(text),
            _ => 0,
        }
    }
}

/// A removed and an added block count as one changed block when at least this share of their
/// words is common. Below it an editor reads them as a new paragraph replacing an old one.
const CHANGED_BLOCK_SIMILARITY: f32 = 0.5;

/// Beyond this many candidate pairs in one gap, pair blocks by position only (keeps a diff of a
/// rewritten 10,000-word article fast).
const MAX_PAIRINGS_PER_GAP: usize = 2_500;

/// Aligns two bodies block by block.
pub fn diff_blocks(old: &[Block], new: &[Block]) -> Vec<BlockChange> {
    let old_texts: Vec<String> = old.iter().map(Block::text).collect();
    let new_texts: Vec<String> = new.iter().map(Block::text).collect();
    let ops = capture_diff_slices(Algorithm::Patience, &old_texts, &new_texts);

    // First pass: anchors and the gaps between them.
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    let mut gaps: Vec<Gap> = vec![Gap::default()];
    for op in &ops {
        match *op {
            DiffOp::Equal { old_index, new_index, len } => {
                for i in 0..len {
                    anchors.push((old_index + i, new_index + i));
                    gaps.push(Gap { after_anchor: Some(anchors.len() - 1), ..Default::default() });
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => gaps.last_mut().unwrap().removed.extend(old_index..old_index + old_len),
            DiffOp::Insert { new_index, new_len, .. } => gaps.last_mut().unwrap().added.extend(new_index..new_index + new_len),
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                let gap = gaps.last_mut().unwrap();
                gap.removed.extend(old_index..old_index + old_len);
                gap.added.extend(new_index..new_index + new_len);
            }
        }
    }

    // Second pass: a block removed in one gap and added with the same text anywhere is a move.
    let mut removed_by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for gap in &gaps {
        for &old_index in &gap.removed {
            removed_by_text.entry(old_texts[old_index].as_str()).or_default().push(old_index);
        }
    }
    let mut moved_from: HashMap<usize, usize> = HashMap::new(); // new index -> old index
    let mut moved_away: Vec<bool> = vec![false; old.len()];
    for gap in &gaps {
        for &new_index in &gap.added {
            if let Some(candidates) = removed_by_text.get_mut(new_texts[new_index].as_str()) {
                if !candidates.is_empty() {
                    let old_index = candidates.remove(0);
                    moved_from.insert(new_index, old_index);
                    moved_away[old_index] = true;
                }
            }
        }
    }

    // Third pass: emit in reading order, pairing what is left in each gap.
    let mut changes = Vec::with_capacity(new.len().max(old.len()));
    for gap in &gaps {
        if let Some(anchor) = gap.after_anchor {
            let (old_index, new_index) = anchors[anchor];
            changes.push(compare_pair(old, new, old_index, new_index, &new_texts));
        }
        let removed: Vec<usize> = gap.removed.iter().copied().filter(|&i| !moved_away[i]).collect();
        let added: Vec<usize> = gap.added.iter().copied().filter(|i| !moved_from.contains_key(i)).collect();
        let pairs = pair_changed(&removed, &added, &old_texts, &new_texts);
        // For each added block, the old partner of the next paired block from here on: removed
        // blocks that stood before it are shown first, so removals precede additions.
        let mut next_partner = vec![usize::MAX; gap.added.len() + 1];
        for (position, new_index) in gap.added.iter().enumerate().rev() {
            next_partner[position] = pairs.get(new_index).copied().unwrap_or(next_partner[position + 1]);
        }
        let mut removed_iter = removed.iter().copied().peekable();
        for (position, &new_index) in gap.added.iter().enumerate() {
            if let Some(&old_index) = moved_from.get(&new_index) {
                changes.push(BlockChange::Moved { old_index, new_index, kind: new[new_index].kind, text: new_texts[new_index].clone() });
                continue;
            }
            while let Some(old_index) = removed_iter.next_if(|&old_index| old_index < next_partner[position]) {
                changes.push(removed_change(old, &old_texts, old_index));
            }
            match pairs.get(&new_index).copied() {
                Some(old_index) => {
                    removed_iter.next();
                    changes.push(compare_pair(old, new, old_index, new_index, &new_texts));
                }
                None => changes.push(BlockChange::Added { new_index, kind: new[new_index].kind, text: new_texts[new_index].clone() }),
            }
        }
        for old_index in removed_iter {
            changes.push(removed_change(old, &old_texts, old_index));
        }
    }
    changes
}

#[derive(Default)]
struct Gap {
    /// The anchor this gap follows (`None` for the gap before the first anchor).
    after_anchor: Option<usize>,
    removed: Vec<usize>,
    added: Vec<usize>,
}

fn removed_change(old: &[Block], old_texts: &[String], old_index: usize) -> BlockChange {
    BlockChange::Removed { old_index, kind: old[old_index].kind, text: old_texts[old_index].clone() }
}

fn compare_pair(old: &[Block], new: &[Block], old_index: usize, new_index: usize, new_texts: &[String]) -> BlockChange {
    let (before, after) = (&old[old_index], &new[new_index]);
    if before == after {
        return BlockChange::Unchanged { old_index, new_index, text: new_texts[new_index].clone() };
    }
    BlockChange::Changed {
        old_index,
        new_index,
        old_kind: before.kind,
        new_kind: after.kind,
        marks_changed: marks_of(before) != marks_of(after),
        diff: diff_text(&before.text(), &after.text()),
    }
}

/// The marked stretches of a block as (text offset, length, marks), to compare formatting.
fn marks_of(block: &Block) -> Vec<(usize, usize, &[crate::model::Mark])> {
    let mut offset = 0;
    let mut marks = Vec::new();
    for run in &block.runs {
        if !run.marks.is_empty() {
            marks.push((offset, run.text.len(), run.marks.as_slice()));
        }
        offset += run.text.len();
    }
    marks
}

/// Pairs removed with added blocks of one gap, in order, where they share enough words.
fn pair_changed(removed: &[usize], added: &[usize], old_texts: &[String], new_texts: &[String]) -> HashMap<usize, usize> {
    let mut pairs = HashMap::new();
    if removed.is_empty() || added.is_empty() {
        return pairs;
    }
    if removed.len() * added.len() > MAX_PAIRINGS_PER_GAP {
        for (&old_index, &new_index) in removed.iter().zip(added) {
            if similarity(&old_texts[old_index], &new_texts[new_index]) >= CHANGED_BLOCK_SIMILARITY {
                pairs.insert(new_index, old_index);
            }
        }
        return pairs;
    }
    let mut next_removed = 0;
    for &new_index in added {
        let best = (next_removed..removed.len())
            .map(|i| (i, similarity(&old_texts[removed[i]], &new_texts[new_index])))
            .filter(|&(_, score)| score >= CHANGED_BLOCK_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((i, _)) = best {
            pairs.insert(new_index, removed[i]);
            next_removed = i + 1;
        }
    }
    pairs
}

/// Share of words two texts have in common, in order (0.0 to 1.0).
fn similarity(a: &str, b: &str) -> f32 {
    let a_words: Vec<&str> = a.split_whitespace().collect();
    let b_words: Vec<&str> = b.split_whitespace().collect();
    if a_words.is_empty() && b_words.is_empty() {
        return 1.0;
    }
    similar::TextDiff::configure().algorithm(Algorithm::Patience).diff_slices(&a_words, &b_words).ratio()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mark, Run};

    fn paras(texts: &[&str]) -> Vec<Block> {
        texts.iter().map(|t| Block::paragraph(*t)).collect()
    }

    /// One letter per change, for compact assertions: U(nchanged), C(hanged), A(dded), R(emoved), M(oved).
    fn shape(changes: &[BlockChange]) -> String {
        changes
            .iter()
            .map(|c| match c {
                BlockChange::Unchanged { .. } => 'U',
                BlockChange::Changed { .. } => 'C',
                BlockChange::Added { .. } => 'A',
                BlockChange::Removed { .. } => 'R',
                BlockChange::Moved { .. } => 'M',
            })
            .collect()
    }

    const P1: &str = "Durov mendatangi kantor Kemenkominfo di Jalan Medan Merdeka Barat.";
    const P2: &str = "Ia tampil santai dengan kaus hitam dan bertemu Menteri.";
    const P3: &str = "Pertemuan itu menghasilkan kesepakatan untuk memerangi konten negatif.";
    const P4: &str = "Menteri berjanji mencabut pemblokiran minggu ini.";

    #[test]
    fn edited_paragraph_is_changed_not_replaced() {
        let old = paras(&[P1, P2, P3]);
        let new = paras(&[P1, "Ia tampil santai dengan kaus hitam dan bertemu Menteri Rudiantara.", P3]);
        let changes = diff_blocks(&old, &new);
        assert_eq!(shape(&changes), "UCU");
        let BlockChange::Changed { diff, .. } = &changes[1] else { unreachable!() };
        assert_eq!(diff.words_added, 1);
        assert_eq!(diff.words_removed, 0);
    }

    #[test]
    fn added_and_removed_paragraphs() {
        assert_eq!(shape(&diff_blocks(&paras(&[P1, P3]), &paras(&[P1, P2, P3]))), "UAU");
        assert_eq!(shape(&diff_blocks(&paras(&[P1, P2, P3]), &paras(&[P1, P3]))), "URU");
        assert_eq!(shape(&diff_blocks(&paras(&[]), &paras(&[P1]))), "A");
    }

    #[test]
    fn unrelated_replacement_is_removed_then_added() {
        assert_eq!(shape(&diff_blocks(&paras(&[P1, P2, P3]), &paras(&[P1, P4, P3]))), "URAU");
    }

    #[test]
    fn paragraph_moved_to_the_end_is_a_move() {
        let changes = diff_blocks(&paras(&[P1, P2, P3, P4]), &paras(&[P2, P3, P4, P1]));
        assert_eq!(shape(&changes), "UUUM");
        assert!(matches!(changes[3], BlockChange::Moved { old_index: 0, new_index: 3, .. }));
    }

    #[test]
    fn formatting_and_kind_changes_are_changes() {
        let old = paras(&[P1]);
        let mut bold = old.clone();
        bold[0].runs = vec![Run::marked("Durov", vec![Mark::Bold]), Run::plain(&P1["Durov".len()..])];
        let changes = diff_blocks(&old, &bold);
        assert!(matches!(&changes[0], BlockChange::Changed { marks_changed: true, diff, .. } if diff.is_unchanged()));
        let quote = vec![Block::new(BlockKind::Quote, P1)];
        assert!(matches!(diff_blocks(&old, &quote)[0], BlockChange::Changed { new_kind: BlockKind::Quote, marks_changed: false, .. }));
    }

    #[test]
    fn every_block_of_both_sides_appears_once() {
        let old = paras(&[P1, P2, P3, P4, P2]);
        let new = paras(&[P4, "Baru sama sekali.", P2, P1, "Ia tampil santai dengan kaus hitam."]);
        let changes = diff_blocks(&old, &new);
        let mut olds: Vec<usize> = Vec::new();
        let mut news: Vec<usize> = Vec::new();
        for change in &changes {
            match *change {
                BlockChange::Unchanged { old_index, new_index, .. }
                | BlockChange::Changed { old_index, new_index, .. }
                | BlockChange::Moved { old_index, new_index, .. } => {
                    olds.push(old_index);
                    news.push(new_index);
                }
                BlockChange::Added { new_index, .. } => news.push(new_index),
                BlockChange::Removed { old_index, .. } => olds.push(old_index),
            }
        }
        olds.sort();
        news.sort();
        assert_eq!(olds, (0..old.len()).collect::<Vec<_>>());
        assert_eq!(news, (0..new.len()).collect::<Vec<_>>());
    }

    proptest::proptest! {
        /// Whatever the edit, every block of both versions is accounted for exactly once, and
        /// each changed block's spans rebuild its new text.
        #[test]
        fn alignment_accounts_for_every_block(
            old in proptest::collection::vec(0usize..6, 0..12),
            new in proptest::collection::vec(0usize..6, 0..12),
            tweak in proptest::collection::vec(proptest::bool::ANY, 12),
        ) {
            let pool = [P1, P2, P3, P4, "Satu dua tiga.", "Satu dua empat."];
            let old_blocks: Vec<Block> = old.iter().map(|&i| Block::paragraph(pool[i])).collect();
            let new_blocks: Vec<Block> = new
                .iter()
                .zip(&tweak)
                .map(|(&i, &t)| Block::paragraph(if t { pool[i].replacen(' ', ", ", 1) } else { pool[i].to_string() }))
                .collect();
            let changes = diff_blocks(&old_blocks, &new_blocks);
            let mut olds = Vec::new();
            let mut news = Vec::new();
            for change in &changes {
                match change {
                    BlockChange::Unchanged { old_index, new_index, .. } | BlockChange::Moved { old_index, new_index, .. } => {
                        proptest::prop_assert_eq!(old_blocks[*old_index].text(), new_blocks[*new_index].text());
                        olds.push(*old_index);
                        news.push(*new_index);
                    }
                    BlockChange::Changed { old_index, new_index, diff, .. } => {
                        proptest::prop_assert_eq!(diff.new_text(), new_blocks[*new_index].text());
                        olds.push(*old_index);
                        news.push(*new_index);
                    }
                    BlockChange::Added { new_index, .. } => news.push(*new_index),
                    BlockChange::Removed { old_index, .. } => olds.push(*old_index),
                }
            }
            olds.sort_unstable();
            news.sort_unstable();
            proptest::prop_assert_eq!(olds, (0..old_blocks.len()).collect::<Vec<_>>());
            proptest::prop_assert_eq!(news, (0..new_blocks.len()).collect::<Vec<_>>());
        }
    }
}
