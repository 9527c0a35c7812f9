//! Publishing commands: CMS sites (passwords in the keyring), sending an article to WordPress
//! with progress events, the export log and queue, and file exports (HTML, Markdown, ninjs).
//! The work is `sunting_publish`'s; these are the thin commands over it, plus the background
//! pass that sends queued exports when their site is back.

use crate::commands::Result;
use crate::desk::Desk;
use crate::error::{language, CommandError, ErrorCode};
use std::time::Duration;
use sunting_engine::format::{html, markdown, ninjs};
use sunting_publish::credentials::{self, CredentialError};
use sunting_publish::{Client, ExportRequest, Exported, PostStatus, Progress, RetryPolicy, SiteProfile};
use sunting_store::{CmsSite, ExportAttempt, ExportOutcome, NameKind, QueuedExport, RemotePost};
use tauri::{AppHandle, Emitter, Manager, State};

/// The event that carries [`Progress`] while an export runs (in the foreground or the queue).
pub const PROGRESS_EVENT: &str = "export-progress";
/// The event sent after the background pass sent or retried queued exports.
pub const QUEUE_EVENT: &str = "export-queue";
/// How often the background pass looks for due queued exports.
const QUEUE_INTERVAL: Duration = Duration::from_secs(30);

/// An article's publishing state: where it went, what is waiting, and every attempt.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct PublishingView {
    /// The sites.
    pub sites: Vec<CmsSite>,
    /// The post the article became on each site it was sent to.
    pub posts: Vec<RemotePost>,
    /// Its exports waiting for their site.
    pub queued: Vec<QueuedExport>,
    /// Its export log, oldest first.
    pub log: Vec<ExportAttempt>,
}

/// The sites, and the article's publishing state when an article is given.
#[tauri::command(async, rename_all = "snake_case")]
pub fn publishing(desk: State<'_, Desk>, article_id: Option<i64>) -> Result<PublishingView> {
    desk.with_store(|store| {
        let sites = store.sites()?;
        let Some(article_id) = article_id else {
            return Ok(PublishingView { sites, posts: Vec::new(), queued: store.queued_exports()?, log: Vec::new() });
        };
        let mut posts = Vec::new();
        for site in &sites {
            posts.extend(store.remote_post(article_id, site.id)?);
        }
        let queued = store.queued_exports()?.into_iter().filter(|q| q.article_id == article_id).collect();
        Ok(PublishingView { sites, posts, queued, log: store.export_log(article_id)? })
    })
}

/// Connects a WordPress site: checks the address and Application Password against the site,
/// keeps the password in the keyring, and the site (without it) in the database.
#[tauri::command(async, rename_all = "snake_case")]
pub fn add_site(desk: State<'_, Desk>, url: String, user: String, password: String) -> Result<CmsSite> {
    let url = sunting_store::normalize_site_url(&url).map_err(CommandError::from)?;
    let user = user.trim().to_string();
    if user.is_empty() || password.trim().is_empty() {
        return Err(CommandError::said(ErrorCode::InvalidInput, "desk-site-needs-credentials", &[]));
    }
    Client::new(&url, &user, password.trim(), Duration::from_secs(15)).check().map_err(|error| {
        let reason = sunting_i18n::describe_site(language(), &error);
        CommandError::said(
            ErrorCode::Site,
            "desk-site-cannot-connect",
            &[("url", url.as_str().into()), ("user", user.as_str().into()), ("reason", reason.into())],
        )
    })?;
    credentials::save_password(&CmsSite { id: 0, url: url.clone(), user: user.clone() }, password.trim())?;
    desk.with_store(|store| store.add_site(&url, &user))
}

/// Forgets a site and its password; the export log stays.
#[tauri::command(async, rename_all = "snake_case")]
pub fn remove_site(desk: State<'_, Desk>, site_id: i64) -> Result<()> {
    let site = desk.with_store(|store| store.site(site_id))?;
    // Without a keyring there is no password to delete; the site still goes.
    match credentials::delete_password(&site) {
        Ok(()) | Err(CredentialError::Unavailable(_)) => {}
        Err(error) => return Err(error.into()),
    }
    desk.with_store(|store| store.remove_site(site_id))
}

/// Sends the article's latest saved revision to a site, reporting progress as
/// [`PROGRESS_EVENT`] events. `note` is the editor's answer to the check before publishing,
/// which the history keeps with the move to Exported. Retries, queueing, the log and the Exported status are
/// `sunting_publish::export_to_wordpress`'s.
#[tauri::command(async, rename_all = "snake_case")]
#[allow(clippy::too_many_arguments, reason = "a command's arguments are the shape of the UI's call")]
pub fn export_to_site(
    app: AppHandle,
    desk: State<'_, Desk>,
    article_id: i64,
    site_id: i64,
    status: PostStatus,
    categories: Vec<String>,
    note: Option<String>,
    create_categories: Option<bool>,
    revision: Option<u32>,
) -> Result<Exported> {
    let site = desk.with_store(|store| store.site(site_id))?;
    let password = credentials::password(&site)?;
    let note = note.unwrap_or_default().trim().to_string();
    let create_categories = create_categories.unwrap_or(false);
    let request = ExportRequest { article_id, site_id, status, categories, author: desk.author(), note, create_categories, revision };
    desk.with_publisher(|store| {
        let words = sunting_i18n::publish_words(language());
        sunting_publish::export_to_wordpress(store, &request, &password, &RetryPolicy::default(), &words, &mut |progress: Progress| {
            let _ = app.emit(PROGRESS_EVENT, progress);
        })
        .map_err(|sunting_publish::PublishError::Store(error)| CommandError::from(error))
    })
}

