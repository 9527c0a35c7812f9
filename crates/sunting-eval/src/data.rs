//! Reading the evaluation data (see `../shared/eval/README.md`). Nothing here is copied into
//! the project; the tool reads it where it lies.

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;

/// A published article: its paragraphs in order.
pub struct Article {
    pub paragraphs: Vec<String>,
}

impl Article {
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// Rows of a TSV file with a header, as column-name maps.
pub fn tsv(path: &Path) -> Result<Vec<BTreeMap<String, String>>> {
    let text = read(path)?;
    let mut lines = text.lines();
    let header: Vec<String> = lines.next().unwrap_or_default().split('\t').map(str::to_string).collect();
    Ok(lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| header.iter().cloned().zip(line.split('\t').map(str::to_string)).collect())
        .collect())
}

/// Indonesian news, grouped into articles (`article_idx`), paragraphs in order.
pub fn indonesian_news(dir: &Path) -> Result<Vec<Article>> {
    grouped(&tsv(&dir.join("news/id_news_paragraphs.tsv"))?, "article_idx")
}

/// BBC news, grouped by file.
pub fn english_news(dir: &Path) -> Result<Vec<Article>> {
    grouped(&tsv(&dir.join("news/en_bbc_paragraphs.tsv"))?, "file")
}

fn grouped(rows: &[BTreeMap<String, String>], key: &str) -> Result<Vec<Article>> {
    let mut articles: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for row in rows {
        let para: usize = row.get("para_idx").and_then(|p| p.parse().ok()).unwrap_or(0);
        articles.entry(row[key].clone()).or_default().push((para, row["text"].clone()));
    }
    Ok(articles
        .into_values()
        .map(|mut paragraphs| {
            paragraphs.sort_by_key(|(index, _)| *index);
            Article { paragraphs: paragraphs.into_iter().map(|(_, text)| text).collect() }
        })
        .collect())
}

/// A small deterministic random number generator (xorshift64*), so every run measures the
/// same cases.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// One random edit: deletion, insertion, substitution or adjacent transposition.
pub fn one_edit(word: &str, rng: &mut Rng) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    let mut chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    match rng.below(4) {
        0 => {
            chars.remove(rng.below(n));
        }
        1 => {
            let letter = LETTERS[rng.below(26)] as char;
            chars.insert(rng.below(n + 1), letter);
        }
        2 => {
            let at = rng.below(n);
            let mut letter = LETTERS[rng.below(26)] as char;
            while letter == chars[at].to_ascii_lowercase() {
                letter = LETTERS[rng.below(26)] as char;
            }
            chars[at] = if chars[at].is_uppercase() { letter.to_ascii_uppercase() } else { letter };
        }
        _ => {
            let at = rng.below(n - 1);
            if chars[at] == chars[at + 1] {
                chars.remove(at);
            } else {
                chars.swap(at, at + 1);
            }
        }
    }
    chars.into_iter().collect()
}
