//! Linkage-quality evaluation on generated lists with known truth.
//!
//! Why it exists: precision and recall are measured, not asserted. For each
//! case it generates a justice list and a Mission Locale list with the
//! generator ([`crate`]), runs the whole private flow through the
//! library exactly as the commands do (identities, campaign, tokenize,
//! encryption to the coordinator, match, per-party results, reveal), and
//! compares the links with the truth. It also runs the plaintext baseline
//! that people use today in a spreadsheet: upper-case, no accents, surname +
//! first given name + date of birth, exact.
//!
//! Works on invented people only; prints nothing itself.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::{DUPLICATES_FILE, Preset, SampleSpec, write_sample};
use croise::campaign::Side;

use crate::flow::{Flow, Participant};
use croise::error::{Error, Result};
use croise::format::tokens::TokenFile;
use croise::identity;
use croise::input::{ListFile, ReadOptions, Role};
use croise::keys::{Tag, Tagger};
use croise::matching::{self, Confidence, Reasons, Submission};
use croise::reveal::{self, RowStatus};
use croise::seal::{self, Armor};
use croise::tokenize::{record_handle, tokenize};
use croise_scheme::normalize::{AgeWindow, fold, parse_date, split_given_names};

/// One evaluation case.
#[derive(Debug, Clone)]
pub struct Case {
    pub preset: Preset,
    pub justice_rows: usize,
    pub mission_locale_rows: usize,
    pub seed: u64,
}

/// Precision and recall of a set of predicted links.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Links predicted.
    pub predicted: u64,
    /// Predicted links that join the same person.
    pub correct: u64,
    /// Predicted links that join a true pair in the age window.
    pub recalled: u64,
    /// True pairs whose true date of birth is in the age window.
    pub truth: u64,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.truth == 0 {
            1.0
        } else {
            self.recalled as f64 / self.truth as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// What happened to a true pair that no `sure` or `probable` link found,
/// the first of these that applies, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Miss {
    /// The two rows are linked together, but `to review`.
    ToReview,
    /// The two rows are linked together with a row of somebody else, so
    /// the link is wrong.
    JoinedWithAnother,
    /// No row of the person was kept on one side: its date of birth, as
    /// written, is outside the age window (a wrong year, a wrong digit),
    /// although the true date is inside.
    OutsideWindow,
    /// No row of the person was kept on one side: rejected as unreadable.
    Rejected,
    /// Both kept, and no token in common: no key meets their differences.
    NoKeyShared,
    /// They share tokens, but a row of either is linked to somebody else
    /// (a look-alike, a namesake, a twin, taken first).
    TakenByAnother,
    /// They share tokens, and neither is linked: the evidence was too weak
    /// to be listed (below `to review`).
    TooWeak,
}

impl Miss {
    pub fn label(self) -> &'static str {
        match self {
            Miss::ToReview => "linked together, `to review`",
            Miss::JoinedWithAnother => "linked together with somebody else's row",
            Miss::OutsideWindow => "a side's date, as written, outside the age window",
            Miss::Rejected => "a side's row rejected",
            Miss::NoKeyShared => "no token in common",
            Miss::TakenByAnother => "tokens in common, a row linked to somebody else",
            Miss::TooWeak => "tokens in common, evidence too weak to list",
        }
    }
}

/// The true pairs that carry one injected error, and those missed.
#[derive(Debug, Clone, Default)]
pub struct ErrorCount {
    pub pairs: u64,
    pub missed: BTreeMap<Miss, u64>,
}

impl ErrorCount {
    pub fn missed(&self) -> u64 {
        self.missed.values().sum()
    }
}

/// What one case measured.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub case: Case,
    /// Links reported `sure` or `probable`.
    pub reported: Scores,
    /// Links reported `sure` only.
    pub sure: Scores,
    /// Links reported `probable` only.
    pub probable: Scores,
    /// Links `to review`: how many, and how many are true.
    pub to_review: Scores,
    /// Second rows of a person, on the justice and on the Mission Locale list.
    pub duplicates: (usize, usize),
    /// The plaintext spreadsheet baseline.
    pub baseline: Scores,
    /// Per injected error type: the true pairs carrying it, and those of
    /// them missed by `sure`+`probable`, by what happened to them.
    pub missed_by_error: BTreeMap<String, ErrorCount>,
    /// True pairs missed by `sure`+`probable`, by what happened to them.
    pub missed_by_outcome: BTreeMap<Miss, u64>,
    /// Links per confidence and evidence class: (links, wrong links).
    pub by_class: BTreeMap<(String, String), (u64, u64)>,
    /// Links per confidence and reason (a link counts under each of its
    /// reasons, or under `none`): (links, wrong links).
    pub by_reason: BTreeMap<(String, String), (u64, u64)>,
    /// Largest number of records sharing one token, on either list.
    pub max_token_share: u64,
    pub tokenize_time: Duration,
    pub match_time: Duration,
    pub model: matching::LinkageModel,
}

