//! A WordPress site over its REST API (`/wp-json/wp/v2/`), authenticated with an Application
//! Password over HTTP Basic.
//!
//! Posts are created with `POST /posts` (201) and updated with `POST /posts/<id>` (200);
//! categories and tags are sent as term ids, so missing terms are created first (an existing
//! name answers 400 `term_exists` with its id). WordPress silently drops unknown term ids, so
//! every answer is checked against what was sent. The password never appears in an error.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::fmt;
use std::time::Duration;

/// How long one request may take, connection included, before it counts as timed out.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// The status a post is created or updated with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum PostStatus {
    /// Saved on the site, not published.
    Draft,
    /// Waiting for a site editor's review.
    Pending,
    /// Published.
    Publish,
}

impl PostStatus {
    /// WordPress's name for it.
    pub fn as_str(self) -> &'static str {
        sunting_engine::serde_name::name(&self)
    }

    /// Reads WordPress's name ("draft", "pending", "publish").
    pub fn parse(text: &str) -> Option<PostStatus> {
        sunting_engine::serde_name::parse(text.trim())
    }
}

/// A post as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// The headline.
    pub title: String,
    /// The body as block-editor HTML.
    pub content: String,
    /// The standfirst.
    pub excerpt: String,
    /// The URL slug.
    pub slug: String,
    /// Draft, pending or publish.
    pub status: PostStatus,
    /// Category names, from the site's own list.
    pub categories: Vec<String>,
    /// Whether categories the site does not have are created (only when the editor asked).
    pub create_categories: bool,
    /// Tag names (created when missing).
    pub tags: Vec<String>,
}

/// What the site said after a successful create or update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentPost {
    /// The post's id.
    pub id: i64,
    /// Its address.
    pub link: String,
    /// True when the post was created, false when an existing one was updated.
    pub created: bool,
    /// The HTTP status of the answer (201 or 200).
    pub http_status: u16,
}

/// Why a request to the site failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumCount)]
pub enum WpError {
    /// 401 or 403: the user name or Application Password is wrong, or the user may not do this.
    #[error("the site refused the user name or Application Password (HTTP {status}); check them in the site's settings")]
    Unauthorized {
        /// The HTTP status.
        status: u16,
    },
    /// The site refused the request (400, 404 ...); sending it again will not help.
    #[error("the site refused the post (HTTP {status}, {code}): {message}")]
    Rejected {
        /// The HTTP status.
        status: u16,
        /// WordPress's error code.
        code: String,
        /// WordPress's message.
        message: String,
    },
    /// A server error (5xx): the site may recover.
    #[error("the site had an internal error (HTTP {status})")]
    Server {
        /// The HTTP status.
        status: u16,
    },
    /// No answer in time.
    #[error("the site did not answer in time")]
    Timeout,
    /// The site cannot be reached (refused, no route, unknown host).
    #[error("the site cannot be reached ({0})")]
    Unreachable(String),
    /// An answer that is not what WordPress sends (HTML error page, a proxy, a different API).
    #[error("the site's answer is not WordPress's ({0})")]
    Unexpected(String),
    /// The site accepted the post but did not keep what was sent.
    #[error("the site did not keep what was sent: {0}")]
    NotKept(String),
    /// The post this article became on the site is no longer this article's: the site gives it
    /// another address and title than the last export recorded. It is not overwritten.
    #[error(
        "post {id} on the site is not this article's post (the site has it at {link}); it was not changed: check the post on the site"
    )]
    NotThisArticlesPost {
        /// The post's id.
        id: i64,
        /// Where the site has it now.
        link: String,
    },
    /// Categories the site does not have, which the editor did not ask to create.
    #[error("the site has no category {}; pick one of its categories, or ask for a new one to be created", quoted(.0))]
    UnknownCategories(Vec<String>),
}

impl WpError {
    /// True when the same request may succeed later: worth retrying and queueing.
    pub fn is_transient(&self) -> bool {
        matches!(self, WpError::Server { .. } | WpError::Timeout | WpError::Unreachable(_))
    }

    /// The HTTP status, when the site answered.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            WpError::Unauthorized { status } | WpError::Rejected { status, .. } | WpError::Server { status } => Some(*status),
            _ => None,
        }
    }
}

