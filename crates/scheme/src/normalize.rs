//! Normalisation of names, dates and sex as typed in French lists.
//!
//! Why it exists: the two sides never type a person the same way. Every value
//! goes through this module before it is hashed, so the rules here are part of
//! the frozen match-key scheme (see `docs/scheme.md`): changing a rule changes
//! tokens and needs a new scheme version.
//!
//! This module is pure: it never logs, and its errors carry no value.

use chrono::{Datelike, NaiveDate};
use unicode_normalization::UnicodeNormalization;

/// Folds a name to the canonical alphabet `A`–`Z` plus single spaces:
/// upper-case, accents stripped, ligatures and special letters mapped
/// explicitly (Unicode decomposition does not split `Œ` or `Æ`), hyphens,
/// apostrophes, dots and any other separator turned into one space, trimmed.
pub fn fold(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let push = |out: &mut String, s: &str, pending: &mut bool| {
        if *pending && !out.is_empty() {
            out.push(' ');
        }
        *pending = false;
        out.push_str(s);
    };
    for ch in raw.nfkd() {
        if ch.is_ascii_alphabetic() {
            let up = ch.to_ascii_uppercase();
            let mut buf = [0u8; 4];
            push(&mut out, up.encode_utf8(&mut buf), &mut pending_space);
            continue;
        }
        if is_combining_mark(ch) {
            continue;
        }
        match special_letter(ch) {
            Some(mapped) => push(&mut out, mapped, &mut pending_space),
            // Digits, punctuation, hyphens, apostrophes, spaces and anything
            // unknown separate words.
            None => pending_space = true,
        }
    }
    out
}

/// Letters that Unicode decomposition leaves alone but French lists write
/// with plain Latin letters.
fn special_letter(ch: char) -> Option<&'static str> {
    Some(match ch {
        'Œ' | 'œ' => "OE",
        'Æ' | 'æ' => "AE",
        'ß' | 'ẞ' => "SS",
        'Ø' | 'ø' => "O",
        'Ł' | 'ł' => "L",
        'Đ' | 'đ' | 'Ð' | 'ð' => "D",
        'Þ' | 'þ' => "TH",
        'ı' => "I",
        'Ħ' | 'ħ' => "H",
        // Letters of scripts croise does not transliterate separate words
        // like punctuation; a name made only of them folds to empty and is
        // rejected as missing, never hashed as something else.
        _ => return None,
    })
}

fn is_combining_mark(ch: char) -> bool {
    matches!(ch as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Removes the spaces of a folded name: `LE GALL` and `LEGALL` meet.
pub fn compact(folded: &str) -> String {
    folded.chars().filter(|c| *c != ' ').collect()
}

/// Values that mean "unknown" in French lists, compared after folding.
const PLACEHOLDERS: &[&str] = &[
    "INCONNU",
    "INCONNUE",
    "X",
    "XX",
    "XXX",
    "SP",
    "SPC",
    "SNC",
    "NEANT",
    "NC",
    "ND",
    "NR",
    "ANONYME",
    "A COMPLETER",
    "NON RENSEIGNE",
    "NON COMMUNIQUE",
    "UNKNOWN",
];

/// Whether a folded value is a placeholder for an unknown name.
/// Spaces are ignored on both sides, so `A COMPLETER` and `ACOMPLETER` match.
pub fn is_placeholder(folded: &str) -> bool {
    // Compared byte by byte with the spaces skipped, without building the
    // space-free strings: every row asks this of every name field.
    let letters = |s: &'static str| s.bytes().filter(|&b| b != b' ');
    let value = || folded.bytes().filter(|&b| b != b' ');
    PLACEHOLDERS.iter().any(|p| letters(p).eq(value()))
}

/// Splits a given-names field into given names. Spaces, commas, semicolons
/// and slashes separate given names; a hyphen joins a compound name
/// (`Jean-Baptiste` is one given name, `Jean Baptiste` two). Each given name
/// is returned folded (`JEAN BAPTISTE` for `Jean-Baptiste`).
pub fn split_given_names(raw: &str) -> Vec<String> {
    raw.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '/'))
        .map(fold)
        .filter(|name| !name.is_empty())
        .collect()
}

