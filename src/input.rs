//! The one input module: every command reads lists through here, so the
//! handling of encodings, delimiters, header rows and column names never
//! forks between commands.
//!
//! Detection, in order: encoding (UTF-8 BOM, else valid UTF-8, else
//! Windows-1252 — never garbled accents), an Excel `sep=;` first line, the
//! delimiter (`;`, `,` or tab, the one that splits the first rows most
//! consistently), the header row (the first row, among the first 30, in which
//! at least two column roles are recognised — title rows above it are
//! skipped), and the role of each column from French and English header
//! variants, insensitive to case, accents and punctuation.
//!
//! Errors name the file, the row and the column; they never quote a value.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::keys::{SubKey, Tag, input_digest};
use crate::normalize::fold;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    BirthName,
    UsageName,
    GivenNames,
    BirthDate,
    Sex,
    LocalId,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::BirthName,
        Role::UsageName,
        Role::GivenNames,
        Role::BirthDate,
        Role::Sex,
        Role::LocalId,
    ];

    /// The name used in `--column ROLE=HEADER`.
    pub fn key(self) -> &'static str {
        match self {
            Role::BirthName => "surname",
            Role::UsageName => "usage-name",
            Role::GivenNames => "given-names",
            Role::BirthDate => "birth-date",
            Role::Sex => "sex",
            Role::LocalId => "id",
        }
    }

    fn from_key(key: &str) -> Option<Role> {
        let k = compact_header(key);
        Some(match k.as_str() {
            "SURNAME" | "NOM" | "BIRTHNAME" | "NOMDENAISSANCE" => Role::BirthName,
            "USAGENAME" | "NOMDUSAGE" | "NOMUSAGE" => Role::UsageName,
            "GIVENNAMES" | "GIVENNAME" | "PRENOMS" | "PRENOM" | "FIRSTNAME" => Role::GivenNames,
            "BIRTHDATE" | "DATEDENAISSANCE" | "NAISSANCE" | "DDN" | "DOB" => Role::BirthDate,
            "SEX" | "SEXE" | "GENRE" | "GENDER" => Role::Sex,
            "ID" | "IDENTIFIANT" | "DOSSIER" | "NDOSSIER" => Role::LocalId,
            _ => return None,
        })
    }

    /// Header variants recognised for this role, as compact folded keys.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Role::BirthName => &[
                "NOM",
                "NOMS",
                "NOMDENAISSANCE",
                "NOMNAISSANCE",
                "NOMDENAIS",
                "NOMPATRONYMIQUE",
                "PATRONYME",
                "NOMDEFAMILLE",
                "NOMDEJEUNEFILLE",
                "NOMJEUNE",
                "NOMJEUNEFILLE",
                "NOMDUJEUNE",
                "LASTNAME",
                "SURNAME",
                "FAMILYNAME",
                "BIRTHNAME",
                "NAME",
            ],
            Role::UsageName => &[
                "NOMDUSAGE",
                "NOMUSAGE",
                "NOMUSUEL",
                "NOMMARITAL",
                "NOMDEPOUSE",
                "USAGENAME",
                "USEDNAME",
                "NOMDUSAGEEVENTUEL",
            ],
            Role::GivenNames => &[
                "PRENOM",
                "PRENOMS",
                "PRENOMDUJEUNE",
                "PRENOMSDUJEUNE",
                "PREMIERPRENOM",
                "PRENOMUSUEL",
                "FIRSTNAME",
                "FIRSTNAMES",
                "GIVENNAME",
                "GIVENNAMES",
                "FORENAME",
                "FORENAMES",
            ],
            Role::BirthDate => &[
                "DATEDENAISSANCE",
                "DATENAISSANCE",
                "DATEDENAIS",
                "DATENAIS",
                "DTNAISSANCE",
                "DTNAIS",
                "NELE",
                "NEELE",
                "NEEELE",
                "NEE",
                "NE",
                "DDN",
                "DATEDENAISSANCEJJMMAAAA",
                "NAISSANCE",
                "BIRTHDATE",
                "DATEOFBIRTH",
                "DOB",
            ],
            Role::Sex => &["SEXE", "GENRE", "SEX", "GENDER"],
            Role::LocalId => &[
                "NDOSSIER",
                "NODOSSIER",
                "NUMERODOSSIER",
                "NUMERODEDOSSIER",
                "NUMDOSSIER",
                "NDEDOSSIER",
                "DOSSIER",
                "IDENTIFIANT",
                "IDENTIFIANTJEUNE",
                "IDJEUNE",
                "ID",
                "IDENTIFIANTIMILO",
                "NUMERO",
                "NUM",
                "REFERENCE",
                "REF",
                "MATRICULE",
                "NUMEROJEUNE",
                "IDENTIFIER",
            ],
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::BirthName => "surname (birth name)",
            Role::UsageName => "usage name",
            Role::GivenNames => "given names",
            Role::BirthDate => "date of birth",
            Role::Sex => "sex",
            Role::LocalId => "local file number",
        })
    }
}

