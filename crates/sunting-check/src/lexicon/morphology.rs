//! Indonesian affixes: the roots a derived word may come from.
//!
//! Debian's id_ID dictionary knows 31,000 stems but misses many correct derived forms
//! (perpesanan, pemblokiran, ditengarai, setelahnya, memastikannya). A word whose affixes strip
//! to a known root is accepted. Only the combinations Indonesian actually builds are tried
//! (di-...-kan, meN-...-i, peN-...-an, ke-...-an, ber-...-an; not di-...-an), the nasal
//! prefixes restore the consonant they replaced (menulis -> tulis, memukul -> pukul, mengirim ->
//! kirim, menyapu -> sapu), and roots must have at least three letters.

/// Enclitic particles (outermost).
pub const PARTICLES: &[&str] = &["lah", "kah", "pun", "tah"];
/// Possessive clitics.
pub const POSSESSIVES: &[&str] = &["nya", "ku", "mu"];
/// Loan suffixes that attach to roots (ekstremisme, radikalisasi, olahragawan).
const LOAN_SUFFIXES: &[&str] = &["isme", "isasi", "nisasi", "is", "wan", "wati", "isir"];
/// Bound forms written together with any word (PUEBI): nontunai, antarkota, pascagempa.
const BOUND_PREFIXES: &[&str] = &[
    "non", "antar", "anti", "pasca", "pra", "pro", "swa", "tuna", "eka", "dwi", "tri", "multi", "semi", "sub", "super", "ultra", "de",
    "re", "inter", "intra", "kontra", "mikro", "makro", "neo", "pan", "para", "purna", "serba", "tata", "trans", "bio", "geo", "infra",
    "ekstra",
];

/// A prefix and the suffixes it combines with.
struct Frame {
    prefix: &'static str,
    suffixes: &'static [&'static str],
    nasal: bool,
}

const FRAMES: &[Frame] = &[
    Frame { prefix: "", suffixes: &["kan", "i", "an"], nasal: false },
    Frame { prefix: "me", suffixes: &["", "kan", "i"], nasal: true },
    Frame { prefix: "di", suffixes: &["", "kan", "i"], nasal: false },
    Frame { prefix: "ter", suffixes: &["", "kan", "i"], nasal: false },
    Frame { prefix: "te", suffixes: &["", "kan"], nasal: false },
    Frame { prefix: "memper", suffixes: &["", "kan", "i"], nasal: false },
    Frame { prefix: "diper", suffixes: &["", "kan", "i"], nasal: false },
    Frame { prefix: "ber", suffixes: &["", "an", "kan"], nasal: false },
    Frame { prefix: "be", suffixes: &["", "an"], nasal: false },
    Frame { prefix: "bel", suffixes: &[""], nasal: false },
    Frame { prefix: "pe", suffixes: &["", "an"], nasal: true },
    Frame { prefix: "per", suffixes: &["", "an", "kan", "i"], nasal: false },
    Frame { prefix: "pel", suffixes: &["", "an"], nasal: false },
    Frame { prefix: "ke", suffixes: &["an", ""], nasal: false },
    Frame { prefix: "se", suffixes: &[""], nasal: false },
    Frame { prefix: "ku", suffixes: &["", "kan", "i"], nasal: false },
    Frame { prefix: "kau", suffixes: &["", "kan", "i"], nasal: false },
];

/// Inner prefixes that may follow an outer frame (pemberdayaan, berkelanjutan, ketidakadilan).
const INNER_PREFIXES: &[&str] = &["ber", "per", "ter", "ke", "se", "tidak"];

