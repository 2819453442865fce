//! `croise tokenize`: a data holder turns its list into a token file
//! encrypted to the coordinator.

use std::path::{Path, PathBuf};

use anyhow::Result;
use croise::campaign::HolderContext;
use croise::format::tokens::ListCounts;
use croise::input::{ListFile, ReadOptions, Role};
use croise::records::Rejection;
use croise::tokenize::{self, Losses, TokenizeReport};

use crate::progress::{Reporter, count};

use super::i18n::{self, say, tr};
use super::list_args::ListArgs;

/// Options naming the campaign and your keys, shared by tokenize and reveal.
#[derive(Debug, clap::Args)]
pub struct HolderKeys {
    /// The campaign manifest.
    #[arg(long, value_name = "FILE", default_value = "campaign.toml")]
    pub campaign: PathBuf,
    /// Your campaign key file (PARTY.key.age), received from the organiser.
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
    /// Your identity file (from `croise identity new`).
    #[arg(long, value_name = "FILE")]
    pub identity: PathBuf,
}

/// Turn your list into a token file for the coordinator.
///
/// Reads the list (CSV: `;`, `,` or tab, UTF-8 or Windows-1252; or a
/// workbook: .xlsx, .xls, .ods), keeps the
/// people in the campaign's age window, and writes a token file encrypted to
/// the coordinator only: no name, date or file number leaves your
/// workstation. Keep the list unchanged: `reveal` needs the very same file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your list (CSV export or workbook). Run `croise check` on it first.
    #[arg(value_name = "LIST")]
    list: PathBuf,
    #[command(flatten)]
    keys: HolderKeys,
    /// Where to write the token file [default: PARTY.tokens.age beside the list].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    list_args: ListArgs,
    /// Tokenize even if more than 2 % of the rows are rejected.
    ///
    /// Without it, croise refuses a list that would lose more than 2 % of
    /// its rows to rejections (rows outside the age window do not count),
    /// since those young people could never be matched: correct the rows
    /// `croise check` lists, or give this option to leave them out.
    #[arg(long)]
    accept_losses: bool,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    let ctx = HolderContext::open(&args.keys.campaign, &args.keys.key, &args.keys.identity)?;
    let options = args.list_args.options();
    let out = args
        .out
        .unwrap_or_else(|| default_out(&args.list, &format!("{}.tokens.age", ctx.party.id)));
    let losses = if args.accept_losses {
        Losses::Accept
    } else {
        Losses::Refuse
    };
    let tokenized = tokenize_to(
        &ctx,
        &args.list,
        &options,
        &out,
        losses,
        &reporter.callback(),
    );
    // A refused list: the rows and reasons first, then the error.
    if let Err(e) = &tokenized
        && let Some(croise::Error::TooManyLost { lost, .. }) = e.downcast_ref()
    {
        print_counts(&lost.counts, &lost.rejected_rows);
    }
    let (_, report) = tokenized?;
    let c = &report.header.counts;
    print_counts(c, &report.rejected_rows);
    super::campaign::print_opened(&ctx.manifest);
    say!(
        "Fichier de jetons écrit : {} — envoyez-le au coordinateur.",
        "Token file written to {} — send it to the coordinator.",
        out.display()
    );
    reporter.finish(&tr!(
        "{} lignes transformées en {} enregistrements et {} jetons",
        "tokenized {} rows into {} records and {} tokens",
        count(c.rows_read),
        count(c.kept),
        count(report.tokens)
    ));
    Ok(())
}

/// Reads, tokenizes, encrypts to the coordinator and writes atomically, as a
/// stream: the token file is never held in memory. A list refused for its
/// losses writes nothing.
pub fn tokenize_to(
    ctx: &HolderContext,
    list_path: &Path,
    options: &ReadOptions,
    out: &Path,
    losses: Losses,
    progress: croise::Progress,
) -> Result<(ListFile, TokenizeReport)> {
    let list = ListFile::open(list_path, options)?;
    let report = tokenize::to_file(ctx, &list, out, losses, progress)?;
    Ok((list, report))
}

pub fn default_out(list: &Path, name: &str) -> PathBuf {
    list.parent()
        .map(|p| p.join(name))
        .unwrap_or_else(|| PathBuf::from(name))
}

/// Prints counts and the row numbers of rejected rows; never a value.
pub fn print_counts(c: &ListCounts, rejected_rows: &[(u64, Rejection)]) {
    say!(
        "  lignes lues :                     {}",
        "  rows read:               {}",
        c.rows_read
    );
    say!(
        "  gardées (dans la tranche d'âge) : {}",
        "  kept (in the age window): {}",
        c.kept
    );
    say!(
        "  hors de la tranche d'âge :        {}",
        "  outside the age window:  {}",
        c.out_of_window
    );
    say!(
        "  écartées :                        {}",
        "  rejected:                {}",
        c.rejected_total()
    );
    for reason in Rejection::ALL {
        let rows: Vec<String> = rejected_rows
            .iter()
            .filter(|(_, r)| *r == reason)
            .map(|(row, _)| row.to_string())
            .collect();
        if !rows.is_empty() {
            let shown: Vec<&str> = rows.iter().take(20).map(String::as_str).collect();
            let more = if rows.len() > 20 {
                tr!(" et {} autres", " and {} more", rows.len() - 20)
            } else {
                String::new()
            };
            say!(
                "    {} (colonne {}) : {} — ligne(s) {}{more}",
                "    {} ({} column): {} — row(s) {}{more}",
                i18n::rejection(reason),
                role_name(reason.role()),
                rows.len(),
                shown.join(", ")
            );
        }
    }
}

fn role_name(role: Role) -> String {
    i18n::role(role)
}
