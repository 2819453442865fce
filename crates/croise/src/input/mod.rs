//! The one input module: every command reads lists through here, so the
//! handling of file formats, encodings, delimiters, header rows and column
//! names never forks between commands.
//!
//! A list is a CSV file or a workbook; both come out as the same
//! [`ListFile`] and [`ListRow`]s, so `tokenize`, `check` and `reveal` never
//! special-case a format.
//!
//! Detection, in order:
//! - the format, by content rather than by name: a ZIP holding `xl/` is an
//!   `.xlsx`, an OLE file an `.xls`, a ZIP declaring an OpenDocument
//!   spreadsheet an `.ods`; anything else is text ([`workbook`]);
//! - for text: the encoding (UTF-16 by BOM, UTF-8 with or without BOM, else
//!   Windows-1252 — a file mixing both is decoded line by line, never with
//!   garbled accents), an Excel `sep=;` first line, and the delimiter (`;`,
//!   `,`, tab or `|`) ([`text`]);
//! - the header row: the first row, among the first 30, that names at least
//!   two column roles; title rows above it are skipped ([`columns`]);
//! - the role of each column from French and English header variants,
//!   insensitive to case, accents and punctuation, then the user's
//!   `--column ROLE=HEADER` and `--columns-file` overrides.
//!
//! Rows are numbered as a spreadsheet shows them (blank rows counted, an
//! Excel `sep=` line not, since Excel hides it). Errors name the file, the
//! row and the column; they never quote a value.

pub mod columns;
pub mod text;
pub mod workbook;
pub mod write;

use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::keys::{SubKey, Tag, input_digest};

pub use columns::{
    ColumnMapping, ColumnOverride, MissingColumns, Role, column_letter, role_of_header,
};
pub use text::{Dialect, TextEncoding};
pub use workbook::WorkbookKind;
pub use write::{CellKind, SpreadsheetOptions, TableFormat, encode_table, encode_xlsx};

use columns::{header_score, map_columns, parse_overrides};
use text::{Records, consistency, decode, delimiter_candidates, sep_line};
use workbook::{Sniffed, cell_text, read_sheet, sniff};

/// How many rows from the top the header row is looked for in.
const HEADER_SEARCH_ROWS: usize = 30;

/// Errors reading a list. Never hold a value from the list.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is empty. Export your list again from your spreadsheet or information system", .path.display())]
    Empty { path: PathBuf },
    #[error("{} does not look like a list: it contains binary data. Export it from your spreadsheet as CSV or .xlsx and try again", .path.display())]
    Binary { path: PathBuf },
    #[error("{} is an archive or document, not a spreadsheet croise can read. Save your list as .xlsx, .ods or CSV and try again", .path.display())]
    NotASpreadsheet { path: PathBuf },
    #[error("{} looks like an {kind} but cannot be read: it may be damaged or password-protected. Open it in your spreadsheet, save a copy without password (as .xlsx or CSV) and try again", .path.display())]
    UnreadableWorkbook { path: PathBuf, kind: WorkbookKind },
    #[error("{}: there is no sheet \"{sheet}\". Sheets in this workbook: {found}. Give one of them to --sheet (its name or its number, 1 for the first)", .path.display())]
    NoSuchSheet {
        path: PathBuf,
        sheet: String,
        found: String,
    },
    #[error("{}: the sheet \"{sheet}\" is empty. Sheets in this workbook: {found}. Choose the one holding the list with --sheet NAME", .path.display())]
    EmptySheet {
        path: PathBuf,
        sheet: String,
        found: String,
    },
    #[error("{}: --sheet applies to workbooks (.xlsx, .xls, .ods) only, and this file is a CSV list. Remove --sheet", .path.display())]
    SheetOnText { path: PathBuf },
    #[error("{}: no header row found in the first 30 rows{}. croise looks for column titles such as NOM, PRENOM, DATE DE NAISSANCE. Add a row of column titles above the data, or name the columns with --column ROLE=HEADER{}", .path.display(), .sheet.as_ref().map(|s| format!(" of the sheet \"{s}\"")).unwrap_or_default(), other_sheets_hint(.other_sheets))]
    NoHeader {
        path: PathBuf,
        /// The sheet looked in, for a workbook.
        sheet: Option<String>,
        /// Every sheet of the workbook, when it has several and none was
        /// chosen with `--sheet`: the list may be on another one.
        other_sheets: Vec<String>,
        /// The cells of the first non-blank row, so that the holder sees
        /// which titles croise read; empty when that row holds a date (it
        /// is then a person, whose values are never shown).
        first_row: Vec<String>,
    },
    #[error("{}: {missing}. (The header row is row {row}.)", .path.display())]
    MissingColumn {
        path: PathBuf,
        row: u64,
        missing: Box<MissingColumns>,
    },
    #[error("{}: the column mapping names the header \"{header}\", which is not in the file. Headers found: {found}. Correct the header in --column or in the mapping file", .path.display())]
    UnknownHeader {
        path: PathBuf,
        header: String,
        found: String,
    },
    #[error(
        "--column `{0}`: expected ROLE=HEADER with ROLE one of surname, usage-name, given-names, birth-date, sex, id (e.g. --column birth-date=\"Né(e) le\")"
    )]
    BadOverride(String),
    #[error("{}, line {line}: expected ROLE=HEADER with ROLE one of surname, usage-name, given-names, birth-date, sex, id (e.g. birth-date=Né(e) le). Correct that line", .path.display())]
    ColumnsFile { path: PathBuf, line: u64 },
    #[error("{}: row {row}, column {column}: a quote (\") opened in this cell is never closed, so the rows after it were read as part of the cell. Remove the stray quote in your spreadsheet or text editor and save again", .path.display())]
    UnclosedQuote {
        path: PathBuf,
        row: u64,
        column: String,
    },
    #[error("cannot write the workbook: {0}")]
    WriteWorkbook(String),
    /// A workbook beyond [`workbook::Limits`]: refused before it is loaded.
    #[error("{} is too large for croise: {limit}. A list croise reads has at most {} rows of {} columns. Save the list alone, as CSV or in a new workbook, and try again", .path.display(), workbook::Limits::ROWS, workbook::Limits::COLUMNS)]
    WorkbookTooLarge {
        path: PathBuf,
        limit: workbook::WorkbookLimit,
    },
}

