//! `sunting export ID --format markdown|html|json|ninjs`, `sunting export ID --to wordpress`,
//! `sunting export --send-queued`

use super::{default_author, Context};
use crate::files::write_atomically;
use crate::i18n::{t, Value};
use anyhow::{bail, Result};
use std::path::PathBuf;
use sunting_engine::format::{html, json, markdown, ninjs, ExportFormat};
use sunting_publish::{ExportRequest, Exported, PostStatus, RetryPolicy};

#[derive(clap::Args)]
pub struct Args {
    #[arg(required_unless_present = "send_queued")]
    id: Option<i64>,
    #[arg(long, value_enum, required_unless_present_any = ["to", "send_queued"], conflicts_with = "to")]
    format: Option<Format>,
    #[arg(long, value_name = "FILE", requires = "format")]
    out: Option<PathBuf>,
    #[arg(long, value_name = "N")]
    revision: Option<u32>,
    #[arg(long, value_enum, requires_all = ["site", "user"])]
    to: Option<Target>,
    #[arg(long, value_name = "URL")]
    site: Option<String>,
    #[arg(long)]
    user: Option<String>,
    #[arg(long, value_enum, default_value = "draft")]
    status: PostStatusArg,
    #[arg(long, value_name = "NAME")]
    category: Vec<String>,
    #[arg(long, requires = "category")]
    create_categories: bool,
    #[arg(long, conflicts_with_all = ["format", "to"])]
    send_queued: bool,
    #[arg(long)]
    author: Option<String>,
    #[arg(long, requires = "to")]
    note: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Target {
    Wordpress,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PostStatusArg {
    Draft,
    Pending,
    Publish,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Markdown,
    Html,
    Json,
    Ninjs,
}

impl From<Format> for ExportFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Markdown => ExportFormat::Markdown,
            Format::Html => ExportFormat::Html,
            Format::Json => ExportFormat::Json,
            Format::Ninjs => ExportFormat::Ninjs,
        }
    }
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    if args.send_queued {
        return send_queued(context);
    }
    let Some(id) = args.id else { bail!("{}", t!("cli-export-which-article")) };
    if args.to.is_some() {
        return to_wordpress(context, id, &args);
    }
    let Some(format) = args.format else { bail!("{}", t!("cli-export-format-or-to")) };
    let store = context.store()?;
    let (article, _) = store.article_at(id, args.revision)?;
    let text = match ExportFormat::from(format) {
        ExportFormat::Markdown => markdown::render(&article.content),
        ExportFormat::Html => html::render(&article.content),
        ExportFormat::Json => json::render(&article),
        ExportFormat::Ninjs => {
            let entities = store.named_entities(id)?;
            let context = ninjs::NinjsContext {
                uri: ninjs::article_uri(id),
                people: entities.people,
                organisations: entities.organisations,
                places: entities.places,
            };
            ninjs::render(&article, &context)
        }
    };
    match &args.out {
        Some(path) => {
            write_atomically(path, &text)?;
            eprintln!("{}", t!("cli-export-written", id = id, file = path.display().to_string()));
        }
        None => print!("{text}"),
    }
    Ok(())
}

fn print_progress(progress: sunting_publish::Progress) {
    eprintln!(
        "sunting: {}",
        t!(
            "cli-export-progress",
            id = progress.article_id,
            attempt = progress.attempt,
            attempts = progress.attempts,
            message = progress.message
        )
    );
}

fn to_wordpress(context: &Context, id: i64, args: &Args) -> Result<()> {
    let (Some(url), Some(user)) = (&args.site, &args.user) else { bail!("{}", t!("cli-export-site-and-user")) };
    let mut store = context.store()?;
    store.article(id)?;
    let site = store.add_site(url, user)?;
    let password = sunting_publish::credentials::password_from_env_or_keyring(&site)?;
    let status = match args.status {
        PostStatusArg::Draft => PostStatus::Draft,
        PostStatusArg::Pending => PostStatus::Pending,
        PostStatusArg::Publish => PostStatus::Publish,
    };
    let request = ExportRequest {
        article_id: id,
        site_id: site.id,
        status,
        categories: args.category.clone(),
        author: args.author.clone().unwrap_or_else(default_author),
        note: args.note.clone().unwrap_or_default(),
        create_categories: args.create_categories,
        revision: args.revision,
    };
    match sunting_publish::export_to_wordpress(&mut store, &request, &password, &RetryPolicy::default(), &words(), &mut print_progress)? {
        Exported::Sent { remote_id, link, created, revision } => {
            let message = if created { "cli-export-sent-created" } else { "cli-export-sent-updated" };
            let values = [
                ("revision", Value::from(revision)),
                ("id", Value::from(id)),
                ("site", Value::from(&site.url)),
                ("post", Value::from(remote_id)),
                ("status", Value::from(status.as_str())),
                ("link", Value::from(link)),
            ];
            println!("{}", crate::i18n::message(message, &values));
            Ok(())
        }
        Exported::Queued { reason } => {
            bail!("{}", t!("cli-export-queued", id = id, site = &site.url, reason = reason))
        }
        Exported::Failed { reason } => bail!("{}", t!("cli-export-failed", id = id, site = &site.url, reason = reason)),
        Exported::NewerThanApproved { approved, approved_by, latest, changed_by } => bail!(
            "{}",
            t!(
                "cli-export-newer-than-approved",
                id = id,
                approved = approved,
                approver = approved_by,
                latest = latest,
                changers = changed_by.join(", ")
            )
        ),
    }
}

/// What an export says as it goes, in the command line's language.
fn words() -> impl sunting_publish::Words {
    sunting_i18n::publish_words(crate::i18n::language())
}

fn send_queued(context: &Context) -> Result<()> {
    let mut store = context.store()?;
    let results = sunting_publish::send_queued(
        &mut store,
        true,
        sunting_publish::wordpress::DEFAULT_TIMEOUT,
        &words(),
        &sunting_publish::credentials::password_from_env_or_keyring,
        &mut print_progress,
    )?;
    let mut unsent = 0;
    for (queued, outcome) in &results {
        match outcome {
            Exported::Sent { remote_id, link, .. } => {
                println!("{}", t!("cli-export-queue-sent", id = queued.article_id, post = *remote_id, link = link))
            }
            Exported::Queued { reason } => {
                unsent += 1;
                eprintln!("sunting: {}", t!("cli-export-still-queued", id = queued.article_id, reason = reason));
            }
            Exported::Failed { reason } => {
                unsent += 1;
                eprintln!("sunting: {}", t!("cli-export-left-queue", id = queued.article_id, reason = reason));
            }
            Exported::NewerThanApproved { approved, approved_by, latest, changed_by } => {
                unsent += 1;
                let reason = sunting_publish::Words::newer_than_approved(&words(), *approved, approved_by, *latest, changed_by);
                eprintln!("sunting: {}", t!("cli-export-left-queue", id = queued.article_id, reason = reason));
            }
        }
    }
    if results.is_empty() {
        println!("{}", t!("cli-export-nothing-queued"));
    }
    if unsent > 0 {
        bail!("{}", t!("cli-export-unsent", unsent = unsent, count = results.len()));
    }
    Ok(())
}
