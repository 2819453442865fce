//! `croise campaign`: the organiser creates a campaign; anyone shows one.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::Subcommand;
use croise::campaign::{self, CampaignPlan, Manifest, Party, Side};
use croise_scheme::normalize::AgeWindow;

use super::i18n::{say, tr};

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Create a campaign: the public manifest and one key file per party.
    ///
    /// Writes DIR/campaign.toml (public: send it to every participant) and
    /// DIR/keys/PARTY.key.age (send each to its party only; each is
    /// encrypted to that party). The coordinator gets no key file.
    ///
    /// Example:
    ///   croise campaign new --name "Grand Est 2026-T4" --reference-date 2026-10-01 \
    ///     --party "stemo-nancy:justice:age1…:STEMO de Nancy" \
    ///     --party "ml-nancy:mission-locale:age1…:Mission Locale du Grand Nancy" \
    ///     --coordinator age1… --out campagne
    New {
        /// Campaign name shown to everyone.
        #[arg(long)]
        name: String,
        /// Reference date for the age window (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        reference_date: String,
        /// Youngest age kept (inclusive) at the reference date.
        #[arg(long, default_value_t = 16)]
        min_age: u32,
        /// Age from which people are no longer kept (exclusive).
        #[arg(long, default_value_t = 18)]
        max_age: u32,
        /// A data-holding party: ID:SIDE:RECIPIENT[:NAME], SIDE being
        /// `justice` or `mission-locale`. Repeat for each party.
        #[arg(
            long = "party",
            value_name = "ID:SIDE:RECIPIENT[:NAME]",
            required = true
        )]
        parties: Vec<String>,
        /// The coordinator's age recipient (age1…).
        #[arg(long, value_name = "RECIPIENT")]
        coordinator: String,
        /// Folder to write the campaign into (created if needed).
        #[arg(long, value_name = "DIR", default_value = ".")]
        out: PathBuf,
    },
    /// Show a campaign manifest.
    Show {
        /// The campaign manifest.
        #[arg(value_name = "FILE", default_value = "campaign.toml")]
        campaign: PathBuf,
    },
}

pub fn run(command: CampaignCommand) -> Result<()> {
    match command {
        CampaignCommand::New {
            name,
            reference_date,
            min_age,
            max_age,
            parties,
            coordinator,
            out,
        } => {
            let reference_date = parse_day(&reference_date)?;
            let parties = parties
                .iter()
                .map(|p| parse_party(p))
                .collect::<Result<Vec<_>>>()?;
            let plan = CampaignPlan {
                name,
                reference_date,
                window: AgeWindow { min_age, max_age },
                parties,
                coordinator_recipient: coordinator,
                created: chrono::Local::now().date_naive(),
            };
            let created = Manifest::create(plan)?;
            campaign::write_campaign(&created, &out)?;
            let m = &created.manifest;
            say!(
                "Campagne « {} » créée dans {}.",
                "Campaign “{}” created in {}.",
                m.name,
                out.display()
            );
            say!(
                "  manifeste : {} (public : envoyez-le à chaque participant, coordinateur compris)",
                "  manifest: {} (public: send it to every participant)",
                out.join("campaign.toml").display()
            );
            for (party, _) in &created.key_files {
                say!(
                    "  fichier de clé de {party} : {} (à envoyer à {party} seulement)",
                    "  key file for {party}: {} (send it to {party} only)",
                    campaign::key_file_path(&out, party).display()
                );
            }
            say!(
                "  empreinte de la clé : {} — chaque participant doit lire la même ; comparez-la au téléphone",
                "  key fingerprint: {} — every participant sees the same one",
                m.key_fingerprint
            );
            say!(
                "  empreinte du manifeste : {} — chaque participant et le coordinateur la comparent avec vous au téléphone",
                "  manifest digest: {} — every participant and the coordinator compare it with you by phone",
                m.digest().grouped()
            );
        }
        CampaignCommand::Show { campaign: path } => {
            let m = Manifest::load(&path)?;
            print_manifest(&m);
            say!(
                "(affiché tel qu'il est écrit ; son authenticité est vérifiée quand il sert avec une clé.\n Comparez l'empreinte du manifeste et les destinataires au téléphone avec l'organisateur.)",
                "(shown as written; authenticity is checked when the manifest is used with a key.\n Compare the digest and the recipients by phone with the organiser.)"
            );
        }
    }
    Ok(())
}

pub fn print_manifest(m: &Manifest) {
    say!(
        "Campagne « {} » ({})",
        "Campaign “{}” ({})",
        m.name,
        m.campaign_id
    );
    say!(
        "  date de référence {}, âges de {} ans à moins de {} ans, schéma {}",
        "  reference date {}, ages {} to {} (excluded), scheme {}",
        m.reference_date,
        m.min_age,
        m.max_age,
        m.scheme
    );
    say!(
        "  empreinte de la clé {}",
        "  key fingerprint {}",
        m.key_fingerprint
    );
    say!(
        "  empreinte du manifeste {}",
        "  manifest digest {}",
        m.digest().grouped()
    );
    say!(
        "  destinataire du coordinateur {}",
        "  coordinator recipient {}",
        m.coordinator.recipient
    );
    for p in &m.parties {
        say!(
            "  participant {:<16} {:<15} {}",
            "  party {:<16} {:<15} {}",
            p.id,
            p.side.as_str(),
            p.name
        );
        say!(
            "        destinataire {}",
            "        recipient {}",
            p.recipient
        );
    }
}

/// What a data holder checks: the campaign its list was used in, as its key
/// file was issued for it (the digest is the one `campaign show` prints).
pub fn print_opened(m: &Manifest) {
    say!(
        "Campagne « {} » : date de référence {}, âges de {} ans à moins de {} ans, empreinte du manifeste {}",
        "Campaign “{}”: reference date {}, ages {} to {} (excluded), manifest digest {}",
        m.name,
        m.reference_date,
        m.min_age,
        m.max_age,
        m.digest().grouped()
    );
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text.trim(), "%d/%m/%Y"))
        .with_context(|| {
            tr!(
                "`{text}` n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2026-10-01",
                "`{text}` is not a date: use YYYY-MM-DD, e.g. 2026-10-01"
            )
        })
}

fn parse_party(spec: &str) -> Result<Party> {
    let mut parts = spec.splitn(4, ':');
    let (Some(id), Some(side), Some(recipient)) = (parts.next(), parts.next(), parts.next()) else {
        bail!(tr!(
            "--party `{spec}` : il faut ID:CÔTÉ:CLÉ_PUBLIQUE[:NOM], par exemple stemo-nancy:justice:age1…:STEMO de Nancy",
            "--party `{spec}`: expected ID:SIDE:RECIPIENT[:NAME], e.g. stemo-nancy:justice:age1…:STEMO de Nancy"
        ));
    };
    let side: Side = side.parse()?;
    let id = id.trim().to_string();
    let name = parts
        .next()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(&id)
        .to_string();
    campaign::recipient(recipient)?;
    Ok(Party {
        id,
        name,
        side,
        recipient: recipient.trim().to_string(),
    })
}
