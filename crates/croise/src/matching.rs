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

pub use crate::format::result::{Confidence, MatchNumber, Reason, Reasons};

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
        let key = SubKey::random().map_err(|e| Error::NoRandomness(e.to_string()))?;
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
    /// Further rows of the same youths, of the same lists: rows of one list
    /// taken as one youth written twice, that share evidence with the
    /// counterpart. They receive the link's match number.
    pub more_justice: Vec<(usize, u32)>,
    pub more_mission_locale: Vec<(usize, u32)>,
    pub confidence: Confidence,
    /// Why the link is not surer (see [`link_reasons`]).
    pub reasons: Reasons,
    /// Posterior probability that the two records are the same person.
    pub probability: f64,
    /// The key kinds the two records agree on (bit `k` for kind code `k`),
    /// and whether they share several names+date tokens ([`Pattern`]).
    pub agreement: Pattern,
    pub number: MatchNumber,
}

/// Tokens shared by more records than this on one side are not evidence of
/// anything: they make no candidates (the same value many times, e.g. a
/// list holding duplicates).
const MAX_PER_SIDE: usize = 8;

/// Decision thresholds on the posterior probability: a confidence word
/// means a precision, `sure` at least 0.995 and `probable` at least 0.95,
/// whatever the size of the campaign (README, "Linkage quality").
pub const SURE: f64 = 0.995;
pub const PROBABLE: f64 = 0.95;
pub const TO_REVIEW: f64 = 0.30;
/// A competing candidate within this many bits of log-odds of a link makes
/// the link ambiguous (to review).
const AMBIGUITY_BITS: f64 = 6.0;

pub use croise_scheme::evidence::{DateLevel, EvidenceClass, Mask, NameLevel, levels};

/// An agreement pattern as the coordinator reads it: the key kinds two
/// records share a token of (bits 0–7, a [`Mask`]), and [`SEVERAL_NAMES_DATE`].
pub type Pattern = u16;

/// Bit of a [`Pattern`]: the two records share two or more `names+birth-date`
/// tokens (kind 0), that is two or more name forms agree with the full date
/// (given names written in another order, a surname's two parts). One only
/// is how same-sex twins sharing a middle name meet.
pub const SEVERAL_NAMES_DATE: Pattern = 1 << KeyKind::ALL.len();

/// The key kinds of a pattern.
fn kinds(pattern: Pattern) -> Mask {
    pattern as Mask
}

const DATE_LEVELS: usize = DateLevel::COUNT;

/// The model's classes: the evidence classes (name level × date level),
/// and `names-partial` with the full date split in two by whether the first
/// given name also agrees with a surname form (kind 2 with a whole
/// surname, kind 3 also with a surname word: a usage name, a part of a
/// double surname, a particle dropped) or only another given name does (given
/// names reordered; same-sex twins sharing a middle name); the latter split
/// again by whether several name forms agree with the full date
/// ([`SEVERAL_NAMES_DATE`]: given names reordered, `names-partial-several`)
/// or one only (also how twins sharing a middle name meet). The splits are
/// the coordinator's reading, not the scheme's: the evidence classes of
/// `croise_scheme::evidence` are unchanged.
const CLASSES: usize = 3 * DATE_LEVELS + 2;

/// Index of `names-partial-first/date-exact`.
const PARTIAL_FIRST: usize = 3 * DATE_LEVELS;
/// Index of `names-partial-several/date-exact`, the last class.
const PARTIAL_SEVERAL: usize = 3 * DATE_LEVELS + 1;

/// The class index of an agreement pattern.
fn class_index(pattern: Pattern) -> usize {
    let mask = kinds(pattern);
    let (n, d) = levels(mask);
    let first_given = (1 << KeyKind::NamesYear.code()) | (1 << KeyKind::NamesDayMonth.code());
    if (n, d) == (NameLevel::Partial, DateLevel::Exact) {
        if mask & first_given != 0 {
            return PARTIAL_FIRST;
        }
        if pattern & SEVERAL_NAMES_DATE != 0 {
            return PARTIAL_SEVERAL;
        }
    }
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
    pub patterns: Vec<(Pattern, u64)>,
    /// Records submitted on the justice and on the Mission Locale side.
    pub records: (u64, u64),
    /// Youths on each side: records, rows of one list that agree on the
    /// full date of birth counted once.
    pub youths: (u64, u64),
    /// Same-list pairs taken as one youth written twice (not chance).
    pub duplicate_pairs: u64,
}

/// What the model says about one evidence class.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassModel {
    pub class: EvidenceClass,
    /// `names-partial/date-exact` only: the first given name agrees with a
    /// surname form too (`names-partial-first/date-exact`).
    pub first_given_name: bool,
    /// `names-partial/date-exact` only, without `first_given_name`: two or
    /// more name forms agree with the full date ([`SEVERAL_NAMES_DATE`],
    /// `names-partial-several/date-exact`).
    pub several_names: bool,
    /// Cross-side candidate pairs of this class.
    pub candidates: u64,
    /// Same-list pairs of this class, and the chance rate they give.
    pub same_list_pairs: u64,
    pub chance_rate: f64,
    /// Cross-side pairs expected in this class by chance alone.
    pub expected_chance: f64,
    /// Probability that a candidate of this class is a true match, on
    /// average over the class.
    pub probability: f64,
    /// The average commonness of the class's candidates that share a
    /// names+year token (see [`commonness`]), 0 when none does. A
    /// candidate's own probability weighs the class's chance by its
    /// commonness against this average ([`LinkageModel::pair_probability`]).
    pub mean_commonness: f64,
}

