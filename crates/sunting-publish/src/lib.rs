//! Publishing finished articles to the newsroom's CMS: WordPress over its REST API.
//!
//! [`export_to_wordpress`] sends one article: it builds the post from the latest revision
//! (block-editor HTML rendered from the model, so nothing from an imported page's code can
//! reach the site), updates the post the article already became on that site or creates it,
//! retries what may pass later with backoff, logs every attempt, records the post id and the
//! exported revision, and marks the article Exported. What still cannot reach the site is
//! queued, and [`send_queued`] sends the queue when the site is back.
//!
//! This crate does network IO and reads the keyring; the store and the engine stay free of
//! both. It knows nothing of Tauri: the desktop shell and the command line call it alike.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod credentials;
pub mod wordpress;

use std::time::Duration;
use sunting_engine::format::html::render_wordpress_blocks;
use sunting_engine::Article;
use sunting_store::{now_millis, CmsSite, ExportOutcome, QueuedExport, RemotePost, SentExport, Store, StoreError, ToExport};
pub use wordpress::{Client, Post, PostStatus, SentPost, WpError};

/// How hard to try before queueing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in one export (at least one).
    pub attempts: u32,
    /// The wait before the second attempt; each later wait doubles.
    pub first_wait: Duration,
    /// How long one request may take.
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 3, first_wait: Duration::from_millis(500), timeout: wordpress::DEFAULT_TIMEOUT }
    }
}

/// What an editor asks for when exporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    /// The article.
    pub article_id: i64,
    /// The site.
    pub site_id: i64,
    /// Draft, pending or publish.
    pub status: PostStatus,
    /// Category names.
    pub categories: Vec<String>,
    /// Who exports.
    pub author: String,
    /// The editor's note from the check before publishing, which the history keeps (empty when
    /// none was asked for).
    pub note: String,
    /// Whether categories the site does not have are created; only when the editor asked.
    pub create_categories: bool,
    /// The revision to send, when the editor chose one; none sends what
    /// [`Store::to_export`] says (the latest, or a question when someone saved after the
    /// approval).
    pub revision: Option<u32>,
}

/// How an export ended.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum Exported {
    /// The site has it.
    Sent {
        /// The post's id on the site.
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        remote_id: i64,
        /// Its address.
        link: String,
        /// True for a new post, false for an update of the same post.
        created: bool,
        /// The revision sent.
        revision: u32,
    },
    /// It could not get there now; it is queued and will be sent when the site answers.
    Queued {
        /// Why it did not get there.
        reason: String,
    },
    /// It did not get there and will not be retried (wrong password, refused post).
    Failed {
        /// Why.
        reason: String,
    },
    /// Nothing was sent: the article was approved at `approved` and someone else saved since.
    /// The editor chooses which revision to send, and asks again with it.
    #[serde(rename = "newer_than_approved")]
    NewerThanApproved {
        /// The approved revision.
        approved: u32,
        /// Who approved it.
        approved_by: String,
        /// The latest revision.
        latest: u32,
        /// Who saved after the approval.
        changed_by: Vec<String>,
    },
}

/// What the publish dialog needs to know about a site: its categories to pick from, and how
/// long its headlines usually are.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SiteProfile {
    /// The site's category names.
    pub categories: Vec<String>,
    /// A headline longer than this many characters is longer than the site's usual ones.
    pub headline_limit: u32,
    /// How many published titles the limit was measured on (0: too few, the default is used).
    pub headlines_measured: u32,
}

/// The headline length a site's editors should see as "longer than usual" when there is too
/// little to measure: what most news templates and search results show before cutting.
pub const DEFAULT_HEADLINE_LIMIT: u32 = 100;

/// Fewer published titles than this say little about a site's habits.
const FEWEST_TITLES: usize = 20;

