//! `croise evaluate --errors`, through the real binary: the quality table,
//! and what happened to every true pair no `sure` or `probable` link found.
//!
//! Why it matters: the README's quality tables and the notes on what still
//! defeats the linkage are copied from this output. Every missed true pair
//! must be counted once, under one outcome, and the outcomes must add up to
//! the pairs the recall says were missed.

use assert_cmd::Command;

/// The cells of the Markdown table row that starts with `first`.
fn row<'a>(out: &'a str, first: &str) -> Vec<&'a str> {
    let line = out
        .lines()
        .find(|l| l.starts_with(&format!("| {first} ")))
        .unwrap_or_else(|| panic!("no row for {first}:\n{out}"));
    line.trim_matches('|').split('|').map(str::trim).collect()
}

/// The rows of the table under the heading line that starts with `heading`.
fn table<'a>(out: &'a str, heading: &str) -> Vec<Vec<&'a str>> {
    let mut lines = out.lines().skip_while(|l| !l.starts_with(heading));
    assert!(lines.next().is_some(), "no table {heading}:\n{out}");
    lines
        .skip(1)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect()
}

#[test]
fn every_missed_pair_is_counted_once_by_what_happened() {
    let output = Command::cargo_bin("croise")
        .unwrap()
        .args([
            "evaluate", "--size", "400:1200", "--preset", "hard", "--errors", "--quiet",
        ])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let out = String::from_utf8(output.stdout).unwrap();

    let quality = row(&out, "hard");
    assert_eq!(quality[1], "400 × 1200", "{out}");
    let truth: f64 = quality[3].parse().unwrap();
    let recall: f64 = quality[5].parse().unwrap();
    assert!(truth > 50.0 && recall > 0.5 && recall < 1.0, "{out}");
    let missed_by_recall = truth * (1.0 - recall);

    let heading = "| what happened to the ";
    let announced: u64 = out
        .lines()
        .find_map(|l| l.strip_prefix(heading))
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of missed pairs:\n{out}"));
    // The recall is printed to 4 decimals.
    assert!(
        (announced as f64 - missed_by_recall).abs() <= 0.5 + truth * 0.00005,
        "{announced} missed announced, {missed_by_recall} from the recall:\n{out}"
    );

    let outcomes = table(&out, heading);
    let known = [
        "linked together, `to review`",
        "linked together with somebody else's row",
        "a side's date, as written, outside the age window",
        "a side's row rejected",
        "no token in common",
        "tokens in common, a row linked to somebody else",
        "tokens in common, evidence too weak to list",
    ];
    let mut sum = 0;
    for cells in &outcomes {
        assert!(known.contains(&cells[0]), "unknown outcome {cells:?}");
        let pairs: u64 = cells[1].parse().unwrap();
        let share: f64 = cells[2].parse().unwrap();
        assert!(pairs > 0, "an outcome listed with no pair: {cells:?}");
        assert!((share - pairs as f64 / truth).abs() < 0.00006, "{cells:?}");
        sum += pairs;
    }
    assert_eq!(sum, announced, "{out}");
    // Per injected error: the missed pairs, split over the same outcomes.
    let per_error = table(&out, "| error | true pairs | missed | share missed |");
    assert!(per_error.len() > 5, "{out}");
    let mut usage_name_without_key = 0;
    for cells in &per_error {
        assert_eq!(cells.len(), 4 + outcomes.len(), "{cells:?}");
        let pairs: u64 = cells[1].parse().unwrap();
        let missed: u64 = cells[2].parse().unwrap();
        let split: Vec<u64> = cells[4..].iter().map(|c| c.parse().unwrap()).collect();
        assert!(missed <= pairs, "{cells:?}");
        assert_eq!(split.iter().sum::<u64>(), missed, "{cells:?}");
        if cells[0] == "usage_name" {
            let column = outcomes.iter().position(|c| c[0] == "no token in common");
            usage_name_without_key = column.map_or(0, |c| split[c]);
        }
    }
    // The `hard` preset writes usage names that no list holds together with
    // the birth name: such pairs meet no key (docs/scheme.md, section 7).
    assert!(usage_name_without_key > 0, "{out}");
}
