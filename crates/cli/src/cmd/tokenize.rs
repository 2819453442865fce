//! `croise tokenize`: a data holder turns its list into a token file
//! encrypted to the coordinator.

use std::path::{Path, PathBuf};

use anyhow::Result;
use croise::campaign::HolderContext;
use croise::format::tokens::ListCounts;
use croise::input::{ListFile, ReadOptions};
use croise::records::Rejection;
use croise::snapshot;
use croise::tokenize::{self, Losses, TokenizeReport};

use super::list_args::ListArgs;
use crate::i18n::{self, count, fl, n};
use crate::progress::Reporter;

// Options naming the campaign and your keys, shared by tokenize and reveal.
// No doc comment: on a flattened struct it would become the command's about.
#[derive(Debug, clap::Args)]
pub struct HolderKeys {
    #[arg(
        long,
        value_name = fl!("value-file"),
        default_value = "campaign.toml",
        help = fl!("arg-campaign")
    )]
    pub campaign: PathBuf,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-key"))]
    pub key: PathBuf,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-identity"))]
    pub identity: PathBuf,
}

// Help texts: `help-tokenize`, `help-tokenize-long`, `arg-tokenize-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-tokenize"), long_about = fl!("help-tokenize-long"))]
pub struct Args {
    #[arg(value_name = fl!("value-list"), help = fl!("arg-tokenize-list"))]
    list: PathBuf,
    #[command(flatten)]
    keys: HolderKeys,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-tokenize-out"))]
    out: Option<PathBuf>,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-tokenize-snapshot"))]
    snapshot: Option<PathBuf>,
    #[command(flatten)]
    list_args: ListArgs,
    #[arg(
        long,
        help = fl!("arg-tokenize-accept-losses"),
        long_help = fl!("arg-tokenize-accept-losses-long")
    )]
    accept_losses: bool,
}

/// The largest list (records kept) whose rows of one youth `tokenize`
/// looks for. The search costs about as much processor time again as
/// tokenizing, and some 400 MB at a million rows: a département's or a
/// region's list (thousands to tens of thousands of rows) gets it for a
/// fraction of a second, a national export keeps tokenize's cost and is
/// told that `check` gives it.
const DUPLICATES_UP_TO: u64 = 200_000;

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    super::find_manifest(&args.keys.campaign)?;
    let ctx = HolderContext::open(&args.keys.campaign, &args.keys.key, &args.keys.identity)?;
    let options = args.list_args.options();
    let out = args
        .out
        .unwrap_or_else(|| default_out(&args.list, &format!("{}.tokens.age", ctx.party.id)));
    // The snapshot goes beside the token file; refuse before any work if
    // it is already there (croise never replaces a file).
    let snapshot_path = args
        .snapshot
        .unwrap_or_else(|| snapshot::beside_tokens(&out));
    if snapshot_path.exists() {
        return Err(croise::Error::AlreadyExists {
            path: snapshot_path,
        }
        .into());
    }
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
    let (list, report) = tokenized?;
    snapshot::write(&ctx, &list, &snapshot_path)?;
    let c = &report.header.counts;
    print_counts(c, &report.rejected_rows);
    if c.kept <= DUPLICATES_UP_TO {
        let (window, reference) = (ctx.manifest.window(), ctx.manifest.reference_date);
        print_duplicates(&croise::duplicates::rows_of_one_youth(&list, |p| {
            window.contains(p.birth_date, reference)
        })?);
    } else {
        println!(
            "  {}",
            fl!(
                "tokenize-duplicates-skipped",
                max = count(DUPLICATES_UP_TO),
                list = i18n::path(&args.list)
            )
        );
    }
    super::campaign::print_opened(&ctx.manifest);
    println!("{}", fl!("tokenize-written", path = i18n::path(&out)));
    println!(
        "{}",
        fl!("tokenize-snapshot", path = i18n::path(&snapshot_path))
    );
    reporter.finish(&fl!(
        "tokenize-finish",
        rows_n = n(c.rows_read),
        rows = count(c.rows_read),
        records_n = n(c.kept),
        records = count(c.kept),
        tokens_n = n(report.tokens),
        tokens = count(report.tokens)
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

/// Groups of rows shown, at most.
const DUPLICATE_GROUPS_SHOWN: usize = 20;

/// Prints the rows of the list that the coordinator's rule takes as one
/// young person (kept rows only): row numbers and counts, never a value.
pub fn print_duplicates(groups: &[Vec<u64>]) {
    if groups.is_empty() {
        return;
    }
    let rows: usize = groups.iter().map(Vec::len).sum();
    println!(
        "  {}",
        fl!("tokenize-duplicates", n = n(rows), count = count(rows))
    );
    for group in groups.iter().take(DUPLICATE_GROUPS_SHOWN) {
        println!(
            "    {}",
            fl!(
                "tokenize-duplicate-rows",
                rows = i18n::rows(group, usize::MAX)
            )
        );
    }
    if groups.len() > DUPLICATE_GROUPS_SHOWN {
        let more = groups.len() - DUPLICATE_GROUPS_SHOWN;
        println!(
            "    {}",
            fl!("check-duplicates-more", n = n(more), count = count(more))
        );
    }
}

/// Prints counts and the row numbers of rejected rows; never a value.
pub fn print_counts(c: &ListCounts, rejected_rows: &[(u64, Rejection)]) {
    println!(
        "  {}",
        fl!("tokenize-rows-read", count = count(c.rows_read))
    );
    println!("  {}", fl!("tokenize-kept", count = count(c.kept)));
    println!(
        "  {}",
        fl!("tokenize-outside", count = count(c.out_of_window))
    );
    println!(
        "  {}",
        fl!("tokenize-rejected", count = count(c.rejected_total()))
    );
    for reason in Rejection::ALL {
        let rows: Vec<String> = rejected_rows
            .iter()
            .filter(|(_, r)| *r == reason)
            .map(|(row, _)| row.to_string())
            .collect();
        if !rows.is_empty() {
            let shown = rows.iter().take(20).cloned().collect::<Vec<_>>().join(", ");
            let shown = if rows.len() > 20 {
                fl!(
                    "rows-and-more",
                    shown = shown,
                    more = count(rows.len() - 20)
                )
            } else {
                shown
            };
            println!(
                "    {}",
                fl!(
                    "tokenize-rejected-reason",
                    reason = i18n::rejection(reason),
                    column = i18n::role(reason.role()),
                    n = n(rows.len()),
                    count = count(rows.len()),
                    rows = shown
                )
            );
        }
    }
}
