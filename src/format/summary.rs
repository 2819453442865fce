//! The match summary: counts only, for the coordinator and the steering
//! committee. It carries no handle, no match number and no token.
//! Authenticated like every croise file (a `mac` line over the rest).

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::text_file;
use crate::error::{Error, Result};
use crate::format::tokens::ListCounts;
use crate::keys::AuthKey;

pub const KIND: &str = "croise-summary";
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartySummary {
    pub id: String,
    pub name: String,
    pub side: String,
    /// Records submitted (rows kept by the data holder).
    pub records: u64,
    pub counts: ListCounts,
    /// Records of this party that were linked.
    pub linked: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkCounts {
    pub sure: u64,
    pub probable: u64,
    pub to_review: u64,
}

impl LinkCounts {
    pub fn total(&self) -> u64 {
        self.sure + self.probable + self.to_review
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairSummary {
    pub justice: String,
    pub mission_locale: String,
    pub links: LinkCounts,
}

/// The linkage model of one evidence class in this run: counts and rates
/// only, no record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindModel {
    /// Names level / date level, e.g. `names-near/date-exact`.
    pub class: String,
    /// Cross-side candidate pairs of this class.
    pub candidates: u64,
    /// How many of them chance alone would explain.
    pub expected_chance: f64,
    /// Probability that a candidate of this class is a true match.
    pub probability: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub kind: String,
    pub format: u32,
    pub campaign_id: String,
    pub campaign_name: String,
    pub reference_date: NaiveDate,
    pub min_age: u32,
    pub max_age: u32,
    pub scheme: String,
    pub run_date: NaiveDate,
    pub totals: LinkCounts,
    #[serde(rename = "party")]
    pub parties: Vec<PartySummary>,
    #[serde(rename = "pair")]
    pub pairs: Vec<PairSummary>,
    /// Candidate pairs considered (records sharing at least one token).
    #[serde(default)]
    pub candidates: u64,
    #[serde(default, rename = "evidence")]
    pub model: Vec<KindModel>,
    #[serde(default)]
    pub mac: String,
}

impl Summary {
    fn body(&self) -> String {
        let mut unsigned = self.clone();
        unsigned.mac.clear();
        toml::to_string(&unsigned).expect("summary serialises")
    }

    pub fn to_toml(&self, auth: &AuthKey) -> String {
        let mut signed = self.clone();
        signed.mac = hex::encode(auth.sign(KIND, self.body().as_bytes()));
        format!(
            "# croise match summary: counts only, no names, no handles.\n{}",
            toml::to_string(&signed).expect("summary serialises")
        )
    }

    pub fn load(path: &Path, auth: &AuthKey) -> Result<Summary> {
        let bytes = crate::output::read_file(path)?;
        let text = text_file(&bytes, path)?;
        let summary: Summary = toml::from_str(text).map_err(|e| {
            Error::invalid_file(path, format!("not a match summary ({})", e.message()))
        })?;
        if summary.kind != KIND || summary.format != FORMAT {
            return Err(Error::invalid_file(
                path,
                "not a match summary of a supported format",
            ));
        }
        let tag = hex::decode(&summary.mac).unwrap_or_default();
        if !auth.verify(KIND, summary.body().as_bytes(), &tag) {
            return Err(Error::NotAuthentic {
                path: path.to_path_buf(),
            });
        }
        Ok(summary)
    }
}
