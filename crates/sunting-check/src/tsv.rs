//! The one reader of the tab-separated tables the checker ships: frequencies, the context
//! model, phrases, language markers, word lists and names. A row a table does not accept (too
//! few or too many columns, a value it cannot read) is a [`BadRow`] naming its line, never
//! skipped in silence: a loader leaves it out of what it builds, and a test reads every shipped
//! table and requires none (`every_shipped_table_reads_without_a_bad_row`).

use std::fmt;
use std::ops::RangeInclusive;

/// A row a table does not accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    /// Its line, counting from 1.
    pub line: usize,
    /// Why.
    pub reason: String,
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Reads `text` row by row and returns the rows it could not read. Empty lines and lines
/// starting with `#` are skipped, and the first line too when `header`. Every other line must
/// have a number of tab-separated fields within `columns`; `row` then reads its fields (each
/// trimmed) or says why it cannot.
pub fn read<'a>(
    text: &'a str,
    columns: RangeInclusive<usize>,
    header: bool,
    mut row: impl FnMut(&[&'a str]) -> Result<(), String>,
) -> Vec<BadRow> {
    let mut bad = Vec::new();
    let mut fields: Vec<&'a str> = Vec::with_capacity(*columns.end());
    for (index, line) in text.lines().enumerate() {
        if (header && index == 0) || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        fields.clear();
        fields.extend(line.split('\t').map(str::trim));
        let read = if columns.contains(&fields.len()) {
            row(&fields)
        } else if columns.start() == columns.end() {
            Err(format!("{} columns where the table has {}", fields.len(), columns.start()))
        } else {
            Err(format!("{} columns where the table has {} to {}", fields.len(), columns.start(), columns.end()))
        };
        if let Err(reason) = read {
            bad.push(BadRow { line: index + 1, reason });
        }
    }
    bad
}

/// A number in a field, or why not.
pub fn number<T: std::str::FromStr>(field: &str, what: &str) -> Result<T, String> {
    field.parse().map_err(|_| format!("{what} {field:?} is not a number"))
}

/// A field that must not be empty, or why not.
pub fn required<'a>(field: &'a str, what: &str) -> Result<&'a str, String> {
    if field.is_empty() {
        Err(format!("no {what}"))
    } else {
        Ok(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_row_is_named_by_its_line_and_the_rest_are_read() {
        let text = "word\tcount\n# a comment\nrumah\t12\n\nkota\n  \njalan\tbanyak\npasar\t3\textra\nbaru\t7\n";
        let mut read_rows = Vec::new();
        let bad = read(text, 2..=2, true, |fields| {
            read_rows.push((fields[0], number::<u32>(fields[1], "count")?));
            Ok(())
        });
        assert_eq!(read_rows, [("rumah", 12), ("baru", 7)]);
        assert_eq!(
            bad,
            [
                BadRow { line: 5, reason: "1 columns where the table has 2".into() },
                BadRow { line: 7, reason: "count \"banyak\" is not a number".into() },
                BadRow { line: 8, reason: "3 columns where the table has 2".into() },
            ]
        );
        assert_eq!(bad[0].to_string(), "line 5: 1 columns where the table has 2");
        assert!(read("a\tb\tc\n", 3..=4, false, |_| Ok(())).is_empty());
        assert_eq!(read("a\n", 3..=4, false, |_| Ok(()))[0].reason, "1 columns where the table has 3 to 4");
        assert_eq!(read("x\t\n", 2..=2, false, |fields| required(fields[1], "value").map(drop))[0].reason, "no value");
    }

    #[test]
    fn every_shipped_table_reads_without_a_bad_row() {
        use crate::{context, frequencies, lang, lexicon, resources};
        let tables = [
            ("freq-id.tsv", frequencies::read(frequencies::FREQ_ID).1),
            ("freq-en.tsv", frequencies::read(frequencies::FREQ_EN).1),
            ("freq-ms.tsv", frequencies::read(frequencies::FREQ_MS).1),
            ("ngram-id.tsv", context::ContextModel::read(context::NGRAM_ID).1),
            ("language-markers.tsv", lang::read_markers(lang::MARKERS).1),
            ("new-words-id.tsv", lexicon::read_word_list(lexicon::NEW_WORDS_ID).1),
            ("nonstandard-id.tsv", resources::read_pairs(resources::NONSTANDARD_ID).1),
            ("foreign-id.tsv", resources::read_pairs(resources::FOREIGN_ID).1),
            ("starter-names-id.tsv", resources::StarterNames::read(resources::STARTER_NAMES_ID).1),
        ];
        // phrases-id.tsv is read by its rule's own test, with its templates.
        for (table, bad) in tables {
            assert!(bad.is_empty(), "{table}: {}", bad.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "));
        }
    }
}
