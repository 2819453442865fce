//! `croise check`: what a data holder runs before tokenizing: how croise
//! reads the list, what it would keep and reject, and a verdict.
//!
//! Prints row numbers and column names only — never a name, a date or a
//! file number from the list, so its output can be pasted into a support
//! request.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use croise::campaign::Manifest;
use croise::input::{ListFile, Role, compress_numbers};
use croise::normalize::AgeWindow;
use croise::records::{ListSurvey, Rejection, Verdict, survey};

use super::list_args::ListArgs;

/// Check that croise reads your list right, before tokenizing.
///
/// Shows the detected format and column mapping, how many rows are in the
/// age window at the reference date, which rows would be rejected and why,
/// likely duplicates, and a verdict. Prints row numbers and column names
/// only, never a value from the list.
///
/// Exit code: 0 the list can be tokenized (OK, or OK with warnings);
/// 1 it cannot be used, or cannot be read.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your list (CSV export or workbook: .xlsx, .xls, .ods).
    #[arg(value_name = "LIST")]
    list: PathBuf,
    /// Reference date of the age window (YYYY-MM-DD) [default: the
    /// campaign's, else today].
    #[arg(long, value_name = "DATE", conflicts_with = "campaign")]
    reference_date: Option<String>,
    /// Take the reference date and age window from this campaign manifest
    /// (no key needed).
    #[arg(long, value_name = "FILE")]
    campaign: Option<PathBuf>,
    #[command(flatten)]
    list_args: ListArgs,
    /// List every row number instead of the first ones.
    #[arg(long)]
    all_rows: bool,
}

pub fn run(args: Args) -> Result<()> {
    let (reference, window, source) = match (&args.campaign, &args.reference_date) {
        (Some(path), _) => {
            let m = Manifest::load(path)?;
            (
                m.reference_date,
                m.window(),
                format!("from the campaign “{}”", m.name),
            )
        }
        (None, Some(text)) => (parse_day(text)?, AgeWindow::default(), "given".into()),
        (None, None) => (
            chrono::Local::now().date_naive(),
            AgeWindow::default(),
            "today; use --campaign or --reference-date for the campaign's".into(),
        ),
    };
    println!("Checking {}", args.list.display());
    println!("Reference date: {reference} ({source})");
    let list = match ListFile::open(&args.list, &args.list_args.options()) {
        Ok(list) => list,
        Err(e) => {
            println!(
                "Verdict: cannot be used — croise cannot read this list (see the error below)."
            );
            return Err(e.into());
        }
    };
    let limit = if args.all_rows { usize::MAX } else { 20 };
    let rows = |numbers: &[u64]| compress_numbers(numbers, limit);
    print_layout(&list);
    let s = match survey(&list, reference, window) {
        Ok(s) => s,
        Err(e) => {
            println!("Verdict: cannot be used — a row cannot be read (see the error below).");
            return Err(e.into());
        }
    };
    print_counts(&list, &s, reference, window, limit);
    let mut warnings: Vec<String> = Vec::new();
    for notice in &list.notices {
        warnings.push(notice.to_string());
    }
    if !s.unknown_sex.is_empty() {
        warnings.push(format!(
            "sex code not recognised in column {} on {} row(s): {} (croise reads codes such as M/F, H/F or 1/2, and the words for male and female; sex is not used for matching, so these rows are kept)",
            column(&list, Role::Sex),
            s.unknown_sex.len(),
            rows(&s.unknown_sex)
        ));
    }
    if !s.extra_cells.is_empty() {
        warnings.push(format!(
            "{} row(s) have more cells than the header row: {}. In a CSV, a value holding the delimiter may have shifted their columns: check these rows in your spreadsheet",
            s.extra_cells.len(),
            rows(&s.extra_cells)
        ));
    }
    if s.usable > 0 && s.in_window() == 0 {
        warnings.push(format!(
            "nobody is in the age window on {reference}: check the reference date (--reference-date or --campaign) and that column {} holds dates of birth",
            column(&list, Role::BirthDate)
        ));
    }
    if !warnings.is_empty() {
        println!("Warnings:");
        for w in &warnings {
            println!("  - {w}");
        }
    }
    let verdict = s.verdict(list.notices.len());
    println!(
        "Verdict: {verdict} — {}",
        advice(&list, &s, verdict, !warnings.is_empty())
    );
    if verdict == Verdict::Unusable {
        bail!(
            "{} cannot be used as it is; see the verdict above",
            args.list.display()
        );
    }
    Ok(())
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text.trim(), "%d/%m/%Y"))
        .with_context(|| format!("`{text}` is not a date: use YYYY-MM-DD, e.g. 2026-10-01"))
}

