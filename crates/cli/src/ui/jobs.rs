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
}

impl Jobs {
    /// Starts `work` on its own thread and returns its number. `work` is
    /// given the progress callback and returns where to go when done.
    pub fn start(
        &self,
        work: impl FnOnce(&(dyn Fn(&'static str, u64, u64) + Sync)) -> anyhow::Result<String>
        + Send
        + 'static,
    ) -> u64 {
        let number = {
            let mut table = self.lock();
            table.next += 1;
            let n = table.next;
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
