//! Issue 11: a data holder, who holds the campaign key, must not be able to
//! learn the other side's list by submitting a dictionary of likely people.
//! Every party's bound is in the signed manifest, `match` refuses a larger
//! or self-contradicting token file, and an outlier is shown to everyone.
//!
//! The crafted files are written with the library's own token-file writer,
//! as a curious holder would.

mod common;

use std::path::{Path, PathBuf};

use common::{COORDINATOR, PartySpec, SAMPLE_PARTIES, TestEnv, assert_refused, os, stdout};
use croise::format::summary::Summary;
use croise::format::tokens::{self, TokenBodyWriter, TokenFile, TokenHeader, encode_record};
use croise::seal::{self, Armor};
use croise_scheme::match_keys::KeyKind;

/// The two Nancy parties with their sample lists; `extra` is added to
/// `campaign new` (e.g. `--max-records ml-nancy=40`).
fn nancy(extra: &[&str]) -> TestEnv {
    let parties: Vec<PartySpec> = SAMPLE_PARTIES
        .iter()
        .filter(|p| p.id.ends_with("nancy"))
        .copied()
        .collect();
    let mut env = TestEnv::bare();
    env.parties = parties.clone();
    for p in &parties {
        env.new_identity(p.id);
        std::fs::copy(
            common::samples_dir().join(format!("{}.csv", p.id)),
            env.list_path(p.id),
        )
        .unwrap();
    }
    env.new_identity(COORDINATOR);
    let mut args = vec![
        os("campaign"),
        os("new"),
        os("--name"),
        os("Test"),
        os("--reference-date"),
        os(common::REFERENCE_DATE),
        os("--coordinator"),
        os(&env.recipient(COORDINATOR)),
        os("--out"),
        env.path("campaign").into(),
    ];
    for p in &parties {
        args.push(os("--party"));
        args.push(os(&format!(
            "{}:{}:{}:{}",
            p.id,
            p.side,
            env.recipient(p.id),
            p.name
        )));
    }
    args.extend(extra.iter().map(|a| os(a)));
    env.run(args).success();
    env
}

