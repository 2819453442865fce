//! Token files: what a data holder sends to the coordinator. One per party
//! and campaign, encrypted to the coordinator only. It holds opaque handles
//! and match-key tokens, never a name, a date or a local file number.
//!
//! A national list gives a token file of hundreds of megabytes, so both ends
//! stream it: [`TokenBodyWriter`] writes records as the tokenizer makes them,
//! and [`TokenFile::read`] decodes them as they are decrypted, into flat
//! arrays (17 bytes a token, nothing per token on the heap).
//!
//! Every record has one fixed shape (scheme `keys-v4`): its handle, then
//! [`KeyKind::per_record`] tokens of each kind, kind after kind, 12 bytes
//! each. The position of a token says its kind, so a record carries neither
//! a count nor a kind byte, and a file of any other shape does not decode.

use std::io::{BufRead, Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{ContainerReader, ContainerWriter, seal_container};
use crate::error::{CountsProblem, Error, FileProblem, Result, noun};
use crate::keys::{AuthKey, TAG_LEN, Tag};
use croise_scheme::match_keys::KeyKind;

pub const KIND: &str = "croise-tokens";
/// Format 4: container without a body length (streamed), records of one
/// fixed shape of 45 tokens, 12 bytes each (scheme `keys-v4`). Files of
/// formats 1 to 3 (format 3: `keys-v3`'s 44 tokens) are refused as made by
/// an older version.
pub const FORMAT: u32 = 4;
/// What a reader of this kind of file expects.
pub const FILE: super::FileKind = super::FileKind {
    kind: KIND,
    format: FORMAT,
    noun: noun::TOKEN_FILE,
};

/// The bytes of a token in a token file: the first 96 bits of its HMAC
/// (ANSSI's floor for a truncated MAC). In memory a token is a [`Tag`]
/// whose last 4 bytes are zero until the coordinator re-keys it.
pub const TOKEN_LEN: usize = 12;

/// The bytes of a record in a token file: its handle and its
/// [`KeyKind::PER_RECORD`] tokens.
pub const RECORD_LEN: usize = TAG_LEN + KeyKind::PER_RECORD * TOKEN_LEN;

/// The kind of the token at each position of a record: kind 0 first.
fn kind_at_positions() -> impl Iterator<Item = KeyKind> {
    KeyKind::ALL
        .into_iter()
        .flat_map(|kind| std::iter::repeat_n(kind, kind.per_record()))
}

pub use crate::records::ListCounts;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenHeader {
    pub kind: String,
    pub format: u32,
    pub campaign_id: String,
    pub party: String,
    pub key_fingerprint: String,
    pub scheme: String,
    /// Keyed digest of the exact input file (hex), echoed back in the result
    /// so that reveal can refuse another file.
    pub input_digest: String,
    pub records: u64,
    pub counts: ListCounts,
}

impl TokenHeader {
    /// Checks that the header's counts agree with each other as
    /// `tokenize` writes them: one record per kept row, the kept rows by age
    /// adding up to the kept rows, and every row read kept, out of the
    /// window or rejected. (The body holding exactly `records` records is
    /// checked as it is read.)
    pub fn check_counts(&self) -> std::result::Result<(), CountsProblem> {
        let c = &self.counts;
        if self.records != c.kept {
            return Err(CountsProblem::RecordsNotKept);
        }
        let by_age = c
            .kept_by_age
            .values()
            .fold(0u64, |sum, n| sum.saturating_add(*n));
        if by_age != c.kept {
            return Err(CountsProblem::AgesNotKept { by_age });
        }
        let accounted = c.kept.saturating_add(c.out_of_window).saturating_add(
            c.rejected
                .values()
                .fold(0u64, |sum, n| sum.saturating_add(*n)),
        );
        if accounted != c.rows_read {
            return Err(CountsProblem::RowsNotRead {
                rows_read: c.rows_read,
                accounted,
            });
        }
        Ok(())
    }

    fn to_toml(&self) -> String {
        toml::to_string(self).expect("header serialises")
    }
}

/// A record whose tokens are not of the scheme's fixed shape: record
/// `record` (from 1, in handle order) holds `count` tokens of kind `kind`
/// where every record holds exactly `max`, or its tokens are not in kind
/// order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeProblem {
    pub record: u64,
    pub kind: &'static str,
    pub count: u64,
    pub max: u64,
}

/// A decoded token file. Records are in handle order, which reveals nothing
/// about the order of the input list. Tokens are stored flat: the tokens of
/// record `r` are `kinds[starts[r]..starts[r + 1]]` and
/// `values[starts[r]..starts[r + 1]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenFile {
    pub header: TokenHeader,
    pub handles: Vec<Tag>,
    /// One more entry than records; the last is the number of tokens.
    pub starts: Vec<usize>,
    pub kinds: Vec<KeyKind>,
    pub values: Vec<Tag>,
}

