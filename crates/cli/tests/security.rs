//! The promises of SECURITY.md, one test (or more) each, through the real
//! binary where a participant would see the difference, through the library
//! where the promise is about what a file holds.
//!
//! Each test is named after the promise it pins; SECURITY.md cites them.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::assert::Assert;
use common::{COORDINATOR, SAMPLE_PARTIES, TestEnv, assert_refused, leftover_parts, os, stdout};
use croise::campaign::{MANIFEST_KIND, Manifest};
use croise::format::seal_container;
use croise::format::summary::Summary;
use croise::format::tokens::TokenFile;
use croise::matching::{self, Rekey};
use croise::seal::{self, Armor};

/// Asserts a refusal naming `file` with `phrase`, leaving no output and no
/// temporary file behind.
fn refused(env: &TestEnv, assert: Assert, file: &Path, phrase: &str, outputs: &[&Path]) -> String {
    let err = assert_refused(assert, &file.display().to_string(), phrase);
    for out in outputs {
        assert!(!out.exists(), "{} was left behind", out.display());
    }
    assert_eq!(leftover_parts(env.root()), Vec::<PathBuf>::new());
    err
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn matched() -> TestEnv {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    env
}

/// Writes `manifest` into `<dir>/campaign.toml` with every key file of the
/// real campaign beside it, as a participant would keep them.
fn plant_manifest(env: &TestEnv, dir: &str, manifest: &Manifest) -> PathBuf {
    let path = env.manifest_in(dir);
    write(&path, manifest.to_toml().as_bytes());
    for p in &SAMPLE_PARTIES {
        let key = env.key_in(dir, p.id);
        write(&key, &std::fs::read(env.key_path(p.id)).unwrap());
    }
    path
}

fn tokenize_in(env: &TestEnv, dir: &str, party: &str, out: &Path) -> Assert {
    env.tokenize_in(dir, party, &env.list_path(party), out)
}

fn all_token_files(env: &TestEnv) -> Vec<PathBuf> {
    SAMPLE_PARTIES
        .iter()
        .map(|p| env.tokens_path(p.id))
        .collect()
}

// ---- the manifest is the one the organiser issued ---------------------------

/// Weakness (a) of the review: every data holder holds the authentication
/// key, so it can re-sign an edited manifest. The edit is refused all the
/// same, by the other holders (their key files carry the digest of the
/// manifest they were issued with) and by the coordinator (its sealed key
/// carries it too).
#[test]
fn a_manifest_re_signed_by_a_data_holder_is_refused_by_the_others() {
    let env = matched();
    let attacker = env.holder_context("stemo-metz");
    let mut forged = attacker.manifest.clone();
    forged.max_age = 26;
    forged.mac = hex::encode(attacker.auth.sign(MANIFEST_KIND, &forged.signed_bytes()));
    // The forgery passes the tag: this is exactly what the tag cannot stop.
    forged
        .verify(&attacker.auth, Path::new("forged"))
        .expect("a key holder can re-sign");
    let path = plant_manifest(&env, "forged", &forged);

    let out = env.path("victim.tokens.age");
    let err = refused(
        &env,
        tokenize_in(&env, "forged", "ml-nancy", &out),
        &path,
        "is not the manifest your key file",
        &[&out],
    );
    assert!(
        err.contains("Get campaign.toml again from the organiser and compare its digest by phone"),
        "{err}"
    );

    let results = env.path("results-forged");
    refused(
        &env,
        env.match_in("forged", COORDINATOR, &all_token_files(&env), &results),
        &path,
        "is not the manifest the coordinator key sealed in it was issued with",
        &[&results],
    );
}

/// The worst forgery: a holder names itself as the coordinator so that the
/// others encrypt their token files to it. Their `tokenize` refuses the
/// manifest before reading the list, so nothing is encrypted to it.
#[test]
fn a_manifest_naming_another_coordinator_is_refused_before_anything_is_encrypted() {
    let env = TestEnv::samples();
    let attacker = env.holder_context("stemo-metz");
    let mut forged = attacker.manifest.clone();
    // A second identity of the attacker's: its own party's recipient would
    // be refused as a field already (a party may not be the coordinator).
    forged.coordinator.recipient = env.new_identity("attacker");
    let payload = format!(
        "kind = \"croise-coordinator-auth-key\"\nformat = 2\ncampaign_id = \"{}\"\nmanifest_digest = \"{}\"\nauth_key = \"{}\"\n",
        forged.campaign_id,
        forged.digest(),
        "00".repeat(32)
    );
    let recipient = croise::identity::parse_recipient(&forged.coordinator.recipient).unwrap();
    let sealed = seal::seal(&recipient, payload.as_bytes(), Armor::Text).unwrap();
    forged.coordinator.sealed_auth_key = String::from_utf8(sealed).unwrap();
    forged.mac = hex::encode(attacker.auth.sign(MANIFEST_KIND, &forged.signed_bytes()));
    let path = plant_manifest(&env, "forged", &forged);
    for victim in ["stemo-nancy", "ml-nancy", "ml-metz"] {
        let out = env.path(format!("{victim}.tokens.age"));
        refused(
            &env,
            tokenize_in(&env, "forged", victim, &out),
            &path,
            "is not the manifest your key file",
            &[&out],
        );
    }
}

/// What people compare by phone: `campaign show` prints the digest, the
/// coordinator's recipient and every party's; `tokenize` and `reveal`
/// print the campaign, its window and the same digest.
#[test]
fn show_tokenize_and_reveal_print_the_same_digest() {
    let env = TestEnv::samples();
    let manifest = env.holder_context("ml-nancy").manifest;
    let digest = manifest.digest().grouped();
    assert_eq!(digest.len(), 39, "{digest}");

    let show = env.run([os("campaign"), os("show"), env.manifest_path().into()]);
    let out = stdout(&show);
    show.success();
    // The digest comes first, on its own line, before any name.
    assert!(
        out.starts_with(&format!("manifest digest {digest}\n")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "coordinator recipient {}",
            env.recipient(COORDINATOR)
        )),
        "{out}"
    );
    for p in &SAMPLE_PARTIES {
        assert!(
            out.contains(&format!("recipient {}", env.recipient(p.id))),
            "{out}"
        );
    }

    // The digest first, on its own line, before the campaign's name.
    let line = format!(
        "manifest digest {digest}\nCampaign “Test”: reference date 2026-10-01, ages 16 to 18 (excluded)\n"
    );
    env.tokenize_and_match_all();
    let t = env.tokenize_to(
        "ml-nancy",
        &env.list_path("ml-nancy"),
        &env.path("again.tokens.age"),
    );
    assert!(stdout(&t).contains(&line), "{}", stdout(&t));
    let r = env.reveal("ml-nancy", &env.list_path("ml-nancy"));
    assert!(stdout(&r).contains(&line), "{}", stdout(&r));
}

