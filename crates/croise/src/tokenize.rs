//! Tokenizing a list on the data holder's workstation: rows become records
//! made of an opaque handle and match-key tokens.
//!
//! Never logs or returns a value from the list: the outcome holds tokens,
//! counts and row numbers only.
//!
//! A national list has a million rows and each record 44 tokens, so
//! the work is organised to stream and to use every core (see
//! `README.md`, "Performance"):
//!
//! 1. the rows are read in order on the calling thread and checked in
//!    parallel, chunk by chunk; each kept person is packed into a few dozen
//!    bytes beside its handle;
//! 2. the kept records are sorted by handle (the order of the token file);
//! 3. the tokens are computed in parallel, chunk by chunk in handle order,
//!    and each encoded chunk is written as soon as its turn comes, so the
//!    token file is never held in memory.
//!
//! Every parallel step keeps order ([`crate::parallel`]): the token file is
//! byte-for-byte the same whatever the number of threads.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

use crate::Progress;
use crate::campaign::HolderContext;
use crate::error::{Error, Result};
use crate::format::tokens::{
    self, ListCounts, TokenBodyWriter, TokenFile, TokenHeader, encode_values,
};
use crate::input::{ListFile, Role};
use crate::keys::{KeySchedule, Tag, Tagger};
use crate::parallel::{default_window, ordered_map};
use crate::records::{Rejection, person_from_row};
use croise_scheme::match_keys::{KeyKind, Messages, Person, SCHEME, match_keys, match_keys_into};
use croise_scheme::normalize::{Sex, age_at};

/// Turns persons into tokens with the campaign's per-kind keys, and into
/// records of the scheme's fixed shape with the padding key.
pub struct Tokenizer {
    /// One keyed state per kind, indexed by the kind's code.
    taggers: Vec<Tagger>,
    /// The keyed state of padding tokens.
    padding: Tagger,
}

impl Tokenizer {
    pub fn new(schedule: &KeySchedule) -> Self {
        let taggers = KeyKind::ALL
            .iter()
            .enumerate()
            .map(|(code, kind)| {
                debug_assert_eq!(code, kind.code() as usize);
                Tagger::new(&schedule.token_key(SCHEME, kind.label()))
            })
            .collect();
        Self {
            taggers,
            padding: Tagger::new(&schedule.padding_key(SCHEME)),
        }
    }

    /// The tokens of a person's messages, in the scheme's stable order,
    /// without padding.
    pub fn tokens(&self, person: &Person) -> Vec<(KeyKind, Tag)> {
        let keys = match_keys(person);
        let jobs: Vec<(&Tagger, &[u8])> = keys
            .iter()
            .map(|(kind, message)| (&self.taggers[kind.code() as usize], &message[..]))
            .collect();
        let mut values = vec![Tag::default(); jobs.len()];
        tag_all(&jobs, &mut values);
        keys.iter().map(|(kind, _)| *kind).zip(values).collect()
    }

    /// The record of a person with handle `handle`: exactly
    /// [`KeyKind::per_record`] tokens of each kind, kind after kind, and
    /// within a kind in the order of their values. A kind with fewer
    /// messages is filled with padding tokens: the first
    /// [`tokens::TOKEN_LEN`] bytes of HMAC-SHA-256 under the padding key of
    /// `handle || kind code || padding index` (docs/scheme.md, "The fixed
    /// shape"). Handles differ between records, so padding tokens differ
    /// too, and never meet a token of any record.
    pub fn record(&self, person: &Person, handle: &Tag) -> Vec<(KeyKind, Tag)> {
        let mut values = [Tag::default(); KeyKind::PER_RECORD];
        self.record_into(person, handle, &mut Messages::default(), &mut values);
        let kinds = KeyKind::ALL
            .into_iter()
            .flat_map(|kind| std::iter::repeat_n(kind, kind.per_record()));
        kinds.zip(values).collect()
    }

