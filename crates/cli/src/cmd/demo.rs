//! `croise demo`: the whole three-role flow on the bundled invented samples,
//! with no set-up, printing what each role sees at each step.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use croise::campaign::{
    self, CampaignPlan, CoordinatorContext, HolderContext, Manifest, Party, Side,
};
use croise::identity;
use croise::input::{ReadOptions, Role};
use croise::tokenize::Losses;
use croise_scheme::normalize::AgeWindow;

use super::matching::print_summary;
use super::reveal::reveal_to;
use super::tokenize::{print_counts, tokenize_to};
use crate::i18n::{self, count, fl, n, outside};

// Help texts: `help-demo`, `help-demo-long`, `arg-demo-keep`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-demo"), long_about = fl!("help-demo-long"))]
pub struct Args {
    #[arg(long, value_name = fl!("value-dir"), help = fl!("arg-demo-keep"))]
    keep: Option<PathBuf>,
}

struct SampleParty {
    id: &'static str,
    name: &'static str,
    side: Side,
    list: &'static [u8],
}

const PARTIES: [SampleParty; 4] = [
    SampleParty {
        id: "stemo-nancy",
        name: "STEMO de Nancy",
        side: Side::Justice,
        list: include_bytes!("../../../../samples/stemo-nancy.csv"),
    },
    SampleParty {
        id: "stemo-metz",
        name: "STEMO de Metz",
        side: Side::Justice,
        list: include_bytes!("../../../../samples/stemo-metz.csv"),
    },
    SampleParty {
        id: "ml-nancy",
        name: "Mission Locale du Grand Nancy",
        side: Side::MissionLocale,
        list: include_bytes!("../../../../samples/ml-nancy.csv"),
    },
    SampleParty {
        id: "ml-metz",
        name: "Mission Locale de Metz",
        side: Side::MissionLocale,
        list: include_bytes!("../../../../samples/ml-metz.csv"),
    },
];

pub fn run(args: Args) -> Result<()> {
    let temp;
    let root: PathBuf = match args.keep {
        Some(dir) => {
            if dir.exists()
                && std::fs::read_dir(&dir)
                    .map(|mut d| d.next().is_some())
                    .unwrap_or(true)
            {
                bail!(fl!("demo-not-empty", dir = i18n::path(&dir)));
            }
            dir
        }
        None => {
            temp = tempfile::tempdir().with_context(|| fl!("cannot-create-temp"))?;
            temp.path().to_path_buf()
        }
    };
    run_in(&root)
}

fn step(title: String) {
    println!("\n=== {title} ===");
}

