//! `sunting show ID`

use super::Context;
use crate::output::local_time;
use anyhow::Result;
use sunting_engine::{format::json, Article, BlockKind};

/// Show an article (its latest revision, or the one asked for).
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    id: i64,
    /// Show this revision instead of the latest
    #[arg(long, value_name = "N")]
    revision: Option<u32>,
    /// Print the article as JSON (the same shape as `export --format json`)
    #[arg(long)]
    json: bool,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let store = context.store()?;
    let (article, revision_count) = store.article_at(args.id, args.revision)?;
    if args.json {
        print!("{}", json::render(&article));
        return Ok(());
    }
    print_article(&article, revision_count);
    if args.revision.is_none() {
        if let Some(working) = store.working_copy(args.id)? {
            println!("\n(Unsaved changes autosaved {} are not shown; save them in the app.)", local_time(working.saved_at));
        }
    }
    Ok(())
}

fn print_article(article: &Article, revision_count: u32) {
    let content = &article.content;
    println!("{}", content.headline);
    println!("{}", "=".repeat(content.headline.chars().count().clamp(3, 80)));
    let mut facts =
        vec![format!("Article {}", article.id), format!("revision {} of {}", article.revision, revision_count), article.status.to_string()];
    if !content.language.is_empty() {
        facts.push(format!("language {}", content.language));
    }
    facts.push(format!("{} words", content.body_word_count()));
    facts.push(format!("updated {}", local_time(article.updated_at)));
    println!("{}", facts.join(" · "));
    for (label, value) in [("Byline", &content.byline), ("Dateline", &content.dateline)] {
        if !value.is_empty() {
            println!("{label}: {value}");
        }
    }
    if !content.tags.is_empty() {
        println!("Tags: {}", content.tags.join(", "));
    }
    if !content.standfirst.is_empty() {
        println!("\n{}", content.standfirst);
    }
    for block in &content.body {
        let text = block.text();
        match block.kind {
            BlockKind::Paragraph => println!("\n{text}"),
            BlockKind::Heading { level } => println!("\n{} {text}", "#".repeat(level as usize)),
            BlockKind::Quote => println!("\n> {text}"),
            BlockKind::ListItem { ordered: true } => println!("1. {text}"),
            BlockKind::ListItem { ordered: false } => println!("- {text}"),
        }
    }
}