/// Seals a token file's bytes to the coordinator, as `tokenize` does.
fn send(env: &TestEnv, name: &str, container: &[u8]) -> PathBuf {
    let recipient = croise::identity::parse_recipient(&env.recipient(COORDINATOR)).unwrap();
    let path = env.path(format!("inbox/{name}.tokens.age"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        seal::seal(&recipient, container, Armor::Binary).unwrap(),
    )
    .unwrap();
    path
}

/// A header as `tokenize` writes it for `records` kept rows, all aged 17.
fn header(env: &TestEnv, party: &str, records: u64) -> TokenHeader {
    let holder = env.holder_context(party);
    TokenHeader {
        kind: tokens::KIND.into(),
        format: tokens::FORMAT,
        campaign_id: holder.manifest.campaign_id.to_string(),
        party: party.into(),
        key_fingerprint: holder.manifest.key_fingerprint.clone(),
        scheme: holder.manifest.scheme.clone(),
        input_digest: "00".repeat(16),
        records,
        counts: croise::records::ListCounts {
            rows_read: records,
            kept: records,
            out_of_window: 0,
            rejected: Default::default(),
            kept_by_age: [("17".to_string(), records)].into(),
        },
    }
}

/// Writes, with the library's streaming writer, a token file of `records`
/// records under a header that says `claimed` records: the shape of the
/// issue's dictionary, one guessed person per record in its
/// `names+birth-year` tokens (as many as the fixed shape holds: 2), and
/// filler tokens of every other kind. `extra` tokens are added to (or, if
/// negative, taken from) the last record, which the format cannot express:
/// the bytes are written by hand.
fn crafted(env: &TestEnv, party: &str, records: u64, claimed: u64, extra: i64) -> Vec<u8> {
    let holder = env.holder_context(party);
    let mut writer =
        TokenBodyWriter::new(Vec::new(), &header(env, party, claimed), &holder.auth).unwrap();
    let mut encoded = Vec::new();
    for i in 0..records {
        let mut handle = [0u8; 16];
        handle[8..].copy_from_slice(&(i + 1).to_be_bytes());
        let tokens: Vec<_> = KeyKind::ALL
            .iter()
            .flat_map(|kind| {
                (0..kind.per_record()).map(move |g| {
                    let mut t = [0u8; 16];
                    t[..8].copy_from_slice(&i.to_le_bytes());
                    t[8] = kind.code();
                    t[9] = g as u8;
                    (*kind, t)
                })
            })
            .collect();
        encode_record(&mut encoded, &handle, &tokens);
    }
    let change = extra.unsigned_abs() as usize * tokens::TOKEN_LEN;
    if extra > 0 {
        encoded.extend(std::iter::repeat_n(0xee, change));
    } else {
        encoded.truncate(encoded.len() - change);
    }
    writer.write_records(&encoded).unwrap();
    writer.finish().unwrap()
}

fn dictionary(env: &TestEnv, party: &str, records: u64, claimed: u64) -> Vec<u8> {
    crafted(env, party, records, claimed, 0)
}

fn match_files(env: &TestEnv, files: &[PathBuf], out: &Path) -> assert_cmd::assert::Assert {
    env.match_to(files, out)
}

#[test]
fn campaign_new_states_every_bound_and_show_prints_it() {
    let env = nancy(&[
        "--max-records",
        "stemo-nancy=800",
        "--max-records-default",
        "3000",
    ]);
    let created = String::from_utf8(env.transcript()).unwrap();
    assert!(
        created.contains("bound for stemo-nancy: at most 800 records per token file"),
        "{created}"
    );
    assert!(
        created.contains("bound for ml-nancy: at most 3,000 records per token file"),
        "{created}"
    );
    let manifest = std::fs::read_to_string(env.manifest_path()).unwrap();
    assert!(manifest.contains("format = 2"), "{manifest}");
    assert!(manifest.contains("max_records = 800"), "{manifest}");
    assert!(manifest.contains("max_records = 3000"), "{manifest}");
    let shown = env.run([os("campaign"), os("show"), env.manifest_path().into()]);
    let out = stdout(&shown.success());
    assert!(out.contains("at most 800 records per token file"), "{out}");
    // The default, when nothing is said, is stated too.
    let default = nancy(&[]);
    let text = String::from_utf8(default.transcript()).unwrap();
    assert!(
        text.contains("bound for ml-nancy: at most 5,000 records per token file"),
        "{text}"
    );
}

#[test]
fn campaign_new_refuses_a_bound_out_of_range_or_for_no_party() {
    let env = TestEnv::bare();
    for who in ["stemo-nancy", "ml-nancy", COORDINATOR] {
        env.new_identity(who);
    }
    let run = |extra: &[&str]| {
        let mut args = vec![
            os("campaign"),
            os("new"),
            os("--name"),
            os("T"),
            os("--reference-date"),
            os(common::REFERENCE_DATE),
            os("--coordinator"),
            os(&env.recipient(COORDINATOR)),
            os("--party"),
            os(&format!(
                "stemo-nancy:justice:{}",
                env.recipient("stemo-nancy")
            )),
            os("--party"),
            os(&format!("ml-nancy:ml:{}", env.recipient("ml-nancy"))),
            os("--out"),
            env.path("c").into(),
        ];
        args.extend(extra.iter().map(|a| os(a)));
        let assert = env.run(args).code(1);
        common::stderr(&assert)
    };
    let err = run(&["--max-records", "ml-nancy=0"]);
    assert!(
        err.contains(
            "the bound of party `ml-nancy` is not a number of records from 1 to 10,000,000"
        ),
        "{err}"
    );
    let err = run(&["--max-records", "ml-metz=10"]);
    assert!(err.contains("--max-records names `ml-metz`"), "{err}");
    let err = run(&["--max-records", "ml-nancy"]);
    assert!(err.contains("is not of the form ID=NUMBER"), "{err}");
    assert!(!env.path("c/campaign.toml").exists());
}

/// A campaign of an older scheme (`keys-v3`: records of 44 tokens) is
/// refused with a message naming both schemes, before anything is read.
#[test]
fn a_campaign_of_an_older_scheme_is_refused() {
    let env = nancy(&[]);
    let path = env.manifest_path();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("scheme = \"keys-v4\""), "{text}");
    std::fs::write(&path, text.replacen("keys-v4", "keys-v3", 1)).unwrap();
    assert_refused(
        env.tokenize("ml-nancy", &env.list_path("ml-nancy")),
        &path.display().to_string(),
        "uses match-key scheme `keys-v3`, but this version of croise and this campaign use `keys-v4`",
    );
}