// ---- versions are checked first ------------------------------------------------

/// A key file of format 1 (before key files were bound to the manifest) is
/// refused with what to do.
#[test]
fn a_key_file_of_format_1_is_refused_with_what_to_do() {
    let env = TestEnv::samples();
    let manifest = env.holder_context("ml-nancy").manifest;
    let payload = format!(
        "kind = \"croise-campaign-key\"\nformat = 1\ncampaign_id = \"{}\"\ncampaign_name = \"Test\"\nparty = \"ml-nancy\"\nkey_fingerprint = \"{}\"\nsecret = \"{}\"\n",
        manifest.campaign_id,
        manifest.key_fingerprint,
        "00".repeat(32)
    );
    let recipient = croise::identity::parse_recipient(&env.recipient("ml-nancy")).unwrap();
    let old = env.key_in("old", "ml-nancy");
    write(
        &old,
        &seal::seal(&recipient, payload.as_bytes(), Armor::Text).unwrap(),
    );
    write(
        &env.manifest_in("old"),
        &std::fs::read(env.manifest_path()).unwrap(),
    );
    let out = env.path("old.tokens.age");
    refused(
        &env,
        tokenize_in(&env, "old", "ml-nancy", &out),
        &old,
        "campaign key file format 1 is not supported by this version of croise (it reads format 2): it was made by an older version of croise, which did not bind keys to the manifest. Ask the organiser to create the campaign again",
        &[&out],
    );
}

