//! Synthetic list pairs with known truth, for benchmarks and for measuring
//! linkage quality (precision and recall).
//!
//! [`write_sample`] invents a population of young people around the
//! obligation-de-formation age band (16 to 18 on a reference date), puts some
//! of them on a juvenile-justice (STEMO) list, some on a Mission Locale list
//! and a chosen share on both, and writes the two lists the way PARCOURS- and
//! I-Milo-like exports look, with the discrepancies that real lists show
//! between the two rows of one person. A third file records which rows are
//! the same person and which discrepancies were injected.
//!
//! **Every person is invented.** Names are drawn independently from embedded
//! tables of name forms weighted like French births of 2007–2011 (see
//! `names.rs`), dates of birth uniformly around the window; no row is
//! derived from a real person, so the files can be shared, committed and
//! shown freely.
//!
//! Output in the target directory:
//!
//! | file | encoding | dialect | content |
//! |---|---|---|---|
//! | `justice.csv` | Windows-1252, no BOM | `;`, CRLF | `NOM;PRENOM(S);DATE NAISSANCE;SEXE;N° DOSSIER` |
//! | `mission-locale.csv` | UTF-8 with BOM | `,`, CRLF | `Nom de naissance,Nom d'usage,Prénom,Date de naissance,Genre,Identifiant jeune` |
//! | `truth.csv` | UTF-8 | `,`, LF | `justice_id,mission_locale_id,in_window,errors` |
//! | `duplicates.csv` | UTF-8 | `,`, LF | `list,id,same_as,difference` |
//!
//! `truth.csv` has one line per person on both lists, in the order of
//! `justice.csv`; `in_window` says whether the person's *true* date of birth
//! is in the window (see [`age_window`]); `errors` lists, `;`-separated, the
//! [`ErrorKind`]s that actually changed one of the two rows (empty if none).
//! Case differences (upper case on the justice side, mixed case on the
//! Mission Locale side), separators between given names, and letters that
//! Windows-1252 cannot encode (`Ć` → `C`) are export habits, not errors, and
//! are present in every preset.
//!
//! Each list also holds second rows of some of its people (the share
//! `duplicates` of its rows, see [`PopulationRates`]): exact copies, or
//! copies under another local number, with a typing error, with a given name
//! added or dropped, or under the usage name. `duplicates.csv` has one line
//! per second row: the list (`justice` or `mission-locale`), the row's local
//! number, the local number of the person's first row on that list (the one
//! `truth.csv` names), and the [`DuplicateKind`]. An exact copy keeps the
//! number of the first row. A link from a second row to the person's row on
//! the other list is a true link.
//!
//! The same [`SampleSpec`] (including the seed) gives byte-identical files on
//! every machine: all randomness comes from ChaCha8 seeded with
//! `seed_from_u64(seed)`, one stream for the population and one per person.

pub mod evaluate;
pub mod flow;

mod draw;
mod duplicates;
mod errors;
mod names;
mod population;
mod render;
mod write;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use rand::{RngExt, SeedableRng};

pub use duplicates::DuplicateKind;
pub use errors::{ErrorKind, RejectKind};
pub use population::{age_window, in_window};
pub use write::{DUPLICATES_HEADER, JUSTICE_HEADER, MISSION_LOCALE_HEADER, TRUTH_HEADER, UTF8_BOM};

use draw::{Rng, shuffle};
use names::NameTables;
use render::Role;
use write::{
    DuplicatesWriter, FileNumbers, JusticeWriter, MissionLocaleWriter, TruthWriter,
    YouthIdentifiers,
};

/// Name of the justice list written by [`write_sample`].
pub const JUSTICE_FILE: &str = "justice.csv";
/// Name of the Mission Locale list written by [`write_sample`].
pub const MISSION_LOCALE_FILE: &str = "mission-locale.csv";
/// Name of the truth file written by [`write_sample`].
pub const TRUTH_FILE: &str = "truth.csv";
/// Name of the file of second rows written by [`write_sample`].
pub const DUPLICATES_FILE: &str = "duplicates.csv";

/// How much the two rows of one person differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// Only accents and case differ; no unreadable rows.
    Clean,
    /// Moderate rates of every discrepancy seen in real lists.
    Realistic,
    /// Roughly two to three times `Realistic`, with more twins, look-alikes
    /// and placeholder dates.
    Hard,
}

