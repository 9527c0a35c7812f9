//! `affixation`: derived forms built the wrong way, each explained with the rule that applies.
//!
//! - A root ending in k keeps its k before -kan: diletakkan, digerakkan (not diletakan,
//!   digerakan, even though "gerakan" is a word: di- does not combine with -an).
//! - Before -an it stays single: peletakan, pembentukan, kebanyakan (not peletakkan).
//! - meN- and peN- before c take the form men-/pen-: mencontoh (not menyontoh), when the root
//!   starts with c and no root starts with s there.
//! - Before a one-syllable root meN- and peN- become menge-/penge-: mengecat, mengebom,
//!   mengesahkan, pengeboman (not mencat, membom, mensahkan).
//! - Loan verbs in -isir/-ir are not standard; KBBI uses the noun in -isasi/-asi:
//!   dilokalisasi, mengorganisasi, dikoordinasi (not dilokalisir, mengorganisir, dikoordinir).
//!
//! A form is flagged only when the root is a word of the dictionary and the form it would be
//! mistaken for is not itself a dictionary word ("dimakan" is di- + makan, not makan as mak-an).

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::lexicon::morphology::{nasal_roots, PARTICLES, POSSESSIVES};
use crate::lexicon::{capitalise, Lexicon};
use crate::messages::Message;

/// The rule.
pub struct Affixation;

/// The id.
pub const ID: &str = "affixation";

/// Roots of one syllable that take menge-/penge- (KBBI's examples and the common ones in news).
const ONE_SYLLABLE: &[&str] =
    &["bom", "bor", "cap", "cas", "cat", "cek", "cor", "klik", "las", "lap", "pak", "pel", "rem", "sah", "sol", "tes", "tik", "tos"];

/// A wrong form, what is right, and why.
#[derive(Debug, PartialEq)]
pub struct Slip {
    /// The right form (lower case).
    pub right: String,
    /// Why, for the editor: the catalogue message naming the rule that applies, to which the
    /// checker adds the word as written (`word`) and its right form (`right`).
    pub why: Message,
}

/// Splits a trailing clitic off `lower` ("digerakannya" -> ("digerakan", "nya")).
fn without_clitic(lower: &str) -> (&str, &str) {
    for clitic in POSSESSIVES.iter().chain(PARTICLES) {
        if let Some(stem) = lower.strip_suffix(clitic) {
            if stem.chars().count() >= 5 {
                return (stem, &lower[stem.len()..]);
            }
        }
    }
    (lower, "")
}

/// The verb prefixes that combine with -kan but never with -an alone.
const VERB_PREFIXES: &[&str] = &["diper", "memper", "di", "ter", "me"];
/// The noun frames that take -an.
const NOUN_PREFIXES: &[&str] = &["per", "pe", "ke"];

/// What is wrong with `lower` (a whole word, lower case), if it is one of the slips above.
pub fn analyse(lexicon: &Lexicon, lower: &str) -> Option<Slip> {
    if lower.chars().count() < 5 || lexicon.is_stem(lower) {
        return None;
    }
    let (word, clitic) = without_clitic(lower);
    let with = |right: String| format!("{right}{clitic}");
    k_before_kan(lexicon, word)
        .or_else(|| k_before_an(lexicon, word))
        .or_else(|| nasal_before_c(lexicon, word))
        .or_else(|| one_syllable(lexicon, word))
        .or_else(|| loan_verb(lexicon, word))
        .map(|slip| Slip { right: with(slip.right), why: slip.why })
}

/// The roots behind `prefix` + `rest`: undoing the nasal after me-/pe-.
fn roots_after(prefix: &str, rest: &str) -> Vec<String> {
    if prefix == "me" || prefix == "pe" {
        nasal_roots(rest)
    } else {
        vec![rest.to_string()]
    }
}

