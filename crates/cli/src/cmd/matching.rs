//! `croise match`: the coordinator links the token files of a campaign.

use std::path::{Path, PathBuf};

use anyhow::Result;
use croise::campaign::CoordinatorContext;
use croise::format::summary::Summary;
use croise::format::tokens;
use croise::identity::{self, Identity};
use croise::matching::{self, Outcome, Rekey};
use croise::output::{self, Visibility};
use croise::seal::{self, Armor};

use crate::i18n::{self, count, fl, n, outside};
use crate::progress::Reporter;

// Help texts: `help-match`, `help-match-long`, `arg-match-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-match"), long_about = fl!("help-match-long"))]
pub struct Args {
    #[arg(
        value_name = fl!("value-token-file"),
        required = true,
        help = fl!("arg-match-token-files")
    )]
    token_files: Vec<PathBuf>,
    #[arg(
        long,
        value_name = fl!("value-file"),
        default_value = "campaign.toml",
        help = fl!("arg-campaign")
    )]
    campaign: PathBuf,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-coordinator-identity"))]
    identity: PathBuf,
    #[arg(
        long,
        value_name = fl!("value-dir"),
        default_value = "results",
        help = fl!("arg-match-out-dir")
    )]
    out_dir: PathBuf,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let reporter = Reporter::new(quiet);
    let ctx = CoordinatorContext::open(&args.campaign, &args.identity)?;
    let identity = identity::load(&args.identity)?;
    let outcome = match_files(
        &ctx,
        &identity,
        &args.token_files,
        &args.out_dir,
        &reporter.callback(),
    )?;
    print_summary(&outcome.summary);
    let missing: Vec<String> = ctx
        .manifest
        .parties
        .iter()
        .filter(|p| !outcome.results.iter().any(|(id, _)| *id == p.id))
        .map(|p| outside(&p.id).into_owned())
        .collect();
    if !missing.is_empty() {
        println!("{}", fl!("match-missing", parties = missing.join(", ")));
    }
    println!("{}", fl!("match-written", dir = i18n::path(&args.out_dir)));
    let s = &outcome.summary;
    let records: u64 = s.parties.iter().map(|p| p.records).sum();
    reporter.finish(&fl!(
        "match-finish",
        records_n = n(records),
        records = count(records),
        parties_n = n(s.parties.len()),
        parties = count(s.parties.len()),
        candidates_n = n(s.candidates),
        candidates = count(s.candidates),
        links_n = n(s.totals.total()),
        links = count(s.totals.total())
    ));
    Ok(())
}

/// Decrypts, checks, links and writes every output; nothing is written if
/// any input is refused.
pub fn match_files(
    ctx: &CoordinatorContext,
    identity: &Identity,
    paths: &[PathBuf],
    out_dir: &Path,
    progress: croise::Progress,
) -> Result<Outcome> {
    let rekey = Rekey::fresh()?;
    let mut files = Vec::new();
    for path in paths {
        let mut file = tokens::open_sealed(path, identity, &ctx.auth, &ctx.manifest, progress)?;
        progress("re-keying", 0, 0);
        rekey.apply(&mut file);
        files.push((path.clone(), file));
    }
    progress("linking", 0, 0);
    let submissions = matching::accept(&ctx.manifest, files)?;
    let (links, model) = matching::link(&submissions);
    let outcome = matching::outcome(
        &ctx.manifest,
        &submissions,
        &links,
        &model,
        chrono::Local::now().date_naive(),
    );
    let summary_path = out_dir.join("summary.toml");
    let mut planned = vec![summary_path.clone()];
    planned.extend(
        outcome
            .results
            .iter()
            .map(|(party, _)| matching::result_path(out_dir, party)),
    );
    if let Some(existing) = planned.iter().find(|p| p.exists()) {
        return Err(croise::Error::AlreadyExists {
            path: existing.clone(),
        }
        .into());
    }
    for (party, result) in &outcome.results {
        let recipient = identity::parse_recipient(
            &ctx.manifest.party(party).expect("accepted party").recipient,
        )?;
        let sealed = seal::seal(&recipient, &result.encode(&ctx.auth), Armor::Text)?;
        output::write_file(
            &matching::result_path(out_dir, party),
            &sealed,
            Visibility::Shareable,
            false,
        )?;
    }
    output::write_file(
        &summary_path,
        outcome.summary.to_toml(&ctx.auth).as_bytes(),
        Visibility::Shareable,
        false,
    )?;
    Ok(outcome)
}

/// Prints the counts of a summary. Party ids come from the manifest and
/// the token files: made safe for the screen.
pub fn print_summary(summary: &Summary) {
    println!("{}", fl!("summary-submitted"));
    for p in &summary.parties {
        println!(
            "  {}",
            fl!(
                "summary-party",
                id = format!("{:<16}", outside(&p.id)),
                side = format!("{:<15}", outside(&p.side)),
                records_n = n(p.records),
                records = format!("{:>7}", count(p.records)),
                linked_n = n(p.linked),
                linked = format!("{:>5}", count(p.linked))
            )
        );
    }
    println!("{}", fl!("summary-links"));
    for pair in &summary.pairs {
        println!(
            "  {:<16} × {:<16} {:>5} / {:>5} / {:>5}",
            outside(&pair.justice),
            outside(&pair.mission_locale),
            count(pair.links.sure),
            count(pair.links.probable),
            count(pair.links.to_review)
        );
    }
    let t = &summary.totals;
    println!(
        "  {}",
        fl!(
            "summary-total",
            n = n(t.total()),
            total = count(t.total()),
            sure_n = n(t.sure),
            sure = count(t.sure),
            probable_n = n(t.probable),
            probable = count(t.probable),
            to_review = count(t.to_review)
        )
    );
}
