//! The project's own sample story, loaded into a new desktop database and used in demos.
//!
//! It was written for Sunting and carries the problems a desk catches: a name misspelt once
//! (Hendriyato beside Hendriyanto twice), typos (opersional, penumpnag), *disitu*, non-standard
//! words (ijin, resiko), a foreign word (feedback), two short forms for one office (Dishub,
//! Dishubkot), "menjelaskan jika", and web-page furniture ("Foto: ...", "Baca juga: ...",
//! "Bagikan artikel ini", "Komentar Anda", "Rekomendasi Artikel"). The weekday in "Kamis
//! (5/3/2026)" is right: 5 March 2026 is a Thursday.

use crate::format::plain;
use crate::model::ArticleContent;

/// The sample story as plain text, exactly as a reporter might paste it.
pub const SAMPLE_STORY: &str = include_str!("../data/sample-story.txt");

/// The sample story as article content.
pub fn sample_article() -> ArticleContent {
    let mut content = plain::parse(SAMPLE_STORY);
    content.language = "id".to_string();
    content.dateline = "Semarang".to_string();
    content.byline = "Redaksi Sunting".to_string();
    content.tags = vec!["transportasi".to_string(), "Semarang".to_string()];
    content
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_parses_into_a_full_story() {
        let content = sample_article();
        assert!(content.headline.starts_with("Semarang Uji Coba Bus Listrik"));
        assert!(content.body.len() >= 10);
        assert!(content.body_word_count() > 250);
    }
}

/// Common Indonesian news words, for synthetic articles in benchmarks and scale tests.
const VOCABULARY: &[&str] = &[
    "pemerintah",
    "kota",
    "warga",
    "bus",
    "listrik",
    "jadwal",
    "penumpang",
    "dinas",
    "perhubungan",
    "kepala",
    "mengatakan",
    "bahwa",
    "dalam",
    "dengan",
    "untuk",
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "akan",
    "telah",
    "sudah",
    "belum",
    "tidak",
    "juga",
    "masih",
    "lebih",
    "sekitar",
    "hari",
    "pekan",
    "bulan",
    "tahun",
    "menurut",
    "program",
    "rencana",
    "anggaran",
    "daerah",
    "provinsi",
    "kabupaten",
    "desa",
    "jalan",
    "halte",
    "stasiun",
    "kereta",
    "angkutan",
    "umum",
    "pribadi",
    "kendaraan",
    "tarif",
    "harga",
    "pasar",
    "pedagang",
    "petani",
    "beras",
    "banjir",
    "hujan",
    "musim",
    "kemarau",
    "sekolah",
    "guru",
    "murid",
    "rumah",
    "sakit",
    "dokter",
    "pasien",
    "obat",
    "polisi",
    "pelaku",
    "korban",
    "saksi",
    "pengadilan",
    "hakim",
    "jaksa",
    "sidang",
    "putusan",
    "menteri",
    "presiden",
    "gubernur",
    "bupati",
    "wali",
    "anggota",
    "dewan",
    "rapat",
    "keputusan",
    "undang-undang",
    "aturan",
    "perusahaan",
    "pekerja",
    "upah",
    "buruh",
    "investasi",
    "ekonomi",
    "pertumbuhan",
    "persen",
    "rupiah",
    "miliar",
    "juta",
    "ribu",
    "ratusan",
    "puluhan",
    "beberapa",
    "sejumlah",
    "banyak",
    "sedikit",
    "besar",
    "kecil",
    "baru",
    "lama",
    "cepat",
    "lambat",
    "mudah",
    "sulit",
    "penting",
    "utama",
    "resmi",
    "terbuka",
    "tertutup",
    "bersama",
    "menyampaikan",
    "menjelaskan",
    "menilai",
    "meminta",
    "berharap",
    "menambahkan",
    "menyebut",
    "mencatat",
    "meningkat",
    "menurun",
    "bertambah",
    "berkurang",
    "dibangun",
    "diresmikan",
    "diumumkan",
    "ditunda",
    "dibuka",
    "ditutup",
    "diperiksa",
    "ditangkap",
    "dilaporkan",
    "kesiapan",
    "keberhasilan",
    "pembangunan",
    "pelayanan",
    "pengawasan",
    "pemeriksaan",
    "penanganan",
    "perbaikan",
    "kebijakan",
    "masyarakat",
    "lingkungan",
    "kesehatan",
    "pendidikan",
    "keamanan",
    "ketertiban",
    "transportasi",
    "infrastruktur",
    "teknologi",
    "aplikasi",
    "data",
];

/// A deterministic synthetic article of about `words` body words in paragraphs of 40 to 80
/// words, for benchmarks and scale tests. The same seed gives the same article.
pub fn synthetic_article(seed: u64, words: usize) -> ArticleContent {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut paragraphs = Vec::new();
    let mut remaining = words;
    while remaining > 0 {
        let length = (40 + next(41)).min(remaining);
        let mut paragraph = String::new();
        for position in 0..length {
            let word = VOCABULARY[next(VOCABULARY.len())];
            if position == 0 {
                let mut chars = word.chars();
                paragraph.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                paragraph.push_str(chars.as_str());
            } else {
                paragraph.push(if next(9) == 0 { ',' } else { ' ' });
                if paragraph.ends_with(',') {
                    paragraph.push(' ');
                }
                paragraph.push_str(word);
            }
        }
        paragraph.push('.');
        paragraphs.push(paragraph);
        remaining -= length;
    }
    let headline = format!("Laporan {} nomor {seed}", VOCABULARY[next(VOCABULARY.len())]);
    let mut content = ArticleContent::from_paragraphs(&headline, paragraphs);
    content.language = "id".to_string();
    content
}

#[cfg(test)]
mod synthetic_tests {
    use super::*;

    #[test]
    fn synthetic_articles_are_deterministic_and_sized() {
        let a = synthetic_article(7, 2_000);
        assert_eq!(a, synthetic_article(7, 2_000));
        assert_ne!(a, synthetic_article(8, 2_000));
        let words = a.body_word_count();
        assert!((1_990..=2_100).contains(&words), "{words}");
    }
}
