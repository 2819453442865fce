//! The match-key scheme: which combinations of normalised fields become
//! tokens. One versioned definition, specified in `docs/scheme.md` and frozen
//! by the test vectors in `tests/vectors.rs`.
//!
//! Rule that every key kind must keep: a key always combines name material
//! **and** date-of-birth material, so that the coordinator, who sees how many
//! records share a token, can never count surnames or birth dates.
//!
//! This module is pure and never logs.

use chrono::NaiveDate;

use crate::keys::length_prefixed;
use crate::normalize::{Sex, compact};

/// The version of the scheme implemented here. Stored in every token file;
/// the coordinator refuses to mix versions.
pub const SCHEME: &str = "keys-v1";

/// A person as the scheme sees them: already normalised.
#[derive(Clone, PartialEq, Eq)]
pub struct Person {
    /// Folded surnames, birth name first, then the usage name if different.
    pub surnames: Vec<String>,
    /// Folded given names in the order written; a compound name is one entry
    /// (`JEAN BAPTISTE` for `Jean-Baptiste`).
    pub given_names: Vec<String>,
    pub birth_date: NaiveDate,
    pub sex: Option<Sex>,
}

/// Personal data: `Debug` shows the shape, never the values.
impl std::fmt::Debug for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Person {{ {} surname(s), {} given name(s) }}",
            self.surnames.len(),
            self.given_names.len()
        )
    }
}

/// The kinds of match key of scheme `keys-v1`. Each kind has its own HMAC
/// sub-key, so tokens of two kinds never collide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// Whole surname + all given names + date of birth.
    FullNames,
    /// Whole surname + first given name + date of birth.
    FirstGivenName,
    /// One significant word of the surname + first given name + date of
    /// birth: meets `DUPONT MARTIN` with `DUPONT`.
    SurnameWord,
}

impl KeyKind {
    pub const ALL: [KeyKind; 3] = [
        KeyKind::FullNames,
        KeyKind::FirstGivenName,
        KeyKind::SurnameWord,
    ];

    /// The stable label of the kind, used in the HKDF label of its sub-key and
    /// in token files.
    pub fn label(self) -> &'static str {
        match self {
            KeyKind::FullNames => "surname+given-names+birth-date",
            KeyKind::FirstGivenName => "surname+first-given-name+birth-date",
            KeyKind::SurnameWord => "surname-word+first-given-name+birth-date",
        }
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.get(code as usize).copied()
    }

    /// Whether an agreement on this kind alone makes a link `sure` (else it
    /// is `probable`).
    pub fn is_strong(self) -> bool {
        matches!(self, KeyKind::FullNames | KeyKind::FirstGivenName)
    }
}

/// Surname words too common to identify anyone on their own.
const PARTICLES: &[&str] = &[
    "DE", "DU", "DES", "LA", "LE", "LES", "EL", "AL", "BEN", "BOU", "AIT", "DOS", "DA", "DI",
    "VAN", "VON", "DER", "DEN", "MAC", "MC", "SAINT", "ST",
];