/// Names in quotes, separated by commas.
fn quoted(names: &[String]) -> String {
    names.iter().map(|name| format!("\"{name}\"")).collect::<Vec<_>>().join(", ")
}

/// A WordPress site and the credentials to write to it.
pub struct Client {
    base: String,
    authorization: String,
    agent: ureq::Agent,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the authorization header.
        f.debug_struct("Client").field("base", &self.base).finish_non_exhaustive()
    }
}

/// One answer: status and JSON body (`Null` when the body is not JSON).
struct Answer {
    status: u16,
    body: Value,
}

impl Client {
    /// A client for the site at `site_url` (no trailing slash needed) as `user`.
    pub fn new(site_url: &str, user: &str, password: &str, timeout: Duration) -> Client {
        let credentials = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        let agent: ureq::Agent =
            ureq::Agent::config_builder().timeout_global(Some(timeout)).http_status_as_error(false).user_agent("Sunting").build().into();
        Client {
            base: format!("{}/wp-json/wp/v2", site_url.trim().trim_end_matches('/')),
            authorization: format!("Basic {credentials}"),
            agent,
        }
    }

    fn request(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Answer, WpError> {
        let url = format!("{}{path}", self.base);
        let result = match (method, body) {
            ("GET", _) => self.agent.get(&url).header("Authorization", &self.authorization).call(),
            (_, Some(body)) => self.agent.post(&url).header("Authorization", &self.authorization).send_json(body),
            (_, None) => self.agent.post(&url).header("Authorization", &self.authorization).send_empty(),
        };
        let mut response = result.map_err(|error| match error {
            ureq::Error::Timeout(_) => WpError::Timeout,
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut || io.kind() == std::io::ErrorKind::WouldBlock => {
                WpError::Timeout
            }
            ureq::Error::Io(io) => WpError::Unreachable(io.to_string()),
            ureq::Error::HostNotFound => WpError::Unreachable("unknown host".into()),
            ureq::Error::ConnectionFailed => WpError::Unreachable("connection failed".into()),
            other => WpError::Unreachable(other.to_string()),
        })?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().map_err(|error| match error {
            ureq::Error::Timeout(_) => WpError::Timeout,
            other => WpError::Unreachable(other.to_string()),
        })?;
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        match status {
            200..=299 if body.is_null() => Err(WpError::Unexpected(format!("HTTP {status} without JSON"))),
            200..=299 => Ok(Answer { status, body }),
            401 | 403 => Err(WpError::Unauthorized { status }),
            500..=599 => Err(WpError::Server { status }),
            _ if body.is_null() => Err(WpError::Unexpected(format!("HTTP {status} without JSON"))),
            _ => Ok(Answer { status, body }),
        }
    }

    fn rejected(answer: Answer) -> WpError {
        WpError::Rejected {
            status: answer.status,
            code: answer.body["code"].as_str().unwrap_or("unknown").to_string(),
            message: answer.body["message"].as_str().unwrap_or("").to_string(),
        }
    }

    /// Checks the address and credentials; returns the user's display name.
    pub fn check(&self) -> Result<String, WpError> {
        let answer = self.request("GET", "/users/me?context=edit", None)?;
        if answer.status != 200 {
            return Err(Client::rejected(answer));
        }
        Ok(answer.body["name"].as_str().unwrap_or_default().to_string())
    }

    /// The site's categories as (id, name), every page of them.
    pub fn categories(&self) -> Result<Vec<(i64, String)>, WpError> {
        let mut all = Vec::new();
        // A newsroom has dozens of categories, not thousands; 20 pages of 100 is the limit.
        for page in 1..=20 {
            let answer = self.request("GET", &format!("/categories?per_page=100&page={page}&_fields=id,name&orderby=name"), None)?;
            match answer.status {
                200 => {}
                // Past the last page.
                400 if answer.body["code"].as_str() == Some("rest_post_invalid_page_number") => break,
                _ => return Err(Client::rejected(answer)),
            }
            let found = answer.body.as_array().cloned().unwrap_or_default();
            all.extend(
                found.iter().filter_map(|c| Some((c["id"].as_i64()?, sunting_engine::format::html_import::text_of(c["name"].as_str()?)))),
            );
            if found.len() < 100 {
                break;
            }
        }
        Ok(all)
    }

    /// The ids of the named categories, from the site's list; the missing ones are created only
    /// with `create`, and are an error otherwise (nothing is sent).
    pub fn category_ids(&self, names: &[String], create: bool) -> Result<Vec<i64>, WpError> {
        let wanted: Vec<&str> = names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()).collect();
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        if create {
            return self.term_ids("categories", names);
        }
        let known = self.categories()?;
        let mut ids = Vec::new();
        let mut missing = Vec::new();
        for name in wanted {
            match known.iter().find(|(_, known)| known.trim().to_lowercase() == name.to_lowercase()) {
                Some((id, _)) => ids.push(*id),
                None => missing.push(name.to_string()),
            }
        }
        if !missing.is_empty() {
            return Err(WpError::UnknownCategories(missing));
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// The ids of the named terms in `taxonomy` ("categories" or "tags"), creating missing ones.
    pub fn term_ids(&self, taxonomy: &str, names: &[String]) -> Result<Vec<i64>, WpError> {
        let mut ids = Vec::new();
        for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
            let answer = self.request("POST", &format!("/{taxonomy}"), Some(&json!({ "name": name })))?;
            let id = match (answer.status, answer.body["code"].as_str()) {
                (201, _) => answer.body["id"].as_i64(),
                (400, Some("term_exists")) => answer.body["data"]["term_id"].as_i64(),
                _ => return Err(Client::rejected(answer)),
            };
            ids.push(id.ok_or_else(|| WpError::Unexpected(format!("no id for the {taxonomy} term {name}")))?);
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// The lengths, in characters, of the titles of the site's latest published posts (up to
    /// 100): what its headlines usually measure.
    pub fn published_title_lengths(&self) -> Result<Vec<usize>, WpError> {
        let answer = self.request("GET", "/posts?status=publish&context=edit&per_page=100&_fields=title&orderby=date", None)?;
        if answer.status != 200 {
            return Err(Client::rejected(answer));
        }
        Ok(answer
            .body
            .as_array()
            .map(|posts| posts.iter().filter_map(|p| p["title"]["raw"].as_str()).map(|title| title.trim().chars().count()).collect())
            .unwrap_or_default())
    }

    /// Posts with this slug in any status, as (id, raw title, date_gmt).
    pub fn posts_with_slug(&self, slug: &str) -> Result<Vec<(i64, String, String)>, WpError> {
        let path = format!("/posts?slug={}&status=draft,pending,publish,future,private&context=edit&per_page=20", encode_query(slug));
        let answer = self.request("GET", &path, None)?;
        if answer.status != 200 {
            return Err(Client::rejected(answer));
        }
        Ok(answer
            .body
            .as_array()
            .map(|posts| {
                posts
                    .iter()
                    .filter_map(|p| {
                        Some((
                            p["id"].as_i64()?,
                            p["title"]["raw"].as_str()?.to_string(),
                            p["date_gmt"].as_str().unwrap_or_default().to_string(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    /// A post's fields as the editor sees them (`context=edit`: raw title and content).
    pub fn fetch(&self, id: i64) -> Result<Value, WpError> {
        let answer = self.request("GET", &format!("/posts/{id}?context=edit"), None)?;
        if answer.status != 200 {
            return Err(Client::rejected(answer));
        }
        Ok(answer.body)
    }

    /// Creates the post, or updates post `existing`. A post deleted on the site (404/410 on
    /// update) is created again. The answer is checked against what was sent.
    pub fn send(&self, post: &Post, existing: Option<i64>) -> Result<SentPost, WpError> {
        let categories = self.category_ids(&post.categories, post.create_categories)?;
        let tags = self.term_ids("tags", &post.tags)?;
        let mut body = json!({
            "title": post.title,
            "content": post.content,
            "excerpt": post.excerpt,
            "slug": post.slug,
            "status": post.status.as_str(),
            "tags": tags,
        });
        // Without categories WordPress files the post under its default category.
        if !categories.is_empty() {
            body["categories"] = json!(categories);
        }
        let mut answer = match existing {
            Some(id) => self.request("POST", &format!("/posts/{id}"), Some(&body))?,
            None => self.request("POST", "/posts", Some(&body))?,
        };
        if existing.is_some() && matches!(answer.status, 404 | 410) {
            answer = self.request("POST", "/posts", Some(&body))?;
        }
        let created = answer.status == 201;
        if !matches!(answer.status, 200 | 201) {
            return Err(Client::rejected(answer));
        }
        let id = answer.body["id"].as_i64().ok_or_else(|| WpError::Unexpected("the post has no id".into()))?;
        verify(&answer.body, post, &categories, &tags)?;
        Ok(SentPost { id, link: answer.body["link"].as_str().unwrap_or_default().to_string(), created, http_status: answer.status })
    }
}

/// Checks that the site kept the title, status and terms that were sent.
fn verify(kept: &Value, post: &Post, categories: &[i64], tags: &[i64]) -> Result<(), WpError> {
    let ids = |key: &str| -> Vec<i64> {
        let mut ids: Vec<i64> = kept[key].as_array().map(|a| a.iter().filter_map(Value::as_i64).collect()).unwrap_or_default();
        ids.sort_unstable();
        ids
    };
    if !categories.is_empty() && ids("categories") != categories {
        return Err(WpError::NotKept(format!("categories {:?} came back as {:?}", categories, ids("categories"))));
    }
    if ids("tags") != tags {
        return Err(WpError::NotKept(format!("tags {:?} came back as {:?}", tags, ids("tags"))));
    }
    let status = kept["status"].as_str().unwrap_or_default();
    // A published post with a date in the future is "future": still what was asked for.
    if status != post.status.as_str() && !(post.status == PostStatus::Publish && status == "future") {
        return Err(WpError::NotKept(format!("status {} came back as {status}", post.status.as_str())));
    }
    if let Some(title) = kept["title"]["raw"].as_str() {
        if title != post.title {
            return Err(WpError::NotKept(format!("the title came back as \"{title}\"")));
        }
    }
    Ok(())
}

/// Percent-encodes a query value.
/// A query value with everything but unreserved characters (RFC 3986) percent-encoded.
fn encode_query(value: &str) -> String {
    const RESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    percent_encoding::utf8_percent_encode(value, RESERVED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post() -> Post {
        Post {
            title: "Judul".into(),
            content: String::new(),
            excerpt: String::new(),
            slug: "judul".into(),
            status: PostStatus::Draft,
            categories: vec!["Kota".into()],
            create_categories: false,
            tags: vec![],
        }
    }

    #[test]
    fn dropped_categories_and_changed_titles_are_caught() {
        let kept = json!({ "status": "draft", "categories": [], "tags": [], "title": { "raw": "Judul" } });
        assert!(matches!(verify(&kept, &post(), &[5], &[]), Err(WpError::NotKept(_))));
        let kept = json!({ "status": "draft", "categories": [5], "tags": [], "title": { "raw": "Judul" } });
        assert_eq!(verify(&kept, &post(), &[5], &[]), Ok(()));
        let kept = json!({ "status": "draft", "categories": [5], "tags": [], "title": { "raw": "Lain" } });
        assert!(verify(&kept, &post(), &[5], &[]).is_err());
    }

    #[test]
    fn errors_say_what_to_do_and_which_are_worth_retrying() {
        assert!(WpError::Timeout.is_transient() && WpError::Server { status: 502 }.is_transient());
        assert!(!WpError::Unauthorized { status: 401 }.is_transient());
        assert!(WpError::Unauthorized { status: 401 }.to_string().contains("Application Password"));
        assert_eq!(encode_query("harga cabai-naik"), "harga%20cabai-naik");
    }

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let client = Client::new("https://kabar.example/", "editor", "abcd efgh ijkl", DEFAULT_TIMEOUT);
        let debug = format!("{client:?}");
        assert!(debug.contains("kabar.example") && !debug.contains("abcd") && !debug.contains("Basic"), "{debug}");
    }

    #[test]
    fn a_closed_port_is_unreachable_and_transient() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let client = Client::new(&format!("http://127.0.0.1:{port}"), "editor", "x", Duration::from_secs(2));
        let error = client.check().unwrap_err();
        assert!(matches!(error, WpError::Unreachable(_)), "{error:?}");
        assert!(error.is_transient());
    }
}
