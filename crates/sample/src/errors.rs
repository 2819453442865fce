//! The ways one person ends up written differently on two lists.
//!
//! Each function here is one error type from the domain brief, pure apart
//! from the random choices it is handed, and returns `None` when it cannot
//! apply (no accent to drop, day above 12, …) or would change nothing: the
//! truth file then lists only errors that really altered a row.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::draw::{Rng, chance, index, pick};
use super::names::VARIANT_GROUPS;

/// One kind of discrepancy injected into a pair (the two rows of one person).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// One side drops accents (`Léa`/`LEA`) and writes `Œ`/`Æ` as `OE`/`AE`.
    AccentDropped,
    /// A compound given name loses its hyphen (`Jean-Baptiste`/`Jean Baptiste`).
    CompoundGivenSplit,
    /// The Mission Locale row keeps only the first of several given names.
    OnlyFirstGivenName,
    /// One side lists the given names in another order.
    GivenNamesReordered,
    /// One side writes the usage name where the other writes the birth name.
    UsageName,
    /// A double surname written `A--B`, `A B`, `A-B` or only `A` on one side.
    DoubleSurnameVariant,
    /// A particle glued, hyphenated or dropped (`LE GALL`/`LEGALL`, `D'ALMEIDA`/`ALMEIDA`, `ST`/`SAINT`).
    ParticleVariant,
    /// Another transliteration of the same name (`MOHAMED`/`MOHAMMED`, `SCHMITT`/`SCHMIDT`).
    Transliteration,
    /// One letter substituted (mostly a neighbouring key), deleted, inserted, or two swapped.
    Typo,
    /// Surname and given names exchanged between columns on one side.
    NamesSwapped,
    /// Day and month exchanged (only when the day is 12 or less and differs from the month).
    DayMonthSwapped,
    /// One digit of the date wrong, still a valid date.
    DateDigit,
    /// One side records 1 January instead of the true date (people born abroad).
    PlaceholderJan1,
    /// The Mission Locale side keeps Turkish letters (`Şahin`, `Yıldız`) that the justice side cannot hold.
    TurkishLetters,
}

impl ErrorKind {
    /// Every kind, in the order used in `truth.csv` and in summaries.
    pub const ALL: [ErrorKind; 14] = [
        ErrorKind::AccentDropped,
        ErrorKind::CompoundGivenSplit,
        ErrorKind::OnlyFirstGivenName,
        ErrorKind::GivenNamesReordered,
        ErrorKind::UsageName,
        ErrorKind::DoubleSurnameVariant,
        ErrorKind::ParticleVariant,
        ErrorKind::Transliteration,
        ErrorKind::Typo,
        ErrorKind::NamesSwapped,
        ErrorKind::DayMonthSwapped,
        ErrorKind::DateDigit,
        ErrorKind::PlaceholderJan1,
        ErrorKind::TurkishLetters,
    ];

    /// The name written in `truth.csv`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::AccentDropped => "accent_dropped",
            ErrorKind::CompoundGivenSplit => "compound_given_split",
            ErrorKind::OnlyFirstGivenName => "only_first_given_name",
            ErrorKind::GivenNamesReordered => "given_names_reordered",
            ErrorKind::UsageName => "usage_name",
            ErrorKind::DoubleSurnameVariant => "double_surname_variant",
            ErrorKind::ParticleVariant => "particle_variant",
            ErrorKind::Transliteration => "transliteration",
            ErrorKind::Typo => "typo",
            ErrorKind::NamesSwapped => "names_swapped",
            ErrorKind::DayMonthSwapped => "day_month_swapped",
            ErrorKind::DateDigit => "date_digit",
            ErrorKind::PlaceholderJan1 => "placeholder_jan1",
            ErrorKind::TurkishLetters => "turkish_letters",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A row that a reader must reject. Injected only into rows of people who
/// are on one list, so that every pair of `truth.csv` stays readable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RejectKind {
    /// Date of birth left empty.
    EmptyDate,
    /// Date of birth with day and/or month unknown (`00/00/2008`).
    PartialDate,
    /// Date of birth that does not exist (`31/02/2009`).
    ImpossibleDate,
    /// Placeholder instead of a name (`INCONNU`, `X`, `SPC`, `SNC`).
    PlaceholderName,
}

impl RejectKind {
    /// Every kind, in summary order.
    pub const ALL: [RejectKind; 4] = [
        RejectKind::EmptyDate,
        RejectKind::PartialDate,
        RejectKind::ImpossibleDate,
        RejectKind::PlaceholderName,
    ];

