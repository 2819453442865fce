//! `croise check`: what a data holder runs before tokenizing: how croise
//! reads the list, what it would keep and reject, and a verdict.
//!
//! Prints row numbers and column names only — never a name, a date or a
//! file number from the list, so its output can be pasted into a support
//! request.

use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use croise::campaign::Manifest;
use croise::input::{ListFile, Role};
use croise::records::{ListSurvey, MAX_LOST_PERCENT, Rejection, Verdict, survey};
use croise_scheme::normalize::AgeWindow;

use super::list_args::ListArgs;
use crate::i18n::{self, count, fl, n, outside};

// Help texts: `help-check`, `help-check-long` and the `arg-check-*`
// messages (exit code documented there: 0 usable, 1 not).
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-check"), long_about = fl!("help-check-long"))]
pub struct Args {
    #[arg(value_name = fl!("value-list"), help = fl!("arg-check-list"))]
    list: PathBuf,
    #[arg(
        long,
        value_name = fl!("value-date"),
        conflicts_with = "campaign",
        help = fl!("arg-check-reference-date")
    )]
    reference_date: Option<String>,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-check-campaign"))]
    campaign: Option<PathBuf>,
    #[command(flatten)]
    list_args: ListArgs,
    #[arg(long, help = fl!("arg-check-all-rows"))]
    all_rows: bool,
}

pub fn run(args: Args) -> Result<()> {
    let (reference, window, source) = match (&args.campaign, &args.reference_date) {
        (Some(path), _) => {
            let m = Manifest::load(path)?;
            (
                m.reference_date,
                m.window(),
                fl!("check-source-campaign", name = outside(&m.name)),
            )
        }
        (None, Some(text)) => (
            super::parse_day(text)?,
            AgeWindow::default(),
            fl!("check-source-given"),
        ),
        (None, None) => (
            chrono::Local::now().date_naive(),
            AgeWindow::default(),
            fl!("check-source-today"),
        ),
    };
    println!("{}", fl!("check-checking", path = i18n::path(&args.list)));
    println!(
        "{}",
        fl!(
            "check-reference",
            date = i18n::date(reference),
            source = source
        )
    );
    let list = match ListFile::open(&args.list, &args.list_args.options()) {
        Ok(list) => list,
        Err(e) => {
            println!("{}", fl!("check-list-unreadable"));
            return Err(e.into());
        }
    };
    let limit = if args.all_rows { usize::MAX } else { 20 };
    let rows = |numbers: &[u64]| i18n::rows(numbers, limit);
    print_layout(&list);
    let mut s = match survey(&list, reference, window) {
        Ok(s) => s,
        Err(e) => {
            println!("{}", fl!("check-row-unreadable"));
            return Err(e.into());
        }
    };
    // Rows the coordinator will take as one young person, by its own rule.
    s.duplicates = croise::duplicates::rows_of_one_youth(&list, |_| true)?;
    print_counts(&list, &s, reference, window, limit);
    let mut warnings: Vec<String> = Vec::new();
    for notice in &list.notices {
        warnings.push(i18n::notice(notice));
    }
    if !s.unknown_sex.is_empty() {
        warnings.push(fl!(
            "check-warning-sex",
            column = column(&list, Role::Sex),
            n = n(s.unknown_sex.len()),
            count = count(s.unknown_sex.len()),
            rows = rows(&s.unknown_sex)
        ));
    }
    if !s.extra_cells.is_empty() {
        warnings.push(fl!(
            "check-warning-extra-cells",
            n = n(s.extra_cells.len()),
            count = count(s.extra_cells.len()),
            rows = rows(&s.extra_cells)
        ));
    }
    if s.usable > 0 && s.in_window() == 0 {
        warnings.push(fl!(
            "check-warning-nobody",
            date = i18n::date(reference),
            column = column(&list, Role::BirthDate)
        ));
    }
    if !warnings.is_empty() {
        println!("{}", fl!("check-warnings"));
        for w in &warnings {
            println!("  - {w}");
        }
    }
    let verdict = s.verdict(list.notices.len());
    println!(
        "{}",
        fl!(
            "check-verdict",
            verdict = i18n::verdict(verdict),
            advice = advice(&list, &s, verdict, !warnings.is_empty())
        )
    );
    match verdict {
        Verdict::Unusable => bail!(fl!("check-unusable", list = i18n::path(&args.list))),
        Verdict::ToCorrect => bail!(fl!("check-to-correct", list = i18n::path(&args.list))),
        Verdict::Usable | Verdict::UsableWithWarnings => {}
    }
    Ok(())
}

/// `C "DATE NAISSANCE"` for a role's column: a title written by the list's
/// author, made safe for the screen.
fn column(list: &ListFile, role: Role) -> String {
    list.mapping
        .column(role)
        .map(|i| outside(&list.column_name(i)).into_owned())
        .unwrap_or_else(|| fl!("column-none"))
}

