//! The console excerpts of the documentation are transcripts that the real
//! binary replays: every ```` ```console ```` block of `README.md`,
//! `docs/guide-utilisateur.md` and the transcripts of refusals in
//! `crates/cli/tests/transcripts/` is run, command by command, and what croise
//! prints must be what the page shows. A change of wording is then a
//! reviewed diff of the docs, and the docs cannot drift from the program.
//!
//! How a page says where a block runs: an HTML comment just before the
//! block (invisible once rendered), one directive a line:
//!
//! ```text
//! <!-- transcript
//! in: ml-nancy                                  folder of this participant
//! env: LANG=fr_FR.UTF-8                         for this block's commands
//! sample: ml-nancy.csv -> liste.csv             a bundled sample, copied in
//! fixture: autre.csv                            from crates/cli/tests/docs/
//! copy: organiser/campagne/campaign.toml -> campaign.toml
//! identity: coordinator -> age1…                another participant's identity
//!                                               (DIR/identity.txt, or a file named),
//!                                               made unseen, its recipient tied
//!                                               to the page's
//! skip: why this block is not replayed
//! -->
//! ```
//!
//! Folders are relative to one temporary root per page, kept across the
//! blocks of the page, so that the walk-through runs in order as a reader
//! would follow it. Commands run through `sh -c` with standard error
//! merged into standard output, as a terminal shows them.
//!
//! Values that differ at every run (age recipients and their check codes,
//! campaign identifiers, fingerprints, digests, handles, elapsed times) are learned: the first
//! time a value of the page meets a value of the run at the same place,
//! the two are tied, and later commands of the page are run with the run's
//! value; every later appearance must agree with the tie.
//!
//! `CROISE_UPDATE_DOCS=1 cargo test --test docs` rewrites the pages'
//! outputs with what the binary printed (the page's own values kept), to be
//! reviewed with `git diff`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One ```` ```console ```` block: its directives and its lines.
struct Block {
    /// Line numbers (0-based) of the first and last content lines.
    first: usize,
    last: usize,
    directives: Vec<(String, String)>,
    lines: Vec<String>,
}

fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let directives = directives_before(&lines, i);
        let first = i + 1;
        let mut end = first;
        while end < lines.len() && lines[end].trim_end() != "```" {
            end += 1;
        }
        found.push(Block {
            first,
            last: end,
            directives,
            lines: lines[first..end].iter().map(|l| l.to_string()).collect(),
        });
        i = end + 1;
    }
    found
}

/// The `<!-- transcript … -->` comment ending on the line before `at`,
/// blank lines allowed between.
fn directives_before(lines: &[&str], at: usize) -> Vec<(String, String)> {
    let mut end = at;
    while end > 0 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    if end == 0 || !lines[end - 1].trim_end().ends_with("-->") {
        return Vec::new();
    }
    let mut start = end - 1;
    while start > 0 && !lines[start].trim_start().starts_with("<!--") {
        start -= 1;
    }
    if !lines[start].trim_start().starts_with("<!-- transcript") {
        return Vec::new();
    }
    lines[start + 1..end - 1]
        .iter()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// A command and the output the page shows for it.
struct Step {
    command: String,
    expected: Vec<String>,
}

fn steps(block: &Block) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut continuing = false;
    for line in &block.lines {
        if continuing {
            let step = steps.last_mut().expect("a command");
            step.command.push('\n');
            step.command.push_str(line);
            continuing = line.ends_with('\\');
        } else if let Some(command) = line.strip_prefix("$ ") {
            steps.push(Step {
                command: command.to_string(),
                expected: Vec::new(),
            });
            continuing = command.ends_with('\\');
        } else if let Some(step) = steps.last_mut() {
            step.expected.push(line.clone());
        }
    }
    steps
}

