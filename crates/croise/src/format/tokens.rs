//! Token files: what a data holder sends to the coordinator. One per party
//! and campaign, encrypted to the coordinator only. It holds opaque handles
//! and match-key tokens, never a name, a date or a local file number.
//!
//! A national list gives a token file of hundreds of megabytes, so both ends
//! stream it: [`TokenBodyWriter`] writes records as the tokenizer makes them,
//! and [`TokenFile::read`] decodes them as they are decrypted, into flat
//! arrays (17 bytes a token, nothing per token on the heap).

use std::io::{BufRead, Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{ContainerReader, ContainerWriter, seal_container};
use crate::error::{CountsProblem, Error, FileProblem, Result, noun};
use crate::keys::{AuthKey, TAG_LEN, Tag};
use croise_scheme::match_keys::KeyKind;

pub const KIND: &str = "croise-tokens";
/// Format 2: container without a body length (streamed), token count of a
/// record on two bytes. Format 1 files are refused as made by an older
/// version.
pub const FORMAT: u32 = 2;
/// What a reader of this kind of file expects.
pub const FILE: super::FileKind = super::FileKind {
    kind: KIND,
    format: FORMAT,
    noun: noun::TOKEN_FILE,
};

/// The most tokens one record can carry in a token file. The scheme makes
/// a few dozen; a person with absurdly many name forms keeps the first ones.
pub const MAX_TOKENS_PER_RECORD: usize = u16::MAX as usize;

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

/// A record whose tokens are not of the scheme's shape: record `record`
/// (from 1, in handle order) holds `count` tokens of kind `kind`, where the
/// scheme makes 1 to `max`.
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

    /// Checks that every record has the shape the scheme gives a person:
    /// every kind, and no more tokens of a kind than
    /// [`KeyKind::max_per_person`]. Returns the first record that does not,
    /// with its kind and count (counts only, no token).
    pub fn check_shape(&self) -> std::result::Result<(), ShapeProblem> {
        for r in 0..self.records() {
            let mut per_kind = [0usize; KeyKind::ALL.len()];
            for kind in &self.kinds[self.starts[r]..self.starts[r + 1]] {
                per_kind[kind.code() as usize] += 1;
            }
            for kind in KeyKind::ALL {
                let count = per_kind[kind.code() as usize];
                if count == 0 || count > kind.max_per_person() {
                    return Err(ShapeProblem {
                        record: r as u64 + 1,
                        kind: kind.label(),
                        count: count as u64,
                        max: kind.max_per_person() as u64,
                    });
                }
            }
        }
        Ok(())
    }

    /// The whole file, authenticated, in memory.
    pub fn encode(&self, auth: &AuthKey) -> Vec<u8> {
        let mut body =
            Vec::with_capacity(self.records() * (TAG_LEN + 2) + self.token_count() * (TAG_LEN + 1));
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
    // The file's real size bounds its tokens (17 bytes each).
    let tokens_in_size = size.saturating_sub(records as u64 * (TAG_LEN as u64 + 2)) / 17;
    let tokens_reserve = usize::try_from(tokens_in_size).unwrap_or(0);
    file.kinds.reserve(tokens_reserve);
    file.values.reserve(tokens_reserve);
    let truncated = || bad(FileProblem::TruncatedRecords);
    let mut head = [0u8; TAG_LEN + 2];
    let mut tokens = Vec::new();
    for _ in 0..records {
        body.read_exact(&mut head).map_err(|_| truncated())?;
        let (handle, count) = head.split_at(TAG_LEN);
        let handle: Tag = handle.try_into().expect("16 bytes");
        let count = u16::from_be_bytes([count[0], count[1]]) as usize;
        tokens.resize(count * (TAG_LEN + 1), 0);
        body.read_exact(&mut tokens).map_err(|_| truncated())?;
        if file
            .handles
            .last()
            .is_some_and(|last: &Tag| *last >= handle)
        {
            return Err(bad(FileProblem::RecordsOutOfOrder));
        }
        file.handles.push(handle);
        for token in tokens.chunks_exact(TAG_LEN + 1) {
            let kind =
                KeyKind::from_code(token[0]).ok_or_else(|| bad(FileProblem::UnknownKeyKind))?;
            file.kinds.push(kind);
            file.values.push(token[1..].try_into().expect("16 bytes"));
        }
        file.starts.push(file.values.len());
    }
    if !body.fill_buf().map_err(|_| truncated())?.is_empty() {
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

/// Appends one record of the body: handle, token count (u16), then each
/// token as its kind code and its 16 bytes.
pub fn encode_record(out: &mut Vec<u8>, handle: &Tag, tokens: &[(KeyKind, Tag)]) {
    let tokens = &tokens[..tokens.len().min(MAX_TOKENS_PER_RECORD)];
    out.extend_from_slice(handle);
    out.extend_from_slice(&(tokens.len() as u16).to_be_bytes());
    for (kind, value) in tokens {
        out.push(kind.code());
        out.extend_from_slice(value);
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

    fn sample() -> TokenFile {
        let mut file = TokenFile::new(header(3));
        file.push([1; 16], [(KeyKind::NamesDate, [7; 16])]);
        file.push([2; 16], []);
        file.push(
            [3; 16],
            [
                (KeyKind::PhoneticDate, [8; 16]),
                (KeyKind::SurnameTypoDate, [9; 16]),
            ],
        );
        file
    }

    #[test]
    fn encode_decode_round_trip() {
        let auth = AuthKey::from_bytes([4; 32]);
        let file = sample();
        let bytes = file.encode(&auth);
        let decoded = TokenFile::decode(&bytes, &auth, Path::new("t")).unwrap();
        assert_eq!(decoded, file);
        assert_eq!(
            decoded.tokens_of(2).map(|(k, _)| k).collect::<Vec<_>>(),
            [KeyKind::PhoneticDate, KeyKind::SurnameTypoDate]
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
        let mut old = header(0);
        old.format = 1;
        let bytes = TokenFile::new(old).encode(&auth);
        let err = TokenFile::decode(&bytes, &auth, Path::new("t"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("token file format 1 is not supported"),
            "{err}"
        );
        assert!(err.contains("made by an older version"), "{err}");
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
