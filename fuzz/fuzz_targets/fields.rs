//! Date, sex and name parsing, one field per line: the functions that turn
//! a cell of a list into normalised material.
#![no_main]

use croise_scheme::names::{deletion_variants, given_forms, surname_forms};
use croise_scheme::normalize::{compact, fold, is_placeholder, parse_date, parse_sex, split_given_names};
use croise_scheme::phonetic::phonetic;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for field in text.split('\n').take(64) {
        let _ = parse_date(field);
        let _ = parse_sex(field);
        let folded = fold(field);
        let _ = compact(&folded);
        let _ = is_placeholder(&folded);
        let _ = phonetic(&folded);
        let _ = deletion_variants(&folded);
        let given = split_given_names(field);
        let _ = given_forms(&given);
        let _ = surname_forms(&[folded]);
    }
});
