//! What Sunting's front ends say, in Bahasa Indonesia or English.
//!
//! [`Catalogue`] holds one Fluent catalogue in both languages; the command line keeps its own
//! (help, results) and both front ends share [`errors`]: every failure an editor can meet
//! (the store, an import, the keyring, a WordPress site, the newsroom server) told in the
//! interface language from `i18n/<language>/errors.ftl`, keyed by the error's variant. The
//! engine's and the publish crate's own `Display` texts stay English for logs and tests.

#![forbid(unsafe_code)]

mod catalogue;
mod errors;
mod system;

pub use catalogue::{message_ids, Catalogue, Value};
pub use errors::{
    describe_credential, describe_import, describe_refusal, describe_site, describe_store, describe_sync, describe_write, errors,
    publish_words,
};
pub use sunting_engine::UiLanguage;
pub use system::system_language;
