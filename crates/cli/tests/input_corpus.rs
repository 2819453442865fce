//! The corpus of awkward list files (tests/corpus/, see its README): each is
//! read correctly, or refused with a clear error that names the file and
//! quotes no value — never a panic.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use croise::input::{
    InputError, ListFile, ListFormat, ListRow, ReadOptions, Role, TextEncoding, WorkbookKind,
};
use croise::records::{Rejection, person_from_row};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

fn open(name: &str) -> ListFile {
    ListFile::open(&corpus(name), &ReadOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn open_err(name: &str, options: &ReadOptions) -> InputError {
    match ListFile::open(&corpus(name), options) {
        Ok(_) => panic!("{name} was read, but should be refused"),
        Err(e) => e,
    }
}

fn rows(list: &ListFile) -> Vec<ListRow> {
    list.rows().collect::<Result<_, _>>().unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Surname, given names, date of birth and row number of every usable row.
fn people(list: &ListFile) -> Vec<(u64, String, String, NaiveDate)> {
    rows(list)
        .iter()
        .filter_map(|row| {
            let p = person_from_row(row, &list.mapping).ok()?;
            Some((
                row.row,
                p.surnames[0].clone(),
                p.given_names.join(" "),
                p.birth_date,
            ))
        })
        .collect()
}

#[test]
fn every_encoding_and_delimiter_is_detected() {
    for (name, encoding, delimiter, crlf) in [
        (
            "utf8-bom-semicolon-crlf.csv",
            TextEncoding::Utf8WithBom,
            b';',
            true,
        ),
        ("utf8-comma-lf.csv", TextEncoding::Utf8, b',', false),
        (
            "cp1252-semicolon-crlf.csv",
            TextEncoding::Windows1252,
            b';',
            true,
        ),
        ("cp1252-tab.tsv", TextEncoding::Windows1252, b'\t', true),
        ("utf16le-tab.txt", TextEncoding::Utf16Le, b'\t', true),
        ("pipe.csv", TextEncoding::Utf8, b'|', false),
        ("sep-line.csv", TextEncoding::Utf8WithBom, b';', true),
    ] {
        let list = open(name);
        assert_eq!(list.format, ListFormat::Csv, "{name}");
        assert_eq!(list.dialect.encoding, encoding, "{name}");
        assert_eq!(list.dialect.delimiter, delimiter, "{name}");
        assert_eq!(list.dialect.crlf, crlf, "{name}");
        assert!(list.notices.is_empty(), "{name}");
    }
}

#[test]
fn accents_are_never_garbled() {
    for name in [
        "utf8-bom-semicolon-crlf.csv",
        "cp1252-semicolon-crlf.csv",
        "cp1252-tab.tsv",
        "utf16le-tab.txt",
    ] {
        let list = open(name);
        let rows = rows(&list);
        assert_eq!(
            rows[0].get(&list.mapping, Role::GivenNames),
            Some("Léa"),
            "{name}"
        );
        assert_eq!(
            rows[2].get(&list.mapping, Role::BirthName),
            Some("ÖZTÜRK"),
            "{name}"
        );
    }
    // Œ is in Windows-1252 (0x8C), not in Latin-1.
    let list = open("cp1252-semicolon-crlf.csv");
    let last = rows(&list).pop().unwrap();
    assert_eq!(last.get(&list.mapping, Role::BirthName), Some("CŒURDEROY"));
}

#[test]
fn a_file_mixing_encodings_is_read_line_by_line_and_flagged() {
    let list = open("mixed-encoding.csv");
    assert_eq!(list.dialect.encoding, TextEncoding::Utf8);
    assert_eq!(list.notices.len(), 1);
    let rows = rows(&list);
    assert_eq!(
        rows[2].get(&list.mapping, Role::BirthName),
        Some("HÉLÈNE-ÉLISE")
    );
    assert_eq!(rows[0].get(&list.mapping, Role::GivenNames), Some("Léa"));
}

#[test]
fn rows_above_the_header_and_blank_rows_keep_spreadsheet_numbers() {
    // Excel hides a `sep=` line: the header is row 1.
    let list = open("sep-line.csv");
    assert_eq!(list.header_row, 1);
    assert_eq!(people(&list)[0].0, 2);

    let list = open("title-rows.csv");
    assert_eq!(list.header_row, 4);
    let numbers: Vec<u64> = people(&list).iter().map(|p| p.0).collect();
    assert_eq!(numbers, [5, 6, 7]);

    let list = open("blank-rows.csv");
    let numbers: Vec<u64> = people(&list).iter().map(|p| p.0).collect();
    assert_eq!(numbers, [2, 4, 7]);

    // A quoted cell over two lines is one row.
    let list = open("multiline-cell.csv");
    let numbers: Vec<u64> = people(&list).iter().map(|p| p.0).collect();
    assert_eq!(numbers, [2, 3, 4]);
}

#[test]
fn odd_french_and_english_headers_are_mapped() {
    let list = open("odd-headers.csv");
    assert_eq!(list.mapping.header(Role::BirthName), Some("Nom du jeune"));
    assert_eq!(
        list.mapping.header(Role::GivenNames),
        Some("Prénom(s) du jeune")
    );
    assert_eq!(
        list.mapping.header(Role::BirthDate),
        Some("Date naiss. (jj/mm/aaaa)")
    );
    assert_eq!(list.mapping.header(Role::Sex), Some("Sexe (M/F)"));
    assert_eq!(list.mapping.header(Role::LocalId), Some("N° de dossier"));
    assert_eq!(list.mapping.unused().count(), 1);

    let list = open("english-headers.csv");
    for (role, header) in [
        (Role::BirthName, "Last name"),
        (Role::GivenNames, "First name"),
        (Role::BirthDate, "Date of birth"),
        (Role::Sex, "Gender"),
        (Role::LocalId, "ID"),
    ] {
        assert_eq!(list.mapping.header(role), Some(header));
    }

    let list = open("utf8-comma-lf.csv");
    assert_eq!(list.mapping.header(Role::UsageName), Some("Nom d'usage"));
    assert_eq!(list.mapping.header(Role::LocalId), Some("Identifiant"));

    // A bare NOM beside NOM DE NAISSANCE is the usage name.
    let list = open("usage-and-birth-name.csv");
    assert_eq!(
        list.mapping.header(Role::BirthName),
        Some("NOM DE NAISSANCE")
    );
    assert_eq!(list.mapping.header(Role::UsageName), Some("NOM"));
    let p = people(&list);
    assert_eq!(p[0].1, "DUPONT");
    assert_eq!(p[1].1, "N DIAYE");
}

#[test]
fn every_date_format_is_read_and_bad_dates_are_rejected_by_reason() {
    let list = open("date-formats.csv");
    let rows = rows(&list);
    let outcome: Vec<(u64, Result<NaiveDate, Rejection>)> = rows
        .iter()
        .map(|r| {
            (
                r.row,
                person_from_row(r, &list.mapping).map(|p| p.birth_date),
            )
        })
        .collect();
    for (row, result) in &outcome[..9] {
        assert_eq!(*result, Ok(d(2009, 3, 5)), "row {row}");
    }
    let rejected: Vec<(u64, Rejection)> = outcome[9..]
        .iter()
        .map(|(row, r)| (*row, r.unwrap_err()))
        .collect();
    assert_eq!(
        rejected,
        [
            (11, Rejection::MissingBirthDate),
            (12, Rejection::PartialBirthDate),
            (13, Rejection::PartialBirthDate),
            (14, Rejection::ImpossibleBirthDate),
            (15, Rejection::UnreadableBirthDate),
        ]
    );
}

#[test]
fn placeholders_and_missing_names_are_rejected() {
    let list = open("placeholders.csv");
    let outcome: Vec<Option<Rejection>> = rows(&list)
        .iter()
        .map(|r| person_from_row(r, &list.mapping).err())
        .collect();
    assert_eq!(
        outcome,
        [
            Some(Rejection::PlaceholderName),
            Some(Rejection::PlaceholderGivenName),
            Some(Rejection::PlaceholderName),
            Some(Rejection::PlaceholderGivenName),
            Some(Rejection::MissingSurname),
            Some(Rejection::MissingGivenName),
            None,
            None,
            None,
        ]
    );
}

#[test]
fn ragged_rows_are_read_as_far_as_they_go() {
    let list = open("ragged-rows.csv");
    let rows = rows(&list);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[1].len(), 3);
    assert!(person_from_row(&rows[1], &list.mapping).is_ok());
    assert_eq!(
        person_from_row(&rows[2], &list.mapping).err(),
        Some(Rejection::MissingBirthDate)
    );
    assert_eq!(rows[3].len(), 7);
    assert!(person_from_row(&rows[3], &list.mapping).is_ok());
}

/// An error must name the file and quote nothing from the list.
fn assert_clean_error(name: &str, err: &InputError, must_contain: &[&str]) {
    let text = err.to_string();
    assert!(
        text.contains(name),
        "{name}: error does not name the file: {text}"
    );
    for part in must_contain {
        assert!(text.contains(part), "{name}: `{part}` not in: {text}");
    }
    for value in [
        "DUPONT",
        "Léa",
        "05/03/2009",
        "J-54-01057",
        "N'DIAYE",
        "Awa",
    ] {
        assert!(
            !text.contains(value),
            "{name}: error quotes a value: {text}"
        );
    }
}

#[test]
fn files_that_are_not_lists_are_refused_clearly() {
    let none = ReadOptions::default();
    for (name, expected) in [
        ("empty.csv", "is empty"),
        ("blank.csv", "is empty"),
        ("binary-junk.bin", "binary data"),
        ("not-a-spreadsheet.docx", "not a spreadsheet"),
        ("damaged.xls", "cannot be read"),
        ("no-header.csv", "no header row"),
        ("unknown-headers.csv", "no header row"),
    ] {
        let err = open_err(name, &none);
        assert_clean_error(name, &err, &[expected]);
    }
}

#[test]
fn a_missing_column_error_shows_the_headers_and_how_to_map_them() {
    let err = open_err("missing-date-column.csv", &ReadOptions::default());
    assert_clean_error(
        "missing-date-column.csv",
        &err,
        &[
            "the date of birth column is missing",
            "Headers found: \"NOM\", \"PRENOM\", \"Naissance le\", \"Ville\"",
            "--column birth-date=\"Naissance le\"",
            "--columns-file",
            "`birth-date=Naissance le`",
        ],
    );
}

#[test]
fn the_mapping_can_be_given_by_flag_or_by_file() {
    let by_flag = ReadOptions {
        columns: vec!["birth-date=Naissance le".into()],
        ..Default::default()
    };
    let by_file = ReadOptions {
        columns_file: Some(corpus("missing-date-column.columns")),
        ..Default::default()
    };
    for options in [by_flag, by_file] {
        let list = ListFile::open(&corpus("missing-date-column.csv"), &options).unwrap();
        assert_eq!(list.mapping.header(Role::BirthDate), Some("Naissance le"));
        assert_eq!(people(&list).len(), 3);
    }
    // Headers croise cannot recognise at all are found through the mapping.
    let options = ReadOptions {
        columns: vec![
            "surname=COL1".into(),
            "given-names=COL2".into(),
            "birth-date=COL3".into(),
        ],
        ..Default::default()
    };
    let list = ListFile::open(&corpus("unknown-headers.csv"), &options).unwrap();
    assert_eq!(people(&list).len(), 3);
    // A wrong header in the mapping is named, with the headers found.
    let options = ReadOptions {
        columns: vec!["birth-date=Date".into()],
        ..Default::default()
    };
    let err = open_err("missing-date-column.csv", &options).to_string();
    assert!(err.contains("\"Date\", which is not in the file"), "{err}");
    assert!(err.contains("C \"Naissance le\""), "{err}");
    // A bad line of the mapping file is named by its number.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.columns");
    std::fs::write(
        &bad,
        "# comment\n\nbirth-date=Naissance le\ndate Naissance le\n",
    )
    .unwrap();
    let options = ReadOptions {
        columns_file: Some(bad),
        ..Default::default()
    };
    let err = open_err("missing-date-column.csv", &options).to_string();
    assert!(err.contains("bad.columns, line 4"), "{err}");
}

#[test]
fn an_unclosed_quote_is_refused_with_its_row_and_column() {
    let list = open("unclosed-quote.csv");
    let err = list
        .rows()
        .find_map(|r| r.err())
        .expect("the unclosed quote is reported");
    assert_clean_error(
        "unclosed-quote.csv",
        &err,
        &["row 3, column A \"NOM\"", "quote"],
    );
}

#[test]
fn header_only_file_has_no_rows() {
    let list = open("header-only.csv");
    assert_eq!(list.rows().count(), 0);
}

#[test]
fn a_very_long_field_is_read_without_trouble() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.csv");
    let long = "A".repeat(1_000_000);
    std::fs::write(
        &path,
        format!(
            "NOM;PRENOM;DDN;Commentaire\nDUPONT;Léa;05/03/2009;{long}\n{long};Awa;30/08/2009;\n"
        ),
    )
    .unwrap();
    let list = ListFile::open(&path, &ReadOptions::default()).unwrap();
    let p = people(&list);
    assert_eq!(p.len(), 2);
    assert_eq!(p[1].1.len(), 1_000_000);
}

// --- Workbooks -----------------------------------------------------------

#[test]
fn xls_date_cells_text_dates_and_serials_in_both_epochs() {
    for name in ["workbook.xls", "workbook-1904.xls"] {
        let options = ReadOptions {
            sheet: Some("Liste".into()),
            ..Default::default()
        };
        let list = ListFile::open(&corpus(name), &options).unwrap();
        assert_eq!(
            list.format,
            ListFormat::Workbook {
                kind: WorkbookKind::Xls,
                sheet: "Liste".into()
            }
        );
        assert_eq!(list.header_row, 3, "{name}");
        let p = people(&list);
        assert_eq!(
            p,
            [
                (4, "DUPONT".into(), "LEA".into(), d(2009, 3, 5)),
                (5, "N DIAYE".into(), "AWA".into(), d(2009, 8, 30)),
                (6, "OZTURK".into(), "EMRE".into(), d(2009, 9, 9)),
            ],
            "{name}"
        );
        // The sheet can also be chosen by number.
        let options = ReadOptions {
            sheet: Some("2".into()),
            ..Default::default()
        };
        assert_eq!(
            people(&ListFile::open(&corpus(name), &options).unwrap()).len(),
            3
        );
    }
}

#[test]
fn a_workbook_whose_first_sheet_holds_no_list_names_the_other_sheets() {
    let err = open_err("workbook.xls", &ReadOptions::default());
    assert_clean_error(
        "workbook.xls",
        &err,
        &["sheet \"Notes\"", "\"Liste\"", "--sheet"],
    );
    let options = ReadOptions {
        sheet: Some("Autre".into()),
        ..Default::default()
    };
    let err = open_err("workbook.xls", &options);
    assert_clean_error(
        "workbook.xls",
        &err,
        &["no sheet \"Autre\"", "\"Notes\", \"Liste\""],
    );
    let err = ListFile::open(&corpus("utf8-comma-lf.csv"), &options)
        .err()
        .unwrap();
    assert!(err.to_string().contains("--sheet applies to workbooks"));
}

#[test]
fn ods_date_cells_and_text_dates() {
    let list = open("workbook.ods");
    assert_eq!(
        list.format,
        ListFormat::Workbook {
            kind: WorkbookKind::Ods,
            sheet: "Jeunes".into()
        }
    );
    let dates: Vec<NaiveDate> = people(&list).iter().map(|p| p.3).collect();
    assert_eq!(dates, [d(2009, 3, 5), d(2009, 8, 30), d(2009, 9, 9)]);
}

#[test]
fn xlsx_in_the_1904_epoch() {
    let list = open("workbook-1904.xlsx");
    let dates: Vec<NaiveDate> = people(&list).iter().map(|p| p.3).collect();
    assert_eq!(dates, [d(2009, 3, 5), d(2009, 8, 30), d(2009, 9, 9)]);
}

/// Builds an .xlsx with an empty first sheet hidden, title rows, date cells,
/// text dates, serial numbers as numbers and as text, and numeric file
/// numbers.
fn build_xlsx(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let hidden = wb.add_worksheet();
    hidden.set_name("Cachée").unwrap();
    hidden.set_hidden(true);
    let ws = wb.add_worksheet();
    ws.set_name("Jeunes suivis").unwrap();
    // The active sheet cannot be hidden.
    ws.set_active(true);
    ws.write_string(0, 0, "Liste des jeunes — export du 01/10/2026")
        .unwrap();
    let headers = ["Nom", "Prénom", "Né(e) le", "Genre", "Identifiant"];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let rows: [(&str, &str); 6] = [
        ("Dupont", "Léa"),
        ("N'Diaye", "Awa"),
        ("Öztürk", "Emre"),
        ("Le Gall", "Maëlys"),
        ("Fontaine", "Jean-Baptiste"),
        ("Cœurderoy", "Théo"),
    ];
    for (i, (surname, given)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write_string(r, 0, *surname).unwrap();
        ws.write_string(r, 1, *given).unwrap();
        match i {
            0 => {
                let cell = ExcelDateTime::from_ymd(2009, 3, 5).unwrap();
                ws.write_datetime_with_format(r, 2, &cell, &date).unwrap();
            }
            1 => {
                ws.write_string(r, 2, "30/08/2009").unwrap();
            }
            2 => {
                // 2009-09-09 as a bare serial number.
                ws.write_number(r, 2, 40065.0).unwrap();
            }
            3 => {
                ws.write_string(r, 2, "40088").unwrap(); // 2009-10-02
            }
            4 => {
                ws.write_string(r, 2, "31/02/2009").unwrap();
            }
            _ => {}
        }
        ws.write_string(r, 3, if i % 2 == 0 { "F" } else { "H" })
            .unwrap();
        ws.write_number(r, 4, 1_000_230.0 + i as f64).unwrap();
    }
    wb.save(path).unwrap();
}

#[test]
fn xlsx_built_here_reads_dates_numbers_and_skips_titles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liste.xlsx");
    build_xlsx(&path);
    let list = ListFile::open(&path, &ReadOptions::default()).unwrap();
    assert_eq!(
        list.format,
        ListFormat::Workbook {
            kind: WorkbookKind::Xlsx,
            sheet: "Jeunes suivis".into()
        },
        "the hidden first sheet is skipped"
    );
    assert_eq!(list.header_row, 3);
    let rows = rows(&list);
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0].row, 4);
    assert_eq!(rows[0].get(&list.mapping, Role::LocalId), Some("1000230"));
    let outcome: Vec<Result<NaiveDate, Rejection>> = rows
        .iter()
        .map(|r| person_from_row(r, &list.mapping).map(|p| p.birth_date))
        .collect();
    assert_eq!(
        outcome,
        [
            Ok(d(2009, 3, 5)),
            Ok(d(2009, 8, 30)),
            Ok(d(2009, 9, 9)),
            Ok(d(2009, 10, 2)),
            Err(Rejection::ImpossibleBirthDate),
            Err(Rejection::MissingBirthDate),
        ]
    );
    // The same file renamed .csv is still read as a workbook: content wins.
    let renamed = dir.path().join("liste.csv");
    std::fs::copy(&path, &renamed).unwrap();
    assert!(matches!(
        ListFile::open(&renamed, &ReadOptions::default())
            .unwrap()
            .format,
        ListFormat::Workbook { .. }
    ));
    // A truncated workbook is refused, not a panic.
    let bytes = std::fs::read(&path).unwrap();
    let truncated = dir.path().join("truncated.xlsx");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let err = ListFile::open(&truncated, &ReadOptions::default())
        .err()
        .unwrap();
    assert!(
        matches!(err, InputError::UnreadableWorkbook { .. }),
        "{err}"
    );
}