/// Folds a header to its comparison key: `N° Dossier` → `NDOSSIER`,
/// `Né(e) le` → `NEELE`.
fn compact_header(header: &str) -> String {
    fold(header).replace(' ', "")
}

/// The text encoding of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8WithBom,
    Windows1252,
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8WithBom => "UTF-8 with BOM",
            TextEncoding::Windows1252 => "Windows-1252",
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
    pub fn delimiter_name(&self) -> &'static str {
        match self.delimiter {
            b';' => "semicolon (;)",
            b',' => "comma (,)",
            b'\t' => "tab",
            _ => "other",
        }
    }
}

/// Errors reading a list. Never hold a value from the list.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is empty", .path.display())]
    Empty { path: PathBuf },
    #[error("{} does not look like a list: it contains binary data. Export it from your spreadsheet as CSV", .path.display())]
    Binary { path: PathBuf },
    #[error("{}: no header row found in the first 30 rows. {hint}", .path.display())]
    NoHeader { path: PathBuf, hint: String },
    #[error("{}: the {role} column is missing. Headers found: {found}. Tell croise which column holds it, e.g. --column {key}=\"{example}\"", .path.display())]
    MissingColumn {
        path: PathBuf,
        role: Role,
        key: &'static str,
        found: String,
        example: String,
    },
    #[error("{}: --column names the header `{header}`, which is not in the file. Headers found: {found}", .path.display())]
    UnknownHeader {
        path: PathBuf,
        header: String,
        found: String,
    },
    #[error(
        "--column `{0}`: expected ROLE=HEADER with ROLE one of surname, usage-name, given-names, birth-date, sex, id"
    )]
    BadOverride(String),
    #[error("{}: row {row} cannot be read as CSV ({reason})", .path.display())]
    Malformed {
        path: PathBuf,
        row: u64,
        reason: String,
    },
}

/// Reading options from the command line.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `ROLE=HEADER` overrides of the detected column roles.
    pub columns: Vec<String>,
}

/// Which column holds which role.
#[derive(Debug, Clone)]
pub struct ColumnMapping {
    pub headers: Vec<String>,
    columns: HashMap<Role, usize>,
}

impl ColumnMapping {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.get(&role).copied()
    }

    pub fn header(&self, role: Role) -> Option<&str> {
        self.column(role).map(|i| self.headers[i].as_str())
    }
}

/// A list opened for reading.
pub struct ListFile {
    pub path: PathBuf,
    pub dialect: Dialect,
    pub mapping: ColumnMapping,
    /// 1-based row number of the header row.
    pub header_row: u64,
    /// The raw bytes, kept to compute the keyed digest.
    raw: Vec<u8>,
    /// The text as UTF-8 (decoded copy for Windows-1252 input).
    decoded: Option<String>,
    /// Byte offset of the first data row in the UTF-8 text.
    data_start: usize,
    /// Rows that precede the first data row.
    rows_before_data: u64,
}

