//! Token files: what a data holder sends to the coordinator. One per party
//! and campaign, encrypted to the coordinator only. It holds opaque handles
//! and match-key tokens, never a name, a date or a local file number.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{open_container, seal_container};
use crate::error::{Error, Result};
use crate::keys::{AuthKey, TAG_LEN, Tag};
use crate::scheme::KeyKind;

pub const KIND: &str = "croise-tokens";
pub const FORMAT: u32 = 1;
/// What a reader of this kind of file expects.
pub const FILE: super::FileKind = super::FileKind {
    kind: KIND,
    format: FORMAT,
    noun: "token file",
};

/// Counts of what happened to a list's rows. Counts only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListCounts {
    /// Data rows read (blank rows are not counted).
    pub rows_read: u64,
    /// Rows kept: valid and in the age window; one record each.
    pub kept: u64,
    /// Valid rows outside the age window.
    pub out_of_window: u64,
    /// Rejected rows by reason (see `records::Rejection`).
    pub rejected: BTreeMap<String, u64>,
    /// Kept rows by age in completed years at the reference date.
    pub kept_by_age: BTreeMap<String, u64>,
}

impl ListCounts {
    pub fn rejected_total(&self) -> u64 {
        self.rejected.values().sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenHeader {
    pub kind: String,
    pub format: u32,
    pub campaign_id: String,
    pub party: String,
    pub key_fingerprint: String,
    pub scheme: String,
    /// Keyed digest of the exact input file (hex), echoed back in the result
    /// so that reveal can refuse another file.
    pub input_digest: String,
    pub records: u64,
    pub counts: ListCounts,
}

/// One token of one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Token {
    pub record: u32,
    pub kind: KeyKind,
    pub value: Tag,
}

/// A decoded token file. Records are in handle order, which reveals nothing
/// about the order of the input list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenFile {
    pub header: TokenHeader,
    pub handles: Vec<Tag>,
    /// Tokens grouped by record, records in `handles` order.
    pub tokens: Vec<Token>,
}

impl TokenFile {
    pub fn encode(&self, auth: &AuthKey) -> Vec<u8> {
        let header = toml::to_string(&self.header).expect("header serialises");
        let mut body = Vec::with_capacity(
            self.handles.len() * (TAG_LEN + 1) + self.tokens.len() * (TAG_LEN + 1),
        );
        let mut next = 0usize;
        for (record, handle) in self.handles.iter().enumerate() {
            let start = next;
            while next < self.tokens.len() && self.tokens[next].record as usize == record {
                next += 1;
            }
            body.extend_from_slice(handle);
            body.push((next - start) as u8);
            for token in &self.tokens[start..next] {
                body.push(token.kind.code());
                body.extend_from_slice(&token.value);
            }
        }
        seal_container(KIND, &header, &body, auth)
    }

    pub fn decode(bytes: &[u8], auth: &AuthKey, path: &Path) -> Result<TokenFile> {
        let (header_text, body) = open_container(bytes, &FILE, auth, path)?;
        let bad = |reason: &str| Error::invalid_file(path, reason.to_string());
        let header: TokenHeader =
            toml::from_str(header_text).map_err(|_| bad("malformed token file header"))?;
        let records = usize::try_from(header.records).map_err(|_| bad("too many records"))?;
        if records > u32::MAX as usize || records > body.len() / (TAG_LEN + 1) + 1 {
            return Err(bad("its record count does not match its content"));
        }
        let mut handles = Vec::with_capacity(records);
        let mut tokens = Vec::with_capacity(records * 4);
        let mut rest = body;
        for record in 0..records as u32 {
            let (handle, tail) = rest
                .split_first_chunk::<TAG_LEN>()
                .ok_or_else(|| bad("truncated records"))?;
            let (&count, mut tail) = tail.split_first().ok_or_else(|| bad("truncated records"))?;
            for _ in 0..count {
                let (&code, t) = tail.split_first().ok_or_else(|| bad("truncated records"))?;
                let (value, t) = t
                    .split_first_chunk::<TAG_LEN>()
                    .ok_or_else(|| bad("truncated records"))?;
                let kind = KeyKind::from_code(code).ok_or_else(|| bad("unknown key kind"))?;
                tokens.push(Token {
                    record,
                    kind,
                    value: *value,
                });
                tail = t;
            }
            if handles.last().is_some_and(|last: &Tag| last >= handle) {
                return Err(bad(
                    "its records are not in handle order, or repeat a handle",
                ));
            }
            handles.push(*handle);
            rest = tail;
        }
        if !rest.is_empty() {
            return Err(bad("its record count does not match its content"));
        }
        Ok(TokenFile {
            header,
            handles,
            tokens,
        })
    }
}
