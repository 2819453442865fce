//! Every refusal through the real binary: a clear message naming the file,
//! exit code 1, and no output left behind — neither the output file nor a
//! temporary `.croise-*.part` file of the atomic writer.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use assert_cmd::assert::Assert;
use common::{
    COORDINATOR, PartySpec, SAMPLE_PARTIES, TestEnv, all_files, assert_refused, leftover_parts, os,
};

/// Asserts the refusal, that `outputs` do not exist, and that no temporary
/// file is left anywhere in the work tree.
fn refused(env: &TestEnv, assert: Assert, file: &Path, phrase: &str, outputs: &[&Path]) -> String {
    let err = assert_refused(assert, &file.display().to_string(), phrase);
    for out in outputs {
        assert!(!out.exists(), "{} was left behind", out.display());
    }
    assert_eq!(leftover_parts(env.root()), Vec::<PathBuf>::new());
    err
}

/// A sample environment where every party has tokenized and the
/// coordinator has matched.
fn matched() -> TestEnv {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    env
}

fn tokenize_args(env: &TestEnv, campaign: &str, party: &str, identity_of: &str) -> Vec<OsString> {
    let mut args = vec![os("tokenize"), env.list_path(party).into()];
    args.extend(env.holder_options(campaign, party, identity_of));
    args.extend([os("--out"), env.path("out.tokens.age").into()]);
    args
}

