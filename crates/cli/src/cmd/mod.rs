//! One file per command, each with its arguments and a `run` function.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use crate::i18n::{Lang, fl};

mod campaign;
mod check;
mod demo;
mod evaluate;
mod identity;
mod list_args;
mod matching;
mod report;
mod reveal;
mod sample;
mod tokenize;
pub mod welcome;

// Every help text comes from the catalogue (`fl!`, evaluated when the
// parser is built), so it is in the run's language; doc comments here are
// for readers of the code only.
#[derive(Debug, Parser)]
#[command(
    name = "croise",
    version,
    about = fl!("help-croise"),
    long_about = fl!("help-croise-long")
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(
        long,
        global = true,
        value_name = fl!("value-lang"),
        help = fl!("arg-lang"),
        value_parser = PossibleValuesParser::new(["fr", "en"])
            .map(|code| code.parse::<Lang>().expect("a possible value")),
    )]
    lang: Option<Lang>,
    #[arg(
        long,
        short,
        global = true,
        help = fl!("arg-quiet"),
        long_help = fl!("arg-quiet-long")
    )]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    #[command(subcommand, about = fl!("help-identity"))]
    Identity(identity::IdentityCommand),
    #[command(subcommand, about = fl!("help-campaign"))]
    Campaign(campaign::CampaignCommand),
    Check(check::Args),
    Tokenize(tokenize::Args),
    Match(matching::Args),
    Reveal(reveal::Args),
    Demo(demo::Args),
    Sample(sample::Args),
    Evaluate(evaluate::Args),
    Report(report::Args),
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Identity(c) => identity::run(c),
        Command::Campaign(c) => campaign::run(c),
        Command::Check(a) => check::run(a),
        Command::Tokenize(a) => tokenize::run(a, cli.quiet),
        Command::Match(a) => matching::run(a, cli.quiet),
        Command::Reveal(a) => reveal::run(a, cli.quiet),
        Command::Demo(a) => demo::run(a),
        Command::Sample(a) => sample::run(a, cli.quiet),
        Command::Evaluate(a) => evaluate::run(a),
        Command::Report(a) => report::run(a, cli.lang),
    }
}
