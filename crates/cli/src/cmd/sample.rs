//! `croise sample`: generate invented list pairs with known truth.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use croise_sample::{Preset, SampleSpec, write_sample};

use crate::i18n::{self, count, fl, outside};
use crate::progress::Reporter;

// Help texts: `help-sample`, `help-sample-long`, `arg-sample-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-sample"), long_about = fl!("help-sample-long"))]
pub struct Args {
    #[arg(long, value_name = fl!("value-dir"), help = fl!("arg-sample-out"))]
    out: PathBuf,
    #[arg(long, default_value = "realistic", help = fl!("arg-sample-preset"))]
    preset: Preset,
    #[arg(long, default_value_t = 300, help = fl!("arg-sample-justice-rows"))]
    justice_rows: usize,
    #[arg(long, default_value_t = 3000, help = fl!("arg-sample-mission-locale-rows"))]
    mission_locale_rows: usize,
    #[arg(long, default_value = "2026-10-01", help = fl!("arg-reference-date"))]
    reference_date: String,
    #[arg(long, default_value_t = 1, help = fl!("arg-sample-seed"))]
    seed: u64,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reference = NaiveDate::parse_from_str(&args.reference_date, "%Y-%m-%d")
        .map_err(|_| anyhow!(fl!("date-invalid", text = outside(&args.reference_date))))?;
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
    std::fs::create_dir_all(&args.out)
        .with_context(|| fl!("cannot-create", path = i18n::path(&args.out)))?;
    let started = Instant::now();
    let summary = {
        // The bar is cleared before the summary line is printed.
        let reporter = Reporter::new(quiet);
        let progress = reporter.callback();
        write_sample(&spec, &args.out, &mut |done, total| {
            progress("generating", done, total)
        })?
    };
    println!(
        "{}",
        fl!(
            "sample-written",
            justice = count(summary.justice_rows as u64),
            mission_locale = count(summary.mission_locale_rows as u64),
            links = count(summary.true_links as u64),
            in_window = count(summary.true_links_in_window as u64),
            dir = i18n::path(&args.out),
            elapsed = i18n::duration(started.elapsed())
        )
    );
    Ok(())
}
