//! Issue 12, item 1: one edit of the list after `tokenize` no longer breaks
//! `reveal`. `tokenize` keeps the rows it used as a snapshot encrypted to the
//! holder (`PARTY.snapshot.age` beside the token file); `reveal` uses it.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use common::{SAMPLE_PARTIES, TestEnv, os};

const PARTY: &str = "ml-nancy";

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

/// The samples, each party tokenized with its token file (and so its
/// snapshot) beside its list, then matched.
fn tokenized_beside_the_list(lang: &[(&str, &str)]) -> (TestEnv, String) {
    let env = TestEnv::samples();
    let mut files = Vec::new();
    let mut tokenize_out = String::new();
    for p in &SAMPLE_PARTIES {
        let out = env.path(p.id).join(format!("{}.tokens.age", p.id));
        let mut args = vec![os("tokenize"), env.list_path(p.id).into()];
        args.extend(env.holder_options("campaign", p.id, p.id));
        args.extend([os("--out"), out.clone().into(), os("--accept-losses")]);
        let run = env.run_with_env(lang, args).success();
        if p.id == PARTY {
            tokenize_out = stdout(&run);
        }
        std::fs::copy(&out, env.tokens_path(p.id)).ok();
        files.push(out);
    }
    env.match_(&files).success();
    (env, tokenize_out)
}

fn snapshot_path(env: &TestEnv) -> PathBuf {
    env.path(PARTY).join(format!("{PARTY}.snapshot.age"))
}

fn reveal(
    env: &TestEnv,
    lang: &[(&str, &str)],
    list: Option<&Path>,
    extra: &[OsString],
    out: &Path,
) -> assert_cmd::assert::Assert {
    let mut args = vec![os("reveal")];
    if let Some(list) = list {
        args.push(list.into());
    }
    args.extend([os("--result"), env.result_path(PARTY).into()]);
    args.extend(env.holder_options("campaign", PARTY, PARTY));
    args.extend(extra.iter().cloned());
    args.extend([os("--out"), out.into()]);
    env.run_with_env(lang, args)
}

/// Changes one letter of the first data row's surname.
fn edit_one_letter(list: &Path) {
    let text = std::fs::read(list).unwrap();
    let mut lines: Vec<Vec<u8>> = text.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
    let row = lines
        .iter_mut()
        .skip(1)
        .find(|l| l.iter().any(u8::is_ascii_alphabetic))
        .unwrap();
    let i = row.iter().position(u8::is_ascii_uppercase).unwrap();
    row[i] = if row[i] == b'Z' { b'Y' } else { b'Z' };
    std::fs::write(list, lines.join(&b'\n')).unwrap();
}

#[test]
fn an_edited_list_still_reveals_the_same_rows_from_the_snapshot() {
    let (env, tokenize_out) = tokenized_beside_the_list(&[]);
    let snapshot = snapshot_path(&env);
    assert!(
        tokenize_out.contains(&format!(
            "Snapshot of your list written to {} (it holds names: keep it on this workstation and never send it;",
            snapshot.display()
        )),
        "{tokenize_out}"
    );
    assert!(snapshot.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&snapshot).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "snapshot readable by others: {mode:o}");
    }
    // Encrypted: no name of the list appears in it.
    let bytes = std::fs::read(&snapshot).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!bytes.windows(5).any(|w| w == b"Tiago"));

    let list = env.list_path(PARTY);
    let before = env.path("before.csv");
    let run = reveal(&env, &[], Some(&list), &[], &before).success();
    assert!(
        stdout(&run).contains("Rows taken from the snapshot kept by tokenize"),
        "{}",
        stdout(&run)
    );

    edit_one_letter(&list);
    let after = env.path("after.csv");
    let run = reveal(&env, &[], Some(&list), &[], &after).success();
    let out = stdout(&run);
    assert!(
        out.contains(&format!(
            "{} has changed since tokenize: croise used the snapshot kept by tokenize ({})",
            list.display(),
            snapshot.display()
        )),
        "{out}"
    );
    assert!(out.contains("13 of your rows were linked."), "{out}");
    assert_eq!(
        std::fs::read(&before).unwrap(),
        std::fs::read(&after).unwrap()
    );

    // Without the list: the snapshot named with --snapshot.
    let bare = env.path("bare.csv");
    let run = reveal(
        &env,
        &[],
        None,
        &[os("--snapshot"), snapshot.clone().into()],
        &bare,
    )
    .success();
    assert!(stdout(&run).contains("Rows taken from the snapshot"));
    assert_eq!(
        std::fs::read(&before).unwrap(),
        std::fs::read(&bare).unwrap()
    );
}