/// The coordinator's sealed key of format 1 is refused the same way, before
/// anything else in it is used.
#[test]
fn a_coordinator_key_of_format_1_is_refused_with_what_to_do() {
    let env = matched();
    let mut old = env.holder_context("ml-nancy").manifest;
    let payload = format!(
        "kind = \"croise-coordinator-auth-key\"\nformat = 1\ncampaign_id = \"{}\"\nauth_key = \"{}\"\n",
        old.campaign_id,
        "00".repeat(32)
    );
    let recipient = croise::identity::parse_recipient(&env.recipient(COORDINATOR)).unwrap();
    let sealed = seal::seal(&recipient, payload.as_bytes(), Armor::Text).unwrap();
    old.coordinator.sealed_auth_key = String::from_utf8(sealed).unwrap();
    let path = plant_manifest(&env, "old", &old);
    let out = env.path("results-old");
    refused(
        &env,
        env.match_in("old", COORDINATOR, &all_token_files(&env), &out),
        &path,
        "coordinator key sealed in the manifest format 1 is not supported by this version of croise (it reads format 2): it was made by an older version",
        &[&out],
    );
}

/// A token file of a future format is named as such, from its minimal
/// header, before its tag or any other field is looked at.
#[test]
fn a_token_file_of_a_future_format_is_named_before_anything_else() {
    let env = matched();
    let holder = env.holder_context("ml-nancy");
    let header = format!(
        "kind = \"croise-tokens\"\nformat = 5\ncampaign_id = \"{}\"\nparty = \"ml-nancy\"\n",
        holder.manifest.campaign_id
    );
    let container = seal_container("croise-tokens", &header, b"", &holder.auth);
    let recipient = croise::identity::parse_recipient(&env.recipient(COORDINATOR)).unwrap();
    let future = env.path("inbox/future.tokens.age");
    write(
        &future,
        &seal::seal(&recipient, &container, Armor::Binary).unwrap(),
    );
    let out = env.path("results-future");
    refused(
        &env,
        env.match_to(std::slice::from_ref(&future), &out),
        &future,
        "token file format 5 is not supported by this version of croise (it reads format 4): it was made by a newer version of croise",
        &[&out],
    );
}

// ---- every file read is checked, and mistakes are named ------------------------

/// A file given in the place of another is named for what it is.
#[test]
fn a_file_given_in_the_wrong_place_is_named() {
    let env = matched();
    let party = "ml-nancy";
    let list = env.list_path(party);
    // The key file as the result.
    let out = env.path("out.csv");
    let key = env.key_path(party);
    refused(
        &env,
        env.reveal_to(party, &list, &key, &out),
        &key,
        "this is a campaign key file, not a result file",
        &[&out],
    );
    // The result as the key file.
    let mut args = vec![
        os("tokenize"),
        list.clone().into(),
        os("--key"),
        env.result_path(party).into(),
        os("--campaign"),
        env.manifest_path().into(),
        os("--identity"),
        env.identity_path(party).into(),
        os("--out"),
        env.path("x.tokens.age").into(),
    ];
    refused(
        &env,
        env.run(&args),
        &env.result_path(party),
        "this is a result file, not a campaign key file",
        &[&env.path("x.tokens.age")],
    );
    // A token file given to reveal is not for the data holder at all; the
    // message names the mistake (issue 12), not the identity.
    args = vec![
        os("reveal"),
        list.into(),
        os("--result"),
        env.tokens_path(party).into(),
    ];
    args.extend(env.holder_options("campaign", party, party));
    args.extend([os("--out"), out.clone().into()]);
    refused(
        &env,
        env.run(&args),
        &env.tokens_path(party),
        "is a token file, not a result file",
        &[&out],
    );
}

