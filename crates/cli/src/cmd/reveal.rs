//! `croise reveal`: a data holder sees which rows of its own list were
//! linked.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use croise::campaign::HolderContext;
use croise::identity;
use croise::input::{CellKind, ListFile, ReadOptions, Role, SpreadsheetOptions, TableFormat};
use croise::matching::{Confidence, Reason};
use croise::output::{self, Visibility};
use croise::reveal::{Revealed, RowStatus, open_result, reveal_with};
use croise::snapshot;

use super::list_args::ListArgs;
use super::tokenize::{HolderKeys, default_out};
use crate::i18n::{self, count, fl, n, outside};
use crate::progress::Reporter;

// Help texts: `help-reveal`, `help-reveal-long`, `arg-reveal-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-reveal"), long_about = fl!("help-reveal-long"))]
pub struct Args {
    #[arg(value_name = fl!("value-list"), help = fl!("arg-reveal-list"))]
    list: Option<PathBuf>,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-reveal-result"))]
    result: PathBuf,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-reveal-snapshot"))]
    snapshot: Option<PathBuf>,
    #[command(flatten)]
    keys: HolderKeys,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-reveal-out"))]
    out: Option<PathBuf>,
    #[arg(long, value_enum, help = fl!("arg-reveal-format"))]
    format: Option<OutFormat>,
    #[arg(long, help = fl!("arg-reveal-all-rows"))]
    all_rows: bool,
    #[command(flatten)]
    list_args: ListArgs,
}

/// Output formats of reveal (described in `arg-reveal-format`; no doc
/// comment on the variants, which clap would print in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    // CSV in your list's delimiter and encoding (UTF-8 with BOM and `;`
    // for a workbook list).
    Csv,
    // An Excel workbook.
    Xlsx,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    super::find_manifest(&args.keys.campaign)?;
    let ctx = HolderContext::open(&args.keys.campaign, &args.keys.key, &args.keys.identity)?;
    let (list, source) = open_rows(&ctx, &args)?;
    let from_out = args
        .out
        .as_deref()
        .and_then(|o| o.extension())
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    let format = match (args.format, from_out.as_deref()) {
        (Some(OutFormat::Csv), Some("xlsx")) | (Some(OutFormat::Xlsx), Some("csv")) => bail!(fl!(
            "reveal-format-conflict",
            extension = from_out.unwrap_or_default(),
            format = if args.format == Some(OutFormat::Csv) {
                "csv"
            } else {
                "xlsx"
            }
        )),
        (Some(OutFormat::Xlsx), _) | (None, Some("xlsx")) => TableFormat::Xlsx,
        (Some(OutFormat::Csv), _) | (None, Some(_)) => {
            TableFormat::csv(&list.dialect, spreadsheet())
        }
        (None, None) => TableFormat::like(&list, spreadsheet()),
    };
    let out = args.out.clone().unwrap_or_else(|| {
        default_out(
            args.list.as_deref().unwrap_or(&list.path),
            &format!(
                "{}-{}.{}",
                ctx.party.id,
                if args.all_rows { "all-rows" } else { "links" },
                format.extension()
            ),
        )
    });
    let revealed = reveal_list(
        &ctx,
        &args.keys.identity,
        &args.result,
        &list,
        format,
        &out,
        args.all_rows,
        &reporter.callback(),
    )?;
    let linked = revealed.rows.len();
    println!(
        "{}",
        fl!("reveal-rows-linked", n = n(linked), count = count(linked))
    );
    for c in Confidence::ALL {
        let found = revealed.rows.iter().filter(|r| r.confidence == c).count();
        if found > 0 {
            println!(
                "  {}",
                fl!(
                    "reveal-confidence",
                    confidence = i18n::confidence(c),
                    count = count(found)
                )
            );
            // Below `sure`, why: each reason and how many rows it holds.
            if c == Confidence::Sure {
                continue;
            }
            for reason in Reason::ALL {
                let rows = revealed
                    .rows
                    .iter()
                    .filter(|r| r.confidence == c && r.reasons.contains(reason))
                    .count();
                if rows > 0 {
                    println!(
                        "    {}",
                        fl!(
                            "reveal-reason",
                            reason = i18n::reason(reason),
                            count = count(rows)
                        )
                    );
                }
            }
        }
    }
    // Rows of one youth come back under one match number: say so, so that
    // the professional knows they are one young person, not two.
    let mut by_number: std::collections::BTreeMap<_, Vec<u64>> = Default::default();
    for r in &revealed.rows {
        by_number.entry(r.match_number).or_default().push(r.row);
    }
    for (number, rows) in by_number.iter_mut().filter(|(_, rows)| rows.len() > 1) {
        rows.sort_unstable();
        let listed: Vec<String> = rows.iter().map(u64::to_string).collect();
        println!(
            "  {}",
            fl!(
                "reveal-same-youth",
                number = number.to_string(),
                rows = listed.join(", ")
            )
        );
    }
    if !revealed.absent_parties.is_empty() {
        let names: Vec<String> = revealed
            .absent_parties
            .iter()
            .map(|id| {
                let name = ctx
                    .manifest
                    .party(id)
                    .map_or(id.as_str(), |p| p.name.as_str());
                outside(name).into_owned()
            })
            .collect();
        println!(
            "{}",
            fl!(
                "reveal-partial",
                parties = names.join(", "),
                n = n(names.len())
            )
        );
    }
    println!("{}", fl!("reveal-sizes"));
    for size in &revealed.sizes {
        println!(
            "  {}",
            fl!(
                "reveal-size",
                id = format!("{:<16}", outside(&size.id)),
                side = format!("{:<15}", outside(&size.side)),
                records_n = n(size.records),
                records = format!("{:>7}", count(size.records)),
                max = count(size.max_records)
            )
        );
    }
    for id in &revealed.outliers {
        let name = ctx
            .manifest
            .party(id)
            .map_or(id.as_str(), |p| p.name.as_str());
        println!(
            "{}",
            fl!(
                "reveal-outlier",
                party = outside(name),
                threshold = croise::matching::OUTLIER_PERCENT.to_string()
            )
        );
    }
    super::campaign::print_opened(&ctx.manifest);
    match source {
        Source::Snapshot => println!(
            "{}",
            fl!("reveal-from-snapshot", path = i18n::path(&list.path))
        ),
        Source::SnapshotNotList(given) => println!(
            "{}",
            fl!(
                "reveal-snapshot-list-differs",
                list = i18n::path(&given),
                path = i18n::path(&list.path)
            )
        ),
        Source::List => {}
    }
    if args.all_rows {
        let of = |wanted: fn(&RowStatus) -> bool| {
            count(revealed.others.iter().filter(|o| wanted(&o.status)).count())
        };
        println!(
            "{}",
            fl!(
                "reveal-all-rows-written",
                path = i18n::path(&out),
                linked = count(linked),
                not_linked = of(|s| *s == RowStatus::NotLinked),
                rejected = of(|s| matches!(s, RowStatus::Rejected(_))),
                outside = of(|s| *s == RowStatus::OutOfWindow)
            )
        );
    } else {
        println!("{}", fl!("reveal-written", path = i18n::path(&out)));
    }
    reporter.finish(&fl!("reveal-finish", n = n(linked), count = count(linked)));
    Ok(())
}

