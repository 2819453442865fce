//! `croise` with no argument. Typed in a terminal, it prints a short
//! welcome naming the next commands, so that nobody is met by a usage
//! error. Started by a double-click on Windows, it opens the local
//! interface (`croise ui`) instead: that is what a double-click means.
//!
//! The double-click behaviour, explicitly: croise is a console program on
//! every platform (so that the command line keeps its output). Started
//! from the Windows Explorer it therefore gets a console window of its
//! own; that window stays open while the interface runs, shows the
//! interface's address and says that closing it stops croise. Elsewhere a
//! double-click is left to the desktop (a launcher runs `croise ui`).

use crate::i18n::fl;

/// Prints the welcome, or opens the interface when double-clicked.
pub fn run() -> anyhow::Result<()> {
    if started_by_double_click() {
        eprintln!("{}", fl!("ui-double-click"));
        return crate::ui::run(crate::ui::Args::double_click(), None);
    }
    println!("{}", fl!("welcome"));
    Ok(())
}

/// Whether croise was started from the Windows Explorer: a console program
/// started there gets a console of its own, while one started from a
/// Command Prompt or PowerShell shares theirs. `GetConsoleProcessList`
/// counts the processes attached to the console: croise alone means a
/// double-click.
#[cfg(windows)]
fn started_by_double_click() -> bool {
    let mut ids = [0u32; 2];
    // SAFETY: `ids` is valid for writing `ids.len()` process ids, the
    // length passed; the function writes at most that many and has no
    // other effect.
    #[allow(unsafe_code)]
    let attached = unsafe {
        windows_sys::Win32::System::Console::GetConsoleProcessList(
            ids.as_mut_ptr(),
            ids.len() as u32,
        )
    };
    attached == 1
}

/// Elsewhere a program started without a terminal is not told apart from
/// one started by a script, so `croise` alone always prints the welcome.
#[cfg(not(windows))]
fn started_by_double_click() -> bool {
    false
}