/// The length nine in ten of the site's recent headlines stay within (so a headline above it
/// is longer than usual), from the lengths of its published titles; the default when there are
/// too few of them. Never under 40 characters, so a site of terse headlines does not flag
/// ordinary ones.
pub fn usual_headline_length(lengths: &[usize]) -> u32 {
    if lengths.len() < FEWEST_TITLES {
        return DEFAULT_HEADLINE_LIMIT;
    }
    let mut sorted = lengths.to_vec();
    sorted.sort_unstable();
    // The 90th percentile by the nearest-rank method.
    let rank = (sorted.len() * 9).div_ceil(10);
    let usual = sorted[rank - 1];
    u32::try_from(usual).unwrap_or(u32::MAX).max(40)
}

/// Reads a site's categories and measures its headlines.
pub fn site_profile(client: &Client) -> Result<SiteProfile, WpError> {
    let categories = client.categories()?.into_iter().map(|(_, name)| name).collect();
    let lengths = client.published_title_lengths()?;
    let headlines_measured = if lengths.len() < FEWEST_TITLES { 0 } else { u32::try_from(lengths.len()).unwrap_or(u32::MAX) };
    Ok(SiteProfile { categories, headline_limit: usual_headline_length(&lengths), headlines_measured })
}

/// Progress of an export, for a progress line in the UI.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress {
    /// The article.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub article_id: i64,
    /// The site's address.
    pub site: String,
    /// Attempt number, from 1.
    pub attempt: u32,
    /// Attempts in this export.
    pub attempts: u32,
    /// What is happening, in words.
    pub message: String,
}

/// What an export says as it goes (progress lines, reasons, the export log's messages), in
/// the interface's language: the front end passes its own; [`English`] is the plain one.
pub trait Words {
    /// The progress line while sending to `site`.
    fn sending(&self, site: &str) -> String;
    /// The progress line while waiting `seconds` before trying again.
    fn waiting(&self, seconds: f64) -> String;
    /// The log's message for a post the site now has: new (`created`) or updated.
    fn sent(&self, created: bool) -> String;
    /// Why the site did not take it.
    fn site_error(&self, error: &WpError) -> String;
    /// Why the keyring gave no password for the site.
    fn credential_error(&self, error: &credentials::CredentialError) -> String;
    /// The log's message for a failed attempt.
    fn attempt_failed(&self, attempt: u32, attempts: u32, reason: &str) -> String;
    /// Why a queued export with a post status this version does not know was not sent.
    fn unknown_post_status(&self, status: &str) -> String;
    /// Why a queued export that named no revision was not sent: `changed_by` saved after
    /// `approved_by` approved revision `approved`, and the editor must choose.
    fn newer_than_approved(&self, approved: u32, approved_by: &str, latest: u32, changed_by: &[String]) -> String;
}

/// The export's words in plain English (the errors' own `Display` texts).
pub struct English;

impl Words for English {
    fn sending(&self, site: &str) -> String {
        format!("Sending to {site}")
    }
    fn waiting(&self, seconds: f64) -> String {
        format!("Trying again in {seconds:.1} s")
    }
    fn sent(&self, created: bool) -> String {
        if created { "created" } else { "updated" }.to_string()
    }
    fn site_error(&self, error: &WpError) -> String {
        error.to_string()
    }
    fn credential_error(&self, error: &credentials::CredentialError) -> String {
        error.to_string()
    }
    fn attempt_failed(&self, attempt: u32, attempts: u32, reason: &str) -> String {
        format!("attempt {attempt} of {attempts}: {reason}")
    }
    fn unknown_post_status(&self, status: &str) -> String {
        format!("the queued export asks for a post status this version does not know (\"{status}\"); nothing was sent")
    }
    fn newer_than_approved(&self, approved: u32, approved_by: &str, latest: u32, changed_by: &[String]) -> String {
        let changers = changed_by.join(", ");
        format!(
            "revision {latest} is newer than revision {approved}, the one {approved_by} approved ({changers} saved since); \
             nothing was sent: export it again and choose which revision to send"
        )
    }
}

