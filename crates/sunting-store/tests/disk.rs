//! A full disk and a read-only disk, on real (small, private) file systems.
//!
//! Ignored without them; `scripts/test` runs them inside `tests/disk/with-small-disk`:
//!
//! ```sh
//! tests/disk/with-small-disk cargo test -p sunting-store --test disk -- --ignored
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use sunting_engine::{ArticleContent, Block};
use sunting_store::{SaveOptions, Store, StoreError};

const NEEDS_DISKS: &str = "run through tests/disk/with-small-disk";

fn dir(var: &str) -> PathBuf {
    PathBuf::from(std::env::var_os(var).unwrap_or_else(|| panic!("{var} is not set: {NEEDS_DISKS}")))
}

fn story(paragraphs: usize) -> ArticleContent {
    ArticleContent::from_paragraphs(
        "Banjir rob di Kaligawe",
        (0..paragraphs).map(|i| format!("Paragraf {i}: air laut pasang merendam jalan pantura dan truk antre berjam-jam.")),
    )
}

/// Fills the file system holding `dir` until it refuses another byte.
fn fill(dir: &std::path::Path) -> PathBuf {
    let filler = dir.join("filler");
    let mut file = std::fs::File::create(&filler).unwrap();
    let chunk = vec![0u8; 16 * 1024];
    loop {
        if file.write_all(&chunk).and_then(|_| file.sync_all()).is_err() {
            break;
        }
    }
    // Down to the last byte.
    while file.write_all(&[0]).and_then(|_| file.sync_all()).is_ok() {}
    filler
}

#[test]
#[ignore = "needs small file systems: run through tests/disk/with-small-disk"]
fn a_full_disk_refuses_the_save_clearly_and_loses_nothing() {
    let dir = dir("SUNTING_TEST_SMALL_DISK");
    let path = dir.join("desk.db");
    let mut store = Store::open(&path).unwrap();
    let original = story(20);
    let id = store.create_article(&original, &SaveOptions::by("ayu")).unwrap().id;
    let filler = fill(&dir);

    let mut bigger = story(20);
    bigger.body.extend((0..4000).map(|i| Block::paragraph(format!("Tambahan {i}: laporan lengkap dari lapangan tentang genangan."))));
    let error = store.save(id, &bigger, &SaveOptions::by("ayu")).unwrap_err();
    assert!(matches!(error, StoreError::DiskFull), "{error:?}");
    assert_eq!(error.to_string(), "the disk is full; nothing was saved (free some space and save again)");
    assert!(matches!(store.autosave(id, &bigger), Err(StoreError::DiskFull)), "autosave too");

    // Nothing was lost or half-written, in this connection and in a fresh one.
    assert_eq!(store.article(id).unwrap().content, original);
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
    let reader = Store::open(&path).unwrap();
    assert_eq!((reader.article(id).unwrap().revision, reader.article(id).unwrap().content), (1, original.clone()));
    drop(reader);

    // With space again, the same save goes through.
    std::fs::remove_file(filler).unwrap();
    assert_eq!(store.save(id, &bigger, &SaveOptions::by("ayu")).unwrap().revision, 2);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.article(id).unwrap().content, bigger);
    assert_eq!(store.revision(id, 1).unwrap().content, original);
}

fn remount(dir: &std::path::Path, mode: &str) {
    let status = Command::new("mount").args(["-o", &format!("remount,{mode}")]).arg(dir).status().unwrap();
    assert!(status.success(), "mount -o remount,{mode} {}", dir.display());
}

#[test]
#[ignore = "needs small file systems: run through tests/disk/with-small-disk"]
fn a_read_only_database_is_refused_clearly_and_left_as_it_was() {
    let dir = dir("SUNTING_TEST_REMOUNT_DIR");
    let path = dir.join("desk.db");
    let original = story(5);
    let id = {
        let mut store = Store::open(&path).unwrap();
        let id = store.create_article(&original, &SaveOptions::by("ayu")).unwrap().id;
        store.save(id, &story(6), &SaveOptions::by("ayu")).unwrap();
        id
    };
    let before = std::fs::read(&path).unwrap();

    // (A file system with a file open for writing cannot be remounted read-only, so the disk
    // turns read-only between sessions, as a full backup drive or a locked share does.)
    remount(&dir, "ro");

    // Opening a database on a read-only disk says so, naming the file.
    let error = Store::open(&path).err().expect("a read-only database is not opened for editing");
    let message = error.to_string();
    assert!(message.contains(&path.display().to_string()) && message.contains("read-only"), "{message}");

    remount(&dir, "rw");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file was not touched");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.article(id).unwrap().content, story(6));
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
}
