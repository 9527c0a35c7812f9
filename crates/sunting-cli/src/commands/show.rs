//! `sunting show ID`

use super::Context;
use crate::i18n::t;
use crate::output::{local_time, printable, printable_lines};
use anyhow::Result;
use sunting_engine::{format::json, Article, BlockKind};

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    #[arg(long, value_name = "N")]
    revision: Option<u32>,
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
        let heads = store.heads(args.id)?;
        if heads.len() > 1 {
            let revisions = heads.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
            println!("\n{}", t!("cli-show-forked", count = heads.len(), revisions = revisions));
        }
        if let Some(working) = store.working_copy(args.id)? {
            println!("\n{}", t!("cli-show-unsaved", saved = local_time(working.saved_at)));
        }
    }
    Ok(())
}

fn print_article(article: &Article, revision_count: u32) {
    let content = &article.content;
    println!("{}", printable(&content.headline));
    println!("{}", "=".repeat(content.headline.chars().count().clamp(3, 80)));
    let mut facts = vec![
        t!("cli-show-article", id = article.id),
        t!("cli-show-revision", revision = article.revision, count = revision_count),
        super::status_label(article.status),
    ];
    if !content.language.is_empty() {
        facts.push(t!("cli-show-language", language = &content.language));
    }
    facts.push(t!("cli-show-words", count = content.body_word_count()));
    facts.push(t!("cli-show-updated", time = local_time(article.updated_at)));
    println!("{}", facts.join(" · "));
    for (label, value) in [(t!("cli-show-byline"), &content.byline), (t!("cli-show-dateline"), &content.dateline)] {
        if !value.is_empty() {
            println!("{label}: {}", printable(value));
        }
    }
    if !content.tags.is_empty() {
        println!("{}: {}", t!("cli-show-tags"), printable(&content.tags.join(", ")));
    }
    if !content.standfirst.is_empty() {
        println!("\n{}", printable_lines(&content.standfirst));
    }
    for block in &content.body {
        let text = printable_lines(&block.text());
        match block.kind {
            BlockKind::Paragraph => println!("\n{text}"),
            BlockKind::Heading { level } => println!("\n{} {text}", "#".repeat(level as usize)),
            BlockKind::Quote => println!("\n> {text}"),
            BlockKind::ListItem { ordered: true } => println!("1. {text}"),
            BlockKind::ListItem { ordered: false } => println!("- {text}"),
        }
    }
}
