//! Campaigns: the public manifest every participant holds, and the campaign
//! key file each data holder receives.
//!
//! The manifest (`campaign.toml`) is public and names the campaign, its
//! reference date and age window, the match-key scheme, the parties with
//! their side and age recipient, and the coordinator. It carries a one-way
//! key fingerprint and an authentication tag (HMAC-SHA-256 under the
//! campaign's authentication key) over all of its fields, so a changed
//! manifest is refused by data holders (who derive the key) and by the
//! coordinator (who receives only that authentication key, sealed to it in
//! the manifest itself).
//!
//! The campaign secret is never written in clear: each data holder gets it
//! in a key file encrypted to that party alone.
//!
//! Every key holder can compute the manifest's tag, so the tag alone cannot
//! stop one of them from re-signing an edited manifest. What the organiser
//! issued is therefore also pinned where only the organiser wrote it: each
//! key file, and the coordinator's sealed key, carry the [`ManifestDigest`]
//! of the manifest they were issued with, and opening a campaign refuses a
//! manifest whose digest differs.
//!
//! This module never prints, and never puts key material in an error, a
//! `Debug` output or a `String` that outlives the call that needs it.

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, FieldProblem, FileProblem, ManifestField, PlanProblem, Result, noun};
use crate::format;
use crate::identity::{self, Identity, Recipient};
use crate::keys::{AuthKey, CampaignSecret, KeyFingerprint, KeySchedule, length_prefixed, sha256};
use crate::output::{self, Visibility};
use crate::seal::{self, Armor};
use croise_scheme::match_keys::SCHEME;
use croise_scheme::normalize::AgeWindow;

pub const MANIFEST_KIND: &str = "croise-campaign";
/// Format 2: every party carries `max_records`, its bound on submission
/// size, which the tag and the digest cover. Format 1 manifests are refused
/// as made by an older version.
pub const MANIFEST_FORMAT: u32 = 2;

/// The bound a party gets when the organiser states none: a département
/// campaign's Mission Locale list is hundreds to a few thousand rows, a
/// STEMO's a few hundred (`/work/shared/domain.md`); 5,000 leaves room for
/// the largest without letting a dictionary of names in.
pub const DEFAULT_MAX_RECORDS: u64 = 5_000;

/// The largest bound a manifest may state: ten times a national Mission
/// Locale list (about a million). Anything above is a typing mistake or a
/// forgery.
pub const MAX_RECORDS_LIMIT: u64 = 10_000_000;
pub const KEY_FILE_KIND: &str = "croise-campaign-key";
/// Format 2 binds the key file to the manifest it was issued with
/// (`manifest_digest`). Format 1 did not, and is refused.
pub const KEY_FILE_FORMAT: u32 = 2;
pub const AUTH_KEY_KIND: &str = "croise-coordinator-auth-key";
/// Format 2 binds the sealed key to the manifest it was issued with.
pub const AUTH_KEY_FORMAT: u32 = 2;

/// A campaign's random identifier (128 bits, hex).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CampaignId(String);

impl CampaignId {
    pub fn new(id: &str) -> Self {
        Self(id.to_string())
    }

    pub fn generate() -> Result<Self> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| Error::NoRandomness(e.to_string()))?;
        Ok(Self(hex::encode(bytes)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for CampaignId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for CampaignId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// SHA-256 of what the organiser decided in a manifest: every field except
/// `mac` and the coordinator's sealed key (see [`Manifest::content_bytes`]).
/// Public: people compare it by phone, and key files carry it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ManifestDigest(pub [u8; 32]);

impl ManifestDigest {
    /// The first 128 bits in groups of four hex digits, to read out by phone.
    pub fn grouped(&self) -> String {
        let hex = hex::encode(&self.0[..16]);
        hex.as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).expect("hex is ASCII"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Display for ManifestDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for ManifestDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ManifestDigest({self})")
    }
}

impl std::str::FromStr for ManifestDigest {
    type Err = ();
    fn from_str(s: &str) -> std::result::Result<Self, ()> {
        let mut out = [0u8; 32];
        hex::decode_to_slice(s, &mut out).map_err(|_| ())?;
        Ok(Self(out))
    }
}

/// Which side of the crossing a party is on. Links are only ever made
/// between the two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// A STEMO / STEMOI of the PJJ.
    Justice,
    /// A Mission Locale.
    MissionLocale,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Justice => "justice",
            Side::MissionLocale => "mission-locale",
        }
    }
}

impl std::str::FromStr for Side {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "justice" | "pjj" | "stemo" | "stemoi" => Ok(Side::Justice),
            "mission-locale" | "missionlocale" | "ml" => Ok(Side::MissionLocale),
            _ => Err(Error::UnknownSide {
                side: s.to_string(),
            }),
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A data-holding organisation taking part in a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Short identifier (`stemo-nancy`), lower-case letters, digits and hyphens.
    pub id: String,
    /// Name shown to people (`STEMO de Nancy`).
    pub name: String,
    pub side: Side,
    /// The party's age public recipient.
    pub recipient: String,
    /// The most records its token file may hold: `match` refuses a larger
    /// submission, so that a key holder cannot submit a dictionary of
    /// likely people (SECURITY.md, "A data holder curious about the other
    /// side"). 1 to [`MAX_RECORDS_LIMIT`].
    pub max_records: u64,
    /// The person a partner calls about a match (optional; absent from
    /// manifests written before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// The referent of a party, whom the partner calls about "match 0042": the
/// STEMO's *correspondant insertion*, the Mission Locale's *conseiller
/// référent justice*. Public, like the rest of the manifest; checked on
/// every read like the other names ([`check_contact`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

impl Contact {
    /// Parses `Nom;téléphone;courriel` (trailing parts may be left out).
    pub fn parse(spec: &str) -> Contact {
        let mut parts = spec.splitn(3, ';').map(|p| p.trim().to_string());
        Contact {
            name: parts.next().unwrap_or_default(),
            phone: parts.next().unwrap_or_default(),
            email: parts.next().unwrap_or_default(),
        }
    }

