//! `croise identity`: each participant's age key pair.

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;
use croise::identity;

use super::i18n::tr;

#[derive(Debug, Subcommand)]
pub enum IdentityCommand {
    /// Create your identity file and print the public recipient to share.
    ///
    /// The file is secret: it is written readable by you only, and croise
    /// refuses to use it if others can read it. Share only the printed
    /// recipient (age1…) with the campaign organiser.
    New {
        /// Where to write the secret identity file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Print the public recipient of an identity file.
    Show {
        /// Your identity file.
        #[arg(value_name = "FILE")]
        identity: PathBuf,
    },
}

pub fn run(command: IdentityCommand) -> Result<()> {
    match command {
        IdentityCommand::New { out } => {
            let recipient = identity::create(&out)?;
            eprintln!(
                "{}",
                tr!(
                    "Identité écrite dans {} (secrète : elle reste sur ce poste).",
                    "Identity written to {} (secret: keep it on this workstation).",
                    out.display()
                )
            );
            eprintln!(
                "{}",
                tr!(
                    "Votre clé publique, à donner à l'organisateur de la campagne :",
                    "Your public recipient, to give to the campaign organiser:"
                )
            );
            println!("{recipient}");
        }
        IdentityCommand::Show { identity: path } => {
            let id = identity::load(&path)?;
            println!("{}", id.to_public());
        }
    }
    Ok(())
}
