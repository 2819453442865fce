//! The `croise` command: decides the language, parses arguments, calls the
//! library, prints. Errors are printed once, here, with their context
//! chain, in the user's language (`i18n`).
//!
//! Exit codes: 0 success; 1 the command failed (message on stderr);
//! 2 the command line is wrong.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::FromArgMatches;

mod cmd;
mod harden;
mod i18n;
mod progress;

/// Tokenizing allocates many small strings on every thread; mimalloc does
/// that about 15 % faster than the system allocator on a national list
/// (README, "Performance").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use i18n::fl;

fn main() -> ExitCode {
    // Before anything is read: no core dump, no memory dump of this process.
    for warning in harden::process() {
        croise::notice::push(warning);
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    // Before parsing, so that `--help` and parse errors are localised too.
    i18n::set(i18n::detect(&args));
    let matches = i18n::help::command()
        .try_get_matches_from(args)
        .unwrap_or_else(|e| i18n::help::exit(e));
    let cli = cmd::Cli::from_arg_matches(&matches).unwrap_or_else(|e| i18n::help::exit(e));
    let outcome = cmd::run(cli);
    for notice in croise::notice::take() {
        eprintln!("{}", fl!("line-warning", notice = i18n::outside(&notice)));
    }
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            i18n::errors::report(&error).print();
            ExitCode::from(1)
        }
    }
}
