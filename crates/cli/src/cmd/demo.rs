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

use super::i18n::{self, say, tr};
use super::matching::print_summary;
use super::reveal::{confidence_fr, reveal_to};
use super::tokenize::{print_counts, tokenize_to};

/// Run the whole flow on the bundled invented samples.
///
/// Creates identities for two STEMO, two Missions Locales and a
/// coordinator, a campaign, then runs every role in a temporary folder and
/// prints what each role sees. All people in the samples are invented.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Keep the demo's files in this (new or empty) folder instead of a
    /// temporary one, to look at them afterwards.
    #[arg(long, value_name = "DIR")]
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
                bail!(tr!(
                    "{} n'est pas vide : indiquez à --keep un dossier nouveau ou vide",
                    "{} is not empty; give a new or empty folder to --keep",
                    dir.display()
                ));
            }
            dir
        }
        None => {
            temp = tempfile::tempdir().with_context(|| {
                tr!(
                    "impossible de créer un dossier temporaire",
                    "cannot create a temporary folder"
                )
            })?;
            temp.path().to_path_buf()
        }
    };
    run_in(&root)
}

fn step(title: String) {
    println!("\n=== {title} ===");
}

fn run_in(root: &Path) -> Result<()> {
    say!(
        "croise demo — personnes inventées uniquement. Dossier de travail : {}",
        "croise demo — invented people only. Working folder: {}",
        root.display()
    );

    step(tr!(
        "1. Chaque participant crée son identité (une seule fois)",
        "1. Every participant creates its identity (once)"
    ));
    let mut recipients = Vec::new();
    for p in &PARTIES {
        let dir = root.join(p.id);
        std::fs::create_dir_all(&dir)
            .with_context(|| tr!("impossible de créer {}", "cannot create {}", dir.display()))?;
        std::fs::write(dir.join("liste.csv"), p.list).with_context(|| {
            tr!(
                "impossible d'écrire dans {}",
                "cannot write into {}",
                dir.display()
            )
        })?;
        let recipient = identity::create(&dir.join("identity.txt"))?;
        say!(
            "  {:<12} clé publique {}…",
            "  {:<12} public recipient {}…",
            p.id,
            &recipient.to_string()[..20]
        );
        recipients.push(recipient.to_string());
    }
    let coordinator_dir = root.join("coordinator");
    let coordinator_recipient = identity::create(&coordinator_dir.join("identity.txt"))?;
    say!(
        "  {:<12} clé publique {}…",
        "  {:<12} public recipient {}…",
        tr!("coordinateur", "coordinator"),
        &coordinator_recipient.to_string()[..20]
    );

    step(tr!(
        "2. L'organisateur (la STEMO de Nancy) crée la campagne",
        "2. The organiser (STEMO de Nancy) creates the campaign"
    ));
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
    say!(
        "  Le manifeste va à tout le monde ; chaque fichier de clé va à son seul participant, chiffré pour lui.",
        "  The manifest goes to everyone; each key file goes to its party only, encrypted to it."
    );
    say!(
        "  Le coordinateur ne reçoit aucune clé : il ne peut jamais recalculer un jeton.",
        "  The coordinator receives no key: it can never recompute a token."
    );

    step(tr!(
        "3. Chaque détenteur produit les jetons de sa propre liste, sur son propre poste",
        "3. Each data holder tokenizes its own list, on its own workstation"
    ));
    let inbox = coordinator_dir.join("inbox");
    let mut token_files = Vec::new();
    for p in &PARTIES {
        let dir = root.join(p.id);
        let key = campaign::key_file_path(&campaign_dir, p.id);
        let ctx = HolderContext::open(&manifest_path, &key, &dir.join("identity.txt"))?;
        let out = inbox.join(format!("{}.tokens.age", p.id));
        say!(
            "  {} ({}) lit {} :",
            "  {} ({}) reads {}:",
            p.name,
            p.id,
            dir.join("liste.csv").display()
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
        say!(
            "  format : {}, séparateur {}, en-tête en ligne {}",
            "  format: {}, {} delimiter, header on row {}",
            i18n::encoding(list.dialect.encoding),
            i18n::delimiter(&list.dialect),
            list.header_row
        );
        print_counts(&report.header.counts, &report.rejected_rows);
        let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        say!(
            "  → {} ({size} octets, chiffré pour le coordinateur) envoyé au coordinateur\n",
            "  → {} ({size} bytes, encrypted to the coordinator) sent to the coordinator\n",
            out.display()
        );
        token_files.push(out);
    }

    step(tr!(
        "4. Le coordinateur rapproche les fichiers de jetons",
        "4. The coordinator matches the token files"
    ));
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
    say!(
        "  Ce que voit le coordinateur : des identifiants et des jetons illisibles, et ces comptages.",
        "  What the coordinator sees: opaque handles and tokens, and these counts."
    );
    if let Some((_, result)) = outcome.results.first()
        && let Some(link) = result.links.first()
    {
        say!(
            "  Par exemple, un identifiant de {} : {} (il ne veut rien dire sans la liste).",
            "  For example, one handle of {}: {} (it means nothing without the list).",
            result.header.party,
            hex::encode(link.handle)
        );
    }
    print_summary(&outcome.summary);
    say!(
        "  Le résultat de chaque participant est chiffré pour lui seul.",
        "  Each party's result is encrypted to that party alone."
    );

    step(tr!(
        "5. Chaque détenteur révèle ses propres résultats, sur son poste",
        "5. Each data holder reveals its own results, locally"
    ));
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
        say!(
            "\n  {} — {} jeunes signalés (écrits dans {}) :",
            "\n  {} — {} young people flagged (written to {}):",
            p.name,
            revealed.rows.len(),
            out.display()
        );
        for r in &revealed.rows {
            let field = |role: Role| {
                col(role)
                    .and_then(|i| r.fields.get(i))
                    .map(String::as_str)
                    .unwrap_or("")
            };
            say!(
                "    rapprochement {}  {:<30} {:<10}  ligne {:>3}  {} {} ({})",
                "    match {}  {:<30} {:<10}  row {:>3}  {} {} ({})",
                r.match_number,
                r.counterpart_name,
                confidence_fr(r.confidence),
                r.row,
                field(Role::BirthName),
                field(Role::GivenNames),
                field(Role::BirthDate),
            );
        }
    }
    say!(
        "\nL'éducateur et le conseiller parlent maintenant du « rapprochement 0001 », jamais d'un nom dans un courriel.",
        "\nThe educator and the counsellor now talk about “match 0001”, never by name in a mail."
    );
    Ok(())
}
