//! `sunting list`

use super::Context;
use crate::i18n::t;
use crate::output::{local_time, print_json, printable, truncate};
use anyhow::Result;
use sunting_engine::Status;
use sunting_store::ListQuery;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    status: Option<Status>,
    #[arg(long, value_name = "QUERY")]
    search: Option<String>,
    #[arg(long)]
    limit: Option<usize>,
    #[arg(long)]
    json: bool,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let store = context.store()?;
    let articles = store.list(&ListQuery { status: args.status, search: args.search, limit: args.limit })?;
    if args.json {
        return print_json(&articles);
    }
    if articles.is_empty() {
        eprintln!("{}", t!("cli-list-empty"));
        return Ok(());
    }
    println!(
        "{:>5}  {:<8}  {:<4}  {:>5}  {:<16}  {}",
        t!("cli-list-column-id"),
        t!("cli-list-column-status"),
        t!("cli-list-column-language"),
        t!("cli-list-column-words"),
        t!("cli-list-column-updated"),
        t!("cli-list-column-headline")
    );
    for article in &articles {
        println!(
            "{:>5}  {:<8}  {:<4}  {:>5}  {:<16}  {}",
            article.id,
            article.status,
            if article.language.is_empty() { "-" } else { &article.language },
            article.word_count,
            local_time(article.updated_at),
            if article.forked {
                format!("{} {}", truncate(&printable(&article.headline), 80), t!("cli-list-forked"))
            } else {
                truncate(&printable(&article.headline), 80)
            }
        );
        if let Some(snippet) = &article.snippet {
            println!("{:>5}  {}", "", truncate(&printable(snippet), 100));
        }
    }
    Ok(())
}
