//! `sunting lsp`: the language server for Markdown and plain text, over standard input and
//! output (see docs/INTEGRATIONS.md for Neovim, Helix, Zed and VS Code). The house dictionary and
//! name register come from the database; its code actions write to it.

use super::serve::StoreWords;
use super::Context;
use anyhow::{anyhow, Result};
use std::sync::Arc;
use sunting_check::Resources;
use sunting_serve::lsp::{serve, LspOptions};

#[derive(clap::Args)]
pub struct Args {}

pub fn run(context: &Context, _args: Args) -> Result<()> {
    let house = Arc::new(StoreWords::new(context.store()?, true));
    let (connection, io) = lsp_server::Connection::stdio();
    let options = LspOptions { ui_default: context.ui_language, ..LspOptions::default() };
    serve(&connection, Arc::new(Resources::from_environment()), house, options).map_err(|e| anyhow!("{e}"))?;
    drop(connection);
    // A client that closes its end without `exit` has gone all the same: nothing is lost.
    let _ = io.join();
    Ok(())
}
