//! Round trips through the real binary: a data holder's list in each
//! dialect goes through campaign, tokenize, match and reveal, and reveal's
//! output is what Excel opens right (issue 12): a CSV in UTF-8 with a BOM,
//! `;` when the list used it or the run is in French, else `,` after a
//! `sep=,` line; or an .xlsx for a workbook, with numbers as numbers.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

fn croise(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("croise")
        .unwrap()
        // English whatever the machine's locale (see tests/lang.rs).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = croise(args);
    assert!(
        out.status.success(),
        "croise {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A campaign between one justice party and one Mission Locale, ready for
/// the justice party's list to be tokenized.
struct Flow {
    dir: tempfile::TempDir,
}

/// The Mission Locale's list: the corpus people, written once more.
const ML_LIST: &str = "Nom de naissance;Prénom;Date de naissance;Identifiant\n\
    Dupont;Léa;05/03/2009;ML-1\n\
    N'Diaye;Awa;30/08/2009;ML-2\n\
    Öztürk;Emre;09/09/2009;ML-3\n\
    Le Gall;Maëlys;02/10/2008;ML-4\n\
    Fontaine;Jean-Baptiste;23/11/2008;ML-5\n\
    Cœurderoy;Théo;19/01/2010;ML-6\n\
    Bouzidi;Inès;27/03/2010;ML-7\n";

impl Flow {
    fn new() -> Flow {
        let dir = tempfile::tempdir().unwrap();
        let path = |p: &str| dir.path().join(p);
        let mut recipients = Vec::new();
        for who in ["justice", "ml", "coordinator"] {
            std::fs::create_dir_all(path(who)).unwrap();
            let out = ok(&[
                "identity",
                "new",
                "--out",
                s(&path(&format!("{who}/identity.txt"))),
            ]);
            recipients.push(out.trim().to_string());
        }
        ok(&[
            "campaign",
            "new",
            "--name",
            "Essai",
            "--reference-date",
            "2026-10-01",
            "--party",
            &format!("stemo:justice:{}:STEMO d'essai", recipients[0]),
            "--party",
            &format!("ml:mission-locale:{}:Mission Locale d'essai", recipients[1]),
            "--coordinator",
            &recipients[2],
            "--out",
            s(&path("campaign")),
        ]);
        std::fs::write(path("ml/liste.csv"), ML_LIST).unwrap();
        Flow { dir }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    fn holder_args(&self, party: &str, who: &str) -> Vec<String> {
        vec![
            "--campaign".into(),
            s(&self.path("campaign/campaign.toml")).into(),
            "--key".into(),
            s(&self.path(&format!("campaign/keys/{party}.key.age"))).into(),
            "--identity".into(),
            s(&self.path(&format!("{who}/identity.txt"))).into(),
        ]
    }

    /// Copies `list` into the justice folder, tokenizes both lists and
    /// matches them. Returns the justice list's path.
    fn run_until_results(&self, list: &Path, read: &[&str]) -> PathBuf {
        let name = list.file_name().unwrap().to_string_lossy().to_string();
        let copy = self.path(&format!("justice/{name}"));
        std::fs::copy(list, &copy).unwrap();
        for (party, who, list, read) in [
            ("stemo", "justice", copy.clone(), read),
            ("ml", "ml", self.path("ml/liste.csv"), &[][..]),
        ] {
            let mut args: Vec<String> = vec!["tokenize".into(), s(&list).into()];
            args.extend(self.holder_args(party, who));
            args.extend([
                "--out".into(),
                s(&self.path(&format!("inbox/{party}.tokens.age"))).into(),
            ]);
            args.extend(read.iter().map(|a| a.to_string()));
            ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
        }
        ok(&[
            "match",
            s(&self.path("inbox/stemo.tokens.age")),
            s(&self.path("inbox/ml.tokens.age")),
            "--campaign",
            s(&self.path("campaign/campaign.toml")),
            "--identity",
            s(&self.path("coordinator/identity.txt")),
            "--out-dir",
            s(&self.path("results")),
        ]);
        copy
    }

    /// Runs reveal for the justice party with `extra` arguments.
    fn reveal(&self, list: &Path, extra: &[&str]) -> std::process::Output {
        let mut args: Vec<String> = vec![
            "reveal".into(),
            s(list).into(),
            "--result".into(),
            s(&self.path("results/stemo.result.age")).into(),
        ];
        args.extend(self.holder_args("stemo", "justice"));
        args.extend(extra.iter().map(|a| a.to_string()));
        croise(&args.iter().map(String::as_str).collect::<Vec<_>>())
    }
}

/// The reveal output of a CSV list: its bytes, given the expected
/// delimiter, line ends and linked rows. Always UTF-8 with a BOM; a
/// `sep=` line first when the delimiter is not `;`.
fn assert_csv_like(bytes: &[u8], delimiter: char, crlf: bool, header_tail: &str, rows: usize) {
    let rest = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("UTF-8 with a BOM, whatever the list's encoding");
    let text = utf8(rest);
    let eol = if crlf { "\r\n" } else { "\n" };
    let text = if delimiter == ';' {
        assert!(!text.starts_with("sep="), "no sep= line with `;`");
        text.as_str()
    } else {
        text.strip_prefix(&format!("sep={delimiter}{eol}"))
            .unwrap_or_else(|| panic!("a sep={delimiter} line first: {text}"))
    };
    let lines: Vec<&str> = text.split(eol).filter(|l| !l.is_empty()).collect();
    assert_eq!(crlf, text.contains("\r\n"), "line ends");
    let d = delimiter.to_string();
    let header = [
        "N° rapprochement",
        "Organisme partenaire",
        "Confiance",
        "Pourquoi pas sûr",
        "Ligne",
    ]
    .join(&d);
    assert_eq!(lines[0], format!("{header}{d}{header_tail}"));
    assert_eq!(lines.len(), rows + 1, "{text}");
}

fn utf8(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("valid UTF-8")
}

/// A list, the language of the run (`--lang`), and what reveal's output
/// must look like: delimiter, CRLF, the list's headers in that delimiter,
/// number of linked rows.
type CsvCase = (&'static str, &'static str, char, bool, &'static str, usize);

const STEMO_HEADERS: &str = "NOM;PRENOM(S);DATE NAISSANCE;SEXE;N° DOSSIER";

#[test]
fn reveal_writes_csv_that_excel_opens() {
    let flow = Flow::new();
    let ascii = flow.path("ascii-semicolon-lf.csv");
    std::fs::write(
        &ascii,
        "NOM;PRENOM;DATE NAISSANCE\nDUPONT;Lea;05/03/2009\nFONTAINE;Jean-Baptiste;23/11/2008\n",
    )
    .unwrap();
    let cases: [CsvCase; 8] = [
        // Windows-1252 with `;`: UTF-8 with a BOM now, still `;`.
        (
            "cp1252-semicolon-crlf.csv",
            "en",
            ';',
            true,
            "NOM;Prénoms;Né(e) le;Sexe;Identifiant",
            6,
        ),
        (
            "utf8-bom-semicolon-crlf.csv",
            "en",
            ';',
            true,
            STEMO_HEADERS,
            6,
        ),
        // All-ASCII `;` list (no BOM, LF): a BOM all the same, for `N°` and `sûr`.
        (
            "ascii-semicolon-lf.csv",
            "en",
            ';',
            false,
            "NOM;PRENOM;DATE NAISSANCE",
            2,
        ),
        // `,` list: `,` after `sep=,` in English, `;` in French.
        (
            "utf8-comma-lf.csv",
            "en",
            ',',
            false,
            "Nom de naissance,Nom d'usage,Prénom,Date de naissance,Genre,Identifiant",
            3,
        ),
        (
            "utf8-comma-lf.csv",
            "fr",
            ';',
            false,
            "Nom de naissance;Nom d'usage;Prénom;Date de naissance;Genre;Identifiant",
            3,
        ),
        // Tab lists: `,` after `sep=,` (Excel does not split tabs in a .csv).
        (
            "cp1252-tab.tsv",
            "en",
            ',',
            true,
            "NOM USUEL,PRENOM,DDN,Genre",
            4,
        ),
        (
            "utf16le-tab.txt",
            "en",
            ',',
            true,
            "NOM,PRENOM(S),DATE NAISSANCE,SEXE,N° DOSSIER",
            3,
        ),
        ("utf16le-tab.txt", "fr", ';', true, STEMO_HEADERS, 3),
    ];
    for (i, (name, lang, delimiter, crlf, header_tail, rows)) in cases.into_iter().enumerate() {
        // A fresh result per list: the coordinator's results folder is reused.
        let _ = std::fs::remove_dir_all(flow.path("results"));
        let _ = std::fs::remove_dir_all(flow.path("inbox"));
        let source = if name == "ascii-semicolon-lf.csv" {
            ascii.clone()
        } else {
            corpus(name)
        };
        let list = flow.run_until_results(&source, &[]);
        let out_path = flow.path(&format!("justice/links-{i}.csv"));
        let out = flow.reveal(&list, &["--out", s(&out_path), "--lang", lang]);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&out_path).unwrap();
        assert_csv_like(&bytes, delimiter, crlf, header_tail, rows);
        // Accents come back intact, in UTF-8.
        let text = utf8(&bytes[3..]);
        assert!(
            text.contains("Léa") || text.contains("Maëlys") || source == ascii,
            "{name}: {text}"
        );
        assert!(text.contains("sûr"), "{name}: {text}");
    }
}

/// The cells of the first sheet of an .xlsx file.
fn xlsx_cells(path: &Path) -> Vec<Vec<Data>> {
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

#[test]
fn reveal_writes_xlsx_for_a_workbook_and_csv_or_xlsx_on_request() {
    let flow = Flow::new();
    for (name, read) in [
        ("workbook.xls", &["--sheet", "Liste"][..]),
        ("workbook.ods", &[][..]),
        ("workbook-1904.xlsx", &[][..]),
    ] {
        let _ = std::fs::remove_dir_all(flow.path("results"));
        let _ = std::fs::remove_dir_all(flow.path("inbox"));
        let list = flow.run_until_results(&corpus(name), read);
        // By default: an .xlsx beside the list.
        let out = flow.reveal(&list, read);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let default = flow.path("justice/stemo-links.xlsx");
        let cells = xlsx_cells(&default);
        assert_eq!(cells.len(), 4, "{name}: header and three linked rows");
        assert_eq!(cells[0][0], Data::String("N° rapprochement".into()));
        assert_eq!(cells[0][7], Data::String("DATE NAISSANCE".into()));
        for row in &cells[1..] {
            // The date of birth is a real date cell again, whatever it was.
            assert!(matches!(row[7], Data::DateTime(_)), "{name}: {:?}", row[7]);
            // The match number and the row number are numbers (the match
            // number shown `0001` by its `0000` format), the partner text.
            assert!(
                matches!(row[0], Data::Float(n) if n >= 1.0),
                "{name}: {:?}",
                row[0]
            );
            assert!(
                matches!(row[4], Data::Float(n) if n >= 2.0),
                "{name}: {:?}",
                row[4]
            );
            assert!(matches!(row[1], Data::String(_)), "{name}: {:?}", row[1]);
        }
        let first = cells[1..]
            .iter()
            .find(|r| r[5] == Data::String("DUPONT".into()))
            .expect("DUPONT linked");
        let Data::DateTime(dt) = &first[7] else {
            unreachable!()
        };
        let (y, m, d, ..) = dt.to_ymd_hms_milli();
        assert_eq!((y, m, d), (2009, 3, 5), "{name}");
        std::fs::remove_file(&default).unwrap();

        // On request: CSV as French Excel opens it (UTF-8 with BOM, `;`, CRLF).
        let csv_out = flow.path("justice/links.csv");
        let mut args = vec!["--format", "csv", "--out", s(&csv_out)];
        args.extend(read);
        let out = flow.reveal(&list, &args);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&csv_out).unwrap();
        assert_csv_like(&bytes, ';', true, STEMO_HEADERS, 3);
        std::fs::remove_file(&csv_out).unwrap();
    }

    // A CSV list revealed as .xlsx on request.
    let _ = std::fs::remove_dir_all(flow.path("results"));
    let _ = std::fs::remove_dir_all(flow.path("inbox"));
    let list = flow.run_until_results(&corpus("cp1252-semicolon-crlf.csv"), &[]);
    let out = flow.reveal(&list, &["--format", "xlsx"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cells = xlsx_cells(&flow.path("justice/stemo-links.xlsx"));
    assert_eq!(cells.len(), 7);
    assert_eq!(cells[0][6], Data::String("Prénoms".into()));

    // Contradictory options: refused, nothing written.
    let bad = flow.path("justice/contradiction.csv");
    let out = flow.reveal(&list, &["--format", "xlsx", "--out", s(&bad)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format"));
    assert!(!bad.exists());
}

#[test]
fn reveal_on_a_changed_list_writes_nothing() {
    let flow = Flow::new();
    let list = flow.run_until_results(&corpus("utf8-bom-semicolon-crlf.csv"), &[]);
    let mut bytes = std::fs::read(&list).unwrap();
    bytes.extend_from_slice(b"MARTIN;Hugo;12/12/2009;M;J-54-09999\r\n");
    std::fs::write(&list, bytes).unwrap();
    let out_path = flow.path("justice/links.csv");
    let out = flow.reveal(&list, &["--out", s(&out_path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not the list that was tokenized"));
    assert!(!out_path.exists());
    let leftovers: Vec<_> = std::fs::read_dir(flow.path("justice"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(".croise-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn check_reads_the_window_from_the_campaign() {
    let flow = Flow::new();
    let out = ok(&[
        "check",
        s(&corpus("utf8-bom-semicolon-crlf.csv")),
        "--campaign",
        s(&flow.path("campaign/campaign.toml")),
    ]);
    assert!(
        out.contains("in the age window (16 <= age < 18 on 2026-10-01): 6"),
        "{out}"
    );
}