    /// A short snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            RejectKind::EmptyDate => "empty_date",
            RejectKind::PartialDate => "partial_date",
            RejectKind::ImpossibleDate => "impossible_date",
            RejectKind::PlaceholderName => "placeholder_name",
        }
    }
}

impl fmt::Display for RejectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The set of error kinds that altered one pair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ErrorSet(u16);

impl ErrorSet {
    pub(crate) fn insert(&mut self, kind: ErrorKind) {
        self.0 |= 1 << kind as u16;
    }

    pub(crate) fn contains(self, kind: ErrorKind) -> bool {
        self.0 & (1 << kind as u16) != 0
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = ErrorKind> {
        ErrorKind::ALL
            .into_iter()
            .filter(move |&k| self.contains(k))
    }
}

// ---------------------------------------------------------------------------
// Letters
// ---------------------------------------------------------------------------

/// ASCII replacement of a letter with a diacritic or a ligature, if any.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
        'ł' => "l",
        'Ł' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        _ => return None,
    })
}

/// Drops every diacritic and spells out the ligatures (`Œ` → `OE`). Unicode
/// decomposition would not split the ligatures, hence the explicit table.
pub(crate) fn fold_accents(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

/// Replaces only `c` when it has no place in the target text, e.g. a letter
/// that Windows-1252 cannot encode.
pub(crate) fn fold_char_where(s: &str, keep: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if keep(c) {
            out.push(c);
        } else {
            out.push_str(fold_char(c).unwrap_or("?"));
        }
    }
    out
}

fn is_turkish_letter(c: char) -> bool {
    matches!(c, 'ş' | 'Ş' | 'ğ' | 'Ğ' | 'ı' | 'İ')
}

/// Whether `s` holds a letter of the Turkish alphabet that French keyboards
/// and Windows-1252 lack (`ş ğ ı İ`; `ç ö ü` are French letters too).
pub(crate) fn has_turkish_letters(s: &str) -> bool {
    s.chars().any(is_turkish_letter)
}

/// `Şahin` → `Sahin`, `Yıldız` → `Yildiz`; other letters untouched.
pub(crate) fn fold_turkish(s: &str) -> String {
    fold_char_where(s, |c| !is_turkish_letter(c))
}

// ---------------------------------------------------------------------------
// Given names
// ---------------------------------------------------------------------------

/// `["Jean-Baptiste", "Louis"]` → `["Jean", "Baptiste", "Louis"]`.
pub(crate) fn split_compound(given: &[String]) -> Option<Vec<String>> {
    if !given.iter().any(|g| g.contains('-')) {
        return None;
    }
    Some(
        given
            .iter()
            .flat_map(|g| g.split('-').filter(|p| !p.is_empty()).map(str::to_string))
            .collect(),
    )
}

/// Keeps only the first of several given names.
pub(crate) fn only_first(given: &[String]) -> Option<Vec<String>> {
    (given.len() >= 2).then(|| vec![given[0].clone()])
}

/// Moves the first given name to another position.
pub(crate) fn reorder(given: &[String], rng: &mut Rng) -> Option<Vec<String>> {
    if given.len() < 2 {
        return None;
    }
    let j = 1 + index(rng, given.len() - 1);
    let mut out = given.to_vec();
    out.swap(0, j);
    (out != given).then_some(out)
}

// ---------------------------------------------------------------------------
// Surnames
// ---------------------------------------------------------------------------

/// How a double surname is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DoubleForm {
    /// `DUPONT--MARTIN`, the civil-status rule from 2005 to late 2011.
    DoubleHyphen,
    /// `DUPONT MARTIN`.
    Space,
    /// `DUPONT-MARTIN`.
    Hyphen,
    /// `DUPONT` alone.
    FirstOnly,
}

impl DoubleForm {
    pub(crate) const ALL: [DoubleForm; 4] = [
        DoubleForm::DoubleHyphen,
        DoubleForm::Space,
        DoubleForm::Hyphen,
        DoubleForm::FirstOnly,
    ];
}