/// One data row of a list.
pub struct ListRow {
    /// Row number as a spreadsheet shows it (1-based, counting the header
    /// and any title rows).
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
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(InputError::Empty {
                path: path.to_path_buf(),
            });
        }
        let (encoding, decoded) = decode(&raw, path)?;
        let mut list = ListFile {
            path: path.to_path_buf(),
            dialect: Dialect {
                encoding,
                delimiter: b';',
                crlf: false,
            },
            mapping: ColumnMapping {
                headers: Vec::new(),
                columns: HashMap::new(),
            },
            header_row: 1,
            raw,
            decoded,
            data_start: 0,
            rows_before_data: 0,
        };
        list.detect(options)?;
        Ok(list)
    }

    /// The file's text as UTF-8, without BOM.
    pub fn text(&self) -> &str {
        match &self.decoded {
            Some(s) => s,
            None => {
                let bytes = self.raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.raw);
                std::str::from_utf8(bytes).expect("validated when opened")
            }
        }
    }

    /// Keyed digest of the file's exact bytes.
    pub fn digest(&self, key: &SubKey) -> Tag {
        input_digest(key, &self.raw)
    }

    fn detect(&mut self, options: &ReadOptions) -> Result<(), InputError> {
        let layout = detect_layout(self.text(), options, &self.path)?;
        self.dialect.crlf = layout.crlf;
        self.dialect.delimiter = layout.delimiter;
        self.header_row = layout.header_row;
        self.rows_before_data = layout.header_row;
        self.data_start = layout.data_start;
        self.mapping = layout.mapping;
        Ok(())
    }

    /// Iterates over the data rows. Blank rows are skipped (they are not
    /// people); rows are numbered as a spreadsheet shows them.
    pub fn rows(&self) -> impl Iterator<Item = Result<ListRow, InputError>> + '_ {
        let text = &self.text()[self.data_start..];
        let reader = csv_reader(self.dialect.delimiter, text.as_bytes());
        let base = self.rows_before_data;
        reader
            .into_records()
            .enumerate()
            .filter_map(move |(i, result)| {
                let row = base + i as u64 + 1;
                match result {
                    Ok(record) => {
                        let row = ListRow { row, record };
                        (!row.is_empty()).then_some(Ok(row))
                    }
                    Err(e) => Some(Err(InputError::Malformed {
                        path: self.path.clone(),
                        row,
                        reason: csv_reason(&e),
                    })),
                }
            })
    }
}

/// Where things are in a list's text.
struct Layout {
    crlf: bool,
    delimiter: u8,
    header_row: u64,
    data_start: usize,
    mapping: ColumnMapping,
}

fn detect_layout(text: &str, options: &ReadOptions, path: &Path) -> Result<Layout, InputError> {
    let crlf = text.contains("\r\n");
    // An Excel `sep=;` first line names the delimiter.
    let mut offset = 0usize;
    let mut skipped_rows = 0u64;
    let mut forced = None;
    let first_line = text.lines().next().unwrap_or("");
    let trimmed = first_line.trim();
    if let Some(rest) = trimmed
        .strip_prefix("sep=")
        .or_else(|| trimmed.strip_prefix("SEP="))
    {
        forced = rest.bytes().next();
        offset = (first_line.len()
            + if text[first_line.len()..].starts_with("\r\n") {
                2
            } else {
                1
            })
        .min(text.len());
        skipped_rows = 1;
    }
    let body = &text[offset..];
    let delimiter = forced.unwrap_or_else(|| sniff_delimiter(body));

    // The header row is the first of the first 30 rows naming two known roles.
    let mut reader = csv_reader(delimiter, body.as_bytes());
    let mut record = csv::StringRecord::new();
    for index in 0..30u64 {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(InputError::Malformed {
                    path: path.to_path_buf(),
                    row: skipped_rows + index + 1,
                    reason: csv_reason(&e),
                });
            }
        }
        let headers: Vec<String> = record.iter().map(|h| h.trim().to_string()).collect();
        if recognised_roles(&headers) >= 2 {
            return Ok(Layout {
                crlf,
                delimiter,
                header_row: skipped_rows + index + 1,
                data_start: offset + reader.position().byte() as usize,
                mapping: map_columns(&headers, options, path)?,
            });
        }
    }
    Err(InputError::NoHeader {
        path: path.to_path_buf(),
        hint: "croise looks for column titles such as NOM, PRENOM, DATE DE NAISSANCE. Check that the file has a header row, or export it again from your spreadsheet".to_string(),
    })
}

