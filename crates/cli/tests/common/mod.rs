//! Shared helpers for the integration tests: a [`TestEnv`] that builds a
//! temporary work tree, creates every participant's identity and a campaign
//! through the real binary, runs each role's command, records every byte the
//! binary prints, and opens the files it writes with the library so that
//! tests can look inside them.
//!
//! Layout of a test tree (all under one temporary folder):
//!
//! ```text
//! <party>/identity.txt          each data holder's secret identity
//! coordinator/identity.txt      the coordinator's
//! campaign/campaign.toml        the manifest
//! campaign/keys/<party>.key.age each party's key file
//! <party>/liste.csv             a party's list (copied by the test)
//! inbox/<party>.tokens.age      token files sent to the coordinator
//! results/                      result files and summary.toml
//! <party>/<party>-links.csv     a party's revealed rows
//! ```

// Each test crate uses a different part of these helpers.
#![allow(dead_code)]

use std::cell::RefCell;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::assert::{Assert, OutputAssertExt};
use croise::campaign::{CoordinatorContext, HolderContext};
use croise::format::result::ResultFile;
use croise::format::tokens::TokenFile;

/// The reference date every test campaign uses (the samples' one).
pub const REFERENCE_DATE: &str = "2026-10-01";

/// The variables croise reads to choose its language.
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The name the coordinator appears under in paths.
pub const COORDINATOR: &str = "coordinator";

/// A data-holding party of a test campaign.
#[derive(Debug, Clone, Copy)]
pub struct PartySpec {
    pub id: &'static str,
    /// `justice` or `mission-locale`, as given to `campaign new --party`.
    pub side: &'static str,
    pub name: &'static str,
}

/// The four parties of the bundled samples.
pub const SAMPLE_PARTIES: [PartySpec; 4] = [
    PartySpec {
        id: "stemo-nancy",
        side: "justice",
        name: "STEMO de Nancy",
    },
    PartySpec {
        id: "stemo-metz",
        side: "justice",
        name: "STEMO de Metz",
    },
    PartySpec {
        id: "ml-nancy",
        side: "mission-locale",
        name: "Mission Locale du Grand Nancy",
    },
    PartySpec {
        id: "ml-metz",
        side: "mission-locale",
        name: "Mission Locale de Metz",
    },
];

/// The folder of the bundled samples.
pub fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

/// A temporary work tree with identities for every participant and one
/// campaign, all made by the binary.
pub struct TestEnv {
    _dir: tempfile::TempDir,
    root: PathBuf,
    pub parties: Vec<PartySpec>,
    /// Every byte the binary printed (stdout then stderr of each run).
    transcript: RefCell<Vec<u8>>,
}

impl TestEnv {
    /// Creates identities for `parties` and the coordinator, and a campaign
    /// "Test" in `campaign/` with the reference date 2026-10-01.
    pub fn new(parties: &[PartySpec]) -> TestEnv {
        let mut env = TestEnv::bare();
        env.parties = parties.to_vec();
        for p in parties {
            env.new_identity(p.id);
        }
        env.new_identity(COORDINATOR);
        env.new_campaign("campaign", "Test").success();
        env
    }

    /// As [`TestEnv::new`], with `extra` added to `campaign new` (e.g.
    /// `--max-records-default 20000` for generated lists larger than the
    /// default bound).
    pub fn new_with(parties: &[PartySpec], extra: &[&str]) -> TestEnv {
        let mut env = TestEnv::bare();
        env.parties = parties.to_vec();
        for p in parties {
            env.new_identity(p.id);
        }
        env.new_identity(COORDINATOR);
        let mut args = env.campaign_args("campaign", "Test", parties, COORDINATOR);
        args.extend(extra.iter().map(|a| os(a)));
        env.run(args).success();
        env
    }

    /// An empty work tree: no identity, no campaign.
    pub fn bare() -> TestEnv {
        let dir = tempfile::Builder::new()
            .prefix("croise-test-")
            .tempdir()
            .expect("temporary folder");
        TestEnv {
            root: dir.path().to_path_buf(),
            _dir: dir,
            parties: Vec::new(),
            transcript: RefCell::new(Vec::new()),
        }
    }

