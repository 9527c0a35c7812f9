//! What the checker knows: dictionaries, word lists, the language models, and the newsroom's own
//! words and names.
//!
//! This is the only part of the checker that reads files: the Hunspell dictionaries (see
//! [`dictionary_folders`] for where they are looked for). Everything else is compiled in from
//! `data/`. Dictionaries load on first use, so a newsroom that only writes Indonesian never pays
//! for English.

use crate::frequencies;
use crate::lang::{Detector, Language};
use crate::lexicon::Lexicon;
use crate::messages::Message;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

pub(crate) const NONSTANDARD_ID: &str = include_str!("../data/nonstandard-id.tsv");
pub(crate) const FOREIGN_ID: &str = include_str!("../data/foreign-id.tsv");
pub(crate) const STARTER_NAMES_ID: &str = include_str!("../data/starter-names-id.tsv");

/// Where Debian installs Hunspell dictionaries; the Linux packages depend on hunspell-id,
/// hunspell-en-us and hunspell-en-gb and read these copies.
pub const SYSTEM_HUNSPELL_DIR: &str = "/usr/share/hunspell";

/// The folder beside the executable where Sunting's own copies of the dictionaries travel where
/// the system has none (the Windows installer puts them there, with their licences).
pub const BUNDLED_DICTIONARIES: &str = "dictionaries";

/// The folders searched for each dictionary, in order: `configured` (`SUNTING_HUNSPELL_DIR`)
/// alone when it is set; otherwise the [`BUNDLED_DICTIONARIES`] folder beside `executable`, then,
/// except on Windows, which has no system copies, [`SYSTEM_HUNSPELL_DIR`].
pub fn dictionary_folders(configured: Option<PathBuf>, executable: Option<&Path>) -> Vec<PathBuf> {
    if let Some(dir) = configured.filter(|dir| !dir.as_os_str().is_empty()) {
        return vec![dir];
    }
    let mut folders: Vec<PathBuf> = executable.and_then(Path::parent).map(|dir| dir.join(BUNDLED_DICTIONARIES)).into_iter().collect();
    if !cfg!(windows) {
        folders.push(PathBuf::from(SYSTEM_HUNSPELL_DIR));
    }
    folders
}

/// Shared, read-only knowledge; build once and share between checkers.
pub struct Resources {
    hunspell_dirs: Vec<PathBuf>,
    indonesian: OnceLock<Lexicon>,
    english: OnceLock<Lexicon>,
    detector: OnceLock<Detector>,
    starter_names: OnceLock<StarterNames>,
    /// Non-standard Indonesian form (lower-case) -> standard form.
    pub nonstandard: FxHashMap<String, String>,
    /// Foreign word or phrase (lower-case) -> Indonesian equivalent.
    pub foreign: FxHashMap<String, String>,
    warnings: Mutex<Vec<Message>>,
}

impl Resources {
    /// Resources reading Hunspell dictionaries from `SUNTING_HUNSPELL_DIR`, or from the folders
    /// [`dictionary_folders`] names for this executable.
    #[allow(clippy::disallowed_methods, reason = "the checker's one reading of its environment: where the dictionaries are")]
    pub fn from_environment() -> Resources {
        let configured = std::env::var_os("SUNTING_HUNSPELL_DIR").map(PathBuf::from);
        let executable = std::env::current_exe().ok();
        Resources::with_hunspell_dirs(dictionary_folders(configured, executable.as_deref()))
    }

    /// Resources reading Hunspell dictionaries from `dir`.
    pub fn with_hunspell_dir(dir: &Path) -> Resources {
        Resources::with_hunspell_dirs(vec![dir.to_path_buf()])
    }

    /// Resources reading each Hunspell dictionary from the first of `dirs` that holds it.
    pub fn with_hunspell_dirs(dirs: Vec<PathBuf>) -> Resources {
        Resources {
            hunspell_dirs: dirs,
            indonesian: OnceLock::new(),
            english: OnceLock::new(),
            detector: OnceLock::new(),
            starter_names: OnceLock::new(),
            nonstandard: parse_pairs(NONSTANDARD_ID),
            foreign: parse_pairs(FOREIGN_ID),
            warnings: Mutex::new(Vec::new()),
        }
    }

    /// Loads everything now (on two threads) instead of on first use.
    pub fn preload(&self) {
        std::thread::scope(|scope| {
            scope.spawn(|| {
                self.lexicon(Language::English);
            });
            scope.spawn(|| {
                crate::context::indonesian();
            });
            self.lexicon(Language::Indonesian);
            self.detector();
        });
    }