#[test]
fn in_french_tokenize_and_reveal_say_the_snapshot_in_one_line() {
    let fr = [("LANG", "fr_FR.UTF-8")];
    let (env, tokenize_out) = tokenized_beside_the_list(&fr);
    assert!(
        tokenize_out.contains("Instantané de votre liste écrit dans"),
        "{tokenize_out}"
    );
    assert!(tokenize_out.contains("ne l'envoyez jamais"));
    let list = env.list_path(PARTY);
    edit_one_letter(&list);
    let run = reveal(&env, &fr, Some(&list), &[], &env.path("out.csv")).success();
    assert!(
        stdout(&run).contains("a changé depuis tokenize : croise a utilisé l'instantané"),
        "{}",
        stdout(&run)
    );
}

#[test]
fn without_a_list_or_a_snapshot_reveal_says_what_to_give() {
    let (env, _) = tokenized_beside_the_list(&[]);
    // The current folder (the test tree's root) holds no snapshot.
    let run = reveal(&env, &[], None, &[], &env.path("out.csv")).failure();
    let err = stderr(&run);
    assert!(
        err.contains("no snapshot of your list at ml-nancy.snapshot.age, and no list given"),
        "{err}"
    );
    assert!(!env.path("out.csv").exists());
    let run = reveal(
        &env,
        &[("LANG", "fr_FR.UTF-8")],
        None,
        &[],
        &env.path("out.csv"),
    )
    .failure();
    assert!(stderr(&run).contains("pas d'instantané de votre liste"));
}

#[test]
fn a_snapshot_is_never_replaced_and_tokenize_refuses_before_any_work() {
    let (env, _) = tokenized_beside_the_list(&[]);
    let other = env.path(PARTY).join("again.tokens.age");
    let mut args = vec![os("tokenize"), env.list_path(PARTY).into()];
    args.extend(env.holder_options("campaign", PARTY, PARTY));
    args.extend([
        os("--out"),
        other.clone().into(),
        os("--snapshot"),
        snapshot_path(&env).into(),
    ]);
    let run = env.run(args).failure();
    assert!(stderr(&run).contains("ml-nancy.snapshot.age already exists"));
    assert!(!other.exists());
}

#[test]
fn another_partys_snapshot_is_refused() {
    let (env, _) = tokenized_beside_the_list(&[]);
    // The snapshot of stemo-nancy is encrypted to stemo-nancy: not for
    // ml-nancy's identity.
    let theirs = env.path("stemo-nancy").join("stemo-nancy.snapshot.age");
    let run = reveal(
        &env,
        &[],
        None,
        &[os("--snapshot"), theirs.into()],
        &env.path("out.csv"),
    )
    .failure();
    assert!(stderr(&run).contains("is not for you"), "{}", stderr(&run));
}

/// The snapshot keeps the column choices of tokenize: reveal needs no
/// `--column` again, and finds the snapshot in the current folder when it
/// is not beside the list.
#[test]
fn the_snapshot_keeps_the_column_choices_and_is_found_in_the_current_folder() {
    let env = TestEnv::samples();
    let list = env.list_path(PARTY);
    let text = std::fs::read_to_string(&list).unwrap();
    std::fs::write(&list, text.replacen("Nom de naissance", "Patronyme", 1)).unwrap();
    let mut files = Vec::new();
    for p in &SAMPLE_PARTIES {
        let out = if p.id == PARTY {
            // In the test tree's root, where croise runs: the snapshot too.
            env.path(format!("{PARTY}.tokens.age"))
        } else {
            env.tokens_path(p.id)
        };
        let mut args = vec![os("tokenize"), env.list_path(p.id).into()];
        args.extend(env.holder_options("campaign", p.id, p.id));
        args.extend([os("--out"), out.clone().into(), os("--accept-losses")]);
        if p.id == PARTY {
            args.extend([os("--column"), os("surname=Patronyme")]);
        }
        env.run(args).success();
        files.push(out);
    }
    assert!(env.path(format!("{PARTY}.snapshot.age")).exists());
    env.match_(&files).success();
    let run = reveal(&env, &[], Some(&list), &[], &env.path("out.csv")).success();
    assert!(
        stdout(&run).contains(&format!(
            "Rows taken from the snapshot kept by tokenize ({PARTY}.snapshot.age)"
        )),
        "{}",
        stdout(&run)
    );
    let out = std::fs::read_to_string(env.path("out.csv")).unwrap();
    assert!(out.contains("Patronyme"), "{out}");
}
