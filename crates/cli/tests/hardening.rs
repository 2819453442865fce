//! Findings of the security review of issue 11, each pinned through the
//! real binary where a user would meet it: hostile cells in a list, hostile
//! workbooks, core dumps, and the temporary files of an interrupted run.
//! (Manifest fields: `tests/security.rs`.)

mod common;

use std::path::Path;

use common::{PartySpec, TestEnv, os, parse_csv, samples_dir, stderr};

const FORMULAS: [&str; 4] = [
    "=HYPERLINK(\"http://x\",\"a\")",
    "+33 6 12 34 56 78",
    "@SUM(A1:A9)",
    "-1+1",
];

/// A partner whose display name, in the manifest, is a formula.
const PARTIES: [PartySpec; 2] = [
    PartySpec {
        id: "stemo-nancy",
        side: "justice",
        name: "=HYPERLINK(\"http://x\",\"a\")",
    },
    PartySpec {
        id: "ml-nancy",
        side: "mission-locale",
        name: "Mission Locale du Grand Nancy",
    },
];

/// Copies the two Nancy samples, the Mission Locale's with a last column
/// whose cells are formulas.
fn env_with_formulas() -> TestEnv {
    let env = TestEnv::new(&PARTIES);
    std::fs::copy(
        samples_dir().join("stemo-nancy.csv"),
        env.list_path("stemo-nancy"),
    )
    .unwrap();
    let text = std::fs::read_to_string(samples_dir().join("ml-nancy.csv")).unwrap();
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        let cell = if i == 0 {
            "Commentaire".to_string()
        } else {
            format!("\"{}\"", FORMULAS[i % 4].replace('"', "\"\""))
        };
        out.push_str(&format!("{line},{cell}\r\n"));
    }
    std::fs::write(env.list_path("ml-nancy"), out).unwrap();
    env.tokenize_and_match_all();
    env
}

/// Finding 2: every CSV cell `reveal` writes, the list's own as well as the
/// partner's name from the manifest, comes back as text a spreadsheet will
/// not run.
#[test]
fn reveal_csv_cells_that_start_a_formula_are_neutralised() {
    let env = env_with_formulas();
    env.reveal("ml-nancy", &env.list_path("ml-nancy")).success();
    let text = std::fs::read_to_string(env.links_path("ml-nancy")).unwrap();
    // A comma list comes back after a `sep=,` line, for Excel.
    let text = text.trim_start_matches('\u{feff}');
    let rows = parse_csv(text.strip_prefix("sep=,\r\n").unwrap_or(text), b',');
    assert!(rows.len() > 2, "some rows were linked");
    let last = rows[0].len() - 1;
    assert_eq!(rows[0][last], "Commentaire");
    for row in &rows[1..] {
        assert_eq!(row[1], "'=HYPERLINK(\"http://x\",\"a\")", "partner name");
        let cell = &row[last];
        assert!(
            FORMULAS.iter().any(|f| *cell == format!("'{f}")),
            "list cell not neutralised: {cell}"
        );
        for c in row {
            assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']), "cell {c}");
        }
    }
}

/// The `.xlsx` output needs no apostrophe: every value is written as a
/// string cell, which no spreadsheet evaluates.
#[test]
fn reveal_xlsx_keeps_formula_like_values_as_plain_strings() {
    use calamine::{Data, Reader};
    let env = env_with_formulas();
    let out = env.path("ml-nancy/links.xlsx");
    env.reveal_to(
        "ml-nancy",
        &env.list_path("ml-nancy"),
        &env.result_path("ml-nancy"),
        &out,
    )
    .success();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let formulas = wb.worksheet_formula("croise").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formula cell"
    );
    let range = wb.worksheet_range("croise").unwrap();
    let rows: Vec<_> = range.rows().collect();
    let last = rows[0].len() - 1;
    assert!(rows.len() > 2);
    for row in &rows[1..] {
        assert_eq!(
            row[1],
            Data::String("=HYPERLINK(\"http://x\",\"a\")".into())
        );
        let Data::String(cell) = &row[last] else {
            panic!("not a string cell: {:?}", row[last]);
        };
        assert!(FORMULAS.contains(&cell.as_str()), "{cell}");
    }
}