    /// The lexicon for spelling in `language`, if Sunting spell-checks it.
    pub fn lexicon(&self, language: Language) -> Option<&Lexicon> {
        match language {
            Language::Indonesian => {
                Some(self.indonesian.get_or_init(|| self.load(Language::Indonesian, &["id_ID"], frequencies::indonesian())))
            }
            Language::English => {
                Some(self.english.get_or_init(|| self.load(Language::English, &["en_US", "en_GB"], frequencies::english())))
            }
            _ => None,
        }
    }

    /// The starter name register that ships with Sunting (see `data/README.md`).
    pub fn starter_names(&self) -> &StarterNames {
        self.starter_names.get_or_init(|| StarterNames::parse(STARTER_NAMES_ID))
    }

    /// The language detector.
    pub fn detector(&self) -> &Detector {
        self.detector.get_or_init(Detector::new)
    }

    /// Gives an article without a language the one its text is written in (an imported file
    /// rarely says), so the library shows it before the article is first opened. Too little
    /// text to tell leaves it unset.
    pub fn fill_language(&self, content: &mut sunting_engine::ArticleContent) {
        if !content.language.trim().is_empty() {
            return;
        }
        let mut text = format!("{}\n{}\n", content.headline, content.standfirst);
        text.push_str(&content.body_text());
        if let Some(detection) = self.detector().detect(&text, 5) {
            content.language = detection.language.code().to_string();
        }
    }

    /// Problems met while loading (a missing dictionary, named with the folders searched), for
    /// the user to see once, in the interface language.
    pub fn warnings(&self) -> Vec<Message> {
        self.warnings.lock().map(|w| w.clone()).unwrap_or_default()
    }

    fn load(&self, language: Language, names: &[&str], frequencies: &frequencies::Frequencies) -> Lexicon {
        let mut dictionaries = Vec::new();
        let mut dic_texts = Vec::new();
        for name in names {
            match self.load_hunspell(name) {
                Ok((dictionary, dic)) => {
                    dictionaries.push(dictionary);
                    dic_texts.push(dic);
                }
                Err(message) => {
                    if let Ok(mut warnings) = self.warnings.lock() {
                        warnings.push(message);
                    }
                }
            }
        }
        // English suggestions come from the frequency list alone: its 79,000 words cover what
        // news copy uses, and en_GB's 100,000 extra stems would only slow the index down.
        let stems = if language == Language::Indonesian { dic_texts } else { Vec::new() };
        Lexicon::with_stems(language, dictionaries, frequencies, &stems)
    }

    #[allow(clippy::disallowed_methods, reason = "the checker's one file reading: its dictionaries, once, on first use")]
    fn load_hunspell(&self, name: &str) -> Result<(spellbook::Dictionary, String), Message> {
        // Both halves come from the same folder: the first that has the word list.
        let dic_name = format!("{name}.dic");
        let Some(dir) = self.hunspell_dirs.iter().find(|dir| dir.join(&dic_name).is_file()) else {
            let folders = self.hunspell_dirs.iter().map(|dir| dir.display().to_string()).collect::<Vec<_>>().join(", ");
            return Err(Message::new("dictionary-missing").text("file", dic_name).text("folders", folders));
        };
        let read = |extension: &str| {
            let path = dir.join(format!("{name}.{extension}"));
            match std::fs::read(&path) {
                Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Message::new("dictionary-missing")
                    .text("file", format!("{name}.{extension}"))
                    .text("folders", dir.display().to_string())),
                Err(e) => Err(Message::new("dictionary-unreadable").text("path", path.display().to_string()).text("error", e.to_string())),
            }
        };
        let (aff, dic) = (read("aff")?, read("dic")?);
        let dictionary = spellbook::Dictionary::new(&aff, &dic).map_err(|e| {
            Message::new("dictionary-invalid").text("file", dir.join(&dic_name).display().to_string()).text("error", e.to_string())
        })?;
        Ok((dictionary, dic))
    }
}

/// Reads a `key<TAB>value...` list with a header line; keys are lower-cased.
fn parse_pairs(tsv: &str) -> FxHashMap<String, String> {
    read_pairs(tsv).0
}

/// The same, with the rows it could not read: each needs a key and a value (and a source and a
/// note at most).
pub(crate) fn read_pairs(tsv: &str) -> (FxHashMap<String, String>, Vec<crate::tsv::BadRow>) {
    let mut pairs = FxHashMap::default();
    let bad = crate::tsv::read(tsv, 2..=4, true, |fields| {
        let key = crate::tsv::required(fields[0], "word")?;
        let value = crate::tsv::required(fields[1], "replacement")?;
        pairs.insert(key.to_lowercase(), value.to_string());
        Ok(())
    });
    (pairs, bad)
}

