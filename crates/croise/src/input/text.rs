//! Delimited text lists (CSV): the encoding, an Excel `sep=` line, the
//! delimiter, and records numbered as a spreadsheet numbers its rows.
//!
//! Never quotes the text in an error.

use std::fmt;
use std::path::Path;

use super::InputError;

/// The text encoding of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8WithBom,
    Windows1252,
    /// UTF-16 little-endian with BOM: Excel's "Unicode text".
    Utf16Le,
    Utf16Be,
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8WithBom => "UTF-8 with BOM",
            TextEncoding::Windows1252 => "Windows-1252",
            TextEncoding::Utf16Le => "UTF-16 (little-endian)",
            TextEncoding::Utf16Be => "UTF-16 (big-endian)",
        })
    }
}

/// How a CSV list is written, so that outputs can be written the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub encoding: TextEncoding,
    pub delimiter: u8,
    pub crlf: bool,
}

impl Dialect {
    /// What French Excel opens with its accents right: UTF-8 with BOM, `;`,
    /// CRLF. Used to write CSV from a workbook list.
    pub const EXCEL_FR: Dialect = Dialect {
        encoding: TextEncoding::Utf8WithBom,
        delimiter: b';',
        crlf: true,
    };

    pub fn delimiter_name(&self) -> &'static str {
        match self.delimiter {
            b';' => "semicolon (;)",
            b',' => "comma (,)",
            b'\t' => "tab",
            b'|' => "vertical bar (|)",
            _ => "other",
        }
    }
}

/// A list's text, decoded to UTF-8.
pub(crate) struct Decoded {
    pub encoding: TextEncoding,
    pub text: String,
    /// Physical lines (1-based) decoded as Windows-1252 in an otherwise
    /// UTF-8 file, or the reverse: the file mixes two encodings.
    pub mixed_lines: Vec<u64>,
}

/// Decodes a list: UTF-16 by its BOM, else UTF-8 (with or without BOM), else
/// Windows-1252; a file mixing UTF-8 and Windows-1252 lines is decoded line
/// by line, so that no accent is ever garbled. Refuses binary data.
pub(crate) fn decode(raw: &[u8], path: &Path) -> Result<Decoded, InputError> {
    let binary = || InputError::Binary {
        path: path.to_path_buf(),
    };
    let utf16 = |encoding: TextEncoding, codec: &'static encoding_rs::Encoding| {
        let (text, _, bad) = codec.decode(raw);
        let controls = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            .count();
        if bad || controls > text.len() / 100 {
            return Err(binary());
        }
        Ok(Decoded {
            encoding,
            text: text.into_owned(),
            mixed_lines: Vec::new(),
        })
    };
    if raw.starts_with(&[0xFF, 0xFE]) {
        return utf16(TextEncoding::Utf16Le, encoding_rs::UTF_16LE);
    }
    if raw.starts_with(&[0xFE, 0xFF]) {
        return utf16(TextEncoding::Utf16Be, encoding_rs::UTF_16BE);
    }
    let sample = &raw[..raw.len().min(64 * 1024)];
    // UTF-16 without BOM: every other byte is zero.
    if sample.len() >= 8 {
        let zeros_at = |parity: usize| {
            sample
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|b| **b == 0)
                .count()
                * 10
                >= sample.len() / 2 * 9
        };
        if zeros_at(1) {
            return utf16(TextEncoding::Utf16Le, encoding_rs::UTF_16LE);
        }
        if zeros_at(0) {
            return utf16(TextEncoding::Utf16Be, encoding_rs::UTF_16BE);
        }
    }
    let controls = sample
        .iter()
        .filter(|b| **b < 0x09 || (0x0E..0x20).contains(*b) || **b == 0x7F)
        .count();
    if sample.contains(&0) || controls > sample.len() / 100 {
        return Err(binary());
    }
    if let Some(rest) = raw.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(match std::str::from_utf8(rest) {
            Ok(text) => Decoded {
                encoding: TextEncoding::Utf8WithBom,
                text: text.to_string(),
                mixed_lines: Vec::new(),
            },
            Err(_) => decode_mixed(rest, TextEncoding::Utf8WithBom),
        });
    }
    if let Ok(text) = std::str::from_utf8(raw) {
        return Ok(Decoded {
            encoding: TextEncoding::Utf8,
            text: text.to_string(),
            mixed_lines: Vec::new(),
        });
    }
    Ok(decode_mixed(raw, TextEncoding::Windows1252))
}

