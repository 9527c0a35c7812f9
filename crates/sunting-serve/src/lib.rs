//! `sunting serve`: Sunting's checks over LanguageTool's HTTP API v2, so the editors reporters
//! already write in (LibreOffice Writer's "LanguageTool remote" checker, LanguageTool's browser
//! add-on, Obsidian, `language_tool_python`, `languagetool-rust`) get the newsroom's names and
//! house style as they type.
//!
//! - `POST /v2/check` (and `GET` with the same fields): `text`, or `data` (annotated text:
//!   markup skipped, offsets still counted), `language`, the rule and category switches and
//!   `level`; the answer LanguageTool gives, offsets in UTF-16 code units.
//! - `GET /v2/languages`; `GET /v2/words`, `POST /v2/words/add` and `POST /v2/words/delete` on
//!   the house dictionary, where the caller may write it.
//!
//! Safe to leave running: loopback unless asked, and then only with a token; bodies no longer
//! than an article may be; a bounded number of checks at once and a time limit for each; JSON
//! errors that say what to send instead; CORS only for the origins configured; the log names
//! requests, never the text. Checks cannot fail; a request can only be refused.

pub mod annotated;
pub mod languagetool;
pub mod lsp;

use languagetool::{CheckRequest, RequestError};
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};
use sunting_check::{CheckConfig, Checker, Document, Language, Newsroom, Resources, UiLanguage};

/// The most text one request may carry: what an article may hold.
pub const MAX_TEXT_BYTES: usize = sunting_engine::format::MAX_ARTICLE_BYTES;
/// The most a request body may be: the text form-encoded (each byte at most three), and room
/// for the other fields.
pub const MAX_BODY_BYTES: usize = 3 * MAX_TEXT_BYTES + 64 * 1024;

/// The house dictionary and name register the checks use, and the dictionary's words for the
/// words endpoints. The command line implements it over the store (the desk's own, or the
/// newsroom's when the desk has joined one).
pub trait HouseWords: Send + Sync {
    /// Changes whenever the words or names change, so the server reloads them.
    fn version(&self) -> u64;
    /// The words and names, for the checker.
    fn load(&self) -> Newsroom;
    /// The dictionary's words, sorted.
    fn words(&self) -> Result<Vec<String>, String>;
    /// Whether a caller of this server may add and remove words.
    fn may_write(&self) -> bool;
    /// Adds a word; false when it was there already.
    fn add(&self, word: &str) -> Result<bool, String>;
    /// Removes a word; false when it was not there.
    fn remove(&self, word: &str) -> Result<bool, String>;
    /// Confirms a name's spelling in the register.
    fn confirm_name(&self, name: &str) -> Result<(), String>;
}

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where it listens (loopback by default).
    pub address: SocketAddr,
    /// Required (as `Authorization: Bearer …` or the `apiKey` field) when set; required for any
    /// address beyond loopback.
    pub token: Option<String>,
    /// Origins a browser page may call from (CORS); none by default.
    pub origins: Vec<String>,
    /// Requests handled at once.
    pub workers: usize,
    /// How long one check may take before the client is told to try less text.
    pub time_limit: Duration,
    /// The interface language when the request does not ask for one (`Accept-Language`).
    pub ui_language: UiLanguage,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            address: SocketAddr::from(([127, 0, 0, 1], 8081)),
            token: None,
            origins: Vec::new(),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 16),
            time_limit: Duration::from_secs(10),
            ui_language: UiLanguage::En,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Beyond loopback without a token.
    #[error("listening on {0} reaches beyond this computer: give a token (--token-file or SUNTING_SERVE_TOKEN) so only your reporters' editors can use it")]
    OpenWithoutToken(IpAddr),
    /// The address is taken or not ours.
    #[error("cannot listen on {address}: {reason}")]
    Bind { address: SocketAddr, reason: String },
}

/// The running server.
pub struct Server {
    http: Arc<tiny_http::Server>,
    state: Arc<State>,
    options: Options,
}

