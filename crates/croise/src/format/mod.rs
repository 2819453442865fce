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

use crate::error::{Error, FileProblem, Result};
use crate::keys::{AuthKey, Authenticator};

const MAGIC: &[u8] = b"croise-container\n";
const TAG_BYTES: usize = 32;
/// A header is a few hundred bytes; anything much longer is not a header.
const MAX_HEADER: u32 = 1 << 20;
/// How many first bytes name a file that is not a container.
const PEEK_BYTES: usize = 4096;

/// What a reader expects of a file: its kind, the one format version this
/// version of croise reads, and the name people know it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    pub kind: &'static str,
    pub format: u32,
    pub noun: &'static str,
}

/// The minimal header every croise file starts with, read on its own before
/// anything else is trusted.
#[derive(serde::Deserialize)]
struct MinimalHeader {
    kind: Option<String>,
    format: Option<i64>,
}

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
///
/// Order: the magic; the kind written in clear; the header's `format` as
/// claimed (unauthenticated: it only chooses a refusal message, so that a
/// file of a future format is named as such rather than as altered); the
/// tag over every byte; the length; then `kind` and `format` in the now
/// authenticated header, before any other field is looked at.
pub fn open_container(
    bytes: &[u8],
    expected: &FileKind,
    auth: &AuthKey,
    path: &Path,
) -> Result<(String, Vec<u8>)> {
    let reader = ContainerReader::open(bytes, expected, auth, path)?;
    reader.finish(|header, body| {
        let mut content = Vec::new();
        body.read_to_end(&mut content)
            .map_err(|_| Error::invalid_file(path, FileProblem::Truncated))?;
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
    expected: FileKind,
}

const READ_BUFFER: usize = 256 * 1024;

impl<'p, R: Read> ContainerReader<'p, R> {
    /// Reads the magic, the kind (refusing another kind at once, as the
    /// kind is bound into the tag anyway), the header bytes, and refuses a
    /// `format` the header claims (unauthenticated) other than the expected
    /// one, so that a file of another version is named as such.
    pub fn open(input: R, expected: &FileKind, auth: &AuthKey, path: &'p Path) -> Result<Self> {
        let mut reader = ContainerReader {
            input,
            path,
            mac: auth.authenticator(expected.kind),
            buf: vec![0; READ_BUFFER],
            start: 0,
            macked: 0,
            end: 0,
            eof: false,
            failed: false,
            header: Vec::new(),
            expected: *expected,
        };
        let bad = |problem: FileProblem| Error::invalid_file(path, problem);
        // The first bytes, to name what the file is if it is not a container.
        while reader.end < PEEK_BYTES && !reader.eof && !reader.failed {
            match reader.input.read(&mut reader.buf[reader.end..PEEK_BYTES]) {
                Ok(0) => reader.eof = true,
                Ok(n) => reader.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => reader.failed = true,
            }
        }
        if !reader.buf[..reader.end].starts_with(MAGIC) {
            if reader.failed {
                return Err(Error::Damaged {
                    path: path.to_path_buf(),
                });
            }
            return Err(bad(not_a(&reader.buf[..reader.end], expected.noun)));
        }
        let mut magic = [0u8; MAGIC.len()];
        reader.read_part(&mut magic)?;
        let mut kind_len = [0u8; 1];
        reader.read_part(&mut kind_len)?;
        let mut found_kind = vec![0u8; kind_len[0] as usize];
        reader.read_part(&mut found_kind)?;
        if found_kind != expected.kind.as_bytes() {
            let found = String::from_utf8_lossy(&found_kind);
            return Err(Error::WrongKind {
                path: path.to_path_buf(),
                found: found.into_owned(),
                expected: expected.kind,
            });
        }
        let mut header_len = [0u8; 4];
        reader.read_part(&mut header_len)?;
        let header_len = u32::from_be_bytes(header_len);
        if header_len > MAX_HEADER {
            return Err(bad(FileProblem::MalformedHeader));
        }
        let mut header = vec![0u8; header_len as usize];
        reader.read_part(&mut header)?;
        if let Some(MinimalHeader {
            format: Some(format),
            ..
        }) = std::str::from_utf8(&header)
            .ok()
            .and_then(|h| toml::from_str::<MinimalHeader>(h).ok())
            && format != i64::from(expected.format)
        {
            return Err(unsupported(path, expected, format));
        }
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
        // `kind` and `format` inside the header are checked before any other
        // field is looked at; their refusal is reported after the tag's.
        let expected = self.expected;
        let parsed = match std::str::from_utf8(&header) {
            Ok(text) => check_text_header(
                text,
                expected.kind,
                expected.format,
                expected.noun,
                self.path,
            )
            .and_then(|()| parse(text, &mut self)),
            Err(_) => Err(Error::invalid_file(self.path, FileProblem::MalformedHeader)),
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
            return Err(Error::invalid_file(self.path, FileProblem::Truncated));
        }
        let tag = self.buf[self.start..self.end].to_vec();
        if !self.mac.verify(&tag) {
            return Err(Error::NotAuthentic {
                path: self.path.to_path_buf(),
            });
        }
        let parsed = parsed?;
        if left_over {
            return Err(Error::invalid_file(self.path, FileProblem::LengthMismatch));
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
            Err(_) => Err(Error::invalid_file(self.path, FileProblem::Truncated)),
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

fn unsupported(path: &Path, expected: &FileKind, found: i64) -> Error {
    match u32::try_from(found) {
        Ok(found) => Error::unsupported_format(path, expected.noun, found, expected.format),
        Err(_) => Error::invalid_file(path, FileProblem::MalformedFormat(expected.noun)),
    }
}

/// Checks the `kind` and `format` of a TOML text (a manifest, a summary, a
/// decrypted key, a container's header), on their own, before the other
/// fields are parsed or trusted. Names the kind it found if it is another.
pub fn check_text_header(
    text: &str,
    kind: &str,
    format: u32,
    what: &'static str,
    path: &Path,
) -> Result<()> {
    let head: MinimalHeader = toml::from_str(text).map_err(|_| {
        let problem = match describe(text.as_bytes()).filter(|d| !d.contains(what)) {
            Some(found) => FileProblem::NotA {
                expected: what,
                found: Some(found),
            },
            None => FileProblem::NotValid(what),
        };
        Error::invalid_file(path, problem)
    })?;
    match head.kind.as_deref() {
        Some(found) if found == kind => {}
        Some(found) => {
            return Err(Error::invalid_file(
                path,
                FileProblem::OtherKind {
                    found: FileProblem::shaped_kind(found),
                    expected: what,
                },
            ));
        }
        None => return Err(Error::invalid_file(path, FileProblem::NoKind(what))),
    }
    match head.format {
        Some(found) if found == i64::from(format) => Ok(()),
        Some(found) => Err(unsupported(
            path,
            &FileKind {
                kind: "",
                format,
                noun: what,
            },
            found,
        )),
        None => Err(Error::invalid_file(path, FileProblem::NoFormat(what))),
    }
}

pub use crate::error::describe_kind;

/// Recognises what a file (or a decrypted payload) is, from its first bytes
/// or its `kind` line, to name it in a refusal ("this is a result file, not
/// a campaign key file"). Never used to accept anything.
pub fn describe(bytes: &[u8]) -> Option<&'static str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(rest) = bytes.strip_prefix(MAGIC) {
        let (&len, rest) = rest.split_first()?;
        return describe_kind(std::str::from_utf8(rest.get(..len as usize)?).ok()?);
    }
    if bytes.starts_with(b"age-encryption.org/")
        || bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
    {
        return Some("an encrypted file (age)");
    }
    let head = &bytes[..bytes.len().min(4096)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with("AGE-SECRET-KEY-1") {
            return Some("an identity file (it holds a SECRET key)");
        }
        if let Some(kind) = line
            .strip_prefix("kind = \"")
            .and_then(|k| k.strip_suffix('"'))
        {
            return describe_kind(kind);
        }
    }
    None
}

/// "this is a result file, not a campaign key file", or "not a … (unknown
/// content)".
pub fn not_a(bytes: &[u8], what: &'static str) -> FileProblem {
    FileProblem::NotA {
        expected: what,
        found: describe(bytes),
    }
}

/// The header text of a container in memory, before anything is
/// authenticated: only for naming a file of another campaign in a refusal,
/// never trusted.
pub fn unauthenticated_header(bytes: &[u8]) -> Option<&str> {
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
        return Err(Error::NotText {
            path: path.to_path_buf(),
            utf16: true,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|_| Error::NotText {
        path: path.to_path_buf(),
        utf16: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::noun;

    const TOKENS: FileKind = FileKind {
        kind: "croise-tokens",
        format: 1,
        noun: noun::TOKEN_FILE,
    };
    const RESULT: FileKind = FileKind {
        kind: "croise-result",
        format: 1,
        noun: noun::RESULT_FILE,
    };
    const HEADER: &str = "kind = \"croise-tokens\"\nformat = 1\n";

    fn key(b: u8) -> AuthKey {
        AuthKey::from_bytes([b; 32])
    }

    fn message(e: Error) -> String {
        e.to_string()
    }

    #[test]
    fn the_header_is_read_without_the_key() {
        let sealed = seal_container("croise-tokens", "campaign_id = \"c1\"\n", b"", &key(1));
        assert_eq!(
            unauthenticated_header(&sealed),
            Some("campaign_id = \"c1\"\n")
        );
        assert_eq!(unauthenticated_header(&sealed[..20]), None);
        assert_eq!(unauthenticated_header(b"junk"), None);
    }

    #[test]
    fn round_trip_and_every_single_byte_change_is_refused() {
        let path = Path::new("x");
        let sealed = seal_container("croise-tokens", HEADER, b"\x01\x02\x03", &key(1));
        let (header, body) = open_container(&sealed, &TOKENS, &key(1), path).unwrap();
        assert_eq!(
            (header.as_str(), body.as_slice()),
            (HEADER, &b"\x01\x02\x03"[..])
        );
        for i in 0..sealed.len() {
            let mut altered = sealed.clone();
            altered[i] ^= 0x01;
            assert!(
                open_container(&altered, &TOKENS, &key(1), path).is_err(),
                "byte {i}"
            );
        }
        for len in 0..sealed.len() {
            assert!(open_container(&sealed[..len], &TOKENS, &key(1), path).is_err());
        }
        assert!(open_container(&sealed, &TOKENS, &key(2), path).is_err());
        assert!(open_container(&sealed, &RESULT, &key(1), path).is_err());
    }

    #[test]
    fn a_future_format_is_named_before_the_tag_is_checked() {
        let path = Path::new("x.age");
        let header = "kind = \"croise-tokens\"\nformat = 2\nnew_field = 1\n";
        // Signed with another key: the version message still comes first.
        let sealed = seal_container("croise-tokens", header, b"", &key(9));
        let shown = message(open_container(&sealed, &TOKENS, &key(1), path).unwrap_err());
        assert!(
            shown.contains("token file format 2 is not supported by this version of croise (it reads format 1): it was made by a newer version"),
            "{shown}"
        );
    }

    /// Issue 14: result format 4 carries reasons; a result of format 3 is
    /// named as made by an older version, not as altered.
    #[test]
    fn a_result_of_format_3_is_named_as_older() {
        let path = Path::new("r.age");
        let header = "kind = \"croise-result\"\nformat = 3\n";
        let sealed = seal_container("croise-result", header, b"", &key(1));
        let shown =
            message(open_container(&sealed, &super::result::FILE, &key(1), path).unwrap_err());
        assert!(
            shown.contains("result file format 3 is not supported by this version of croise (it reads format 4): it was made by an older version"),
            "{shown}"
        );
    }

    #[test]
    fn kind_and_format_inside_the_header_are_checked_after_the_tag() {
        let path = Path::new("x");
        for (header, phrase) in [
            ("format = 1\n", "no `kind`"),
            (
                "kind = \"croise-result\"\nformat = 1\n",
                "(a result file), not a token file",
            ),
            ("kind = \"croise-tokens\"\n", "no `format`"),
            (
                "kind = \"croise-tokens\"\nformat = -1\n",
                "malformed token file header",
            ),
            (
                "kind = \"croise-tokens\"\nformat = \"1\"\n",
                "not a valid token file",
            ),
        ] {
            let sealed = seal_container("croise-tokens", header, b"", &key(1));
            let shown = message(open_container(&sealed, &TOKENS, &key(1), path).unwrap_err());
            assert!(shown.contains(phrase), "{header:?}: {shown}");
        }
    }

    #[test]
    fn a_file_of_another_kind_is_named() {
        let path = Path::new("x");
        let result = seal_container("croise-result", "", b"", &key(1));
        let shown = message(open_container(&result, &TOKENS, &key(1), path).unwrap_err());
        assert!(
            shown.contains("this is a `croise-result` file (a result file), not a token file"),
            "{shown}"
        );
        let key_file = b"kind = \"croise-campaign-key\"\nformat = 2\n";
        let shown = message(open_container(key_file, &RESULT, &key(1), path).unwrap_err());
        assert!(
            shown.contains("this is a campaign key file, not a result file"),
            "{shown}"
        );
        assert_eq!(
            describe(b"# c\nAGE-SECRET-KEY-1XYZ\n"),
            Some("an identity file (it holds a SECRET key)")
        );
        assert_eq!(
            describe(b"\xEF\xBB\xBFkind = \"croise-summary\"\n"),
            Some("a match summary")
        );
        assert_eq!(describe(b"\xff\xfe"), None);
        assert_eq!(
            not_a(b"junk", "result file").to_string(),
            "not a result file (unknown content)"
        );
    }

    #[test]
    fn text_headers_name_the_problem() {
        let path = Path::new("m.toml");
        let check = |t: &str| {
            check_text_header(t, "croise-campaign", 1, "campaign manifest", path).map_err(message)
        };
        assert!(check("kind = \"croise-campaign\"\nformat = 1\n").is_ok());
        assert!(
            check("kind = \"croise-campaign\"\nformat = 3\n")
                .unwrap_err()
                .contains("campaign manifest format 3 is not supported")
        );
        assert!(
            check("kind = \"croise-campaign\"\nformat = 0\n")
                .unwrap_err()
                .contains("older version")
        );
        assert!(
            check("kind = \"croise-summary\"\nformat = 1\n")
                .unwrap_err()
                .contains("(a match summary), not a campaign manifest")
        );
        assert!(
            check("= broken")
                .unwrap_err()
                .contains("not a valid campaign manifest")
        );
    }
}
