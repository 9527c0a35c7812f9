//! `furniture`: web-page furniture pasted with a story ("Foto: ...", "Baca juga: ...",
//! "Komentar Anda", "Rekomendasi Artikel", share prompts, advertisement markers). The whole
//! block is flagged; the fix is to delete it.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};
use crate::messages::Message;

/// The rule.
pub struct Furniture;

/// The id.
pub const ID: &str = "furniture";

/// True when the block is page furniture; the list is the engine's, shared with import.
pub use sunting_engine::furniture::is_furniture;

impl Furniture {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Furniture,
            severity: Severity::Warning,
            enabled_by_default: true,
            implementation: super::Implementation::Block(Box::new(Furniture)),
        }
    }
}

impl Check for Furniture {
    fn check(&self, block: &BlockContext<'_>) -> Vec<RawFinding> {
        if !is_furniture(block.text) {
            return Vec::new();
        }
        let message = Message::new("furniture-block");
        vec![RawFinding::new(0..block.text.len(), message, vec![String::new()])]
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::ID;

    #[test]
    fn flags_furniture_blocks() {
        let text = "Judul berita\n\nFoto: Judul berita\n\nIsi berita yang sebenarnya.\n\nBaca juga: Tarif naik\n\nKomentar Anda\n\nRekomendasi Artikel";
        assert_flags(text, ID, &["Foto: Judul berita", "Baca juga: Tarif naik", "Komentar Anda", "Rekomendasi Artikel"]);
    }

    #[test]
    fn story_text_mentioning_photos_passes() {
        assert_flags("Polisi menunjukkan foto pelaku kepada wartawan. Komentar Anda tentang itu ditunggu, katanya.", ID, &[]);
    }
}
