//! Encryption of every file that travels: age (X25519), each file to its one
//! reader. Also recognises the usual ways a file gets mangled on the way
//! (a Windows shell re-encoding it as UTF-16, an editor adding CRLF) and says
//! so instead of a bare "decryption failed".

use std::io::{BufRead, Read, Write};
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
    let out = Vec::with_capacity(plaintext.len() + 512);
    let mut writer = seal_writer(recipient, out, armor)?;
    writer.write_all(plaintext).map_err(encrypt_error)?;
    writer.finish()
}

fn encrypt_error(e: std::io::Error) -> Error {
    Error::CannotEncrypt(e.to_string())
}

/// Encrypts a stream to one recipient: what is written to the returned
/// writer is encrypted (in 64 KiB chunks) into `out`. Call
/// [`SealWriter::finish`] at the end, or the file is incomplete.
pub fn seal_writer<W: Write>(
    recipient: &x25519::Recipient,
    out: W,
    armor: Armor,
) -> Result<SealWriter<W>> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
            .map_err(|e| Error::CannotEncrypt(e.to_string()))?;
    let format = match armor {
        Armor::Text => Format::AsciiArmor,
        Armor::Binary => Format::Binary,
    };
    let armored = ArmoredWriter::wrap_output(out, format).map_err(encrypt_error)?;
    let inner = encryptor.wrap_output(armored).map_err(encrypt_error)?;
    Ok(SealWriter { inner })
}

/// See [`seal_writer`].
pub struct SealWriter<W: Write> {
    inner: age::stream::StreamWriter<ArmoredWriter<W>>,
}

impl<W: Write> SealWriter<W> {
    /// Writes the last chunk and returns the underlying writer.
    pub fn finish(self) -> Result<W> {
        self.inner
            .finish()
            .and_then(|w| w.finish())
            .map_err(encrypt_error)
    }
}

impl<W: Write> Write for SealWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
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
    let mut reader = open_reader(identity, ciphertext, path)?;
    let mut plaintext = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut plaintext)
        .map_err(|_| Error::Damaged {
            path: path.to_path_buf(),
        })?;
    Ok(plaintext)
}

/// Decrypts a stream with `identity`: checks the age header now, and returns
/// a reader of the plaintext whose read errors mean the file is damaged or
/// truncated (each 64 KiB chunk is authenticated as it is read).
pub fn open_reader<R: BufRead>(
    identity: &x25519::Identity,
    mut input: R,
    path: &Path,
) -> Result<impl Read + use<R>> {
    // The age header is in the first bytes: a full buffer shows it, and the
    // manglings that break it.
    let peek = input.fill_buf().map_err(|e| Error::io(path, e))?;
    let bom = peek.starts_with(b"\xEF\xBB\xBF");
    let start = if bom { &peek[3..] } else { peek };
    if !(start.starts_with(AGE_BINARY_START) || start.starts_with(AGE_ARMOR_START)) {
        return Err(Error::NotEncrypted {
            path: path.to_path_buf(),
            mangling: mangling(peek),
        });
    }
    let has_cr = peek.contains(&b'\r');
    if bom {
        input.consume(3);
    }
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(input))
        .map_err(|e| decrypt_error(e, path, has_cr))?;
    decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| decrypt_error(e, path, has_cr))
}

fn decrypt_error(error: age::DecryptError, path: &Path, has_cr: bool) -> Error {
    match error {
        age::DecryptError::NoMatchingKeys => Error::NotForThisIdentity {
            path: path.to_path_buf(),
        },
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat if has_cr => {
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
