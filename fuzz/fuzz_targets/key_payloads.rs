//! Secret-bearing inputs: a decrypted campaign key file or coordinator key,
//! an identity file, and an age file opened with a fixed identity (the
//! envelope croise unwraps before each of its own parsers).
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use croise::identity::{self, Identity};
use libfuzzer_sys::fuzz_target;

fn identity() -> &'static Identity {
    static IDENTITY: OnceLock<Identity> = OnceLock::new();
    IDENTITY.get_or_init(Identity::generate)
}

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.key.age");
    croise::campaign::fuzz_key_payloads(data);
    let _ = identity::parse(data, path);
    let _ = croise::seal::open(identity(), data, path);
});
