//! `sunting`: the command line over Sunting's engine and store.
//!
//! Glue only: parse arguments, open the store, call the engine, print. Every error ends up as
//! one line on stderr and a non-zero exit (1 for a failed operation, 2 for a usage error;
//! `check` uses 1 for "errors found" and 2 for bad input).

mod commands;
mod files;
mod output;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use sunting_engine::UiLanguage;

/// Sunting: the news editor's workstation, from the command line.
#[derive(Parser)]
#[command(name = "sunting", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// The database file [default: the desktop app's database in your data folder]
    #[arg(long, global = true, env = "SUNTING_DB", value_name = "PATH")]
    db: Option<PathBuf>,

    /// The language of checker findings and rule descriptions: id (Bahasa Indonesia) or en
    /// [default: the system's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, env = "SUNTING_LANG_UI", value_name = "LANG", value_parser = ["id", "en"])]
    lang_ui: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Import(commands::import::Args),
    List(commands::list::Args),
    Show(commands::show::Args),
    Edit(commands::edit::Args),
    History(commands::history::Args),
    Diff(commands::diff::Args),
    Restore(commands::restore::Args),
    Status(commands::status::Args),
    Export(commands::export::Args),
    Check(commands::check::Args),
    Words(commands::words::Args),
    Names(commands::names::Args),
    Site(commands::site::Args),
}

fn main() -> ExitCode {
    // `sunting list | head` must end quietly when `head` has read enough, as other Unix tools
    // do, instead of panicking on the closed pipe: restore SIGPIPE's default, which Rust's
    // runtime sets to ignore.
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let ui_language = match cli.lang_ui.as_deref().and_then(UiLanguage::from_code) {
        Some(chosen) => chosen,
        None => UiLanguage::from_locale(|name| std::env::var(name).ok()),
    };
    let result = commands::Context::new(cli.db, ui_language).and_then(|context| match cli.command {
        Command::Import(args) => commands::import::run(&context, args),
        Command::List(args) => commands::list::run(&context, args),
        Command::Show(args) => commands::show::run(&context, args),
        Command::Edit(args) => commands::edit::run(&context, args),
        Command::History(args) => commands::history::run(&context, args),
        Command::Diff(args) => commands::diff::run(&context, args),
        Command::Restore(args) => commands::restore::run(&context, args),
        Command::Status(args) => commands::status::run(&context, args),
        Command::Export(args) => commands::export::run(&context, args),
        Command::Check(args) => commands::check::run(&context, args),
        Command::Words(args) => commands::words::run(&context, args),
        Command::Names(args) => commands::names::run(&context, args),
        Command::Site(args) => commands::site::run(&context, args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.is::<commands::check::ErrorsFound>() => ExitCode::from(1),
        Err(error) if error.is::<commands::check::InputError>() => {
            eprintln!("sunting: error: {error}");
            ExitCode::from(2)
        }
        Err(error) => {
            // One line: the whole chain of causes, outermost first.
            let message: Vec<String> = error.chain().map(ToString::to_string).collect();
            eprintln!("sunting: error: {}", message.join(": "));
            ExitCode::FAILURE
        }
    }
}