fn utf16(bytes: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let mut out = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

fn crlf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 20);
    for &b in bytes {
        if b == b'\n' {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

/// Files mangled on the way (a Windows shell re-encoding as UTF-16, an
/// editor or a mail program changing line ends) get a message saying so.
/// Text files whose content is authenticated field by field (manifest,
/// armored key files) are read through CRLF line ends.
#[test]
fn mangled_files_are_explained() {
    let env = matched();
    let party = "ml-nancy";

    // The manifest in UTF-16: refused, saying so.
    let manifest = std::fs::read(env.manifest_path()).unwrap();
    write(&env.manifest_in("utf16"), &utf16(&manifest));
    write(
        &env.key_in("utf16", party),
        &std::fs::read(env.key_path(party)).unwrap(),
    );
    let out = env.path("m.tokens.age");
    refused(
        &env,
        tokenize_in(&env, "utf16", party, &out),
        &env.manifest_in("utf16"),
        "re-encoded as UTF-16",
        &[&out],
    );

    // The manifest and the key file with CRLF line ends: read as they are.
    write(&env.manifest_in("crlf"), &crlf(&manifest));
    let key = std::fs::read(env.key_path(party)).unwrap();
    write(&env.key_in("crlf", party), &crlf(&key));
    tokenize_in(&env, "crlf", party, &env.path("crlf.tokens.age")).success();

    // The key file in UTF-16: refused, saying so.
    write(&env.manifest_in("k16"), &manifest);
    write(&env.key_in("k16", party), &utf16(&key));
    let out = env.path("k.tokens.age");
    refused(
        &env,
        tokenize_in(&env, "k16", party, &out),
        &env.key_in("k16", party),
        "re-encoded as UTF-16, as Windows PowerShell does",
        &[&out],
    );

    // A binary token file with CRLF line ends: refused, saying so.
    let tokens = std::fs::read(env.tokens_path(party)).unwrap();
    let mangled = env.path("inbox-crlf/ml-nancy.tokens.age");
    write(&mangled, &crlf(&tokens));
    let out = env.path("results-crlf");
    refused(
        &env,
        env.match_to(std::slice::from_ref(&mangled), &out),
        &mangled,
        "its line ends were changed (CRLF)",
        &[&out],
    );

    // The identity file in UTF-16: refused, saying so.
    let identity = std::fs::read(env.identity_path(party)).unwrap();
    let id16 = env.path("id16/identity.txt");
    write(&id16, &utf16(&identity));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&id16, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let show = env.run([os("identity"), os("show"), id16.clone().into()]);
    refused(&env, show, &id16, "re-encoded as UTF-16", &[]);
}

/// The summary's tag covers its exact bytes: a changed comment, a changed
/// count, text after the tag or CRLF line ends are all refused.
#[test]
fn the_summary_tag_covers_every_byte() {
    let env = matched();
    let auth = env.coordinator_context().auth;
    let path = env.path("results/summary.toml");
    let original = std::fs::read_to_string(&path).unwrap();
    let summary = Summary::load(&path, &auth).expect("the written summary verifies");
    assert_eq!(summary.mac.len(), 64);
    assert!(original.ends_with(&format!("[authentication]\nmac = \"{}\"\n", summary.mac)));

    let check = |text: &str, phrase: &str| {
        let edited = env.path("edited-summary.toml");
        std::fs::write(&edited, text).unwrap();
        let err = Summary::load(&edited, &auth).unwrap_err().to_string();
        assert!(err.contains(phrase), "{err}");
        assert!(err.contains("edited-summary.toml"), "{err}");
    };
    let altered = "has been altered";
    check(
        &original.replacen("counts only", "counts, only", 1),
        altered,
    );
    let first_sure = original.find("sure = ").unwrap();
    let mut changed = original.clone();
    changed.replace_range(first_sure..first_sure + 8, "sure = 9");
    check(&changed, altered);
    check(&format!("{original}extra = 1\n"), "not at the very end");
    check(
        &original.replace('\n', "\r\n"),
        "line ends were changed to CRLF",
    );
    let cut = original.find("[authentication]").unwrap();
    check(&original[..cut], "no [authentication] table");
}

// ---- re-keying on arrival -----------------------------------------------------

/// The coordinator re-keys every token on arrival under a fresh secret of
/// its own for the run: what it holds while matching differs from what
/// travelled and from one run to the next, while the links are the same.
#[test]
fn coordinator_side_tokens_differ_between_runs_while_links_are_identical() {
    let env = TestEnv::samples();
    let mut received = Vec::new();
    for p in &SAMPLE_PARTIES {
        env.tokenize(p.id, &env.list_path(p.id)).success();
        let path = env.tokens_path(p.id);
        received.push((path.clone(), env.open_tokens(&path)));
    }
    let ctx = env.coordinator_context();
    let run = || {
        let rekey = Rekey::fresh().unwrap();
        let files: Vec<(PathBuf, TokenFile)> = received
            .iter()
            .map(|(path, file)| {
                let mut file = file.clone();
                rekey.apply(&mut file);
                (path.clone(), file)
            })
            .collect();
        let held: Vec<[u8; 16]> = files
            .iter()
            .flat_map(|(_, f)| f.values.iter().copied())
            .collect();
        let submissions = matching::accept(&ctx.manifest, files).unwrap();
        let (links, model) = matching::link(&submissions);
        let outcome = matching::outcome(
            &ctx.manifest,
            &submissions,
            &links,
            &model,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        );
        (held, outcome)
    };
    let (first_tokens, first) = run();
    let (second_tokens, second) = run();
    let travelled: Vec<[u8; 16]> = received
        .iter()
        .flat_map(|(_, f)| f.values.iter().copied())
        .collect();
    assert_eq!(first_tokens.len(), travelled.len());
    assert!(!travelled.is_empty());
    for i in 0..travelled.len() {
        assert_ne!(
            first_tokens[i], travelled[i],
            "token {i} kept as it travelled"
        );
        assert_ne!(
            first_tokens[i], second_tokens[i],
            "token {i} same in two runs"
        );
    }
    assert!(first.results.iter().any(|(_, r)| !r.links.is_empty()));
    assert_eq!(first.results, second.results, "links differ between runs");
    assert_eq!(first.summary, second.summary);

    // Through the binary: two runs give the same results.
    let files = all_token_files(&env);
    env.match_to(&files, &env.path("run1")).success();
    env.match_to(&files, &env.path("run2")).success();
    for p in &SAMPLE_PARTIES {
        let one = env.open_result(p.id, &env.path("run1").join(format!("{}.result.age", p.id)));
        let two = env.open_result(p.id, &env.path("run2").join(format!("{}.result.age", p.id)));
        assert_eq!(one, two, "{}", p.id);
    }
}

// ---- secrets on disk, on the command line, in the environment --------------

/// Identity files, key files and `reveal` outputs are owner-only; token and
/// result files and the manifest, which are encrypted or public, are not
/// required to be.
#[cfg(unix)]
#[test]
fn secret_files_are_written_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let env = matched();
    env.reveal("ml-nancy", &env.list_path("ml-nancy")).success();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    for p in &SAMPLE_PARTIES {
        assert_eq!(mode(&env.identity_path(p.id)), 0o600, "{}", p.id);
        assert_eq!(mode(&env.key_path(p.id)), 0o600, "{}", p.id);
    }
    assert_eq!(mode(&env.identity_path(COORDINATOR)), 0o600);
    assert_eq!(mode(&env.links_path("ml-nancy")), 0o600);
}

/// No option takes a secret value, and none is read from the environment:
/// secrets are only ever given as paths to files.
#[test]
fn no_secret_on_the_command_line_or_in_the_environment() {
    let env = TestEnv::bare();
    let commands: &[&[&str]] = &[
        &["--help"],
        &["identity", "new", "--help"],
        &["identity", "show", "--help"],
        &["campaign", "new", "--help"],
        &["campaign", "show", "--help"],
        &["tokenize", "--help"],
        &["match", "--help"],
        &["reveal", "--help"],
        &["demo", "--help"],
        &["sample", "--help"],
        &["evaluate", "--help"],
    ];
    for args in commands {
        let assert = env.run(args.iter().map(|a| os(a)));
        let help = stdout(&assert);
        assert.success();
        assert!(
            !help.contains("[env:"),
            "{args:?} reads the environment:\n{help}"
        );
        for word in ["--secret", "--key-hex", "--auth-key", "--password"] {
            assert!(!help.contains(word), "{args:?} takes {word}");
        }
    }
    // A secret key pasted where a recipient is expected is never echoed.
    let secret = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
    let assert = env.run([
        os("campaign"),
        os("new"),
        os("--name"),
        os("T"),
        os("--reference-date"),
        os("2026-10-01"),
        os("--party"),
        os(&format!("a:justice:{secret}")),
        os("--party"),
        os(&format!("b:ml:{secret}")),
        os("--coordinator"),
        os(secret),
        os("--out"),
        os("c"),
    ]);
    assert.failure();
    let printed = String::from_utf8_lossy(&env.transcript()).to_string();
    assert!(!printed.contains("QQQQQQQQQQ"), "{printed}");
}

// ---- every manifest field is checked on every read --------------------------

/// A whole manifest forged for the coordinator (residual risk 4): an
/// authentication key of the forger's own, sealed to the coordinator and
/// bound to the forged manifest's digest, signs it. Its tag, its digest and
/// its sealed key all check out; only the fields themselves can be refused.
fn forge_for_the_coordinator(env: &TestEnv, edit: impl FnOnce(&mut Manifest)) -> Manifest {
    let mut forged = env.holder_context("stemo-metz").manifest.clone();
    edit(&mut forged);
    let auth = croise::keys::AuthKey::from_bytes([7; 32]);
    let payload = format!(
        "kind = \"croise-coordinator-auth-key\"\nformat = 2\ncampaign_id = \"{}\"\nmanifest_digest = \"{}\"\nauth_key = \"{}\"\n",
        forged.campaign_id,
        forged.digest(),
        "07".repeat(32)
    );
    let recipient = croise::identity::parse_recipient(&forged.coordinator.recipient).unwrap();
    let sealed = seal::seal(&recipient, payload.as_bytes(), Armor::Text).unwrap();
    forged.coordinator.sealed_auth_key = String::from_utf8(sealed).unwrap();
    forged.mac = hex::encode(auth.sign(MANIFEST_KIND, &forged.signed_bytes()));
    forged
}

/// Finding 1 of issue 11: party ids were checked only by `campaign new`, so
/// a forged manifest with the party id `../../x` made `match` write a result
/// outside its folder. Every command that reads a manifest now refuses one
/// whose id could make a path, or whose name holds a bidirectional override,
/// naming the field and never echoing the value.
#[test]
fn a_forged_manifest_with_a_path_as_party_id_or_a_bidi_name_is_refused_by_every_command() {
    let env = matched();
    type Edit = fn(&mut Manifest);
    let cases: [(&str, Edit, &str); 5] = [
        (
            "dotdot",
            |m| m.parties[0].id = "../../x".into(),
            "field `id` of party 1 is not a valid party identifier",
        ),
        (
            "absolute",
            |m| m.parties[1].id = "/tmp/x".into(),
            "field `id` of party 2 is not a valid party identifier",
        ),
        (
            "bidi",
            |m| m.parties[2].name = "Mission Locale \u{202E}0042".into(),
            "field `name` of party 3 holds control, format or bidirectional characters",
        ),
        (
            "campaign-name",
            |m| m.name = "Test\u{1b}[2K".into(),
            "field `name` holds control",
        ),
        (
            "recipient",
            |m| m.parties[3].recipient = "age1../../x".into(),
            "field `recipient` of party 4 is not an age public recipient",
        ),
    ];
    for (dir, edit, phrase) in cases {
        let forged = forge_for_the_coordinator(&env, edit);
        // The forgery is complete: the coordinator's own check of the tag
        // and of the sealed key's digest would pass.
        let auth = forged
            .coordinator_auth_key(&env.identity(COORDINATOR), Path::new("forged"))
            .expect("a forged manifest passes the tag and digest checks");
        forged.verify(&auth, Path::new("forged")).unwrap();
        let path = plant_manifest(&env, dir, &forged);
        let manifest = path.as_os_str().to_owned();
        let outside = env.root().parent().unwrap().join("x.result.age");
        let results = env.path(format!("results-{dir}"));
        let out = env.path(format!("{dir}.out"));
        let runs = [
            env.run([os("campaign"), os("show"), manifest.clone()]),
            env.run([
                os("check"),
                env.list_path("ml-nancy").into(),
                os("--campaign"),
                manifest.clone(),
            ]),
            tokenize_in(&env, dir, "ml-nancy", &out),
            env.match_in(dir, COORDINATOR, &all_token_files(&env), &results),
            {
                let mut args = vec![
                    os("reveal"),
                    env.list_path("ml-nancy").into(),
                    os("--result"),
                    env.result_path("ml-nancy").into(),
                ];
                args.extend(env.holder_options(dir, "ml-nancy", "ml-nancy"));
                args.extend([os("--out"), out.clone().into()]);
                env.run(args)
            },
            env.run([
                os("report"),
                env.path("results/summary.toml").into(),
                os("--campaign"),
                manifest.clone(),
                os("--identity"),
                env.identity_path(COORDINATOR).into(),
                os("--out-dir"),
                env.path(format!("report-{dir}")).into(),
            ]),
        ];
        for run in runs {
            let err = refused(&env, run, &path, phrase, &[&out, &results, &outside]);
            assert!(err.contains("This manifest was edited or forged"), "{err}");
            for value in ["../../x", "/tmp/x", "\u{202E}", "\u{1b}"] {
                assert!(!err.contains(value), "the value is echoed: {err}");
            }
        }
    }
}

/// The screen cannot lie. Names people read in a manifest (the campaign's,
/// the parties') are refused at creation when they hold control, escape or
/// bidirectional characters (and on every read, see the test above), with
/// the field named and the value never echoed; names croise cannot refuse —
/// a column title of a list — reach the terminal with those characters
/// replaced by U+FFFD, in every language. The names here hold an ANSI "erase
/// line" (ESC [2K), an OSC title sequence ended by BEL and a right-to-left
/// override (U+202E).
#[test]
fn outside_names_never_reach_the_terminal_raw() {
    let env = TestEnv::samples();
    for lang in ["en", "fr"] {
        for (name, party_name) in [
            ("Grand Est\u{1b}[2K\u{202E}T4", "STEMO de Nancy"),
            ("Grand Est", "Mission\u{1b}]0;pwned\u{7} Locale\u{202E}"),
        ] {
            let refused = env
                .run([
                    os("--lang"),
                    os(lang),
                    os("campaign"),
                    os("new"),
                    os("--name"),
                    os(name),
                    os("--reference-date"),
                    os("2026-10-01"),
                    os("--party"),
                    format!(
                        "stemo-nancy:justice:{}:{party_name}",
                        env.recipient("stemo-nancy")
                    )
                    .into(),
                    os("--party"),
                    format!(
                        "ml-nancy:mission-locale:{}:Mission Locale",
                        env.recipient("ml-nancy")
                    )
                    .into(),
                    os("--coordinator"),
                    env.recipient(COORDINATOR).into(),
                    os("--out"),
                    env.path(format!("evil-{lang}")).into(),
                ])
                .code(1);
            let err = common::stderr(&refused);
            assert!(err.contains("--name") || err.contains("--party"), "{err}");
            assert!(
                !env.path(format!("evil-{lang}")).exists(),
                "nothing written"
            );
        }
    }
    // A list whose column title holds a bidirectional override (an escape
    // character would make it binary, refused before any title is shown).
    let forged = env.path("forged.csv");
    std::fs::write(
        &forged,
        "NOM;PRENOM;DATE NAISSANCE;Remarque\u{202E}\r\nDUPONT;Jean;01/02/2010;x\r\n",
    )
    .unwrap();
    for lang in ["en", "fr"] {
        env.run([
            os("--lang"),
            os(lang),
            os("check"),
            forged.clone().into(),
            os("--reference-date"),
            os("2026-10-01"),
        ]);
    }
    let transcript = env.transcript();
    let text = String::from_utf8(transcript.clone()).expect("UTF-8 output");
    for (what, bad) in [
        ("ESC", '\u{1b}'),
        ("BEL", '\u{7}'),
        ("RLO", '\u{202E}'),
        ("FSI", '\u{2068}'),
        ("PDI", '\u{2069}'),
    ] {
        assert!(!text.contains(bad), "{what} reached the terminal:\n{text}");
    }
    // The reader still sees that something was there.
    assert!(text.contains("Remarque\u{FFFD}"), "{text}");
}
