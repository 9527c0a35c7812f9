//! What words a language has: Hunspell dictionaries, a frequency list, and (for Indonesian) the
//! roots behind affixes; plus ranked suggestions for words it does not have.

pub mod morphology;
pub mod symspell;
pub mod variants;

use crate::frequencies::Frequencies;
use crate::lang::Language;
use rustc_hash::FxHashMap;
use symspell::SymSpell;

/// Standard Indonesian words newer than the dictionaries, each with its source (see
/// data/README.md); reviewed like code.
pub const NEW_WORDS_ID: &str = include_str!("../../data/new-words-id.tsv");

/// The words of a `word<TAB>source<TAB>note` list (the header skipped).
pub fn parse_word_list(tsv: &str) -> Vec<&str> {
    read_word_list(tsv).0
}

/// The same, with the rows it could not read: each needs a word and its source.
pub fn read_word_list(tsv: &str) -> (Vec<&str>, Vec<crate::tsv::BadRow>) {
    let mut words = Vec::new();
    let bad = crate::tsv::read(tsv, 3..=3, true, |fields| {
        crate::tsv::required(fields[1], "source")?;
        words.push(crate::tsv::required(fields[0], "word")?);
        Ok(())
    });
    (words, bad)
}

/// The words of one language.
pub struct Lexicon {
    language: Language,
    hunspell: Vec<spellbook::Dictionary>,
    frequencies: FxHashMap<Box<str>, f32>,
    suggestions: SymSpell,
    /// The dictionaries' own stems (roots as listed in the `.dic` files, before any affix).
    stems: rustc_hash::FxHashSet<Box<str>>,
    /// Answers already given: copy repeats its words, so a long document asks about far fewer
    /// distinct words than it has.
    memo: Memo,
}

/// Suggestions are remembered up to this many per word.
const MEMO_SUGGESTIONS: usize = 9;
/// A memo is emptied when it grows past this many words.
const MEMO_LIMIT: usize = 200_000;

/// Remembered answers of a lexicon, by word.
#[derive(Default)]
struct Memo {
    knows: MemoMap<bool>,
    affixes: MemoMap<bool>,
    variants: MemoMap<Option<String>>,
    suggestions: MemoMap<Vec<String>>,
    neighbours: MemoMap<Vec<String>>,
}

/// One remembered answer per word, behind a lock (a failed lock only costs recomputation).
struct MemoMap<V>(std::sync::Mutex<FxHashMap<Box<str>, V>>);

impl<V> Default for MemoMap<V> {
    fn default() -> Self {
        MemoMap(std::sync::Mutex::new(FxHashMap::default()))
    }
}

impl<V: Clone> MemoMap<V> {
    fn get_or_insert_with(&self, word: &str, compute: impl FnOnce() -> V) -> V {
        if let Some(value) = self.0.lock().ok().and_then(|map| map.get(word).cloned()) {
            return value;
        }
        let value = compute();
        if let Ok(mut map) = self.0.lock() {
            if map.len() >= MEMO_LIMIT {
                map.clear();
            }
            map.insert(word.into(), value.clone());
        }
        value
    }
}

/// Only words at least this frequent (Zipf) are accepted from the frequency list alone or
/// offered as suggestions; below it, web lists carry misspellings.
const MIN_ACCEPT_ZIPF: f32 = 3.0;
/// A root reached by stripping affixes must be in a Hunspell dictionary, or at least this
/// frequent on its own (web lists below it carry fragments like "ding" and "ngan").
const MIN_ROOT_ZIPF: f32 = 4.0;
/// A listed word the dictionaries reject is taken for a slip when a neighbour one edit away is
/// this much more frequent (Zipf points: 1.0 is ten times) and the dictionaries accept it.
const DOMINANCE: f32 = 1.0;
/// Words at least this frequent are the commonest few thousand: one is taken for a slip only of
/// a word a hundred times commoner ("ri" of "di"), and a derived form one slip from one of them
/// is that word mistyped.
const COMMON_ZIPF: f32 = 4.5;
/// Dictionary stems missing from the frequency list are suggested with this frequency.
const RARE_STEM_ZIPF: f32 = 1.5;
/// Typing slips rarely hit the first letter: among equally close suggestions, one that keeps it
/// gets this bonus (in Zipf points, about thirty times the frequency).
const SAME_FIRST_LETTER_BONUS: f32 = 1.5;