    /// The contact on one line: `Nom, téléphone, courriel`, the empty
    /// parts left out.
    pub fn one_line(&self) -> String {
        [&self.name, &self.phone, &self.email]
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The rule for a contact, at `campaign new` and on every read: no control,
/// format or bidirectional character; a name of at most 100 characters; a
/// phone number of digits, spaces and `+ . - ( )`, at most 30; an e-mail
/// address with one `@` and no space, at most 254; not all empty.
pub fn check_contact(contact: &Contact) -> std::result::Result<(), FieldProblem> {
    for (part, max) in [
        (&contact.name, 100),
        (&contact.phone, 30),
        (&contact.email, 254),
    ] {
        if part.chars().any(|c| c == '\t' || crate::safe::is_unsafe(c)) {
            return Err(FieldProblem::UnsafeCharacters);
        }
        if part.chars().count() > max {
            return Err(FieldProblem::TooLong { max });
        }
    }
    if contact.one_line().is_empty() {
        return Err(FieldProblem::EmptyContact);
    }
    if !contact
        .phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +.-()".contains(c))
    {
        return Err(FieldProblem::NotPhone);
    }
    let e = &contact.email;
    if !e.is_empty()
        && (e.matches('@').count() != 1
            || e.starts_with('@')
            || e.ends_with('@')
            || e.chars().any(char::is_whitespace))
    {
        return Err(FieldProblem::NotEmail);
    }
    Ok(())
}

/// The coordinator's entry: its recipient and the authentication key sealed
/// to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coordinator {
    pub recipient: String,
    pub sealed_auth_key: String,
}

/// The public campaign manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub kind: String,
    pub format: u32,
    pub campaign_id: CampaignId,
    pub name: String,
    pub reference_date: NaiveDate,
    pub min_age: u32,
    pub max_age: u32,
    pub scheme: String,
    pub key_fingerprint: String,
    pub created: NaiveDate,
    pub coordinator: Coordinator,
    #[serde(rename = "party")]
    pub parties: Vec<Party>,
    /// HMAC-SHA-256, under the campaign authentication key, of every other
    /// field (see [`Manifest::signed_bytes`]).
    pub mac: String,
}

/// What an organiser decides when creating a campaign.
#[derive(Debug, Clone)]
pub struct CampaignPlan {
    pub name: String,
    pub reference_date: NaiveDate,
    pub window: AgeWindow,
    pub parties: Vec<Party>,
    pub coordinator_recipient: String,
    pub created: NaiveDate,
}

/// A newly created campaign: the manifest and, per data holder, its
/// encrypted key file.
pub struct NewCampaign {
    pub manifest: Manifest,
    pub key_files: Vec<(String, Vec<u8>)>,
}

impl Manifest {
    /// Creates a campaign: draws the secret, derives the fingerprint and the
    /// authentication key, seals the authentication key to the coordinator,
    /// signs the manifest, and seals to every party its key file. The
    /// coordinator's sealed key and every key file carry the manifest's
    /// digest, so that a manifest edited later, even re-signed by a key
    /// holder, is refused.
    pub fn create(plan: CampaignPlan) -> Result<NewCampaign> {
        validate_plan(&plan)?;
        let campaign_id = CampaignId::generate()?;
        let secret = CampaignSecret::generate().map_err(|e| Error::NoRandomness(e.to_string()))?;
        let schedule = KeySchedule::new(&secret, &campaign_id);
        let fingerprint = schedule.fingerprint();
        let auth = schedule.auth_key();
        let coordinator_recipient = identity::parse_recipient(&plan.coordinator_recipient)?;
        let mut manifest = Manifest {
            kind: MANIFEST_KIND.into(),
            format: MANIFEST_FORMAT,
            campaign_id: campaign_id.clone(),
            name: plan.name,
            reference_date: plan.reference_date,
            min_age: plan.window.min_age,
            max_age: plan.window.max_age,
            scheme: SCHEME.into(),
            key_fingerprint: fingerprint.to_string(),
            created: plan.created,
            coordinator: Coordinator {
                recipient: plan.coordinator_recipient.trim().to_string(),
                sealed_auth_key: String::new(),
            },
            parties: plan.parties,
            mac: String::new(),
        };
        let digest = manifest.digest();
        let sealed = seal::seal(
            &coordinator_recipient,
            &auth_key_payload(&campaign_id, &digest, &auth),
            Armor::Text,
        )?;
        manifest.coordinator.sealed_auth_key =
            String::from_utf8(sealed).expect("armored output is ASCII");
        manifest.mac = hex::encode(auth.sign(MANIFEST_KIND, &manifest.signed_bytes()));
        let mut key_files = Vec::new();
        for party in &manifest.parties {
            let recipient = identity::parse_recipient(&party.recipient)?;
            let payload = key_file_payload(&manifest, &digest, party, &secret);
            key_files.push((
                party.id.clone(),
                seal::seal(&recipient, &payload, Armor::Text)?,
            ));
        }
        Ok(NewCampaign {
            manifest,
            key_files,
        })
    }

    /// The manifest as TOML text, with a comment saying what it is.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).expect("manifest serialises");
        format!(
            "# croise campaign manifest. Public: share it with every participant.\n\
             # Do not edit it: it is authenticated, and an edited manifest is refused.\n{body}"
        )
    }

    /// Reads a manifest and checks its structure (not yet its authenticity:
    /// that needs a key, see [`HolderContext::open`], [`CoordinatorContext::open`]).
    pub fn load(path: &Path) -> Result<Manifest> {
        let bytes = output::read_file(path)?;
        Manifest::parse(&bytes, path)
    }

