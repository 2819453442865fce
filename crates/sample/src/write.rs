//! The three output files: dialects, encodings and identifiers.
//!
//! One place builds every writer so that the dialect of each file is defined
//! once: `justice.csv` in Windows-1252 with `;` (French Excel's "CSV (;)"),
//! `mission-locale.csv` in UTF-8 with a byte-order mark and `,`, both with
//! CRLF line ends; `truth.csv` in plain UTF-8 with `,` and LF. Rows are
//! streamed through buffered writers; nothing holds a whole file.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::render::{JusticeRow, MissionLocaleRow};

/// Header of `justice.csv`.
pub const JUSTICE_HEADER: [&str; 5] = ["NOM", "PRENOM(S)", "DATE NAISSANCE", "SEXE", "N° DOSSIER"];

/// Header of `mission-locale.csv`.
pub const MISSION_LOCALE_HEADER: [&str; 6] = [
    "Nom de naissance",
    "Nom d'usage",
    "Prénom",
    "Date de naissance",
    "Genre",
    "Identifiant jeune",
];

/// Header of `truth.csv`.
pub const TRUTH_HEADER: [&str; 4] = ["justice_id", "mission_locale_id", "in_window", "errors"];

/// Header of `duplicates.csv`.
pub const DUPLICATES_HEADER: [&str; 4] = ["list", "id", "same_as", "difference"];

/// The UTF-8 byte-order mark that Excel and I-Milo-like exports start with.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Encodes the UTF-8 stream written into it as Windows-1252. A character
/// without a Windows-1252 code is an error, never a silent `?` or `&#…;`.
pub(crate) struct Cp1252Writer<W: Write> {
    inner: W,
    /// Bytes of a UTF-8 sequence split across two writes.
    pending: Vec<u8>,
    encoded: Vec<u8>,
}

impl<W: Write> Cp1252Writer<W> {
    pub(crate) fn new(inner: W) -> Self {
        Cp1252Writer {
            inner,
            pending: Vec::new(),
            encoded: Vec::new(),
        }
    }

    fn encode(&mut self, text: &str) -> io::Result<()> {
        let mut encoder = encoding_rs::WINDOWS_1252.new_encoder();
        // One byte per character, never more than the UTF-8 length; the
        // slice API works without encoding_rs's `alloc` feature.
        self.encoded.clear();
        self.encoded.resize(text.len(), 0);
        let (result, _read, written) =
            encoder.encode_from_utf8_without_replacement(text, &mut self.encoded, true);
        match result {
            encoding_rs::EncoderResult::InputEmpty => {
                self.inner.write_all(&self.encoded[..written])
            }
            encoding_rs::EncoderResult::Unmappable(c) => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("U+{:04X} has no Windows-1252 code", u32::from(c)),
            )),
            encoding_rs::EncoderResult::OutputFull => {
                unreachable!("Windows-1252 needs at most one byte per UTF-8 byte")
            }
        }
    }

    /// Flushes and returns the inner writer; an unfinished UTF-8 sequence is an error.
    pub(crate) fn into_inner(mut self) -> io::Result<W> {
        if !self.pending.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "truncated UTF-8 sequence",
            ));
        }
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Cp1252Writer<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => return Err(io::Error::new(io::ErrorKind::InvalidData, "invalid UTF-8")),
        };
        let pending = std::mem::take(&mut self.pending);
        let text = std::str::from_utf8(&pending[..valid]).expect("checked above");
        self.encode(text)?;
        self.pending = pending[valid..].to_vec();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn csv_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writer of `justice.csv`.
pub(crate) struct JusticeWriter {
    csv: csv::Writer<Cp1252Writer<BufWriter<File>>>,
}

impl JusticeWriter {
    pub(crate) fn create(path: &Path) -> io::Result<Self> {
        let file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        let mut csv = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(Cp1252Writer::new(file));
        csv.write_record(JUSTICE_HEADER).map_err(csv_error)?;
        Ok(JusticeWriter { csv })
    }