impl Preset {
    /// Every preset, mildest first.
    pub const ALL: [Preset; 3] = [Preset::Clean, Preset::Realistic, Preset::Hard];

    /// The name accepted by [`FromStr`].
    pub fn name(self) -> &'static str {
        match self {
            Preset::Clean => "clean",
            Preset::Realistic => "realistic",
            Preset::Hard => "hard",
        }
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A preset name that is not `clean`, `realistic` or `hard`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown preset {0:?}: expected clean, realistic or hard")]
pub struct ParsePresetError(String);

impl FromStr for Preset {
    type Err = ParsePresetError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Preset::ALL
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ParsePresetError(s.to_string()))
    }
}

/// Probabilities of each discrepancy, per person on both lists, and of
/// unreadable rows, per row of a person on one list.
///
/// A pair rate is the probability that the error is injected into one side's
/// copy of a shared person, among the pairs where it can apply (column
/// "applies to"); the side is drawn per pair. People on one list only get
/// the same treatment, so that shared and unshared rows look alike, but
/// their errors are not counted. Reject rates are per row and apply only to
/// people on one list, so that every pair of `truth.csv` stays readable.
///
/// | field | applies to | clean | realistic | hard |
/// |---|---|---|---|---|
/// | `accent_dropped` | names with a diacritic or `Œ`/`Æ` (justice side 70 %) | 0.5 | 0.5 | 0.8 |
/// | `compound_given_split` | a hyphenated given name | 0 | 0.15 | 0.4 |
/// | `only_first_given_name` | several given names (Mission Locale side) | 0 | 0.6 | 0.85 |
/// | `given_names_reordered` | several given names | 0 | 0.03 | 0.08 |
/// | `usage_name` | people with a usage name (about 12 %) | 0 | 0.5 | 0.9 |
/// | `double_surname_variant` | double surnames (about 6 %) | 0 | 0.3 | 0.7 |
/// | `particle_variant` | surnames with `LE`, `DE`, `D'`, `N'`, `EL`, `BEN`, `SAINT`… | 0 | 0.2 | 0.5 |
/// | `transliteration` | a name with known variants (`MOHAMED`, `MEYER`…) | 0 | 0.15 | 0.4 |
/// | `typo` | every pair (surname or first given name) | 0 | 0.04 | 0.1 |
/// | `names_swapped` | every pair | 0 | 0.01 | 0.03 |
/// | `day_month_swapped` | day ≤ 12 and day ≠ month | 0 | 0.02 | 0.05 |
/// | `date_digit` | every pair | 0 | 0.01 | 0.03 |
/// | `placeholder_jan1` | people born abroad (justice side 60 %) | 0 | 0.15 | 0.4 |
/// | `turkish_letters` | names with `ş ğ ı İ` (Mission Locale side) | 0 | 0.5 | 0.8 |
/// | `empty_date` | rows of people on one list | 0 | 0.002 | 0.005 |
/// | `partial_date` | rows of people on one list | 0 | 0.001 | 0.003 |
/// | `impossible_date` | rows of people on one list | 0 | 0.0005 | 0.0015 |
/// | `placeholder_name` | rows of people on one list | 0 | 0.001 | 0.003 |
/// | `dates_in_words` | every Mission Locale row (justice rows: a third of it); not an error: the date is the same, written `3 mars 2009`, `1er octobre 2008`, `03-mars-09` or `mardi 3 mars 2009`, chosen by a hash of the row so that nothing else of the lists changes | 0 | 0.03 | 0.08 |
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorRates {
    pub accent_dropped: f64,
    pub compound_given_split: f64,
    pub only_first_given_name: f64,
    pub given_names_reordered: f64,
    pub usage_name: f64,
    pub double_surname_variant: f64,
    pub particle_variant: f64,
    pub transliteration: f64,
    pub typo: f64,
    pub names_swapped: f64,
    pub day_month_swapped: f64,
    pub date_digit: f64,
    pub placeholder_jan1: f64,
    pub turkish_letters: f64,
    pub empty_date: f64,
    pub partial_date: f64,
    pub impossible_date: f64,
    pub placeholder_name: f64,
    pub dates_in_words: f64,
}

