//! Desks exchanging changes through the store's sync interface, with a log in memory standing
//! in for the server's tables (the real server is tested in `sunting-sync`): what each desk
//! pushes is appended once per UUID, and each desk pulls what it has not seen.

use proptest::prelude::*;
use sunting_engine::{ArticleContent, Status};
use sunting_store::sync::Change;
use sunting_store::{SaveOptions, Store};

/// The server's log: every change once, in push order.
#[derive(Default)]
struct Log {
    changes: Vec<Change>,
}

impl Log {
    /// Pushes everything in the desk's outbox (twice over, as a push whose answer was lost
    /// would: the second adds nothing).
    fn push(&mut self, desk: &mut Store) {
        loop {
            let batch = desk.outbox(7).unwrap();
            let Some(through) = batch.through else { break };
            for _ in 0..2 {
                for change in &batch.changes {
                    if !self.changes.iter().any(|known| known.uuid() == change.uuid()) {
                        self.changes.push(change.clone());
                    }
                }
            }
            desk.outbox_done(through).unwrap();
        }
    }

    /// Gives the desk everything after its cursor (a position in the log).
    fn pull(&self, desk: &mut Store) -> sunting_store::sync::Applied {
        let from: usize = desk.sync_cursor().unwrap().map_or(0, |cursor| cursor.parse().unwrap());
        desk.apply_remote(&self.changes[from..], Some(&self.changes.len().to_string())).unwrap()
    }

    fn sync(&mut self, desk: &mut Store) {
        self.push(desk);
        self.pull(desk);
    }
}

fn story(headline: &str, text: &str) -> ArticleContent {
    ArticleContent::from_paragraphs(headline, [text])
}

fn desks(n: usize) -> Vec<Store> {
    (0..n).map(|_| Store::open_in_memory().unwrap()).collect()
}

#[test]
fn a_save_on_one_desk_reaches_the_other_once() {
    let mut log = Log::default();
    let [mut a, mut b] = desks(2).try_into().ok().unwrap();
    let id = a.create_article(&story("Bus listrik", "Uji coba dimulai."), &SaveOptions::by("ayu")).unwrap().id;
    a.save(id, &story("Bus listrik", "Uji coba dimulai Senin."), &SaveOptions::by("ayu").with_note("tanggal")).unwrap();
    a.change_status(id, Status::Ready, "ayu", Some("siap")).unwrap();
    log.sync(&mut a);
    assert_eq!(a.outbox_len().unwrap(), 0);
    let applied = log.pull(&mut b);
    assert_eq!((applied.revisions, applied.statuses), (2, 1));
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().expect("the article arrived");
    let article = b.article(on_b).unwrap();
    assert_eq!(article.content, story("Bus listrik", "Uji coba dimulai Senin."));
    assert_eq!((article.revision, article.status), (2, Status::Ready));
    let history = b.revisions(on_b).unwrap();
    assert_eq!((history[1].author.as_str(), history[1].note.as_deref()), ("ayu", Some("tanggal")));
    assert_eq!(b.revision_identities().unwrap(), a.revision_identities().unwrap());
    assert_eq!(b.status_changes(on_b).unwrap()[0].note.as_deref(), Some("siap"));
    // What B pulled is not pushed back, and pulling again adds nothing.
    assert_eq!(b.outbox_len().unwrap(), 0);
    b.set_sync_value("cursor", Some("0")).unwrap();
    assert_eq!(log.pull(&mut b), sunting_store::sync::Applied::default());
    assert_eq!(b.revisions(on_b).unwrap().len(), 2);
    // Found by search and counted in the name register like a local save.
    assert_eq!(b.list(&sunting_store::ListQuery { search: Some("Senin".into()), ..Default::default() }).unwrap().len(), 1);
}

#[test]
fn a_child_that_arrives_before_its_parent_is_still_the_latest() {
    // Saves in the same millisecond, handed over newest first: the article still ends on the
    // newest text, whatever the order of the batch.
    let mut a = Store::open_in_memory().unwrap();
    let id = a.create_article(&story("Pilkada", "Satu."), &SaveOptions::by("ayu")).unwrap().id;
    for text in ["Dua.", "Tiga.", "Empat."] {
        a.save(id, &story("Pilkada", text), &SaveOptions::by("ayu")).unwrap();
    }
    let mut changes = a.outbox(100).unwrap().changes;
    for change in changes.iter_mut() {
        if let Change::Revision(revision) = change {
            revision.created_at = 1_000;
        }
    }
    changes.reverse();
    let mut b = Store::open_in_memory().unwrap();
    b.apply_remote(&changes, Some("1")).unwrap();
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    assert_eq!(b.article(on_b).unwrap().content, story("Pilkada", "Empat."));
    assert_eq!(b.heads(on_b).unwrap(), vec![4]);
}

