//! Revealing a result on the data holder's workstation: the result's handles
//! are recomputed from the holder's own, unchanged list, and the matched rows
//! are returned with their match number and counterpart organisation.

use std::collections::HashMap;
use std::path::Path;

use crate::Progress;
use crate::campaign::HolderContext;
use crate::error::{Error, Result};
use crate::format::result::ResultFile;
use crate::identity::Identity;
use crate::input::{ListFile, ListRow, Role};
use crate::keys::{Tag, Tagger};
use crate::matching::{Confidence, MatchNumber, Reasons};
use crate::output;
use crate::parallel::{default_window, ordered_map};
use crate::records::{Rejection, person_from_row};
use crate::seal;
use crate::tokenize::record_handle;

/// Rows whose handles are computed per parallel work item.
const ROW_CHUNK: usize = 4096;

/// One row of the holder's list that was linked.
#[derive(Debug, Clone)]
pub struct RevealedRow {
    pub row: u64,
    pub fields: Vec<String>,
    pub match_number: MatchNumber,
    pub counterpart: String,
    pub counterpart_name: String,
    pub confidence: Confidence,
    /// Why the link is not surer: what did not agree, or what else fitted.
    pub reasons: Reasons,
}

/// Why a row of the holder's list was not linked (see [`reveal_with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowStatus {
    /// Tokenized, and found on no partner's list.
    NotLinked,
    /// Not tokenized: the row could not be read as a person.
    Rejected(Rejection),
    /// Not tokenized: the person is outside the campaign's age window.
    OutOfWindow,
}

/// A row of the holder's list that was not linked, and why.
#[derive(Debug, Clone)]
pub struct OtherRow {
    pub row: u64,
    pub fields: Vec<String>,
    pub status: RowStatus,
}

pub struct Revealed {
    pub headers: Vec<String>,
    /// Linked rows in match-number order.
    pub rows: Vec<RevealedRow>,
    /// Every other row of the list with its status, in row order, when
    /// asked for ([`reveal_with`] with `all_rows`); else empty.
    pub others: Vec<OtherRow>,
    /// The parties whose token file never reached the coordinator (a
    /// partial match): a row not linked may be on their list.
    pub absent_parties: Vec<String>,
    /// Every submitting party's record count and bound, as the
    /// coordinator saw them.
    pub sizes: Vec<crate::format::result::PartyCount>,
    /// The parties the coordinator flagged as outliers.
    pub outliers: Vec<String>,
}

/// Opens the party's result file and checks it belongs to this party,
/// campaign and key.
pub fn open_result(ctx: &HolderContext, identity: &Identity, path: &Path) -> Result<ResultFile> {
    let sealed = output::read_file(path)?;
    let plain = seal::open(identity, &sealed, path)?;
    ctx.manifest.refuse_other_campaign(&plain, path)?;
    let result = ResultFile::decode(&plain, &ctx.auth, path)?;
    ctx.manifest.check_header(
        path,
        &result.header.campaign_id,
        &result.header.key_fingerprint,
    )?;
    if result.header.party != ctx.party.id {
        return Err(Error::OtherParty {
            path: path.to_path_buf(),
            party: result.header.party.clone(),
            you: ctx.party.id.clone(),
        });
    }
    Ok(result)
}

/// Joins a result with the list it was computed from. `progress` is told of
/// the rows read (stage `"revealing"`).
pub fn reveal(
    ctx: &HolderContext,
    result: &ResultFile,
    result_path: &Path,
    list: &ListFile,
    progress: Progress,
) -> Result<Revealed> {
    reveal_with(ctx, result, result_path, list, false, progress)
}

/// [`reveal`], and with `all_rows` every other row of the list too, with
/// why it was not linked: read again as tokenize read it (rejected and
/// why, or outside the age window), or tokenized and not linked.
pub fn reveal_with(
    ctx: &HolderContext,
    result: &ResultFile,
    result_path: &Path,
    list: &ListFile,
    all_rows: bool,
    progress: Progress,
) -> Result<Revealed> {
    let window = ctx.manifest.window();
    let reference = ctx.manifest.reference_date;
    let mut others: Vec<OtherRow> = Vec::new();
    let digest = hex::encode(list.digest(&ctx.schedule.input_digest_key()));
    if digest != result.header.input_digest {
        return Err(Error::ListChanged {
            path: list.path.clone(),
        });
    }
    let wanted: HashMap<Tag, usize> = result
        .links
        .iter()
        .enumerate()
        .map(|(i, l)| (l.handle, i))
        .collect();
    let handle_key = Tagger::new(&ctx.schedule.handle_key());
    let party = ctx.party.id.as_str();
    let mapping = &list.mapping;
    let mut found: Vec<Option<RevealedRow>> = vec![None; result.links.len()];

    // Rows are read in order here; their handles are computed in parallel.
    let mut read_error = None;
    let chunks = crate::parallel::chunks_until_error(list.rows(), ROW_CHUNK, &mut read_error);
    let mut rows_read = 0u64;
    ordered_map(
        chunks,
        default_window(),
        |chunk: Vec<ListRow>| {
            let rows = chunk.len() as u64;
            let mut linked = Vec::new();
            let mut other = Vec::new();
            for row in chunk {
                let local_id = row.get(mapping, Role::LocalId).unwrap_or("");
                let handle = record_handle(&handle_key, party, row.row, local_id);
                match wanted.get(&handle) {
                    Some(&i) => linked.push((i, row)),
                    None if all_rows => {
                        let status = match person_from_row(&row, mapping) {
                            Err(reason) => RowStatus::Rejected(reason),
                            Ok(p) if !window.contains(p.birth_date, reference) => {
                                RowStatus::OutOfWindow
                            }
                            Ok(_) => RowStatus::NotLinked,
                        };
                        other.push(OtherRow {
                            row: row.row,
                            fields: row.fields().map(str::to_string).collect(),
                            status,
                        });
                    }
                    None => {}
                }
            }
            (rows, linked, other)
        },
        |(rows, linked, other)| {
            others.extend(other);
            for (i, row) in linked {
                let link = &result.links[i];
                let counterpart_name = ctx
                    .manifest
                    .party(&link.counterpart)
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| link.counterpart.clone());
                found[i] = Some(RevealedRow {
                    row: row.row,
                    fields: row.fields().map(str::to_string).collect(),
                    match_number: link.match_number,
                    counterpart: link.counterpart.clone(),
                    counterpart_name,
                    confidence: link.confidence,
                    reasons: link.reasons,
                });
            }
            rows_read += rows;
            progress("revealing", rows_read, 0);
            Ok::<_, Error>(())
        },
    )?;
    if let Some(e) = read_error {
        return Err(e.into());
    }
    let missing = found.iter().filter(|f| f.is_none()).count();
    if missing > 0 {
        return Err(Error::RowsMissing {
            path: result_path.to_path_buf(),
            missing,
        });
    }
    let mut rows: Vec<RevealedRow> = found.into_iter().flatten().collect();
    rows.sort_by_key(|r| r.match_number);
    Ok(Revealed {
        headers: list.mapping.headers.clone(),
        rows,
        others,
        absent_parties: result.header.absent_parties.clone(),
        sizes: result.header.sizes.clone(),
        outliers: result.header.outliers.clone(),
    })
}
