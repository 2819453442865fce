//! The coordinator's linkage: from the token files of all parties to links
//! between records of the two sides.
//!
//! Records meet when they share a token (a join by hashing, see
//! `candidate_pairs`, never a comparison of all pairs). Links are only made between a `justice` record
//! and a `mission-locale` record, one-to-one, best evidence first. The
//! coordinator works on tokens and handles only; this module never sees a
//! name.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::campaign::{Manifest, Side};
use crate::error::{Error, Result};
use crate::format::result::{self, PartyCount, ResultFile, ResultHeader, ResultLink};
use crate::format::summary::{self, KindModel, LinkCounts, PairSummary, PartySummary, Summary};
use crate::format::tokens::TokenFile;
use crate::keys::{SubKey, TAG_LEN, Tag, Tagger};
use croise_scheme::match_keys::{KeyKind, SCHEME};

pub use crate::format::result::{Confidence, MatchNumber};

/// Re-keying on arrival, as the French health-data (FOIN) and statistics
/// institute procedures do: the coordinator re-hashes every incoming token
/// under a fresh secret of its own that lives only in memory for the run, so
/// that nothing it holds while matching can be tested by a key holder. The
/// secret is drawn from the OS CSPRNG and zeroised when dropped.
pub struct Rekey {
    tagger: Tagger,
}

impl Rekey {
    pub fn fresh() -> Result<Self> {
        let key =
            SubKey::random().map_err(|e| Error::Invalid(format!("no system randomness: {e}")))?;
        Ok(Self {
            tagger: Tagger::new(&key),
        })
    }

    /// Replaces every token of `file` by its keyed hash under the run's secret.
    pub fn apply(&self, file: &mut TokenFile) {
        let message = |kind: &KeyKind, value: &Tag| {
            let mut m = [0u8; 1 + TAG_LEN];
            m[0] = kind.code();
            m[1..].copy_from_slice(value);
            m
        };
        // Two at a time: see `Tagger::tag_two`.
        file.values
            .par_chunks_mut(2)
            .zip(file.kinds.par_chunks(2))
            .with_min_len(1 << 11)
            .for_each(|(values, kinds)| match (values, kinds) {
                ([a, b], [kind_a, kind_b]) => {
                    let (ma, mb) = (message(kind_a, a), message(kind_b, b));
                    (*a, *b) = Tagger::tag_two(&self.tagger, &ma, &self.tagger, &mb);
                }
                (values, kinds) => {
                    for (value, kind) in values.iter_mut().zip(kinds) {
                        *value = self.tagger.tag(&[&message(kind, value)]);
                    }
                }
            });
    }
}

/// A token file accepted for matching, with the file it came from.
pub struct Submission {
    pub path: PathBuf,
    pub file: TokenFile,
    pub party_index: usize,
    pub side: Side,
}

/// Checks that each token file belongs to this campaign and key, comes from
/// a party of the manifest, uses the campaign's scheme, that no party sent
/// two, that none holds more records than its party's bound in the
/// manifest, that each agrees with its own header counts, and that every
/// record has the scheme's shape (every kind, no more tokens of a kind than
/// a person gives). Returns submissions ordered as the manifest lists parties, so
/// that the outcome does not depend on the order of the files given.
pub fn accept(manifest: &Manifest, files: Vec<(PathBuf, TokenFile)>) -> Result<Vec<Submission>> {
    let mut accepted: Vec<Submission> = Vec::new();
    for (path, file) in files {
        let h = &file.header;
        manifest.check_header(&path, &h.campaign_id, &h.key_fingerprint)?;
        if h.scheme != manifest.scheme || h.scheme != SCHEME {
            return Err(Error::OtherScheme {
                path,
                expected: manifest.scheme.clone(),
                found: h.scheme.clone(),
            });
        }
        let Some(party_index) = manifest.party_index(&h.party) else {
            return Err(Error::UnknownParty {
                path,
                party: h.party.clone(),
            });
        };
        if let Some(first) = accepted.iter().find(|s| s.party_index == party_index) {
            return Err(Error::DuplicateParty {
                path,
                first: first.path.clone(),
                party: h.party.clone(),
            });
        }
        let party = &manifest.parties[party_index];
        if h.records > party.max_records {
            return Err(Error::OverBound {
                path,
                party: party.id.clone(),
                records: h.records,
                max: party.max_records,
            });
        }
        if let Err(detail) = h.check_counts() {
            return Err(Error::CountsDisagree {
                path,
                records: h.records,
                kept: h.counts.kept,
                detail,
            });
        }
        if let Err(shape) = file.check_shape() {
            return Err(Error::RecordShape {
                path,
                record: shape.record,
                kind: shape.kind,
                count: shape.count,
                max: shape.max,
            });
        }
        let side = party.side;
        accepted.push(Submission {
            path,
            file,
            party_index,
            side,
        });
    }
    accepted.sort_by_key(|s| s.party_index);
    Ok(accepted)
}

