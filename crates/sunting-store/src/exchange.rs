//! Sharing the newsroom's knowledge between desks: the dictionary as a plain UTF-8 word list
//! (one word per line, `#` starts a comment), and the name register as CSV
//! (`name,confirmed,different_from`, with `different_from` listing names separated by `;`).
//! Counts are not exported: they come from each desk's own articles.

use crate::error::Result;
use crate::Store;
use serde::Serialize;

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportOutcome {
    /// New entries.
    pub added: u32,
    /// Entries already there.
    pub unchanged: u32,
    /// Lines that could not be read (empty names, a bad CSV row).
    pub skipped: u32,
}

/// The header of the name register's CSV.
pub const NAMES_CSV_HEADER: &str = "name,confirmed,different_from";

/// Splits one CSV line into fields (double quotes may wrap a field; `""` is a quote inside).
/// Returns `None` for an unterminated quote.
pub fn csv_fields(line: &str) -> Option<Vec<String>> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(ch) = chars.next() {
        match (ch, quoted) {
            ('"', false) if field.is_empty() => quoted = true,
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (ch, _) => field.push(ch),
        }
    }
    if quoted {
        return None;
    }
    fields.push(field);
    Some(fields)
}

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

impl Store {
    /// The dictionary as a word list, one word per line, sorted.
    pub fn export_words(&self) -> Result<String> {
        let mut text = String::from("# Sunting newsroom dictionary: one word per line\n");
        for word in self.words()? {
            text.push_str(&word);
            text.push('\n');
        }
        Ok(text)
    }

    /// Adds the words of a word list (one per line; blank lines and `#` comments skipped; a CSV
    /// file's first column works too).
    pub fn import_words(&mut self, text: &str, added_by: &str) -> Result<ImportOutcome> {
        let mut outcome = ImportOutcome::default();
        for line in text.lines() {
            let line = line.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || line.starts_with('#') || line.eq_ignore_ascii_case("word") {
                continue;
            }
            let word = csv_fields(line).and_then(|fields| fields.into_iter().next()).unwrap_or_default();
            let word = word.trim();
            if word.is_empty() || word.chars().any(char::is_whitespace) {
                outcome.skipped += 1;
            } else if self.add_word(word, added_by)? {
                outcome.added += 1;
            } else {
                outcome.unchanged += 1;
            }
        }
        Ok(outcome)
    }

    /// The name register's decisions as CSV: confirmed spellings and names known to differ.
    pub fn export_names_csv(&self) -> Result<String> {
        let mut text = format!("{NAMES_CSV_HEADER}\n");
        let different = self.different_names()?;
        let mut names: std::collections::BTreeMap<String, bool> = self.names()?.into_iter().map(|n| (n.name, n.confirmed)).collect();
        for (a, b) in &different {
            names.entry(a.clone()).or_insert(false);
            names.entry(b.clone()).or_insert(false);
        }
        for (name, confirmed) in names {
            let others: Vec<&str> = different
                .iter()
                .filter_map(|(a, b)| {
                    if *a == name {
                        Some(b.as_str())
                    } else if *b == name {
                        Some(a.as_str())
                    } else {
                        None
                    }
                })
                .collect();
            if !confirmed && others.is_empty() {
                continue;
            }
            text.push_str(&format!("{},{},{}\n", csv_field(&name), confirmed, csv_field(&others.join(";"))));
        }
        Ok(text)
    }

    /// Applies a name register CSV: confirms the spellings marked confirmed and records the
    /// pairs of different names. Nothing is unconfirmed or forgotten by an import.
    pub fn import_names_csv(&mut self, text: &str) -> Result<ImportOutcome> {
        let mut outcome = ImportOutcome::default();
        let before = (self.names()?.iter().filter(|n| n.confirmed).count(), self.different_names()?.len());
        for (index, line) in text.lines().enumerate() {
            let line = line.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || (index == 0 && line.starts_with("name,")) {
                continue;
            }
            let Some(fields) = csv_fields(line) else {
                outcome.skipped += 1;
                continue;
            };
            let name = fields.first().map(|f| f.trim()).unwrap_or_default();
            if name.is_empty() {
                outcome.skipped += 1;
                continue;
            }
            if fields.get(1).is_some_and(|f| matches!(f.trim().to_ascii_lowercase().as_str(), "true" | "yes" | "1")) {
                self.confirm_name(name)?;
            }
            for other in
                fields.get(2).map(|f| f.split(';').map(str::trim).filter(|o| !o.is_empty()).collect::<Vec<_>>()).unwrap_or_default()
            {
                self.mark_different(name, other)?;
            }
        }
        let after = (self.names()?.iter().filter(|n| n.confirmed).count(), self.different_names()?.len());
        let added = (after.0 - before.0) + (after.1 - before.1);
        outcome.added = added as u32;
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_handle_quotes_and_commas() {
        assert_eq!(csv_fields(r#"a,"b, c","d ""e""""#).unwrap(), ["a", "b, c", r#"d "e""#]);
        assert_eq!(csv_fields("solo").unwrap(), ["solo"]);
        assert_eq!(csv_fields(r#""open"#), None);
    }

    #[test]
    fn word_lists_and_name_csvs_go_round_a_newsroom() {
        let mut desk = Store::open_in_memory().unwrap();
        let outcome = desk.import_words("\u{feff}# daftar kata\nKanal247\n\nbustrans\nbustrans\ndua kata\n", "ayu").unwrap();
        assert_eq!(outcome, ImportOutcome { added: 2, unchanged: 1, skipped: 1 });
        desk.confirm_name("Rudiantara").unwrap();
        desk.mark_different("Susilo", "Susila").unwrap();
        desk.mark_different("Susilo", "Sutrisno, Jr.").unwrap();
        let words = desk.export_words().unwrap();
        let names = desk.export_names_csv().unwrap();
        assert!(names.starts_with("name,confirmed,different_from\n"));
        assert!(names.contains("\"Sutrisno, Jr.\",false,Susilo\n"), "{names}");

        let mut other = Store::open_in_memory().unwrap();
        assert_eq!(other.import_words(&words, "budi").unwrap().added, 2);
        let outcome = other.import_names_csv(&names).unwrap();
        assert_eq!(outcome.added, 3, "one confirmed name and two pairs");
        assert_eq!(other.words().unwrap(), desk.words().unwrap());
        assert_eq!(other.different_names().unwrap(), desk.different_names().unwrap());
        assert_eq!(other.export_names_csv().unwrap(), names);
        assert_eq!(other.import_names_csv("name,confirmed\n\"broken\n,true\n").unwrap().skipped, 2);
    }
}
