//! Result files: what the coordinator returns to one party, encrypted to
//! that party alone: which of *its own* records matched, in which
//! counterpart organisation, under which match number, with which confidence.

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{open_container, seal_container};
use crate::error::{Error, FileProblem, Result, noun};
use crate::keys::{AuthKey, TAG_LEN, Tag};

/// How sure a link is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    /// The agreement pattern makes a chance agreement negligible.
    Sure,
    /// Very likely the same person; some keys disagree.
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

/// Why a link is not surer than it is: what did not agree between the two
/// records, or what else fitted. Carried by every link (a `sure` link may
/// carry the evidence reason of its class, e.g. [`Reason::NamesPartly`]);
/// every link below `sure` carries at least one. Worded by the front end,
/// never here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// The first given names differ; another given name agrees, with the
    /// surname and the full date (`names-partial/date-exact`).
    GivenNameDiffers,
    /// The first given name and the date agree, the surname only in part:
    /// a usage name, one part of a double surname
    /// (`names-partial-first/date-exact`).
    NamesPartly,
    /// The names are one typing error apart, sound alike or are swapped
    /// (`names-near/date-exact`).
    NamesNear,
    /// Day and month of birth swapped (`names-full/date-day-month-swapped`).
    DayMonthSwapped,
    /// One digit of the date of birth differs (`names-full/date-one-digit`).
    DateOneDigit,
    /// Only the year of birth agrees (`names-full/date-same-year`).
    SameYearOnly,
    /// Only the day and month of birth agree (`names-full/date-same-day-month`).
    SameDayMonthOnly,
    /// Names and date agree, but such agreements are common enough in this
    /// campaign to happen by chance (`names-full/date-exact` below `sure`).
    CommonNames,
    /// Another young person of the other side fits almost as well.
    SeveralCandidates,
    /// What fits almost as well is another row of the same list that looks
    /// like the same young person written differently (a duplicate not
    /// taken as one youth).
    Duplicate,
    /// The date of birth agrees, but it is 1 January: often an
    /// administrative date of somebody born abroad whose real date is
    /// unknown, shared by different young people with the same names. Set
    /// by the holder's `reveal`, which alone sees the date
    /// ([`crate::reveal::january_first`]); never in a result file.
    JanuaryFirst,
}

impl Reason {
    pub const ALL: [Reason; 11] = [
        Reason::GivenNameDiffers,
        Reason::NamesPartly,
        Reason::NamesNear,
        Reason::DayMonthSwapped,
        Reason::DateOneDigit,
        Reason::SameYearOnly,
        Reason::SameDayMonthOnly,
        Reason::CommonNames,
        Reason::SeveralCandidates,
        Reason::Duplicate,
        Reason::JanuaryFirst,
    ];

    /// Its bit in the result file: bit `i` for `ALL[i]`.
    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// A stable label, for logs and tests (not for users).
    pub fn label(self) -> &'static str {
        match self {
            Reason::GivenNameDiffers => "given-name-differs",
            Reason::NamesPartly => "names-partly",
            Reason::NamesNear => "names-near",
            Reason::DayMonthSwapped => "day-month-swapped",
            Reason::DateOneDigit => "date-one-digit",
            Reason::SameYearOnly => "same-year-only",
            Reason::SameDayMonthOnly => "same-day-month-only",
            Reason::CommonNames => "common-names",
            Reason::SeveralCandidates => "several-candidates",
            Reason::Duplicate => "duplicate",
            Reason::JanuaryFirst => "january-first",
        }
    }
}

/// The reasons of one link: a set of [`Reason`]s, in [`Reason::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Reasons(u16);

impl Reasons {
    pub const NONE: Reasons = Reasons(0);

    pub fn with(self, reason: Reason) -> Self {
        Reasons(self.0 | reason.bit())
    }

