//! Issue 12: the messages and behaviours that left users stuck — starting
//! croise with no argument, a closed pipe, and the mistakes named in the
//! issue, each in French and English.

mod common;

use std::process::{Command, Stdio};

use common::{LOCALE_VARS, TestEnv, os};

const FR: [(&str, &str); 1] = [("LANG", "fr_FR.UTF-8")];

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

#[test]
fn croise_alone_welcomes_in_french_and_names_three_commands() {
    let env = TestEnv::bare();
    let run = env.run_with_env(&FR, Vec::<String>::new()).success();
    let out = stdout(&run);
    assert!(out.contains("sans envoyer un seul nom"), "{out}");
    for command in [
        "croise identity new --out identite.txt",
        "croise check",
        "croise demo",
    ] {
        assert!(out.contains(command), "{command}: {out}");
    }
    assert!(stderr(&run).is_empty());
}

#[test]
fn croise_alone_welcomes_in_english_under_an_english_locale() {
    let env = TestEnv::bare();
    let run = env
        .run_with_env(&[("LANG", "en_GB.UTF-8")], Vec::<String>::new())
        .success();
    let out = stdout(&run);
    assert!(out.contains("without sending a single name"), "{out}");
    assert!(out.contains("croise identity new --out identity.txt"));
}

/// `croise check … | head -1`: the reader goes away before croise writes.
#[test]
fn a_closed_pipe_ends_quietly_without_a_panic() {
    let env = TestEnv::samples();
    for vars in [&[][..], &FR[..]] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_croise"));
        for var in LOCALE_VARS {
            command.env_remove(var);
        }
        let mut child = command
            .envs(vars.iter().copied())
            .args([os("check"), env.list_path("ml-nancy").into()])
            .current_dir(env.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end at once: every write to stdout fails.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(output.status.code(), Some(0), "{err}");
        assert!(err.is_empty(), "{err}");
    }
}

// ---- messages that left users stuck -----------------------------------------

