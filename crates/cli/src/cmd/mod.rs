//! One file per command, each with its arguments and a `run` function.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use crate::i18n::{Lang, fl};

mod campaign;
pub(crate) mod check;
mod demo;
mod evaluate;
mod identity;
mod list_args;
mod matching;
mod report;
pub(crate) mod reveal;
mod sample;
pub(crate) mod tokenize;
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
    Ui(crate::ui::Args),
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
        Command::Ui(a) => crate::ui::run(a, cli.lang),
    }
}

/// A date given on the command line (`--reference-date`): `YYYY-MM-DD`,
/// `DD/MM/YYYY` when it can be read only one way, or in words
/// (`1er octobre 2026`). One parser for every command.
///
/// `10/01/2026` is refused: a French reader means 10 January, a form or a
/// colleague used to `MM/DD` means 1 October, and a reference date read
/// wrongly silently moves every young person's age. The message gives both
/// readings in the unambiguous form to type.
pub(crate) fn parse_day(text: &str) -> anyhow::Result<chrono::NaiveDate> {
    use chrono::{Datelike, NaiveDate};

    use crate::i18n::{date, outside};
    let t = text.trim();
    if let Ok(day) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(day);
    }
    if let Ok(day) = NaiveDate::parse_from_str(t, "%d/%m/%Y") {
        let (d, m) = (day.day(), day.month());
        if d <= 12 && d != m {
            let other = NaiveDate::from_ymd_opt(day.year(), d, m).expect("day and month <= 12");
            anyhow::bail!(fl!(
                "date-ambiguous",
                text = outside(text),
                first = day.to_string(),
                first_words = date(day),
                second = other.to_string(),
                second_words = date(other)
            ));
        }
        return Ok(day);
    }
    // In words (`1er octobre 2026`, `3 mars 2009`).
    if t.chars().any(char::is_alphabetic)
        && let Ok(day) = croise_scheme::normalize::parse_date(t)
    {
        return Ok(day);
    }
    // The message says all; chrono's English reason would only add noise.
    Err(anyhow::anyhow!(fl!("date-invalid", text = outside(text))))
}

/// Before a manifest is opened: when `--campaign` was left at its default
/// (`campaign.toml`) and there is none in the current folder, says where
/// croise looked and what to add — naming a `campaign.toml` found in a
/// folder just below (the organiser's `campagne/`), if any — instead of a
/// bare "file not found".
pub(crate) fn find_manifest(path: &std::path::Path) -> anyhow::Result<()> {
    use crate::i18n::path as shown;
    if path != std::path::Path::new("campaign.toml") || path.exists() {
        return Ok(());
    }
    let here = std::env::current_dir().unwrap_or_default();
    let mut below: Vec<std::path::PathBuf> = std::fs::read_dir(&here)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| std::path::PathBuf::from(entry.file_name()).join("campaign.toml"))
        .filter(|candidate| candidate.is_file())
        .collect();
    below.sort();
    match below.first() {
        Some(found) => anyhow::bail!(fl!(
            "campaign-not-here-found",
            folder = shown(&here),
            found = shown(found)
        )),
        None => anyhow::bail!(fl!("campaign-not-here", folder = shown(&here))),
    }
}