fn other_sheets_hint(sheets: &[String]) -> String {
    if sheets.is_empty() {
        String::new()
    } else {
        format!(
            ". This workbook has other sheets ({}): if the list is on one of them, choose it with --sheet NAME",
            sheets.join(", ")
        )
    }
}

/// Reading options from the command line.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `ROLE=HEADER` overrides of the detected column roles.
    pub columns: Vec<String>,
    /// A mapping file of `ROLE=HEADER` lines.
    pub columns_file: Option<PathBuf>,
    /// The sheet of a workbook to read (name or 1-based number); the first
    /// visible one by default.
    pub sheet: Option<String>,
}

/// The format a list was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListFormat {
    Csv,
    Workbook { kind: WorkbookKind, sheet: String },
}

/// Something about a list worth telling its holder, that did not stop
/// croise reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Some lines are in another encoding than the rest of the file (line
    /// numbers of the text file).
    MixedEncoding { lines: Vec<u64> },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::MixedEncoding { lines } => write!(
                f,
                "the file mixes two text encodings ({} line(s) differ from the rest: {}); each line was read in its own encoding. Save the list again from one program to clean it",
                lines.len(),
                compress_numbers(lines, 20)
            ),
        }
    }
}

/// Shows numbers as ranges, at most `limit` items: `3, 5–9, 12 and 4 more`.
pub fn compress_numbers(numbers: &[u64], limit: usize) -> String {
    match number_ranges(numbers, limit) {
        (shown, 0) => shown,
        (shown, more) => format!("{shown} and {more} more"),
    }
}

/// Numbers as ranges, at most `limit` items (`3, 5–9, 12`), and how many
/// items were left out: for a front end to say "and 4 more" its own way.
pub fn number_ranges(numbers: &[u64], limit: usize) -> (String, usize) {
    let mut items: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let start = numbers[i];
        let mut end = start;
        while i + 1 < numbers.len() && numbers[i + 1] == end + 1 {
            i += 1;
            end = numbers[i];
        }
        items.push(if end > start + 1 {
            format!("{start}–{end}")
        } else if end == start + 1 {
            format!("{start}, {end}")
        } else {
            start.to_string()
        });
        i += 1;
    }
    let more = items.len().saturating_sub(limit);
    items.truncate(limit);
    (items.join(", "), more)
}

/// The rows below the header, as read from the file.
enum Body {
    /// Decoded text, and the byte offset of the first data line in it.
    Text { text: String, data_start: usize },
    /// A workbook sheet, already rendered as text.
    Sheet { rows: Vec<(u64, csv::StringRecord)> },
}

