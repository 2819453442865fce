//! `croise` with no argument: a short welcome that names the three next
//! commands, so that someone who double-clicks or types `croise` alone is
//! not met by a usage error.

use crate::i18n::fl;

/// Prints the welcome (exit 0).
///
/// Hook for the local web interface (issue 12, "later"): when it exists,
/// start it here instead of printing, e.g. when croise was launched without
/// a terminal (a double-click) — the interface reuses the library and the
/// catalogues, never its own texts.
pub fn run() -> anyhow::Result<()> {
    println!("{}", fl!("welcome"));
    Ok(())
}
