//! The key schedule: the one place where the campaign secret is turned into
//! purpose-bound sub-keys.
//!
//! Why it exists: ANSSI guidance asks for one key per purpose. The 256-bit
//! campaign secret is never used directly; HKDF-SHA-256 (RFC 5869), salted
//! with the campaign identifier, derives one sub-key per purpose:
//!
//! | purpose            | HKDF `info` label                           | used by                 |
//! |--------------------|---------------------------------------------|-------------------------|
//! | key fingerprint    | `croise/v1/fingerprint`                     | manifest, every file    |
//! | record handles     | `croise/v1/handle`                          | tokenize, reveal        |
//! | input digest       | `croise/v1/input-digest`                    | tokenize, reveal        |
//! | file authentication| `croise/v1/auth`                            | every file (see below)  |
//! | match-key tokens   | `croise/<scheme>/token/<key kind>`          | tokenize                |
//! | padding tokens     | `croise/<scheme>/padding`                   | tokenize                |
//!
//! The authentication key is the only sub-key ever given to the coordinator
//! (sealed to it inside the manifest): it lets the coordinator check that
//! files come from a key holder, and cannot be turned back into the secret
//! or into any token key (HKDF outputs are independent).
//!
//! This module never prints or logs key material; every key type zeroises
//! itself on drop and has a `Debug` that shows nothing.

use std::fmt;

use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::block_api::compress256;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop};

type HmacSha256 = Hmac<Sha256>;

/// Length of every truncated MAC output croise stores (handles, tokens, digests):
/// 128 bits, above ANSSI's 96-bit floor for truncated MACs.
pub const TAG_LEN: usize = 16;

/// A 128-bit truncated HMAC output: a handle, a token or a keyed digest.
pub type Tag = [u8; TAG_LEN];

/// The 256-bit campaign secret shared by the data holders of one campaign.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct CampaignSecret([u8; 32]);

impl CampaignSecret {
    /// Draws a fresh secret from the operating system's CSPRNG.
    pub fn generate() -> Result<Self, getrandom::Error> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)?;
        Ok(Self(bytes))
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// Copies a secret held in a zeroising buffer without moving it through
    /// an unwiped temporary.
    pub fn from_ref(bytes: &[u8; 32]) -> Self {
        let mut secret = Self([0u8; 32]);
        secret.0.copy_from_slice(bytes);
        secret
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for CampaignSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CampaignSecret(<redacted>)")
    }
}

/// A derived 256-bit sub-key.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SubKey([u8; 32]);

impl SubKey {
    /// A fresh random key from the OS CSPRNG, for secrets that live only in
    /// memory (the coordinator's re-keying secret).
    pub fn random() -> Result<Self, getrandom::Error> {
        let mut key = SubKey([0u8; 32]);
        getrandom::fill(&mut key.0)?;
        Ok(key)
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// A keyed HMAC-SHA-256 state, ready to absorb a message. Cloning a
    /// keyed state is cheaper than re-keying for every message.
    pub fn mac(&self) -> HmacSha256 {
        <HmacSha256 as KeyInit>::new_from_slice(&self.0).expect("HMAC accepts any key length")
    }

    /// Full 256-bit HMAC of `message`.
    pub fn mac_full(&self, message: &[u8]) -> [u8; 32] {
        let mut mac = self.mac();
        mac.update(message);
        mac.finalize().into_bytes().into()
    }
}

impl fmt::Debug for SubKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SubKey(<redacted>)")
    }
}

/// A keyed MAC prepared once and applied to many messages, truncated to
/// [`TAG_LEN`] bytes: HMAC-SHA-256 (RFC 2104) computed from the two keyed
/// midstates (the SHA-256 states after the key blocks `K ⊕ ipad` and
/// `K ⊕ opad`), straight on the SHA-256 compression function.
///
/// Why not the `hmac` crate here: a million-row list takes some 25 million
/// tags, nearly all of one-block messages, and the crate's per-message
/// state copies and buffering cost as much again as the two compressions
/// themselves (README, "Performance"). The result is the same HMAC, checked
/// against the crate for every message length in the tests below and frozen
/// by the vectors in `tests/vectors.rs`; SHA-256 hardware instructions are
/// used where the processor has them (the `sha2` crate detects them).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Tagger {
    inner: [u32; 8],
    outer: [u32; 8],
}

/// SHA-256 initial hash value (FIPS 180-4, 5.3.3).
const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const BLOCK: usize = 64;

