//! The invented population: who exists, before anyone is written on a list.
//!
//! People are drawn in births: single births, twins (same surname and date of
//! birth, different first names), siblings (same surname, a year or two
//! apart) and look-alikes (an unrelated person with the same surname, first
//! name and a date of birth a few weeks away), so that the traps a matcher
//! meets in real lists are there in the right proportions.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::PopulationRates;
use super::draw::{Rng, between, chance, pick};
use super::errors::DoubleForm;
use super::names::{NameId, NameTables, ORIGINS, Origin, OriginProfile, Sex};

/// Marks an unused name slot.
const NONE: NameId = NameId(u16::MAX);

/// One invented person as the civil status would record them. Compact on
/// purpose: a national campaign holds over a million.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    pub given: [NameId; 4],
    pub surname: [NameId; 2],
    pub usage: NameId,
    pub usage_form: UsageForm,
    pub double_form: DoubleForm,
    pub dob: NaiveDate,
    pub sex: Sex,
    origin: u8,
    pub born_abroad: bool,
}

/// How a usage name relates to the birth name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UsageForm {
    None,
    /// The other parent's name alone.
    Other,
    /// Birth name then the other parent's (`DUPONT MARTIN`).
    BirthThenOther,
    /// The other parent's name then the birth name.
    OtherThenBirth,
}

impl Person {
    pub(crate) fn given_names(&self) -> impl Iterator<Item = NameId> + '_ {
        self.given.iter().copied().filter(|&g| g != NONE)
    }

    pub(crate) fn second_surname(&self) -> Option<NameId> {
        (self.surname[1] != NONE).then_some(self.surname[1])
    }

    pub(crate) fn usage(&self) -> Option<NameId> {
        (self.usage_form != UsageForm::None).then_some(self.usage)
    }

    pub(crate) fn origin(&self) -> &'static OriginProfile {
        &ORIGINS[usize::from(self.origin)]
    }
}

/// The obligation-de-formation window: a date of birth is inside when the
/// person is at least 16 and not yet 18 on `reference`, i.e. born from
/// `reference` − 18 years + 1 day to `reference` − 16 years, both included.
/// A 29 February anniversary falls on 28 February in common years.
pub fn age_window(reference: NaiveDate) -> (NaiveDate, NaiveDate) {
    let eighteen = reference
        .checked_sub_months(Months::new(18 * 12))
        .expect("reference date far from the calendar's ends");
    let sixteen = reference
        .checked_sub_months(Months::new(16 * 12))
        .expect("reference date far from the calendar's ends");
    (eighteen + Days::new(1), sixteen)
}

/// Whether a date of birth is in the [`age_window`] of `reference`.
pub fn in_window(dob: NaiveDate, reference: NaiveDate) -> bool {
    let (first, last) = age_window(reference);
    (first..=last).contains(&dob)
}

/// Twin pairs of the same sex, by index in the population.
pub(crate) struct Population {
    pub people: Vec<Person>,
    pub same_sex_twins: Vec<(u32, u32)>,
}