    /// [`Tokenizer::record`] without allocating, for the million records of
    /// a list: the token values in the record's order into `values` (a
    /// position says the kind), with `messages` as scratch space reused
    /// from record to record.
    pub fn record_into(
        &self,
        person: &Person,
        handle: &Tag,
        messages: &mut Messages,
        values: &mut [Tag; KeyKind::PER_RECORD],
    ) {
        match_keys_into(person, messages);
        // Each kind owns a run of positions; its real messages come first
        // (`match_keys` never makes more than the kind's share), padding
        // fills the rest.
        let mut pads = [[0u8; 18]; KeyKind::PER_RECORD];
        for (kind, start) in KeyKind::ALL.into_iter().zip(KIND_STARTS) {
            let real = messages.count(kind);
            for index in real..kind.per_record() {
                let message = &mut pads[start + index];
                message[..16].copy_from_slice(handle);
                message[16] = kind.code();
                message[17] = (index - real) as u8;
            }
        }
        let mut jobs: [(&Tagger, &[u8]); KeyKind::PER_RECORD] =
            std::array::from_fn(|at| (&self.padding, &pads[at][..]));
        let mut next = KIND_STARTS;
        for (kind, message) in messages.iter() {
            let at = &mut next[kind.code() as usize];
            jobs[*at] = (&self.taggers[kind.code() as usize], message);
            *at += 1;
        }
        tag_all(&jobs, values);
        // Within a kind, the order of the values, which carry no meaning:
        // a token's position must not tell which name form, letter or digit
        // it was made from, nor whether it is padding. (Big-endian numbers
        // order as the bytes do, and compare faster.)
        for (kind, start) in KeyKind::ALL.into_iter().zip(KIND_STARTS) {
            values[start..start + kind.per_record()]
                .sort_unstable_by_key(|value| u128::from_be_bytes(*value));
        }
    }
}

/// Where each kind's run of tokens starts in a record, indexed by the
/// kind's code: the kinds in order, each [`KeyKind::per_record`] long.
const KIND_STARTS: [usize; KeyKind::ALL.len()] = {
    let mut starts = [0; KeyKind::ALL.len()];
    let mut code = 1;
    while code < KeyKind::ALL.len() {
        starts[code] = starts[code - 1] + KeyKind::ALL[code - 1].per_record();
        code += 1;
    }
    starts
};

/// The tokens of `(key, message)` jobs into `out`, in order: each the
/// first [`tokens::TOKEN_LEN`] bytes of the HMAC (the rest of the [`Tag`]
/// zero).
fn tag_all(jobs: &[(&Tagger, &[u8])], out: &mut [Tag]) {
    let cut = |mut tag: Tag| {
        tag[tokens::TOKEN_LEN..].fill(0);
        tag
    };
    // Two at a time: see `Tagger::tag_two`.
    let mut pairs = jobs.chunks_exact(2);
    let mut slots = out.chunks_exact_mut(2);
    for (pair, slot) in (&mut pairs).zip(&mut slots) {
        let [(key_a, a), (key_b, b)] = pair else {
            unreachable!("pairs")
        };
        let (tag_a, tag_b) = Tagger::tag_two(key_a, a, key_b, b);
        slot[0] = cut(tag_a);
        slot[1] = cut(tag_b);
    }
    for ((key, message), slot) in pairs.remainder().iter().zip(slots.into_remainder()) {
        *slot = cut(key.tag(&[message]));
    }
}

/// Derives the handle of the record at `row` (its spreadsheet row number)
/// with local file number `local_id` (empty if the list has none). Reveal
/// recomputes it from the same, unchanged list.
pub fn record_handle(handle_key: &Tagger, party: &str, row: u64, local_id: &str) -> Tag {
    // The `length_prefixed` encoding of the three fields, given to the HMAC
    // as parts rather than built: every kept row takes a handle.
    let mut digits = [0u8; 20];
    let row = decimal(row, &mut digits);
    let length = |field: &[u8]| (field.len() as u32).to_be_bytes();
    handle_key.tag(&[
        &length(party.as_bytes()),
        party.as_bytes(),
        &length(row),
        row,
        &length(local_id.as_bytes()),
        local_id.as_bytes(),
    ])
}

/// `n` in decimal, as `n.to_string()` writes it, in the end of `buffer`.
fn decimal(mut n: u64, buffer: &mut [u8; 20]) -> &[u8] {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buffer[start..];
        }
    }
}

/// What tokenizing a list into memory produced (see [`tokenize`]).
pub struct Tokenized {
    pub file: TokenFile,
    /// Rejected rows: row number and reason, in row order.
    pub rejected_rows: Vec<(u64, Rejection)>,
}

