//! Sharing the newsroom's knowledge between desks: the dictionary as a plain UTF-8 word list
//! (one word per line, `#` starts a comment), and the name register as CSV
//! (`name,confirmed,different_from`, with `different_from` listing names separated by `;`).
//! Counts are not exported: they come from each desk's own articles.

use crate::error::Result;
use crate::newsroom::{confirm_in, mark_different_in};
use crate::Store;
use rusqlite::Connection;
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

/// How the name register's CSV is written in one language: its column names (the name, whether
/// its spelling is confirmed, the names known to be other people) and its words for yes and no.
/// An import reads the columns and words of every language, so a file travels between desks
/// that speak different languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamesCsv {
    /// The header's three column names.
    pub columns: [&'static str; 3],
    /// The confirmed column's yes.
    pub yes: &'static str,
    /// The confirmed column's no.
    pub no: &'static str,
}

impl NamesCsv {
    /// English columns, as Sunting has always written them.
    pub const ENGLISH: NamesCsv = NamesCsv { columns: ["name", "confirmed", "different_from"], yes: "true", no: "false" };
    /// Indonesian columns.
    pub const INDONESIAN: NamesCsv = NamesCsv { columns: ["nama", "dikonfirmasi", "orang_berbeda"], yes: "ya", no: "tidak" };
    const ALL: [NamesCsv; 2] = [NamesCsv::ENGLISH, NamesCsv::INDONESIAN];

    fn is_header(first_field: &str) -> bool {
        NamesCsv::ALL.iter().any(|csv| first_field.eq_ignore_ascii_case(csv.columns[0]))
    }

    fn is_yes(field: &str) -> bool {
        field == "1" || field.eq_ignore_ascii_case("yes") || NamesCsv::ALL.iter().any(|csv| field.eq_ignore_ascii_case(csv.yes))
    }
}

/// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line
/// breaks), each field trimmed; a record that cannot be read is `None`.
fn csv_records(text: &str) -> impl Iterator<Item = Option<Vec<String>>> + '_ {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes())
        .into_records()
        .map(|record| record.ok().map(|record| record.iter().map(str::to_string).collect()))
}

