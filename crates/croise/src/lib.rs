//! croise: privacy-preserving crossing of juvenile-justice (STEMO/STEMOI)
//! and Mission Locale lists, to find together the 16–18 year-olds who do not
//! meet their training obligation, without sending a single name.
//!
//! The library holds every part that matters and prints nothing; the binary
//! (`src/main.rs`, `src/cmd/`) only parses arguments, calls it and prints.
//!
//! - [`input`] reads lists (every CSV dialect) and [`records`] turns rows into
//!   persons or counted rejections; [`normalize`] folds names and parses dates.
//! - [`keys`] owns the key schedule; [`scheme`] is the versioned match-key
//!   scheme; [`tokenize`] turns a list into a token file.
//! - [`campaign`] is the manifest and key files; [`identity`] and [`seal`]
//!   are age identities and encryption; [`format`] holds every file format.
//! - [`matching`] is the coordinator's linkage; [`duplicates`] applies its
//!   rule for one youth to a holder's own list; [`reveal`] joins a result
//!   with the holder's own list,
//!   kept by tokenize as a [`snapshot`] encrypted to the holder.
//! - [`output`] is the one atomic file writer; [`notice`] collects the
//!   warnings the binary prints; [`parallel`] is the one way work is spread
//!   over cores without changing any output.

#![forbid(unsafe_code)]

pub mod campaign;
pub mod coordinator;
pub mod duplicates;
pub mod error;
pub mod format;
pub mod identity;
pub mod input;
pub mod keys;
pub mod matching;
pub mod notice;
pub mod output;
pub mod parallel;
pub mod records;
pub mod reveal;
pub mod safe;
pub mod seal;
pub mod snapshot;
pub mod tokenize;

pub use error::{Error, Result};

/// Progress of long work, for a front end to show: called with a stage name
/// (e.g. `"reading"`), the units done and the total (0 while unknown). It may
/// be called from any thread and often, so it must be cheap. The library
/// never prints progress itself.
pub type Progress<'a> = &'a (dyn Fn(&'static str, u64, u64) + Sync);
