//! Rows of a holder's own list that look like one young person written
//! more than once (a second registration, two measures, two exports
//! merged): what the coordinator will take as one youth.
//!
//! Why it exists: the holder sees its own list, so it may be told which of
//! its rows look alike before it sends anything. The rule is not restated
//! here: the rows' clear-text match keys go through the coordinator's own
//! join and rule ([`crate::matching::same_youths`]), so that what `check` and
//! `tokenize` report is what `match` will count.
//!
//! The keys are not HMAC'd: they never leave memory and are only compared
//! for equality, so a 128-bit SipHash under keys drawn for this run (two
//! `RandomState`s) stands for the token, at a tenth of the cost. Only the
//! kinds that can show one youth are kept ([`crate::matching::tells_same_youth`]).
//!
//! Cost: on 1,000,000 rows, about as much processor time again as
//! tokenizing, and about 400 MB (README, "Performance").
//!
//! Returns row numbers only; never a name, a date or any value of a row.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use crate::error::Result;
use crate::format::tokens::{ListCounts, TokenFile, TokenHeader};
use crate::input::{ListFile, ListRow};
use crate::keys::{TAG_LEN, Tag};
use crate::matching::{same_youths, tells_same_youth};
use crate::parallel::{chunks_until_error, default_window, ordered_map};
use crate::records::person_from_row;
use croise_scheme::match_keys::{KeyKind, Person, match_keys};

/// Rows checked per parallel work item.
const ROW_CHUNK: usize = 2048;

/// Groups of rows (spreadsheet row numbers, each group in increasing order,
/// groups ordered by their first row) that the coordinator's rule takes as
/// one young person, among the rows that read as a person and that `keep`
/// accepts (e.g. those in the campaign's age window).
pub fn rows_of_one_youth(
    list: &ListFile,
    keep: impl Fn(&Person) -> bool + Sync,
) -> Result<Vec<Vec<u64>>> {
    let hashers = [RandomState::new(), RandomState::new()];
    let value = |kind: KeyKind, message: &[u8]| -> Tag {
        let mut tag = [0u8; TAG_LEN];
        for (half, state) in tag.chunks_exact_mut(8).zip(&hashers) {
            let mut h = state.build_hasher();
            h.write_u8(kind.code());
            h.write(message);
            half.copy_from_slice(&h.finish().to_be_bytes());
        }
        tag
    };
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
    let mut rows: Vec<u64> = Vec::new();
    let mut read_error = None;
    let chunks = chunks_until_error(list.rows(), ROW_CHUNK, &mut read_error);
    ordered_map(
        chunks,
        default_window(),
        |chunk: Vec<ListRow>| {
            let mut records: Vec<(u64, Vec<(KeyKind, Tag)>)> = Vec::new();
            for row in &chunk {
                let Ok(person) = person_from_row(row, &list.mapping) else {
                    continue;
                };
                if !keep(&person) {
                    continue;
                }
                let tokens = match_keys(&person)
                    .into_iter()
                    .filter(|(kind, _)| tells_same_youth(*kind))
                    .map(|(kind, message)| (kind, value(kind, &message)))
                    .collect();
                records.push((row.row, tokens));
            }
            records
        },
        |records| {
            for (row, tokens) in records {
                let mut handle = [0u8; TAG_LEN];
                handle[TAG_LEN - 8..].copy_from_slice(&(rows.len() as u64).to_be_bytes());
                file.push(handle, tokens);
                rows.push(row);
            }
            Ok::<_, crate::error::Error>(())
        },
    )?;
    if let Some(e) = read_error {
        return Err(e.into());
    }
    file.header.records = rows.len() as u64;
    Ok(same_youths(file)
        .into_iter()
        .map(|group| group.into_iter().map(|r| rows[r as usize]).collect())
        .collect())
}