/// Draws `n` people.
pub(crate) fn generate(
    n: usize,
    rates: &PopulationRates,
    reference: NaiveDate,
    tables: &NameTables,
    rng: &mut Rng,
) -> Population {
    let mut people: Vec<Person> = Vec::with_capacity(n);
    let mut same_sex_twins = Vec::new();
    let dates = DobDraw::new(reference, rates.in_window_share);
    while people.len() < n {
        let room = n - people.len();
        if room >= 2 && chance(rng, rates.twin_births) {
            let mut a = new_family_member(tables, &dates, rates, rng);
            let same_sex = chance(rng, 0.65);
            let mut b = sibling_of(&a, tables, rates, rng);
            b.dob = a.dob;
            if same_sex {
                b.sex = a.sex;
                b.given = draw_given(tables, a.origin(), a.sex, &[a.given[0]], rng);
            }
            if chance(rng, 0.5) {
                std::mem::swap(&mut a, &mut b);
            }
            let i = people.len() as u32;
            people.push(a);
            people.push(b);
            if same_sex {
                same_sex_twins.push((i, i + 1));
            }
        } else if room >= 2 && chance(rng, rates.siblings) {
            let a = new_family_member(tables, &dates, rates, rng);
            let mut b = sibling_of(&a, tables, rates, rng);
            let gap = between(rng, 300, 1200);
            let gap = if chance(rng, 0.5) { gap } else { -gap };
            // Keep both in the age band the lists are drawn from.
            b.dob = [shift(a.dob, gap), shift(a.dob, -gap)]
                .into_iter()
                .find(|d| dates.in_band(*d))
                .unwrap_or_else(|| dates.draw(rng));
            if b.born_abroad && a.dob.month() == 1 && a.dob.day() == 1 {
                b.dob = NaiveDate::from_ymd_opt(b.dob.year(), 1, 1).expect("1 January exists");
            }
            people.push(a);
            people.push(b);
        } else if !people.is_empty() && chance(rng, rates.lookalikes) {
            let model = people.last().expect("non-empty").clone();
            let mut p = new_family_member(tables, &dates, rates, rng);
            p.origin = model.origin;
            p.sex = model.sex;
            p.surname = model.surname;
            p.double_form = model.double_form;
            p.given = draw_given(tables, model.origin(), model.sex, &[], rng);
            p.given[0] = model.given[0];
            dedupe_given(&mut p.given);
            p.dob = shift(
                model.dob,
                between(rng, 1, 45) * if chance(rng, 0.5) { 1 } else { -1 },
            );
            p.usage_form = UsageForm::None;
            p.usage = NONE;
            people.push(p);
        } else {
            let p = new_family_member(tables, &dates, rates, rng);
            people.push(p);
        }
    }
    Population {
        people,
        same_sex_twins,
    }
}

fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        d + Days::new(days as u64)
    } else {
        d - Days::new(days.unsigned_abs())
    }
}

/// Dates of birth: `in_window_share` uniformly inside the window, the rest
/// just outside it (a third aged 15, two thirds aged 18 or 19), as lists
/// built around the 16–18 age band contain.
struct DobDraw {
    window: (NaiveDate, NaiveDate),
    younger: (NaiveDate, NaiveDate),
    older: (NaiveDate, NaiveDate),
    in_window_share: f64,
}

impl DobDraw {
    fn new(reference: NaiveDate, in_window_share: f64) -> Self {
        let window = age_window(reference);
        let younger = (window.1 + Days::new(1), window.1 + Months::new(12));
        let older = (window.0 - Months::new(24), window.0 - Days::new(1));
        DobDraw {
            window,
            younger,
            older,
            in_window_share,
        }
    }

    fn in_band(&self, d: NaiveDate) -> bool {
        (self.older.0..=self.younger.1).contains(&d)
    }

    fn draw(&self, rng: &mut Rng) -> NaiveDate {
        let (lo, hi) = if chance(rng, self.in_window_share) {
            self.window
        } else if chance(rng, 1.0 / 3.0) {
            self.younger
        } else {
            self.older
        };
        let span = (hi - lo).num_days();
        lo + Days::new(between(rng, 0, span) as u64)
    }
}

fn origin_index(profile: &OriginProfile) -> u8 {
    ORIGINS
        .iter()
        .position(|p| p.origin == profile.origin)
        .expect("profile from ORIGINS") as u8
}

