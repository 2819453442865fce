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
mod ui;

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
    quiet_on_broken_pipe();
    let args: Vec<OsString> = std::env::args_os().collect();
    // Before parsing, so that `--help` and parse errors are localised too.
    i18n::set(i18n::detect(&args));
    // `croise` alone: a welcome, not a usage error.
    if args.len() <= 1 {
        return finish(cmd::welcome::run());
    }
    let matches = i18n::help::command()
        .try_get_matches_from(args)
        .unwrap_or_else(|e| i18n::help::exit(e));
    let cli = cmd::Cli::from_arg_matches(&matches).unwrap_or_else(|e| i18n::help::exit(e));
    finish(cmd::run(cli))
}

/// Prints the warnings, then the error if any, and gives the exit code.
fn finish(outcome: anyhow::Result<()>) -> ExitCode {
    for notice in croise::notice::take() {
        eprintln!("{}", fl!("line-warning", notice = i18n::outside(&notice)));
    }
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            i18n::errors::report(&error).print();
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// `croise check … | head -1`: when the reader of standard output goes
/// away, `println!` panics ("failed printing to stdout: Broken pipe").
/// Nothing is left to say to anyone, so croise stops quietly with exit 0,
/// as ripgrep does, instead of printing a panic and exiting with 101. Any
/// other panic keeps the default report.
fn quiet_on_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe")
            || message.contains("os error 32")
        {
            std::process::exit(0);
        }
        default(info);
    }));
}