/// A link between a justice record and a Mission Locale record, each given
/// as (submission index, record index).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub justice: (usize, u32),
    pub mission_locale: (usize, u32),
    pub confidence: Confidence,
    /// Posterior probability that the two records are the same person.
    pub probability: f64,
    /// The key kinds the two records agree on (bit `k` for kind code `k`).
    pub agreement: Mask,
    pub number: MatchNumber,
}

/// Tokens shared by more records than this on one side are not evidence of
/// anything: they make no candidates (the same value many times, e.g. a
/// list holding duplicates).
const MAX_PER_SIDE: usize = 8;

/// Decision thresholds on the posterior probability, chosen from the
/// measurements on generated lists (README, "Linkage quality").
pub const SURE: f64 = 0.99;
pub const PROBABLE: f64 = 0.90;
pub const TO_REVIEW: f64 = 0.30;
/// A competing candidate within this many bits of log-odds of a link makes
/// the link ambiguous (to review).
const AMBIGUITY_BITS: f64 = 6.0;

pub use croise_scheme::evidence::{DateLevel, EvidenceClass, Mask, NameLevel, levels};

const DATE_LEVELS: usize = DateLevel::COUNT;

/// The class index of an agreement pattern.
fn class_index(mask: Mask) -> usize {
    let (n, d) = levels(mask);
    n as usize * DATE_LEVELS + d as usize
}

/// The linkage model of one run, in the Fellegi–Sunter spirit: for each
/// evidence class, how many cross-side candidate pairs show it and how many
/// would show it by chance. The chance rate of a class is measured on pairs
/// of records *of the same list* — pairs known to be two different people —
/// that share tokens, so it comes from the token files themselves and
/// follows the real frequency of names and dates in this campaign. The
/// probability that a candidate of class `c` is a true match is then
/// `1 − expected_chance(c) / candidates(c)`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkageModel {
    pub classes: Vec<ClassModel>,
    /// Cross-side candidate pairs (records sharing at least one token).
    pub candidates: u64,
    /// Agreement patterns of the candidate pairs and how many pairs show each.
    pub patterns: Vec<(Mask, u64)>,
}

/// What the model says about one evidence class.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassModel {
    pub class: EvidenceClass,
    /// Cross-side candidate pairs of this class.
    pub candidates: u64,
    /// Same-list pairs of this class, and the chance rate they give.
    pub same_list_pairs: u64,
    pub chance_rate: f64,
    /// Cross-side pairs expected in this class by chance alone.
    pub expected_chance: f64,
    /// Probability that a candidate of this class is a true match.
    pub probability: f64,
}

impl ClassModel {
    pub fn label(&self) -> String {
        let names = match self.class.0 {
            NameLevel::Full => "names-full",
            NameLevel::Partial => "names-partial",
            NameLevel::Near => "names-near",
        };
        let date = match self.class.1 {
            DateLevel::Exact => "date-exact",
            DateLevel::Swapped => "date-day-month-swapped",
            DateLevel::OneDigit => "date-one-digit",
            DateLevel::SameYear => "date-same-year",
            DateLevel::SameDayMonth => "date-same-day-month",
        };
        format!("{names}/{date}")
    }
}

impl LinkageModel {
    /// Builds the model from the agreement patterns of cross-side candidates
    /// and of same-list pairs, and the sizes of the two sides.
    pub fn estimate(
        cross: &[(Mask, u64)],
        same_list: &[(Mask, u64)],
        same_list_total: f64,
        justice: u64,
        mission_locale: u64,
    ) -> Self {
        let cross_total = justice as f64 * mission_locale as f64;
        let mut classes = Vec::new();
        for n in [NameLevel::Full, NameLevel::Partial, NameLevel::Near] {
            for d in [
                DateLevel::Exact,
                DateLevel::Swapped,
                DateLevel::OneDigit,
                DateLevel::SameYear,
                DateLevel::SameDayMonth,
            ] {
                let index = n as usize * DATE_LEVELS + d as usize;
                let count = |patterns: &[(Mask, u64)]| -> u64 {
                    patterns
                        .iter()
                        .filter(|(mask, _)| class_index(*mask) == index)
                        .map(|(_, c)| c)
                        .sum()
                };
                let candidates = count(cross);
                let same_list_pairs = count(same_list);
                // A weak prior (reference rates of a 20,000 × 100,000
                // `realistic` run, worth PRIOR_PAIRS same-list pairs) keeps
                // small campaigns, whose lists hold too few pairs to measure
                // chance, from taking an unmeasured chance as no chance.
                let prior = REFERENCE_CHANCE[index];
                let chance_rate = (same_list_pairs as f64 + prior * PRIOR_PAIRS)
                    / (same_list_total + PRIOR_PAIRS);
                let expected_chance = chance_rate * cross_total;
                let probability = if candidates == 0 {
                    0.0
                } else {
                    (1.0 - expected_chance / candidates as f64).clamp(0.0, 1.0)
                };
                classes.push(ClassModel {
                    class: (n, d),
                    candidates,
                    same_list_pairs,
                    chance_rate,
                    expected_chance,
                    probability,
                });
            }
        }
        LinkageModel {
            classes,
            candidates: cross.iter().map(|(_, c)| c).sum(),
            patterns: cross.to_vec(),
        }
    }