/// Why an export could not even start (the store failed or the article is gone). Anything the
/// site does is an [`Exported`] outcome, not an error.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The post an article becomes.
pub fn post_for(article: &Article, status: PostStatus, categories: &[String], create_categories: bool) -> Post {
    let content = &article.content;
    let slug = sunting_engine::text::slug(&content.headline);
    Post {
        title: content.headline.clone(),
        content: render_wordpress_blocks(&content.body),
        excerpt: content.standfirst.clone(),
        slug: if slug.is_empty() { format!("artikel-{}", article.id) } else { slug },
        status,
        categories: categories.to_vec(),
        create_categories,
        tags: content.tags.clone(),
    }
}

/// The wait before attempt `attempt` (2, 3 ...).
fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    policy.first_wait.saturating_mul(1 << attempt.saturating_sub(2).min(16))
}

/// When a queued export is tried again: a minute after the first failure, doubling to at most
/// half an hour.
pub fn next_queue_attempt(now_millis: i64, attempts: u32) -> i64 {
    let wait = 60_000i64.saturating_mul(1 << attempts.saturating_sub(1).min(5)).min(30 * 60_000);
    now_millis + wait
}

/// Finds the post an earlier attempt may have created although its answer was lost (a timeout
/// after the site had saved it): same slug and title, created after that attempt began. Only
/// asked when such an attempt is in the log, so another story that happens to share the slug
/// is never taken over.
///
/// A log that cannot be read stops the export: guessing "nothing was lost" could create the
/// second post this lookup exists to prevent.
fn adopt_lost_post(store: &Store, client: &Client, article_id: i64, site: &CmsSite, post: &Post) -> Result<Option<i64>, Outcome> {
    let log = store.export_log(article_id)?;
    let since_sent = log.iter().rev().take_while(|a| !(a.target == site.url && a.outcome == ExportOutcome::Sent));
    let Some(first_unanswered) = since_sent.filter(|a| a.target == site.url && a.http_status.is_none()).map(|a| a.attempted_at).min()
    else {
        return Ok(None);
    };
    // WordPress's date_gmt has whole seconds and the two clocks may differ a little.
    let earliest = first_unanswered - 5 * 60_000;
    let candidates = client.posts_with_slug(&post.slug).map_err(Outcome::Site)?;
    Ok(candidates
        .into_iter()
        .find(|(_, title, date_gmt)| title == &post.title && gmt_millis(date_gmt).is_some_and(|t| t >= earliest))
        .map(|(id, ..)| id))
}

/// Before post N is updated, asks the site whether N is still the post this article became: the
/// site must give it the address, or the title, the last export recorded. A post record naming
/// another story's post (a mistake, a row an older server took) is refused with the reason, never
/// overwritten. A post gone from the site (404, 410) is left to [`Client::send`], which creates it
/// again.
fn check_post_is_this_articles(store: &Store, client: &Client, article_id: i64, remote: &RemotePost) -> Result<(), Outcome> {
    let fetched = match client.fetch(remote.remote_id) {
        Ok(fetched) => fetched,
        Err(WpError::Rejected { status: 404 | 410, .. }) => return Ok(()),
        Err(error) => return Err(Outcome::Site(error)),
    };
    let link = fetched["link"].as_str().unwrap_or_default();
    let title = fetched["title"]["raw"].as_str().unwrap_or_default();
    let exported_title = match remote.exported_revision {
        0 => None,
        number => Some(store.revision(article_id, number)?.content.headline),
    };
    if (!remote.link.is_empty() && link == remote.link) || exported_title.as_deref() == Some(title) {
        return Ok(());
    }
    Err(Outcome::Site(WpError::NotThisArticlesPost { id: remote.remote_id, link: link.to_string() }))
}

/// Milliseconds for WordPress's `date_gmt` ("2026-11-30T14:02:11", UTC without a zone).
fn gmt_millis(date_gmt: &str) -> Option<i64> {
    let parsed = chrono::NaiveDateTime::parse_from_str(date_gmt.get(..19)?, "%Y-%m-%dT%H:%M:%S").ok()?;
    Some(parsed.and_utc().timestamp_millis())
}