#[test]
fn two_saves_over_the_same_revision_fork_and_a_merge_joins_them() {
    let mut log = Log::default();
    let [mut a, mut b] = desks(2).try_into().ok().unwrap();
    let id_a = a.create_article(&story("Banjir", "Air naik."), &SaveOptions::by("ayu")).unwrap().id;
    log.sync(&mut a);
    log.pull(&mut b);
    let id_b = b.article_by_uuid(&a.article_uuid(id_a).unwrap()).unwrap().unwrap();
    // Both edit revision 1 while apart.
    a.save(id_a, &story("Banjir", "Air naik setinggi lutut."), &SaveOptions::by("ayu")).unwrap();
    b.save(id_b, &story("Banjir", "Air naik sejak subuh."), &SaveOptions::by("budi")).unwrap();
    log.sync(&mut a);
    log.sync(&mut b);
    log.sync(&mut a);
    for (desk, id) in [(&a, id_a), (&b, id_b)] {
        assert_eq!(desk.heads(id).unwrap().len(), 2, "both texts are kept as heads");
        assert_eq!(desk.forked_articles().unwrap(), vec![id]);
        let texts: Vec<String> = desk.heads(id).unwrap().iter().map(|n| desk.revision(id, *n).unwrap().content.body[0].text()).collect();
        assert!(texts.contains(&"Air naik setinggi lutut.".to_string()) && texts.contains(&"Air naik sejak subuh.".to_string()));
    }
    assert_eq!(a.revision_identities().unwrap(), b.revision_identities().unwrap());
    // A resolves it: one revision with both heads as parents.
    let merged = story("Banjir", "Air naik setinggi lutut sejak subuh.");
    let outcome = a.save_merge(id_a, &merged, &SaveOptions::by("ayu").with_note("gabung")).unwrap();
    assert_eq!(a.revision_parents(id_a, outcome.revision).unwrap().len(), 2);
    assert_eq!(a.heads(id_a).unwrap(), vec![outcome.revision]);
    log.sync(&mut a);
    log.sync(&mut b);
    assert!(b.forked_articles().unwrap().is_empty(), "the merge ends the fork on B too");
    assert_eq!(b.article(id_b).unwrap().content, merged);
    // An editor who saves from an old revision after another desk's save forks again, rather
    // than replacing it.
    b.save_from(id_b, 1, &story("Banjir", "Versi lama yang disunting."), &SaveOptions::by("budi")).unwrap();
    assert_eq!(b.heads(id_b).unwrap().len(), 2);
}

#[test]
fn work_autosaved_before_another_desks_revision_is_saved_over_its_own_base() {
    let mut log = Log::default();
    let [mut a, mut b] = desks(2).try_into().ok().unwrap();
    let id_a = a.create_article(&story("Gempa", "Guncangan terasa."), &SaveOptions::by("ayu")).unwrap().id;
    log.sync(&mut a);
    log.pull(&mut b);
    let id_b = b.article_by_uuid(&a.article_uuid(id_a).unwrap()).unwrap().unwrap();
    // B types (autosaved from revision 1); A's revision 2 arrives before B saves; B's window
    // crashes and the work is recovered.
    b.autosave_from(id_b, 1, &story("Gempa", "Guncangan terasa hingga Bantul.")).unwrap();
    a.save(id_a, &story("Gempa", "Guncangan terasa kuat."), &SaveOptions::by("ayu")).unwrap();
    log.sync(&mut a);
    log.pull(&mut b);
    let recovered = b.working_copy(id_b).unwrap().expect("the work is kept");
    assert_eq!(recovered.base_revision, 1, "the working copy remembers where it started");
    b.save_from(id_b, recovered.base_revision, &recovered.content, &SaveOptions::by("budi")).unwrap();
    assert_eq!(b.heads(id_b).unwrap().len(), 2, "both texts are kept as a fork");
}