    /// Probability that a candidate with this agreement pattern is a match.
    pub fn probability(&self, mask: Mask) -> f64 {
        self.classes[class_index(mask)].probability
    }

    /// Log2 of the odds of [`LinkageModel::probability`], bounded.
    pub fn log_odds(&self, mask: Mask) -> f64 {
        let p = clamp(self.probability(mask));
        (p / (1.0 - p)).log2()
    }
}

/// Evidence that leaves the date of birth unconfirmed: only the year, or
/// only the day and month, agree. However rare chance
/// makes it in a campaign, such a link is never claimed: at most it is
/// listed `to review`, for the two professionals to confirm by phone. (In a
/// small campaign the chance rate of these classes cannot be measured, and
/// a common name makes them far likelier than average.)
fn is_partial_evidence(mask: Mask) -> bool {
    matches!(
        levels(mask).1,
        DateLevel::SameYear | DateLevel::SameDayMonth
    )
}

/// Sorts pairs and merges the kinds each pair shares into one mask.
fn merge_pairs(mut pairs: Vec<(u32, u32, Mask)>) -> Vec<(u32, u32, Mask)> {
    pairs.par_sort_unstable();
    let mut merged: Vec<(u32, u32, Mask)> = Vec::with_capacity(pairs.len());
    for c in pairs {
        match merged.last_mut() {
            Some(last) if last.0 == c.0 && last.1 == c.1 => last.2 |= c.2,
            _ => merged.push(c),
        }
    }
    merged
}

/// How many pairs show each agreement pattern.
fn pattern_counts(pairs: &[(u32, u32, Mask)]) -> Vec<(Mask, u64)> {
    let mut counts = vec![0u64; 1 << KeyKind::ALL.len()];
    for p in pairs {
        counts[p.2 as usize] += 1;
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(mask, n)| (mask as Mask, *n))
        .collect()
}

/// Records submitted on one side.
fn offsets_side_total(submissions: &[Submission], side: Side) -> u64 {
    submissions
        .iter()
        .filter(|s| s.side == side)
        .map(|s| s.file.handles.len() as u64)
        .sum()
}

/// Weight of the reference chance rates, in same-list pairs (about the pairs
/// of one list of 14,000 records).
const PRIOR_PAIRS: f64 = 1e8;

/// Reference chance rate per evidence class (same-list pairs of the class
/// per same-list pair), measured with `croise evaluate --size 20000:100000
/// --preset realistic --errors`, in class order (name level × date level).
const REFERENCE_CHANCE: [f64; 3 * DATE_LEVELS] = [
    // names-full: exact, swapped, one digit, same year, same day-month
    2.3e-9, 1.0e-9, 2.3e-8, 3.9e-7, 2.1e-9, // names-partial
    7.3e-9, 1.0e-9, 1.0e-9, 1.0e-9, 1.0e-9, // names-near
    3.7e-9, 1.0e-9, 1.0e-9, 1.0e-9, 1.0e-9,
];

fn pairs(n: u64) -> f64 {
    n as f64 * (n as f64 - 1.0) / 2.0
}

fn clamp(p: f64) -> f64 {
    p.clamp(1e-6, 1.0 - 1e-6)
}

/// One token of one record in the join: the token's value as two
/// big-endian halves (so that entries compare as the values' bytes do), then
/// the record's global id and the key kind's code packed as
/// `gid << 8 | code`. Plain integers, so that the array of entries is
/// allocated zeroed by the system and only touched once, when filled.
type Entry = [u64; 3];

fn entry(value: &Tag, gid: u32, kind: KeyKind) -> Entry {
    [
        u64::from_be_bytes(value[..8].try_into().expect("8 bytes")),
        u64::from_be_bytes(value[8..].try_into().expect("8 bytes")),
        (gid as u64) << 8 | kind.code() as u64,
    ]
}

