//! The coordinator's linkage: from the token files of all parties to links
//! between records of the two sides.
//!
//! Records meet when they share a token (a join by sorting, never a
//! comparison of all pairs). Links are only made between a `justice` record
//! and a `mission-locale` record, one-to-one, best evidence first. The
//! coordinator works on tokens and handles only; this module never sees a
//! name.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::campaign::{Manifest, Side};
use crate::error::{Error, Result};
use crate::format::check_campaign;
use crate::format::result::{self, ResultFile, ResultHeader, ResultLink};
use crate::format::summary::{self, LinkCounts, PairSummary, PartySummary, Summary};
use crate::format::tokens::TokenFile;
use crate::keys::Tag;
use crate::scheme::{KeyKind, SCHEME};

/// How sure a link is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    /// Whole surname, given name(s) and date of birth agree.
    Sure,
    /// Only part of the name agrees, with the date of birth.
    Probable,
    /// The evidence fits more than one record equally well: the two
    /// professionals confirm by phone before acting.
    ToReview,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Sure, Confidence::Probable, Confidence::ToReview];

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.get(code as usize).copied()
    }

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Sure => "sure",
            Confidence::Probable => "probable",
            Confidence::ToReview => "to review",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The number under which two professionals talk about one link. Unique
/// within a campaign run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MatchNumber(pub u32);

impl fmt::Display for MatchNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.0)
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
/// a party of the manifest, uses the campaign's scheme, and that no party
/// sent two. Returns submissions ordered as the manifest lists parties, so
/// that the outcome does not depend on the order of the files given.
pub fn accept(manifest: &Manifest, files: Vec<(PathBuf, TokenFile)>) -> Result<Vec<Submission>> {
    let mut accepted: Vec<Submission> = Vec::new();
    for (path, file) in files {
        let h = &file.header;
        check_campaign(&path, manifest, &h.campaign_id, &h.key_fingerprint)?;
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
        let side = manifest.parties[party_index].side;
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub justice: (usize, u32),
    pub mission_locale: (usize, u32),
    pub confidence: Confidence,
    pub number: MatchNumber,
}

/// Tokens shared by more records than this are not evidence of anything
/// (e.g. the same person listed many times): they make no candidates.
const MAX_GROUP: usize = 16;

/// Links the records of the submissions.
pub fn link(submissions: &[Submission]) -> Vec<Link> {
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

    let mut entries: Vec<(Tag, u32, KeyKind)> = submissions
        .iter()
        .enumerate()
        .flat_map(|(s, sub)| {
            let base = offsets[s];
            sub.file
                .tokens
                .iter()
                .map(move |t| (t.value, base + t.record, t.kind))
        })
        .collect();
    entries.par_sort_unstable();

    // Candidate pairs (justice gid, mission-locale gid) with the kinds they share.
    let mut candidates: Vec<(u32, u32, u8)> = Vec::new();
    for group in entries.chunk_by(|a, b| a.0 == b.0) {
        if group.len() < 2 || group.len() > MAX_GROUP {
            continue;
        }
        for a in group {
            if submissions[locate(a.1).0].side != Side::Justice {
                continue;
            }
            for b in group {
                if submissions[locate(b.1).0].side == Side::MissionLocale {
                    candidates.push((a.1, b.1, 1 << a.2 as u8));
                }
            }
        }
    }
    candidates.par_sort_unstable();
    let mut merged: Vec<(u32, u32, u8)> = Vec::with_capacity(candidates.len());
    for c in candidates {
        match merged.last_mut() {
            Some(last) if last.0 == c.0 && last.1 == c.1 => last.2 |= c.2,
            _ => merged.push(c),
        }
    }

    let handle = |gid: u32| {
        let (s, r) = locate(gid);
        submissions[s].file.handles[r as usize]
    };
    // Best evidence first; ties broken by handles, which are stable and
    // carry no meaning.
    let score = |mask: u8| -> (Confidence, u32) { (confidence_of(mask), mask.count_ones()) };
    merged.sort_by(|a, b| {
        let (ca, na) = score(a.2);
        let (cb, nb) = score(b.2);
        ca.cmp(&cb)
            .then(nb.cmp(&na))
            .then_with(|| handle(a.0).cmp(&handle(b.0)))
            .then_with(|| handle(a.1).cmp(&handle(b.1)))
    });

    // Ambiguity: how many candidates reach each record's best score.
    let mut best: HashMap<u32, ((Confidence, u32), u32)> = HashMap::new();
    for c in &merged {
        let s = score(c.2);
        for gid in [c.0, c.1] {
            let entry = best.entry(gid).or_insert((s, 0));
            if entry.0 == s {
                entry.1 += 1;
            }
        }
    }

    let mut taken: HashMap<u32, ()> = HashMap::new();
    let mut links = Vec::new();
    for c in &merged {
        if taken.contains_key(&c.0) || taken.contains_key(&c.1) {
            continue;
        }
        taken.insert(c.0, ());
        taken.insert(c.1, ());
        let s = score(c.2);
        let ambiguous = [c.0, c.1]
            .iter()
            .any(|gid| best[gid].0 == s && best[gid].1 > 1);
        links.push(Link {
            justice: locate(c.0),
            mission_locale: locate(c.1),
            confidence: if ambiguous { Confidence::ToReview } else { s.0 },
            number: MatchNumber(0),
        });
    }

    // Match numbers in a stable order: by pair of parties, then handle.
    links.sort_by(|a, b| {
        (
            submissions[a.justice.0].party_index,
            submissions[a.mission_locale.0].party_index,
        )
            .cmp(&(
                submissions[b.justice.0].party_index,
                submissions[b.mission_locale.0].party_index,
            ))
            .then_with(|| {
                let ha = submissions[a.justice.0].file.handles[a.justice.1 as usize];
                let hb = submissions[b.justice.0].file.handles[b.justice.1 as usize];
                ha.cmp(&hb)
            })
    });
    for (i, link) in links.iter_mut().enumerate() {
        link.number = MatchNumber(i as u32 + 1);
    }
    links
}

fn confidence_of(mask: u8) -> Confidence {
    let strong = KeyKind::ALL
        .iter()
        .any(|k| k.is_strong() && mask & (1 << k.code()) != 0);
    if strong {
        Confidence::Sure
    } else {
        Confidence::Probable
    }
}

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
    let mut results = Vec::new();
    let mut parties = Vec::new();
    for (s, sub) in submissions.iter().enumerate() {
        let mut links = std::mem::take(&mut per_party[s]);
        links.sort_by_key(|l| l.match_number);
        let party = &manifest.parties[sub.party_index];
        parties.push(PartySummary {
            id: party.id.clone(),
            name: party.name.clone(),
            side: party.side.to_string(),
            records: sub.file.header.records,
            counts: sub.file.header.counts.clone(),
            linked: links.len() as u64,
        });
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
            mac: String::new(),
        },
    }
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
