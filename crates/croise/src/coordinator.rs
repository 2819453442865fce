//! The coordinator's one operation: from the token files of a campaign to
//! a result file per party and a summary.
//!
//! [`run`] opens every token file (decrypting as a stream, refusing a file of
//! another campaign, key or party), re-keys every token on arrival, accepts
//! the submissions, links them ([`crate::matching`]), and writes the sealed
//! result files and the summary — all or nothing: nothing is written if any
//! input is refused or any output already exists.
//!
//! Never holds the campaign secret, and never logs a handle or a token.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::campaign::{CoordinatorContext, Manifest};
use crate::error::{Error, Result};
use crate::format::ContainerReader;
use crate::format::tokens::{self, TokenFile};
use crate::identity::{self, Identity};
use crate::keys::AuthKey;
use crate::matching::{self, Outcome, Rekey};
use crate::output::{self, Visibility};
use crate::seal::{self, Armor};

/// Whether the coordinator may link a campaign some of whose parties sent
/// no token file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// Every party of the manifest must have sent its file (the default: a
    /// partial run looks complete to the parties otherwise).
    Required,
    /// Link what arrived; every result file and the summary name the
    /// absent parties.
    PartialAllowed,
}

/// Links the token files at `paths` and writes `PARTY.result.age` for every
/// party that submitted, sealed to that party alone, and `summary.toml`, in
/// `out_dir`. `today` is the date written in the summary. Nothing is written
/// if any input is refused, a party is missing while `completeness` requires
/// them all, or any output file already exists.
pub fn run(
    ctx: &CoordinatorContext,
    identity: &Identity,
    paths: &[PathBuf],
    out_dir: &Path,
    completeness: Completeness,
    today: NaiveDate,
    progress: crate::Progress,
) -> Result<Outcome> {
    let rekey = Rekey::fresh()?;
    let mut files = Vec::new();
    for path in paths {
        let mut file = open_token_file(path, identity, &ctx.auth, &ctx.manifest, progress)?;
        progress("re-keying", 0, 0);
        rekey.apply(&mut file);
        files.push((path.clone(), file));
    }
    progress("linking", 0, 0);
    let submissions = matching::accept(&ctx.manifest, files)?;
    let absent = matching::absent_parties(&ctx.manifest, &submissions);
    if !absent.is_empty() && completeness == Completeness::Required {
        return Err(Error::PartialCampaign { absent });
    }
    let (links, model) = matching::link(&submissions);
    let outcome = matching::outcome(&ctx.manifest, &submissions, &links, &model, today);
    let summary_path = out_dir.join("summary.toml");
    let mut planned = vec![summary_path.clone()];
    planned.extend(
        outcome
            .results
            .iter()
            .map(|(party, _)| matching::result_path(out_dir, party)),
    );
    if let Some(existing) = planned.iter().find(|p| p.exists()) {
        return Err(Error::AlreadyExists {
            path: existing.clone(),
        });
    }
    for (party, result) in &outcome.results {
        let recipient = identity::parse_recipient(
            &ctx.manifest.party(party).expect("accepted party").recipient,
        )?;
        let sealed = seal::seal(&recipient, &result.encode(&ctx.auth), Armor::Text)?;
        output::write_file(
            &matching::result_path(out_dir, party),
            &sealed,
            Visibility::Shareable,
            false,
        )?;
    }
    output::write_file(
        &summary_path,
        outcome.summary.to_toml(&ctx.auth).as_bytes(),
        Visibility::Shareable,
        false,
    )?;
    Ok(outcome)
}

/// Reads a token file as the coordinator receives it: decrypts it with
/// `identity` as a stream, refuses a file of another campaign with that
/// message, and decodes it (see `TokenFile::read`). Neither the encrypted
/// nor the decrypted file is ever held whole in memory. `progress` is told
/// of the bytes read (stage `"reading"`).
pub fn open_token_file(
    path: &Path,
    identity: &Identity,
    auth: &AuthKey,
    manifest: &Manifest,
    progress: crate::Progress,
) -> Result<TokenFile> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let counted = CountingReader {
        inner: file,
        read: 0,
        reported: 0,
        total: size,
        progress,
    };
    let input = std::io::BufReader::with_capacity(1 << 20, counted);
    let plain = seal::open_reader(identity, input, path)?;
    let container = ContainerReader::open(plain, &tokens::FILE, auth, path)?;
    if let Some(header) = container.unauthenticated_header() {
        manifest.refuse_other_campaign_header(header, path)?;
        refuse_over_bound_claim(manifest, header, path)?;
    }
    TokenFile::read_sized(container, path, size)
}

/// Refuses, before reading its body, a token file whose header claims more
/// records than its party's bound: the reader reads exactly as many records
/// as the header says (and refuses bytes left over), so this bounds what an
/// outsized file can make the coordinator hold. The claim is read
/// unauthenticated: it only ever refuses; `matching::accept` checks the
/// authenticated header again.
fn refuse_over_bound_claim(manifest: &Manifest, header: &str, path: &Path) -> Result<()> {
    #[derive(serde::Deserialize)]
    struct Claim {
        party: String,
        records: u64,
    }
    let Ok(claim) = toml::from_str::<Claim>(header) else {
        return Ok(());
    };
    match manifest.party(&claim.party) {
        Some(party) if claim.records > party.max_records => Err(Error::OverBound {
            path: path.to_path_buf(),
            party: party.id.clone(),
            records: claim.records,
            max: party.max_records,
        }),
        _ => Ok(()),
    }
}

/// Tells `progress` how many bytes went through, every few megabytes.
struct CountingReader<'a, R> {
    inner: R,
    read: u64,
    reported: u64,
    total: u64,
    progress: crate::Progress<'a>,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read - self.reported >= 1 << 22 || (n == 0 && self.read > self.reported) {
            self.reported = self.read;
            (self.progress)("reading", self.read, self.total.max(self.read));
        }
        Ok(n)
    }
}