    /// Parses a manifest's bytes. `kind` and `format` are read and checked
    /// first, on their own, so that a file of another kind or of a future
    /// format is named as such rather than as malformed.
    pub fn parse(bytes: &[u8], path: &Path) -> Result<Manifest> {
        let text = crate::format::text_file(bytes, path)?;
        let what = noun::MANIFEST;
        crate::format::check_text_header(text, MANIFEST_KIND, MANIFEST_FORMAT, what, path)?;
        let mut manifest: Manifest = toml::from_str(text).map_err(|_| {
            // The parser's message may quote a value of the file: not shown.
            Error::invalid_file(path, FileProblem::NotValid(noun::MANIFEST))
        })?;
        // An editor or a mail program that changed line ends to CRLF also
        // changed them inside the armored sealed key; the tag covers the
        // armor as written, with LF.
        if manifest.coordinator.sealed_auth_key.contains('\r') {
            manifest.coordinator.sealed_auth_key =
                manifest.coordinator.sealed_auth_key.replace("\r\n", "\n");
        }
        if manifest.scheme != SCHEME {
            return Err(Error::OtherScheme {
                path: path.to_path_buf(),
                expected: SCHEME.into(),
                found: crate::safe::for_screen(&manifest.scheme).into_owned(),
            });
        }
        manifest.check_fields(path)?;
        Ok(manifest)
    }

    /// Checks every field against the rules `campaign new` applies, on every
    /// read: a party id becomes a file name (`PARTY.result.age`), a name is
    /// printed and written into spreadsheets, a recipient is encrypted to.
    /// The tag cannot be relied on for this: anyone can forge a whole
    /// manifest for the coordinator (SECURITY.md, residual risk 4), and a
    /// key holder can re-sign one. The refusal names the field, never the
    /// value.
    fn check_fields(&self, path: &Path) -> Result<()> {
        use FieldProblem as P;
        use ManifestField as F;
        let refuse = |field: ManifestField, problem: FieldProblem| Error::ManifestField {
            path: path.to_path_buf(),
            field,
            problem,
        };
        if !is_hex(self.campaign_id.as_str(), 32) {
            return Err(refuse(F::CampaignId, P::NotHex { digits: 32 }));
        }
        check_display_name(&self.name).map_err(|p| refuse(F::Name, p))?;
        for (field, date) in [
            (F::ReferenceDate, self.reference_date),
            (F::Created, self.created),
        ] {
            if !(MIN_YEAR..=MAX_YEAR).contains(&chrono::Datelike::year(&date)) {
                return Err(refuse(field, P::DateOutOfRange));
            }
        }
        if self.min_age >= self.max_age {
            return Err(refuse(F::Ages, P::EmptyWindow));
        }
        if !is_hex(&self.key_fingerprint, 32) {
            return Err(refuse(F::KeyFingerprint, P::NotHex { digits: 32 }));
        }
        if !is_hex(&self.mac, 64) {
            return Err(refuse(F::Mac, P::NotHex { digits: 64 }));
        }
        identity::parse_recipient(&self.coordinator.recipient)
            .map_err(|_| refuse(F::CoordinatorRecipient, P::NotRecipient))?;
        for side in [Side::Justice, Side::MissionLocale] {
            if !self.parties.iter().any(|p| p.side == side) {
                return Err(refuse(
                    F::Parties,
                    P::NoPartyOnSide {
                        side: side.as_str(),
                    },
                ));
            }
        }
        for (i, p) in self.parties.iter().enumerate() {
            let n = i + 1;
            if !is_valid_party_id(&p.id) {
                return Err(refuse(F::PartyId(n), P::InvalidPartyId));
            }
            if self.parties[..i].iter().any(|q| q.id == p.id) {
                return Err(refuse(F::PartyId(n), P::Repeated));
            }
            check_display_name(&p.name).map_err(|problem| refuse(F::PartyName(n), problem))?;
            if let Some(contact) = &p.contact {
                check_contact(contact).map_err(|problem| refuse(F::PartyContact(n), problem))?;
            }
            identity::parse_recipient(&p.recipient)
                .map_err(|_| refuse(F::PartyRecipient(n), P::NotRecipient))?;
            if p.recipient.trim() == self.coordinator.recipient.trim() {
                return Err(refuse(F::PartyRecipient(n), P::CoordinatorRecipient));
            }
            if self.parties[..i]
                .iter()
                .any(|q| q.recipient.trim() == p.recipient.trim())
            {
                return Err(refuse(F::PartyRecipient(n), P::Repeated));
            }
            if !(1..=MAX_RECORDS_LIMIT).contains(&p.max_records) {
                return Err(refuse(
                    F::PartyMaxRecords(n),
                    P::BoundOutOfRange {
                        max: MAX_RECORDS_LIMIT,
                    },
                ));
            }
        }
        Ok(())
    }

    /// Checks the manifest's authentication tag.
    pub fn verify(&self, auth: &AuthKey, path: &Path) -> Result<()> {
        let tag = hex::decode(&self.mac).unwrap_or_default();
        if auth.verify(MANIFEST_KIND, &self.signed_bytes(), &tag) {
            Ok(())
        } else {
            Err(Error::NotAuthentic {
                path: path.to_path_buf(),
            })
        }
    }

    /// The canonical bytes the manifest's tag covers: every field but `mac`,
    /// each length-prefixed, in a fixed order (docs/formats.md).
    pub fn signed_bytes(&self) -> Vec<u8> {
        self.canonical(true)
    }

