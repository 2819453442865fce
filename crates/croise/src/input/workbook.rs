//! Workbook lists (`.xlsx`, `.xls`, `.ods`, `.xlsb`): one sheet read into
//! rows of text, so that the rest of croise reads a workbook exactly as it
//! reads a CSV list.
//!
//! Date cells become ISO `yyyy-mm-dd` text; in the date-of-birth column, a
//! number (a date cell formatted as a number) is read as an Excel serial
//! date in the workbook's own epoch (1900 or 1904). Never quotes a cell in
//! an error.
//!
//! A workbook is a zip of XML parts, and a small file can ask for an
//! enormous amount of memory: two cells at `A1` and `XFD1048576` made the
//! sheet reader allocate the whole rectangle between them (512 GB), a
//! declared string count was reserved as given. So, before anything is
//! allocated from the file's say-so ([`Limits`]): the uncompressed size of
//! every part is measured (by inflating it into nothing, never trusting the
//! sizes the zip declares), the declared number of shared strings is
//! checked, and `.xlsx`/`.xlsb` sheets are read cell by cell, refusing a
//! cell beyond the last accepted row or column and a sheet with more cells
//! than a list can hold, so that memory grows with the cells actually there;
//! `.ods` sheets, which the reader fills as a dense rectangle, have the
//! cells they declare (repeats included) counted against the same limits
//! before the reader runs.

use std::fmt;
use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, DataRef, Range, Reader, SheetType, SheetVisible, Sheets};

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

/// The most a workbook may hold, sized for the largest list croise accepts:
/// a national Mission Locale list of about a million records
/// (docs/scheme.md), which Excel caps at 1,048,576 rows anyway.
pub struct Limits;

impl Limits {
    /// Excel's own last row: no spreadsheet program writes beyond it.
    pub const ROWS: u32 = 1_048_576;
    /// Column IV, the last of Excel 97-2003. A list has 5 to 30 columns; a
    /// cell further right is not part of it (and a far-away cell is what
    /// made a rectangle of 512 GB).
    pub const COLUMNS: u32 = 256;
    /// Cells, counted from column A to each row's last cell: a million
    /// rows of 16 columns, or 160,000 rows of 100. Each such cell costs
    /// about 56 bytes before its text (a cell value, then a string), so
    /// the padding alone stays under 1 GB, whatever the file.
    pub const CELLS: u64 = 16_000_000;
    /// The shared-strings part, uncompressed. The largest accepted list has
    /// about three distinct strings per row (names, file number) of about
    /// 25 bytes of XML each: 80 MB for a million rows; 128 MiB leaves room.
    /// Its strings are all held in memory at once.
    pub const SHARED_STRINGS_BYTES: u64 = 128 << 20;
    /// Any other part, uncompressed (a sheet is read as a stream; this
    /// bounds the time spent): a million rows of 16 cells of shared
    /// strings is about 600 MB of XML.
    pub const PART_BYTES: u64 = 1 << 30;
    /// Every part together, uncompressed.
    pub const TOTAL_BYTES: u64 = 2 << 30;
}

/// Which limit of [`Limits`] a workbook goes beyond.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookLimit {
    /// The shared strings (all the text of the workbook), uncompressed.
    SharedStringsSize,
    /// One part (a sheet, the styles) uncompressed.
    PartSize,
    /// Every part together, uncompressed.
    TotalSize,
    /// The number of distinct strings the workbook declares.
    StringCount,
    /// A cell below the last accepted row.
    Row { row: u64 },
    /// A cell right of the last accepted column.
    Column { row: u64, column: String },
    /// More cells than a list can hold.
    Cells,
}

