//! Shared bits of printing: times, colour, JSON.

use chrono::{Local, TimeZone};
use serde::Serialize;
use std::io::IsTerminal;

/// A stored time (ms since the epoch) in the local time zone, to the minute.
pub fn local_time(millis: i64) -> String {
    match Local.timestamp_millis_opt(millis) {
        chrono::LocalResult::Single(time) | chrono::LocalResult::Ambiguous(time, _) => time.format("%Y-%m-%d %H:%M").to_string(),
        chrono::LocalResult::None => "?".to_string(),
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ColorChoice {
    // Colour when stdout is a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    // Always colour.
    Always,
    // Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour now.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

/// Text from the store or the server as it may reach a terminal: every control character
/// (escape sequences, carriage returns, newlines) is shown escaped, never obeyed.
pub fn printable(text: &str) -> String {
    escaped(text, false)
}

/// [`printable`] for text of several lines: newlines and tabs stay as they are.
pub fn printable_lines(text: &str) -> String {
    escaped(text, true)
}

fn escaped(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && !(keep_lines && matches!(c, '\n' | '\t')) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Shortens text to `max` characters for one-line tables.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(super::printable("Judul\u{1b}]0;x\u{7}\r\nbaru"), "Judul\\u{1b}]0;x\\u{7}\\u{d}\\u{a}baru");
        assert_eq!(super::printable("Bus listrik — Semarang"), "Bus listrik — Semarang");
        assert_eq!(super::printable_lines("satu\ndua\u{1b}[2J"), "satu\ndua\\u{1b}[2J");
    }
}
