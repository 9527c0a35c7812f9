//! `bound_form`: bound forms (bentuk terikat) written apart from their word or with a hyphen
//! before a lower-case word. PUEBI writes them joined (pascapanen, antarkota, nonaktif,
//! prasejarah, swadaya, nirlaba, purnawirawan, inframerah) and with a hyphen only before a
//! capital or a number (non-Indonesia, pasca-Reformasi, pasca-1998).
//!
//! Forms that are also words of their own (antar "deliver", anti, semi in "musim semi",
//! pro and kontra) are flagged only when the joined form is a word the dictionary knows.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::lexicon::capitalise;
use crate::messages::Message;

/// The rule.
pub struct BoundForm;

/// The id.
pub const ID: &str = "bound_form";

/// Bound forms that are never words on their own.
const ALWAYS: &[&str] = &[
    "pasca", "pra", "nir", "swa", "purna", "non", "infra", "ultra", "supra", "pseudo", "multi", "sub", "inter", "intra", "panca", "antar",
];
/// Bound forms that are also words: joined only when the joined form is known. ("antar" is a
/// verb too, but news writes "mengantar"; its verb uses are kept by the list of heads below.)
const WHEN_KNOWN: &[&str] = &["anti", "semi", "pro", "kontra", "mikro", "makro", "dwi", "tri", "tuna", "maha", "ekstra"];
/// Clitics, joined to a lower-case word without a hyphen.
const CLITICS: &[&str] = &["nya", "ku", "mu", "lah", "kah"];
/// Words after which a bound form is not bound to anything ("pro dan kontra").
const NOT_A_HEAD: &[&str] = &[
    "dan", "atau", "serta", "maupun", "dengan", "yang", "di", "ke", "dari", "pada", "untuk", "kontra", "itu", "ini",
    // "antar" the verb: antar dia pulang, antar jemput.
    "para", "semua", "seluruh", "berbagai", "sesama", "satu", "dua", "tiga", "empat", "lima", "kedua", "ketiga", "keempat", "kelima", "dia",
    "ia", "saya", "aku", "kami", "kita", "mereka", "anak", "pulang", "jemput", "barang", "paket", "makanan",
];

impl BoundForm {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Nonstandard,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(BoundForm)),
        }
    }
}

/// The joined or hyphenated form of `bound` + `head`, when PUEBI wants one.
fn joined(block: &BlockContext<'_>, bound: &str, head: &str) -> Option<String> {
    let lower = bound.to_lowercase();
    let always = ALWAYS.contains(&lower.as_str());
    if !always && !WHEN_KNOWN.contains(&lower.as_str()) {
        return None;
    }
    let head_lower = head.to_lowercase();
    if NOT_A_HEAD.contains(&head_lower.as_str()) || !head.chars().all(char::is_alphanumeric) {
        return None;
    }
    let lexicon = block.resources.lexicon(Language::Indonesian)?;
    if head.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        // A capital or a number takes a hyphen: non-Indonesia, pasca-1998.
        return always.then(|| format!("{bound}-{head}"));
    }
    // The head must be an Indonesian word ("non-binary", "sub-brand" are English compounds).
    if head.chars().count() < 3 || !lexicon.knows(&head_lower) {
        return None;
    }
    let english = block.resources.lexicon(Language::English);
    if english.is_some_and(|en| en.knows(&head_lower)) && !lexicon.is_stem(&head_lower) {
        return None;
    }
    let together = format!("{lower}{head_lower}");
    if !(always || lexicon.hunspell_knows(&together) || lexicon.knows_directly(&together)) {
        return None;
    }
    Some(if bound.starts_with(|c: char| c.is_uppercase()) { capitalise(&together) } else { together })
}