impl fmt::Display for WorkbookLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mib = |b: u64| b >> 20;
        match self {
            WorkbookLimit::SharedStringsSize => write!(
                f,
                "its text (shared strings) takes more than {} MB uncompressed",
                mib(Limits::SHARED_STRINGS_BYTES)
            ),
            WorkbookLimit::PartSize => write!(
                f,
                "one of its parts takes more than {} MB uncompressed",
                mib(Limits::PART_BYTES)
            ),
            WorkbookLimit::TotalSize => write!(
                f,
                "it takes more than {} MB uncompressed",
                mib(Limits::TOTAL_BYTES)
            ),
            WorkbookLimit::StringCount => {
                write!(f, "it declares more than {} distinct texts", Limits::CELLS)
            }
            WorkbookLimit::Row { row } => write!(
                f,
                "row {row} has a cell below row {}, the last a spreadsheet can hold",
                Limits::ROWS
            ),
            WorkbookLimit::Column { row, column } => write!(
                f,
                "row {row} has a cell in column {column}, right of column {} (the {}th)",
                super::columns::column_letter(Limits::COLUMNS as usize - 1),
                Limits::COLUMNS
            ),
            WorkbookLimit::Cells => write!(
                f,
                "the sheet has more than {} cells (counted from column A to each row's last cell)",
                Limits::CELLS
            ),
        }
    }
}

/// Measures every part of a zip-based workbook, uncompressed, against
/// [`Limits`], and checks the shared strings' declared count; before the
/// workbook reader sees the file. A zip this cannot read is left to the
/// reader, which refuses it as unreadable.
fn check_parts(raw: &[u8], path: &Path) -> Result<(), InputError> {
    let too_large = |limit| InputError::WorkbookTooLarge {
        path: path.to_path_buf(),
        limit,
    };
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(raw)) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let Ok(mut part) = zip.by_index(i) else {
            continue;
        };
        let name = part
            .name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let shared = name.ends_with("sharedstrings.xml") || name.ends_with("sharedstrings.bin");
        let (max, limit) = if shared {
            (
                Limits::SHARED_STRINGS_BYTES,
                WorkbookLimit::SharedStringsSize,
            )
        } else {
            (Limits::PART_BYTES, WorkbookLimit::PartSize)
        };
        // The declared size first (free), then the real one: a zip can lie.
        if part.size() > max {
            return Err(too_large(limit));
        }
        let mut scan = Scan::new(shared && name.ends_with(".xml"));
        let mut buf = vec![0u8; 64 << 10];
        let mut size: u64 = 0;
        loop {
            let n = match part.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            size += n as u64;
            if size > max {
                return Err(too_large(limit));
            }
            if total + size > Limits::TOTAL_BYTES {
                return Err(too_large(WorkbookLimit::TotalSize));
            }
            scan.feed(&buf[..n]);
            if scan.declared_strings > Limits::CELLS {
                return Err(too_large(WorkbookLimit::StringCount));
            }
        }
        total += size;
    }
    // An OpenDocument sheet says "this row 5,000,000 times" or "this cell
    // 16,000 times" in a few bytes, and its reader expands the repeats
    // into a dense rectangle (measured: a 1 KB file of 1,000 rows of 16,000
    // repeated cells took 1.9 GB): count what the sheet declares first.
    if let Ok(content) = zip.by_name("content.xml") {
        check_ods_cells(content).map_err(too_large)?;
    }
    Ok(())
}

