//! The errors Indonesian editors are trained to catch, one sentence each (Sunting's own
//! sentences), with the correction an editor would make. Every one must be flagged with that
//! correction first, and the correct sentences after them must pass untouched.

use std::sync::Arc;
use sunting_check::{CheckConfig, Checker, Document, Resources};

/// (sentence, the flagged text, the correction first offered)
const SLIPS: &[(&str, &str, &str)] = &[
    // k before -kan is doubled; before -an it stays single.
    ("Bom itu diletakan di bawah jok motor.", "diletakan", "diletakkan"),
    ("Mesin itu digerakan tenaga surya.", "digerakan", "digerakkan"),
    ("Ia menunjukan surat tugasnya.", "menunjukan", "menunjukkan"),
    ("Upacara peletakkan batu pertama digelar pagi.", "peletakkan", "peletakan"),
    ("Proses pembentukkan panitia selesai.", "pembentukkan", "pembentukan"),
    ("Warga kebanyakkan memilih diam saat rapat digelar di balai desa.", "kebanyakkan", "kebanyakan"),
    // meN- before c and before one-syllable roots.
    ("Sekolah itu menyontoh kurikulum lama.", "menyontoh", "mencontoh"),
    ("Petugas mencat ulang pagar balai desa.", "mencat", "mengecat"),
    ("Tim teknis membor sumur baru.", "membor", "mengebor"),
    ("Rapat paripurna mensahkan anggaran.", "mensahkan", "mengesahkan"),
    ("Pemerintah mempengaruhi harga beras.", "mempengaruhi", "memengaruhi"),
    ("Warga diminta tidak mengkonsumsi air sumur.", "mengkonsumsi", "mengonsumsi"),
    // Loan verbs in -isir/-ir.
    ("Wabah itu berhasil dilokalisir petugas.", "dilokalisir", "dilokalisasi"),
    ("Relawan mengorganisir dapur umum.", "mengorganisir", "mengorganisasi"),
    ("Kegiatan itu dikoordinir kecamatan.", "dikoordinir", "dikoordinasi"),
    // Loan words KBBI settled.
    ("Polisi memeriksa obyek wisata itu.", "obyek", "objek"),
    ("Tehnik baru itu diuji di sawah.", "Tehnik", "Teknik"),
    ("Kualitas produk itu dijaga sesuai standar ijin edar.", "ijin", "izin"),
    ("Harga sembako naik, warga mulai merubah menu.", "merubah", "mengubah"),
    // Abbreviations.
    ("Barang bukti tsb. dan sepeda motor dll disita.", "dll", "dll."),
    ("Data itu ada di hlm 12 laporan.", "hlm", "hlm."),
    ("Pameran dibuka 1 s/d 7 Juni.", "s/d", "s.d."),
    // Bound forms and hyphens.
    ("Harga gabah pasca panen jatuh.", "pasca panen", "pascapanen"),
    ("Bus antar kota berangkat subuh.", "antar kota", "antarkota"),
    ("Kamera infra merah dipasang di gerbang.", "infra merah", "inframerah"),
    ("Pegawai itu dinyatakan non-aktif.", "non-aktif", "nonaktif"),
    // di, ke and pun.
    ("Warga menunggu disitu sejak pagi.", "disitu", "di situ"),
    ("Apapun hasilnya, warga menerima.", "Apapun", "Apa pun"),
    ("Tak sedikitpun ia mundur.", "sedikitpun", "sedikit pun"),
    ("Ia tetap datang walau pun hujan.", "walau pun", "walaupun"),
    // Typos, including ones that split into real pieces.
    ("Soal pengunaan dana desa dibahas.", "pengunaan", "penggunaan"),
    ("Mereka membahas langkah untuk mengatasai banjir.", "mengatasai", "mengatasi"),
];

/// Correct sentences that look like the slips above.
const RIGHT: &[&str] = &[
    "Bom itu diletakkan di bawah jok motor, lalu makanan dimakan bersama.",
    "Upacara peletakan batu pertama dan pembentukan panitia selesai; kebanyakan warga hadir.",
    "Sekolah itu mencontoh kurikulum lama dan mencuci seragam; petugas mengecat pagar.",
    "Wabah itu berhasil dilokalisasi; air mengalir dan kegiatan berakhir.",
    "Harga gabah pascapanen jatuh, bus antarkota berangkat, dan pegawai itu nonaktif.",
    "Apa pun hasilnya, meskipun hujan, ia pun datang; tak sedikit pun ia mundur.",
];

fn checker() -> Checker {
    Checker::new(Arc::new(Resources::from_environment()), CheckConfig::default())
}

#[test]
fn every_slip_is_caught_with_the_right_correction_first() {
    let checker = checker();
    let mut missed = Vec::new();
    for (sentence, flagged, right) in SLIPS {
        let report = checker.check(&Document::from_text(sentence));
        let found = report.findings.iter().find(|f| f.text == *flagged);
        match found.and_then(|f| f.suggestions.first()) {
            Some(first) if first == right => {}
            _ => missed.push(format!("{sentence:?}: {flagged:?} -> {right:?}, found {found:?}")),
        }
    }
    assert!(missed.is_empty(), "{} of {} missed:\n{}", missed.len(), SLIPS.len(), missed.join("\n"));
}

#[test]
fn the_right_forms_pass() {
    let checker = checker();
    for sentence in RIGHT {
        let report = checker.check(&Document::from_text(sentence));
        let serious: Vec<_> = report.findings.iter().filter(|f| f.severity >= sunting_check::Severity::Warning).collect();
        assert!(serious.is_empty(), "{sentence:?}: {serious:#?}");
    }
}