/// What the publish dialog needs from a site (its categories to pick from, its usual headline
/// length): read once per session and site, again when `refresh` asks.
#[tauri::command(async, rename_all = "snake_case")]
pub fn site_profile(desk: State<'_, Desk>, site_id: i64, refresh: Option<bool>) -> Result<SiteProfile> {
    if !refresh.unwrap_or(false) {
        if let Some(cached) = desk.cached_site_profile(site_id) {
            return Ok(cached);
        }
    }
    let site = desk.with_store(|store| store.site(site_id))?;
    let password = credentials::password(&site)?;
    let client = Client::new(&site.url, &site.user, &password, sunting_publish::wordpress::DEFAULT_TIMEOUT);
    let profile = sunting_publish::site_profile(&client).map_err(|error| {
        let reason = sunting_i18n::describe_site(language(), &error);
        CommandError::said(ErrorCode::Site, "desk-site-unreadable", &[("url", site.url.as_str().into()), ("reason", reason.into())])
    })?;
    desk.cache_site_profile(site_id, profile.clone());
    Ok(profile)
}

/// Sends every queued export now, whether due or not; returns how many reached their site.
#[tauri::command(async, rename_all = "snake_case")]
pub fn send_queued_now(app: AppHandle, desk: State<'_, Desk>) -> Result<usize> {
    send_queue(&app, &desk, true)
}

/// Takes an export off the queue without sending it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn cancel_queued_export(desk: State<'_, Desk>, article_id: i64, site_id: i64) -> Result<()> {
    desk.with_store(|store| store.unqueue_export(article_id, site_id))
}

fn send_queue(app: &AppHandle, desk: &Desk, everything: bool) -> Result<usize> {
    let results = desk.with_publisher(|store| {
        sunting_publish::send_queued(
            store,
            everything,
            sunting_publish::wordpress::DEFAULT_TIMEOUT,
            &sunting_i18n::publish_words(language()),
            &credentials::password,
            &mut |progress| {
                let _ = app.emit(PROGRESS_EVENT, progress);
            },
        )
        .map_err(|sunting_publish::PublishError::Store(error)| CommandError::from(error))
    })?;
    if !results.is_empty() {
        let _ = app.emit(QUEUE_EVENT, results.len());
    }
    Ok(results.iter().filter(|(_, outcome)| matches!(outcome, Exported::Sent { .. })).count())
}

/// Starts the background pass that sends due queued exports every half minute.
pub fn start_queue(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(QUEUE_INTERVAL);
        let desk = app.state::<Desk>();
        let due = desk.with_store(|store| store.queued_exports()).map(|queue| !queue.is_empty()).unwrap_or(false);
        if due {
            let _ = send_queue(&app, &desk, false);
        }
    });
}

/// The file formats the editor can export to.
#[derive(Debug, Clone, Copy, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    /// A standalone HTML document.
    Html,
    /// Markdown with front matter.
    Markdown,
    /// IPTC ninjs 2.1 JSON.
    Ninjs,
}

/// Writes the article's latest revision to a file in the Downloads folder (or
/// `$SUNTING_EXPORT_DIR`), logs it, and returns the file's path.
#[tauri::command(async, rename_all = "snake_case")]
pub fn export_file(desk: State<'_, Desk>, article_id: i64, format: FileFormat) -> Result<String> {
    let (article, entities) = desk.with_store(|store| Ok((store.article(article_id)?, store.named_entities(article_id)?)))?;
    let (text, extension, target) = match format {
        FileFormat::Html => (html::render(&article.content), "html", "html file"),
        FileFormat::Markdown => (markdown::render(&article.content), "md", "markdown file"),
        FileFormat::Ninjs => {
            let context = ninjs::NinjsContext {
                uri: ninjs::article_uri(article_id),
                people: entities.people,
                organisations: entities.organisations,
                places: entities.places,
            };
            (ninjs::render(&article, &context), "json", "ninjs file")
        }
    };
    let stem = sunting_store::files::export_file_stem(&article.content.headline, article_id);
    let path = crate::files::write_export(&stem, extension, &text)?;
    let author = desk.author();
    desk.with_store(|store| store.log_export(article_id, target, article.revision, ExportOutcome::Sent, None, &path, &author))?;
    Ok(path)
}

/// Says what a registered name names (person, organisation, place), or clears it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn set_name_kind(desk: State<'_, Desk>, name: String, kind: Option<NameKind>) -> Result<()> {
    desk.with_store(|store| store.set_name_kind(&name, kind))
}
