//! `dateline_weekday`: a weekday that does not match its date ("Rabu (1/8)" in a 2017 story:
//! 1 August 2017 was a Tuesday). The year comes from the date itself ("(1/8/2017)"), from any
//! full date elsewhere in the article, or from the checker's settings; without one, nothing is
//! flagged (every weekday fits some year).

use super::{ArticleCheck, ArticleContext, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;
use chrono::{Datelike, NaiveDate, Weekday};
use unicode_segmentation::UnicodeSegmentation;

/// The rule.
pub struct DatelineWeekday;

/// The id.
pub const ID: &str = "dateline_weekday";

const DAYS: &[(&str, Weekday)] = &[
    ("senin", Weekday::Mon),
    ("selasa", Weekday::Tue),
    ("rabu", Weekday::Wed),
    ("kamis", Weekday::Thu),
    ("jumat", Weekday::Fri),
    ("jum'at", Weekday::Fri),
    ("sabtu", Weekday::Sat),
    ("minggu", Weekday::Sun),
];

/// A weekday with its date in brackets, as found in a text.
struct DayDate {
    range: std::ops::Range<usize>,
    weekday: Weekday,
    day: u32,
    month: u32,
    year: Option<i32>,
}

/// Finds "Selasa (1/8)" and "Jumat (24/11/2023)" in `text`.
///
/// Day names are matched word by word on the original text: each word is compared in lower case
/// on its own, and every offset is taken from `text` itself, so letters whose lower case has
/// another length (ẞ, İ) cannot shift a range.
fn day_dates(text: &str) -> Vec<DayDate> {
    let mut found = Vec::new();
    if !text.contains('(') {
        return found;
    }
    for (start, word) in text.split_word_bound_indices() {
        if !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let lower = word.to_lowercase();
        let Some(&(_, weekday)) = DAYS.iter().find(|(name, _)| *name == lower) else {
            continue;
        };
        let from = start + word.len();
        let rest = &text[from..];
        let trimmed = rest.trim_start();
        let Some(inner_start) = trimmed.strip_prefix('(') else {
            continue;
        };
        let Some(close) = inner_start.find(')') else {
            continue;
        };
        let parts: Vec<&str> = inner_start[..close].split('/').map(str::trim).collect();
        let numbers: Vec<Option<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
        let (day, month, year) = match numbers.as_slice() {
            [Some(d), Some(m)] => (*d, *m, None),
            [Some(d), Some(m), Some(y)] => (*d, *m, Some(if *y < 100 { 2000 + *y as i32 } else { *y as i32 })),
            _ => continue,
        };
        let end = from + (rest.len() - trimmed.len()) + 1 + close + 1;
        found.push(DayDate { range: start..end, weekday, day, month, year });
    }
    found
}

/// The year of the first full date "(d/m/yyyy)" in the document, if any.
pub fn dateline_year(document: &crate::Document) -> Option<i32> {
    document.blocks.iter().flat_map(|b| day_dates(&b.text)).find_map(|d| d.year).or_else(|| {
        document.blocks.iter().find_map(|block| {
            let text = &block.text;
            text.match_indices('/').find_map(|(i, _)| {
                let after: String = text[i + 1..].chars().take_while(char::is_ascii_digit).collect();
                let close = text[i + 1 + after.len()..].starts_with(')');
                (after.len() == 4 && close && text[..i].rsplit('/').nth(1).is_some()).then(|| after.parse().ok()).flatten()
            })
        })
    })
}

fn day_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Senin",
        Weekday::Tue => "Selasa",
        Weekday::Wed => "Rabu",
        Weekday::Thu => "Kamis",
        Weekday::Fri => "Jumat",
        Weekday::Sat => "Sabtu",
        Weekday::Sun => "Minggu",
    }
}

impl DatelineWeekday {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Date,
            severity: Severity::Error,
            enabled_by_default: true,
            implementation: super::Implementation::Article(Box::new(DatelineWeekday)),
        }
    }
}

