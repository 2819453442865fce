//! Tables written for people to open: CSV in a list's own dialect, or an
//! `.xlsx` workbook. The one place that encodes an output table, so an
//! output opens in the holder's spreadsheet exactly as its list does.
//!
//! Returns bytes only; writing them to disk is `output::write_file`'s job.

use croise_scheme::normalize::parse_date;

use crate::safe::for_spreadsheet;

use super::text::{Dialect, TextEncoding};
use super::{InputError, ListFile, ListFormat};

/// The format of an output table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv(Dialect),
    Xlsx,
}

impl TableFormat {
    /// The format of outputs about `list` by default: a workbook gives an
    /// `.xlsx`, a CSV gives a CSV in its dialect.
    pub fn like(list: &ListFile) -> TableFormat {
        match list.format {
            ListFormat::Csv => TableFormat::Csv(list.dialect),
            ListFormat::Workbook { .. } => TableFormat::Xlsx,
        }
    }

    pub fn extension(&self) -> &'static str {
        match self {
            TableFormat::Csv(_) => "csv",
            TableFormat::Xlsx => "xlsx",
        }
    }

    /// Encodes a table (header row first). In an `.xlsx`, cells of
    /// `date_columns` that hold a date are written as date cells.
    pub fn encode(
        &self,
        rows: &[Vec<String>],
        date_columns: &[usize],
    ) -> Result<Vec<u8>, InputError> {
        match self {
            TableFormat::Csv(dialect) => Ok(encode_table(dialect, rows)),
            TableFormat::Xlsx => encode_xlsx(rows, date_columns),
        }
    }
}

/// Encodes a table (header row first) in a list's dialect: same delimiter,
/// line ends and encoding, so that French Excel opens it with its accents
/// right. Characters Windows-1252 cannot hold are written as `?`. Every
/// cell goes through [`for_spreadsheet`] (CSV injection); an `.xlsx` needs
/// no such thing, since [`encode_xlsx`] writes every value as a string cell.
pub fn encode_table(dialect: &Dialect, rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(dialect.delimiter)
        .flexible(true)
        .terminator(if dialect.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in rows {
        // Every cell, the list's own and croise's, is neutralised: a cell of
        // a list (or a partner's name from the manifest) that starts with
        // `=`, `+`, `-` or `@` must come back as text, not as a formula.
        let cells: Vec<_> = row.iter().map(|c| for_spreadsheet(c)).collect();
        writer
            .write_record(cells.iter().map(|c| c.as_bytes()))
            .expect("writing to memory cannot fail");
    }
    let utf8 = writer.into_inner().expect("writing to memory cannot fail");
    match dialect.encoding {
        TextEncoding::Utf8 => utf8,
        TextEncoding::Utf8WithBom => {
            let mut out = b"\xEF\xBB\xBF".to_vec();
            out.extend_from_slice(&utf8);
            out
        }
        TextEncoding::Windows1252 => {
            let text = String::from_utf8(utf8).expect("csv writes UTF-8");
            let mut out = Vec::with_capacity(text.len());
            let mut buf = [0u8; 4];
            for ch in text.chars() {
                let (bytes, _, unmappable) =
                    encoding_rs::WINDOWS_1252.encode(ch.encode_utf8(&mut buf));
                out.extend_from_slice(if unmappable { b"?" } else { &bytes });
            }
            out
        }
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            let text = String::from_utf8(utf8).expect("csv writes UTF-8");
            let le = dialect.encoding == TextEncoding::Utf16Le;
            let mut out = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for unit in text.encode_utf16() {
                out.extend_from_slice(&if le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
            out
        }
    }
}

/// Encodes a table as an `.xlsx` workbook of one sheet: bold header, frozen
/// first row, dates of `date_columns` as real date cells (`dd/mm/yyyy`).
pub fn encode_xlsx(rows: &[Vec<String>], date_columns: &[usize]) -> Result<Vec<u8>, InputError> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let failed = |e: rust_xlsxwriter::XlsxError| InputError::WriteWorkbook(e.to_string());
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = workbook.add_worksheet();
    sheet.set_name("croise").map_err(failed)?;
    for (r, row) in rows.iter().enumerate() {
        let r32 =
            u32::try_from(r).map_err(|_| InputError::WriteWorkbook("too many rows".into()))?;
        for (c, value) in row.iter().enumerate() {
            let c16 = u16::try_from(c)
                .map_err(|_| InputError::WriteWorkbook("too many columns".into()))?;
            if value.chars().count() > 32_767 {
                return Err(InputError::WriteWorkbook(format!(
                    "row {} column {} is longer than the 32,767 characters a spreadsheet cell can hold; write CSV instead (--format csv)",
                    r + 1,
                    super::columns::column_letter(c)
                )));
            }
            if r == 0 {
                sheet
                    .write_string_with_format(r32, c16, value, &bold)
                    .map_err(failed)?;
                continue;
            }
            if date_columns.contains(&c)
                && let Ok(date) = parse_date(value)
            {
                use chrono::Datelike;
                let cell = ExcelDateTime::from_ymd(
                    date.year() as u16,
                    date.month() as u8,
                    date.day() as u8,
                )
                .map_err(failed)?;
                sheet
                    .write_datetime_with_format(r32, c16, &cell, &date_format)
                    .map_err(failed)?;
            } else if !value.is_empty() {
                sheet.write_string(r32, c16, value).map_err(failed)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    sheet.autofit();
    workbook.save_to_buffer().map_err(failed)
}
