//! How one person is written on each list.
//!
//! [`render`] draws, from the person's own random stream, every choice for
//! both of their rows at once: which errors hit the pair and on which side,
//! and the export habits of each system (case, separators, which columns are
//! filled). The justice pass and the Mission Locale pass both call it and
//! keep their half, so the two rows of a shared person agree on what was
//! injected without anything being kept in memory between the passes.

use chrono::{Datelike, NaiveDate};
use croise_lang::Lang;

use super::ErrorRates;
use super::draw::{Rng, chance, index, pick};
use super::errors::fit_cp1252;
use super::errors::{
    self, DoubleForm, ErrorKind, ErrorSet, RejectKind, fold_accents, fold_turkish,
    has_turkish_letters,
};
use super::names::{NameTables, Sex};
use super::population::{Person, UsageForm};

/// Which lists a person is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Shared,
    JusticeOnly,
    MissionLocaleOnly,
}

/// A row of `justice.csv`, before encoding; the file number is added by the writer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JusticeRow {
    pub nom: String,
    pub prenoms: String,
    pub date: String,
    pub sexe: &'static str,
    pub departement: &'static str,
}

/// A row of `mission-locale.csv`; the identifier is added by the writer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MissionLocaleRow {
    pub nom_naissance: String,
    pub nom_usage: String,
    pub prenom: String,
    pub date: String,
    pub genre: &'static str,
}

/// Both rows of a person, the errors that made them differ and, for people
/// on one list only, the reason their row must be rejected.
#[derive(Debug, Clone)]
pub(crate) struct Rendered {
    pub justice: JusticeRow,
    pub mission_locale: MissionLocaleRow,
    pub errors: ErrorSet,
    pub reject: Option<RejectKind>,
}

/// Départements of Grand Est, where the convention that motivates croise was
/// signed; file numbers carry one of them.
const DEPARTEMENTS: [&str; 10] = ["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"];

/// One side's draft of a person's row, still structured.
#[derive(Clone)]
struct Draft {
    surname: String,
    usage: Option<String>,
    given: Vec<String>,
    dob: NaiveDate,
    swapped: bool,
    fold: bool,
    keep_turkish: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Title,
    Lower,
}

enum Side {
    Justice,
    MissionLocale,
}

fn side(rng: &mut Rng, p_justice: f64) -> Side {
    if chance(rng, p_justice) {
        Side::Justice
    } else {
        Side::MissionLocale
    }
}

