//! `sunting server init URL`, `sunting server add-user ROLE`

use super::Context;
use crate::i18n::t;
use anyhow::{bail, Result};
use sunting_sync::schema::{self, Rights};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    Init {
        url: String,
    },
    AddUser {
        role: String,
        #[arg(long, value_name = "URL")]
        server: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_enum, default_value = "reporter")]
        rights: RightsArg,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RightsArg {
    Editor,
    Reporter,
}

/// The administrator's password: `SUNTING_PG_PASSWORD`, or the URL's own.
fn admin_password() -> Option<String> {
    std::env::var("SUNTING_PG_PASSWORD").ok().filter(|password| !password.is_empty())
}

/// The new person's password: `SUNTING_NEW_USER_PASSWORD`, or the first line of standard input.
fn new_password() -> Result<String> {
    let password = crate::files::secret("SUNTING_NEW_USER_PASSWORD")?;
    if password.len() < 12 {
        bail!("{}", t!("cli-server-weak-password"));
    }
    Ok(password)
}

pub fn run(_context: &Context, args: Args) -> Result<()> {
    match args.action {
        Action::Init { url } => {
            let mut client = sunting_sync::connect(&url, admin_password().as_deref())?;
            let migrated = schema::init(&mut client)?;
            let server = sunting_sync::redact(&url);
            if migrated.from == migrated.to {
                println!("{}", t!("cli-server-current", server = server, version = migrated.to));
            } else {
                println!("{}", t!("cli-server-initialised", server = server, from = migrated.from, to = migrated.to));
            }
        }
        Action::AddUser { role, server, name, rights } => {
            let password = new_password()?;
            let mut client = sunting_sync::connect(&server, admin_password().as_deref())?;
            let rights = match rights {
                RightsArg::Editor => Rights::Editor,
                RightsArg::Reporter => Rights::Reporter,
            };
            schema::add_user(&mut client, &role, name.as_deref().unwrap_or(&role), &password, rights)?;
            println!("{}", t!("cli-server-user-added", role = &role, rights = rights.as_str()));
        }
    }
    Ok(())
}