/// Finding 4: a running croise allows no core dump. The binary is started
/// from a shell that allows unlimited core files, on a list that is a FIFO,
/// so that it waits in `open` while its limits are read from `/proc`.
/// (That it is also non-dumpable is checked in the process itself by
/// `harden::tests`, since `/proc` shows it only to a non-root reader.)
#[cfg(target_os = "linux")]
#[test]
fn a_running_croise_allows_no_core_dump() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let env = TestEnv::bare();
    let fifo = env.path("list.csv");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(
            "ulimit -c unlimited && exec \"$0\" --lang en check \"$1\" --reference-date 2026-10-01",
        )
        .arg(env!("CARGO_BIN_EXE_croise"))
        .arg(&fifo)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let proc_dir = Path::new("/proc").join(child.id().to_string());
    let deadline = Instant::now() + Duration::from_secs(20);
    // Wait until croise itself (not the shell) waits for a writer.
    loop {
        let wchan = std::fs::read_to_string(proc_dir.join("wchan")).unwrap_or_default();
        let exe = std::fs::read_link(proc_dir.join("exe")).unwrap_or_default();
        if wchan.contains("partner") && exe.ends_with("croise") {
            break;
        }
        assert!(Instant::now() < deadline, "croise never opened the list");
        std::thread::sleep(Duration::from_millis(20));
    }
    let limits = std::fs::read_to_string(proc_dir.join("limits")).unwrap();
    {
        let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
        writer
            .write_all(b"NOM;PRENOM;DATE DE NAISSANCE\nMARTIN;Lea;01/02/2009\n")
            .unwrap();
    }
    assert!(child.wait().unwrap().success());
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], ["0", "0"], "{core}");
}

/// The temporary files of the atomic writer in `dir` (not below).
fn parts_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".croise-") && n.ends_with(".part"))
        .collect();
    names.sort();
    names
}

/// Sets a file's modification time `seconds` in the past.
fn backdate(path: &Path, seconds: u64) {
    let when = std::time::SystemTime::now() - std::time::Duration::from_secs(seconds);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

/// Finding 5: a `reveal` killed while writing leaves `.croise-XXXX.part`,
/// which holds names. The next `reveal` into that folder removes it and
/// says so in one line, naming the file and nothing of its content.
#[test]
fn a_stale_temporary_file_beside_the_output_is_removed_and_reported() {
    let env = TestEnv::samples();
    env.tokenize_and_match_all();
    let dir = env.path("ml-nancy");
    let stale = dir.join(".croise-abcd.part");
    std::fs::write(&stale, "N° rapprochement;Nom\n0042;DUPONT\n").unwrap();
    backdate(&stale, 120);
    let assert = env.reveal("ml-nancy", &env.list_path("ml-nancy"));
    let err = stderr(&assert);
    assert.success();
    assert!(!stale.exists(), "the leftover was removed");
    assert_eq!(parts_in(&dir), Vec::<String>::new());
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| l.contains(".croise-abcd.part"))
        .collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].starts_with("croise: warning: removed 1 temporary file(s) left in"),
        "{err}"
    );
    assert!(!err.contains("DUPONT"), "{err}");
}