/// Draws both rows of `person`. Every random choice comes from `rng`, which
/// the caller seeds per person, so the result depends only on the spec, the
/// seed and the person.
pub(crate) fn render(
    person: &Person,
    role: Role,
    rates: &ErrorRates,
    tables: &NameTables,
    rng: &mut Rng,
) -> Rendered {
    let first = tables.form(person.surname[0]);
    let birth = match person.second_surname() {
        Some(b) => errors::double_surname(first, tables.form(b), person.double_form),
        None => first.to_string(),
    };
    let usage = person.usage().map(|u| {
        let u = tables.form(u);
        match person.usage_form {
            UsageForm::BirthThenOther => format!("{birth} {u}"),
            UsageForm::OtherThenBirth => format!("{u} {birth}"),
            UsageForm::Other | UsageForm::None => u.to_string(),
        }
    });
    let given: Vec<String> = person
        .given_names()
        .map(|g| tables.form(g).to_string())
        .collect();
    let base = Draft {
        surname: birth.clone(),
        usage: None,
        given,
        dob: person.dob,
        swapped: false,
        fold: false,
        keep_turkish: false,
    };
    let mut j = base.clone();
    let mut m = base;
    // I-Milo has a usage-name column; it is filled for most who have one.
    if usage.is_some() && chance(rng, 0.6) {
        m.usage = usage.clone();
    }
    let mut found = ErrorSet::default();

    macro_rules! on {
        ($side:expr) => {
            match $side {
                Side::Justice => &mut j,
                Side::MissionLocale => &mut m,
            }
        };
    }

    if let Some(u) = &usage
        && chance(rng, rates.usage_name)
    {
        match side(rng, 0.5) {
            Side::Justice => j.surname = u.clone(),
            Side::MissionLocale => {
                m.surname = u.clone();
                m.usage = None;
            }
        }
        found.insert(ErrorKind::UsageName);
    }

    if let Some(second) = person.second_surname()
        && chance(rng, rates.double_surname_variant)
    {
        let others: Vec<DoubleForm> = DoubleForm::ALL
            .into_iter()
            .filter(|&f| f != person.double_form)
            .collect();
        let variant = errors::double_surname(first, tables.form(second), *pick(rng, &others));
        let c = on!(side(rng, 0.5));
        if c.surname.contains(&birth) {
            c.surname = c.surname.replacen(&birth, &variant, 1);
            found.insert(ErrorKind::DoubleSurnameVariant);
        }
    }

    if chance(rng, rates.particle_variant) {
        let c = on!(side(rng, 0.5));
        if let Some(v) = errors::particle_variant(&c.surname, rng) {
            c.surname = v;
            found.insert(ErrorKind::ParticleVariant);
        }
    }

    if chance(rng, rates.transliteration) {
        let c = on!(side(rng, 0.5));
        // Slot 0 is the surname, then the given names.
        let slots: Vec<usize> = std::iter::once(&c.surname)
            .chain(c.given.iter())
            .enumerate()
            .filter(|(_, s)| errors::has_variant(s))
            .map(|(i, _)| i)
            .collect();
        if !slots.is_empty() {
            let slot = *pick(rng, &slots);
            let target = if slot == 0 {
                &mut c.surname
            } else {
                &mut c.given[slot - 1]
            };
            if let Some(v) = errors::transliterate(target, rng) {
                *target = v;
                found.insert(ErrorKind::Transliteration);
            }
        }
    }

    let turkish = has_turkish_letters(&m.surname)
        || m.usage.as_deref().is_some_and(has_turkish_letters)
        || m.given.iter().any(|g| has_turkish_letters(g));
    if turkish && chance(rng, rates.turkish_letters) {
        // Windows-1252 cannot hold ş, ğ, ı or İ: only the Mission Locale
        // side can keep them.
        m.keep_turkish = true;
        found.insert(ErrorKind::TurkishLetters);
    }

    if m.given.len() >= 2
        && chance(rng, rates.only_first_given_name)
        && let Some(g) = errors::only_first(&m.given)
    {
        m.given = g;
        found.insert(ErrorKind::OnlyFirstGivenName);
    }

    if chance(rng, rates.given_names_reordered) {
        let s = if m.given.len() < 2 {
            Side::Justice
        } else {
            side(rng, 0.5)
        };
        let c = on!(s);
        if let Some(g) = errors::reorder(&c.given, rng) {
            c.given = g;
            found.insert(ErrorKind::GivenNamesReordered);
        }
    }

    if chance(rng, rates.compound_given_split) {
        let c = on!(side(rng, 0.5));
        if let Some(g) = errors::split_compound(&c.given) {
            c.given = g;
            found.insert(ErrorKind::CompoundGivenSplit);
        }
    }

    if chance(rng, rates.typo) {
        let c = on!(side(rng, 0.5));
        let target = if chance(rng, 0.5) {
            &mut c.surname
        } else {
            &mut c.given[0]
        };
        if let Some(t) = errors::typo(target, rng) {
            *target = t;
            found.insert(ErrorKind::Typo);
        }
    }

    if chance(rng, rates.names_swapped) {
        on!(side(rng, 0.5)).swapped = true;
        found.insert(ErrorKind::NamesSwapped);
    }

    if chance(rng, rates.accent_dropped) {
        // Upper-case justice exports lose accents more often than I-Milo.
        on!(side(rng, 0.7)).fold = true;
        found.insert(ErrorKind::AccentDropped);
    }

    if chance(rng, rates.day_month_swapped) {
        let c = on!(side(rng, 0.5));
        if let Some(d) = errors::swap_day_month(c.dob) {
            c.dob = d;
            found.insert(ErrorKind::DayMonthSwapped);
        }
    }

    if chance(rng, rates.date_digit) {
        let c = on!(side(rng, 0.5));
        if let Some(d) = errors::date_digit(c.dob, rng) {
            c.dob = d;
            found.insert(ErrorKind::DateDigit);
        }
    }

    if person.born_abroad && chance(rng, rates.placeholder_jan1) {
        let c = on!(side(rng, 0.6));
        if let Some(d) = errors::jan1(c.dob) {
            c.dob = d;
            found.insert(ErrorKind::PlaceholderJan1);
        }
    }

    // Export habits, drawn whatever the errors.
    let justice_sep = if chance(rng, 0.15) { ", " } else { " " };
    let departement = *pick(rng, &DEPARTEMENTS);
    let name_case = match index(rng, 20) {
        0..=12 => Case::Upper,
        13..=18 => Case::Title,
        _ => Case::Lower,
    };
    let given_case = match index(rng, 100) {
        0..=84 => Case::Title,
        85..=96 => Case::Upper,
        _ => Case::Lower,
    };
    let ml_sep = if chance(rng, 0.3) { ", " } else { " " };

    let reject = draw_reject(rates, rng);

    let mut justice = justice_row(&j, justice_sep, person.sex, departement);
    let mut mission_locale = ml_row(&m, name_case, given_case, ml_sep, person.sex);
    // Only errors that changed a row are reported.
    let unfolded = |c: &Draft| Draft {
        fold: false,
        ..c.clone()
    };
    if (j.fold && justice == justice_row(&unfolded(&j), justice_sep, person.sex, departement))
        || (m.fold
            && mission_locale == ml_row(&unfolded(&m), name_case, given_case, ml_sep, person.sex))
    {
        found = without(found, ErrorKind::AccentDropped);
    }
    if m.keep_turkish {
        let folded = Draft {
            keep_turkish: false,
            ..m.clone()
        };
        if mission_locale == ml_row(&folded, name_case, given_case, ml_sep, person.sex) {
            found = without(found, ErrorKind::TurkishLetters);
        }
    }

    // Some rows carry their date in words, as typed in a spreadsheet or as
    // French Excel writes a date cell to CSV. Chosen by a hash of the
    // row, not drawn, so that the random stream, and every other value of
    // the lists, stays what it was: the same lists, only written so.
    for (date, side, rate) in [
        (&mut justice.date, 0u8, rates.dates_in_words / 3.0),
        (&mut mission_locale.date, 1, rates.dates_in_words),
    ] {
        let draw = row_hash(side, person.dob, first);
        if (draw % 10_000) as f64 / 10_000.0 < rate {
            *date = date_in_words(person_date(date, person.dob), draw / 10_000);
        }
    }

    let reject = match (role, reject) {
        (Role::Shared, _) | (_, None) => None,
        (_, Some(kind)) => {
            let (date, surname, given) = rejected_values(kind, person.dob, rng);
            match role {
                Role::JusticeOnly => apply_reject(
                    &mut justice.date,
                    &mut justice.nom,
                    &mut justice.prenoms,
                    date,
                    surname,
                    given,
                ),
                _ => apply_reject(
                    &mut mission_locale.date,
                    &mut mission_locale.nom_naissance,
                    &mut mission_locale.prenom,
                    date,
                    surname,
                    given,
                ),
            }
            Some(kind)
        }
    };

    Rendered {
        justice,
        mission_locale,
        errors: found,
        reject,
    }
}

