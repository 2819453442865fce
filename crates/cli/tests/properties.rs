//! Property tests of the invariants SECURITY.md and docs/scheme.md rely on:
//!
//! - tokenizing is deterministic, and the tokens of a list do not depend on
//!   the order of its rows;
//! - changing one normalised field changes every token that uses it, and
//!   only those;
//! - the coordinator's links do not depend on the order of the token files.
//!
//! People are generated (invented letters and dates), never taken from a list.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::{Days, NaiveDate};
use croise::campaign::{CampaignPlan, HolderContext, Manifest, Party, Side};
use croise::format::tokens::TokenFile;
use croise::identity::Identity;
use croise::input::{ListFile, ReadOptions};
use croise::keys::{CampaignSecret, KeySchedule, Tag};
use croise::matching;
use croise::tokenize::{Tokenizer, tokenize};
use croise_scheme::match_keys::{KeyKind, Person};
use croise_scheme::normalize::AgeWindow;
use croise_scheme::phonetic::phonetic;
use proptest::prelude::*;

const REFERENCE: (i32, u32, u32) = (2026, 10, 1);

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(REFERENCE.0, REFERENCE.1, REFERENCE.2).unwrap()
}

/// A campaign of two justice and two Mission Locale parties, with a context
/// per party sharing one key schedule, as the key files would give them.
struct Campaign {
    holders: Vec<HolderContext>,
}

fn campaign() -> Campaign {
    let recipient = || Identity::generate().to_public().to_string();
    let ids = [
        ("stemo-a", Side::Justice),
        ("stemo-b", Side::Justice),
        ("ml-a", Side::MissionLocale),
        ("ml-b", Side::MissionLocale),
    ];
    let plan = CampaignPlan {
        name: "Properties".into(),
        reference_date: reference(),
        window: AgeWindow::default(),
        parties: ids
            .iter()
            .map(|(id, side)| Party {
                id: id.to_string(),
                name: id.to_string(),
                side: *side,
                recipient: recipient(),
                max_records: 5_000,
                contact: None,
            })
            .collect(),
        coordinator_recipient: recipient(),
        created: reference(),
    };
    let manifest = Manifest::create(plan).unwrap().manifest;
    let secret = CampaignSecret::from_bytes([42; 32]);
    let holders = manifest
        .parties
        .iter()
        .map(|party| {
            let schedule = KeySchedule::new(&secret, &manifest.campaign_id);
            let auth = schedule.auth_key();
            HolderContext {
                manifest: manifest.clone(),
                party: party.clone(),
                schedule,
                auth,
            }
        })
        .collect();
    Campaign { holders }
}

/// One generated row: surname, given names, birth date (in the window).
type Row = (String, String, NaiveDate);

/// A name of `min` to `max` capital letters, never one that lists use to
/// mean "unknown" (`XXX`, `SNC`…): such a row is rejected by design, which
/// would make the properties below fail at random.
fn name(min: usize, max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::char::range('A', 'Z'), min..=max)
        .prop_map(|c| c.into_iter().collect::<String>())
        .prop_filter("not a placeholder", |n| {
            !croise_scheme::normalize::is_placeholder(n)
        })
}

fn birth_date() -> impl Strategy<Value = NaiveDate> {
    // 16 to 18 at the reference date: born 2008-10-02 to 2010-10-01.
    (0u64..729).prop_map(|d| NaiveDate::from_ymd_opt(2008, 10, 2).unwrap() + Days::new(d))
}

fn row() -> impl Strategy<Value = Row> {
    (name(3, 9), name(3, 8), birth_date())
}

fn csv(rows: &[Row]) -> Vec<u8> {
    let mut out = String::from("NOM;PRENOM;DATE NAISSANCE\r\n");
    for (surname, given, date) in rows {
        out.push_str(&format!(
            "{surname};{given};{}\r\n",
            date.format("%d/%m/%Y")
        ));
    }
    out.into_bytes()
}

fn tokenize_rows(
    ctx: &HolderContext,
    dir: &tempfile::TempDir,
    name: &str,
    rows: &[Row],
) -> TokenFile {
    let path: PathBuf = dir.path().join(name);
    std::fs::write(&path, csv(rows)).unwrap();
    let list = ListFile::open(&path, &ReadOptions::default()).unwrap();
    tokenize(ctx, &list).unwrap().file
}