/// Why a date of birth could not be used. Carries no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateProblem {
    /// The field is empty.
    Missing,
    /// Only part of the date is known: day or month is zero (`00/00/2008`),
    /// or only the year (`2008`) or the month and year (`03/2008`) is given.
    Partial,
    /// The date does not exist (`31/02/2009`) or is out of any plausible range.
    Impossible,
    /// The text is not a date in a recognised format.
    Unrecognised,
}

/// The day count origin of an Excel serial date. Windows Excel counts from
/// 1900 (and, copying Lotus 1-2-3, believes 1900 was a leap year); old Mac
/// workbooks count from 1904. A workbook says which one it uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExcelEpoch {
    #[default]
    Excel1900,
    Excel1904,
}

/// Converts an Excel serial date (days since the epoch; a fraction is a time
/// of day and is dropped) to a date. Serial 60 of the 1900 system is the
/// 29 February 1900 that never was: impossible.
pub fn excel_serial_date(serial: f64, epoch: ExcelEpoch) -> Result<NaiveDate, DateProblem> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return Err(DateProblem::Impossible);
    }
    let days = serial.floor() as i64;
    let date = match epoch {
        ExcelEpoch::Excel1904 => NaiveDate::from_ymd_opt(1904, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(days))),
        ExcelEpoch::Excel1900 if days == 60 => return Err(DateProblem::Impossible),
        // Before the phantom leap day, serial 1 is 1 January 1900.
        ExcelEpoch::Excel1900 if days < 60 => NaiveDate::from_ymd_opt(1899, 12, 31)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(days))),
        ExcelEpoch::Excel1900 => NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(days))),
    };
    date.ok_or(DateProblem::Impossible)
}

/// Whether a text is an Excel serial date as a spreadsheet shows a date cell
/// formatted as a number: five digits (10000 is 1927-05-18, 99999 is
/// 2173-10-14), optionally with a decimal time part.
pub fn looks_like_excel_serial(text: &str) -> Option<f64> {
    let text = text.trim();
    let (int, frac) = match text.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if int.len() != 5 || !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    let value: f64 = int.parse().ok()?;
    Some(value)
}

/// Parses a date of birth as typed in a list: `dd/mm/yyyy`, `d/m/yyyy`,
/// `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yy` (years 00–29 read as 20xx),
/// `yyyy-mm-dd`, `yyyy/mm/dd`, `yyyymmdd`, `ddmmyyyy`, with an optional
/// time part after a space or `T` (as some
/// exports add `00:00:00`), and Excel serial numbers (`39877`, 1900 system)
/// as a CSV export writes a date cell formatted as a number; last, dates
/// with the month in words (`3 mars 2009`, `03-mars-09`, `1er octobre
/// 2008`: see [`date_in_words`]).
///
/// Partly known dates (`00/00/2008`, `03/2008`, `2008`) are
/// [`DateProblem::Partial`], never completed with a guess.
pub fn parse_date(raw: &str) -> Result<NaiveDate, DateProblem> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(DateProblem::Missing);
    }
    if let Some(serial) = looks_like_excel_serial(text) {
        return excel_serial_date(serial, ExcelEpoch::Excel1900).and_then(plausible);
    }
    // A numeric date first: whatever follows it (a time, a remark) is
    // ignored, as it always was.
    let head = text.split_whitespace().next().unwrap_or(text);
    let head = match head.split_once('T') {
        Some((date, _)) if date.len() == 10 => date,
        _ => head,
    };
    let parts: Vec<&str> = head.split(['/', '-', '.']).collect();
    if let [a, b, c] = parts.as_slice()
        && [a, b, c].iter().all(|p| is_number(p))
    {
        let (year, month, day) = if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
            (number(a)? as i32, number(b)?, number(c)?)
        } else if a.len() <= 2 && b.len() <= 2 && (c.len() == 4 || c.len() == 2) {
            (year_of(c)?, number(b)?, number(a)?)
        } else {
            return Err(DateProblem::Unrecognised);
        };
        return ymd(year, month, day);
    }
    // Then the rarer forms: `20090305`, `05032009`, `2008`, `03/2008`.
    let words: Vec<&str> = text
        .split([' ', '/', '-', '.'])
        .filter(|p| !p.is_empty() && !p.contains(':'))
        .collect();
    match words.as_slice() {
        [compact] if compact.len() == 8 && is_number(compact) => {
            let (a, b, c) = (
                number(&compact[..4])?,
                number(&compact[4..6])?,
                number(&compact[6..])?,
            );
            if (1900..=2100).contains(&a) && (1..=12).contains(&b) && (1..=31).contains(&c) {
                ymd(a as i32, b, c)
            } else {
                let (d, m, y) = (
                    number(&compact[..2])?,
                    number(&compact[2..4])?,
                    number(&compact[4..])?,
                );
                ymd(y as i32, m, d)
            }
        }
        [year] if year.len() == 4 && is_number(year) => Err(DateProblem::Partial),
        [month, year]
            if is_number(month) && month.len() <= 2 && is_number(year) && year.len() == 4 =>
        {
            Err(DateProblem::Partial)
        }
        // Last, dates with the month in words. Only texts rejected by every
        // form above reach this point, so reading them changes no date that
        // was read before (and no token).
        _ => date_in_words(text),
    }
}