impl ClassModel {
    pub fn label(&self) -> String {
        let names = match self.class.0 {
            NameLevel::Full => "names-full",
            NameLevel::Partial if self.first_given_name => "names-partial-first",
            NameLevel::Partial if self.several_names => "names-partial-several",
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
    /// and of same-list pairs of two different youths, the number of such
    /// pairs (`same_list_total`), and the youths of each side.
    ///
    /// Three classes cannot be measured directly, because their same-list
    /// pairs are taken as one youth written twice (see `is_same_youth`):
    /// `names-full/date-exact` and `names-partial-first/date-exact` get the
    /// rate of `names-full/date-same-year` (same names and year, two
    /// youths: how common names are in this campaign) times the reference
    /// ratio of the two classes, and
    /// `names-near/date-exact` its reference rate times the larger of two
    /// campaign factors: how common names are (as above) and how common
    /// twins sharing a given name are (`names-partial/date-exact`, same
    /// surname and date, another given name, against its reference): names
    /// that sound alike meet by both. Every other class is measured.
    pub fn estimate(
        cross: &[(Pattern, u64)],
        same_list: &[(Pattern, u64)],
        same_list_total: f64,
        justice: u64,
        mission_locale: u64,
    ) -> Self {
        let cross_total = justice as f64 * mission_locale as f64;
        let count_of = |patterns: &[(Pattern, u64)], index: usize| -> u64 {
            patterns
                .iter()
                .filter(|(mask, _)| class_index(*mask) == index)
                .map(|(_, c)| c)
                .sum()
        };
        let measured_rate = |index: usize| {
            (count_of(same_list, index) as f64 + REFERENCE_CHANCE[index] * PRIOR_PAIRS)
                / (same_list_total + PRIOR_PAIRS)
        };
        let index_of = |n: NameLevel, d: DateLevel| n as usize * DATE_LEVELS + d as usize;
        let same_year = index_of(NameLevel::Full, DateLevel::SameYear);
        let partial = index_of(NameLevel::Partial, DateLevel::Exact);
        // How common names are in this campaign, against the reference.
        let names_rate = measured_rate(same_year) / REFERENCE_CHANCE[same_year];
        // How common twins and siblings sharing a given name are.
        let twins_rate = measured_rate(partial) / REFERENCE_CHANCE[partial];
        let mut classes = Vec::new();
        let mut all = Vec::with_capacity(CLASSES);
        for n in [NameLevel::Full, NameLevel::Partial, NameLevel::Near] {
            for d in [
                DateLevel::Exact,
                DateLevel::Swapped,
                DateLevel::OneDigit,
                DateLevel::SameYear,
                DateLevel::SameDayMonth,
            ] {
                all.push((n, d, false, false));
            }
        }
        all.push((NameLevel::Partial, DateLevel::Exact, true, false));
        all.push((NameLevel::Partial, DateLevel::Exact, false, true));
        {
            for (index, &(n, d, first_given_name, several_names)) in all.iter().enumerate() {
                let candidates = count_of(cross, index);
                let same_list_pairs = count_of(same_list, index);
                // A weak prior (reference rates of a 20,000 × 100,000
                // `realistic` run, worth PRIOR_PAIRS same-list pairs) keeps
                // small campaigns, whose lists hold too few pairs to measure
                // chance, from taking an unmeasured chance as no chance.
                let chance_rate = match (n, d, first_given_name) {
                    (NameLevel::Full, DateLevel::Exact, _)
                    | (NameLevel::Partial, DateLevel::Exact, true) => {
                        REFERENCE_CHANCE[index] * names_rate
                    }
                    (NameLevel::Near, DateLevel::Exact, _) => {
                        REFERENCE_CHANCE[index] * names_rate.max(twins_rate)
                    }
                    _ => measured_rate(index),
                };
                let expected_chance = chance_rate * cross_total;
                let probability = if candidates == 0 {
                    0.0
                } else {
                    (1.0 - expected_chance / candidates as f64).clamp(0.0, 1.0)
                };
                classes.push(ClassModel {
                    class: (n, d),
                    first_given_name,
                    several_names,
                    candidates,
                    same_list_pairs,
                    chance_rate,
                    expected_chance,
                    probability,
                    mean_commonness: 0.0,
                });
            }
        }
        LinkageModel {
            classes,
            candidates: cross.iter().map(|(_, c)| c).sum(),
            patterns: cross.to_vec(),
            records: (justice, mission_locale),
            youths: (justice, mission_locale),
            duplicate_pairs: 0,
        }
    }

    /// The label of the evidence class of an agreement pattern.
    pub fn label(&self, pattern: Pattern) -> String {
        self.classes[class_index(pattern)].label()
    }

    /// Probability that one candidate is a match, given its agreement
    /// pattern and, when it shares a names+year token, its commonness
    /// ([`commonness`]): the class's expected chance, spread over its
    /// candidates in proportion to how common their names are. A pair whose
    /// names nobody else shares takes a small part of the class's chance; a
    /// pair of common names a large one. Over the whole class, the
    /// candidates still share exactly the class's expected chance (docs/scheme.md
    /// §11.5, "Term frequency").
    pub fn pair_probability(&self, pattern: Pattern, commonness: Option<f64>) -> f64 {
        let class = &self.classes[class_index(pattern)];
        match commonness {
            Some(w) if class.candidates > 0 && class.mean_commonness > 0.0 => {
                let chance_share = class.expected_chance / class.candidates as f64;
                (1.0 - chance_share * w / class.mean_commonness).clamp(0.0, 1.0)
            }
            _ => class.probability,
        }
    }

    /// Sets each class's average commonness from the candidates that
    /// share a names+year token: `(agreement pattern, commonness)`.
    fn set_mean_commonness(&mut self, candidates: impl Iterator<Item = (Pattern, f64)>) {
        let mut sums = [(0.0f64, 0u64); CLASSES];
        for (mask, w) in candidates {
            let sum = &mut sums[class_index(mask)];
            sum.0 += w;
            sum.1 += 1;
        }
        for (class, (sum, n)) in self.classes.iter_mut().zip(sums) {
            class.mean_commonness = if n == 0 { 0.0 } else { sum / n as f64 };
        }
    }
}

/// Log2 of the odds of a probability, bounded.
fn log_odds(probability: f64) -> f64 {
    let p = clamp(probability);
    (p / (1.0 - p)).log2()
}

/// Weight of a names+year value that no other youth shares, in youths: a
/// value seen on one pair only is not unique in the population, so it keeps
/// a part of chance (measured: at 150,000 × 1,000,000 `realistic` rows,
/// 0.5 gives pairs whose names nobody else shares a probability of 0.9971
/// against a measured precision of 0.9982; README, "Linkage quality").
const UNSHARED_COMMONNESS: f64 = 0.5;

/// How common the names of a candidate pair are (term frequency): the
/// number of *other* youths of the other side that share a names+year
/// token (whole surname, first given name, year of birth) with either of
/// the two, plus [`UNSHARED_COMMONNESS`]. `sharers[y]` is the number of
/// youths of the other side sharing one with youth `y`, the pair itself
/// included.
///
/// Only where the whole date of birth agrees (exactly, or with day and
/// month swapped): there, chance is two people of the same names and date,
/// and the commoner the names, the likelier. Where the date agrees only in
/// part, most candidates are chance whatever the names (measured at
/// 150,000 × 1,000,000: rare names with one date digit apart were still
/// 79 % chance), so the class's own probability is kept (`None`), as it is
/// for names that agree only in part without a names+year token.
///
/// It counts youths, not records, and only candidates (tokens shared by at
/// most `MAX_PER_SIDE` records of a side), so copies of a record change
/// nothing, and it needs no count of any single token beyond what the
/// candidates already show.
fn commonness(pattern: Pattern, sharers: &[u32], justice: u32, mission_locale: u32) -> Option<f64> {
    let mask = kinds(pattern);
    let (names, date) = levels(mask);
    if !matches!(date, DateLevel::Exact | DateLevel::Swapped) {
        return None;
    }
    if mask & (1 << KeyKind::NamesYear.code()) == 0 {
        // Whole names that agree without a names+year token in common:
        // that token was shared by more than `MAX_PER_SIDE` records of a
        // side (very common names), or the names agree only through
        // another form. Taken as common as a shared token may be.
        return (names == NameLevel::Full).then_some(MAX_PER_SIDE as f64 + UNSHARED_COMMONNESS);
    }
    let others = (sharers[justice as usize] + sharers[mission_locale as usize]).saturating_sub(2);
    Some(others as f64 + UNSHARED_COMMONNESS)
}

/// Evidence that leaves the date of birth unconfirmed: only the year, or
/// only the day and month, agree. However rare chance
/// makes it in a campaign, such a link is never claimed: at most it is
/// listed `to review`, for the two professionals to confirm by phone. (In a
/// small campaign the chance rate of these classes cannot be measured, and
/// a common name makes them far likelier than average.)
fn is_partial_evidence(pattern: Pattern) -> bool {
    matches!(
        levels(kinds(pattern)).1,
        DateLevel::SameYear | DateLevel::SameDayMonth
    )
}

/// The reason an agreement pattern's evidence class gives for a link not
/// being surer: what did not agree. `None` for `names-full/date-exact`,
/// where everything the keys can show agrees.
pub fn evidence_reason(pattern: Pattern) -> Option<Reason> {
    let (names, date) = levels(kinds(pattern));
    match date {
        DateLevel::Swapped => return Some(Reason::DayMonthSwapped),
        DateLevel::OneDigit => return Some(Reason::DateOneDigit),
        DateLevel::SameYear => return Some(Reason::SameYearOnly),
        DateLevel::SameDayMonth => return Some(Reason::SameDayMonthOnly),
        DateLevel::Exact => {}
    }
    match names {
        NameLevel::Full => None,
        NameLevel::Partial if class_index(pattern) == PARTIAL_FIRST => Some(Reason::NamesPartly),
        NameLevel::Partial => Some(Reason::GivenNameDiffers),
        NameLevel::Near => Some(Reason::NamesNear),
    }
}

/// What else fitted a link's records almost as well (within
/// `AMBIGUITY_BITS` of log-odds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rival {
    /// Nothing: the link is not ambiguous.
    None,
    /// Another young person of the other side.
    OtherYouth,
    /// Another row of the counterpart's list that shares evidence with the
    /// counterpart: likely the same young person written twice, differently
    /// enough not to be taken as one youth.
    LikelyDuplicate,
}

/// The reasons of a link: what its evidence class leaves unconfirmed
/// ([`evidence_reason`]), whether anything else fitted almost as well, and,
/// for names and date that agree fully but below `sure`, that such
/// agreements are common in this campaign. Every link below `sure` gets at
/// least one reason.
pub fn link_reasons(pattern: Pattern, probability: f64, rival: Rival) -> Reasons {
    let mut reasons = Reasons::NONE;
    let evidence = evidence_reason(pattern);
    if let Some(r) = evidence {
        reasons = reasons.with(r);
    }
    match rival {
        Rival::None => {}
        Rival::OtherYouth => reasons = reasons.with(Reason::SeveralCandidates),
        Rival::LikelyDuplicate => reasons = reasons.with(Reason::Duplicate),
    }
    if reasons.is_empty() && probability < SURE {
        reasons = reasons.with(Reason::CommonNames);
    }
    reasons
}

/// Agreement that includes the full date of birth (a kind of date level
/// exact).
fn is_full_date(pattern: Pattern) -> bool {
    KeyKind::ALL
        .into_iter()
        .any(|k| pattern & (1 << k.code()) != 0 && k.date_evidence() == DateLevel::Exact)
}

/// Two records of one list agreeing so are taken to be one youth written
/// twice: the full date, and the primary surname and first given name
/// equal or one typing error apart or alike in sound (`names-full` or
/// `names-near`), or the first given name with another surname form (a
/// usage name, a part of a double surname: `names-partial-first`). Not
/// another given name alone (`names-partial`, `names-partial-several`):
/// same-sex twins sharing a middle name agree so.
fn is_same_youth(pattern: Pattern) -> bool {
    match levels(kinds(pattern)) {
        (NameLevel::Full | NameLevel::Near, DateLevel::Exact) => true,
        (NameLevel::Partial, DateLevel::Exact) => class_index(pattern) == PARTIAL_FIRST,
        _ => false,
    }
}

/// Records of each list that are one youth: union–find over the same-list
/// pairs that agree as one youth written twice ([`is_same_youth`]).
struct Youths {
    parent: Vec<u32>,
}

impl Youths {
    fn new(records: u32, same_list: &[Pair]) -> Self {
        let mut youths = Youths {
            parent: (0..records).collect(),
        };
        for &(a, b, mask) in same_list {
            if is_same_youth(mask) {
                let (ra, rb) = (youths.find(a), youths.find(b));
                if ra != rb {
                    youths.parent[ra.max(rb) as usize] = ra.min(rb);
                }
            }
        }
        youths
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let up = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = up;
            x = up;
        }
        x
    }