fn entry_gid(e: &Entry) -> u32 {
    (e[2] >> 8) as u32
}

fn entry_kind(e: &Entry) -> u8 {
    e[2] as u8
}

/// Entries per bucket of the join, about: a bucket sorts within the cache.
const BUCKET_ENTRIES: usize = 4096;
/// Entries held at once, at most (24 bytes each): the join runs in passes
/// over ranges of buckets, so that its memory does not grow with the lists.
const PASS_ENTRIES: usize = 1 << 22;

/// A pair of records sharing tokens: `(global id, global id, kind bits)`.
type Pair = (u32, u32, Mask);

/// The join: finds the records that share a token, by hashing. Tokens are
/// keyed hashes, so their first bits spread them evenly: every token goes to
/// the bucket named by its first bits, each bucket is sorted on its own (in
/// the cache, in parallel), and records meet within a group of equal values.
/// No pair of records is ever compared unless they share a token. Buckets
/// are handled a range at a time (a pass), each pass reading every token
/// and keeping those of its buckets. Returns the cross-side candidate pairs
/// and the same-list pairs, unsorted and unmerged.
fn candidate_pairs(
    submissions: &[Submission],
    offsets: &[u32],
    is_justice: &[bool],
) -> (Vec<Pair>, Vec<Pair>) {
    candidate_pairs_in_passes(submissions, offsets, is_justice, PASS_ENTRIES)
}

fn candidate_pairs_in_passes(
    submissions: &[Submission],
    offsets: &[u32],
    is_justice: &[bool],
    pass_entries: usize,
) -> (Vec<Pair>, Vec<Pair>) {
    let total: usize = submissions.iter().map(|s| s.file.token_count()).sum();
    let bits = (total / BUCKET_ENTRIES).max(1).ilog2().min(20);
    let bucket = |value: &Tag| -> usize {
        if bits == 0 {
            0
        } else {
            (u64::from_be_bytes(value[..8].try_into().expect("8 bytes")) >> (64 - bits)) as usize
        }
    };
    let buckets = 1usize << bits;

    // The tokens, in parts of about equal size, one per task.
    let parts: Vec<(usize, Range<usize>)> = submissions
        .iter()
        .enumerate()
        .flat_map(|(s, sub)| {
            let n = sub.file.records();
            let step = (n / (4 * rayon::current_num_threads())).max(1 << 14);
            (0..n)
                .step_by(step)
                .map(move |start| (s, start..(start + step).min(n)))
        })
        .collect();
    let histograms: Vec<Vec<u32>> = parts
        .par_iter()
        .map(|(s, records)| {
            let file = &submissions[*s].file;
            let mut counts = vec![0u32; buckets];
            for value in &file.values[file.starts[records.start]..file.starts[records.end]] {
                counts[bucket(value)] += 1;
            }
            counts
        })
        .collect();
    let bucket_sizes: Vec<usize> = (0..buckets)
        .map(|b| histograms.iter().map(|h| h[b] as usize).sum())
        .collect();

    // Passes: consecutive ranges of buckets of at most PASS_ENTRIES entries
    // (or one bucket, if a bucket alone is larger).
    let mut passes: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (b, &n) in bucket_sizes.iter().enumerate() {
        if size > 0 && size + n > pass_entries {
            passes.push(start..b);
            start = b;
            size = 0;
        }
        size += n;
    }
    passes.push(start..buckets);
    let largest = passes
        .iter()
        .map(|r| bucket_sizes[r.clone()].iter().sum::<usize>())
        .max()
        .unwrap_or(0);
    let mut entries: Vec<Entry> = vec![[0; 3]; largest];

    let mut candidates = Vec::new();
    let mut same_list = Vec::new();
    for pass in passes {
        // Cut the pass's entries into one slice per (bucket, part),
        // bucket-major so that each bucket is contiguous; each part fills
        // its own slices, in parallel.
        let mut slices: Vec<Vec<&mut [Entry]>> = (0..parts.len()).map(|_| Vec::new()).collect();
        let mut rest: &mut [Entry] = &mut entries;
        for b in pass.clone() {
            for (p, histogram) in histograms.iter().enumerate() {
                let (this, tail) = std::mem::take(&mut rest).split_at_mut(histogram[b] as usize);
                rest = tail;
                slices[p].push(this);
            }
        }
        slices
            .par_iter_mut()
            .zip(&parts)
            .for_each(|(out, (s, records))| {
                let file = &submissions[*s].file;
                let base = offsets[*s];
                let mut cursor = vec![0usize; pass.len()];
                for r in records.clone() {
                    let gid = base + r as u32;
                    for (kind, value) in file.tokens_of(r) {
                        let b = bucket(value);
                        if pass.contains(&b) {
                            let b = b - pass.start;
                            out[b][cursor[b]] = entry(value, gid, kind);
                            cursor[b] += 1;
                        }
                    }
                }
            });
        drop(slices);

        let mut by_bucket: Vec<&mut [Entry]> = Vec::with_capacity(pass.len());
        let mut rest: &mut [Entry] = &mut entries;
        for &size in &bucket_sizes[pass] {
            let (this, tail) = std::mem::take(&mut rest).split_at_mut(size);
            rest = tail;
            by_bucket.push(this);
        }
        let found: Vec<(Vec<Pair>, Vec<Pair>)> = by_bucket
            .par_iter_mut()
            .with_min_len(16)
            .fold(
                || (Vec::new(), Vec::new()),
                |(mut candidates, mut same_list), entries| {
                    entries.sort_unstable();
                    scan_groups(
                        entries,
                        offsets,
                        is_justice,
                        &mut candidates,
                        &mut same_list,
                    );
                    (candidates, same_list)
                },
            )
            .collect();
        for (c, s) in found {
            candidates.extend(c);
            same_list.extend(s);
        }
    }
    (candidates, same_list)
}

