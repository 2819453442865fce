//! Long work (tokenizing, matching) runs on a thread of its own while the
//! page that started it shows its progress and reloads itself every second
//! (no script needed). The library tells progress through the same
//! callback the command line's bar uses: stage names and counts, never a
//! value from a list.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::i18n::errors::Report;

/// How a job stands.
#[derive(Clone)]
pub enum Status {
    Running {
        stage: &'static str,
        done: u64,
        total: u64,
    },
    /// Finished: where to send the browser.
    Done(String),
    Failed(Report),
}

/// The jobs of this run, by number.
#[derive(Default, Clone)]
pub struct Jobs {
    inner: Arc<Mutex<JobTable>>,
}

#[derive(Default)]
struct JobTable {
    next: u64,
    jobs: HashMap<u64, Status>,
    /// What each job does (`tokenize CAMPAIGN`…), so the same work is not
    /// started twice by a second click.
    subjects: HashMap<u64, String>,
}

impl Jobs {
    /// Starts `work` on its own thread and returns its number. `work` is
    /// given the progress callback and returns where to go when done.
    ///
    /// `subject` says what the job does (`tokenize CAMPAIGN`): while a job
    /// with the same subject runs, its number is returned and nothing new
    /// starts (a second click on a button, a page sent again).
    pub fn start(
        &self,
        subject: &str,
        work: impl FnOnce(&(dyn Fn(&'static str, u64, u64) + Sync)) -> anyhow::Result<String>
        + Send
        + 'static,
    ) -> u64 {
        let number = {
            let mut table = self.lock();
            let running = table.subjects.iter().find_map(|(n, s)| {
                (s == subject && matches!(table.jobs.get(n), Some(Status::Running { .. })))
                    .then_some(*n)
            });
            if let Some(n) = running {
                return n;
            }
            table.next += 1;
            let n = table.next;
            table.subjects.insert(n, subject.to_string());
            table.jobs.insert(
                n,
                Status::Running {
                    stage: "",
                    done: 0,
                    total: 0,
                },
            );
            n
        };
        let jobs = self.clone();
        std::thread::spawn(move || {
            let progress = |stage: &'static str, done: u64, total: u64| {
                jobs.lock()
                    .jobs
                    .insert(number, Status::Running { stage, done, total });
            };
            // A bug must not leave the page waiting for ever, nor keep the
            // server from stopping: a panic ends the job as failed (the
            // panic's own message went to standard error, as any panic's).
            let outcome =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&progress)));
            let status = match outcome {
                Ok(Ok(next)) => Status::Done(next),
                Ok(Err(error)) => Status::Failed(crate::i18n::errors::report(&error)),
                Err(_) => Status::Failed(Report {
                    message: crate::i18n::fl!("ui-job-panicked"),
                    causes: Vec::new(),
                }),
            };
            jobs.lock().jobs.insert(number, status);
        });
        number
    }

    /// How job `number` stands, if it exists.
    pub fn status(&self, number: u64) -> Option<Status> {
        self.lock().jobs.get(&number).cloned()
    }

    /// Whether any job is still running (the server waits for it before
    /// stopping when idle).
    pub fn busy(&self) -> bool {
        self.lock()
            .jobs
            .values()
            .any(|s| matches!(s, Status::Running { .. }))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, JobTable> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(jobs: &Jobs, n: u64) -> Status {
        loop {
            match jobs.status(n) {
                Some(Status::Running { .. }) => {
                    std::thread::sleep(std::time::Duration::from_millis(5))
                }
                Some(other) => return other,
                None => panic!("no job {n}"),
            }
        }
    }

    #[test]
    fn the_same_work_is_not_started_twice_while_it_runs() {
        let jobs = Jobs::default();
        let (go, wait_for_go) = std::sync::mpsc::channel::<()>();
        let first = jobs.start("tokenize a", move |_| {
            wait_for_go.recv().unwrap();
            Ok("/done".to_string())
        });
        // A second click while it runs: the same job.
        assert_eq!(
            jobs.start("tokenize a", |_| Ok("/other".to_string())),
            first
        );
        // Other work starts.
        let other = jobs.start("tokenize b", |_| Ok("/b".to_string()));
        assert_ne!(other, first);
        assert!(jobs.busy());
        go.send(()).unwrap();
        assert!(matches!(wait(&jobs, first), Status::Done(next) if next == "/done"));
        // Once done, the same work may start again (and fail there if its
        // file exists).
        assert_ne!(
            jobs.start("tokenize a", |_| Ok("/again".to_string())),
            first
        );
    }

    #[test]
    fn a_job_that_fails_or_panics_ends_as_failed() {
        let jobs = Jobs::default();
        let failed = jobs.start("x", |_| Err(anyhow::anyhow!("refused")));
        assert!(matches!(wait(&jobs, failed), Status::Failed(r) if r.message == "refused"));
        let panicked = jobs.start("y", |_| panic!("a bug"));
        assert!(matches!(wait(&jobs, panicked), Status::Failed(_)));
        assert!(!jobs.busy());
    }
}
