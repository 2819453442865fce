//! From list rows to persons: the checks every row goes through before it can
//! be tokenized, and the reasons a row is rejected. Shared by `tokenize` and
//! `check` so that both count the same way.
//!
//! Never keeps or reports a value: a rejection is a reason and a row number.

use std::fmt;

use chrono::NaiveDate;

use crate::input::{ColumnMapping, ListRow, Role};
use crate::normalize::{
    DateProblem, fold, is_placeholder, parse_date, parse_sex, split_given_names,
};
use crate::scheme::Person;

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
            if is_placeholder(&folded) || is_placeholder(&folded.replace(' ', "")) {
                placeholder = true;
            } else if !folded.is_empty() && !surnames.contains(&folded) {
                surnames.push(folded);
            }
        }
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
    let folded_all = fold(given_raw);
    if given_names.iter().all(|g| is_placeholder(g)) || is_placeholder(&folded_all.replace(' ', ""))
    {
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
