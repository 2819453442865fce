//! The language croise speaks on the command line: French when the locale
//! is French, English otherwise, `--lang fr|en` to force one. Its users are
//! French civil servants, so French is the main language and the fallback
//! one.
//!
//! Every text the binary prints is a message of the Fluent catalogues
//! `i18n/<lang>/croise_cli.ftl`, used through [`fl!`], which checks the
//! message id and its arguments against the French catalogue at compile
//! time. Numbers, durations and dates are written by [`croise_lang::Lang`]
//! before they become arguments, so that Fluent's own formatting never
//! applies; a value that came from outside (a name read from a manifest, a
//! column title of a list, a path) goes through [`outside`] first, so that
//! no control or bidirectional character reaches the terminal.
//!
//! Why in the binary and not in the library: the library's typed errors and
//! values ([`croise::Error`], [`croise::records::Rejection`],
//! [`croise::matching::Confidence`]…) are its language-neutral API. The
//! wording here is the command line's: it names options (`--identity`) and
//! commands to type next, which mean nothing to another front end.
//!
//! - [`set`], [`detect`] and [`lang`]: which language, decided once before
//!   the command line is parsed (so that `--help` is already localised).
//! - [`errors`]: typed errors in words, by variant.
//! - [`help`]: the parser's built-in texts, help layout and parse errors.
//! - the functions below: the names of the library's values.
//!
//! Never prints anything itself.

use std::borrow::Cow;
use std::ffi::OsString;
use std::path::Path;
use std::sync::{LazyLock, RwLock};

use chrono::NaiveDate;
use croise::input::{
    Dialect, ListFile, ListFormat, Notice, Role, TextEncoding, WorkbookKind, number_ranges,
};
use croise::matching::{Confidence, Reason, Reasons};
use croise::records::{Rejection, Verdict};
pub use croise_lang::Lang;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

pub mod errors;
pub mod help;

/// The catalogues, embedded in the binary.
#[derive(RustEmbed)]
#[folder = "i18n"]
struct Catalogues;

/// The messages of this run's language (English until [`set`] is called).
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    load(&loader, lang());
    loader
});

fn load(loader: &FluentLanguageLoader, lang: Lang) {
    let id = lang
        .code()
        .parse()
        .expect("a language code is a language identifier");
    loader
        .load_languages(&Catalogues, &[id])
        .expect("the catalogues are embedded and valid");
    // Fluent wraps every argument in U+2068…U+2069 for right-to-left
    // scripts; a terminal would print them as invisible garbage.
    loader.set_use_isolating(false);
}

/// The message `id` of the run's language, with its arguments:
/// `fl!("check-rows-read", count = …)`.
macro_rules! fl {
    ($id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($id:literal, $($args:expr),* $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args),*)
    }};
}

pub(crate) use fl;

static LANG: RwLock<Option<Lang>> = RwLock::new(None);

