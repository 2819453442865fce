//! The file formats croise writes, all versioned and authenticated.
//!
//! Token and result files share one binary container (specified in
//! `docs/formats.md`), encrypted with age to their one reader:
//!
//! ```text
//! magic      "croise-container\n"                       17 bytes
//! kind       u8 length + ASCII (e.g. "croise-tokens")
//! header     u32 BE length + UTF-8 TOML (kind, format version, campaign, …)
//! body       bytes, up to the tag (fixed-size binary records)
//! tag        32 bytes: HMAC-SHA-256 under the campaign authentication key,
//!            bound to the kind, over every byte before it
//! ```
//!
//! The body has no length field, so that a writer can stream a body whose
//! size it does not know in advance (a token file of a million records is
//! never held whole in memory); a reader finds its end 32 bytes before the
//! end of the file.
//!
//! Nothing read from a container is handed out before its tag is checked,
//! and whatever else is wrong with a forged, altered or truncated file, it is
//! refused as such: a reader that streams the body parses it while the tag
//! is computed, and reports a parsing problem only once the tag has proven
//! the file authentic.

pub mod result;
pub mod summary;
pub mod tokens;

use std::io::{self, BufRead, Read, Write};
use std::path::Path;

use crate::error::{Error, Result};
use crate::keys::{AuthKey, Authenticator};

const MAGIC: &[u8] = b"croise-container\n";
const TAG_BYTES: usize = 32;
/// A header is a few hundred bytes; anything much longer is not a header.
const MAX_HEADER: u32 = 1 << 20;

/// Writes a container as a stream: magic, kind and header first, then the
/// body as it comes, then the tag.
pub struct ContainerWriter<W: Write> {
    out: W,
    mac: Authenticator,
}

impl<W: Write> ContainerWriter<W> {
    pub fn new(mut out: W, kind: &str, header: &str, auth: &AuthKey) -> io::Result<Self> {
        let mut mac = auth.authenticator(kind);
        let kind_len = u8::try_from(kind.len()).expect("kinds are short");
        let header_len = u32::try_from(header.len()).expect("headers are short");
        for part in [
            MAGIC,
            &[kind_len],
            kind.as_bytes(),
            &header_len.to_be_bytes(),
            header.as_bytes(),
        ] {
            mac.update(part);
            out.write_all(part)?;
        }
        Ok(Self { out, mac })
    }

    /// Appends bytes to the body.
    pub fn write_body(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.mac.update(bytes);
        self.out.write_all(bytes)
    }

    /// Writes the tag and returns the underlying writer.
    pub fn finish(mut self) -> io::Result<W> {
        let tag = self.mac.finish();
        self.out.write_all(&tag)?;
        Ok(self.out)
    }
}

/// Builds an authenticated container in memory.
pub fn seal_container(kind: &str, header: &str, body: &[u8], auth: &AuthKey) -> Vec<u8> {
    let out = Vec::with_capacity(
        MAGIC.len() + 1 + kind.len() + 4 + header.len() + body.len() + TAG_BYTES,
    );
    let mut writer = ContainerWriter::new(out, kind, header, auth).expect("writing to memory");
    writer.write_body(body).expect("writing to memory");
    writer.finish().expect("writing to memory")
}

/// Checks and opens a container of the expected kind held in memory:
/// returns its header text and body.
pub fn open_container(
    bytes: &[u8],
    kind: &str,
    auth: &AuthKey,
    path: &Path,
) -> Result<(String, Vec<u8>)> {
    let reader = ContainerReader::open(bytes, kind, auth, path)?;
    reader.finish(|header, body| {
        let mut content = Vec::new();
        body.read_to_end(&mut content)
            .map_err(|_| Error::invalid_file(path, "truncated"))?;
        Ok((header.to_string(), content))
    })
}

/// Reads a container as a stream. [`ContainerReader::open`] reads up to the
/// end of the header; [`ContainerReader::finish`] hands the header and the
/// body to a parser and returns what it made only if the tag is right.
pub struct ContainerReader<'p, R: Read> {
    input: R,
    path: &'p Path,
    mac: Authenticator,
    /// Bytes read from `input`: `buf[start..end]` are not consumed yet, and
    /// `buf[start..macked]` are already in the tag computation. The last
    /// `TAG_BYTES` bytes read are never handed out: they may be the tag.
    buf: Vec<u8>,
    start: usize,
    macked: usize,
    end: usize,
    eof: bool,
    /// `input` failed (a decryption error, for an age stream).
    failed: bool,
    header: Vec<u8>,
}

const READ_BUFFER: usize = 256 * 1024;