/// The records of a token file as sorted sets of their tokens in `real`,
/// without their handles and padding (which are made from row numbers, and
/// so change when rows move).
fn token_sets(file: &TokenFile, real: &BTreeSet<(KeyKind, Tag)>) -> Vec<Vec<(KeyKind, Tag)>> {
    let mut sets: Vec<Vec<(KeyKind, Tag)>> = (0..file.records())
        .map(|r| {
            let mut set: Vec<(KeyKind, Tag)> = file
                .tokens_of(r)
                .map(|(k, v)| (k, *v))
                .filter(|t| real.contains(t))
                .collect();
            set.sort();
            set
        })
        .collect();
    sets.sort();
    sets
}

fn schedule() -> KeySchedule {
    KeySchedule::new(
        &CampaignSecret::from_bytes([9; 32]),
        croise::campaign::CampaignId::new("00112233445566778899aabbccddeeff"),
    )
}

fn person(surname: &str, given: &str, birth: NaiveDate) -> Person {
    Person {
        surnames: vec![surname.to_string()],
        given_names: vec![given.to_string()],
        birth_date: birth,
        sex: None,
    }
}

fn tokens(tokenizer: &Tokenizer, p: &Person) -> BTreeSet<(KeyKind, Tag)> {
    tokenizer.tokens(p).into_iter().collect()
}

