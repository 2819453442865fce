//! `croise match`: the coordinator links the token files of a campaign.

use std::path::PathBuf;

use anyhow::Result;
use croise::campaign::CoordinatorContext;
use croise::coordinator::{self, Completeness};
use croise::format::summary::Summary;
use croise::identity;

use super::i18n::{say, tr};
use crate::progress::{Reporter, count};

/// Link the token files of a campaign (coordinator).
///
/// Decrypts every token file with your identity, refuses a file of another
/// campaign or key, from a party not in the manifest, or a second file from
/// the same party; links records across the two sides, one-to-one; writes
/// one result file per party, encrypted to that party alone
/// (PARTY.result.age), and a summary with counts only (summary.toml).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The token files received from the data holders.
    #[arg(value_name = "TOKEN_FILE", required = true)]
    token_files: Vec<PathBuf>,
    /// The campaign manifest.
    #[arg(long, value_name = "FILE", default_value = "campaign.toml")]
    campaign: PathBuf,
    /// Your (the coordinator's) identity file.
    #[arg(long, value_name = "FILE")]
    identity: PathBuf,
    /// Folder for the result files and the summary.
    #[arg(long, value_name = "DIR", default_value = "results")]
    out_dir: PathBuf,
    /// Link even though some parties sent no token file. Their rows cannot
    /// be linked; every result file and the summary name them, and each
    /// party's reveal says so.
    #[arg(long)]
    partial: bool,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    let ctx = CoordinatorContext::open(&args.campaign, &args.identity)?;
    let identity = identity::load(&args.identity)?;
    let outcome = coordinator::run(
        &ctx,
        &identity,
        &args.token_files,
        &args.out_dir,
        if args.partial {
            Completeness::PartialAllowed
        } else {
            Completeness::Required
        },
        chrono::Local::now().date_naive(),
        &reporter.callback(),
    )?;
    print_summary(&outcome.summary);
    let absent = &outcome.summary.absent_parties;
    if !absent.is_empty() {
        say!(
            "Attention : rapprochement partiel, sans fichier de jetons de {} ; leurs jeunes n'ont pu être rapprochés. Chaque fichier de résultat le dit.",
            "Warning: partial match, with no token file from {}; their records could not be linked. Every result file says so.",
            absent.join(", ")
        );
    }
    say!(
        "Fichiers de résultat et résumé écrits dans {}. Envoyez chaque PARTICIPANT.result.age à son participant, et à lui seul.",
        "Result files and summary written to {}. Send each PARTY.result.age to its party.",
        args.out_dir.display()
    );
    let s = &outcome.summary;
    reporter.finish(&tr!(
        "{} enregistrements de {} participants rapprochés ({} paires candidates) en {} rapprochements",
        "matched {} records of {} parties ({} candidate pairs) into {} links",
        count(s.parties.iter().map(|p| p.records).sum()),
        s.parties.len(),
        count(s.candidates),
        count(s.totals.total())
    ));
    Ok(())
}

/// Prints the counts of a summary.
pub fn print_summary(summary: &Summary) {
    say!("Jeunes transmis :", "Records submitted:");
    for p in &summary.parties {
        say!(
            "  {:<16} {:<15} {:>7} jeunes, {:>5} rapprochés",
            "  {:<16} {:<15} {:>7} records, {:>5} linked",
            p.id,
            p.side,
            p.records,
            p.linked
        );
    }
    say!(
        "Rapprochements (sûrs / probables / à vérifier) :",
        "Links (sure / probable / to review):"
    );
    for pair in &summary.pairs {
        println!(
            "  {:<16} × {:<16} {:>5} / {:>5} / {:>5}",
            pair.justice,
            pair.mission_locale,
            pair.links.sure,
            pair.links.probable,
            pair.links.to_review
        );
    }
    let t = &summary.totals;
    say!(
        "  total : {} rapprochements ({} sûrs, {} probables, {} à vérifier)",
        "  total: {} links ({} sure, {} probable, {} to review)",
        t.total(),
        t.sure,
        t.probable,
        t.to_review
    );
}