/// A checker for each (language asked, interface language).
type Checkers = HashMap<(Option<Language>, UiLanguage), Arc<Checker>>;

/// Checkers over the house words, one for each (language asked, interface language), built on
/// first use and built again when the house words change. Both the HTTP server and the
/// language server check through it.
pub struct HouseCheckers {
    resources: Arc<Resources>,
    house: Arc<dyn HouseWords>,
    /// The house words' version the checkers were built with, and the checkers.
    built: Mutex<(u64, Checkers)>,
    /// When the house words were last asked for their version, and how often to ask.
    asked: Mutex<Instant>,
    every: Duration,
}

impl HouseCheckers {
    /// Over `house`, asking for its version at most once per `every`.
    pub fn new(resources: Arc<Resources>, house: Arc<dyn HouseWords>, every: Duration) -> HouseCheckers {
        let version = house.version();
        HouseCheckers { resources, house, built: Mutex::new((version, HashMap::new())), asked: Mutex::new(Instant::now()), every }
    }

    /// The house words.
    pub fn house(&self) -> &dyn HouseWords {
        &*self.house
    }

    /// The checker for `language` (none: detect it) speaking `ui`, with the house words as they
    /// are now.
    pub fn get(&self, language: Option<Language>, ui: UiLanguage) -> Arc<Checker> {
        let due = {
            let mut asked = self.asked.lock().unwrap_or_else(|e| e.into_inner());
            let due = asked.elapsed() >= self.every;
            if due {
                *asked = Instant::now();
            }
            due
        };
        let version = due.then(|| self.house.version());
        let mut built = self.built.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(version) = version.filter(|v| *v != built.0) {
            *built = (version, HashMap::new());
        }
        built
            .1
            .entry((language, ui))
            .or_insert_with(|| {
                let config = CheckConfig { language, messages: ui, ..Default::default() };
                Arc::new(Checker::with_newsroom(self.resources.clone(), config, self.house.load()))
            })
            .clone()
    }
}

struct State {
    checkers: HouseCheckers,
    /// Checks running now, those past their time limit included.
    running: Arc<AtomicUsize>,
}

impl Server {
    /// Binds the address (refusing one beyond loopback without a token).
    pub fn bind(options: Options, resources: Arc<Resources>, house: Arc<dyn HouseWords>) -> Result<Server, ServeError> {
        if !options.address.ip().is_loopback() && options.token.as_deref().is_none_or(str::is_empty) {
            return Err(ServeError::OpenWithoutToken(options.address.ip()));
        }
        let http =
            tiny_http::Server::http(options.address).map_err(|e| ServeError::Bind { address: options.address, reason: e.to_string() })?;
        // The house words are asked for their version at most once a second.
        let state =
            State { checkers: HouseCheckers::new(resources, house, Duration::from_secs(1)), running: Arc::new(AtomicUsize::new(0)) };
        // The dictionaries load on first use: once here, so the first client does not wait.
        let _ = state.checkers.get(None, options.ui_language).check(&Document::from_text("Halo semua. Hello all."));
        Ok(Server { http: Arc::new(http), state: Arc::new(state), options })
    }

    /// The address it listens on (the port chosen when 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.http.server_addr().to_ip().expect("an IP listener")
    }

    /// Serves until the process ends.
    pub fn run(self) {
        let workers: Vec<_> = (0..self.options.workers.max(1))
            .map(|_| {
                let (http, state, options) = (self.http.clone(), self.state.clone(), self.options.clone());
                std::thread::spawn(move || {
                    while let Ok(request) = http.recv() {
                        handle(&state, &options, request);
                    }
                })
            })
            .collect();
        for worker in workers {
            let _ = worker.join();
        }
    }

    /// Serves on background threads; the server stops when the returned handle is dropped.
    pub fn spawn(self) -> Running {
        let http = self.http.clone();
        let address = self.local_addr();
        std::thread::spawn(move || self.run());
        Running { http, address }
    }
}

