//! From list rows to persons: the checks every row goes through before it can
//! be tokenized, and the reasons a row is rejected. Shared by `tokenize` and
//! `check` so that both count the same way.
//!
//! Never keeps or reports a value: a rejection is a reason and a row number,
//! a survey of a list is counts and row numbers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::input::{ColumnMapping, InputError, ListFile, ListRow, Role};
use croise_scheme::match_keys::Person;
use croise_scheme::normalize::{
    AgeWindow, DateProblem, age_at, fold, is_placeholder, parse_date, parse_sex, split_given_names,
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

/// The rows a refused list would have lost: counts and row numbers, never
/// a value.
#[derive(Debug, Clone)]
pub struct LostRows {
    pub counts: ListCounts,
    /// Rejected rows: row number and reason, in row order.
    pub rejected_rows: Vec<(u64, Rejection)>,
}

impl LostRows {
    /// `1 no date of birth, 2 impossible date of birth`.
    pub fn reasons(&self) -> String {
        Rejection::ALL
            .into_iter()
            .filter_map(|reason| {
                let n = self
                    .rejected_rows
                    .iter()
                    .filter(|(_, r)| *r == reason)
                    .count();
                (n > 0).then(|| format!("{n} {reason}"))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Why a row could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rejection {
    MissingBirthDate,
    PartialBirthDate,
    ImpossibleBirthDate,
    UnreadableBirthDate,
    MissingSurname,
    MissingGivenName,
    /// The surname is a placeholder (`INCONNU`, `SNC`…).
    PlaceholderName,
    /// The given names are a placeholder (`X`, `SP`, `SPC`…).
    PlaceholderGivenName,
}

impl Rejection {
    pub const ALL: [Rejection; 8] = [
        Rejection::MissingBirthDate,
        Rejection::PartialBirthDate,
        Rejection::ImpossibleBirthDate,
        Rejection::UnreadableBirthDate,
        Rejection::MissingSurname,
        Rejection::MissingGivenName,
        Rejection::PlaceholderName,
        Rejection::PlaceholderGivenName,
    ];

    /// Stable key used in token files and summaries.
    pub fn key(self) -> &'static str {
        match self {
            Rejection::MissingBirthDate => "missing_birth_date",
            Rejection::PartialBirthDate => "partial_birth_date",
            Rejection::ImpossibleBirthDate => "impossible_birth_date",
            Rejection::UnreadableBirthDate => "unreadable_birth_date",
            Rejection::MissingSurname => "missing_surname",
            Rejection::MissingGivenName => "missing_given_name",
            Rejection::PlaceholderName => "placeholder_name",
            Rejection::PlaceholderGivenName => "placeholder_given_name",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The column the problem is in.
    pub fn role(self) -> Role {
        match self {
            Rejection::MissingBirthDate
            | Rejection::PartialBirthDate
            | Rejection::ImpossibleBirthDate
            | Rejection::UnreadableBirthDate => Role::BirthDate,
            Rejection::MissingSurname | Rejection::PlaceholderName => Role::BirthName,
            Rejection::MissingGivenName | Rejection::PlaceholderGivenName => Role::GivenNames,
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rejection::MissingBirthDate => "no date of birth",
            Rejection::PartialBirthDate => "partial date of birth (day or month 00)",
            Rejection::ImpossibleBirthDate => "impossible date of birth",
            Rejection::UnreadableBirthDate => "date of birth in an unknown format",
            Rejection::MissingSurname => "no surname",
            Rejection::MissingGivenName => "no given name",
            Rejection::PlaceholderName => "placeholder name (INCONNU, X, SPC…)",
            Rejection::PlaceholderGivenName => "placeholder given name (X, SP, SPC…)",
        })
    }
}

/// Reads the person of one row, or says why the row cannot be used.
pub fn person_from_row(row: &ListRow, mapping: &ColumnMapping) -> Result<Person, Rejection> {
    let birth_date = birth_date(row.get(mapping, Role::BirthDate))?;
    let mut surnames = Vec::with_capacity(2);
    let mut placeholder = false;
    for role in [Role::BirthName, Role::UsageName] {
        if let Some(raw) = row.get(mapping, role) {
            let folded = fold(raw);
            if is_placeholder(&folded) {
                placeholder = true;
            } else if !folded.is_empty() && !surnames.contains(&folded) {
                surnames.push(folded);
            }
        }
    }
    // A field made only of separators such as `NÉE` holds no surname.
    if croise_scheme::names::surname_forms(&surnames)
        .wholes
        .is_empty()
    {
        surnames.clear();
    }
    if surnames.is_empty() {
        return Err(if placeholder {
            Rejection::PlaceholderName
        } else {
            Rejection::MissingSurname
        });
    }
    let given_raw = row.get(mapping, Role::GivenNames).unwrap_or("");
    let given_names: Vec<String> = split_given_names(given_raw);
    if given_names.is_empty() {
        return Err(Rejection::MissingGivenName);
    }
    // `is_placeholder` skips spaces: `S P C` split into three given names
    // is still `SPC`.
    if given_names.iter().all(|g| is_placeholder(g)) || is_placeholder(&fold(given_raw)) {
        return Err(Rejection::PlaceholderGivenName);
    }
    Ok(Person {
        surnames,
        given_names,
        birth_date,
        sex: row.get(mapping, Role::Sex).and_then(parse_sex),
    })
}

fn birth_date(raw: Option<&str>) -> Result<NaiveDate, Rejection> {
    parse_date(raw.unwrap_or("")).map_err(|problem| match problem {
        DateProblem::Missing => Rejection::MissingBirthDate,
        DateProblem::Partial => Rejection::PartialBirthDate,
        DateProblem::Impossible => Rejection::ImpossibleBirthDate,
        DateProblem::Unrecognised => Rejection::UnreadableBirthDate,
    })
}

/// What reading a whole list found, row numbers only: the basis of
/// `croise check`, counted exactly as `tokenize` counts.
#[derive(Debug, Clone, Default)]
pub struct ListSurvey {
    /// Non-blank rows below the header.
    pub rows_read: u64,
    /// Rows that give a person (whatever their age).
    pub usable: u64,
    /// Usable rows in the age window, by age at the reference date.
    pub in_window_by_age: BTreeMap<u32, u64>,
    /// Usable rows younger than the window (or born after the reference date).
    pub too_young: u64,
    /// Usable rows of the window's upper age or older.
    pub too_old: u64,
    /// Rejected rows: row number and reason, in row order.
    pub rejected: Vec<(u64, Rejection)>,
    /// Groups of rows that are one young person, each in row order. Not
    /// filled by [`survey`]: the rule is the coordinator's, applied by
    /// `croise::duplicates::rows_of_one_youth`, a layer above.
    pub duplicates: Vec<Vec<u64>>,
    /// Usable rows whose sex cell is filled but not a known code.
    pub unknown_sex: Vec<u64>,
    /// Rows with more filled cells than the header has columns: a value
    /// holding the delimiter may have shifted the columns.
    pub extra_cells: Vec<u64>,
    /// Usable rows born on 1 January (often a placeholder for an unknown
    /// date, see the domain notes): weak evidence.
    pub january_first: u64,
}

/// The share of its rows, in percent, a list may lose to rejections (rows
/// outside the age window are not lost: they are left out on purpose)
/// before `check` says it must be corrected and `tokenize` refuses unless
/// the losses are accepted.
///
/// Why 2 %: every rejected row is a young person who can never be linked,
/// and most rejections are a typing or export problem the holder can fix
/// in minutes (a date in an unknown format, a missing given name). A list
/// of a few hundred rows passes with a handful of unfixable rows (a date
/// of birth nobody knows); a wrong column or a broken export, which loses
/// far more, does not.
pub const MAX_LOST_PERCENT: u64 = 2;

/// Whether losing `rejected` rows of `rows_read` is more than
/// [`MAX_LOST_PERCENT`].
pub fn too_many_lost(rejected: u64, rows_read: u64) -> bool {
    rejected.saturating_mul(100) > rows_read.saturating_mul(MAX_LOST_PERCENT)
}

/// The verdict of `croise check` on a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Ready to tokenize.
    Usable,
    /// Can be tokenized; some rows need a look first.
    UsableWithWarnings,
    /// More than [`MAX_LOST_PERCENT`] of the rows would be lost: correct
    /// them first, or accept the losses explicitly when tokenizing.
    ToCorrect,
    /// Tokenizing it would be pointless or wrong.
    Unusable,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Usable => "OK",
            Verdict::UsableWithWarnings => "OK with warnings",
            Verdict::ToCorrect => "to be corrected",
            Verdict::Unusable => "cannot be used",
        })
    }
}

impl ListSurvey {
    pub fn in_window(&self) -> u64 {
        self.in_window_by_age.values().sum()
    }

    /// Rows rejected for `reason`, in row order.
    pub fn rejected_rows(&self, reason: Rejection) -> Vec<u64> {
        self.rejected
            .iter()
            .filter(|(_, r)| *r == reason)
            .map(|(row, _)| *row)
            .collect()
    }

    /// Cannot be used: no data row, no usable row, or more than half the
    /// rows rejected (usually a wrong column). To correct: more than
    /// [`MAX_LOST_PERCENT`] of the rows rejected. With warnings: any
    /// rejected row, duplicate, unknown sex code, shifted row, nobody in the
    /// window, or a notice from reading the file.
    pub fn verdict(&self, notices: usize) -> Verdict {
        let rejected = self.rejected.len() as u64;
        if self.rows_read == 0 || self.usable == 0 || rejected * 2 > self.rows_read {
            Verdict::Unusable
        } else if too_many_lost(rejected, self.rows_read) {
            Verdict::ToCorrect
        } else if !self.rejected.is_empty()
            || !self.duplicates.is_empty()
            || !self.unknown_sex.is_empty()
            || !self.extra_cells.is_empty()
            || self.in_window() == 0
            || notices > 0
        {
            Verdict::UsableWithWarnings
        } else {
            Verdict::Usable
        }
    }
}

/// Reads every row of `list` and counts what `tokenize` would keep, reject
/// and leave out at `reference` (not duplicates: see
/// [`ListSurvey::duplicates`]).
pub fn survey(
    list: &ListFile,
    reference: NaiveDate,
    window: AgeWindow,
) -> Result<ListSurvey, InputError> {
    let mapping = &list.mapping;
    let width = mapping.headers.len();
    let mut s = ListSurvey::default();
    for row in list.rows() {
        let row = row?;
        s.rows_read += 1;
        if row.fields().skip(width).any(|f| !f.trim().is_empty()) {
            s.extra_cells.push(row.row);
        }
        let person = match person_from_row(&row, mapping) {
            Ok(person) => person,
            Err(reason) => {
                s.rejected.push((row.row, reason));
                continue;
            }
        };
        s.usable += 1;
        if row.get(mapping, Role::Sex).is_some() && person.sex.is_none() {
            s.unknown_sex.push(row.row);
        }
        if person.birth_date.month() == 1 && person.birth_date.day() == 1 {
            s.january_first += 1;
        }
        match age_at(person.birth_date, reference) {
            Some(age) if window.contains(person.birth_date, reference) => {
                *s.in_window_by_age.entry(age).or_default() += 1;
            }
            Some(age) if age >= window.max_age => s.too_old += 1,
            _ => s.too_young += 1,
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn survey_of(rows_read: u64, rejected: u64) -> ListSurvey {
        ListSurvey {
            rows_read,
            usable: rows_read - rejected,
            in_window_by_age: BTreeMap::from([(17, rows_read - rejected)]),
            rejected: (0..rejected)
                .map(|r| (r + 2, Rejection::UnreadableBirthDate))
                .collect(),
            ..ListSurvey::default()
        }
    }

    #[test]
    fn more_than_two_percent_lost_is_to_be_corrected() {
        assert!(!too_many_lost(0, 0));
        assert!(!too_many_lost(2, 100));
        assert!(too_many_lost(3, 100));
        assert!(!too_many_lost(20, 1000));
        assert!(too_many_lost(21, 1000));
        assert!(too_many_lost(1, 49));
        assert!(!too_many_lost(1, 50));
        assert_eq!(survey_of(100, 0).verdict(0), Verdict::Usable);
        assert_eq!(survey_of(100, 2).verdict(0), Verdict::UsableWithWarnings);
        assert_eq!(survey_of(100, 3).verdict(0), Verdict::ToCorrect);
        assert_eq!(survey_of(100, 50).verdict(0), Verdict::ToCorrect);
        assert_eq!(survey_of(100, 51).verdict(0), Verdict::Unusable);
    }
}