fn csv_reader(delimiter: u8, bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

/// Describes a CSV error without quoting the data.
fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "invalid characters".into(),
        csv::ErrorKind::UnequalLengths { .. } => "wrong number of fields".into(),
        csv::ErrorKind::Io(_) => "read error".into(),
        _ => "malformed CSV".into(),
    }
}

fn decode(raw: &[u8], path: &Path) -> Result<(TextEncoding, Option<String>), InputError> {
    let binary = || InputError::Binary {
        path: path.to_path_buf(),
    };
    if raw.starts_with(&[0xFF, 0xFE]) || raw.starts_with(&[0xFE, 0xFF]) {
        // UTF-16 (Excel "Unicode text"): decode it rather than refuse.
        let (text, _, bad) = encoding_rs::UTF_16LE.decode(raw);
        if bad {
            return Err(binary());
        }
        return Ok((TextEncoding::Utf8, Some(text.into_owned())));
    }
    let sample = &raw[..raw.len().min(64 * 1024)];
    if sample.contains(&0)
        || sample
            .iter()
            .filter(|b| **b < 0x09 || (0x0E..0x20).contains(*b))
            .count()
            > sample.len() / 100
    {
        return Err(binary());
    }
    if let Some(rest) = raw.strip_prefix(b"\xEF\xBB\xBF") {
        if std::str::from_utf8(rest).is_err() {
            return Err(binary());
        }
        return Ok((TextEncoding::Utf8WithBom, None));
    }
    if std::str::from_utf8(raw).is_ok() {
        return Ok((TextEncoding::Utf8, None));
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw);
    Ok((TextEncoding::Windows1252, Some(text.into_owned())))
}