    /// The canonical bytes of what the organiser decided: the same as
    /// [`Manifest::signed_bytes`] without the coordinator's sealed key, which
    /// cannot hold its own digest.
    pub fn content_bytes(&self) -> Vec<u8> {
        self.canonical(false)
    }

    fn canonical(&self, with_sealed_key: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let mut field = |s: &str| out.extend_from_slice(&length_prefixed(s.as_bytes()));
        field(&self.kind);
        field(&self.format.to_string());
        field(self.campaign_id.as_str());
        field(&self.name);
        field(&self.reference_date.to_string());
        field(&self.min_age.to_string());
        field(&self.max_age.to_string());
        field(&self.scheme);
        field(&self.key_fingerprint);
        field(&self.created.to_string());
        field(&self.coordinator.recipient);
        if with_sealed_key {
            field(&self.coordinator.sealed_auth_key);
        }
        field(&self.parties.len().to_string());
        for p in &self.parties {
            field(&p.id);
            field(&p.name);
            field(p.side.as_str());
            field(&p.recipient);
            field(&p.max_records.to_string());
        }
        // Contacts after every party, and only when one is given, so that
        // a manifest without any keeps its tag and digest (docs/formats.md).
        if self.parties.iter().any(|p| p.contact.is_some()) {
            field("contacts");
            for p in &self.parties {
                match &p.contact {
                    None => field("-"),
                    Some(c) => {
                        field("+");
                        field(&c.name);
                        field(&c.phone);
                        field(&c.email);
                    }
                }
            }
        }
        out
    }

    /// The public digest of what the organiser decided: SHA-256 of
    /// `lp("croise-campaign-content") || content_bytes`. Key files and the
    /// coordinator's sealed key carry it; people compare it by phone.
    pub fn digest(&self) -> ManifestDigest {
        let mut message = length_prefixed(b"croise-campaign-content");
        message.extend_from_slice(&self.content_bytes());
        ManifestDigest(sha256(&message))
    }

    pub fn window(&self) -> AgeWindow {
        AgeWindow {
            min_age: self.min_age,
            max_age: self.max_age,
        }
    }

    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn party_index(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.id == id)
    }

    pub fn fingerprint(&self) -> Option<KeyFingerprint> {
        self.key_fingerprint.parse().ok()
    }

    /// The coordinator recovers the authentication key sealed to it, after
    /// checking that it was issued for this very manifest.
    pub fn coordinator_auth_key(&self, identity: &Identity, path: &Path) -> Result<AuthKey> {
        let plain = seal::open(identity, self.coordinator.sealed_auth_key.as_bytes(), path)
            .map_err(|e| match e {
                Error::NotForThisIdentity { path } => Error::NotCoordinator { path },
                other => other,
            })?;
        let payload = AuthKeyPayload::parse(&plain, path)?;
        if payload.campaign_id != self.campaign_id {
            return Err(Error::invalid_file(
                path,
                FileProblem::SealedKeyOfOtherCampaign,
            ));
        }
        payload.into_checked(self, path)
    }
}

fn validate_plan(plan: &CampaignPlan) -> Result<()> {
    if plan.name.trim().is_empty() {
        return Err(Error::Plan(PlanProblem::NoName));
    }
    // The rule every read of the manifest applies: a name that would make
    // the manifest look forged is refused here, where it can be retyped.
    check_display_name(&plan.name).map_err(|problem| {
        Error::Plan(PlanProblem::BadName {
            party: None,
            problem,
        })
    })?;
    for p in &plan.parties {
        check_display_name(&p.name).map_err(|problem| {
            Error::Plan(PlanProblem::BadName {
                party: Some(p.id.clone()),
                problem,
            })
        })?;
        if let Some(contact) = &p.contact {
            check_contact(contact).map_err(|problem| {
                Error::Plan(PlanProblem::BadContact {
                    party: p.id.clone(),
                    problem,
                })
            })?;
        }
    }
    if plan.window.min_age >= plan.window.max_age {
        return Err(Error::Plan(PlanProblem::EmptyWindow {
            min_age: plan.window.min_age,
            max_age: plan.window.max_age,
        }));
    }
    for side in [Side::Justice, Side::MissionLocale] {
        if !plan.parties.iter().any(|p| p.side == side) {
            return Err(Error::Plan(PlanProblem::NoPartyOnSide {
                side: side.as_str(),
            }));
        }
    }
    for (i, p) in plan.parties.iter().enumerate() {
        if !is_valid_party_id(&p.id) {
            return Err(Error::Plan(PlanProblem::BadPartyId { id: p.id.clone() }));
        }
        if plan.parties[..i].iter().any(|q| q.id == p.id) {
            return Err(Error::Plan(PlanProblem::PartyTwice { id: p.id.clone() }));
        }
        identity::parse_recipient(&p.recipient)?;
        if p.recipient.trim() == plan.coordinator_recipient.trim() {
            return Err(Error::Plan(PlanProblem::PartyIsCoordinator {
                id: p.id.clone(),
            }));
        }
        if plan.parties[..i]
            .iter()
            .any(|q| q.recipient.trim() == p.recipient.trim())
        {
            return Err(Error::Plan(PlanProblem::SharedRecipient {
                id: p.id.clone(),
            }));
        }
        if !(1..=MAX_RECORDS_LIMIT).contains(&p.max_records) {
            return Err(Error::Plan(PlanProblem::BadBound {
                id: p.id.clone(),
                max: MAX_RECORDS_LIMIT,
            }));
        }
    }
    Ok(())
}

/// The years a manifest's dates may fall in: anything else is a typing
/// mistake or a forgery, and keeps date arithmetic far from its limits.
const MIN_YEAR: i32 = 2000;
const MAX_YEAR: i32 = 2199;