fn print_layout(list: &ListFile) {
    println!("{}", fl!("check-format", format = i18n::describe(list)));
    let row = list.header_row.to_string();
    match list.header_row - 1 {
        0 => println!("{}", fl!("check-header-row", row = row)),
        above => println!(
            "{}",
            fl!(
                "check-header-row-skipped",
                row = row,
                n = above,
                count = count(above)
            )
        ),
    }
    println!("{}", fl!("check-columns"));
    for role in Role::ALL {
        let shown = match (list.mapping.column(role), role) {
            (Some(i), _) => outside(&list.column_name(i)).into_owned(),
            (None, Role::UsageName) => fl!("check-column-usage-name-none"),
            (None, Role::Sex) => fl!("check-column-sex-none"),
            (None, Role::LocalId) => fl!("check-column-local-id-none"),
            (None, _) => fl!("column-none"),
        };
        println!("  {:<22} {shown}", i18n::role(role));
    }
    let unused: Vec<String> = list
        .mapping
        .unused()
        .map(|(i, _)| outside(&list.column_name(i)).into_owned())
        .collect();
    if !unused.is_empty() {
        println!(
            "  {:<22} {}",
            fl!("check-columns-unused"),
            unused.join(", ")
        );
    }
}

fn print_counts(
    list: &ListFile,
    s: &ListSurvey,
    reference: NaiveDate,
    window: AgeWindow,
    limit: usize,
) {
    let rows = |numbers: &[u64]| i18n::rows(numbers, limit);
    println!("{}", fl!("check-rows-read", count = count(s.rows_read)));
    println!("  {}", fl!("check-usable", count = count(s.usable)));
    let by_age: Vec<String> = s
        .in_window_by_age
        .iter()
        .map(|(age, n)| fl!("check-age", age = age.to_string(), count = count(*n)))
        .collect();
    println!(
        "    {}",
        fl!(
            "check-in-window",
            min = window.min_age.to_string(),
            max = window.max_age.to_string(),
            date = i18n::date(reference),
            count = count(s.in_window()),
            by_age = if by_age.is_empty() {
                String::new()
            } else {
                format!(" ({})", by_age.join(", "))
            }
        )
    );
    println!(
        "    {}",
        fl!(
            "check-outside",
            young_n = n(s.too_young),
            young = count(s.too_young),
            old_n = n(s.too_old),
            old = count(s.too_old)
        )
    );
    if s.january_first > 0 {
        println!(
            "    {}",
            fl!("check-january-first", count = count(s.january_first))
        );
    }
    println!(
        "  {}",
        fl!("check-rejected", count = count(s.rejected.len()))
    );
    for reason in Rejection::ALL {
        let numbers = s.rejected_rows(reason);
        if !numbers.is_empty() {
            println!(
                "    {}",
                fl!(
                    "check-rejected-reason",
                    reason = i18n::rejection(reason),
                    column = column(list, reason.role()),
                    n = n(numbers.len()),
                    count = count(numbers.len()),
                    rows = rows(&numbers)
                )
            );
        }
    }
    if s.duplicates.is_empty() {
        println!("{}", fl!("check-duplicates-none"));
    } else {
        println!(
            "{}",
            fl!(
                "check-duplicates",
                n = n(s.duplicates.len()),
                count = count(s.duplicates.len())
            )
        );
        for group in s.duplicates.iter().take(limit) {
            println!("  {}", fl!("check-duplicate-rows", rows = rows(group)));
        }
        if s.duplicates.len() > limit {
            let more = s.duplicates.len() - limit;
            println!(
                "  {}",
                fl!("check-duplicates-more", n = n(more), count = count(more))
            );
        }
    }
}

/// What to do next, for the verdict.
pub(crate) fn advice(list: &ListFile, s: &ListSurvey, verdict: Verdict, warned: bool) -> String {
    match verdict {
        Verdict::Usable => fl!("check-advice-usable"),
        Verdict::UsableWithWarnings => {
            let mut text = fl!("check-advice-usable-with-warnings");
            if !s.rejected.is_empty() {
                text.push_str(&fl!(
                    "check-advice-rejected",
                    n = n(s.rejected.len()),
                    count = count(s.rejected.len())
                ));
            }
            if !s.duplicates.is_empty() {
                text.push_str(&fl!("check-advice-duplicates"));
            }
            text.push_str(&fl!("check-advice-end"));
            if warned {
                text.push_str(&fl!("check-advice-warned"));
            }
            text
        }
        Verdict::ToCorrect => {
            let main = Rejection::ALL
                .into_iter()
                .max_by_key(|r| s.rejected_rows(*r).len())
                .expect("there are reasons");
            let lang = i18n::lang();
            fl!(
                "check-advice-to-correct",
                rejected = count(s.rejected.len()),
                total = count(s.rows_read),
                share = lang.decimal(100.0 * s.rejected.len() as f64 / s.rows_read as f64, 1),
                max = MAX_LOST_PERCENT.to_string(),
                reason = i18n::rejection(main),
                column = column(list, main.role())
            )
        }
        Verdict::Unusable if s.rows_read == 0 => {
            fl!("check-advice-no-data", row = list.header_row.to_string())
        }
        Verdict::Unusable if s.usable == 0 && s.rejected.is_empty() => {
            fl!("check-advice-nobody")
        }
        Verdict::Unusable => {
            let main = Rejection::ALL
                .into_iter()
                .max_by_key(|r| s.rejected_rows(*r).len())
                .expect("there are reasons");
            fl!(
                "check-advice-mostly-rejected",
                rejected = count(s.rejected.len()),
                total = count(s.rows_read),
                reason = i18n::rejection(main),
                column = column(list, main.role())
            )
        }
    }
}
