//! `croise report`: the coordinator turns match summaries into the page and
//! the CSV file the regional committees use.

use std::path::PathBuf;

use anyhow::{Context, Result};
use croise::campaign::CoordinatorContext;
use croise::output::{self, Visibility};
use croise_report::{self as report, Lang, Report, Threshold};

use super::i18n::say;

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
}

/// The page is for French committees: it is in French unless `--lang en`
/// is given explicitly (the locale alone does not change it).
pub fn run(args: Args, lang: Option<super::i18n::Lang>) -> Result<()> {
    let page_lang = match lang {
        Some(super::i18n::Lang::En) => Lang::En,
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
            say!(
                "Remarque : aucun résumé de la campagne « {} » n'a été donné ; son manifeste n'est pas utilisé.",
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
        report::html::render(&report, page_lang).as_bytes(),
        Visibility::Shareable,
        false,
    )
    .context("cannot write the report page")?;
    output::write_file(
        &csv_path,
        &report::csv::render(&report, page_lang),
        Visibility::Shareable,
        false,
    )
    .context("cannot write the report table")?;

    say!(
        "Rapport sur {} campagne(s), seuil {} :",
        "Report on {} campaign(s), threshold {}:",
        report.campaigns.len(),
        threshold
    );
    for c in &report.campaigns {
        say!(
            "  {} (date de référence {}) : {} chiffres affichés <{}, {} masqués pour les protéger",
            "  {} (reference date {}): {} figures shown as <{}, {} masked to protect them",
            c.name,
            c.reference_date,
            c.hidden.0,
            threshold,
            c.hidden.1
        );
    }
    if threshold.is_below_default() {
        say!(
            "Attention : le seuil {} est inférieur à la règle habituelle de 5 ; le rapport le signale.",
            "Warning: threshold {} is below the usual rule of 5; the report says so.",
            threshold
        );
    }
    let unprotectable = report.unprotectable();
    if unprotectable > 0 {
        say!(
            "Attention : {} chiffre(s) masqué(s) peuvent encore être déduits des seules mentions \
             (par exemple quatre « <{} » sous un total « <{} » valent 1 chacun). Aucun masquage ne \
             peut l'empêcher ; seuls des organismes moins nombreux et plus grands le pourraient. \
             Réfléchissez avant de diffuser.",
            "Warning: {} hidden figure(s) can still be deduced from the labels alone \
             (e.g. four “<{}” under a “<{}” total are 1 each). No masking can \
             prevent it; only fewer, larger organisations in the campaign would. Think before sharing.",
            unprotectable,
            threshold,
            threshold
        );
    }
    say!("  page :    {}", "  page:  {}", html_path.display());
    say!("  tableau : {}", "  table: {}", csv_path.display());
    Ok(())
}