/// Two names share nothing the scheme could derive from them: different
/// phonetic codes and no common one-letter deletion.
fn unrelated(a: &str, b: &str) -> bool {
    let deletions = |s: &str| -> BTreeSet<String> {
        let mut out: BTreeSet<String> = croise_scheme::names::deletion_variants(s)
            .into_iter()
            .collect();
        out.insert(s.to_string());
        out
    };
    phonetic(a) != phonetic(b) && deletions(a).is_disjoint(&deletions(b))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The same list gives the same token file, and a list with its rows in
    /// another order gives the same tokens (only the handles, which name
    /// rows, and the padding made from them change). Every record has the
    /// fixed shape, and no padding token meets another token.
    #[test]
    fn tokenizing_is_deterministic_and_independent_of_row_order(
        rows in proptest::collection::vec(row(), 1..25),
        seed in any::<u64>(),
    ) {
        let campaign = campaign();
        let ctx = &campaign.holders[0];
        let dir = tempfile::tempdir().unwrap();
        let once = tokenize_rows(ctx, &dir, "a.csv", &rows);
        let twice = tokenize_rows(ctx, &dir, "b.csv", &rows);
        prop_assert_eq!(&once, &twice);

        let mut shuffled = rows.clone();
        let n = shuffled.len();
        for i in (1..n).rev() {
            shuffled.swap(i, (seed.wrapping_mul(i as u64 + 7) % (i as u64 + 1)) as usize);
        }
        let moved = tokenize_rows(ctx, &dir, "c.csv", &shuffled);
        let tokenizer = Tokenizer::new(&ctx.schedule);
        let real: BTreeSet<(KeyKind, Tag)> = rows
            .iter()
            .flat_map(|(s, g, d)| tokens(&tokenizer, &person(s, g, *d)))
            .collect();
        prop_assert_eq!(token_sets(&once, &real), token_sets(&moved, &real));
        prop_assert_eq!(once.check_shape(), Ok(()));
        let padding: Vec<&Tag> = once
            .values
            .iter()
            .filter(|v| !real.iter().any(|(_, t)| t == *v))
            .collect();
        let distinct: BTreeSet<&Tag> = padding.iter().copied().collect();
        prop_assert_eq!(distinct.len(), padding.len());
        prop_assert_eq!(&once.header.counts, &moved.header.counts);
        prop_assert_eq!(once.handles.len(), rows.len());
    }

    /// A new birth date (year, month and day all different) changes every
    /// token; a new year alone changes every token but the day-and-month
    /// one and, when the years differ by one digit, the masked-date one
    /// that masks that digit.
    #[test]
    fn changing_the_birth_date_changes_every_token_that_uses_it(
        surname in name(3, 9),
        given in name(3, 8),
        birth in birth_date(),
        shift in 1u32..27,
    ) {
        let tokenizer = Tokenizer::new(&schedule());
        let before = tokens(&tokenizer, &person(&surname, &given, birth));
        prop_assume!(!before.is_empty());
        let kinds = |set: &BTreeSet<(KeyKind, Tag)>, kind| set.iter().filter(|(k, _)| *k == kind).count();

        // Another year, month and day.
        use chrono::Datelike;
        let other = NaiveDate::from_ymd_opt(
            birth.year() + 1,
            (birth.month() % 12) + 1,
            ((birth.day() - 1 + shift) % 28) + 1,
        ).unwrap();
        prop_assume!(other.day() != birth.day());
        let after = tokens(&tokenizer, &person(&surname, &given, other));
        prop_assert!(before.is_disjoint(&after));

        // Another year only.
        let year_only = birth.with_year(birth.year() - 1).unwrap_or(other);
        if year_only.month() == birth.month() && year_only.day() == birth.day() {
            let after = tokens(&tokenizer, &person(&surname, &given, year_only));
            for t in before.intersection(&after) {
                prop_assert!(
                    matches!(t.0, KeyKind::NamesDayMonth | KeyKind::NamesDateVariant),
                    "{:?}",
                    t.0
                );
            }
            let masked_shared = before
                .intersection(&after)
                .filter(|t| t.0 == KeyKind::NamesDateVariant)
                .count();
            prop_assert!(masked_shared <= 1);
            prop_assert_eq!(kinds(&before, KeyKind::NamesDayMonth), kinds(&after, KeyKind::NamesDayMonth));
        }
    }

    /// A new surname that shares nothing with the old one changes every
    /// token: every kind uses a surname form.
    #[test]
    fn changing_the_surname_changes_every_token_that_uses_it(
        surname in name(4, 9),
        other in name(4, 9),
        given in name(3, 8),
        birth in birth_date(),
    ) {
        prop_assume!(unrelated(&surname, &other) && unrelated(&other, &given) && unrelated(&surname, &given));
        let tokenizer = Tokenizer::new(&schedule());
        let before = tokens(&tokenizer, &person(&surname, &given, birth));
        let after = tokens(&tokenizer, &person(&other, &given, birth));
        prop_assert!(!before.is_empty());
        prop_assert!(before.is_disjoint(&after));
    }

    /// A new given name (the only one) that shares nothing with the old one
    /// changes every token: every kind uses the first given name.
    #[test]
    fn changing_the_given_name_changes_every_token(
        surname in name(4, 9),
        given in name(4, 8),
        other in name(4, 8),
        birth in birth_date(),
    ) {
        prop_assume!(unrelated(&given, &other) && unrelated(&surname, &other) && unrelated(&surname, &given));
        let tokenizer = Tokenizer::new(&schedule());
        let before = tokens(&tokenizer, &person(&surname, &given, birth));
        let after = tokens(&tokenizer, &person(&surname, &other, birth));
        prop_assert!(!before.is_empty());
        prop_assert!(before.is_disjoint(&after));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// The coordinator's outcome (every party's result, with its match
    /// numbers, and the summary) is the same whatever the order in which
    /// the token files are given.
    #[test]
    fn match_gives_the_same_links_whatever_the_order_of_the_files(
        people in proptest::collection::vec(row(), 4..30),
        membership in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, 2, 4, 8, 5, 6, 9, 10]), 30),
        order in Just(vec![0usize, 1, 2, 3]).prop_shuffle(),
    ) {
        let campaign = campaign();
        let dir = tempfile::tempdir().unwrap();
        // Each person is on the lists whose bit is set, at most one per side
        // (a person on two lists of one side makes the linkage model see
        // agreement as chance, and rightly link nothing).
        let files: Vec<(PathBuf, TokenFile)> = campaign
            .holders
            .iter()
            .enumerate()
            .map(|(i, ctx)| {
                let rows: Vec<Row> = people
                    .iter()
                    .zip(&membership)
                    .filter(|(_, m)| *m & (1 << i) != 0)
                    .map(|(p, _)| p.clone())
                    .collect();
                let name = format!("{}.csv", ctx.party.id);
                let file = if rows.is_empty() {
                    tokenize_rows(ctx, &dir, &name, &people[..1])
                } else {
                    tokenize_rows(ctx, &dir, &name, &rows)
                };
                (dir.path().join(name), file)
            })
            .collect();
        let manifest = &campaign.holders[0].manifest;
        let run = |files: Vec<(PathBuf, TokenFile)>| {
            let submissions = matching::accept(manifest, files).unwrap();
            let (links, model) = matching::link(&submissions);
            matching::outcome(manifest, &submissions, &links, &model, reference())
        };
        let reference_outcome = run(files.clone());
        let reordered = run(order.iter().map(|&i| files[i].clone()).collect());
        let on_both_sides = membership
            .iter()
            .take(people.len())
            .any(|m| m & 0b0011 != 0 && m & 0b1100 != 0);
        if on_both_sides {
            prop_assert!(reference_outcome.summary.totals.total() > 0);
        }
        prop_assert_eq!(&reference_outcome.results, &reordered.results);
        prop_assert_eq!(&reference_outcome.summary, &reordered.summary);
    }
}
