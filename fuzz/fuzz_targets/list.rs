//! The list reader: any bytes as a CSV export (encoding, delimiter and
//! header detection, rows), then every row through the record builder and
//! the match-key scheme, as `tokenize` does.
#![no_main]

use std::io::Write;

use croise::input::{ListFile, ReadOptions};
use croise_scheme::normalize::age_at;
use croise::records::person_from_row;
use croise_scheme::match_keys::match_keys;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // ListFile reads a path, as the commands do: write the bytes to a
    // private temporary file (in memory where the system has /dev/shm).
    let dir = if std::path::Path::new("/dev/shm").is_dir() {
        std::path::PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let mut file = tempfile_in(&dir);
    file.1.write_all(data).unwrap();
    let options = ReadOptions { columns: vec![] };
    let reference = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    if let Ok(list) = ListFile::open(&file.0, &options) {
        for row in list.rows().take(2000) {
            let Ok(row) = row else { continue };
            if let Ok(person) = person_from_row(&row, &list.mapping) {
                let _ = age_at(person.birth_date, reference);
                let _ = match_keys(&person);
            }
        }
    }
    let _ = std::fs::remove_file(&file.0);
});

fn tempfile_in(dir: &std::path::Path) -> (std::path::PathBuf, std::fs::File) {
    let path = dir.join(format!("croise-fuzz-list-{}.csv", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    (path, file)
}