/// Runs one case in `dir` (which must exist and be empty).
pub fn run_case(case: &Case, dir: &Path) -> Result<Outcome> {
    let reference_date = NaiveDate::from_ymd_opt(2026, 10, 1).expect("valid date");
    let spec = SampleSpec::new(
        case.preset,
        case.justice_rows,
        case.mission_locale_rows,
        reference_date,
        case.seed,
    );
    write_sample(&spec, dir, &mut |_, _| {})
        .map_err(|e| Error::Invalid(format!("generator: {e}")))?;

    // Identities and campaign, as the organiser would make them.
    let flow = Flow::create(
        dir,
        &format!(
            "evaluation {} {}×{}",
            case.preset, case.justice_rows, case.mission_locale_rows
        ),
        reference_date,
        &[
            Participant::new("stemo", "stemo", Side::Justice),
            Participant::new("mission-locale", "mission-locale", Side::MissionLocale),
        ],
    )?;

    // Each data holder tokenizes; the files travel encrypted to the coordinator.
    let lists = [dir.join("justice.csv"), dir.join("mission-locale.csv")];
    let parties = ["stemo", "mission-locale"];
    let coordinator = identity::load(&flow.identity_path("coordinator"))?;
    let coordinator_ctx = &flow.coordinator;
    let rekey = matching::Rekey::fresh()?;
    let started = Instant::now();
    let mut received = Vec::new();
    let mut holders = Vec::new();
    let mut max_token_share = 0;
    for (i, ctx) in flow.holders.iter().enumerate() {
        let list = ListFile::open(&lists[i], &ReadOptions::default())?;
        let tokenized = tokenize(ctx, &list)?;
        max_token_share = max_token_share.max(max_share(&tokenized.file));
        let recipient = identity::parse_recipient(&ctx.manifest.coordinator.recipient)?;
        let sealed = seal::seal(&recipient, &tokenized.file.encode(&ctx.auth), Armor::Binary)?;
        let opened = seal::open(&coordinator, &sealed, &lists[i])?;
        let mut file = TokenFile::decode(&opened, &coordinator_ctx.auth, &lists[i])?;
        rekey.apply(&mut file);
        received.push((lists[i].clone(), file));
        holders.push((ctx, list));
    }
    let tokenize_time = started.elapsed();

    let started = Instant::now();
    let submissions = matching::accept(&coordinator_ctx.manifest, received)?;
    let (links, model) = matching::link(&submissions);
    let outcome = matching::outcome(
        &coordinator_ctx.manifest,
        &submissions,
        &links,
        &model,
        reference_date,
    );
    let match_time = started.elapsed();

    // Each side reveals; links are rebuilt from the match numbers. One
    // match number may join several rows of one list (one youth's rows).
    let mut ids_by_number: HashMap<u32, [Vec<String>; 2]> = HashMap::new();
    let mut confidence_by_number: HashMap<u32, Confidence> = HashMap::new();
    let mut reasons_by_number: HashMap<u32, Reasons> = HashMap::new();
    // Every row of each list by local number: what became of it, and its
    // record handle when it was tokenized.
    let mut rows_by_id: [HashMap<String, RowFate>; 2] = Default::default();
    for (i, (ctx, list)) in holders.iter().enumerate() {
        let (_, result) = outcome
            .results
            .iter()
            .find(|(party, _)| party == parties[i])
            .ok_or_else(|| Error::Invalid("missing result".into()))?;
        let revealed = reveal::reveal_with(ctx, result, &lists[i], list, true, &|_, _, _| {})?;
        let id_column = list.mapping.column(Role::LocalId);
        let id_of = |fields: &[String]| {
            id_column
                .and_then(|c| fields.get(c))
                .cloned()
                .unwrap_or_default()
        };
        let handle_key = Tagger::new(&ctx.schedule.handle_key());
        let handle = |row: u64, id: &str| record_handle(&handle_key, &ctx.party.id, row, id);
        for other in &revealed.others {
            let id = id_of(&other.fields);
            let fate = match other.status {
                RowStatus::NotLinked => RowFate::Kept(handle(other.row, &id), None),
                RowStatus::OutOfWindow => RowFate::OutsideWindow,
                RowStatus::Rejected(_) => RowFate::Rejected,
            };
            rows_by_id[i].insert(id, fate);
        }
        for row in revealed.rows {
            let id = id_of(&row.fields);
            rows_by_id[i].insert(
                id.clone(),
                RowFate::Kept(handle(row.row, &id), Some(row.match_number.0)),
            );
            ids_by_number.entry(row.match_number.0).or_default()[i].push(id);
            confidence_by_number.insert(row.match_number.0, row.confidence);
            reasons_by_number.insert(row.match_number.0, row.reasons);
        }
    }

    // A second row of a person stands for the person's first row.
    let first_rows = read_duplicates(&dir.join(DUPLICATES_FILE))?;
    let first_row = |side: usize, id: &str| -> String {
        first_rows[side]
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let truth = read_truth(&dir.join("truth.csv"))?;
    let in_window: HashSet<(String, String)> = truth
        .iter()
        .filter(|t| t.in_window)
        .map(|t| t.pair.clone())
        .collect();
    let all_truth: HashSet<&(String, String)> = truth.iter().map(|t| &t.pair).collect();
    let class_of: HashMap<u32, String> = links
        .iter()
        .map(|l| (l.number.0, model.label(l.agreement)))
        .collect();
    let mut by_class: BTreeMap<(String, String), (u64, u64)> = BTreeMap::new();
    let mut by_reason: BTreeMap<(String, String), (u64, u64)> = BTreeMap::new();
    let empty = Scores {
        truth: in_window.len() as u64,
        ..Scores::default()
    };
    let (mut reported, mut sure, mut probable, mut to_review) = (empty, empty, empty, empty);
    // People found, per level: (sure, sure or probable, to review).
    let mut found: [HashSet<(String, String)>; 3] = Default::default();
    let mut correct_numbers: HashSet<u32> = HashSet::new();
    for (number, [justice, mission_locale]) in &ids_by_number {
        // A link is correct when every row it joins is the same person.
        let mut people: HashSet<(String, String)> = HashSet::new();
        for j in justice {
            for m in mission_locale {
                people.insert((first_row(0, j), first_row(1, m)));
            }
        }
        let correct = !people.is_empty() && people.iter().all(|p| all_truth.contains(p));
        if correct {
            correct_numbers.insert(*number);
        }
        let confidence = confidence_by_number[number];
        let entry = by_class
            .entry((confidence.to_string(), class_of[number].clone()))
            .or_default();
        entry.0 += 1;
        entry.1 += u64::from(!correct);
        let reasons = reasons_by_number[number];
        let labels: Vec<&str> = if reasons.is_empty() {
            vec!["none"]
        } else {
            reasons.iter().map(|r| r.label()).collect()
        };
        for label in labels {
            let entry = by_reason
                .entry((confidence.to_string(), label.to_string()))
                .or_default();
            entry.0 += 1;
            entry.1 += u64::from(!correct);
        }
        let levels: &mut [&mut Scores] = match confidence {
            Confidence::Sure => &mut [&mut sure, &mut reported],
            Confidence::Probable => &mut [&mut probable, &mut reported],
            Confidence::ToReview => &mut [&mut to_review],
        };
        for scores in levels.iter_mut() {
            scores.predicted += 1;
            scores.correct += correct as u64;
        }
        if correct {
            let sets: &[usize] = match confidence {
                Confidence::Sure => &[0, 1],
                Confidence::Probable => &[1],
                Confidence::ToReview => &[2],
            };
            for &s in sets {
                found[s].extend(people.iter().filter(|p| in_window.contains(*p)).cloned());
            }
        }
    }
    sure.recalled = found[0].len() as u64;
    reported.recalled = found[1].len() as u64;
    probable.recalled = found[1].difference(&found[0]).count() as u64;
    to_review.recalled = found[2].len() as u64;
    let found = &found[1];
    let missed: Vec<&(String, String)> = truth
        .iter()
        .filter(|t| t.in_window && !found.contains(&t.pair))
        .map(|t| &t.pair)
        .collect();
    let misses = what_happened(
        &missed,
        &first_rows,
        &rows_by_id,
        &correct_numbers,
        &submissions,
    );
    let mut missed_by_outcome: BTreeMap<Miss, u64> = BTreeMap::new();
    for miss in misses.values() {
        *missed_by_outcome.entry(*miss).or_default() += 1;
    }
    let mut missed_by_error: BTreeMap<String, ErrorCount> = BTreeMap::new();
    for t in truth.iter().filter(|t| t.in_window) {
        let kinds: Vec<&str> = if t.errors.is_empty() {
            vec!["none"]
        } else {
            t.errors.split(';').collect()
        };
        for kind in kinds {
            let entry = missed_by_error.entry(kind.to_string()).or_default();
            entry.pairs += 1;
            if let Some(miss) = misses.get(&t.pair) {
                *entry.missed.entry(*miss).or_default() += 1;
            }
        }
    }

    let baseline = baseline(
        &lists,
        reference_date,
        &truth,
        &first_rows,
        in_window.len() as u64,
    )?;
    Ok(Outcome {
        case: case.clone(),
        reported,
        sure,
        probable,
        to_review,
        duplicates: (spec.justice_duplicates(), spec.mission_locale_duplicates()),
        baseline,
        missed_by_error,
        missed_by_outcome,
        by_class,
        by_reason,
        max_token_share,
        tokenize_time,
        match_time,
        model,
    })
}

/// What became of a row of a list, as its holder's `reveal` of every row
/// says.
#[derive(Debug, Clone, Copy)]
enum RowFate {
    /// Tokenized: its record handle, and its match number when linked.
    Kept(Tag, Option<u32>),
    OutsideWindow,
    Rejected,
}

/// What happened to each missed true pair ([`Miss`]). A person's
/// rows on a side are its first row and its second rows; the tokens two
/// rows share are read from the re-keyed token files, as the coordinator
/// holds them.
fn what_happened<'a>(
    missed: &[&'a (String, String)],
    first_rows: &[HashMap<String, String>; 2],
    rows_by_id: &[HashMap<String, RowFate>; 2],
    correct_numbers: &HashSet<u32>,
    submissions: &[Submission],
) -> HashMap<&'a (String, String), Miss> {
    // The rows of each person, first row first.
    let mut rows_of: [HashMap<&str, Vec<&str>>; 2] = Default::default();
    for side in 0..2 {
        for (second, first) in &first_rows[side] {
            rows_of[side]
                .entry(first.as_str())
                .or_default()
                .push(second.as_str());
        }
    }
    let fates = |side: usize, first: &str| -> Vec<RowFate> {
        let seconds = rows_of[side].get(first).map(Vec::as_slice).unwrap_or(&[]);
        std::iter::once(first)
            .chain(seconds.iter().copied())
            .filter_map(|id| rows_by_id[side].get(id).copied())
            .collect()
    };
    // The tokens of every record a missed pair needs, by handle.
    let mut wanted: HashSet<Tag> = HashSet::new();
    for (j, m) in missed {
        for fate in fates(0, j).into_iter().chain(fates(1, m)) {
            if let RowFate::Kept(handle, _) = fate {
                wanted.insert(handle);
            }
        }
    }
    let mut tokens: HashMap<Tag, HashSet<Tag>> = HashMap::new();
    for submission in submissions {
        let file = &submission.file;
        for (r, handle) in file.handles.iter().enumerate() {
            if wanted.contains(handle) {
                let values = &file.values[file.starts[r]..file.starts[r + 1]];
                tokens.insert(*handle, values.iter().copied().collect());
            }
        }
    }

    let mut misses = HashMap::new();
    for &pair in missed {
        let (j, m) = pair;
        let sides = [fates(0, j), fates(1, m)];
        let kept: [Vec<(Tag, Option<u32>)>; 2] = sides.each_ref().map(|rows| {
            rows.iter()
                .filter_map(|fate| match fate {
                    RowFate::Kept(handle, number) => Some((*handle, *number)),
                    _ => None,
                })
                .collect()
        });
        let numbers = |side: usize| kept[side].iter().filter_map(|(_, n)| *n);
        let together = numbers(0).find(|n| numbers(1).any(|other| other == *n));
        let shares = kept[0].iter().any(|(a, _)| {
            kept[1]
                .iter()
                .any(|(b, _)| match (tokens.get(a), tokens.get(b)) {
                    (Some(a), Some(b)) => !a.is_disjoint(b),
                    _ => false,
                })
        });
        let miss = if let Some(number) = together {
            // A right link that missed the pair is `to review`: a right
            // `sure` or `probable` one would have found it.
            if correct_numbers.contains(&number) {
                Miss::ToReview
            } else {
                Miss::JoinedWithAnother
            }
        } else if let Some(side) = (0..2).find(|&side| kept[side].is_empty()) {
            if sides[side]
                .iter()
                .any(|fate| matches!(fate, RowFate::OutsideWindow))
            {
                Miss::OutsideWindow
            } else {
                Miss::Rejected
            }
        } else if !shares {
            Miss::NoKeyShared
        } else if numbers(0).next().is_some() || numbers(1).next().is_some() {
            Miss::TakenByAnother
        } else {
            Miss::TooWeak
        };
        misses.insert(pair, miss);
    }
    misses
}

