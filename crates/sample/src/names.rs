//! Embedded name tables for the synthetic population.
//!
//! Every entry is a name *form* (a given name or a surname as it is commonly
//! spelled), never a person: no combination of names and dates here or in the
//! generated files comes from a real individual. Weights are relative
//! frequencies inside one list, shaped after the published distributions of
//! names given in France to children born 2007–2011 (a few very common names,
//! a long tail). Both get an invented tail so that homonyms are about as
//! rare as in a real population of a million young people rather than as
//! common as in a list of a few hundred names: surnames built from syllables
//! typical of each origin (`Ber` + `in` + `ard`), given names from the
//! spelling variants French parents choose (`Mathis` → `Matis`, `Ethan` →
//! `Ethann`).
//!
//! Names are stored in their usual mixed-case spelling with every diacritic
//! of the original (`Şahin`, `Yıldız`, `João`, `Petrović`); the renderers
//! derive upper case, accent-free and Windows-1252 forms from it.

use std::collections::HashMap;

use super::draw::{Rng, Weighted, chance};

/// Broad origin of a family's names. Only used to keep surnames and given
/// names coherent within a person and to set realistic shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    French,
    Maghrebi,
    WestAfrican,
    Portuguese,
    Turkish,
    EasternEuropean,
    ComorianMalagasy,
    Asian,
}

/// A weighted list of name forms.
type List = &'static [(&'static str, u32)];

/// What the generator needs to know about one origin.
pub(crate) struct OriginProfile {
    pub origin: Origin,
    /// Share of births, per 10,000.
    pub share: u32,
    /// Probability that a person of this origin was born abroad (which makes
    /// a 1 January placeholder date of birth possible).
    pub born_abroad: f64,
    /// Probability that a first given name comes from the French lists
    /// instead of the origin's own list.
    pub french_given: f64,
    /// Relative weights of having 1, 2, 3 or 4 given names.
    pub given_count: [u32; 4],
    pub boys: List,
    pub girls: List,
    pub surnames: List,
    /// Share of surname draws that go to the invented tail.
    pub surname_tail_share: f64,
    /// Syllable patterns of the invented surname tail.
    pub tail: &'static [Pattern],
    /// Share of given-name draws that go to spelling variants of the list.
    pub given_tail_share: f64,
}

