//! `sunting site add|list|remove`

use super::Context;
use crate::i18n::t;
use anyhow::{bail, Context as _, Result};
use sunting_publish::credentials;
use sunting_publish::Client;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    Add {
        url: String,
        #[arg(long)]
        user: String,
        #[arg(long)]
        no_check: bool,
    },
    List,
    Remove {
        url: String,
        #[arg(long)]
        user: String,
    },
}

fn read_password() -> Result<String> {
    let password = crate::files::secret("SUNTING_WP_PASSWORD")?;
    if password.is_empty() {
        bail!("{}", t!("cli-site-no-password"));
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
                    .with_context(|| t!("cli-site-cannot-connect", url = &url, user = &user))?;
                eprintln!("{}", t!("cli-site-connected", url = &url, name = name));
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
                bail!("{}", t!("cli-site-unknown", url = &url, user = &user));
            };
            credentials::delete_password(&site)?;
            store.remove_site(site.id)?;
            println!("{}", t!("cli-site-removed", url = &url));
        }
    }
    Ok(())
}