impl Tagger {
    pub fn new(key: &SubKey) -> Self {
        let mut pads = [[0x36u8; BLOCK], [0x5cu8; BLOCK]];
        for pad in &mut pads {
            for (p, k) in pad.iter_mut().zip(key.expose()) {
                *p ^= k;
            }
        }
        let (mut inner, mut outer) = (SHA256_IV, SHA256_IV);
        compress256(&mut inner, &[pads[0]]);
        compress256(&mut outer, &[pads[1]]);
        pads.zeroize();
        Self { inner, outer }
    }

    /// HMAC-SHA-256 of the concatenation of `parts`, truncated to 128 bits.
    pub fn tag(&self, parts: &[&[u8]]) -> Tag {
        let full = self.mac(parts);
        let mut out = [0u8; TAG_LEN];
        out.copy_from_slice(&full[..TAG_LEN]);
        out
    }

    /// The tags of two one-part messages, `(a.tag(&[ma]), b.tag(&[mb]))`,
    /// about twice as fast for short messages: one SHA-256 compression is a
    /// long chain of dependent instructions, and two independent chains
    /// side by side keep the processor's SHA unit busy.
    pub fn tag_two(a: &Tagger, ma: &[u8], b: &Tagger, mb: &[u8]) -> (Tag, Tag) {
        let (Some(block_a), Some(block_b)) = (one_block(ma), one_block(mb)) else {
            return (a.tag(&[ma]), b.tag(&[mb]));
        };
        let (mut inner_a, mut inner_b) = (a.inner, b.inner);
        compress256(&mut inner_a, &[block_a]);
        compress256(&mut inner_b, &[block_b]);
        let (mut outer_a, mut outer_b) = (a.outer, b.outer);
        compress256(&mut outer_a, &[outer_block(&inner_a)]);
        compress256(&mut outer_b, &[outer_block(&inner_b)]);
        (truncate(&outer_a), truncate(&outer_b))
    }

    /// Full HMAC-SHA-256 of the concatenation of `parts`.
    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut state = self.inner;
        let mut buffer = [0u8; BLOCK];
        let mut filled = 0usize;
        // The key block already went through the inner state.
        let mut length = BLOCK as u64;
        for part in parts {
            let mut part = *part;
            length += part.len() as u64;
            if filled > 0 {
                let take = part.len().min(BLOCK - filled);
                buffer[filled..filled + take].copy_from_slice(&part[..take]);
                filled += take;
                part = &part[take..];
                if filled < BLOCK {
                    continue;
                }
                compress256(&mut state, &[buffer]);
            }
            let (blocks, rest) = part.as_chunks::<BLOCK>();
            if !blocks.is_empty() {
                compress256(&mut state, blocks);
            }
            buffer[..rest.len()].copy_from_slice(rest);
            filled = rest.len();
        }
        // Padding: 0x80, zeros, then the length in bits on the last 8 bytes.
        buffer[filled] = 0x80;
        buffer[filled + 1..].fill(0);
        if filled + 1 > BLOCK - 8 {
            compress256(&mut state, &[buffer]);
            buffer = [0u8; BLOCK];
        }
        buffer[BLOCK - 8..].copy_from_slice(&(length * 8).to_be_bytes());
        compress256(&mut state, &[buffer]);

        let mut outer = self.outer;
        compress256(&mut outer, &[outer_block(&state)]);
        let mut out = [0u8; 32];
        for (chunk, word) in out.chunks_exact_mut(4).zip(outer) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        out
    }
}

/// The inner block of a message that fits in one block with its padding
/// (at most 55 bytes), or `None`.
fn one_block(message: &[u8]) -> Option<[u8; BLOCK]> {
    if message.len() > BLOCK - 9 {
        return None;
    }
    let mut block = [0u8; BLOCK];
    block[..message.len()].copy_from_slice(message);
    block[message.len()] = 0x80;
    let bits = (BLOCK as u64 + message.len() as u64) * 8;
    block[BLOCK - 8..].copy_from_slice(&bits.to_be_bytes());
    Some(block)
}

/// The outer block: the inner hash, padded.
fn outer_block(inner: &[u32; 8]) -> [u8; BLOCK] {
    let mut block = [0u8; BLOCK];
    for (chunk, word) in block.chunks_exact_mut(4).zip(inner) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    block[32] = 0x80;
    block[BLOCK - 8..].copy_from_slice(&((BLOCK as u64 + 32) * 8).to_be_bytes());
    block
}

fn truncate(state: &[u32; 8]) -> Tag {
    let mut out = [0u8; TAG_LEN];
    for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

impl fmt::Debug for Tagger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tagger(<redacted>)")
    }
}

/// A public, one-way fingerprint of a campaign key (128 bits, hex).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyFingerprint(pub Tag);

impl fmt::Display for KeyFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for KeyFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyFingerprint({self})")
    }
}

