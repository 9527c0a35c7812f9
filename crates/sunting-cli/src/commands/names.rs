//! `sunting names list|confirm|different|kind`

use super::Context;
use crate::output::print_json;
use anyhow::Result;

/// The name register: how saved articles spell names, and editors' decisions about them.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// List spellings with the number of articles using each, most used first
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Confirm a spelling as canonical (it is never flagged)
    Confirm {
        /// The spelling
        name: String,
    },
    /// Record that two similar spellings are different people or bodies
    Different {
        /// One spelling
        a: String,
        /// The other
        b: String,
    },
    /// Say what a name names, for ninjs export's people, organisations and places
    Kind {
        /// The spelling
        name: String,
        /// What it names
        #[arg(value_enum)]
        kind: Kind,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Person,
    Organisation,
    Place,
    /// Forget the kind
    None,
}

pub fn run(context: &Context, args: Args) -> Result<()> {
    let mut store = context.store()?;
    match args.action {
        Action::List { json } => {
            let names = store.names()?;
            if json {
                return print_json(&names);
            }
            for name in names {
                println!("{:>5}  {:>5}  {}{}", name.articles, name.uses, name.name, if name.confirmed { "  (confirmed)" } else { "" });
            }
        }
        Action::Confirm { name } => {
            store.confirm_name(&name)?;
            println!("confirmed {name}");
        }
        Action::Different { a, b } => {
            store.mark_different(&a, &b)?;
            println!("{a} and {b} are recorded as different");
        }
        Action::Kind { name, kind } => {
            let kind = match kind {
                Kind::Person => Some(sunting_store::NameKind::Person),
                Kind::Organisation => Some(sunting_store::NameKind::Organisation),
                Kind::Place => Some(sunting_store::NameKind::Place),
                Kind::None => None,
            };
            store.set_name_kind(&name, kind)?;
            match kind {
                Some(kind) => println!("{name} is a {}", kind.as_str()),
                None => println!("{name} has no kind"),
            }
        }
    }
    Ok(())
}
