//! `croise match`: the coordinator links the token files of a campaign.

use std::path::PathBuf;

use anyhow::Result;
use croise::campaign::{CoordinatorContext, Manifest, Side};
use croise::coordinator::{self, Completeness};
use croise::format::summary::Summary;
use croise::identity;
use croise::matching::OUTLIER_PERCENT;
use croise::matching::{Confidence, Outcome, Reason};

use crate::i18n::{self, count, fl, n, outside};
use crate::progress::Reporter;

// Help texts: `help-match`, `help-match-long`, `arg-match-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-match"), long_about = fl!("help-match-long"))]
pub struct Args {
    #[arg(
        value_name = fl!("value-token-file"),
        required = true,
        help = fl!("arg-match-token-files")
    )]
    token_files: Vec<PathBuf>,
    #[arg(
        long,
        value_name = fl!("value-file"),
        default_value = "campaign.toml",
        help = fl!("arg-campaign")
    )]
    campaign: PathBuf,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-coordinator-identity"))]
    identity: PathBuf,
    #[arg(
        long,
        value_name = fl!("value-dir"),
        default_value = "results",
        help = fl!("arg-match-out-dir")
    )]
    out_dir: PathBuf,
    #[arg(long, help = fl!("arg-match-partial"))]
    partial: bool,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    super::find_manifest(&args.campaign)?;
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
    print_reasons(&ctx.manifest, &outcome);
    let absent: Vec<String> = outcome
        .summary
        .absent_parties
        .iter()
        .map(|id| outside(id).into_owned())
        .collect();
    if !absent.is_empty() {
        println!(
            "{}",
            fl!(
                "match-partial",
                parties = absent.join(", "),
                n = n(absent.len())
            )
        );
    }
    print_outliers(&outcome.summary);
    println!("{}", fl!("match-written", dir = i18n::path(&args.out_dir)));
    let s = &outcome.summary;
    let records: u64 = s.parties.iter().map(|p| p.records).sum();
    reporter.finish(&fl!(
        "match-finish",
        records_n = n(records),
        records = count(records),
        parties_n = n(s.parties.len()),
        parties = count(s.parties.len()),
        candidates_n = n(s.candidates),
        candidates = count(s.candidates),
        links_n = n(s.totals.total()),
        links = count(s.totals.total())
    ));
    Ok(())
}

/// Below the totals, for the links that are not `sure`: how many links of
/// each level carry each reason. Counted once per link (from the justice
/// side's results, where every link is once under its match number).
fn print_reasons(manifest: &Manifest, outcome: &Outcome) {
    let mut links = std::collections::BTreeMap::new();
    for (party, result) in &outcome.results {
        if manifest.party(party).map(|p| p.side) != Some(Side::Justice) {
            continue;
        }
        for l in &result.links {
            links.insert(l.match_number, (l.confidence, l.reasons));
        }
    }
    let mut lines = Vec::new();
    for confidence in [Confidence::Probable, Confidence::ToReview] {
        for reason in Reason::ALL {
            let found = links
                .values()
                .filter(|(c, r)| *c == confidence && r.contains(reason))
                .count();
            if found > 0 {
                lines.push(fl!(
                    "summary-reason",
                    confidence = i18n::confidence(confidence),
                    reason = i18n::reason(reason),
                    count = count(found)
                ));
            }
        }
    }
    if !lines.is_empty() {
        println!("  {}", fl!("summary-reasons"));
        for line in lines {
            println!("    {line}");
        }
    }
}

/// Warns of every party whose records linked to more than
/// [`OUTLIER_PERCENT`] of the other side's records.
pub fn print_outliers(summary: &Summary) {
    for p in summary
        .parties
        .iter()
        .filter(|p| summary.outliers.contains(&p.id))
    {
        let percent = (p.other_side_linked * 100)
            .checked_div(p.other_side_records)
            .unwrap_or(0);
        println!(
            "{}",
            fl!(
                "outlier",
                party = outside(&p.id),
                linked = count(p.other_side_linked),
                other = count(p.other_side_records),
                percent = percent.to_string(),
                threshold = OUTLIER_PERCENT.to_string()
            )
        );
    }
}

/// Prints the counts of a summary. Party ids come from the manifest and
/// the token files: made safe for the screen.
pub fn print_summary(summary: &Summary) {
    println!("{}", fl!("summary-submitted"));
    for p in &summary.parties {
        println!(
            "  {}",
            fl!(
                "summary-party",
                id = format!("{:<16}", outside(&p.id)),
                side = format!("{:<15}", outside(&p.side)),
                records_n = n(p.records),
                records = format!("{:>7}", count(p.records)),
                linked_n = n(p.linked),
                linked = format!("{:>5}", count(p.linked)),
                max = count(p.max_records)
            )
        );
    }
    println!("{}", fl!("summary-links"));
    for pair in &summary.pairs {
        println!(
            "  {:<16} × {:<16} {:>5} / {:>5} / {:>5}",
            outside(&pair.justice),
            outside(&pair.mission_locale),
            count(pair.links.sure),
            count(pair.links.probable),
            count(pair.links.to_review)
        );
    }
    let t = &summary.totals;
    println!(
        "  {}",
        fl!(
            "summary-total",
            n = n(t.total()),
            total = count(t.total()),
            sure_n = n(t.sure),
            sure = count(t.sure),
            probable_n = n(t.probable),
            probable = count(t.probable),
            to_review = count(t.to_review)
        )
    );
}
