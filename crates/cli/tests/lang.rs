//! The interface's language: French under a French locale, English
//! otherwise, `--lang fr|en` to force one. Each test runs the real binary
//! and checks the words a user reads — a successful tokenize, a missing
//! column, a wrong identity, check's verdict, `--help` and a mistyped
//! command line — in both languages, and that the French text, like the
//! English one, names files, rows and columns but never a value.

mod common;

use std::ffi::OsString;
use std::path::Path;

use common::{PartySpec, TestEnv, os, stderr, stdout};

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];
const NO_LOCALE: &[(&str, &str)] = &[];

const PARTIES: [PartySpec; 2] = [
    PartySpec {
        id: "stemo-nancy",
        side: "justice",
        name: "STEMO de Nancy",
    },
    PartySpec {
        id: "ml-nancy",
        side: "mission-locale",
        name: "Mission Locale du Grand Nancy",
    },
];

/// Two parties, each with its sample list.
fn env() -> TestEnv {
    let env = TestEnv::new(&PARTIES);
    for p in &PARTIES {
        std::fs::copy(
            common::samples_dir().join(format!("{}.csv", p.id)),
            env.list_path(p.id),
        )
        .expect("copy sample");
    }
    env
}

/// `tokenize LIST --accept-losses` for `party` with the identity of
/// `identity_of`, to a fresh file named `out`, then `extra`. (The STEMO
/// sample loses 1 row of 38 on purpose, more than 2 %: see tests/losses.rs.)
fn tokenize(
    env: &TestEnv,
    party: &str,
    identity_of: &str,
    list: &Path,
    out: &str,
) -> Vec<OsString> {
    let mut args = vec![os("tokenize"), list.into()];
    args.extend(env.holder_options("campaign", party, identity_of));
    args.extend([os("--out"), env.path(out).into(), os("--accept-losses")]);
    args
}

fn with(mut args: Vec<OsString>, extra: &[&str]) -> Vec<OsString> {
    args.extend(extra.iter().map(|a| os(a)));
    args
}

// ---- detection -------------------------------------------------------------

#[test]
fn tokenize_speaks_french_under_a_french_locale() {
    let env = env();
    let list = env.list_path("stemo-nancy");
    let assert = env.run_with_env(
        FR,
        tokenize(&env, "stemo-nancy", "stemo-nancy", &list, "a.age"),
    );
    let out = stdout(&assert);
    assert.success();
    for phrase in [
        "  lignes lues :                     38\n",
        "  gardées (dans la tranche d'âge) : 34\n",
        "  hors de la tranche d'âge :        3\n",
        "  écartées :                        1\n",
        // One row: singular ("ligne 19", no more "ligne(s)").
        "    pas de date de naissance (colonne date de naissance) : 1 — ligne 19\n",
        "Fichier de jetons écrit : ",
        " — envoyez-le au coordinateur.\n",
    ] {
        assert!(out.contains(phrase), "French `{phrase}` in:\n{out}");
    }
    assert!(!out.contains("rows read"), "no English left:\n{out}");
}

#[test]
fn tokenize_speaks_english_without_a_locale_and_under_lc_all_c() {
    let env = env();
    let list = env.list_path("stemo-nancy");
    for (n, vars) in [
        NO_LOCALE,
        &[("LANG", "C.UTF-8")],
        // LC_ALL wins over LANG, as in every POSIX program.
        &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")],
        &[("LANG", "en_GB.UTF-8")],
    ]
    .into_iter()
    .enumerate()
    {
        let assert = env.run_with_env(
            vars,
            tokenize(
                &env,
                "stemo-nancy",
                "stemo-nancy",
                &list,
                &format!("{n}.age"),
            ),
        );
        let out = stdout(&assert);
        assert.success();
        assert!(
            out.contains("  rows read:               38\n"),
            "{vars:?}:\n{out}"
        );
        assert!(
            out.contains(" — send it to the coordinator.\n"),
            "{vars:?}:\n{out}"
        );
    }
}