impl<'p, R: Read> ContainerReader<'p, R> {
    /// Reads the magic, the kind (refusing another kind at once, as the
    /// kind is bound into the tag anyway) and the header bytes.
    pub fn open(input: R, kind: &str, auth: &AuthKey, path: &'p Path) -> Result<Self> {
        let mut reader = ContainerReader {
            input,
            path,
            mac: auth.authenticator(kind),
            buf: vec![0; READ_BUFFER],
            start: 0,
            macked: 0,
            end: 0,
            eof: false,
            failed: false,
            header: Vec::new(),
        };
        let bad = |reason: &str| Error::invalid_file(path, reason.to_string());
        let mut magic = [0u8; MAGIC.len()];
        reader.read_part(&mut magic)?;
        if magic != MAGIC {
            return Err(bad("not a croise file (unknown content)"));
        }
        let mut kind_len = [0u8; 1];
        reader.read_part(&mut kind_len)?;
        let mut found_kind = vec![0u8; kind_len[0] as usize];
        reader.read_part(&mut found_kind)?;
        if found_kind != kind.as_bytes() {
            let found = String::from_utf8_lossy(&found_kind);
            return Err(bad(&format!(
                "this is a `{found}` file, not a `{kind}` file"
            )));
        }
        let mut header_len = [0u8; 4];
        reader.read_part(&mut header_len)?;
        let header_len = u32::from_be_bytes(header_len);
        if header_len > MAX_HEADER {
            return Err(bad("malformed header"));
        }
        let mut header = vec![0u8; header_len as usize];
        reader.read_part(&mut header)?;
        reader.header = header;
        Ok(reader)
    }

    /// The header text, *not yet authenticated*: only for choosing a
    /// refusal message (see [`refuse_other_campaign_header`]).
    pub fn unauthenticated_header(&self) -> Option<&str> {
        std::str::from_utf8(&self.header).ok()
    }

    /// Hands the header text and the body to `parse`, reads what it left,
    /// checks the tag, and only then returns what `parse` made. A damaged
    /// stream, then a wrong tag, then a parsing problem, then bytes left over
    /// are reported, in that order of precedence.
    pub fn finish<T>(
        mut self,
        parse: impl FnOnce(&str, &mut dyn BufRead) -> Result<T>,
    ) -> Result<T> {
        let header = std::mem::take(&mut self.header);
        let parsed = match std::str::from_utf8(&header) {
            Ok(text) => parse(text, &mut self),
            Err(_) => Err(Error::invalid_file(self.path, "malformed header")),
        };
        let mut left_over = false;
        loop {
            match self.fill_buf() {
                Ok([]) => break,
                Ok(rest) => {
                    let n = rest.len();
                    left_over = true;
                    self.consume(n);
                }
                Err(_) => break,
            }
        }
        if self.failed {
            return Err(Error::Damaged {
                path: self.path.to_path_buf(),
            });
        }
        if self.end - self.start != TAG_BYTES {
            return Err(Error::invalid_file(self.path, "truncated"));
        }
        let tag = self.buf[self.start..self.end].to_vec();
        if !self.mac.verify(&tag) {
            return Err(Error::NotAuthentic {
                path: self.path.to_path_buf(),
            });
        }
        let parsed = parsed?;
        if left_over {
            return Err(Error::invalid_file(
                self.path,
                "its length does not match its content",
            ));
        }
        Ok(parsed)
    }

    /// Reads one part of the container's opening, mapping a short file to
    /// "truncated" and a failing stream to "damaged".
    fn read_part(&mut self, out: &mut [u8]) -> Result<()> {
        match self.read_exact(out) {
            Ok(()) => Ok(()),
            Err(_) if self.failed => Err(Error::Damaged {
                path: self.path.to_path_buf(),
            }),
            Err(_) => Err(Error::invalid_file(self.path, "truncated")),
        }
    }
}

impl<R: Read> Read for ContainerReader<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for ContainerReader<'_, R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        // Hand out only bytes followed by at least TAG_BYTES more.
        while self.end - self.start <= TAG_BYTES && !self.eof {
            if self.end == self.buf.len() {
                self.buf.copy_within(self.start..self.end, 0);
                self.macked -= self.start;
                self.end -= self.start;
                self.start = 0;
            }
            match self.input.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.failed = true;
                    return Err(e);
                }
            }
        }
        let ready = (self.end - self.start).saturating_sub(TAG_BYTES);
        let ready_end = self.start + ready;
        if self.macked < ready_end {
            self.mac.update(&self.buf[self.macked..ready_end]);
            self.macked = ready_end;
        }
        Ok(&self.buf[self.start..ready_end])
    }

    fn consume(&mut self, n: usize) {
        self.start += n;
        debug_assert!(self.start <= self.macked);
    }
}