/// Checks the cells an OpenDocument spreadsheet's tables declare, repeats
/// included, against [`Limits`]: no non-empty cell below the last row or
/// right of the last column, and the rectangle from `A1` to the last
/// non-empty row and the widest row no larger than [`Limits::CELLS`] (the
/// reader fills that rectangle). Empty cells and rows, however repeated
/// (spreadsheet programs write the rest of the sheet so), count for
/// nothing. An XML error is left to the reader, which refuses the file.
fn check_ods_cells(content: impl Read) -> Result<(), WorkbookLimit> {
    use quick_xml::events::{BytesStart, Event};
    let repeats = |e: &BytesStart<'_>, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.trim().parse().ok())
            .unwrap_or(1u64)
            .max(1)
    };
    let has_value = |e: &BytesStart<'_>| {
        e.attributes()
            .flatten()
            .any(|a| a.key.as_ref() == "office:value-type")
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buf = Vec::new();
    // Rows before the current one; its repeat count; columns before the
    // current cell; the current row's width up to its last non-empty cell.
    let (mut row, mut row_repeats, mut column, mut width) = (0u64, 1u64, 0u64, 0u64);
    // The table's widest row so far.
    let mut widest = 0u64;
    loop {
        let Ok(event) = reader.read_event_into(&mut buf) else {
            return Ok(());
        };
        let opens = matches!(event, Event::Start(_));
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table" => (row, widest) = (0, 0),
                "table:table-row" => {
                    row_repeats = repeats(&e, "table:number-rows-repeated");
                    (column, width) = (0, 0);
                    if !opens {
                        row = row.saturating_add(row_repeats);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    column = column.saturating_add(repeats(&e, "table:number-columns-repeated"));
                    // A cell with content (a value, or text inside it).
                    if opens || has_value(&e) {
                        width = column;
                    }
                }
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if width > 0 {
                    if width > u64::from(Limits::COLUMNS) {
                        return Err(WorkbookLimit::Column {
                            row: row + 1,
                            column: super::columns::column_letter(
                                usize::try_from(width - 1)
                                    .unwrap_or(usize::MAX)
                                    .min(1 << 20),
                            ),
                        });
                    }
                    // This row, repeated, is the last non-empty one so far.
                    let last_row = row.saturating_add(row_repeats);
                    if last_row > u64::from(Limits::ROWS) {
                        return Err(WorkbookLimit::Row { row: last_row });
                    }
                    widest = widest.max(width);
                    if last_row.saturating_mul(widest) > Limits::CELLS {
                        return Err(WorkbookLimit::Cells);
                    }
                }
                row = row.saturating_add(row_repeats);
            }
            _ => {}
        }
        buf.clear();
    }
}

/// Finds every `uniqueCount` attribute in a shared-strings part, across
/// chunk boundaries, and keeps the largest value: the reader reserves memory
/// for that many strings before reading one.
struct Scan {
    active: bool,
    tail: Vec<u8>,
    declared_strings: u64,
}

impl Scan {
    const NEEDLE: &'static [u8] = b"uniqueCount";

    fn new(active: bool) -> Self {
        Self {
            active,
            tail: Vec::new(),
            declared_strings: 0,
        }
    }

    fn feed(&mut self, chunk: &[u8]) {
        if !self.active {
            return;
        }
        let mut text = std::mem::take(&mut self.tail);
        text.extend_from_slice(chunk);
        let mut at = 0;
        while let Some(i) = find(&text[at..], Self::NEEDLE) {
            let start = at + i + Self::NEEDLE.len();
            let rest = &text[start..];
            // ` = "123"` or `='123'`; digits beyond 20 mean "too many".
            let value = rest
                .iter()
                .skip_while(|b| {
                    b.is_ascii_whitespace() || **b == b'=' || **b == b'"' || **b == b'\''
                })
                .take_while(|b| b.is_ascii_digit())
                .take(21)
                .fold(0u64, |n, b| {
                    n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
                });
            self.declared_strings = self.declared_strings.max(value);
            at = start;
        }
        // Keep enough to see an attribute cut by the chunk's end.
        let keep = text.len().min(64);
        self.tail = text[text.len() - keep..].to_vec();
        // A value cut by the chunk's end is read again whole next time: the
        // needle is kept in the tail only if it is in the last 64 bytes.
        if let Some(i) = find(&self.tail, Self::NEEDLE) {
            self.tail.drain(..i);
        } else {
            let cut = self.tail.len().saturating_sub(Self::NEEDLE.len() - 1);
            self.tail.drain(..cut);
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
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
    if kind != WorkbookKind::Xls {
        check_parts(raw, path)?;
    }
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
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        sheet_rows(&mut workbook, &name, path)
    }))
    .ok()
    .flatten()
    .ok_or_else(unreadable)?;
    let rows = read?;
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

/// A row of cells from column A, with its spreadsheet row number.
type NumberedRow = (u64, Vec<Data>);

