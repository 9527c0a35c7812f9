//! `sunting`: the command line over Sunting's engine and store.
//!
//! Glue only: parse arguments, open the store, call the engine, print. Every error ends up as
//! one line on stderr and a non-zero exit (1 for a failed operation, 2 for a usage error;
//! `check` uses 1 for "errors found" and 2 for bad input).

mod commands;
mod files;
mod i18n;
mod output;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Sunting: the news editor's workstation, from the command line.
/// The command tree as the code declares it, before its words are localised.
pub fn cli_command() -> clap::Command {
    Cli::command()
}

#[derive(Parser)]
#[command(name = "sunting", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[arg(long, global = true, env = "SUNTING_DB", value_name = "PATH")]
    db: Option<PathBuf>,

    #[arg(long, global = true, env = "SUNTING_LANG_UI", value_name = "LANG", value_parser = ["id", "en"])]
    #[allow(dead_code, reason = "read by i18n::choose before parsing, so that help is in the language too")]
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
    Reconcile(commands::reconcile::Args),
    Status(commands::status::Args),
    Export(commands::export::Args),
    Check(commands::check::Args),
    Serve(commands::serve::Args),
    Lsp(commands::lsp::Args),
    Words(commands::words::Args),
    Names(commands::names::Args),
    Site(commands::site::Args),
    Server(commands::server::Args),
    Sync(commands::sync::Args),
    Who(commands::who::Args),
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
    // Windows has no SIGPIPE: there a print to a closed pipe panics instead, with
    // ERROR_NO_DATA (232) or ERROR_BROKEN_PIPE (109). End quietly then, as Unix does.
    #[cfg(windows)]
    {
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let payload = info.payload();
            let message = payload.downcast_ref::<String>().map(String::as_str).or_else(|| payload.downcast_ref::<&str>().copied());
            if message
                .is_some_and(|m| m.starts_with("failed printing to stdout") && (m.contains("os error 232") || m.contains("os error 109")))
            {
                std::process::exit(0);
            }
            default_hook(info)
        }));
    }
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let ui_language = i18n::choose(&raw, |name| std::env::var(name).ok());
    let matches = match i18n::localize(cli_command(), ui_language).try_get_matches_from(raw) {
        Ok(matches) => matches,
        Err(error) if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            print!("{}", i18n::localize_help(&error.render().to_string(), ui_language));
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            eprint!("{}", i18n::usage_error(&error, ui_language));
            return ExitCode::from(2);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => {
            eprint!("{}", i18n::usage_error(&error, ui_language));
            return ExitCode::from(2);
        }
    };
    let result = commands::Context::new(cli.db, ui_language).and_then(|context| match cli.command {
        Command::Import(args) => commands::import::run(&context, args),
        Command::List(args) => commands::list::run(&context, args),
        Command::Show(args) => commands::show::run(&context, args),
        Command::Edit(args) => commands::edit::run(&context, args),
        Command::History(args) => commands::history::run(&context, args),
        Command::Diff(args) => commands::diff::run(&context, args),
        Command::Restore(args) => commands::restore::run(&context, args),
        Command::Reconcile(args) => commands::reconcile::run(&context, args),
        Command::Status(args) => commands::status::run(&context, args),
        Command::Export(args) => commands::export::run(&context, args),
        Command::Check(args) => commands::check::run(&context, args),
        Command::Serve(args) => commands::serve::run(&context, args),
        Command::Lsp(args) => commands::lsp::run(&context, args),
        Command::Words(args) => commands::words::run(&context, args),
        Command::Names(args) => commands::names::run(&context, args),
        Command::Site(args) => commands::site::run(&context, args),
        Command::Server(args) => commands::server::run(&context, args),
        Command::Sync(args) => commands::sync::run(&context, args),
        Command::Who(args) => commands::who::run(&context, args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.is::<commands::check::ErrorsFound>() => ExitCode::from(1),
        Err(error) if error.is::<commands::check::InputError>() => {
            let input = error.downcast_ref::<commands::check::InputError>().map_or(&error, |input| &input.0);
            eprintln!("sunting: {} {}", i18n::t!("cli-error-prefix"), i18n::describe(input));
            ExitCode::from(2)
        }
        Err(error) => {
            // One line: the whole chain of causes, outermost first.
            eprintln!("sunting: {} {}", i18n::t!("cli-error-prefix"), i18n::describe(&error));
            ExitCode::FAILURE
        }
    }
}