/// Where reveal took the rows of the list from.
enum Source {
    /// The snapshot tokenize kept (the list, if given, is the same file).
    Snapshot,
    /// The snapshot, because the list given has changed since tokenize.
    SnapshotNotList(PathBuf),
    /// The list itself: no snapshot was found beside it.
    List,
}

/// The rows to reveal: from the snapshot tokenize kept when there is one
/// (named with `--snapshot`, or beside the list, or in the current folder
/// when no list is given), else from the list given. A list given that
/// differs from the snapshot is not used: the snapshot holds the rows as
/// they were tokenized, which is what the result refers to.
fn open_rows(ctx: &HolderContext, args: &Args) -> Result<(ListFile, Source)> {
    // Beside the list, else in the current folder.
    let path = args.snapshot.clone().unwrap_or_else(|| {
        let beside = snapshot::default_path(args.list.as_deref(), &ctx.party.id);
        let here = PathBuf::from(snapshot::file_name(&ctx.party.id));
        if beside.exists() || !here.exists() {
            beside
        } else {
            here
        }
    });
    if args.snapshot.is_none() && !path.exists() {
        let Some(list) = &args.list else {
            bail!(fl!("reveal-no-snapshot", path = i18n::path(&path)));
        };
        return Ok((
            ListFile::open(list, &args.list_args.options())?,
            Source::List,
        ));
    }
    let identity = identity::load(&args.keys.identity)?;
    let snap = snapshot::open(ctx, &identity, &path)?;
    let source = match &args.list {
        Some(list) => {
            let bytes = output::read_file(list)?;
            let digest = hex::encode(croise::keys::input_digest(
                &ctx.schedule.input_digest_key(),
                &bytes,
            ));
            if digest == snap.input_digest {
                Source::Snapshot
            } else {
                Source::SnapshotNotList(list.clone())
            }
        }
        None => Source::Snapshot,
    };
    Ok((snap.list, source))
}

/// What croise knows of the person who opens the output: the run's
/// language (French Excel splits a CSV on `;`).
fn spreadsheet() -> SpreadsheetOptions {
    SpreadsheetOptions {
        french: i18n::lang() == i18n::Lang::Fr,
    }
}

/// Opens the result, joins it with the list and writes the linked rows: as
/// an `.xlsx` if `out` ends so, else as CSV for a spreadsheet.
pub fn reveal_to(
    ctx: &HolderContext,
    identity_path: &Path,
    result_path: &Path,
    list_path: &Path,
    options: &ReadOptions,
    out: &Path,
    progress: croise::Progress,
) -> Result<Revealed> {
    let list = ListFile::open(list_path, options)?;
    let xlsx = out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let format = if xlsx {
        TableFormat::Xlsx
    } else {
        TableFormat::csv(&list.dialect, spreadsheet())
    };
    reveal_list(
        ctx,
        identity_path,
        result_path,
        &list,
        format,
        out,
        false,
        progress,
    )
}