impl ErrorRates {
    /// The rates of the table above.
    pub fn for_preset(preset: Preset) -> Self {
        match preset {
            Preset::Clean => ErrorRates {
                accent_dropped: 0.5,
                ..ErrorRates::none()
            },
            Preset::Realistic => ErrorRates {
                accent_dropped: 0.5,
                compound_given_split: 0.15,
                only_first_given_name: 0.6,
                given_names_reordered: 0.03,
                usage_name: 0.5,
                double_surname_variant: 0.3,
                particle_variant: 0.2,
                transliteration: 0.15,
                typo: 0.04,
                names_swapped: 0.01,
                day_month_swapped: 0.02,
                date_digit: 0.01,
                placeholder_jan1: 0.15,
                turkish_letters: 0.5,
                empty_date: 0.002,
                partial_date: 0.001,
                impossible_date: 0.0005,
                placeholder_name: 0.001,
                dates_in_words: 0.03,
            },
            Preset::Hard => ErrorRates {
                accent_dropped: 0.8,
                compound_given_split: 0.4,
                only_first_given_name: 0.85,
                given_names_reordered: 0.08,
                usage_name: 0.9,
                double_surname_variant: 0.7,
                particle_variant: 0.5,
                transliteration: 0.4,
                typo: 0.1,
                names_swapped: 0.03,
                day_month_swapped: 0.05,
                date_digit: 0.03,
                placeholder_jan1: 0.4,
                turkish_letters: 0.8,
                empty_date: 0.005,
                partial_date: 0.003,
                impossible_date: 0.0015,
                placeholder_name: 0.003,
                dates_in_words: 0.08,
            },
        }
    }

    /// Every rate zero: the two rows of a person differ only by export habits.
    pub fn none() -> Self {
        ErrorRates {
            accent_dropped: 0.0,
            compound_given_split: 0.0,
            only_first_given_name: 0.0,
            given_names_reordered: 0.0,
            usage_name: 0.0,
            double_surname_variant: 0.0,
            particle_variant: 0.0,
            transliteration: 0.0,
            typo: 0.0,
            names_swapped: 0.0,
            day_month_swapped: 0.0,
            date_digit: 0.0,
            placeholder_jan1: 0.0,
            turkish_letters: 0.0,
            empty_date: 0.0,
            partial_date: 0.0,
            impossible_date: 0.0,
            placeholder_name: 0.0,
            dates_in_words: 0.0,
        }
    }

    /// The rate of one pair error.
    pub fn rate(&self, kind: ErrorKind) -> f64 {
        match kind {
            ErrorKind::AccentDropped => self.accent_dropped,
            ErrorKind::CompoundGivenSplit => self.compound_given_split,
            ErrorKind::OnlyFirstGivenName => self.only_first_given_name,
            ErrorKind::GivenNamesReordered => self.given_names_reordered,
            ErrorKind::UsageName => self.usage_name,
            ErrorKind::DoubleSurnameVariant => self.double_surname_variant,
            ErrorKind::ParticleVariant => self.particle_variant,
            ErrorKind::Transliteration => self.transliteration,
            ErrorKind::Typo => self.typo,
            ErrorKind::NamesSwapped => self.names_swapped,
            ErrorKind::DayMonthSwapped => self.day_month_swapped,
            ErrorKind::DateDigit => self.date_digit,
            ErrorKind::PlaceholderJan1 => self.placeholder_jan1,
            ErrorKind::TurkishLetters => self.turkish_letters,
        }
    }

    /// Mutable access to the rate of one pair error, for overrides by name.
    pub fn rate_mut(&mut self, kind: ErrorKind) -> &mut f64 {
        match kind {
            ErrorKind::AccentDropped => &mut self.accent_dropped,
            ErrorKind::CompoundGivenSplit => &mut self.compound_given_split,
            ErrorKind::OnlyFirstGivenName => &mut self.only_first_given_name,
            ErrorKind::GivenNamesReordered => &mut self.given_names_reordered,
            ErrorKind::UsageName => &mut self.usage_name,
            ErrorKind::DoubleSurnameVariant => &mut self.double_surname_variant,
            ErrorKind::ParticleVariant => &mut self.particle_variant,
            ErrorKind::Transliteration => &mut self.transliteration,
            ErrorKind::Typo => &mut self.typo,
            ErrorKind::NamesSwapped => &mut self.names_swapped,
            ErrorKind::DayMonthSwapped => &mut self.day_month_swapped,
            ErrorKind::DateDigit => &mut self.date_digit,
            ErrorKind::PlaceholderJan1 => &mut self.placeholder_jan1,
            ErrorKind::TurkishLetters => &mut self.turkish_letters,
        }
    }