/// The same, with a real `kill -9` of a running croise: a `tokenize` of a
/// list of 50,000 rows streams its output for seconds, so its temporary
/// file is caught and the process killed while writing. The leftover is
/// kept while young (it could be a running croise's), and removed by the
/// next write once a minute old.
#[cfg(unix)]
#[test]
fn a_killed_run_leaves_a_temporary_file_that_the_next_run_removes() {
    use std::time::{Duration, Instant};
    let env = TestEnv::samples();
    env.run([
        os("sample"),
        os("--out"),
        env.path("big").into(),
        os("--justice-rows"),
        os("100"),
        os("--mission-locale-rows"),
        os("50000"),
    ])
    .success();
    let list = env.path("big/mission-locale.csv");
    let out_dir = env.path("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let tokenize = |list: &Path, out: &str| {
        let mut args = vec![os("tokenize"), list.into()];
        args.extend(env.holder_options("campaign", "ml-nancy", "ml-nancy"));
        args.extend([os("--out"), out_dir.join(out).into()]);
        args
    };
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_croise"))
        .args(tokenize(&list, "first.tokens.age"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while parts_in(&out_dir).is_empty() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "tokenize ended before it could be killed"
        );
        assert!(Instant::now() < deadline, "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let left = parts_in(&out_dir);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(!out_dir.join("first.tokens.age").exists());

    // Young: it could be a running croise's, so it is kept. (The next runs
    // tokenize the small sample list into the same folder.)
    let small = env.list_path("ml-nancy");
    env.run(tokenize(&small, "second.tokens.age")).success();
    assert_eq!(parts_in(&out_dir), left);

    backdate(&out_dir.join(&left[0]), 120);
    let assert = env.run(tokenize(&small, "third.tokens.age"));
    let err = stderr(&assert);
    assert.success();
    assert_eq!(parts_in(&out_dir), Vec::<String>::new());
    assert!(
        err.lines().any(
            |l| l.starts_with("croise: warning: removed 1 temporary file(s)")
                && l.ends_with(&left[0])
        ),
        "{err}"
    );
}

// ---- workbook bombs ----------------------------------------------------------

/// The address space croise gets in the bomb tests: 2 GB, far below what
/// any of these files asked for before it was checked.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
const MEMORY_LIMIT: &str = "--as=2000000000";

/// A small, valid `.xlsx` of a list, from rust_xlsxwriter, with `extra`
/// cells written after it (row, column, text; 0-based).
fn workbook(extra: &[(u32, u16, &str)]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    let rows = [
        ["NOM", "PRENOM", "DATE DE NAISSANCE"],
        ["MARTIN", "Lea", "01/02/2009"],
        ["DUPONT", "Jean", "03/04/2010"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *value).unwrap();
        }
    }
    for (r, c, value) in extra {
        sheet.write_string(*r, *c, *value).unwrap();
    }
    wb.save_to_buffer().unwrap()
}

/// Copies a zip, giving `edit` each part's name and bytes to change.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn rewrite_zip(src: &[u8], edit: impl Fn(&str, Vec<u8>) -> Vec<u8>) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(src)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).unwrap();
        out.start_file(name.as_str(), options).unwrap();
        out.write_all(&edit(&name, bytes)).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// Runs `croise check FILE` under a 2 GB address-space limit and asserts a
/// clean refusal: exit 1, one message naming the file and the limit, no
/// abort, no crash. Returns stderr.
#[cfg(target_os = "linux")]
fn refused_under_memory_limit(env: &TestEnv, name: &str, bytes: &[u8], phrase: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new("prlimit")
        .arg(MEMORY_LIMIT)
        .arg(env!("CARGO_BIN_EXE_croise"))
        .args(["--lang", "en", "check"])
        .arg(&path)
        .args(["--reference-date", "2026-10-01"])
        .output()
        .expect("prlimit runs");
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{name}: {err}");
    assert!(
        err.starts_with(&format!(
            "croise: error: {} is too large for croise: ",
            path.display()
        )),
        "{name}: {err}"
    );
    assert!(err.contains(phrase), "{name}: {err}");
    err
}

/// Finding 3 of issue 11: a 1.5 KB workbook with cells at A1 and XFD1048576
/// made the reader allocate the rectangle between them (512 GB) and abort.
/// Refused now at the far cell, naming its row and column.
#[cfg(target_os = "linux")]
#[test]
fn a_workbook_with_a_far_away_cell_is_refused_without_allocating() {
    let env = TestEnv::bare();
    let bomb = workbook(&[(1_048_575, 16_383, "x")]);
    assert!(bomb.len() < 8_000, "a small file: {}", bomb.len());
    refused_under_memory_limit(
        &env,
        "far.xlsx",
        &bomb,
        "row 1048576 has a cell in column XFD, right of column IV",
    );
    // A cell below the last row a spreadsheet can hold, and many cells far
    // right (every row padded from column A): refused too.
    let rows: Vec<(u32, u16, &str)> = (3..70_000).map(|r| (r, 255, "x")).collect();
    let wide = workbook(&rows);
    refused_under_memory_limit(
        &env,
        "wide.xlsx",
        &wide,
        "the sheet has more than 16,000,000 cells",
    );
}

/// A shared-strings part that declares 75 million strings was reserved as
/// declared (1.8 GB); one that inflates beyond the limit is measured, not
/// trusted.
#[cfg(target_os = "linux")]
#[test]
fn a_workbook_that_declares_or_holds_too_much_text_is_refused() {
    let env = TestEnv::bare();
    let declared = rewrite_zip(&workbook(&[]), |name, bytes| {
        if name == "xl/sharedStrings.xml" {
            let text = String::from_utf8(bytes).unwrap();
            let at = text.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = at + text[at..].find('"').unwrap();
            format!("{}75000000{}", &text[..at], &text[end..]).into_bytes()
        } else {
            bytes
        }
    });
    refused_under_memory_limit(
        &env,
        "declared.xlsx",
        &declared,
        "it declares more than 16,000,000 distinct texts",
    );

    // 129 MiB of strings compress to a few hundred KB.
    let inflated = rewrite_zip(&workbook(&[]), |name, bytes| {
        if name == "xl/sharedStrings.xml" {
            let text = String::from_utf8(bytes).unwrap();
            let at = text.find("</sst>").unwrap();
            let mut big = text.as_bytes()[..at].to_vec();
            big.extend(std::iter::repeat_n(b' ', 129 << 20));
            big.extend_from_slice(&text.as_bytes()[at..]);
            big
        } else {
            bytes
        }
    });
    assert!(inflated.len() < 2_000_000, "{}", inflated.len());
    refused_under_memory_limit(
        &env,
        "inflated.xlsx",
        &inflated,
        "its text (shared strings) takes more than 128 MB uncompressed",
    );
}

/// The corpus's OpenDocument list with `rows` (table rows, as XML) added
/// at the end of its sheet.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn ods_with(rows: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let plain = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/workbook.ods"),
    )
    .unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(plain)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).unwrap();
        // `mimetype` first and stored, as the format requires.
        let method = if name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        out.start_file(name.as_str(), options).unwrap();
        if name == "content.xml" {
            let text = String::from_utf8(bytes).unwrap();
            let at = text.rfind("</table:table>").unwrap();
            bytes = format!("{}{rows}{}", &text[..at], &text[at..]).into_bytes();
        }
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// An OpenDocument sheet repeats a row or a cell in a few bytes, and the
/// reader expanded the repeats into a dense rectangle: a 1 KB file of
/// 1,000 rows of 16,000 repeated cells took 1.9 GB. The repeats are now
/// counted before the reader runs; empty repeats, which spreadsheet
/// programs write to the end of every sheet, still count for nothing.
#[cfg(target_os = "linux")]
#[test]
fn an_opendocument_sheet_that_repeats_too_much_is_refused_without_allocating() {
    let env = TestEnv::bare();
    let cell = |repeat: u64| {
        format!(
            "<table:table-cell table:number-columns-repeated=\"{repeat}\" \
             office:value-type=\"string\"><text:p>X</text:p></table:table-cell>"
        )
    };
    let row = |repeat: u64, cells: &str| {
        format!(
            "<table:table-row table:number-rows-repeated=\"{repeat}\">{cells}</table:table-row>"
        )
    };
    let wide = ods_with(&row(1_000, &cell(16_000)));
    assert!(wide.len() < 20_000, "a small file: {}", wide.len());
    refused_under_memory_limit(&env, "wide.ods", &wide, "right of column IV");
    refused_under_memory_limit(
        &env,
        "long.ods",
        &ods_with(&row(5_000_000, &cell(3))),
        "below row 1,048,576",
    );
    refused_under_memory_limit(
        &env,
        "many.ods",
        &ods_with(&row(1_000_000, &cell(200))),
        "the sheet has more than 16,000,000 cells",
    );

    // The rest of a sheet, empty, as LibreOffice writes it: read.
    let path = env.path("tail.ods");
    let tail = format!(
        "{}{}",
        row(
            1,
            "<table:table-cell table:number-columns-repeated=\"1021\"/>"
        ),
        row(
            1_048_570,
            "<table:table-cell table:number-columns-repeated=\"1024\"/>"
        )
    );
    std::fs::write(&path, ods_with(&tail)).unwrap();
    let checked = check_in_english(&env, path);
    let err = common::stderr(&checked);
    assert!(!err.contains("too large"), "{err}");
    assert!(common::stdout(&checked).contains("Verdict: OK"), "{err}");
}

/// `croise --lang en check PATH` at the reference date of the tests.
fn check_in_english(env: &TestEnv, path: std::path::PathBuf) -> assert_cmd::assert::Assert {
    env.run([
        os("--lang"),
        os("en"),
        os("check"),
        path.into(),
        os("--reference-date"),
        os("2026-10-01"),
    ])
}

/// The limits refuse bombs, not lists: the same workbook without the bomb
/// is read.
#[test]
fn a_plain_workbook_is_still_read() {
    let env = TestEnv::bare();
    let path = env.path("plain.xlsx");
    std::fs::write(&path, workbook(&[(5, 255, "note")])).unwrap();
    let checked = check_in_english(&env, path);
    // Read to the end: its rows are counted and judged (a verdict, not a
    // refusal of the file).
    let out = common::stdout(&checked);
    let err = common::stderr(&checked);
    assert!(
        out.contains("Header row: 1") && out.contains("Verdict:"),
        "{out}"
    );
    assert!(!err.contains("too large"), "{err}");
}
