//! `croise reveal`: a data holder sees which rows of its own list were
//! linked.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use croise::campaign::HolderContext;
use croise::identity;
use croise::input::{CellKind, ListFile, ReadOptions, Role, SpreadsheetOptions, TableFormat};
use croise::matching::Confidence;
use croise::output::{self, Visibility};
use croise::reveal::{Revealed, open_result, reveal};

use super::i18n::{self, say, tr};
use super::list_args::ListArgs;
use super::tokenize::{HolderKeys, default_out};
use crate::progress::{Reporter, count};

/// Show which rows of your own list were linked (data holder).
///
/// Decrypts your result file, re-reads your list (it must be the very file
/// you tokenized, unchanged), and writes the linked rows with the match
/// number and the partner organisation, as CSV in UTF-8 with a BOM (`;`
/// if your list uses it or croise speaks French, else `,` announced by a
/// `sep=,` line) or .xlsx for a workbook, so that Excel opens it right. Talk with the partner about "match 0042", never by name in a mail.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your list, exactly the file you tokenized.
    #[arg(value_name = "LIST")]
    list: PathBuf,
    /// Your result file (PARTY.result.age) from the coordinator.
    #[arg(long, value_name = "FILE")]
    result: PathBuf,
    #[command(flatten)]
    keys: HolderKeys,
    /// Where to write the linked rows [default: PARTY-links.csv or
    /// PARTY-links.xlsx beside the list].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Format of the linked rows [default: like your list: .xlsx for a
    /// workbook, else CSV; or as the --out name ends].
    #[arg(long, value_enum)]
    format: Option<OutFormat>,
    /// Same options as given to tokenize, if any.
    #[command(flatten)]
    list_args: ListArgs,
}

/// Output formats of reveal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    /// CSV in UTF-8 with a BOM: `;` if your list uses it (or is a
    /// workbook) or croise speaks French, else `,` after a `sep=,` line.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    let ctx = HolderContext::open(&args.keys.campaign, &args.keys.key, &args.keys.identity)?;
    let list = ListFile::open(&args.list, &args.list_args.options())?;
    let from_out = args
        .out
        .as_deref()
        .and_then(|o| o.extension())
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    let format = match (args.format, from_out.as_deref()) {
        (Some(OutFormat::Csv), Some("xlsx")) | (Some(OutFormat::Xlsx), Some("csv")) => bail!(tr!(
            "--out se termine par .{} mais --format vaut {} : mettez-les d'accord",
            "--out ends in .{} but --format is {}: make them agree",
            from_out.unwrap_or_default(),
            if args.format == Some(OutFormat::Csv) {
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
    let out = args.out.unwrap_or_else(|| {
        default_out(
            &args.list,
            &format!("{}-links.{}", ctx.party.id, format.extension()),
        )
    });
    let revealed = reveal_list(
        &ctx,
        &args.keys.identity,
        &args.result,
        &list,
        format,
        &out,
        &reporter.callback(),
    )?;
    println!("{}", i18n::rows_linked(revealed.rows.len()));
    for c in Confidence::ALL {
        let n = revealed.rows.iter().filter(|r| r.confidence == c).count();
        if n > 0 {
            say!("  {} : {n}", "  {}: {n}", i18n::confidence(c));
        }
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
                croise::safe::for_screen(name).into_owned()
            })
            .collect();
        say!(
            "Attention : résultat partiel. La liste de {} n'est pas parvenue au coordinateur : vos lignes n'ont pas pu être rapprochées de la sienne.",
            "Warning: partial result. The list of {} never reached the coordinator: your rows could not be linked with it.",
            names.join(", ")
        );
    }
    super::campaign::print_opened(&ctx.manifest);
    say!(
        "Lignes rapprochées écrites dans {} (ce fichier contient des noms : gardez-le sur ce poste).",
        "Linked rows written to {} (it holds names: keep it on this workstation).",
        out.display()
    );
    reporter.finish(&tr!(
        "{} lignes rapprochées révélées",
        "revealed {} linked rows",
        count(revealed.rows.len() as u64)
    ));
    Ok(())
}

/// What croise knows of the person who opens the output: the run's
/// language (French Excel splits a CSV on `;`).
fn spreadsheet() -> SpreadsheetOptions {
    SpreadsheetOptions { french: i18n::fr() }
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
        progress,
    )
}

/// Joins the result with an opened list and writes the linked rows in
/// `format`. Writes nothing if anything fails.
pub fn reveal_list(
    ctx: &HolderContext,
    identity_path: &Path,
    result_path: &Path,
    list: &ListFile,
    format: TableFormat,
    out: &Path,
    progress: croise::Progress,
) -> Result<Revealed> {
    let identity = identity::load(identity_path)?;
    let result = open_result(ctx, &identity, result_path)?;
    let revealed = reveal(ctx, &result, result_path, list, progress)?;
    let mut table = Vec::with_capacity(revealed.rows.len() + 1);
    let mut header = vec![
        "N° rapprochement".to_string(),
        "Organisme partenaire".to_string(),
        "Confiance".to_string(),
        "Ligne".to_string(),
    ];
    let leading = header.len();
    header.extend(revealed.headers.iter().cloned());
    table.push(header);
    for r in &revealed.rows {
        let mut row = vec![
            r.match_number.to_string(),
            r.counterpart_name.clone(),
            confidence_fr(r.confidence).to_string(),
            r.row.to_string(),
        ];
        row.extend(r.fields.iter().cloned());
        table.push(row);
    }
    // In an `.xlsx`: the match number as a number shown `0042` (it sorts
    // and filters as a number and reads as partners say it), the row
    // number as a number, the date of birth as a date.
    let mut kinds = vec![
        CellKind::ZeroPadded(4),
        CellKind::Text,
        CellKind::Text,
        CellKind::Number,
    ];
    kinds.resize(leading + revealed.headers.len(), CellKind::Text);
    if let Some(c) = list.mapping.column(Role::BirthDate) {
        kinds[c + leading] = CellKind::Date;
    }
    let bytes = format.encode(&table, &kinds)?;
    output::write_file(out, &bytes, Visibility::OwnerOnly, false)?;
    Ok(revealed)
}

pub fn confidence_fr(c: Confidence) -> &'static str {
    match c {
        Confidence::Sure => "sûr",
        Confidence::Probable => "probable",
        Confidence::ToReview => "à vérifier",
    }
}