#[test]
fn the_dictionary_and_register_merge_by_last_writer_and_keep_removals() {
    let mut log = Log::default();
    let [mut a, mut b] = desks(2).try_into().ok().unwrap();
    a.add_word("ojol", "ayu").unwrap();
    a.confirm_name("Rudiantara").unwrap();
    a.mark_different("Susilo", "Susila").unwrap();
    a.set_name_kind("Rudiantara", Some(sunting_store::NameKind::Person)).unwrap();
    log.sync(&mut a);
    log.sync(&mut b);
    assert_eq!(b.words().unwrap(), vec!["ojol"]);
    assert_eq!(b.different_names().unwrap(), vec![("Susila".to_string(), "Susilo".to_string())]);
    assert_eq!(b.name_kinds().unwrap(), vec![("Rudiantara".to_string(), sunting_store::NameKind::Person)]);
    assert!(b.names().unwrap().iter().any(|n| n.name == "Rudiantara" && n.confirmed));
    // B removes the word while offline; A, which still has it, syncs first: the removal is
    // newer, so it wins on both once B is back.
    std::thread::sleep(std::time::Duration::from_millis(2));
    b.remove_word("ojol").unwrap();
    log.sync(&mut a);
    log.sync(&mut b);
    log.sync(&mut a);
    assert!(a.words().unwrap().is_empty() && b.words().unwrap().is_empty());
    assert_eq!(a.set_items().unwrap(), b.set_items().unwrap());
}

#[test]
fn which_post_an_article_became_is_shared() {
    let mut log = Log::default();
    let [mut a, mut b] = desks(2).try_into().ok().unwrap();
    let id = a.create_article(&story("Harga cabai", "Naik."), &SaveOptions::by("ayu")).unwrap().id;
    let site = a.add_site("https://kabar.example", "ayu").unwrap();
    a.record_sent(&sunting_store::SentExport {
        article_id: id,
        site: &site,
        remote_id: 42,
        link: "https://kabar.example/harga-cabai/",
        revision: 1,
        message: "created",
        http_status: 201,
        author: "ayu",
        note: "",
    })
    .unwrap();
    log.sync(&mut a);
    log.sync(&mut b);
    let on_b = b.article_by_uuid(&a.article_uuid(id).unwrap()).unwrap().unwrap();
    let site_b = b.sites().unwrap().into_iter().find(|s| s.url == "https://kabar.example").expect("the site came along");
    let post = b.remote_post(on_b, site_b.id).unwrap().expect("B knows the post, so its export updates it");
    assert_eq!((post.remote_id, post.exported_revision), (42, 1));
    assert_eq!(b.article(on_b).unwrap().status, Status::Exported);
    // A desk that publishes to the same site as another WordPress user updates the same post.
    let as_budi = b.add_site("https://kabar.example", "budi").unwrap();
    assert_eq!(b.remote_post(on_b, as_budi.id).unwrap().map(|p| (p.site_id, p.remote_id)), Some((as_budi.id, 42)));
    let elsewhere = b.add_site("https://lain.example", "budi").unwrap();
    assert!(b.remote_post(on_b, elsewhere.id).unwrap().is_none());
}