/// The bound is signed, and checked on every read: an edited bound fails
/// the field check (0) or the tag (any other value).
#[test]
fn an_edited_bound_is_refused_on_every_read() {
    let env = nancy(&[]);
    let path = env.manifest_path();
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("max_records = 5000", "max_records = 0", 1),
    )
    .unwrap();
    let assert = env.run([os("campaign"), os("show"), path.clone().into()]);
    assert_refused(
        assert,
        &path.display().to_string(),
        "field `max_records` of party 1 is not a number of records from 1 to 10,000,000",
    );
    std::fs::write(
        &path,
        text.replacen("max_records = 5000", "max_records = 9000000", 1),
    )
    .unwrap();
    let list = env.list_path("ml-nancy");
    assert_refused(
        env.tokenize("ml-nancy", &list),
        &path.display().to_string(),
        "has been altered",
    );
}

/// The attack: a holder writes a dictionary larger than its bound.
/// `match` refuses it, naming the file, the party and both numbers, and
/// writes nothing.
#[test]
fn a_dictionary_larger_than_the_bound_is_refused() {
    let env = nancy(&["--max-records", "ml-nancy=100"]);
    env.tokenize("stemo-nancy", &env.list_path("stemo-nancy"))
        .success();
    let stemo = env.tokens_path("stemo-nancy");
    let out = env.path("results");
    // Honest header, 101 records.
    let file = send(&env, "over", &dictionary(&env, "ml-nancy", 101, 101));
    assert_refused(
        match_files(&env, &[stemo.clone(), file.clone()], &out),
        &file.display().to_string(),
        "holds 101 records, more than the 100 the manifest allows party `ml-nancy`",
    );
    assert!(!out.exists());
    // A header that hides the size: the body may not hold more than it says.
    let file = send(&env, "hidden", &dictionary(&env, "ml-nancy", 101, 100));
    assert_refused(
        match_files(&env, &[stemo.clone(), file.clone()], &out),
        &file.display().to_string(),
        "its record count does not match its content",
    );
    // At the bound, the same dictionary is accepted.
    let file = send(&env, "at", &dictionary(&env, "ml-nancy", 100, 100));
    match_files(&env, &[stemo, file], &out).success();
}

/// One record cannot carry many guesses: every record has the scheme's
/// fixed shape, and a file with a token more or a token less is refused.
#[test]
fn a_record_of_the_wrong_shape_is_refused() {
    let env = nancy(&[]);
    env.tokenize("stemo-nancy", &env.list_path("stemo-nancy"))
        .success();
    let stemo = env.tokens_path("stemo-nancy");
    let out = env.path("results");
    let file = send(&env, "more", &crafted(&env, "ml-nancy", 3, 3, 1));
    assert_refused(
        match_files(&env, &[stemo.clone(), file.clone()], &out),
        &file.display().to_string(),
        "its records are not of the fixed shape of the match-key scheme",
    );
    let file = send(&env, "many", &crafted(&env, "ml-nancy", 3, 3, 40));
    assert_refused(
        match_files(&env, &[stemo.clone(), file.clone()], &out),
        &file.display().to_string(),
        "its records are not of the fixed shape of the match-key scheme",
    );
    let file = send(&env, "fewer", &crafted(&env, "ml-nancy", 3, 3, -1));
    assert_refused(
        match_files(&env, &[stemo.clone(), file.clone()], &out),
        &file.display().to_string(),
        "truncated records",
    );
    assert!(!out.exists());
    // The fixed shape, two year-level guesses a record: accepted.
    let file = send(&env, "shaped", &crafted(&env, "ml-nancy", 3, 3, 0));
    match_files(&env, &[stemo, file], &out).success();
}

/// A real list over its bound is refused by `tokenize` already, before
/// anything is sent; the coordinator refuses it anyway (above).
#[test]
fn a_real_list_over_its_bound_is_refused_at_tokenize() {
    let env = nancy(&["--max-records", "ml-nancy=40"]);
    let list = env.list_path("ml-nancy");
    let out = env.tokens_path("ml-nancy");
    assert_refused(
        env.tokenize("ml-nancy", &list),
        &list.display().to_string(),
        "44 rows kept, more than the 40 the campaign allows party `ml-nancy`; the coordinator would refuse the token file",
    );
    assert!(!out.exists());
    assert_eq!(common::leftover_parts(env.root()), Vec::<PathBuf>::new());
}

/// A change to a token file's header.
type Lie = fn(&mut TokenHeader);