/// Sends one article to a WordPress site with `password`; see the crate's documentation.
pub fn export_to_wordpress(
    store: &mut Store,
    request: &ExportRequest,
    password: &str,
    policy: &RetryPolicy,
    words: &dyn Words,
    progress: &mut dyn FnMut(Progress),
) -> Result<Exported, PublishError> {
    let revision = match request.revision {
        Some(revision) => revision,
        None => match store.to_export(request.article_id)? {
            ToExport::Latest { revision } => revision,
            ToExport::NewerThanApproved { approved, approved_by, latest, changed_by } => {
                return Ok(Exported::NewerThanApproved { approved, approved_by, latest, changed_by });
            }
        },
    };
    let (article, _) = store.article_at(request.article_id, Some(revision))?;
    let site = store.site(request.site_id)?;
    let post = post_for(&article, request.status, &request.categories, request.create_categories);
    let client = Client::new(&site.url, &site.user, password, policy.timeout);
    let attempts = policy.attempts.max(1);
    let mut last_error = None;
    for attempt in 1..=attempts {
        if attempt > 1 {
            let wait = backoff(policy, attempt);
            progress(Progress {
                article_id: article.id,
                site: site.url.clone(),
                attempt,
                attempts,
                message: words.waiting(wait.as_secs_f64()),
            });
            std::thread::sleep(wait);
        }
        progress(Progress { article_id: article.id, site: site.url.clone(), attempt, attempts, message: words.sending(&site.url) });
        let result = (|| {
            let existing = match store.remote_post(article.id, site.id)? {
                Some(remote) => {
                    check_post_is_this_articles(store, &client, article.id, &remote)?;
                    Some(remote.remote_id)
                }
                None => adopt_lost_post(store, &client, article.id, &site, &post)?,
            };
            client.send(&post, existing).map_err(Outcome::Site)
        })();
        match result {
            Ok(sent) => {
                let message = words.sent(sent.created);
                store.record_sent_as(
                    &SentExport {
                        article_id: article.id,
                        site: &site,
                        remote_id: sent.id,
                        link: &sent.link,
                        revision: article.revision,
                        message: &message,
                        http_status: sent.http_status,
                        author: &request.author,
                        note: &request.note,
                    },
                    Some(request.status.as_str()),
                )?;
                return Ok(Exported::Sent { remote_id: sent.id, link: sent.link, created: sent.created, revision: article.revision });
            }
            Err(Outcome::Store(error)) => return Err(error.into()),
            Err(Outcome::Site(error)) => {
                let transient = error.is_transient();
                let outcome = if transient && attempt < attempts {
                    ExportOutcome::Failed
                } else if transient {
                    ExportOutcome::Queued
                } else {
                    ExportOutcome::Failed
                };
                let reason = words.site_error(&error);
                let message = words.attempt_failed(attempt, attempts, &reason);
                store.log_export(article.id, &site.url, article.revision, outcome, error.http_status(), &message, &request.author)?;
                if !transient {
                    return Ok(Exported::Failed { reason });
                }
                last_error = Some(reason);
            }
        }
    }
    let reason = last_error.unwrap_or_default();
    let queued = store.queued_exports()?.into_iter().find(|q| q.article_id == article.id && q.site_id == site.id);
    let attempts_so_far = queued.map(|q| q.attempts).unwrap_or(0) + 1;
    store.queue_export(&QueuedExport {
        id: 0,
        article_id: article.id,
        site_id: site.id,
        post_status: request.status.as_str().to_string(),
        categories: request.categories.clone(),
        author: request.author.clone(),
        attempts: attempts_so_far,
        next_attempt_at: next_queue_attempt(now_millis(), attempts_so_far),
        last_error: reason.clone(),
        note: request.note.clone(),
        create_categories: request.create_categories,
        revision: Some(article.revision),
    })?;
    Ok(Exported::Queued { reason })
}

enum Outcome {
    Store(StoreError),
    Site(WpError),
}

impl From<StoreError> for Outcome {
    fn from(error: StoreError) -> Self {
        Outcome::Store(error)
    }
}

