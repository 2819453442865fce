//! Encryption of every file that travels: age (X25519), each file to its one
//! reader. Also recognises the usual ways a file gets mangled on the way
//! (a Windows shell re-encoding it as UTF-16, an editor adding CRLF) and says
//! so instead of a bare "decryption failed".

use std::io::{Read, Write};
use std::path::Path;

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::x25519;
use zeroize::Zeroizing;

use crate::error::{Error, Mangling, Result};

/// Whether the encrypted file is ASCII-armored (text, safe to paste in a
/// mail) or binary (compact, for large token files).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Armor {
    Text,
    Binary,
}

/// Encrypts `plaintext` to one recipient.
pub fn seal(recipient: &x25519::Recipient, plaintext: &[u8], armor: Armor) -> Result<Vec<u8>> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
            .map_err(|e| Error::Invalid(format!("cannot encrypt: {e}")))?;
    let mut out = Vec::with_capacity(plaintext.len() + 512);
    let io = |e: std::io::Error| Error::Invalid(format!("cannot encrypt: {e}"));
    let format = match armor {
        Armor::Text => Format::AsciiArmor,
        Armor::Binary => Format::Binary,
    };
    let armored = ArmoredWriter::wrap_output(&mut out, format).map_err(io)?;
    let mut writer = encryptor.wrap_output(armored).map_err(io)?;
    writer.write_all(plaintext).map_err(io)?;
    writer.finish().and_then(|w| w.finish()).map_err(io)?;
    Ok(out)
}

const AGE_BINARY_START: &[u8] = b"age-encryption.org/";
const AGE_ARMOR_START: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// Decrypts a file read from `path` with `identity`. The plaintext is wiped
/// from memory when dropped.
pub fn open(
    identity: &x25519::Identity,
    ciphertext: &[u8],
    path: &Path,
) -> Result<Zeroizing<Vec<u8>>> {
    let start = ciphertext
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(ciphertext);
    if !(start.starts_with(AGE_BINARY_START) || start.starts_with(AGE_ARMOR_START)) {
        return Err(Error::NotEncrypted {
            path: path.to_path_buf(),
            mangling: mangling(ciphertext),
        });
    }
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(start))
        .map_err(|e| decrypt_error(e, path, ciphertext))?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| decrypt_error(e, path, ciphertext))?;
    let mut plaintext = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut plaintext)
        .map_err(|_| Error::Damaged {
            path: path.to_path_buf(),
        })?;
    Ok(plaintext)
}

fn decrypt_error(error: age::DecryptError, path: &Path, bytes: &[u8]) -> Error {
    match error {
        age::DecryptError::NoMatchingKeys => Error::NotForThisIdentity {
            path: path.to_path_buf(),
        },
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat
            if bytes.contains(&b'\r') =>
        {
            Error::NotEncrypted {
                path: path.to_path_buf(),
                mangling: Mangling::LineEnds,
            }
        }
        _ => Error::Damaged {
            path: path.to_path_buf(),
        },
    }
}

/// Recognises the common manglings of an age file.
fn mangling(bytes: &[u8]) -> Mangling {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (bytes.len() > 8 && bytes.iter().skip(1).step_by(2).take(16).all(|b| *b == 0));
    if utf16 {
        Mangling::Utf16
    } else if bytes.is_empty() {
        Mangling::Empty
    } else {
        Mangling::Unknown
    }
}
