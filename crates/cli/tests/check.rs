//! `croise check` on every file of the corpus (tests/corpus/): the verdict
//! and exit code, the row numbers it reports, and — for every file — that
//! its output holds no value from the list.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use croise_scheme::normalize::{fold, is_placeholder};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

/// The values written in each corpus file's data rows (values.tsv).
fn values() -> HashMap<String, Vec<String>> {
    let text = std::fs::read_to_string(corpus("values.tsv")).unwrap();
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (file, value) = line.split_once('\t').unwrap();
        out.entry(file.to_string())
            .or_default()
            .push(value.replace("\\n", "\n").replace("\\r", "\r"));
    }
    out
}

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

fn check(path: &Path, extra: &[&str]) -> Outcome {
    let output = Command::cargo_bin("croise")
        .unwrap()
        // English whatever the machine's locale (see tests/lang.rs).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("check")
        .arg(path)
        .args(["--reference-date", "2026-10-01"])
        .args(extra)
        .output()
        .unwrap();
    Outcome {
        code: output
            .status
            .code()
            .expect("no signal: croise never panics"),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// Asserts no value of the list appears in the output. Values shorter than
/// three characters (`M`, `F`, `1`, `X`) are skipped: they appear in any
/// text; so are placeholders (`INCONNU`, `SPC`), which name no one and
/// which messages quote as examples.
fn assert_no_value(name: &str, out: &Outcome, values: &[String]) {
    let text = format!("{}\n{}", out.stdout, out.stderr);
    for value in values {
        for part in value.split(['\n', '\r']) {
            let part = part.trim();
            if part.chars().count() < 3 || is_placeholder(&fold(part)) {
                continue;
            }
            assert!(
                !text.contains(part),
                "{name}: check printed the value `{part}`:\n{text}"
            );
        }
    }
}

/// (file, extra arguments, exit code, texts the output must contain).
const CASES: &[(&str, &[&str], i32, &[&str])] = &[
    (
        "utf8-bom-semicolon-crlf.csv",
        &[],
        0,
        &[
            "Format: CSV, UTF-8 with BOM, semicolon (;) delimiter, CRLF line ends",
            "in the age window (16 <= age < 18 on 2026-10-01): 6 (age 16: 1, age 17: 5)",
            "Verdict: OK —",
        ],
    ),
    (
        "utf8-comma-lf.csv",
        &[],
        0,
        &[
            "CSV, UTF-8, comma (,) delimiter, LF line ends",
            "usage name             B \"Nom d'usage\"",
            "Verdict: OK —",
        ],
    ),
    (
        "cp1252-semicolon-crlf.csv",
        &[],
        0,
        &[
            "CSV, Windows-1252, semicolon (;)",
            "C \"Né(e) le\"",
            "Verdict: OK —",
        ],
    ),
    (
        "cp1252-tab.tsv",
        &[],
        0,
        &["Windows-1252, tab", "Verdict: OK —"],
    ),
    (
        "utf16le-tab.txt",
        &[],
        0,
        &["UTF-16 (little-endian), tab", "Verdict: OK —"],
    ),
    ("pipe.csv", &[], 0, &["vertical bar", "Verdict: OK —"]),
    (
        "mixed-encoding.csv",
        &[],
        0,
        &[
            "mixes two text encodings (1 line(s) differ from the rest: 4)",
            "Verdict: OK with warnings",
        ],
    ),
    (
        "sep-line.csv",
        &[],
        0,
        &["Header row: 1\n", "Verdict: OK —"],
    ),
    (
        "title-rows.csv",
        &[],
        0,
        &[
            "Header row: 4 (the 3 row(s) above it are skipped)",
            "Verdict: OK —",
        ],
    ),
    ("blank-rows.csv", &[], 0, &["Rows read: 3", "Verdict: OK —"]),
    (
        "multiline-cell.csv",
        &[],
        0,
        &["not used               F \"Adresse\"", "Verdict: OK —"],
    ),
    (
        "odd-headers.csv",
        &[],
        0,
        &[
            "date of birth          C \"Date naiss. (jj/mm/aaaa)\"",
            "Verdict: OK —",
        ],
    ),
    (
        "english-headers.csv",
        &[],
        0,
        &["given names            B \"First name\"", "Verdict: OK —"],
    ),
    (
        "usage-and-birth-name.csv",
        &[],
        0,
        &[
            "surname (birth name)   B \"NOM DE NAISSANCE\"",
            "usage name             A \"NOM\"",
        ],
    ),
    (
        "missing-date-column.csv",
        &[],
        1,
        &[
            "the date of birth column is missing",
            "--column birth-date=\"Naissance le\"",
            "Verdict: cannot be used",
        ],
    ),
    (
        "missing-date-column.csv",
        &["--columns-file", "tests/corpus/missing-date-column.columns"],
        0,
        &["date of birth          C \"Naissance le\"", "Verdict: OK —"],
    ),
    (
        "missing-date-column.csv",
        &["--column", "birth-date=Naissance le"],
        0,
        &["Verdict: OK —"],
    ),
    (
        "unknown-headers.csv",
        &[],
        1,
        &["no header row found", "--column ROLE=HEADER"],
    ),
    (
        "unknown-headers.csv",
        &[
            "--column",
            "surname=COL1",
            "--column",
            "given-names=COL2",
            "--column",
            "birth-date=COL3",
        ],
        0,
        &["Verdict: OK —"],
    ),
    ("no-header.csv", &[], 1, &["no header row found"]),
    (
        "date-formats.csv",
        &[],
        1,
        &[
            "Rows read: 14",
            "usable: 9",
            "no date of birth (column C \"DATE NAISSANCE\"): 1 — row(s) 11\n",
            "partial date of birth (day or month 00) (column C \"DATE NAISSANCE\"): 2 — row(s) 12, 13\n",
            "impossible date of birth (column C \"DATE NAISSANCE\"): 1 — row(s) 14\n",
            "date of birth in an unknown format (column C \"DATE NAISSANCE\"): 1 — row(s) 15\n",
            // 5 of 14 rows lost: more than 2 %.
            "Verdict: to be corrected — 5 of 14 rows (35.7%) would be rejected",
        ],
    ),
    (
        "dates-in-words.csv",
        &[],
        0,
        &[
            "Windows-1252",
            "Rows read: 19",
            "usable: 19",
            "rejected: 0",
            "Verdict: OK —",
        ],
    ),
    (
        "sex-codes.csv",
        &[],
        0,
        &[
            "sex code not recognised in column D \"SEXE\" on 1 row(s): 9 ",
            "Verdict: OK with warnings",
        ],
    ),
    (
        "placeholders.csv",
        &[],
        1,
        &[
            "placeholder name (INCONNU, X, SPC…) (column A \"NOM\"): 2 — row(s) 2, 4",
            "placeholder given name (X, SP, SPC…) (column B \"PRENOM(S)\"): 2 — row(s) 3, 5",
            "no surname (column A \"NOM\"): 1 — row(s) 6",
            "no given name (column B \"PRENOM(S)\"): 1 — row(s) 7",
            "Verdict: cannot be used — 6 of 9 rows are rejected",
        ],
    ),
    (
        "duplicates.csv",
        &[],
        0,
        &[
            "Likely duplicates (the same young person by the coordinator's rule: same date of birth, and names equal or one typing error apart, or the same first given name with the usage name or a part of a double surname): 3 group(s)\n  rows 2, 3\n  rows 6–8\n  rows 9, 10\n",
            "Verdict: OK with warnings",
        ],
    ),
    (
        "ragged-rows.csv",
        &[],
        1,
        &[
            "no date of birth (column C \"DATE NAISSANCE\"): 1 — row(s) 4",
            "more cells than the header row: 5.",
            "Verdict: to be corrected — 1 of 5 rows (20.0%)",
        ],
    ),
    (
        "unclosed-quote.csv",
        &[],
        1,
        &[
            "row 3, column A \"NOM\": a quote",
            "Verdict: cannot be used",
        ],
    ),
    (
        "all-rejected.csv",
        &[],
        1,
        &["Verdict: cannot be used — 4 of 4 rows are rejected"],
    ),
    (
        "header-only.csv",
        &[],
        1,
        &["Verdict: cannot be used — there is no data row below the header (row 1)"],
    ),
    ("empty.csv", &[], 1, &["empty.csv is empty"]),
    ("blank.csv", &[], 1, &["blank.csv is empty"]),
    ("binary-junk.bin", &[], 1, &["binary data"]),
    ("not-a-spreadsheet.docx", &[], 1, &["not a spreadsheet"]),
    (
        "damaged.xls",
        &[],
        1,
        &["cannot be read: it may be damaged or password-protected"],
    ),
    ("workbook.xls", &[], 1, &["sheet \"Notes\"", "--sheet NAME"]),
    (
        "workbook.xls",
        &["--sheet", "Liste"],
        0,
        &[
            "Format: Excel 97-2003 workbook (.xls), sheet \"Liste\"",
            "Header row: 3",
            "in the age window (16 <= age < 18 on 2026-10-01): 3 (age 17: 3)",
            "Verdict: OK —",
        ],
    ),
    (
        "workbook-1904.xls",
        &["--sheet", "2"],
        0,
        &["(age 17: 3)", "Verdict: OK —"],
    ),
    (
        "workbook.ods",
        &[],
        0,
        &[
            "OpenDocument spreadsheet (.ods), sheet \"Jeunes\"",
            "(age 17: 3)",
            "Verdict: OK —",
        ],
    ),
    (
        "workbook-1904.xlsx",
        &[],
        0,
        &[
            "Excel workbook (.xlsx), sheet \"Liste\"",
            "(age 17: 3)",
            "Verdict: OK —",
        ],
    ),
];

#[test]
fn check_on_every_corpus_file() {
    let values = values();
    let mut failures = String::new();
    for (name, extra, code, expected) in CASES {
        let out = check(&corpus(name), extra);
        let text = format!("{}{}", out.stdout, out.stderr);
        if out.code != *code {
            let _ = writeln!(
                failures,
                "{name} {extra:?}: exit {} not {code}:\n{text}",
                out.code
            );
        }
        for part in *expected {
            if !text.contains(part) {
                let _ = writeln!(failures, "{name} {extra:?}: `{part}` not in:\n{text}");
            }
        }
        assert!(!text.contains("panicked"), "{name}: {text}");
        assert_no_value(
            name,
            &out,
            values.get(*name).map(Vec::as_slice).unwrap_or(&[]),
        );
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn every_corpus_file_is_covered() {
    let covered: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    for entry in std::fs::read_dir(corpus("")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if [
            "generate.py",
            "README.md",
            "values.tsv",
            "missing-date-column.columns",
        ]
        .contains(&name.as_str())
        {
            continue;
        }
        assert!(covered.contains(&name.as_str()), "{name} has no check case");
    }
}

#[test]
fn check_on_a_generated_xlsx_prints_no_value() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liste.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in ["NOM", "Prénom", "DDN", "Identifiant"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let people = [
        ("Garnier", "Manon"),
        ("Traoré", "Moussa"),
        ("Petrović", "Luka"),
    ];
    for (i, (surname, given)) in people.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, *surname).unwrap();
        ws.write_string(r, 1, *given).unwrap();
        let cell = ExcelDateTime::from_ymd(2009, 9, 15 + i as u8).unwrap();
        ws.write_datetime_with_format(r, 2, &cell, &date).unwrap();
        ws.write_number(r, 3, 4_242_000.0 + i as f64).unwrap();
    }
    wb.save(&path).unwrap();
    let out = check(&path, &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("(age 17: 3)"), "{}", out.stdout);
    let mut values: Vec<String> = people
        .iter()
        .flat_map(|(s, g)| [s.to_string(), g.to_string()])
        .collect();
    values.extend((0..3).map(|i| format!("{}", 4_242_000 + i)));
    values.extend((0..3).map(|i| format!("2009-09-{}", 15 + i)));
    values.extend((0..3).map(|i| format!("{}/09/2009", 15 + i)));
    assert_no_value("liste.xlsx", &out, &values);
}

/// Letters for a number, so that every row has its own surname.
fn letters(mut n: usize) -> String {
    let mut out = String::new();
    for _ in 0..4 {
        out.push((b'A' + (n % 26) as u8) as char);
        n /= 26;
    }
    out
}

#[test]
fn a_list_of_100000_rows_with_one_bad_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("grande-liste.csv");
    let mut text = String::with_capacity(6_000_000);
    text.push_str("NOM;PRENOM(S);DATE NAISSANCE;SEXE;N° DOSSIER\r\n");
    let bad_row = 54_322; // spreadsheet row number
    for i in 0..100_000usize {
        let row = i + 2;
        let date = if row == bad_row {
            "31/02/2009".to_string()
        } else {
            format!(
                "{:02}/{:02}/{}",
                1 + i % 28,
                1 + (i / 28) % 12,
                2008 + i % 3
            )
        };
        let _ = write!(
            text,
            "BEN{};Prénom{};{date};{};J-{:06}\r\n",
            letters(i),
            letters(i / 7),
            if i % 2 == 0 { "F" } else { "M" },
            i
        );
    }
    std::fs::write(&path, text.as_bytes()).unwrap();
    let started = std::time::Instant::now();
    let out = check(&path, &["--all-rows"]);
    let elapsed = started.elapsed();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    for part in [
        // Counts are grouped as the language writes them (row numbers not).
        "Rows read: 100,000\n",
        "usable: 99,999\n",
        "rejected: 1\n",
        "impossible date of birth (column C \"DATE NAISSANCE\"): 1 — row(s) 54322\n",
        // Invented names one letter apart (`BENAAB`, `BENAAC`) meet on a
        // date often enough: by the coordinator's rule, one youth each.
        "Likely duplicates (the same young person by the coordinator's rule",
        "Verdict: OK with warnings",
    ] {
        assert!(
            out.stdout.contains(part),
            "`{part}` not in:\n{}",
            out.stdout
        );
    }
    assert!(!out.stdout.contains("BEN"), "a surname was printed");
    assert!(
        elapsed.as_secs() < 60,
        "check took {elapsed:?} on 100,000 rows"
    );
}