fn without(set: ErrorSet, kind: ErrorKind) -> ErrorSet {
    let mut out = ErrorSet::default();
    for k in set.iter().filter(|&k| k != kind) {
        out.insert(k);
    }
    out
}

fn draw_reject(rates: &ErrorRates, rng: &mut Rng) -> Option<RejectKind> {
    [
        (RejectKind::EmptyDate, rates.empty_date),
        (RejectKind::PartialDate, rates.partial_date),
        (RejectKind::ImpossibleDate, rates.impossible_date),
        (RejectKind::PlaceholderName, rates.placeholder_name),
    ]
    .into_iter()
    .find(|&(_, p)| chance(rng, p))
    .map(|(k, _)| k)
}

/// The replacement values of a rejected row: a new date text, or a
/// placeholder surname or given name.
fn rejected_values(
    kind: RejectKind,
    dob: NaiveDate,
    rng: &mut Rng,
) -> (Option<String>, Option<&'static str>, Option<&'static str>) {
    let year = dob.year();
    match kind {
        RejectKind::EmptyDate => (Some(String::new()), None, None),
        RejectKind::PartialDate => {
            let text = if chance(rng, 0.7) {
                format!("00/00/{year}")
            } else {
                format!("00/{:02}/{year}", dob.month())
            };
            (Some(text), None, None)
        }
        RejectKind::ImpossibleDate => {
            let mut options = vec![(31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11)];
            if NaiveDate::from_ymd_opt(year, 2, 29).is_none() {
                options.push((29, 2));
            }
            let (d, m) = *pick(rng, &options);
            (Some(format!("{d:02}/{m:02}/{year}")), None, None)
        }
        RejectKind::PlaceholderName => {
            if chance(rng, 0.5) {
                (None, Some(*pick(rng, &["INCONNU", "X", "SNC"])), None)
            } else {
                (None, None, Some(*pick(rng, &["X", "SPC", "SP", "INCONNU"])))
            }
        }
    }
}

