//! Tokenizing a list on the data holder's workstation: rows become records
//! made of an opaque handle and match-key tokens.
//!
//! Never logs or returns a value from the list: the outcome holds tokens,
//! counts and row numbers only.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::campaign::HolderContext;
use crate::error::Result;
use crate::format::tokens::{self, ListCounts, Token, TokenFile, TokenHeader};
use crate::input::{ListFile, Role};
use crate::keys::{KeySchedule, Tag, Tagger, length_prefixed};
use crate::normalize::age_at;
use crate::records::{Rejection, person_from_row};
use crate::scheme::{KeyKind, Person, SCHEME, match_keys};

/// Turns persons into tokens with the campaign's per-kind keys.
pub struct Tokenizer {
    taggers: Vec<(KeyKind, Tagger)>,
}

impl Tokenizer {
    pub fn new(schedule: &KeySchedule) -> Self {
        let taggers = KeyKind::ALL
            .iter()
            .map(|kind| {
                (
                    *kind,
                    Tagger::new(&schedule.token_key(SCHEME, kind.label())),
                )
            })
            .collect();
        Self { taggers }
    }

    /// The tokens of a person, in the scheme's stable order.
    pub fn tokens(&self, person: &Person) -> Vec<(KeyKind, Tag)> {
        match_keys(person)
            .into_iter()
            .map(|(kind, message)| {
                let tagger = &self
                    .taggers
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .expect("every kind has a key")
                    .1;
                (kind, tagger.tag(&[&message]))
            })
            .collect()
    }
}

/// Derives the handle of the record at `row` (its spreadsheet row number)
/// with local file number `local_id` (empty if the list has none). Reveal
/// recomputes it from the same, unchanged list.
pub fn record_handle(handle_key: &Tagger, party: &str, row: u64, local_id: &str) -> Tag {
    handle_key.tag(&[
        &length_prefixed(party.as_bytes()),
        &length_prefixed(row.to_string().as_bytes()),
        &length_prefixed(local_id.as_bytes()),
    ])
}

/// What tokenizing a list produced.
pub struct Tokenized {
    pub file: TokenFile,
    /// Rejected rows: row number and reason, in row order.
    pub rejected_rows: Vec<(u64, Rejection)>,
}

/// Tokenizes `list` for the data holder of `ctx`.
pub fn tokenize(ctx: &HolderContext, list: &ListFile) -> Result<Tokenized> {
    let manifest = &ctx.manifest;
    let window = manifest.window();
    let mut counts = ListCounts::default();
    let mut rejected_rows = Vec::new();
    let mut kept: Vec<(u64, String, Person)> = Vec::new();
    let mut by_age: BTreeMap<u32, u64> = BTreeMap::new();
    for row in list.rows() {
        let row = row?;
        counts.rows_read += 1;
        match person_from_row(&row, &list.mapping) {
            Err(reason) => {
                *counts.rejected.entry(reason.key().to_string()).or_default() += 1;
                rejected_rows.push((row.row, reason));
            }
            Ok(person) if !window.contains(person.birth_date, manifest.reference_date) => {
                counts.out_of_window += 1;
            }
            Ok(person) => {
                let age = age_at(person.birth_date, manifest.reference_date).expect("in window");
                *by_age.entry(age).or_default() += 1;
                let local_id = row
                    .get(&list.mapping, Role::LocalId)
                    .unwrap_or("")
                    .to_string();
                kept.push((row.row, local_id, person));
            }
        }
    }
    counts.kept = kept.len() as u64;
    counts.kept_by_age = by_age
        .into_iter()
        .map(|(age, n)| (age.to_string(), n))
        .collect();

    let tokenizer = Tokenizer::new(&ctx.schedule);
    let handle_key = Tagger::new(&ctx.schedule.handle_key());
    let party = ctx.party.id.as_str();
    let mut records: Vec<(Tag, Vec<(KeyKind, Tag)>)> = kept
        .par_iter()
        .map(|(row, local_id, person)| {
            (
                record_handle(&handle_key, party, *row, local_id),
                tokenizer.tokens(person),
            )
        })
        .collect();
    drop(kept);
    // Handle order: deterministic, and unrelated to the input order.
    records.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));

    let mut handles = Vec::with_capacity(records.len());
    let mut all_tokens = Vec::with_capacity(records.len() * 6);
    for (record, (handle, tokens)) in records.into_iter().enumerate() {
        handles.push(handle);
        // Token order within a record follows the token values, which carry
        // no meaning: it must not tell which name form or letter position
        // each token was made from.
        let mut tokens = tokens;
        tokens.sort_unstable_by_key(|t| t.1);
        all_tokens.extend(tokens.into_iter().map(|(kind, value)| Token {
            record: record as u32,
            kind,
            value,
        }));
    }
    let header = TokenHeader {
        kind: tokens::KIND.into(),
        format: tokens::FORMAT,
        campaign_id: manifest.campaign_id.to_string(),
        party: party.to_string(),
        key_fingerprint: manifest.key_fingerprint.clone(),
        scheme: SCHEME.into(),
        input_digest: hex::encode(list.digest(&ctx.schedule.input_digest_key())),
        records: handles.len() as u64,
        counts,
    };
    Ok(Tokenized {
        file: TokenFile {
            header,
            handles,
            tokens: all_tokens,
        },
        rejected_rows,
    })
}
