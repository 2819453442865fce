//! Workbook lists (`.xlsx`, `.xls`, `.ods`, `.xlsb`): one sheet read into
//! rows of text, so that the rest of croise reads a workbook exactly as it
//! reads a CSV list.
//!
//! Date cells become ISO `yyyy-mm-dd` text; in the date-of-birth column, a
//! number (a date cell formatted as a number) is read as an Excel serial
//! date in the workbook's own epoch (1900 or 1904). Never quotes a cell in
//! an error.

use std::fmt;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Range, Reader, SheetType, SheetVisible, Sheets};

use croise_scheme::normalize::{ExcelEpoch, excel_serial_date, looks_like_excel_serial};

use super::InputError;

/// The kind of a workbook file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookKind {
    Xlsx,
    Xlsb,
    Xls,
    Ods,
}

impl WorkbookKind {
    pub fn extension(self) -> &'static str {
        match self {
            WorkbookKind::Xlsx => "xlsx",
            WorkbookKind::Xlsb => "xlsb",
            WorkbookKind::Xls => "xls",
            WorkbookKind::Ods => "ods",
        }
    }
}

impl fmt::Display for WorkbookKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WorkbookKind::Xlsx => "Excel workbook (.xlsx)",
            WorkbookKind::Xlsb => "Excel binary workbook (.xlsb)",
            WorkbookKind::Xls => "Excel 97-2003 workbook (.xls)",
            WorkbookKind::Ods => "OpenDocument spreadsheet (.ods)",
        })
    }
}

/// What the first bytes of a file say it is.
pub(crate) enum Sniffed {
    Workbook(WorkbookKind),
    /// A ZIP archive that is a document, not a spreadsheet (`.docx`,
    /// `.odt`, `.pptx`).
    OtherZip,
    Text,
}

pub(crate) fn sniff(raw: &[u8]) -> Sniffed {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if raw.starts_with(OLE) {
        return Sniffed::Workbook(WorkbookKind::Xls);
    }
    if raw.starts_with(b"PK\x03\x04") {
        let head = &raw[..raw.len().min(200)];
        let contains = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        if contains(b"opendocument.spreadsheet") {
            return Sniffed::Workbook(WorkbookKind::Ods);
        }
        if contains(b"opendocument") {
            return Sniffed::OtherZip;
        }
        let all = |needle: &[u8]| raw.windows(needle.len()).any(|w| w == needle);
        if all(b"xl/workbook.bin") {
            return Sniffed::Workbook(WorkbookKind::Xlsb);
        }
        if all(b"xl/") {
            return Sniffed::Workbook(WorkbookKind::Xlsx);
        }
        if all(b"word/") || all(b"ppt/") || all(b"META-INF/") {
            return Sniffed::OtherZip;
        }
        // A ZIP signature over unknown bytes: binary data like any other.
    }
    Sniffed::Text
}

/// One sheet of a workbook, as cells.
pub(crate) struct SheetCells {
    pub name: String,
    /// Every sheet's name, quoted, in workbook order (for messages).
    pub all_names: Vec<String>,
    pub epoch: ExcelEpoch,
    /// Rows with their spreadsheet row number; cells start at column A.
    pub rows: Vec<(u64, Vec<Data>)>,
}

/// Opens a workbook from its bytes and reads one sheet: `wanted` (a name,
/// or a 1-based number), else the first visible worksheet.
pub(crate) fn read_sheet(
    raw: &[u8],
    kind: WorkbookKind,
    wanted: Option<&str>,
    path: &Path,
) -> Result<SheetCells, InputError> {
    let unreadable = || InputError::UnreadableWorkbook {
        path: path.to_path_buf(),
        kind,
    };
    // A damaged workbook must give an error, never a crash.
    let opened = std::panic::catch_unwind(|| open(raw, kind)).map_err(|_| unreadable())?;
    let mut workbook = opened.ok_or_else(unreadable)?;
    let sheets: Vec<(String, bool)> = workbook
        .sheets_metadata()
        .iter()
        .map(|s| {
            (
                s.name.clone(),
                s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible,
            )
        })
        .collect();
    let names = || {
        sheets
            .iter()
            .map(|(n, _)| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let name = match wanted {
        Some(wanted) => find_sheet(&sheets, wanted).ok_or_else(|| InputError::NoSuchSheet {
            path: path.to_path_buf(),
            sheet: wanted.to_string(),
            found: names(),
        })?,
        None => sheets
            .iter()
            .find(|(_, visible)| *visible)
            .or_else(|| sheets.first())
            .map(|(n, _)| n.clone())
            .ok_or_else(unreadable)?,
    };
    let epoch = match &workbook {
        Sheets::Xlsx(x) if x.has_1904_epoch() => ExcelEpoch::Excel1904,
        Sheets::Xls(x) if x.has_1904_epoch() => ExcelEpoch::Excel1904,
        _ => ExcelEpoch::Excel1900,
    };
    let range = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        workbook.worksheet_range(&name).ok()
    }))
    .ok()
    .flatten()
    .ok_or_else(unreadable)?;
    let rows = rows_of(&range);
    if rows.is_empty() {
        return Err(InputError::EmptySheet {
            path: path.to_path_buf(),
            sheet: name,
            found: names(),
        });
    }
    let all_names = sheets.iter().map(|(n, _)| format!("\"{n}\"")).collect();
    Ok(SheetCells {
        name,
        all_names,
        epoch,
        rows,
    })
}