fn run_in(root: &Path) -> Result<()> {
    println!("{}", fl!("demo-intro", dir = i18n::path(root)));

    step(fl!("demo-step-identities"));
    let mut recipients = Vec::new();
    for p in &PARTIES {
        let dir = root.join(p.id);
        std::fs::create_dir_all(&dir)
            .with_context(|| fl!("cannot-create", path = i18n::path(&dir)))?;
        std::fs::write(dir.join("liste.csv"), p.list)
            .with_context(|| fl!("cannot-write-into", path = i18n::path(&dir)))?;
        let recipient = identity::create(&dir.join("identity.txt"))?;
        println!(
            "  {}",
            fl!(
                "demo-recipient",
                who = format!("{:<12}", p.id),
                recipient = recipient.to_string()[..20].to_string()
            )
        );
        recipients.push(recipient.to_string());
    }
    let coordinator_dir = root.join("coordinator");
    let coordinator_recipient = identity::create(&coordinator_dir.join("identity.txt"))?;
    println!(
        "  {}",
        fl!(
            "demo-recipient",
            who = format!("{:<12}", fl!("demo-coordinator")),
            recipient = coordinator_recipient.to_string()[..20].to_string()
        )
    );

    step(fl!("demo-step-campaign"));
    let plan = CampaignPlan {
        name: "Démonstration Grand Est".into(),
        reference_date: NaiveDate::from_ymd_opt(2026, 10, 1).expect("valid date"),
        window: AgeWindow::default(),
        parties: PARTIES
            .iter()
            .zip(&recipients)
            .map(|(p, r)| Party {
                id: p.id.into(),
                name: p.name.into(),
                side: p.side,
                recipient: r.clone(),
                max_records: campaign::DEFAULT_MAX_RECORDS,
                contact: None,
            })
            .collect(),
        coordinator_recipient: coordinator_recipient.to_string(),
        created: chrono::Local::now().date_naive(),
    };
    let campaign_dir = root.join("stemo-nancy").join("campagne");
    let created = Manifest::create(plan)?;
    campaign::write_campaign(&created, &campaign_dir)?;
    let manifest_path = campaign_dir.join("campaign.toml");
    super::campaign::print_manifest(&created.manifest);
    println!("  {}", fl!("demo-manifest-to-all"));
    println!("  {}", fl!("demo-no-key"));

    step(fl!("demo-step-tokenize"));
    let inbox = coordinator_dir.join("inbox");
    let mut token_files = Vec::new();
    for p in &PARTIES {
        let dir = root.join(p.id);
        let key = campaign::key_file_path(&campaign_dir, p.id);
        let ctx = HolderContext::open(&manifest_path, &key, &dir.join("identity.txt"))?;
        let out = inbox.join(format!("{}.tokens.age", p.id));
        println!(
            "  {}",
            fl!(
                "demo-reads",
                name = p.name,
                id = p.id,
                path = i18n::path(&dir.join("liste.csv"))
            )
        );
        let (list, report) = tokenize_to(
            &ctx,
            &dir.join("liste.csv"),
            &ReadOptions::default(),
            &out,
            // The sample lists hold rejected rows on purpose, to show them.
            Losses::Accept,
            &|_, _, _| {},
        )?;
        println!(
            "  {}",
            fl!(
                "demo-format",
                encoding = i18n::encoding(list.dialect.encoding),
                delimiter = i18n::delimiter(&list.dialect),
                row = list.header_row.to_string()
            )
        );
        print_counts(&report.header.counts, &report.rejected_rows);
        let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        println!(
            "  {}\n",
            fl!("demo-sent", path = i18n::path(&out), size = count(size))
        );
        token_files.push(out);
    }

    step(fl!("demo-step-match"));
    let coordinator_identity = coordinator_dir.join("identity.txt");
    let ctx = CoordinatorContext::open(&manifest_path, &coordinator_identity)?;
    let outcome = croise::coordinator::run(
        &ctx,
        &identity::load(&coordinator_identity)?,
        &token_files,
        &coordinator_dir.join("results"),
        croise::coordinator::Completeness::Required,
        chrono::Local::now().date_naive(),
        &|_, _, _| {},
    )?;
    println!("  {}", fl!("demo-coordinator-sees"));
    if let Some((_, result)) = outcome.results.first()
        && let Some(link) = result.links.first()
    {
        println!(
            "  {}",
            fl!(
                "demo-handle",
                party = outside(&result.header.party),
                handle = hex::encode(link.handle)
            )
        );
    }
    print_summary(&outcome.summary);
    super::matching::print_outliers(&outcome.summary);
    println!("  {}", fl!("demo-result-encrypted"));

    step(fl!("demo-step-reveal"));
    for p in &PARTIES {
        let dir = root.join(p.id);
        let key = campaign::key_file_path(&campaign_dir, p.id);
        let ctx = HolderContext::open(&manifest_path, &key, &dir.join("identity.txt"))?;
        let result = coordinator_dir
            .join("results")
            .join(format!("{}.result.age", p.id));
        let out = dir.join(format!("{}-rapprochements.csv", p.id));
        let revealed = reveal_to(
            &ctx,
            &dir.join("identity.txt"),
            &result,
            &dir.join("liste.csv"),
            &ReadOptions::default(),
            &out,
            &|_, _, _| {},
        )?;
        let list = croise::input::ListFile::open(&dir.join("liste.csv"), &ReadOptions::default())?;
        let col = |role: Role| list.mapping.column(role);
        println!(
            "\n  {}",
            fl!(
                "demo-flagged",
                name = p.name,
                n = n(revealed.rows.len()),
                count = count(revealed.rows.len()),
                path = i18n::path(&out)
            )
        );
        for r in &revealed.rows {
            let field = |role: Role| {
                col(role)
                    .and_then(|i| r.fields.get(i))
                    .map(String::as_str)
                    .unwrap_or("")
            };
            // Values of the (invented) list: shown here on purpose, as a
            // data holder sees them, but made safe for the screen.
            println!(
                "    {}",
                fl!(
                    "demo-link",
                    number = r.match_number.to_string(),
                    partner = format!("{:<30}", outside(&r.counterpart_name)),
                    confidence = format!("{:<10}", i18n::confidence(r.confidence)),
                    row = format!("{:>3}", r.row),
                    surname = outside(field(Role::BirthName)),
                    given = outside(field(Role::GivenNames)),
                    birth = outside(field(Role::BirthDate))
                )
            );
            if r.confidence != croise::matching::Confidence::Sure {
                println!(
                    "      {}",
                    fl!("demo-why", reasons = i18n::reasons(r.reasons))
                );
            }
        }
    }
    println!("\n{}", fl!("demo-end"));
    Ok(())
}