    /// The rate of one kind of unreadable row.
    pub fn reject_rate(&self, kind: RejectKind) -> f64 {
        match kind {
            RejectKind::EmptyDate => self.empty_date,
            RejectKind::PartialDate => self.partial_date,
            RejectKind::ImpossibleDate => self.impossible_date,
            RejectKind::PlaceholderName => self.placeholder_name,
        }
    }

    fn all(&self) -> impl Iterator<Item = (&'static str, f64)> + '_ {
        ErrorKind::ALL
            .into_iter()
            .map(|k| (k.name(), self.rate(k)))
            .chain(
                RejectKind::ALL
                    .into_iter()
                    .map(|k| (k.name(), self.reject_rate(k))),
            )
    }
}

/// The shape of the invented population.
///
/// | field | meaning | clean | realistic | hard |
/// |---|---|---|---|---|
/// | `twin_births` | share of births that are twins (two thirds same-sex) | 0.015 | 0.015 | 0.04 |
/// | `siblings` | share of births followed by a sibling 10–40 months apart | 0.03 | 0.03 | 0.06 |
/// | `lookalikes` | share of people sharing surname and first name with an unrelated person born within 45 days | 0 | 0.002 | 0.01 |
/// | `jan1_recorded` | share of people born abroad whose only known date is 1 January (on both lists) | 0.3 | 0.3 | 0.5 |
/// | `double_surnames` | share of people born in France with a double surname | 0.06 | 0.06 | 0.06 |
/// | `usage_names` | share of people with a usage name | 0.12 | 0.12 | 0.15 |
/// | `in_window_share` | share of people aged 16–17 on the reference date (the others 15, 18 or 19) | 0.85 | 0.85 | 0.85 |
/// | `duplicates` | share of each list's rows that are a second row of a person already on it | 0 | 0.03 | 0.04 |
#[derive(Clone, Debug, PartialEq)]
pub struct PopulationRates {
    pub twin_births: f64,
    pub siblings: f64,
    pub lookalikes: f64,
    pub jan1_recorded: f64,
    pub double_surnames: f64,
    pub usage_names: f64,
    pub in_window_share: f64,
    pub duplicates: f64,
}

impl PopulationRates {
    /// The values of the table above.
    pub fn for_preset(preset: Preset) -> Self {
        let realistic = PopulationRates {
            twin_births: 0.015,
            siblings: 0.03,
            lookalikes: 0.002,
            jan1_recorded: 0.3,
            double_surnames: 0.06,
            usage_names: 0.12,
            in_window_share: 0.85,
            duplicates: 0.03,
        };
        match preset {
            Preset::Clean => PopulationRates {
                lookalikes: 0.0,
                duplicates: 0.0,
                ..realistic
            },
            Preset::Realistic => realistic,
            Preset::Hard => PopulationRates {
                twin_births: 0.04,
                siblings: 0.06,
                lookalikes: 0.01,
                jan1_recorded: 0.5,
                usage_names: 0.15,
                duplicates: 0.04,
                ..realistic
            },
        }
    }

    fn all(&self) -> [(&'static str, f64); 8] {
        [
            ("twin_births", self.twin_births),
            ("siblings", self.siblings),
            ("lookalikes", self.lookalikes),
            ("jan1_recorded", self.jan1_recorded),
            ("double_surnames", self.double_surnames),
            ("usage_names", self.usage_names),
            ("in_window_share", self.in_window_share),
            ("duplicates", self.duplicates),
        ]
    }
}

/// Everything that determines a sample; the same spec gives the same bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleSpec {
    pub preset: Preset,
    /// Rows of the justice (STEMO) list.
    pub justice_rows: usize,
    /// Rows of the Mission Locale list.
    pub mission_locale_rows: usize,
    /// Share of justice people also on the Mission Locale list.
    pub overlap: f64,
    pub seed: u64,
    /// The date on which ages are computed.
    pub reference_date: NaiveDate,
    /// Discrepancy rates; default from the preset.
    pub rates: ErrorRates,
    /// Population shape; default from the preset.
    pub population: PopulationRates,
}

impl SampleSpec {
    /// A spec with the preset's rates and an overlap of 0.4.
    pub fn new(
        preset: Preset,
        justice_rows: usize,
        mission_locale_rows: usize,
        reference_date: NaiveDate,
        seed: u64,
    ) -> Self {
        SampleSpec {
            preset,
            justice_rows,
            mission_locale_rows,
            overlap: 0.4,
            seed,
            reference_date,
            rates: ErrorRates::for_preset(preset),
            population: PopulationRates::for_preset(preset),
        }
    }

