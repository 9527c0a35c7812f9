//! Diffs as text for a terminal.
//!
//! With colour, deletions are red and struck through and insertions green and underlined (so
//! the difference never rests on colour alone). Without colour, the familiar word-diff markers
//! `[-deleted-]` and `{+inserted+}` are used. Unchanged blocks are summarised, not repeated.

use super::{ArticleDiff, BlockChange, SpanTag, TextDiff};
use crate::model::BlockKind;
use std::fmt::Write;

/// How to print.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderConfig {
    /// Use ANSI colour and text attributes.
    pub color: bool,
}

const RED_STRIKE: &str = "\x1b[31;9m";
const GREEN_UNDERLINE: &str = "\x1b[32;4m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Renders an article diff for people. Returns "No changes." when nothing differs.
pub fn render(diff: &ArticleDiff, config: RenderConfig) -> String {
    let mut out = String::new();
    for field in &diff.fields {
        if field.diff.is_unchanged() {
            continue;
        }
        let _ = writeln!(out, "{}: {}", heading(field.field.label(), config), spans(&field.diff, config));
    }
    let mut unchanged_run = 0;
    for change in &diff.blocks {
        if let BlockChange::Unchanged { .. } = change {
            unchanged_run += 1;
            continue;
        }
        flush_unchanged(&mut out, &mut unchanged_run, config);
        match change {
            BlockChange::Unchanged { .. } => unreachable!(),
            BlockChange::Changed { old_index, new_index, old_kind, new_kind, marks_changed, diff } => {
                let mut title = format!("¶{} changed", new_index + 1);
                if old_index != new_index {
                    let _ = write!(title, " (was ¶{})", old_index + 1);
                }
                if old_kind != new_kind {
                    let _ = write!(title, ", {} -> {}", kind_label(*old_kind), kind_label(*new_kind));
                }
                if *marks_changed {
                    title.push_str(", formatting changed");
                }
                let _ = writeln!(out, "{}\n  {}", heading(&title, config), spans(diff, config));
            }
            BlockChange::Added { new_index, kind, text } => {
                let title = format!("¶{} added {}", new_index + 1, kind_label(*kind));
                let _ = writeln!(out, "{}\n  {}", heading(&title, config), styled(text, SpanTag::Insert, config));
            }
            BlockChange::Removed { old_index, kind, text } => {
                let title = format!("old ¶{} removed {}", old_index + 1, kind_label(*kind));
                let _ = writeln!(out, "{}\n  {}", heading(&title, config), styled(text, SpanTag::Delete, config));
            }
            BlockChange::Moved { old_index, new_index, text, .. } => {
                let title = format!("¶{} moved from ¶{}", new_index + 1, old_index + 1);
                let _ = writeln!(out, "{}\n  {}", heading(&title, config), text);
            }
        }
    }
    if diff.is_unchanged() {
        return "No changes.\n".to_string();
    }
    flush_unchanged(&mut out, &mut unchanged_run, config);
    let _ = writeln!(out, "{} words added, {} removed", diff.words_added, diff.words_removed);
    out
}

/// Words of unchanged text kept on each side of a change; the rest of a long unchanged stretch
/// is shown as "…" so a one-word fix in a long paragraph fits on a screen.
const CONTEXT_WORDS: usize = 8;

/// Renders one text diff on one line, eliding long unchanged stretches.
pub fn spans(diff: &TextDiff, config: RenderConfig) -> String {
    let last = diff.spans.len().saturating_sub(1);
    let mut out = String::new();
    for (index, span) in diff.spans.iter().enumerate() {
        if span.tag == SpanTag::Equal {
            let keep_start = index > 0; // text after a change
            let keep_end = index < last; // text before a change
            out.push_str(&elide(&span.text, keep_start, keep_end));
        } else {
            out.push_str(&styled(&span.text, span.tag, config));
        }
    }
    out
}

