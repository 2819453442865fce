//! How to read a list: the options every command that reads one shares, so
//! `check`, `tokenize` and `reveal` read a list the same way.

use std::path::PathBuf;

use croise::input::ReadOptions;

use crate::i18n::fl;

// Options saying how to read your list. No doc comment: on a flattened
// struct it would become the about of the command that flattens it.
#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    #[arg(long = "column", value_name = fl!("value-column"), help = fl!("arg-column"))]
    pub columns: Vec<String>,
    #[arg(long, value_name = fl!("value-file"), help = fl!("arg-columns-file"))]
    pub columns_file: Option<PathBuf>,
    #[arg(long, value_name = fl!("value-name"), help = fl!("arg-sheet"))]
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
