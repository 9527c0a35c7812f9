//! `di_apart`: the passive prefix *di-* written apart from its verb (di rawat -> dirawat, di
//! jerat -> dijerat). PUEBI writes the preposition *di* apart and the prefix attached; a verb
//! tells itself apart from a place by having an active *meN-* form (dirawat / merawat), which
//! places (di rumah, di atas, di kota) do not; and a noun that also makes a verb (di lantai,
//! melantai) is told by how edited text writes it (the context model: "di lantai" is common,
//! "dilantai" rare).

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct DiApart;

/// The id.
pub const ID: &str = "di_apart";

impl DiApart {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Spelling,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(DiApart)),
        }
    }
}

impl Check for DiApart {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let Some(lexicon) = block.resources.lexicon(Language::Indonesian) else {
            return Vec::new();
        };
        let mut findings = Vec::new();
        for pair in block.words.windows(2) {
            let (di, verb) = (&pair[0], &pair[1]);
            if !di.text.eq_ignore_ascii_case("di") || block.text[di.range.end..verb.range.start] != *" " || !verb.is_plain() {
                continue;
            }
            let root = verb.text;
            if root.chars().count() < 3 || !root.chars().all(|c| c.is_ascii_lowercase()) || super::word_lists::is_place(root) {
                continue;
            }
            let joined = format!("di{root}");
            if !lexicon.hunspell_knows(&joined) || !has_active_form(lexicon, root) {
                continue;
            }
            // A noun that also makes a verb (lantai: melantai, dilantai) follows the preposition
            // in edited text far more often than it takes the prefix: the context model says so.
            let model = crate::context::indonesian();
            let apart = u64::from(model.pair_count("di", root));
            if apart > 0 && apart * 10 > model.count(&joined) {
                continue;
            }
            let written = &block.text[di.range.start..verb.range.end];
            let right = if di.text.starts_with('D') { crate::lexicon::capitalise(&joined) } else { joined };
            let message = Message::new("di-apart").text("written", written).text("right", right.as_str());
            findings.push(RawFinding::new(di.range.start..verb.range.end, message, vec![right]));
        }
        findings
    }
}

/// The active *meN-* forms a root may take (the nasal as EYD writes it before each initial; k,
/// p, t and s drop before it, clusters keep it: memproduksi).
fn active_form(root: &str) -> Vec<String> {
    let mut chars = root.chars();
    let Some(first) = chars.next() else { return Vec::new() };
    let rest: String = chars.collect();
    let clustered = rest.starts_with(|c: char| !"aeiou".contains(c));
    match first {
        'l' | 'm' | 'n' | 'r' | 'w' | 'y' => vec![format!("me{root}")],
        'b' | 'f' | 'v' => vec![format!("mem{root}")],
        'p' if clustered => vec![format!("mem{root}")],
        'p' => vec![format!("mem{rest}")],
        'c' | 'd' | 'j' | 'z' => vec![format!("men{root}")],
        't' if clustered => vec![format!("men{root}")],
        't' => vec![format!("men{rest}")],
        's' if clustered => vec![format!("men{root}")],
        's' => vec![format!("meny{rest}")],
        'k' if clustered => vec![format!("meng{root}")],
        'k' => vec![format!("meng{rest}")],
        'g' | 'h' | 'a' | 'e' | 'i' | 'o' | 'u' => vec![format!("meng{root}")],
        _ => Vec::new(),
    }
}

/// True when `lexicon` knows the active form of `root`.
fn has_active_form(lexicon: &crate::lexicon::Lexicon, root: &str) -> bool {
    active_form(root).iter().any(|form| lexicon.hunspell_knows(form))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn the_prefix_written_apart_is_joined() {
        assert_suggestion("Korban kini di rawat di rumah sakit.", ID, "di rawat", "dirawat");
        assert_suggestion("Pelaku di jerat pasal berlapis.", ID, "di jerat", "dijerat");
        assert_suggestion("Barang itu di bawa ke kantor.", ID, "di bawa", "dibawa");
        assert_suggestion("Di kenal ramah, ia disukai warga.", ID, "Di kenal", "Dikenal");
    }

    #[test]
    fn the_preposition_before_a_place_stays_apart() {
        assert_flags(
            "Ia tinggal di rumah di atas bukit, di bawah pohon, di kota, di pasar, di jalan, di sana, di lantai 3, di antara warga dan di Jakarta.",
            ID,
            &[],
        );
    }

    #[test]
    fn active_forms_follow_the_nasal_rules() {
        let resources = crate::Resources::from_environment();
        let lexicon = resources.lexicon(crate::Language::Indonesian).unwrap();
        for root in ["rawat", "jerat", "bawa", "kenal", "tanam", "pukul", "sita", "cari"] {
            assert!(super::has_active_form(lexicon, root), "{root}");
        }
        assert!(!super::has_active_form(lexicon, "rumah"));
    }
}