/// Keeps `CONTEXT_WORDS` words at the start and/or end of unchanged text.
fn elide(text: &str, keep_start: bool, keep_end: bool) -> String {
    let inner = text.trim_matches(' ');
    let lead = &text[..text.len() - text.trim_start_matches(' ').len()];
    let trail = &text[text.trim_end_matches(' ').len()..];
    let words: Vec<&str> = inner.split(' ').collect();
    let budget = CONTEXT_WORDS * (keep_start as usize + keep_end as usize);
    if words.len() <= budget + 1 || (!keep_start && !keep_end) {
        return text.to_string();
    }
    let head = words[..CONTEXT_WORDS].join(" ");
    let tail = words[words.len() - CONTEXT_WORDS..].join(" ");
    match (keep_start, keep_end) {
        (true, true) => format!("{lead}{head} … {tail}{trail}"),
        (true, false) => format!("{lead}{head} …"),
        _ => format!("… {tail}{trail}"),
    }
}

fn styled(text: &str, tag: SpanTag, config: RenderConfig) -> String {
    match (tag, config.color) {
        (SpanTag::Equal, _) => text.to_string(),
        (SpanTag::Insert, true) => format!("{GREEN_UNDERLINE}{text}{RESET}"),
        (SpanTag::Delete, true) => format!("{RED_STRIKE}{text}{RESET}"),
        (SpanTag::Insert, false) => format!("{{+{text}+}}"),
        (SpanTag::Delete, false) => format!("[-{text}-]"),
    }
}

fn heading(text: &str, config: RenderConfig) -> String {
    if config.color {
        format!("{BOLD}{text}{RESET}")
    } else {
        text.to_string()
    }
}

fn flush_unchanged(out: &mut String, run: &mut usize, config: RenderConfig) {
    if *run == 0 {
        return;
    }
    let text = match *run {
        1 => "… 1 unchanged block …".to_string(),
        n => format!("… {n} unchanged blocks …"),
    };
    if config.color {
        let _ = writeln!(out, "{DIM}{text}{RESET}");
    } else {
        let _ = writeln!(out, "{text}");
    }
    *run = 0;
}

fn kind_label(kind: BlockKind) -> String {
    match kind {
        BlockKind::Heading { level } => format!("heading {level}"),
        other => other.label().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::diff_articles;
    use crate::model::ArticleContent;

    #[test]
    fn plain_rendering_marks_only_what_changed() {
        let old = ArticleContent::from_paragraphs(
            "Durov ke Jakarta",
            ["Satu paragraf tetap.", "Email dari Menteri Rudiatara belum terkirim.", "Dihapus nanti."],
        );
        let new = ArticleContent::from_paragraphs(
            "Durov ke Jakarta",
            ["Satu paragraf tetap.", "Email dari Menteri Rudiantara belum terkirim.", "Paragraf baru di akhir."],
        );
        let text = render(&diff_articles(&old, &new), RenderConfig { color: false });
        assert_eq!(
            text,
            "… 1 unchanged block …\n¶2 changed\n  Email dari Menteri [-Rudiatara-]{+Rudiantara+} belum terkirim.\nold ¶3 removed paragraph\n  [-Dihapus nanti.-]\n¶3 added paragraph\n  {+Paragraf baru di akhir.+}\n5 words added, 3 removed\n"
        );
    }

    #[test]
    fn colour_uses_attributes_not_only_colour() {
        let old = ArticleContent::from_paragraphs("Judul lama", Vec::<String>::new());
        let new = ArticleContent::from_paragraphs("Judul baru", Vec::<String>::new());
        let text = render(&diff_articles(&old, &new), RenderConfig { color: true });
        assert!(text.contains("\x1b[31;9mlama\x1b[0m"), "{text:?}");
        assert!(text.contains("\x1b[32;4mbaru\x1b[0m"), "{text:?}");
    }

    #[test]
    fn long_unchanged_text_is_elided_around_a_change() {
        let old = ArticleContent::from_paragraphs("J", ["satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua-belas tiga-belas KATA empat-belas lima-belas a b c d e f g h i j k l"]);
        let mut new = old.clone();
        new.body[0] = crate::model::Block::paragraph(old.body[0].text().replace("KATA", "kata"));
        let text = render(&diff_articles(&old, &new), RenderConfig { color: false });
        assert!(text.contains("  … enam tujuh delapan sembilan sepuluh sebelas dua-belas tiga-belas [-KATA-]{+kata+} empat-belas lima-belas a b c d e f …\n"), "{text}");
    }

    #[test]
    fn no_changes_says_so() {
        let content = ArticleContent::from_paragraphs("Sama", ["Sama saja."]);
        assert_eq!(render(&diff_articles(&content, &content), RenderConfig::default()), "No changes.\n");
    }
}