/// The values that change at every run, as `(start, end)` byte spans.
fn variable_spans(line: &str) -> Vec<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    let is_hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
    let word_start = |i: usize| i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
    while i < bytes.len() {
        // An age recipient: "age1" and 58 bech32 characters.
        if line[i..].starts_with("age1") && word_start(i) {
            let end = i
                + 4
                + bytes[i + 4..]
                    .iter()
                    .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    .count();
            if end - i == 62 {
                spans.push((i, end));
                i = end;
                continue;
            }
        }
        // A recipient's check code: four groups of four characters of
        // Crockford's base 32 joined by hyphens (`K68E-PGWD-1KQ1-NATP`).
        if word_start(i) && i + 19 <= bytes.len() {
            let crockford =
                |b: u8| b.is_ascii_digit() || (b.is_ascii_uppercase() && !b"ILOU".contains(&b));
            let code = &bytes[i..i + 19];
            let shaped = code
                .iter()
                .enumerate()
                .all(|(k, &b)| if k % 5 == 4 { b == b'-' } else { crockford(b) });
            if shaped && !bytes.get(i + 19).is_some_and(|b| b.is_ascii_alphanumeric()) {
                spans.push((i, i + 19));
                i += 19;
                continue;
            }
        }
        // A digest shown in groups: eight groups of four hex digits.
        if word_start(i) {
            let mut end = i;
            let mut groups = 0;
            while groups < 8
                && end + 4 <= bytes.len()
                && bytes[end..end + 4].iter().all(|&b| is_hex(b))
            {
                groups += 1;
                end += 4;
                if groups < 8 {
                    if bytes.get(end) == Some(&b' ') {
                        end += 1;
                    } else {
                        break;
                    }
                }
            }
            if groups == 8 {
                spans.push((i, end));
                i = end;
                continue;
            }
        }
        // Identifiers, fingerprints, handles: 32 hex digits or more.
        if word_start(i) {
            let run = bytes[i..].iter().take_while(|&&b| is_hex(b)).count();
            let after = bytes.get(i + run);
            if run >= 32 && !after.is_some_and(|b| b.is_ascii_alphanumeric()) {
                spans.push((i, i + run));
                i += run;
                continue;
            }
        }
        // An elapsed time: "0.4 s", "12 s", "0,4 s" before " s".
        if word_start(i) && bytes[i].is_ascii_digit() {
            let run = bytes[i..]
                .iter()
                .take_while(|&&b| b.is_ascii_digit() || b == b'.' || b == b',')
                .count();
            let rest = &line[i + run..];
            let unit = [" s", "\u{a0}s", " ms", "\u{a0}ms"].into_iter().find(|u| {
                rest.starts_with(u) && !rest[u.len()..].starts_with(char::is_alphanumeric)
            });
            if let Some(unit) = unit {
                spans.push((i, i + run + unit.len()));
                i += run + unit.len();
                continue;
            }
        }
        i += line[i..].chars().next().map_or(1, char::len_utf8);
    }
    spans
}

/// Ties between the page's values and the run's.
#[derive(Default)]
struct Ties {
    page_to_run: HashMap<String, String>,
}

impl Ties {
    /// Whether `actual` is `expected` with its variable values tied (new
    /// ties are recorded only when the whole line agrees).
    fn agree(&mut self, expected: &str, actual: &str) -> bool {
        let (e_spans, a_spans) = (variable_spans(expected), variable_spans(actual));
        if e_spans.len() != a_spans.len() {
            return false;
        }
        let literal = |line: &str, spans: &[(usize, usize)]| {
            let mut parts = Vec::new();
            let mut at = 0;
            for &(s, e) in spans {
                parts.push(line[at..s].to_string());
                at = e;
            }
            parts.push(line[at..].to_string());
            parts
        };
        if literal(expected, &e_spans) != literal(actual, &a_spans) {
            return false;
        }
        let mut new = Vec::new();
        for (&(es, ee), &(as_, ae)) in e_spans.iter().zip(&a_spans) {
            let (page, run) = (&expected[es..ee], &actual[as_..ae]);
            // An elapsed time differs at every run and is never tied.
            if page.starts_with(|c: char| c.is_ascii_digit()) && page.ends_with('s') {
                continue;
            }
            match self.page_to_run.get(page) {
                Some(tied) if tied != run => return false,
                Some(_) => {}
                None => new.push((page.to_string(), run.to_string())),
            }
        }
        self.page_to_run.extend(new);
        true
    }

    /// A command of the page with the run's values.
    fn command(&self, command: &str) -> String {
        let mut out = command.to_string();
        for (page, run) in &self.page_to_run {
            out = out.replace(page.as_str(), run);
        }
        out
    }

    /// A line of the run with the page's values, for rewriting the page.
    fn to_page(&self, line: &str) -> String {
        let mut out = line.to_string();
        for (page, run) in &self.page_to_run {
            out = out.replace(run.as_str(), page);
        }
        out
    }
}

/// The page's elision: a line `…` alone stands for any number of lines.
const ELISION: &str = "…";