/// Whether the words are for the local interface rather than the command
/// line: a few errors then say what to click instead of which option to
/// type ([`errors`]).
static INTERFACE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, words are for the local interface.
pub fn for_interface() {
    INTERFACE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether words are for the local interface.
pub fn in_interface() -> bool {
    INTERFACE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sets the language for the rest of the run, from the command line (once;
/// later calls are ignored: use [`switch`] to change it).
pub fn set(lang: Lang) {
    let first = {
        let mut current = LANG.write().unwrap_or_else(|e| e.into_inner());
        current.is_none() && current.replace(lang).is_none()
    };
    // Outside the lock: the first use of LOADER reads the language.
    if first {
        load(&LOADER, lang);
    }
}

/// Changes the language of every later message: the local interface's
/// "English / français" switch. Its one user sees one language at a time,
/// so the choice is the process's.
pub fn switch(lang: Lang) {
    *LANG.write().unwrap_or_else(|e| e.into_inner()) = Some(lang);
    load(&LOADER, lang);
}

/// The language of this run: English until [`set`] is called, so unit
/// tests that never set it see the English text.
pub fn lang() -> Lang {
    LANG.read()
        .unwrap_or_else(|e| e.into_inner())
        .unwrap_or(Lang::En)
}

/// Decides the language, in order: `--lang` on the command line; the first
/// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (as POSIX
/// programs do); on Windows, where these variables are usually unset, the
/// user's display language; else English. `LANGUAGE` (GNU gettext's list)
/// is not read.
pub fn detect(args: &[OsString]) -> Lang {
    from_args(args)
        .or_else(|| {
            Lang::from_env(|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()))
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
        if let Some(lang) = value.and_then(|v| v.parse().ok()) {
            found = Some(lang);
        }
    }
    found
}

/// The user's display language on Windows (`fr-FR`…).
#[cfg(windows)]
fn from_system() -> Option<Lang> {
    sys_locale::get_locale().map(|l| Lang::of_locale(&l))
}

/// Elsewhere the locale variables are the system's answer.
#[cfg(not(windows))]
fn from_system() -> Option<Lang> {
    None
}

// ---- arguments of messages --------------------------------------------------

/// A value croise did not write itself (read from a manifest, a list, a
/// file name), fit for the terminal: control, escape and bidirectional
/// characters are replaced (see [`croise::safe::for_screen`]).
pub fn outside(text: &str) -> Cow<'_, str> {
    croise::safe::for_screen(text)
}

/// A path, as [`outside`] shows it.
pub fn path(path: &Path) -> String {
    croise::safe::for_screen(&path.display().to_string()).into_owned()
}

/// A count, grouped as the run's language writes it (`1 000`, `1,000`).
pub fn count(n: impl TryInto<u64>) -> String {
    lang().count(n.try_into().unwrap_or(u64::MAX))
}

/// A plural selector: the number itself, for `{ $n -> [one] … }`.
pub fn n(n: impl TryInto<u64>) -> u64 {
    n.try_into().unwrap_or(u64::MAX)
}

/// An elapsed time (`0,4 s`, `0.4 s`).
pub fn duration(elapsed: std::time::Duration) -> String {
    lang().duration(elapsed)
}

/// A date in a sentence: in words in French (`1er octobre 2026`); in
/// English as the ISO date that `--reference-date` takes (`2026-10-01`),
/// which scripts read.
pub fn date(date: NaiveDate) -> String {
    match lang() {
        Lang::Fr => Lang::Fr.date(date),
        Lang::En => date.to_string(),
    }
}

// ---- the library's values in words ------------------------------------------

/// Row numbers as ranges, at most `limit` items: `3, 5–9 et 4 autres`.
pub fn rows(numbers: &[u64], limit: usize) -> String {
    match number_ranges(numbers, limit) {
        (shown, 0) => shown,
        (shown, more) => fl!("rows-and-more", shown = shown, more = count(more as u64)),
    }
}

/// Why a row was rejected.
pub fn rejection(reason: Rejection) -> String {
    match reason {
        Rejection::MissingBirthDate => fl!("rejection-missing-birth-date"),
        Rejection::PartialBirthDate => fl!("rejection-partial-birth-date"),
        Rejection::ImpossibleBirthDate => fl!("rejection-impossible-birth-date"),
        Rejection::UnreadableBirthDate => fl!("rejection-unreadable-birth-date"),
        Rejection::MissingSurname => fl!("rejection-missing-surname"),
        Rejection::MissingGivenName => fl!("rejection-missing-given-name"),
        Rejection::PlaceholderName => fl!("rejection-placeholder-name"),
        Rejection::PlaceholderGivenName => fl!("rejection-placeholder-given-name"),
    }
}

/// What a column holds.
pub fn role(role: Role) -> String {
    match role {
        Role::BirthName => fl!("role-birth-name"),
        Role::UsageName => fl!("role-usage-name"),
        Role::GivenNames => fl!("role-given-names"),
        Role::BirthDate => fl!("role-birth-date"),
        Role::Sex => fl!("role-sex"),
        Role::LocalId => fl!("role-local-id"),
    }
}

/// A confidence level, as people say it (`sûr`, `probable`, `à vérifier`).
pub fn confidence(c: Confidence) -> String {
    match c {
        Confidence::Sure => fl!("confidence-sure"),
        Confidence::Probable => fl!("confidence-probable"),
        Confidence::ToReview => fl!("confidence-to-review"),
    }
}

/// Why a link is not surer, in plain words.
pub fn reason(r: Reason) -> String {
    match r {
        Reason::GivenNameDiffers => fl!("reason-given-name-differs"),
        Reason::NamesPartly => fl!("reason-names-partly"),
        Reason::NamesNear => fl!("reason-names-near"),
        Reason::DayMonthSwapped => fl!("reason-day-month-swapped"),
        Reason::DateOneDigit => fl!("reason-date-one-digit"),
        Reason::SameYearOnly => fl!("reason-same-year-only"),
        Reason::SameDayMonthOnly => fl!("reason-same-day-month-only"),
        Reason::CommonNames => fl!("reason-common-names"),
        Reason::SeveralCandidates => fl!("reason-several-candidates"),
        Reason::Duplicate => fl!("reason-duplicate"),
        Reason::JanuaryFirst => fl!("reason-january-first"),
    }
}

/// A link's reasons, in plain words, in [`Reason::ALL`] order.
pub fn reasons(r: Reasons) -> String {
    r.iter().map(reason).collect::<Vec<_>>().join(", ")
}

/// `croise check`'s verdict.
pub fn verdict(v: Verdict) -> String {
    match v {
        Verdict::Usable => fl!("verdict-usable"),
        Verdict::UsableWithWarnings => fl!("verdict-usable-with-warnings"),
        Verdict::ToCorrect => fl!("verdict-to-correct"),
        Verdict::Unusable => fl!("verdict-unusable"),
    }
}

pub fn encoding(e: TextEncoding) -> String {
    match e {
        TextEncoding::Utf8 => fl!("encoding-utf8"),
        TextEncoding::Utf8WithBom => fl!("encoding-utf8-bom"),
        TextEncoding::Windows1252 => fl!("encoding-windows-1252"),
        TextEncoding::Utf16Le => fl!("encoding-utf16-le"),
        TextEncoding::Utf16Be => fl!("encoding-utf16-be"),
    }
}

/// The delimiter of a CSV list: `point-virgule (;)`, `semicolon (;)`.
pub fn delimiter(d: &Dialect) -> String {
    match d.delimiter {
        b';' => fl!("delimiter-semicolon"),
        b',' => fl!("delimiter-comma"),
        b'\t' => fl!("delimiter-tab"),
        b'|' => fl!("delimiter-bar"),
        _ => fl!("delimiter-other"),
    }
}

pub fn workbook(kind: WorkbookKind) -> String {
    match kind {
        WorkbookKind::Xlsx => fl!("workbook-xlsx"),
        WorkbookKind::Xlsb => fl!("workbook-xlsb"),
        WorkbookKind::Xls => fl!("workbook-xls"),
        WorkbookKind::Ods => fl!("workbook-ods"),
    }
}

/// How a list is written: `CSV, UTF-8, séparateur point-virgule (;), fins
/// de ligne CRLF`.
pub fn describe(list: &ListFile) -> String {
    match &list.format {
        ListFormat::Csv => fl!(
            "list-format-csv",
            encoding = encoding(list.dialect.encoding),
            delimiter = delimiter(&list.dialect),
            line_ends = if list.dialect.crlf { "CRLF" } else { "LF" }
        ),
        ListFormat::Workbook { kind, sheet } => fl!(
            "list-format-workbook",
            kind = workbook(*kind),
            sheet = outside(sheet)
        ),
    }
}

/// Something about a list worth telling its holder.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::MixedEncoding { lines } => fl!(
            "notice-mixed-encoding",
            n = n(lines.len()),
            count = count(lines.len()),
            rows = rows(lines, 20)
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

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

    /// The message ids of one catalogue, read from its embedded file.
    fn ids(lang: Lang) -> BTreeSet<String> {
        let file = Catalogues::get(&format!("{}/croise_cli.ftl", lang.code()))
            .expect("the catalogue is embedded");
        let text = std::str::from_utf8(&file.data).expect("UTF-8");
        let loader = fluent_language_loader!();
        let id: i18n_embed::unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        loader
            .load_languages(&Catalogues, std::slice::from_ref(&id))
            .unwrap();
        let parsed: BTreeSet<String> = loader.with_message_iter(&id, |messages| {
            messages.map(|m| m.id.name.to_string()).collect()
        });
        // The loader skips an entry it cannot parse: count the lines that
        // start a message too, so that a syntax error cannot hide one.
        let written: BTreeSet<String> = text
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string()))
            .collect();
        assert_eq!(parsed, written, "{lang}: an entry does not parse");
        parsed
    }

    #[test]
    fn both_catalogues_have_the_same_messages() {
        let fr = ids(Lang::Fr);
        let en = ids(Lang::En);
        let only_fr: Vec<_> = fr.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&fr).collect();
        assert!(
            only_fr.is_empty() && only_en.is_empty(),
            "only in French: {only_fr:?}; only in English: {only_en:?}"
        );
        assert!(fr.len() > 200, "{} messages", fr.len());
    }

    #[test]
    fn no_isolation_mark_and_french_plurals() {
        let loader = fluent_language_loader!();
        load(&loader, Lang::Fr);
        let one = i18n_embed_fl::fl!(loader, "reveal-finish", n = 1u64, count = "1");
        assert_eq!(one, "1 ligne rapprochée révélée");
        let zero = i18n_embed_fl::fl!(loader, "reveal-rows-linked", n = 0u64, count = "0");
        assert_eq!(zero, "Aucune de vos lignes n'a été rapprochée.");
        let many = i18n_embed_fl::fl!(
            loader,
            "reveal-finish",
            n = 1000u64,
            count = Lang::Fr.count(1000)
        );
        assert_eq!(many, "1\u{202F}000 lignes rapprochées révélées");
        assert!(!many.contains(['\u{2068}', '\u{2069}']));
        // Once "1 participants".
        let one_party = i18n_embed_fl::fl!(
            loader,
            "match-finish",
            records_n = 2u64,
            records = "2",
            parties_n = 1u64,
            parties = "1",
            candidates_n = 1u64,
            candidates = "1",
            links_n = 0u64,
            links = "0"
        );
        assert_eq!(
            one_party,
            "2 enregistrements de 1 participant rapprochés (1 paire candidate) : 0 rapprochement"
        );
    }
}