/// What tokenizing a list into a stream produced (see [`tokenize_to`]).
pub struct TokenizeReport {
    pub header: TokenHeader,
    /// Rejected rows: row number and reason, in row order.
    pub rejected_rows: Vec<(u64, Rejection)>,
    /// Tokens written, all records together.
    pub tokens: u64,
}

/// What tokenizing does when more than [`records::MAX_LOST_PERCENT`] of
/// the rows are rejected (see [`records::too_many_lost`]).
///
/// [`records::MAX_LOST_PERCENT`]: crate::records::MAX_LOST_PERCENT
/// [`records::too_many_lost`]: crate::records::too_many_lost
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Losses {
    /// Refuse with [`Error::TooManyLost`], before any token is made.
    #[default]
    Refuse,
    /// Leave the rejected rows out, as the holder decided.
    Accept,
}

pub use crate::records::LostRows;

/// Progress stage names passed to the [`Progress`] callback.
pub const STAGE_READING: &str = "reading";
pub const STAGE_TOKENIZING: &str = "tokenizing";

/// Rows checked per parallel work item.
const ROW_CHUNK: usize = 2048;
/// Records tokenized per parallel work item.
const RECORD_CHUNK: usize = 512;

/// Tokenizes `list` for the data holder of `ctx` into memory, whatever the
/// rows lost (the caller sees them in `rejected_rows`). For lists of any
/// size prefer [`tokenize_to`], which streams.
pub fn tokenize(ctx: &HolderContext, list: &ListFile) -> Result<Tokenized> {
    let mut bytes = Vec::new();
    let report = tokenize_to(ctx, list, &mut bytes, Losses::Accept, &|_, _, _| {})?;
    let file = TokenFile::decode(&bytes, &ctx.auth, &list.path)?;
    Ok(Tokenized {
        file,
        rejected_rows: report.rejected_rows,
    })
}

/// The data holder's operation: tokenizes `list` into the token file `out`,
/// sealed to the coordinator named in the manifest, written atomically (a
/// refused list leaves no file). Returns what was kept and rejected.
pub fn to_file(
    ctx: &HolderContext,
    list: &ListFile,
    out: &std::path::Path,
    losses: Losses,
    progress: Progress,
) -> Result<TokenizeReport> {
    let coordinator = crate::identity::parse_recipient(&ctx.manifest.coordinator.recipient)?;
    let mut report = None;
    crate::output::write_streamed(out, crate::output::Visibility::Shareable, false, |file| {
        let mut sealed = crate::seal::seal_writer(&coordinator, file, crate::seal::Armor::Binary)?;
        report = Some(tokenize_to(ctx, list, &mut sealed, losses, progress)?);
        sealed.finish()?;
        Ok(())
    })?;
    Ok(report.expect("written"))
}

/// Tokenizes `list` for the data holder of `ctx` and writes the token file
/// (the authenticated container, not yet encrypted) to `out` as a stream.
/// `progress` is told of the rows read, then of the records tokenized.
/// With [`Losses::Refuse`], a list that loses too many rows is refused
/// after reading, before anything is written; so is a list that keeps more
/// records than the party's bound in the manifest.
pub fn tokenize_to(
    ctx: &HolderContext,
    list: &ListFile,
    out: &mut dyn Write,
    losses: Losses,
    progress: Progress,
) -> Result<TokenizeReport> {
    let kept = read_list(ctx, list, progress)?;
    if losses == Losses::Refuse
        && crate::records::too_many_lost(kept.rejected_rows.len() as u64, kept.counts.rows_read)
    {
        return Err(Error::TooManyLost {
            path: list.path.clone(),
            lost: Box::new(LostRows {
                counts: kept.counts,
                rejected_rows: kept.rejected_rows,
            }),
        });
    }
    // The coordinator would refuse the file: say so here, where the list
    // can still be looked at, rather than after sending it.
    if kept.records.len() as u64 > ctx.party.max_records {
        return Err(Error::ListOverBound {
            path: list.path.clone(),
            party: ctx.party.id.clone(),
            records: kept.records.len() as u64,
            max: ctx.party.max_records,
        });
    }
    let manifest = &ctx.manifest;
    let header = TokenHeader {
        kind: tokens::KIND.into(),
        format: tokens::FORMAT,
        campaign_id: manifest.campaign_id.to_string(),
        party: ctx.party.id.clone(),
        key_fingerprint: manifest.key_fingerprint.clone(),
        scheme: SCHEME.into(),
        input_digest: hex::encode(list.digest(&ctx.schedule.input_digest_key())),
        records: kept.records.len() as u64,
        counts: kept.counts,
    };
    let write_error = |e: std::io::Error| Error::io(&list.path, e);
    let mut writer = TokenBodyWriter::new(out, &header, &ctx.auth).map_err(write_error)?;
    let tokenizer = Tokenizer::new(&ctx.schedule);
    let total = kept.records.len() as u64;
    let mut done = 0u64;
    let mut tokens = 0u64;
    progress(STAGE_TOKENIZING, 0, total);
    ordered_map(
        kept.records.chunks(RECORD_CHUNK),
        default_window(),
        |records| {
            let mut encoded = Vec::with_capacity(records.len() * tokens::RECORD_LEN);
            let mut count = 0u64;
            let mut messages = Messages::default();
            let mut values = [Tag::default(); KeyKind::PER_RECORD];
            let mut person = empty_person();
            for record in records {
                let packed = &kept.arenas[record.chunk as usize][record.offset as usize..];
                unpack_into(packed, &mut person);
                tokenizer.record_into(&person, &record.handle, &mut messages, &mut values);
                count += values.len() as u64;
                encode_values(&mut encoded, &record.handle, &values);
            }
            (encoded, records.len() as u64, count)
        },
        |(encoded, records, count)| {
            writer.write_records(&encoded).map_err(write_error)?;
            done += records;
            tokens += count;
            progress(STAGE_TOKENIZING, done, total);
            Ok::<_, Error>(())
        },
    )?;
    writer.finish().map_err(write_error)?;
    Ok(TokenizeReport {
        header,
        rejected_rows: kept.rejected_rows,
        tokens,
    })
}