/// The newsroom's own knowledge, from its store: accepted words and the name register.
#[derive(Debug, Clone, Default)]
pub struct Newsroom {
    /// Words the newsroom accepts (lower-case, or as written for names).
    pub words: HashSet<String>,
    /// Names and how many saved articles use each spelling.
    pub names: NameRegister,
}

impl Newsroom {
    /// True when the newsroom dictionary holds `word` (as written or lower-cased).
    pub fn knows(&self, word: &str) -> bool {
        self.words.contains(word) || self.words.contains(&word.to_lowercase())
    }
}

/// The archive's memory of names.
#[derive(Debug, Clone, Default)]
pub struct NameRegister {
    /// Name -> number of saved articles using that spelling.
    pub counts: HashMap<String, u32>,
    /// Spellings an editor confirmed as canonical.
    pub confirmed: HashSet<String>,
    /// Pairs confirmed as different people or bodies (stored both ways round).
    pub different: HashSet<(String, String)>,
    index: OnceLock<crate::lexicon::symspell::SymSpell>,
}

impl NameRegister {
    /// A register from counts, confirmed spellings and pairs of different names.
    pub fn new(counts: HashMap<String, u32>, confirmed: HashSet<String>, different: HashSet<(String, String)>) -> NameRegister {
        NameRegister { counts, confirmed, different, index: OnceLock::new() }
    }

    /// True when an editor said `a` and `b` are different.
    pub fn are_different(&self, a: &str, b: &str) -> bool {
        self.different.contains(&(a.to_string(), b.to_string())) || self.different.contains(&(b.to_string(), a.to_string()))
    }

    /// How many saved articles spell a name this way.
    pub fn count(&self, name: &str) -> u32 {
        self.counts.get(name).copied().unwrap_or(0)
    }

    /// Registered spellings one edit away from `name`, with their counts, most used first.
    pub fn neighbours(&self, name: &str) -> Vec<(String, u32)> {
        let index = self
            .index
            .get_or_init(|| crate::lexicon::symspell::SymSpell::new(self.counts.iter().map(|(name, &count)| (name.clone(), count as f32))));
        index.lookup(name, 1).into_iter().filter(|c| c.distance == 1).map(|c| (c.word, c.zipf as u32)).collect()
    }
}

/// Well-known names shipped with Sunting, word by word: each capitalised word of five letters or
/// more of a name ("Sleman", "Keuangan", "Subianto") with the whole name it belongs to.
pub struct StarterNames {
    /// Word -> the first full name that has it.
    words: HashMap<String, String>,
    /// Every capitalised word of a starter name, short ones too (Aceh, Palu).
    all_words: HashSet<String>,
    index: crate::lexicon::symspell::SymSpell,
}

impl StarterNames {
    fn parse(tsv: &str) -> StarterNames {
        StarterNames::read(tsv).0
    }

    /// The same, with the rows it could not read: each needs a name, its kind and its source.
    pub(crate) fn read(tsv: &str) -> (StarterNames, Vec<crate::tsv::BadRow>) {
        let mut names: Vec<&str> = Vec::new();
        let bad = crate::tsv::read(tsv, 3..=3, true, |fields| {
            crate::tsv::required(fields[1], "kind")?;
            crate::tsv::required(fields[2], "source")?;
            names.push(crate::tsv::required(fields[0], "name")?);
            Ok(())
        });
        let mut words: HashMap<String, String> = HashMap::new();
        let mut all_words = HashSet::new();
        for name in names {
            for word in name.split([' ', '-', ',', '(', ')']) {
                if word.starts_with(char::is_uppercase) {
                    all_words.insert(word.to_string());
                }
                let shaped = word.chars().count() >= 5 && word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic);
                if shaped {
                    words.entry(word.to_string()).or_insert_with(|| name.to_string());
                }
            }
        }
        let index = crate::lexicon::symspell::SymSpell::new(words.keys().map(|word| (word.clone(), 1.0)));
        (StarterNames { words, all_words, index }, bad)
    }

    /// True when `word` is a word of a starter name, as written.
    pub fn contains(&self, word: &str) -> bool {
        self.all_words.contains(word)
    }

    /// The starter word nearest to `word` (one edit, two for words of ten letters or more)
    /// with its full name, when there is exactly one at that distance.
    pub fn nearest(&self, word: &str) -> Option<(String, String)> {
        let max = if word.chars().count() >= 10 { 2 } else { 1 };
        let found = self.index.lookup(word, max);
        let best = found.iter().map(|c| c.distance).min()?;
        let mut closest = found.into_iter().filter(|c| c.distance == best && best > 0);
        let first = closest.next()?;
        if closest.next().is_some() {
            return None; // two well-known names equally close: no guess
        }
        let full = self.words.get(&first.word)?.clone();
        Some((first.word, full))
    }
}

