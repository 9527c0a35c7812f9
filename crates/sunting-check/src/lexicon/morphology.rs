//! Indonesian affixes: the roots a derived word may come from.
//!
//! Debian's id_ID dictionary knows 31,000 stems but misses many correct derived forms
//! (perpesanan, pemblokiran, ditengarai, setelahnya, memastikannya). A word whose affixes strip
//! to a known root is accepted. Roots must be at least three letters, and at least one affix
//! must be stripped; the nasal prefixes meN- and peN- restore the consonant they replaced
//! (menulis -> tulis, memukul -> pukul, mengirim -> kirim, menyapu -> sapu).

/// Enclitic particles and possessives, outermost first.
const PARTICLES: &[&str] = &["lah", "kah", "pun", "tah"];
const POSSESSIVES: &[&str] = &["nya", "ku", "mu"];
const SUFFIXES: &[&str] = &["kan", "an", "i", "isme", "isasi", "is", "wan", "wati", "nisasi"];
/// Bound forms written together with any word (PUEBI): nontunai, antarkota, pascagempa.
const BOUND_PREFIXES: &[&str] = &[
    "non", "antar", "anti", "pasca", "pra", "pro", "swa", "tuna", "eka", "dwi", "tri", "multi", "semi", "sub", "super", "ultra", "de",
    "re", "inter", "intra", "kontra", "mikro", "makro", "neo", "pan", "para", "purna", "serba", "tata", "trans", "bio", "geo", "infra",
    "ekstra",
];

/// Every candidate root of `word` (lower-case), most stripped last. May contain non-words.
pub fn candidate_roots(word: &str) -> Vec<String> {
    let mut stems: Vec<String> = vec![word.to_string()];
    for list in [PARTICLES, POSSESSIVES, SUFFIXES] {
        let mut more = Vec::new();
        for stem in &stems {
            for suffix in list {
                if let Some(rest) = stem.strip_suffix(suffix) {
                    if rest.chars().count() >= 3 {
                        more.push(rest.to_string());
                    }
                }
            }
        }
        stems.extend(more);
    }
    let mut roots = Vec::new();
    for stem in &stems {
        if stem != word {
            roots.push(stem.clone());
        }
        for root in strip_prefixes(stem) {
            if root.chars().count() >= 3 && root != word {
                roots.push(root);
            }
        }
    }
    roots.sort();
    roots.dedup();
    roots
}

/// Roots after removing one or two prefixes (memper-, diper-, meN-, peN-, ber-, ter-, di-, ke-,
/// se-, per-, ku-, kau-).
fn strip_prefixes(stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    for first in strip_one_prefix(stem) {
        out.extend(strip_one_prefix(&first).into_iter().filter(|_| first.len() + 2 < stem.len()));
        out.push(first);
    }
    out
}

fn strip_one_prefix(stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in BOUND_PREFIXES {
        if let Some(rest) = stem.strip_prefix(prefix) {
            out.push(rest.trim_start_matches('-').to_string());
        }
    }
    let plain = ["memper", "diper", "ber", "ter", "per", "di", "ke", "se", "kau", "ku", "be", "te", "pe", "bel", "pel"];
    for prefix in plain {
        if let Some(rest) = stem.strip_prefix(prefix) {
            out.push(rest.to_string());
        }
    }
    for nasal in ["me", "pe"] {
        let Some(rest) = stem.strip_prefix(nasal) else {
            continue;
        };
        out.extend(nasal_roots(rest));
    }
    out
}

/// Roots behind a nasal prefix: `rest` is what follows "me" or "pe".
fn nasal_roots(rest: &str) -> Vec<String> {
    let starts_vowel = |s: &str| s.starts_with(['a', 'e', 'i', 'o', 'u']);
    let mut out = Vec::new();
    if let Some(after) = rest.strip_prefix("ng") {
        out.push(after.to_string()); // mengambil, menggali, mengharap
        if starts_vowel(after) {
            out.push(format!("k{after}")); // mengirim <- kirim
        }
    }
    if let Some(after) = rest.strip_prefix("ny") {
        if starts_vowel(after) {
            out.push(format!("s{after}")); // menyapu <- sapu
        }
    }
    if let Some(after) = rest.strip_prefix('m') {
        out.push(after.to_string()); // membaca
        if starts_vowel(after) {
            out.push(format!("p{after}")); // memukul <- pukul
        }
    }
    if let Some(after) = rest.strip_prefix('n') {
        out.push(after.to_string()); // mendengar
        if starts_vowel(after) {
            out.push(format!("t{after}")); // menulis <- tulis
        }
    }
    if rest.starts_with(['l', 'r', 'w', 'y', 'm', 'n']) {
        out.push(rest.to_string()); // melihat, merasa
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn has_root(word: &str, root: &str) {
        let roots = candidate_roots(word);
        assert!(roots.iter().any(|r| r == root), "{word}: {roots:?}");
    }

    #[test]
    fn finds_the_roots_of_derived_forms() {
        has_root("perpesanan", "pesan");
        has_root("pemblokiran", "blokir");
        has_root("ditengarai", "tengara");
        has_root("setelahnya", "setelah");
        has_root("memastikannya", "pasti");
        has_root("mengirimkan", "kirim");
        has_root("menyapu", "sapu");
        has_root("menulisnya", "tulis");
        has_root("memperbaiki", "baik");
        has_root("dipertanyakan", "tanya");
        has_root("ujarnya", "ujar");
        has_root("apapun", "apa");
        has_root("nontunai", "tunai");
        has_root("antarkepala", "kepala");
        has_root("ekstremisme", "ekstrem");
        has_root("deradikalisasi", "radikal");
    }

    #[test]
    fn a_typo_does_not_strip_to_its_root() {
        assert!(!candidate_roots("mengatasai").contains(&"atas".to_string()));
        assert!(candidate_roots("padaya").iter().all(|r| r != "pada"));
    }
}
