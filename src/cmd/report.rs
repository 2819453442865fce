//! `croise report`: the coordinator turns match summaries into the page and
//! the CSV file the regional committees use.

use std::path::PathBuf;

use anyhow::{Context, Result};
use croise::campaign::CoordinatorContext;
use croise::output::{self, Visibility};
use croise::report::{self, Lang, Report, Threshold};

/// Make the committees' report from match summaries (coordinator).
///
/// Verifies each summary (summary.toml from `croise match`) with the
/// authentication key of its campaign, then writes, in the output folder,
/// report.html — one self-contained page (no external resource; readable
/// offline; printable) with the figures per organisation, per pair of
/// organisations, by confidence level and by age, and a chart — and
/// report.csv with the same figures, one per row. Counts from 1 to 4 are
/// shown as "<5", and other figures are masked so that none of them can be
/// recomputed from the totals. Given the summaries of several campaigns
/// (quarterly runs), the report also shows the trend; pass each campaign's
/// manifest with its own --campaign.
///
/// Example:
///   croise report results/summary.toml --campaign campaign.toml \
///     --identity coordinator.txt --out-dir rapport-2026-T4
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The match summaries (summary.toml), one per campaign.
    #[arg(value_name = "SUMMARY", required = true)]
    summaries: Vec<PathBuf>,
    /// The campaign manifest; repeat it for the summaries of several
    /// campaigns (each summary is matched to its manifest by campaign
    /// identifier).
    #[arg(
        long = "campaign",
        value_name = "FILE",
        default_value = "campaign.toml"
    )]
    campaigns: Vec<PathBuf>,
    /// Your (the coordinator's) identity file.
    #[arg(long, value_name = "FILE")]
    identity: PathBuf,
    /// Folder for report.html and report.csv (created if needed; existing
    /// files are never replaced).
    #[arg(long, value_name = "DIR", default_value = "report")]
    out_dir: PathBuf,
    /// Counts from 1 to N−1 are hidden (shown as "<N"). At least 5 unless
    /// --allow-threshold-below-5.
    #[arg(long, value_name = "N", default_value_t = 5)]
    threshold: u64,
    /// Allow a threshold below 5: publishes smaller groups of people, a
    /// decision to justify to the data-protection officer.
    #[arg(long)]
    allow_threshold_below_5: bool,
    /// Language of the report: fr (default) or en.
    #[arg(long, value_name = "LANG", default_value = "fr")]
    lang: Lang,
}

pub fn run(args: Args) -> Result<()> {
    let threshold = Threshold::new(args.threshold, args.allow_threshold_below_5)?;
    let mut campaigns: Vec<CoordinatorContext> = Vec::new();
    for path in &args.campaigns {
        let ctx = CoordinatorContext::open(path, &args.identity)?;
        if !campaigns
            .iter()
            .any(|c| c.manifest.campaign_id == ctx.manifest.campaign_id)
        {
            campaigns.push(ctx);
        }
    }
    let inputs = report::load_inputs(&args.summaries, &campaigns)?;
    for ctx in &campaigns {
        if !inputs
            .iter()
            .any(|i| i.summary.campaign_id == ctx.manifest.campaign_id.as_str())
        {
            println!(
                "Note: no summary of campaign “{}” was given; its manifest is not used.",
                ctx.manifest.name
            );
        }
    }
    let report = Report::build(inputs, threshold, chrono::Local::now().date_naive())?;

    let html_path = args.out_dir.join("report.html");
    let csv_path = args.out_dir.join("report.csv");
    if let Some(existing) = [&html_path, &csv_path].into_iter().find(|p| p.exists()) {
        return Err(croise::Error::AlreadyExists {
            path: existing.clone(),
        }
        .into());
    }
    output::write_file(
        &html_path,
        report::html::render(&report, args.lang).as_bytes(),
        Visibility::Shareable,
        false,
    )
    .context("cannot write the report page")?;
    output::write_file(
        &csv_path,
        &report::csv::render(&report, args.lang),
        Visibility::Shareable,
        false,
    )
    .context("cannot write the report table")?;

    println!(
        "Report on {} campaign(s), threshold {}:",
        report.campaigns.len(),
        threshold
    );
    for c in &report.campaigns {
        println!(
            "  {} (reference date {}): {} figures shown as <{}, {} masked to protect them",
            c.name, c.reference_date, c.hidden.0, threshold, c.hidden.1
        );
    }
    if threshold.is_below_default() {
        println!(
            "Warning: threshold {threshold} is below the usual rule of 5; the report says so."
        );
    }
    let unprotectable = report.unprotectable();
    if unprotectable > 0 {
        println!(
            "Warning: {unprotectable} hidden figure(s) can still be deduced from the labels alone \
             (e.g. four “<{threshold}” under a “<{threshold}” total are 1 each). No masking can \
             prevent it; only fewer, larger organisations in the campaign would. Think before sharing."
        );
    }
    println!("  page:  {}", html_path.display());
    println!("  table: {}", csv_path.display());
    Ok(())
}