#[cfg(test)]
mod tests {
    use sunting_engine::ArticleContent;

    #[test]
    fn an_article_without_a_language_gets_the_one_it_is_written_in() {
        let resources = crate::rules::testing::resources();
        let mut indonesian = ArticleContent::from_paragraphs(
            "Harga cabai naik",
            ["Harga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan terakhir."],
        );
        resources.fill_language(&mut indonesian);
        assert_eq!(indonesian.language, "id");
        let mut english = ArticleContent::from_paragraphs(
            "Chilli prices rise",
            ["The price of bird's eye chillies at traditional markets doubled over the past week."],
        );
        resources.fill_language(&mut english);
        assert_eq!(english.language, "en");
        // What the file said is kept; too little text leaves it unset.
        let mut said = english.clone();
        said.language = "id".into();
        resources.fill_language(&mut said);
        assert_eq!(said.language, "id");
        let mut short = ArticleContent::from_paragraphs("Judul", ["Satu."]);
        resources.fill_language(&mut short);
        assert_eq!(short.language, "");
    }

    #[test]
    fn dictionaries_are_looked_for_beside_the_program_then_in_the_system() {
        use super::{dictionary_folders, SYSTEM_HUNSPELL_DIR};
        use std::path::{Path, PathBuf};
        let exe = Path::new("apps").join("Sunting").join("sunting.exe");
        let folders = dictionary_folders(None, Some(&exe));
        assert_eq!(folders[0], Path::new("apps").join("Sunting").join("dictionaries"));
        if cfg!(windows) {
            assert_eq!(folders.len(), 1, "Windows has no system dictionaries: {folders:?}");
        } else {
            assert_eq!(folders[1..], [PathBuf::from(SYSTEM_HUNSPELL_DIR)]);
        }
        // A folder set in SUNTING_HUNSPELL_DIR is the only one; an empty one is no setting.
        assert_eq!(dictionary_folders(Some(PathBuf::from("mine")), Some(&exe)), [PathBuf::from("mine")]);
        assert_eq!(dictionary_folders(Some(PathBuf::new()), Some(&exe))[0], folders[0]);
    }

    #[test]
    #[allow(clippy::disallowed_methods, reason = "the test lays out dictionary folders on disk")]
    fn each_dictionary_comes_from_the_first_folder_that_has_it_and_a_missing_one_is_named() {
        use super::Resources;
        use crate::{Language, UiLanguage};
        let system = super::SYSTEM_HUNSPELL_DIR;
        let has_system = std::path::Path::new(system).join("id_ID.dic").is_file();
        let folders = tempfile::tempdir().unwrap();
        let (bundled, empty) = (folders.path().join("dictionaries"), folders.path().join("empty"));
        std::fs::create_dir_all(&bundled).unwrap();
        std::fs::create_dir_all(&empty).unwrap();
        if has_system {
            for file in ["id_ID.aff", "id_ID.dic"] {
                std::fs::copy(std::path::Path::new(system).join(file), bundled.join(file)).unwrap();
            }
        }
        let resources = Resources::with_hunspell_dirs(vec![empty.clone(), bundled.clone()]);
        let indonesian = resources.lexicon(Language::Indonesian).unwrap();
        assert_eq!(indonesian.has_hunspell(), has_system);
        // No English anywhere: the message names the missing file and every folder searched.
        let english = resources.lexicon(Language::English).unwrap();
        assert!(!english.has_hunspell());
        let warnings: Vec<String> = resources.warnings().iter().map(|w| w.render(UiLanguage::En)).collect();
        let missing = warnings.iter().find(|w| w.contains("en_US.dic")).unwrap_or_else(|| panic!("{warnings:?}"));
        assert!(missing.contains(&empty.display().to_string()) && missing.contains(&bundled.display().to_string()), "{missing}");
        assert!(warnings.iter().any(|w| w.contains("en_GB.dic")), "{warnings:?}");
        let indonesian_text = resources.warnings()[0].render(UiLanguage::Id);
        assert!(indonesian_text.starts_with("Kamus en_US.dic tidak ditemukan"), "{indonesian_text}");
        // A damaged dictionary is named too.
        std::fs::write(empty.join("en_US.dic"), "not a count\nword\n").unwrap();
        std::fs::write(empty.join("en_US.aff"), "SFX A Y 1\nSFX A 0\n").unwrap();
        let damaged = Resources::with_hunspell_dirs(vec![empty.clone()]);
        damaged.lexicon(Language::English);
        let said: Vec<String> = damaged.warnings().iter().map(|w| w.render(UiLanguage::En)).collect();
        assert!(said.iter().any(|w| w.contains("en_US.dic") && w.contains("damaged")), "{said:?}");
    }
}
