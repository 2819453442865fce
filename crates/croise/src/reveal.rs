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
use crate::matching::{Confidence, MatchNumber};
use crate::output;
use crate::parallel::{default_window, ordered_map};
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
}

pub struct Revealed {
    pub headers: Vec<String>,
    /// Linked rows in match-number order.
    pub rows: Vec<RevealedRow>,
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
            let linked = chunk
                .into_iter()
                .filter_map(|row| {
                    let local_id = row.get(mapping, Role::LocalId).unwrap_or("");
                    let handle = record_handle(&handle_key, party, row.row, local_id);
                    wanted.get(&handle).map(|&i| (i, row))
                })
                .collect::<Vec<_>>();
            (rows, linked)
        },
        |(rows, linked)| {
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
        absent_parties: result.header.absent_parties.clone(),
        sizes: result.header.sizes.clone(),
        outliers: result.header.outliers.clone(),
    })
}
