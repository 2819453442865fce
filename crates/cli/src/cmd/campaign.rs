//! `croise campaign`: the organiser creates a campaign; anyone shows one.

use std::path::PathBuf;

use anyhow::{Result, anyhow, bail};
use clap::Subcommand;
use croise::campaign::{self, CampaignPlan, Manifest, Party, Side};
use croise_scheme::normalize::AgeWindow;

use crate::i18n::{self, count, fl, n, outside};

// Help texts: the `help-campaign-*` and `arg-campaign-*` messages.
#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    #[command(about = fl!("help-campaign-new"), long_about = fl!("help-campaign-new-long"))]
    New {
        #[arg(long, value_name = fl!("value-name"), help = fl!("arg-campaign-name"))]
        name: String,
        #[arg(long, value_name = fl!("value-date"), help = fl!("arg-reference-date"))]
        reference_date: String,
        #[arg(long, default_value_t = 16, help = fl!("arg-campaign-min-age"))]
        min_age: u32,
        #[arg(long, default_value_t = 18, help = fl!("arg-campaign-max-age"))]
        max_age: u32,
        #[arg(
            long = "party",
            value_name = fl!("value-party"),
            required = true,
            help = fl!("arg-campaign-party")
        )]
        parties: Vec<String>,
        #[arg(
            long = "max-records",
            value_name = "ID=N",
            help = fl!("arg-campaign-max-records")
        )]
        max_records: Vec<String>,
        #[arg(
            long,
            value_name = "N",
            default_value_t = campaign::DEFAULT_MAX_RECORDS,
            help = fl!("arg-campaign-max-records-default")
        )]
        max_records_default: u64,
        #[arg(long = "contact", value_name = fl!("value-contact"), help = fl!("arg-campaign-contact"))]
        contacts: Vec<String>,
        #[arg(long, value_name = fl!("value-recipient"), help = fl!("arg-campaign-coordinator"))]
        coordinator: String,
        #[arg(long, value_name = fl!("value-dir"), default_value = ".", help = fl!("arg-campaign-out"))]
        out: PathBuf,
    },
    #[command(about = fl!("help-campaign-show"))]
    Show {
        #[arg(value_name = fl!("value-file"), default_value = "campaign.toml", help = fl!("arg-campaign"))]
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
            max_records,
            max_records_default,
            contacts,
            coordinator,
            out,
        } => {
            let reference_date = super::parse_day(&reference_date)?;
            let mut parties = parties
                .iter()
                .map(|p| parse_party(p, max_records_default))
                .collect::<Result<Vec<_>>>()?;
            for spec in &max_records {
                let (id, max) = parse_bound(spec)?;
                let Some(party) = parties.iter_mut().find(|p| p.id == id) else {
                    bail!(fl!("campaign-max-records-unknown", id = outside(&id)));
                };
                party.max_records = max;
            }
            for spec in &contacts {
                let Some((id, contact)) = spec.split_once('=') else {
                    bail!(fl!("campaign-contact-spec", spec = outside(spec)));
                };
                let Some(party) = parties.iter_mut().find(|p| p.id == id.trim()) else {
                    bail!(fl!("campaign-contact-unknown", id = outside(id.trim())));
                };
                party.contact = Some(campaign::Contact::parse(contact));
            }
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
            // The digest first, on its own line, before any name: a name
            // comes from outside and must not be able to look like it.
            println!(
                "{}",
                fl!("campaign-created-digest", digest = m.digest().grouped())
            );
            println!(
                "{}",
                fl!(
                    "campaign-created",
                    name = outside(&m.name),
                    dir = i18n::path(&out)
                )
            );
            println!(
                "  {}",
                fl!(
                    "campaign-created-reference",
                    date = i18n::date(m.reference_date),
                    min = m.min_age.to_string(),
                    max = m.max_age.to_string()
                )
            );
            println!(
                "  {}",
                fl!(
                    "campaign-created-manifest",
                    path = i18n::path(&out.join("campaign.toml"))
                )
            );
            for (party, _) in &created.key_files {
                println!(
                    "  {}",
                    fl!(
                        "campaign-created-key-file",
                        party = outside(party),
                        path = i18n::path(&campaign::key_file_path(&out, party))
                    )
                );
            }
            for p in &m.parties {
                println!(
                    "  {}",
                    fl!(
                        "campaign-created-bound",
                        party = outside(&p.id),
                        max = n(p.max_records),
                        count = count(p.max_records)
                    )
                );
            }
            println!(
                "  {}",
                fl!(
                    "campaign-created-fingerprint",
                    fingerprint = outside(&m.key_fingerprint)
                )
            );
        }
        CampaignCommand::Show { campaign: path } => {
            super::find_manifest(&path)?;
            let m = Manifest::load(&path)?;
            print_manifest(&m);
            println!("{}", fl!("campaign-shown-as-written"));
        }
    }
    Ok(())
}

