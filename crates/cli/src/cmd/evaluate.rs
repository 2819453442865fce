//! `croise evaluate`: linkage quality on generated lists, next to the
//! plaintext spreadsheet baseline.

use anyhow::{Context, Result};
use croise_sample::Preset;
use croise_sample::evaluate::{Case, Miss, Outcome, run_case};

use crate::i18n::{fl, outside};

// Help texts: `help-evaluate`, `help-evaluate-long`, `arg-evaluate-*`.
// The table it prints is a Markdown measurement for the README, in
// English in every language (the help says so).
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-evaluate"), long_about = fl!("help-evaluate-long"))]
pub struct Args {
    #[arg(
        long = "preset",
        default_values = ["clean", "realistic", "hard"],
        help = fl!("arg-evaluate-preset")
    )]
    presets: Vec<Preset>,
    #[arg(long = "size", default_values = ["1000:3000"], help = fl!("arg-evaluate-size"))]
    sizes: Vec<String>,
    #[arg(long, default_value_t = 1, help = fl!("arg-evaluate-seed"))]
    seed: u64,
    #[arg(long, help = fl!("arg-evaluate-errors"))]
    errors: bool,
}

pub fn run(args: Args) -> Result<()> {
    let mut outcomes = Vec::new();
    for size in &args.sizes {
        let (j, m) = size
            .split_once(':')
            .and_then(|(j, m)| Some((j.trim().parse().ok()?, m.trim().parse().ok()?)))
            .with_context(|| fl!("evaluate-size", size = outside(size)))?;
        for preset in &args.presets {
            let dir = tempfile::tempdir().with_context(|| fl!("cannot-create-temp"))?;
            let case = Case {
                preset: *preset,
                justice_rows: j,
                mission_locale_rows: m,
                seed: args.seed,
            };
            eprintln!(
                "{}",
                fl!(
                    "evaluate-running",
                    preset = preset.to_string(),
                    justice = j.to_string(),
                    mission_locale = m.to_string()
                )
            );
            outcomes.push(run_case(&case, dir.path())?);
        }
    }
    print_table(&outcomes);
    if args.errors {
        print_errors(&outcomes);
    }
    Ok(())
}

fn print_table(outcomes: &[Outcome]) {
    println!(
        "| preset | justice × ML rows | second rows (J / ML) | true pairs | acted-on precision | acted-on recall | acted-on F1 | sure P (links) | probable P (links) | to review (true / all) | baseline precision | baseline recall | baseline F1 |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for o in outcomes {
        println!(
            "| {} | {} × {} | {} / {} | {} | {:.4} | {:.4} | {:.4} | {:.4} ({}) | {:.4} ({}) | {} / {} | {:.4} | {:.4} | {:.4} |",
            o.case.preset,
            o.case.justice_rows,
            o.case.mission_locale_rows,
            o.duplicates.0,
            o.duplicates.1,
            o.reported.truth,
            o.reported.precision(),
            o.reported.recall(),
            o.reported.f1(),
            o.sure.precision(),
            o.sure.predicted,
            o.probable.precision(),
            o.probable.predicted,
            o.to_review.correct,
            o.to_review.predicted,
            o.baseline.precision(),
            o.baseline.recall(),
            o.baseline.f1(),
        );
    }
}

fn print_errors(outcomes: &[Outcome]) {
    for o in outcomes {
        println!(
            "\n{} {} × {}: missed true pairs (sure or probable) by injected error",
            o.case.preset, o.case.justice_rows, o.case.mission_locale_rows
        );
        // One column per outcome that happened to a missed pair of this case.
        let outcomes: Vec<Miss> = o.missed_by_outcome.keys().copied().collect();
        print!("| error | true pairs | missed | share missed |");
        for miss in &outcomes {
            print!(" {} |", miss.label());
        }
        println!("\n|---|---|---|---|{}", "---|".repeat(outcomes.len()));
        for (kind, count) in &o.missed_by_error {
            print!(
                "| {kind} | {} | {} | {:.3} |",
                count.pairs,
                count.missed(),
                count.missed() as f64 / count.pairs.max(1) as f64
            );
            for miss in &outcomes {
                print!(" {} |", count.missed.get(miss).copied().unwrap_or(0));
            }
            println!();
        }
        let missed: u64 = o.missed_by_outcome.values().sum();
        if missed == 0 {
            println!("\nno true pair missed");
        } else {
            println!(
                "\n| what happened to the {missed} missed true pairs | pairs | share of true pairs |"
            );
            println!("|---|---|---|");
        }
        for (miss, pairs) in &o.missed_by_outcome {
            println!(
                "| {} | {pairs} | {:.4} |",
                miss.label(),
                *pairs as f64 / o.reported.truth.max(1) as f64
            );
        }
        println!("\n| confidence | evidence class | links | wrong |");
        println!("|---|---|---|---|");
        for ((confidence, class), (links, wrong)) in &o.by_class {
            println!("| {confidence} | {class} | {links} | {wrong} |");
        }
        println!("\n| confidence | reason | links | wrong |");
        println!("|---|---|---|---|");
        for ((confidence, reason), (links, wrong)) in &o.by_reason {
            println!("| {confidence} | {reason} | {links} | {wrong} |");
        }
        println!(
            "largest number of records sharing one token: {}",
            o.max_token_share
        );
        let m = &o.model;
        println!("model: {} candidates", m.candidates);
        for c in m
            .classes
            .iter()
            .filter(|c| c.candidates > 0 || c.same_list_pairs > 0)
        {
            println!(
                "  {:<36} candidates {:>7}  same-list {:>7}  expected by chance {:>9.2}  p = {:.4}",
                c.label(),
                c.candidates,
                c.same_list_pairs,
                c.expected_chance,
                c.probability
            );
        }

        println!(
            "tokenize {:.2} s, match {:.2} s",
            o.tokenize_time.as_secs_f64(),
            o.match_time.as_secs_f64()
        );
    }
}
