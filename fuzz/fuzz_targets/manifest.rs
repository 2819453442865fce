//! The campaign manifest: any bytes as `campaign.toml`, then the canonical
//! encodings, the digest and the tag check.
#![no_main]

use std::path::Path;

use croise::campaign::Manifest;
use croise::keys::AuthKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(manifest) = Manifest::parse(data, Path::new("campaign.toml")) {
        let _ = manifest.digest().grouped();
        let _ = manifest.window();
        let _ = manifest.fingerprint();
        let _ = manifest.verify(&AuthKey::from_bytes([7; 32]), Path::new("campaign.toml"));
        let _ = manifest.to_toml();
    }
});