    pub(crate) fn write(&mut self, row: &JusticeRow, file_number: &str) -> io::Result<()> {
        self.csv
            .write_record([
                row.nom.as_str(),
                row.prenoms.as_str(),
                row.date.as_str(),
                row.sexe,
                file_number,
            ])
            .map_err(csv_error)
    }

    pub(crate) fn finish(self) -> io::Result<()> {
        let encoder = self.csv.into_inner().map_err(|e| e.into_error())?;
        encoder
            .into_inner()?
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
    }
}

/// Writer of `mission-locale.csv`.
pub(crate) struct MissionLocaleWriter {
    csv: csv::Writer<BufWriter<File>>,
}

impl MissionLocaleWriter {
    pub(crate) fn create(path: &Path) -> io::Result<Self> {
        let mut file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        file.write_all(UTF8_BOM)?;
        let mut csv = csv::WriterBuilder::new()
            .delimiter(b',')
            .terminator(csv::Terminator::CRLF)
            .from_writer(file);
        csv.write_record(MISSION_LOCALE_HEADER).map_err(csv_error)?;
        Ok(MissionLocaleWriter { csv })
    }

    pub(crate) fn write(&mut self, row: &MissionLocaleRow, identifier: &str) -> io::Result<()> {
        self.csv
            .write_record([
                row.nom_naissance.as_str(),
                row.nom_usage.as_str(),
                row.prenom.as_str(),
                row.date.as_str(),
                row.genre,
                identifier,
            ])
            .map_err(csv_error)
    }

    pub(crate) fn finish(self) -> io::Result<()> {
        self.csv
            .into_inner()
            .map_err(|e| e.into_error())?
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
    }
}

/// Writer of `truth.csv`.
pub(crate) struct TruthWriter {
    csv: csv::Writer<BufWriter<File>>,
}

impl TruthWriter {
    pub(crate) fn create(path: &Path) -> io::Result<Self> {
        let file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        let mut csv = csv::WriterBuilder::new()
            .delimiter(b',')
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(file);
        csv.write_record(TRUTH_HEADER).map_err(csv_error)?;
        Ok(TruthWriter { csv })
    }

    pub(crate) fn write(
        &mut self,
        justice_id: &str,
        mission_locale_id: &str,
        in_window: bool,
        errors: &str,
    ) -> io::Result<()> {
        self.csv
            .write_record([
                justice_id,
                mission_locale_id,
                if in_window { "true" } else { "false" },
                errors,
            ])
            .map_err(csv_error)
    }

    pub(crate) fn finish(self) -> io::Result<()> {
        self.csv
            .into_inner()
            .map_err(|e| e.into_error())?
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
    }
}

/// Writer of `duplicates.csv`.
pub(crate) struct DuplicatesWriter {
    csv: csv::Writer<BufWriter<File>>,
}

impl DuplicatesWriter {
    pub(crate) fn create(path: &Path) -> io::Result<Self> {
        let file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        let mut csv = csv::WriterBuilder::new()
            .delimiter(b',')
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(file);
        csv.write_record(DUPLICATES_HEADER).map_err(csv_error)?;
        Ok(DuplicatesWriter { csv })
    }

    pub(crate) fn write(
        &mut self,
        list: &str,
        id: &str,
        same_as: &str,
        difference: &str,
    ) -> io::Result<()> {
        self.csv
            .write_record([list, id, same_as, difference])
            .map_err(csv_error)
    }

    pub(crate) fn finish(self) -> io::Result<()> {
        self.csv
            .into_inner()
            .map_err(|e| e.into_error())?
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
    }
}

/// Unique identifiers that look unordered: position `k` in a list maps to
/// `(a·k + b) mod m`, a bijection on `0..m` because `a` is prime to `m`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scrambled {
    a: u64,
    b: u64,
    m: u64,
}

