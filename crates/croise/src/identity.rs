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

/// The letters of a check code: Crockford's base 32 (digits and capitals
/// without I, L, O and U), so that nothing read on the phone can be taken
/// for something else (`0`/`O`, `1`/`I`/`L`).
const CHECK_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short check code of a public recipient, for two people to compare on
/// the phone: the first 80 bits of SHA-256 of the recipient (as written,
/// trimmed), in [`CHECK_ALPHABET`], as four groups of four
/// (`7KQ2-M9TX-…`). 80 bits: finding another recipient with the same code
/// takes about 2^80 tries.
pub fn check_code(recipient: &str) -> String {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(recipient.trim().as_bytes());
    // 80 bits = the first 10 bytes, read 5 bits at a time.
    let mut bits: u128 = 0;
    for byte in &hash[..10] {
        bits = (bits << 8) | u128::from(*byte);
    }
    let mut code = String::with_capacity(19);
    for i in 0..16 {
        if i > 0 && i % 4 == 0 {
            code.push('-');
        }
        let index = (bits >> (75 - 5 * i)) & 31;
        code.push(char::from(CHECK_ALPHABET[index as usize]));
    }
    code
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

#[cfg(test)]
mod check_code_tests {
    use super::*;

    #[test]
    fn check_code_is_four_groups_of_four_unambiguous_characters() {
        let r = "age1ea4a6qx5e6hl4tttjv95zshzapj5xkteerysq5hpj6kkm64ea94smdsve6";
        let code = check_code(r);
        assert_eq!(code.len(), 19);
        let groups: Vec<&str> = code.split('-').collect();
        assert_eq!(groups.len(), 4);
        assert!(groups.iter().all(|g| g.len() == 4));
        assert!(
            code.chars()
                .all(|c| c == '-' || CHECK_ALPHABET.contains(&(c as u8)))
        );
        assert!(!code.contains(['I', 'L', 'O', 'U']));
        // Deterministic, blind to surrounding spaces, and different for a
        // recipient that differs by one character.
        assert_eq!(check_code(&format!("  {r}\n")), code);
        let other = r.replace("ve6", "ve7");
        assert_ne!(check_code(&other), code);
    }

    /// Frozen: a change of the derivation would make two versions of croise
    /// read different codes for the same recipient.
    #[test]
    fn check_code_vector() {
        // SHA-256("age1ea4a6qx5e6hl4tttjv95zshzapj5xkteerysq5hpj6kkm64ea94smdsve6"),
        // first 80 bits in Crockford base 32.
        let r = "age1ea4a6qx5e6hl4tttjv95zshzapj5xkteerysq5hpj6kkm64ea94smdsve6";
        let hash = {
            use sha2::{Digest, Sha256};
            Sha256::digest(r.as_bytes())
        };
        let mut expected = String::new();
        let bits: String = hash[..10].iter().map(|b| format!("{b:08b}")).collect();
        for (i, chunk) in bits.as_bytes().chunks(5).enumerate() {
            if i > 0 && i % 4 == 0 {
                expected.push('-');
            }
            let v = u8::from_str_radix(std::str::from_utf8(chunk).unwrap(), 2).unwrap();
            expected.push(CHECK_ALPHABET[v as usize] as char);
        }
        assert_eq!(check_code(r), expected);
        // The same value computed independently (Python's hashlib).
        assert_eq!(check_code(r), "K68E-PGWD-1KQ1-NATP");
    }
}
