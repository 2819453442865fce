//! The language croise speaks on the command line: French when the locale
//! is French, English otherwise, `--lang fr|en` to force one. Its users are
//! French civil servants, so the French text is the main one; the English
//! one is kept word for word as it was (scripts and tests read it).
//!
//! Why in the binary and not in the library: the library's typed errors
//! and values ([`croise::Error`], [`croise::input::InputError`],
//! [`croise::records::Rejection`], [`croise::matching::Confidence`]…) are
//! its language-neutral API, with an English `Display` for logs. The
//! wording here is the command line's: it names options (`--identity`,
//! `--column`) and commands to type next, which mean nothing to a web or
//! desktop front end; such a front end gets its language elsewhere (the
//! browser, the desktop session) and words the same typed facts its own
//! way. So this module, and only it, turns typed facts into sentences for
//! the terminal.
//!
//! - [`Lang`], [`detect`] and [`lang`]: which language, decided once before
//!   the command line is parsed (so that `--help` is already localised).
//! - [`tr!`] and [`say!`]: a message written in both languages where it is
//!   printed, so the two never drift apart and a command file stays
//!   readable on its own.
//! - [`errors`]: the French wording of every typed error, by variant: it
//!   keeps file names, row numbers and column names, never a value from a
//!   list.
//! - [`help`]: the French `--help`.
//! - the functions below: French names of the library's values.
//!
//! Never prints anything itself, except through `say!`.

use std::ffi::OsString;
use std::sync::OnceLock;

use croise::input::{
    Dialect, ListFile, ListFormat, Notice, Role, TextEncoding, WorkbookKind, number_ranges,
};
use croise::matching::Confidence;
use croise::records::{Rejection, Verdict};

pub mod errors;
pub mod help;

/// A language of the interface (`--lang fr`, `--lang en`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Fr,
    En,
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language for the rest of the run (once; later calls are
/// ignored).
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language of this run: English until [`set`] is called, so library
/// code and tests that never set it see the historical English text.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

/// Whether this run speaks French.
pub fn fr() -> bool {
    lang() == Lang::Fr
}

/// Decides the language, in order: `--lang` on the command line; the first
/// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (as POSIX
/// programs do: `LC_ALL=C` means English even if `LANG` is French); on
/// Windows, where these variables are usually unset, the user's display
/// language; else English. A locale is French when it starts with `fr`
/// (`fr_FR.UTF-8`, `fr_BE`, `fr-CA`). `LANGUAGE` (GNU gettext's list) is
/// not read.
pub fn detect(args: &[OsString]) -> Lang {
    from_args(args)
        .or_else(|| {
            from_env(|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()))
        })
        .or_else(from_system)
        .unwrap_or(Lang::En)
}

/// The value of `--lang` among the arguments, if any and valid (an invalid
/// one is left for the parser to report). Stops at `--`.
fn from_args(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        let value = if arg == "--" {
            break;
        } else if arg == "--lang" {
            iter.next().map(|v| v.into_owned())
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            Some(v.to_string())
        } else {
            continue;
        };
        found = match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
            Some("fr") => Some(Lang::Fr),
            Some("en") => Some(Lang::En),
            _ => found,
        };
    }
    found
}

/// The language of the POSIX locale variables, read through `var`.
fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|v| !v.trim().is_empty())
        .map(|v| of_locale(&v))
}