/// Joins the result with an opened list and writes the linked rows in
/// `format`. Writes nothing if anything fails.
#[allow(clippy::too_many_arguments)]
pub fn reveal_list(
    ctx: &HolderContext,
    identity_path: &Path,
    result_path: &Path,
    list: &ListFile,
    format: TableFormat,
    out: &Path,
    all_rows: bool,
    progress: croise::Progress,
) -> Result<Revealed> {
    let identity = identity::load(identity_path)?;
    let result = open_result(ctx, &identity, result_path).map_err(|e| {
        // A token file is encrypted to the coordinator, so it is "not for
        // you" too; but the mistake is the file, not the identity.
        let token_file = result_path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().ends_with(".tokens.age"));
        match e {
            croise::Error::NotForThisIdentity { .. } if token_file => {
                anyhow::anyhow!(fl!(
                    "reveal-token-not-result",
                    path = i18n::path(result_path),
                    party = outside(&ctx.party.id)
                ))
            }
            other => other.into(),
        }
    })?;
    let revealed = reveal_with(ctx, &result, result_path, list, all_rows, progress)?;
    let mut header = Vec::new();
    if all_rows {
        header.push("Statut".to_string());
    }
    // "Contact partenaire" beside the partner when the campaign names
    // contacts; a campaign without any keeps the columns it always had.
    let contacts = ctx.manifest.parties.iter().any(|p| p.contact.is_some());
    header.extend(["N° rapprochement", "Organisme partenaire"].map(str::to_string));
    if contacts {
        header.push("Contact partenaire".to_string());
    }
    header.extend(["Confiance", "Pourquoi pas sûr", "Ligne"].map(str::to_string));
    let leading = header.len();
    header.extend(revealed.headers.iter().cloned());
    // Linked rows in match-number order; with every row, in the list's
    // order (a row linked to two partners comes twice, once per link).
    let mut body: Vec<(u64, Vec<String>)> = Vec::new();
    for r in &revealed.rows {
        let mut row = Vec::new();
        if all_rows {
            row.push(fl!("reveal-status-linked"));
        }
        row.extend([r.match_number.to_string(), r.counterpart_name.clone()]);
        if contacts {
            let contact = ctx
                .manifest
                .party(&r.counterpart)
                .and_then(|p| p.contact.as_ref())
                .map(|c| c.one_line())
                .unwrap_or_default();
            row.push(contact);
        }
        // Why a link is not `sure`; a `sure` link's own reasons (e.g. a
        // usage name) are left out: nothing to check.
        let why = if r.confidence == Confidence::Sure {
            String::new()
        } else {
            i18n::reasons(r.reasons)
        };
        row.extend([
            confidence_fr(r.confidence).to_string(),
            why,
            r.row.to_string(),
        ]);
        row.extend(r.fields.iter().cloned());
        body.push((r.row, row));
    }
    for o in &revealed.others {
        let mut row = vec![status(o.status), String::new(), String::new()];
        if contacts {
            row.push(String::new());
        }
        row.extend([String::new(), String::new(), o.row.to_string()]);
        row.extend(o.fields.iter().cloned());
        body.push((o.row, row));
    }
    if all_rows {
        // Stable: a row's links stay in match-number order.
        body.sort_by_key(|(row, _)| *row);
    }
    let mut table = Vec::with_capacity(body.len() + 1);
    table.push(header);
    table.extend(body.into_iter().map(|(_, row)| row));
    // In an `.xlsx`: the match number as a number shown `0042` (it sorts
    // and filters as a number and reads as partners say it), the row
    // number as a number, the date of birth as a date.
    let mut kinds = Vec::new();
    if all_rows {
        kinds.push(CellKind::Text);
    }
    kinds.extend([CellKind::ZeroPadded(4), CellKind::Text]);
    if contacts {
        kinds.push(CellKind::Text);
    }
    kinds.extend([CellKind::Text, CellKind::Text, CellKind::Number]);
    kinds.resize(leading + revealed.headers.len(), CellKind::Text);
    if let Some(c) = list.mapping.column(Role::BirthDate) {
        kinds[c + leading] = CellKind::Date;
    }
    let bytes = format.encode(&table, &kinds)?;
    output::write_file(out, &bytes, Visibility::OwnerOnly, false)?;
    Ok(revealed)
}

/// The status of a row not linked, in the run's language (the rejection
/// reasons are those tokenize prints).
fn status(status: RowStatus) -> String {
    match status {
        RowStatus::NotLinked => fl!("reveal-status-not-linked"),
        RowStatus::OutOfWindow => fl!("reveal-status-out-of-window"),
        RowStatus::Rejected(reason) => fl!(
            "reveal-status-rejected",
            reason = i18n::rejection(reason),
            column = i18n::role(reason.role())
        ),
    }
}

pub fn confidence_fr(c: Confidence) -> &'static str {
    match c {
        Confidence::Sure => "sûr",
        Confidence::Probable => "probable",
        Confidence::ToReview => "à vérifier",
    }
}
