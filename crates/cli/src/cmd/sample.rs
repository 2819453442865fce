//! `croise sample`: generate invented list pairs with known truth.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use croise_sample::{Preset, SampleSpec, write_sample};

use super::i18n::{say, tr};
use crate::progress::Reporter;

/// Generate a pair of invented lists with known truth (for tests, training
/// and measurements).
///
/// Writes DIR/justice.csv (like a PARCOURS export: Windows-1252, `;`),
/// DIR/mission-locale.csv (like an I-Milo export: UTF-8 with BOM, `,`) and
/// DIR/truth.csv (which rows are the same person, and which errors were
/// injected). Every person is invented.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to write into (created if needed; files are never overwritten).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// How messy the lists are: clean, realistic or hard.
    #[arg(long, default_value = "realistic")]
    preset: Preset,
    /// Rows of the justice list.
    #[arg(long, default_value_t = 300)]
    justice_rows: usize,
    /// Rows of the Mission Locale list.
    #[arg(long, default_value_t = 3000)]
    mission_locale_rows: usize,
    /// Reference date of the age window (YYYY-MM-DD).
    #[arg(long, default_value = "2026-10-01")]
    reference_date: String,
    /// Random seed: the same seed gives the same files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reference =
        NaiveDate::parse_from_str(&args.reference_date, "%Y-%m-%d").with_context(|| {
            tr!(
                "`{}` n'est pas une date : écrivez AAAA-MM-JJ",
                "`{}` is not a date: use YYYY-MM-DD",
                args.reference_date
            )
        })?;
    let spec = SampleSpec::new(
        args.preset,
        args.justice_rows,
        args.mission_locale_rows,
        reference,
        args.seed,
    );
    for name in [
        "justice.csv",
        "mission-locale.csv",
        "truth.csv",
        "duplicates.csv",
    ] {
        let path = args.out.join(name);
        if path.exists() {
            return Err(croise::Error::AlreadyExists { path }.into());
        }
    }
    std::fs::create_dir_all(&args.out).with_context(|| {
        tr!(
            "impossible de créer {}",
            "cannot create {}",
            args.out.display()
        )
    })?;
    let started = Instant::now();
    let summary = {
        // The bar is cleared before the summary line is printed.
        let reporter = Reporter::new(quiet);
        let progress = reporter.callback();
        write_sample(&spec, &args.out, &mut |done, total| {
            progress("generating", done, total)
        })?
    };
    say!(
        "{} lignes justice et {} lignes Mission Locale écrites ({} vrais rapprochements, dont {} dans la tranche d'âge) dans {} en {:.1} s.",
        "Wrote {} justice rows and {} Mission Locale rows ({} true links, {} in the age window) to {} in {:.1} s.",
        summary.justice_rows,
        summary.mission_locale_rows,
        summary.true_links,
        summary.true_links_in_window,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