fn open(raw: &[u8], kind: WorkbookKind) -> Option<Sheets<Cursor<&[u8]>>> {
    let cursor = Cursor::new(raw);
    Some(match kind {
        WorkbookKind::Xlsx => Sheets::Xlsx(calamine::open_workbook_from_rs(cursor).ok()?),
        WorkbookKind::Xlsb => Sheets::Xlsb(calamine::open_workbook_from_rs(cursor).ok()?),
        WorkbookKind::Xls => Sheets::Xls(calamine::open_workbook_from_rs(cursor).ok()?),
        WorkbookKind::Ods => Sheets::Ods(calamine::open_workbook_from_rs(cursor).ok()?),
    })
}

/// Finds a sheet by exact name, by name ignoring case and accents, or by
/// its 1-based number.
fn find_sheet(sheets: &[(String, bool)], wanted: &str) -> Option<String> {
    let wanted = wanted.trim();
    let folded = croise_scheme::normalize::fold(wanted);
    sheets
        .iter()
        .find(|(n, _)| n == wanted)
        .or_else(|| {
            sheets
                .iter()
                .find(|(n, _)| !folded.is_empty() && croise_scheme::normalize::fold(n) == folded)
        })
        .or_else(|| {
            wanted
                .parse::<usize>()
                .ok()
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| sheets.get(i))
        })
        .map(|(n, _)| n.clone())
}

/// The non-empty rows of a range, numbered and padded to start at column A.
fn rows_of(range: &Range<Data>) -> Vec<(u64, Vec<Data>)> {
    let Some((first_row, first_col)) = range.start() else {
        return Vec::new();
    };
    range
        .rows()
        .enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !is_blank(c)))
        .map(|(i, cells)| {
            let mut row = vec![Data::Empty; first_col as usize];
            row.extend(cells.iter().cloned());
            while row.last().is_some_and(is_blank) {
                row.pop();
            }
            (first_row as u64 + i as u64 + 1, row)
        })
        .collect()
}

fn is_blank(cell: &Data) -> bool {
    match cell {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// A cell as text. `date_column` says whether the cell is in the
/// date-of-birth column, where numbers are Excel serial dates.
pub(crate) fn cell_text(cell: &Data, date_column: bool, epoch: ExcelEpoch) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => match looks_like_excel_serial(s) {
            Some(serial) if date_column => serial_text(serial, epoch),
            _ => s.clone(),
        },
        Data::Int(i) if date_column => number_in_date_column(*i as f64, epoch),
        Data::Float(f) if date_column => number_in_date_column(*f, epoch),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => serial_text(dt.as_f64(), epoch),
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

/// A number in the date column: a year alone stays a year (a partial date);
/// a whole number of eight digits stays text (`20090305`); anything else is
/// an Excel serial date.
fn number_in_date_column(value: f64, epoch: ExcelEpoch) -> String {
    if value.fract() == 0.0 && ((1900.0..=2100.0).contains(&value) || value >= 1e7) {
        return number_text(value);
    }
    serial_text(value, epoch)
}

fn serial_text(serial: f64, epoch: ExcelEpoch) -> String {
    match excel_serial_date(serial, epoch) {
        Ok(date) => date.format("%Y-%m-%d").to_string(),
        // The 29 February 1900 of the 1900 system, or out of range: text
        // that the date parser calls impossible.
        Err(_) => "1900-02-29".to_string(),
    }
}

fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_render_without_spurious_decimals() {
        let e = ExcelEpoch::Excel1900;
        assert_eq!(cell_text(&Data::Float(1057.0), false, e), "1057");
        assert_eq!(cell_text(&Data::Float(2.5), false, e), "2.5");
        assert_eq!(cell_text(&Data::Int(39877), true, e), "2009-03-05");
        assert_eq!(cell_text(&Data::Float(39877.0), true, e), "2009-03-05");
        assert_eq!(
            cell_text(&Data::Float(38415.0), true, ExcelEpoch::Excel1904),
            "2009-03-05"
        );
        assert_eq!(
            cell_text(&Data::String("38415".into()), true, ExcelEpoch::Excel1904),
            "2009-03-05"
        );
        assert_eq!(cell_text(&Data::Int(2009), true, e), "2009");
        assert_eq!(cell_text(&Data::Int(20090305), true, e), "20090305");
        assert_eq!(cell_text(&Data::Float(60.0), true, e), "1900-02-29");
        assert_eq!(cell_text(&Data::String("38415".into()), false, e), "38415");
    }

    #[test]
    fn sheets_are_found_by_name_case_or_number() {
        let sheets = vec![
            ("Feuil1".to_string(), true),
            ("Liste élèves".to_string(), true),
        ];
        assert_eq!(find_sheet(&sheets, "Feuil1").as_deref(), Some("Feuil1"));
        assert_eq!(
            find_sheet(&sheets, "liste eleves").as_deref(),
            Some("Liste élèves")
        );
        assert_eq!(find_sheet(&sheets, "2").as_deref(), Some("Liste élèves"));
        assert_eq!(find_sheet(&sheets, "3"), None);
        assert_eq!(find_sheet(&sheets, "Autre"), None);
    }
}
