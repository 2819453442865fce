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

use crate::i18n::{self, fl};

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
            let stage = stage_name(stage);
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
                fl!(
                    "line-finish",
                    summary = summary,
                    elapsed = i18n::duration(self.started.elapsed())
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

/// A stage the library reports (`"reading"`…), in the run's language; an
/// unknown one as it is.
pub(crate) fn stage_name(stage: &str) -> String {
    match stage {
        croise::tokenize::STAGE_READING => fl!("stage-reading"),
        croise::tokenize::STAGE_TOKENIZING => fl!("stage-tokenizing"),
        "re-keying" => fl!("stage-re-keying"),
        "linking" => fl!("stage-linking"),
        "revealing" => fl!("stage-revealing"),
        "generating" => fl!("stage-generating"),
        other => other.to_string(),
    }
}

fn style(known_total: bool) -> ProgressStyle {
    // `{eta}` is indicatif's placeholder, put where the language wants it.
    let template = if known_total {
        format!(
            "{{msg:>10}} [{{bar:32}}] {{human_pos}}/{{human_len}} {}",
            fl!("progress-eta", eta = "{eta}")
        )
    } else {
        "{spinner} {msg:>10} {human_pos}".to_string()
    };
    ProgressStyle::with_template(&template)
        .expect("valid template")
        .progress_chars("=> ")
}
