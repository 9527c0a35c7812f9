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
    // Statuses in the command line's language; the column is as wide as its longest word.
    let statuses: Vec<String> = articles.iter().map(|article| super::status_label(article.status)).collect();
    let status_header = t!("cli-list-column-status");
    let width = statuses.iter().chain([&status_header]).map(|label| label.chars().count()).max().unwrap_or(8).max(8);
    println!(
        "{:>5}  {:<width$}  {:<4}  {:>5}  {:<16}  {}",
        t!("cli-list-column-id"),
        status_header,
        t!("cli-list-column-language"),
        t!("cli-list-column-words"),
        t!("cli-list-column-updated"),
        t!("cli-list-column-headline")
    );
    for (article, status) in articles.iter().zip(&statuses) {
        println!(
            "{:>5}  {:<width$}  {:<4}  {:>5}  {:<16}  {}",
            article.id,
            status,
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
