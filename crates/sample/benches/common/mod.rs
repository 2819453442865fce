//! Shared set-up of the benchmarks: generated lists and a campaign made as
//! the organiser makes one (`croise_sample::flow`, as the evaluation does), in a
//! temporary folder. Every person is invented.

#![allow(dead_code)]

use std::path::PathBuf;

use chrono::NaiveDate;
use croise::campaign::{CoordinatorContext, HolderContext, Side};
use croise::format::tokens::TokenFile;
use croise::input::{ListFile, ReadOptions};
use croise::matching::{self, Rekey, Submission};
use croise::tokenize::tokenize;
use croise_sample::flow::{Flow, Participant};
use croise_sample::{Preset, SampleSpec, write_sample};

/// Two generated lists of `rows` rows each (realistic preset, seed 1), the
/// data holders' contexts and the coordinator's.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    /// Justice then Mission Locale.
    pub lists: [PathBuf; 2],
    pub holders: [HolderContext; 2],
    pub coordinator: CoordinatorContext,
    pub rows: usize,
}

pub fn fixture(rows: usize) -> Fixture {
    let dir = tempfile::tempdir().expect("temporary folder");
    let reference_date = NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    let spec = SampleSpec::new(Preset::Realistic, rows, rows, reference_date, 1);
    write_sample(&spec, dir.path(), &mut |_, _| {}).expect("generator");
    let flow = Flow::create(
        dir.path(),
        &format!("bench {rows}"),
        reference_date,
        &[
            Participant::new("stemo", "stemo", Side::Justice),
            Participant::new("mission-locale", "mission-locale", Side::MissionLocale),
        ],
    )
    .expect("campaign");
    let [justice, mission_locale]: [HolderContext; 2] =
        flow.holders.try_into().ok().expect("two holders");
    Fixture {
        lists: [
            dir.path().join("justice.csv"),
            dir.path().join("mission-locale.csv"),
        ],
        holders: [justice, mission_locale],
        coordinator: flow.coordinator,
        rows,
        dir,
    }
}

impl Fixture {
    pub fn list(&self, side: usize) -> ListFile {
        ListFile::open(&self.lists[side], &ReadOptions::default()).expect("list")
    }

    /// Both token files, as the coordinator holds them after re-keying.
    pub fn submissions(&self) -> Vec<Submission> {
        let rekey = Rekey::fresh().expect("randomness");
        let files: Vec<(PathBuf, TokenFile)> = (0..2)
            .map(|side| {
                let mut file = tokenize(&self.holders[side], &self.list(side))
                    .expect("tokenize")
                    .file;
                rekey.apply(&mut file);
                (self.lists[side].clone(), file)
            })
            .collect();
        matching::accept(&self.coordinator.manifest, files).expect("accepted")
    }
}

/// The sizes of the issue: 10,000, 100,000 and 1,000,000 rows a side. Set
/// `CROISE_BENCH_MAX_ROWS` to stop earlier (e.g. 100000 for a quick run).
pub fn sizes() -> Vec<usize> {
    let max: usize = std::env::var("CROISE_BENCH_MAX_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    [10_000, 100_000, 1_000_000]
        .into_iter()
        .filter(|n| *n <= max)
        .collect()
}