/// Per list (justice, Mission Locale), the local number of each second row
/// of a person and the number of the person's first row.
fn read_duplicates(path: &Path) -> Result<[HashMap<String, String>; 2]> {
    let mut out: [HashMap<String, String>; 2] = Default::default();
    let mut reader = csv::Reader::from_path(path)
        .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
    for record in reader.records() {
        let r = record.map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
        let side = usize::from(&r[0] != "justice");
        out[side].insert(r[1].to_string(), r[2].to_string());
    }
    Ok(out)
}

/// The largest number of records of one token file sharing one token.
pub fn max_share(file: &TokenFile) -> u64 {
    let mut values: Vec<&[u8; 16]> = file.values.iter().collect();
    values.sort_unstable();
    values
        .chunk_by(|a, b| a == b)
        .map(|g| g.len() as u64)
        .max()
        .unwrap_or(0)
}

struct TruthPair {
    pair: (String, String),
    in_window: bool,
    errors: String,
}

fn read_truth(path: &Path) -> Result<Vec<TruthPair>> {
    let mut reader = csv::Reader::from_path(path)
        .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
    let mut out = Vec::new();
    for record in reader.records() {
        let r = record.map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
        out.push(TruthPair {
            pair: (r[0].to_string(), r[1].to_string()),
            in_window: &r[2] == "true",
            errors: r.get(3).unwrap_or("").to_string(),
        });
    }
    Ok(out)
}

