//! The match-key scheme: which combinations of normalised fields become
//! tokens. One versioned definition, specified in `docs/scheme.md` and frozen
//! by the test vectors in `tests/vectors.rs`.
//!
//! Scheme `keys-v4` (this file) replaced `keys-v3`, `keys-v2` and
//! `keys-v1`; campaigns and token files of an older scheme are refused with
//! a message asking for a new campaign. (`keys-v4` differs from `keys-v3`
//! in one kind only: `names+birth-day-month` also pairs the first given
//! name with each significant word of the surname, three tokens a record
//! instead of two; docs/scheme.md, section 14.)
//!
//! `keys-v4` gives every person the same number of messages of each kind
//! ([`KeyKind::per_record`]): a person with more keeps the first ones in the
//! scheme's order, and the data holder's croise pads a person with fewer
//! (`croise::tokenize`), so that the coordinator cannot read name lengths
//! or counts of names from a record's shape.
//!
//! Rule that every key kind must keep: a key always combines name material
//! **and** date-of-birth material, so that the coordinator, who sees how many
//! records share a token, can never count surnames or birth dates.
//!
//! This module is pure and never logs.

use chrono::{Datelike, NaiveDate};

use crate::names::{for_each_deletion_variant, given_forms, surname_forms};
use crate::normalize::Sex;
use crate::phonetic::phonetic;

/// The version of the scheme implemented here. Stored in the manifest and in
/// every token file; files of another version are refused.
pub const SCHEME: &str = "keys-v4";

/// A person as the scheme sees them: already normalised.
#[derive(Clone, PartialEq, Eq)]
pub struct Person {
    /// Folded surname fields: the birth name first, then the usage name if
    /// the list has one and it differs.
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

/// The kinds of match key of scheme `keys-v4`. Each kind has its own HMAC
/// sub-key, so tokens of two kinds never collide, and each tolerates a
/// different way the two sides write the same person. Every kind combines
/// name material with date-of-birth material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// Any surname form (whole or significant word) + any given name (each,
    /// or all joined) + full date of birth. Meets usage vs birth names,
    /// double surnames written in part, particles, given names missing or
    /// reordered, compound names split.
    NamesDate,
    /// Unordered pair {phonetic surname, phonetic given name (the first, or
    /// any)} + full date of birth. Meets transliterations (`MOHAMED`/`MOHAMMED`), many
    /// typing errors, and surname and given name swapped between columns.
    PhoneticDate,
    /// Whole surname + first given name + year of birth only. Meets a wrong
    /// day or month, day and month swapped, and 1 January placeholders.
    NamesYear,
    /// Whole surname or significant surname word + first given name + day
    /// and month of birth. Meets a wrong year digit; with the full date
    /// (kind 0), it also shows that the *first* given name agrees when only
    /// a part of a double surname does (`DUPONT--MARTIN Lucas` / `Dupont
    /// Lucas`), which same-sex twins sharing a middle name never show.
    NamesDayMonth,
    /// Primary surname or one of its one-letter deletions + first given name
    /// + full date of birth. Meets one typing error in the surname.
    SurnameTypoDate,
    /// Primary surname + first given name or one of its one-letter deletions
    /// + full date of birth. Meets one typing error in the given name.
    GivenNameTypoDate,
    /// Primary surname + first given name + the date of birth with one digit
    /// masked (one token per digit position but the century's two). Meets
    /// one wrong digit.
    NamesDateVariant,
    /// Primary surname + first given name + the date of birth with day and
    /// month in ascending order. Meets day and month swapped.
    NamesDateSwapped,
}

impl KeyKind {
    pub const ALL: [KeyKind; 8] = [
        KeyKind::NamesDate,
        KeyKind::PhoneticDate,
        KeyKind::NamesYear,
        KeyKind::NamesDayMonth,
        KeyKind::SurnameTypoDate,
        KeyKind::GivenNameTypoDate,
        KeyKind::NamesDateVariant,
        KeyKind::NamesDateSwapped,
    ];

