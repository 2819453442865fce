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
/// Format 3: the header carries every party's record count and bound, and
/// the outliers (format 2 had neither; format 1 also had a body length).
pub const FORMAT: u32 = 3;
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
            links.push(ResultLink {
                handle: *handle,
                match_number: MatchNumber(u32::from_be_bytes(*number)),
                counterpart: counterpart.to_string(),
                confidence: Confidence::from_code(code)
                    .ok_or_else(|| bad(FileProblem::UnknownConfidence))?,
            });
            rest = t;
        }
        if links.len() as u64 != header.links {
            return Err(bad(FileProblem::LinkCountMismatch));
        }
        Ok(ResultFile { header, links })
    }
}