/// The submission a global record id belongs to (`offsets` as in [`link`]).
fn submission_of(offsets: &[u32], gid: u32) -> usize {
    offsets.partition_point(|&o| o <= gid) - 1
}

/// Within sorted entries, every group of records sharing one value makes
/// candidate pairs (one record of each side) and same-list pairs (two
/// records of one submission).
fn scan_groups(
    entries: &[Entry],
    offsets: &[u32],
    is_justice: &[bool],
    candidates: &mut Vec<Pair>,
    same_list: &mut Vec<Pair>,
) {
    let mut justice = Vec::new();
    let mut mission_locale = Vec::new();
    for group in entries.chunk_by(|a, b| a[..2] == b[..2]) {
        if group.len() < 2 {
            continue;
        }
        justice.clear();
        mission_locale.clear();
        for e in group {
            let gid = entry_gid(e);
            if is_justice[gid as usize] {
                justice.push(gid)
            } else {
                mission_locale.push(gid)
            }
        }
        if justice.len() > MAX_PER_SIDE || mission_locale.len() > MAX_PER_SIDE {
            continue;
        }
        let bit: Mask = 1 << entry_kind(&group[0]);
        for &j in &justice {
            for &m in &mission_locale {
                candidates.push((j, m, bit));
            }
        }
        for side in [&justice, &mission_locale] {
            for (i, &a) in side.iter().enumerate() {
                for &b in &side[i + 1..] {
                    // Two records of one list are two different people; two
                    // lists of the same side may hold the same person.
                    if submission_of(offsets, a) == submission_of(offsets, b) {
                        same_list.push((a.min(b), a.max(b), bit));
                    }
                }
            }
        }
    }
}