    /// The stable label of the kind, used in the HKDF label of its sub-key.
    pub fn label(self) -> &'static str {
        match self {
            KeyKind::NamesDate => "names+birth-date",
            KeyKind::PhoneticDate => "phonetic-names+birth-date",
            KeyKind::NamesYear => "names+birth-year",
            KeyKind::NamesDayMonth => "names+birth-day-month",
            KeyKind::SurnameTypoDate => "surname-deletions+given-name+birth-date",
            KeyKind::GivenNameTypoDate => "surname+given-name-deletions+birth-date",
            KeyKind::NamesDateVariant => "names+birth-date-one-digit-masked",
            KeyKind::NamesDateSwapped => "names+birth-date-day-month-unordered",
        }
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    /// The number of tokens of this kind in every record (docs/scheme.md,
    /// section 7, "The fixed shape"): [`match_keys`] makes at most this many
    /// messages of the kind for a person, keeping the first ones in the
    /// scheme's order, and the tokenizer pads a person with fewer. Every
    /// record of every campaign of `keys-v4` therefore has the same shape,
    /// which says nothing about the person, and a crafted record can carry
    /// no more guesses than this. A token file of another shape is refused.
    pub const fn per_record(self) -> usize {
        match self {
            KeyKind::NamesDate | KeyKind::PhoneticDate => 6,
            KeyKind::NamesYear => 2,
            KeyKind::NamesDayMonth => 3,
            KeyKind::SurnameTypoDate => 12,
            KeyKind::GivenNameTypoDate => 9,
            KeyKind::NamesDateVariant => 6,
            KeyKind::NamesDateSwapped => 1,
        }
    }

    /// The number of tokens of every record, all kinds together: 45.
    pub const PER_RECORD: usize = 45;

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.get(code as usize).copied()
    }
}

/// The match-key messages of a person: `(kind, message)` pairs, deduplicated,
/// in a stable order. A message is the unambiguous, length-prefixed encoding
/// of its fields; the tokenizer turns each into a token with the kind's key.
pub fn match_keys(person: &Person) -> Vec<(KeyKind, Vec<u8>)> {
    let mut messages = Messages::default();
    match_keys_into(person, &mut messages);
    messages
        .iter()
        .map(|(kind, message)| (kind, message.to_vec()))
        .collect()
}

/// The messages of [`match_keys`], written into `out` (emptied first):
/// the tokenizer reuses one [`Messages`] for all the records of a thread
/// instead of allocating four dozen small buffers per record.
pub fn match_keys_into(person: &Person, out: &mut Messages) {
    out.clear();
    let surnames = surname_forms(&person.surnames);
    let given = given_forms(&person.given_names);
    let (Some(primary), false) = (surnames.wholes.first(), given.first.is_empty()) else {
        return;
    };
    let date = date_text(person.birth_date, YEAR_FIRST);
    let (year, day_month) = date.split_at(4);
    let keys = out;

    // Given names outside, surname forms inside: when a kind is capped, the
    // first given name is kept with every surname form (a usage name, a
    // part of a double surname) before the other given names are.
    for given_name in &given.any {
        for surname in surnames.wholes.iter().chain(&surnames.words) {
            keys.add(KeyKind::NamesDate, &[surname, given_name, &date]);
        }
    }
    // Each form's code once, not once per pair.
    let surname_codes: Vec<String> = surnames
        .wholes
        .iter()
        .chain(&surnames.words)
        .map(|s| phonetic(s))
        .collect();
    let firsts = || given.first_alternatives.iter().chain(&given.any);
    for (i, first) in firsts().enumerate() {
        if keys.full(KeyKind::PhoneticDate) {
            break;
        }
        // A given name met again (the first one is usually both a first
        // alternative and one of `any`) would only repeat its messages.
        if firsts().take(i).any(|earlier| earlier == first) {
            continue;
        }
        let first = phonetic(first);
        for surname in &surname_codes {
            let mut pair = [surname, &first];
            pair.sort();
            keys.add(KeyKind::PhoneticDate, &[pair[0], pair[1], &date]);
        }
    }
    // The first given name with each whole surname: names+year and
    // names+day-month; then with each significant word of the surname:
    // names+day-month only. (A word with the year would make the least
    // specific kind commoner still; with the day and month it stays rare,
    // and a part of a double surname meeting the whole name on the other
    // side then shows that the first given name agrees.)
    for first in &given.first_alternatives {
        for surname in &surnames.wholes {
            keys.add(KeyKind::NamesYear, &[surname, first, year]);
            keys.add(KeyKind::NamesDayMonth, &[surname, first, day_month]);
        }
        for word in &surnames.words {
            keys.add(KeyKind::NamesDayMonth, &[word, first, day_month]);
        }
    }
    let mut variant = std::mem::take(&mut keys.scratch);
    for_each_deletion_variant(primary, &mut variant, |variant| {
        keys.add(KeyKind::SurnameTypoDate, &[variant, &given.first, &date]);
    });
    for_each_deletion_variant(&given.first, &mut variant, |variant| {
        keys.add(KeyKind::GivenNameTypoDate, &[primary, variant, &date]);
    });
    // The date of birth as `DDMMYYYY` with each digit masked in turn (`_`),
    // except the two digits of the century: two dates one wrong digit apart
    // share one masked form. Two dates of birth in one age window never
    // differ by a century digit alone (that is 100 or 1,000 years), so
    // masking one would only repeat the full date.
    let text = date_text(person.birth_date, !YEAR_FIRST);
    for i in (0..text.len()).filter(|i| !CENTURY.contains(i)) {
        variant.clear();
        variant.push_str(&text[..i]);
        variant.push('_');
        variant.push_str(&text[i + 1..]);
        keys.add(
            KeyKind::NamesDateVariant,
            &[primary, &given.first, &variant],
        );
    }
    keys.scratch = variant;
    let unordered = unordered_day_month(person.birth_date);
    keys.add(
        KeyKind::NamesDateSwapped,
        &[primary, &given.first, &unordered],
    );
}

