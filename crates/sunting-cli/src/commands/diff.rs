//! `sunting diff ID [REV_A [REV_B]]`

use super::Context;
use crate::i18n::t;
use crate::output::{print_json, ColorChoice};
use anyhow::Result;
use serde::Serialize;
use sunting_engine::diff::{diff_articles, render, ArticleDiff};

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    rev_a: Option<u32>,
    rev_b: Option<u32>,
    #[arg(long)]
    json: bool,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Serialize)]
struct DiffOutput<'a> {
    article_id: i64,
    from: u32,
    to: u32,
    #[serde(flatten)]
    diff: &'a ArticleDiff,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let store = context.store()?;
    let latest = store.article(args.id)?.revision;
    let to = args.rev_b.unwrap_or(latest);
    let from = args.rev_a.unwrap_or(latest.saturating_sub(1).max(1));
    let old = store.revision(args.id, from)?.content;
    let new = store.revision(args.id, to)?.content;
    let diff = diff_articles(&old, &new);
    if args.json {
        return print_json(&DiffOutput { article_id: args.id, from, to, diff: &diff });
    }
    println!("{}", t!("cli-diff-heading", id = args.id, from = from, to = to));
    print!("{}", render::render(&diff, render::RenderConfig { color: args.color.enabled() }));
    Ok(())
}
