//! Parsing of French person names into the forms the match keys use.
//!
//! Why it exists: a surname field may hold a double surname (`DUPONT MARTIN`,
//! `DUPONT--MARTIN`), particles (`DE LA FONTAINE`, `EL AMRANI`, `N'DIAYE`),
//! `ST` for `SAINT`, or a birth and a usage name in one field (`DUPONT
//! épouse MARTIN`, `MARTIN née DUPONT`, `DUPONT dit MARTIN`); a given-names
//! field may hold one compound name (`Jean-Baptiste`) or several given names.
//! This module turns folded fields (see [`crate::normalize::fold`]) into the
//! alternative forms under which the two sides can meet.
//!
//! Part of the frozen match-key scheme (`docs/scheme.md`). Pure; never logs.

use crate::normalize::compact;

/// Words that separate a birth name from a usage name inside one field.
const NAME_SEPARATORS: &[&str] = &[
    "EPOUSE", "EP", "EPSE", "EPX", "NEE", "NE", "DIT", "DITE", "VEUVE", "VVE", "DIVORCEE", "ALIAS",
];

/// Particles and articles: part of a whole surname, never a significant word
/// on their own.
const PARTICLES: &[&str] = &[
    "DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "EL", "AL", "BEN", "BOU", "BIN", "AIT", "OULD",
    "DOS", "DAS", "DA", "DI", "DEL", "DELLA", "VAN", "VON", "DER", "DEN", "TER", "MAC", "MC",
    "SAINT", "SAINTE", "N",
];

/// The forms of a person's surnames.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SurnameForms {
    /// Whole surnames, compact (`DUPONTMARTIN`, `LEGALL`, `SAINTJUST`), the
    /// primary one (birth name, first segment) first.
    pub wholes: Vec<String>,
    /// Significant words of those surnames (`DUPONT`, `MARTIN`, `GALL`),
    /// excluding any that equals a whole form.
    pub words: Vec<String>,
}

/// At most this many whole surnames, significant words and given names are
/// used: it bounds the tokens of one record (a list cell can hold anything)
/// and what their number could tell.
pub const MAX_FORMS: usize = 4;

/// Splits folded surname fields into whole forms and significant words.
pub fn surname_forms(folded_surnames: &[String]) -> SurnameForms {
    let mut forms = SurnameForms::default();
    for field in folded_surnames {
        for segment in split_segments(field) {
            let words: Vec<&str> = segment.iter().map(|w| expand_abbreviation(w)).collect();
            let whole: String = words.concat();
            if whole.is_empty() {
                continue;
            }
            push_unique(&mut forms.wholes, whole);
            for word in &words {
                if word.len() >= 3 && !PARTICLES.contains(word) {
                    push_unique(&mut forms.words, (*word).to_string());
                }
            }
        }
    }
    let wholes = forms.wholes.clone();
    forms.words.retain(|w| !wholes.contains(w));
    forms.wholes.truncate(MAX_FORMS);
    forms.words.truncate(MAX_FORMS);
    forms
}

/// Splits a field at usage-name markers: `DUPONT EPOUSE MARTIN` gives
/// `[DUPONT]` and `[MARTIN]`.
fn split_segments(field: &str) -> Vec<Vec<&str>> {
    let mut segments = vec![Vec::new()];
    for word in field.split(' ').filter(|w| !w.is_empty()) {
        if NAME_SEPARATORS.contains(&word) {
            segments.push(Vec::new());
        } else {
            segments.last_mut().expect("never empty").push(word);
        }
    }
    segments.retain(|s| !s.is_empty());
    segments
}

fn expand_abbreviation(word: &str) -> &str {
    match word {
        "ST" => "SAINT",
        "STE" => "SAINTE",
        other => other,
    }
}

/// The forms of a person's given names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GivenForms {
    /// The first given name, compact (`JEANBAPTISTE` for `Jean-Baptiste`).
    pub first: String,
    /// The first given name and, when it is simple and followed by another,
    /// the two joined: `Jean Baptiste` (two names) meets `Jean-Baptiste`.
    pub first_alternatives: Vec<String>,
    /// Every given name alone, and all of them joined, compact.
    pub any: Vec<String>,
}

/// Builds the given-name forms from folded given names (one entry per given
/// name; a compound name is one entry with a space, as `split_given_names`
/// returns them).
pub fn given_forms(given_names: &[String]) -> GivenForms {
    let given_names = &given_names[..given_names.len().min(MAX_FORMS)];
    let Some(first_raw) = given_names.first() else {
        return GivenForms::default();
    };
    let first = compact(first_raw);
    let mut first_alternatives = vec![first.clone()];
    if !first_raw.contains(' ')
        && let Some(second) = given_names.get(1)
    {
        push_unique(
            &mut first_alternatives,
            format!("{first}{}", compact(second)),
        );
    }
    let mut any = Vec::new();
    for name in given_names {
        push_unique(&mut any, compact(name));
    }
    if given_names.len() > 1 {
        push_unique(&mut any, given_names.iter().map(|g| compact(g)).collect());
    }
    GivenForms {
        first,
        first_alternatives,
        any,
    }
}