/// The positions of the century's digits in `DDMMYYYY`.
const CENTURY: [usize; 2] = [4, 5];

/// For [`date_text`]: `YYYYMMDD` rather than `DDMMYYYY`.
const YEAR_FIRST: bool = true;

/// The date as chrono writes it with `%Y%m%d` (`year_first`) or `%d%m%Y`,
/// digit by digit: chrono parses its format string on every call, and
/// every record needs two dates.
fn date_text(date: NaiveDate, year_first: bool) -> String {
    let year = date.year();
    if !(1000..=9999).contains(&year) {
        // Never a date of birth in an age window; chrono's own rules
        // (zero-padded to 4 digits, or signed).
        return date
            .format(if year_first { "%Y%m%d" } else { "%d%m%Y" })
            .to_string();
    }
    let (year, month, day) = (year as u32, date.month(), date.day());
    let mut text = String::with_capacity(8);
    if year_first {
        push_digits(&mut text, year, 4);
        push_digits(&mut text, month, 2);
        push_digits(&mut text, day, 2);
    } else {
        push_digits(&mut text, day, 2);
        push_digits(&mut text, month, 2);
        push_digits(&mut text, year, 4);
    }
    text
}

/// Appends the last `width` decimal digits of `n`, zero-padded.
fn push_digits(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
    }
}

/// The date of birth with day and month in ascending order (`S` +
/// `LLHHYYYY`): a date and its day–month swap share it. Always produced, even
/// when no swap is possible, so that the number of tokens says nothing about
/// the date.
fn unordered_day_month(date: NaiveDate) -> String {
    let (day, month) = (date.day(), date.month());
    let (low, high) = (day.min(month), day.max(month));
    format!("S{low:02}{high:02}{}", date.year())
}

/// The match-key messages of one person, one after the other in one buffer
/// (see [`match_keys_into`]).
#[derive(Default)]
pub struct Messages {
    bytes: Vec<u8>,
    /// Each message's kind and where it ends in `bytes`.
    ends: Vec<(KeyKind, usize)>,
    /// Messages of each kind, indexed by the kind's code.
    counts: [usize; KeyKind::ALL.len()],
    /// A buffer for the variants of a name or a date.
    scratch: String,
}

