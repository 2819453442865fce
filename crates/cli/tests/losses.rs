//! No row lost without the holder knowing (issue 12): dates in words are
//! read through `check` and `tokenize`; a list that would lose more than
//! 2 % of its rows to rejections is "to be corrected" for `check` (exit 1)
//! and refused by `tokenize` unless `--accept-losses` is given.

mod common;

use std::path::{Path, PathBuf};

use common::{
    SAMPLE_PARTIES, TestEnv, assert_refused, leftover_parts, os, samples_dir, stderr, stdout,
};

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

/// `tokenize LIST` for `party`, without `--accept-losses` unless `extra`
/// gives it.
fn tokenize(env: &TestEnv, party: &str, list: &Path, extra: &[&str]) -> Vec<std::ffi::OsString> {
    let mut args = vec![os("tokenize"), list.into()];
    args.extend(env.holder_options("campaign", party, party));
    args.extend([os("--out"), env.tokens_path(party).into()]);
    args.extend(extra.iter().map(|a| os(a)));
    args
}

/// A STEMO list of `rows` people in the age window, of which the first
/// `unreadable` have a date of birth in an unknown format.
fn list_with_losses(env: &TestEnv, rows: usize, unreadable: usize) -> PathBuf {
    let mut text = String::from("NOM;PRENOM;DATE NAISSANCE\r\n");
    for i in 0..rows {
        let date = if i < unreadable {
            "date inconnue".to_string()
        } else {
            format!("{:02}/03/2009", i % 28 + 1)
        };
        text.push_str(&format!(
            "ESSAI{};Prenom{};{date}\r\n",
            letters(i),
            letters(i)
        ));
    }
    let path = env.path(format!("liste-{rows}-{unreadable}.csv"));
    std::fs::write(&path, text).unwrap();
    path
}

/// A distinct name for each row (digits would fold away).
fn letters(mut i: usize) -> String {
    let mut out = String::new();
    loop {
        out.push((b'A' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return out;
        }
    }
}

#[test]
fn every_date_in_words_is_kept_by_check_and_tokenize() {
    let env = TestEnv::new(&[SAMPLE_PARTIES[0], SAMPLE_PARTIES[2]]);
    let party = SAMPLE_PARTIES[0].id;
    let list = env.list_path(party);
    std::fs::copy(corpus("dates-in-words.csv"), &list).unwrap();

    let check = env
        .run([
            os("check"),
            list.clone().into(),
            os("--reference-date"),
            os("2026-10-01"),
        ])
        .success();
    let out = stdout(&check);
    assert!(out.contains("Rows read: 19"), "{out}");
    assert!(out.contains("usable: 19"), "{out}");
    assert!(out.contains("rejected: 0"), "{out}");
    assert!(out.contains("Verdict: OK —"), "{out}");

    let t = env.run(tokenize(&env, party, &list, &[])).success();
    let out = stdout(&t);
    assert!(out.contains("rows read:               19"), "{out}");
    assert!(out.contains("kept (in the age window): 19"), "{out}");
    assert!(out.contains("rejected:                0"), "{out}");
    let file = env.open_tokens(&env.tokens_path(party));
    assert_eq!(file.header.records, 19);
}

#[test]
fn check_says_to_be_corrected_above_two_percent_lost() {
    let env = TestEnv::bare();
    let check = |list: &Path, vars: &[(&str, &str)]| {
        env.run_with_env(
            vars,
            [
                os("check"),
                list.into(),
                os("--reference-date"),
                os("2026-10-01"),
            ],
        )
    };
    // 2 of 100: warnings only.
    let two = list_with_losses(&env, 100, 2);
    let out = stdout(&check(&two, &[]).success());
    assert!(out.contains("Verdict: OK with warnings"), "{out}");

    // 3 of 100: to be corrected, exit 1, the share and the way out said.
    let three = list_with_losses(&env, 100, 3);
    let a = check(&three, &[]).code(1);
    let out = stdout(&a);
    assert!(
        out.contains(
            "Verdict: to be corrected — 3 of 100 rows (3.0%) would be rejected, more than the 2% allowed; most for: date of birth in an unknown format (column C \"DATE NAISSANCE\")."
        ),
        "{out}"
    );
    assert!(out.contains("croise tokenize --accept-losses"), "{out}");
    assert!(
        stderr(&a).contains("would lose too many rows; see the verdict above"),
        "{}",
        stderr(&a)
    );

    let out = stdout(&check(&three, FR).code(1));
    assert!(
        out.contains("Verdict : à corriger — croise écarterait 3 des 100 lignes (3,0 %), plus que les 2 % admis"),
        "{out}"
    );

    // More than half: still "cannot be used".
    let most = list_with_losses(&env, 10, 6);
    let out = stdout(&check(&most, &[]).code(1));
    assert!(out.contains("Verdict: cannot be used"), "{out}");
}

#[test]
fn tokenize_refuses_a_list_losing_more_than_two_percent_unless_told() {
    let env = TestEnv::samples();
    // The Metz STEMO sample loses 2 of its 35 rows (5.7 %).
    let party = "stemo-metz";
    let list = env.list_path(party);
    let refused = env.run(tokenize(&env, party, &list, &[]));
    let out = stdout(&refused);
    let err = assert_refused(
        refused,
        "liste.csv",
        "2 of its 35 rows would be left out (1 no date of birth, 1 impossible date of birth), more than the 2 % croise leaves out without being told to",
    );
    assert!(err.contains("--accept-losses"), "{err}");
    // The rows and reasons, as numbers only.
    assert!(
        out.contains("no date of birth (date of birth column): 1 — row(s) 21"),
        "{out}"
    );
    assert!(
        out.contains("impossible date of birth (date of birth column): 1 — row(s) 22"),
        "{out}"
    );
    assert!(!env.tokens_path(party).exists(), "no token file");
    assert_eq!(leftover_parts(env.root()), Vec::<PathBuf>::new());

    let err = stderr(
        &env.run_with_env(FR, tokenize(&env, party, &list, &[]))
            .code(1),
    );
    assert!(
        err.contains("croise laisserait de côté 2 de ses 35 lignes (1 : pas de date de naissance, 1 : date de naissance impossible)"),
        "{err}"
    );

    let t = env
        .run(tokenize(&env, party, &list, &["--accept-losses"]))
        .success();
    assert!(stdout(&t).contains("rejected:                2"));
    assert_eq!(env.open_tokens(&env.tokens_path(party)).header.records, 31);

    // A list losing nothing needs no option.
    let ml = "ml-metz";
    env.run(tokenize(&env, ml, &env.list_path(ml), &[]))
        .success();
    assert!(samples_dir().join("ml-metz.csv").exists());
}