/// True for a word of Indonesian, not of English: after a foreign word PUEBI keeps the hyphen
/// ("tweet-nya", "monitoring-nya").
fn is_indonesian_word(block: &BlockContext<'_>, word: &str) -> bool {
    let indonesian = block.resources.lexicon(Language::Indonesian).is_some_and(|id| id.knows(word));
    let english = block.resources.lexicon(Language::English).is_some_and(|en| en.knows(word));
    indonesian && (!english || block.resources.lexicon(Language::Indonesian).is_some_and(|id| id.is_stem(word)))
}

impl Check for BoundForm {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for (index, word) in block.words.iter().enumerate() {
            if word.in_address || word.italic || (word.is_capitalised() && !word.sentence_start) {
                continue;
            }
            // A clitic after a hyphen: "riil-nya" is "riilnya" (the hyphen is for capitals: KPK-nya).
            if word.parts.len() == 2
                && CLITICS.contains(&word.parts[1])
                && word.parts[0].chars().all(|c| c.is_lowercase())
                && word.parts[0].chars().count() >= 2
                && is_indonesian_word(block, word.parts[0])
            {
                let right = format!("{}{}", word.parts[0], word.parts[1]);
                let message = Message::new("bound-form-clitic").text("right", right.as_str());
                findings.push(RawFinding::new(word.range.clone(), message, vec![right]));
                continue;
            }
            // Hyphenated before a lower-case word: "pasca-panen".
            if word.parts.len() == 2 && word.parts[1].starts_with(|c: char| c.is_lowercase()) {
                if let Some(right) = joined(block, word.parts[0], word.parts[1]) {
                    let message = Message::new("bound-form-hyphen").text("bound", word.parts[0]).text("right", right.as_str());
                    findings.push(RawFinding::new(word.range.clone(), message, vec![right]));
                }
                continue;
            }
            // Written apart: "pasca panen".
            let Some(next) = block.words.get(index + 1) else { continue };
            if word.parts.len() > 1 || next.parts.len() > 1 || &block.text[word.range.end..next.range.start] != " " {
                continue;
            }
            let Some(right) = joined(block, word.text, next.text) else { continue };
            let message = Message::new("bound-form-apart").text("bound", word.text).text("right", right.as_str());
            findings.push(RawFinding::new(word.range.start..next.range.end, message, vec![right]));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn bound_forms_written_apart_are_joined() {
        assert_suggestion("Harga gabah pasca panen turun.", ID, "pasca panen", "pascapanen");
        assert_suggestion("Bus antar kota berangkat pagi.", ID, "antar kota", "antarkota");
        assert_suggestion("Lampu infra merah dipasang.", ID, "infra merah", "inframerah");
        assert_suggestion("Pasca gempa, warga mengungsi.", ID, "Pasca gempa", "Pascagempa");
        assert_suggestion("Ia dinyatakan non aktif.", ID, "non aktif", "nonaktif");
    }

    #[test]
    fn a_capital_takes_a_hyphen_and_a_hyphen_before_lower_case_goes() {
        assert_suggestion("Situasi pasca Reformasi berubah.", ID, "pasca Reformasi", "pasca-Reformasi");
        assert_suggestion("Lembaga nir-laba itu tumbuh.", ID, "nir-laba", "nirlaba");
        assert_flags("Warga non-Indonesia dan pasca-1998 tidak dihitung.", ID, &[]);
        assert_flags("Merek sub-brand itu non-binary.", ID, &[]);
        assert_suggestion("Nilai riil-nya turun, kata KPK-nya.", ID, "riil-nya", "riilnya");
        assert_flags("Isi tweet-nya dan monitoring-nya dibahas.", ID, &[]);
    }

    #[test]
    fn words_of_their_own_pass() {
        assert_flags("Tolong antar dia pulang. Pro dan kontra muncul di musim semi.", ID, &[]);
        assert_flags("Kalangan anti dan pro sama-sama hadir.", ID, &[]);
        assert_flags("Kerja sama antar para menteri dan antar ketiga negara.", ID, &[]);
        assert_flags("Pascapanen, antarkota, nonaktif dan prasejarah sudah benar.", ID, &[]);
    }
}
