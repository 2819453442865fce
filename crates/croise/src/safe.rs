//! Neutralising text read from outside before it reaches a screen or a
//! spreadsheet.
//!
//! Why it exists: a list, a manifest or a file header is written by someone
//! else. A control character (ANSI escape, carriage return, backspace) can
//! redraw a terminal line, a bidirectional override can make `0042` read
//! `2400` or hide a digest, and a cell starting with `=` is a formula to
//! Excel. Every value croise did not write itself goes through [`for_screen`]
//! before it is printed (terminal, HTML page) and through
//! [`for_spreadsheet`] before it is written into a CSV cell. One place, so
//! that the rule cannot fork.
//!
//! Pure; never logs.

use std::borrow::Cow;

/// Whether a character must never reach a screen as itself: C0 and C1
/// controls (but not the tab, for which the caller decides), DEL,
/// bidirectional embeddings, overrides, isolates and marks, zero-width and
/// other invisible format characters, line and paragraph separators.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{A}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        | '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E007F}')
}

/// A value fit to print: every character of [`is_unsafe`] and the tab
/// replaced by `U+FFFD` (�), so that the reader sees that something was
/// there and the line cannot be redrawn or reordered. Borrowed when nothing
/// needed replacing.
pub fn for_screen(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\t' || is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c == '\t' || is_unsafe(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// A value fit for a CSV cell that a spreadsheet will open: a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula
/// (or becomes one) to Excel and LibreOffice, so it gets a leading
/// apostrophe, as the OWASP rule on CSV injection says. The value is
/// otherwise unchanged: a name keeps its letters, and an apostrophe is what
/// a user typing the same text into Excel would add.
pub fn for_spreadsheet(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            for_screen("Mission Locale de Metz – Nord"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(for_spreadsheet("DUPONT"), Cow::Borrowed(_)));
    }

    #[test]
    fn controls_and_bidi_never_reach_the_screen() {
        assert_eq!(for_screen("a\u{1b}[2Kb"), "a\u{FFFD}[2Kb");
        assert_eq!(for_screen("x\ry"), "x\u{FFFD}y");
        assert_eq!(for_screen("\u{202E}2400"), "\u{FFFD}2400");
        assert_eq!(for_screen("a\u{2066}b\u{2069}"), "a\u{FFFD}b\u{FFFD}");
        assert_eq!(for_screen("\u{9B}31m"), "\u{FFFD}31m");
        assert_eq!(for_screen("tab\there"), "tab\u{FFFD}here");
        assert_eq!(for_screen("zero\u{200B}width"), "zero\u{FFFD}width");
    }

    #[test]
    fn formulas_are_neutralised_for_spreadsheets() {
        for cell in ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(for_spreadsheet(cell), format!("'{cell}"));
        }
        assert_eq!(for_spreadsheet("JEAN-PAUL"), "JEAN-PAUL");
        assert_eq!(for_spreadsheet(""), "");
    }
}
