//! `croise reveal`: a data holder sees which rows of its own list were
//! linked.

use std::path::{Path, PathBuf};

use anyhow::Result;
use croise::campaign::HolderContext;
use croise::identity;
use croise::input::{ListFile, ReadOptions, encode_table};
use croise::matching::Confidence;
use croise::output::{self, Visibility};
use croise::reveal::{Revealed, open_result, reveal};

use super::tokenize::{HolderKeys, default_out};
use crate::progress::{Reporter, count};

/// Show which rows of your own list were linked (data holder).
///
/// Decrypts your result file, re-reads your list (it must be the very file
/// you tokenized, unchanged), and writes the linked rows with the match
/// number and the partner organisation, in the same format as your list
/// (delimiter and encoding), so your spreadsheet opens it as it opens the
/// list. Talk with the partner about "match 0042", never by name in a mail.
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
    /// Where to write the linked rows [default: PARTY-links.csv beside the list].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Same column mapping as given to tokenize, if any.
    #[arg(long = "column", value_name = "ROLE=HEADER")]
    columns: Vec<String>,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    let ctx = HolderContext::open(&args.keys.campaign, &args.keys.key, &args.keys.identity)?;
    let out = args
        .out
        .unwrap_or_else(|| default_out(&args.list, &format!("{}-links.csv", ctx.party.id)));
    let revealed = reveal_to(
        &ctx,
        &args.keys.identity,
        &args.result,
        &args.list,
        &ReadOptions {
            columns: args.columns,
        },
        &out,
        &reporter.callback(),
    )?;
    println!("{} of your rows were linked.", revealed.rows.len());
    for c in Confidence::ALL {
        let n = revealed.rows.iter().filter(|r| r.confidence == c).count();
        if n > 0 {
            println!("  {}: {n}", c);
        }
    }
    println!(
        "Linked rows written to {} (it holds names: keep it on this workstation).",
        out.display()
    );
    reporter.finish(&format!(
        "revealed {} linked rows",
        count(revealed.rows.len() as u64)
    ));
    Ok(())
}

/// Opens the result, joins it with the list and writes the linked rows.
pub fn reveal_to(
    ctx: &HolderContext,
    identity_path: &Path,
    result_path: &Path,
    list_path: &Path,
    options: &ReadOptions,
    out: &Path,
    progress: croise::Progress,
) -> Result<Revealed> {
    let identity = identity::load(identity_path)?;
    let result = open_result(ctx, &identity, result_path)?;
    let list = ListFile::open(list_path, options)?;
    let revealed = reveal(ctx, &result, result_path, &list, progress)?;
    let mut table = Vec::with_capacity(revealed.rows.len() + 1);
    let mut header = vec![
        "N° rapprochement".to_string(),
        "Organisme partenaire".to_string(),
        "Confiance".to_string(),
        "Ligne".to_string(),
    ];
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
    output::write_file(
        out,
        &encode_table(&list.dialect, &table),
        Visibility::OwnerOnly,
        false,
    )?;
    Ok(revealed)
}

pub fn confidence_fr(c: Confidence) -> &'static str {
    match c {
        Confidence::Sure => "sûr",
        Confidence::Probable => "probable",
        Confidence::ToReview => "à vérifier",
    }
}