/// Picks the delimiter that splits the first rows into the most fields,
/// consistently.
fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (b';', 0usize);
    for delimiter in [b';', b',', b'\t', b'|'] {
        let mut reader = csv_reader(delimiter, text.as_bytes());
        let counts: Vec<usize> = reader
            .records()
            .take(30)
            .filter_map(|r| r.ok())
            .filter(|r| r.len() > 1 || !r.iter().all(|f| f.trim().is_empty()))
            .map(|r| r.len())
            .collect();
        let Some(&max) = counts.iter().max() else {
            continue;
        };
        if max < 2 {
            continue;
        }
        let consistent = counts.iter().filter(|c| **c == max).count();
        let score = consistent * max;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

fn role_of_header(header: &str) -> Option<Role> {
    let key = compact_header(header);
    Role::ALL
        .into_iter()
        .find(|role| role.aliases().contains(&key.as_str()))
}

fn recognised_roles(headers: &[String]) -> usize {
    let mut roles: Vec<Role> = headers.iter().filter_map(|h| role_of_header(h)).collect();
    roles.sort();
    roles.dedup();
    roles.len()
}

fn map_columns(
    headers: &[String],
    options: &ReadOptions,
    path: &Path,
) -> Result<ColumnMapping, InputError> {
    let found = || {
        headers
            .iter()
            .filter(|h| !h.is_empty())
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut columns: HashMap<Role, usize> = HashMap::new();
    for (i, header) in headers.iter().enumerate() {
        if let Some(role) = role_of_header(header) {
            columns.entry(role).or_insert(i);
        }
    }
    for spec in &options.columns {
        let (role, header) = spec
            .split_once('=')
            .ok_or_else(|| InputError::BadOverride(spec.clone()))?;
        let role = Role::from_key(role).ok_or_else(|| InputError::BadOverride(spec.clone()))?;
        let wanted = compact_header(header);
        let index = headers
            .iter()
            .position(|h| h.trim() == header.trim())
            .or_else(|| headers.iter().position(|h| compact_header(h) == wanted))
            .ok_or_else(|| InputError::UnknownHeader {
                path: path.to_path_buf(),
                header: header.trim().to_string(),
                found: found(),
            })?;
        columns.retain(|_, i| *i != index);
        columns.insert(role, index);
    }
    // A list with only a usage name column uses it as the surname.
    if !columns.contains_key(&Role::BirthName)
        && let Some(i) = columns.remove(&Role::UsageName)
    {
        columns.insert(Role::BirthName, i);
    }
    for role in [Role::BirthName, Role::GivenNames, Role::BirthDate] {
        if !columns.contains_key(&role) {
            let example = headers
                .iter()
                .find(|h| !h.is_empty() && role_of_header(h).is_none())
                .cloned()
                .unwrap_or_else(|| "COLUMN TITLE".into());
            return Err(InputError::MissingColumn {
                path: path.to_path_buf(),
                role,
                key: role.key(),
                found: found(),
                example,
            });
        }
    }
    Ok(ColumnMapping {
        headers: headers.to_vec(),
        columns,
    })
}

/// Encodes a table (header row first) in a list's dialect: same delimiter,
/// line ends and encoding, so that French Excel opens it with its accents
/// right. Characters Windows-1252 cannot hold are written as `?`.
pub fn encode_table(dialect: &Dialect, rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(dialect.delimiter)
        .terminator(if dialect.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(row)
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open_text(bytes: &[u8], options: &ReadOptions) -> Result<ListFile, InputError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        std::fs::write(&path, bytes).unwrap();
        ListFile::open(&path, options)
    }

    #[test]
    fn headers_are_recognised_across_variants() {
        for (header, role) in [
            ("NOM", Role::BirthName),
            ("Nom de naissance", Role::BirthName),
            ("NOM D'USAGE", Role::UsageName),
            ("Nom usuel", Role::UsageName),
            ("PRENOM(S)", Role::GivenNames),
            ("Prénoms", Role::GivenNames),
            ("DATE NAISSANCE", Role::BirthDate),
            ("Né(e) le", Role::BirthDate),
            ("DDN", Role::BirthDate),
            ("Genre", Role::Sex),
            ("N° DOSSIER", Role::LocalId),
            ("Nº dossier", Role::LocalId),
            ("Identifiant jeune", Role::LocalId),
        ] {
            assert_eq!(role_of_header(header), Some(role), "{header}");
        }
    }

    #[test]
    fn windows_1252_semicolon_list() {
        let bytes = b"NOM;PRENOM(S);DATE NAISSANCE\r\nL\xc9A;Z\xc9LIE;01/02/2009\r\n";
        let list = open_text(bytes, &ReadOptions::default()).unwrap();
        assert_eq!(list.dialect.encoding, TextEncoding::Windows1252);
        assert_eq!(list.dialect.delimiter, b';');
        assert!(list.dialect.crlf);
        let rows: Vec<ListRow> = list.rows().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].get(&list.mapping, Role::GivenNames), Some("ZÉLIE"));
    }

    #[test]
    fn bom_comma_list_with_title_row_and_sep_line() {
        let bytes = "\u{feff}sep=,\nExport du 01/10/2026,,\nNom,Prénom,Date de naissance\nÉlo,Zoé,2009-01-02\n".as_bytes();
        let list = open_text(bytes, &ReadOptions::default()).unwrap();
        assert_eq!(list.dialect.encoding, TextEncoding::Utf8WithBom);
        assert_eq!(list.dialect.delimiter, b',');
        assert_eq!(list.header_row, 3);
        let rows: Vec<ListRow> = list.rows().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows[0].row, 4);
        assert_eq!(rows[0].get(&list.mapping, Role::BirthName), Some("Élo"));
    }

    #[test]
    fn missing_column_error_lists_headers_and_the_fix() {
        let err = open_text(b"NOM;PRENOM;BIRTH\nA;B;C\n", &ReadOptions::default())
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("date of birth column is missing"), "{err}");
        assert!(err.contains("--column birth-date=\"BIRTH\""), "{err}");
    }

    #[test]
    fn override_maps_an_unknown_header() {
        let options = ReadOptions {
            columns: vec!["birth-date=BIRTH".into()],
        };
        let list = open_text(b"NOM;PRENOM;BIRTH\nA;B;C\n", &options).unwrap();
        assert_eq!(list.mapping.header(Role::BirthDate), Some("BIRTH"));
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert!(matches!(
            open_text(b"", &ReadOptions::default()),
            Err(InputError::Empty { .. })
        ));
        assert!(matches!(
            open_text(b"PK\x03\x04\x00\x00binary", &ReadOptions::default()),
            Err(InputError::Binary { .. })
        ));
    }
}
