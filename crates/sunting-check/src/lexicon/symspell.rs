//! Fast ranked suggestions: a symmetric-delete index over a frequency-ranked word list.
//!
//! Every word and every form of it with one character deleted is indexed. Looking up a
//! misspelling and its own one-deletion forms finds every word within one insertion, deletion,
//! substitution or adjacent transposition, without scanning the list. Words two edits away are
//! found by a bounded scan, which only runs when nothing is one edit away.

/// One candidate correction.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The suggested word.
    pub word: String,
    /// Its edit distance (optimal string alignment) from the misspelling.
    pub distance: usize,
    /// Its frequency (Zipf scale, 0-8).
    pub zipf: f32,
}

/// The index.
#[derive(Debug, Default, Clone)]
pub struct SymSpell {
    words: Vec<(Box<str>, f32)>,
    /// The same words as characters, for the distance computations.
    chars: Vec<Box<[char]>>,
    /// Which letters each word contains (see [`letter_mask`]).
    masks: Vec<u64>,
    /// (hash of a word or of one of its one-deletion forms, word id), sorted: one flat array
    /// instead of a map of small vectors, so building the index costs one sort.
    deletes: Vec<(u64, u32)>,
}

impl SymSpell {
    /// Indexes `words` (word, Zipf frequency).
    pub fn new(words: impl IntoIterator<Item = (String, f32)>) -> SymSpell {
        let mut index = SymSpell::default();
        for (word, zipf) in words {
            let id = index.words.len() as u32;
            let chars: Vec<char> = word.chars().collect();
            index.deletes.push((hash_chars(&chars, usize::MAX), id));
            for skip in 0..chars.len() {
                index.deletes.push((hash_chars(&chars, skip), id));
            }
            index.words.push((word.into_boxed_str(), zipf));
            index.masks.push(letter_mask(&chars));
            index.chars.push(chars.into_boxed_slice());
        }
        index.deletes.sort_unstable();
        index.deletes.dedup();
        index
    }

    /// How many words are indexed.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Words within `max_distance` (1 or 2) of `input`, closest first, then most frequent.
    pub fn lookup(&self, input: &str, max_distance: usize) -> Vec<Candidate> {
        let chars: Vec<char> = input.chars().collect();
        let mut seen: Vec<u32> = Vec::new();
        let mut candidates = Vec::new();
        let keys = std::iter::once(usize::MAX).chain(0..chars.len());
        for skip in keys {
            let key = hash_chars(&chars, skip);
            let from = self.deletes.partition_point(|&(hash, _)| hash < key);
            for &(_, id) in self.deletes[from..].iter().take_while(|&&(hash, _)| hash == key) {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let (word, zipf) = &self.words[id as usize];
                let distance = osa_distance_chars(&chars, &self.chars[id as usize], 1);
                if distance <= 1 {
                    candidates.push(Candidate { word: word.to_string(), distance, zipf: *zipf });
                }
            }
        }
        if candidates.is_empty() && max_distance >= 2 && chars.len() >= 5 {
            let mask = letter_mask(&chars);
            for (((word, zipf), word_chars), word_mask) in self.words.iter().zip(&self.chars).zip(&self.masks) {
                // Each edit changes at most two letters' presence: more than four differ, more
                // than two edits.
                if word_chars.len().abs_diff(chars.len()) > 2 || (mask ^ word_mask).count_ones() > 4 {
                    continue;
                }
                let distance = osa_distance_chars(&chars, word_chars, 2);
                if distance <= 2 {
                    candidates.push(Candidate { word: word.to_string(), distance, zipf: *zipf });
                }
            }
        }
        candidates.sort_by(|a, b| a.distance.cmp(&b.distance).then(b.zipf.total_cmp(&a.zipf)).then_with(|| a.word.cmp(&b.word)));
        candidates
    }
}

/// A bit per letter present (a-z, then one bit for anything else, hashed into the rest).
fn letter_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0u64, |mask, &c| {
        let bit = if c.is_ascii_lowercase() { c as u32 - 'a' as u32 } else { 26 + (c as u32 % 38) };
        mask | (1 << bit)
    })
}

/// FNV-1a over the characters, leaving out the one at `skip`.
fn hash_chars(chars: &[char], skip: usize) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (index, ch) in chars.iter().enumerate() {
        if index == skip {
            continue;
        }
        hash ^= *ch as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash ^ (chars.len() - usize::from(skip < chars.len())) as u64
}

/// Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits of one
/// substring), returning `bound + 1` as soon as the distance must exceed `bound`.
pub fn osa_distance(a: &[char], b: &str, bound: usize) -> usize {
    let b: Vec<char> = b.chars().collect();
    osa_distance_chars(a, &b, bound)
}

/// [`osa_distance`] on two character slices, without allocating for words of up to 63
/// characters.
pub fn osa_distance_chars(a: &[char], b: &[char], bound: usize) -> usize {
    if a.len().abs_diff(b.len()) > bound {
        return bound + 1;
    }
    let width = b.len() + 1;
    if width > 64 || a.len() >= 64 {
        return bound + 1;
    }
    let mut rows = [[0u8; 64]; 3];
    let [mut previous2, mut previous, mut current] = [0, 1, 2];
    for (j, cell) in rows[previous][..width].iter_mut().enumerate() {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        rows[current][0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut value = (rows[previous][j] + 1).min(rows[current][j - 1] + 1).min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(rows[previous2][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        if row_min as usize > bound {
            return bound + 1;
        }
        (previous2, previous, current) = (previous, current, previous2);
    }
    (rows[previous][b.len()] as usize).min(bound + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SymSpell {
        SymSpell::new(
            [
                ("mengatasi", 4.7),
                ("padanya", 4.8),
                ("pada", 6.0),
                ("penumpang", 4.5),
                ("menumpang", 3.9),
                ("operasional", 4.4),
                ("panda", 3.0),
            ]
            .into_iter()
            .map(|(w, z)| (w.to_string(), z)),
        )
    }

    #[track_caller]
    fn first(input: &str) -> String {
        index().lookup(input, 2).first().map(|c| c.word.clone()).unwrap_or_default()
    }

    #[test]
    fn finds_every_kind_of_single_edit() {
        assert_eq!(first("mengatasai"), "mengatasi"); // insertion
        assert_eq!(first("padaya"), "padanya"); // deletion
        assert_eq!(first("penumpnag"), "penumpang"); // transposition
        assert_eq!(first("opersional"), "operasional"); // deletion
        assert_eq!(first("penumpank"), "penumpang"); // substitution
    }

    #[test]
    fn ranks_by_distance_then_frequency() {
        let found = index().lookup("penumpang", 1);
        assert_eq!(found[0].word, "penumpang");
        assert_eq!(found[0].distance, 0);
        assert_eq!(found[1].word, "menumpang");
    }

    #[test]
    fn two_edits_only_when_nothing_is_closer() {
        let found = index().lookup("opresional", 2);
        assert_eq!(found[0].word, "operasional");
        assert_eq!(found[0].distance, 2);
        assert!(index().lookup("zzzzzz", 2).is_empty());
    }

    #[test]
    fn osa_distance_is_bounded() {
        let a: Vec<char> = "Rudiatara".chars().collect();
        assert_eq!(osa_distance(&a, "Rudiantara", 2), 1);
        assert_eq!(osa_distance(&a, "Rudi", 2), 3);
    }
}