#[test]
fn a_missing_campaign_toml_says_where_croise_looked_and_what_to_add() {
    let env = TestEnv::samples();
    // The manifest is in campaign/, not in the folder croise runs in.
    let mut args = vec![os("tokenize"), env.list_path("ml-nancy").into()];
    args.extend([
        os("--key"),
        env.key_path("ml-nancy").into(),
        os("--identity"),
        env.identity_path("ml-nancy").into(),
    ]);
    let run = env.run(args.clone()).failure();
    let err = stderr(&run);
    assert!(
        err.contains("there is no campaign.toml in the current folder ("),
        "{err}"
    );
    assert!(
        err.contains(
            "there is one in campaign/campaign.toml: add --campaign campaign/campaign.toml"
        ),
        "{err}"
    );
    let run = env.run_with_env(&FR, args).failure();
    let err = stderr(&run);
    assert!(
        err.contains("il n'y a pas de campaign.toml dans le dossier courant"),
        "{err}"
    );
    assert!(
        err.contains("ajoutez --campaign campaign/campaign.toml"),
        "{err}"
    );

    // Nowhere at all: the generic advice.
    let bare = TestEnv::bare();
    let run = bare.run(["campaign", "show"]).failure();
    assert!(
        stderr(&run)
            .contains("Add --campaign with its path (e.g. --campaign campagne/campaign.toml)"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn an_ambiguous_reference_date_is_refused_with_the_forms_to_type() {
    let env = TestEnv::bare();
    let run = env
        .run(["check", "x.csv", "--reference-date", "10/01/2026"])
        .failure();
    let err = stderr(&run);
    assert!(
        err.contains("`10/01/2026` can be read two ways: 2026-01-10 or 2026-10-01. Type it as 2026-01-10 or 2026-10-01"),
        "{err}"
    );
    let run = env
        .run_with_env(&FR, ["check", "x.csv", "--reference-date", "10/01/2026"])
        .failure();
    let err = stderr(&run);
    assert!(
        err.contains("peut se lire de deux façons : le 10 janvier 2026 ou le 1er octobre 2026. Écrivez 2026-01-10 ou 2026-10-01"),
        "{err}"
    );
    // Unambiguous: 13/10/2026 and 01/01/2026 are read.
    let list = common::samples_dir().join("ml-nancy.csv");
    for day in ["13/10/2026", "01/01/2026", "2026-10-01", "1er octobre 2026"] {
        env.run([
            os("check"),
            list.clone().into(),
            os("--reference-date"),
            os(day),
        ])
        .success();
    }
}

#[test]
fn campaign_new_echoes_the_reference_date_in_words() {
    let env = TestEnv::bare();
    let a = env.new_identity("a");
    let b = env.new_identity("b");
    let c = env.new_identity(common::COORDINATOR);
    let args = |lang: &str, out: &str| {
        vec![
            "campaign".to_string(),
            "new".into(),
            "--name".into(),
            "T".into(),
            "--reference-date".into(),
            "2026-10-01".into(),
            "--party".into(),
            format!("a:justice:{a}"),
            "--party".into(),
            format!("b:mission-locale:{b}"),
            "--coordinator".into(),
            c.clone(),
            "--out".into(),
            out.into(),
            "--lang".into(),
            lang.into(),
        ]
    };
    let run = env.run(args("fr", "fr")).success();
    assert!(
        stdout(&run).contains(
            "  date de référence : 1er octobre 2026, âges de 16 ans à moins de 18 ans ce jour-là"
        ),
        "{}",
        stdout(&run)
    );
    let run = env.run(args("en", "en")).success();
    assert!(
        stdout(&run).contains("  reference date: 2026-10-01, ages 16 to 18 (excluded) on that day"),
        "{}",
        stdout(&run)
    );
}

#[test]
fn a_token_file_given_as_result_is_named_as_such() {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    let mut args = vec![
        os("reveal"),
        env.list_path("ml-nancy").into(),
        os("--result"),
        env.tokens_path("ml-nancy").into(),
    ];
    args.extend(env.holder_options("campaign", "ml-nancy", "ml-nancy"));
    let err = stderr(&env.run(args.clone()).failure());
    assert!(
        err.contains("ml-nancy.tokens.age is a token file, not a result file"),
        "{err}"
    );
    assert!(err.contains("the ml-nancy.result.age file the coordinator sent you"));
    assert!(!err.contains("another participant"), "{err}");
    let err = stderr(&env.run_with_env(&FR, args).failure());
    assert!(
        err.contains("ml-nancy.tokens.age est un fichier de jetons, pas un fichier de résultat"),
        "{err}"
    );
}

#[test]
fn a_truncated_recipient_is_called_incomplete() {
    let env = TestEnv::bare();
    let full = env.new_identity("a");
    let cut = &full[..40];
    let run = env
        .run([
            "campaign",
            "new",
            "--name",
            "T",
            "--reference-date",
            "2026-10-01",
            "--party",
            &format!("a:justice:{cut}"),
            "--party",
            &format!("b:mission-locale:{full}"),
            "--coordinator",
            &full,
            "--out",
            "c",
        ])
        .failure();
    let err = stderr(&run);
    assert!(
        err.contains(&format!("`{cut}` is incomplete (cut off): an age public recipient has 62 characters, this one has 40")),
        "{err}"
    );
    assert!(!err.contains("should start with age1"), "{err}");
    let run = env
        .run_with_env(
            &FR,
            [
                "campaign",
                "new",
                "--name",
                "T",
                "--reference-date",
                "2026-10-01",
                "--party",
                &format!("a:justice:{cut}"),
                "--party",
                &format!("b:mission-locale:{full}"),
                "--coordinator",
                &full,
                "--out",
                "c",
            ],
        )
        .failure();
    assert!(
        stderr(&run).contains("est incomplète (coupée)"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn headers_not_found_are_listed_and_a_person_row_is_never_shown() {
    let env = TestEnv::bare();
    std::fs::write(
        env.path("titres.csv"),
        "Jeune;Naissance du jeune;Structure\r\nDUPONT Jean;01/02/2009;M\r\n",
    )
    .unwrap();
    std::fs::write(
        env.path("sans-titres.csv"),
        "DUPONT;Jean;01/02/2009;M\r\nMARTIN;Léa;03/04/2009;F\r\n",
    )
    .unwrap();
    let run = env
        .run(["check", "titres.csv", "--reference-date", "2026-10-01"])
        .failure();
    let err = stderr(&run);
    assert!(
        err.contains("The first row holds: \"Jeune\", \"Naissance du jeune\", \"Structure\"; name the right ones with --column"),
        "{err}"
    );
    let run = env
        .run_with_env(
            &FR,
            ["check", "titres.csv", "--reference-date", "2026-10-01"],
        )
        .failure();
    assert!(
        stderr(&run).contains(
            "La première ligne contient : \"Jeune\", \"Naissance du jeune\", \"Structure\""
        ),
        "{}",
        stderr(&run)
    );
    // A first row with a date is a person: nothing of it is printed.
    let run = env
        .run(["check", "sans-titres.csv", "--reference-date", "2026-10-01"])
        .failure();
    let all = format!("{}{}", stdout(&run), stderr(&run));
    assert!(all.contains("no header row found"), "{all}");
    assert!(!all.contains("DUPONT") && !all.contains("Jean"), "{all}");
}

#[test]
fn a_combined_name_column_is_explained_first_with_how_to_split_it() {
    let env = TestEnv::bare();
    std::fs::write(
        env.path("np.csv"),
        "Nom Prénom;Date de naissance;Sexe\r\nDUPONT Jean;01/02/2009;M\r\n",
    )
    .unwrap();
    let run = env
        .run(["check", "np.csv", "--reference-date", "2026-10-01"])
        .failure();
    let err = stderr(&run);
    assert!(
        err.contains("np.csv: the column \"Nom Prénom\" seems to hold the surname and the given names together"),
        "{err}"
    );
    assert!(
        err.contains("title the two columns NOM and PRENOM"),
        "{err}"
    );
    // Never the contradictory advice to map the combined column as the surname.
    assert!(!err.contains("--column surname=\"Nom Prénom\""), "{err}");
    let run = env
        .run_with_env(&FR, ["check", "np.csv", "--reference-date", "2026-10-01"])
        .failure();
    assert!(
        stderr(&run)
            .contains("la colonne « Nom Prénom » semble contenir le nom et les prénoms ensemble"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn report_names_out_dir_when_the_report_exists() {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    let args = vec![
        os("report"),
        env.path("results/summary.toml").into(),
        os("--campaign"),
        env.manifest_path().into(),
        os("--identity"),
        env.identity_path(common::COORDINATOR).into(),
        os("--out-dir"),
        env.path("rapport").into(),
    ];
    env.run(args.clone()).success();
    let err = stderr(&env.run(args.clone()).failure());
    assert!(err.contains("report.html already exists"), "{err}");
    assert!(err.contains("(--out-dir)"), "{err}");
    let err = stderr(&env.run_with_env(&FR, args).failure());
    assert!(
        err.contains("Choisissez un autre dossier (--out-dir)"),
        "{err}"
    );
    assert!(!err.contains("(--out)"), "{err}");
}

// ---- check codes of recipients ------------------------------------------------

/// Four groups of four characters of Crockford's base 32.
fn is_check_code(code: &str) -> bool {
    let groups: Vec<&str> = code.split('-').collect();
    groups.len() == 4
        && groups.iter().all(|g| {
            g.len() == 4
                && g.chars()
                    .all(|c| c.is_ascii_digit() || (c.is_ascii_uppercase() && !"ILOU".contains(c)))
        })
}

#[test]
fn identity_new_show_and_campaign_show_print_the_same_check_code() {
    let env = TestEnv::new(&[common::SAMPLE_PARTIES[0], common::SAMPLE_PARTIES[2]]);
    let code_after = |text: &str, label: &str| -> String {
        let at = text
            .find(label)
            .unwrap_or_else(|| panic!("{label} in {text}"));
        text[at + label.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let run = env.run(["identity", "new", "--out", "other.txt"]).success();
    let new_code = code_after(&stderr(&run), "to read on the phone: ");
    assert!(is_check_code(&new_code), "{new_code}");
    // Standard output still holds only the recipient.
    assert_eq!(stdout(&run).lines().count(), 1);
    let run = env.run(["identity", "show", "other.txt"]).success();
    assert_eq!(
        code_after(&stderr(&run), "to read on the phone: "),
        new_code
    );
    let run = env
        .run_with_env(&FR, ["identity", "show", "other.txt"])
        .success();
    assert_eq!(
        code_after(
            &stderr(&run),
            "Code de contrôle de cette clé publique, à lire au téléphone : "
        ),
        new_code
    );

    // campaign show: one code per recipient, the same as identity show's.
    let party = common::SAMPLE_PARTIES[0].id;
    let shown = env
        .run([os("identity"), os("show"), env.identity_path(party).into()])
        .success();
    let party_code = code_after(&stderr(&shown), "to read on the phone: ");
    let run = env
        .run([os("campaign"), os("show"), env.manifest_path().into()])
        .success();
    let out = stdout(&run);
    assert_eq!(out.matches("check code ").count(), 3, "{out}");
    assert!(out.contains(&format!("check code {party_code}")), "{out}");
    let run = env
        .run_with_env(
            &FR,
            [os("campaign"), os("show"), env.manifest_path().into()],
        )
        .success();
    assert_eq!(stdout(&run).matches("code de contrôle ").count(), 3);
}
