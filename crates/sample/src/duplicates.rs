//! The same young person twice in one list.
//!
//! Real exports carry a second row of some people (2–4 % of rows): a second
//! registration, two measures, two exports merged, a record re-typed with a
//! correction or under another local number. [`justice`] and
//! [`mission_locale`] turn a person's rendered row into such a second row,
//! from the person's own duplicate stream, so that the result depends only
//! on the spec, the seed and the person.

use std::fmt;

use super::draw::{Rng, index};
use super::errors::{fit_cp1252, fold_turkish, typo};
use super::names::NameTables;
use super::population::Person;
use super::render::{JusticeRow, MissionLocaleRow};

/// How a second row of a person differs from the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DuplicateKind {
    /// The same row again, with the same local number (two exports merged).
    Exact,
    /// The same row under another local number (a second registration).
    OtherNumber,
    /// One typing error in the surname or the given names (a re-typed record).
    Typo,
    /// A given name added or dropped.
    GivenName,
    /// The usage name in the surname column.
    UsageName,
}

impl DuplicateKind {
    /// Every kind, in the order of `duplicates.csv` summaries.
    pub const ALL: [DuplicateKind; 5] = [
        DuplicateKind::Exact,
        DuplicateKind::OtherNumber,
        DuplicateKind::Typo,
        DuplicateKind::GivenName,
        DuplicateKind::UsageName,
    ];

    /// The name written in `duplicates.csv`.
    pub fn name(self) -> &'static str {
        match self {
            DuplicateKind::Exact => "exact",
            DuplicateKind::OtherNumber => "other_number",
            DuplicateKind::Typo => "typo",
            DuplicateKind::GivenName => "given_name",
            DuplicateKind::UsageName => "usage_name",
        }
    }

    /// Whether the second row keeps the local number of the first.
    pub fn same_number(self) -> bool {
        self == DuplicateKind::Exact
    }
}

impl fmt::Display for DuplicateKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Draws the kind: exact 25 %, other number 30 %, typo 20 %, given name
/// 15 %, usage name 10 % (another number when the person has none).
fn draw_kind(person: &Person, rng: &mut Rng) -> DuplicateKind {
    match index(rng, 20) {
        0..=4 => DuplicateKind::Exact,
        5..=10 => DuplicateKind::OtherNumber,
        11..=14 => DuplicateKind::Typo,
        15..=17 => DuplicateKind::GivenName,
        _ if person.usage().is_some() => DuplicateKind::UsageName,
        _ => DuplicateKind::OtherNumber,
    }
}

/// Justice rows are upper case and Windows-1252.
fn justice_text(s: &str) -> String {
    fit_cp1252(&fold_turkish(s).to_uppercase())
}

/// Given names without the last one, if there are several.
fn drop_last_given(given: &str) -> Option<String> {
    let cut = given.trim_end().rfind([' ', ','])?;
    let kept = given[..cut].trim_end_matches([' ', ',']);
    (!kept.is_empty()).then(|| kept.to_string())
}

/// A second given name drawn for the person.
fn added_given(person: &Person, tables: &NameTables, rng: &mut Rng) -> String {
    tables
        .form(tables.middle_given(person.origin(), person.sex, rng))
        .to_string()
}

/// A second justice row of `person`, whose first row is `row`. A row that a
/// reader must reject is copied as it is, under another number.
pub(crate) fn justice(
    row: &JusticeRow,
    person: &Person,
    rejected: bool,
    tables: &NameTables,
    rng: &mut Rng,
) -> (JusticeRow, DuplicateKind) {
    let mut out = row.clone();
    if rejected {
        return (out, DuplicateKind::OtherNumber);
    }
    let kind = draw_kind(person, rng);
    let changed = match kind {
        DuplicateKind::Exact | DuplicateKind::OtherNumber => true,
        DuplicateKind::Typo => {
            let target = if index(rng, 2) == 0 {
                &mut out.nom
            } else {
                &mut out.prenoms
            };
            typo(target, rng)
                .map(|t| *target = justice_text(&t))
                .is_some()
        }
        DuplicateKind::GivenName => {
            out.prenoms = match drop_last_given(&row.prenoms) {
                Some(g) => g,
                None => format!(
                    "{} {}",
                    row.prenoms,
                    justice_text(&added_given(person, tables, rng))
                ),
            };
            true
        }
        DuplicateKind::UsageName => {
            out.nom = justice_text(tables.form(person.usage().expect("drawn only with one")));
            out.nom != row.nom
        }
    };
    if changed {
        (out, kind)
    } else {
        (row.clone(), DuplicateKind::OtherNumber)
    }
}

/// A second Mission Locale row of `person`, whose first row is `row`.
pub(crate) fn mission_locale(
    row: &MissionLocaleRow,
    person: &Person,
    rejected: bool,
    tables: &NameTables,
    rng: &mut Rng,
) -> (MissionLocaleRow, DuplicateKind) {
    let mut out = row.clone();
    if rejected {
        return (out, DuplicateKind::OtherNumber);
    }
    let kind = draw_kind(person, rng);
    let changed = match kind {
        DuplicateKind::Exact | DuplicateKind::OtherNumber => true,
        DuplicateKind::Typo => {
            let target = if index(rng, 2) == 0 {
                &mut out.nom_naissance
            } else {
                &mut out.prenom
            };
            typo(target, rng).map(|t| *target = t).is_some()
        }
        DuplicateKind::GivenName => {
            out.prenom = match drop_last_given(&row.prenom) {
                Some(g) => g,
                None => format!("{} {}", row.prenom, added_given(person, tables, rng)),
            };
            true
        }
        DuplicateKind::UsageName => {
            // Registered again under the usage name alone.
            out.nom_naissance = tables
                .form(person.usage().expect("drawn only with one"))
                .to_string();
            out.nom_usage.clear();
            out.nom_naissance != row.nom_naissance
        }
    };
    if changed {
        (out, kind)
    } else {
        (row.clone(), DuplicateKind::OtherNumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_given_name_is_dropped() {
        assert_eq!(drop_last_given("MOHAMED AMINE").as_deref(), Some("MOHAMED"));
        assert_eq!(
            drop_last_given("Léa, Marie, Anne").as_deref(),
            Some("Léa, Marie")
        );
        assert_eq!(drop_last_given("JEAN-BAPTISTE"), None);
    }
}