/// A list opened for reading.
pub struct ListFile {
    pub path: PathBuf,
    pub format: ListFormat,
    /// How the list is written (for a workbook: how a CSV made from it is
    /// written, see [`Dialect::EXCEL_FR`]).
    pub dialect: Dialect,
    pub mapping: ColumnMapping,
    /// 1-based row number of the header row.
    pub header_row: u64,
    pub notices: Vec<Notice>,
    /// The raw bytes, kept to compute the keyed digest.
    raw: Vec<u8>,
    /// The column overrides it was read with.
    overrides: Vec<ColumnOverride>,
    body: Body,
}

/// One data row of a list.
pub struct ListRow {
    /// Row number as a spreadsheet shows it (1-based, counting the header
    /// and any title or blank rows).
    pub row: u64,
    record: csv::StringRecord,
}

impl ListRow {
    /// The trimmed value of a role's column, `None` if the column is absent
    /// or the cell is empty.
    pub fn get(&self, mapping: &ColumnMapping, role: Role) -> Option<&str> {
        let v = self.record.get(mapping.column(role)?)?.trim();
        (!v.is_empty()).then_some(v)
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.record.iter()
    }

    pub fn len(&self) -> usize {
        self.record.len()
    }

    /// Whether every cell is blank (such a row is not a person).
    pub fn is_empty(&self) -> bool {
        self.record.iter().all(|f| f.trim().is_empty())
    }
}

impl ListFile {
    pub fn open(path: &Path, options: &ReadOptions) -> Result<ListFile, InputError> {
        let raw = std::fs::read(path).map_err(|source| InputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let overrides = parse_overrides(&options.columns, options.columns_file.as_ref())?;
        ListFile::from_bytes(path, raw, &overrides, options.sheet.as_deref())
    }

    /// Reads a list from its bytes, as [`ListFile::open`] reads a file with
    /// these column overrides and sheet: the same bytes and choices give
    /// the same headers, rows and digest (a snapshot reopens a list so).
    pub fn from_bytes(
        path: &Path,
        raw: Vec<u8>,
        overrides: &[ColumnOverride],
        sheet: Option<&str>,
    ) -> Result<ListFile, InputError> {
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(InputError::Empty {
                path: path.to_path_buf(),
            });
        }
        let mut list = match sniff(&raw) {
            Sniffed::Workbook(kind) => open_workbook(path, raw, kind, sheet, overrides)?,
            Sniffed::OtherZip => {
                return Err(InputError::NotASpreadsheet {
                    path: path.to_path_buf(),
                });
            }
            Sniffed::Text => {
                if sheet.is_some() {
                    return Err(InputError::SheetOnText {
                        path: path.to_path_buf(),
                    });
                }
                open_text(path, raw, overrides)?
            }
        };
        list.overrides = overrides.to_vec();
        Ok(list)
    }

    /// The file's exact bytes, as read.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The column overrides the list was read with (`--column`,
    /// `--columns-file`).
    pub fn overrides(&self) -> &[ColumnOverride] {
        &self.overrides
    }

    /// Keyed digest of the file's exact bytes.
    pub fn digest(&self, key: &SubKey) -> Tag {
        input_digest(key, &self.raw)
    }

    /// The format in words: `CSV, Windows-1252, semicolon (;) delimiter,
    /// CRLF line ends` or `Excel workbook (.xlsx), sheet "Feuil1"`.
    pub fn describe(&self) -> String {
        match &self.format {
            ListFormat::Csv => format!(
                "CSV, {}, {} delimiter, {} line ends",
                self.dialect.encoding,
                self.dialect.delimiter_name(),
                if self.dialect.crlf { "CRLF" } else { "LF" }
            ),
            ListFormat::Workbook { kind, sheet } => format!("{kind}, sheet \"{sheet}\""),
        }
    }

