//! The Sunting engine: the article model, plain-text views, readable diffs and file formats.
//!
//! The engine does no IO and knows nothing of the store, the desktop shell or the web view. It
//! takes text and articles and gives back articles, text and diffs. Broken input is not an
//! error here: a parser returns what it could read.
//!
//! ```
//! use sunting_engine::{diff::diff_articles, format::plain};
//!
//! let before = plain::parse("Durov ke Jakarta\n\nEmail dari Menteri Rudiatara belum terkirim.");
//! let after = plain::parse("Durov ke Jakarta\n\nEmail dari Menteri Rudiantara belum terkirim.");
//! let diff = diff_articles(&before, &after);
//! assert_eq!((diff.words_added, diff.words_removed), (1, 1));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod diff;
pub mod format;
pub mod furniture;
pub mod locale;
pub mod model;
pub mod sample;
pub mod serde_name;
pub mod text;

pub use locale::UiLanguage;
pub use model::{Article, ArticleContent, Block, BlockKind, Mark, Run, Status, UnknownStatus};