/// The non-empty rows of a sheet, numbered, starting at column A. `.xlsx`
/// and `.xlsb` sheets are read cell by cell within [`Limits`]; `.xls` (at
/// most 65,536 × 256 cells by its format) and `.ods` (its declared cells
/// checked first, `check_ods_cells`) through the reader's whole range.
/// `None` if the reader fails.
fn sheet_rows(
    workbook: &mut Sheets<Cursor<&[u8]>>,
    name: &str,
    path: &Path,
) -> Option<Result<Vec<NumberedRow>, InputError>> {
    let mut cells = SparseCells::new(path);
    match workbook {
        Sheets::Xlsx(x) => {
            let mut reader = x.worksheet_cells_reader(name).ok()?;
            while let Some(cell) = reader.next_cell().ok()? {
                if let Err(e) = cells.push(cell.get_position(), cell.get_value()) {
                    return Some(Err(e));
                }
            }
        }
        Sheets::Xlsb(x) => {
            let mut reader = x.worksheet_cells_reader(name).ok()?;
            while let Some(cell) = reader.next_cell().ok()? {
                if let Err(e) = cells.push(cell.get_position(), cell.get_value()) {
                    return Some(Err(e));
                }
            }
        }
        other => return Some(Ok(rows_of(&other.worksheet_range(name).ok()?))),
    }
    Some(cells.into_rows())
}

/// The non-empty cells of a sheet as read, checked one by one against
/// [`Limits`].
struct SparseCells<'p> {
    path: &'p Path,
    cells: Vec<(u32, u32, Data)>,
}

impl<'p> SparseCells<'p> {
    fn new(path: &'p Path) -> Self {
        Self {
            path,
            cells: Vec::new(),
        }
    }

    fn too_large(&self, limit: WorkbookLimit) -> InputError {
        InputError::WorkbookTooLarge {
            path: self.path.to_path_buf(),
            limit,
        }
    }

    fn push(&mut self, (row, col): (u32, u32), value: &DataRef<'_>) -> Result<(), InputError> {
        if matches!(value, DataRef::Empty) {
            return Ok(());
        }
        if row >= Limits::ROWS {
            return Err(self.too_large(WorkbookLimit::Row {
                row: u64::from(row) + 1,
            }));
        }
        if col >= Limits::COLUMNS {
            return Err(self.too_large(WorkbookLimit::Column {
                row: u64::from(row) + 1,
                column: super::columns::column_letter(col as usize),
            }));
        }
        if self.cells.len() as u64 >= Limits::CELLS {
            return Err(self.too_large(WorkbookLimit::Cells));
        }
        self.cells.push((row, col, value.clone().into()));
        Ok(())
    }

    /// Rows in order, each from column A to its last non-blank cell; blank
    /// rows left out. The cells counted from column A are checked against
    /// [`Limits::CELLS`] before any row is built.
    fn into_rows(mut self) -> Result<Vec<NumberedRow>, InputError> {
        // Stable: of two cells at one place, the later wins, as in the
        // reader's own range.
        self.cells.sort_by_key(|(r, c, _)| (*r, *c));
        let mut padded: u64 = 0;
        let mut i = 0;
        while i < self.cells.len() {
            let row = self.cells[i].0;
            let mut last = None;
            while i < self.cells.len() && self.cells[i].0 == row {
                if !is_blank(&self.cells[i].2) {
                    last = Some(self.cells[i].1);
                }
                i += 1;
            }
            padded += last.map_or(0, |c| u64::from(c) + 1);
        }
        if padded > Limits::CELLS {
            return Err(self.too_large(WorkbookLimit::Cells));
        }
        let mut rows: Vec<NumberedRow> = Vec::new();
        for (r, c, value) in self.cells {
            let number = u64::from(r) + 1;
            if rows.last().is_none_or(|(n, _)| *n != number) {
                rows.push((number, Vec::new()));
            }
            let row = &mut rows.last_mut().expect("just pushed").1;
            let c = c as usize;
            if row.len() <= c {
                if is_blank(&value) {
                    continue;
                }
                row.resize(c + 1, Data::Empty);
            }
            row[c] = value;
        }
        for (_, row) in &mut rows {
            while row.last().is_some_and(is_blank) {
                row.pop();
            }
        }
        rows.retain(|(_, row)| !row.is_empty());
        Ok(rows)
    }
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