#[test]
fn lc_messages_alone_chooses_french() {
    let env = env();
    let list = env.list_path("ml-nancy");
    let assert = env.run_with_env(
        &[("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "en_US.UTF-8")],
        tokenize(&env, "ml-nancy", "ml-nancy", &list, "a.age"),
    );
    let out = stdout(&assert);
    assert.success();
    assert!(out.contains("lignes lues"), "{out}");
}

#[test]
fn lang_flag_overrides_the_locale_wherever_it_is_written() {
    let env = env();
    let list = env.list_path("ml-nancy");
    let english = env.run_with_env(
        FR,
        with(
            tokenize(&env, "ml-nancy", "ml-nancy", &list, "en.age"),
            &["--lang", "en"],
        ),
    );
    let out = stdout(&english);
    english.success();
    assert!(out.contains("  rows read:               47\n"), "{out}");

    let mut args = vec![os("--lang=fr")];
    args.extend(tokenize(&env, "ml-nancy", "ml-nancy", &list, "fr.age"));
    let french = env.run_with_env(NO_LOCALE, args);
    let out = stdout(&french);
    french.success();
    assert!(
        out.contains("  lignes lues :                     47\n"),
        "{out}"
    );
}

// ---- errors ------------------------------------------------------------------

/// A list whose surname column has a title croise does not know.
fn list_without_surname(env: &TestEnv) -> std::path::PathBuf {
    let path = env.path("autre.csv");
    std::fs::write(
        &path,
        "Famille;Prenom;Naissance\r\nZORGLUBINSKI;Anatole;03/04/2009\r\n",
    )
    .unwrap();
    path
}

#[test]
fn missing_column_in_french_names_the_column_and_the_fix_never_a_value() {
    let env = env();
    let list = list_without_surname(&env);
    let assert = env.run_with_env(FR, tokenize(&env, "ml-nancy", "ml-nancy", &list, "a.age"));
    let err = stderr(&assert);
    assert.code(1);
    assert!(err.starts_with("croise : erreur : "), "{err}");
    for phrase in [
        "autre.csv : la colonne nom (de naissance) est introuvable.",
        "En-têtes trouvés : \"Famille\", \"Prenom\", \"Naissance\".",
        "Indiquez à croise quelle colonne la contient, par exemple --column surname=\"Famille\"",
        "--columns-file FICHIER",
        "(La ligne d'en-tête est la ligne 1.)",
    ] {
        assert!(err.contains(phrase), "French `{phrase}` in:\n{err}");
    }
    for value in ["ZORGLUBINSKI", "Anatole", "03/04/2009"] {
        assert!(!err.contains(value), "value {value} printed:\n{err}");
    }
    assert!(!env.path("a.age").exists());
}

#[test]
fn missing_column_in_english_is_unchanged() {
    let env = env();
    let list = list_without_surname(&env);
    let assert = env.run_with_env(
        FR,
        with(
            tokenize(&env, "ml-nancy", "ml-nancy", &list, "a.age"),
            &["--lang", "en"],
        ),
    );
    let err = stderr(&assert);
    assert.code(1);
    assert!(err.starts_with("croise: error: "), "{err}");
    assert!(
        err.contains(
            "autre.csv: the surname (birth name) column is missing. Headers found: \"Famille\", \"Prenom\", \"Naissance\". Tell croise which column holds it, e.g. --column surname=\"Famille\""
        ),
        "{err}"
    );
    assert!(err.contains("(The header row is row 1.)"), "{err}");
}

#[test]
fn wrong_identity_in_french_says_what_to_check() {
    let env = env();
    let list = env.list_path("stemo-nancy");
    // The STEMO's key file opened with the Mission Locale's identity.
    let assert = env.run_with_env(
        FR,
        tokenize(&env, "stemo-nancy", "ml-nancy", &list, "a.age"),
    );
    let err = stderr(&assert);
    assert.code(1);
    let key = env.key_path("stemo-nancy").display().to_string();
    assert_eq!(
        err,
        format!(
            "croise : erreur : le fichier {key} n'est pas destiné à votre identité : il a été chiffré pour un autre participant. Vérifiez que vous avez indiqué votre propre fichier d'identité (--identity) et le fichier qui vous est destiné\n"
        )
    );
}

#[test]
fn wrong_identity_in_english_is_unchanged() {
    let env = env();
    let list = env.list_path("stemo-nancy");
    let assert = env.run_with_env(
        NO_LOCALE,
        with(
            tokenize(&env, "stemo-nancy", "ml-nancy", &list, "a.age"),
            &["--lang", "en"],
        ),
    );
    let err = stderr(&assert);
    assert.code(1);
    let key = env.key_path("stemo-nancy").display().to_string();
    assert_eq!(
        err,
        format!(
            "croise: error: {key} is not for you: it was encrypted for another participant. Check that you passed your own identity file (--identity) and the file meant for you\n"
        )
    );
}

#[test]
fn a_system_error_is_explained_in_french() {
    let env = env();
    let missing = env.path("absente.csv");
    let assert = env.run_with_env(
        FR,
        tokenize(&env, "ml-nancy", "ml-nancy", &missing, "a.age"),
    );
    let err = stderr(&assert);
    assert.code(1);
    assert!(
        err.starts_with("croise : erreur : impossible de lire ")
            && err.contains("absente.csv : ce fichier ou ce dossier n'existe pas."),
        "{err}"
    );
    assert!(
        !err.contains("os error"),
        "the system's English is not repeated: {err}"
    );
}

// ---- check -------------------------------------------------------------------

fn check(env: &TestEnv, vars: &[(&str, &str)], extra: &[&str]) -> (i32, String) {
    let mut args = vec![
        os("check"),
        env.list_path("stemo-nancy").into(),
        os("--campaign"),
        env.manifest_path().into(),
    ];
    args.extend(extra.iter().map(|a| os(a)));
    let assert = env.run_with_env(vars, args);
    let code = assert.get_output().status.code().unwrap();
    (code, stdout(&assert))
}

#[test]
fn check_verdict_in_french() {
    let env = env();
    let (code, out) = check(&env, FR, &[]);
    // 1 row of 38 lost: more than 2 %, so "à corriger" and exit 1.
    assert_eq!(code, 1, "{out}");
    for phrase in [
        "Vérification de ",
        // A date in words in French; English keeps 2026-10-01.
        "Date de référence : 1er octobre 2026 (celle de la campagne « Test »)",
        "Format : CSV, Windows-1252, séparateur point-virgule (;), fins de ligne CRLF",
        "Colonnes :",
        "  nom (de naissance)     A \"NOM\"",
        "Lignes lues : 38",
        "    pas de date de naissance (colonne C \"DATE NAISSANCE\") : 1 — ligne 19",
        "Verdict : à corriger — croise écarterait 1 des 38 lignes (2,6 %), plus que les 2 % admis ; raison la plus fréquente : pas de date de naissance (colonne C \"DATE NAISSANCE\"). Ces jeunes ne pourraient pas être rapprochés : corrigez ces lignes dans votre tableur et relancez croise check. Si elles ne peuvent pas être corrigées, croise tokenize --accept-losses les laissera de côté.",
    ] {
        assert!(out.contains(phrase), "French `{phrase}` in:\n{out}");
    }
}

#[test]
fn check_verdict_in_english() {
    let env = env();
    let (code, out) = check(&env, FR, &["--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("Verdict: to be corrected — 1 of 38 rows (2.6%) would be rejected, more than the 2% allowed;"),
        "{out}"
    );
    assert!(
        out.contains("Reference date: 2026-10-01 (from the campaign “Test”)"),
        "{out}"
    );
}

// ---- help and the command line -------------------------------------------------

#[test]
fn help_in_french() {
    let env = TestEnv::bare();
    let assert = env.run_with_env(FR, ["--help"]);
    let out = stdout(&assert);
    assert.success();
    for phrase in [
        "Croiser des listes STEMO et Mission Locale sans échanger de noms.",
        "Utilisation : croise [OPTIONS] <COMMANDE>",
        "Commandes :",
        "  tokenize  Transformer votre liste en fichier de jetons pour le coordinateur (détenteur de liste)",
        "  check     Vérifier que croise lit bien votre liste, avant de produire les jetons (détenteur de liste)",
        "Options :",
        "Afficher la version",
    ] {
        assert!(out.contains(phrase), "French `{phrase}` in:\n{out}");
    }
    for english in ["Usage:", "Commands:", "Print help"] {
        assert!(
            !out.contains(english),
            "English `{english}` left in:\n{out}"
        );
    }

    let assert = env.run_with_env(NO_LOCALE, ["tokenize", "--help", "--lang", "fr"]);
    let out = stdout(&assert);
    assert.success();
    for phrase in [
        "Utilisation : croise tokenize [OPTIONS] --key <FICHIER> --identity <FICHIER> <LISTE>",
        "Votre fichier d'identité (créé par `croise identity new`)",
        "Le manifeste de la campagne [par défaut : campaign.toml]",
    ] {
        assert!(out.contains(phrase), "French `{phrase}` in:\n{out}");
    }
}

#[test]
fn help_in_english() {
    let env = TestEnv::bare();
    let assert = env.run_with_env(FR, ["--lang", "en", "--help"]);
    let out = stdout(&assert);
    assert.success();
    assert!(
        out.starts_with("Privacy-preserving crossing of STEMO and Mission Locale lists."),
        "{out}"
    );
    assert!(out.contains("Usage: croise [OPTIONS] <COMMAND>"), "{out}");
    assert!(
        out.contains(
            "  tokenize  Turn your list into a token file for the coordinator (data holder)"
        ),
        "{out}"
    );
    assert!(out.contains("--lang <LANG>"), "{out}");
}

#[test]
fn a_missing_option_is_reported_in_french_with_exit_code_2() {
    let env = TestEnv::bare();
    let assert = env.run_with_env(FR, ["tokenize", "liste.csv", "--key", "k.age"]);
    let err = stderr(&assert);
    assert.code(2);
    assert!(
        err.starts_with("croise : erreur : il manque --identity <FICHIER> dans la commande."),
        "{err}"
    );
    assert!(err.contains("Utilisation : croise tokenize"), "{err}");

    let assert = env.run_with_env(FR, ["tokenise"]);
    let err = stderr(&assert);
    assert.code(2);
    assert!(
        err.contains("la commande `tokenise` n'existe pas. Vouliez-vous dire `tokenize` ?"),
        "{err}"
    );
}

#[test]
fn an_unknown_language_is_refused_by_the_parser() {
    let env = TestEnv::bare();
    let assert = env.run_with_env(NO_LOCALE, ["--lang", "de", "--help"]);
    let err = stderr(&assert);
    assert.code(2);
    assert!(err.contains("[possible values: fr, en]"), "{err}");
}

// ---- the whole flow ------------------------------------------------------------

#[test]
fn the_whole_flow_in_french_leaves_no_english_line() {
    let env = env();
    let mut said = String::new();
    let mut files = Vec::new();
    for p in &PARTIES {
        let mut args = vec![os("tokenize"), env.list_path(p.id).into()];
        args.extend(env.holder_options("campaign", p.id, p.id));
        args.extend([
            os("--out"),
            env.tokens_path(p.id).into(),
            os("--accept-losses"),
        ]);
        let assert = env.run_with_env(FR, args);
        said.push_str(&stdout(&assert));
        said.push_str(&stderr(&assert));
        assert.success();
        files.push(env.tokens_path(p.id));
    }
    let mut args = vec![os("match")];
    args.extend(files.iter().map(OsString::from));
    args.extend([
        os("--campaign"),
        env.manifest_path().into(),
        os("--identity"),
        env.identity_path(common::COORDINATOR).into(),
        os("--out-dir"),
        env.path("results").into(),
    ]);
    let assert = env.run_with_env(FR, args);
    let out = stdout(&assert);
    said.push_str(&out);
    said.push_str(&stderr(&assert));
    assert.success();
    for phrase in [
        "Jeunes transmis :",
        "Rapprochements (sûrs / probables / à vérifier) :",
        "  total : ",
        "Fichiers de résultat et résumé écrits dans ",
    ] {
        assert!(out.contains(phrase), "French `{phrase}` in:\n{out}");
    }

    let mut args = vec![
        os("reveal"),
        env.list_path("ml-nancy").into(),
        os("--result"),
        env.result_path("ml-nancy").into(),
    ];
    args.extend(env.holder_options("campaign", "ml-nancy", "ml-nancy"));
    let assert = env.run_with_env(FR, args);
    let out = stdout(&assert);
    said.push_str(&out);
    said.push_str(&stderr(&assert));
    assert.success();
    assert!(
        out.contains(" de vos lignes ont été rapprochées.\n"),
        "{out}"
    );
    assert!(out.contains("  sûr : "), "{out}");
    assert!(
        out.contains("(ce fichier contient des noms : gardez-le sur ce poste)."),
        "{out}"
    );

    let assert = env.run_with_env(FR, [os("campaign"), os("show"), env.manifest_path().into()]);
    let out = stdout(&assert);
    said.push_str(&out);
    said.push_str(&stderr(&assert));
    assert.success();
    assert!(out.starts_with("empreinte du manifeste "), "{out}");
    assert!(out.contains("\nCampagne « Test » ("), "{out}");
    assert!(out.contains("âges de 16 ans à moins de 18 ans"), "{out}");

    for english in [
        "rows read",
        "written to",
        "Records submitted",
        "of your rows",
        "Campaign “",
        "error:",
    ] {
        assert!(!said.contains(english), "English `{english}` in:\n{said}");
    }
}