    /// Iterates over the data rows. Blank rows are skipped (they are not
    /// people); rows are numbered as a spreadsheet shows them.
    pub fn rows(&self) -> Box<dyn Iterator<Item = Result<ListRow, InputError>> + '_> {
        match &self.body {
            Body::Text { text, data_start } => {
                let records = Records::new(
                    &text[*data_start..],
                    self.dialect.delimiter,
                    self.header_row + 1,
                );
                Box::new(records.filter_map(move |result| match result {
                    Ok((row, record)) => {
                        let row = ListRow { row, record };
                        (!row.is_empty()).then_some(Ok(row))
                    }
                    Err(bad) => Some(Err(InputError::UnclosedQuote {
                        path: self.path.clone(),
                        row: bad.row,
                        column: self.column_name(bad.column),
                    })),
                }))
            }
            Body::Sheet { rows } => Box::new(rows.iter().map(|(row, record)| {
                Ok(ListRow {
                    row: *row,
                    record: record.clone(),
                })
            })),
        }
    }

    /// A column for messages: `C "DATE NAISSANCE"`, or the letter alone.
    pub fn column_name(&self, index: usize) -> String {
        match self.mapping.headers.get(index).map(|h| h.trim()) {
            Some(h) if !h.is_empty() => format!("{} \"{h}\"", column_letter(index)),
            _ => column_letter(index),
        }
    }
}

/// Finds the header row among `rows` (number, cells): the first naming two
/// roles.
fn find_header_row<I>(rows: I, overrides: &[ColumnOverride]) -> Option<(u64, Vec<String>, usize)>
where
    I: Iterator<Item = (u64, Vec<String>)>,
{
    rows.take(HEADER_SEARCH_ROWS).find_map(|(row, cells)| {
        let score = header_score(&cells, overrides);
        (score >= 2).then_some((row, cells, score))
    })
}

fn trimmed(record: &csv::StringRecord) -> Vec<String> {
    record.iter().map(|h| h.trim().to_string()).collect()
}

fn open_text(
    path: &Path,
    raw: Vec<u8>,
    overrides: &[ColumnOverride],
) -> Result<ListFile, InputError> {
    let decoded = decode(&raw, path)?;
    let text = decoded.text;
    let (forced, body_start) = match sep_line(&text) {
        Some((delimiter, len)) => (Some(delimiter), len),
        None => (None, 0),
    };
    let body = &text[body_start..];
    // The delimiter is the one with which a header row appears; ties go to
    // the one splitting the first rows most consistently.
    let mut best: Option<(u8, u64, Vec<String>, usize, usize)> = None;
    for delimiter in delimiter_candidates(forced) {
        let mut records = Records::new(body, delimiter, 1);
        let rows = std::iter::from_fn(|| records.next()?.ok())
            .map(|(row, record)| (row, trimmed(&record)));
        if let Some((row, headers, score)) = find_header_row(rows, overrides) {
            let fit = consistency(body, delimiter);
            let better = match &best {
                None => true,
                Some((_, _, _, s, f)) => (score, fit) > (*s, *f),
            };
            if better {
                best = Some((delimiter, row, headers, score, fit));
            }
        }
    }
    let Some((delimiter, header_row, headers, _, _)) = best else {
        return Err(InputError::NoHeader {
            path: path.to_path_buf(),
            sheet: None,
            other_sheets: Vec::new(),
            first_row: titles_read(first_text_row(body)),
        });
    };
    // Offset of the first data line: just after the header record.
    let mut records = Records::new(body, delimiter, 1);
    let mut data_start = body.len();
    for record in records.by_ref() {
        if matches!(record, Ok((row, _)) if row == header_row) {
            data_start = records.offset();
            break;
        }
    }
    let mapping = map_columns(&headers, overrides, path).map_err(|e| with_row(e, header_row))?;
    let mut notices = Vec::new();
    if !decoded.mixed_lines.is_empty() {
        notices.push(Notice::MixedEncoding {
            lines: decoded.mixed_lines,
        });
    }
    let crlf = text.contains("\r\n");
    Ok(ListFile {
        path: path.to_path_buf(),
        format: ListFormat::Csv,
        dialect: Dialect {
            encoding: decoded.encoding,
            delimiter,
            crlf,
        },
        mapping,
        header_row,
        notices,
        raw,
        overrides: Vec::new(),
        body: Body::Text {
            data_start: body_start + data_start,
            text,
        },
    })
}

/// The cells of the first non-blank line of a text list, split on the
/// delimiter it holds most of.
fn first_text_row(body: &str) -> Vec<String> {
    let Some(line) = body.lines().find(|l| !l.trim().is_empty()) else {
        return Vec::new();
    };
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| line.bytes().filter(|b| b == d).count())
        .expect("three candidates");
    Records::new(line, delimiter, 1)
        .next()
        .and_then(Result::ok)
        .map(|(_, record)| trimmed(&record))
        .unwrap_or_default()
}

