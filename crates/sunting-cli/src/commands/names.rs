//! `sunting names list|confirm|different|kind`

use super::Context;
use crate::i18n::t;
use crate::output::print_json;
use anyhow::Result;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    List {
        #[arg(long)]
        json: bool,
    },
    Confirm {
        name: String,
    },
    Different {
        a: String,
        b: String,
    },
    Kind {
        name: String,
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
                let confirmed = if name.confirmed { format!("  ({})", t!("cli-names-confirmed-mark")) } else { String::new() };
                println!("{:>5}  {:>5}  {}{confirmed}", name.articles, name.uses, name.name);
            }
        }
        Action::Confirm { name } => {
            store.confirm_name(&name)?;
            println!("{}", t!("cli-names-confirmed", name = &name));
        }
        Action::Different { a, b } => {
            store.mark_different(&a, &b)?;
            println!("{}", t!("cli-names-different-recorded", a = &a, b = &b));
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
                Some(kind) => println!("{}", t!("cli-names-kind-set", name = &name, kind = kind.as_str())),
                None => println!("{}", t!("cli-names-kind-cleared", name = &name)),
            }
        }
    }
    Ok(())
}
