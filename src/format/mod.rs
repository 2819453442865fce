//! The file formats croise writes, all versioned and authenticated.
//!
//! Token and result files share one binary container (specified in
//! `docs/formats.md`), encrypted with age to their one reader:
//!
//! ```text
//! magic      "croise-container\n"                       17 bytes
//! kind       u8 length + ASCII (e.g. "croise-tokens")
//! header     u32 BE length + UTF-8 TOML (kind, format version, campaign, …)
//! body       u64 BE length + bytes (fixed-size binary records)
//! tag        32 bytes: HMAC-SHA-256 under the campaign authentication key,
//!            bound to the kind, over every byte before it
//! ```
//!
//! The tag is checked before anything else is parsed, so a forged, altered
//! or truncated file is refused as a whole.

pub mod result;
pub mod summary;
pub mod tokens;

use std::path::Path;

use crate::error::{Error, Result};
use crate::keys::AuthKey;

const MAGIC: &[u8] = b"croise-container\n";
const TAG_BYTES: usize = 32;

/// What a reader expects of a file: its kind, the one format version this
/// version of croise reads, and the name people know it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    pub kind: &'static str,
    pub format: u32,
    pub noun: &'static str,
}

/// Builds an authenticated container.
pub fn seal_container(kind: &str, header: &str, body: &[u8], auth: &AuthKey) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        MAGIC.len() + 1 + kind.len() + 4 + header.len() + 8 + body.len() + TAG_BYTES,
    );
    out.extend_from_slice(MAGIC);
    out.push(kind.len() as u8);
    out.extend_from_slice(kind.as_bytes());
    out.extend_from_slice(&(header.len() as u32).to_be_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&(body.len() as u64).to_be_bytes());
    out.extend_from_slice(body);
    let tag = auth.sign(kind, &out);
    out.extend_from_slice(&tag);
    out
}

/// The minimal header every croise file starts with, read on its own before
/// anything else is trusted.
#[derive(serde::Deserialize)]
struct MinimalHeader {
    kind: Option<String>,
    format: Option<i64>,
}

/// Checks and opens a container of the expected kind: returns its header
/// text and body.
///
/// Order: the magic; the kind written in clear; the header's `format` as
/// claimed (unauthenticated: it only chooses a refusal message, so that a
/// file of a future format is named as such rather than as altered); the
/// tag over every byte; the lengths; then `kind` and `format` in the now
/// authenticated header, before any other field is looked at.
pub fn open_container<'a>(
    bytes: &'a [u8],
    expected: &FileKind,
    auth: &AuthKey,
    path: &Path,
) -> Result<(&'a str, &'a [u8])> {
    let bad = |reason: &str| Error::invalid_file(path, reason.to_string());
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err(bad(&not_a(bytes, expected.noun)));
    };
    let (&kind_len, rest) = rest.split_first().ok_or_else(|| bad("truncated"))?;
    let found_kind = rest
        .get(..kind_len as usize)
        .ok_or_else(|| bad("truncated"))?;
    if found_kind != expected.kind.as_bytes() {
        let found = String::from_utf8_lossy(found_kind);
        return Err(Error::WrongKind {
            path: path.to_path_buf(),
            found: found.into_owned(),
            expected: expected.kind,
        });
    }
    if let Some(MinimalHeader {
        format: Some(format),
        ..
    }) = claimed_header(bytes)
        && format != i64::from(expected.format)
    {
        return Err(unsupported(path, expected, format));
    }
    if bytes.len() < TAG_BYTES {
        return Err(bad("truncated"));
    }
    let (signed, tag) = bytes.split_at(bytes.len() - TAG_BYTES);
    if !auth.verify(expected.kind, signed, tag) {
        return Err(Error::NotAuthentic {
            path: path.to_path_buf(),
        });
    }
    let rest = &rest[kind_len as usize..];
    let (header_len, rest) = take_u32(rest).ok_or_else(|| bad("truncated"))?;
    let header = rest
        .get(..header_len as usize)
        .ok_or_else(|| bad("truncated"))?;
    let header = std::str::from_utf8(header).map_err(|_| bad("malformed header"))?;
    let rest = &rest[header_len as usize..];
    let (body_len, rest) = take_u64(rest).ok_or_else(|| bad("truncated"))?;
    let body_len = usize::try_from(body_len).map_err(|_| bad("malformed length"))?;
    if Some(rest.len()) != body_len.checked_add(TAG_BYTES) {
        return Err(bad("its length does not match its content"));
    }
    check_text_header(header, expected.kind, expected.format, expected.noun, path)?;
    Ok((header, &rest[..body_len]))
}

