//! The languages croise speaks and how each writes numbers, durations and
//! dates.
//!
//! Why it exists: the command line, the report and the local interface all
//! speak French first and English on request, and must write `1 000 000`,
//! `0,4 s` and `1er octobre 2026` the same way. The words themselves live in
//! each front end's Fluent catalogue (`i18n/<lang>/*.ftl`); this crate holds
//! what a catalogue cannot: the choice of language and the formatting of
//! values put into its messages.
//!
//! Pure: no I/O but reading the locale variables in [`Lang::detect`].

#![forbid(unsafe_code)]

use std::time::Duration;

use chrono::{Datelike, NaiveDate};

/// A language of croise's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// French, the language of croise's users.
    #[default]
    Fr,
    En,
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The narrow no-break space French typography puts between groups of
/// digits, and the no-break space before a unit or `%`.
const FR_GROUP: char = '\u{202F}';
const NBSP: char = '\u{00A0}';

impl Lang {
    /// Every language, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The language's code: `fr`, `en` (a BCP 47 tag, as Fluent wants it).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language of a locale name (`fr_FR.UTF-8`, `fr-CA`, `en_GB`, `C`):
    /// French when it starts with `fr`, else English.
    pub fn of_locale(locale: &str) -> Lang {
        if locale.trim().to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The language of the POSIX locale variables read through `var`: the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty
    /// (as POSIX programs do: `LC_ALL=C` means English even if `LANG` is
    /// French). `None` when none is set.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|v| !v.trim().is_empty())
            .map(|v| Lang::of_locale(&v))
    }

    /// A count with its thousands grouped: `1 234 567` (narrow no-break
    /// spaces) in French, `1,234,567` in English.
    pub fn count(self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() * 2);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                match self {
                    Lang::Fr => out.push(FR_GROUP),
                    Lang::En => out.push(','),
                }
            }
            out.push(ch);
        }
        out
    }

    /// A decimal number with `digits` decimals and the language's decimal
    /// separator: `0,4` or `0.4`; the integer part grouped as in
    /// [`Lang::count`].
    pub fn decimal(self, value: f64, digits: usize) -> String {
        let text = format!("{:.*}", digits, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if value.is_sign_negative() && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        out.push_str(&self.count(whole.parse().unwrap_or(0)));
        if !fraction.is_empty() {
            out.push(match self {
                Lang::Fr => ',',
                Lang::En => '.',
            });
            out.push_str(fraction);
        }
        out
    }

    /// A share as a percentage with one decimal: `12,5 %` or `12.5%`.
    pub fn percent(self, part: u64, whole: u64) -> String {
        let p = if whole == 0 {
            0.0
        } else {
            100.0 * part as f64 / whole as f64
        };
        match self {
            Lang::Fr => format!("{}{NBSP}%", self.decimal(p, 1)),
            Lang::En => format!("{}%", self.decimal(p, 1)),
        }
    }

    /// An elapsed time: `0,4 s`, `12 s`, `3 min 05 s`.
    pub fn duration(self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64();
        if secs < 10.0 {
            format!("{}{NBSP}s", self.decimal(secs, 1))
        } else if secs < 60.0 {
            format!("{}{NBSP}s", secs.round() as u64)
        } else {
            let total = secs.round() as u64;
            format!("{}{NBSP}min {:02}{NBSP}s", total / 60, total % 60)
        }
    }

    /// A date in words: `1er octobre 2026`, `1 October 2026`.
    pub fn date(self, date: NaiveDate) -> String {
        let month = date.month0() as usize;
        match self {
            Lang::Fr if date.day() == 1 => format!("1er {} {}", MONTHS_FR[month], date.year()),
            Lang::Fr => format!("{} {} {}", date.day(), MONTHS_FR[month], date.year()),
            Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
        }
    }

    /// A quoted name: `« Grand Est »` or `“Grand Est”`.
    pub fn quote(self, text: &str) -> String {
        match self {
            Lang::Fr => format!("«{NBSP}{text}{NBSP}»"),
            Lang::En => format!("“{text}”"),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang),
        }
    }
}

/// A language croise does not speak (only `fr` and `en`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownLang;

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unknown language: use fr or en")
    }
}

impl std::error::Error for UnknownLang {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        assert_eq!(Lang::Fr.count(1_000_000), "1\u{202F}000\u{202F}000");
        assert_eq!(Lang::En.count(1_234_567), "1,234,567");
        assert_eq!(Lang::Fr.count(999), "999");
        assert_eq!(Lang::En.count(0), "0");
    }

    #[test]
    fn decimals_percentages_and_durations_use_the_decimal_comma_in_french() {
        assert_eq!(Lang::Fr.decimal(0.44, 1), "0,4");
        assert_eq!(Lang::En.decimal(1234.56, 2), "1,234.56");
        assert_eq!(Lang::Fr.decimal(-2.5, 1), "-2,5");
        assert_eq!(Lang::Fr.percent(1, 8), "12,5\u{00A0}%");
        assert_eq!(Lang::En.percent(1, 8), "12.5%");
        assert_eq!(Lang::En.percent(0, 0), "0.0%");
        assert_eq!(
            Lang::Fr.duration(Duration::from_millis(400)),
            "0,4\u{00A0}s"
        );
        assert_eq!(Lang::En.duration(Duration::from_secs(42)), "42\u{00A0}s");
        assert_eq!(
            Lang::Fr.duration(Duration::from_secs(185)),
            "3\u{00A0}min 05\u{00A0}s"
        );
    }

    #[test]
    fn dates_are_written_in_words() {
        let first = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        assert_eq!(Lang::Fr.date(first), "1er octobre 2026");
        assert_eq!(Lang::En.date(first), "1 October 2026");
        let other = NaiveDate::from_ymd_opt(2009, 3, 3).unwrap();
        assert_eq!(Lang::Fr.date(other), "3 mars 2009");
    }

    #[test]
    fn the_locale_decides_the_language() {
        assert_eq!(Lang::of_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::of_locale("fr-CA"), Lang::Fr);
        assert_eq!(Lang::of_locale("C"), Lang::En);
        let env = |name: &str| match name {
            "LC_ALL" => Some("C".to_string()),
            "LANG" => Some("fr_FR.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(Lang::from_env(env), Some(Lang::En));
        assert_eq!(Lang::from_env(|_| None), None);
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert!("de".parse::<Lang>().is_err());
    }
}
