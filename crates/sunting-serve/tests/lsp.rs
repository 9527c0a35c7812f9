//! The language server over an in-memory connection, driven as an editor drives it: open a
//! Markdown file, receive diagnostics at the right lines and columns, type a fix (an incremental
//! change), ask for code actions, add a word.

mod common;

use common::House;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use sunting_check::Resources;
use sunting_serve::lsp::{serve, LspOptions, ADD_WORD};
use sunting_serve::HouseWords;

struct Client {
    connection: Connection,
    next_id: i32,
}

impl Client {
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.connection.sender.send(Message::Request(Request::new(id.clone(), method.to_string(), params))).unwrap();
        loop {
            match self.connection.receiver.recv_timeout(Duration::from_secs(20)).expect("an answer") {
                Message::Response(response) if response.id == id => {
                    return response.result.unwrap_or_else(|| panic!("{:?}", response.error))
                }
                _ => continue,
            }
        }
    }

    fn notify(&self, method: &str, params: Value) {
        self.connection.sender.send(Message::Notification(Notification::new(method.to_string(), params))).unwrap();
    }

    /// The next diagnostics published for the document.
    fn diagnostics(&self) -> Vec<Value> {
        loop {
            if let Message::Notification(n) = self.connection.receiver.recv_timeout(Duration::from_secs(20)).expect("diagnostics") {
                if n.method == "textDocument/publishDiagnostics" {
                    return n.params["diagnostics"].as_array().unwrap().clone();
                }
            }
        }
    }
}

const URI: &str = "file:///tmp/berita.md";

fn start(locale: &str) -> (Client, std::thread::JoinHandle<()>) {
    let (server, client) = Connection::memory();
    let house: Arc<dyn HouseWords> = Arc::new(House::writable());
    let thread = std::thread::spawn(move || {
        serve(
            &server,
            Arc::new(Resources::from_environment()),
            house,
            LspOptions { debounce: Duration::from_millis(20), ..LspOptions::default() },
        )
        .unwrap();
    });
    let mut client = Client { connection: client, next_id: 0 };
    let answer = client.request("initialize", json!({ "capabilities": {}, "locale": locale }));
    assert_eq!(answer["capabilities"]["textDocumentSync"], 2, "incremental sync: {answer}");
    client.notify("initialized", json!({}));
    (client, thread)
}

fn stop(mut client: Client, thread: std::thread::JoinHandle<()>) {
    client.request("shutdown", Value::Null);
    client.notify("exit", Value::Null);
    thread.join().unwrap();
}

const TEXT: &str = "# Berita 😀\n\nMenteri Rudiantara datang. Rudiantara menjawab.\n\nMenurut **Rudiatara**, warga menunggu `disitu` di [lapampah](https://x.example).\n";

#[test]
fn diagnostics_follow_the_text_and_code_actions_fix_it() {
    let (mut client, thread) = start("en-GB");
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": URI, "languageId": "markdown", "version": 1, "text": TEXT } }));
    let diagnostics = client.diagnostics();
    let name = diagnostics.iter().find(|d| d["code"] == "SUNTING_NAME_CONSISTENCY").unwrap_or_else(|| panic!("{diagnostics:#?}"));
    // Line 4, after "Menurut **": column 10.
    assert_eq!(name["range"], json!({ "start": { "line": 4, "character": 10 }, "end": { "line": 4, "character": 19 } }));
    assert_eq!(name["source"], "sunting");
    assert!(name["message"].as_str().unwrap().contains("Rudiantara"));
    // Code is skipped: `disitu` in backticks is not flagged.
    assert!(!diagnostics.iter().any(|d| d["code"] == "SUNTING_PREPOSITION_JOINED"), "{diagnostics:#?}");
    let unknown = diagnostics.iter().find(|d| d["data"]["text"] == "lapampah").unwrap_or_else(|| panic!("{diagnostics:#?}"));

    // Code actions: the replacement, as an edit of that range.
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": URI }, "range": name["range"], "context": { "diagnostics": [name] } }),
    );
    let replace =
        actions.as_array().unwrap().iter().find(|a| a["title"] == "Replace with “Rudiantara”").unwrap_or_else(|| panic!("{actions:#}"));
    assert_eq!(replace["edit"]["changes"][URI][0]["newText"], "Rudiantara");
    assert_eq!(replace["edit"]["changes"][URI][0]["range"], name["range"]);

    // The editor applies it as an incremental change; the name's diagnostic goes.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": URI, "version": 2 }, "contentChanges": [{ "range": name["range"], "text": "Rudiantara" }] }),
    );
    let after = client.diagnostics();
    assert!(!after.iter().any(|d| d["code"] == "SUNTING_NAME_CONSISTENCY"), "{after:#?}");

    // Adding the unknown word to the house dictionary: a command, then the document is checked again.
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": URI }, "range": unknown["range"], "context": { "diagnostics": [unknown] } }),
    );
    let add = actions.as_array().unwrap().iter().find(|a| a["command"] == ADD_WORD).unwrap_or_else(|| panic!("{actions:#}"));
    client.request("workspace/executeCommand", json!({ "command": ADD_WORD, "arguments": add["arguments"] }));
    let after = client.diagnostics();
    assert!(!after.iter().any(|d| d["data"]["text"] == "lapampah"), "{after:#?}");
    stop(client, thread);
}

#[test]
fn messages_speak_the_clients_locale() {
    let (client, thread) = start("id");
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": URI, "languageId": "markdown", "version": 1, "text": TEXT } }));
    let diagnostics = client.diagnostics();
    let name = diagnostics.iter().find(|d| d["code"] == "SUNTING_NAME_CONSISTENCY").unwrap();
    assert!(name["message"].as_str().unwrap().contains("narasumber"), "{name:#}");
    stop(client, thread);
}