impl Scrambled {
    fn at(self, k: usize) -> u64 {
        let k = k as u64;
        debug_assert!(k < self.m);
        (self.a.wrapping_mul(k % self.m) % self.m + self.b) % self.m
    }
}

/// PARCOURS-like file numbers: `J-54-000123`, six digits or more.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FileNumbers {
    scramble: Scrambled,
    width: usize,
}

impl FileNumbers {
    /// For a list of `rows` rows; `offset` below 10^width comes from the seed.
    pub(crate) fn new(rows: usize, offset: u64) -> Self {
        let width = rows.max(1).to_string().len().max(6);
        let m = 10u64.pow(width as u32);
        FileNumbers {
            // Ends in 3: prime to every power of ten.
            scramble: Scrambled {
                a: 3_141_593,
                b: offset % m,
                m,
            },
            width,
        }
    }

    pub(crate) fn modulus(rows: usize) -> u64 {
        10u64.pow(rows.max(1).to_string().len().max(6) as u32)
    }

    pub(crate) fn format(&self, k: usize, departement: &str) -> String {
        format!(
            "J-{departement}-{:0w$}",
            self.scramble.at(k),
            w = self.width
        )
    }
}

/// I-Milo-like identifiers: 7 or 8 digits, from 1,000,000 to 99,999,999.
#[derive(Clone, Copy, Debug)]
pub(crate) struct YouthIdentifiers {
    scramble: Scrambled,
}

impl YouthIdentifiers {
    /// How many identifiers exist.
    pub(crate) const CAPACITY: u64 = 99_000_000;

    pub(crate) fn new(offset: u64) -> Self {
        YouthIdentifiers {
            // 7,654,321 is prime to 99,000,000 = 2⁶·3²·5⁶·11.
            scramble: Scrambled {
                a: 7_654_321,
                b: offset % Self::CAPACITY,
                m: Self::CAPACITY,
            },
        }
    }

    pub(crate) fn format(&self, k: usize) -> String {
        (1_000_000 + self.scramble.at(k)).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::fit_cp1252;

    #[test]
    fn cp1252_fit_keeps_french_letters() {
        assert_eq!(fit_cp1252("LÉA ŒUF ÇA Ÿ"), "LÉA ŒUF ÇA Ÿ");
        assert_eq!(fit_cp1252("ŞAHIN PETROVIĆ İREM"), "SAHIN PETROVIC IREM");
        assert_eq!(fit_cp1252("Ştefania"), "Stefania");
    }

    #[test]
    fn cp1252_writer_encodes_split_sequences() {
        let mut w = Cp1252Writer::new(Vec::new());
        let text = "É;Œ;é".as_bytes();
        // Cut inside the two-byte É and inside the three-byte Œ.
        w.write_all(&text[..1]).unwrap();
        w.write_all(&text[1..4]).unwrap();
        w.write_all(&text[4..]).unwrap();
        assert_eq!(w.into_inner().unwrap(), b"\xC9;\x8C;\xE9");
        let mut w = Cp1252Writer::new(Vec::new());
        assert!(w.write_all("Ş".as_bytes()).is_err());
    }

    #[test]
    fn identifiers_are_unique_and_shaped() {
        let n = FileNumbers::new(150_000, 123_456);
        let mut seen = std::collections::HashSet::new();
        for k in 0..150_000 {
            let s = n.format(k, "54");
            assert_eq!(s.len(), "J-54-000123".len());
            assert!(seen.insert(s));
        }
        assert_eq!(
            FileNumbers::new(2_000_000, 0).format(1, "67").len(),
            "J-67-0000000".len()
        );
        let y = YouthIdentifiers::new(987_654_321);
        let mut seen = std::collections::HashSet::new();
        for k in 0..200_000 {
            let s = y.format(k);
            assert!((7..=8).contains(&s.len()), "{s}");
            assert!(s.bytes().all(|b| b.is_ascii_digit()));
            assert!(seen.insert(s));
        }
    }
}
