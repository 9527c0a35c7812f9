//! `sunting site add|list|remove`

use super::Context;
use anyhow::{bail, Context as _, Result};
use std::io::BufRead;
use sunting_publish::credentials;
use sunting_publish::Client;

/// The CMS sites articles are exported to. Passwords go to the operating system's keyring,
/// never to the database.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Connect a WordPress site: checks the address and Application Password, then keeps the
    /// password in the keyring. The password is read from SUNTING_WP_PASSWORD or the first line
    /// of standard input (so it never shows in the process list or the shell's history).
    Add {
        /// The site's address (https://kabar.example)
        url: String,
        /// The WordPress user to publish as
        #[arg(long)]
        user: String,
        /// Keep the site even if it cannot be reached now
        #[arg(long)]
        no_check: bool,
    },
    /// List the connected sites
    List,
    /// Forget a site and its password (the export log stays)
    Remove {
        /// The site's address
        url: String,
        /// The user
        #[arg(long)]
        user: String,
    },
}

fn read_password() -> Result<String> {
    if let Ok(password) = std::env::var("SUNTING_WP_PASSWORD") {
        if !password.is_empty() {
            return Ok(password);
        }
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("cannot read the password from standard input")?;
    let password = line.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        bail!("no password: give the site's Application Password on standard input or in SUNTING_WP_PASSWORD");
    }
    Ok(password)
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    match args.action {
        Action::Add { url, user, no_check } => {
            let url = sunting_store::normalize_site_url(&url)?;
            let password = read_password()?;
            if !no_check {
                let name = Client::new(&url, &user, &password, sunting_publish::wordpress::DEFAULT_TIMEOUT)
                    .check()
                    .with_context(|| format!("cannot connect to {url} as {user}"))?;
                eprintln!("Connected to {url} as {name}");
            }
            let site = store.add_site(&url, &user)?;
            credentials::save_password(&site, &password)?;
            println!("{}", site.id);
        }
        Action::List => {
            for site in store.sites()? {
                println!("{}  {}  {}", site.id, site.url, site.user);
            }
        }
        Action::Remove { url, user } => {
            let url = sunting_store::normalize_site_url(&url)?;
            let Some(site) = store.sites()?.into_iter().find(|s| s.url == url && s.user == user) else {
                bail!("no site {url} with user {user}");
            };
            credentials::delete_password(&site)?;
            store.remove_site(site.id)?;
            println!("Removed {url}");
        }
    }
    Ok(())
}