/// Sends every queued export that is due (all of them with `everything`), one attempt each,
/// with the password `password_for` gives for the site. Returns each export's outcome.
pub fn send_queued(
    store: &mut Store,
    everything: bool,
    timeout: Duration,
    words: &dyn Words,
    password_for: &dyn Fn(&CmsSite) -> Result<String, credentials::CredentialError>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<(QueuedExport, Exported)>, PublishError> {
    let now = now_millis();
    let due: Vec<QueuedExport> = store.queued_exports()?.into_iter().filter(|q| everything || q.next_attempt_at <= now).collect();
    let mut results = Vec::new();
    for queued in due {
        let site = store.site(queued.site_id)?;
        // A status this version cannot read is never sent as some other status: the export
        // fails, and the log says why.
        let Some(status) = PostStatus::parse(&queued.post_status) else {
            let reason = words.unknown_post_status(&queued.post_status);
            let article = store.article(queued.article_id)?;
            store.log_export(article.id, &site.url, article.revision, ExportOutcome::Failed, None, &reason, &queued.author)?;
            store.unqueue_export(queued.article_id, queued.site_id)?;
            results.push((queued, Exported::Failed { reason }));
            continue;
        };
        let outcome = match password_for(&site) {
            Ok(password) => {
                let request = ExportRequest {
                    article_id: queued.article_id,
                    site_id: queued.site_id,
                    status,
                    categories: queued.categories.clone(),
                    author: queued.author.clone(),
                    note: queued.note.clone(),
                    create_categories: queued.create_categories,
                    revision: queued.revision,
                };
                let policy = RetryPolicy { attempts: 1, first_wait: Duration::ZERO, timeout };
                match export_to_wordpress(store, &request, &password, &policy, words, progress)? {
                    // Queued before exports named their revision, and changed by someone else
                    // since the approval: the editor chooses, so it leaves the queue unsent.
                    Exported::NewerThanApproved { approved, approved_by, latest, changed_by } => {
                        let reason = words.newer_than_approved(approved, &approved_by, latest, &changed_by);
                        store.log_export(queued.article_id, &site.url, latest, ExportOutcome::Failed, None, &reason, &queued.author)?;
                        Exported::Failed { reason }
                    }
                    outcome => outcome,
                }
            }
            Err(error) => Exported::Queued { reason: words.credential_error(&error) },
        };
        if matches!(outcome, Exported::Failed { .. }) {
            // Refused for good (a changed password, a rejected post): off the queue; the log
            // keeps why.
            store.unqueue_export(queued.article_id, queued.site_id)?;
        }
        results.push((queued, outcome));
    }
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_and_queue_retries_back_off_to_half_an_hour() {
        let policy = RetryPolicy { attempts: 4, first_wait: Duration::from_millis(500), timeout: Duration::from_secs(1) };
        assert_eq!([2, 3, 4].map(|a| backoff(&policy, a).as_millis()), [500, 1000, 2000]);
        assert_eq!(next_queue_attempt(0, 1), 60_000);
        assert_eq!(next_queue_attempt(0, 2), 120_000);
        assert_eq!(next_queue_attempt(0, 20), 30 * 60_000);
    }

    #[test]
    fn the_usual_headline_length_is_what_nine_in_ten_stay_within() {
        // Too few titles to say anything: the default.
        assert_eq!(usual_headline_length(&[]), DEFAULT_HEADLINE_LIMIT);
        assert_eq!(usual_headline_length(&[60; 19]), DEFAULT_HEADLINE_LIMIT);
        // Eighteen of twenty at 60 or less, two long ones: 60 is usual, the outliers are not.
        let mut lengths = vec![50; 10];
        lengths.extend([55; 5]);
        lengths.extend([60; 3]);
        lengths.extend([90, 140]);
        assert_eq!(usual_headline_length(&lengths), 60);
        // The order the site lists them in does not matter.
        lengths.reverse();
        assert_eq!(usual_headline_length(&lengths), 60);
        // A site of terse headlines still allows an ordinary one.
        assert_eq!(usual_headline_length(&[20; 30]), 40);
    }

    /// A store with one article and one "site" that only counts who knocks (no one may).
    fn store_with_a_silent_site() -> (std::net::TcpListener, Store, i64, i64) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        listener.set_nonblocking(true).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let content = sunting_engine::ArticleContent::from_paragraphs("Harga cabai", ["Naik dua kali lipat."]);
        let article_id = store.create_article(&content, &sunting_store::SaveOptions::by("ayu")).unwrap().id;
        let site_id = store.add_site(&url, "ayu").unwrap().id;
        (listener, store, article_id, site_id)
    }

    #[test]
    fn an_unreadable_export_log_stops_the_export_before_the_site_is_asked() {
        let (listener, mut store, article_id, site_id) = store_with_a_silent_site();
        // The log is unreadable (a damaged database): the lost-post lookup cannot know whether an
        // earlier attempt made a post, so nothing may be sent.
        store.connection().execute_batch("ALTER TABLE export_attempts RENAME TO export_attempts_gone").unwrap();
        let request = ExportRequest {
            article_id,
            site_id,
            status: PostStatus::Draft,
            categories: Vec::new(),
            author: "ayu".into(),
            note: String::new(),
            create_categories: false,
            revision: None,
        };
        let policy = RetryPolicy { attempts: 1, first_wait: Duration::from_millis(1), timeout: Duration::from_secs(2) };
        let outcome = export_to_wordpress(&mut store, &request, "sandi", &policy, &English, &mut |_| {});
        assert!(matches!(outcome, Err(PublishError::Store(_))), "{outcome:?}");
        assert!(listener.accept().is_err(), "the site was never asked");
    }

    #[test]
    fn a_queued_export_with_a_status_this_version_cannot_read_is_never_sent_as_another() {
        let (listener, mut store, article_id, site_id) = store_with_a_silent_site();
        store
            .queue_export(&QueuedExport {
                id: 0,
                article_id,
                site_id,
                post_status: "future".into(),
                categories: Vec::new(),
                author: "ayu".into(),
                attempts: 1,
                next_attempt_at: 0,
                last_error: String::new(),
                note: String::new(),
                create_categories: false,
                revision: None,
            })
            .unwrap();
        let results = send_queued(&mut store, true, Duration::from_secs(2), &English, &|_| Ok("sandi".into()), &mut |_| {}).unwrap();
        assert!(matches!(&results[0].1, Exported::Failed { reason } if reason.contains("\"future\"")), "{results:?}");
        assert!(listener.accept().is_err(), "the site was never asked");
        assert!(store.queued_exports().unwrap().is_empty(), "off the queue");
        let log = store.export_log(article_id).unwrap();
        assert_eq!(log.last().map(|attempt| attempt.outcome), Some(ExportOutcome::Failed));
    }

    #[test]
    fn wordpress_gmt_dates_read_as_utc() {
        assert_eq!(gmt_millis("1970-01-01T00:00:00"), Some(0));
        assert_eq!(gmt_millis("2017-08-01T09:30:00"), Some(1_501_579_800_000));
        assert_eq!(gmt_millis("bukan tanggal"), None);
    }

    #[test]
    fn the_post_is_the_article_as_blocks_with_a_slug() {
        let mut content = sunting_engine::ArticleContent::from_paragraphs("Durov ke Jakarta", ["<script>alert(1)</script> Isi."]);
        content.standfirst = "Ringkas.".into();
        content.tags = vec!["teknologi".into()];
        let article = Article { id: 3, status: Default::default(), created_at: 0, updated_at: 0, revision: 2, content };
        let post = post_for(&article, PostStatus::Pending, &["Nasional".into()], false);
        assert_eq!(post.slug, "durov-ke-jakarta");
        assert_eq!(post.excerpt, "Ringkas.");
        assert_eq!(post.tags, ["teknologi"]);
        assert!(post.content.starts_with("<!-- wp:paragraph -->"));
        assert!(!post.content.contains("<script"), "{}", post.content);
    }
}