/// Whether the run's lines are the page's, elisions and ties allowed; the
/// ties are kept only when the whole output agrees.
fn output_agrees(ties: &mut Ties, expected: &[String], actual: &[&str]) -> bool {
    fn walk(ties: &mut Ties, expected: &[String], actual: &[&str]) -> bool {
        match expected.split_first() {
            None => actual.is_empty(),
            Some((e, rest)) if e.trim() == ELISION => (0..=actual.len()).any(|skip| {
                let mut trial = Ties {
                    page_to_run: ties.page_to_run.clone(),
                };
                let ok = walk(&mut trial, rest, &actual[skip..]);
                if ok {
                    *ties = trial;
                }
                ok
            }),
            Some((e, rest)) => match actual.split_first() {
                Some((a, more)) => ties.agree(e, a) && walk(ties, rest, more),
                None => false,
            },
        }
    }
    let mut trial = Ties {
        page_to_run: ties.page_to_run.clone(),
    };
    let ok = walk(&mut trial, expected, actual);
    if ok {
        *ties = trial;
    }
    ok
}

/// After a difference, ties what can still be tied: each line of the run
/// that agrees with some line of the page, so that the rest of the page
/// runs with the right values and can be rewritten.
fn learn(ties: &mut Ties, expected: &[String], actual: &[&str]) {
    for a in actual {
        for e in expected {
            let mut trial = Ties {
                page_to_run: ties.page_to_run.clone(),
            };
            if trial.agree(e, a) {
                *ties = trial;
                break;
            }
        }
    }
}

/// Replays one page under the environment `env` (its commands may add to
/// it); returns the failures, and the page rewritten with what the binary
/// printed where it differs.
fn replay(page: &Path, env: &[(&str, &str)]) -> (Vec<String>, String) {
    let text = fs::read_to_string(page).expect("page");
    let root = tempfile::tempdir().expect("temporary folder");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_croise"));
    let path = format!(
        "{}:{}",
        binary.parent().expect("folder").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ties = Ties::default();
    let mut failures = Vec::new();
    let mut rewritten: Vec<String> = text.lines().map(String::from).collect();
    let name = page
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    // Rewrite from the last block up, so that line numbers stay valid.
    let mut replacements = Vec::new();
    for block in blocks(&text) {
        let directives = &block.directives;
        let get = |key: &'static str| {
            directives
                .iter()
                .filter(move |(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        if get("skip").next().is_some() {
            continue;
        }
        let dir = root.path().join(get("in").next().unwrap_or("."));
        fs::create_dir_all(&dir).expect("folder");
        for spec in get("identity") {
            let (who, page_recipient) = spec.split_once("->").expect("identity: DIR -> age1…");
            let who = Path::new(who.trim());
            let (home, file) = if who.extension().is_some() {
                (
                    root.path().join(who.parent().expect("folder")),
                    who.file_name().expect("file"),
                )
            } else {
                (root.path().join(who), "identity.txt".as_ref())
            };
            fs::create_dir_all(&home).expect("folder");
            let made = Command::new(&binary)
                .args(["identity".as_ref(), "new".as_ref(), "--out".as_ref(), file])
                .current_dir(&home)
                .output()
                .expect("identity new");
            let recipient = String::from_utf8_lossy(&made.stdout).trim().to_string();
            assert!(made.status.success() && recipient.starts_with("age1"));
            ties.page_to_run
                .insert(page_recipient.trim().to_string(), recipient);
        }
        for spec in get("sample") {
            let (from, to) = spec.split_once("->").expect("sample: A -> B");
            let from = repo_root().join("samples").join(from.trim());
            let target = dir.join(to.trim());
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).expect("folder");
            }
            fs::copy(&from, target).expect("sample copied");
        }
        for spec in get("fixture") {
            let (from, to) = spec.split_once("->").unwrap_or((spec, spec));
            let from = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/docs")
                .join(from.trim());
            fs::copy(&from, dir.join(to.trim())).expect("fixture copied");
        }
        for spec in get("copy") {
            let (from, to) = spec.split_once("->").expect("copy: A -> B");
            let target = dir.join(to.trim());
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).expect("folder");
            }
            fs::copy(root.path().join(from.trim()), &target)
                .unwrap_or_else(|e| panic!("{name}: copy {spec}: {e}"));
        }
        let envs: Vec<(String, String)> = get("env")
            .map(|kv| {
                let (k, v) = kv.split_once('=').expect("env: NAME=value");
                (k.trim().to_string(), v.trim().to_string())
            })
            .collect();
        let mut printed = Vec::new();
        for step in steps(&block) {
            let command = ties.command(&step.command);
            let output = Command::new("sh")
                .arg("-c")
                .arg(format!("{command} 2>&1"))
                .current_dir(&dir)
                .env("PATH", &path)
                .env("LC_ALL", "")
                .env("LC_MESSAGES", "")
                .env("LANG", "C")
                .envs(env.iter().copied())
                .envs(envs.iter().map(|(k, v)| (k, v)))
                .output()
                .expect("sh runs");
            // The temporary root differs at every run: a page shows it as
            // `/…`, the folder a reader works in.
            let mut actual = String::from_utf8_lossy(&output.stdout).into_owned();
            for shown in [
                root.path().to_path_buf(),
                root.path().canonicalize().expect("root"),
            ] {
                actual = actual.replace(&shown.display().to_string(), "/…");
            }
            let actual: Vec<&str> = actual.lines().collect();
            let agrees = output_agrees(&mut ties, &step.expected, &actual);
            printed.push(format!("$ {}", step.command));
            if agrees {
                printed.extend(step.expected.iter().cloned());
            } else {
                learn(&mut ties, &step.expected, &actual);
                printed.extend(actual.iter().map(|l| ties.to_page(l)));
                failures.push(format!(
                    "{name}, block at line {}: `{}` printed\n{}\n--- where the page shows ---\n{}",
                    block.first,
                    step.command.lines().next().unwrap_or(""),
                    actual.join("\n"),
                    step.expected.join("\n")
                ));
            }
        }
        replacements.push((block.first, block.last, printed));
    }
    for (first, last, printed) in replacements.into_iter().rev() {
        rewritten.splice(first..last, printed);
    }
    let mut out = rewritten.join("\n");
    out.push('\n');
    (failures, out)
}

