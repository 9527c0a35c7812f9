//! `sunting export ID --format markdown|html|json|ninjs`, `sunting export ID --to wordpress`,
//! `sunting export --send-queued`

use super::{default_author, Context};
use crate::files::write_atomically;
use anyhow::{bail, Result};
use std::path::PathBuf;
use sunting_engine::format::{html, json, markdown, ninjs, ExportFormat};
use sunting_publish::{ExportRequest, Exported, PostStatus, RetryPolicy};

/// Export an article to a file (or standard output) as Markdown, HTML, Sunting's JSON or IPTC
/// ninjs 2.1 (people, organisations and places from the name register's kinds), or send it to a
/// WordPress site.
///
/// To WordPress: the post is created on the first export and updated after that; categories
/// and the article's tags are created on the site when missing; the article is marked Exported.
/// The password is SUNTING_WP_PASSWORD or the keyring's (see `sunting site add`). What cannot
/// reach the site after three tries is queued: `sunting export --send-queued` sends the queue
/// (the desktop app also sends it by itself).
#[derive(clap::Args)]
pub struct Args {
    /// The article's id
    #[arg(required_unless_present = "send_queued")]
    id: Option<i64>,
    /// The file format
    #[arg(long, value_enum, required_unless_present_any = ["to", "send_queued"], conflicts_with = "to")]
    format: Option<Format>,
    /// Write here instead of standard output (replaced atomically)
    #[arg(long, value_name = "FILE", requires = "format")]
    out: Option<PathBuf>,
    /// Export this revision instead of the latest
    #[arg(long, value_name = "N", requires = "format")]
    revision: Option<u32>,
    /// Send to a CMS instead of writing a file
    #[arg(long, value_enum, requires_all = ["site", "user"])]
    to: Option<Target>,
    /// The site's address (https://kabar.example)
    #[arg(long, value_name = "URL")]
    site: Option<String>,
    /// The WordPress user to publish as
    #[arg(long)]
    user: Option<String>,
    /// The post's status on the site
    #[arg(long, value_enum, default_value = "draft")]
    status: PostStatusArg,
    /// A category for the post, from the site's list (repeat for more)
    #[arg(long, value_name = "NAME")]
    category: Vec<String>,
    /// Create the categories the site does not have yet (otherwise an unknown category stops
    /// the export before anything is sent)
    #[arg(long, requires = "category")]
    create_categories: bool,
    /// Send every queued export now
    #[arg(long, conflicts_with_all = ["format", "to"])]
    send_queued: bool,
    /// The name the export is logged with [default: $SUNTING_AUTHOR or $USER]
    #[arg(long)]
    author: Option<String>,
    /// A note the history keeps with the move to Exported (why it goes out as it is)
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
    let Some(id) = args.id else { bail!("which article? give its id") };
    if args.to.is_some() {
        return to_wordpress(context, id, &args);
    }
    let Some(format) = args.format else { bail!("give --format or --to") };
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
            eprintln!("Exported article {id} to {}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(())
}

fn print_progress(progress: sunting_publish::Progress) {
    eprintln!("sunting: article {}, attempt {} of {}: {}", progress.article_id, progress.attempt, progress.attempts, progress.message);
}

fn to_wordpress(context: &Context, id: i64, args: &Args) -> Result<()> {
    let (Some(url), Some(user)) = (&args.site, &args.user) else { bail!("--to wordpress needs --site and --user") };
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
    };
    match sunting_publish::export_to_wordpress(&mut store, &request, &password, &RetryPolicy::default(), &mut print_progress)? {
        Exported::Sent { remote_id, link, created, revision } => {
            let verb = if created { "created" } else { "updated" };
            println!("Sent revision {revision} of article {id} to {}: post {remote_id} {verb} ({}) {link}", site.url, status.as_str());
            Ok(())
        }
        Exported::Queued { reason } => {
            bail!("article {id} is not on {} yet: {reason}; it is queued (send it with `sunting export --send-queued`)", site.url)
        }
        Exported::Failed { reason } => bail!("article {id} was not sent to {}: {reason}", site.url),
    }
}

fn send_queued(context: &Context) -> Result<()> {
    let mut store = context.store()?;
    let results = sunting_publish::send_queued(
        &mut store,
        true,
        sunting_publish::wordpress::DEFAULT_TIMEOUT,
        &sunting_publish::credentials::password_from_env_or_keyring,
        &mut print_progress,
    )?;
    let mut unsent = 0;
    for (queued, outcome) in &results {
        match outcome {
            Exported::Sent { remote_id, link, .. } => println!("Sent article {}: post {remote_id} {link}", queued.article_id),
            Exported::Queued { reason } => {
                unsent += 1;
                eprintln!("sunting: article {} is still queued: {reason}", queued.article_id);
            }
            Exported::Failed { reason } => {
                unsent += 1;
                eprintln!("sunting: article {} was not sent and left the queue: {reason}", queued.article_id);
            }
        }
    }
    if results.is_empty() {
        println!("Nothing is queued");
    }
    if unsent > 0 {
        bail!("{unsent} of {} queued exports were not sent", results.len());
    }
    Ok(())
}
