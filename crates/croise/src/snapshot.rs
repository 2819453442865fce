//! The holder's snapshot of its list: the exact bytes `tokenize` read, kept
//! encrypted to the holder's own recipient beside the token file
//! (`PARTY.snapshot.age`), so that `reveal` finds the very rows that were
//! tokenized even after the list was re-saved or corrected in a
//! spreadsheet.
//!
//! A snapshot holds names: it is written owner-only, encrypted to the
//! holder alone, and is never sent to anyone. It holds exactly what reveal
//! needs to rebuild the list as tokenize read it: the file's bytes (headers,
//! rows and dialect come from them), the sheet and the column overrides.
//! Its header repeats the campaign, the party and the keyed digest of the
//! bytes; reveal checks the digest against the result's, which the campaign
//! key authenticates, so a snapshot that was swapped or altered is refused.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::campaign::HolderContext;
use crate::error::{Error, Result};
use crate::identity::Identity;
use crate::input::{ColumnOverride, ListFile, ListFormat};
use crate::output::{self, Visibility};
use crate::seal;

/// The first line of a snapshot's plaintext.
const MAGIC: &[u8] = b"croise-snapshot\n";
/// What `kind` says in the header.
pub const KIND: &str = "croise-snapshot";
/// The snapshot format this version writes and reads.
pub const FORMAT: u32 = 1;
/// The header is small; anything larger is not a snapshot.
const MAX_HEADER: usize = 1 << 20;

/// The name of a party's snapshot: `PARTY.snapshot.age`.
pub fn file_name(party: &str) -> String {
    format!("{party}.snapshot.age")
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    kind: String,
    format: u32,
    campaign_id: String,
    party: String,
    /// Keyed digest of the list's bytes, as in the token file's header.
    input_digest: String,
    /// The list's file name when tokenized, for messages.
    list_name: String,
    /// The sheet read, for a workbook.
    sheet: Option<String>,
    /// The column overrides, as `ROLE=HEADER` (`ROLE=` for none).
    columns: Vec<String>,
}

/// A snapshot opened by [`open`]: the list as tokenize read it.
pub struct Snapshot {
    pub list: ListFile,
    /// The keyed digest of the list when it was tokenized.
    pub input_digest: String,
    /// The list's file name when it was tokenized.
    pub list_name: String,
}

/// Writes the snapshot of `list` to `out`, encrypted to the holder's own
/// recipient, owner-only and atomically. Never replaces a file.
pub fn write(ctx: &HolderContext, list: &ListFile, out: &Path) -> Result<()> {
    let recipient = crate::identity::parse_recipient(&ctx.party.recipient)?;
    let header = Header {
        kind: KIND.into(),
        format: FORMAT,
        campaign_id: ctx.manifest.campaign_id.to_string(),
        party: ctx.party.id.clone(),
        input_digest: hex::encode(list.digest(&ctx.schedule.input_digest_key())),
        list_name: list
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        sheet: match &list.format {
            ListFormat::Csv => None,
            ListFormat::Workbook { sheet, .. } => Some(sheet.clone()),
        },
        columns: list
            .overrides()
            .iter()
            .map(|o| format!("{}={}", o.role.key(), o.header.as_deref().unwrap_or("")))
            .collect(),
    };
    let header = toml::to_string(&header).map_err(|e| Error::Invalid(e.to_string()))?;
    let raw = list.raw();
    let mut plain = zeroize::Zeroizing::new(Vec::with_capacity(
        MAGIC.len() + 4 + header.len() + raw.len(),
    ));
    plain.extend_from_slice(MAGIC);
    plain.extend_from_slice(&(header.len() as u32).to_le_bytes());
    plain.extend_from_slice(header.as_bytes());
    plain.extend_from_slice(raw);
    let sealed = seal::seal(&recipient, &plain, seal::Armor::Binary)?;
    output::write_file(out, &sealed, Visibility::OwnerOnly, false)
}

/// Opens the snapshot at `path` with the holder's identity and rebuilds
/// the list from it. Refuses a snapshot of another campaign or party, or
/// whose bytes are not those its header names.
pub fn open(ctx: &HolderContext, identity: &Identity, path: &Path) -> Result<Snapshot> {
    let sealed = output::read_file(path)?;
    let plain = seal::open(identity, &sealed, path)?;
    let damaged = || Error::Damaged {
        path: path.to_path_buf(),
    };
    let Some(rest) = plain.strip_prefix(MAGIC) else {
        return Err(Error::SnapshotOther {
            path: path.to_path_buf(),
        });
    };
    let len = u32::from_le_bytes(rest.get(..4).ok_or_else(damaged)?.try_into().expect("4"));
    let len = len as usize;
    if len > MAX_HEADER || rest.len() < 4 + len {
        return Err(damaged());
    }
    let text = std::str::from_utf8(&rest[4..4 + len]).map_err(|_| damaged())?;
    let header: Header = toml::from_str(text).map_err(|_| damaged())?;
    if header.kind != KIND {
        return Err(damaged());
    }
    if header.format != FORMAT {
        return Err(Error::UnsupportedFormat {
            path: path.to_path_buf(),
            what: "snapshot",
            found: header.format,
            supported: FORMAT,
            advice: String::new(),
        });
    }
    if header.campaign_id != ctx.manifest.campaign_id.to_string() || header.party != ctx.party.id {
        return Err(Error::SnapshotOther {
            path: path.to_path_buf(),
        });
    }
    let overrides = header
        .columns
        .iter()
        .map(|spec| ColumnOverride::parse(spec).ok_or_else(damaged))
        .collect::<Result<Vec<_>>>()?;
    let raw = rest[4 + len..].to_vec();
    let list = ListFile::from_bytes(path, raw, &overrides, header.sheet.as_deref())?;
    if hex::encode(list.digest(&ctx.schedule.input_digest_key())) != header.input_digest {
        return Err(damaged());
    }
    Ok(Snapshot {
        list,
        input_digest: header.input_digest,
        list_name: header.list_name,
    })
}

/// The snapshot written with the token file `tokens`: `X.snapshot.age`
/// beside `X.tokens.age` (so `PARTY.snapshot.age` by default, and two token
/// files of one folder get two snapshots), else `tokens` + `.snapshot.age`.
pub fn beside_tokens(tokens: &Path) -> PathBuf {
    let name = tokens
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".tokens.age").unwrap_or(&name);
    tokens.with_file_name(format!("{stem}.snapshot.age"))
}

/// Where a holder's snapshot is by default: beside `list` if given, else in
/// the current folder.
pub fn default_path(list: Option<&Path>, party: &str) -> PathBuf {
    match list.and_then(Path::parent) {
        Some(dir) => dir.join(file_name(party)),
        None => PathBuf::from(file_name(party)),
    }
}
