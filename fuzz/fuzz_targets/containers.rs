//! Token and result files, after decryption. The input is read twice: as a
//! container exactly as given (magic, kind, claimed format, tag), and, so
//! that the fuzzer gets past the tag, as `selector, u16 header length,
//! header, body`, sealed with the fixed key and then decoded.
#![no_main]

use std::path::Path;

use croise::format::{result::ResultFile, seal_container, tokens::TokenFile};
use croise::keys::AuthKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let auth = AuthKey::from_bytes([7; 32]);
    let path = Path::new("fuzz.age");
    let _ = TokenFile::decode(data, &auth, path);
    let _ = ResultFile::decode(data, &auth, path);
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Some((len, rest)) = rest.split_first_chunk::<2>() else {
        return;
    };
    let len = usize::from(u16::from_be_bytes(*len)).min(rest.len());
    let (header, body) = rest.split_at(len);
    let Ok(header) = std::str::from_utf8(header) else {
        return;
    };
    if selector & 1 == 0 {
        let sealed = seal_container("croise-tokens", header, body, &auth);
        if let Ok(file) = TokenFile::decode(&sealed, &auth, path) {
            // What decodes encodes to a file that decodes to the same.
            let again = TokenFile::decode(&file.encode(&auth), &auth, path);
            assert_eq!(again.expect("re-encoded token file decodes"), file);
        }
    } else {
        let sealed = seal_container("croise-result", header, body, &auth);
        if let Ok(file) = ResultFile::decode(&sealed, &auth, path) {
            let again = ResultFile::decode(&file.encode(&auth), &auth, path);
            assert_eq!(again.expect("re-encoded result file decodes"), file);
        }
    }
});