fn apply_reject(
    date_field: &mut String,
    surname_field: &mut String,
    given_field: &mut String,
    date: Option<String>,
    surname: Option<&str>,
    given: Option<&str>,
) {
    if let Some(d) = date {
        *date_field = d;
    }
    if let Some(s) = surname {
        *surname_field = s.to_string();
    }
    if let Some(g) = given {
        *given_field = g.to_string();
    }
}

fn format_date(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

/// The date a row carries (an error may have changed it), read back from
/// its `dd/mm/yyyy` form; the person's own date if it is not one.
fn person_date(written: &str, dob: NaiveDate) -> NaiveDate {
    NaiveDate::parse_from_str(written, "%d/%m/%Y").unwrap_or(dob)
}

/// A date with its month in words, in one of the forms found in real
/// lists (`style` picks it): `3 mars 2009`, `1er octobre 2008`,
/// `03-mars-09` (French Excel's `jj-mmm-aa` written to CSV), `mardi 3 mars
/// 2009` (a long date format).
fn date_in_words(d: NaiveDate, style: u64) -> String {
    const SHORT: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    const DAYS: [&str; 7] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    match style % 3 {
        0 => Lang::Fr.date(d),
        1 => format!(
            "{:02}-{}-{:02}",
            d.day(),
            SHORT[d.month0() as usize],
            d.year() % 100
        ),
        _ => format!(
            "{} {}",
            DAYS[d.weekday().num_days_from_monday() as usize],
            Lang::Fr.date(d)
        ),
    }
}

/// A fixed hash (FNV-1a) of a row's side, date and surname: the same on
/// every machine and every Rust version.
fn row_hash(side: u8, dob: NaiveDate, surname: &str) -> u64 {
    let date = dob.num_days_from_ce().to_le_bytes();
    fnv1a([side].iter().chain(&date).chain(surname.as_bytes()))
}

/// FNV-1a, 64 bits: a hash that no library version can change.
pub(crate) fn fnv1a<'a>(bytes: impl IntoIterator<Item = &'a u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Lower case without the combining dot that Unicode gives `İ`.
fn lower(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let l: Vec<char> = if c == 'İ' {
                vec!['i']
            } else {
                c.to_lowercase().collect()
            };
            l
        })
        .collect()
}

fn apply_case(s: &str, case: Case) -> String {
    match case {
        Case::Upper => s.to_uppercase(),
        Case::Title => s.to_string(),
        Case::Lower => lower(s),
    }
}

/// PARCOURS-like: everything upper case, all given names, only letters
/// Windows-1252 can encode.
fn justice_row(c: &Draft, sep: &str, sex: Sex, departement: &'static str) -> JusticeRow {
    let surname = c.surname.clone();
    let given = c.given.join(sep);
    let (nom, prenoms) = if c.swapped {
        (given, surname)
    } else {
        (surname, given)
    };
    let finish = |s: String| {
        let s = fold_turkish(&s).to_uppercase();
        let s = if c.fold { fold_accents(&s) } else { s };
        fit_cp1252(&s)
    };
    JusticeRow {
        nom: finish(nom),
        prenoms: finish(prenoms),
        date: format_date(c.dob),
        sexe: match sex {
            Sex::Male => "M",
            Sex::Female => "F",
        },
        departement,
    }
}