/// Syllable slots: every combination of one entry per slot is a name.
pub(crate) type Pattern = &'static [&'static [&'static str]];

/// Index of a name form in [`NameTables`]. Kept small: the population of a
/// national campaign holds a million people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct NameId(pub u16);

/// Samplers over the embedded tables, with every name form interned once.
pub(crate) struct NameTables {
    forms: Vec<String>,
    origins: Vec<OriginSamplers>,
    origin_pick: Weighted,
    french_boys_middle: Sampler,
    french_girls_middle: Sampler,
}

struct OriginSamplers {
    boys: Sampler,
    girls: Sampler,
    surnames: Sampler,
    given_count: Weighted,
}

struct Sampler {
    ids: Vec<NameId>,
    weights: Weighted,
}

impl Sampler {
    fn pick(&self, rng: &mut Rng) -> NameId {
        self.ids[self.weights.sample(rng)]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sex {
    Male,
    Female,
}

impl NameTables {
    pub(crate) fn new() -> Self {
        let mut interner = Interner::default();
        let mut origins = Vec::with_capacity(ORIGINS.len());
        for profile in ORIGINS {
            let boys = interner.sampler(given_entries(profile.boys, profile.given_tail_share));
            let girls = interner.sampler(given_entries(profile.girls, profile.given_tail_share));
            let surnames = interner.sampler(with_tail(
                profile.surnames,
                invented_surnames(profile.tail),
                profile.surname_tail_share,
            ));
            origins.push(OriginSamplers {
                boys,
                girls,
                surnames,
                given_count: Weighted::new(profile.given_count.iter().map(|&w| u64::from(w))),
            });
        }
        let french_boys_middle =
            interner.sampler(FRENCH_BOYS_MIDDLE.iter().map(|&(n, w)| (n.to_string(), w)));
        let french_girls_middle =
            interner.sampler(FRENCH_GIRLS_MIDDLE.iter().map(|&(n, w)| (n.to_string(), w)));
        NameTables {
            forms: interner.forms,
            origins,
            origin_pick: Weighted::new(ORIGINS.iter().map(|p| u64::from(p.share))),
            french_boys_middle,
            french_girls_middle,
        }
    }

    pub(crate) fn form(&self, id: NameId) -> &str {
        &self.forms[usize::from(id.0)]
    }

    pub(crate) fn pick_origin(&self, rng: &mut Rng) -> &'static OriginProfile {
        &ORIGINS[self.origin_pick.sample(rng)]
    }

    pub(crate) fn surname(&self, origin: Origin, rng: &mut Rng) -> NameId {
        self.samplers(origin).surnames.pick(rng)
    }

    pub(crate) fn given_count(&self, origin: Origin, rng: &mut Rng) -> usize {
        self.samplers(origin).given_count.sample(rng) + 1
    }

    /// A first given name: from the origin's list, or from the French list
    /// for the share of families that choose a French name.
    pub(crate) fn first_given(&self, profile: &OriginProfile, sex: Sex, rng: &mut Rng) -> NameId {
        let origin = if chance(rng, profile.french_given) {
            Origin::French
        } else {
            profile.origin
        };
        let s = self.samplers(origin);
        match sex {
            Sex::Male => s.boys.pick(rng),
            Sex::Female => s.girls.pick(rng),
        }
    }

    /// A second or third given name. French families mostly use the classic
    /// middle names (`Pierre`, `Marie`…), others their own list.
    pub(crate) fn middle_given(&self, profile: &OriginProfile, sex: Sex, rng: &mut Rng) -> NameId {
        if profile.origin == Origin::French || chance(rng, profile.french_given * 0.5) {
            if chance(rng, 0.75) {
                return match sex {
                    Sex::Male => self.french_boys_middle.pick(rng),
                    Sex::Female => self.french_girls_middle.pick(rng),
                };
            }
            let s = self.samplers(Origin::French);
            return match sex {
                Sex::Male => s.boys.pick(rng),
                Sex::Female => s.girls.pick(rng),
            };
        }
        let s = self.samplers(profile.origin);
        match sex {
            Sex::Male => s.boys.pick(rng),
            Sex::Female => s.girls.pick(rng),
        }
    }

    fn samplers(&self, origin: Origin) -> &OriginSamplers {
        let i = ORIGINS
            .iter()
            .position(|p| p.origin == origin)
            .expect("every origin has a profile");
        &self.origins[i]
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.forms.len()
    }
}

#[derive(Default)]
struct Interner {
    forms: Vec<String>,
    index: HashMap<String, NameId>,
}

impl Interner {
    fn intern(&mut self, form: String) -> NameId {
        if let Some(&id) = self.index.get(&form) {
            return id;
        }
        let id = NameId(u16::try_from(self.forms.len()).expect("fewer than 65,536 name forms"));
        self.forms.push(form.clone());
        self.index.insert(form, id);
        id
    }

    fn sampler(&mut self, entries: impl Iterator<Item = (String, u32)>) -> Sampler {
        let mut ids = Vec::new();
        let mut weights = Vec::new();
        for (form, w) in entries {
            ids.push(self.intern(form));
            weights.push(u64::from(w));
        }
        Sampler {
            ids,
            weights: Weighted::new(weights),
        }
    }
}

/// A listed head with weights scaled up, followed by an invented tail with
/// equal weights summing to `share` of the whole.
fn with_tail(head: List, tail: Vec<String>, share: f64) -> impl Iterator<Item = (String, u32)> {
    const SCALE: u64 = 1000;
    let head_total: u64 = head.iter().map(|&(_, w)| u64::from(w) * SCALE).sum();
    let tail_weight = if tail.is_empty() || share <= 0.0 {
        0
    } else {
        let total_tail = head_total as f64 * share / (1.0 - share);
        (total_tail / tail.len() as f64).round().max(1.0) as u32
    };
    let head = head.iter().map(|&(n, w)| {
        (
            n.to_string(),
            u32::try_from(u64::from(w) * SCALE).expect("small weight"),
        )
    });
    head.chain(tail.into_iter().map(move |n| (n, tail_weight)))
}

fn given_entries(list: List, tail_share: f64) -> impl Iterator<Item = (String, u32)> {
    let listed: std::collections::HashSet<&str> = list.iter().map(|&(n, _)| n).collect();
    let mut tail: Vec<String> = Vec::new();
    for &(name, _) in list.iter().filter(|_| tail_share > 0.0) {
        for v in spelling_variants(name) {
            if !listed.contains(v.as_str()) && !tail.contains(&v) {
                tail.push(v);
            }
        }
    }
    with_tail(list, tail, tail_share)
}

/// Every combination of the slots of each pattern, in a fixed order. A
/// syllable glued to a letter loses its capital (`Ben` + `Hami` → `Benhami`).
/// These forms are invented; some coincide with real surnames, as any
/// plausible spelling would.
pub(crate) fn invented_surnames(patterns: &[Pattern]) -> Vec<String> {
    let mut out = Vec::new();
    for pattern in patterns {
        let mut names = vec![String::new()];
        for slot in *pattern {
            let mut next = Vec::with_capacity(names.len() * slot.len());
            for prefix in &names {
                for syllable in *slot {
                    let mut name = prefix.clone();
                    if name.ends_with(char::is_alphabetic) {
                        let mut c = syllable.chars();
                        if let Some(f) = c.next() {
                            name.extend(f.to_lowercase());
                            name.push_str(c.as_str());
                        }
                    } else {
                        name.push_str(syllable);
                    }
                    next.push(name);
                }
            }
            names = next;
        }
        out.extend(names.into_iter().filter(|n| !stutters(n)));
    }
    out
}

/// Whether two letters repeat back to back (`Robotot`, `Chatelelard`), which
/// gluing syllables produces and real names rarely show.
fn stutters(name: &str) -> bool {
    let c: Vec<char> = name.to_lowercase().chars().collect();
    c.windows(4)
        .any(|w| w[0] == w[2] && w[1] == w[3] && w[0] != w[1])
}

/// Other spellings of a given name that French parents choose, by a few
/// well-attested rules only: `y` for `i` and back (`Maëlys`/`Maëlis`,
/// `Lina`/`Lyna`, `Mathis`/`Mathys`), `t` for `th` (`Matéo`), `f` for `ph`
/// (`Rafaël`), a doubled final `n` (`Nolann`, `Louanne`), `il` for `ill`
/// (`Kilian`). Compound names are left alone.
pub(crate) fn spelling_variants(name: &str) -> Vec<String> {
    if name.contains(['-', ' ']) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |v: String| {
        if v != name && !out.contains(&v) {
            out.push(v);
        }
    };
    if let Some(i) = name
        .char_indices()
        .skip(1)
        .find(|&(i, c)| c == 'y' && i + 1 < name.len())
        .map(|(i, _)| i)
    {
        push(format!("{}i{}", &name[..i], &name[i + 1..]));
    } else if let Some(stem) = name.strip_suffix("his") {
        push(format!("{stem}hys"));
    } else if let Some(rest) = name.strip_prefix("Li").or_else(|| name.strip_prefix("Si"))
        && rest.starts_with(['a', 'e', 'l', 'n', 'o', 's'])
    {
        push(format!("{}y{rest}", &name[..1]));
    }
    if name.contains("th") && !name.contains("thieu") {
        push(name.replacen("th", "t", 1));
    } else if let Some(rest) = name.strip_prefix("Th") {
        push(format!("T{rest}"));
    }
    if name.contains("ph") {
        push(name.replacen("ph", "f", 1));
    }
    if name.ends_with("ane") {
        push(format!("{}nne", &name[..name.len() - 2]));
    } else if name.ends_with("an") {
        push(format!("{name}n"));
    }
    if name.contains("ill") {
        push(name.replacen("ill", "il", 1));
    }
    out
}

/// Spelling variants that administrations record for the same name. The
/// transliteration error replaces a name by another member of its group.
#[rustfmt::skip]
pub(crate) const VARIANT_GROUPS: &[&[&str]] = &[
    // Given names
    &["Mohamed", "Mohammed", "Mohamad", "Muhammad", "Mouhamed", "Mohammad"],
    &["Youssef", "Youcef", "Youssouf", "Yousef"],
    &["Aïcha", "Aisha", "Aïsha", "Aycha"],
    &["Mickaël", "Michaël", "Mikaël", "Mickael", "Michael"],
    &["Yacine", "Yassine", "Yasin"],
    &["Ilyes", "Ilyas", "Iliès", "Elyes"],
    &["Rayan", "Rayane", "Rayanne"],
    &["Ayoub", "Ayoube", "Ayub"],
    &["Amine", "Amin"],
    &["Ayman", "Aymen", "Aymane"],
    &["Imane", "Imen", "Iman"],
    &["Meriem", "Myriam", "Maryam", "Meryem", "Mariam"],
    &["Khadija", "Khadidja", "Kadidja", "Hadidja"],
    &["Fatoumata", "Fatimata", "Fatoumatta"],
    &["Aïssata", "Aissatou", "Aïssatou"],
    &["Mamadou", "Mamadu", "Mamoudou"],
    &["Abdoulaye", "Abdoulay", "Abdulaye"],
    &["Souleymane", "Soulaymane", "Suleyman", "Souleyman"],
    &["Sofiane", "Soufiane", "Sofian"],
    &["Ibrahim", "Ibrahima", "Brahim"],
    &["Ismaël", "Ismail", "Smaïl", "Ismaïl"],
    &["Oussama", "Ousama", "Osama"],
    &["Hamza", "Hamsa"],
    &["Kylian", "Kyllian", "Killian", "Kilian"],
    &["Yanis", "Yannis", "Ianis"],
    &["Lina", "Lyna"],
    &["Sarah", "Sara"],
    &["Chaïma", "Chaima", "Shaïma"],
    &["Djibril", "Jibril", "Gibril"],
    &["Yusuf", "Yousouf"],
    &["Hüseyin", "Huseyin", "Hussein"],
    &["Mehmet", "Mehmed"],
    &["Ahmet", "Ahmed"],
    &["Dmitri", "Dmitry", "Dimitri"],
    &["Andrei", "Andreï", "Andrey"],
    &["Nour", "Noor"],
    &["Maëlys", "Maelis", "Maylis"],
    // Surnames
    &["Meyer", "Meier", "Mayer", "Maier"],
    &["Schmitt", "Schmidt", "Schmit"],
    &["Muller", "Müller", "Mueller"],
    &["Schaeffer", "Schäfer", "Schaefer"],
    &["Haddad", "Hadad"],
    &["Cherif", "Chérif", "Sherif"],
    &["Coulibaly", "Koulibaly"],
    &["Cissé", "Sissé", "Cissey"],
    &["Ivanov", "Ivanoff"],
    &["Petrov", "Petroff"],
    &["Popov", "Popoff"],
    &["Smirnov", "Smirnoff"],
    &["Shevchenko", "Chevtchenko", "Shevtchenko"],
    &["Kuznetsov", "Kouznetsov"],
    &["Kovalenko", "Kovalenco"],
    &["Abdallah", "Abdullah", "Abdalah"],
    &["Bouaziz", "Bouazziz"],
    &["Mansouri", "Mansoury"],
    &["Fernandez", "Fernandes"],
    &["Rodriguez", "Rodrigues"],
    &["Gonzalez", "Gonzales"],
    &["Lefebvre", "Lefèvre"],
    &["Kowalski", "Kovalski"],
    &["Said", "Saïd"],
    &["Benali", "Ben Ali"],
    &["Diakité", "Diakhité"],
    &["Soilihi", "Soilihy"],
];

// ---------------------------------------------------------------------------
// Origin profiles. Shares are per 10,000 births and sum to 10,000.
// ---------------------------------------------------------------------------

pub(crate) const ORIGINS: &[OriginProfile] = &[
    OriginProfile {
        origin: Origin::French,
        share: 7170,
        born_abroad: 0.01,
        french_given: 1.0,
        given_count: [15, 45, 33, 7],
        boys: FRENCH_BOYS,
        girls: FRENCH_GIRLS,
        surnames: FRENCH_SURNAMES,
        surname_tail_share: 0.82,
        tail: &[
            &[FR_ROOTS_CONSONANT, FR_ENDINGS_VOWEL],
            &[FR_ROOTS_VOWEL, FR_ENDINGS_CONSONANT],
            &[FR_ROOTS_CONSONANT, FR_MIDS, FR_ENDINGS_AFTER_MID],
        ],
        given_tail_share: 0.08,
    },
    OriginProfile {
        origin: Origin::Maghrebi,
        share: 1350,
        born_abroad: 0.10,
        french_given: 0.2,
        given_count: [40, 45, 13, 2],
        boys: MAGHREBI_BOYS,
        girls: MAGHREBI_GIRLS,
        surnames: MAGHREBI_SURNAMES,
        surname_tail_share: 0.85,
        tail: &[
            &[MAGHREBI_ROOTS, MAGHREBI_ENDINGS],
            &[MAGHREBI_PREFIXES, MAGHREBI_STEMS, MAGHREBI_SUFFIXES],
        ],
        given_tail_share: 0.0,
    },
    OriginProfile {
        origin: Origin::WestAfrican,
        share: 450,
        born_abroad: 0.25,
        french_given: 0.25,
        given_count: [40, 40, 17, 3],
        boys: WEST_AFRICAN_BOYS,
        girls: WEST_AFRICAN_GIRLS,
        surnames: WEST_AFRICAN_SURNAMES,
        surname_tail_share: 0.5,
        tail: &[&[WEST_AFRICAN_ROOTS, WEST_AFRICAN_ENDINGS]],
        given_tail_share: 0.0,
    },
    OriginProfile {
        origin: Origin::Portuguese,
        share: 350,
        born_abroad: 0.05,
        french_given: 0.35,
        given_count: [20, 50, 25, 5],
        boys: PORTUGUESE_BOYS,
        girls: PORTUGUESE_GIRLS,
        surnames: PORTUGUESE_SURNAMES,
        surname_tail_share: 0.4,
        tail: &[&[PORTUGUESE_ROOTS, PORTUGUESE_ENDINGS]],
        given_tail_share: 0.0,
    },
    OriginProfile {
        origin: Origin::Turkish,
        share: 250,
        born_abroad: 0.06,
        french_given: 0.1,
        given_count: [45, 45, 9, 1],
        boys: TURKISH_BOYS,
        girls: TURKISH_GIRLS,
        surnames: TURKISH_SURNAMES,
        surname_tail_share: 0.6,
        tail: &[&[TURKISH_ROOTS, TURKISH_ENDINGS]],
        given_tail_share: 0.0,
    },
    OriginProfile {
        origin: Origin::EasternEuropean,
        share: 250,
        born_abroad: 0.25,
        french_given: 0.25,
        given_count: [45, 45, 9, 1],
        boys: EASTERN_BOYS,
        girls: EASTERN_GIRLS,
        surnames: EASTERN_SURNAMES,
        surname_tail_share: 0.6,
        tail: &[
            &[POLISH_ROOTS, POLISH_ENDINGS],
            &[ROMANIAN_ROOTS, ROMANIAN_ENDINGS],
            &[SERBIAN_ROOTS, SERBIAN_ENDINGS],
            &[RUSSIAN_ROOTS, RUSSIAN_ENDINGS],
        ],
        given_tail_share: 0.0,
    },
    OriginProfile {
        origin: Origin::ComorianMalagasy,
        share: 100,
        born_abroad: 0.25,
        french_given: 0.2,
        given_count: [35, 45, 17, 3],
        boys: COMORIAN_MALAGASY_BOYS,
        girls: COMORIAN_MALAGASY_GIRLS,
        surnames: COMORIAN_MALAGASY_SURNAMES,
        surname_tail_share: 0.3,
        tail: &[&[MALAGASY_ROOTS, MALAGASY_ENDINGS]],
        given_tail_share: 0.0,
    },
    OriginProfile {
        origin: Origin::Asian,
        share: 80,
        born_abroad: 0.10,
        french_given: 0.6,
        given_count: [35, 45, 17, 3],
        boys: ASIAN_BOYS,
        girls: ASIAN_GIRLS,
        surnames: ASIAN_SURNAMES,
        surname_tail_share: 0.0,
        tail: &[],
        given_tail_share: 0.0,
    },
];

// ---------------------------------------------------------------------------
// French (including regional, overseas and Spanish/Italian-born surnames
// long established in France).
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const FRENCH_BOYS: List = &[
    ("Lucas", 100), ("Enzo", 95), ("Nathan", 95), ("Mathis", 85), ("Louis", 80),
    ("Hugo", 76), ("Gabriel", 72), ("Théo", 70), ("Jules", 68), ("Raphaël", 60),
    ("Arthur", 58), ("Tom", 55), ("Ethan", 55), ("Noah", 50), ("Clément", 50),
    ("Thomas", 48), ("Maxime", 45), ("Timéo", 45), ("Paul", 45), ("Mathéo", 42),
    ("Baptiste", 40), ("Léo", 40), ("Alexandre", 38), ("Antoine", 36), ("Nolan", 35),
    ("Evan", 35), ("Axel", 34), ("Maël", 33), ("Quentin", 32), ("Alexis", 30),
    ("Romain", 30), ("Matteo", 28), ("Sacha", 28), ("Valentin", 28), ("Kylian", 27),
    ("Noa", 26), ("Victor", 25), ("Samuel", 24), ("Martin", 22), ("Killian", 22),
    ("Dylan", 21), ("Julien", 20), ("Lenny", 20), ("Benjamin", 20), ("Adrien", 19),
    ("Mathys", 19), ("Tristan", 18), ("Esteban", 18), ("Antonin", 17), ("Bastien", 17),
    ("Corentin", 16), ("Robin", 16), ("Simon", 16), ("Aaron", 15), ("Lorenzo", 15),
    ("Gabin", 15), ("Logan", 14), ("Noé", 14), ("Marius", 14), ("Titouan", 13),
    ("Nicolas", 13), ("Erwan", 13), ("Maxence", 12), ("Lilian", 12), ("Louka", 12),
    ("Kenzo", 12), ("Liam", 12), ("Noam", 12), ("Florian", 12), ("Jordan", 12),
    ("Timothée", 11), ("Ewen", 11), ("Malo", 11), ("Mattéo", 10), ("Pierre", 10),
    ("Jean", 10), ("Damien", 10), ("Mathias", 10), ("Kévin", 10), ("Loïc", 10),
    ("Elouan", 9), ("Dorian", 9), ("Thibault", 9), ("Ruben", 9), ("Gaël", 9),
    ("Joshua", 9), ("Anthony", 9), ("Matthieu", 9), ("Guillaume", 9), ("Brandon", 8),
    ("Jérémy", 8), ("Léon", 8), ("Charles", 8), ("Augustin", 8), ("Eliott", 8),
    ("Nathanaël", 8), ("Loris", 8), ("Cyprien", 6), ("Benoît", 5), ("Rémi", 7),
    ("Mickaël", 5), ("Michaël", 3), ("Mikaël", 3), ("Kyllian", 5), ("Kilian", 5),
    ("Yohan", 5), ("Johan", 5), ("Grégoire", 5), ("Côme", 4), ("Eden", 6),
    ("Owen", 6), ("Jayden", 4), ("Léandre", 3), ("Steven", 5), ("Jason", 6),
    ("Mathieu", 5), ("Sébastien", 3), ("Elias", 9), ("Ilan", 8), ("Nael", 7),
    ("Yann", 5), ("Morgan", 5), ("Thibaut", 5), ("Aurélien", 5), ("Adrian", 4),
    ("Célian", 6), ("Lohan", 5), ("Lény", 4), ("Matéo", 6), ("Timeo", 4),
    ("Nino", 6), ("Milan", 6), ("Oscar", 5), ("Félix", 6), ("Emilien", 5),
    ("Maximilien", 3), ("Hippolyte", 2), ("Anatole", 2), ("Gaspard", 4), ("Achille", 3),
    ("Dimitri", 3), ("Teddy", 3), ("Mael", 4), ("Evann", 3),
    ("Timothé", 5), ("Eliot", 4), ("Elliot", 4), ("Bryan", 4), ("Kenan", 3),
    ("Sohan", 3), ("Nohan", 3), ("Naël", 4), ("Mahé", 3), ("Lyam", 4),
    ("Marceau", 2), ("Basile", 4), ("Isaac", 4), ("Jonathan", 4), ("Jérémie", 2),
    ("Tony", 3), ("Lino", 3), ("Sandro", 2), ("Calvin", 2), ("Gianni", 3),
    ("Luca", 5), ("Lukas", 3), ("Alan", 3), ("Allan", 3), ("Erwann", 3),
    ("Iwan", 2), ("Swann", 3), ("Théodore", 3), ("Sasha", 3), ("Mateo", 4),
    ("Matis", 3), ("Téo", 3), ("Natan", 1), ("Nolann", 2), ("Ethann", 2),
    ("Rafaël", 2), ("Noham", 3), ("Louca", 2), ("Jessy", 2),
    ("Kélian", 3), ("Kelyan", 2), ("Jarod", 2),
    ("Mathéis", 2), ("Ewan", 4), ("Sullivan", 2), 
    ("Alessio", 2), ("Hugues", 1), ("Gauthier", 2), ("Hector", 2),
    ("Jean-Baptiste", 10), ("Pierre-Louis", 5), ("Marc-Antoine", 5), ("Paul-Antoine", 3),
    ("Pierre-Antoine", 3), ("Louis-Marie", 2), ("Jean-Pierre", 2), ("Pierre-Alexandre", 2),
    ("Jean-Marie", 2), ("Jean-Louis", 2), ("Charles-Henri", 2), ("Paul-Henri", 2),
    ("Jean-Paul", 2), ("Louis-Alexandre", 1), ("Jean-Philippe", 1), ("Jean-Christophe", 1),
];

#[rustfmt::skip]
const FRENCH_GIRLS: List = &[
    ("Emma", 100), ("Léa", 95), ("Manon", 85), ("Chloé", 85), ("Camille", 70),
    ("Inès", 65), ("Jade", 65), ("Lola", 60), ("Sarah", 58), ("Zoé", 58),
    ("Clara", 55), ("Lilou", 55), ("Louise", 50), ("Lucie", 45), ("Maëlys", 45),
    ("Océane", 40), ("Juliette", 40), ("Anaïs", 38), ("Eva", 38), ("Lina", 35),
    ("Romane", 35), ("Mathilde", 35), ("Louna", 33), ("Léna", 33), ("Julie", 30),
    ("Lou", 30), ("Ambre", 30), ("Margaux", 28), ("Lisa", 28), ("Alice", 26),
    ("Pauline", 25), ("Nina", 25), ("Marie", 25), ("Laura", 24), ("Noémie", 22),
    ("Justine", 22), ("Charlotte", 22), ("Élise", 20), ("Maëlle", 20), ("Lana", 19),
    ("Elisa", 18), ("Maëva", 16), ("Anna", 16), ("Émilie", 15), ("Clémence", 15),
    ("Mélissa", 14), ("Célia", 14), ("Margot", 14), ("Axelle", 12), ("Agathe", 12),
    ("Louane", 12), ("Salomé", 12), ("Candice", 10), ("Capucine", 10), ("Mélina", 10),
    ("Léonie", 10), ("Alicia", 10), ("Lily", 10), ("Marion", 10), ("Morgane", 9),
    ("Héloïse", 8), ("Apolline", 8), ("Rose", 8), ("Victoire", 6), ("Flavie", 6),
    ("Coralie", 6), ("Cassandra", 6), ("Maïwenn", 6), ("Lucile", 6), ("Ophélie", 6),
    ("Cloé", 6), ("Faustine", 5), ("Constance", 5), ("Jenna", 5), ("Mélanie", 5),
    ("Estelle", 5), ("Kelly", 4), ("Nolwenn", 4), ("Émeline", 4), ("Shaïna", 3),
    ("Jessica", 3), ("Gwendoline", 3), ("Kimberley", 2), ("Lætitia", 1), ("Maelys", 4),
    ("Maïlys", 5), ("Elsa", 12), ("Emy", 8), ("Jeanne", 10), ("Albane", 3),
    ("Adèle", 9), ("Iris", 6), ("Mia", 7), ("Nora", 5), ("Tess", 4),
    ("Alexia", 7), ("Audrey", 4), ("Carla", 8), ("Cécile", 3), ("Céline", 3),
    ("Chiara", 5), ("Clarisse", 3), ("Eloïse", 8), ("Enora", 6), ("Erine", 3),
    ("Fanny", 5), ("Gabrielle", 6), ("Hanaé", 3), ("Kenza", 4),
    ("Laly", 4), ("Léane", 8), ("Lise", 4), ("Lylou", 4), ("Maya", 7),
    ("Méline", 4), ("Naëlle", 4), ("Noa", 4), ("Romy", 3), ("Solène", 5),
    ("Thaïs", 3), ("Valentine", 6), ("Yaëlle", 3), ("Zélie", 3), ("Ninon", 4),
    ("Anaé", 3), ("Inaya", 3), ("Lilwenn", 2), ("Léana", 5), ("Louisa", 3),
    ("Lya", 3), ("Lyna", 6), ("Maëline", 3), ("Marine", 6), ("Mathilda", 2),
    ("Maylis", 3), ("Mila", 4), ("Naomi", 4), ("Nélia", 3), ("Shana", 3),
    ("Shanna", 2), ("Thelma", 2), ("Tiphaine", 2), ("Clémentine", 4), ("Gaëlle", 2),
    ("Joséphine", 4), ("Laurine", 3), ("Léonore", 2), ("Lorine", 2), ("Maeva", 3),
    ("Marina", 2), ("Maud", 2), ("Perrine", 1), ("Sixtine", 2), ("Violette", 3),
    ("Yuna", 3), ("Elina", 4), ("Eléna", 3), ("Emmy", 3), ("Kloé", 2),
    ("Lison", 3), ("Maïa", 3), ("Lylou", 3), ("Lysa", 2), ("Louanne", 3),
    ("Klara", 2), ("Camile", 1), ("Maëlis", 2), ("Syrine", 2), ("Timéa", 2),
    ("Athénaïs", 1), ("Cassandre", 2), ("Amandine", 2),
    ("Emmanuelle", 1), ("Rosalie", 2),
    ("Marie-Lou", 8), ("Lou-Ann", 8), ("Lily-Rose", 5), ("Lou-Anne", 5), ("Anne-Sophie", 4),
    ("Anne-Laure", 3), ("Marie-Ange", 3), ("Léa-Rose", 3), ("Eva-Rose", 2), ("Anne-Lise", 2),
    ("Marie-Camille", 2), ("Anne-Charlotte", 2), ("Marie-Louise", 2), ("Marie-Jeanne", 1),
    ("Marie-Alix", 1), ("Marie-Clémence", 1), ("Marie-Amélie", 1), ("Marie-Line", 1),
];

#[rustfmt::skip]
const FRENCH_BOYS_MIDDLE: List = &[
    ("Jean", 30), ("Pierre", 25), ("Louis", 25), ("Paul", 15), ("Michel", 12),
    ("Joseph", 12), ("Antoine", 10), ("André", 10), ("François", 10), ("Jacques", 8),
    ("Philippe", 6), ("Alain", 6), ("Daniel", 8), ("Claude", 5), ("Henri", 6),
    ("Robert", 5), ("Gérard", 4), ("Bernard", 4), ("Marcel", 5), ("René", 4),
    ("Lucien", 4), ("Georges", 5), ("Gabriel", 5), ("Christophe", 4), ("Patrick", 4),
    ("Maurice", 4), ("Jules", 4), ("Émile", 4), ("Raymond", 3), ("Yves", 3),
    ("Marie", 3), ("Noël", 2), ("Dominique", 2), ("Thierry", 2), ("Éric", 2),
    ("Jean-Pierre", 2), ("Jean-Marc", 2), ("Jean-Luc", 1), ("Jean-Michel", 1),
];

#[rustfmt::skip]
const FRENCH_GIRLS_MIDDLE: List = &[
    ("Marie", 35), ("Anne", 15), ("Louise", 15), ("Rose", 12), ("Jeanne", 10),
    ("Claire", 8), ("Élisabeth", 6), ("Catherine", 6), ("Françoise", 5), ("Isabelle", 6),
    ("Christine", 5), ("Sophie", 6), ("Nathalie", 4), ("Monique", 4), ("Jacqueline", 4),
    ("Madeleine", 4), ("Hélène", 6), ("Élise", 4), ("Thérèse", 3), ("Colette", 3),
    ("Simone", 3), ("Alice", 4), ("Juliette", 4), ("Josette", 2), ("Paulette", 2),
    ("Odette", 2), ("Valérie", 2), ("Sylvie", 2), ("Brigitte", 1), ("Bérénice", 1),
    ("Marie-Christine", 2), ("Marie-Thérèse", 2), ("Marie-Claire", 1), ("Anne-Marie", 2),
];

#[rustfmt::skip]
const FRENCH_SURNAMES: List = &[
    ("Martin", 1000), ("Bernard", 550), ("Thomas", 450), ("Petit", 440), ("Robert", 430),
    ("Richard", 420), ("Durand", 410), ("Dubois", 400), ("Moreau", 380), ("Laurent", 370),
    ("Simon", 350), ("Michel", 350), ("Lefebvre", 330), ("Leroy", 310), ("Roux", 300),
    ("David", 300), ("Bertrand", 290), ("Morel", 280), ("Fournier", 280), ("Girard", 270),
    ("Bonnet", 260), ("Dupont", 260), ("Lambert", 260), ("Fontaine", 250), ("Rousseau", 250),
    ("Vincent", 250), ("Muller", 250), ("Lefèvre", 240), ("Faure", 240), ("André", 240),
    ("Mercier", 240), ("Blanc", 230), ("Guérin", 230), ("Boyer", 230), ("Garnier", 220),
    ("Chevalier", 220), ("François", 220), ("Legrand", 210), ("Gauthier", 210), ("Garcia", 210),
    ("Perrin", 210), ("Robin", 200), ("Clément", 200), ("Morin", 200), ("Nicolas", 200),
    ("Henry", 200), ("Roussel", 200), ("Mathieu", 190), ("Gautier", 190), ("Masson", 190),
    ("Marchand", 190), ("Duval", 180), ("Denis", 180), ("Dumont", 180), ("Marie", 180),
    ("Lemaire", 180), ("Noël", 180), ("Meyer", 180), ("Dufour", 170), ("Meunier", 170),
    ("Brun", 170), ("Blanchard", 170), ("Giraud", 170), ("Joly", 170), ("Rivière", 170),
    ("Lucas", 170), ("Brunet", 160), ("Gaillard", 160), ("Barbier", 160), ("Arnaud", 160),
    ("Martinez", 160), ("Gérard", 160), ("Roche", 160), ("Renard", 160), ("Schmitt", 160),
    ("Roy", 150), ("Leroux", 150), ("Colin", 150), ("Vidal", 150), ("Caron", 150),
    ("Picard", 150), ("Roger", 150), ("Fabre", 150), ("Aubert", 150), ("Lemoine", 150),
    ("Renaud", 140), ("Dumas", 140), ("Lacroix", 140), ("Olivier", 140), ("Philippe", 140),
    ("Bourgeois", 140), ("Pierre", 140), ("Benoît", 140), ("Rey", 140), ("Leclerc", 140),
    ("Payet", 140), ("Rolland", 140), ("Leclercq", 130), ("Guillaume", 130), ("Lecomte", 130),
    ("Lopez", 130), ("Jean", 130), ("Dupuy", 130), ("Guillot", 130), ("Hubert", 130),
    ("Berger", 130), ("Carpentier", 130), ("Sanchez", 130), ("Dupuis", 130), ("Moulin", 120),
    ("Louis", 120), ("Deschamps", 120), ("Huet", 120), ("Vasseur", 120), ("Perez", 120),
    ("Boucher", 120), ("Fleury", 120), ("Royer", 120), ("Klein", 120), ("Jacquet", 120),
    ("Adam", 120), ("Paris", 120), ("Poirier", 120), ("Marty", 120), ("Aubry", 120),
    ("Guyot", 120), ("Carré", 120), ("Charles", 110), ("Renault", 110), ("Charpentier", 110),
    ("Ménard", 110), ("Maillard", 110), ("Baron", 110), ("Bertin", 110), ("Bailly", 110),
    ("Hervé", 110), ("Schneider", 110), ("Fernandez", 110), ("Le Gall", 110), ("Collet", 110),
    ("Léger", 110), ("Bouvier", 110), ("Julien", 110), ("Prévost", 110), ("Millet", 110),
    ("Perrot", 110), ("Daniel", 110), ("Le Roux", 100), ("Cousin", 100), ("Germain", 100),
    ("Breton", 100), ("Besson", 100), ("Langlois", 100), ("Rémy", 100), ("Le Goff", 100),
    ("Pelletier", 100), ("Lévêque", 100), ("Perrier", 100), ("Leblanc", 100), ("Barré", 100),
    ("Lebrun", 100), ("Marchal", 100), ("Weber", 100), ("Mallet", 100), ("Hamon", 100),
    ("Boulanger", 100), ("Jacob", 100), ("Monnier", 100), ("Michaud", 100), ("Rodriguez", 100),
    ("Guichard", 100), ("Gillet", 100), ("Étienne", 100), ("Grondin", 100), ("Poulain", 100),
    ("Tessier", 100), ("Chevallier", 100), ("Collin", 100), ("Chauvin", 100), ("Bouchet", 90),
    ("Gay", 90), ("Lemaître", 90), ("Bénard", 90), ("Maréchal", 90), ("Humbert", 90),
    ("Reynaud", 90), ("Antoine", 90), ("Hoarau", 90), ("Perret", 90), ("Barthélemy", 90),
    ("Cordier", 90), ("Pichon", 90), ("Lejeune", 90), ("Gilbert", 90), ("Lamy", 90),
    ("Delaunay", 90), ("Pasquier", 90), ("Carlier", 90), ("Laporte", 90), ("Gonzalez", 80),
    ("Gomez", 60), ("Diaz", 50), ("Hernandez", 50), ("Moreno", 50), ("Ruiz", 40),
    ("Alvarez", 40), ("Romero", 40), ("Navarro", 35), ("Torres", 40), ("Ramirez", 30),
    ("Rossi", 50), ("Ferrari", 35), ("Russo", 35), ("Bianchi", 30), ("Romano", 30),
    ("Colombo", 25), ("Ricci", 25), ("Marino", 25), ("Greco", 20), ("Gallo", 20),
    ("Conti", 25), ("De Luca", 20), ("Esposito", 25), ("Fontana", 20), ("Lombardi", 15),
    // Breton
    ("Le Bris", 40), ("Le Corre", 40), ("Le Moal", 30), ("Guéguen", 35), ("Le Bihan", 35),
    ("Tanguy", 45), ("Kerbrat", 25), ("Le Hir", 25), ("Morvan", 40), ("Quéré", 25),
    ("Le Floch", 25), ("Cadiou", 25), ("Jézéquel", 20), ("Le Gac", 20), ("Le Borgne", 25),
    ("Le Bras", 20), ("Le Guen", 25), ("Le Meur", 25), ("Le Page", 20), ("Le Berre", 20),
    ("Le Cam", 15), ("Le Du", 10), ("Guillou", 40), ("Riou", 25), ("Le Lay", 10),
    ("Kerhervé", 10), ("Le Bourhis", 10), ("Le Brun", 30), ("Le Clerc", 15),
    // Alsatian and Germanic
    ("Fischer", 70), ("Wagner", 70), ("Hoffmann", 60), ("Becker", 50), ("Keller", 50),
    ("Huber", 40), ("Schmidt", 40), ("Zimmermann", 35), ("Koenig", 35), ("Weiss", 35),
    ("Braun", 30), ("Wolff", 35), ("Fritsch", 25), ("Schaeffer", 25), ("Roth", 30),
    ("Kieffer", 20), ("Bauer", 30), ("Lang", 25), ("Herrmann", 25), ("Walter", 45),
    ("Schwartz", 30), ("Meier", 10), ("Mayer", 20), ("Baumann", 15), ("Kuntz", 10),
    ("Haas", 15), ("Engel", 15), ("Stoll", 10), ("Ehrhart", 8), ("Wendling", 8),
    // Flemish and Walloon
    ("D'Hondt", 5), ("Van Damme", 5), ("Van de Velde", 4), ("De Smet", 4), ("Vandenberghe", 5),
    // Particles and saints
    ("de La Fontaine", 5), ("de Sousa", 10), ("Saint-Martin", 6), ("Saint-Pierre", 5),
    ("Saint-Clair", 3), ("L'Hermite", 3), ("L'Huillier", 4), ("Du Pont", 2), ("De La Cruz", 4),
    ("Delacroix", 20), ("Desmoulins", 10), ("Dupré", 40), ("Du Mesnil", 2), ("D'Amico", 5),
    // Overseas
    ("Técher", 30), ("Maillot", 20), ("Lebon", 25), ("Nativel", 15),
    ("Jean-Baptiste", 15), ("Jean-Louis", 15), ("Saint-Louis", 8), ("Pierre-Louis", 8),
    // Ligatures
    ("Lebœuf", 8), ("Cœur", 3), ("Bœuf", 2), ("Lœuillet", 2),
];

#[rustfmt::skip]
const FR_ROOTS_CONSONANT: &[&str] = &[
    "Ber", "Mar", "Char", "Fon", "Mal", "Ros", "Duc", "Vil", "Mon", "Gir", "Lan", "Bel",
    "Pel", "Cor", "Gren", "Dan", "Fer", "Gal", "Lab", "Mas", "Ray", "Sal", "Tar", "Bon",
    "Gar", "Lar", "Por", "Tess", "Mich", "Berth", "Rich", "Rob", "Guill", "Lem", "Lec",
    "Cham", "Bess", "Mart", "Dur", "Font", "Gaud", "Herb", "Jaqu", "Lorm", "Mort", "Perr",
    "Rab", "Ronc", "Sav", "Trich", "Verd", "Bourg", "Chatel", "Garn", "Poir", "Thev",
];

#[rustfmt::skip]
const FR_ENDINGS_VOWEL: &[&str] = &[
    "and", "ard", "et", "ot", "in", "on", "ier", "eau", "aud", "ault", "ac", "at", "ais",
    "ain", "ert", "enne", "oux", "y", "el", "ès", "ière", "ignac", "illon", "inet",
];

#[rustfmt::skip]
const FR_MIDS: &[&str] = &["in", "el", "ill", "ot", "on", "et", "ich", "ign"];

#[rustfmt::skip]
const FR_ENDINGS_AFTER_MID: &[&str] = &[
    "ard", "et", "ot", "on", "ier", "eau", "aud", "ault", "ac", "at", "ais", "ain", "y",
    "ière", "as",
];

#[rustfmt::skip]
const FR_ROOTS_VOWEL: &[&str] = &[
    "Bou", "Chau", "Lau", "Gau", "Pou", "Rou", "Sau", "Jou", "Mou", "Cau", "Fau", "Va",
    "Pa", "Pi", "Hu", "Du", "Cha", "Gui", "Dela", "Thi", "Vau", "Nau", "Cla", "Bro",
    "Le", "Ma", "Ri", "Se", "Ta", "Vi",
];

#[rustfmt::skip]
const FR_ENDINGS_CONSONANT: &[&str] = &[
    "chon", "quet", "rand", "rot", "vin", "lon", "det", "ret", "zier", "llard", "chard",
    "ssin", "net", "mier", "teau", "lin", "gnon", "vet", "bert", "bier", "card", "lot",
];

// ---------------------------------------------------------------------------
// Maghrebi
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const MAGHREBI_BOYS: List = &[
    ("Mohamed", 100), ("Yanis", 70), ("Rayan", 70), ("Adam", 65), ("Amine", 50),
    ("Ayoub", 35), ("Mohamed-Amine", 30), ("Ilyes", 30), ("Yacine", 28), ("Mehdi", 28),
    ("Sofiane", 25), ("Bilal", 25), ("Ismaël", 22), ("Hamza", 22), ("Mohammed", 20),
    ("Nassim", 20), ("Anis", 20), ("Youssef", 20), ("Ibrahim", 18), ("Younes", 18),
    ("Samy", 16), ("Walid", 15), ("Omar", 15), ("Mohamed-Ali", 15), ("Zakaria", 14),
    ("Yassine", 14), ("Karim", 12), ("Imran", 12), ("Wassim", 12), ("Idris", 10),
    ("Marwan", 10), ("Ayman", 10), ("Sami", 10), ("Oussama", 10), ("Ilyas", 8),
    ("Nabil", 8), ("Achraf", 8), ("Naïm", 8), ("Reda", 6), ("Soufiane", 6),
    ("Aymen", 6), ("Riad", 6), ("Khalil", 6), ("Jibril", 6), ("Abdelkader", 5),
    ("Hicham", 5), ("Adel", 5), ("Nadir", 5), ("Tarek", 5), ("Rachid", 4),
    ("Mourad", 4), ("Souleymane", 4), ("Slimane", 4), ("Haroun", 4), ("Issam", 4),
    ("Farid", 3), ("Kamel", 3), ("Samir", 3), ("Yasser", 4), ("Ryad", 4),
    ("Mounir", 3), ("Abdallah", 4), ("Ali", 8), ("Nour", 3), ("Rayane", 8),
    ("Ismail", 4), ("Anas", 6), ("Ahmed", 6), ("Mohamed-Yassine", 4), ("Mohamed-Said", 2),
    ("Mohamed-Reda", 3), ("Mohamed-Islam", 3), ("Mohamed-Anis", 2), ("Mohamed-Adam", 2),
];

#[rustfmt::skip]
const MAGHREBI_GIRLS: List = &[
    ("Inès", 80), ("Yasmine", 55), ("Sarah", 50), ("Lina", 50), ("Nour", 40),
    ("Aya", 40), ("Maryam", 30), ("Amira", 30), ("Rania", 25), ("Imane", 25),
    ("Salma", 25), ("Malak", 22), ("Kenza", 20), ("Sofia", 20), ("Chaïma", 18),
    ("Hiba", 15), ("Nesrine", 15), ("Leïla", 15), ("Assia", 14), ("Lilia", 14),
    ("Sirine", 14), ("Meriem", 14), ("Khadija", 12), ("Fatima", 12), ("Asma", 12),
    ("Myriam", 12), ("Anissa", 12), ("Aïcha", 12), ("Farah", 12), ("Dounia", 10),
    ("Wissal", 10), ("Hajar", 10), ("Ikram", 10), ("Soumaya", 10), ("Selma", 10),
    ("Norah", 10), ("Jana", 8), ("Yousra", 8), ("Manel", 8), ("Nawel", 8),
    ("Sabrina", 6), ("Safia", 6), ("Ryma", 6), ("Siham", 5), ("Samia", 4),
    ("Lyna", 8), ("Sara", 10), ("Maïssa", 8), ("Hafsa", 6), ("Zineb", 6),
    ("Loubna", 4), ("Ilham", 4), ("Rim", 4), ("Naïla", 5), ("Amina", 8),
    ("Fatima-Zahra", 5), ("Nour-El-Houda", 2), ("Lina-Rose", 1),
];

#[rustfmt::skip]
const MAGHREBI_SURNAMES: List = &[
    ("Benali", 60), ("Bouaziz", 40), ("El Amrani", 35), ("Haddad", 45), ("Mansouri", 35),
    ("Cherif", 40), ("Ben Salah", 25), ("Ait Ouali", 15), ("Belkacem", 35), ("Brahimi", 35),
    ("Hamidi", 30), ("Saidi", 35), ("Amrani", 25), ("Benamar", 20), ("Bouzid", 25),
    ("Belhadj", 25), ("Khelifi", 25), ("Messaoudi", 30), ("Touati", 20), ("Boukhris", 15),
    ("Mebarki", 15), ("Ziani", 15), ("Slimani", 20), ("Rahmani", 25), ("Yahiaoui", 15),
    ("Mokrani", 15), ("Lahmar", 15), ("Naceri", 10), ("Rezki", 10), ("Tahri", 10),
    ("Zerrouki", 10), ("Hamdi", 20), ("Trabelsi", 20), ("Jebali", 15), ("Gharbi", 15),
    ("Ben Amor", 15), ("Ben Youssef", 12), ("Ben Ahmed", 15), ("Benhamou", 20), ("Chaoui", 10),
    ("El Idrissi", 15), ("El Hassani", 10), ("El Mansouri", 10), ("El Khatib", 8),
    ("Ait Ahmed", 10), ("Ait Ali", 10), ("Ait Said", 8), ("Aït Kaci", 5), ("Bensaid", 15),
    ("Benmoussa", 10), ("Kaci", 15), ("Meziane", 15), ("Boudjema", 8), ("Hadjadj", 8),
    ("Larbi", 15), ("Mahdi", 10), ("Ouali", 10), ("Dahmani", 15), ("Boualem", 8),
    ("Bouchareb", 8), ("Chergui", 8), ("Djebbar", 6), ("Ferhat", 10), ("Guendouz", 6),
    ("Mohamed", 20), ("Ali", 12), ("Bouzidi", 12), ("Hamadi", 8), ("Said", 10),
];

#[rustfmt::skip]
const MAGHREBI_ROOTS: &[&str] = &[
    "Ben", "Bou", "Bel", "Bra", "Ham", "Mes", "Rah", "Sli", "Tah", "Yah", "Zer", "Kha",
    "Dja", "Cha", "Gha", "Laz", "Mok", "Nac", "Ous", "Sad", "Far", "Tal", "Ker", "Meh",
];

#[rustfmt::skip]
const MAGHREBI_PREFIXES: &[&str] = &["Ben", "Bou", "El ", "Ait "];

#[rustfmt::skip]
const MAGHREBI_STEMS: &[&str] = &[
    "Ham", "Sal", "Kad", "Mes", "Rah", "Tah", "Yah", "Zer", "Khel", "Djel", "Cher", "Nas",
    "Far", "Tal", "Meb", "Laz", "Mok", "Saf", "Gar", "Hadd",
];

#[rustfmt::skip]
const MAGHREBI_SUFFIXES: &[&str] = &[
    "i", "a", "ani", "aoui", "ouni", "iri", "dani", "ouli", "ache", "ti", "mi", "si",
];

#[rustfmt::skip]
const MAGHREBI_ENDINGS: &[&str] = &[
    "ali", "amar", "said", "kaci", "aziz", "hadj", "mani", "aoui", "ouni", "iri", "djema",
    "lifa", "rani", "naoui", "chiche", "laoui", "moudi", "dani", "zidi", "hamou", "kri",
];

// ---------------------------------------------------------------------------
// West and Central African
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const WEST_AFRICAN_BOYS: List = &[
    ("Mamadou", 60), ("Moussa", 50), ("Ousmane", 40), ("Ibrahima", 35), ("Amadou", 30),
    ("Abdoulaye", 30), ("Mohamed", 30), ("Boubacar", 25), ("Souleymane", 25), ("Aboubacar", 20),
    ("Adama", 20), ("Seydou", 15), ("Cheick", 15), ("Bakary", 15), ("Sekou", 15),
    ("Alassane", 12), ("Issa", 12), ("Djibril", 12), ("Oumar", 12), ("Ismaïla", 10),
    ("Aliou", 10), ("Prince", 10), ("Emmanuel", 10), ("Modibo", 8), ("Lassana", 8),
    ("Samba", 8), ("Fodé", 8), ("Mamadi", 8), ("Demba", 6), ("Kalidou", 6),
    ("Junior", 6), ("Yannick", 5), ("Christ", 5), ("Dieumerci", 5), ("Merveil", 4),
    ("Exaucé", 3), ("Ange", 5), ("Harouna", 6), ("Youssouf", 10), ("Bilal", 5),
    ("Ousseynou", 4), ("Pape", 6), ("Cheikh", 8), ("Abdou", 6), ("Salif", 6),
    ("Cheick-Oumar", 3), ("Mamadou-Lamine", 3), ("Pape-Moussa", 2),
];

#[rustfmt::skip]
const WEST_AFRICAN_GIRLS: List = &[
    ("Aminata", 50), ("Fatoumata", 50), ("Awa", 40), ("Mariam", 30), ("Kadiatou", 30),
    ("Hawa", 25), ("Fanta", 25), ("Aïssata", 20), ("Oumou", 20), ("Assa", 15),
    ("Djeneba", 15), ("Mariama", 15), ("Grâce", 15), ("Aïcha", 15), ("Binta", 12),
    ("Coumba", 12), ("Maïmouna", 12), ("Ramatoulaye", 10), ("Merveille", 10), ("Nafissatou", 8),
    ("Rokia", 8), ("Adja", 8), ("Divine", 8), ("Salimata", 8), ("Kadidia", 6),
    ("Safiatou", 6), ("Sira", 6), ("Exaucée", 5), ("Précieuse", 5), ("Khadija", 6),
    ("Astou", 8), ("Ndeye", 8), ("Bintou", 6), ("Oumy", 4), ("Djénéba", 4),
];

#[rustfmt::skip]
const WEST_AFRICAN_SURNAMES: List = &[
    ("Diallo", 100), ("Traoré", 90), ("Koné", 60), ("N'Diaye", 60), ("Diop", 55),
    ("Sylla", 45), ("Cissé", 50), ("Coulibaly", 70), ("Keita", 45), ("Camara", 60),
    ("Sow", 40), ("Ba", 35), ("Fofana", 40), ("Diarra", 40), ("Touré", 45),
    ("Bamba", 25), ("Doumbia", 25), ("Sissoko", 25), ("Diakité", 30), ("Sanogo", 20),
    ("Kanté", 20), ("Diaby", 20), ("Diawara", 20), ("Gueye", 25), ("Fall", 25),
    ("Sarr", 20), ("Seck", 15), ("Mbaye", 15), ("Faye", 15), ("Niang", 15),
    ("Soumaré", 15), ("Dembélé", 25), ("Kouyaté", 15), ("Konaté", 20), ("Barry", 30),
    ("Bah", 25), ("Kouamé", 12), ("Kouassi", 12), ("Yao", 10), ("Konan", 10),
    ("N'Guessan", 12), ("N'Goran", 6), ("Koffi", 10), ("Mukendi", 6), ("Kabongo", 6),
    ("Tshibangu", 5), ("Ngoma", 6), ("Mbala", 5), ("Ndoye", 8), ("Dia", 10),
    ("Cissokho", 8), ("Magassa", 8), ("Tandia", 5), ("Soumah", 8), ("Condé", 10),
];

#[rustfmt::skip]
const WEST_AFRICAN_ROOTS: &[&str] = &[
    "Dia", "Ka", "Ko", "Sa", "Ba", "Tou", "Dem", "Sis", "Fo", "Kou", "Dou", "Mba", "Ndo",
    "Gue", "Ta", "Ma", "Si", "Bi", "Dra", "Ke",
];

#[rustfmt::skip]
const WEST_AFRICAN_ENDINGS: &[&str] = &[
    "ra", "té", "ko", "nogo", "mba", "ye", "gou", "by", "wara", "ssa", "llo", "mbé", "nde",
    "bo", "gassa", "ndia",
];

// ---------------------------------------------------------------------------
// Portuguese
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const PORTUGUESE_BOYS: List = &[
    ("João", 40), ("Tiago", 40), ("Rafael", 35), ("Diogo", 30), ("Rodrigo", 25),
    ("Miguel", 25), ("Gonçalo", 20), ("Bruno", 20), ("Pedro", 20), ("Ruben", 15),
    ("Fábio", 15), ("André", 15), ("David", 15), ("Daniel", 15), ("Leonardo", 15),
    ("Lucas", 15), ("Gabriel", 15), ("Luís", 12), ("Ricardo", 12), ("Nuno", 10),
    ("Hugo", 10), ("Samuel", 10), ("Martim", 10), ("Duarte", 8), ("Vasco", 6),
    ("Afonso", 8), ("Francisco", 12), ("Tomás", 10), ("Guilherme", 8), ("Simão", 5),
];

#[rustfmt::skip]
const PORTUGUESE_GIRLS: List = &[
    ("Inês", 40), ("Beatriz", 35), ("Ana", 35), ("Mariana", 35), ("Catarina", 25),
    ("Sofia", 25), ("Joana", 25), ("Leonor", 20), ("Carolina", 20), ("Maria", 20),
    ("Rita", 15), ("Daniela", 15), ("Matilde", 15), ("Sara", 15), ("Lara", 15),
    ("Bárbara", 10), ("Margarida", 10), ("Jéssica", 10), ("Diana", 10), ("Eva", 10),
    ("Cláudia", 8), ("Vanessa", 8), ("Marta", 8), ("Raquel", 6), ("Filipa", 6),
];

#[rustfmt::skip]
const PORTUGUESE_SURNAMES: List = &[
    ("Da Silva", 100), ("Dos Santos", 70), ("Ferreira", 60), ("Pereira", 55), ("Rodrigues", 55),
    ("Gonçalves", 50), ("Fernandes", 50), ("Martins", 45), ("Lopes", 40), ("Alves", 40),
    ("Oliveira", 35), ("De Oliveira", 30), ("Carvalho", 30), ("Sousa", 25), ("De Sousa", 25),
    ("Costa", 25), ("Da Costa", 25), ("Teixeira", 25), ("Ribeiro", 25), ("Mendes", 25),
    ("Marques", 25), ("Pinto", 20), ("Almeida", 20), ("Moreira", 20), ("Gomes", 20),
    ("Monteiro", 15), ("Nunes", 15), ("Soares", 15), ("Cardoso", 15), ("Correia", 15),
    ("Vieira", 15), ("Dias", 15), ("D'Almeida", 10), ("Cunha", 10), ("Fonseca", 12),
    ("Rocha", 12), ("Machado", 12), ("Pires", 12), ("De Jesus", 12), ("Azevedo", 10),
    ("Matos", 10), ("Barbosa", 10), ("Coelho", 10), ("Da Cunha", 8), ("Simões", 8),
    ("Magalhães", 8), ("Araújo", 8), ("Guimarães", 6), ("Da Rocha", 6), ("Dos Reis", 6),
];

#[rustfmt::skip]
const PORTUGUESE_ROOTS: &[&str] = &[
    "Bar", "Car", "Fer", "Mor", "Pin", "Ram", "Rib", "Tav", "Val", "Ven", "Brit", "Cast",
    "Cout", "Frag", "Lour", "Mour", "Pach", "Quint", "Seix", "Vasc",
];

#[rustfmt::skip]
const PORTUGUESE_ENDINGS: &[&str] = &[
    "eiro", "eira", "ares", "elo", "ão", "inho", "ado", "ais", "oso", "ilho", "edo",
];

// ---------------------------------------------------------------------------
// Turkish (and Kurdish families with Turkish civil names)
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const TURKISH_BOYS: List = &[
    ("Yusuf", 50), ("Emre", 40), ("Mehmet", 30), ("Ali", 30), ("Emir", 30),
    ("Ahmet", 25), ("Mustafa", 25), ("Enes", 25), ("Ömer", 25), ("Burak", 20),
    ("Efe", 20), ("Kerem", 20), ("Eren", 20), ("Hasan", 15), ("Hüseyin", 15),
    ("Berat", 15), ("Furkan", 15), ("Arda", 12), ("Alperen", 10), ("İbrahim", 10),
    ("Selim", 10), ("Batuhan", 8), ("Yiğit", 8), ("Metehan", 6), ("Oğuz", 5),
    ("Halil", 6), ("Serkan", 4), ("Onur", 5), ("Kaan", 8), ("Umut", 6),
];

#[rustfmt::skip]
const TURKISH_GIRLS: List = &[
    ("Elif", 50), ("Zeynep", 45), ("Ayşe", 25), ("Ecrin", 20), ("Esra", 20),
    ("Büşra", 20), ("Merve", 20), ("Fatma", 15), ("İrem", 15), ("Nisa", 15),
    ("Beyza", 15), ("Azra", 15), ("Kübra", 12), ("Melek", 12), ("Eylül", 12),
    ("Yağmur", 12), ("Dilara", 12), ("Şeyma", 10), ("Sude", 10), ("Rabia", 10),
    ("Hatice", 8), ("Ceren", 8), ("Sıla", 8), ("Hilal", 8), ("Derya", 6),
    ("Cansu", 6), ("Gizem", 6), ("Özge", 5), ("Tuğba", 5), ("Gül", 4),
];

#[rustfmt::skip]
const TURKISH_SURNAMES: List = &[
    ("Yılmaz", 60), ("Kaya", 60), ("Demir", 60), ("Çelik", 50), ("Şahin", 50),
    ("Yıldız", 45), ("Yıldırım", 40), ("Öztürk", 40), ("Aydın", 40), ("Özdemir", 35),
    ("Arslan", 35), ("Doğan", 35), ("Kılıç", 30), ("Aslan", 25), ("Çetin", 25),
    ("Kara", 25), ("Koç", 25), ("Kurt", 25), ("Özkan", 20), ("Şimşek", 20),
    ("Polat", 20), ("Erdoğan", 15), ("Güneş", 15), ("Korkmaz", 15), ("Aksoy", 12),
    ("Avcı", 12), ("Aktaş", 12), ("Bulut", 12), ("Özer", 10), ("Keskin", 10),
    ("Ünal", 10), ("Tekin", 10), ("Güler", 10), ("Uçar", 8), ("Karaca", 8),
    ("Ateş", 8), ("Bozkurt", 8), ("Coşkun", 8), ("Tunç", 6), ("Duman", 6),
];

#[rustfmt::skip]
const TURKISH_ROOTS: &[&str] = &[
    "Kar", "Ak", "Ay", "Öz", "Er", "Yıl", "Gül", "Dem", "Tek", "Kıl", "Boz", "Ar", "Şen",
    "Can", "Çak", "Doğ", "Gök", "Kay", "Tur", "Uç",
];

#[rustfmt::skip]
const TURKISH_ENDINGS: &[&str] = &[
    "soy", "kan", "men", "taş", "can", "gül", "dağ", "han", "oğlu", "türk", "er", "al",
    "yol", "su", "tekin", "demir",
];

// ---------------------------------------------------------------------------
// Eastern European (Polish, Romanian, former Yugoslavia, Russian-speaking,
// Ukrainian, Albanian/Kosovar, Caucasus)
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const EASTERN_BOYS: List = &[
    ("Andrei", 20), ("Alexandru", 20), ("Ivan", 15), ("Nikola", 15), ("Luka", 15),
    ("Stefan", 15), ("Mihai", 12), ("Marko", 12), ("Jakub", 12), ("Adrian", 12),
    ("Ion", 10), ("Dawid", 10), ("Mateusz", 10), ("Dmitri", 10), ("Maksim", 10),
    ("Daniel", 10), ("David", 10), ("Kacper", 8), ("Artem", 8), ("Artur", 8),
    ("Magomed", 8), ("Islam", 8), ("Bartosz", 6), ("Arben", 6), ("Dardan", 6),
    ("Florin", 6), ("Ionuț", 6), ("Aram", 6), ("Tigran", 6), ("Rustam", 6),
    ("Ramzan", 6), ("Gheorghe", 4), ("Bogdan", 6), ("Vlad", 5), ("Miloš", 4),
];

#[rustfmt::skip]
const EASTERN_GIRLS: List = &[
    ("Maria", 20), ("Ioana", 15), ("Elena", 15), ("Andreea", 12), ("Alexandra", 12),
    ("Julia", 12), ("Anastasia", 12), ("Sofia", 12), ("Natalia", 10), ("Milena", 10),
    ("Ana", 10), ("Daria", 10), ("Alina", 10), ("Jovana", 8), ("Bianca", 8),
    ("Diana", 8), ("Kristina", 8), ("Angelina", 8), ("Zuzanna", 6), ("Polina", 6),
    ("Madina", 6), ("Arta", 5), ("Ksenia", 5), ("Liana", 5), ("Ecaterina", 4),
    ("Khava", 4), ("Anahit", 4), ("Ștefania", 3), ("Lusine", 3), ("Weronika", 5),
];

#[rustfmt::skip]
const EASTERN_SURNAMES: List = &[
    ("Nowak", 30), ("Kowalski", 25), ("Popescu", 25), ("Ivanov", 25), ("Popa", 20),
    ("Petrov", 20), ("Petrović", 20), ("Jovanović", 18), ("Wiśniewski", 15), ("Constantin", 15),
    ("Stan", 15), ("Popov", 15), ("Nikolić", 15), ("Krasniqi", 15), ("Lewandowski", 12),
    ("Kamiński", 12), ("Ionescu", 12), ("Dumitru", 12), ("Novak", 12), ("Gashi", 12),
    ("Berisha", 12), ("Wójcik", 10), ("Kowalczyk", 10), ("Stoica", 10), ("Rusu", 10),
    ("Marković", 10), ("Horvat", 10), ("Kovačević", 10), ("Shevchenko", 10), ("Kovalenko", 10),
    ("Hoxha", 10), ("Lungu", 8), ("Smirnov", 8), ("Kuznetsov", 8), ("Bondarenko", 8),
    ("Shala", 8), ("Morina", 8), ("Magomedov", 8), ("Aliev", 8), ("Grigoryan", 8),
    ("Sargsyan", 8), ("Đorđević", 6), ("Isaev", 6), ("Umarov", 6), ("Hakobyan", 6),
    ("Petrosyan", 6), ("Dvořák", 5), ("Svoboda", 5), ("Szymański", 6), ("Zieliński", 6),
];

#[rustfmt::skip]
const POLISH_ROOTS: &[&str] = &[
    "Kow", "Now", "Wis", "Lew", "Kam", "Zie", "Szym", "Woj", "Kacz", "Maz", "Pawl",
    "Grab", "Zaj", "Krol", "Wrob", "Jab",
];
#[rustfmt::skip]
const POLISH_ENDINGS: &[&str] = &["ski", "cki", "ak", "czyk", "ek", "iak", "owski", "ewski"];
const ROMANIAN_ROOTS: &[&str] = &[
    "Pop", "Ion", "Dum", "Stan", "Rad", "Neag", "Vasil", "Marin", "Tud", "Ghe", "Costin",
];
#[rustfmt::skip]
const ROMANIAN_ENDINGS: &[&str] = &["escu", "eanu", "ache", "oiu", "ită", "ean"];
const SERBIAN_ROOTS: &[&str] = &[
    "Petr", "Jov", "Nik", "Mark", "Stef", "Pav", "Ilij", "Tom", "Mil", "Rad", "Stoj",
];
#[rustfmt::skip]
const SERBIAN_ENDINGS: &[&str] = &["ović", "ić", "ević", "anović"];
const RUSSIAN_ROOTS: &[&str] = &[
    "Iva", "Pet", "Smir", "Sok", "Mor", "Vol", "Kuz", "Leb", "Kozl", "Bel", "Orl",
];
#[rustfmt::skip]
const RUSSIAN_ENDINGS: &[&str] = &["ov", "ev", "in", "enko", "uk", "ova"];

// ---------------------------------------------------------------------------
// Comorian and Malagasy
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const COMORIAN_MALAGASY_BOYS: List = &[
    ("Mohamed", 15), ("Anli", 10), ("Nourdine", 10), ("Fahad", 10), ("Said", 10),
    ("Ismaël", 10), ("Ibrahim", 10), ("Soilihi", 8), ("Ahamada", 8), ("Tsiory", 8),
    ("Attoumani", 6), ("Fanilo", 6), ("Hery", 6), ("Toky", 5), ("Tahina", 5),
    ("Faniry", 5), ("Kamal", 5), ("Houssen", 4), ("Nassim", 4), ("Zaïd", 4),
];

#[rustfmt::skip]
const COMORIAN_MALAGASY_GIRLS: List = &[
    ("Zaïnaba", 8), ("Nasra", 8), ("Faïza", 8), ("Anissa", 8), ("Miora", 8),
    ("Sitti", 6), ("Naïma", 6), ("Hadidja", 6), ("Tiana", 6), ("Fitia", 6),
    ("Mialy", 6), ("Aina", 6), ("Ony", 4), ("Nirina", 4), ("Mirana", 4),
    ("Riziki", 4), ("Zalia", 4), ("Echati", 3), ("Anrifa", 3), ("Haoula", 3),
];

#[rustfmt::skip]
const COMORIAN_MALAGASY_SURNAMES: List = &[
    ("Said", 30), ("Abdallah", 25), ("Ali", 20), ("Mohamed", 20), ("Hamadi", 15),
    ("Madi", 15), ("Attoumani", 15), ("Ahamada", 15), ("Soilihi", 15), ("Abdou", 15),
    ("Ahmed", 15), ("Youssouf", 12), ("Ibrahim", 12), ("Rakotomalala", 12), ("Mze", 10),
    ("Houmadi", 10), ("Rakoto", 10), ("Assani", 8), ("Bacar", 8), ("Combo", 6),
    ("Randrianarisoa", 8), ("Razafindrakoto", 8), ("Rasolofo", 8), ("Andriamanana", 6),
    ("Raharison", 6), ("Rabemananjara", 4), ("Randriamampionona", 3),
];

#[rustfmt::skip]
const MALAGASY_ROOTS: &[&str] = &["Rako", "Raza", "Rand", "Raso", "Rabe", "Andria", "Raha"];
const MALAGASY_ENDINGS: &[&str] = &[
    "tomalala",
    "findrakoto",
    "rianarisoa",
    "lofo",
    "manana",
    "rison",
    "nirina",
    "maherisoa",
];

// ---------------------------------------------------------------------------
// East and South Asian
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const ASIAN_BOYS: List = &[
    ("Kevin", 10), ("Lucas", 10), ("Minh", 8), ("Thomas", 8), ("Bao", 6),
    ("Alexandre", 6), ("Jason", 6), ("Kenzo", 6), ("Wei", 5), ("Long", 4),
    ("Hao", 4), ("Jun", 4), ("Kishan", 4), ("Anh", 3), ("Duc", 4),
];

#[rustfmt::skip]
const ASIAN_GIRLS: List = &[
    ("Linh", 8), ("Emma", 8), ("Chloé", 8), ("Mai", 6), ("Mei", 6),
    ("Lisa", 6), ("Julie", 6), ("Sarah", 6), ("Anh", 5), ("Lin", 4),
    ("Jessica", 4), ("Kelly", 4), ("Nila", 3), ("Thanuja", 2), ("Vy", 3),
];

#[rustfmt::skip]
const ASIAN_SURNAMES: List = &[
    ("Nguyen", 40), ("Tran", 20), ("Le", 15), ("Pham", 15), ("Chen", 25),
    ("Wang", 20), ("Zhang", 15), ("Li", 15), ("Hoang", 10), ("Lin", 10),
    ("Vo", 8), ("Dang", 8), ("Huang", 8), ("Liu", 8), ("Bui", 6),
    ("Yang", 6), ("Wu", 6), ("Sivakumar", 6), ("Rajendran", 4), ("Selvarajah", 4),
    ("Tharmalingam", 3), ("Kanagaratnam", 2), ("Truong", 6), ("Ly", 6), ("Zhou", 5),
];

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn origin_shares_sum_to_ten_thousand() {
        assert_eq!(ORIGINS.iter().map(|p| p.share).sum::<u32>(), 10_000);
    }

    #[test]
    fn tables_hold_hundreds_of_names_and_a_long_surname_tail() {
        let t = NameTables::new();
        assert!(t.len() > 10_000, "{} forms", t.len());
        let head: usize = ORIGINS
            .iter()
            .map(|p| p.boys.len() + p.girls.len() + p.surnames.len())
            .sum();
        assert!(head > 700, "{head} listed names");
    }

    #[test]
    fn common_surnames_are_common_but_not_dominant() {
        let t = NameTables::new();
        let mut rng = Rng::seed_from_u64(1);
        let n = 200_000;
        let mut martin = 0;
        let mut distinct = std::collections::HashSet::new();
        for _ in 0..n {
            let id = t.surname(Origin::French, &mut rng);
            distinct.insert(id);
            if t.form(id) == "Martin" {
                martin += 1;
            }
        }
        let share = martin as f64 / n as f64;
        // The real share of MARTIN is about 0.3–0.4 %.
        assert!((0.002..0.01).contains(&share), "Martin share {share}");
        assert!(
            distinct.len() > 6000,
            "{} distinct surnames",
            distinct.len()
        );
    }

    #[test]
    fn invented_surnames_glue_syllables() {
        let v = invented_surnames(&[&[&["Ben", "El "], &["Ham"], &["i", "ani"]]]);
        assert_eq!(v, ["Benhami", "Benhamani", "El Hami", "El Hamani"]);
        let v = invented_surnames(&[&[&["Rob"], &["ot", "in"], &["ot", "et"]]]);
        assert_eq!(v, ["Robotet", "Robinot", "Robinet"]);
    }

    #[test]
    fn given_name_spelling_variants() {
        let v = spelling_variants("Mathis");
        assert!(
            v.contains(&"Matis".to_string()) && v.contains(&"Mathys".to_string()),
            "{v:?}"
        );
        assert!(spelling_variants("Ethan").contains(&"Ethann".to_string()));
        assert!(spelling_variants("Louane").contains(&"Louanne".to_string()));
        assert!(spelling_variants("Raphaël").contains(&"Rafaël".to_string()));
        assert!(spelling_variants("Kylian").contains(&"Kilian".to_string()));
        assert!(spelling_variants("Lina").contains(&"Lyna".to_string()));
        assert!(spelling_variants("Killian").contains(&"Kilian".to_string()));
        assert!(
            spelling_variants("Corentin").is_empty(),
            "{:?}",
            spelling_variants("Corentin")
        );
        assert!(spelling_variants("Justine").is_empty());
        assert!(spelling_variants("Teddy").is_empty());
        assert!(!spelling_variants("Mathieu").contains(&"Matieu".to_string()));
        assert!(spelling_variants("Jean-Baptiste").is_empty());
    }

    #[test]
    fn first_names_are_not_too_concentrated() {
        let t = NameTables::new();
        let mut rng = Rng::seed_from_u64(2);
        let french = &ORIGINS[0];
        let n = 100_000;
        let emma = (0..n)
            .filter(|_| t.form(t.first_given(french, Sex::Female, &mut rng)) == "Emma")
            .count();
        // Emma, the most given girl's name of those years, was under 2 % of girls.
        let share = emma as f64 / n as f64;
        assert!((0.01..0.04).contains(&share), "{share}");
    }

    #[test]
    fn variant_groups_have_distinct_members() {
        for g in VARIANT_GROUPS {
            assert!(g.len() >= 2);
            let mut seen = std::collections::HashSet::new();
            for v in *g {
                assert!(seen.insert(*v), "duplicate {v}");
            }
        }
    }
}