/// A piece of a date written with its month in words.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Month(u32),
    /// Digits only (an ordinal suffix such as `er` in `1er` removed).
    Number(&'a str),
}

/// Reads a date whose month is written in words, as typed or as French
/// Excel writes a date cell formatted `jj-mmm-aa` to CSV: `3 mars 2009`,
/// `03-mars-09`, `1er octobre 2008`, `3-févr.-2009`, `03/sept./2008`,
/// `mardi 3 mars 2009`, `3 MARS 2009 00:00`; months full or abbreviated,
/// with or without accents and dots, in any case; English month names too
/// (`March 3, 2009`, `3 Mar 2009`), whose spellings and abbreviations never
/// name another month than the French ones. Two-digit years as in
/// `dd/mm/yy`. A month and a year alone (`mars 2009`) or a day and a month
/// alone are partial; any other word makes the text unrecognised.
fn date_in_words(text: &str) -> Result<NaiveDate, DateProblem> {
    let mut pieces = Vec::with_capacity(3);
    for raw in text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | '.' | ','))
        .filter(|p| !p.is_empty())
    {
        if is_time(raw) {
            continue;
        }
        if let Some(digits) = day_or_year(raw) {
            pieces.push(Piece::Number(digits));
            continue;
        }
        let word = fold(raw);
        if let Some(month) = month_in_words(&word) {
            pieces.push(Piece::Month(month));
        } else if !IGNORED_WORDS.contains(&word.as_str()) {
            return Err(DateProblem::Unrecognised);
        }
    }
    let short = |n: &str| n.len() <= 2;
    let year = |n: &str| n.len() == 4 || n.len() == 2;
    match pieces.as_slice() {
        [Piece::Number(d), Piece::Month(m), Piece::Number(y)] if short(d) && year(y) => {
            ymd(year_of(y)?, *m, number(d)?)
        }
        [Piece::Month(m), Piece::Number(d), Piece::Number(y)] if short(d) && y.len() == 4 => {
            ymd(year_of(y)?, *m, number(d)?)
        }
        [Piece::Number(y), Piece::Month(m), Piece::Number(d)] if y.len() == 4 && short(d) => {
            ymd(year_of(y)?, *m, number(d)?)
        }
        [Piece::Month(_), Piece::Number(y)] if year(y) => Err(DateProblem::Partial),
        [Piece::Number(d), Piece::Month(_)] if short(d) => Err(DateProblem::Partial),
        _ => Err(DateProblem::Unrecognised),
    }
}

/// Words that may surround a date in words and say nothing about it.
const IGNORED_WORDS: &[&str] = &[
    "LE", "LUNDI", "MARDI", "MERCREDI", "JEUDI", "VENDREDI", "SAMEDI", "DIMANCHE",
];

/// A time of day after a date: `00:00:00`, `14:30`, `0h00`, `14h`.
fn is_time(piece: &str) -> bool {
    if piece.contains(':') {
        return true;
    }
    match piece.split_once(['h', 'H']) {
        Some((hours, minutes)) => {
            is_number(hours)
                && hours.len() <= 2
                && (minutes.is_empty() || (is_number(minutes) && minutes.len() == 2))
        }
        None => false,
    }
}