/// The first field of one CSV line.
fn first_csv_field(line: &str) -> Option<String> {
    csv_records(line).next().flatten().and_then(|fields| fields.into_iter().next())
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
            let word = first_csv_field(line).unwrap_or_default();
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

    /// The name register's decisions as CSV, with the columns and words of `language`:
    /// confirmed spellings and names known to differ.
    pub fn export_names_csv(&self, language: NamesCsv) -> Result<String> {
        let mut csv = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
        let row = |csv: &mut csv::Writer<Vec<u8>>, fields: [&str; 3]| {
            csv.write_record(fields).map_err(|error| crate::StoreError::WriteFailed { detail: error.to_string() })
        };
        row(&mut csv, language.columns)?;
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
            row(&mut csv, [&name, if confirmed { language.yes } else { language.no }, &others.join(";")])?;
        }
        let bytes = csv.into_inner().map_err(|error| crate::StoreError::WriteFailed { detail: error.to_string() })?;
        Ok(String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8"))
    }

    /// Applies a name register CSV (with English or Indonesian columns): confirms the spellings marked confirmed and records the
    /// pairs of different names, all in one transaction (a failure part-way applies nothing).
    /// Nothing is unconfirmed or forgotten by an import.
    pub fn import_names_csv(&mut self, text: &str) -> Result<ImportOutcome> {
        self.in_one_write(|connection| {
            let counts = |connection: &Connection| -> Result<u32> {
                let confirmed: u32 = connection.query_row("SELECT COUNT(*) FROM names_confirmed", [], |row| row.get(0))?;
                let different: u32 = connection.query_row("SELECT COUNT(*) FROM names_different", [], |row| row.get(0))?;
                Ok(confirmed + different)
            };
            let mut outcome = ImportOutcome::default();
            let before = counts(connection)?;
            for (index, record) in csv_records(text).enumerate() {
                let Some(fields) = record else {
                    outcome.skipped += 1;
                    continue;
                };
                let name = fields.first().map(String::as_str).unwrap_or_default();
                if index == 0 && NamesCsv::is_header(name) || fields.iter().all(String::is_empty) {
                    continue;
                }
                if name.is_empty() {
                    outcome.skipped += 1;
                    continue;
                }
                if fields.get(1).is_some_and(|f| NamesCsv::is_yes(f)) {
                    confirm_in(connection, name)?;
                }
                for other in
                    fields.get(2).map(|f| f.split(';').map(str::trim).filter(|o| !o.is_empty()).collect::<Vec<_>>()).unwrap_or_default()
                {
                    mark_different_in(connection, name, other)?;
                }
            }
            outcome.added = counts(connection)? - before;
            Ok(outcome)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_handle_quotes_commas_and_line_breaks() {
        let records: Vec<_> = csv_records("a,\"b, c\",\"d \"\"e\"\"\"\n\"dua\nbaris\",x\n").collect();
        assert_eq!(records, [Some(vec!["a".into(), "b, c".into(), "d \"e\"".into()]), Some(vec!["dua\nbaris".into(), "x".into()])]);
        assert_eq!(first_csv_field("solo"), Some("solo".into()));
    }

    #[test]
    fn a_name_register_with_quotes_and_line_breaks_reads_back_as_written() {
        let mut desk = Store::open_in_memory().unwrap();
        desk.confirm_name("Ali \"Gundul\" Saputra").unwrap();
        desk.mark_different("Tim\nRedaksi", "Tim, Redaksi").unwrap();
        let names = desk.export_names_csv(NamesCsv::ENGLISH).unwrap();
        let mut other = Store::open_in_memory().unwrap();
        assert_eq!(other.import_names_csv(&names).unwrap().added, 2);
        assert_eq!(other.export_names_csv(NamesCsv::ENGLISH).unwrap(), names);
        assert_eq!(other.different_names().unwrap(), [("Tim\nRedaksi".to_string(), "Tim, Redaksi".to_string())]);
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
        let names = desk.export_names_csv(NamesCsv::ENGLISH).unwrap();
        assert!(names.starts_with("name,confirmed,different_from\n"));
        assert!(names.contains("\"Sutrisno, Jr.\",false,Susilo\n"), "{names}");

        let mut other = Store::open_in_memory().unwrap();
        assert_eq!(other.import_words(&words, "budi").unwrap().added, 2);
        let outcome = other.import_names_csv(&names).unwrap();
        assert_eq!(outcome.added, 3, "one confirmed name and two pairs");
        assert_eq!(other.words().unwrap(), desk.words().unwrap());
        assert_eq!(other.different_names().unwrap(), desk.different_names().unwrap());
        assert_eq!(other.export_names_csv(NamesCsv::ENGLISH).unwrap(), names);
        assert_eq!(other.import_names_csv("name,confirmed\n,true\n\"\",x\n").unwrap().skipped, 2);
    }

    #[test]
    fn the_register_is_written_with_indonesian_columns_and_read_back_with_either() {
        let mut desk = Store::open_in_memory().unwrap();
        desk.confirm_name("Hendra Wiratmaja").unwrap();
        desk.mark_different("Susilo", "Susila").unwrap();
        let indonesian = desk.export_names_csv(NamesCsv::INDONESIAN).unwrap();
        assert_eq!(indonesian.lines().next(), Some("nama,dikonfirmasi,orang_berbeda"));
        assert!(indonesian.contains("Hendra Wiratmaja,ya,\n"), "{indonesian}");
        assert!(!indonesian.contains("true") && !indonesian.contains("name,"), "{indonesian}");
        let english = desk.export_names_csv(NamesCsv::ENGLISH).unwrap();
        assert_eq!(english.lines().next(), Some("name,confirmed,different_from"));
        for text in [indonesian, english] {
            let mut other = Store::open_in_memory().unwrap();
            let outcome = other.import_names_csv(&text).unwrap();
            assert_eq!((outcome.added, outcome.skipped), (2, 0), "{text}");
            assert_eq!(other.export_names_csv(NamesCsv::INDONESIAN).unwrap(), desk.export_names_csv(NamesCsv::INDONESIAN).unwrap());
        }
    }
}