/// Deletion variants are made from at most this many leading letters.
pub const MAX_DELETION_LENGTH: usize = 20;

/// The string itself and every string obtained by deleting one letter: two
/// names one typing error apart (a letter wrong, missing, added, or two
/// letters swapped) always share one of these. Names shorter than 4 letters
/// only give themselves (their deletions would be too common); only the
/// first [`MAX_DELETION_LENGTH`] letters are used.
pub fn deletion_variants(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for_each_deletion_variant(name, &mut String::new(), |variant| {
        if !out.iter().any(|v| v == variant) {
            out.push(variant.to_string());
        }
    });
    out
}

/// Calls `f` with each string [`deletion_variants`] gives, in the same
/// order but with repeats (`ANNA` gives `NNA` twice), built one after the
/// other in `buffer`: the match keys skip repeated messages anyway, and
/// every record makes two dozen of these.
pub fn for_each_deletion_variant(name: &str, buffer: &mut String, mut f: impl FnMut(&str)) {
    let name = &name[..name.len().min(MAX_DELETION_LENGTH)];
    f(name);
    if name.len() >= 4 && name.is_ascii() {
        for i in 0..name.len() {
            buffer.clear();
            buffer.push_str(&name[..i]);
            buffer.push_str(&name[i + 1..]);
            f(buffer);
        }
    }
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{fold, split_given_names};

    fn forms(fields: &[&str]) -> SurnameForms {
        surname_forms(&fields.iter().map(|f| fold(f)).collect::<Vec<_>>())
    }

    #[test]
    fn double_surnames_give_whole_and_words() {
        let f = forms(&["DUPONT--MARTIN"]);
        assert_eq!(f.wholes, ["DUPONTMARTIN"]);
        assert_eq!(f.words, ["DUPONT", "MARTIN"]);
        assert_eq!(forms(&["Dupont Martin"]), f);
    }

    #[test]
    fn particles_are_kept_in_the_whole_but_are_not_words() {
        let f = forms(&["DE LA FONTAINE"]);
        assert_eq!(f.wholes, ["DELAFONTAINE"]);
        assert_eq!(f.words, ["FONTAINE"]);
        assert_eq!(forms(&["N'DIAYE"]).wholes, ["NDIAYE"]);
        assert_eq!(forms(&["Le Gall"]).wholes, forms(&["LEGALL"]).wholes);
    }

    #[test]
    fn saint_abbreviation_is_expanded() {
        assert_eq!(forms(&["ST-JUST"]).wholes, forms(&["SAINT JUST"]).wholes);
        assert_eq!(forms(&["Ste Marie"]).wholes, ["SAINTEMARIE"]);
    }

    #[test]
    fn usage_name_markers_split_one_field_into_two_surnames() {
        let f = forms(&["DUPONT épouse MARTIN"]);
        assert_eq!(f.wholes, ["DUPONT", "MARTIN"]);
        assert_eq!(forms(&["MARTIN née DUPONT"]).wholes, ["MARTIN", "DUPONT"]);
        assert_eq!(forms(&["DUPONT dit MARTIN"]).wholes, ["DUPONT", "MARTIN"]);
    }

    #[test]
    fn birth_and_usage_fields_both_count() {
        let f = forms(&["MOREAU", "GARCIA"]);
        assert_eq!(f.wholes, ["MOREAU", "GARCIA"]);
        assert!(f.words.is_empty());
    }

    #[test]
    fn given_name_forms() {
        let g = given_forms(&split_given_names("Jean Baptiste Louis"));
        assert_eq!(g.first, "JEAN");
        assert_eq!(g.first_alternatives, ["JEAN", "JEANBAPTISTE"]);
        assert_eq!(g.any, ["JEAN", "BAPTISTE", "LOUIS", "JEANBAPTISTELOUIS"]);
        let h = given_forms(&split_given_names("JEAN-BAPTISTE"));
        assert_eq!(h.first_alternatives, ["JEANBAPTISTE"]);
        assert!(
            g.first_alternatives
                .iter()
                .any(|a| h.first_alternatives.contains(a))
        );
        assert_eq!(given_forms(&[]), GivenForms::default());
    }

    #[test]
    fn deletion_variants_meet_for_every_single_typing_error() {
        let meet = |a: &str, b: &str| {
            let va = deletion_variants(a);
            deletion_variants(b).iter().any(|v| va.contains(v))
        };
        assert!(meet("MARTIN", "MARTIN"));
        assert!(meet("MARTIN", "MARTON"), "substitution");
        assert!(meet("MARTIN", "MATIN"), "deletion");
        assert!(meet("MARTIN", "MARTTIN"), "insertion");
        assert!(meet("MARTIN", "MRATIN"), "transposition");
        assert!(!meet("MARTIN", "MORTON"), "two errors");
        assert!(!meet("MARTIN", "BERNARD"));
        assert_eq!(deletion_variants("LEA"), ["LEA"]);
        assert_eq!(deletion_variants("ANNA"), ["ANNA", "NNA", "ANA", "ANN"]);
    }
}
