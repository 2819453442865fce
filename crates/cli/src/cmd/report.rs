//! `croise report`: the coordinator turns match summaries into the page and
//! the CSV file the regional committees use.

use std::path::PathBuf;

use anyhow::{Context, Result};
use croise::campaign::CoordinatorContext;
use croise::output::{self, Visibility};
use croise_report::{self as report, Lang, Report, Threshold};

use crate::i18n::{self, count, fl, n, outside};

// Help texts: `help-report`, `help-report-long`, `arg-report-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-report"), long_about = fl!("help-report-long"))]
pub struct Args {
    #[arg(
        value_name = fl!("value-summary"),
        required = true,
        help = fl!("arg-report-summaries")
    )]
    summaries: Vec<PathBuf>,
    #[arg(
        long = "campaign",
        value_name = fl!("value-file"),
        default_value = "campaign.toml",
        help = fl!("arg-report-campaign")
    )]
    campaigns: Vec<PathBuf>,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-coordinator-identity"))]
    identity: PathBuf,
    #[arg(
        long,
        value_name = fl!("value-dir"),
        default_value = "report",
        help = fl!("arg-report-out-dir")
    )]
    out_dir: PathBuf,
    #[arg(long, value_name = "N", default_value_t = 5, help = fl!("arg-report-threshold"))]
    threshold: u64,
    #[arg(long, help = fl!("arg-report-allow-threshold-below-5"))]
    allow_threshold_below_5: bool,
}

/// The page is for French committees: it is in French unless `--lang en`
/// is given explicitly (the locale alone does not change it).
pub fn run(args: Args, lang: Option<i18n::Lang>) -> Result<()> {
    let page_lang = match lang {
        Some(i18n::Lang::En) => Lang::En,
        _ => Lang::Fr,
    };
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
                "{}",
                fl!("report-no-summary", name = outside(&ctx.manifest.name))
            );
        }
    }
    let report = Report::build(inputs, threshold, chrono::Local::now().date_naive())?;

    let html_path = args.out_dir.join("report.html");
    let csv_path = args.out_dir.join("report.csv");
    if let Some(existing) = [&html_path, &csv_path].into_iter().find(|p| p.exists()) {
        // The option here is --out-dir, not the --out of other commands.
        anyhow::bail!(fl!("report-already-exists", path = i18n::path(existing)));
    }
    output::write_file(
        &html_path,
        report::html::render(&report, page_lang).as_bytes(),
        Visibility::Shareable,
        false,
    )
    .with_context(|| fl!("report-cannot-write-page"))?;
    output::write_file(
        &csv_path,
        &report::csv::render(&report, page_lang),
        Visibility::Shareable,
        false,
    )
    .with_context(|| fl!("report-cannot-write-table"))?;

    let threshold_text = threshold.to_string();
    println!(
        "{}",
        fl!(
            "report-on",
            n = n(report.campaigns.len()),
            count = count(report.campaigns.len()),
            threshold = threshold_text.as_str()
        )
    );
    for c in &report.campaigns {
        println!(
            "  {}",
            fl!(
                "report-campaign",
                name = outside(&c.name),
                date = i18n::date(c.reference_date),
                shown_n = n(c.hidden.0),
                shown = count(c.hidden.0),
                threshold = threshold_text.as_str(),
                masked_n = n(c.hidden.1),
                masked = count(c.hidden.1)
            )
        );
    }
    if threshold.is_below_default() {
        println!(
            "{}",
            fl!("report-below-default", threshold = threshold_text.as_str())
        );
    }
    let unprotectable = report.unprotectable();
    if unprotectable > 0 {
        println!(
            "{}",
            fl!(
                "report-unprotectable",
                n = n(unprotectable),
                count = count(unprotectable),
                threshold = threshold_text.as_str()
            )
        );
    }
    println!("  {}", fl!("report-page", path = i18n::path(&html_path)));
    println!("  {}", fl!("report-table", path = i18n::path(&csv_path)));
    Ok(())
}
