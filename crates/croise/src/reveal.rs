//! Revealing a result on the data holder's workstation: the result's handles
//! are recomputed from the holder's own, unchanged list, and the matched rows
//! are returned with their match number and counterpart organisation.

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use crate::Progress;
use crate::campaign::HolderContext;
use crate::error::{Error, Result};
use crate::format::result::ResultFile;
use crate::identity::Identity;
use crate::input::{ListFile, ListRow, Role};
use crate::keys::{Tag, Tagger};
use crate::matching::{Confidence, MatchNumber, Reason, Reasons};
use crate::output;
use crate::parallel::{default_window, ordered_map};
use crate::records::{Rejection, person_from_row};
use crate::seal;
use crate::tokenize::record_handle;
use croise_scheme::normalize::parse_date;

/// Rows whose handles are computed per parallel work item.
const ROW_CHUNK: usize = 4096;

/// The reasons that say the two dates of birth of a link differ: a link
/// without any of them agreed on the whole date.
const DATE_REASONS: [Reason; 4] = [
    Reason::DayMonthSwapped,
    Reason::DateOneDigit,
    Reason::SameYearOnly,
    Reason::SameDayMonthOnly,
];

/// What the holder's row changes in a link's confidence: a link that
/// agreed on the whole date of birth, on a row dated 1 January, is one
/// word less sure (`sure` becomes `probable`, `probable` becomes `to
/// review`), with [`Reason::JanuaryFirst`].
///
/// 1 January is the date given to many young people born abroad whose real
/// date is unknown, on both lists, and different young people with the
/// same, often common, names share it: on generated national-size lists,
/// links on 1 January that the coordinator called `sure` were right 405
/// times of 422 (0.960, a `probable`), those it called `probable` 173 of
/// 214 (0.81, a `to review`; docs/scheme.md, 11.6). The coordinator cannot
/// see the date, and must not; each holder sees its own row's. Because the
/// whole date agreed, both holders of the link see 1 January and lower it
/// alike. `birth_date` is `None` when the row's date cannot be read.
pub fn january_first(
    confidence: Confidence,
    reasons: Reasons,
    birth_date: Option<NaiveDate>,
) -> (Confidence, Reasons) {
    let whole_date = DATE_REASONS.iter().all(|r| !reasons.contains(*r));
    match birth_date {
        Some(date) if whole_date && date.month() == 1 && date.day() == 1 => {
            let lowered = match confidence {
                Confidence::Sure => Confidence::Probable,
                Confidence::Probable | Confidence::ToReview => Confidence::ToReview,
            };
            (lowered, reasons.with(Reason::JanuaryFirst))
        }
        _ => (confidence, reasons),
    }
}

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
                    Some(&i) => {
                        // The date as tokenize read it; a linked row was read.
                        let birth_date =
                            parse_date(row.get(mapping, Role::BirthDate).unwrap_or(""));
                        linked.push((i, row, birth_date.ok()))
                    }
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
            for (i, row, birth_date) in linked {
                let link = &result.links[i];
                let (confidence, reasons) =
                    january_first(link.confidence, link.reasons, birth_date);
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
                    confidence,
                    reasons,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn a_whole_date_on_1_january_is_one_word_less_sure_and_says_why() {
        let common = Reasons::NONE.with(Reason::CommonNames);
        for (confidence, reasons, lowered) in [
            (Confidence::Sure, Reasons::NONE, Confidence::Probable),
            (Confidence::Probable, common, Confidence::ToReview),
            (Confidence::ToReview, common, Confidence::ToReview),
        ] {
            assert_eq!(
                january_first(confidence, reasons, date(2009, 1, 1)),
                (lowered, reasons.with(Reason::JanuaryFirst))
            );
        }
    }

    #[test]
    fn other_dates_and_dates_that_differ_are_left_alone() {
        let sure = (Confidence::Sure, Reasons::NONE);
        for birth_date in [date(2009, 1, 2), date(2009, 2, 1), date(2009, 12, 31), None] {
            assert_eq!(january_first(sure.0, sure.1, birth_date), sure);
        }
        // A date that differs on the other side: that holder cannot see 1
        // January, so neither lowers it (both must show the same).
        for reason in DATE_REASONS {
            let link = (Confidence::Probable, Reasons::NONE.with(reason));
            assert_eq!(january_first(link.0, link.1, date(2009, 1, 1)), link);
        }
    }
}