/// diletakan -> diletakkan: a verb prefix with a root in k, then "an" where "kan" belongs.
fn k_before_kan(lexicon: &Lexicon, word: &str) -> Option<Slip> {
    let body = word.strip_suffix("an")?;
    if !body.ends_with('k') || body.ends_with("kk") {
        return None;
    }
    let zipf = |w: &str| lexicon.zipf(w).unwrap_or(0.0);
    let mut slip = false;
    for prefix in VERB_PREFIXES {
        let Some(rest) = word.strip_prefix(prefix) else { continue };
        for core in roots_after(prefix, rest) {
            // core is root + "an": the root must end in k and be a word; core itself must not
            // be a word of its own ("dimakan": makan is a root, not mak + -an).
            let Some(root) = core.strip_suffix("an") else { continue };
            if lexicon.is_stem(&core) {
                return None;
            }
            // "dikatakan" is kata + -kan, not katak + -an: of the two roots, the commoner wins
            // ("diletakan" is letak, not the rare leta).
            if core.strip_suffix("kan").is_some_and(|other| lexicon.is_root(other) && zipf(other) >= zipf(root)) {
                return None;
            }
            slip |= root.chars().count() >= 3 && root.ends_with('k') && lexicon.is_root(root);
        }
    }
    slip.then(|| Slip { right: format!("{body}kan"), why: Message::new("affixation-k-before-kan") })
}

/// peletakkan -> peletakan: a noun frame (peN-/per-/ke- ... -an) written with kk.
fn k_before_an(lexicon: &Lexicon, word: &str) -> Option<Slip> {
    let body = word.strip_suffix("kan")?;
    if !body.ends_with('k') || body.ends_with("kk") {
        return None;
    }
    // An imperative of a root in k ("pendekkan" from pendek) is right.
    if lexicon.is_stem(body) {
        return None;
    }
    for prefix in NOUN_PREFIXES {
        let Some(rest) = body.strip_prefix(prefix) else { continue };
        for root in roots_after(prefix, rest) {
            if root.chars().count() >= 3 && lexicon.is_root(&root) {
                return Some(Slip { right: format!("{body}an"), why: Message::new("affixation-k-before-an") });
            }
        }
    }
    None
}

/// menyontoh -> mencontoh: meny-/peny- before a root that starts with c.
fn nasal_before_c(lexicon: &Lexicon, word: &str) -> Option<Slip> {
    let (prefix, rest) = if let Some(rest) = word.strip_prefix("meny") { ("men", rest) } else { ("pen", word.strip_prefix("peny")?) };
    if !rest.starts_with(['a', 'e', 'i', 'o', 'u']) {
        return None;
    }
    let known = |root: &str| {
        let core = ["kan", "an", "i"].iter().find_map(|s| root.strip_suffix(s).filter(|c| lexicon.is_root(c))).unwrap_or(root);
        lexicon.is_root(core)
    };
    let (with_c, with_s) = (format!("c{rest}"), format!("s{rest}"));
    (known(&with_c) && !known(&with_s)).then(|| Slip { right: format!("{prefix}{with_c}"), why: Message::new("affixation-nasal-before-c") })
}

/// mencat -> mengecat: a nasal prefix straight onto a root of one syllable.
fn one_syllable(lexicon: &Lexicon, word: &str) -> Option<Slip> {
    let (prefix, rest) = if let Some(rest) = word.strip_prefix("me") { ("menge", rest) } else { ("penge", word.strip_prefix("pe")?) };
    if rest.starts_with("nge") {
        return None;
    }
    let after_nasal = ["ng", "ny", "m", "n"].iter().find_map(|nasal| rest.strip_prefix(nasal))?;
    for suffix in ["", "kan", "i", "an"] {
        let Some(root) = after_nasal.strip_suffix(suffix) else { continue };
        if ONE_SYLLABLE.contains(&root) && lexicon.is_root(root) {
            return Some(Slip { right: format!("{prefix}{root}{suffix}"), why: Message::new("affixation-one-syllable") });
        }
    }
    None
}

/// dilokalisir -> dilokalisasi: a loan verb in -isir or -ir.
fn loan_verb(lexicon: &Lexicon, word: &str) -> Option<Slip> {
    let (stem, endings): (&str, &[&str]) =
        if let Some(stem) = word.strip_suffix("isir") { (stem, &["isasi", "asi"]) } else { (word.strip_suffix("ir")?, &["asi", "isasi"]) };
    for prefix in ["", "di", "ter", "meng", "mem", "men", "me"] {
        let Some(core_stem) = stem.strip_prefix(prefix) else { continue };
        if core_stem.chars().count() < 4 {
            continue;
        }
        // "mengalir", "berakhir", "memikir": the -ir word is a root of its own.
        if lexicon.is_root(&word[prefix.len()..]) || lexicon.hunspell_knows(word) {
            return None;
        }
        for ending in endings {
            let noun = format!("{core_stem}{ending}");
            if lexicon.is_root(&noun) || lexicon.hunspell_knows(&noun) {
                return Some(Slip { right: format!("{prefix}{noun}"), why: Message::new("affixation-loan-verb") });
            }
        }
    }
    None
}

