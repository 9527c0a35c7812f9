//! `sunting list`

use super::Context;
use crate::output::{local_time, print_json, truncate};
use anyhow::Result;
use sunting_engine::Status;
use sunting_store::ListQuery;

/// List articles, newest first, or search them.
#[derive(clap::Args)]
pub struct Args {
    /// Only articles with this status (draft, editing, ready, exported)
    #[arg(long)]
    status: Option<Status>,
    /// Only articles whose headline, standfirst or body contain all these words (best first)
    #[arg(long, value_name = "QUERY")]
    search: Option<String>,
    /// At most this many articles
    #[arg(long)]
    limit: Option<usize>,
    /// Print JSON instead of a table
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
        eprintln!("No articles.");
        return Ok(());
    }
    println!("{:>5}  {:<8}  {:<4}  {:>5}  {:<16}  HEADLINE", "ID", "STATUS", "LANG", "WORDS", "UPDATED");
    for article in &articles {
        println!(
            "{:>5}  {:<8}  {:<4}  {:>5}  {:<16}  {}",
            article.id,
            article.status,
            if article.language.is_empty() { "-" } else { &article.language },
            article.word_count,
            local_time(article.updated_at),
            truncate(&article.headline, 80)
        );
        if let Some(snippet) = &article.snippet {
            println!("{:>5}  {}", "", truncate(snippet, 100));
        }
    }
    Ok(())
}