pub(crate) fn double_surname(first: &str, second: &str, form: DoubleForm) -> String {
    match form {
        DoubleForm::DoubleHyphen => format!("{first}--{second}"),
        DoubleForm::Space => format!("{first} {second}"),
        DoubleForm::Hyphen => format!("{first}-{second}"),
        DoubleForm::FirstOnly => first.to_string(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Particle {
    /// `LE GALL`: glued or hyphenated, never dropped.
    Article,
    /// `DA SILVA`, `DE SOUSA`, `EL AMRANI`: glued, hyphenated or dropped.
    Droppable,
    /// `BEN SALAH`, `AIT OUALI`: glued or hyphenated.
    Arabic,
    /// `D'ALMEIDA`, `L'HERMITE`: glued, spaced or dropped.
    Elided,
    /// `N'DIAYE`: glued or spaced.
    ElidedKept,
    /// `SAINT-MARTIN` ↔ `ST-MARTIN`, `ST MARTIN`, `SAINT MARTIN`.
    Saint,
}

/// Longest first, so that `DE LA ` wins over `DE `.
const PARTICLES: &[(&str, Particle)] = &[
    ("de la ", Particle::Droppable),
    ("van de ", Particle::Article),
    ("saint-", Particle::Saint),
    ("saint ", Particle::Saint),
    ("des ", Particle::Article),
    ("dos ", Particle::Droppable),
    ("das ", Particle::Droppable),
    ("van ", Particle::Article),
    ("ben ", Particle::Arabic),
    ("ait ", Particle::Arabic),
    ("aït ", Particle::Arabic),
    ("de ", Particle::Droppable),
    ("du ", Particle::Article),
    ("da ", Particle::Droppable),
    ("le ", Particle::Article),
    ("la ", Particle::Article),
    ("el ", Particle::Droppable),
    ("st-", Particle::Saint),
    ("st ", Particle::Saint),
    ("d'", Particle::Elided),
    ("l'", Particle::Elided),
    ("n'", Particle::ElidedKept),
];

fn find_particle(s: &str) -> Option<(usize, Particle)> {
    PARTICLES.iter().find_map(|&(p, kind)| {
        let head = s.get(..p.len())?;
        (head.to_lowercase() == p && s.len() > p.len()).then_some((p.len(), kind))
    })
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Another common way to write a surname with a particle.
pub(crate) fn particle_variant(s: &str, rng: &mut Rng) -> Option<String> {
    let (len, kind) = find_particle(s)?;
    let (head, rest) = s.split_at(len);
    let letters: String = head.chars().filter(|c| c.is_alphabetic()).collect();
    let trimmed = head.trim_end_matches([' ', '-', '\'']);
    let glued = upper_first(&format!("{}{}", letters.to_lowercase(), lower_first(rest)));
    let hyphen = format!("{trimmed}-{rest}");
    let spaced = format!("{trimmed} {rest}");
    let dropped = upper_first(rest);
    let out = match kind {
        Particle::Article => {
            if chance(rng, 0.8) {
                glued
            } else {
                hyphen
            }
        }
        Particle::Droppable => pick(rng, &[glued, hyphen, dropped.clone(), dropped]).clone(),
        Particle::Arabic => {
            if chance(rng, 0.7) {
                glued
            } else {
                hyphen
            }
        }
        Particle::Elided => pick(rng, &[glued, spaced, dropped]).clone(),
        Particle::ElidedKept => {
            if chance(rng, 0.8) {
                glued
            } else {
                spaced
            }
        }
        Particle::Saint => {
            let is_long = letters.len() > 2;
            let sep = head.chars().last().unwrap_or('-');
            let options: Vec<String> = if is_long {
                vec![
                    format!("St{sep}{rest}"),
                    format!("St-{rest}"),
                    format!("St {rest}"),
                ]
            } else {
                vec![format!("Saint-{rest}"), format!("Saint {rest}")]
            };
            pick(rng, &options).clone()
        }
    };
    (out != s).then_some(out)
}

// ---------------------------------------------------------------------------
// Transliteration
// ---------------------------------------------------------------------------

fn variant_key(s: &str) -> String {
    fold_accents(s).to_uppercase()
}

static VARIANTS: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (i, group) in VARIANT_GROUPS.iter().enumerate() {
        for v in *group {
            map.entry(variant_key(v)).or_insert(i);
        }
    }
    map
});

fn variant_of(s: &str, rng: &mut Rng) -> Option<String> {
    let key = variant_key(s);
    let group = VARIANT_GROUPS[*VARIANTS.get(&key)?];
    let others: Vec<&str> = group
        .iter()
        .copied()
        .filter(|v| variant_key(v) != key)
        .collect();
    if others.is_empty() {
        return None;
    }
    Some((*pick(rng, &others)).to_string())
}

/// Whether [`transliterate`] can change this name.
pub(crate) fn has_variant(s: &str) -> bool {
    VARIANTS.contains_key(&variant_key(s))
        || (s.contains('-') && s.split('-').any(|p| VARIANTS.contains_key(&variant_key(p))))
}

/// Another recorded spelling of the same name: the whole name, or one part
/// of a hyphenated one (`Mohamed-Amine` → `Mohammed-Amine`).
pub(crate) fn transliterate(s: &str, rng: &mut Rng) -> Option<String> {
    if let Some(v) = variant_of(s, rng) {
        return Some(v);
    }
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() < 2 {
        return None;
    }
    let candidates: Vec<usize> = (0..parts.len())
        .filter(|&i| VARIANTS.contains_key(&variant_key(parts[i])))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let i = *pick(rng, &candidates);
    let mut out: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    out[i] = variant_of(parts[i], rng)?;
    Some(out.join("-"))
}

// ---------------------------------------------------------------------------
// Typing errors
// ---------------------------------------------------------------------------

/// French AZERTY letter rows; each row sits about half a key to the right of
/// the one above.
const AZERTY: [&str; 3] = ["azertyuiop", "qsdfghjklm", "wxcvbn"];

/// Letters next to `c` on an AZERTY keyboard (lower case, ASCII).
pub(crate) fn azerty_neighbours(c: char) -> Vec<char> {
    let c = c.to_ascii_lowercase();
    let rows: Vec<Vec<char>> = AZERTY.iter().map(|r| r.chars().collect()).collect();
    let Some((r, col)) = rows
        .iter()
        .enumerate()
        .find_map(|(r, row)| row.iter().position(|&k| k == c).map(|col| (r, col)))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut add = |row: usize, col: isize| {
        if let Some(&k) = rows
            .get(row)
            .and_then(|keys| keys.get(usize::try_from(col).ok()?))
        {
            out.push(k);
        }
    };
    let col = col as isize;
    add(r, col - 1);
    add(r, col + 1);
    if r > 0 {
        add(r - 1, col);
        add(r - 1, col + 1);
    }
    add(r + 1, col - 1);
    add(r + 1, col);
    out
}

fn base_letter(c: char) -> char {
    fold_char(c)
        .and_then(|s| s.chars().next())
        .unwrap_or(c)
        .to_ascii_lowercase()
}

fn with_case_of(c: char, template: char) -> char {
    if template.is_uppercase() {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

fn random_letter(rng: &mut Rng) -> char {
    let letters: Vec<char> = ('a'..='z').collect();
    *pick(rng, &letters)
}

/// One typing error: a letter substituted (a neighbouring key seven times in
/// ten), deleted or inserted, or two neighbouring letters swapped. The case
/// pattern of the name is kept. Names under three letters are left alone.
pub(crate) fn typo(s: &str, rng: &mut Rng) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let letters: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_alphabetic())
        .collect();
    if letters.len() < 3 {
        return None;
    }
    let mut out = chars.clone();
    match index(rng, 4) {
        0 => {
            let i = *pick(rng, &letters);
            let near = azerty_neighbours(base_letter(chars[i]));
            let mut r = if !near.is_empty() && chance(rng, 0.7) {
                *pick(rng, &near)
            } else {
                random_letter(rng)
            };
            if r == base_letter(chars[i]) {
                r = if r == 'z' { 'a' } else { (r as u8 + 1) as char };
            }
            out[i] = with_case_of(r, chars[i]);
        }
        1 => {
            let i = *pick(rng, &letters);
            out.remove(i);
            // A dropped capital passes its case on to the next letter.
            let word_start = i == 0 || !chars[i - 1].is_alphabetic();
            if word_start
                && chars[i].is_uppercase()
                && out.get(i).is_some_and(|c| c.is_alphabetic())
            {
                out[i] = with_case_of(out[i], chars[i]);
            }
        }
        2 => {
            let i = *pick(rng, &letters);
            let near = azerty_neighbours(base_letter(chars[i]));
            let r = if near.is_empty() || chance(rng, 0.5) {
                base_letter(chars[i])
            } else {
                *pick(rng, &near)
            };
            // The new letter follows `i`, so it takes the case of the letter
            // after it, or of `i` at the end of the name.
            let template = chars
                .get(i + 1)
                .copied()
                .filter(|c| c.is_alphabetic())
                .unwrap_or(chars[i]);
            out.insert(i + 1, with_case_of(r, template));
        }
        _ => {
            let pairs: Vec<usize> = (0..chars.len().saturating_sub(1))
                .filter(|&i| {
                    chars[i].is_alphabetic()
                        && chars[i + 1].is_alphabetic()
                        && base_letter(chars[i]) != base_letter(chars[i + 1])
                })
                .collect();
            if pairs.is_empty() {
                return None;
            }
            let i = *pick(rng, &pairs);
            out[i] = with_case_of(chars[i + 1], chars[i]);
            out[i + 1] = with_case_of(chars[i], chars[i + 1]);
        }
    }
    let out: String = out.into_iter().collect();
    (out != s).then_some(out)
}

// ---------------------------------------------------------------------------
// Dates of birth
// ---------------------------------------------------------------------------

/// `05/03/2008` → `03/05/2008`; `None` when the day is above 12 or equals the month.
pub(crate) fn swap_day_month(d: NaiveDate) -> Option<NaiveDate> {
    if d.day() > 12 || d.day() == d.month() {
        return None;
    }
    NaiveDate::from_ymd_opt(d.year(), d.day(), d.month())
}

/// One digit of `dd/mm/yyyy` wrong, the result still a valid date. The
/// century is never touched and the decade moves by one at most, as a slip
/// of the finger would.
pub(crate) fn date_digit(d: NaiveDate, rng: &mut Rng) -> Option<NaiveDate> {
    let text = format!("{:02}{:02}{:04}", d.day(), d.month(), d.year());
    let digits: Vec<u8> = text.bytes().map(|b| b - b'0').collect();
    const POSITIONS: [usize; 6] = [0, 1, 2, 3, 6, 7];
    for _ in 0..32 {
        let pos = *pick(rng, &POSITIONS);
        let old = digits[pos];
        let new = if pos == 6 {
            match (old, chance(rng, 0.5)) {
                (0, _) => 1,
                (9, _) => 8,
                (o, true) => o + 1,
                (o, false) => o - 1,
            }
        } else {
            let n = index(rng, 9) as u8;
            if n >= old { n + 1 } else { n }
        };
        let mut ds = digits.clone();
        ds[pos] = new;
        let num = |a: usize, b: usize| {
            ds[a..b]
                .iter()
                .fold(0u32, |acc, &x| acc * 10 + u32::from(x))
        };
        let (day, month, year) = (num(0, 2), num(2, 4), num(4, 8));
        if let Some(nd) = NaiveDate::from_ymd_opt(year as i32, month, day)
            && nd != d
        {
            return Some(nd);
        }
    }
    None
}

/// 1 January of the same year; `None` if the date already is 1 January.
pub(crate) fn jan1(d: NaiveDate) -> Option<NaiveDate> {
    if d.month() == 1 && d.day() == 1 {
        return None;
    }
    NaiveDate::from_ymd_opt(d.year(), 1, 1)
}

/// Whether Windows-1252 has a code for `c`.
pub(crate) fn is_cp1252(c: char) -> bool {
    let u = u32::from(c);
    u < 0x80
        || (0xA0..=0xFF).contains(&u)
        || matches!(
            c,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

/// Replaces each letter that Windows-1252 lacks by its plain letter (`Ş` →
/// `S`, `Ć` → `C`), as an export from a Unicode database to a French CSV does
/// at best.
pub(crate) fn fit_cp1252(s: &str) -> String {
    if s.chars().all(is_cp1252) {
        return s.to_string();
    }
    fold_char_where(s, is_cp1252)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn rng() -> Rng {
        Rng::seed_from_u64(42)
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn truth_names_are_snake_case_and_unique() {
        let names: std::collections::HashSet<_> = ErrorKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names.len(), ErrorKind::ALL.len());
        assert!(names.contains("placeholder_jan1"));
        for (i, k) in ErrorKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i, "ALL follows declaration order");
        }
    }

    #[test]
    fn error_set_lists_in_fixed_order() {
        let mut s = ErrorSet::default();
        s.insert(ErrorKind::Typo);
        s.insert(ErrorKind::AccentDropped);
        assert_eq!(
            s.iter().collect::<Vec<_>>(),
            [ErrorKind::AccentDropped, ErrorKind::Typo]
        );
    }

    #[test]
    fn accents_and_ligatures_fold() {
        assert_eq!(fold_accents("Léa"), "Lea");
        assert_eq!(fold_accents("CHLOÉ MAËLYS"), "CHLOE MAELYS");
        assert_eq!(fold_accents("LEBŒUF"), "LEBOEUF");
        assert_eq!(fold_accents("Lætitia"), "Laetitia");
        assert_eq!(fold_accents("Gonçalves João"), "Goncalves Joao");
        assert_eq!(fold_accents("Petrović Wiśniewski"), "Petrovic Wisniewski");
        assert_eq!(fold_accents("N'Diaye"), "N'Diaye");
    }

    #[test]
    fn turkish_letters_fold_alone() {
        assert!(has_turkish_letters("Şahin"));
        assert!(has_turkish_letters("Yıldız"));
        assert!(!has_turkish_letters("Öztürk"));
        assert_eq!(fold_turkish("Şahin"), "Sahin");
        assert_eq!(fold_turkish("Yıldız"), "Yildiz");
        assert_eq!(fold_turkish("İrem Çelik"), "Irem Çelik");
        assert_eq!("Yıldız".to_uppercase(), "YILDIZ");
    }

    #[test]
    fn compound_given_names_split() {
        assert_eq!(
            split_compound(&strings(&["Jean-Baptiste", "Louis"])),
            Some(strings(&["Jean", "Baptiste", "Louis"]))
        );
        assert_eq!(split_compound(&strings(&["Lucas", "Pierre"])), None);
    }

    #[test]
    fn only_first_keeps_one() {
        assert_eq!(
            only_first(&strings(&["Léa", "Marie"])),
            Some(strings(&["Léa"]))
        );
        assert_eq!(only_first(&strings(&["Léa"])), None);
    }

    #[test]
    fn reorder_changes_order() {
        let g = strings(&["Enzo", "Pierre", "Jean"]);
        let r = reorder(&g, &mut rng()).unwrap();
        assert_ne!(r, g);
        let mut a = r.clone();
        a.sort();
        let mut b = g.clone();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(reorder(&strings(&["Enzo"]), &mut rng()), None);
    }

    #[test]
    fn double_surname_forms() {
        assert_eq!(
            double_surname("Dupont", "Martin", DoubleForm::DoubleHyphen),
            "Dupont--Martin"
        );
        assert_eq!(
            double_surname("Dupont", "Martin", DoubleForm::Space),
            "Dupont Martin"
        );
        assert_eq!(
            double_surname("Dupont", "Martin", DoubleForm::Hyphen),
            "Dupont-Martin"
        );
        assert_eq!(
            double_surname("Dupont", "Martin", DoubleForm::FirstOnly),
            "Dupont"
        );
    }

    fn all_variants(f: impl Fn(&mut Rng) -> Option<String>) -> std::collections::BTreeSet<String> {
        let mut r = rng();
        (0..200).filter_map(|_| f(&mut r)).collect()
    }

    #[test]
    fn particle_variants() {
        let v = all_variants(|r| particle_variant("Le Gall", r));
        assert!(v.contains("Legall") && v.contains("Le-Gall"), "{v:?}");
        assert!(!v.contains("Gall"));
        let v = all_variants(|r| particle_variant("D'Almeida", r));
        assert!(
            v.contains("Dalmeida") && v.contains("Almeida") && v.contains("D Almeida"),
            "{v:?}"
        );
        let v = all_variants(|r| particle_variant("N'Diaye", r));
        assert!(v.contains("Ndiaye") && !v.contains("Diaye"), "{v:?}");
        let v = all_variants(|r| particle_variant("Saint-Martin", r));
        assert!(v.contains("St-Martin") && v.contains("St Martin"), "{v:?}");
        let v = all_variants(|r| particle_variant("St-Martin", r));
        assert!(v.contains("Saint-Martin"), "{v:?}");
        let v = all_variants(|r| particle_variant("de La Fontaine", r));
        assert!(
            v.contains("Delafontaine") && v.contains("Fontaine"),
            "{v:?}"
        );
        let v = all_variants(|r| particle_variant("Da Silva", r));
        assert!(v.contains("Dasilva") && v.contains("Silva"), "{v:?}");
        let v = all_variants(|r| particle_variant("Ben Salah", r));
        assert!(
            v.contains("Bensalah") && v.contains("Ben-Salah") && !v.contains("Salah"),
            "{v:?}"
        );
        assert!(particle_variant("Martin", &mut rng()).is_none());
        assert!(particle_variant("Leroy", &mut rng()).is_none());
        assert!(particle_variant("Delacroix", &mut rng()).is_none());
        assert!(particle_variant("El Amrani", &mut rng()).is_some());
    }

    #[test]
    fn transliteration_variants() {
        let v = all_variants(|r| transliterate("Mohamed", r));
        assert!(
            v.contains("Mohammed") && v.contains("Muhammad") && !v.contains("Mohamed"),
            "{v:?}"
        );
        let v = all_variants(|r| transliterate("Mohamed-Amine", r));
        assert!(
            v.contains("Mohammed-Amine") || v.contains("Mohamed-Amin"),
            "{v:?}"
        );
        let v = all_variants(|r| transliterate("Schmitt", r));
        assert!(v.contains("Schmidt"), "{v:?}");
        let v = all_variants(|r| transliterate("Meyer", r));
        assert!(v.contains("Meier"), "{v:?}");
        let v = all_variants(|r| transliterate("Aïcha", r));
        assert!(
            v.contains("Aisha") && !v.contains("Aicha"),
            "accent-only change is not a transliteration: {v:?}"
        );
        assert!(transliterate("Lucas", &mut rng()).is_none());
        assert!(has_variant("MOHAMED") && has_variant("Mohamed-Ali") && !has_variant("Louis"));
    }

    #[test]
    fn azerty_neighbours_are_adjacent_keys() {
        let n = azerty_neighbours('a');
        assert!(n.contains(&'z') && n.contains(&'q'), "{n:?}");
        let n = azerty_neighbours('m');
        assert!(n.contains(&'l') && n.contains(&'p'), "{n:?}");
        assert!(!azerty_neighbours('w').is_empty());
    }

    #[test]
    fn typos_change_one_thing() {
        let mut r = rng();
        let mut kinds = std::collections::BTreeSet::new();
        for _ in 0..500 {
            let t = typo("Martin", &mut r).unwrap();
            assert_ne!(t, "Martin");
            let (a, b) = (t.chars().count() as i32, 6);
            assert!((a - b).abs() <= 1, "{t}");
            assert!(t.starts_with(char::is_uppercase), "case pattern kept: {t}");
            assert!(
                t.chars().skip(1).all(|c| c.is_lowercase()),
                "case pattern kept: {t}"
            );
            kinds.insert(a - b);
        }
        assert_eq!(
            kinds.len(),
            3,
            "insertions, deletions and same-length changes occur"
        );
        let t = typo("DUBOIS", &mut r).unwrap();
        assert_eq!(t, t.to_uppercase());
        assert_eq!(typo("Li", &mut r), None);
    }

    #[test]
    fn typo_substitutions_prefer_neighbouring_keys() {
        let mut r = rng();
        let mut near = 0;
        let mut same_len = 0;
        for _ in 0..2000 {
            let t: Vec<char> = typo("aaaaa", &mut r)
                .map(|s| s.chars().collect())
                .unwrap_or_default();
            if t.len() == 5 {
                same_len += 1;
                let c = t.iter().find(|&&c| c != 'a').copied().unwrap();
                if azerty_neighbours('a').contains(&c) {
                    near += 1;
                }
            }
        }
        assert!(
            f64::from(near) / f64::from(same_len) > 0.6,
            "{near}/{same_len}"
        );
    }

    #[test]
    fn day_month_swap_only_when_ambiguous() {
        assert_eq!(swap_day_month(date(2008, 3, 5)), Some(date(2008, 5, 3)));
        assert_eq!(swap_day_month(date(2008, 3, 13)), None);
        assert_eq!(swap_day_month(date(2008, 4, 4)), None);
    }

    #[test]
    fn date_digit_changes_one_digit_and_stays_valid() {
        let d = date(2008, 2, 29);
        let mut r = rng();
        for _ in 0..300 {
            let n = date_digit(d, &mut r).unwrap();
            let a = n.format("%d%m%Y").to_string();
            let b = d.format("%d%m%Y").to_string();
            let diff = a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count();
            assert_eq!(diff, 1, "{a} vs {b}");
            assert!((1998..=2019).contains(&n.year()));
        }
    }

    #[test]
    fn jan1_placeholder() {
        assert_eq!(jan1(date(2008, 7, 14)), Some(date(2008, 1, 1)));
        assert_eq!(jan1(date(2008, 1, 1)), None);
    }
}