impl ArticleCheck for DatelineWeekday {
    fn check(&self, article: &ArticleContext<'_>) -> Vec<(usize, RawFinding)> {
        let mut findings = Vec::new();
        for block in article.blocks {
            for found in day_dates(block.text) {
                let Some(year) = found.year.or(article.year) else {
                    continue;
                };
                let Some(date) = NaiveDate::from_ymd_opt(year, found.month, found.day) else {
                    let message =
                        Message::new("dateline-weekday-no-date").text("day", found.day.to_string()).text("month", found.month.to_string());
                    findings.push((block.index, RawFinding::new(found.range.clone(), message, Vec::new())));
                    continue;
                };
                if date.weekday() == found.weekday {
                    continue;
                }
                let right = day_name(date.weekday());
                let original = &block.text[found.range.clone()];
                let name_end = original.find(|c: char| c.is_whitespace() || c == '(').unwrap_or(original.len());
                let suggestion = format!("{right}{}", &original[name_end..]);
                let message = Message::new("dateline-weekday-wrong")
                    .text("date", format!("{} {} {year}", found.day, month_name(found.month)))
                    .text("right", right)
                    .text("weekday", weekday_code(date.weekday()))
                    .text("written", day_name(found.weekday));
                findings.push((block.index, RawFinding::new(found.range.clone(), message, vec![suggestion])));
            }
        }
        findings
    }
}

fn month_name(month: u32) -> &'static str {
    ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
        .get(month as usize - 1)
        .copied()
        .unwrap_or("?")
}

/// The weekday's code in messages (the catalogues name it in their language).
fn weekday_code(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;
    use crate::CheckConfig;

    fn flagged_in(text: &str, year: Option<i32>) -> Vec<(String, Vec<String>)> {
        check_with(text, CheckConfig { year, ..Default::default() })
            .into_iter()
            .filter(|f| f.rule == ID)
            .map(|f| (f.text, f.suggestions))
            .collect()
    }

    #[test]
    fn wrong_weekday_in_the_articles_year() {
        assert_eq!(
            flagged_in("Rabu (1/8), Durov mendatangi kantor itu.", Some(2017)),
            [("Rabu (1/8)".to_string(), vec!["Selasa (1/8)".to_string()])]
        );
        assert!(flagged_in("Selasa (1/8), Durov mendatangi kantor itu.", Some(2017)).is_empty());
    }

    #[test]
    fn year_from_the_date_or_the_text() {
        assert_eq!(flagged_in("Jumat (5/3/2026) uji coba dimulai.", None).len(), 1, "5 March 2026 is a Thursday");
        assert!(flagged_in("Kamis (5/3/2026) uji coba dimulai.", None).is_empty());
        assert_eq!(
            flagged_in("Kamis (5/3/2026) uji coba dimulai.\n\nSabtu (7/3) bus kembali beroperasi, Senin (8/3) ditutup.", None).len(),
            1
        );
    }

    #[test]
    fn without_a_year_nothing_is_flagged() {
        assert!(flagged_in("Rabu (1/8), Durov datang.", None).is_empty());
    }

    #[test]
    fn letters_whose_lower_case_is_longer_or_shorter_shift_nothing() {
        // "ẞ" lower-cases to "ß" (one byte shorter), "İ" to "i̇" (one byte longer).
        assert_eq!(flagged_in("ẞ—Rabu (1/8)", Some(2017)), [("Rabu (1/8)".to_string(), vec!["Selasa (1/8)".to_string()])]);
        assert_eq!(flagged_in("İstanbul, Rabu (1/8)", Some(2017)), [("Rabu (1/8)".to_string(), vec!["Selasa (1/8)".to_string()])]);
        assert_eq!(flagged_in("İİİ ẞẞ Kamis (5/3/2026) İ.", None), Vec::<(String, Vec<String>)>::new());
        assert_eq!(flagged_in("KAMİS Rabu (1/8) ẞ", Some(2017)).len(), 1);
    }

    #[test]
    fn a_day_name_inside_a_word_is_not_a_weekday() {
        assert!(flagged_in("Serabu (1/8) dijual.", Some(2017)).is_empty());
    }

    #[test]
    fn impossible_dates_are_flagged() {
        assert_eq!(flagged_in("Senin (31/2/2026) rapat digelar.", None).len(), 1);
    }
}
