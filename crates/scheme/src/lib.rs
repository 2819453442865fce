//! The match-key scheme of croise, pure and frozen.
//!
//! Everything that decides which tokens a person gives lives here and only
//! here: how names, dates and sex are normalised ([`normalize`]), how French
//! names split into the forms under which two lists can meet ([`names`]),
//! the French phonetic code ([`phonetic`]), and which combinations of fields
//! become match keys, of which kind, and what evidence each kind gives
//! ([`match_keys`]), and what evidence sharing each kind gives ([`evidence`]). It is specified in `docs/scheme.md` and pinned by test
//! vectors; any change that alters a key is a new scheme version.
//!
//! This crate must never do I/O, hold a key, draw a random number or log: it
//! maps values to byte strings, the same on every machine. The keyed hashing
//! of those byte strings is the `croise` library's job.

#![forbid(unsafe_code)]

pub mod evidence;
pub mod match_keys;
pub mod names;
pub mod normalize;
pub mod phonetic;

pub use match_keys::{KeyKind, Person, SCHEME, match_keys};

/// Encodes a field as a 4-byte big-endian length followed by its bytes, the
/// unambiguous encoding used for every message made of several fields (match
/// keys here, and every MAC input of the library).
pub fn length_prefixed(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + bytes.len());
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
    out
}