/// A server serving in the background.
pub struct Running {
    http: Arc<tiny_http::Server>,
    /// Where it listens.
    pub address: SocketAddr,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.http.unblock();
    }
}

/// A JSON answer.
struct Answer {
    status: u16,
    body: String,
}

impl Answer {
    fn json(status: u16, value: &impl serde::Serialize) -> Answer {
        Answer { status, body: serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string()) }
    }

    fn error(status: u16, message: impl std::fmt::Display) -> Answer {
        Answer::json(status, &serde_json::json!({ "error": { "status": status, "message": message.to_string() } }))
    }
}

/// A request's fields: the query's, then the form body's (a field in both takes the body's).
pub fn form_fields(query: &str, body: &[u8]) -> BTreeMap<String, String> {
    let mut fields: BTreeMap<String, String> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    fields.extend(form_urlencoded::parse(body).into_owned());
    fields
}

fn header<'a>(request: &'a tiny_http::Request, name: &str) -> Option<&'a str> {
    request.headers().iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.as_str())
}

/// Compares without stopping at the first difference.
fn same_secret(given: &str, expected: &str) -> bool {
    given.len() == expected.len() && given.bytes().zip(expected.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

fn handle(state: &State, options: &Options, mut request: tiny_http::Request) {
    let started = Instant::now();
    let method = request.method().clone();
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let path = path.trim_end_matches('/').to_string();
    let origin = header(&request, "Origin").map(str::to_string);
    let allowed_origin = origin.as_ref().filter(|o| options.origins.iter().any(|allowed| allowed == *o)).cloned();
    let ui = header(&request, "Accept-Language").map_or(options.ui_language, |value| {
        if value.trim_start().to_ascii_lowercase().starts_with("id") {
            UiLanguage::Id
        } else if value.trim_start().to_ascii_lowercase().starts_with("en") {
            UiLanguage::En
        } else {
            options.ui_language
        }
    });
    let answer = if origin.is_some() && allowed_origin.is_none() {
        Answer::error(403, "this server does not accept requests from that web page's origin (see --allow-origin)")
    } else if method == tiny_http::Method::Options {
        Answer { status: 204, body: String::new() }
    } else {
        let mut body = Vec::new();
        let read = request.as_reader().take(MAX_BODY_BYTES as u64 + 1).read_to_end(&mut body);
        if read.is_err() {
            Answer::error(400, "the request body could not be read")
        } else if body.len() > MAX_BODY_BYTES {
            Answer::error(413, format!("the request is larger than {MAX_BODY_BYTES} bytes; send less text at a time"))
        } else {
            let form =
                header(&request, "Content-Type").is_none_or(|t| t.to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"));
            let fields = form_fields(query, if form { &body } else { &[] });
            let bearer = header(&request, "Authorization").and_then(|v| v.strip_prefix("Bearer ")).map(str::trim);
            let authorised = options
                .token
                .as_deref()
                .is_none_or(|token| bearer.or(fields.get("apiKey").map(String::as_str)).is_some_and(|given| same_secret(given, token)));
            if !authorised {
                Answer::error(401, "this server needs its token: give it as the API key (apiKey) or as Authorization: Bearer")
            } else if !form {
                Answer::error(415, "send the fields form-encoded (application/x-www-form-urlencoded), as LanguageTool's clients do")
            } else {
                route(state, options, &method, &path, &fields, ui)
            }
        }
    };
    let mut response = tiny_http::Response::from_string(answer.body).with_status_code(answer.status);
    let mut add = |name: &str, value: &str| {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    };
    add("Content-Type", "application/json; charset=utf-8");
    add("X-Content-Type-Options", "nosniff");
    add("Cache-Control", "no-store");
    if let Some(origin) = &allowed_origin {
        add("Access-Control-Allow-Origin", origin);
        add("Vary", "Origin");
        add("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        add("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept-Language");
        add("Access-Control-Max-Age", "600");
    }
    // The log names the request and how it went, never the text.
    eprintln!("{method} {path} {} {} ms", answer.status, started.elapsed().as_millis());
    let _ = request.respond(response);
}

fn route(
    state: &State,
    options: &Options,
    method: &tiny_http::Method,
    path: &str,
    fields: &BTreeMap<String, String>,
    ui: UiLanguage,
) -> Answer {
    use tiny_http::Method::{Get, Post};
    match (method, path) {
        (Get | Post, "/v2/check") => check(state, options, fields, ui),
        (Get, "/v2/languages") => Answer::json(200, &languagetool::languages()),
        (Get, "/v2/words") => match state.checkers.house().words() {
            Ok(words) => {
                let offset = fields.get("offset").and_then(|o| o.parse().ok()).unwrap_or(0usize);
                let limit = fields.get("limit").and_then(|l| l.parse().ok()).unwrap_or(10usize).min(1000);
                Answer::json(200, &serde_json::json!({ "words": words.iter().skip(offset).take(limit).collect::<Vec<_>>() }))
            }
            Err(reason) => Answer::error(500, reason),
        },
        (Post, "/v2/words/add" | "/v2/words/delete") => {
            let Some(word) = fields.get("word").map(|w| w.trim()).filter(|w| !w.is_empty() && !w.contains(char::is_whitespace)) else {
                return Answer::error(400, "send one word, without spaces, in the `word` field");
            };
            if !state.checkers.house().may_write() {
                return Answer::error(403, "this server's dictionary is read-only: ask an editor to add the word in Sunting");
            }
            let result = if path.ends_with("add") {
                state.checkers.house().add(word).map(|added| ("added", added))
            } else {
                state.checkers.house().remove(word).map(|removed| ("deleted", removed))
            };
            match result {
                Ok((key, done)) => Answer::json(200, &serde_json::json!({ key: done })),
                Err(reason) => Answer::error(500, reason),
            }
        }
        (_, "/v2/check" | "/v2/languages" | "/v2/words" | "/v2/words/add" | "/v2/words/delete") => {
            Answer::error(405, "that method is not used here")
        }
        _ => Answer::error(404, "no such endpoint: this server speaks LanguageTool's /v2/check, /v2/languages and /v2/words"),
    }
}

fn check(state: &State, options: &Options, fields: &BTreeMap<String, String>, ui: UiLanguage) -> Answer {
    let request = match CheckRequest::from_fields(fields, MAX_TEXT_BYTES) {
        Ok(request) => request,
        Err(error @ RequestError::TooLong { .. }) => return Answer::error(413, error),
        Err(error) => return Answer::error(400, error),
    };
    // Checks past their time limit still run to their end: they count until then.
    let limit = 2 * options.workers.max(1);
    if state.running.fetch_add(1, Ordering::SeqCst) >= limit {
        state.running.fetch_sub(1, Ordering::SeqCst);
        return Answer::error(503, "the server is busy with other checks; try again in a moment");
    }
    let checker = state.checkers.get(request.language.forced(), ui);
    let descriptions: BTreeMap<String, String> = sunting_check::rules::rule_infos(ui).into_iter().map(|r| (r.id, r.description)).collect();
    let (sender, receiver) = mpsc::channel();
    let plain = request.text.plain.clone();
    let running = Arc::clone(&state.running);
    std::thread::spawn(move || {
        let report = checker.check(&Document::from_text(&plain));
        running.fetch_sub(1, Ordering::SeqCst);
        let _ = sender.send(report);
    });
    let answer = match receiver.recv_timeout(options.time_limit) {
        Ok(report) => Answer::json(200, &languagetool::respond(&request, &report, &descriptions, ui)),
        Err(_) => Answer::error(503, format!("the check took longer than {} s; send less text at a time", options.time_limit.as_secs())),
    };
    answer
}