    /// Youths (distinct clusters) among the records `range`.
    fn count(&mut self, range: Range<u32>) -> u64 {
        range.filter(|&g| self.find(g) == g).count() as u64
    }
}

/// Sorts pairs and merges the kinds each pair shares into one pattern.
/// With `tokens`, each pair given is one token shared, and two
/// `names+birth-date` tokens make [`SEVERAL_NAMES_DATE`]; without, the
/// pairs given are already merged patterns (of rows of one youth) and are
/// only joined.
fn merge_pairs(mut pairs: Vec<Pair>, tokens: bool) -> Vec<Pair> {
    pairs.par_sort_unstable();
    let names_date: Pattern = 1 << KeyKind::NamesDate.code();
    let mut merged: Vec<Pair> = Vec::with_capacity(pairs.len());
    for c in pairs {
        match merged.last_mut() {
            Some(last) if last.0 == c.0 && last.1 == c.1 => {
                if tokens && last.2 & c.2 & names_date != 0 {
                    last.2 |= SEVERAL_NAMES_DATE;
                }
                last.2 |= c.2
            }
            _ => merged.push(c),
        }
    }
    merged
}

/// How many pairs show each agreement pattern.
fn pattern_counts(pairs: &[Pair]) -> Vec<(Pattern, u64)> {
    let mut counts = vec![0u64; 2 * SEVERAL_NAMES_DATE as usize];
    for p in pairs {
        counts[p.2 as usize] += 1;
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(pattern, n)| (pattern as Pattern, *n))
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

/// Reference chance rate per evidence class (pairs of two different
/// youths showing the class, per pair), in class order (name level × date
/// level). Measured classes: same-list pairs per same-list pair with
/// `croise evaluate --size 20000:100000 --preset realistic --errors`.
/// The classes derived from the names factor (`names-near` and
/// `names-partial-first` with the full date): cross-side candidates of two
/// `clean` lists of 150,000 and 1,000,000 rows, which have no typing
/// differences and no usage names, so that every such candidate is chance,
/// per pair of youths, divided by that run's names factor (1.26):
/// docs/scheme.md, 11.5.
const REFERENCE_CHANCE: [f64; CLASSES] = [
    // names-full: exact, swapped, one digit, same year, same day-month
    2.3e-9, 1.0e-9, 2.3e-8, 3.9e-7, 2.1e-9, // names-partial
    8.2e-9, 1.0e-9, 1.0e-9, 1.0e-9, 1.0e-9, // names-near
    4.7e-9, 1.0e-9, 1.0e-9, 1.0e-9, 1.0e-9,  // names-partial-first/date-exact
    4.9e-10, // names-partial-several/date-exact
    1.0e-9,
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
type Pair = (u32, u32, Pattern);

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
        let bit: Pattern = 1 << entry_kind(&group[0]);
        if justice.len() > MAX_PER_SIDE || mission_locale.len() > MAX_PER_SIDE {
            // Evidence of nothing between the sides; but records of one
            // list sharing a full-date token are one youth, however many
            // (a list holding one person many times): chain them, so that
            // they count as one youth when chance is measured.
            if is_full_date(bit) {
                for side in [&mut justice, &mut mission_locale] {
                    side.sort_unstable();
                    for w in side.windows(2) {
                        if submission_of(offsets, w[0]) == submission_of(offsets, w[1]) {
                            same_list.push((w[0], w[1], bit));
                        }
                    }
                }
            }
            continue;
        }
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
///
/// Rows of one list that agree on the primary names and the full date are
/// one youth ([`is_same_youth`]): they count once when chance is measured,
/// do not compete with each other for a counterpart, and are linked
/// together under one match number when they share `names-full/date-exact`
/// evidence with the counterpart.
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
    let merged = merge_pairs(candidates, true);
    let mut same_list = merge_pairs(same_list, true);
    // Chance is measured between youths, not rows: rows of one list that
    // agree on the full date are one youth written twice, so they neither
    // count as a coincidence nor as more people to meet by chance.
    let mut youths = Youths::new(total, &same_list);
    let per_list: Vec<u64> = (0..submissions.len())
        .map(|s| youths.count(offsets[s]..offsets[s + 1]))
        .collect();
    let youths_of = |side: Side| -> u64 {
        submissions
            .iter()
            .zip(&per_list)
            .filter(|(s, _)| s.side == side)
            .map(|(_, n)| n)
            .sum()
    };
    let root: Vec<u32> = (0..total).map(|g| youths.find(g)).collect();
    drop(youths);
    let youth = |gid: u32| root[gid as usize];
    let duplicate_pairs = same_list.len();
    same_list.retain(|p| youth(p.0) != youth(p.1));
    let duplicate_pairs = (duplicate_pairs - same_list.len()) as u64;
    // Candidates are counted between youths too: a youth written N times
    // on each side is one candidate, not N², so copies of a record cannot
    // outnumber chance.
    let youth_candidates = merge_pairs(
        merged
            .iter()
            .map(|c| (youth(c.0), youth(c.1), c.2))
            .collect(),
        false,
    );
    let mut model = LinkageModel::estimate(
        &pattern_counts(&youth_candidates),
        &pattern_counts(&same_list),
        per_list.iter().map(|&n| pairs(n)).sum(),
        youths_of(Side::Justice),
        youths_of(Side::MissionLocale),
    );
    model.records = (
        offsets_side_total(submissions, Side::Justice),
        offsets_side_total(submissions, Side::MissionLocale),
    );
    model.duplicate_pairs = duplicate_pairs;
    // Term frequency: for each youth, how many youths of the other side
    // share a names+year token with it.
    let names_year: Pattern = 1 << KeyKind::NamesYear.code();
    let mut sharers = vec![0u32; total as usize];
    for c in youth_candidates.iter().filter(|c| c.2 & names_year != 0) {
        sharers[c.0 as usize] += 1;
        sharers[c.1 as usize] += 1;
    }
    model.set_mean_commonness(
        youth_candidates
            .iter()
            .filter_map(|c| Some((c.2, commonness(c.2, &sharers, c.0, c.1)?))),
    );
    let probability_of =
        |c: &Pair| model.pair_probability(c.2, commonness(c.2, &sharers, youth(c.0), youth(c.1)));
    // Youths of one list that share evidence without being taken as one
    // youth: when one rivals the other for a counterpart, the link says
    // "duplicate" rather than "several candidates".
    let near_youths: HashSet<(u32, u32)> = same_list
        .iter()
        .map(|p| {
            let (a, b) = (youth(p.0), youth(p.1));
            (a.min(b), a.max(b))
        })
        .collect();
    drop(same_list);
    // Each candidate with its probability and log-odds.
    let mut merged: Vec<(Pair, f64, f64)> = merged
        .into_iter()
        .map(|c| {
            let p = probability_of(&c);
            (c, p, log_odds(p))
        })
        .collect();

    let handle = |gid: u32| {
        let (s, r) = locate(gid);
        submissions[s].file.handles[r as usize]
    };
    // Best evidence first; ties broken by handles, which are stable and
    // carry no meaning.
    let threshold = (TO_REVIEW / (1.0 - TO_REVIEW)).log2();
    // Pairs of rows that agree on the primary names and the full date: once
    // their youths are linked to each other, they join the link (below).
    // Not the other rows of a youth: names one typing error apart may be
    // twins (`RAYAN` / `RAYANE`), and a part of a double surname with the
    // same first given name and birth date is another youth a few hundred
    // times in a national list (`THOMAS MARTIN Matteo` / `MASOTAIN--MARTIN
    // Matteo`); such rows are one youth only for counting chance.
    let joins: Vec<(u32, u32)> = merged
        .iter()
        .filter(|c| levels(kinds(c.0.2)) == (NameLevel::Full, DateLevel::Exact))
        .map(|c| (c.0.0, c.0.1))
        .collect();
    merged.retain(|c| c.2 >= threshold);
    merged.sort_by(|(a, _, a_lo), (b, _, b_lo)| {
        b_lo.total_cmp(a_lo)
            .then_with(|| handle(a.0).cmp(&handle(b.0)))
            .then_with(|| handle(a.1).cmp(&handle(b.1)))
    });

    // For each record, the best log-odds among its candidates and the best
    // for another youth of the other side (rows of one list that are one
    // youth do not compete). Partial evidence (only the year or only the
    // day and month agree) is never claimed, so it does not make a
    // full-evidence link ambiguous either. `merged` is sorted best first.
    drop(youth_candidates);
    let mut best: HashMap<u32, (u32, f64)> = HashMap::new();
    let mut second: HashMap<u32, (u32, f64)> = HashMap::new();
    for (c, _, lo) in merged.iter().filter(|c| !is_partial_evidence(c.0.2)) {
        let lo = *lo;
        for (gid, other) in [(c.0, youth(c.1)), (c.1, youth(c.0))] {
            match best.get(&gid) {
                None => {
                    best.insert(gid, (other, lo));
                }
                Some(&(first, _)) if first != other => {
                    second.entry(gid).or_insert((other, lo));
                }
                Some(_) => {}
            }
        }
    }

    // Greedy one-to-one assignment between youths, best evidence first.
    let mut linked: HashMap<u32, usize> = HashMap::new();
    let mut links: Vec<Link> = Vec::new();
    for (c, probability, lo) in &merged {
        let (probability, lo) = (*probability, *lo);
        let (yj, ym) = (youth(c.0), youth(c.1));
        if linked.contains_key(&yj) || linked.contains_key(&ym) {
            continue;
        }
        // Ambiguous when a candidate of another youth comes close; a
        // likely duplicate when that youth shares evidence with the
        // counterpart, on the counterpart's list.
        let mut rival = Rival::None;
        for (gid, counterpart) in [(c.0, youth(c.1)), (c.1, youth(c.0))] {
            let Some(&(other, b)) = second.get(&gid) else {
                continue;
            };
            if b < lo - AMBIGUITY_BITS {
                continue;
            }
            let other = if other == counterpart {
                best.get(&gid).map_or(other, |b| b.0)
            } else {
                other
            };
            let pair = (other.min(counterpart), other.max(counterpart));
            rival = if near_youths.contains(&pair) {
                Rival::LikelyDuplicate
            } else if rival == Rival::None {
                Rival::OtherYouth
            } else {
                rival
            };
        }
        let ambiguous = rival != Rival::None;
        let confidence = if ambiguous || is_partial_evidence(c.2) {
            Confidence::ToReview
        } else if probability >= SURE {
            Confidence::Sure
        } else if probability >= PROBABLE {
            Confidence::Probable
        } else {
            Confidence::ToReview
        };
        linked.insert(yj, links.len());
        linked.insert(ym, links.len());
        links.push(Link {
            justice: locate(c.0),
            mission_locale: locate(c.1),
            more_justice: Vec::new(),
            more_mission_locale: Vec::new(),
            confidence,
            reasons: link_reasons(c.2, probability, rival),
            probability,
            agreement: c.2,
            number: MatchNumber(0),
        });
    }
    // Other rows of two youths linked to each other, agreeing with a row of
    // the counterpart on the primary names and the full date, join the link
    // under the same match number.
    for (j, m) in joins {
        let (Some(&a), Some(&b)) = (linked.get(&youth(j)), linked.get(&youth(m))) else {
            continue;
        };
        if a != b {
            continue;
        }
        let link = &mut links[a];
        for (row, first, rows) in [
            (locate(j), link.justice, &mut link.more_justice),
            (
                locate(m),
                link.mission_locale,
                &mut link.more_mission_locale,
            ),
        ] {
            if row != first && !rows.contains(&row) {
                rows.push(row);
            }
        }
    }
    for link in &mut links {
        link.more_justice.sort_unstable();
        link.more_mission_locale.sort_unstable();
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

/// Whether tokens of this kind can show two records of one list to be one
/// youth ([`is_same_youth`]: the full date, and for a usage name or a part
/// of a double surname the first given name with a surname form, kinds 2
/// and 3): the only kinds [`same_youths`] needs.
pub fn tells_same_youth(kind: KeyKind) -> bool {
    kind.date_evidence() == DateLevel::Exact
        || matches!(kind, KeyKind::NamesYear | KeyKind::NamesDayMonth)
}

/// The records of one list that are one young person written more than
/// once, by the rule and through the join the coordinator uses when it
/// counts youths (`link`): groups of two or more record indices, each in
/// increasing order, the groups ordered by their first record. A holder runs
/// it on its own list, with tokens under a key of its own, to see what the
/// coordinator will take as one youth. Tokens of kinds that cannot show it
/// ([`tells_same_youth`]) may be left out of `file`: the groups are the same.
pub fn same_youths(file: TokenFile) -> Vec<Vec<u32>> {
    let n = file.records() as u32;
    let submissions = [Submission {
        path: PathBuf::new(),
        file,
        party_index: 0,
        side: Side::Justice,
    }];
    let (_, same_list) = candidate_pairs(&submissions, &[0, n], &vec![true; n as usize]);
    let mut youths = Youths::new(n, &merge_pairs(same_list, true));
    let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
    for r in 0..n {
        groups.entry(youths.find(r)).or_default().push(r);
    }
    let mut groups: Vec<Vec<u32>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_unstable();
    groups
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
        let (js, _) = link.justice;
        let (ms, _) = link.mission_locale;
        let justice = std::iter::once(&link.justice).chain(&link.more_justice);
        let mission_locale = std::iter::once(&link.mission_locale).chain(&link.more_mission_locale);
        for (&(s, r), counterpart) in justice
            .map(|row| (row, ms))
            .chain(mission_locale.map(|row| (row, js)))
        {
            per_party[s].push(ResultLink {
                handle: submissions[s].file.handles[r as usize],
                match_number: link.number,
                counterpart: party_id(counterpart),
                confidence: link.confidence,
                reasons: link.reasons,
            });
        }
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
                    expected.push((*a, *b, (1 as Pattern) << kind.code()));
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

#[cfg(test)]
mod decision_tests {
    use super::*;
    use crate::format::tokens::{ListCounts, TokenHeader};

    fn tagger() -> Tagger {
        Tagger::new(&SubKey::from_bytes([7; 32]))
    }

    /// A record of `person`, sharing with every other record of the same
    /// person the tokens of the kinds in `kinds` (others are its own).
    fn tokens(person: u32, row: u32, kinds: &[KeyKind]) -> Vec<(KeyKind, Tag)> {
        tokens_named(person, person, row, kinds)
    }

    /// As [`tokens`], but the names+year token (if shared) is the one of
    /// `names`: people of the same `names` have the same names and year of
    /// birth (born on different days).
    fn tokens_named(person: u32, names: u32, row: u32, kinds: &[KeyKind]) -> Vec<(KeyKind, Tag)> {
        let t = tagger();
        KeyKind::ALL
            .iter()
            .map(|kind| {
                let shared = kinds.contains(kind);
                let value = if shared && *kind == KeyKind::NamesYear {
                    t.tag(&[b"n", &[kind.code()], &names.to_be_bytes()])
                } else if shared {
                    t.tag(&[b"p", &[kind.code()], &person.to_be_bytes()])
                } else {
                    t.tag(&[
                        b"r",
                        &[kind.code()],
                        &person.to_be_bytes(),
                        &row.to_be_bytes(),
                    ])
                };
                (*kind, value)
            })
            .collect()
    }

    fn file(party: u32, people: impl IntoIterator<Item = (u32, Vec<KeyKind>)>) -> TokenFile {
        let t = tagger();
        let mut file = TokenFile::new(TokenHeader {
            kind: String::new(),
            format: 0,
            campaign_id: String::new(),
            party: String::new(),
            key_fingerprint: String::new(),
            scheme: String::new(),
            input_digest: String::new(),
            records: 0,
            counts: ListCounts::default(),
        });
        for (row, (person, kinds)) in people.into_iter().enumerate() {
            let row = row as u32;
            let handle = t.tag(&[b"h", &party.to_be_bytes(), &row.to_be_bytes()]);
            file.push(handle, tokens(person, row, &kinds));
        }
        file
    }

    fn submissions(justice: TokenFile, mission_locale: TokenFile) -> Vec<Submission> {
        vec![
            Submission {
                path: PathBuf::new(),
                file: justice,
                party_index: 0,
                side: Side::Justice,
            },
            Submission {
                path: PathBuf::new(),
                file: mission_locale,
                party_index: 1,
                side: Side::MissionLocale,
            },
        ]
    }

    fn rank(c: Confidence) -> u8 {
        match c {
            Confidence::Sure => 2,
            Confidence::Probable => 1,
            Confidence::ToReview => 0,
        }
    }

    const ALL: &[KeyKind] = &KeyKind::ALL;
    /// An alternative name form and the full date: `names-partial/date-exact`.
    const PARTIAL: &[KeyKind] = &[KeyKind::NamesDate, KeyKind::PhoneticDate];
    /// Same names, one date digit off: `names-full/date-one-digit`.
    const ONE_DIGIT: &[KeyKind] = &[KeyKind::NamesYear, KeyKind::NamesDateVariant];

    /// Justice people 0..300, Mission Locale people 200..2200: 100 in both,
    /// of three evidence classes; person 5000 is the crafted record, also
    /// on the Mission Locale list.
    fn run(copies: usize) -> (Vec<Link>, LinkageModel, Vec<Submission>) {
        let kinds = |p: u32| match p % 10 {
            0 => PARTIAL.to_vec(),
            1 => ONE_DIGIT.to_vec(),
            _ => ALL.to_vec(),
        };
        let justice = (0..300)
            .map(|p| (p, kinds(p)))
            .chain(std::iter::repeat_n((5000, ALL.to_vec()), copies));
        let mission_locale = (200..2200)
            .map(|p| (p, kinds(p)))
            .chain([(5000, ALL.to_vec())]);
        let subs = submissions(file(0, justice), file(1, mission_locale));
        let (links, model) = link(&subs);
        (links, model, subs)
    }

    /// Term frequency: within `names-full/date-exact`, a pair whose names
    /// and year several other youths share is less sure than a pair whose
    /// names nobody else has, and the class's expected chance is spread over
    /// its candidates, not created or lost.
    #[test]
    fn common_names_are_less_sure_than_rare_ones() {
        // People 0..2000 on both lists; people 0..400 come in families of
        // four who share names and year of birth (born on different days).
        let names = |p: u32| if p < 400 { p / 4 } else { 10_000 + p };
        let people = |party: u32, range: Range<u32>| {
            let t = tagger();
            let mut file = file(party, []);
            for (row, p) in range.enumerate() {
                let handle = t.tag(&[b"h", &party.to_be_bytes(), &(row as u32).to_be_bytes()]);
                file.push(handle, tokens_named(p, names(p), row as u32, ALL));
            }
            file
        };
        let subs = submissions(people(0, 0..2000), people(1, 0..2000));
        let (links, model) = link(&subs);
        let class = &model.classes[class_index(mask(ALL))];
        assert_eq!(class.candidates, 2000);
        assert!(class.expected_chance > 0.0);
        let probability = |p: u32| {
            links
                .iter()
                .find(|l| l.justice == (0, p))
                .map(|l| l.probability)
                .expect("linked")
        };
        let (common, rare) = (probability(1), probability(1000));
        assert!(common < class.probability, "{common} {}", class.probability);
        assert!(rare > class.probability, "{rare} {}", class.probability);
        let chance: f64 = (0..2000).map(|p| 1.0 - probability(p)).sum();
        assert!(
            (chance - class.expected_chance).abs() < 1e-9 * class.expected_chance.max(1.0),
            "{chance} against {}",
            class.expected_chance
        );
    }

    /// Regression for issue 14: a list made of one crafted record many
    /// times must not make chance look rarer, nor any link surer.
    #[test]
    fn one_record_many_times_raises_no_confidence() {
        let (once, model_once, subs_once) = run(1);
        let handles = |links: &[Link], subs: &[Submission]| -> HashMap<(Tag, Tag), Confidence> {
            links
                .iter()
                .map(|l| {
                    let h = |(s, r): (usize, u32)| subs[s].file.handles[r as usize];
                    ((h(l.justice), h(l.mission_locale)), l.confidence)
                })
                .collect()
        };
        let before = handles(&once, &subs_once);
        assert!(before.len() >= 100, "{}", before.len());
        for copies in [2, 8, 9, 3_000] {
            let (links, model, subs) = run(copies);
            assert_eq!(
                model.youths, model_once.youths,
                "{copies} copies are one youth"
            );
            for (a, b) in model.classes.iter().zip(&model_once.classes) {
                assert!(
                    a.probability <= b.probability + 1e-12,
                    "{copies} copies: {} rose from {} to {}",
                    a.label(),
                    b.probability,
                    a.probability
                );
            }
            for (pair, confidence) in handles(&links, &subs) {
                if let Some(&was) = before.get(&pair) {
                    assert!(rank(confidence) <= rank(was), "{copies} copies");
                }
            }
        }
    }

    /// Two rows of one youth on one list are linked together to the
    /// counterpart, and do not make the link ambiguous.
    #[test]
    fn rows_of_one_youth_share_a_match_number() {
        let justice = file(0, [(1, ALL.to_vec()), (2, ALL.to_vec())]);
        let mission_locale = file(1, [(1, ALL.to_vec()), (1, ALL.to_vec()), (3, ALL.to_vec())]);
        let (links, model) = link(&submissions(justice, mission_locale));
        assert_eq!(model.youths, (2, 2));
        assert_eq!(model.duplicate_pairs, 1);
        assert_eq!(links.len(), 1);
        let l = &links[0];
        assert_eq!(l.confidence, Confidence::Sure);
        assert_eq!(l.more_mission_locale.len(), 1);
        assert!(l.more_justice.is_empty());
    }

    fn mask(kinds: &[KeyKind]) -> Pattern {
        kinds.iter().fold(0, |m, k| m | (1 << k.code()))
    }

    /// Two names+date tokens in common make `names-partial-several`; one,
    /// or two rows of one youth each sharing the same one, do not.
    #[test]
    fn several_name_forms_are_counted_per_token() {
        let names_date: Pattern = 1 << KeyKind::NamesDate.code();
        let phonetic: Pattern = 1 << KeyKind::PhoneticDate.code();
        let tokens = vec![(1, 2, names_date), (1, 2, phonetic), (1, 2, names_date)];
        let merged = merge_pairs(tokens, true);
        assert_eq!(
            merged,
            vec![(1, 2, names_date | phonetic | SEVERAL_NAMES_DATE)]
        );
        assert_eq!(class_index(merged[0].2), PARTIAL_SEVERAL);
        let one = merge_pairs(vec![(1, 2, names_date), (1, 2, phonetic)], true);
        assert_eq!(class_index(one[0].2), class_index(mask(PARTIAL)));
        // Rows of one youth, each pattern already merged: joined, not counted.
        let youth = merge_pairs(vec![(1, 2, one[0].2), (1, 2, one[0].2)], false);
        assert_eq!(youth, one);
    }

    /// Issue 14: each evidence class below `names-full/date-exact` says
    /// what did not agree; full agreement says nothing.
    #[test]
    fn each_class_gives_its_reason() {
        use KeyKind::*;
        for (kinds, reason) in [
            (ALL, None),
            (PARTIAL, Some(Reason::GivenNameDiffers)),
            (&[NamesDate, NamesYear][..], Some(Reason::NamesPartly)),
            (
                &[PhoneticDate, SurnameTypoDate][..],
                Some(Reason::NamesNear),
            ),
            (
                &[NamesDateSwapped, NamesYear][..],
                Some(Reason::DayMonthSwapped),
            ),
            (ONE_DIGIT, Some(Reason::DateOneDigit)),
            (&[NamesYear][..], Some(Reason::SameYearOnly)),
            (&[NamesDayMonth][..], Some(Reason::SameDayMonthOnly)),
        ] {
            assert_eq!(evidence_reason(mask(kinds)), reason, "{kinds:?}");
        }
    }

    /// Every link below `sure` has a reason; a rival says which kind.
    #[test]
    fn reasons_say_why_a_link_is_not_surer() {
        let all = mask(ALL);
        assert!(link_reasons(all, 0.999, Rival::None).is_empty());
        let common: Vec<_> = link_reasons(all, 0.97, Rival::None).iter().collect();
        assert_eq!(common, [Reason::CommonNames]);
        let several: Vec<_> = link_reasons(all, 0.97, Rival::OtherYouth).iter().collect();
        assert_eq!(several, [Reason::SeveralCandidates]);
        let both: Vec<_> = link_reasons(mask(ONE_DIGIT), 0.999, Rival::LikelyDuplicate)
            .iter()
            .collect();
        assert_eq!(both, [Reason::DateOneDigit, Reason::Duplicate]);
        for bits in 0..(1u16 << KeyKind::ALL.len()) {
            for p in [0.3, 0.9, 0.96, 0.999] {
                assert!(
                    p >= SURE || !link_reasons(bits, p, Rival::None).is_empty(),
                    "{bits:#b} at {p}"
                );
            }
        }
    }

    /// A second row of one youth under the usage name, or with a part of a
    /// double surname (the first given name with another surname form and
    /// the full date), is the same youth: it makes no chance in its class
    /// and does not rival the link. It does not join the link: agreeing so
    /// is also how two youths of one national list meet now and then.
    #[test]
    fn a_usage_name_second_row_is_the_same_youth() {
        use KeyKind::*;
        let usage_name = [NamesDate, PhoneticDate, NamesDayMonth].to_vec();
        let justice = file(0, [(1, ALL.to_vec())]);
        let mission_locale = file(1, [(1, ALL.to_vec()), (1, usage_name), (2, ALL.to_vec())]);
        let (links, model) = link(&submissions(justice, mission_locale));
        assert_eq!(model.youths, (1, 2));
        assert_eq!(model.duplicate_pairs, 1);
        let first = &model.classes[PARTIAL_FIRST];
        assert_eq!(
            (first.label().as_str(), first.same_list_pairs),
            ("names-partial-first/date-exact", 0)
        );
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].mission_locale, (1, 0));
        assert!(links[0].more_mission_locale.is_empty());
        assert_eq!(links[0].confidence, Confidence::Sure);
        assert!(links[0].reasons.is_empty());
    }

    /// A second row of the counterpart's list, too different to be taken
    /// as the same youth (another given name first), rivals the link:
    /// `to review`, because of a likely duplicate. The same rival on another
    /// list of that side is another candidate.
    #[test]
    fn a_rival_row_of_the_same_list_is_a_likely_duplicate() {
        let justice = file(0, [(1, ALL.to_vec())]);
        let mission_locale = file(1, [(1, ALL.to_vec()), (1, PARTIAL.to_vec())]);
        let (links, _) = link(&submissions(justice, mission_locale));
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].confidence, Confidence::ToReview);
        let reasons: Vec<_> = links[0].reasons.iter().collect();
        assert_eq!(reasons, [Reason::Duplicate]);

        let mut subs = submissions(file(0, [(1, ALL.to_vec())]), file(1, [(1, ALL.to_vec())]));
        subs.push(Submission {
            path: PathBuf::new(),
            file: file(2, [(1, PARTIAL.to_vec())]),
            party_index: 2,
            side: Side::MissionLocale,
        });
        let (links, _) = link(&subs);
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].confidence, Confidence::ToReview);
        let reasons: Vec<_> = links[0].reasons.iter().collect();
        assert_eq!(reasons, [Reason::SeveralCandidates]);
    }

    /// The holder's view of its own list uses the coordinator's rule: rows
    /// one typing error apart with the full date are one youth, and so are
    /// rows where the first given name agrees with another surname form (a
    /// usage name, a part of a double surname); another given name alone,
    /// or another date, is not.
    #[test]
    fn same_youths_groups_rows_as_the_coordinator_does() {
        use KeyKind::*;
        let near = [PhoneticDate, SurnameTypoDate, GivenNameTypoDate].to_vec();
        let usage_name = [NamesDate, PhoneticDate, NamesDayMonth].to_vec();
        let list = file(
            0,
            [
                (1, ALL.to_vec()),
                (2, ALL.to_vec()),
                (1, near),
                (3, ALL.to_vec()),
                (3, PARTIAL.to_vec()),
                (4, ALL.to_vec()),
                (4, ONE_DIGIT.to_vec()),
                (2, ALL.to_vec()),
                (5, ALL.to_vec()),
                (5, usage_name),
            ],
        );
        assert_eq!(same_youths(list), [vec![0, 2], vec![1, 7], vec![8, 9]]);
    }
}
