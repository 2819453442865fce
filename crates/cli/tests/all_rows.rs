//! Issue 12, item 2: `reveal --all-rows` writes every row of the list with a
//! status column — linked (match number, partner, confidence), not linked,
//! rejected and why, outside the age window.

mod common;

use common::{TestEnv, os};

const PARTY: &str = "stemo-nancy";

fn reveal_all(env: &TestEnv, lang: &[(&str, &str)], out: &str) -> (String, Vec<Vec<String>>) {
    let mut args = vec![
        os("reveal"),
        env.list_path(PARTY).into(),
        os("--result"),
        env.result_path(PARTY).into(),
        os("--all-rows"),
        os("--out"),
        env.path(out).into(),
    ];
    args.extend(env.holder_options("campaign", PARTY, PARTY));
    let run = env.run_with_env(lang, args).success();
    let stdout = String::from_utf8(run.get_output().stdout.clone()).unwrap();
    let bytes = std::fs::read(env.path(out)).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let rows = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (stdout, rows)
}

#[test]
fn every_row_comes_back_with_its_status() {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    let (stdout, rows) = reveal_all(&env, &[], "all.csv");
    let header = &rows[0];
    assert_eq!(
        &header[..6],
        [
            "Statut",
            "N° rapprochement",
            "Organisme partenaire",
            "Confiance",
            "Pourquoi pas sûr",
            "Ligne"
        ]
    );
    let body = &rows[1..];
    // Every row of the list (38) is there at least once, in row order.
    let mut numbers: Vec<u64> = body.iter().map(|r| r[5].parse().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]), "{numbers:?}");
    numbers.dedup();
    assert_eq!(numbers.len(), 38);

    let with = |status: &str| body.iter().filter(|r| r[0] == status).count();
    let linked = with("linked");
    assert_eq!(linked, 15, "stemo-nancy has 15 links with the 4 parties");
    assert!(
        body.iter()
            .filter(|r| r[0] == "linked")
            .all(|r| r[1].len() == 4 && !r[2].is_empty() && !r[3].is_empty())
    );
    assert_eq!(with("outside the age window"), 3);
    let row19 = body.iter().find(|r| r[5] == "19").unwrap();
    assert_eq!(
        row19[0],
        "rejected: no date of birth (date of birth column)"
    );
    assert!(row19[1].is_empty() && row19[2].is_empty());
    assert!(with("not linked") > 0);
    assert!(
        stdout.contains(&format!(
            "Every row of your list written to {} with a \"Statut\" column: linked 15, not linked",
            env.path("all.csv").display()
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("rejected 1, outside the age window 3"),
        "{stdout}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.path("all.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0);
    }
}

#[test]
fn in_french_the_statuses_and_reasons_are_french() {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    let (stdout, rows) = reveal_all(&env, &[("LANG", "fr_FR.UTF-8")], "toutes.csv");
    let body = &rows[1..];
    let row19 = body.iter().find(|r| r[5] == "19").unwrap();
    assert_eq!(
        row19[0],
        "écarté : pas de date de naissance (colonne date de naissance)"
    );
    assert!(body.iter().any(|r| r[0] == "rapproché"));
    assert!(body.iter().any(|r| r[0] == "non rapproché"));
    assert!(body.iter().any(|r| r[0] == "hors de la tranche d'âge"));
    assert!(
        stdout.contains("Toutes les lignes de votre liste écrites dans"),
        "{stdout}"
    );
}