    /// The four sample parties, each with its sample list copied to
    /// `<party>/liste.csv`.
    pub fn samples() -> TestEnv {
        let env = TestEnv::new(&SAMPLE_PARTIES);
        for p in &SAMPLE_PARTIES {
            std::fs::copy(
                samples_dir().join(format!("{}.csv", p.id)),
                env.list_path(p.id),
            )
            .expect("copy sample");
        }
        env
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path inside the work tree.
    pub fn path(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.root.join(relative)
    }

    pub fn party(&self, id: &str) -> PartySpec {
        *self
            .parties
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no party {id} in this test"))
    }

    /// `<party>/liste.csv`.
    pub fn list_path(&self, party: &str) -> PathBuf {
        self.path(party).join("liste.csv")
    }

    /// `<who>/identity.txt`, for a party or the coordinator.
    pub fn identity_path(&self, who: &str) -> PathBuf {
        self.path(who).join("identity.txt")
    }

    /// The public recipient of a participant, read back from its identity.
    pub fn recipient(&self, who: &str) -> String {
        self.identity(who).to_public().to_string()
    }

    pub fn manifest_path(&self) -> PathBuf {
        self.manifest_in("campaign")
    }

    pub fn manifest_in(&self, campaign_dir: &str) -> PathBuf {
        self.path(campaign_dir).join("campaign.toml")
    }

    pub fn key_path(&self, party: &str) -> PathBuf {
        self.key_in("campaign", party)
    }

    pub fn key_in(&self, campaign_dir: &str, party: &str) -> PathBuf {
        self.path(campaign_dir)
            .join("keys")
            .join(format!("{party}.key.age"))
    }

    /// `inbox/<party>.tokens.age`.
    pub fn tokens_path(&self, party: &str) -> PathBuf {
        self.path("inbox").join(format!("{party}.tokens.age"))
    }

    /// `results/<party>.result.age`.
    pub fn result_path(&self, party: &str) -> PathBuf {
        self.path("results").join(format!("{party}.result.age"))
    }

    /// `<party>/<party>-links.csv`.
    pub fn links_path(&self, party: &str) -> PathBuf {
        self.path(party).join(format!("{party}-links.csv"))
    }

    // ---- running the binary ----------------------------------------------

    /// Runs the binary in the work tree with `args`, records what it printed
    /// and returns it for assertions. No locale is passed on, so the binary
    /// speaks English whatever the machine's language.
    pub fn run<I, S>(&self, args: I) -> Assert
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.run_with_env(&[], args)
    }

