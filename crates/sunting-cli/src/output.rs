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