/// A person starting a new family: origin, surname(s), usage name, names, date.
fn new_family_member(
    tables: &NameTables,
    dates: &DobDraw,
    rates: &PopulationRates,
    rng: &mut Rng,
) -> Person {
    let profile = tables.pick_origin(rng);
    let sex = if chance(rng, 0.512) {
        Sex::Male
    } else {
        Sex::Female
    };
    let born_abroad = chance(rng, profile.born_abroad);
    let mut surname = [tables.surname(profile.origin, rng), NONE];
    // Double surnames exist for children born in France since 2005.
    if !born_abroad && chance(rng, rates.double_surnames) {
        surname[1] = other_parent_surname(tables, profile.origin, rng);
        if surname[1] == surname[0] {
            surname[1] = NONE;
        }
    }
    let double_form = *pick(
        rng,
        &[
            DoubleForm::DoubleHyphen,
            DoubleForm::DoubleHyphen,
            DoubleForm::Space,
            DoubleForm::Space,
            DoubleForm::Hyphen,
        ],
    );
    let (usage_form, usage) = draw_usage(
        tables,
        profile.origin,
        surname[0],
        surname[1] != NONE,
        rates,
        rng,
    );
    let mut dob = dates.draw(rng);
    if born_abroad && chance(rng, rates.jan1_recorded) {
        dob = NaiveDate::from_ymd_opt(dob.year(), 1, 1).expect("1 January exists");
    }
    Person {
        given: draw_given(tables, profile, sex, &[], rng),
        surname,
        usage,
        usage_form,
        double_form,
        dob,
        sex,
        origin: origin_index(profile),
        born_abroad,
    }
}

/// A brother or sister: same family names, own sex and given names.
fn sibling_of(a: &Person, tables: &NameTables, rates: &PopulationRates, rng: &mut Rng) -> Person {
    let sex = if chance(rng, 0.512) {
        Sex::Male
    } else {
        Sex::Female
    };
    let exclude = if sex == a.sex {
        vec![a.given[0]]
    } else {
        vec![]
    };
    let mut b = a.clone();
    b.sex = sex;
    b.given = draw_given(tables, a.origin(), sex, &exclude, rng);
    // Usage names are chosen per child.
    if a.usage_form != UsageForm::None && !chance(rng, 0.7) {
        b.usage_form = UsageForm::None;
        b.usage = NONE;
    } else if a.usage_form == UsageForm::None && chance(rng, rates.usage_names * 0.3) {
        let (f, u) = draw_usage(
            tables,
            a.origin().origin,
            a.surname[0],
            a.surname[1] != NONE,
            rates,
            rng,
        );
        b.usage_form = f;
        b.usage = u;
    }
    b
}

fn other_parent_surname(tables: &NameTables, origin: Origin, rng: &mut Rng) -> NameId {
    if chance(rng, 0.7) {
        tables.surname(origin, rng)
    } else {
        tables.surname(Origin::French, rng)
    }
}

fn draw_usage(
    tables: &NameTables,
    origin: Origin,
    birth: NameId,
    double: bool,
    rates: &PopulationRates,
    rng: &mut Rng,
) -> (UsageForm, NameId) {
    if !chance(rng, rates.usage_names) {
        return (UsageForm::None, NONE);
    }
    let other = other_parent_surname(tables, origin, rng);
    if other == birth {
        return (UsageForm::None, NONE);
    }
    let form = if double {
        UsageForm::Other
    } else {
        *pick(
            rng,
            &[
                UsageForm::Other,
                UsageForm::Other,
                UsageForm::Other,
                UsageForm::Other,
                UsageForm::Other,
                UsageForm::BirthThenOther,
                UsageForm::BirthThenOther,
                UsageForm::BirthThenOther,
                UsageForm::OtherThenBirth,
                UsageForm::OtherThenBirth,
            ],
        )
    };
    (form, other)
}