#[test]
fn a_damaged_post_record_is_skipped_never_applied_as_a_removal_and_adds_no_site() {
    use sunting_store::sync::{SetKind, SetWrite};
    let mut log = Log::default();
    let [mut a, mut b] = desks(2).try_into().ok().unwrap();
    let id = a.create_article(&story("Harga cabai", "Naik."), &SaveOptions::by("ayu")).unwrap().id;
    let site = a.add_site("https://kabar.example", "ayu").unwrap();
    let sent = sunting_store::SentExport {
        article_id: id,
        site: &site,
        remote_id: 42,
        link: "https://kabar.example/harga-cabai/",
        revision: 1,
        message: "created",
        http_status: 201,
        author: "ayu",
        note: "",
    };
    a.record_sent(&sent).unwrap();
    log.sync(&mut a);
    log.sync(&mut b);
    let article = a.article_uuid(id).unwrap();
    let on_b = b.article_by_uuid(&article).unwrap().unwrap();
    let site_b = b.sites().unwrap().into_iter().find(|s| s.url == "https://kabar.example").unwrap();
    let key = format!("{article}\u{1f}https://kabar.example\u{1f}ayu");
    let write = |key: &str, value: Option<&str>| {
        Change::Set(SetWrite {
            uuid: sunting_store::sync::new_uuid(),
            kind: SetKind::Post,
            key: key.to_string(),
            value: value.map(str::to_string),
            at: i64::MAX / 2,
        })
    };
    // Unreadable JSON: skipped and counted; B still knows post 42.
    log.changes.push(write(&key, Some("{not json")));
    // A post on a site B does not know: no site appears.
    log.changes.push(write(
        &format!("{article}\u{1f}https://jahat.example\u{1f}x"),
        Some(r#"{"remote_id":7,"link":"https://jahat.example/7","exported_revision":null,"exported_at":1}"#),
    ));
    let applied = log.pull(&mut b);
    assert_eq!(applied.skipped, 1, "{applied:?}");
    assert_eq!(b.remote_post(on_b, site_b.id).unwrap().map(|p| p.remote_id), Some(42));
    assert!(b.sites().unwrap().iter().all(|s| s.url != "https://jahat.example"));
    // An outbox row of a kind this version does not know is an error, not a set item.
    a.connection()
        .execute_batch("PRAGMA ignore_check_constraints = ON; INSERT INTO sync_outbox (kind, ref) VALUES ('mystery', 'x')")
        .unwrap();
    assert!(matches!(a.outbox(10), Err(sunting_store::StoreError::DamagedSyncRecord { .. })));
}

#[test]
fn a_refused_change_is_taken_back_except_the_desks_own_sites_and_posts() {
    let [mut a] = desks(1).try_into().ok().unwrap();
    let id = a.create_article(&story("Tolak", "Isi."), &SaveOptions::by("budi")).unwrap().id;
    a.change_status(id, Status::Editing, "budi", None).unwrap();
    a.change_status(id, Status::Ready, "budi", None).unwrap();
    a.add_word("pinjol", "budi").unwrap();
    a.add_site("https://kabar.example", "budi").unwrap();
    let batch = a.outbox(100).unwrap();
    assert!(batch.resent.iter().all(|resent| !resent));
    for change in &batch.changes {
        if !matches!(change, Change::Revision(_)) && !matches!(change, Change::Status(s) if s.status == Status::Editing) {
            a.withdraw_refused(change).unwrap();
        }
    }
    assert_eq!(a.article(id).unwrap().status, Status::Editing, "back to the latest change the server took");
    assert!(a.words().unwrap().is_empty());
    assert_eq!(a.sites().unwrap().len(), 1, "the desk's own site stays");
    assert_eq!(a.revisions(id).unwrap().len(), 1, "a revision is never taken back");
}

#[test]
fn a_pulled_revision_is_normalised_as_a_local_save_is_and_keeps_no_unsafe_link() {
    use sunting_engine::Mark;
    use sunting_store::sync::SharedRevision;
    let [mut b] = desks(1).try_into().ok().unwrap();
    let mut content = story("Jahat", "klik di sini");
    content.body[0].runs[0].marks.push(Mark::Link { href: "javascript:alert(1)".into() });
    let revision = |content: &ArticleContent| {
        Change::Revision(SharedRevision {
            uuid: sunting_store::sync::new_uuid(),
            article: sunting_store::sync::new_uuid(),
            parents: Vec::new(),
            machine: "mesin".into(),
            author: "x".into(),
            note: None,
            content_hash: content.content_hash(),
            word_count: 3,
            restored_from: None,
            created_at: 1,
            content: serde_json::to_string(content).unwrap(),
            read: None,
        })
    };
    // Text no save would keep: stray whitespace, an empty paragraph, a `javascript:` link.
    content.headline = "  Jahat \n  sekali ".into();
    content.body[0].runs[0].text = "  klik   di\tsini ".into();
    content.body.push(sunting_engine::Block::paragraph("   "));
    let applied = b.apply_remote(&[revision(&content)], None).unwrap();
    assert_eq!((applied.revisions, applied.refused), (1, 0));
    let id: i64 = b.connection().query_row("SELECT id FROM articles", [], |row| row.get(0)).unwrap();
    let pulled = b.article(id).unwrap().content;
    // Exactly what a local save of the same content keeps.
    let mut local = Store::open_in_memory().unwrap();
    let local_id = local.create_article(&content, &SaveOptions::by("x")).unwrap().id;
    let saved = local.article(local_id).unwrap().content;
    assert_eq!(pulled, saved);
    assert_eq!(pulled.headline, "Jahat sekali");
    assert_eq!(pulled.body.len(), 1);
    assert!(pulled.body[0].runs.iter().all(|run| run.marks.iter().all(|mark| !matches!(mark, Mark::Link { .. }))), "{pulled:?}");
    assert_eq!(b.revisions(id).unwrap()[0].content_hash, saved.content_hash());
}

#[test]
fn everything_is_queued_again_for_a_new_server_and_later_changes_are_the_desks_own() {
    let mut log = Log::default();
    let [mut a] = desks(1).try_into().ok().unwrap();
    a.create_article(&story("Arsip", "Isi."), &SaveOptions::by("ayu")).unwrap();
    a.add_word("arsip", "ayu").unwrap();
    log.sync(&mut a);
    assert_eq!(a.outbox_len().unwrap(), 0);
    assert_eq!(a.resend_everything("newsroom_id", "baru").unwrap(), 2);
    assert_eq!((a.sync_cursor().unwrap(), a.sync_value("newsroom_id").unwrap().as_deref()), (None, Some("baru")));
    let batch = a.outbox(100).unwrap();
    assert_eq!(batch.resent, vec![true, true]);
    a.outbox_done(batch.through.unwrap()).unwrap();
    // The outbox is empty and its positions start over: a new change is this desk's own.
    a.add_word("baru", "ayu").unwrap();
    assert_eq!(a.outbox(100).unwrap().resent, vec![false]);
}

#[derive(Debug, Clone)]
enum Op {
    AddWord(usize, u8),
    RemoveWord(usize, u8),
    Confirm(usize, u8),
    Unconfirm(usize, u8),
    Sync(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize, 0..5u8).prop_map(|(d, w)| Op::AddWord(d, w)),
        (0..3usize, 0..5u8).prop_map(|(d, w)| Op::RemoveWord(d, w)),
        (0..3usize, 0..5u8).prop_map(|(d, w)| Op::Confirm(d, w)),
        (0..3usize, 0..5u8).prop_map(|(d, w)| Op::Unconfirm(d, w)),
        (0..3usize).prop_map(Op::Sync),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random offline additions and removals on three desks, synced at random moments, end with
    /// every desk holding the same dictionary and confirmations once all have synced.
    #[test]
    fn three_desks_converge_to_the_same_sets(ops in proptest::collection::vec(op(), 1..40)) {
        let mut log = Log::default();
        let mut desks = desks(3);
        let word = |n: u8| ["ojol", "pinjol", "gercep", "mager", "baper"][n as usize].to_string();
        for op in ops {
            match op {
                Op::AddWord(d, w) => { desks[d].add_word(&word(w), "uji").unwrap(); }
                Op::RemoveWord(d, w) => { desks[d].remove_word(&word(w)).unwrap(); }
                Op::Confirm(d, w) => desks[d].confirm_name(&word(w)).unwrap(),
                Op::Unconfirm(d, w) => desks[d].unconfirm_name(&word(w)).unwrap(),
                Op::Sync(d) => log.sync(&mut desks[d]),
            }
        }
        for _ in 0..2 {
            for desk in desks.iter_mut() {
                log.sync(desk);
            }
        }
        let words: Vec<Vec<String>> = desks.iter().map(|d| d.words().unwrap()).collect();
        let items: Vec<_> = desks.iter().map(|d| d.set_items().unwrap()).collect();
        prop_assert_eq!(&words[0], &words[1]);
        prop_assert_eq!(&words[1], &words[2]);
        prop_assert_eq!(&items[0], &items[1]);
        prop_assert_eq!(&items[1], &items[2]);
        let confirmed: Vec<Vec<String>> = desks
            .iter()
            .map(|d| d.names().unwrap().into_iter().filter(|n| n.confirmed).map(|n| n.name).collect())
            .collect();
        prop_assert_eq!(&confirmed[0], &confirmed[1]);
        prop_assert_eq!(&confirmed[1], &confirmed[2]);
    }
}

#[test]
fn damaged_sync_records_on_a_desk_fail_as_damaged_never_as_a_default() {
    let [mut a] = desks(1).try_into().ok().unwrap();
    let id = a.create_article(&story("Rusak", "Isi."), &SaveOptions::by("ayu")).unwrap().id;
    a.add_word("ojol", "ayu").unwrap();
    // As a disk fault or a hand edit could leave it.
    a.connection().execute_batch("DROP TRIGGER revisions_are_immutable").unwrap();
    a.connection().execute("UPDATE revisions SET parents = 'not json' WHERE article_id = ?1", [id]).unwrap();
    // Not a root revision: damage, said as such.
    assert!(matches!(a.revision_parents(id, 1), Err(sunting_store::StoreError::DamagedSyncRecord { .. })));
    a.connection()
        .execute_batch("PRAGMA ignore_check_constraints = ON; UPDATE sync_clock SET kind = 'mystery' WHERE kind = 'word'")
        .unwrap();
    // Not left out of the set: damage.
    assert!(matches!(a.set_items(), Err(sunting_store::StoreError::DamagedSyncRecord { .. })));
    a.connection().execute("INSERT INTO sync_state (key, value) VALUES ('resent_through', 'x')", []).unwrap();
    assert!(matches!(a.outbox(10), Err(sunting_store::StoreError::DamagedSyncRecord { .. })));
}