impl TokenFile {
    /// An empty file with this header, ready for [`TokenFile::push`].
    pub fn new(header: TokenHeader) -> Self {
        TokenFile {
            header,
            handles: Vec::new(),
            starts: vec![0],
            kinds: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Appends a record; records must come in handle order.
    pub fn push(&mut self, handle: Tag, tokens: impl IntoIterator<Item = (KeyKind, Tag)>) {
        self.handles.push(handle);
        for (kind, value) in tokens {
            self.kinds.push(kind);
            self.values.push(value);
        }
        self.starts.push(self.values.len());
    }

    pub fn records(&self) -> usize {
        self.handles.len()
    }

    pub fn token_count(&self) -> usize {
        self.values.len()
    }

    /// The tokens of record `r`.
    pub fn tokens_of(&self, r: usize) -> impl Iterator<Item = (KeyKind, &Tag)> + '_ {
        let range = self.starts[r]..self.starts[r + 1];
        self.kinds[range.clone()]
            .iter()
            .copied()
            .zip(&self.values[range])
    }

    /// Checks that every record has the scheme's fixed shape: exactly
    /// [`KeyKind::per_record`] tokens of each kind, kind after kind. A
    /// decoded file always has it (the format cannot express another); a
    /// file built in memory is checked too. Returns the first record that
    /// does not, with its kind and count (counts only, no token).
    pub fn check_shape(&self) -> std::result::Result<(), ShapeProblem> {
        for r in 0..self.records() {
            let kinds = &self.kinds[self.starts[r]..self.starts[r + 1]];
            if kinds.iter().copied().eq(kind_at_positions()) {
                continue;
            }
            let mut per_kind = [0usize; KeyKind::ALL.len()];
            for kind in kinds {
                per_kind[kind.code() as usize] += 1;
            }
            // Counts right but order wrong: name the first kind out of place.
            let kind = KeyKind::ALL
                .into_iter()
                .find(|k| per_kind[k.code() as usize] != k.per_record())
                .or_else(|| {
                    kinds
                        .iter()
                        .zip(kind_at_positions())
                        .find(|(a, b)| *a != b)
                        .map(|(a, _)| *a)
                })
                .expect("a record of another shape differs somewhere");
            return Err(ShapeProblem {
                record: r as u64 + 1,
                kind: kind.label(),
                count: per_kind[kind.code() as usize] as u64,
                max: kind.per_record() as u64,
            });
        }
        Ok(())
    }

    /// The whole file, authenticated, in memory.
    pub fn encode(&self, auth: &AuthKey) -> Vec<u8> {
        let mut body =
            Vec::with_capacity(self.records() * TAG_LEN + self.token_count() * TOKEN_LEN);
        let mut scratch = Vec::new();
        for r in 0..self.records() {
            scratch.clear();
            scratch.extend(self.tokens_of(r).map(|(kind, value)| (kind, *value)));
            encode_record(&mut body, &self.handles[r], &scratch);
        }
        seal_container(KIND, &self.header.to_toml(), &body, auth)
    }

    /// Decodes a whole token file held in memory.
    pub fn decode(bytes: &[u8], auth: &AuthKey, path: &Path) -> Result<TokenFile> {
        TokenFile::read_sized(
            ContainerReader::open(bytes, &FILE, auth, path)?,
            path,
            bytes.len() as u64,
        )
    }

    /// Decodes a token file as it is read (and decrypted): the header, then
    /// the records straight into the flat arrays. Returned only if the tag
    /// is right (see [`ContainerReader::finish`]).
    pub fn read<R: Read>(container: ContainerReader<'_, R>, path: &Path) -> Result<TokenFile> {
        TokenFile::read_sized(container, path, 0)
    }

    /// [`TokenFile::read`] of a file of about `size` bytes: the arrays are
    /// allocated once at about their final size, instead of growing by
    /// doubling (copies, and twice the memory touched).
    pub fn read_sized<R: Read>(
        container: ContainerReader<'_, R>,
        path: &Path,
        size: u64,
    ) -> Result<TokenFile> {
        container.finish(|header_text, body| decode_body(header_text, body, path, size))
    }
}

fn decode_body(
    header_text: &str,
    body: &mut dyn BufRead,
    path: &Path,
    size: u64,
) -> Result<TokenFile> {
    let bad = |problem: FileProblem| Error::invalid_file(path, problem);
    let header = parse_header(header_text, path)?;
    let records = usize::try_from(header.records).map_err(|_| bad(FileProblem::TooManyRecords))?;
    if records > u32::MAX as usize {
        return Err(bad(FileProblem::RecordCountMismatch));
    }
    let mut file = TokenFile::new(header);
    // Reserve from the header's count only as far as a real file could go,
    // so that a lying header cannot make the reader allocate much.
    let reserve = records.min(1 << 22);
    file.handles.reserve(reserve);
    file.starts.reserve(reserve);
    // The file's real size bounds its records (an unknown size, 0, reserves
    // nothing: the arrays grow as records are read).
    let in_size = usize::try_from(size / RECORD_LEN as u64).unwrap_or(0);
    let tokens_reserve = in_size.min(reserve) * KeyKind::PER_RECORD;
    file.kinds.reserve(tokens_reserve);
    file.values.reserve(tokens_reserve);
    let truncated = || bad(FileProblem::TruncatedRecords);
    let mut record = [0u8; RECORD_LEN];
    for _ in 0..records {
        body.read_exact(&mut record).map_err(|_| truncated())?;
        let (handle, tokens) = record.split_at(TAG_LEN);
        let handle: Tag = handle.try_into().expect("16 bytes");
        if file
            .handles
            .last()
            .is_some_and(|last: &Tag| *last >= handle)
        {
            return Err(bad(FileProblem::RecordsOutOfOrder));
        }
        file.handles.push(handle);
        for (token, kind) in tokens.chunks_exact(TOKEN_LEN).zip(kind_at_positions()) {
            let mut value = [0u8; TAG_LEN];
            value[..TOKEN_LEN].copy_from_slice(token);
            file.kinds.push(kind);
            file.values.push(value);
        }
        file.starts.push(file.values.len());
    }
    // Anything after the last record: more records than the header says,
    // or a record of another shape (a length that is no whole number of
    // records).
    let mut rest = 0u64;
    loop {
        let n = body.fill_buf().map_err(|_| truncated())?.len();
        if n == 0 {
            break;
        }
        body.consume(n);
        rest += n as u64;
    }
    if !rest.is_multiple_of(RECORD_LEN as u64) {
        return Err(bad(FileProblem::RecordShape));
    }
    if rest != 0 {
        return Err(bad(FileProblem::RecordCountMismatch));
    }
    Ok(file)
}

fn parse_header(text: &str, path: &Path) -> Result<TokenHeader> {
    // `kind` and `format` were checked by the container (see
    // [`super::open_container`]) before this.
    toml::from_str(text)
        .map_err(|_| Error::invalid_file(path, FileProblem::MalformedHeaderOf(noun::TOKEN_FILE)))
}

/// Appends one record of the body: the handle, then the first
/// [`TOKEN_LEN`] bytes of each token. The tokens must be of the fixed shape,
/// kind after kind ([`TokenFile::check_shape`]); the kinds are not written,
/// since the position says them, and a reader refuses a file of another
/// shape.
pub fn encode_record(out: &mut Vec<u8>, handle: &Tag, tokens: &[(KeyKind, Tag)]) {
    debug_assert!(tokens.iter().map(|t| t.0).eq(kind_at_positions()));
    out.extend_from_slice(handle);
    for (_, value) in tokens {
        out.extend_from_slice(&value[..TOKEN_LEN]);
    }
}

/// [`encode_record`] of a record given as its token values alone, in the
/// fixed shape's order (the position says the kind), as
/// `Tokenizer::record_into` makes them.
pub fn encode_values(out: &mut Vec<u8>, handle: &Tag, values: &[Tag; KeyKind::PER_RECORD]) {
    out.extend_from_slice(handle);
    for value in values {
        out.extend_from_slice(&value[..TOKEN_LEN]);
    }
}

/// Writes a token file as a stream: the header, then the records in handle
/// order as [`encode_record`] encodes them, then the tag.
pub struct TokenBodyWriter<W: Write> {
    container: ContainerWriter<W>,
}

impl<W: Write> TokenBodyWriter<W> {
    pub fn new(out: W, header: &TokenHeader, auth: &AuthKey) -> std::io::Result<Self> {
        Ok(Self {
            container: ContainerWriter::new(out, KIND, &header.to_toml(), auth)?,
        })
    }