/// Given names: a first name, then middle names, all different and none in
/// `exclude` (a twin's or sibling's first name).
fn draw_given(
    tables: &NameTables,
    profile: &OriginProfile,
    sex: Sex,
    exclude: &[NameId],
    rng: &mut Rng,
) -> [NameId; 4] {
    let count = tables.given_count(profile.origin, rng);
    let mut out = [NONE; 4];
    let mut first = tables.first_given(profile, sex, rng);
    for _ in 0..20 {
        if !exclude.contains(&first) {
            break;
        }
        first = tables.first_given(profile, sex, rng);
    }
    out[0] = first;
    let mut filled = 1;
    let mut tries = 0;
    while filled < count && tries < 20 {
        tries += 1;
        let g = tables.middle_given(profile, sex, rng);
        if !out[..filled].contains(&g) && tables.form(g) != tables.form(first) {
            out[filled] = g;
            filled += 1;
        }
    }
    out
}

fn dedupe_given(given: &mut [NameId; 4]) {
    for i in 1..given.len() {
        if given[i] != NONE && given[..i].contains(&given[i]) {
            given[i] = NONE;
        }
    }
    let mut kept: Vec<NameId> = given.iter().copied().filter(|&g| g != NONE).collect();
    kept.resize(4, NONE);
    given.copy_from_slice(&kept);
}

#[cfg(test)]
pub(crate) fn origin_of(p: &Person) -> Origin {
    p.origin().origin
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn window_boundaries() {
        let r = date(2025, 9, 1);
        assert_eq!(age_window(r), (date(2007, 9, 2), date(2009, 9, 1)));
        assert!(in_window(date(2009, 9, 1), r), "16 today");
        assert!(!in_window(date(2009, 9, 2), r), "16 tomorrow");
        assert!(in_window(date(2007, 9, 2), r), "18 tomorrow");
        assert!(!in_window(date(2007, 9, 1), r), "18 today");
    }

    #[test]
    fn window_on_leap_days() {
        // Reference on a leap day: 18 years earlier has no 29 February.
        let r = date(2024, 2, 29);
        assert_eq!(age_window(r), (date(2006, 3, 1), date(2008, 2, 29)));
        // Born on a leap day, reference in a common year.
        let r = date(2026, 2, 28);
        assert!(in_window(date(2008, 2, 29), r), "not yet 18");
        assert_eq!(age_window(r).1, date(2010, 2, 28));
    }

    #[test]
    fn population_shape() {
        let tables = NameTables::new();
        let rates = PopulationRates::for_preset(super::super::Preset::Realistic);
        let r = date(2025, 9, 1);
        let pop = generate(50_000, &rates, r, &tables, &mut Rng::seed_from_u64(9));
        assert_eq!(pop.people.len(), 50_000);
        let inside = pop.people.iter().filter(|p| in_window(p.dob, r)).count();
        let share = inside as f64 / 50_000.0;
        assert!((0.82..0.88).contains(&share), "in-window share {share}");
        let (lo, hi) = age_window(r);
        for p in &pop.people {
            // 1 January placeholders may fall up to a year before the band.
            assert!(
                p.dob >= lo - Months::new(36) && p.dob <= hi + Months::new(14),
                "{p:?} {lo} {hi}"
            );
        }
        let twins = pop.same_sex_twins.len() as f64 / 50_000.0;
        assert!(
            (0.004..0.02).contains(&twins),
            "twin pairs per person {twins}"
        );
        for &(a, b) in &pop.same_sex_twins {
            let (a, b) = (&pop.people[a as usize], &pop.people[b as usize]);
            assert_eq!((a.dob, a.surname, a.sex), (b.dob, b.surname, b.sex));
            assert_ne!(tables.form(a.given[0]), tables.form(b.given[0]));
        }
        let french = pop
            .people
            .iter()
            .filter(|p| origin_of(p) == Origin::French)
            .count();
        assert!((0.66..0.74).contains(&(french as f64 / 50_000.0)));
        let multi = pop
            .people
            .iter()
            .filter(|p| p.given_names().count() >= 2)
            .count();
        assert!(multi > 25_000, "most people have several given names");
        let double = pop
            .people
            .iter()
            .filter(|p| p.second_surname().is_some())
            .count();
        assert!(double > 1000, "{double} double surnames");
    }
}