/// Refuses a container that says it belongs to another campaign than the
/// manifest's, with that message rather than "altered": a file of another
/// campaign also fails authentication under this campaign's key, so this
/// must be checked first. The claim is read *without* checking the tag: it
/// only chooses the refusal message, it never lets a file in.
pub fn refuse_other_campaign(
    bytes: &[u8],
    manifest: &crate::campaign::Manifest,
    path: &Path,
) -> Result<()> {
    match claimed_header(bytes) {
        Some(header) => refuse_other_campaign_header(header, manifest, path),
        None => Ok(()),
    }
}

/// [`refuse_other_campaign`] on a header already read, unauthenticated
/// (see [`ContainerReader::unauthenticated_header`]).
pub fn refuse_other_campaign_header(
    header: &str,
    manifest: &crate::campaign::Manifest,
    path: &Path,
) -> Result<()> {
    match claimed_campaign(header) {
        Some(claimed) if claimed != manifest.campaign_id.as_str() => Err(Error::OtherCampaign {
            path: path.to_path_buf(),
            expected: format!("{} “{}”", manifest.campaign_id, manifest.name),
            found: claimed,
        }),
        _ => Ok(()),
    }
}

/// The `campaign_id` a container's header claims, unauthenticated.
fn claimed_campaign(header: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Claim {
        campaign_id: String,
    }
    toml::from_str::<Claim>(header).ok().map(|c| c.campaign_id)
}

/// The header text of a container in memory, unauthenticated.
fn claimed_header(bytes: &[u8]) -> Option<&str> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (&kind_len, rest) = rest.split_first()?;
    let (head, rest) = rest.get(kind_len as usize..)?.split_first_chunk::<4>()?;
    let header_len = u32::from_be_bytes(*head);
    std::str::from_utf8(rest.get(..header_len as usize)?).ok()
}

/// Reads a text file croise wrote (manifest, summary), recognising the usual
/// manglings: UTF-16 from a Windows shell, a BOM added by an editor.
pub fn text_file<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::invalid_file(
            path,
            "it was re-encoded as UTF-16 (as Windows PowerShell does with `>`); copy the original file instead",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|_| Error::invalid_file(path, "it is not a UTF-8 text file"))
}

/// Checks the fields every croise file header carries against the campaign.
pub fn check_campaign(
    path: &Path,
    manifest: &crate::campaign::Manifest,
    campaign_id: &str,
    key_fingerprint: &str,
) -> Result<()> {
    if campaign_id != manifest.campaign_id.as_str() {
        return Err(Error::OtherCampaign {
            path: path.to_path_buf(),
            expected: format!("{} “{}”", manifest.campaign_id, manifest.name),
            found: campaign_id.to_string(),
        });
    }
    if key_fingerprint != manifest.key_fingerprint {
        return Err(Error::OtherKey {
            path: path.to_path_buf(),
            expected: manifest.key_fingerprint.clone(),
            found: key_fingerprint.to_string(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> AuthKey {
        AuthKey::from_bytes([b; 32])
    }

    fn claim(bytes: &[u8]) -> Option<String> {
        claimed_header(bytes).and_then(claimed_campaign)
    }

    #[test]
    fn claimed_campaign_is_read_without_the_key() {
        let sealed = seal_container("croise-tokens", "campaign_id = \"c1\"\n", b"", &key(1));
        assert_eq!(claim(&sealed).as_deref(), Some("c1"));
        assert_eq!(claim(&sealed[..20]), None);
        assert_eq!(claim(b"junk"), None);
    }

    #[test]
    fn round_trip_and_every_single_byte_change_is_refused() {
        let path = Path::new("x");
        let sealed = seal_container("croise-tokens", "format = 1\n", b"\x01\x02\x03", &key(1));
        let (header, body) = open_container(&sealed, "croise-tokens", &key(1), path).unwrap();
        assert_eq!(
            (header.as_str(), body.as_slice()),
            ("format = 1\n", &b"\x01\x02\x03"[..])
        );
        for i in 0..sealed.len() {
            let mut altered = sealed.clone();
            altered[i] ^= 0x01;
            assert!(
                open_container(&altered, "croise-tokens", &key(1), path).is_err(),
                "byte {i}"
            );
        }
        for len in 0..sealed.len() {
            assert!(open_container(&sealed[..len], "croise-tokens", &key(1), path).is_err());
        }
        assert!(open_container(&sealed, "croise-tokens", &key(2), path).is_err());
        assert!(open_container(&sealed, "croise-result", &key(1), path).is_err());
    }
}
