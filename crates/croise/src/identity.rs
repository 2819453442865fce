//! Participants' age identities: created once per participant, the secret
//! part kept in an owner-only file, the public recipient shared freely.
//!
//! Never puts the secret key in an error or a message; the parsed identity
//! (age's type) wipes its key from memory when dropped.

use std::path::Path;

use age::secrecy::ExposeSecret;
use age::x25519;
use zeroize::Zeroizing;

use crate::error::{Error, IdentityProblem, Result};
use crate::output::{self, Visibility};

pub use age::x25519::{Identity, Recipient};

/// Creates a new identity and writes it to `path` (owner-only, never
/// overwriting). Returns the public recipient to share.
pub fn create(path: &Path) -> Result<Recipient> {
    let identity = x25519::Identity::generate();
    let recipient = identity.to_public();
    let secret = identity.to_string();
    let text = Zeroizing::new(format!(
        "# croise identity (age X25519). SECRET: never share or send this file.\n\
         # public recipient: {recipient}\n{}\n",
        secret.expose_secret()
    ));
    output::write_file(path, text.as_bytes(), Visibility::OwnerOnly, false)?;
    Ok(recipient)
}

/// Loads an identity file, refusing one that other users can read (or, where
/// permissions cannot be checked, warning about it).
pub fn load(path: &Path) -> Result<Identity> {
    output::check_owner_only(path)?;
    let bytes = Zeroizing::new(output::read_file(path)?);
    parse(&bytes, path)
}

/// Parses the bytes of an identity file. `path` only names it in errors.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Identity> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::InvalidIdentity {
            path: path.to_path_buf(),
            problem: IdentityProblem::Utf16,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| Error::InvalidIdentity {
        path: path.to_path_buf(),
        problem: IdentityProblem::NotText,
    })?;
    let mut found = None;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with("age1") {
            return Err(Error::InvalidIdentity {
                path: path.to_path_buf(),
                problem: IdentityProblem::PublicRecipient,
            });
        }
        let identity = line
            .parse::<Identity>()
            .map_err(|_| Error::InvalidIdentity {
                path: path.to_path_buf(),
                problem: IdentityProblem::NotSecretKey,
            })?;
        if found.replace(identity).is_some() {
            return Err(Error::InvalidIdentity {
                path: path.to_path_buf(),
                problem: IdentityProblem::SeveralKeys,
            });
        }
    }
    found.ok_or(Error::InvalidIdentity {
        path: path.to_path_buf(),
        problem: IdentityProblem::NoKey,
    })
}

/// Parses a public recipient given on the command line or in a manifest.
pub fn parse_recipient(text: &str) -> Result<Recipient> {
    let t = text.trim();
    t.parse::<Recipient>().map_err(|_| {
        // A copy that stopped short (a line cut by a mail client, a
        // selection that missed the end) starts right and is too short.
        if t.starts_with("age1") && t.len() < RECIPIENT_LENGTH {
            Error::TruncatedRecipient {
                shown: shorten(text),
                length: t.chars().count(),
                expected: RECIPIENT_LENGTH,
            }
        } else {
            Error::BadRecipient {
                shown: shorten(text),
            }
        }
    })
}

/// The length of an age X25519 recipient (`age1` and 58 characters).
pub const RECIPIENT_LENGTH: usize = 62;

/// Recipients are public, but a long paste is still shortened in messages.
fn shorten(text: &str) -> String {
    let t = text.trim();
    if t.starts_with("AGE-SECRET-KEY") {
        return "AGE-SECRET-KEY-… (a SECRET key: never paste it anywhere)".into();
    }
    t.chars().take(70).collect()
}