/// Decodes line by line: each line as UTF-8 if it is valid UTF-8, else as
/// Windows-1252. The file's encoding is the one most non-ASCII lines use.
fn decode_mixed(raw: &[u8], default: TextEncoding) -> Decoded {
    let mut text = String::with_capacity(raw.len() + raw.len() / 8);
    let mut utf8_lines = Vec::new();
    let mut cp1252_lines = Vec::new();
    for (i, line) in raw.split_inclusive(|b| *b == b'\n').enumerate() {
        let number = i as u64 + 1;
        match std::str::from_utf8(line) {
            Ok(s) => {
                if !s.is_ascii() {
                    utf8_lines.push(number);
                }
                text.push_str(s);
            }
            Err(_) => {
                cp1252_lines.push(number);
                text.push_str(
                    &encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(line)
                        .0,
                );
            }
        }
    }
    let (encoding, mixed_lines) = if utf8_lines.is_empty() {
        (TextEncoding::Windows1252, Vec::new())
    } else if utf8_lines.len() >= cp1252_lines.len() {
        let encoding = if default == TextEncoding::Utf8WithBom {
            default
        } else {
            TextEncoding::Utf8
        };
        (encoding, cp1252_lines)
    } else {
        (TextEncoding::Windows1252, utf8_lines)
    };
    Decoded {
        encoding,
        text,
        mixed_lines,
    }
}

/// An Excel `sep=;` first line: the delimiter it names and the byte length
/// of the line with its line end. Excel hides this line, so it is not a row.
pub(crate) fn sep_line(text: &str) -> Option<(u8, usize)> {
    let first = text.split('\n').next().unwrap_or("");
    let trimmed = first.trim_end_matches('\r').trim().trim_matches('"');
    let rest = trimmed
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sep="))
        .map(|_| &trimmed[4..])?;
    let delimiter = match rest.as_bytes().first() {
        Some(b) if b.is_ascii() && *b != b'"' => *b,
        None if first.contains('\t') => b'\t',
        _ => return None,
    };
    let len = (first.len() + 1).min(text.len());
    Some((delimiter, len))
}

pub(crate) fn csv_reader(delimiter: u8, text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// Records of a text, each with its spreadsheet row number. The CSV reader
/// skips empty lines, but a spreadsheet shows them as rows: they are counted
/// back from the line breaks that open each record's bytes.
pub(crate) struct Records<'a> {
    text: &'a str,
    reader: csv::Reader<&'a [u8]>,
    delimiter: u8,
    last_row: u64,
}

/// A record that could not be read: a quote opened in a cell and never
/// closed swallowed the following rows.
pub(crate) struct UnclosedQuote {
    pub row: u64,
    pub column: usize,
}

impl<'a> Records<'a> {
    /// Reads `text`, whose first line is spreadsheet row `first_row`.
    pub fn new(text: &'a str, delimiter: u8, first_row: u64) -> Self {
        Records {
            text,
            reader: csv_reader(delimiter, text),
            delimiter,
            last_row: first_row.saturating_sub(1),
        }
    }

    /// Byte offset, in the text, just after the last record read.
    pub fn offset(&self) -> usize {
        let offset = self.reader.position().byte() as usize;
        // The reader stops between the `\r` and `\n` of a CRLF line end.
        if offset > 0
            && self.text.as_bytes().get(offset - 1) == Some(&b'\r')
            && self.text.as_bytes().get(offset) == Some(&b'\n')
        {
            offset + 1
        } else {
            offset
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<(u64, csv::StringRecord), UnclosedQuote>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut record = csv::StringRecord::new();
        match self.reader.read_record(&mut record) {
            Ok(true) => {}
            // Reading a `&str` cannot fail on encoding, and the reader is
            // flexible about field counts: any error ends the records.
            Ok(false) | Err(_) => return None,
        }
        // A record's bytes start with the empty lines skipped before it.
        let start = record.position().map(|p| p.byte() as usize).unwrap_or(0);
        let mut from = start;
        // The reader stops between the `\r` and `\n` of a CRLF line end.
        if from > 0
            && self.text.as_bytes().get(from - 1) == Some(&b'\r')
            && self.text.as_bytes().get(from) == Some(&b'\n')
        {
            from += 1;
        }
        let blank_lines = blank_lines_at(self.text.get(from..).unwrap_or(""));
        let row = self.last_row + 1 + blank_lines;
        self.last_row = row;
        // A cell spanning lines whose continuation holds the delimiter is
        // rows swallowed by an unclosed quote, not a multi-line cell.
        if let Some(column) = record.iter().position(|field| {
            field
                .split('\n')
                .skip(1)
                .any(|line| line.as_bytes().contains(&self.delimiter))
        }) {
            return Some(Err(UnclosedQuote { row, column }));
        }
        Some(Ok((row, record)))
    }
}

/// Counts the line breaks (`\n`, `\r\n` or a lone `\r`) at the start of
/// `text`, before anything else.
fn blank_lines_at(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => count += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => count += 1,
            b'\r' => {}
            _ => break,
        }
        i += 1;
    }
    count
}

