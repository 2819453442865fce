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

/// Checks and opens a container of the expected kind: returns its header
/// text and body.
pub fn open_container<'a>(
    bytes: &'a [u8],
    kind: &'static str,
    auth: &AuthKey,
    path: &Path,
) -> Result<(&'a str, &'a [u8])> {
    let bad = |reason: &str| Error::invalid_file(path, reason.to_string());
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| bad("not a croise file (unknown content)"))?;
    let (&kind_len, rest) = rest.split_first().ok_or_else(|| bad("truncated"))?;
    let found_kind = rest
        .get(..kind_len as usize)
        .ok_or_else(|| bad("truncated"))?;
    if found_kind != kind.as_bytes() {
        let found = String::from_utf8_lossy(found_kind);
        return Err(Error::WrongKind {
            path: path.to_path_buf(),
            found: found.into_owned(),
            expected: kind,
        });
    }
    if bytes.len() < TAG_BYTES {
        return Err(bad("truncated"));
    }
    let (signed, tag) = bytes.split_at(bytes.len() - TAG_BYTES);
    if !auth.verify(kind, signed, tag) {
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
    if rest.len() != body_len + TAG_BYTES {
        return Err(bad("its length does not match its content"));
    }
    Ok((header, &rest[..body_len]))
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

    fn key(b: u8) -> AuthKey {
        AuthKey::from_bytes([b; 32])
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
        let sealed = seal_container("croise-tokens", "format = 1\n", b"\x01\x02\x03", &key(1));
        let (header, body) = open_container(&sealed, "croise-tokens", &key(1), path).unwrap();
        assert_eq!((header, body), ("format = 1\n", &b"\x01\x02\x03"[..]));
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
