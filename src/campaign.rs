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

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, PlanProblem, Result};
use crate::identity::{self, Identity, Recipient};
use crate::keys::{AuthKey, CampaignSecret, KeyFingerprint, KeySchedule, length_prefixed, sha256};
use crate::normalize::AgeWindow;
use crate::output::{self, Visibility};
use crate::scheme::SCHEME;
use crate::seal::{self, Armor};

pub const MANIFEST_KIND: &str = "croise-campaign";
pub const MANIFEST_FORMAT: u32 = 1;
pub const KEY_FILE_KIND: &str = "croise-campaign-key";
pub const KEY_FILE_FORMAT: u32 = 1;

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
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::Invalid(format!("no system randomness: {e}")))?;
        Ok(Self(hex::encode(bytes)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CampaignId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
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
    /// authentication key, seals the key file of every party to it and the
    /// authentication key to the coordinator, and signs the manifest.
    pub fn create(plan: CampaignPlan) -> Result<NewCampaign> {
        validate_plan(&plan)?;
        let campaign_id = CampaignId::generate()?;
        let secret = CampaignSecret::generate()
            .map_err(|e| Error::Invalid(format!("no system randomness: {e}")))?;
        let schedule = KeySchedule::new(&secret, &campaign_id);
        let fingerprint = schedule.fingerprint();
        let auth = schedule.auth_key();
        let coordinator_recipient = identity::parse_recipient(&plan.coordinator_recipient)?;
        let sealed = seal::seal(
            &coordinator_recipient,
            &auth_key_payload(&campaign_id, &auth),
            Armor::Text,
        )?;
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
                sealed_auth_key: String::from_utf8(sealed).expect("armored output is ASCII"),
            },
            parties: plan.parties,
            mac: String::new(),
        };
        manifest.mac = hex::encode(auth.sign(MANIFEST_KIND, &manifest.signed_bytes()));
        let mut key_files = Vec::new();
        for party in &manifest.parties {
            let recipient = identity::parse_recipient(&party.recipient)?;
            let payload = key_file_payload(&manifest, party, &secret);
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
    /// that needs a key, see [`Manifest::verify`]).
    pub fn load(path: &Path) -> Result<Manifest> {
        let bytes = output::read_file(path)?;
        let text = crate::format::text_file(&bytes, path)?;
        let manifest: Manifest = toml::from_str(text).map_err(|e| {
            Error::invalid_file(
                path,
                format!("not a valid campaign manifest ({})", e.message()),
            )
        })?;
        if manifest.kind != MANIFEST_KIND {
            return Err(Error::invalid_file(
                path,
                format!(
                    "this is a `{}` file, not a campaign manifest",
                    manifest.kind
                ),
            ));
        }
        if manifest.scheme != SCHEME {
            return Err(Error::OtherScheme {
                path: path.to_path_buf(),
                expected: SCHEME.into(),
                found: manifest.scheme,
            });
        }
        if manifest.format != MANIFEST_FORMAT {
            return Err(Error::invalid_file(
                path,
                format!(
                    "campaign manifest format {} is not supported by this version of croise (it reads format {MANIFEST_FORMAT})",
                    manifest.format
                ),
            ));
        }
        Ok(manifest)
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
    /// each length-prefixed, in a fixed order.
    pub fn signed_bytes(&self) -> Vec<u8> {
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
        field(&self.coordinator.sealed_auth_key);
        field(&self.parties.len().to_string());
        for p in &self.parties {
            field(&p.id);
            field(&p.name);
            field(p.side.as_str());
            field(&p.recipient);
        }
        out
    }

    /// A public digest of the manifest, shown to users so they can compare it
    /// by phone.
    pub fn digest(&self) -> String {
        hex::encode(&sha256(&self.signed_bytes())[..8])
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

    /// The coordinator recovers the authentication key sealed to it.
    pub fn coordinator_auth_key(&self, identity: &Identity, path: &Path) -> Result<AuthKey> {
        let plain = seal::open(identity, self.coordinator.sealed_auth_key.as_bytes(), path)
            .map_err(|e| match e {
                Error::NotForThisIdentity { path } => Error::NotCoordinator { path },
                other => other,
            })?;
        parse_auth_key_payload(&plain, &self.campaign_id, path)
    }
}

fn validate_plan(plan: &CampaignPlan) -> Result<()> {
    if plan.name.trim().is_empty() {
        return Err(Error::Plan(PlanProblem::NoName));
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
        let id_ok = !p.id.is_empty()
            && p.id.len() <= 64
            && p.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
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
    }
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct AuthKeyPayload {
    kind: String,
    format: u32,
    campaign_id: CampaignId,
    auth_key: String,
}

const AUTH_KEY_KIND: &str = "croise-coordinator-auth-key";

fn auth_key_payload(campaign: &CampaignId, auth: &AuthKey) -> Zeroizing<Vec<u8>> {
    let payload = AuthKeyPayload {
        kind: AUTH_KEY_KIND.into(),
        format: 1,
        campaign_id: campaign.clone(),
        auth_key: hex::encode(auth.expose()),
    };
    let text = Zeroizing::new(toml::to_string(&payload).expect("serialises"));
    let mut payload = payload;
    payload.auth_key.zeroize();
    Zeroizing::new(text.as_bytes().to_vec())
}

fn parse_auth_key_payload(plain: &[u8], campaign: &CampaignId, path: &Path) -> Result<AuthKey> {
    let bad = || {
        Error::invalid_file(
            path,
            "the coordinator key sealed in the manifest is malformed",
        )
    };
    let text = std::str::from_utf8(plain).map_err(|_| bad())?;
    let mut payload: AuthKeyPayload = toml::from_str(text).map_err(|_| bad())?;
    if payload.kind != AUTH_KEY_KIND || &payload.campaign_id != campaign {
        return Err(bad());
    }
    let mut bytes = Zeroizing::new([0u8; 32]);
    let decoded = hex::decode_to_slice(&payload.auth_key, bytes.as_mut());
    payload.auth_key.zeroize();
    decoded.map_err(|_| bad())?;
    Ok(AuthKey::from_bytes(*bytes))
}

#[derive(Serialize, Deserialize)]
struct KeyFilePayload {
    kind: String,
    format: u32,
    campaign_id: CampaignId,
    campaign_name: String,
    party: String,
    key_fingerprint: String,
    secret: String,
}

fn key_file_payload(
    manifest: &Manifest,
    party: &Party,
    secret: &CampaignSecret,
) -> Zeroizing<Vec<u8>> {
    let mut payload = KeyFilePayload {
        kind: KEY_FILE_KIND.into(),
        format: KEY_FILE_FORMAT,
        campaign_id: manifest.campaign_id.clone(),
        campaign_name: manifest.name.clone(),
        party: party.id.clone(),
        key_fingerprint: manifest.key_fingerprint.clone(),
        secret: hex::encode(secret.expose()),
    };
    let text = Zeroizing::new(toml::to_string(&payload).expect("serialises"));
    payload.secret.zeroize();
    Zeroizing::new(text.as_bytes().to_vec())
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
    /// agree, and verifies the manifest.
    pub fn open(manifest_path: &Path, key_path: &Path, identity_path: &Path) -> Result<Self> {
        let manifest = Manifest::load(manifest_path)?;
        let identity = identity::load(identity_path)?;
        let sealed = output::read_file(key_path)?;
        let plain = seal::open(&identity, &sealed, key_path)?;
        let bad = |reason: &str| Error::invalid_file(key_path, reason.to_string());
        let text = std::str::from_utf8(&plain).map_err(|_| bad("not a campaign key file"))?;
        let mut payload: KeyFilePayload =
            toml::from_str(text).map_err(|_| bad("not a campaign key file"))?;
        let secret_hex = Zeroizing::new(std::mem::take(&mut payload.secret));
        if payload.kind != KEY_FILE_KIND {
            return Err(bad(&format!(
                "this is a `{}` file, not a campaign key file",
                payload.kind
            )));
        }
        if payload.campaign_id != manifest.campaign_id {
            return Err(Error::OtherCampaign {
                path: key_path.to_path_buf(),
                expected: format!("{} “{}”", manifest.campaign_id, manifest.name),
                found: format!("{} “{}”", payload.campaign_id, payload.campaign_name),
            });
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(secret_hex.as_bytes(), bytes.as_mut())
            .map_err(|_| bad("the key it holds is malformed"))?;
        let secret = CampaignSecret::from_bytes(*bytes);
        let schedule = KeySchedule::new(&secret, &manifest.campaign_id);
        drop(secret);
        if schedule.fingerprint().to_string() != manifest.key_fingerprint {
            return Err(Error::OtherKey {
                path: key_path.to_path_buf(),
                expected: manifest.key_fingerprint.clone(),
                found: schedule.fingerprint().to_string(),
            });
        }
        let auth = schedule.auth_key();
        manifest.verify(&auth, manifest_path)?;
        let party = manifest
            .party(&payload.party)
            .cloned()
            .ok_or(Error::UnknownParty {
                path: key_path.to_path_buf(),
                party: payload.party.clone(),
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
    pub fn open(manifest_path: &Path, identity_path: &Path) -> Result<Self> {
        let manifest = Manifest::load(manifest_path)?;
        let identity = identity::load(identity_path)?;
        let auth = manifest.coordinator_auth_key(&identity, manifest_path)?;
        manifest.verify(&auth, manifest_path)?;
        Ok(Self { manifest, auth })
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