/// A kept record waiting for its tokens: its handle and where its packed
/// person is.
struct Kept {
    handle: Tag,
    chunk: u32,
    offset: u32,
}

/// The kept records of a list, in handle order, with the counts.
struct KeptRecords {
    counts: ListCounts,
    rejected_rows: Vec<(u64, Rejection)>,
    records: Vec<Kept>,
    /// Packed persons, one buffer per chunk of rows.
    arenas: Vec<Vec<u8>>,
}

/// What one chunk of rows gave.
#[derive(Default)]
struct CheckedChunk {
    rows: u64,
    rejected: Vec<(u64, Rejection)>,
    out_of_window: u64,
    by_age: BTreeMap<u32, u64>,
    kept: Vec<(Tag, u32)>,
    arena: Vec<u8>,
}

/// Steps 1 and 2: reads and checks every row, keeps the persons in the age
/// window with their handles, and sorts them by handle.
fn read_list(ctx: &HolderContext, list: &ListFile, progress: Progress) -> Result<KeptRecords> {
    let manifest = &ctx.manifest;
    let window = manifest.window();
    let reference = manifest.reference_date;
    let handle_key = Tagger::new(&ctx.schedule.handle_key());
    let party = ctx.party.id.as_str();
    let mapping = &list.mapping;

    let mut read_error = None;
    let chunks = crate::parallel::chunks_until_error(list.rows(), ROW_CHUNK, &mut read_error);

    let mut kept = KeptRecords {
        counts: ListCounts::default(),
        rejected_rows: Vec::new(),
        records: Vec::new(),
        arenas: Vec::new(),
    };
    let mut by_age: BTreeMap<u32, u64> = BTreeMap::new();
    progress(STAGE_READING, 0, 0);
    ordered_map(
        chunks,
        default_window(),
        |chunk| {
            let mut out = CheckedChunk {
                rows: chunk.len() as u64,
                ..CheckedChunk::default()
            };
            for row in &chunk {
                match person_from_row(row, mapping) {
                    Err(reason) => out.rejected.push((row.row, reason)),
                    Ok(person) if !window.contains(person.birth_date, reference) => {
                        out.out_of_window += 1;
                    }
                    Ok(person) => {
                        let age = age_at(person.birth_date, reference).expect("in window");
                        *out.by_age.entry(age).or_default() += 1;
                        let local_id = row.get(mapping, Role::LocalId).unwrap_or("");
                        let handle = record_handle(&handle_key, party, row.row, local_id);
                        out.kept.push((handle, out.arena.len() as u32));
                        pack(&person, &mut out.arena);
                    }
                }
            }
            out
        },
        |chunk| {
            let c = &mut kept.counts;
            c.rows_read += chunk.rows;
            c.out_of_window += chunk.out_of_window;
            for (_, reason) in &chunk.rejected {
                *c.rejected.entry(reason.key().to_string()).or_default() += 1;
            }
            kept.rejected_rows.extend(chunk.rejected);
            for (age, n) in chunk.by_age {
                *by_age.entry(age).or_default() += n;
            }
            let index = u32::try_from(kept.arenas.len()).expect("fewer than 2^32 chunks");
            kept.records
                .extend(chunk.kept.into_iter().map(|(handle, offset)| Kept {
                    handle,
                    chunk: index,
                    offset,
                }));
            kept.arenas.push(chunk.arena);
            progress(STAGE_READING, c.rows_read, 0);
            Ok::<_, Error>(())
        },
    )?;
    if let Some(e) = read_error {
        return Err(e.into());
    }
    kept.counts.kept = kept.records.len() as u64;
    kept.counts.kept_by_age = by_age
        .into_iter()
        .map(|(age, n)| (age.to_string(), n))
        .collect();
    // Handle order: deterministic, and unrelated to the input order.
    kept.records
        .par_sort_unstable_by(|a, b| a.handle.cmp(&b.handle));
    Ok(kept)
}