/// Describes a delimiter candidate's fit on the first rows: the header row
/// found with it and how consistently it splits rows.
pub(crate) fn delimiter_candidates(forced: Option<u8>) -> Vec<u8> {
    match forced {
        Some(d) => vec![d],
        None => vec![b';', b',', b'\t', b'|'],
    }
}

/// How many of the first rows split into the same number of fields (more
/// than one) with this delimiter: ties between delimiters that both find a
/// header row are broken by it.
pub(crate) fn consistency(text: &str, delimiter: u8) -> usize {
    let counts: Vec<usize> = csv_reader(delimiter, text)
        .records()
        .take(30)
        .filter_map(|r| r.ok())
        .map(|r| r.len())
        .filter(|n| *n > 1)
        .collect();
    let Some(&max) = counts.iter().max() else {
        return 0;
    };
    counts.iter().filter(|c| **c == max).count() * max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(u64, Vec<String>)> {
        Records::new(text, b';', 1)
            .map(|r| {
                let (row, rec) = r.ok().unwrap();
                (row, rec.iter().map(str::to_string).collect())
            })
            .collect()
    }

    #[test]
    fn rows_are_numbered_like_a_spreadsheet() {
        // Blank lines are rows; a quoted cell over two lines is one row.
        let r = rows("a;b\n\n\nc;\"d\ne\"\nf;g\r\n\r\nh;i\n");
        let numbers: Vec<u64> = r.iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, [1, 4, 5, 7]);
        assert_eq!(r[1].1[1], "d\ne");
    }

    #[test]
    fn unclosed_quote_is_reported_with_its_row_and_column() {
        let mut records = Records::new("a;b\nc;\"d;e\nf;g\nh;i\n", b';', 1);
        assert!(records.next().unwrap().is_ok());
        let err = records.next().unwrap().err().unwrap();
        assert_eq!((err.row, err.column), (2, 1));
    }

    #[test]
    fn sep_lines() {
        assert_eq!(sep_line("sep=;\r\nA;B"), Some((b';', 7)));
        assert_eq!(sep_line("\"sep=,\"\nA,B"), Some((b',', 8)));
        assert_eq!(sep_line("SEP=|\n"), Some((b'|', 6)));
        assert_eq!(sep_line("sep=;;;;\n"), Some((b';', 9)));
        assert_eq!(sep_line("separateur;x\n"), None);
    }

    #[test]
    fn mixed_encodings_never_garble_accents() {
        let raw = "NOM;PRENOM\nÉlodie;Zoé\n".as_bytes().to_vec();
        let mut raw = raw;
        raw.extend_from_slice(b"L\xc9A;Z\xc9LIE\n");
        let d = decode(&raw, Path::new("l.csv")).ok().unwrap();
        assert!(d.text.contains("Élodie;Zoé"));
        assert!(d.text.contains("LÉA;ZÉLIE"));
        assert_eq!(d.encoding, TextEncoding::Utf8);
        assert_eq!(d.mixed_lines, [3]);
    }

    #[test]
    fn utf16_without_bom() {
        let raw: Vec<u8> = "NOM\tPRÉNOM\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let d = decode(&raw, Path::new("l.txt")).ok().unwrap();
        assert_eq!(d.encoding, TextEncoding::Utf16Le);
        assert_eq!(d.text, "NOM\tPRÉNOM\n");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let text = "NOM\tPRÉNOM\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
        for (raw, enc) in [(le, TextEncoding::Utf16Le), (be, TextEncoding::Utf16Be)] {
            let d = decode(&raw, Path::new("l.txt")).ok().unwrap();
            assert_eq!(d.encoding, enc);
            assert_eq!(d.text.trim_start_matches('\u{feff}'), text);
        }
    }
}