/// The plaintext baseline: exact surname + first given name + date of birth,
/// after upper-casing and removing accents, as a spreadsheet lookup does;
/// the first unused row with the same key is linked.
fn baseline(
    lists: &[std::path::PathBuf; 2],
    reference: NaiveDate,
    truth: &[TruthPair],
    first_rows: &[HashMap<String, String>; 2],
    truth_count: u64,
) -> Result<Scores> {
    let window = AgeWindow::default();
    let mut keyed: [Vec<(String, String)>; 2] = [Vec::new(), Vec::new()];
    for (i, path) in lists.iter().enumerate() {
        let list = ListFile::open(path, &ReadOptions::default())?;
        for row in list.rows() {
            let row = row?;
            let Ok(date) = parse_date(row.get(&list.mapping, Role::BirthDate).unwrap_or("")) else {
                continue;
            };
            if !window.contains(date, reference) {
                continue;
            }
            let surname = fold(row.get(&list.mapping, Role::BirthName).unwrap_or(""));
            let given = split_given_names(row.get(&list.mapping, Role::GivenNames).unwrap_or(""));
            let Some(first) = given.first() else { continue };
            let id = row
                .get(&list.mapping, Role::LocalId)
                .unwrap_or("")
                .to_string();
            keyed[i].push((format!("{surname}|{first}|{date}"), id));
        }
    }
    let mut by_key: HashMap<&str, Vec<&str>> = HashMap::new();
    for (key, id) in &keyed[1] {
        by_key.entry(key).or_default().push(id);
    }
    let all: HashSet<(&str, &str)> = truth
        .iter()
        .map(|t| (t.pair.0.as_str(), t.pair.1.as_str()))
        .collect();
    let in_window: HashSet<(&str, &str)> = truth
        .iter()
        .filter(|t| t.in_window)
        .map(|t| (t.pair.0.as_str(), t.pair.1.as_str()))
        .collect();
    let first_row = |side: usize, id: &str| -> String {
        first_rows[side]
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let mut used: HashSet<&str> = HashSet::new();
    let mut scores = Scores {
        truth: truth_count,
        ..Scores::default()
    };
    let mut found: HashSet<(String, String)> = HashSet::new();
    for (key, justice_id) in &keyed[0] {
        if let Some(candidates) = by_key.get(key.as_str())
            && let Some(ml) = candidates.iter().find(|id| !used.contains(**id))
        {
            used.insert(ml);
            let (j, m) = (first_row(0, justice_id), first_row(1, ml));
            let pair = (j.as_str(), m.as_str());
            scores.predicted += 1;
            scores.correct += all.contains(&pair) as u64;
            if in_window.contains(&pair) {
                found.insert((j.clone(), m.clone()));
            }
        }
    }
    scores.recalled = found.len() as u64;
    Ok(scores)
}