/// The rule for a party identifier, at creation and on every read: it
/// becomes part of file names (`PARTY.result.age`, `keys/PARTY.key.age`), so
/// lower-case ASCII letters, digits and hyphens only, 1 to 64 of them — no
/// dot, slash or backslash can make a path of it.
pub fn is_valid_party_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A name shown to people (the campaign's, a party's): no control, format
/// or bidirectional character (see [`crate::safe::is_unsafe`]), no tab, and
/// at most 200 characters.
fn check_display_name(name: &str) -> std::result::Result<(), FieldProblem> {
    if name.chars().any(|c| c == '\t' || crate::safe::is_unsafe(c)) {
        return Err(FieldProblem::UnsafeCharacters);
    }
    if name.chars().count() > 200 {
        return Err(FieldProblem::TooLong { max: 200 });
    }
    Ok(())
}

fn is_hex(text: &str, digits: usize) -> bool {
    text.len() == digits && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Writes `name = "<hex of bytes>"` into a zeroising buffer, never through a
/// serializer that might leave copies of a secret behind.
fn push_secret_line(out: &mut Zeroizing<String>, name: &str, bytes: &[u8; 32]) {
    let mut hex = Zeroizing::new([0u8; 64]);
    hex::encode_to_slice(bytes, hex.as_mut()).expect("64 hex digits for 32 bytes");
    out.push_str(name);
    out.push_str(" = \"");
    out.push_str(std::str::from_utf8(hex.as_ref()).expect("hex is ASCII"));
    out.push_str("\"\n");
}

/// The secret line of a decrypted payload.
enum SecretLine {
    Missing,
    /// Not 64 hex digits in quotes, or given twice.
    Malformed,
    Found(Zeroizing<[u8; 32]>),
}

/// Splits a decrypted payload into its public TOML part and its one secret
/// line `name = "…"`, decoded straight into a zeroising buffer. The secret
/// never goes through the TOML parser.
fn split_secret(text: &str, name: &str) -> (String, SecretLine) {
    let mut public = String::with_capacity(text.len());
    let mut secret = SecretLine::Missing;
    let prefix = format!("{name} = \"");
    for line in text.lines() {
        if let Some(rest) = line.trim().strip_prefix(&prefix) {
            let mut bytes = Zeroizing::new([0u8; 32]);
            let decoded = rest
                .strip_suffix('"')
                .is_some_and(|h| hex::decode_to_slice(h, bytes.as_mut()).is_ok());
            secret = match (secret, decoded) {
                (SecretLine::Missing, true) => SecretLine::Found(bytes),
                _ => SecretLine::Malformed,
            };
        } else {
            public.push_str(line);
            public.push('\n');
        }
    }
    (public, secret)
}

/// The plaintext of the coordinator's sealed key (format 2).
#[derive(Serialize, Deserialize)]
struct AuthKeyPublic {
    kind: String,
    format: u32,
    campaign_id: CampaignId,
    manifest_digest: String,
}

struct AuthKeyPayload {
    campaign_id: CampaignId,
    manifest_digest: String,
    auth_key: Zeroizing<[u8; 32]>,
}

fn auth_key_payload(
    campaign: &CampaignId,
    digest: &ManifestDigest,
    auth: &AuthKey,
) -> Zeroizing<Vec<u8>> {
    let public = AuthKeyPublic {
        kind: AUTH_KEY_KIND.into(),
        format: AUTH_KEY_FORMAT,
        campaign_id: campaign.clone(),
        manifest_digest: digest.to_string(),
    };
    let mut text = Zeroizing::new(String::with_capacity(512));
    text.push_str(&toml::to_string(&public).expect("serialises"));
    push_secret_line(&mut text, "auth_key", auth.expose());
    Zeroizing::new(text.as_bytes().to_vec())
}

impl AuthKeyPayload {
    fn parse(plain: &[u8], path: &Path) -> Result<Self> {
        let what = noun::SEALED_AUTH_KEY;
        let bad = || Error::invalid_file(path, FileProblem::Malformed(what));
        let text = std::str::from_utf8(plain).map_err(|_| bad())?;
        let (public, secret) = split_secret(text, "auth_key");
        crate::format::check_text_header(&public, AUTH_KEY_KIND, AUTH_KEY_FORMAT, what, path)
            .map_err(old_format_hint)?;
        let public: AuthKeyPublic = toml::from_str(&public).map_err(|_| bad())?;
        let SecretLine::Found(auth_key) = secret else {
            return Err(bad());
        };
        Ok(Self {
            campaign_id: public.campaign_id,
            manifest_digest: public.manifest_digest,
            auth_key,
        })
    }

    /// Checks that the sealed key was issued with this manifest and that the
    /// manifest's tag verifies under it.
    fn into_checked(self, manifest: &Manifest, path: &Path) -> Result<AuthKey> {
        let auth = AuthKey::from_ref(&self.auth_key);
        manifest.verify(&auth, path)?;
        let digest = manifest.digest();
        if self.manifest_digest != digest.to_string() {
            return Err(Error::ManifestNotIssued {
                path: path.to_path_buf(),
                issued_with: "the coordinator key sealed in it".into(),
                digest: digest.grouped(),
            });
        }
        Ok(auth)
    }
}

/// Explains a key payload of format 1, made before keys were bound to the
/// manifest.
fn old_format_hint(error: Error) -> Error {
    match error {
        Error::UnsupportedFormat {
            path,
            what,
            found: 1,
            supported,
            ..
        } => Error::UnsupportedFormat {
            path,
            what,
            found: 1,
            supported,
            advice: ": it was made by an older version of croise, which did not bind keys to the manifest. Ask the organiser to create the campaign again with this version (croise campaign new)".into(),
        },
        other => other,
    }
}

/// The public part of a key file's plaintext (format 2); the secret is the
/// last line, handled apart (see [`split_secret`]).
#[derive(Serialize, Deserialize)]
struct KeyFilePublic {
    kind: String,
    format: u32,
    campaign_id: CampaignId,
    campaign_name: String,
    party: String,
    key_fingerprint: String,
    manifest_digest: String,
}

fn key_file_payload(
    manifest: &Manifest,
    digest: &ManifestDigest,
    party: &Party,
    secret: &CampaignSecret,
) -> Zeroizing<Vec<u8>> {
    let public = KeyFilePublic {
        kind: KEY_FILE_KIND.into(),
        format: KEY_FILE_FORMAT,
        campaign_id: manifest.campaign_id.clone(),
        campaign_name: manifest.name.clone(),
        party: party.id.clone(),
        key_fingerprint: manifest.key_fingerprint.clone(),
        manifest_digest: digest.to_string(),
    };
    let mut text = Zeroizing::new(String::with_capacity(1024));
    text.push_str(&toml::to_string(&public).expect("serialises"));
    push_secret_line(&mut text, "secret", secret.expose());
    Zeroizing::new(text.as_bytes().to_vec())
}

/// A decrypted key file, checked for kind and format.
struct KeyFilePayload {
    public: KeyFilePublic,
    secret: CampaignSecret,
}

impl KeyFilePayload {
    fn parse(plain: &[u8], path: &Path) -> Result<Self> {
        let what = noun::KEY_FILE;
        let bad = |problem: FileProblem| Error::invalid_file(path, problem);
        let Ok(text) = std::str::from_utf8(plain) else {
            return Err(bad(crate::format::not_a(plain, what)));
        };
        let (public, secret) = split_secret(text, "secret");
        crate::format::check_text_header(&public, KEY_FILE_KIND, KEY_FILE_FORMAT, what, path)
            .map_err(old_format_hint)?;
        let public: KeyFilePublic =
            toml::from_str(&public).map_err(|_| bad(FileProblem::NotValid(what)))?;
        let SecretLine::Found(bytes) = secret else {
            return Err(bad(FileProblem::KeyMalformed));
        };
        let secret = CampaignSecret::from_ref(&bytes);
        Ok(Self { public, secret })
    }
}

/// Parses a decrypted key file or coordinator key, for the fuzz targets:
/// the same code the commands run, on bytes instead of files. Only in a
/// build with the `fuzzing` feature (`fuzz/Cargo.toml` turns it on): never
/// part of the product's API.
#[cfg(feature = "fuzzing")]
pub fn fuzz_key_payloads(plain: &[u8]) {
    let path = Path::new("fuzz");
    let _ = KeyFilePayload::parse(plain, path);
    let _ = AuthKeyPayload::parse(plain, path);
}

/// What a data holder works with: the verified manifest, its own party, and
/// the campaign key schedule.
pub struct HolderContext {
    pub manifest: Manifest,
    pub party: Party,
    pub schedule: KeySchedule,
    pub auth: AuthKey,
}

impl HolderContext {
    /// Opens the data holder's view of a campaign: decrypts its key file
    /// with its identity, checks that the key file, the manifest and the key
    /// agree, verifies the manifest, and checks that the manifest is the one
    /// the key file was issued with.
    pub fn open(manifest_path: &Path, key_path: &Path, identity_path: &Path) -> Result<Self> {
        let manifest = Manifest::load(manifest_path)?;
        let identity = identity::load(identity_path)?;
        let sealed = output::read_file(key_path)?;
        let plain = seal::open(&identity, &sealed, key_path)?;
        let payload = KeyFilePayload::parse(&plain, key_path)?;
        drop(plain);
        let public = &payload.public;
        if public.campaign_id != manifest.campaign_id {
            return Err(Error::OtherCampaign {
                path: key_path.to_path_buf(),
                expected: format!("{} “{}”", manifest.campaign_id, manifest.name),
                found: format!("{} “{}”", public.campaign_id, public.campaign_name),
            });
        }
        let schedule = KeySchedule::new(&payload.secret, &manifest.campaign_id);
        if schedule.fingerprint().to_string() != manifest.key_fingerprint {
            return Err(Error::OtherKey {
                path: key_path.to_path_buf(),
                expected: manifest.key_fingerprint.clone(),
                found: schedule.fingerprint().to_string(),
            });
        }
        let auth = schedule.auth_key();
        manifest.verify(&auth, manifest_path)?;
        let digest = manifest.digest();
        if public.manifest_digest != digest.to_string() {
            return Err(Error::ManifestNotIssued {
                path: manifest_path.to_path_buf(),
                issued_with: format!("your key file {}", key_path.display()),
                digest: digest.grouped(),
            });
        }
        let party = manifest
            .party(&public.party)
            .cloned()
            .ok_or(Error::UnknownParty {
                path: key_path.to_path_buf(),
                party: public.party.clone(),
            })?;
        Ok(Self {
            manifest,
            party,
            schedule,
            auth,
        })
    }
}

/// What the coordinator works with: the verified manifest and the
/// authentication key, never the campaign secret.
pub struct CoordinatorContext {
    pub manifest: Manifest,
    pub auth: AuthKey,
}

impl CoordinatorContext {
    /// Opens the coordinator's view: unseals the authentication key, checks
    /// that it was issued with this manifest, and verifies the manifest.
    pub fn open(manifest_path: &Path, identity_path: &Path) -> Result<Self> {
        let manifest = Manifest::load(manifest_path)?;
        let identity = identity::load(identity_path)?;
        let auth = manifest.coordinator_auth_key(&identity, manifest_path)?;
        Ok(Self { manifest, auth })
    }
}

/// Refusing a file of another campaign or key before anything else, so that
/// the user reads "another campaign" rather than "altered": a file of
/// another campaign also fails authentication under this campaign's key.
impl Manifest {
    /// Refuses a container in memory that says it belongs to another
    /// campaign. The claim is read *without* checking the tag: it only
    /// chooses the refusal message, it never lets a file in.
    pub fn refuse_other_campaign(&self, bytes: &[u8], path: &Path) -> Result<()> {
        match format::unauthenticated_header(bytes) {
            Some(header) => self.refuse_other_campaign_header(header, path),
            None => Ok(()),
        }
    }

    /// [`Manifest::refuse_other_campaign`] on a header already read,
    /// unauthenticated (see `ContainerReader::unauthenticated_header`). The
    /// claimed identifier is shown only when it has the shape of one
    /// (hexadecimal, at most 64 digits): an unauthenticated field never
    /// reaches the screen otherwise.
    pub fn refuse_other_campaign_header(&self, header: &str, path: &Path) -> Result<()> {
        #[derive(serde::Deserialize)]
        struct Claim {
            campaign_id: String,
        }
        let claimed = toml::from_str::<Claim>(header).ok().map(|c| c.campaign_id);
        match claimed {
            Some(claimed) if claimed != self.campaign_id.as_str() => {
                let shaped = !claimed.is_empty()
                    && claimed.len() <= 64
                    && claimed.bytes().all(|b| b.is_ascii_hexdigit());
                Err(Error::OtherCampaign {
                    path: path.to_path_buf(),
                    expected: self.described(),
                    found: if shaped { claimed } else { "?".to_string() },
                })
            }
            _ => Ok(()),
        }
    }

    /// Checks the fields every croise file header carries, once
    /// authenticated, against the campaign.
    pub fn check_header(
        &self,
        path: &Path,
        campaign_id: &str,
        key_fingerprint: &str,
    ) -> Result<()> {
        if campaign_id != self.campaign_id.as_str() {
            return Err(Error::OtherCampaign {
                path: path.to_path_buf(),
                expected: self.described(),
                found: campaign_id.to_string(),
            });
        }
        if key_fingerprint != self.key_fingerprint {
            return Err(Error::OtherKey {
                path: path.to_path_buf(),
                expected: self.key_fingerprint.clone(),
                found: key_fingerprint.to_string(),
            });
        }
        Ok(())
    }

    /// The campaign as named in a refusal: its identifier and its name.
    fn described(&self) -> String {
        format!(
            "{} “{}”",
            self.campaign_id,
            crate::safe::for_screen(&self.name)
        )
    }
}

/// Writes a new campaign to `dir`: `campaign.toml` and `keys/<party>.key.age`.
pub fn write_campaign(campaign: &NewCampaign, dir: &Path) -> Result<()> {
    let manifest_path = dir.join("campaign.toml");
    if manifest_path.exists() {
        return Err(Error::AlreadyExists {
            path: manifest_path,
        });
    }
    for (party, _) in &campaign.key_files {
        let path = key_file_path(dir, party);
        if path.exists() {
            return Err(Error::AlreadyExists { path });
        }
    }
    for (party, bytes) in &campaign.key_files {
        output::write_file(
            &key_file_path(dir, party),
            bytes,
            Visibility::OwnerOnly,
            false,
        )?;
    }
    output::write_file(
        &manifest_path,
        campaign.manifest.to_toml().as_bytes(),
        Visibility::Shareable,
        false,
    )
}

pub fn key_file_path(dir: &Path, party: &str) -> std::path::PathBuf {
    dir.join("keys").join(format!("{party}.key.age"))
}

/// Checks a recipient string (used when creating a campaign from the
/// command line).
pub fn recipient(text: &str) -> Result<Recipient> {
    identity::parse_recipient(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> CampaignPlan {
        let recipient = || Identity::generate().to_public().to_string();
        CampaignPlan {
            name: "Test".into(),
            reference_date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            window: AgeWindow::default(),
            parties: vec![
                Party {
                    id: "stemo".into(),
                    name: "STEMO".into(),
                    side: Side::Justice,
                    recipient: recipient(),
                    max_records: DEFAULT_MAX_RECORDS,
                    contact: None,
                },
                Party {
                    id: "ml".into(),
                    name: "ML".into(),
                    side: Side::MissionLocale,
                    recipient: recipient(),
                    max_records: DEFAULT_MAX_RECORDS,
                    contact: None,
                },
            ],
            coordinator_recipient: recipient(),
            created: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        }
    }

    #[test]
    fn the_digest_covers_every_decided_field_and_not_the_sealed_key_or_mac() {
        let m = Manifest::create(plan()).unwrap().manifest;
        let d = m.digest();
        let mut same = m.clone();
        same.coordinator.sealed_auth_key.push('x');
        same.mac.clear();
        assert_eq!(same.digest(), d);
        type Edit = fn(&mut Manifest);
        let edits: [Edit; 14] = [
            |m| m.kind.push('x'),
            |m| m.format += 1,
            |m| m.campaign_id = CampaignId::new("00"),
            |m| m.name.push('x'),
            |m| m.reference_date = m.reference_date.succ_opt().unwrap(),
            |m| m.min_age += 1,
            |m| m.max_age += 1,
            |m| m.scheme.push('x'),
            |m| m.key_fingerprint.push('0'),
            |m| m.created = m.created.succ_opt().unwrap(),
            |m| m.coordinator.recipient.push('x'),
            |m| m.parties[0].name.push('x'),
            |m| m.parties[1].recipient = m.parties[0].recipient.clone(),
            |m| m.parties.swap(0, 1),
        ];
        for (i, edit) in edits.iter().enumerate() {
            let mut edited = m.clone();
            edit(&mut edited);
            assert_ne!(edited.digest(), d, "edit {i}");
        }
        assert_eq!(d.grouped().split(' ').count(), 8);
    }

    #[test]
    fn key_file_payload_round_trips_with_the_secret_last() {
        let created = Manifest::create(plan()).unwrap();
        let m = &created.manifest;
        let secret = CampaignSecret::from_bytes([0x5A; 32]);
        let plain = key_file_payload(m, &m.digest(), &m.parties[1], &secret);
        let text = std::str::from_utf8(&plain).unwrap();
        assert!(text.ends_with(&format!("secret = \"{}\"\n", "5a".repeat(32))));
        let parsed = KeyFilePayload::parse(&plain, Path::new("k")).unwrap();
        assert_eq!(parsed.secret.expose(), &[0x5A; 32]);
        assert_eq!(parsed.public.manifest_digest, m.digest().to_string());
        assert_eq!(parsed.public.party, "ml");
    }

    #[test]
    fn a_missing_repeated_or_malformed_secret_line_is_refused() {
        let head = "kind = \"croise-campaign-key\"\nformat = 2\ncampaign_id = \"c\"\ncampaign_name = \"n\"\nparty = \"p\"\nkey_fingerprint = \"f\"\nmanifest_digest = \"d\"\n";
        let line = format!("secret = \"{}\"\n", "ab".repeat(32));
        assert!(KeyFilePayload::parse(format!("{head}{line}").as_bytes(), Path::new("k")).is_ok());
        for bad in [
            head.to_string(),
            format!("{head}{line}{line}"),
            format!("{head}secret = \"{}\"\n", "ab".repeat(31)),
            format!("{head}secret = \"{}\n", "ab".repeat(32)),
            format!("{head}secret = \"{}\"\n", "zz".repeat(32)),
        ] {
            let err = KeyFilePayload::parse(bad.as_bytes(), Path::new("k"))
                .err()
                .unwrap();
            assert!(
                err.to_string().contains("the key it holds is malformed"),
                "{err}"
            );
            // The message never holds the secret's digits.
            assert!(!err.to_string().contains("abab"), "{err}");
        }
    }

    /// Finding 1 of issue 11: every field is checked on every read, and the
    /// refusal names the field, never the value.
    #[test]
    fn every_manifest_field_is_checked_on_read() {
        let m = Manifest::create(plan()).unwrap().manifest;
        let path = Path::new("campaign.toml");
        Manifest::parse(m.to_toml().as_bytes(), path).expect("a genuine manifest reads");
        type Edit = fn(&mut Manifest);
        let cases: [(Edit, ManifestField, FieldProblem); 14] = [
            (
                |m| m.parties[0].id = "../../x".into(),
                ManifestField::PartyId(1),
                FieldProblem::InvalidPartyId,
            ),
            (
                |m| m.parties[1].id = "C:\\x".into(),
                ManifestField::PartyId(2),
                FieldProblem::InvalidPartyId,
            ),
            (
                |m| m.parties[1].id = "stemo".into(),
                ManifestField::PartyId(2),
                FieldProblem::Repeated,
            ),
            (
                |m| m.parties[0].name = "a\u{202E}b".into(),
                ManifestField::PartyName(1),
                FieldProblem::UnsafeCharacters,
            ),
            (
                |m| m.parties[0].name = "x".repeat(201),
                ManifestField::PartyName(1),
                FieldProblem::TooLong { max: 200 },
            ),
            (
                |m| m.name = "a\u{7}".into(),
                ManifestField::Name,
                FieldProblem::UnsafeCharacters,
            ),
            (
                |m| m.parties[1].recipient = "age1zzz".into(),
                ManifestField::PartyRecipient(2),
                FieldProblem::NotRecipient,
            ),
            (
                |m| m.parties[1].recipient = m.parties[0].recipient.clone(),
                ManifestField::PartyRecipient(2),
                FieldProblem::Repeated,
            ),
            (
                |m| m.parties[1].recipient = m.coordinator.recipient.clone(),
                ManifestField::PartyRecipient(2),
                FieldProblem::CoordinatorRecipient,
            ),
            (
                |m| m.coordinator.recipient = "AGE-SECRET-KEY-1".into(),
                ManifestField::CoordinatorRecipient,
                FieldProblem::NotRecipient,
            ),
            (
                |m| m.reference_date = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap(),
                ManifestField::ReferenceDate,
                FieldProblem::DateOutOfRange,
            ),
            (
                |m| m.min_age = m.max_age,
                ManifestField::Ages,
                FieldProblem::EmptyWindow,
            ),
            (
                |m| m.campaign_id = CampaignId::new("../x"),
                ManifestField::CampaignId,
                FieldProblem::NotHex { digits: 32 },
            ),
            (
                |m| m.parties[1].side = Side::Justice,
                ManifestField::Parties,
                FieldProblem::NoPartyOnSide {
                    side: "mission-locale",
                },
            ),
        ];
        for (i, (edit, field, problem)) in cases.into_iter().enumerate() {
            let mut edited = m.clone();
            edit(&mut edited);
            match Manifest::parse(edited.to_toml().as_bytes(), path) {
                Err(Error::ManifestField {
                    field: f,
                    problem: p,
                    ..
                }) => {
                    assert_eq!((f, p), (field, problem), "case {i}")
                }
                other => panic!("case {i}: {other:?}"),
            }
        }
    }

    #[test]
    fn auth_key_payload_round_trips() {
        let m = Manifest::create(plan()).unwrap().manifest;
        let auth = AuthKey::from_bytes([3; 32]);
        let plain = auth_key_payload(&m.campaign_id, &m.digest(), &auth);
        let parsed = AuthKeyPayload::parse(&plain, Path::new("m")).unwrap();
        assert_eq!(*parsed.auth_key, [3; 32]);
        assert_eq!(parsed.manifest_digest, m.digest().to_string());
        assert_eq!(parsed.campaign_id, m.campaign_id);
    }
}