fn reveal_args(
    env: &TestEnv,
    party: &str,
    identity_of: &str,
    list: &Path,
    result: &Path,
) -> Vec<OsString> {
    let mut args = vec![os("reveal"), list.into(), os("--result"), result.into()];
    args.extend(env.holder_options("campaign", party, identity_of));
    args.extend([os("--out"), env.path("out.csv").into()]);
    args
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

// ---- wrong identity ------------------------------------------------------

#[test]
fn key_file_opened_with_another_partys_identity() {
    let env = TestEnv::samples();
    let assert = env.run(tokenize_args(&env, "campaign", "stemo-nancy", "stemo-metz"));
    refused(
        &env,
        assert,
        &env.key_path("stemo-nancy"),
        "is not for you: it was encrypted for another participant",
        &[&env.path("out.tokens.age")],
    );
}

#[test]
fn result_file_of_another_party() {
    let env = matched();
    // stemo-metz, with its own key and identity, tries stemo-nancy's result.
    let result = env.result_path("stemo-nancy");
    let args = reveal_args(
        &env,
        "stemo-metz",
        "stemo-metz",
        &env.list_path("stemo-metz"),
        &result,
    );
    refused(
        &env,
        env.run(args),
        &result,
        "is not for you",
        &[&env.path("out.csv")],
    );
}

#[test]
fn match_with_a_data_holders_identity() {
    let env = TestEnv::samples();
    env.tokenize("stemo-nancy", &env.list_path("stemo-nancy"))
        .success();
    env.tokenize("ml-nancy", &env.list_path("ml-nancy"))
        .success();
    let files = [env.tokens_path("stemo-nancy"), env.tokens_path("ml-nancy")];
    let out = env.path("results");
    let assert = env.match_in("campaign", "stemo-nancy", &files, &out);
    refused(
        &env,
        assert,
        &env.manifest_path(),
        "this identity is not the coordinator's of this campaign",
        &[&out],
    );
}

#[test]
fn token_file_encrypted_to_another_coordinator() {
    let env = TestEnv::samples();
    env.new_identity("coordinator-2");
    env.new_campaign_with("campaign-2", "Other", &SAMPLE_PARTIES, "coordinator-2")
        .success();
    let other = env.path("inbox-2/stemo-nancy.tokens.age");
    env.tokenize_in(
        "campaign-2",
        "stemo-nancy",
        &env.list_path("stemo-nancy"),
        &other,
    )
    .success();
    env.tokenize("ml-nancy", &env.list_path("ml-nancy"))
        .success();
    let out = env.path("results");
    let assert = env.match_(&[env.tokens_path("ml-nancy"), other.clone()]);
    refused(&env, assert, &other, "is not for you", &[&out]);
}

// ---- another campaign ----------------------------------------------------

/// The samples, plus a second campaign `campaign-2` made with the same
/// identities (so the same coordinator can open its token files).
fn two_campaigns() -> TestEnv {
    let env = TestEnv::samples();
    env.new_campaign("campaign-2", "Other").success();
    env
}

#[test]
fn token_file_of_another_campaign() {
    let env = two_campaigns();
    let other = env.path("inbox-2/stemo-nancy.tokens.age");
    env.tokenize_in(
        "campaign-2",
        "stemo-nancy",
        &env.list_path("stemo-nancy"),
        &other,
    )
    .success();
    env.tokenize("ml-nancy", &env.list_path("ml-nancy"))
        .success();
    let out = env.path("results");
    let err = refused(
        &env,
        env.match_(&[env.tokens_path("ml-nancy"), other.clone()]),
        &other,
        "belongs to another campaign",
        &[&out],
    );
    assert!(err.contains("“Test”"), "names the expected campaign: {err}");
}

#[test]
fn manifest_of_another_campaign_given_to_the_coordinator() {
    let env = two_campaigns();
    let files: Vec<PathBuf> = ["stemo-nancy", "ml-nancy"]
        .iter()
        .map(|p| {
            env.tokenize(p, &env.list_path(p)).success();
            env.tokens_path(p)
        })
        .collect();
    let out = env.path("results");
    let assert = env.match_in("campaign-2", COORDINATOR, &files, &out);
    refused(
        &env,
        assert,
        &env.tokens_path("stemo-nancy"),
        "belongs to another campaign",
        &[&out],
    );
}

#[test]
fn result_file_of_another_campaign() {
    let env = two_campaigns();
    // Both parties tokenize in campaign-2 and its coordinator matches.
    let files: Vec<PathBuf> = ["stemo-nancy", "ml-nancy"]
        .iter()
        .map(|p| {
            let out = env.path(format!("inbox-2/{p}.tokens.age"));
            env.tokenize_in("campaign-2", p, &env.list_path(p), &out)
                .success();
            out
        })
        .collect();
    env.match_partial_in("campaign-2", COORDINATOR, &files, &env.path("results-2"))
        .success();
    // stemo-nancy reveals campaign-2's result against the first campaign.
    let result = env.path("results-2/stemo-nancy.result.age");
    let args = reveal_args(
        &env,
        "stemo-nancy",
        "stemo-nancy",
        &env.list_path("stemo-nancy"),
        &result,
    );
    refused(
        &env,
        env.run(args),
        &result,
        "belongs to another campaign",
        &[&env.path("out.csv")],
    );
}

#[test]
fn key_file_of_another_campaign() {
    let env = two_campaigns();
    let mut args = vec![os("tokenize"), env.list_path("stemo-nancy").into()];
    args.extend([
        os("--campaign"),
        env.manifest_path().into(),
        os("--key"),
        env.key_in("campaign-2", "stemo-nancy").into(),
        os("--identity"),
        env.identity_path("stemo-nancy").into(),
        os("--out"),
        env.path("out.tokens.age").into(),
    ]);
    refused(
        &env,
        env.run(args),
        &env.key_in("campaign-2", "stemo-nancy"),
        "belongs to another campaign",
        &[&env.path("out.tokens.age")],
    );
}

#[test]
fn token_file_from_a_party_of_another_campaign_only() {
    // A second campaign lists a party the first one does not know.
    let env = TestEnv::samples();
    env.new_identity("stemo-epinal");
    let epinal = PartySpec {
        id: "stemo-epinal",
        side: "justice",
        name: "STEMO d'Épinal",
    };
    env.new_campaign_with(
        "campaign-epinal",
        "Vosges",
        &[epinal, SAMPLE_PARTIES[2]],
        COORDINATOR,
    )
    .success();
    std::fs::copy(
        env.list_path("stemo-nancy"),
        env.path("stemo-epinal/liste.csv"),
    )
    .unwrap();
    let stranger = env.path("inbox/stemo-epinal.tokens.age");
    env.tokenize_in(
        "campaign-epinal",
        "stemo-epinal",
        &env.path("stemo-epinal/liste.csv"),
        &stranger,
    )
    .success();
    env.tokenize("ml-nancy", &env.list_path("ml-nancy"))
        .success();
    let out = env.path("results");
    refused(
        &env,
        env.match_(&[env.tokens_path("ml-nancy"), stranger.clone()]),
        &stranger,
        "belongs to another campaign",
        &[&out],
    );
}

// ---- tampering -------------------------------------------------------------

/// Flips one byte in the middle of a file. In an ASCII-armored file the
/// byte flipped is a Base64 letter, turned into another one, so that the
/// armor stays well-formed and only the content changes.
fn flip_middle(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let armored = bytes.starts_with(b"-----BEGIN");
    let mut i = bytes.len() / 2;
    if armored {
        while !out[i].is_ascii_alphabetic() {
            i += 1;
        }
        out[i] = if out[i] == b'A' { b'B' } else { b'A' };
    } else {
        out[i] ^= 0x01;
    }
    assert_ne!(out, bytes);
    out
}

fn truncate_half(bytes: &[u8]) -> Vec<u8> {
    bytes[..bytes.len() / 2].to_vec()
}

/// The sample env with stemo-nancy and ml-nancy tokenized.
fn two_token_files() -> TestEnv {
    let env = TestEnv::samples();
    env.tokenize("stemo-nancy", &env.list_path("stemo-nancy"))
        .success();
    env.tokenize("ml-nancy", &env.list_path("ml-nancy"))
        .success();
    env
}

#[test]
fn token_file_flipped_or_truncated() {
    let env = two_token_files();
    let original = std::fs::read(env.tokens_path("stemo-nancy")).unwrap();
    for (name, bytes) in [
        ("flipped.tokens.age", flip_middle(&original)),
        ("truncated.tokens.age", truncate_half(&original)),
    ] {
        let bad = env.path(name);
        write(&bad, &bytes);
        let out = env.path("results");
        refused(
            &env,
            env.match_(&[env.tokens_path("ml-nancy"), bad.clone()]),
            &bad,
            "is damaged or truncated",
            &[&out],
        );
    }
}

#[test]
fn token_file_altered_inside_its_encryption() {
    // Someone who can encrypt to the coordinator alters the content: the
    // campaign authentication tag refuses it.
    let env = two_token_files();
    let path = env.tokens_path("stemo-nancy");
    let mut plain = env.decrypt(COORDINATOR, &path);
    let middle = plain.len() / 2;
    plain[middle] ^= 0x01;
    let coordinator = env.identity(COORDINATOR).to_public();
    let sealed = croise::seal::seal(&coordinator, &plain, croise::seal::Armor::Binary).unwrap();
    let bad = env.path("altered.tokens.age");
    write(&bad, &sealed);
    refused(
        &env,
        env.match_(&[env.tokens_path("ml-nancy"), bad.clone()]),
        &bad,
        "has been altered",
        &[&env.path("results")],
    );
}

#[test]
fn empty_token_file() {
    let env = two_token_files();
    let bad = env.path("empty.tokens.age");
    write(&bad, b"");
    refused(
        &env,
        env.match_(&[env.tokens_path("ml-nancy"), bad.clone()]),
        &bad,
        "is not an encrypted croise file",
        &[&env.path("results")],
    );
}

#[test]
fn result_file_flipped_truncated_or_altered() {
    let env = matched();
    let party = "stemo-nancy";
    let path = env.result_path(party);
    let original = std::fs::read(&path).unwrap();
    let mut plain = env.decrypt(party, &path);
    let middle = plain.len() / 2;
    plain[middle] ^= 0x01;
    let recipient = env.identity(party).to_public();
    let altered = croise::seal::seal(&recipient, &plain, croise::seal::Armor::Text).unwrap();
    for (name, bytes, phrase) in [
        (
            "flipped.result.age",
            flip_middle(&original),
            "is damaged or truncated",
        ),
        (
            "truncated.result.age",
            truncate_half(&original),
            "is damaged or truncated",
        ),
        ("altered.result.age", altered, "has been altered"),
    ] {
        let bad = env.path(name);
        write(&bad, &bytes);
        let args = reveal_args(&env, party, party, &env.list_path(party), &bad);
        refused(&env, env.run(args), &bad, phrase, &[&env.path("out.csv")]);
    }
    // The untouched result is accepted: the refusals came from the damage.
    let args = reveal_args(&env, party, party, &env.list_path(party), &path);
    env.run(args).success();
}

#[test]
fn edited_manifest_is_refused_by_every_role() {
    let env = matched();
    let original = std::fs::read_to_string(env.manifest_path()).unwrap();
    let edits = [
        (
            "reference date",
            "reference_date = \"2026-10-01\"",
            "reference_date = \"2026-09-01\"",
        ),
        (
            "party name",
            "name = \"STEMO de Nancy\"",
            "name = \"STEMO de Toul\"",
        ),
    ];
    for (what, from, to) in edits {
        assert!(original.contains(from), "{what}");
        let edited = env.path("edited/campaign.toml");
        write(&edited, original.replace(from, to).as_bytes());
        // Keep the key files beside it, as a participant would.
        let keys = env.path("edited/keys");
        std::fs::create_dir_all(&keys).unwrap();
        for p in &SAMPLE_PARTIES {
            let key = env.key_in("edited", p.id);
            if !key.exists() {
                std::fs::copy(env.key_path(p.id), key).unwrap();
            }
        }
        let phrase = "has been altered";

        let tokens_out = env.path("out.tokens.age");
        let tokenize = env.run(tokenize_args(&env, "edited", "stemo-nancy", "stemo-nancy"));
        refused(&env, tokenize, &edited, phrase, &[&tokens_out]);

        let files: Vec<PathBuf> = SAMPLE_PARTIES
            .iter()
            .map(|p| env.tokens_path(p.id))
            .collect();
        let out = env.path("results-edited");
        let matching = env.match_in("edited", COORDINATOR, &files, &out);
        refused(&env, matching, &edited, phrase, &[&out]);

        let mut args = vec![
            os("reveal"),
            env.list_path("stemo-nancy").into(),
            os("--result"),
            env.result_path("stemo-nancy").into(),
        ];
        args.extend(env.holder_options("edited", "stemo-nancy", "stemo-nancy"));
        args.extend([os("--out"), env.path("out.csv").into()]);
        refused(
            &env,
            env.run(args),
            &edited,
            phrase,
            &[&env.path("out.csv")],
        );
    }
}

// ---- one file per party ----------------------------------------------------

#[test]
fn same_token_file_given_twice() {
    let env = two_token_files();
    let file = env.tokens_path("stemo-nancy");
    let err = refused(
        &env,
        env.match_(&[file.clone(), env.tokens_path("ml-nancy"), file.clone()]),
        &file,
        "both come from party `stemo-nancy`; give one token file per party",
        &[&env.path("results")],
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn party_tokenized_twice_into_two_files() {
    let env = two_token_files();
    let second = env.path("inbox/stemo-nancy-again.tokens.age");
    env.tokenize_to("stemo-nancy", &env.list_path("stemo-nancy"), &second)
        .success();
    let first = env.tokens_path("stemo-nancy");
    let err = refused(
        &env,
        env.match_(&[first.clone(), env.tokens_path("ml-nancy"), second.clone()]),
        &second,
        "both come from party `stemo-nancy`",
        &[&env.path("results")],
    );
    assert!(err.contains(&first.display().to_string()), "{err}");
}

// ---- reveal needs the list as tokenized -----------------------------------

#[test]
fn changed_list_at_reveal() {
    let env = matched();
    let party = "stemo-metz";
    let list = env.list_path(party);
    let original = std::fs::read(&list).unwrap();

    let mut appended = original.clone();
    appended.extend_from_slice(b"NOUVEAU;JEUNE;01/02/2009;M;2026/09999\r\n");
    let mut one_character = original.clone();
    let i = one_character.iter().position(|b| *b == b'/').unwrap() - 1;
    one_character[i] = if one_character[i] == b'1' { b'2' } else { b'1' };
    assert_eq!(one_character.len(), original.len());

    for changed in [appended, one_character] {
        std::fs::write(&list, &changed).unwrap();
        let args = reveal_args(&env, party, party, &list, &env.result_path(party));
        refused(
            &env,
            env.run(args),
            &list,
            "is not the list that was tokenized for this result (its content differs)",
            &[&env.path("out.csv")],
        );
    }
    // Back to the tokenized bytes, reveal works.
    std::fs::write(&list, &original).unwrap();
    let args = reveal_args(&env, party, party, &list, &env.result_path(party));
    env.run(args).success();
    assert!(env.path("out.csv").exists());
}

// ---- secret files ------------------------------------------------------------

#[cfg(unix)]
#[test]
fn identity_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let env = matched();
    let open = |who: &str| {
        std::fs::set_permissions(
            env.identity_path(who),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap()
    };
    open("stemo-nancy");
    open(COORDINATOR);
    let hint = |who: &str| {
        format!(
            "can be read by other users of this computer; it holds a secret. Restrict it to yourself (e.g. `chmod 600 {}`)",
            env.identity_path(who).display()
        )
    };

    let id = env.identity_path("stemo-nancy");
    let tokenize = env.run(tokenize_args(
        &env,
        "campaign",
        "stemo-nancy",
        "stemo-nancy",
    ));
    refused(
        &env,
        tokenize,
        &id,
        &hint("stemo-nancy"),
        &[&env.path("out.tokens.age")],
    );

    let args = reveal_args(
        &env,
        "stemo-nancy",
        "stemo-nancy",
        &env.list_path("stemo-nancy"),
        &env.result_path("stemo-nancy"),
    );
    refused(
        &env,
        env.run(args),
        &id,
        &hint("stemo-nancy"),
        &[&env.path("out.csv")],
    );

    let show = env.run([os("identity"), os("show"), id.clone().into()]);
    refused(&env, show, &id, &hint("stemo-nancy"), &[]);

    let files: Vec<PathBuf> = SAMPLE_PARTIES
        .iter()
        .map(|p| env.tokens_path(p.id))
        .collect();
    let out = env.path("results-again");
    let coordinator = env.identity_path(COORDINATOR);
    refused(
        &env,
        env.match_to(&files, &out),
        &coordinator,
        &hint(COORDINATOR),
        &[&out],
    );
}

// ---- never overwrite ---------------------------------------------------------

/// Asserts the refusal to overwrite `existing`, which keeps its bytes.
fn refused_to_overwrite(env: &TestEnv, assert: Assert, existing: &Path, before: &[u8]) {
    refused(
        env,
        assert,
        existing,
        "already exists; croise never overwrites",
        &[],
    );
    assert_eq!(std::fs::read(existing).unwrap(), before, "untouched");
}

#[test]
fn identity_new_over_an_existing_file() {
    let env = TestEnv::bare();
    env.new_identity(COORDINATOR);
    let path = env.identity_path(COORDINATOR);
    let before = std::fs::read(&path).unwrap();
    let assert = env.run([os("identity"), os("new"), os("--out"), path.clone().into()]);
    refused_to_overwrite(&env, assert, &path, &before);
}

#[test]
fn campaign_new_over_an_existing_campaign() {
    let env = TestEnv::samples();
    let before: Vec<(PathBuf, Vec<u8>)> = all_files(&env.path("campaign"))
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    assert_eq!(before.len(), 5);
    let assert = env.new_campaign("campaign", "Again");
    let manifest = std::fs::read(env.manifest_path()).unwrap();
    refused_to_overwrite(&env, assert, &env.manifest_path(), &manifest);
    for (path, bytes) in before {
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{}", path.display());
    }
}

#[test]
fn tokenize_over_an_existing_file() {
    let env = TestEnv::samples();
    let out = env.tokens_path("stemo-nancy");
    write(&out, b"already here");
    let assert = env.tokenize("stemo-nancy", &env.list_path("stemo-nancy"));
    refused_to_overwrite(&env, assert, &out, b"already here");
}

#[test]
fn match_over_an_existing_summary_or_result() {
    let env = two_token_files();
    let files = [env.tokens_path("stemo-nancy"), env.tokens_path("ml-nancy")];
    for existing in ["summary.toml", "ml-nancy.result.age"] {
        let dir = env.path(format!("results-{existing}"));
        let path = dir.join(existing);
        write(&path, b"already here");
        let assert = env.match_partial_in("campaign", COORDINATOR, &files, &dir);
        refused_to_overwrite(&env, assert, &path, b"already here");
        assert_eq!(all_files(&dir), [path], "nothing else written");
    }
}

#[test]
fn reveal_over_an_existing_file() {
    let env = matched();
    let out = env.links_path("ml-metz");
    write(&out, b"already here");
    let assert = env.reveal("ml-metz", &env.list_path("ml-metz"));
    refused_to_overwrite(&env, assert, &out, b"already here");
}

// ---- lists that cannot be read -------------------------------------------

#[test]
fn missing_column_lists_the_headers_and_the_fix() {
    let env = TestEnv::samples();
    let list = env.path("stemo-nancy/sans-date.csv");
    // The sample with its date column renamed to a title croise does not know.
    let mut bytes = std::fs::read(env.list_path("stemo-nancy")).unwrap();
    let from = b"DATE NAISSANCE";
    let at = bytes.windows(from.len()).position(|w| w == from).unwrap();
    bytes.splice(at..at + from.len(), b"NAISS.".iter().copied());
    write(&list, &bytes);

    let out = env.path("out.tokens.age");
    let tokenize = |extra: &[&str]| {
        let mut args = vec![os("tokenize"), list.clone().into()];
        args.extend(env.holder_options("campaign", "stemo-nancy", "stemo-nancy"));
        args.extend([os("--out"), out.clone().into()]);
        args.extend(extra.iter().map(|a| os(a)));
        env.run(args)
    };
    refused(
        &env,
        tokenize(&[]),
        &list,
        "the date of birth column is missing. Headers found: \"NOM\", \"PRENOM(S)\", \"NAISS.\", \"SEXE\", \"N° DOSSIER\". Tell croise which column holds it, e.g. --column birth-date=\"NAISS.\"",
        &[&out],
    );
    // The fix the message shows works.
    tokenize(&["--column", "birth-date=NAISS.", "--accept-losses"]).success();
    assert!(out.exists());
}

#[test]
fn empty_list() {
    let env = TestEnv::samples();
    for (name, bytes) in [("vide.csv", &b""[..]), ("blanc.csv", &b" \r\n\r\n"[..])] {
        let list = env.path(name);
        write(&list, bytes);
        let mut args = vec![os("tokenize"), list.clone().into()];
        args.extend(env.holder_options("campaign", "ml-metz", "ml-metz"));
        args.extend([os("--out"), env.path("out.tokens.age").into()]);
        refused(
            &env,
            env.run(args),
            &list,
            "is empty",
            &[&env.path("out.tokens.age")],
        );
    }
}

#[test]
fn binary_junk_as_list() {
    let env = TestEnv::samples();
    // A workbook (zip) and bytes that are no text at all.
    let mut junk: Vec<u8> = b"PK\x03\x04\x14\x00\x06\x00".to_vec();
    junk.extend((0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8));
    let list = env.path("liste.xlsx");
    write(&list, &junk);
    let mut args = vec![os("tokenize"), list.clone().into()];
    args.extend(env.holder_options("campaign", "ml-metz", "ml-metz"));
    args.extend([os("--out"), env.path("out.tokens.age").into()]);
    refused(
        &env,
        env.run(args),
        &list,
        "does not look like a list: it contains binary data. Export it from your spreadsheet as CSV",
        &[&env.path("out.tokens.age")],
    );
}

// ---- campaigns that must not be created ----------------------------------

/// `campaign new` into `new-campaign/` with `--party` specs and the
/// coordinator's recipient; asserts the refusal and that nothing was
/// written.
fn campaign_refused(env: &TestEnv, parties: &[String], coordinator: &str, phrase: &str) -> String {
    let mut args = vec![
        os("campaign"),
        os("new"),
        os("--name"),
        os("Refused"),
        os("--reference-date"),
        os("2026-10-01"),
    ];
    for p in parties {
        args.extend([os("--party"), os(p)]);
    }
    args.extend([os("--coordinator"), os(coordinator)]);
    args.extend([os("--out"), env.path("new-campaign").into()]);
    let err = assert_refused(env.run(args), "", phrase);
    assert!(!env.path("new-campaign").exists());
    err
}

#[test]
fn campaign_with_the_coordinator_as_a_party() {
    let env = TestEnv::samples();
    let coordinator = env.recipient(COORDINATOR);
    campaign_refused(
        &env,
        &[
            format!("stemo-nancy:justice:{coordinator}"),
            format!("ml-nancy:mission-locale:{}", env.recipient("ml-nancy")),
        ],
        &coordinator,
        "party `stemo-nancy` has the coordinator's recipient: the coordinator must never hold the campaign key",
    );
}

#[test]
fn campaign_with_two_parties_sharing_an_identity() {
    let env = TestEnv::samples();
    let shared = env.recipient("stemo-nancy");
    campaign_refused(
        &env,
        &[
            format!("stemo-nancy:justice:{shared}"),
            format!("ml-nancy:mission-locale:{shared}"),
        ],
        &env.recipient(COORDINATOR),
        "party `ml-nancy` has the same recipient as another party",
    );
}

#[test]
fn campaign_with_one_side_only() {
    let env = TestEnv::samples();
    campaign_refused(
        &env,
        &[format!(
            "stemo-nancy:justice:{}",
            env.recipient("stemo-nancy")
        )],
        &env.recipient(COORDINATOR),
        "the campaign needs at least one `mission-locale` party",
    );
}

#[test]
fn campaign_with_a_secret_key_pasted_as_a_recipient() {
    let env = TestEnv::samples();
    let identity = std::fs::read_to_string(env.identity_path("stemo-nancy")).unwrap();
    let secret = identity
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap()
        .to_string();
    for (party, coordinator) in [
        (secret.clone(), env.recipient(COORDINATOR)),
        (env.recipient("stemo-nancy"), secret.clone()),
    ] {
        let err = campaign_refused(
            &env,
            &[
                format!("stemo-nancy:justice:{party}"),
                format!("ml-nancy:mission-locale:{}", env.recipient("ml-nancy")),
            ],
            &coordinator,
            "(a SECRET key: never paste it anywhere)` is not an age public recipient",
        );
        assert!(!err.contains(&secret[15..]), "the secret is not echoed");
    }
}

#[test]
fn demo_keep_into_a_folder_that_is_not_empty() {
    let env = TestEnv::bare();
    let dir = env.path("kept");
    write(&dir.join("notes.txt"), b"mine");
    let assert = env.run([os("demo"), os("--keep"), dir.clone().into()]);
    refused(
        &env,
        assert,
        &dir,
        "is not empty; give a new or empty folder to --keep",
        &[],
    );
    assert_eq!(all_files(&dir), [dir.join("notes.txt")]);
}