    /// Runs the binary with `vars` (e.g. `LANG=fr_FR.UTF-8`) as its only
    /// locale variables.
    pub fn run_with_env<I, S>(&self, vars: &[(&str, &str)], args: I) -> Assert
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut command = Command::new(env!("CARGO_BIN_EXE_croise"));
        for var in LOCALE_VARS {
            command.env_remove(var);
        }
        let output = command
            .envs(vars.iter().copied())
            .args(args)
            .current_dir(&self.root)
            .output()
            .expect("the binary runs");
        {
            let mut t = self.transcript.borrow_mut();
            t.extend_from_slice(&output.stdout);
            t.push(b'\n');
            t.extend_from_slice(&output.stderr);
            t.push(b'\n');
        }
        output.assert()
    }

    /// Every byte the binary printed so far, on either stream.
    pub fn transcript(&self) -> Vec<u8> {
        self.transcript.borrow().clone()
    }

    /// `identity new --out <who>/identity.txt`; returns the printed recipient.
    pub fn new_identity(&self, who: &str) -> String {
        let path = self.identity_path(who);
        let assert = self.run([os("identity"), os("new"), os("--out"), path.into()]);
        let recipient = stdout(&assert).trim().to_string();
        assert.success();
        assert!(recipient.starts_with("age1"), "recipient printed");
        recipient
    }

    /// `campaign new` with every party of this test and the coordinator,
    /// into `<dir>/`.
    pub fn new_campaign(&self, dir: &str, name: &str) -> Assert {
        self.new_campaign_with(dir, name, &self.parties.clone(), COORDINATOR)
    }

    /// `campaign new` with `parties` (whose identities exist) and the
    /// coordinator identity of `coordinator`, into `<dir>/`.
    pub fn new_campaign_with(
        &self,
        dir: &str,
        name: &str,
        parties: &[PartySpec],
        coordinator: &str,
    ) -> Assert {
        self.run(self.campaign_args(dir, name, parties, coordinator))
    }

    /// The arguments of `campaign new` for [`TestEnv::new_campaign_with`].
    fn campaign_args(
        &self,
        dir: &str,
        name: &str,
        parties: &[PartySpec],
        coordinator: &str,
    ) -> Vec<OsString> {
        let mut args = vec![
            os("campaign"),
            os("new"),
            os("--name"),
            os(name),
            os("--reference-date"),
            os(REFERENCE_DATE),
        ];
        for p in parties {
            args.push(os("--party"));
            args.push(os(&format!(
                "{}:{}:{}:{}",
                p.id,
                p.side,
                self.recipient(p.id),
                p.name
            )));
        }
        args.push(os("--coordinator"));
        args.push(os(&self.recipient(coordinator)));
        args.push(os("--out"));
        args.push(self.path(dir).into());
        args
    }

    /// `--campaign M --key K --identity I` for `party` in the campaign of
    /// folder `campaign_dir`, with the identity of `identity_of`.
    pub fn holder_options(
        &self,
        campaign_dir: &str,
        party: &str,
        identity_of: &str,
    ) -> Vec<OsString> {
        vec![
            os("--campaign"),
            self.manifest_in(campaign_dir).into(),
            os("--key"),
            self.key_in(campaign_dir, party).into(),
            os("--identity"),
            self.identity_path(identity_of).into(),
        ]
    }

    /// `tokenize LIST` for `party` in the main campaign, to
    /// `inbox/<party>.tokens.age`.
    pub fn tokenize(&self, party: &str, list: &Path) -> Assert {
        self.tokenize_to(party, list, &self.tokens_path(party))
    }

    pub fn tokenize_to(&self, party: &str, list: &Path, out: &Path) -> Assert {
        self.tokenize_in("campaign", party, list, out)
    }

    /// `tokenize --accept-losses` for `party` in the campaign of folder
    /// `campaign_dir`. The STEMO samples lose more than 2 % of their rows on
    /// purpose (to show rejections), so the helpers accept losses;
    /// `tests/losses.rs` tests the refusal without the option.
    pub fn tokenize_in(&self, campaign_dir: &str, party: &str, list: &Path, out: &Path) -> Assert {
        let mut args = vec![os("tokenize"), list.into()];
        args.extend(self.holder_options(campaign_dir, party, party));
        args.extend([os("--out"), out.into(), os("--accept-losses")]);
        self.run(args)
    }

    /// `match FILES` by the coordinator of the main campaign, to `results/`.
    pub fn match_(&self, files: &[PathBuf]) -> Assert {
        self.match_to(files, &self.path("results"))
    }

    pub fn match_to(&self, files: &[PathBuf], out_dir: &Path) -> Assert {
        self.match_in("campaign", COORDINATOR, files, out_dir)
    }

    /// `match` with the manifest of folder `campaign_dir` and the identity
    /// of `identity_of`.
    pub fn match_in(
        &self,
        campaign_dir: &str,
        identity_of: &str,
        files: &[PathBuf],
        out_dir: &Path,
    ) -> Assert {
        let mut args = vec![os("match")];
        args.extend(files.iter().map(OsString::from));
        args.extend([
            os("--campaign"),
            self.manifest_in(campaign_dir).into(),
            os("--identity"),
            self.identity_path(identity_of).into(),
            os("--out-dir"),
            out_dir.into(),
        ]);
        self.run(args)
    }

    /// [`TestEnv::match_in`] with `--partial`: the files of only some of
    /// the campaign's parties.
    pub fn match_partial_in(
        &self,
        campaign_dir: &str,
        identity_of: &str,
        files: &[PathBuf],
        out_dir: &Path,
    ) -> Assert {
        let mut args = vec![os("match"), os("--partial")];
        args.extend(files.iter().map(OsString::from));
        args.extend([
            os("--campaign"),
            self.manifest_in(campaign_dir).into(),
            os("--identity"),
            self.identity_path(identity_of).into(),
            os("--out-dir"),
            out_dir.into(),
        ]);
        self.run(args)
    }

    /// `reveal LIST` for `party` with `results/<party>.result.age`, to
    /// `<party>/<party>-links.csv`.
    pub fn reveal(&self, party: &str, list: &Path) -> Assert {
        self.reveal_to(
            party,
            list,
            &self.result_path(party),
            &self.links_path(party),
        )
    }

    pub fn reveal_to(&self, party: &str, list: &Path, result: &Path, out: &Path) -> Assert {
        let mut args = vec![os("reveal"), list.into(), os("--result"), result.into()];
        args.extend(self.holder_options("campaign", party, party));
        args.extend([os("--out"), out.into()]);
        self.run(args)
    }

    /// Tokenizes every party's `liste.csv` and matches them all; panics if
    /// any step fails.
    pub fn tokenize_and_match_all(&self) {
        let mut files = Vec::new();
        for p in &self.parties {
            self.tokenize(p.id, &self.list_path(p.id)).success();
            files.push(self.tokens_path(p.id));
        }
        self.match_(&files).success();
    }

    // ---- looking inside files with the library ---------------------------

    pub fn identity(&self, who: &str) -> croise::identity::Identity {
        croise::identity::load(&self.identity_path(who)).expect("identity loads")
    }

    /// Decrypts a file with the identity of `who`.
    pub fn decrypt(&self, who: &str, path: &Path) -> Vec<u8> {
        let sealed = std::fs::read(path).expect("read sealed file");
        croise::seal::open(&self.identity(who), &sealed, path)
            .expect("decrypts")
            .to_vec()
    }

    pub fn holder_context(&self, party: &str) -> HolderContext {
        HolderContext::open(
            &self.manifest_path(),
            &self.key_path(party),
            &self.identity_path(party),
        )
        .expect("holder context")
    }

    pub fn coordinator_context(&self) -> CoordinatorContext {
        CoordinatorContext::open(&self.manifest_path(), &self.identity_path(COORDINATOR))
            .expect("coordinator context")
    }

    /// Decrypts and decodes a token file as the coordinator does.
    pub fn open_tokens(&self, path: &Path) -> TokenFile {
        let plain = self.decrypt(COORDINATOR, path);
        TokenFile::decode(&plain, &self.coordinator_context().auth, path).expect("token file")
    }

    /// Decrypts and decodes a party's result file as that party does.
    pub fn open_result(&self, party: &str, path: &Path) -> ResultFile {
        let plain = self.decrypt(party, path);
        ResultFile::decode(&plain, &self.holder_context(party).auth, path).expect("result file")
    }
}

