//! What Sunting itself did to an article, read back from the notes of its history.
//!
//! A revision or a status change Sunting makes on its own (the sample article, a new or imported
//! article, a restore, an export to a site) carries a note that says so. The note is stored as the one
//! fixed English sentence every version of Sunting has written ("Restored revision 3"), so the
//! stores and the newsroom server written by older versions read the same; [`NoteEvent::read`]
//! recognises those sentences and gives the event as data, which each front end words in its
//! own language. Whatever an editor added after the sentence stays their note. This module
//! does not word events for people: the command line's and the window's catalogues do.

use serde::Serialize;

/// An event Sunting recorded in a history note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoteEvent {
    /// The sample article a new store starts with.
    Sample,
    /// A new, empty article made in the window.
    Created,
    /// An article imported from a file (its name, when the front end knew it).
    Imported {
        /// The file's name.
        file: Option<String>,
    },
    /// A revision that restores an older one.
    Restored {
        /// The revision restored.
        revision: u32,
    },
    /// A revision sent to a site, where it became a post.
    Sent {
        /// The revision sent.
        revision: u32,
        /// The site's address.
        site: String,
        /// The post's id on the site.
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        post: i64,
        /// The post's status on the site as sent (WordPress's `publish`, `pending`, `draft`);
        /// unknown for an export recorded before Sunting kept it.
        status: Option<String>,
    },
}

/// Indonesian import notes written by the window before events were read as data.
const IMPORTED_FROM: [&str; 2] = ["Imported from ", "Diimpor dari "];

impl NoteEvent {
    /// The note that records this event, as the store keeps it.
    pub fn note(&self) -> String {
        match self {
            NoteEvent::Sample => "Sample story".to_string(),
            NoteEvent::Created => "New article".to_string(),
            NoteEvent::Imported { file: None } => "Imported".to_string(),
            NoteEvent::Imported { file: Some(file) } => format!("Imported from {file}"),
            NoteEvent::Restored { revision } => format!("Restored revision {revision}"),
            NoteEvent::Sent { revision, site, post, status: None } => format!("Revision {revision} sent to {site} (post {post})"),
            NoteEvent::Sent { revision, site, post, status: Some(status) } => {
                format!("Revision {revision} sent to {site} (post {post}, {status})")
            }
        }
    }

    /// The note that records this event with the editor's own words after it.
    pub fn note_with(&self, words: &str) -> String {
        match words.trim() {
            "" => self.note(),
            words => format!("{}. {words}", self.note()),
        }
    }

    /// Splits a stored note into the event it records, if any, and the editor's own words.
    pub fn read(note: Option<&str>) -> (Option<NoteEvent>, Option<String>) {
        let Some(note) = note else { return (None, None) };
        let words = |rest: &str| Some(rest.trim_start_matches('.').trim()).filter(|w| !w.is_empty()).map(str::to_string);
        match note {
            "Sample story" => return (Some(NoteEvent::Sample), None),
            "New article" => return (Some(NoteEvent::Created), None),
            "Imported" => return (Some(NoteEvent::Imported { file: None }), None),
            _ => {}
        }
        if let Some(file) = IMPORTED_FROM.iter().find_map(|prefix| note.strip_prefix(prefix)) {
            // A file's name can hold anything, so the whole rest is the name.
            return (Some(NoteEvent::Imported { file: Some(file.to_string()) }), None);
        }
        if let Some(rest) = note.strip_prefix("Restored revision ") {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if let Ok(revision) = rest[..digits].parse() {
                return (Some(NoteEvent::Restored { revision }), words(&rest[digits..]));
            }
        }
        if let Some(sent) = read_sent(note) {
            return sent;
        }
        (None, Some(note.to_string()))
    }
}

/// "Revision N sent to SITE (post P)" or "(post P, STATUS)", then ". " and the editor's words
/// when they gave any.
fn read_sent(note: &str) -> Option<(Option<NoteEvent>, Option<String>)> {
    let rest = note.strip_prefix("Revision ")?;
    let (revision, rest) = rest.split_once(" sent to ")?;
    let revision = revision.parse().ok()?;
    let (site, rest) = rest.split_once(" (post ")?;
    let (post, words) = rest.split_once(')')?;
    let (post, status) = match post.split_once(", ") {
        Some((post, status)) if !status.is_empty() && status.chars().all(|c| c.is_ascii_lowercase()) => (post, Some(status.to_string())),
        _ => (post, None),
    };
    let post = post.parse().ok()?;
    let words = Some(words.trim_start_matches('.').trim()).filter(|w| !w.is_empty()).map(str::to_string);
    Some((Some(NoteEvent::Sent { revision, site: site.to_string(), post, status }), words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn round_trip(event: NoteEvent, words: &str) {
        let expected_words = Some(words.to_string()).filter(|w| !w.is_empty());
        assert_eq!(NoteEvent::read(Some(&event.note_with(words))), (Some(event), expected_words));
    }

    #[test]
    fn every_event_reads_back_from_its_note_with_or_without_the_editors_words() {
        round_trip(NoteEvent::Sample, "");
        round_trip(NoteEvent::Created, "");
        round_trip(NoteEvent::Imported { file: None }, "");
        round_trip(NoteEvent::Imported { file: Some("laporan (final).docx".into()) }, "");
        round_trip(NoteEvent::Restored { revision: 3 }, "");
        round_trip(NoteEvent::Restored { revision: 12 }, "versi sebelum disunting");
        round_trip(NoteEvent::Sent { revision: 2, site: "https://kabar.example".into(), post: 42, status: None }, "");
        round_trip(NoteEvent::Sent { revision: 2, site: "https://kabar.example".into(), post: 42, status: Some("publish".into()) }, "");
        round_trip(
            NoteEvent::Sent { revision: 2, site: "https://kabar.example".into(), post: 42, status: Some("draft".into()) },
            "Ringkasan menyusul",
        );
    }

    #[test]
    fn notes_stored_by_earlier_versions_read_as_events() {
        assert_eq!(
            NoteEvent::read(Some("Revision 1 sent to http://127.0.0.1:8080 (post 42). Teras menyusul")),
            (
                Some(NoteEvent::Sent { revision: 1, site: "http://127.0.0.1:8080".into(), post: 42, status: None }),
                Some("Teras menyusul".into())
            )
        );
        assert_eq!(NoteEvent::read(Some("Diimpor dari rapat.docx")), (Some(NoteEvent::Imported { file: Some("rapat.docx".into()) }), None));
        assert_eq!(NoteEvent::read(Some("Restored revision 4")), (Some(NoteEvent::Restored { revision: 4 }), None));
    }

    #[test]
    fn an_editors_note_is_left_as_written() {
        for note in ["cek nama menteri", "Revision 2 was wrong", "Restored revision by hand", "Imported twice?"] {
            assert_eq!(NoteEvent::read(Some(note)), (None, Some(note.to_string())));
        }
        assert_eq!(NoteEvent::read(None), (None, None));
    }
}
