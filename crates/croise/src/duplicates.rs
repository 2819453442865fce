//! Rows of a holder's own list that look like one young person written
//! more than once (a second registration, two measures, two exports
//! merged): what the coordinator will take as one youth.
//!
//! Why it exists: the holder sees its own list, so it may be told which of
//! its rows look alike before it sends anything. The rule is not restated
//! here: the rows' match keys are hashed under a key drawn for this run
//! only and go through the coordinator's own join and rule
//! ([`matching::same_youths`]), so that what `check` and `tokenize` report
//! is what `match` will count.
//!
//! Returns row numbers only; never a name, a date or any value of a row.

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::format::tokens::{ListCounts, TokenFile, TokenHeader};
use crate::input::ListFile;
use crate::keys::{CampaignSecret, KeySchedule, TAG_LEN};
use crate::matching::{same_youths, tells_same_youth};
use crate::records::person_from_row;
use crate::tokenize::Tokenizer;
use croise_scheme::match_keys::Person;

/// Groups of rows (spreadsheet row numbers, each group in increasing order,
/// groups ordered by their first row) that the coordinator's rule takes as
/// one young person, among the rows that read as a person and that `keep`
/// accepts (e.g. those in the campaign's age window).
pub fn rows_of_one_youth(list: &ListFile, keep: impl Fn(&Person) -> bool) -> Result<Vec<Vec<u64>>> {
    let mut people: Vec<(u64, Person)> = Vec::new();
    for row in list.rows() {
        let row = row?;
        if let Ok(person) = person_from_row(&row, &list.mapping)
            && keep(&person)
        {
            people.push((row.row, person));
        }
    }
    // A key of this run only: tokens are compared for equality, nothing
    // else, and never leave memory.
    let secret = CampaignSecret::generate().map_err(|e| Error::NoRandomness(e.to_string()))?;
    let tokenizer = Tokenizer::new(&KeySchedule::new(&secret, "same-youths"));
    let tokens: Vec<Vec<_>> = people
        .par_iter()
        .map(|(_, person)| {
            tokenizer
                .tokens(person)
                .into_iter()
                .filter(|(kind, _)| tells_same_youth(*kind))
                .collect()
        })
        .collect();
    let mut file = TokenFile::new(TokenHeader {
        kind: String::new(),
        format: 0,
        campaign_id: String::new(),
        party: String::new(),
        key_fingerprint: String::new(),
        scheme: String::new(),
        input_digest: String::new(),
        records: people.len() as u64,
        counts: ListCounts::default(),
    });
    for (i, record) in tokens.into_iter().enumerate() {
        let mut handle = [0u8; TAG_LEN];
        handle[TAG_LEN - 8..].copy_from_slice(&(i as u64).to_be_bytes());
        file.push(handle, record);
    }
    Ok(same_youths(file)
        .into_iter()
        .map(|group| group.into_iter().map(|r| people[r as usize].0).collect())
        .collect())
}