fn unsupported(path: &Path, expected: &FileKind, found: i64) -> Error {
    match u32::try_from(found) {
        Ok(found) => Error::unsupported_format(path, expected.noun, found, expected.format),
        Err(_) => Error::invalid_file(path, format!("malformed {} header (format)", expected.noun)),
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
    let head: MinimalHeader = toml::from_str(text).map_err(|e| {
        let known = describe(text.as_bytes())
            .filter(|d| !d.contains(what))
            .map(|d| format!("this is {d}, not a {what}"));
        Error::invalid_file(
            path,
            known.unwrap_or_else(|| format!("not a valid {what} ({})", e.message().trim_end())),
        )
    })?;
    match head.kind.as_deref() {
        Some(found) if found == kind => {}
        Some(found) => {
            let named = describe_kind(found)
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            return Err(Error::invalid_file(
                path,
                format!("this is a `{found}` file{named}, not a {what}"),
            ));
        }
        None => {
            return Err(Error::invalid_file(
                path,
                format!("not a valid {what} (it does not say what it is: no `kind`)"),
            ));
        }
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
        None => Err(Error::invalid_file(
            path,
            format!("not a valid {what} (it has no `format` version)"),
        )),
    }
}

/// The name people know a file kind by.
pub fn describe_kind(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "croise-tokens" => "a token file",
        "croise-result" => "a result file",
        "croise-campaign" => "a campaign manifest",
        "croise-campaign-key" => "a campaign key file",
        "croise-coordinator-auth-key" => "the coordinator key sealed in a manifest",
        "croise-summary" => "a match summary",
        _ => return None,
    })
}

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
pub fn not_a(bytes: &[u8], what: &str) -> String {
    match describe(bytes) {
        Some(found) => format!("this is {found}, not a {what}"),
        None => format!("not a {what} (unknown content)"),
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
    match claimed_campaign(bytes) {
        Some(claimed) if claimed != manifest.campaign_id.as_str() => Err(Error::OtherCampaign {
            path: path.to_path_buf(),
            expected: format!("{} “{}”", manifest.campaign_id, manifest.name),
            found: claimed,
        }),
        _ => Ok(()),
    }
}

/// The `campaign_id` a container's header claims, unauthenticated.
fn claimed_campaign(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Claim {
        campaign_id: String,
    }
    let rest = bytes.strip_prefix(MAGIC)?;
    let (&kind_len, rest) = rest.split_first()?;
    let (header_len, rest) = take_u32(rest.get(kind_len as usize..)?)?;
    let header = std::str::from_utf8(rest.get(..header_len as usize)?).ok()?;
    toml::from_str::<Claim>(header).ok().map(|c| c.campaign_id)
}

/// The minimal header a container claims, unauthenticated.
fn claimed_header(bytes: &[u8]) -> Option<MinimalHeader> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (&kind_len, rest) = rest.split_first()?;
    let (header_len, rest) = take_u32(rest.get(kind_len as usize..)?)?;
    let header = std::str::from_utf8(rest.get(..header_len as usize)?).ok()?;
    toml::from_str::<MinimalHeader>(header).ok()
}

fn take_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    Some((u32::from_be_bytes(*head), rest))
}

fn take_u64(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<8>()?;
    Some((u64::from_be_bytes(*head), rest))
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

    const TOKENS: FileKind = FileKind {
        kind: "croise-tokens",
        format: 1,
        noun: "token file",
    };
    const RESULT: FileKind = FileKind {
        kind: "croise-result",
        format: 1,
        noun: "result file",
    };
    const HEADER: &str = "kind = \"croise-tokens\"\nformat = 1\n";

    fn key(b: u8) -> AuthKey {
        AuthKey::from_bytes([b; 32])
    }

    fn message(e: Error) -> String {
        e.to_string()
    }

    #[test]
    fn claimed_campaign_is_read_without_the_key() {
        let sealed = seal_container("croise-tokens", "campaign_id = \"c1\"\n", b"", &key(1));
        assert_eq!(claimed_campaign(&sealed).as_deref(), Some("c1"));
        assert_eq!(claimed_campaign(&sealed[..20]), None);
        assert_eq!(claimed_campaign(b"junk"), None);
    }

    #[test]
    fn round_trip_and_every_single_byte_change_is_refused() {
        let path = Path::new("x");
        let sealed = seal_container("croise-tokens", HEADER, b"\x01\x02\x03", &key(1));
        let (header, body) = open_container(&sealed, &TOKENS, &key(1), path).unwrap();
        assert_eq!((header, body), (HEADER, &b"\x01\x02\x03"[..]));
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
            not_a(b"junk", "result file"),
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