/// `C "DATE NAISSANCE"` for a role's column.
fn column(list: &ListFile, role: Role) -> String {
    list.mapping
        .column(role)
        .map(|i| list.column_name(i))
        .unwrap_or_else(|| "(none)".into())
}

fn print_layout(list: &ListFile) {
    println!("Format: {}", list.describe());
    match list.header_row - 1 {
        0 => println!("Header row: {}", list.header_row),
        above => println!(
            "Header row: {} (the {above} row(s) above it are skipped)",
            list.header_row
        ),
    }
    println!("Columns:");
    for role in Role::ALL {
        let shown = match (list.mapping.column(role), role) {
            (Some(i), _) => list.column_name(i),
            (None, Role::UsageName) => "(none; optional)".into(),
            (None, Role::Sex) => "(none; optional, not used for matching)".into(),
            (None, Role::LocalId) => {
                "(none; optional: reveal will find your rows by row number, so keep the list unchanged until then)".into()
            }
            (None, _) => "(none)".into(),
        };
        println!("  {:<22} {shown}", role.to_string());
    }
    let unused: Vec<String> = list
        .mapping
        .unused()
        .map(|(i, _)| list.column_name(i))
        .collect();
    if !unused.is_empty() {
        println!("  {:<22} {}", "not used", unused.join(", "));
    }
}

fn print_counts(
    list: &ListFile,
    s: &ListSurvey,
    reference: NaiveDate,
    window: AgeWindow,
    limit: usize,
) {
    let rows = |numbers: &[u64]| compress_numbers(numbers, limit);
    println!("Rows read: {}", s.rows_read);
    println!("  usable: {}", s.usable);
    let by_age: Vec<String> = s
        .in_window_by_age
        .iter()
        .map(|(age, n)| format!("age {age}: {n}"))
        .collect();
    println!(
        "    in the age window ({} <= age < {} on {reference}): {}{}",
        window.min_age,
        window.max_age,
        s.in_window(),
        if by_age.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_age.join(", "))
        }
    );
    println!(
        "    outside it: {} younger, {} older",
        s.too_young, s.too_old
    );
    if s.january_first > 0 {
        println!(
            "    born on 1 January: {} (often written when the real date is unknown: such matches are weaker)",
            s.january_first
        );
    }
    println!("  rejected: {}", s.rejected.len());
    for reason in Rejection::ALL {
        let numbers = s.rejected_rows(reason);
        if !numbers.is_empty() {
            println!(
                "    {} (column {}): {} — row(s) {}",
                reason,
                column(list, reason.role()),
                numbers.len(),
                rows(&numbers)
            );
        }
    }
    if s.duplicates.is_empty() {
        println!("Likely duplicates: none");
    } else {
        println!(
            "Likely duplicates (same surname, given names and date of birth): {} group(s)",
            s.duplicates.len()
        );
        for group in s.duplicates.iter().take(limit) {
            println!("  rows {}", rows(group));
        }
        if s.duplicates.len() > limit {
            println!("  and {} more group(s)", s.duplicates.len() - limit);
        }
    }
}

/// What to do next, for the verdict.
fn advice(list: &ListFile, s: &ListSurvey, verdict: Verdict, warned: bool) -> String {
    match verdict {
        Verdict::Usable => {
            "the list can be tokenized as it is. Next: croise tokenize with the same list and options.".into()
        }
        Verdict::UsableWithWarnings => {
            let mut text = String::from("the list can be tokenized");
            if !s.rejected.is_empty() {
                text.push_str(&format!(
                    "; the {} rejected row(s) will be left out. To include them, correct those rows in your spreadsheet and run croise check again",
                    s.rejected.len()
                ));
            }
            if !s.duplicates.is_empty() {
                text.push_str(
                    "; a person listed twice can make a match ambiguous (to be reviewed), so remove the extra rows if they are the same person",
                );
            }
            text.push('.');
            if warned {
                text.push_str(" Look at the warnings above before you tokenize.");
            }
            text
        }
        Verdict::Unusable if s.rows_read == 0 => format!(
            "there is no data row below the header (row {}). Check that you exported the whole list.",
            list.header_row
        ),
        Verdict::Unusable if s.usable == 0 && s.rejected.is_empty() => {
            "no row gives a person. Check the list and run croise check again.".into()
        }
        Verdict::Unusable => {
            let main = Rejection::ALL
                .into_iter()
                .max_by_key(|r| s.rejected_rows(*r).len())
                .expect("there are reasons");
            format!(
                "{} of {} rows are rejected, most for: {} (column {}). If that column is not the right one, fix the mapping with --column ROLE=HEADER or --columns-file; otherwise correct those rows in your list. Then run croise check again.",
                s.rejected.len(),
                s.rows_read,
                main,
                column(list, main.role())
            )
        }
    }
}
