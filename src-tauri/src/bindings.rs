//! The TypeScript declarations in `ui/src/ipc/bindings/` are generated from the Rust types that
//! cross to the UI. This test regenerates them and fails when the committed files differ; run
//! it with `SUNTING_UPDATE_BINDINGS=1` to rewrite them after changing a type.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::TS;

fn generate(out: &Path) {
    // The roots: every argument and result of a command. Their dependencies come along.
    sunting_engine::Article::export_all_to(out).unwrap();
    sunting_engine::diff::ArticleDiff::export_all_to(out).unwrap();
    sunting_store::ArticleSummary::export_all_to(out).unwrap();
    sunting_store::ListQuery::export_all_to(out).unwrap();
    sunting_store::HistoryEntry::export_all_to(out).unwrap();
    sunting_store::Revision::export_all_to(out).unwrap();
    sunting_store::SaveOutcome::export_all_to(out).unwrap();
    sunting_store::Ignored::export_all_to(out).unwrap();
    sunting_store::StatusChange::export_all_to(out).unwrap();
    sunting_check::Report::export_all_to(out).unwrap();
    sunting_check::live::BlockInput::export_all_to(out).unwrap();
    crate::AppInfo::export_all_to(out).unwrap();
    crate::OpenedArticle::export_all_to(out).unwrap();
    crate::CommandError::export_all_to(out).unwrap();
    crate::commands::SettingsView::export_all_to(out).unwrap();
    crate::commands::NameRegisterView::export_all_to(out).unwrap();
    sunting_store::ImportOutcome::export_all_to(out).unwrap();
    crate::commands::ImportedArticle::export_all_to(out).unwrap();
    crate::commands::OpenErrors::export_all_to(out).unwrap();
    crate::publishing::PublishingView::export_all_to(out).unwrap();
    crate::publishing::FileFormat::export_all_to(out).unwrap();
    sunting_publish::Exported::export_all_to(out).unwrap();
    sunting_publish::Progress::export_all_to(out).unwrap();
    sunting_publish::PostStatus::export_all_to(out).unwrap();
    sunting_publish::SiteProfile::export_all_to(out).unwrap();
    crate::newsroom::SyncStatus::export_all_to(out).unwrap();
    crate::newsroom::Presence::export_all_to(out).unwrap();
    crate::newsroom::LeaseState::export_all_to(out).unwrap();
    crate::newsroom::LeaseLost::export_all_to(out).unwrap();
    crate::newsroom::LeaseAsked::export_all_to(out).unwrap();
    crate::newsroom::ArticlesChanged::export_all_to(out).unwrap();
    sunting_store::NameKind::export_all_to(out).unwrap();
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ts"))
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&path).unwrap()))
        .collect()
}

#[test]
fn typescript_bindings_are_current() {
    let committed_dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings");
    let fresh_dir = tempfile::tempdir().unwrap();
    generate(fresh_dir.path());
    let fresh = read_dir(fresh_dir.path());
    assert!(fresh.contains_key("Article.ts") && fresh.contains_key("CommandError.ts"), "generated: {:?}", fresh.keys());
    // Ids and times are i64 in Rust but plain JSON numbers (far below 2^53), so `number` here.
    assert!(!fresh.values().any(|text| text.contains("bigint")), "an i64 field lacks #[ts(type = \"number\")]");
    if std::env::var_os("SUNTING_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&committed_dir).unwrap();
        for stale in read_dir(&committed_dir).keys().filter(|name| !fresh.contains_key(*name)) {
            std::fs::remove_file(committed_dir.join(stale)).unwrap();
        }
        for (name, text) in &fresh {
            std::fs::write(committed_dir.join(name), text).unwrap();
        }
        return;
    }
    let committed = read_dir(&committed_dir);
    let differing: Vec<&String> = fresh.keys().chain(committed.keys()).filter(|name| fresh.get(*name) != committed.get(*name)).collect();
    assert!(
        differing.is_empty(),
        "ui/src/ipc/bindings is out of date ({differing:?}); run `SUNTING_UPDATE_BINDINGS=1 cargo test -p sunting-desktop bindings`"
    );
}
