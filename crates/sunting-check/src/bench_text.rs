//! The synthetic article the benchmarks check: the project's generated Indonesian copy
//! (`sunting_engine::sample`) with typos, non-standard words, a joined preposition, a misspelt
//! name and "menjelaskan jika" mixed in, so every kind of rule has work to do.

use sunting_engine::sample::synthetic_article;

/// About `words` words of problem-laden Indonesian copy, paragraphs separated by blank lines.
pub fn article_text(words: usize) -> String {
    let content = synthetic_article(7, words);
    let mut paragraphs: Vec<String> = content.body.iter().map(|b| b.text()).collect();
    for (index, paragraph) in paragraphs.iter_mut().enumerate() {
        paragraph.push_str(match index % 4 {
            0 => " Menteri Rudiantara hadir disitu.",
            1 => " Namun belum ada respon dari penumpnag.",
            2 => " Kata Menteri Rudiatara, ijin sudah terbit.",
            _ => " Rudiantara menjelaskan jika jadwal opersional berubah.",
        });
    }
    paragraphs.join("\n\n")
}