    /// How many people are on both lists: `overlap` × the people of the
    /// justice list, rounded.
    pub fn shared_people(&self) -> usize {
        (self.overlap * (self.justice_rows - self.justice_duplicates()) as f64).round() as usize
    }

    /// Rows of the justice list that are a second row of a person.
    pub fn justice_duplicates(&self) -> usize {
        duplicate_rows(self.justice_rows, self.population.duplicates)
    }

    /// Rows of the Mission Locale list that are a second row of a person.
    pub fn mission_locale_duplicates(&self) -> usize {
        duplicate_rows(self.mission_locale_rows, self.population.duplicates)
    }

    /// Checks the spec without writing anything.
    pub fn validate(&self) -> Result<(), SampleError> {
        let invalid = |m: String| Err(SampleError::InvalidSpec(m));
        if self.justice_rows == 0 || self.mission_locale_rows == 0 {
            return invalid("both lists need at least one row".into());
        }
        if !(0.0..=1.0).contains(&self.overlap) {
            return invalid(format!(
                "overlap must be between 0 and 1, not {}",
                self.overlap
            ));
        }
        if self.mission_locale_rows as u64 > YouthIdentifiers::CAPACITY {
            return invalid(format!(
                "at most {} Mission Locale rows (8-digit identifiers)",
                YouthIdentifiers::CAPACITY
            ));
        }
        if self.justice_rows > 100_000_000 {
            return invalid("at most 100,000,000 justice rows".into());
        }
        if self.population.duplicates > 0.5 {
            return invalid(format!(
                "duplicates must be at most 0.5, not {}",
                self.population.duplicates
            ));
        }
        let shared = self.shared_people();
        let ml_people = self.mission_locale_rows - self.mission_locale_duplicates();
        if shared > ml_people {
            return invalid(format!(
                "{shared} people on both lists (overlap × justice rows) do not fit in {ml_people} Mission Locale people"
            ));
        }
        for (name, rate) in self.rates.all().chain(self.population.all()) {
            if !(0.0..=1.0).contains(&rate) {
                return invalid(format!("{name} must be between 0 and 1, not {rate}"));
            }
        }
        if !(1900..=2999).contains(&chrono::Datelike::year(&self.reference_date)) {
            return invalid(format!(
                "reference date {} is out of range",
                self.reference_date
            ));
        }
        Ok(())
    }
}

/// A kind of thing the generator counts (an injected error, a row made to
/// be rejected): a small enum listed in `ALL`, in declaration order.
pub trait CountedKind: Copy + 'static {
    const ALL: &'static [Self];
    fn index(self) -> usize;
}

impl CountedKind for ErrorKind {
    const ALL: &'static [Self] = &ErrorKind::ALL;
    fn index(self) -> usize {
        self as usize
    }
}

impl CountedKind for RejectKind {
    const ALL: &'static [Self] = &RejectKind::ALL;
    fn index(self) -> usize {
        self as usize
    }
}

/// Counts per kind, every kind present (zero when none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counts<K: CountedKind> {
    counts: Vec<usize>,
    kind: std::marker::PhantomData<K>,
}

impl<K: CountedKind> Default for Counts<K> {
    fn default() -> Self {
        Counts {
            counts: vec![0; K::ALL.len()],
            kind: std::marker::PhantomData,
        }
    }
}

impl<K: CountedKind> Counts<K> {
    pub fn get(&self, kind: K) -> usize {
        self.counts[kind.index()]
    }

    /// Every kind with its count, in `ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (K, usize)> + '_ {
        K::ALL.iter().map(|&k| (k, self.get(k)))
    }

    /// All kinds together.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    fn add(&mut self, kind: K) {
        self.counts[kind.index()] += 1;
    }
}