/// What a "no header" message may show of the first row: its cells, unless
/// one holds a digit — a person's row always holds a date of birth (and
/// often a file number), in whatever format, and croise never shows a value
/// of a list — or it has a single cell (a title above the table, not column
/// titles).
fn titles_read(cells: Vec<String>) -> Vec<String> {
    let person = cells.iter().any(|c| {
        c.chars().any(|ch| ch.is_numeric()) || croise_scheme::normalize::parse_date(c).is_ok()
    });
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    if person || filled < 2 {
        Vec::new()
    } else {
        cells
            .into_iter()
            .filter(|c| !c.is_empty())
            .map(|c| c.chars().take(40).collect())
            .take(20)
            .collect()
    }
}

fn with_row(error: InputError, header_row: u64) -> InputError {
    match error {
        InputError::MissingColumn { path, missing, .. } => InputError::MissingColumn {
            path,
            row: header_row,
            missing,
        },
        other => other,
    }
}

fn open_workbook(
    path: &Path,
    raw: Vec<u8>,
    kind: WorkbookKind,
    chosen: Option<&str>,
    overrides: &[ColumnOverride],
) -> Result<ListFile, InputError> {
    let sheet = read_sheet(&raw, kind, chosen, path)?;
    let epoch = sheet.epoch;
    let as_text = |cells: &[calamine::Data], date_column: Option<usize>| -> Vec<String> {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                cell_text(c, Some(i) == date_column, epoch)
                    .trim()
                    .to_string()
            })
            .collect()
    };
    let found = find_header_row(
        sheet
            .rows
            .iter()
            .map(|(row, cells)| (*row, as_text(cells, None))),
        overrides,
    );
    let Some((header_row, headers, _)) = found else {
        let other_sheets = if sheet.all_names.len() > 1 && chosen.is_none() {
            sheet.all_names.clone()
        } else {
            Vec::new()
        };
        let first = sheet
            .rows
            .iter()
            .map(|(_, cells)| as_text(cells, None))
            .find(|cells| cells.iter().any(|c| !c.is_empty()))
            .unwrap_or_default();
        return Err(InputError::NoHeader {
            path: path.to_path_buf(),
            sheet: Some(sheet.name.clone()),
            other_sheets,
            first_row: titles_read(first),
        });
    };
    let mapping = map_columns(&headers, overrides, path).map_err(|e| with_row(e, header_row))?;
    let date_column = mapping.column(Role::BirthDate);
    let rows = sheet
        .rows
        .iter()
        .filter(|(row, _)| *row > header_row)
        .map(|(row, cells)| {
            let texts: Vec<String> = cells
                .iter()
                .enumerate()
                .map(|(i, c)| cell_text(c, Some(i) == date_column, epoch))
                .collect();
            (*row, csv::StringRecord::from(texts))
        })
        .collect();
    Ok(ListFile {
        path: path.to_path_buf(),
        format: ListFormat::Workbook {
            kind,
            sheet: sheet.name,
        },
        dialect: Dialect::EXCEL_FR,
        mapping,
        header_row,
        notices: Vec::new(),
        raw,
        overrides: Vec::new(),
        body: Body::Sheet { rows },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A "no header" message shows column titles, never a person: a first
    /// row with any digit (a date in any format, a file number) is not shown.
    #[test]
    fn only_rows_without_digits_are_shown_as_titles() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            titles_read(row(&["Famille", "Prenom", "Naissance"])),
            row(&["Famille", "Prenom", "Naissance"])
        );
        assert!(titles_read(row(&["DUPONT", "Jean", "2009.03.03"])).is_empty());
        assert!(titles_read(row(&["DUPONT", "Jean", "3 mars 2009"])).is_empty());
        assert!(titles_read(row(&["DUPONT", "Jean", "", "12345"])).is_empty());
        assert!(titles_read(row(&["Liste des jeunes suivis"])).is_empty());
    }

    fn open_bytes(bytes: &[u8], options: &ReadOptions) -> Result<ListFile, InputError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        std::fs::write(&path, bytes).unwrap();
        ListFile::open(&path, options)
    }

    fn rows(list: &ListFile) -> Vec<ListRow> {
        list.rows().collect::<Result<_, _>>().unwrap()
    }

    #[test]
    fn windows_1252_semicolon_list() {
        let bytes = b"NOM;PRENOM(S);DATE NAISSANCE\r\nL\xc9A;Z\xc9LIE;01/02/2009\r\n";
        let list = open_bytes(bytes, &ReadOptions::default()).unwrap();
        assert_eq!(list.dialect.encoding, TextEncoding::Windows1252);
        assert_eq!(list.dialect.delimiter, b';');
        assert!(list.dialect.crlf);
        let rows = rows(&list);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].get(&list.mapping, Role::GivenNames), Some("ZÉLIE"));
    }

    #[test]
    fn bom_comma_list_with_title_row_and_sep_line() {
        // Excel hides the `sep=` line: the title is row 1, the header row 2.
        let bytes = "\u{feff}sep=,\nExport du 01/10/2026,,\nNom,Prénom,Date de naissance\nÉlo,Zoé,2009-01-02\n".as_bytes();
        let list = open_bytes(bytes, &ReadOptions::default()).unwrap();
        assert_eq!(list.dialect.encoding, TextEncoding::Utf8WithBom);
        assert_eq!(list.dialect.delimiter, b',');
        assert_eq!(list.header_row, 2);
        let rows = rows(&list);
        assert_eq!(rows[0].row, 3);
        assert_eq!(rows[0].get(&list.mapping, Role::BirthName), Some("Élo"));
    }

    #[test]
    fn blank_rows_count_in_row_numbers() {
        let bytes = b"Liste\n\nNOM;PRENOM;DDN\n\nA;B;01/01/2009\n\n\nC;D;01/01/2009\n";
        let list = open_bytes(bytes, &ReadOptions::default()).unwrap();
        assert_eq!(list.header_row, 3);
        let numbers: Vec<u64> = rows(&list).iter().map(|r| r.row).collect();
        assert_eq!(numbers, [5, 8]);
    }

    #[test]
    fn comma_in_values_does_not_fool_the_delimiter() {
        let bytes = b"NOM;PRENOMS;DDN\nA;Lina, Maria;01/01/2009\nB;Jean, Paul;02/01/2009\n";
        let list = open_bytes(bytes, &ReadOptions::default()).unwrap();
        assert_eq!(list.dialect.delimiter, b';');
    }

    #[test]
    fn missing_column_error_lists_headers_and_the_fix() {
        let err = open_bytes(b"NOM;PRENOM;BIRTH\nA;B;C\n", &ReadOptions::default())
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("the date of birth column is missing. Headers found: \"NOM\", \"PRENOM\", \"BIRTH\". Tell croise which column holds it, e.g. --column birth-date=\"BIRTH\""),
            "{err}"
        );
        assert!(err.contains("`birth-date=BIRTH`"), "{err}");
        assert!(err.contains("header row is row 1"), "{err}");
    }

    #[test]
    fn override_maps_an_unknown_header_even_for_the_header_row() {
        let options = ReadOptions {
            columns: vec!["birth-date=BIRTH".into()],
            ..Default::default()
        };
        let list = open_bytes(b"NOM;PRENOM;BIRTH\nA;B;C\n", &options).unwrap();
        assert_eq!(list.mapping.header(Role::BirthDate), Some("BIRTH"));
        // Headers croise does not know at all are found through the overrides.
        let options = ReadOptions {
            columns: vec![
                "surname=F1".into(),
                "given-names=F2".into(),
                "birth-date=F3".into(),
            ],
            ..Default::default()
        };
        let list = open_bytes(b"F1;F2;F3\nA;B;C\n", &options).unwrap();
        assert_eq!(list.header_row, 1);
        assert_eq!(list.mapping.header(Role::GivenNames), Some("F2"));
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert!(matches!(
            open_bytes(b"", &ReadOptions::default()),
            Err(InputError::Empty { .. })
        ));
        assert!(matches!(
            open_bytes(b"\x00\x01\x02binary\x03", &ReadOptions::default()),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            open_bytes(b"PK\x03\x04\x00\x00binary", &ReadOptions::default()),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            open_bytes(
                b"PK\x03\x04\x00\x00word/document.xml",
                &ReadOptions::default()
            ),
            Err(InputError::NotASpreadsheet { .. })
        ));
    }

    #[test]
    fn number_lists_compress_to_ranges() {
        assert_eq!(
            compress_numbers(&[3, 5, 6, 7, 8, 9, 12, 13], 10),
            "3, 5–9, 12, 13"
        );
        assert_eq!(compress_numbers(&[1, 3, 5, 7], 2), "1, 3 and 2 more");
        assert_eq!(compress_numbers(&[], 2), "");
    }
}