/// The digits of a day or a year, an ordinal suffix removed (`1er`, `1re`,
/// `2e`, `3rd`, `4th`); `None` if the piece is not one.
fn day_or_year(piece: &str) -> Option<&str> {
    let end = piece
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(piece.len());
    let (digits, suffix) = piece.split_at(end);
    if digits.is_empty() {
        return None;
    }
    let suffix = suffix.to_ascii_lowercase();
    match suffix.as_str() {
        "" => Some(digits),
        "er" | "re" | "e" | "st" | "nd" | "rd" | "th" if digits.len() <= 2 => Some(digits),
        _ => None,
    }
}

/// The month a folded word names: French and English names, full or
/// abbreviated as people and spreadsheets abbreviate them.
fn month_in_words(word: &str) -> Option<u32> {
    Some(match word {
        "JANVIER" | "JANV" | "JAN" | "JANUARY" => 1,
        "FEVRIER" | "FEVR" | "FEV" | "FEB" | "FEBRUARY" => 2,
        "MARS" | "MAR" | "MARCH" => 3,
        "AVRIL" | "AVR" | "APR" | "APRIL" => 4,
        "MAI" | "MAY" => 5,
        "JUIN" | "JUN" | "JUNE" => 6,
        "JUILLET" | "JUIL" | "JUILL" | "JUL" | "JULY" => 7,
        "AOUT" | "AOU" | "AUG" | "AUGUST" => 8,
        "SEPTEMBRE" | "SEPT" | "SEP" | "SEPTEMBER" => 9,
        "OCTOBRE" | "OCT" | "OCTOBER" => 10,
        "NOVEMBRE" | "NOV" | "NOVEMBER" => 11,
        "DECEMBRE" | "DEC" | "DECEMBER" => 12,
        _ => return None,
    })
}

fn is_number(part: &str) -> bool {
    !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())
}

fn number(part: &str) -> Result<u32, DateProblem> {
    part.parse::<u32>().map_err(|_| DateProblem::Unrecognised)
}

/// A four-digit year, or a two-digit one: 00–29 are 20xx, 30–99 19xx.
fn year_of(part: &str) -> Result<i32, DateProblem> {
    match part.len() {
        4 => Ok(number(part)? as i32),
        2 => {
            let yy = number(part)? as i32;
            Ok(if yy < 30 { 2000 + yy } else { 1900 + yy })
        }
        _ => Err(DateProblem::Unrecognised),
    }
}

/// A date from its parts: a zero day or month is a partial date.
fn ymd(year: i32, month: u32, day: u32) -> Result<NaiveDate, DateProblem> {
    if day == 0 || month == 0 {
        return Err(DateProblem::Partial);
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or(DateProblem::Impossible)
        .and_then(plausible)
}

/// Dates of birth outside 1900–2100 are typing errors.
fn plausible(date: NaiveDate) -> Result<NaiveDate, DateProblem> {
    if (1900..=2100).contains(&date.year()) {
        Ok(date)
    } else {
        Err(DateProblem::Impossible)
    }
}

/// Sex as recorded. Not part of any match key of the scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// Parses `M/F`, `H/F`, `1/2`, `Masculin/Féminin`, `Homme/Femme`,
/// `Garçon/Fille`. Anything else is unknown (`None`), never an error.
pub fn parse_sex(raw: &str) -> Option<Sex> {
    match raw.trim() {
        "1" => return Some(Sex::Male),
        "2" => return Some(Sex::Female),
        _ => {}
    }
    match fold(raw).as_str() {
        "M" | "H" | "MASCULIN" | "HOMME" | "GARCON" | "MALE" => Some(Sex::Male),
        "F" | "FEMININ" | "FEMME" | "FILLE" | "FEMALE" => Some(Sex::Female),
        _ => None,
    }
}

/// The age window of the training obligation: `min_age <= age < max_age` at
/// the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeWindow {
    pub min_age: u32,
    pub max_age: u32,
}

impl Default for AgeWindow {
    fn default() -> Self {
        Self {
            min_age: 16,
            max_age: 18,
        }
    }
}

