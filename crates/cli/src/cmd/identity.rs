//! `croise identity`: each participant's age key pair.

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;
use croise::identity;

use crate::i18n::{self, fl};

#[derive(Debug, Subcommand)]
pub enum IdentityCommand {
    // Create your identity file and print the public recipient to share.
    #[command(about = fl!("help-identity-new"), long_about = fl!("help-identity-new-long"))]
    New {
        #[arg(long, value_name = fl!("value-file"), help = fl!("arg-identity-new-out"))]
        out: PathBuf,
    },
    // Print the public recipient of an identity file.
    #[command(about = fl!("help-identity-show"))]
    Show {
        #[arg(value_name = fl!("value-file"), help = fl!("arg-identity-show-identity"))]
        identity: PathBuf,
    },
}

pub fn run(command: IdentityCommand) -> Result<()> {
    match command {
        IdentityCommand::New { out } => {
            let recipient = identity::create(&out)?;
            eprintln!("{}", fl!("identity-written", path = i18n::path(&out)));
            eprintln!("{}", fl!("identity-share"));
            println!("{recipient}");
            eprintln!(
                "{}",
                fl!(
                    "identity-check-code",
                    code = identity::check_code(&recipient.to_string())
                )
            );
        }
        IdentityCommand::Show { identity: path } => {
            let id = identity::load(&path)?;
            let recipient = id.to_public().to_string();
            println!("{recipient}");
            eprintln!(
                "{}",
                fl!(
                    "identity-check-code",
                    code = identity::check_code(&recipient)
                )
            );
        }
    }
    Ok(())
}