/// Counts per [`ErrorKind`].
pub type ErrorCounts = Counts<ErrorKind>;

/// Rows that are a second row of a person on a list of `rows` rows (each
/// person has at most one second row).
fn duplicate_rows(rows: usize, share: f64) -> usize {
    (share * rows as f64).round() as usize
}

impl CountedKind for DuplicateKind {
    const ALL: &'static [Self] = &DuplicateKind::ALL;
    fn index(self) -> usize {
        self as usize
    }
}

/// Counts per [`DuplicateKind`].
pub type DuplicateCounts = Counts<DuplicateKind>;

/// Counts per [`RejectKind`].
pub type RejectCounts = Counts<RejectKind>;

/// What [`write_sample`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SampleSummary {
    pub justice_rows: usize,
    pub mission_locale_rows: usize,
    /// Lines of `truth.csv`: people on both lists.
    pub true_links: usize,
    /// Of those, people whose true date of birth is in the age window.
    pub true_links_in_window: usize,
    /// True links with at least one error.
    pub links_with_errors: usize,
    /// True links per injected error kind (a link may count under several).
    pub errors: ErrorCounts,
    /// Rows of `justice.csv` that a reader must reject.
    pub rejected_justice: RejectCounts,
    /// Rows of `mission-locale.csv` that a reader must reject.
    pub rejected_mission_locale: RejectCounts,
    /// Same-sex twin pairs with both twins on the justice list.
    pub twin_pairs_justice: usize,
    /// Same-sex twin pairs with both twins on the Mission Locale list.
    pub twin_pairs_mission_locale: usize,
    /// Justice rows of a twin whose same-sex co-twin is on the Mission Locale
    /// list: a key of surname and date alone would link the wrong person.
    pub twin_traps: usize,
    /// Second rows of a person on the justice list, per kind.
    pub duplicates_justice: DuplicateCounts,
    /// Second rows of a person on the Mission Locale list, per kind.
    pub duplicates_mission_locale: DuplicateCounts,
}

impl fmt::Display for SampleSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "justice rows:          {}", self.justice_rows)?;
        writeln!(f, "Mission Locale rows:   {}", self.mission_locale_rows)?;
        writeln!(
            f,
            "true links:            {} ({} in the age window, {} with errors)",
            self.true_links, self.true_links_in_window, self.links_with_errors
        )?;
        for (kind, n) in self.errors.iter().filter(|&(_, n)| n > 0) {
            writeln!(f, "  {:<24} {n}", kind.name())?;
        }
        writeln!(
            f,
            "rows to reject:        {} justice, {} Mission Locale",
            self.rejected_justice.total(),
            self.rejected_mission_locale.total()
        )?;
        writeln!(
            f,
            "second rows of a person: {} justice, {} Mission Locale",
            self.duplicates_justice.total(),
            self.duplicates_mission_locale.total()
        )?;
        write!(
            f,
            "same-sex twins:        {} pairs on the justice list, {} on the Mission Locale list, {} cross-list traps",
            self.twin_pairs_justice, self.twin_pairs_mission_locale, self.twin_traps
        )
    }
}

/// Why no sample was written.
#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    #[error("invalid sample spec: {0}")]
    InvalidSpec(String),
    #[error("cannot write {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> SampleError + '_ {
    move |source| SampleError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// First stream of the second rows' random streams (bit 62 set: far above
/// the persons' streams `1 + i`).
const DUPLICATE_STREAMS: u64 = 1 << 62;

/// One row of a list in the making: a person's first row, or their second
/// row with its position among the local numbers.
#[derive(Clone, Copy, Debug)]
struct Row {
    person: u32,
    second: Option<u32>,
}

impl Row {
    fn first(person: usize) -> Row {
        Row {
            person: person as u32,
            second: None,
        }
    }

    fn second(person: u32, position: u32) -> Row {
        Row {
            person,
            second: Some(position),
        }
    }
}

/// How often `progress` is called.
const PROGRESS_EVERY: u64 = 10_000;

