//! A house dictionary in memory, for the server's and the language server's tests.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use sunting_check::Newsroom;
use sunting_serve::HouseWords;

#[derive(Default)]
pub struct House {
    pub words: Mutex<BTreeSet<String>>,
    pub version: AtomicU64,
    pub writable: bool,
}

impl House {
    #[allow(dead_code, reason = "each test binary uses a part of this module")]
    pub fn writable() -> House {
        House { writable: true, ..House::default() }
    }
}

impl HouseWords for House {
    fn version(&self) -> u64 {
        self.version.load(Ordering::SeqCst)
    }
    fn load(&self) -> Newsroom {
        Newsroom { words: self.words.lock().unwrap().iter().cloned().collect(), ..Default::default() }
    }
    fn words(&self) -> Result<Vec<String>, String> {
        Ok(self.words.lock().unwrap().iter().cloned().collect())
    }
    fn may_write(&self) -> bool {
        self.writable
    }
    fn add(&self, word: &str) -> Result<bool, String> {
        self.version.fetch_add(1, Ordering::SeqCst);
        Ok(self.words.lock().unwrap().insert(word.to_string()))
    }
    fn remove(&self, word: &str) -> Result<bool, String> {
        self.version.fetch_add(1, Ordering::SeqCst);
        Ok(self.words.lock().unwrap().remove(word))
    }
    fn confirm_name(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
}