/// The match-key messages of a person: `(kind, message)` pairs, deduplicated,
/// in a stable order. A message is the unambiguous, length-prefixed encoding
/// of its fields; the tokenizer turns each into a token with the kind's key.
pub fn match_keys(person: &Person) -> Vec<(KeyKind, Vec<u8>)> {
    let date = person.birth_date.format("%Y%m%d").to_string();
    let Some(first_given) = person.given_names.first().map(|g| compact(g)) else {
        return Vec::new();
    };
    let all_given: String = person.given_names.iter().map(|g| compact(g)).collect();
    let mut keys: Vec<(KeyKind, Vec<u8>)> = Vec::new();
    let mut add = |kind: KeyKind, fields: &[&str]| {
        let mut message = Vec::new();
        for field in fields {
            message.extend_from_slice(&length_prefixed(field.as_bytes()));
        }
        if !keys.iter().any(|(k, m)| *k == kind && *m == message) {
            keys.push((kind, message));
        }
    };
    for surname in &person.surnames {
        let whole = compact(surname);
        if whole.is_empty() {
            continue;
        }
        add(KeyKind::FullNames, &[&whole, &all_given, &date]);
        add(KeyKind::FirstGivenName, &[&whole, &first_given, &date]);
        for word in surname.split(' ') {
            if word.len() >= 3 && !PARTICLES.contains(&word) {
                add(KeyKind::SurnameWord, &[word, &first_given, &date]);
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{fold, split_given_names};

    fn person(surnames: &[&str], given: &str, date: (i32, u32, u32)) -> Person {
        Person {
            surnames: surnames.iter().map(|s| fold(s)).collect(),
            given_names: split_given_names(given),
            birth_date: NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
            sex: None,
        }
    }

    fn shared(a: &Person, b: &Person) -> Vec<KeyKind> {
        let kb = match_keys(b);
        let mut kinds: Vec<KeyKind> = match_keys(a)
            .into_iter()
            .filter(|k| kb.contains(k))
            .map(|(kind, _)| kind)
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    #[test]
    fn every_key_holds_name_and_date() {
        let p = person(&["DUPONT MARTIN"], "Jean-Baptiste Louis", (2009, 3, 5));
        for (_, message) in match_keys(&p) {
            let text = String::from_utf8_lossy(&message);
            assert!(text.contains("20090305"));
            assert!(text.contains("JEANBAPTISTE"));
        }
    }

    #[test]
    fn compound_given_name_written_with_space_meets_on_full_names() {
        let a = person(&["LEROY"], "JEAN-BAPTISTE", (2009, 3, 5));
        let b = person(&["Leroy"], "Jean Baptiste", (2009, 3, 5));
        assert_eq!(shared(&a, &b), [KeyKind::FullNames]);
    }

    #[test]
    fn second_given_name_on_one_side_meets_on_first_given_name() {
        let a = person(&["BENALI"], "MOHAMED AMINE", (2009, 3, 5));
        let b = person(&["Benali"], "Mohamed", (2009, 3, 5));
        assert!(shared(&a, &b).contains(&KeyKind::FirstGivenName));
    }

    #[test]
    fn usage_name_meets_through_the_second_surname() {
        let a = person(&["GARCIA"], "LINA", (2010, 1, 15));
        let b = person(&["Moreau", "Garcia"], "Lina", (2010, 1, 15));
        assert!(shared(&a, &b).contains(&KeyKind::FirstGivenName));
    }

    #[test]
    fn double_surname_meets_its_first_part_on_surname_word_only() {
        let a = person(&["DUPONT--MARTIN"], "LUCAS", (2009, 6, 1));
        let b = person(&["Dupont"], "Lucas", (2009, 6, 1));
        assert_eq!(shared(&a, &b), [KeyKind::SurnameWord]);
    }

    #[test]
    fn particles_are_not_surname_words() {
        let a = person(&["LE GALL"], "ERWAN", (2009, 6, 1));
        let b = person(&["LE ROUX"], "ERWAN", (2009, 6, 1));
        assert!(shared(&a, &b).is_empty());
        let c = person(&["Legall"], "Erwan", (2009, 6, 1));
        assert!(shared(&a, &c).contains(&KeyKind::FirstGivenName));
    }

    #[test]
    fn twins_do_not_share_keys() {
        let a = person(&["TRAORE"], "AWA", (2009, 6, 1));
        let b = person(&["TRAORE"], "AMINATA", (2009, 6, 1));
        assert!(shared(&a, &b).is_empty());
    }

    #[test]
    fn other_birth_date_shares_nothing() {
        let a = person(&["MARTIN"], "LUCAS", (2009, 6, 1));
        let b = person(&["MARTIN"], "LUCAS", (2009, 6, 2));
        assert!(shared(&a, &b).is_empty());
    }

    #[test]
    fn no_given_name_no_keys() {
        let mut p = person(&["MARTIN"], "", (2009, 6, 1));
        p.given_names.clear();
        assert!(match_keys(&p).is_empty());
    }

    #[test]
    fn debug_hides_values() {
        let p = person(&["SENTINELLE"], "ZORGLUB", (2009, 6, 1));
        let shown = format!("{p:?}");
        assert!(
            !shown.contains("SENTINELLE") && !shown.contains("ZORGLUB") && !shown.contains("2009")
        );
    }
}