/// Writes `justice.csv`, `mission-locale.csv` and `truth.csv` into `dir`
/// (created if missing, files replaced). Rows are streamed; memory stays
/// around 60 bytes per person. `progress(done_rows, total_rows)` is called
/// every 10,000 rows of the two lists and once at the end.
pub fn write_sample(
    spec: &SampleSpec,
    dir: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<SampleSummary, SampleError> {
    spec.validate()?;
    std::fs::create_dir_all(dir).map_err(io_at(dir))?;
    let tables = NameTables::new();
    // Stream 0 draws the population, the roles and the row orders; stream
    // 1 + i renders person i.
    let base = Rng::seed_from_u64(spec.seed);
    let mut rng = base.clone();

    let shared = spec.shared_people();
    let (j_rows, m_rows) = (spec.justice_rows, spec.mission_locale_rows);
    let (j_dups, m_dups) = (spec.justice_duplicates(), spec.mission_locale_duplicates());
    // People on each list; the other rows are second rows of some of them.
    let (j_people, m_people) = (j_rows - j_dups, m_rows - m_dups);
    let n = j_people + m_people - shared;
    let population =
        population::generate(n, &spec.population, spec.reference_date, &tables, &mut rng);
    let people = &population.people;

    let mut roles: Vec<Role> = Vec::with_capacity(n);
    roles.resize(shared, Role::Shared);
    roles.resize(j_people, Role::JusticeOnly);
    roles.resize(n, Role::MissionLocaleOnly);
    shuffle(&mut rng, &mut roles);

    // Identifiers follow the person order, rows a shuffled one, so that
    // neither reveals the other or the truth. Second rows get the numbers
    // after those of the people.
    const ABSENT: u32 = u32::MAX;
    let mut justice_pos = vec![ABSENT; n];
    let mut ml_pos = vec![ABSENT; n];
    let mut justice_order: Vec<Row> = Vec::with_capacity(j_rows);
    let mut ml_order: Vec<Row> = Vec::with_capacity(m_rows);
    for (i, role) in roles.iter().enumerate() {
        if *role != Role::MissionLocaleOnly {
            justice_pos[i] = justice_order.len() as u32;
            justice_order.push(Row::first(i));
        }
        if *role != Role::JusticeOnly {
            ml_pos[i] = ml_order.len() as u32;
            ml_order.push(Row::first(i));
        }
    }
    let file_numbers = FileNumbers::new(j_rows, rng.random_range(0..FileNumbers::modulus(j_rows)));
    let youth_ids = YouthIdentifiers::new(rng.random_range(0..YouthIdentifiers::CAPACITY));
    for (order, dups) in [(&mut justice_order, j_dups), (&mut ml_order, m_dups)] {
        if dups == 0 {
            continue;
        }
        let mut chosen: Vec<Row> = order.clone();
        shuffle(&mut rng, &mut chosen);
        let base = order.len() as u32;
        for (d, row) in chosen[..dups].iter().enumerate() {
            order.push(Row::second(row.person, base + d as u32));
        }
    }
    shuffle(&mut rng, &mut justice_order);
    shuffle(&mut rng, &mut ml_order);

    let mut summary = SampleSummary {
        justice_rows: j_rows,
        mission_locale_rows: m_rows,
        ..SampleSummary::default()
    };
    for &(a, b) in &population.same_sex_twins {
        let (a, b) = (a as usize, b as usize);
        let on_j = |i: usize| roles[i] != Role::MissionLocaleOnly;
        let on_m = |i: usize| roles[i] != Role::JusticeOnly;
        summary.twin_pairs_justice += usize::from(on_j(a) && on_j(b));
        summary.twin_pairs_mission_locale += usize::from(on_m(a) && on_m(b));
        summary.twin_traps += usize::from(on_j(a) && on_m(b)) + usize::from(on_j(b) && on_m(a));
    }

    let person_rng = |i: usize| {
        let mut r = base.clone();
        r.set_stream(i as u64 + 1);
        r.set_word_pos(0);
        r
    };
    // Second rows draw from streams of their own, far from the persons'.
    let duplicate_rng = |i: usize, side: u64| {
        let mut r = base.clone();
        r.set_stream(DUPLICATE_STREAMS | side << 40 | i as u64);
        r.set_word_pos(0);
        r
    };
    let total = (j_rows + m_rows) as u64;
    let mut done = 0u64;
    let mut tick = |progress: &mut dyn FnMut(u64, u64)| {
        done += 1;
        if done.is_multiple_of(PROGRESS_EVERY) {
            progress(done, total);
        }
    };

    let justice_path = dir.join(JUSTICE_FILE);
    let truth_path = dir.join(TRUTH_FILE);
    let duplicates_path = dir.join(DUPLICATES_FILE);
    let mut justice = JusticeWriter::create(&justice_path).map_err(io_at(&justice_path))?;
    let mut truth = TruthWriter::create(&truth_path).map_err(io_at(&truth_path))?;
    let mut duplicates =
        DuplicatesWriter::create(&duplicates_path).map_err(io_at(&duplicates_path))?;
    let mut error_names = String::new();
    for row in &justice_order {
        let i = row.person as usize;
        let rendered = render::render(
            &people[i],
            roles[i],
            &spec.rates,
            &tables,
            &mut person_rng(i),
        );
        let number = file_numbers.format(justice_pos[i] as usize, rendered.justice.departement);
        let rejected = roles[i] != Role::Shared && rendered.reject.is_some();
        if let Some(position) = row.second {
            let (second, kind) = duplicates::justice(
                &rendered.justice,
                &people[i],
                rejected,
                &tables,
                &mut duplicate_rng(i, 0),
            );
            let own = if kind.same_number() {
                number.clone()
            } else {
                file_numbers.format(position as usize, second.departement)
            };
            justice.write(&second, &own).map_err(io_at(&justice_path))?;
            duplicates
                .write("justice", &own, &number, kind.name())
                .map_err(io_at(&duplicates_path))?;
            summary.duplicates_justice.add(kind);
            if let (true, Some(reject)) = (rejected, rendered.reject) {
                summary.rejected_justice.add(reject);
            }
            tick(progress);
            continue;
        }
        justice
            .write(&rendered.justice, &number)
            .map_err(io_at(&justice_path))?;
        if roles[i] == Role::Shared {
            let inside = in_window(people[i].dob, spec.reference_date);
            error_names.clear();
            for kind in rendered.errors.iter() {
                if !error_names.is_empty() {
                    error_names.push(';');
                }
                error_names.push_str(kind.name());
                summary.errors.add(kind);
            }
            summary.true_links += 1;
            summary.true_links_in_window += usize::from(inside);
            summary.links_with_errors += usize::from(!error_names.is_empty());
            truth
                .write(
                    &number,
                    &youth_ids.format(ml_pos[i] as usize),
                    inside,
                    &error_names,
                )
                .map_err(io_at(&truth_path))?;
        } else if let Some(kind) = rendered.reject {
            summary.rejected_justice.add(kind);
        }
        tick(progress);
    }
    justice.finish().map_err(io_at(&justice_path))?;
    truth.finish().map_err(io_at(&truth_path))?;

    let ml_path = dir.join(MISSION_LOCALE_FILE);
    let mut ml = MissionLocaleWriter::create(&ml_path).map_err(io_at(&ml_path))?;
    for row in &ml_order {
        let i = row.person as usize;
        let rendered = render::render(
            &people[i],
            roles[i],
            &spec.rates,
            &tables,
            &mut person_rng(i),
        );
        let number = youth_ids.format(ml_pos[i] as usize);
        let rejected = roles[i] == Role::MissionLocaleOnly && rendered.reject.is_some();
        if let Some(position) = row.second {
            let (second, kind) = duplicates::mission_locale(
                &rendered.mission_locale,
                &people[i],
                rejected,
                &tables,
                &mut duplicate_rng(i, 1),
            );
            let own = if kind.same_number() {
                number.clone()
            } else {
                youth_ids.format(position as usize)
            };
            ml.write(&second, &own).map_err(io_at(&ml_path))?;
            duplicates
                .write("mission-locale", &own, &number, kind.name())
                .map_err(io_at(&duplicates_path))?;
            summary.duplicates_mission_locale.add(kind);
            if let (true, Some(reject)) = (rejected, rendered.reject) {
                summary.rejected_mission_locale.add(reject);
            }
            tick(progress);
            continue;
        }
        ml.write(&rendered.mission_locale, &number)
            .map_err(io_at(&ml_path))?;
        if let (Role::MissionLocaleOnly, Some(kind)) = (roles[i], rendered.reject) {
            summary.rejected_mission_locale.add(kind);
        }
        tick(progress);
    }
    duplicates.finish().map_err(io_at(&duplicates_path))?;
    ml.finish().map_err(io_at(&ml_path))?;
    progress(total, total);
    Ok(summary)
}

#[cfg(test)]
mod tests;
