//! The match summary: any bytes as `summary.toml`, and, so that the fuzzer
//! gets past the tag, the input taken as the signed content and given a
//! valid `[authentication]` trailer under the fixed key.
#![no_main]

use std::path::Path;

use croise::format::summary::{KIND, Summary};
use croise::keys::AuthKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let auth = AuthKey::from_bytes([7; 32]);
    let path = Path::new("summary.toml");
    let _ = Summary::parse(data, &auth, path);
    let mut signed = data.to_vec();
    let tag = hex::encode(auth.sign(KIND, &signed));
    signed.extend_from_slice(format!("[authentication]\nmac = \"{tag}\"\n").as_bytes());
    if let Ok(summary) = Summary::parse(&signed, &auth, path) {
        let again = summary.to_toml(&auth);
        // What was accepted writes back to a file that is accepted again.
        Summary::parse(again.as_bytes(), &auth, path).expect("a written summary reads back");
    }
});