    pub fn contains(self, reason: Reason) -> bool {
        self.0 & reason.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Reason> {
        Reason::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    pub fn bits(self) -> u16 {
        self.0
    }

    /// `None` if a bit names no reason a result file may carry: one this
    /// version does not know, or [`Reason::JanuaryFirst`], which only the
    /// holder's `reveal` sets.
    pub fn from_bits(bits: u16) -> Option<Self> {
        let known = Reason::ALL
            .iter()
            .filter(|r| **r != Reason::JanuaryFirst)
            .fold(0, |m, r| m | r.bit());
        (bits & !known == 0).then_some(Reasons(bits))
    }
}

impl FromIterator<Reason> for Reasons {
    fn from_iter<I: IntoIterator<Item = Reason>>(iter: I) -> Self {
        iter.into_iter().fold(Reasons::NONE, Reasons::with)
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

pub const KIND: &str = "croise-result";
/// Format 4: every link carries its reasons (format 3 had none; format 2
/// had no record counts, bounds or outliers in the header; format 1 also
/// had a body length).
pub const FORMAT: u32 = 4;
/// What a reader of this kind of file expects.
pub const FILE: super::FileKind = super::FileKind {
    kind: KIND,
    format: FORMAT,
    noun: noun::RESULT_FILE,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultHeader {
    pub kind: String,
    pub format: u32,
    pub campaign_id: String,
    pub party: String,
    pub key_fingerprint: String,
    pub scheme: String,
    /// The input digest of the party's token file, echoed back.
    pub input_digest: String,
    pub reference_date: NaiveDate,
    pub links: u64,
    /// The parties of the campaign whose token file never reached the
    /// coordinator, when it matched without them (`croise match
    /// --partial`): a row not linked may be on their list. Absent from the
    /// header of a complete campaign's result.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent_parties: Vec<String>,
    /// The parties whose records linked to an implausible share of the
    /// other side's records (see `matching::OUTLIER_SHARE`), so that every
    /// party sees what the coordinator saw.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outliers: Vec<String>,
    /// Every submitting party's record count and bound, this party's
    /// included: counts, not personal data, so that an outsized submission
    /// is visible to all.
    #[serde(rename = "size")]
    pub sizes: Vec<PartyCount>,
}

/// One party's size as a result file states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyCount {
    pub id: String,
    pub side: String,
    /// Records its token file held.
    pub records: u64,
    /// The manifest's bound on them.
    pub max_records: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLink {
    pub handle: Tag,
    pub match_number: MatchNumber,
    /// The counterpart party's identifier in the manifest.
    pub counterpart: String,
    pub confidence: Confidence,
    /// Why the link is not surer (see [`Reason`]).
    pub reasons: Reasons,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultFile {
    pub header: ResultHeader,
    pub links: Vec<ResultLink>,
}

impl ResultFile {
    pub fn encode(&self, auth: &AuthKey) -> Vec<u8> {
        let header = toml::to_string(&self.header).expect("header serialises");
        let mut body = Vec::new();
        for link in &self.links {
            body.extend_from_slice(&link.handle);
            body.extend_from_slice(&link.match_number.0.to_be_bytes());
            body.push(link.counterpart.len() as u8);
            body.extend_from_slice(link.counterpart.as_bytes());
            body.push(link.confidence.code());
            body.extend_from_slice(&link.reasons.bits().to_be_bytes());
        }
        seal_container(KIND, &header, &body, auth)
    }

    pub fn decode(bytes: &[u8], auth: &AuthKey, path: &Path) -> Result<ResultFile> {
        let (header_text, body) = open_container(bytes, &FILE, auth, path)?;
        let bad = |problem: FileProblem| Error::invalid_file(path, problem);
        let header: ResultHeader = toml::from_str(&header_text)
            .map_err(|_| bad(FileProblem::MalformedHeaderOf(noun::RESULT_FILE)))?;
        let mut links = Vec::new();
        let mut rest = body.as_slice();
        while !rest.is_empty() {
            let (handle, t) = rest
                .split_first_chunk::<TAG_LEN>()
                .ok_or_else(|| bad(FileProblem::TruncatedLinks))?;
            let (number, t) = t
                .split_first_chunk::<4>()
                .ok_or_else(|| bad(FileProblem::TruncatedLinks))?;
            let (&len, t) = t
                .split_first()
                .ok_or_else(|| bad(FileProblem::TruncatedLinks))?;
            let counterpart = t
                .get(..len as usize)
                .ok_or_else(|| bad(FileProblem::TruncatedLinks))?;
            let counterpart =
                std::str::from_utf8(counterpart).map_err(|_| bad(FileProblem::MalformedParty))?;
            let t = &t[len as usize..];
            let (&code, t) = t
                .split_first()
                .ok_or_else(|| bad(FileProblem::TruncatedLinks))?;
            let (reasons, t) = t
                .split_first_chunk::<2>()
                .ok_or_else(|| bad(FileProblem::TruncatedLinks))?;
            links.push(ResultLink {
                handle: *handle,
                match_number: MatchNumber(u32::from_be_bytes(*number)),
                counterpart: counterpart.to_string(),
                confidence: Confidence::from_code(code)
                    .ok_or_else(|| bad(FileProblem::UnknownConfidence))?,
                reasons: Reasons::from_bits(u16::from_be_bytes(*reasons))
                    .ok_or_else(|| bad(FileProblem::UnknownReason))?,
            });
            rest = t;
        }
        if links.len() as u64 != header.links {
            return Err(bad(FileProblem::LinkCountMismatch));
        }
        Ok(ResultFile { header, links })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(reasons: Reasons) -> ResultFile {
        ResultFile {
            header: ResultHeader {
                kind: KIND.into(),
                format: FORMAT,
                campaign_id: "c".into(),
                party: "stemo-nancy".into(),
                key_fingerprint: "k".into(),
                scheme: "keys-v2".into(),
                input_digest: "d".into(),
                reference_date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
                links: 1,
                absent_parties: Vec::new(),
                outliers: Vec::new(),
                sizes: Vec::new(),
            },
            links: vec![ResultLink {
                handle: [3; TAG_LEN],
                match_number: MatchNumber(42),
                counterpart: "ml-nancy".into(),
                confidence: Confidence::ToReview,
                reasons,
            }],
        }
    }

    #[test]
    fn reasons_travel_in_the_result() {
        let auth = AuthKey::from_bytes([5; 32]);
        let reasons: Reasons = [Reason::DateOneDigit, Reason::SeveralCandidates]
            .into_iter()
            .collect();
        let f = file(reasons);
        let back = ResultFile::decode(&f.encode(&auth), &auth, Path::new("r")).unwrap();
        assert_eq!(back, f);
        let coordinators: Reasons = Reason::ALL
            .into_iter()
            .filter(|r| *r != Reason::JanuaryFirst)
            .collect();
        assert_eq!(Reasons::from_bits(coordinators.bits()), Some(coordinators));
        let january = Reasons::NONE.with(Reason::JanuaryFirst);
        assert_eq!(
            Reasons::from_bits(january.bits()),
            None,
            "set by reveal only"
        );
        assert_eq!(Reasons::from_bits(1 << 11), None, "an unknown bit");
    }
}