/// Every candidate root of `word` (lower-case). May contain non-words; the caller checks them.
pub fn candidate_roots(word: &str) -> Vec<String> {
    let mut stems: Vec<&str> = vec![word];
    for list in [PARTICLES, POSSESSIVES] {
        let more: Vec<&str> = stems.iter().flat_map(|stem| list.iter().filter_map(move |s| stem.strip_suffix(s))).collect();
        stems.extend(more);
    }
    let mut roots = Vec::new();
    for stem in stems {
        if stem != word {
            roots.push(stem.to_string());
        }
        for frame in FRAMES {
            let Some(after_prefix) = stem.strip_prefix(frame.prefix) else { continue };
            // te- and be- are ter- and ber- before a root that starts with r (terasa, berasa).
            if matches!(frame.prefix, "te" | "be") && !after_prefix.starts_with('r') {
                continue;
            }
            for suffix in frame.suffixes {
                if frame.prefix.is_empty() && suffix.is_empty() {
                    continue;
                }
                let Some(core) = after_prefix.strip_suffix(suffix) else { continue };
                let cores = if frame.nasal { nasal_roots(core) } else { vec![core.to_string()] };
                for core in cores {
                    for inner in INNER_PREFIXES {
                        if let Some(inner_core) = core.strip_prefix(inner) {
                            roots.push(inner_core.to_string());
                        }
                    }
                    roots.push(core);
                }
            }
        }
        for prefix in BOUND_PREFIXES {
            if let Some(rest) = stem.strip_prefix(prefix) {
                // A bound form joins a whole word ("pra" + "kanker"); the two-letter ones (de-,
                // re-) only long loanwords ("de" + "radikalisasi"), not "de" + "arah".
                let rest = rest.trim_start_matches('-');
                let shortest = if prefix.len() == 2 { 6 } else { 4 };
                if rest.chars().count() >= shortest {
                    roots.push(rest.to_string());
                }
            }
        }
        for suffix in LOAN_SUFFIXES {
            if let Some(rest) = stem.strip_suffix(suffix) {
                roots.push(rest.to_string());
                for prefix in BOUND_PREFIXES {
                    if let Some(inner) = rest.strip_prefix(prefix) {
                        roots.push(inner.to_string());
                    }
                }
            }
        }
    }
    roots.retain(|root| root.chars().count() >= 3 && root != word);
    roots.sort();
    roots.dedup();
    roots
}

/// Roots behind a nasal prefix: `rest` is what follows "me" or "pe".
pub fn nasal_roots(rest: &str) -> Vec<String> {
    let starts_vowel = |s: &str| s.starts_with(['a', 'e', 'i', 'o', 'u']);
    let mut out = Vec::new();
    // Each nasal goes only before the sounds it belongs to (menbentuk is not membentuk).
    if let Some(after) = rest.strip_prefix("ng").filter(|after| starts_vowel(after) || after.starts_with(['g', 'h', 'k', 'x'])) {
        out.push(after.to_string()); // mengambil, menggali, mengharap
        if starts_vowel(after) {
            out.push(format!("k{after}")); // mengirim <- kirim
        }
        if let Some(after_e) = after.strip_prefix('e') {
            out.push(after_e.to_string()); // mengecat <- cat
        }
    }
    if let Some(after) = rest.strip_prefix("ny") {
        if starts_vowel(after) {
            out.push(format!("s{after}")); // menyapu <- sapu
        }
    }
    if let Some(after) = rest.strip_prefix('m') {
        if after.starts_with(['b', 'f', 'p', 'v']) {
            out.push(after.to_string()); // membaca, memfitnah, memproduksi
        }
        if starts_vowel(after) {
            out.push(format!("p{after}")); // memukul <- pukul
        }
    }
    if let Some(after) = rest.strip_prefix('n') {
        if after.starts_with(['c', 'd', 'j', 'z', 't', 's']) {
            out.push(after.to_string()); // mencari, mendengar, menjual, mentransfer, mensyukuri
        }
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
        has_root("pastikan", "pasti");
        has_root("atasi", "atas");
        has_root("pemberdayaan", "daya");
        has_root("berkelanjutan", "lanjut");
        has_root("nontunai", "tunai");
        has_root("antarkepala", "kepala");
        has_root("ekstremisme", "ekstrem");
        has_root("deradikalisasi", "radikalisasi");
    }

    #[test]
    fn a_nasal_only_goes_before_its_own_sounds() {
        assert!(!candidate_roots("menbentuk").contains(&"bentuk".to_string()));
        assert!(!candidate_roots("memdengar").contains(&"dengar".to_string()));
        has_root("membentuk", "bentuk");
        has_root("mendengar", "dengar");
        has_root("mentransfer", "transfer");
    }

    #[test]
    fn impossible_combinations_are_not_tried() {
        assert!(!candidate_roots("mengatasai").contains(&"atas".to_string()));
        assert!(candidate_roots("padaya").iter().all(|r| r != "pada"));
        assert!(!candidate_roots("disebaban").contains(&"sebab".to_string()), "di-...-an is not a confix");
        assert!(!candidate_roots("tedapat").contains(&"dapat".to_string()), "te- only before r");
        assert!(!candidate_roots("dearah").contains(&"arah".to_string()), "de- only before long loanwords");
    }
}