/// A file whose header contradicts itself was made by hand: refused.
#[test]
fn a_header_that_lies_about_its_counts_is_refused() {
    let env = nancy(&[]);
    env.tokenize_and_match_all();
    let holder = env.holder_context("ml-nancy");
    let plain = env.decrypt(COORDINATOR, &env.tokens_path("ml-nancy"));
    let real = TokenFile::decode(&plain, &holder.auth, Path::new("t")).unwrap();
    let stemo = env.tokens_path("stemo-nancy");
    let cases: [(&str, Lie, &str); 3] = [
        (
            "kept",
            |h| h.counts.kept += 1,
            "disagrees with its own header: 44 records, but 45 rows kept (one record is made of each kept row)",
        ),
        (
            "ages",
            |h| {
                *h.counts.kept_by_age.get_mut("16").unwrap() += 5;
            },
            "the kept rows by age add up to 49",
        ),
        (
            "rows",
            |h| h.counts.rows_read = 3_000,
            "3,000 rows read, but kept, out-of-window and rejected rows add up to 47",
        ),
    ];
    for (name, lie, phrase) in cases {
        let mut forged = real.clone();
        lie(&mut forged.header);
        let file = send(&env, name, &forged.encode(&holder.auth));
        let out = env.path(format!("results-{name}"));
        assert_refused(
            match_files(&env, &[stemo.clone(), file.clone()], &out),
            &file.display().to_string(),
            phrase,
        );
        assert!(!out.exists());
    }
}

/// Every party sees every party's size and bound; the samples link well
/// below the outlier threshold and raise no warning.
#[test]
fn sizes_are_shown_to_all_and_the_samples_raise_no_warning() {
    let env = TestEnv::samples();
    let mut files = Vec::new();
    for p in &SAMPLE_PARTIES {
        env.tokenize(p.id, &env.list_path(p.id)).success();
        files.push(env.tokens_path(p.id));
    }
    let out = stdout(&env.match_(&files).success());
    assert!(
        out.contains(
            "ml-nancy         mission-locale       44 records,    13 linked (bound 5,000)"
        ),
        "{out}"
    );
    assert!(!out.contains("Warning"), "{out}");
    let summary = Summary::load(
        &env.path("results/summary.toml"),
        &env.coordinator_context().auth,
    )
    .unwrap();
    assert!(summary.outliers.is_empty());
    let stemo = summary
        .parties
        .iter()
        .find(|p| p.id == "stemo-nancy")
        .unwrap();
    assert_eq!(
        (
            stemo.max_records,
            stemo.other_side_linked,
            stemo.other_side_records
        ),
        (5_000, 15, 85)
    );
    let revealed = env.reveal("stemo-metz", &env.list_path("stemo-metz"));
    let out = stdout(&revealed.success());
    assert!(
        out.contains("Records submitted by each party (and its bound):"),
        "{out}"
    );
    for line in [
        "stemo-nancy      justice              34 records (bound 5,000)",
        "ml-metz          mission-locale       41 records (bound 5,000)",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    assert!(!out.contains("Warning"), "{out}");
}

/// A Mission Locale that submits the STEMO's own people (the best a
/// dictionary can do) links all of them: `match` warns, and every party's
/// result and reveal say so.
#[test]
fn a_party_linking_most_of_the_other_side_is_flagged_to_all() {
    let env = nancy(&[]);
    env.tokenize("stemo-nancy", &env.list_path("stemo-nancy"))
        .success();
    // The curious Mission Locale tokenizes the other side's list itself.
    let stolen = env.path("ml-nancy/dictionary.csv");
    std::fs::copy(env.list_path("stemo-nancy"), &stolen).unwrap();
    env.tokenize("ml-nancy", &stolen).success();
    let out = stdout(
        &env.match_(&[env.tokens_path("stemo-nancy"), env.tokens_path("ml-nancy")])
            .success(),
    );
    assert!(
        out.contains("Warning: the records of ml-nancy linked 3")
            && out.contains("of the 34 records of the other side (")
            && out.contains("more than the 50 % an ordinary list links"),
        "{out}"
    );
    let result = env.open_result("stemo-nancy", &env.result_path("stemo-nancy"));
    // Both lists now hold the same people, so each links all of the other:
    // both are flagged. (A real dictionary is far larger than the list it
    // hunts in, and only its sender crosses the threshold.)
    assert_eq!(result.header.outliers, ["stemo-nancy", "ml-nancy"]);
    let revealed = stdout(
        &env.reveal("stemo-nancy", &env.list_path("stemo-nancy"))
            .success(),
    );
    assert!(
        revealed.contains(
            "Warning: the coordinator flags Mission Locale du Grand Nancy: its records linked more than 50 %"
        ),
        "{revealed}"
    );
}