fn of_locale(locale: &str) -> Lang {
    if locale.trim().to_ascii_lowercase().starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The user's display language on Windows (`fr-FR`…).
#[cfg(windows)]
fn from_system() -> Option<Lang> {
    sys_locale::get_locale().map(|l| of_locale(&l))
}

/// Elsewhere the locale variables are the system's answer.
#[cfg(not(windows))]
fn from_system() -> Option<Lang> {
    None
}

/// The text of the run's language, formatted: `tr!("French {n}", "English
/// {n}", n = …)`. Both texts take the same arguments.
macro_rules! tr {
    ($fr:literal, $en:literal $(, $($arg:tt)*)?) => {
        match $crate::cmd::i18n::lang() {
            $crate::cmd::i18n::Lang::Fr => format!($fr $(, $($arg)*)?),
            $crate::cmd::i18n::Lang::En => format!($en $(, $($arg)*)?),
        }
    };
}

/// Prints a line of the run's language on standard output:
/// `say!("French", "English", args…)`.
macro_rules! say {
    ($($t:tt)*) => {
        println!("{}", $crate::cmd::i18n::tr!($($t)*))
    };
}

pub(crate) use {say, tr};

/// Row numbers as ranges, at most `limit` items: `3, 5–9 and 4 more` /
/// `3, 5–9 et 4 autres`.
pub fn rows(numbers: &[u64], limit: usize) -> String {
    match number_ranges(numbers, limit) {
        (shown, 0) => shown,
        (shown, more) => tr!("{shown} et {more} autres", "{shown} and {more} more"),
    }
}

/// How many of the holder's rows were linked (French agrees in number).
pub fn rows_linked(n: usize) -> String {
    match (lang(), n) {
        (Lang::Fr, 0) => "Aucune de vos lignes n'a été rapprochée.".into(),
        (Lang::Fr, 1) => "1 de vos lignes a été rapprochée.".into(),
        (Lang::Fr, n) => format!("{n} de vos lignes ont été rapprochées."),
        (Lang::En, n) => format!("{n} of your rows were linked."),
    }
}

/// Why a row was rejected.
pub fn rejection(reason: Rejection) -> String {
    if !fr() {
        return reason.to_string();
    }
    match reason {
        Rejection::MissingBirthDate => "pas de date de naissance",
        Rejection::PartialBirthDate => "date de naissance incomplète (jour ou mois 00)",
        Rejection::ImpossibleBirthDate => "date de naissance impossible",
        Rejection::UnreadableBirthDate => "date de naissance dans un format inconnu",
        Rejection::MissingSurname => "pas de nom",
        Rejection::MissingGivenName => "pas de prénom",
        Rejection::PlaceholderName => "nom non renseigné (INCONNU, X, SPC…)",
        Rejection::PlaceholderGivenName => "prénom non renseigné (X, SP, SPC…)",
    }
    .into()
}

/// What a column holds.
pub fn role(role: Role) -> String {
    if !fr() {
        return role.to_string();
    }
    match role {
        Role::BirthName => "nom (de naissance)",
        Role::UsageName => "nom d'usage",
        Role::GivenNames => "prénoms",
        Role::BirthDate => "date de naissance",
        Role::Sex => "sexe",
        Role::LocalId => "numéro de dossier",
    }
    .into()
}

/// A confidence level, as people say it (`sûr`, `probable`, `à vérifier`).
pub fn confidence(c: Confidence) -> String {
    if !fr() {
        return c.to_string();
    }
    match c {
        Confidence::Sure => "sûr",
        Confidence::Probable => "probable",
        Confidence::ToReview => "à vérifier",
    }
    .into()
}

/// `croise check`'s verdict.
pub fn verdict(v: Verdict) -> String {
    if !fr() {
        return v.to_string();
    }
    match v {
        Verdict::Usable => "utilisable",
        Verdict::UsableWithWarnings => "utilisable, avec des avertissements",
        Verdict::ToCorrect => "à corriger",
        Verdict::Unusable => "inutilisable",
    }
    .into()
}

pub fn encoding(e: TextEncoding) -> String {
    if !fr() {
        return e.to_string();
    }
    match e {
        TextEncoding::Utf8 => "UTF-8",
        TextEncoding::Utf8WithBom => "UTF-8 avec BOM",
        TextEncoding::Windows1252 => "Windows-1252",
        TextEncoding::Utf16Le => "UTF-16 (petit-boutiste)",
        TextEncoding::Utf16Be => "UTF-16 (gros-boutiste)",
    }
    .into()
}

/// The delimiter of a CSV list: `semicolon (;)` / `point-virgule (;)`.
pub fn delimiter(d: &Dialect) -> String {
    if !fr() {
        return d.delimiter_name().into();
    }
    match d.delimiter {
        b';' => "point-virgule (;)",
        b',' => "virgule (,)",
        b'\t' => "tabulation",
        b'|' => "barre verticale (|)",
        _ => "autre",
    }
    .into()
}

pub fn workbook(kind: WorkbookKind) -> String {
    if !fr() {
        return kind.to_string();
    }
    match kind {
        WorkbookKind::Xlsx => "classeur Excel (.xlsx)",
        WorkbookKind::Xlsb => "classeur Excel binaire (.xlsb)",
        WorkbookKind::Xls => "classeur Excel 97-2003 (.xls)",
        WorkbookKind::Ods => "classeur OpenDocument (.ods)",
    }
    .into()
}

/// How a list is written: `CSV, UTF-8, semicolon (;) delimiter, CRLF line
/// ends` / `CSV, UTF-8, séparateur point-virgule (;), fins de ligne CRLF`.
pub fn describe(list: &ListFile) -> String {
    if !fr() {
        return list.describe();
    }
    match &list.format {
        ListFormat::Csv => format!(
            "CSV, {}, séparateur {}, fins de ligne {}",
            encoding(list.dialect.encoding),
            delimiter(&list.dialect),
            if list.dialect.crlf { "CRLF" } else { "LF" }
        ),
        ListFormat::Workbook { kind, sheet } => {
            format!("{}, feuille « {sheet} »", workbook(*kind))
        }
    }
}

/// Something about a list worth telling its holder.
pub fn notice(n: &Notice) -> String {
    if !fr() {
        return n.to_string();
    }
    match n {
        Notice::MixedEncoding { lines } => format!(
            "le fichier mélange deux encodages de texte ({} ligne(s) diffèrent du reste : {}) ; chaque ligne a été lue dans son propre encodage. Enregistrez de nouveau la liste depuis un seul logiciel pour la remettre au propre",
            lines.len(),
            rows(lines, 20)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_flag_wins_and_may_come_anywhere() {
        assert_eq!(
            from_args(&args(&["croise", "--lang", "fr"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            from_args(&args(&["croise", "check", "l.csv", "--lang=EN"])),
            Some(Lang::En)
        );
        assert_eq!(from_args(&args(&["croise", "check", "l.csv"])), None);
        // An invalid value is left to the parser; `--` ends the options.
        assert_eq!(from_args(&args(&["croise", "--lang", "de"])), None);
        assert_eq!(
            from_args(&args(&["croise", "x", "--", "--lang", "fr"])),
            None
        );
    }

    #[test]
    fn posix_order_lc_all_then_lc_messages_then_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(from_env(env(&[("LANG", "fr_FR.UTF-8")])), Some(Lang::Fr));
        assert_eq!(from_env(env(&[("LANG", "fr_BE")])), Some(Lang::Fr));
        assert_eq!(from_env(env(&[("LANG", "C.UTF-8")])), Some(Lang::En));
        assert_eq!(from_env(env(&[("LANG", "en_GB.UTF-8")])), Some(Lang::En));
        assert_eq!(
            from_env(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            from_env(env(&[("LC_MESSAGES", "fr_FR"), ("LANG", "en_US")])),
            Some(Lang::Fr)
        );
        assert_eq!(
            from_env(env(&[("LC_ALL", ""), ("LANG", "fr_FR")])),
            Some(Lang::Fr)
        );
        assert_eq!(from_env(env(&[])), None);
    }
}
