//! `abbreviation`: PUEBI's common abbreviations written without their periods (tsb -> tsb.,
//! dll -> dll., hlm -> hlm.), the slashed forms PUEBI writes with periods (s/d -> s.d.,
//! a/n -> a.n.), and the shorthand of chat messages in copy (yg -> yang, utk -> untuk).
//! Direct quotes are left alone only for the chat shorthand: a quoted message is the sender's.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::lang::Language;
use crate::messages::Message;

/// The rule.
pub struct Abbreviation;

/// The id.
pub const ID: &str = "abbreviation";

/// Common abbreviations of three letters or more: one period at the end (PUEBI).
const WITH_PERIOD: &[&str] = &["dll", "dsb", "dst", "dkk", "hlm", "sda", "sbb", "tsb", "ybs", "yth", "ttd"];
/// Slashed forms and their standard spelling.
const SLASHED: &[(&str, &str)] = &[("s/d", "s.d."), ("a/n", "a.n."), ("d/a", "d.a."), ("u/p", "u.p."), ("u/b", "u.b."), ("d/h", "d.h.")];
/// Chat shorthand and the word it stands for.
const SHORTHAND: &[(&str, &str)] = &[
    ("yg", "yang"),
    ("dgn", "dengan"),
    ("utk", "untuk"),
    ("tdk", "tidak"),
    ("krn", "karena"),
    ("sdh", "sudah"),
    ("blm", "belum"),
    ("sbg", "sebagai"),
    ("dlm", "dalam"),
    ("bhw", "bahwa"),
    ("spt", "seperti"),
    ("jg", "juga"),
    ("kpd", "kepada"),
    ("thd", "terhadap"),
    ("tsb", "tersebut"),
    ("bbrp", "beberapa"),
    ("trs", "terus"),
];

impl Abbreviation {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Style,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Abbreviation)),
        }
    }
}

impl Check for Abbreviation {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if block.language != Language::Indonesian {
            return Vec::new();
        }
        let mut findings = Vec::new();
        for word in &block.words {
            if word.in_address || word.parts.len() > 1 {
                continue;
            }
            let lower = word.text.to_lowercase();
            let after = &block.text[word.range.end..];
            if after.starts_with('/') {
                continue; // a slashed form, below
            }
            let written_lower = word.text.chars().all(|c| c.is_lowercase());
            if written_lower && !word.in_quote {
                if let Some((_, full)) = SHORTHAND.iter().find(|(short, _)| *short == lower) {
                    // "tsb" is more often the abbreviation "tsb." than shorthand: say both.
                    let (suggestions, message) = if WITH_PERIOD.contains(&lower.as_str()) {
                        if after.starts_with('.') {
                            continue;
                        }
                        (
                            vec![full.to_string(), format!("{}.", word.text)],
                            Message::new("abbreviation-shorthand-or-period").text("word", word.text).text("full", *full),
                        )
                    } else {
                        (vec![full.to_string()], Message::new("abbreviation-shorthand").text("word", word.text).text("full", *full))
                    };
                    findings.push(RawFinding::new(word.range.clone(), message, suggestions));
                    continue;
                }
            }
            if WITH_PERIOD.contains(&lower.as_str()) && !after.starts_with('.') && (written_lower || word.text == "Yth") {
                let right = format!("{}.", word.text);
                let message = Message::new("abbreviation-period").text("abbreviation", right.as_str());
                findings.push(RawFinding::new(word.range.clone(), message, vec![right]));
            }
        }
        for (index, _) in block.text.match_indices('/') {
            let (before, after) = (&block.text[..index], &block.text[index + 1..]);
            let mut left = before.chars().rev();
            let mut right = after.chars();
            let (Some(a), Some(b)) = (left.next(), right.next()) else { continue };
            let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '/' && c != '.');
            if !(a.is_ascii_lowercase() && b.is_ascii_lowercase() && bounded(left.next()) && bounded(right.next())) {
                continue;
            }
            let written = &block.text[index - 1..index + 2];
            if let Some((_, standard)) = SLASHED.iter().find(|(slashed, _)| *slashed == written) {
                let message = Message::new("abbreviation-slashed").text("written", written).text("standard", *standard);
                findings.push(RawFinding::new(index - 1..index + 2, message, vec![standard.to_string()]));
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn common_abbreviations_take_their_period() {
        assert_suggestion("Beras, gula, minyak, dll masih mahal.", ID, "dll", "dll.");
        assert_suggestion("Lihat hlm 5 laporan itu.", ID, "hlm", "hlm.");
        assert_flags("Beras, gula, dll. masih mahal; lihat hlm. 5.", ID, &[]);
    }

    #[test]
    fn slashed_forms_take_periods() {
        assert_suggestion("Pameran berlangsung 1 s/d 5 Mei.", ID, "s/d", "s.d.");
        assert_flags("Pameran berlangsung 1 s.d. 5 Mei, tanggal 1/5 dan dan/atau lainnya.", ID, &[]);
    }

    #[test]
    fn chat_shorthand_is_spelt_out_outside_quotes() {
        assert_suggestion("Warga yg datang diminta antre.", ID, "yg", "yang");
        let found = check("Barang tsb disita polisi.");
        let tsb = found.iter().find(|f| f.rule == ID).expect("flagged");
        assert_eq!(tsb.suggestions, ["tersebut", "tsb."]);
        assert_flags("\"Aku tdk tahu,\" tulisnya dalam pesan itu.", ID, &[]);
    }
}