/// I-Milo-like: names in mixed case with their accents.
fn ml_row(c: &Draft, name_case: Case, given_case: Case, sep: &str, sex: Sex) -> MissionLocaleRow {
    let given = c.given.join(sep);
    let (nom, prenom) = if c.swapped {
        (given, c.surname.clone())
    } else {
        (c.surname.clone(), given)
    };
    let finish = |s: &str, case: Case| {
        let s = if c.keep_turkish {
            s.to_string()
        } else {
            fold_turkish(s)
        };
        let s = apply_case(&s, case);
        if c.fold { fold_accents(&s) } else { s }
    };
    MissionLocaleRow {
        nom_naissance: finish(&nom, name_case),
        nom_usage: c
            .usage
            .as_deref()
            .map(|u| finish(u, name_case))
            .unwrap_or_default(),
        prenom: finish(&prenom, given_case),
        date: format_date(c.dob),
        genre: match sex {
            Sex::Male => "H",
            Sex::Female => "F",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(surname: &str, given: &[&str]) -> Draft {
        Draft {
            surname: surname.to_string(),
            usage: None,
            given: given.iter().map(|s| s.to_string()).collect(),
            dob: NaiveDate::from_ymd_opt(2008, 3, 5).unwrap(),
            swapped: false,
            fold: false,
            keep_turkish: false,
        }
    }

    #[test]
    fn justice_rows_are_upper_case_cp1252() {
        let r = justice_row(&draft("Şahin", &["Ayşe", "Elif"]), " ", Sex::Female, "54");
        assert_eq!(r.nom, "SAHIN");
        assert_eq!(r.prenoms, "AYSE ELIF");
        assert_eq!(r.date, "05/03/2008");
        let r = justice_row(
            &draft("Lebœuf", &["Chloé", "Marie"]),
            ", ",
            Sex::Female,
            "54",
        );
        assert_eq!(
            (r.nom.as_str(), r.prenoms.as_str()),
            ("LEBŒUF", "CHLOÉ, MARIE")
        );
        let mut c = draft("Lebœuf", &["Chloé"]);
        c.fold = true;
        assert_eq!(justice_row(&c, " ", Sex::Female, "54").nom, "LEBOEUF");
        let r = justice_row(&draft("Petrović", &["Miloš"]), " ", Sex::Male, "54");
        assert_eq!((r.nom.as_str(), r.prenoms.as_str()), ("PETROVIC", "MILOŠ"));
    }

    #[test]
    fn mission_locale_rows_keep_case_and_accents() {
        let r = ml_row(
            &draft("Le Gall", &["Léa"]),
            Case::Title,
            Case::Title,
            " ",
            Sex::Female,
        );
        assert_eq!(
            (r.nom_naissance.as_str(), r.prenom.as_str(), r.genre),
            ("Le Gall", "Léa", "F")
        );
        let r = ml_row(
            &draft("Yıldız", &["İrem"]),
            Case::Lower,
            Case::Lower,
            " ",
            Sex::Female,
        );
        assert_eq!(
            (r.nom_naissance.as_str(), r.prenom.as_str()),
            ("yildiz", "irem")
        );
        let mut c = draft("Yıldız", &["İrem"]);
        c.keep_turkish = true;
        let r = ml_row(&c, Case::Title, Case::Lower, " ", Sex::Female);
        assert_eq!(
            (r.nom_naissance.as_str(), r.prenom.as_str()),
            ("Yıldız", "irem")
        );
    }

    #[test]
    fn names_swapped_exchanges_columns() {
        let mut c = draft("Martin", &["Lucas", "Pierre"]);
        c.swapped = true;
        let r = justice_row(&c, " ", Sex::Male, "54");
        assert_eq!(
            (r.nom.as_str(), r.prenoms.as_str()),
            ("LUCAS PIERRE", "MARTIN")
        );
        let r = ml_row(&c, Case::Upper, Case::Title, " ", Sex::Male);
        assert_eq!(
            (r.nom_naissance.as_str(), r.prenom.as_str()),
            ("LUCAS PIERRE", "Martin")
        );
    }

    #[test]
    fn rejected_dates_are_unreadable() {
        use rand::SeedableRng;
        let mut rng = Rng::seed_from_u64(1);
        let dob = NaiveDate::from_ymd_opt(2009, 6, 15).unwrap();
        for _ in 0..50 {
            let (d, _, _) = rejected_values(RejectKind::ImpossibleDate, dob, &mut rng);
            let d = d.unwrap();
            assert!(NaiveDate::parse_from_str(&d, "%d/%m/%Y").is_err(), "{d}");
            let (d, _, _) = rejected_values(RejectKind::PartialDate, dob, &mut rng);
            assert!(d.unwrap().starts_with("00/"));
        }
    }
}
