//! One file per command, each with its arguments and a `run` function.

use clap::{Parser, Subcommand};

mod campaign;
mod check;
mod demo;
mod evaluate;
pub mod i18n;
mod identity;
mod list_args;
mod matching;
mod report;
mod reveal;
mod sample;
mod tokenize;

/// Privacy-preserving crossing of STEMO and Mission Locale lists.
///
/// Each data holder tokenizes its own list on its own workstation; a
/// coordinator, who never holds the campaign key, matches the token files;
/// each data holder reveals its own results locally. No name, date of birth
/// or file number ever leaves a workstation.
///
/// Start with `croise demo` to see the whole flow on invented people.
#[derive(Debug, Parser)]
#[command(name = "croise", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of the messages [default: French if your system is in
    /// French, else English].
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<i18n::Lang>,
    /// Show no progress bar and no final line with the elapsed time.
    ///
    /// Progress is drawn on standard error only when it is a terminal; the
    /// final line (counts and elapsed time, on standard error) is printed
    /// unless this option is given.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create or show your own age identity (every participant, once).
    #[command(subcommand)]
    Identity(identity::IdentityCommand),
    /// Create or show a campaign (the organiser, a data holder).
    #[command(subcommand)]
    Campaign(campaign::CampaignCommand),
    /// Check that croise reads your list right, before tokenizing (data holder).
    Check(check::Args),
    /// Turn your list into a token file for the coordinator (data holder).
    Tokenize(tokenize::Args),
    /// Link the token files of a campaign (coordinator).
    Match(matching::Args),
    /// Show which rows of your own list were linked (data holder).
    Reveal(reveal::Args),
    /// Run the whole flow on the bundled invented samples.
    Demo(demo::Args),
    /// Generate invented list pairs with known truth.
    Sample(sample::Args),
    /// Measure linkage quality on generated lists.
    Evaluate(evaluate::Args),
    /// Make the committees' report from match summaries (coordinator).
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
