//! How to read a list: the options every command that reads one shares, so
//! `check`, `tokenize` and `reveal` read a list the same way.

use std::path::PathBuf;

use croise::input::ReadOptions;

/// Options saying how to read your list.
#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// Say which column holds what when croise cannot tell: ROLE=HEADER,
    /// ROLE being surname, usage-name, given-names, birth-date, sex or id
    /// (e.g. --column birth-date="Né(e) le"). `ROLE=` alone: no column
    /// holds it. Repeat for each role.
    #[arg(long = "column", value_name = "ROLE=HEADER")]
    pub columns: Vec<String>,
    /// A mapping file: one ROLE=HEADER line per role, `#` starting a
    /// comment. Keep it beside your list to reuse it every time.
    #[arg(long, value_name = "FILE")]
    pub columns_file: Option<PathBuf>,
    /// The sheet of a workbook to read: its name, or its number (1 for the
    /// first) [default: the first visible sheet].
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

impl ListArgs {
    pub fn options(&self) -> ReadOptions {
        ReadOptions {
            columns: self.columns.clone(),
            columns_file: self.columns_file.clone(),
            sheet: self.sheet.clone(),
        }
    }
}
