//! Progress of long commands on the terminal (part of the binary, not the
//! library): a bar on standard error while the library reports progress
//! through its callback (see `croise::Progress`), and one final line with
//! counts and elapsed time.
//!
//! The bar is drawn only when standard error is a terminal, so logs and
//! scripts see nothing of it; `--quiet` silences the bar and the final line.
//! Nothing here ever shows a value from a list: only stage names and counts.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Progress display of one command.
pub struct Reporter {
    quiet: bool,
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Reporter {
    /// A reporter drawing a bar if standard error is a terminal and `quiet`
    /// is not set.
    pub fn new(quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Reporter {
            quiet,
            bar,
            started: Instant::now(),
        }
    }

    /// The callback to give the library.
    pub fn callback(&self) -> impl Fn(&'static str, u64, u64) + Sync + '_ {
        move |stage, done, total| {
            let Some(bar) = &self.bar else { return };
            if bar.message() != stage || (total > 0) != bar.length().is_some_and(|l| l > 0) {
                bar.set_style(style(total > 0));
                bar.set_message(stage);
                bar.reset_eta();
            }
            if total > 0 {
                bar.set_length(total);
            } else {
                bar.unset_length();
            }
            bar.set_position(done);
        }
    }

    /// Removes the bar and prints `summary` followed by the elapsed time on
    /// standard error (unless quiet).
    pub fn finish(&self, summary: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if !self.quiet {
            eprintln!(
                "{}",
                crate::cmd::i18n::tr!(
                    "croise : {} en {:.1} s",
                    "croise: {} in {:.1} s",
                    summary,
                    self.started.elapsed().as_secs_f64()
                )
            );
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        // On an error, clear the bar before the message is printed.
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn style(known_total: bool) -> ProgressStyle {
    let template = if known_total {
        "{msg:>10} [{bar:32}] {human_pos}/{human_len} ({eta} left)"
    } else {
        "{spinner} {msg:>10} {human_pos}"
    };
    ProgressStyle::with_template(template)
        .expect("valid template")
        .progress_chars("=> ")
}

/// `1234567` as `1,234,567`, for the final lines.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_thousands_separators() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(1234567), "1,234,567");
    }
}
