//! The outputs do not depend on the number of threads: tokenize, match and
//! reveal run with one thread and with several give byte-for-byte the same
//! files (compared after decryption, since age encryption is randomised).
//! The lists are generated, large enough to span many parallel work items.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use common::{COORDINATOR, PartySpec, TestEnv, os};
use croise_sample::{Preset, SampleSpec, write_sample};

const PARTIES: [PartySpec; 2] = [
    PartySpec {
        id: "stemo",
        side: "justice",
        name: "STEMO",
    },
    PartySpec {
        id: "ml",
        side: "mission-locale",
        name: "Mission Locale",
    },
];

/// Runs the binary with `RAYON_NUM_THREADS=threads` and asserts success.
fn croise(env: &TestEnv, threads: usize, args: Vec<OsString>) {
    let output = Command::new(env!("CARGO_BIN_EXE_croise"))
        .args(&args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .current_dir(env.root())
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "{args:?} with {threads} thread(s): {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn tokenize(env: &TestEnv, threads: usize, party: &str, list: &Path, out: &Path) {
    let mut args = vec![os("tokenize"), list.into()];
    args.extend(env.holder_options("campaign", party, party));
    args.extend([os("--out"), out.into()]);
    croise(env, threads, args);
}

fn match_(env: &TestEnv, threads: usize, files: &[PathBuf], out_dir: &Path) {
    let mut args = vec![os("match")];
    args.extend(files.iter().map(OsString::from));
    args.extend([
        os("--campaign"),
        env.manifest_path().into(),
        os("--identity"),
        env.identity_path(COORDINATOR).into(),
        os("--out-dir"),
        out_dir.into(),
    ]);
    croise(env, threads, args);
}

fn reveal(env: &TestEnv, threads: usize, party: &str, list: &Path, result: &Path, out: &Path) {
    let mut args = vec![os("reveal"), list.into(), os("--result"), result.into()];
    args.extend(env.holder_options("campaign", party, party));
    args.extend([os("--out"), out.into()]);
    croise(env, threads, args);
}

#[test]
fn outputs_are_identical_with_one_thread_and_with_several() {
    // 6,000 rows a side: above the default bound of 5,000 records.
    let env = TestEnv::new_with(&PARTIES, &["--max-records-default", "6000"]);
    let data = env.path("data");
    let reference = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    // 6,000 rows a side: several chunks of rows and many chunks of records.
    let spec = SampleSpec::new(Preset::Realistic, 6_000, 6_000, reference, 7);
    write_sample(&spec, &data, &mut |_, _| {}).expect("generated lists");
    let lists = [data.join("justice.csv"), data.join("mission-locale.csv")];

    let thread_counts = [1, 2, 3];
    // Token files: the decrypted content is the same for every thread count.
    let mut token_files = Vec::new();
    for (party, list) in PARTIES.iter().zip(&lists) {
        let mut plain = Vec::new();
        for threads in thread_counts {
            let out = env.path(format!("t{threads}/{}.tokens.age", party.id));
            tokenize(&env, threads, party.id, list, &out);
            plain.push(env.decrypt(COORDINATOR, &out));
            if threads == 1 {
                token_files.push(out);
            }
        }
        assert!(plain[0].len() > 100_000, "a sizeable token file");
        for other in &plain[1..] {
            assert!(*other == plain[0], "{}: token files differ", party.id);
        }
    }

    // Results and summary: the same for every thread count.
    let mut results: Vec<Vec<Vec<u8>>> = Vec::new();
    for threads in thread_counts {
        let out = env.path(format!("r{threads}"));
        match_(&env, threads, &token_files, &out);
        let mut files: Vec<Vec<u8>> = PARTIES
            .iter()
            .map(|p| env.decrypt(p.id, &out.join(format!("{}.result.age", p.id))))
            .collect();
        // The summary, less the run date (a run may cross midnight) and the
        // tag over it.
        let summary = std::fs::read_to_string(out.join("summary.toml")).unwrap();
        let kept: Vec<&str> = summary
            .lines()
            .filter(|l| !l.starts_with("run_date") && !l.starts_with("mac"))
            .collect();
        files.push(kept.join("\n").into_bytes());
        results.push(files);
    }
    let links = env.open_result("stemo", &env.path("r1/stemo.result.age"));
    assert!(links.links.len() > 1000, "many links");
    for other in &results[1..] {
        assert!(*other == results[0], "match results differ");
    }

    // Revealed rows: the same for every thread count.
    for (party, list) in PARTIES.iter().zip(&lists) {
        let result = env.path(format!("r1/{}.result.age", party.id));
        let revealed: Vec<Vec<u8>> = thread_counts
            .iter()
            .map(|threads| {
                let out = env.path(format!("v{threads}/{}-links.csv", party.id));
                reveal(&env, *threads, party.id, list, &result, &out);
                std::fs::read(&out).unwrap()
            })
            .collect();
        for other in &revealed[1..] {
            assert!(*other == revealed[0], "{}: revealed rows differ", party.id);
        }
    }
}
