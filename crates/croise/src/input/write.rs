//! Tables written for people to open: CSV that Excel opens right, or an
//! `.xlsx` workbook. The one place that encodes an output table, so every
//! output opens in the holder's spreadsheet.
//!
//! Returns bytes only; writing them to disk is `output::write_file`'s job.
//! Never reads the locale: what depends on the reader's language comes in
//! [`SpreadsheetOptions`].

use croise_scheme::normalize::parse_date;

use crate::safe::for_spreadsheet;

use super::text::{Dialect, TextEncoding};
use super::{InputError, ListFile, ListFormat};

/// What the caller knows and the library must not guess about the person
/// who will open an output CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpreadsheetOptions {
    /// The run speaks French. French Excel splits a CSV on `;` (the list
    /// separator of French regional settings), not on `,`.
    pub french: bool,
}

/// The format of an output table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// CSV for a spreadsheet (see [`TableFormat::csv`]): always UTF-8 with
    /// a BOM (the dialect's encoding is not used), in the dialect's
    /// delimiter and line ends, with a `sep=` first line unless the
    /// delimiter is `;`.
    Csv(Dialect),
    Xlsx,
}

impl TableFormat {
    /// The format of outputs about `list` by default: a workbook gives an
    /// `.xlsx`, a CSV gives a CSV (see [`TableFormat::csv`]).
    pub fn like(list: &ListFile, options: SpreadsheetOptions) -> TableFormat {
        match list.format {
            ListFormat::Csv => TableFormat::csv(&list.dialect, options),
            ListFormat::Workbook { .. } => TableFormat::Xlsx,
        }
    }

    /// A CSV about a list whose dialect is `list`, written so that Excel
    /// opens it right whatever that dialect:
    ///
    /// - always UTF-8 with a BOM: the headers croise adds (`N°
    ///   rapprochement`, `sûr`) are not ASCII, Excel reads UTF-8 only when
    ///   a BOM says so, and Windows-1252 or UTF-16 cannot hold every
    ///   character of a list;
    /// - `;` when the list used it or when the run is in French (French
    ///   Excel splits on `;`); otherwise `,`, after a `sep=,` first line
    ///   (hidden by Excel) so that Excel splits it whatever its regional
    ///   settings;
    /// - the list's line ends.
    pub fn csv(list: &Dialect, options: SpreadsheetOptions) -> TableFormat {
        TableFormat::Csv(Dialect {
            encoding: TextEncoding::Utf8WithBom,
            delimiter: if list.delimiter == b';' || options.french {
                b';'
            } else {
                b','
            },
            crlf: list.crlf,
        })
    }

    pub fn extension(&self) -> &'static str {
        match self {
            TableFormat::Csv(_) => "csv",
            TableFormat::Xlsx => "xlsx",
        }
    }

    /// Encodes a table (header row first). In an `.xlsx`, the cells of
    /// column `c` are written as `kinds[c]` says (text past the end of
    /// `kinds`); a CSV holds text only. In a CSV whose delimiter is not
    /// `;`, a `sep=` line comes first (after the BOM).
    pub fn encode(&self, rows: &[Vec<String>], kinds: &[CellKind]) -> Result<Vec<u8>, InputError> {
        match self {
            TableFormat::Csv(dialect) => {
                // UTF-8 with a BOM whatever the dialect says: the BOM first,
                // then the `sep=` line, then the table.
                let utf8 = Dialect {
                    encoding: TextEncoding::Utf8,
                    ..*dialect
                };
                let mut out = b"\xEF\xBB\xBF".to_vec();
                if dialect.delimiter != b';' {
                    out.extend_from_slice(b"sep=");
                    out.push(dialect.delimiter);
                    out.extend_from_slice(if dialect.crlf { b"\r\n" } else { b"\n" });
                }
                out.extend_from_slice(&encode_table(&utf8, rows));
                Ok(out)
            }
            TableFormat::Xlsx => encode_xlsx(rows, kinds),
        }
    }
}

