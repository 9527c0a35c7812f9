//! `sunting who`

use super::Context;
use crate::i18n::t;
use crate::output::{local_time, printable};
use anyhow::Result;
use sunting_publish::credentials;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(context: &Context, _args: Args) -> Result<()> {
    let store = context.store()?;
    let server = super::sync::server(&store)?;
    let login = sunting_sync::session::Login { password: credentials::newsroom_password(&server)?, server };
    let leases = sunting_sync::session::Control::default().who(&login)?;
    if leases.is_empty() {
        println!("{}", t!("cli-who-nobody"));
    }
    for lease in leases {
        let since = lease.since.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
        let headline = match store.article_by_uuid(&lease.article)? {
            Some(id) => format!("{id}  {}", printable(&store.article(id)?.content.headline)),
            None => printable(&lease.article),
        };
        let name = printable(&lease.holder_name);
        println!("{}", t!("cli-who-editing", name = name, since = local_time(since), article = headline));
    }
    Ok(())
}
