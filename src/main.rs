//! The `croise` command: parses arguments, calls the library, prints.
//! Errors are printed once, here, with their context chain.
//!
//! Exit codes: 0 success; 1 the command failed (message on stderr);
//! 2 the command line is wrong.

use std::process::ExitCode;

use clap::Parser;

mod cmd;
mod progress;

/// Tokenizing allocates many small strings on every thread; mimalloc does
/// that about 15 % faster than the system allocator on a national list
/// (README, "Performance").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("croise: error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("  because: {cause}");
            }
            ExitCode::from(1)
        }
    }
}