/// Links the records of the submissions; also returns the model estimated
/// for this run.
pub fn link(submissions: &[Submission]) -> (Vec<Link>, LinkageModel) {
    // Global record ids: records of submission s are offsets[s]..offsets[s+1].
    let mut offsets = Vec::with_capacity(submissions.len() + 1);
    let mut total = 0u32;
    for s in submissions {
        offsets.push(total);
        total += s.file.handles.len() as u32;
    }
    offsets.push(total);
    let locate = |gid: u32| -> (usize, u32) {
        let s = offsets.partition_point(|&o| o <= gid) - 1;
        (s, gid - offsets[s])
    };
    let is_justice: Vec<bool> = submissions
        .iter()
        .flat_map(|s| std::iter::repeat_n(s.side == Side::Justice, s.file.records()))
        .collect();
    let (candidates, same_list) = candidate_pairs(submissions, &offsets, &is_justice);
    let merged = merge_pairs(candidates);
    let same_list = merge_pairs(same_list);
    let model = LinkageModel::estimate(
        &pattern_counts(&merged),
        &pattern_counts(&same_list),
        submissions
            .iter()
            .map(|s| pairs(s.file.handles.len() as u64))
            .sum(),
        offsets_side_total(submissions, Side::Justice),
        offsets_side_total(submissions, Side::MissionLocale),
    );
    drop(same_list);
    let mut merged = merged;
    let mut log_odds_of = vec![0f64; 1 << KeyKind::ALL.len()];
    for (mask, lo) in log_odds_of.iter_mut().enumerate() {
        *lo = model.log_odds(mask as Mask);
    }

    let handle = |gid: u32| {
        let (s, r) = locate(gid);
        submissions[s].file.handles[r as usize]
    };
    // Best evidence first; ties broken by handles, which are stable and
    // carry no meaning.
    let threshold = (TO_REVIEW / (1.0 - TO_REVIEW)).log2();
    merged.retain(|c| log_odds_of[c.2 as usize] >= threshold);
    merged.sort_by(|a, b| {
        log_odds_of[b.2 as usize]
            .total_cmp(&log_odds_of[a.2 as usize])
            .then_with(|| handle(a.0).cmp(&handle(b.0)))
            .then_with(|| handle(a.1).cmp(&handle(b.1)))
    });

    // For each record, the two best log-odds among its candidates. Partial
    // evidence (only the year or only the day and month agree) is never
    // claimed, so it does not make a full-evidence link ambiguous either.
    let mut best: HashMap<u32, [f64; 2]> = HashMap::new();
    for c in merged.iter().filter(|c| !is_partial_evidence(c.2)) {
        let lo = log_odds_of[c.2 as usize];
        for gid in [c.0, c.1] {
            let entry = best.entry(gid).or_insert([f64::NEG_INFINITY; 2]);
            if lo > entry[0] {
                *entry = [lo, entry[0]];
            } else if lo > entry[1] {
                entry[1] = lo;
            }
        }
    }

    let mut taken: HashSet<u32> = HashSet::new();
    let mut links = Vec::new();
    for c in &merged {
        if taken.contains(&c.0) || taken.contains(&c.1) {
            continue;
        }
        taken.insert(c.0);
        taken.insert(c.1);
        let lo = log_odds_of[c.2 as usize];
        let probability = model.probability(c.2);
        // Ambiguous when another candidate of either record comes close.
        let ambiguous = [c.0, c.1]
            .iter()
            .any(|gid| best.get(gid).is_some_and(|b| b[1] >= lo - AMBIGUITY_BITS));
        let confidence = if ambiguous || is_partial_evidence(c.2) {
            Confidence::ToReview
        } else if probability >= SURE {
            Confidence::Sure
        } else if probability >= PROBABLE {
            Confidence::Probable
        } else {
            Confidence::ToReview
        };
        links.push(Link {
            justice: locate(c.0),
            mission_locale: locate(c.1),
            confidence,
            probability,
            agreement: c.2,
            number: MatchNumber(0),
        });
    }

    // Match numbers in a stable order that carries no meaning: by handle,
    // across all pairs of organisations, so that a party cannot tell from
    // the gaps between its numbers how many links the other pairs have.
    links.sort_by(|a, b| {
        let key = |l: &Link| {
            (
                submissions[l.justice.0].file.handles[l.justice.1 as usize],
                submissions[l.mission_locale.0].file.handles[l.mission_locale.1 as usize],
            )
        };
        key(a).cmp(&key(b))
    });
    for (i, link) in links.iter_mut().enumerate() {
        link.number = MatchNumber(i as u32 + 1);
    }
    (links, model)
}

/// Above this share (in percent) of the other side's records linked to one
/// party's records, the run names that party as an outlier. Honest lists
/// link far less: 12 of 34 (35 %) and 12 of 44 (27 %) with the two Nancy
/// samples, 15 to 20 % in the four-party demo, since a Mission Locale
/// follows only part of the minors under a judicial measure. A key holder who submits a dictionary of likely
/// people links most of the other side; this says so to every party.
pub const OUTLIER_PERCENT: u64 = 50;

/// The per-party result files and the summary of a run.
pub struct Outcome {
    pub results: Vec<(String, ResultFile)>,
    pub summary: Summary,
}