fn check_page(relative: &str, env: &[(&str, &str)]) {
    let page = repo_root().join(relative);
    let (failures, rewritten) = replay(&page, env);
    if std::env::var_os("CROISE_UPDATE_DOCS").is_some() {
        fs::write(&page, rewritten).expect("page rewritten");
        return;
    }
    assert!(
        failures.is_empty(),
        "{} console excerpt(s) of {relative} differ from what croise prints \
         (CROISE_UPDATE_DOCS=1 cargo test --test docs rewrites them):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn readme_console_excerpts_are_what_croise_prints() {
    check_page("README.md", &[]);
}

#[test]
fn the_french_guide_console_excerpts_are_what_croise_prints() {
    check_page("docs/guide-utilisateur.md", &[("LANG", "fr_FR.UTF-8")]);
}

/// The command line's answers to mistakes, as transcripts: French first.
#[test]
fn refusals_in_french_are_what_croise_prints() {
    check_page(
        "crates/cli/tests/transcripts/refus.md",
        &[("LANG", "fr_FR.UTF-8")],
    );
}

#[test]
fn refusals_in_english_are_what_croise_prints() {
    check_page("crates/cli/tests/transcripts/refusals.md", &[]);
}

#[test]
fn values_that_change_at_every_run_are_tied_once() {
    let mut ties = Ties::default();
    let page = "key 761592ca3e4d65269528d3b71da4333b for age1ea4a6qx5e6hl4tttjv95zshzapj5xkteerysq5hpj6kkm64ea94smdsve6";
    let run = "key 00112233445566778899aabbccddeeff for age12v5dzry36l9pnz6pyssuhcg53t86ncdr6l5juf2yzwdtatf94ajq0hvg03";
    assert!(ties.agree(page, run));
    assert!(ties.agree(
        "again 761592ca3e4d65269528d3b71da4333b",
        "again 00112233445566778899aabbccddeeff"
    ));
    assert!(!ties.agree(
        "again 761592ca3e4d65269528d3b71da4333b",
        "again ffffffffffffffffffffffffffffffff"
    ));
    assert!(!ties.agree("other words", "other wording"));
    assert!(ties.agree(
        "digest ebe4 b10f d4ac 125e f0d1 a5d3 29ce 6a14 ok",
        "digest 0000 1111 2222 3333 4444 5555 6666 7777 ok"
    ));
    assert!(ties.agree("done in 0.4 s", "done in 12 s"));
    assert_eq!(
        ties.command("show age1ea4a6qx5e6hl4tttjv95zshzapj5xkteerysq5hpj6kkm64ea94smdsve6"),
        "show age12v5dzry36l9pnz6pyssuhcg53t86ncdr6l5juf2yzwdtatf94ajq0hvg03"
    );
}