impl Messages {
    /// The `(kind, message)` pairs, in the scheme's order.
    pub fn iter(&self) -> impl Iterator<Item = (KeyKind, &[u8])> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&(kind, end)| {
            let message = &self.bytes[start..end];
            start = end;
            (kind, message)
        })
    }

    /// The number of messages of `kind`.
    pub fn count(&self, kind: KeyKind) -> usize {
        self.counts[kind.code() as usize]
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.counts = Default::default();
    }

    /// Whether `kind` already has its [`KeyKind::per_record`] messages.
    fn full(&self, kind: KeyKind) -> bool {
        self.count(kind) >= kind.per_record()
    }

    /// Adds a message unless its kind is full (the cap: the first messages
    /// in the scheme's order are kept) or it was already emitted.
    fn add(&mut self, kind: KeyKind, fields: &[&str]) {
        if self.full(kind) {
            return;
        }
        // Written in place (each field as `length_prefixed` encodes it),
        // then taken back if an earlier message of the kind is the same.
        let start = self.bytes.len();
        for field in fields {
            self.bytes
                .extend_from_slice(&(field.len() as u32).to_be_bytes());
            self.bytes.extend_from_slice(field.as_bytes());
        }
        let (earlier, message) = self.bytes.split_at(start);
        let mut from = 0;
        let repeated = self.ends.iter().any(|&(k, end)| {
            let same = k == kind && earlier[from..end] == *message;
            from = end;
            same
        });
        if repeated {
            self.bytes.truncate(start);
        } else {
            self.ends.push((kind, self.bytes.len()));
            self.counts[kind.code() as usize] += 1;
        }
    }
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

    fn fields(message: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = message;
        while let Some((len, tail)) = rest.split_first_chunk::<4>() {
            let len = u32::from_be_bytes(*len) as usize;
            out.push(String::from_utf8(tail[..len].to_vec()).unwrap());
            rest = &tail[len..];
        }
        out
    }

    #[test]
    fn every_key_holds_name_and_date_material() {
        let p = person(
            &["DUPONT MARTIN", "LEROY"],
            "Jean-Baptiste Louis",
            (2009, 3, 5),
        );
        let keys = match_keys(&p);
        assert!(keys.len() > 10);
        for (kind, message) in keys {
            let f = fields(&message);
            let names = 2;
            assert_eq!(f.len(), names + 1, "{kind:?}");
            let date = &f[names];
            let masked = date.len() == 8 && date.matches('_').count() == 1;
            let swapped = date == "S03052009";
            assert!(
                ["20090305", "2009", "0305"].contains(&date.as_str()) || masked || swapped,
                "{kind:?} {date}"
            );
            assert!(
                f[..names].iter().all(|n| n.len() >= 2),
                "{kind:?} has name material"
            );
            assert!(
                f[..names]
                    .iter()
                    .all(|n| n.bytes().all(|b| b.is_ascii_alphanumeric()))
            );
        }
    }

    #[test]
    fn exact_copies_share_every_kind() {
        let a = person(&["BENALI"], "Yanis", (2009, 3, 5));
        assert_eq!(shared(&a, &a.clone()), KeyKind::ALL);
    }

    #[test]
    fn compound_given_name_written_with_space_meets() {
        let a = person(&["LEROY"], "JEAN-BAPTISTE", (2009, 3, 5));
        let b = person(&["Leroy"], "Jean Baptiste", (2009, 3, 5));
        let kinds = shared(&a, &b);
        assert!(kinds.contains(&KeyKind::NamesDate) && kinds.contains(&KeyKind::PhoneticDate));
    }

    #[test]
    fn missing_or_reordered_given_names_meet_on_names_date() {
        let a = person(&["BENALI"], "MOHAMED AMINE", (2009, 3, 5));
        assert!(
            shared(&a, &person(&["Benali"], "Mohamed", (2009, 3, 5))).contains(&KeyKind::NamesDate)
        );
        assert!(
            shared(&a, &person(&["Benali"], "Amine", (2009, 3, 5))).contains(&KeyKind::NamesDate)
        );
    }

    #[test]
    fn usage_name_meets_through_the_second_surname() {
        let a = person(&["GARCIA"], "LINA", (2010, 1, 15));
        let b = person(&["Moreau", "Garcia"], "Lina", (2010, 1, 15));
        assert!(shared(&a, &b).contains(&KeyKind::NamesDate));
    }

    #[test]
    fn a_part_of_a_double_surname_meets_with_the_first_given_name() {
        // Either part, and the day and month show that the first given name
        // agrees too (keys-v4): the names+birth-day-month kind pairs it with
        // each significant word of the surname.
        let a = person(&["DUPONT--MARTIN"], "LUCAS", (2009, 6, 1));
        for part in ["Dupont", "Martin"] {
            let b = person(&[part], "Lucas", (2009, 6, 1));
            assert_eq!(
                shared(&a, &b),
                [
                    KeyKind::NamesDate,
                    KeyKind::PhoneticDate,
                    KeyKind::NamesDayMonth
                ],
                "{part}"
            );
        }
        let particle = person(&["DE LA FONTAINE"], "INES", (2009, 6, 1));
        let b = person(&["Fontaine"], "Ines", (2009, 6, 1));
        assert!(shared(&particle, &b).contains(&KeyKind::NamesDayMonth));
        // The year is never paired with a word alone: the least specific
        // kind stays whole surname + first given name + year.
        let b = person(&["Dupont"], "Lucas", (2009, 7, 2));
        assert!(shared(&a, &b).is_empty());
    }

    #[test]
    fn twins_sharing_a_middle_name_meet_without_the_first_given_name() {
        // The same surname and date, a middle name in common: the full date
        // with that name (kinds 0 and 1), never a first-given-name kind.
        let a = person(&["BERNARD"], "Margot Lea", (2009, 6, 1));
        let b = person(&["BERNARD"], "Lucie Lea", (2009, 6, 1));
        assert_eq!(shared(&a, &b), [KeyKind::NamesDate, KeyKind::PhoneticDate]);
    }

    #[test]
    fn particles_alone_do_not_meet() {
        let a = person(&["LE GALL"], "ERWAN", (2009, 6, 1));
        assert!(shared(&a, &person(&["LE ROUX"], "ERWAN", (2009, 6, 1))).is_empty());
        assert!(
            shared(&a, &person(&["Legall"], "Erwan", (2009, 6, 1))).contains(&KeyKind::NamesDate)
        );
    }

    #[test]
    fn every_person_has_every_kind_within_its_cap() {
        let people = [
            person(&["KOWALSKI"], "PIOTR", (2009, 6, 1)),
            person(&["LI"], "AL", (2009, 1, 1)),
            person(
                &[
                    "DE LA FONTAINE--ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "BEN SALAH EL MANSOURI",
                ],
                "ABCDEFGHIJKLMNOPQRSTUVWX Jean-Baptiste Marie Luc",
                (2008, 12, 31),
            ),
        ];
        assert_eq!(
            KeyKind::ALL.iter().map(|k| k.per_record()).sum::<usize>(),
            KeyKind::PER_RECORD
        );
        for p in &people {
            let keys = match_keys(p);
            for kind in KeyKind::ALL {
                let n = keys.iter().filter(|(k, _)| *k == kind).count();
                assert!((1..=kind.per_record()).contains(&n), "{kind:?}: {n}");
            }
        }
        // The long names reach every cap.
        let keys = match_keys(&people[2]);
        for kind in KeyKind::ALL {
            let n = keys.iter().filter(|(k, _)| *k == kind).count();
            assert_eq!(n, kind.per_record(), "{kind:?}");
        }
    }

    #[test]
    fn a_capped_kind_keeps_the_first_messages_in_the_schemes_order() {
        // 26 letters: the cut name and the deletions of its first 11 letters.
        let p = person(&["ABCDEFGHIJKLMNOPQRSTUVWXYZ"], "PIOTR", (2009, 6, 1));
        let typos: Vec<String> = match_keys(&p)
            .into_iter()
            .filter(|(k, _)| *k == KeyKind::SurnameTypoDate)
            .map(|(_, m)| fields(&m)[0].clone())
            .collect();
        assert_eq!(typos.len(), 12);
        assert_eq!(typos[0], "ABCDEFGHIJKLMNOPQRST");
        assert_eq!(typos[1], "BCDEFGHIJKLMNOPQRST");
        assert_eq!(typos[11], "ABCDEFGHIJLMNOPQRST");
    }

    #[test]
    fn a_capped_kind_keeps_the_usage_name_with_the_first_given_name() {
        // 2 whole surnames × 5 given-name forms: 10 messages of kind 0, 6 kept.
        let a = person(&["MOREAU", "GARCIA"], "Lina Sarah Ines Zoe", (2010, 1, 15));
        let n = |kind| match_keys(&a).iter().filter(|(k, _)| *k == kind).count();
        assert_eq!(n(KeyKind::NamesDate), 6);
        let b = person(&["Garcia"], "Lina", (2010, 1, 15));
        let kinds = shared(&a, &b);
        assert!(kinds.contains(&KeyKind::NamesDate), "{kinds:?}");
        assert!(kinds.contains(&KeyKind::PhoneticDate), "{kinds:?}");
        let c = person(&["Garcia"], "Lina", (2010, 2, 15));
        assert!(shared(&a, &c).contains(&KeyKind::NamesYear));
    }

    #[test]
    fn no_masked_date_hides_a_century_digit() {
        let p = person(&["KOWALSKI"], "PIOTR", (2009, 6, 1));
        let masked: Vec<String> = match_keys(&p)
            .into_iter()
            .filter(|(k, _)| *k == KeyKind::NamesDateVariant)
            .map(|(_, m)| fields(&m)[2].clone())
            .collect();
        assert_eq!(
            masked,
            [
                "_1062009", "0_062009", "01_62009", "010_2009", "010620_9", "0106200_"
            ]
        );
    }

    #[test]
    fn one_typing_error_meets_on_a_typo_kind() {
        let a = person(&["KOWALSKI"], "PIOTR", (2009, 6, 1));
        assert!(
            shared(&a, &person(&["KOWALSKY"], "PIOTR", (2009, 6, 1)))
                .contains(&KeyKind::SurnameTypoDate)
        );
        assert!(
            shared(&a, &person(&["KOWALSKI"], "PIOTRR", (2009, 6, 1)))
                .contains(&KeyKind::GivenNameTypoDate)
        );
    }

    #[test]
    fn date_errors_meet_on_partial_date_kinds() {
        let a = person(&["KOWALSKI"], "PIOTR", (2009, 6, 1));
        let swapped = shared(&a, &person(&["KOWALSKI"], "PIOTR", (2009, 1, 6)));
        assert_eq!(swapped, [KeyKind::NamesYear, KeyKind::NamesDateSwapped]);
        let digit = shared(&a, &person(&["KOWALSKI"], "PIOTR", (2009, 6, 7)));
        assert_eq!(digit, [KeyKind::NamesYear, KeyKind::NamesDateVariant]);
        let other_surname = shared(&a, &person(&["NOWAK"], "PIOTR", (2009, 6, 1)));
        assert!(
            other_surname.is_empty(),
            "no key rests on the given name and date alone"
        );
        let b = person(&["KOWALSKI"], "PIOTR", (2009, 7, 25));
        let placeholder = shared(&b, &person(&["KOWALSKI"], "PIOTR", (2009, 1, 1)));
        assert_eq!(placeholder, [KeyKind::NamesYear]);
        let year = shared(&a, &person(&["KOWALSKI"], "PIOTR", (2008, 6, 1)));
        assert_eq!(year, [KeyKind::NamesDayMonth, KeyKind::NamesDateVariant]);
        let far = shared(&a, &person(&["KOWALSKI"], "PIOTR", (2009, 11, 23)));
        assert_eq!(far, [KeyKind::NamesYear]);
    }

    #[test]
    fn swapped_columns_meet_on_the_phonetic_pair() {
        let a = person(&["KOWALSKI"], "PIOTR", (2009, 6, 1));
        let b = person(&["PIOTR"], "KOWALSKI", (2009, 6, 1));
        assert_eq!(shared(&a, &b), [KeyKind::PhoneticDate]);
    }

    #[test]
    fn transliterations_meet_on_the_phonetic_pair() {
        let a = person(&["BENALI"], "MOHAMED", (2009, 6, 1));
        let b = person(&["BENALI"], "MOHAMMED", (2009, 6, 1));
        assert!(shared(&a, &b).contains(&KeyKind::PhoneticDate));
    }

    #[test]
    fn twins_do_not_share_keys() {
        let a = person(&["TRAORE"], "AWA", (2009, 6, 1));
        let b = person(&["TRAORE"], "AMINATA", (2009, 6, 1));
        assert!(shared(&a, &b).is_empty());
    }

    #[test]
    fn other_people_share_nothing() {
        let a = person(&["MARTIN"], "LUCAS", (2009, 6, 1));
        assert!(shared(&a, &person(&["MARTIN"], "LUCAS", (2008, 7, 2))).is_empty());
        assert!(shared(&a, &person(&["BERNARD"], "LUCAS", (2009, 6, 1))).is_empty());
        assert!(shared(&a, &person(&["BERNARD"], "HUGO", (2009, 6, 1))).is_empty());
    }

    #[test]
    fn no_given_name_no_keys() {
        let mut p = person(&["MARTIN"], "", (2009, 6, 1));
        p.given_names.clear();
        assert!(match_keys(&p).is_empty());
    }

    /// Generated persons: surnames with particles, `ST`, usage-name
    /// markers and double names; one to five given names, some compound;
    /// dates of birth over twenty years.
    fn generated_people(count: usize) -> Vec<Person> {
        const WORDS: &[&str] = &[
            "MARTIN",
            "DUPONT",
            "LE",
            "DE",
            "LA",
            "EL",
            "BEN",
            "ST",
            "EPOUSE",
            "NEE",
            "DIT",
            "MOHAMED",
            "NGUYEN",
            "LEFEBVRE",
            "JEAN",
            "BAPTISTE",
            "MARIE",
            "AICHA",
            "YOUSSEF",
            "LI",
            "AL",
            "O",
            "GAUTHIER",
            "SCHMITT",
            "FRANCOIS",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "CHLOE",
            "LUCAS",
            "INES",
            "KEVIN",
            "DOS",
            "SANTOS",
            "VAN",
            "DER",
            "BERG",
            "X",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let name = |next: &mut dyn FnMut(usize) -> usize, max: usize| {
            (0..1 + next(max))
                .map(|_| WORDS[next(WORDS.len())])
                .collect::<Vec<_>>()
                .join(" ")
        };
        (0..count)
            .map(|_| Person {
                surnames: (0..1 + next(2)).map(|_| name(&mut next, 4)).collect(),
                given_names: (0..1 + next(5)).map(|_| name(&mut next, 2)).collect(),
                birth_date: NaiveDate::from_ymd_opt(1995, 1, 1).unwrap()
                    + chrono::Days::new(next(7305) as u64),
                sex: None,
            })
            .collect()
    }

    /// The messages of 50,000 generated persons, pinned (FNV-1a over kinds
    /// and messages) from the implementation `keys-v4` was released with: a
    /// rewrite for speed must give exactly the same messages, in the same
    /// order.
    #[test]
    fn pinned_messages_of_generated_people() {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut fnv = |bytes: &[u8]| {
            for &b in bytes {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for person in generated_people(50_000) {
            for (kind, message) in match_keys(&person) {
                fnv(&[kind.code()]);
                fnv(&(message.len() as u32).to_be_bytes());
                fnv(&message);
            }
            fnv(b"|");
        }
        assert_eq!(hash, 3042276203739405496);
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for (y, m, d) in [
            (2009, 3, 5),
            (1999, 12, 31),
            (1000, 1, 1),
            (9999, 12, 31),
            (999, 7, 4),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                date_text(date, YEAR_FIRST),
                date.format("%Y%m%d").to_string()
            );
            assert_eq!(
                date_text(date, !YEAR_FIRST),
                date.format("%d%m%Y").to_string()
            );
        }
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
