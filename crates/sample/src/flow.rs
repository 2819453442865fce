//! The one set-up of a whole campaign in a folder, as the organiser and the
//! participants would make it: an identity for every data holder and the
//! coordinator, a campaign, the key files, and every role's context.
//!
//! The evaluation and the benchmarks start from here, so that the flow they
//! measure is set up once, the way users set it up (through the library's
//! own `identity::create`, `Manifest::create` and `write_campaign`).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use croise::Result;
use croise::campaign::{
    self, CampaignPlan, CoordinatorContext, HolderContext, Manifest, Party, Side,
};
use croise::identity;
use croise_scheme::normalize::AgeWindow;

/// A data holder of a campaign: identifier, display name and side.
#[derive(Debug, Clone)]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub side: Side,
}

impl Participant {
    pub fn new(id: &str, name: &str, side: Side) -> Participant {
        Participant {
            id: id.to_string(),
            name: name.to_string(),
            side,
        }
    }
}

/// A campaign set up in a folder: `DIR/<id>.identity` for every data holder,
/// `DIR/coordinator.identity`, and `DIR/campaign/` with the manifest and
/// the key files.
pub struct Flow {
    pub dir: PathBuf,
    pub campaign_dir: PathBuf,
    pub manifest_path: PathBuf,
    /// The data holders' contexts, in the order given.
    pub holders: Vec<HolderContext>,
    pub coordinator: CoordinatorContext,
}

impl Flow {
    /// Creates the identities, the campaign and the contexts in `dir`
    /// (which must exist). The campaign's creation date is its reference
    /// date, so that the same inputs give the same files' contents.
    pub fn create(
        dir: &Path,
        name: &str,
        reference_date: NaiveDate,
        participants: &[Participant],
    ) -> Result<Flow> {
        let identity_path = |who: &str| dir.join(format!("{who}.identity"));
        let mut parties = Vec::new();
        for p in participants {
            let recipient = identity::create(&identity_path(&p.id))?;
            parties.push(Party {
                id: p.id.clone(),
                name: p.name.clone(),
                side: p.side,
                recipient: recipient.to_string(),
                // The fixture measures national-size lists (150,000 ×
                // 1,000,000): the largest bound a manifest may state.
                max_records: campaign::MAX_RECORDS_LIMIT,
                contact: None,
            });
        }
        let coordinator_identity = identity_path("coordinator");
        let coordinator_recipient = identity::create(&coordinator_identity)?.to_string();
        let plan = CampaignPlan {
            name: name.to_string(),
            reference_date,
            window: AgeWindow::default(),
            parties,
            coordinator_recipient,
            created: reference_date,
        };
        let campaign_dir = dir.join("campaign");
        campaign::write_campaign(&Manifest::create(plan)?, &campaign_dir)?;
        let manifest_path = campaign_dir.join("campaign.toml");
        let holders = participants
            .iter()
            .map(|p| {
                HolderContext::open(
                    &manifest_path,
                    &campaign::key_file_path(&campaign_dir, &p.id),
                    &identity_path(&p.id),
                )
            })
            .collect::<Result<Vec<_>>>()?;
        let coordinator = CoordinatorContext::open(&manifest_path, &coordinator_identity)?;
        Ok(Flow {
            dir: dir.to_path_buf(),
            campaign_dir,
            manifest_path,
            holders,
            coordinator,
        })
    }

    /// The identity file of a data holder (by identifier) or of
    /// `"coordinator"`.
    pub fn identity_path(&self, who: &str) -> PathBuf {
        self.dir.join(format!("{who}.identity"))
    }
}
