//! Spelling variants: the standard form a non-standard Indonesian spelling points to.
//!
//! Most non-standard (tidak baku) spellings differ from the standard form in a few known ways
//! (PUEBI, and KBBI's arrow entries): e/i and o/u vowels (nasehat -> nasihat, apotik ->
//! apotek), a/e (sekedar -> sekadar), f/p/v (aktifitas -> aktivitas), j/z (ijin -> izin), y/j
//! (obyek -> objek), w/u (kwalitas -> kualitas), the spellings of Arabic and Dutch sounds (sh,
//! dh, th, kh, ts, ch), a dropped or added h (silahkan -> silakan, himbau -> imbau), doubled
//! letters, and a final s (respon -> respons). Variants are generated from these alone, not from
//! any edit, so two unrelated words are not confused.

/// Substitutions between spellings, both directions listed.
const SWAPS: &[(&str, &str)] = &[
    ("e", "i"),
    ("i", "e"),
    ("o", "u"),
    ("u", "o"),
    ("e", "a"),
    ("a", "e"),
    ("f", "p"),
    ("p", "f"),
    ("f", "v"),
    ("v", "f"),
    ("j", "z"),
    ("z", "j"),
    ("y", "j"),
    ("w", "u"),
    ("kw", "ku"),
    ("sh", "s"),
    ("sh", "sy"),
    ("dh", "d"),
    ("th", "t"),
    ("ts", "s"),
    ("ch", "kh"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("ph", "f"),
    ("kh", "k"),
    ("dz", "z"),
];

/// The vowel swaps: the most common differences, and the likeliest to join two real words.
const VOWEL_SWAPS: usize = 6;

/// Every variant of `lower` one such change away.
pub fn variants(lower: &str) -> Vec<String> {
    variants_with(lower, true)
}

/// Variants without vowel swaps: for words common enough to be in the frequency list, where a
/// vowel change more often makes another word (angkot, angkut) than the standard spelling.
pub fn consonant_variants(lower: &str) -> Vec<String> {
    variants_with(lower, false)
}

fn variants_with(lower: &str, vowels: bool) -> Vec<String> {
    let mut out = Vec::new();
    let swaps = if vowels { SWAPS } else { &SWAPS[VOWEL_SWAPS..] };
    for (from, to) in swaps {
        for (at, _) in lower.match_indices(from) {
            out.push(format!("{}{}{}", &lower[..at], to, &lower[at + from.len()..]));
        }
    }
    let chars: Vec<(usize, char)> = lower.char_indices().collect();
    for (index, &(at, ch)) in chars.iter().enumerate() {
        // A dropped h, or one too many.
        if ch == 'h' {
            out.push(format!("{}{}", &lower[..at], &lower[at + 1..]));
        } else if matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u') {
            out.push(format!("{}h{}", &lower[..at], &lower[at..]));
        }
        // Doubled letters halved, and single ones doubled.
        if index > 0 && chars[index - 1].1 == ch {
            out.push(format!("{}{}", &lower[..at], &lower[at + ch.len_utf8()..]));
        } else {
            out.push(format!("{}{ch}{}", &lower[..at], &lower[at..]));
        }
    }
    out.push(format!("{lower}s"));
    out.retain(|v| v != lower && v.chars().count() >= 3);
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_patterns_are_generated() {
        for (wrong, right) in [
            ("nasehat", "nasihat"),
            ("apotik", "apotek"),
            ("sekedar", "sekadar"),
            ("aktifitas", "aktivitas"),
            ("ijin", "izin"),
            ("obyek", "objek"),
            ("kwalitas", "kualitas"),
            ("silahkan", "silakan"),
            ("himbau", "imbau"),
            ("respon", "respons"),
            ("shalat", "salat"),
            ("praktek", "praktik"),
        ] {
            assert!(variants(wrong).contains(&right.to_string()), "{wrong} -> {right}");
        }
    }
}
