//! `furniture`: web-page furniture pasted with a story ("Foto: ...", "Baca juga: ...",
//! "Komentar Anda", "Rekomendasi Artikel", share prompts, advertisement markers). The whole
//! block is flagged; the fix is to delete it.

use super::{BlockContext, Check, Rule};
use crate::finding::{Category, RawFinding, Severity};

/// The rule.
pub struct Furniture;

/// The id.
pub const ID: &str = "furniture";

/// Blocks that start with one of these (case-insensitive) are page furniture.
const PREFIXES: &[&str] = &[
    "foto:",
    "foto :",
    "baca juga",
    "baca:",
    "simak juga",
    "simak video",
    "lihat juga",
    "tonton juga",
    "berita terkait",
    "artikel terkait",
    "rekomendasi artikel",
    "rekomendasi untuk anda",
    "komentar anda",
    "tulis komentar",
    "bagikan artikel",
    "bagikan:",
    "bagikan berita",
    "share this",
    "share:",
    "advertisement",
    "scroll to continue",
    "scroll untuk melanjutkan",
    "klik di sini",
    "ikuti kami",
    "follow us",
    "dapatkan update berita",
    "download aplikasi",
    "unduh aplikasi",
    "read more:",
    "related:",
    "sign up for",
    "subscribe",
];

/// Whole blocks that are furniture.
const WHOLE: &[&str] = &["komentar", "bagikan", "share", "iklan", "terpopuler", "terkini", "populer", "selanjutnya", "sebelumnya"];

/// True when the block is page furniture.
pub fn is_furniture(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    PREFIXES.iter().any(|p| lower.starts_with(p)) || WHOLE.contains(&lower.as_str())
}

impl Furniture {
    /// Its registration.
    pub fn rule() -> Rule {
        Rule {
            id: ID,
            category: Category::Furniture,
            severity: Severity::Warning,
            description: "Flags web-page furniture pasted with a story, such as photo captions, \"Baca juga\" links, comment and share prompts; delete them.",
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
        let message = "This looks like web-page furniture, not part of the story; delete it.";
        vec![Rule::finding(ID, Category::Furniture, Severity::Warning, 0..block.text.len(), message, Vec::new())]
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