// --- Robustness ----------------------------------------------------------

/// Damages every corpus file in many small ways: reading must end in rows
/// or an error, never a panic.
#[test]
fn damaged_corpus_files_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let names: Vec<PathBuf> = std::fs::read_dir(corpus(""))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "py" && e != "md"))
        .collect();
    for original in &names {
        let bytes = std::fs::read(original).unwrap();
        for round in 0..40 {
            let mut damaged = bytes.clone();
            match round % 4 {
                0 if !damaged.is_empty() => {
                    let cut = (next() as usize) % damaged.len();
                    damaged.truncate(cut);
                }
                1 => {
                    for _ in 0..4 {
                        if !damaged.is_empty() {
                            let i = (next() as usize) % damaged.len();
                            damaged[i] = next() as u8;
                        }
                    }
                }
                2 => {
                    let i = (next() as usize) % (damaged.len() + 1);
                    let junk = [b'"', b';', b'\n', b'\r', 0xC3, b',', b'\t', 0xFF];
                    damaged.insert(i, junk[(next() as usize) % junk.len()]);
                }
                _ => {
                    if damaged.len() > 2 {
                        let i = (next() as usize) % (damaged.len() - 1);
                        damaged.swap(i, i + 1);
                    }
                }
            }
            let path = dir.path().join(format!(
                "{}-{round}",
                original.file_name().unwrap().to_string_lossy()
            ));
            std::fs::write(&path, &damaged).unwrap();
            if let Ok(list) = ListFile::open(&path, &ReadOptions::default()) {
                for row in list.rows().flatten() {
                    let _ = person_from_row(&row, &list.mapping);
                }
            }
        }
    }
}