/// Packs a person into `out` (a few dozen bytes instead of half a dozen heap
/// allocations): date, sex, then each list of names as a count and
/// length-prefixed strings.
fn pack(person: &Person, out: &mut Vec<u8>) {
    out.extend_from_slice(&person.birth_date.num_days_from_ce().to_le_bytes());
    out.push(match person.sex {
        None => 0,
        Some(Sex::Male) => 1,
        Some(Sex::Female) => 2,
    });
    for names in [&person.surnames, &person.given_names] {
        out.extend_from_slice(&(names.len() as u32).to_le_bytes());
        for name in names {
            out.extend_from_slice(&(name.len() as u32).to_le_bytes());
            out.extend_from_slice(name.as_bytes());
        }
    }
}

/// A person to unpack into.
fn empty_person() -> Person {
    Person {
        surnames: Vec::new(),
        given_names: Vec::new(),
        birth_date: NaiveDate::MIN,
        sex: None,
    }
}

/// The person [`pack`] packed at the start of `bytes`, into `person`, whose
/// vectors and strings are reused: the tokenizer unpacks a million persons,
/// one after the other on each thread.
fn unpack_into(bytes: &[u8], person: &mut Person) {
    let mut at = 0usize;
    let mut take = |n: usize| {
        let part = &bytes[at..at + n];
        at += n;
        part
    };
    let days = i32::from_le_bytes(take(4).try_into().expect("4 bytes"));
    person.birth_date = NaiveDate::from_num_days_from_ce_opt(days).expect("packed from a date");
    person.sex = match take(1)[0] {
        1 => Some(Sex::Male),
        2 => Some(Sex::Female),
        _ => None,
    };
    for names in [&mut person.surnames, &mut person.given_names] {
        let count = u32::from_le_bytes(take(4).try_into().expect("4 bytes")) as usize;
        names.truncate(count);
        names.resize_with(count, String::new);
        for name in names.iter_mut() {
            let len = u32::from_le_bytes(take(4).try_into().expect("4 bytes")) as usize;
            name.clear();
            name.push_str(std::str::from_utf8(take(len)).expect("packed from a string"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::tokens::encode_record;
    use crate::keys::length_prefixed;

    #[test]
    fn handles_are_the_hmac_of_the_length_prefixed_fields() {
        let key = Tagger::new(&crate::keys::SubKey::from_bytes([3; 32]));
        for row in [0, 7, 10, 99, 1_000_000, u64::MAX] {
            assert_eq!(decimal(row, &mut [0; 20]), row.to_string().as_bytes());
            let expected = key.tag(&[
                &length_prefixed(b"ml-nancy"),
                &length_prefixed(row.to_string().as_bytes()),
                &length_prefixed(b"A-123"),
            ]);
            assert_eq!(record_handle(&key, "ml-nancy", row, "A-123"), expected);
        }
    }

    #[test]
    fn pack_unpack_round_trip() {
        let person = Person {
            surnames: vec!["DUPONT MARTIN".into(), "LEROY".into()],
            given_names: vec!["JEAN BAPTISTE".into(), "LOUIS".into(), String::new()],
            birth_date: NaiveDate::from_ymd_opt(2009, 3, 5).unwrap(),
            sex: Some(Sex::Female),
        };
        let mut arena = b"xx".to_vec();
        pack(&person, &mut arena);
        let mut unpacked = empty_person();
        unpack_into(&arena[2..], &mut unpacked);
        assert_eq!(unpacked, person);
        // Into a person that held more names, and longer ones.
        let mut other = Person {
            surnames: vec!["ABCDEFGHIJKLMNOP".into(); 3],
            given_names: vec!["X".into(); 5],
            ..person.clone()
        };
        unpack_into(&arena[2..], &mut other);
        assert_eq!(other, person);
    }

    fn someone(surname: &str, given: &str) -> Person {
        Person {
            surnames: vec![surname.into()],
            given_names: vec![given.into()],
            birth_date: NaiveDate::from_ymd_opt(2009, 3, 5).unwrap(),
            sex: None,
        }
    }

    /// The records of 5,000 generated persons under generated handles,
    /// pinned (SHA-256 of the encoded records) from the implementation
    /// `keys-v4` was released with: a rewrite for speed must give exactly
    /// the same bytes.
    #[test]
    fn pinned_records_of_generated_people() {
        const WORDS: &[&str] = &[
            "MARTIN",
            "LE",
            "GALL",
            "DUPONT",
            "EPOUSE",
            "LI",
            "AL",
            "MOHAMED",
            "JEAN BAPTISTE",
            "NGUYEN",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "INES",
            "O",
            "LEFEBVRE",
            "DE LA FONTAINE",
        ];
        let schedule = KeySchedule::new(
            &crate::keys::CampaignSecret::from_bytes([7; 32]),
            crate::campaign::CampaignId::new("00112233445566778899aabbccddeeff"),
        );
        let tokenizer = Tokenizer::new(&schedule);
        let handles = Tagger::new(&schedule.handle_key());
        let mut encoded = Vec::new();
        for i in 0..5_000usize {
            let word = |k: usize| WORDS[(i * 7 + k * 13 + i / 15) % WORDS.len()].to_string();
            let person = Person {
                surnames: (0..1 + i % 2).map(word).collect(),
                given_names: (2..3 + i % 4).map(word).collect(),
                birth_date: NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
                    + chrono::Days::new((i * 37 % 5000) as u64),
                sex: None,
            };
            let handle = record_handle(&handles, "ml", i as u64, "");
            encode_record(&mut encoded, &handle, &tokenizer.record(&person, &handle));
        }
        assert_eq!(
            hex::encode(crate::keys::sha256(&encoded)),
            "0f4cfbde80e12e887839595cbefa569b3c9cfbe058f47097b2861c05d4ba849d"
        );
    }

    /// Every record has the same shape, whoever the person; the padding
    /// differs from record to record, so two records of one person meet on
    /// their real tokens only, and records of other people on none.
    #[test]
    fn records_have_one_shape_and_padding_never_meets() {
        let schedule = KeySchedule::new(
            &crate::keys::CampaignSecret::from_bytes([9; 32]),
            crate::campaign::CampaignId::new("00112233445566778899aabbccddeeff"),
        );
        let tokenizer = Tokenizer::new(&schedule);
        let people = [
            someone("LI", "AL"),
            someone("KOWALSKI", "PIOTR"),
            someone("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "JEAN BAPTISTE"),
        ];
        let shape: Vec<KeyKind> = KeyKind::ALL
            .iter()
            .flat_map(|k| std::iter::repeat_n(*k, k.per_record()))
            .collect();
        let mut all = Vec::new();
        for (i, person) in people.iter().enumerate() {
            for copy in 0..2u8 {
                let record = tokenizer.record(person, &[i as u8 * 2 + copy; 16]);
                assert_eq!(record.iter().map(|t| t.0).collect::<Vec<_>>(), shape);
                assert!(record.iter().all(|(_, v)| v[tokens::TOKEN_LEN..] == [0; 4]));
                all.push((i, record));
            }
        }
        for (a, (pa, ra)) in all.iter().enumerate() {
            for (pb, rb) in &all[a + 1..] {
                let shared = ra.iter().filter(|t| rb.contains(t)).count();
                let expected = if pa == pb {
                    tokenizer.tokens(&people[*pa]).len()
                } else {
                    0
                };
                assert_eq!(shared, expected);
            }
        }
    }
}