impl Lexicon {
    /// Builds a lexicon from Hunspell dictionaries and a frequency list.
    pub fn new(language: Language, hunspell: Vec<spellbook::Dictionary>, frequencies: &Frequencies) -> Lexicon {
        Lexicon::with_stems(language, hunspell, frequencies, &[])
    }

    /// Builds a lexicon whose suggestions also cover the dictionaries' own stems (`.dic` text),
    /// so rare standard words (akikah, adjuvan) can be suggested; unlisted stems rank last.
    pub fn with_stems(
        language: Language,
        hunspell: Vec<spellbook::Dictionary>,
        frequencies: &Frequencies,
        dic_texts: &[String],
    ) -> Lexicon {
        let mut frequencies = frequencies.clone();
        // Standard words newer than the dictionaries count as roots: listed at least as often as
        // an ordinary root, so their affixed and clitic forms are known too.
        if language == Language::Indonesian {
            for word in parse_word_list(NEW_WORDS_ID) {
                let zipf = frequencies.entry(word.into()).or_insert(MIN_ROOT_ZIPF);
                *zipf = zipf.max(MIN_ROOT_ZIPF);
            }
        }
        let mut ranked: Vec<(String, f32)> =
            frequencies.iter().filter(|(_, &z)| z >= MIN_ACCEPT_ZIPF).map(|(w, &z)| (w.to_string(), z)).collect();
        let listed: std::collections::HashSet<&str> = ranked.iter().map(|(word, _)| word.as_str()).collect();
        let all_stems: rustc_hash::FxHashSet<Box<str>> = dic_texts
            .iter()
            .flat_map(|dic| dic.lines().skip(1))
            .map(|line| line.split('/').next().unwrap_or_default().trim())
            .filter(|stem| stem.chars().all(|c| c.is_lowercase() || c == '-'))
            .map(Box::from)
            .collect();
        let mut stems: Vec<String> =
            all_stems.iter().filter(|stem| stem.chars().count() >= 3 && !listed.contains(&***stem)).map(|stem| stem.to_string()).collect();
        stems.sort();
        stems.dedup();
        ranked.extend(stems.into_iter().map(|stem| (stem, RARE_STEM_ZIPF)));
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Lexicon { language, hunspell, suggestions: SymSpell::new(ranked), frequencies, stems: all_stems, memo: Memo::default() }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// True when `lower` is listed as a stem in the dictionaries: a root or a word the
    /// dictionary lists whole ("makan", "letak"), as opposed to a form its affix rules derive
    /// ("gerakan" from "gerak").
    pub fn is_stem(&self, lower: &str) -> bool {
        self.stems.contains(lower)
    }

    /// True when `lower` is a root for affix analysis: a dictionary stem, or frequent enough
    /// on its own to be one.
    pub fn is_root(&self, lower: &str) -> bool {
        self.is_stem(lower) || (self.in_list(lower, MIN_ROOT_ZIPF) && self.hunspell_knows(lower))
    }

    /// True when Hunspell dictionaries were loaded (otherwise only the frequency list is used).
    pub fn has_hunspell(&self) -> bool {
        !self.hunspell.is_empty()
    }

    /// The word's frequency (Zipf scale) if it is in the list.
    pub fn zipf(&self, lower: &str) -> Option<f32> {
        self.frequencies.get(lower).copied()
    }

    fn in_list(&self, lower: &str, min_zipf: f32) -> bool {
        self.zipf(lower).is_some_and(|z| z >= min_zipf)
    }

    /// True when a Hunspell dictionary accepts `word` as written (its own affix rules included).
    pub fn hunspell_knows(&self, word: &str) -> bool {
        self.hunspell.iter().any(|dictionary| dictionary.check(word))
    }

    /// True when `word` (as written, any case) is a word of this language.
    pub fn knows(&self, word: &str) -> bool {
        self.memo.knows.get_or_insert_with(word, || self.knows_uncached(word))
    }

    fn knows_uncached(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        // A frequency list alone accepts a word only when no far commoner word is one slip from
        // it: lower-cased web text carries slips and fragments ("ri", "ii", "dna" beside "di",
        // "ini", "dan") as often as rarer real words. Asked first: one look-up in the suggestion
        // index costs less than the dictionaries' affix rules, and most words of copy are listed.
        if self.in_list(&lower, MIN_ACCEPT_ZIPF) && !self.is_dominated(&lower) {
            return true;
        }
        if self.hunspell_knows(word) || (lower != word && self.hunspell_knows(&lower)) {
            return true;
        }
        match self.language {
            // A derived form a far commoner word is one slip away from is that word mistyped
            // ("pengunaan" splits into pieces, but it is "penggunaan"; "perusahan" is in web
            // text, but it is "perusahaan"), unless writers use the form itself and it is a plain
            // prefix on a common word ("berbahan" is ber- + bahan, not a slip of "bertahan").
            // Only a form that needs a prefix to be explained is judged so; a known root with
            // suffixes and clitics ("datanya", "namai") is that root.
            Language::Indonesian => {
                !self.is_nya_slip_after_an(&lower)
                    && (self.knows_by_suffixes(&lower)
                        || (self.knows_by_affixes(&lower)
                            && (self.is_plain_prefix_on_common_word(&lower) || !self.is_slip_of_common_word(&lower))))
            }
            Language::English => lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))
                .is_some_and(|stem| self.in_list(stem, MIN_ACCEPT_ZIPF) || self.hunspell_knows(stem)),
            _ => false,
        }
    }

    /// True when `lower` is a root ending in -an with -nya and one n lost ("anggaranya" for
    /// "anggarannya", "kebijakanya"): the -an word is common and far commoner than the word
    /// without its n that the form could also be read as ("anggara").
    fn is_nya_slip_after_an(&self, lower: &str) -> bool {
        let Some(stem) = lower.strip_suffix("anya") else { return false };
        let with_an = format!("{stem}an");
        let without_n = format!("{stem}a");
        let common = self.zipf(&with_an).unwrap_or(0.0);
        common >= MIN_ROOT_ZIPF && common >= self.zipf(&without_n).unwrap_or(0.0) + DOMINANCE && !self.hunspell_knows(lower)
    }

    /// True when `lower` is in the frequency list and is ber-, ter-, di-, ke- or se- on a common
    /// word of four letters or more, with no suffix and no sound change ("berbahan", "sebagian").
    fn is_plain_prefix_on_common_word(&self, lower: &str) -> bool {
        self.in_list(lower, MIN_ACCEPT_ZIPF)
            && ["ber", "ter", "di", "ke", "se"]
                .iter()
                .filter_map(|prefix| lower.strip_prefix(prefix))
                .any(|root| root.chars().count() >= 4 && self.in_list(root, COMMON_ZIPF))
    }

    /// True when stripping Indonesian affixes from `lower` reaches a known root.
    pub fn knows_by_affixes(&self, lower: &str) -> bool {
        self.memo.affixes.get_or_insert_with(lower, || self.knows_by_affixes_uncached(lower))
    }

    fn knows_by_affixes_uncached(&self, lower: &str) -> bool {
        morphology::candidate_roots(lower).iter().any(|root| self.is_affix_root(root))
    }

    /// True when a root reached by stripping affixes is a word: in a Hunspell dictionary, or
    /// frequent enough on its own, and three-letter roots only when the dictionary has them
    /// ("aah" + "nya" is a slip).
    fn is_affix_root(&self, root: &str) -> bool {
        let letters = root.chars().count();
        let long_enough = letters >= 4 || (letters == 3 && self.hunspell_knows(root));
        long_enough && (self.in_list(root, MIN_ROOT_ZIPF) || self.hunspell_knows(root))
    }

    /// True when stripping affixes other than the particle -pun reaches a known root
    /// ("dihimpun" is di- + himpun, not dihim + pun).
    pub fn knows_by_affixes_without_particles(&self, lower: &str) -> bool {
        morphology::candidate_roots(lower)
            .iter()
            .filter(|root| !lower.ends_with("pun") || root.ends_with("pun"))
            .any(|root| self.is_affix_root(root))
    }

    /// The most frequent listed word one edit from `lower` with at least `min_zipf`, if any (a
    /// look-up in the suggestion index only: no affix analysis, so it is cheap).
    pub fn common_neighbour(&self, lower: &str, min_zipf: f32) -> Option<String> {
        self.suggestions
            .lookup(lower, 1)
            .into_iter()
            .filter(|c| c.distance == 1 && c.zipf >= min_zipf)
            .max_by(|a, b| a.zipf.total_cmp(&b.zipf))
            .map(|c| c.word)
    }

    /// Every listed word one edit from `lower` with at least `min_zipf` that the dictionaries
    /// accept as written: the real words a slip of `lower` could have been meant as.
    pub fn real_neighbours(&self, lower: &str, min_zipf: f32) -> Vec<String> {
        let key = format!("{lower}\u{1f}{min_zipf}");
        self.memo.neighbours.get_or_insert_with(&key, || {
            self.suggestions
                .lookup(lower, 1)
                .into_iter()
                .filter(|c| c.distance == 1 && c.zipf >= min_zipf && self.hunspell_knows(&c.word))
                .map(|c| c.word)
                .collect()
        })
    }

    /// True when `lower` is a known root followed only by suffixes and clitics in the order
    /// Indonesian puts them: a derivational suffix (-kan, -an, -i), then a possessive (-ku, -mu,
    /// -nya), then a particle (-lah, -kah, -pun, -tah); at most two of them ("datanya",
    /// "namailah"; not "peremuan" as "pere" + -mu + -an).
    fn knows_by_suffixes(&self, lower: &str) -> bool {
        const DERIVATIONAL: &[&str] = &["kan", "an", "i"];
        let mut stems: Vec<(&str, usize)> = vec![(lower, 0)];
        for layer in [morphology::PARTICLES, morphology::POSSESSIVES, DERIVATIONAL] {
            let more: Vec<(&str, usize)> = stems
                .iter()
                .flat_map(|&(stem, n)| layer.iter().filter_map(move |e| stem.strip_suffix(e)).map(move |s| (s, n + 1)))
                .collect();
            stems.extend(more);
        }
        // A three-letter root with a suffix ("bak" + -an) explains an unlisted word only when no
        // common word is one slip from it ("bakan" is "bukan" or "bahkan" mistyped).
        let short_root_only = |root: &str| root.chars().count() == 3 && self.zipf(lower).is_none() && self.is_slip_of_common_word(lower);
        stems.into_iter().any(|(root, n)| (1..=2).contains(&n) && self.is_affix_root(root) && !short_root_only(root))
    }

    /// True when a derived form is one slip from a far commoner word that starts the same way
    /// ("pengunaan" beside "penggunaan", "perjalaan" beside "perjalanan").
    fn is_slip_of_common_word(&self, lower: &str) -> bool {
        if self.hunspell.is_empty() || lower.chars().count() < 5 {
            return false;
        }
        let first = lower.chars().next();
        self.suggestions.lookup(lower, 1).iter().any(|candidate| {
            candidate.distance == 1
                && candidate.zipf >= COMMON_ZIPF
                && candidate.word.chars().next() == first
                && (self.hunspell_knows(&candidate.word) || self.knows_by_affixes(&candidate.word))
        })
    }

    /// True when a word the dictionaries reject is in the frequency list only as a common slip
    /// of a far more frequent word one edit away that they accept ("lainya" beside "lainnya",
    /// "untk" beside "untuk"). Web text is full of such slips; frequency is not correctness.
    fn is_dominated(&self, lower: &str) -> bool {
        if self.hunspell.is_empty() {
            return false;
        }
        let own = self.zipf(lower).unwrap_or(0.0);
        // A common word ("seiring", "serba") needs a neighbour a hundred times commoner to be
        // taken for its slip; a rarer one, ten times.
        let margin = if own >= COMMON_ZIPF { 2.0 * DOMINANCE } else { DOMINANCE };
        self.suggestions
            .lookup(lower, 1)
            .iter()
            .any(|candidate| candidate.distance == 1 && candidate.zipf >= own + margin && self.hunspell_knows(&candidate.word))
    }

    /// The standard spelling a non-standard Indonesian word points to: a variant (see
    /// [`variants`]) that the dictionary accepts and that is in common use, when the word itself
    /// is not in the dictionary. `None` for English, and without Hunspell.
    pub fn standard_variant(&self, lower: &str) -> Option<String> {
        self.memo.variants.get_or_insert_with(lower, || self.standard_variant_uncached(lower))
    }

    fn standard_variant_uncached(&self, lower: &str) -> Option<String> {
        if self.language != Language::Indonesian || self.hunspell.is_empty() || self.hunspell_knows(lower) {
            return None;
        }
        // A variant much rarer than the word is another word ("tapi" is not a slip of "tepi").
        // A word no list has may point to a rare standard word (akekah -> akikah), unless a
        // common word is one typing slip away (then it is a typo, for the spelling rule).
        let own = self.zipf(lower);
        let nearest_slip = if own.is_none() {
            self.suggestions.lookup(lower, 1).iter().filter(|c| c.distance == 1).map(|c| c.zipf).fold(0.0, f32::max)
        } else {
            0.0
        };
        let floor = match own {
            Some(zipf) => (zipf - 0.3).max(MIN_ACCEPT_ZIPF),
            None if nearest_slip >= 3.5 => MIN_ACCEPT_ZIPF,
            None => 0.0,
        };
        let candidates = if own.is_some() { variants::consonant_variants(lower) } else { variants::variants(lower) };
        let (variant, zipf) = candidates
            .into_iter()
            .map(|variant| {
                let zipf = self.zipf(&variant).unwrap_or(RARE_STEM_ZIPF);
                (variant, zipf)
            })
            .filter(|(variant, zipf)| *zipf >= floor && self.hunspell_knows(variant))
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
        // A far more common word one slip away makes a typo likelier ("ruamh" is "rumah" mistyped,
        // not a variant of "ruam").
        (nearest_slip < zipf + DOMINANCE).then_some(variant)
    }

    /// True when the word itself is in the frequency list or a Hunspell dictionary (no affix
    /// analysis): for checking a form the checker builds itself.
    pub fn knows_directly(&self, word: &str) -> bool {
        self.in_list(&word.to_lowercase(), MIN_ACCEPT_ZIPF) || self.hunspell_knows(word)
    }

    /// True when the lower-case word is a common word in its own right: in a Hunspell dictionary
    /// as a lower-case word (names there are capitalised), or among the most frequent words.
    /// Frequency lists are lower-cased and full of names, so only their top is trusted here.
    pub fn is_common_lowercase(&self, lower: &str) -> bool {
        self.hunspell_knows(lower) || self.in_list(lower, 5.2)
    }

    /// Up to `limit` corrections for `word`, best first, in the word's own capitalisation.
    pub fn suggest(&self, word: &str, limit: usize) -> Vec<String> {
        let mut found = self.memo.suggestions.get_or_insert_with(word, || self.suggest_uncached(word, MEMO_SUGGESTIONS));
        found.truncate(limit);
        found
    }

    fn suggest_uncached(&self, word: &str, limit: usize) -> Vec<String> {
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let first = lower.chars().next();
        let score = |c: &symspell::Candidate| c.zipf + if c.word.chars().next() == first { SAME_FIRST_LETTER_BONUS } else { 0.0 };
        let mut candidates = self.suggestions.lookup(&lower, 2);
        // Derived forms are rarely in the lists ("diserukan"): when no listed word is one edit
        // away, try every one-edit form against the dictionary and the affix rules.
        if self.language == Language::Indonesian && !candidates.iter().any(|c| c.distance == 1) && lower.chars().count() <= 24 {
            for form in one_edit_forms(&lower) {
                if self.hunspell_knows(&form) || self.knows_by_affixes(&form) {
                    let zipf = self.zipf(&form).unwrap_or(RARE_STEM_ZIPF);
                    candidates.push(symspell::Candidate { word: form, distance: 1, zipf });
                }
            }
        }
        candidates.sort_by(|a, b| a.distance.cmp(&b.distance).then(score(b).total_cmp(&score(a))));
        let mut found: Vec<String> = Vec::new();
        // A lost n before -nya has one right form.
        if self.language == Language::Indonesian && self.is_nya_slip_after_an(&lower) {
            let right = format!("{}nnya", lower.trim_end_matches("nya"));
            found.push(if capitalised { capitalise(&right) } else { right });
        }
        for candidate in candidates {
            if candidate.distance == 0 {
                continue;
            }
            let text = if capitalised { capitalise(&candidate.word) } else { candidate.word };
            if !found.contains(&text) {
                found.push(text);
            }
            if found.len() == limit {
                break;
            }
        }
        found
    }
}

/// Every string one deletion, adjacent transposition, substitution or insertion (of a-z) away.
fn one_edit_forms(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut forms = Vec::new();
    for i in 0..=chars.len() {
        for letter in 'a'..='z' {
            let mut inserted = chars.clone();
            inserted.insert(i, letter);
            forms.push(inserted.into_iter().collect());
        }
        if i == chars.len() {
            break;
        }
        let mut deleted = chars.clone();
        deleted.remove(i);
        forms.push(deleted.into_iter().collect());
        for letter in 'a'..='z' {
            if letter != chars[i] {
                let mut replaced = chars.clone();
                replaced[i] = letter;
                forms.push(replaced.into_iter().collect());
            }
        }
        if i + 1 < chars.len() && chars[i] != chars[i + 1] {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            forms.push(swapped.into_iter().collect());
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

/// "jakarta" -> "Jakarta".
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