/// Prints a manifest as written. Everything in it came from outside (a
/// forged manifest is shown before its authenticity can be checked), so
/// every value is made safe for the screen.
pub fn print_manifest(m: &Manifest) {
    // The digest first, on its own line, before any name (see `run`).
    println!("{}", fl!("manifest-digest", digest = m.digest().grouped()));
    println!(
        "{}",
        fl!(
            "manifest-title",
            name = outside(&m.name),
            id = outside(m.campaign_id.as_str())
        )
    );
    println!(
        "  {}",
        fl!(
            "manifest-window",
            date = i18n::date(m.reference_date),
            min = m.min_age.to_string(),
            max = m.max_age.to_string(),
            scheme = outside(&m.scheme)
        )
    );
    println!(
        "  {}",
        fl!(
            "manifest-fingerprint",
            fingerprint = outside(&m.key_fingerprint)
        )
    );
    println!(
        "  {}",
        fl!(
            "manifest-coordinator",
            recipient = outside(&m.coordinator.recipient)
        )
    );
    println!(
        "        {}",
        fl!(
            "manifest-check-code",
            code = croise::identity::check_code(&m.coordinator.recipient)
        )
    );
    for p in &m.parties {
        println!(
            "  {}",
            fl!(
                "manifest-party",
                id = format!("{:<16}", outside(&p.id)),
                side = format!("{:<15}", p.side.as_str()),
                name = outside(&p.name)
            )
        );
        println!(
            "        {}",
            fl!(
                "manifest-party-recipient",
                recipient = outside(&p.recipient)
            )
        );
        println!(
            "        {}",
            fl!(
                "manifest-check-code",
                code = croise::identity::check_code(&p.recipient)
            )
        );
        println!(
            "        {}",
            fl!(
                "manifest-party-bound",
                max = n(p.max_records),
                count = count(p.max_records)
            )
        );
        if let Some(contact) = &p.contact {
            let line = contact.one_line();
            println!(
                "        {}",
                fl!("manifest-contact", contact = outside(&line))
            );
        }
    }
}

/// What a data holder checks: the campaign its list was used in, as its key
/// file was issued for it (the digest is the one `campaign show` prints).
pub fn print_opened(m: &Manifest) {
    // The digest first, on its own line, before any name (see `run`).
    println!("{}", fl!("manifest-digest", digest = m.digest().grouped()));
    println!(
        "{}",
        fl!(
            "manifest-opened",
            name = outside(&m.name),
            date = i18n::date(m.reference_date),
            min = m.min_age.to_string(),
            max = m.max_age.to_string()
        )
    );
}

/// `ID=N`: a party's bound on records. The range is checked with the rest
/// of the plan (`Manifest::create`).
fn parse_bound(spec: &str) -> Result<(String, u64)> {
    spec.split_once('=')
        .and_then(|(id, max)| Some((id.trim().to_string(), max.trim().parse().ok()?)))
        .ok_or_else(|| anyhow!(fl!("campaign-max-records-spec", spec = outside(spec))))
}

fn parse_party(spec: &str, max_records: u64) -> Result<Party> {
    let mut parts = spec.splitn(4, ':');
    let (Some(id), Some(side), Some(recipient)) = (parts.next(), parts.next(), parts.next()) else {
        bail!(fl!("campaign-party-spec", spec = outside(spec)));
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
        max_records,
        contact: None,
    })
}