/// Builds each party's result and the counts-only summary.
pub fn outcome(
    manifest: &Manifest,
    submissions: &[Submission],
    links: &[Link],
    model: &LinkageModel,
    run_date: chrono::NaiveDate,
) -> Outcome {
    let mut per_party: Vec<Vec<ResultLink>> = vec![Vec::new(); submissions.len()];
    let party_id = |s: usize| manifest.parties[submissions[s].party_index].id.clone();
    let mut pair_counts: HashMap<(usize, usize), LinkCounts> = HashMap::new();
    for link in links {
        let (js, jr) = link.justice;
        let (ms, mr) = link.mission_locale;
        per_party[js].push(ResultLink {
            handle: submissions[js].file.handles[jr as usize],
            match_number: link.number,
            counterpart: party_id(ms),
            confidence: link.confidence,
        });
        per_party[ms].push(ResultLink {
            handle: submissions[ms].file.handles[mr as usize],
            match_number: link.number,
            counterpart: party_id(js),
            confidence: link.confidence,
        });
        let counts = pair_counts.entry((js, ms)).or_default();
        add(counts, link.confidence);
    }
    let absent_parties = absent_parties(manifest, submissions);
    // Per party, the distinct records of the other side linked to its own.
    let mut other_linked: Vec<HashSet<(usize, u32)>> = vec![Default::default(); submissions.len()];
    for link in links {
        other_linked[link.justice.0].insert(link.mission_locale);
        other_linked[link.mission_locale.0].insert(link.justice);
    }
    let side_records = |side: Side| -> u64 {
        submissions
            .iter()
            .filter(|s| s.side == side)
            .map(|s| s.file.header.records)
            .sum()
    };
    let mut parties = Vec::new();
    for (s, sub) in submissions.iter().enumerate() {
        let party = &manifest.parties[sub.party_index];
        let other = match sub.side {
            Side::Justice => Side::MissionLocale,
            Side::MissionLocale => Side::Justice,
        };
        parties.push(PartySummary {
            id: party.id.clone(),
            name: party.name.clone(),
            side: party.side.to_string(),
            records: sub.file.header.records,
            counts: sub.file.header.counts.clone(),
            linked: per_party[s].len() as u64,
            max_records: party.max_records,
            other_side_linked: other_linked[s].len() as u64,
            other_side_records: side_records(other),
        });
    }
    let outliers: Vec<String> = parties
        .iter()
        .filter(|p| p.other_side_linked * 100 > p.other_side_records * OUTLIER_PERCENT)
        .map(|p| p.id.clone())
        .collect();
    let party_counts: Vec<PartyCount> = parties
        .iter()
        .map(|p| PartyCount {
            id: p.id.clone(),
            side: p.side.clone(),
            records: p.records,
            max_records: p.max_records,
        })
        .collect();
    let mut results = Vec::new();
    for (s, sub) in submissions.iter().enumerate() {
        let mut links = std::mem::take(&mut per_party[s]);
        links.sort_by_key(|l| l.match_number);
        let party = &manifest.parties[sub.party_index];
        results.push((
            party.id.clone(),
            ResultFile {
                header: ResultHeader {
                    kind: result::KIND.into(),
                    format: result::FORMAT,
                    campaign_id: manifest.campaign_id.to_string(),
                    party: party.id.clone(),
                    key_fingerprint: manifest.key_fingerprint.clone(),
                    scheme: manifest.scheme.clone(),
                    input_digest: sub.file.header.input_digest.clone(),
                    reference_date: manifest.reference_date,
                    links: links.len() as u64,
                    absent_parties: absent_parties.clone(),
                    outliers: outliers.clone(),
                    sizes: party_counts.clone(),
                },
                links,
            },
        ));
    }
    let mut pairs = Vec::new();
    let mut totals = LinkCounts::default();
    for (js, j) in submissions
        .iter()
        .enumerate()
        .filter(|(_, s)| s.side == Side::Justice)
    {
        for (ms, m) in submissions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.side == Side::MissionLocale)
        {
            let links = pair_counts.remove(&(js, ms)).unwrap_or_default();
            totals.sure += links.sure;
            totals.probable += links.probable;
            totals.to_review += links.to_review;
            pairs.push(PairSummary {
                justice: manifest.parties[j.party_index].id.clone(),
                mission_locale: manifest.parties[m.party_index].id.clone(),
                links,
            });
        }
    }
    Outcome {
        results,
        summary: Summary {
            kind: summary::KIND.into(),
            format: summary::FORMAT,
            campaign_id: manifest.campaign_id.to_string(),
            campaign_name: manifest.name.clone(),
            reference_date: manifest.reference_date,
            min_age: manifest.min_age,
            max_age: manifest.max_age,
            scheme: manifest.scheme.clone(),
            run_date,
            totals,
            parties,
            pairs,
            candidates: model.candidates,
            model: model_levels(model),
            absent_parties,
            outliers,
            mac: String::new(),
        },
    }
}

/// The parties of the manifest that submitted no token file, in the
/// manifest's order.
pub fn absent_parties(manifest: &Manifest, submissions: &[Submission]) -> Vec<String> {
    manifest
        .parties
        .iter()
        .enumerate()
        .filter(|(i, _)| !submissions.iter().any(|s| s.party_index == *i))
        .map(|(_, p)| p.id.clone())
        .collect()
}

/// The model's classes, for the summary: counts and rates only.
fn model_levels(model: &LinkageModel) -> Vec<KindModel> {
    model
        .classes
        .iter()
        .filter(|c| c.candidates > 0 || c.same_list_pairs > 0)
        .map(|c| KindModel {
            class: c.label(),
            candidates: c.candidates,
            expected_chance: round(c.expected_chance),
            probability: round(c.probability),
        })
        .collect()
}

/// Rates rounded to 4 decimals: enough for a reader, stable across machines.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn add(counts: &mut LinkCounts, confidence: Confidence) {
    match confidence {
        Confidence::Sure => counts.sure += 1,
        Confidence::Probable => counts.probable += 1,
        Confidence::ToReview => counts.to_review += 1,
    }
}