/// How the cells of a column are written in an `.xlsx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CellKind {
    /// Text, as read.
    #[default]
    Text,
    /// A date cell (`dd/mm/yyyy`) when the text is a date.
    Date,
    /// A number cell when the text is a whole number (a row number), so
    /// that the column sorts and filters as numbers.
    Number,
    /// A number cell shown with at least this many digits, so that `0042`
    /// reads `0042` and still sorts as 42 (a match number).
    ZeroPadded(u8),
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
/// first row, cells of column `c` as `kinds[c]` says (see [`CellKind`]).
pub fn encode_xlsx(rows: &[Vec<String>], kinds: &[CellKind]) -> Result<Vec<u8>, InputError> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let failed = |e: rust_xlsxwriter::XlsxError| InputError::WriteWorkbook(e.to_string());
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    let number_format = Format::new().set_num_format("0");
    let padded_formats: Vec<Format> = (0..=9)
        .map(|digits| Format::new().set_num_format("0".repeat(digits.max(1))))
        .collect();
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
            let kind = kinds.get(c).copied().unwrap_or_default();
            // Whole numbers only: up to 15 digits, which a spreadsheet
            // number holds exactly.
            let whole = (!value.is_empty()
                && value.len() <= 15
                && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse::<u64>().ok())
            .flatten();
            match (kind, whole) {
                (CellKind::Date, _) if parse_date(value).is_ok() => {
                    use chrono::Datelike;
                    let date = parse_date(value).expect("checked");
                    let cell = ExcelDateTime::from_ymd(
                        date.year() as u16,
                        date.month() as u8,
                        date.day() as u8,
                    )
                    .map_err(failed)?;
                    sheet
                        .write_datetime_with_format(r32, c16, &cell, &date_format)
                        .map_err(failed)?;
                }
                (CellKind::Number, Some(n)) => {
                    sheet
                        .write_number_with_format(r32, c16, n as f64, &number_format)
                        .map_err(failed)?;
                }
                (CellKind::ZeroPadded(digits), Some(n)) => {
                    let format = &padded_formats[usize::from(digits).min(9)];
                    sheet
                        .write_number_with_format(r32, c16, n as f64, format)
                        .map_err(failed)?;
                }
                _ if !value.is_empty() => {
                    sheet.write_string(r32, c16, value).map_err(failed)?;
                }
                _ => {}
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    sheet.autofit();
    workbook.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Vec<Vec<String>> {
        vec![
            vec!["N° rapprochement".into(), "Confiance".into()],
            vec!["0042".into(), "sûr".into()],
        ]
    }

    fn list(encoding: TextEncoding, delimiter: u8, crlf: bool) -> Dialect {
        Dialect {
            encoding,
            delimiter,
            crlf,
        }
    }

    const FRENCH: SpreadsheetOptions = SpreadsheetOptions { french: true };
    const OTHER: SpreadsheetOptions = SpreadsheetOptions { french: false };

    #[test]
    fn csv_is_utf8_with_a_bom_whatever_the_list() {
        for encoding in [
            TextEncoding::Utf8,
            TextEncoding::Utf8WithBom,
            TextEncoding::Windows1252,
            TextEncoding::Utf16Le,
        ] {
            let bytes = TableFormat::csv(&list(encoding, b';', true), OTHER)
                .encode(&table(), &[])
                .unwrap();
            assert_eq!(
                bytes,
                "\u{feff}N° rapprochement;Confiance\r\n0042;sûr\r\n".as_bytes(),
                "{encoding:?}"
            );
        }
    }

    #[test]
    fn semicolon_when_the_list_used_it_or_in_french_else_comma_after_sep() {
        let encode = |delimiter, options| {
            let format = TableFormat::csv(&list(TextEncoding::Utf8, delimiter, false), options);
            String::from_utf8(format.encode(&table(), &[]).unwrap()).unwrap()
        };
        let semicolon = "\u{feff}N° rapprochement;Confiance\n0042;sûr\n";
        assert_eq!(encode(b';', OTHER), semicolon);
        assert_eq!(encode(b',', FRENCH), semicolon);
        assert_eq!(encode(b'\t', FRENCH), semicolon);
        let comma = "\u{feff}sep=,\nN° rapprochement,Confiance\n0042,sûr\n";
        assert_eq!(encode(b',', OTHER), comma);
        assert_eq!(encode(b'\t', OTHER), comma);
        assert_eq!(encode(b'|', OTHER), comma);
    }
}
