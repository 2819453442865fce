//! What sharing a token of each kind says about two records: how closely
//! their names and their dates of birth agree.
//!
//! Why it exists: the coordinator sees only which key kinds two records
//! share. Reading that as evidence about names and dates is part of the
//! scheme, like the keys themselves, so it lives beside them and is written
//! as exhaustive `match`es on [`KeyKind`]: a new kind does not compile until
//! someone has said what it proves. The linkage model (in the `croise`
//! library) turns these classes into probabilities.
//!
//! Pure; never logs.

use crate::match_keys::KeyKind;

/// The set of key kinds two records share: bit `k` for kind code `k`.
pub type Mask = u16;

/// How closely the names of a candidate pair agree, read from which key
/// kinds they share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameLevel {
    /// The primary surname and first given name agree exactly (after
    /// normalisation), or the names agree with a partial date.
    Full,
    /// Only alternative forms agree: a usage name, a part of a double
    /// surname, another given name.
    Partial,
    /// The names are one typing error apart or sound alike (or are swapped).
    Near,
}

/// How closely the dates of birth of a candidate pair agree, from the
/// closest to the loosest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateLevel {
    Exact,
    /// Day and month swapped.
    Swapped,
    /// One digit differs.
    OneDigit,
    /// Same year, another day or month (a wrong digit, day and month
    /// swapped, a 1 January placeholder).
    SameYear,
    /// Same day and month, another year.
    SameDayMonth,
}

impl DateLevel {
    /// How many date levels there are.
    pub const COUNT: usize = 5;
}

/// Which name material a kind's token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMaterial {
    /// Any surname form and any given name: meets alternative forms.
    AnyForm,
    /// The first given name (or its first alternative) with a surname
    /// form: a whole surname (kinds 2 and 3), a significant word of the
    /// surname (kind 3, from `keys-v4`), or the primary surname exactly
    /// (kinds 6 and 7).
    Primary,
    /// The primary surname and first given name, one of them with one
    /// letter deleted: meets one typing error.
    PrimaryOneDeletion,
    /// The phonetic codes of the names: meets spellings that sound alike.
    Phonetic,
}

impl KeyKind {
    /// What a shared token of this kind says about the dates of birth.
    pub fn date_evidence(self) -> DateLevel {
        match self {
            KeyKind::NamesDate
            | KeyKind::PhoneticDate
            | KeyKind::SurnameTypoDate
            | KeyKind::GivenNameTypoDate => DateLevel::Exact,
            KeyKind::NamesDateSwapped => DateLevel::Swapped,
            KeyKind::NamesDateVariant => DateLevel::OneDigit,
            KeyKind::NamesYear => DateLevel::SameYear,
            KeyKind::NamesDayMonth => DateLevel::SameDayMonth,
        }
    }

    /// Which name material a token of this kind is made of.
    pub fn name_material(self) -> NameMaterial {
        match self {
            KeyKind::NamesDate => NameMaterial::AnyForm,
            KeyKind::PhoneticDate => NameMaterial::Phonetic,
            KeyKind::SurnameTypoDate | KeyKind::GivenNameTypoDate => {
                NameMaterial::PrimaryOneDeletion
            }
            KeyKind::NamesYear
            | KeyKind::NamesDayMonth
            | KeyKind::NamesDateVariant
            | KeyKind::NamesDateSwapped => NameMaterial::Primary,
        }
    }
}

/// Reads the levels of agreement from the key kinds two records share.
///
/// The date level is the closest any shared kind proves. With a partial
/// date, every kind is made of the first given name and a surname form, so
/// the names are taken as agreeing fully (such evidence is at most `to
/// review`: docs/scheme.md, 11.6).
/// With the full date: a token on any name forms together with one on the
/// primary names within one deletion proves the primary names equal
/// (full); any name forms alone prove an alternative form (partial); the
/// rest prove names one typing error apart or alike in sound (near).
pub fn levels(mask: Mask) -> (NameLevel, DateLevel) {
    let shared = || {
        KeyKind::ALL
            .into_iter()
            .filter(|k| mask & (1 << k.code()) != 0)
    };
    let date = shared()
        .map(KeyKind::date_evidence)
        .min()
        .unwrap_or(DateLevel::SameDayMonth);
    if date != DateLevel::Exact {
        return (NameLevel::Full, date);
    }
    let exact = || shared().filter(|k| k.date_evidence() == DateLevel::Exact);
    let any_form = exact().any(|k| k.name_material() == NameMaterial::AnyForm);
    let one_deletion = exact().any(|k| k.name_material() == NameMaterial::PrimaryOneDeletion);
    let names = match (any_form, one_deletion) {
        (true, true) => NameLevel::Full,
        (true, false) => NameLevel::Partial,
        (false, _) => NameLevel::Near,
    };
    (names, date)
}

/// The evidence class of a candidate pair: its levels of agreement on the
/// names and on the date of birth.
pub type EvidenceClass = (NameLevel, DateLevel);

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(kinds: &[KeyKind]) -> Mask {
        kinds.iter().fold(0, |m, k| m | (1 << k.code()))
    }

    #[test]
    fn the_classes_read_from_shared_kinds() {
        use KeyKind::*;
        let all = mask(&KeyKind::ALL);
        assert_eq!(levels(all), (NameLevel::Full, DateLevel::Exact));
        assert_eq!(
            levels(mask(&[NamesDate, PhoneticDate])),
            (NameLevel::Partial, DateLevel::Exact)
        );
        assert_eq!(
            levels(mask(&[PhoneticDate, SurnameTypoDate])),
            (NameLevel::Near, DateLevel::Exact)
        );
        assert_eq!(
            levels(mask(&[NamesDateSwapped, NamesYear])),
            (NameLevel::Full, DateLevel::Swapped)
        );
        assert_eq!(
            levels(mask(&[NamesDateVariant, NamesYear])),
            (NameLevel::Full, DateLevel::OneDigit)
        );
        assert_eq!(
            levels(mask(&[NamesYear])),
            (NameLevel::Full, DateLevel::SameYear)
        );
        assert_eq!(
            levels(mask(&[NamesDayMonth])),
            (NameLevel::Full, DateLevel::SameDayMonth)
        );
    }

    /// The exhaustive matches above agree with the kinds' documentation:
    /// exactly four kinds carry the full date.
    #[test]
    fn four_kinds_carry_the_full_date() {
        let full: Vec<_> = KeyKind::ALL
            .into_iter()
            .filter(|k| k.date_evidence() == DateLevel::Exact)
            .collect();
        assert_eq!(full.len(), 4);
    }
}