impl std::str::FromStr for KeyFingerprint {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let bytes = hex::decode(s).map_err(|_| ())?;
        Ok(Self(bytes.try_into().map_err(|_| ())?))
    }
}

/// Derives the sub-keys of one campaign from its secret.
pub struct KeySchedule {
    hkdf: Hkdf<Sha256>,
}

impl fmt::Debug for KeySchedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KeySchedule(<redacted>)")
    }
}

impl KeySchedule {
    /// The schedule of one campaign: the campaign identifier salts HKDF,
    /// so that the same secret in two campaigns gives unrelated keys.
    pub fn new(secret: &CampaignSecret, campaign_id: impl AsRef<str>) -> Self {
        let salt = salt(campaign_id.as_ref());
        Self {
            hkdf: Hkdf::<Sha256>::new(Some(&salt), secret.expose()),
        }
    }

    /// Derives the sub-key for an HKDF `info` label.
    pub fn derive(&self, label: &str) -> SubKey {
        let mut okm = [0u8; 32];
        self.hkdf
            .expand(label.as_bytes(), &mut okm)
            .expect("32 bytes is a valid HKDF-SHA-256 output length");
        let key = SubKey(okm);
        okm.zeroize();
        key
    }

    pub fn fingerprint(&self) -> KeyFingerprint {
        let key = self.derive("croise/v1/fingerprint");
        let mut out = [0u8; TAG_LEN];
        out.copy_from_slice(&key.expose()[..TAG_LEN]);
        KeyFingerprint(out)
    }

    pub fn handle_key(&self) -> SubKey {
        self.derive("croise/v1/handle")
    }

    pub fn input_digest_key(&self) -> SubKey {
        self.derive("croise/v1/input-digest")
    }

    pub fn auth_key(&self) -> AuthKey {
        AuthKey(self.derive("croise/v1/auth"))
    }

    /// The key of one match-key kind of one scheme version.
    pub fn token_key(&self, scheme: &str, kind: &str) -> SubKey {
        self.derive(&format!("croise/{scheme}/token/{kind}"))
    }

    /// The key of the padding tokens of one scheme version (from
    /// `keys-v3` on): a record with fewer messages of a kind than the scheme's
    /// fixed shape is filled with tokens made under this key, which no
    /// message's token can equal but by a 2⁻⁹⁶ chance.
    pub fn padding_key(&self, scheme: &str) -> SubKey {
        self.derive(&format!("croise/{scheme}/padding"))
    }
}

fn salt(campaign_id: &str) -> Vec<u8> {
    let mut salt = b"croise campaign ".to_vec();
    salt.extend_from_slice(campaign_id.as_bytes());
    salt
}

/// The file-authentication key: held by the data holders (derived) and by the
/// coordinator (sealed to it in the manifest). It authenticates every file
/// croise writes, so that a file forged by an outsider, or altered, is refused.
#[derive(Clone, Debug)]
pub struct AuthKey(SubKey);

impl AuthKey {
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(SubKey::from_bytes(bytes))
    }

    /// Copies a key held in a zeroising buffer without moving it through an
    /// unwiped temporary.
    pub fn from_ref(bytes: &[u8; 32]) -> Self {
        let mut key = SubKey([0u8; 32]);
        key.0.copy_from_slice(bytes);
        Self(key)
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        self.0.expose()
    }

    /// Authenticates `message` in the context of a file `kind`, so that a tag
    /// made for one kind of file can never validate another.
    pub fn sign(&self, kind: &str, message: &[u8]) -> [u8; 32] {
        let mut mac = self.authenticator(kind);
        mac.update(message);
        mac.finish()
    }

    pub fn verify(&self, kind: &str, message: &[u8], tag: &[u8]) -> bool {
        let mut mac = self.authenticator(kind);
        mac.update(message);
        mac.verify(tag)
    }

    /// The same tag as [`AuthKey::sign`], computed piece by piece, for files
    /// written or read as a stream.
    pub fn authenticator(&self, kind: &str) -> Authenticator {
        let mut mac = self.0.mac();
        mac.update(&length_prefixed(kind.as_bytes()));
        Authenticator { mac }
    }
}

/// An authentication tag being computed over a stream (see
/// [`AuthKey::authenticator`]).
pub struct Authenticator {
    mac: HmacSha256,
}

impl Authenticator {
    pub fn update(&mut self, bytes: &[u8]) {
        self.mac.update(bytes);
    }

    pub fn finish(self) -> [u8; 32] {
        self.mac.finalize().into_bytes().into()
    }

    /// Checks the tag in constant time.
    pub fn verify(self, tag: &[u8]) -> bool {
        self.mac.verify_slice(tag).is_ok()
    }
}

impl fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Authenticator(<redacted>)")
    }
}

