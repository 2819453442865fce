//! Privacy of the match keys: in a generated list of 100,000 rows, no token
//! is shared by more than a handful of records.
//!
//! Why it matters: the coordinator sees how many records share each token.
//! Because every key kind combines name material with date-of-birth
//! material, a token shared by many records would reveal a frequent
//! name-and-date combination — never a surname or a date alone. This test
//! measures the largest group on a realistic list and pins the bound that
//! SECURITY.md and docs/scheme.md quote.

use std::collections::HashMap;

use chrono::NaiveDate;
use croise::campaign::CampaignId;
use croise::input::{ListFile, ReadOptions};
use croise::keys::{CampaignSecret, KeySchedule};
use croise::records::person_from_row;
use croise::tokenize::Tokenizer;
use croise_sample::{Preset, SampleSpec, write_sample};
use croise_scheme::match_keys::KeyKind;

/// The largest number of records of one list that share one token, per key
/// kind, over the Mission Locale list of a generated pair.
fn largest_groups(preset: Preset, rows: usize) -> HashMap<KeyKind, usize> {
    let dir = tempfile::tempdir().unwrap();
    let reference = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let spec = SampleSpec::new(preset, 1_000, rows, reference, 7);
    write_sample(&spec, dir.path(), &mut |_, _| {}).unwrap();
    let list = ListFile::open(
        &dir.path().join("mission-locale.csv"),
        &ReadOptions::default(),
    )
    .unwrap();
    let schedule = KeySchedule::new(
        &CampaignSecret::from_bytes([9; 32]),
        CampaignId::new("sharing"),
    );
    let tokenizer = Tokenizer::new(&schedule);
    let mut groups: HashMap<(KeyKind, [u8; 16]), usize> = HashMap::new();
    let mut people = 0;
    for row in list.rows() {
        let Ok(person) = person_from_row(&row.unwrap(), &list.mapping) else {
            continue;
        };
        people += 1;
        let mut tokens = tokenizer.tokens(&person);
        tokens.sort();
        tokens.dedup();
        for token in tokens {
            *groups.entry(token).or_default() += 1;
        }
    }
    assert!(people > rows * 95 / 100, "most rows are people: {people}");
    let mut largest: HashMap<KeyKind, usize> = HashMap::new();
    for ((kind, _), n) in groups {
        let entry = largest.entry(kind).or_default();
        *entry = (*entry).max(n);
    }
    largest
}

#[test]
fn no_token_is_shared_by_more_than_a_handful_of_records_in_100000_rows() {
    let largest = largest_groups(Preset::Realistic, 100_000);
    let mut report: Vec<(KeyKind, usize)> = largest.iter().map(|(k, n)| (*k, *n)).collect();
    report.sort();
    eprintln!("largest group per key kind in 100,000 rows: {report:?}");
    let overall = report.iter().map(|(_, n)| *n).max().unwrap();
    // The figure quoted in SECURITY.md and docs/scheme.md.
    assert!(
        overall <= 8,
        "a token is shared by {overall} records: {report:?}"
    );
    // Kinds with a full date of birth and a surname are near-unique.
    for kind in [
        KeyKind::NamesDate,
        KeyKind::SurnameTypoDate,
        KeyKind::GivenNameTypoDate,
    ] {
        assert!(largest[&kind] <= 6, "{kind:?}: {}", largest[&kind]);
    }
}