/// The result file name of a party.
pub fn result_file_name(party: &str) -> String {
    format!("{party}.result.age")
}

/// Where a result goes in an output folder.
pub fn result_path(dir: &Path, party: &str) -> PathBuf {
    dir.join(result_file_name(party))
}

#[cfg(test)]
mod join_tests {
    use super::*;
    use crate::format::tokens::{ListCounts, TokenHeader};

    fn file(records: u32, salt: u32) -> TokenFile {
        let tagger = Tagger::new(&SubKey::from_bytes([9; 32]));
        let mut file = TokenFile::new(TokenHeader {
            kind: String::new(),
            format: 0,
            campaign_id: String::new(),
            party: String::new(),
            key_fingerprint: String::new(),
            scheme: String::new(),
            input_digest: String::new(),
            records: records as u64,
            counts: ListCounts::default(),
        });
        for r in 0..records {
            let handle = tagger.tag(&[b"h", &salt.to_be_bytes(), &r.to_be_bytes()]);
            // Values repeat across records and sides: about 3 records share each.
            let tokens = KeyKind::ALL.iter().map(|kind| {
                let shared = (r * 7 + salt + kind.code() as u32 * 13) % (records / 3);
                (*kind, tagger.tag(&[&[kind.code()], &shared.to_be_bytes()]))
            });
            file.push(handle, tokens.collect::<Vec<_>>());
        }
        file
    }

    fn sorted(mut pairs: Vec<Pair>) -> Vec<Pair> {
        pairs.sort_unstable();
        pairs
    }

    #[test]
    fn passes_and_buckets_change_nothing() {
        let submissions: Vec<Submission> = [(Side::Justice, 0), (Side::MissionLocale, 1)]
            .into_iter()
            .map(|(side, salt)| Submission {
                path: PathBuf::new(),
                file: file(12_000, salt),
                party_index: salt as usize,
                side,
            })
            .collect();
        let offsets = [0, 12_000, 24_000];
        let is_justice: Vec<bool> = (0..24_000).map(|g| g < 12_000).collect();
        let one = candidate_pairs_in_passes(&submissions, &offsets, &is_justice, usize::MAX);
        let (one_c, one_s) = (sorted(one.0), sorted(one.1));
        assert!(!one_c.is_empty() && !one_s.is_empty());
        for pass_entries in [1, 5_000, 100_000] {
            let (c, s) =
                candidate_pairs_in_passes(&submissions, &offsets, &is_justice, pass_entries);
            assert_eq!(sorted(c), one_c, "{pass_entries}");
            assert_eq!(sorted(s), one_s, "{pass_entries}");
        }

        // The same pairs as a plain hash map of every value to its records.
        let mut by_value: HashMap<Tag, Vec<(u32, KeyKind)>> = HashMap::new();
        for (s, sub) in submissions.iter().enumerate() {
            for r in 0..sub.file.records() {
                for (kind, value) in sub.file.tokens_of(r) {
                    by_value
                        .entry(*value)
                        .or_default()
                        .push((offsets[s] + r as u32, kind));
                }
            }
        }
        let mut expected = Vec::new();
        for group in by_value.values() {
            let (j, m): (Vec<_>, Vec<_>) = group.iter().partition(|(g, _)| is_justice[*g as usize]);
            if j.len() > MAX_PER_SIDE || m.len() > MAX_PER_SIDE {
                continue;
            }
            for (a, kind) in &j {
                for (b, _) in &m {
                    expected.push((*a, *b, (1 as Mask) << kind.code()));
                }
            }
        }
        assert_eq!(sorted(expected), one_c);
    }

    #[test]
    fn same_list_pairs_stay_within_one_submission() {
        let submissions: Vec<Submission> = [
            (Side::Justice, 0),
            (Side::Justice, 0),
            (Side::MissionLocale, 1),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, (side, salt))| Submission {
            path: PathBuf::new(),
            file: file(3_000, salt),
            party_index: i,
            side,
        })
        .collect();
        let offsets = [0, 3_000, 6_000, 9_000];
        let is_justice: Vec<bool> = (0..9_000).map(|g| g < 6_000).collect();
        let (candidates, same_list) =
            candidate_pairs_in_passes(&submissions, &offsets, &is_justice, usize::MAX);
        assert!(!candidates.is_empty() && !same_list.is_empty());
        // The two justice lists are identical: their records share every
        // token across the lists, yet no pair across two submissions counts.
        assert!(
            same_list
                .iter()
                .all(|p| submission_of(&offsets, p.0) == submission_of(&offsets, p.1))
        );
    }
}