/// Keyed digest of a whole input file, so that reveal can recognise the list
/// that was tokenised while the coordinator, who sees the digest, can test no
/// guess about the file.
pub fn input_digest(key: &SubKey, bytes: &[u8]) -> Tag {
    Tagger::new(key).tag(&[bytes])
}

/// Plain SHA-256, for public material only (manifest bodies).
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

pub use croise_scheme::length_prefixed;

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule() -> KeySchedule {
        let secret = CampaignSecret::from_bytes([7u8; 32]);
        KeySchedule::new(&secret, "0123456789abcdef0123456789abcdef")
    }

    #[test]
    fn sub_keys_differ_per_purpose() {
        let ks = schedule();
        let keys = [
            ks.handle_key().0,
            ks.input_digest_key().0,
            ks.auth_key().0.0,
            ks.token_key("keys-v1", "a").0,
            ks.token_key("keys-v1", "b").0,
        ];
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                assert_ne!(keys[i], keys[j]);
            }
        }
    }

    #[test]
    fn campaign_id_salts_the_schedule() {
        let secret = CampaignSecret::from_bytes([7u8; 32]);
        let a = KeySchedule::new(&secret, "aa").fingerprint();
        let b = KeySchedule::new(&secret, "bb").fingerprint();
        assert_ne!(a, b);
    }

    /// croise's own key types wipe their bytes when dropped. (The keyed
    /// HMAC and HKDF states inside the `hmac` 0.13 and `hkdf` crates do not
    /// implement `ZeroizeOnDrop`: SECURITY.md says so.)
    #[test]
    fn key_types_zeroize_on_drop() {
        fn wiped<T: zeroize::ZeroizeOnDrop>() {}
        wiped::<CampaignSecret>();
        wiped::<SubKey>();
        wiped::<zeroize::Zeroizing<[u8; 32]>>();
    }

    #[test]
    fn debug_never_shows_key_material() {
        let secret = CampaignSecret::from_bytes([0xAB; 32]);
        let auth = AuthKey::from_bytes([0xAB; 32]);
        let tagger = Tagger::new(&SubKey::from_bytes([0xAB; 32]));
        let shown = format!(
            "{secret:?} {:?} {auth:?} {tagger:?} {:?}",
            schedule().handle_key(),
            schedule()
        );
        assert!(!shown.to_lowercase().contains("ab"), "{shown}");
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn auth_tags_are_bound_to_the_file_kind() {
        let key = schedule().auth_key();
        let tag = key.sign("croise-tokens", b"body");
        assert!(key.verify("croise-tokens", b"body", &tag));
        assert!(!key.verify("croise-result", b"body", &tag));
        assert!(!key.verify("croise-tokens", b"bodY", &tag));
    }

    /// The tagger's own HMAC is the `hmac` crate's, for every message
    /// length around the block boundaries and any split into parts.
    #[test]
    fn tagger_is_hmac_sha256() {
        for key_byte in [0u8, 0x36, 0xA5, 0xFF] {
            let key = SubKey::from_bytes(std::array::from_fn(|i| key_byte ^ i as u8));
            let tagger = Tagger::new(&key);
            let message: Vec<u8> = (0..300u32).map(|i| (i * 7 + 3) as u8).collect();
            for len in 0..message.len() {
                let m = &message[..len];
                let expected = key.mac_full(m);
                assert_eq!(tagger.mac(&[m]), expected, "length {len}");
                for cut in [0, 1, len / 3, len / 2, len.saturating_sub(1), len] {
                    let (a, b) = m.split_at(cut.min(len));
                    let (b, c) = b.split_at(b.len() / 2);
                    assert_eq!(tagger.mac(&[a, b, c]), expected, "length {len} cut {cut}");
                }
            }
            assert_eq!(tagger.tag(&[b"x"])[..], key.mac_full(b"x")[..TAG_LEN]);
            let other = Tagger::new(&SubKey::from_bytes([key_byte ^ 0x5A; 32]));
            for len in 0..80 {
                let (ma, mb) = (&message[..len], &message[len..len + 60 - len % 7]);
                assert_eq!(
                    Tagger::tag_two(&tagger, ma, &other, mb),
                    (tagger.tag(&[ma]), other.tag(&[mb])),
                    "lengths {len}"
                );
            }
        }
    }

    /// Pinned vector: HMAC-SHA-256 and HKDF from the libraries in use agree
    /// with RFC 4231 test case 2, so a library change cannot silently move tokens.
    #[test]
    fn hmac_matches_rfc4231_case_2() {
        let mut mac = <HmacSha256 as KeyInit>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        let out: [u8; 32] = mac.finalize().into_bytes().into();
        assert_eq!(
            hex::encode(out),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