impl Affixation {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Affix,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Affixation)),
        }
    }
}

impl Check for Affixation {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else { return Vec::new() };
        let mut findings = Vec::new();
        for (word, lower) in block.plain_indonesian_words().filter(|(word, _)| word.parts.len() == 1) {
            if block.newsroom.knows(word.text) || !lower.chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            let Some(slip) = analyse(lexicon, &lower) else { continue };
            let right = if word.is_capitalised() { capitalise(&slip.right) } else { slip.right };
            let message = slip.why.text("word", word.text).text("right", right.as_str());
            findings.push(RawFinding::new(word.range.clone(), message, vec![right]));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    fn right(word: &str) -> Option<String> {
        let resources = resources();
        analyse(resources.lexicon(Language::Indonesian).unwrap(), word).map(|slip| slip.right)
    }

    #[test]
    fn k_before_kan_is_doubled() {
        assert_eq!(right("diletakan").as_deref(), Some("diletakkan"));
        assert_eq!(right("digerakan").as_deref(), Some("digerakkan"), "di + gerakan splits into real pieces but is wrong");
        assert_eq!(right("menggerakan").as_deref(), Some("menggerakkan"));
        assert_eq!(right("dimasukannya").as_deref(), Some("dimasukkannya"));
        for right_form in ["dimakan", "diletakkan", "ditanamkan", "dilakukan", "dikatakan", "mengatakan", "ditemukan", "diberikan"] {
            assert_eq!(right(right_form), None, "{right_form}");
        }
    }

    #[test]
    fn k_before_an_stays_single() {
        assert_eq!(right("peletakkan").as_deref(), Some("peletakan"));
        assert_eq!(right("pembentukkan").as_deref(), Some("pembentukan"));
        assert_eq!(right("kebanyakkan").as_deref(), Some("kebanyakan"));
        for right_form in ["pendekkan", "peletakan", "kebanyakan", "perusakan", "pembentukan", "kerusakan"] {
            assert_eq!(right(right_form), None, "{right_form}");
        }
    }

    #[test]
    fn nasal_prefixes_before_c_and_one_syllable_roots() {
        assert_eq!(right("menyontoh").as_deref(), Some("mencontoh"));
        assert_eq!(right("mencat").as_deref(), Some("mengecat"));
        assert_eq!(right("membom").as_deref(), Some("mengebom"));
        assert_eq!(right("membor").as_deref(), Some("mengebor"));
        assert_eq!(right("mensahkan").as_deref(), Some("mengesahkan"));
        assert_eq!(right("pemboman").as_deref(), Some("pengeboman"));
        for right_form in ["mengecat", "mencuci", "menyapu", "menyucikan", "membaca", "memakai", "mempelai", "mengebom", "pencak", "mentas"]
        {
            assert_eq!(right(right_form), None, "{right_form}");
        }
    }

    #[test]
    fn loan_verbs_in_isir_take_the_noun() {
        assert_eq!(right("dilokalisir").as_deref(), Some("dilokalisasi"));
        assert_eq!(right("mengorganisir").as_deref(), Some("mengorganisasi"));
        assert_eq!(right("sterilisir").as_deref(), Some("sterilisasi"));
        assert_eq!(right("dikoordinir").as_deref(), Some("dikoordinasi"));
        for right_form in ["mengalir", "berakhir", "memikirkan", "hadir", "takdir", "menyindir", "pasir", "dipikir"] {
            assert_eq!(right(right_form), None, "{right_form}");
        }
    }

    #[test]
    fn in_a_text_the_message_names_the_rule() {
        assert_suggestion("Bom itu diletakan di bawah mobil.", ID, "diletakan", "diletakkan");
        let found = check("Peletakkan batu pertama dilakukan Senin.");
        let finding = found.iter().find(|f| f.rule == ID).expect("flagged");
        assert_eq!(finding.suggestions, ["Peletakan"]);
        assert!(finding.message.contains("-an"), "{}", finding.message);
        assert_flags("Ia meletakkan tas, lalu makanan dimakan bersama.", ID, &[]);
    }
}