impl AgeWindow {
    /// Whether someone born on `birth` is in the window on `reference`.
    pub fn contains(&self, birth: NaiveDate, reference: NaiveDate) -> bool {
        let age = age_at(birth, reference);
        age.is_some_and(|age| age >= self.min_age && age < self.max_age)
    }
}

/// Age in completed years on `reference`. Someone born on 29 February has
/// their birthday on 1 March in common years (the day after 28 February).
/// `None` if born after the reference date.
pub fn age_at(birth: NaiveDate, reference: NaiveDate) -> Option<u32> {
    if birth > reference {
        return None;
    }
    let mut age = (reference.year() - birth.year()) as u32;
    let birthday_passed =
        (reference.month(), reference.day()) >= birthday_in_year(birth, reference.year());
    if !birthday_passed {
        age -= 1;
    }
    Some(age)
}

fn birthday_in_year(birth: NaiveDate, year: i32) -> (u32, u32) {
    if birth.month() == 2 && birth.day() == 29 && NaiveDate::from_ymd_opt(year, 2, 29).is_none() {
        (3, 1)
    } else {
        (birth.month(), birth.day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn fold_strips_accents_and_maps_ligatures() {
        assert_eq!(fold("Éloïse"), "ELOISE");
        assert_eq!(fold("François"), "FRANCOIS");
        assert_eq!(fold("CŒURDEROY"), "COEURDEROY");
        assert_eq!(fold("Lætitia"), "LAETITIA");
        assert_eq!(fold("Şahin"), "SAHIN");
        assert_eq!(fold("Yıldız"), "YILDIZ");
        assert_eq!(fold("Müller"), "MULLER");
        assert_eq!(fold("Łukasz"), "LUKASZ");
    }

    #[test]
    fn fold_turns_separators_into_single_spaces() {
        assert_eq!(fold("  DUPONT--MARTIN "), "DUPONT MARTIN");
        assert_eq!(fold("N'DIAYE"), "N DIAYE");
        assert_eq!(fold("N’Diaye"), "N DIAYE");
        assert_eq!(fold("de  la   Fontaine"), "DE LA FONTAINE");
        assert_eq!(fold("St. Martin"), "ST MARTIN");
        assert_eq!(fold(" - "), "");
    }

    #[test]
    fn fold_is_idempotent() {
        for s in ["Éloïse", "DUPONT--MARTIN", "N'Diaye", "Œdipe", "  a  b "] {
            assert_eq!(fold(&fold(s)), fold(s));
        }
    }

    #[test]
    fn compact_removes_spaces() {
        assert_eq!(compact(&fold("Le Gall")), compact(&fold("LEGALL")));
        assert_eq!(compact(&fold("N'Diaye")), "NDIAYE");
    }

    #[test]
    fn given_names_split_on_spaces_and_commas_but_not_hyphens() {
        assert_eq!(
            split_given_names("Jean-Baptiste Louis"),
            ["JEAN BAPTISTE", "LOUIS"]
        );
        assert_eq!(split_given_names("Jean Baptiste"), ["JEAN", "BAPTISTE"]);
        assert_eq!(split_given_names("LINA, Maria"), ["LINA", "MARIA"]);
        assert!(split_given_names(" , ").is_empty());
    }

    #[test]
    fn placeholders_are_recognised_after_folding() {
        assert!(is_placeholder(&fold("Inconnu")));
        assert!(is_placeholder(&fold("x")));
        assert!(is_placeholder(&fold("S.P.C.").replace(' ', "")));
        assert!(!is_placeholder(&fold("Xavier")));
    }

    #[test]
    fn dates_in_french_and_iso_forms() {
        assert_eq!(parse_date("05/03/2009"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("5/3/2009"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("05-03-2009"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("05.03.2009"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("05/03/09"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("2009-03-05"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("2009-03-05 00:00:00"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date(" "), Err(DateProblem::Missing));
        assert_eq!(parse_date("00/00/2008"), Err(DateProblem::Partial));
        assert_eq!(parse_date("31/02/2009"), Err(DateProblem::Impossible));
        assert_eq!(parse_date("né en 2009"), Err(DateProblem::Unrecognised));
        assert_eq!(parse_date("2009"), Err(DateProblem::Partial));
        assert_eq!(parse_date("03/2009"), Err(DateProblem::Partial));
        assert_eq!(parse_date("00/03/2009"), Err(DateProblem::Partial));
        assert_eq!(parse_date("29/02/2009"), Err(DateProblem::Impossible));
        assert_eq!(parse_date("05/03/1850"), Err(DateProblem::Impossible));
        assert_eq!(parse_date("5/13/2009"), Err(DateProblem::Impossible));
        assert_eq!(parse_date("05/03/2009 00:00"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("2009-03-05T00:00:00"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("20090305"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("05032009"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("1/2/3/4"), Err(DateProblem::Unrecognised));
        assert_eq!(parse_date("05/03/209"), Err(DateProblem::Unrecognised));
        assert_eq!(parse_date("05/03/2009 (à vérifier)"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("00/2009"), Err(DateProblem::Partial));
    }

    #[test]
    fn dates_with_the_month_in_words() {
        let march = Ok(d(2009, 3, 3));
        for text in [
            "3 mars 2009",
            "03 mars 2009",
            "03-mars-09",
            "3 MARS 2009",
            "3 Mars 2009",
            "03-mars-2009",
            "03/mars/2009",
            "3 mar. 2009",
            "mardi 3 mars 2009",
            "le 3 mars 2009",
            "3 mars 2009 00:00:00",
            "3 mars 2009 14h30",
            "03-mars-09 00:00",
            "3\u{a0}mars\u{a0}2009",
            "2009-mars-03",
            "March 3, 2009",
            "3 March 2009",
            "3-Mar-09",
        ] {
            assert_eq!(parse_date(text), march, "{text}");
        }
        for (text, y, m, day) in [
            ("3-févr.-2009", 2009, 2, 3),
            ("03-fevr-09", 2009, 2, 3),
            ("03-FÉVR-09", 2009, 2, 3),
            ("28 février 2009", 2009, 2, 28),
            ("1er octobre 2008", 2008, 10, 1),
            ("1ER OCTOBRE 2008", 2008, 10, 1),
            ("03/sept./2008", 2008, 9, 3),
            ("03-sept-08", 2008, 9, 3),
            ("3 sep 2008", 2008, 9, 3),
            ("15-janv.-10", 2010, 1, 15),
            ("15 janvier 2010", 2010, 1, 15),
            ("5 avr. 2009", 2009, 4, 5),
            ("5 avril 2009", 2009, 4, 5),
            ("5 mai 2009", 2009, 5, 5),
            ("5 juin 2009", 2009, 6, 5),
            ("14-juil.-09", 2009, 7, 14),
            ("14 juillet 2009", 2009, 7, 14),
            ("15 août 2009", 2009, 8, 15),
            ("15-aout-09", 2009, 8, 15),
            ("15-aoû-09", 2009, 8, 15),
            ("2 nov. 2008", 2008, 11, 2),
            ("2 oct. 2008", 2008, 10, 2),
            ("25-déc.-08", 2008, 12, 25),
            ("25 DECEMBRE 2008", 2008, 12, 25),
            ("25 déc 2008", 2008, 12, 25),
            ("4 July 2009", 2009, 7, 4),
            ("Aug 4th 2009", 2009, 8, 4),
            // Two-digit years as in `dd/mm/yy`: 00-29 are 20xx, 30-99 19xx.
            ("03-mars-29", 2029, 3, 3),
            ("03-mars-30", 1930, 3, 3),
        ] {
            assert_eq!(parse_date(text), Ok(d(y, m, day)), "{text}");
        }
        assert_eq!(parse_date("mars 2009"), Err(DateProblem::Partial));
        assert_eq!(parse_date("mars-09"), Err(DateProblem::Partial));
        assert_eq!(parse_date("3 mars"), Err(DateProblem::Partial));
        assert_eq!(parse_date("00 mars 2009"), Err(DateProblem::Partial));
        assert_eq!(parse_date("30 février 2009"), Err(DateProblem::Impossible));
        assert_eq!(parse_date("3 mars 1850"), Err(DateProblem::Impossible));
        assert_eq!(
            parse_date("3 mars 2009 (à vérifier)"),
            Err(DateProblem::Unrecognised)
        );
        assert_eq!(parse_date("3 marss 2009"), Err(DateProblem::Unrecognised));
        assert_eq!(
            parse_date("3 mars mai 2009"),
            Err(DateProblem::Unrecognised)
        );
        assert_eq!(parse_date("3 mars 2009 4"), Err(DateProblem::Unrecognised));
        assert_eq!(parse_date("3 mars 209"), Err(DateProblem::Unrecognised));
        assert_eq!(parse_date("1erx mars 2009"), Err(DateProblem::Unrecognised));
        assert_eq!(parse_date("mars 3 09"), Err(DateProblem::Unrecognised));
    }

    #[test]
    fn date_times_read_the_date_whatever_the_time() {
        for text in [
            "03/03/2009 00:00:00",
            "03/03/2009 23:59",
            "2009-03-03T00:00:00",
            "2009-03-03T17:45:12.000Z",
            "2009-03-03 00:00",
            "2009-03-03 12:00:00",
        ] {
            assert_eq!(parse_date(text), Ok(d(2009, 3, 3)), "{text}");
        }
    }

    #[test]
    fn excel_serial_numbers_in_both_epochs() {
        // 39877 is 2009-03-05 in the 1900 system, 2013-03-06 in the 1904 one.
        assert_eq!(parse_date("39877"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("39877.0"), Ok(d(2009, 3, 5)));
        assert_eq!(parse_date("39877,5"), Ok(d(2009, 3, 5)));
        assert_eq!(
            excel_serial_date(39877.0, ExcelEpoch::Excel1904),
            Ok(d(2013, 3, 6))
        );
        assert_eq!(
            excel_serial_date(38415.0, ExcelEpoch::Excel1904),
            Ok(d(2009, 3, 5))
        );
        // The Lotus leap-year bug: serial 60 is a 29 February 1900 that never
        // was; serials either side are real days.
        assert_eq!(
            excel_serial_date(59.0, ExcelEpoch::Excel1900),
            Ok(d(1900, 2, 28))
        );
        assert_eq!(
            excel_serial_date(60.0, ExcelEpoch::Excel1900),
            Err(DateProblem::Impossible)
        );
        assert_eq!(
            excel_serial_date(61.0, ExcelEpoch::Excel1900),
            Ok(d(1900, 3, 1))
        );
        assert_eq!(
            excel_serial_date(1.0, ExcelEpoch::Excel1900),
            Ok(d(1900, 1, 1))
        );
        assert!(excel_serial_date(0.0, ExcelEpoch::Excel1904).is_err());
        assert!(excel_serial_date(f64::NAN, ExcelEpoch::Excel1900).is_err());
        assert_eq!(looks_like_excel_serial("1234"), None);
        assert_eq!(looks_like_excel_serial("123456"), None);
        assert_eq!(looks_like_excel_serial("3987a"), None);
    }

    #[test]
    fn sex_codes() {
        assert_eq!(parse_sex("H"), Some(Sex::Male));
        assert_eq!(parse_sex("Féminin"), Some(Sex::Female));
        assert_eq!(parse_sex("2"), Some(Sex::Female));
        assert_eq!(parse_sex("?"), None);
    }

    #[test]
    fn age_window_bounds() {
        let w = AgeWindow::default();
        let reference = d(2026, 10, 1);
        assert!(
            w.contains(d(2010, 10, 1), reference),
            "16th birthday on the reference date"
        );
        assert!(
            !w.contains(d(2010, 10, 2), reference),
            "turns 16 the day after"
        );
        assert!(
            w.contains(d(2008, 10, 2), reference),
            "turns 18 the day after"
        );
        assert!(
            !w.contains(d(2008, 10, 1), reference),
            "18th birthday on the reference date"
        );
        assert!(
            !w.contains(d(2030, 1, 1), reference),
            "born after the reference date"
        );
    }

    #[test]
    fn leap_day_birthdays_fall_on_first_of_march() {
        assert_eq!(age_at(d(2008, 2, 29), d(2026, 2, 28)), Some(17));
        assert_eq!(age_at(d(2008, 2, 29), d(2026, 3, 1)), Some(18));
        assert_eq!(age_at(d(2008, 2, 29), d(2024, 2, 29)), Some(16));
    }
}