    /// Appends encoded records.
    pub fn write_records(&mut self, encoded: &[u8]) -> std::io::Result<()> {
        self.container.write_body(encoded)
    }

    pub fn finish(self) -> std::io::Result<W> {
        self.container.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(records: u64) -> TokenHeader {
        TokenHeader {
            kind: KIND.into(),
            format: FORMAT,
            campaign_id: "c".into(),
            party: "p".into(),
            key_fingerprint: "f".into(),
            scheme: "s".into(),
            input_digest: "d".into(),
            records,
            counts: ListCounts::default(),
        }
    }

    /// A record of the fixed shape: token `i` of kind `k` is `[seed, k, i, 0…]`.
    fn shaped(seed: u8) -> Vec<(KeyKind, Tag)> {
        KeyKind::ALL
            .into_iter()
            .flat_map(|kind| {
                (0..kind.per_record()).map(move |i| {
                    let mut value = [0u8; TAG_LEN];
                    value[..3].copy_from_slice(&[seed, kind.code(), i as u8]);
                    (kind, value)
                })
            })
            .collect()
    }

    fn sample() -> TokenFile {
        let mut file = TokenFile::new(header(3));
        for seed in 1..=3 {
            file.push([seed; 16], shaped(seed));
        }
        file
    }

    #[test]
    fn encode_decode_round_trip() {
        let auth = AuthKey::from_bytes([4; 32]);
        let file = sample();
        let bytes = file.encode(&auth);
        let decoded = TokenFile::decode(&bytes, &auth, Path::new("t")).unwrap();
        assert_eq!(decoded, file);
        assert_eq!(decoded.check_shape(), Ok(()));
        assert_eq!(
            decoded.tokens_of(2).map(|(k, _)| k).collect::<Vec<_>>(),
            kind_at_positions().collect::<Vec<_>>()
        );
        assert_eq!(RECORD_LEN, 556);
    }

    #[test]
    fn a_body_of_another_shape_is_refused() {
        let auth = AuthKey::from_bytes([4; 32]);
        let bytes = |extra: &[u8], cut: usize| {
            let file = sample();
            let mut body = Vec::new();
            for r in 0..file.records() {
                let tokens: Vec<(KeyKind, Tag)> = file.tokens_of(r).map(|(k, v)| (k, *v)).collect();
                encode_record(&mut body, &file.handles[r], &tokens);
            }
            body.truncate(body.len() - cut);
            body.extend_from_slice(extra);
            seal_container(KIND, &file.header.to_toml(), &body, &auth)
        };
        let refused = |bytes: Vec<u8>| {
            TokenFile::decode(&bytes, &auth, Path::new("t"))
                .unwrap_err()
                .to_string()
        };
        // One token more in the last record.
        let err = refused(bytes(&[0xff; TOKEN_LEN], 0));
        assert!(err.contains("not of the fixed shape"), "{err}");
        // One token fewer.
        let err = refused(bytes(&[], TOKEN_LEN));
        assert!(err.contains("truncated records"), "{err}");
        // A whole record more than the header says.
        let err = refused(bytes(&[0xff; RECORD_LEN], 0));
        assert!(err.contains("record count does not match"), "{err}");
    }

    #[test]
    fn check_shape_names_the_first_kind_out_of_shape() {
        let mut file = TokenFile::new(header(2));
        file.push([1; 16], shaped(1));
        let mut tokens = shaped(2);
        tokens.push((KeyKind::NamesYear, [9; 16]));
        file.push([2; 16], tokens);
        let problem = file.check_shape().unwrap_err();
        assert_eq!(
            (problem.record, problem.kind, problem.count, problem.max),
            (2, KeyKind::NamesYear.label(), 3, 2)
        );
    }

    #[test]
    fn streamed_and_in_memory_encodings_are_identical() {
        let auth = AuthKey::from_bytes([4; 32]);
        let file = sample();
        let mut writer = TokenBodyWriter::new(Vec::new(), &file.header, &auth).unwrap();
        for r in 0..file.records() {
            let tokens: Vec<(KeyKind, Tag)> = file.tokens_of(r).map(|(k, v)| (k, *v)).collect();
            let mut encoded = Vec::new();
            encode_record(&mut encoded, &file.handles[r], &tokens);
            writer.write_records(&encoded).unwrap();
        }
        assert_eq!(writer.finish().unwrap(), file.encode(&auth));
    }

    #[test]
    fn another_format_is_named() {
        let auth = AuthKey::from_bytes([4; 32]);
        // Format 2 is `keys-v2`'s, with records of varying shape; format 3
        // is `keys-v3`'s, of 44 tokens.
        for format in [1, 2, 3] {
            let mut old = header(0);
            old.format = format;
            let bytes = TokenFile::new(old).encode(&auth);
            let err = TokenFile::decode(&bytes, &auth, Path::new("t"))
                .unwrap_err()
                .to_string();
            assert!(
                err.contains(&format!("token file format {format} is not supported")),
                "{err}"
            );
            assert!(err.contains("made by an older version"), "{err}");
        }
    }

    #[test]
    fn a_lying_record_count_is_refused() {
        let auth = AuthKey::from_bytes([4; 32]);
        for records in [2, 4, u64::MAX] {
            let mut file = sample();
            file.header.records = records;
            let bytes = file.encode(&auth);
            assert!(TokenFile::decode(&bytes, &auth, Path::new("t")).is_err());
        }
    }
}
