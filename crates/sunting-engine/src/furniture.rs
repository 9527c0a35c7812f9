//! Page furniture: the lines a web page or a wire service puts around a story that are not
//! part of it ("Foto: ...", "Baca juga: ...", "Komentar Anda", "Rekomendasi Artikel", share
//! prompts, advertisement markers).
//!
//! Import removes whole blocks of furniture and says which; the checker's `furniture` rule flags
//! any that are pasted in later. Both use [`is_furniture`], so they agree.

/// Blocks that start with one of these (case-insensitive) are page furniture.
const PREFIXES: &[&str] = &[
    "foto:",
    "foto :",
    "(foto:",
    "[foto:",
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
    "©",
    "(©",
    "copyright ©",
    "copyright (c)",
];

/// A short block (a line, not a paragraph of story) that says one of these is a copyright or
/// credit line: "Kompas.com - All rights reserved".
const SHORT_LINE_MARKS: &[&str] = &["all rights reserved", "hak cipta dilindungi"];
const SHORT_LINE: usize = 160;

/// Whole blocks that are furniture.
const WHOLE: &[&str] = &["komentar", "bagikan", "share", "iklan", "terpopuler", "terkini", "populer", "selanjutnya", "sebelumnya"];

/// True when a block with this text is page furniture.
pub fn is_furniture(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    PREFIXES.iter().any(|p| lower.starts_with(p))
        || WHOLE.contains(&lower.as_str())
        || (lower.len() <= SHORT_LINE && SHORT_LINE_MARKS.iter().any(|mark| lower.contains(mark)))
}

#[cfg(test)]
mod tests {
    use super::is_furniture;

    #[test]
    fn recognises_captions_links_and_prompts_but_not_story_text() {
        for furniture in [
            "Foto: Bus listrik di Terboyo",
            "(Foto: ANTARA/Aji)",
            "BACA JUGA: Tarif naik",
            "Komentar Anda",
            "Iklan",
            " Bagikan ",
            "© 2020 Kanal247",
            "Copyright (c) 2020 Kanal247.com",
            "Kanal247.com - Hak cipta dilindungi undang-undang",
        ] {
            assert!(is_furniture(furniture), "{furniture}");
        }
        for story in [
            "Polisi menunjukkan foto pelaku.",
            "Bagikan makanan kepada warga, katanya.",
            "Fotografer itu datang.",
            "Hak cipta lagu itu milik penciptanya.",
            "Copyright lagu itu dijual pada 2019.",
        ] {
            assert!(!is_furniture(story), "{story}");
        }
    }
}