pub fn os(s: &str) -> OsString {
    OsString::from(s)
}

pub fn stdout(assert: &Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(assert: &Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).expect("stderr is UTF-8")
}

/// Every temporary file of the atomic writer (`.croise-*.part`) left under
/// `dir`, at any depth.
pub fn leftover_parts(dir: &Path) -> Vec<PathBuf> {
    all_files(dir)
        .into_iter()
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(".croise-") && name.ends_with(".part")
        })
        .collect()
}

/// Every regular file under `dir`, recursively, sorted.
pub fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Asserts a refusal: exit code 1, a one-line `croise: error:` message on
/// stderr naming `file` and containing `phrase`, nothing on stdout about a
/// written file. Returns stderr.
pub fn assert_refused(assert: Assert, file: &str, phrase: &str) -> String {
    let err = stderr(&assert);
    let out = stdout(&assert);
    assert.code(1);
    assert!(
        err.starts_with("croise: error: "),
        "error message format: {err}"
    );
    assert!(err.contains(file), "message names {file}: {err}");
    assert!(err.contains(phrase), "message says `{phrase}`: {err}");
    assert!(
        !out.contains("written"),
        "a refused command reports no written file: {out}"
    );
    err
}

/// Decodes a file written in Windows-1252.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    text.into_owned()
}

/// Parses CSV text with a given delimiter into rows of fields.
pub fn parse_csv(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}
