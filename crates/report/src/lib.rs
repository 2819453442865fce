//! Reports for the regional committees (comité technique, comité de
//! pilotage): from the coordinator's match summaries — counts only — the
//! shared indicators the regional convention asks for, per campaign and
//! over campaigns, with small counts suppressed.
//!
//! [`Report::build`] turns one or more verified summaries into a model of
//! published figures; [`html`] writes it as one self-contained page and
//! [`csv`] as a table for spreadsheets. Every count goes through
//! [`suppress`] while the model is built: the model holds [`Figure`]s,
//! never raw counts, so a writer cannot publish a small count by mistake.
//!
//! What the figures are:
//! - records submitted per organisation, by age at the reference date, from
//!   the counts each token file carries (the coordinator never learns the
//!   age of a record);
//! - links per pair of organisations (each STEMO × each Mission Locale), per
//!   organisation and in all, and by confidence level where that can be
//!   shown safely;
//! - links as a share of the records submitted, also over campaigns;
//! - rows read but not kept per organisation: rejected, out of the age
//!   window.
//!
//! Figures that add up are suppressed together, so that no hidden figure
//! can be recomputed from any table of the page. The links are published in
//! two steps: first the headline — links of all levels together per pair
//! of organisations, per organisation and in all — suppressed on its own,
//! so that an organisation's total is hidden only when it is small (or when
//! the pair table alone needs it); then the breakdown by confidence level
//! at one grain (per pair, per organisation, or in all only; [`Detail`]):
//! the one that shows the most of it among those whose suppression leaves
//! every headline figure as it was. What is published is still one
//! suppression of one table, so every guarantee of [`suppress`] holds.
//! Each side's records form one table of organisation × age, and the rows
//! not kept one table of organisation × reason.
//!
//! Names read from summaries and manifests are outside text: they go
//! through [`croise::safe::for_screen`] when read, so that no control,
//! ANSI or bidirectional character reaches the page or the CSV file.
//!
//! Never reads anything but summaries; holds no name of a person, no handle
//! and no match number.

pub mod csv;
pub mod html;
pub mod suppress;

mod chart;
mod i18n;
mod words;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use croise::campaign::{CoordinatorContext, Manifest, Side};
use croise::error::Error;
use croise::format::summary::{LinkCounts, PartySummary, Summary};
use croise::matching::Confidence;

pub use croise_lang::Lang;
pub use suppress::{Figure, Threshold};

/// Outside text made fit for the page and the CSV file.
fn clean(text: &str) -> String {
    croise::safe::for_screen(text).into_owned()
}

/// One verified summary, with what the report needs beyond it.
#[derive(Debug, Clone)]
pub struct ReportInput {
    /// Where the summary was read from, for messages.
    pub path: PathBuf,
    pub summary: Summary,
    /// Parties of the campaign that sent no token file.
    pub absent: Vec<Organisation>,
}

impl ReportInput {
    /// A summary with the manifest of its campaign, which names the parties
    /// that sent nothing (the summary lists only those that did).
    pub fn new(path: PathBuf, summary: Summary, manifest: &Manifest) -> Self {
        let absent = manifest
            .parties
            .iter()
            .filter(|p| !summary.parties.iter().any(|s| s.id == p.id))
            .map(|p| Organisation {
                id: clean(&p.id),
                name: clean(&p.name),
                side: p.side,
            })
            .collect();
        Self {
            path,
            summary,
            absent,
        }
    }
}

/// Why a report cannot be made. Names files and campaigns (made safe for
/// the screen), never a person.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{}: this summary is of campaign “{name}” ({id}), and no manifest of that campaign was given (given: {}). Add --campaign with that campaign's campaign.toml", .path.display(), .given.join(", "))]
    NoManifestFor {
        path: PathBuf,
        name: String,
        id: String,
        /// The campaigns given, as “name” (id).
        given: Vec<String>,
    },
    #[error("a report needs the campaign manifest (--campaign)")]
    NeedsManifest,
    #[error("a report needs at least one match summary")]
    NoSummary,
    #[error("{} and {} are two summaries of the same campaign “{name}”: give one summary per campaign (the latest run)", .first.display(), .second.display())]
    SameCampaignTwice {
        first: PathBuf,
        second: PathBuf,
        name: String,
    },
    /// An authenticated summary whose counts do not hold together.
    #[error("{}: {problem}", .path.display())]
    Inconsistent {
        path: PathBuf,
        problem: SummaryProblem,
    },
    #[error(transparent)]
    Croise(#[from] Error),
}

/// How the counts of a summary fail to hold together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SummaryProblem {
    #[error("party `{party}` has an unknown side `{side}`")]
    UnknownSide { party: String, side: String },
    #[error(
        "it counts links between `{justice}` and `{mission_locale}`, which are not a STEMO and a Mission Locale of this summary"
    )]
    PairNotInSummary {
        justice: String,
        mission_locale: String,
    },
    #[error("it counts links between `{justice}` and `{mission_locale}` twice")]
    PairTwice {
        justice: String,
        mission_locale: String,
    },
    #[error("party `{party}` has records counted under age `{age}`")]
    BadAge { party: String, age: String },
    #[error("party `{party}` has more records counted by age ({known}) than records ({records})")]
    MoreByAgeThanRecords {
        party: String,
        known: u64,
        records: u64,
    },
}

type Result<T, E = ReportError> = std::result::Result<T, E>;

/// Reads match summaries and verifies each with the authentication key of
/// its own campaign: `campaigns` are the coordinator's opened manifests,
/// matched to the summaries by campaign identifier, so that the summaries
/// of several campaigns (quarterly runs) can go into one report.
pub fn load_inputs(
    summaries: &[PathBuf],
    campaigns: &[CoordinatorContext],
) -> Result<Vec<ReportInput>> {
    let mut inputs = Vec::with_capacity(summaries.len());
    for path in summaries {
        let ctx = match campaign_of(path)? {
            Some((id, name)) => campaigns
                .iter()
                .find(|c| c.manifest.campaign_id.as_str() == id)
                .ok_or_else(|| {
                    let given: Vec<String> = campaigns
                        .iter()
                        .map(|c| {
                            format!(
                                "“{}” ({})",
                                clean(&c.manifest.name),
                                clean(c.manifest.campaign_id.as_str())
                            )
                        })
                        .collect();
                    ReportError::NoManifestFor {
                        path: path.clone(),
                        name: clean(&name),
                        id: clean(&id),
                        given,
                    }
                })?,
            // Not a summary at all: let the summary reader say why.
            None => campaigns.first().ok_or(ReportError::NeedsManifest)?,
        };
        let summary = Summary::load(path, &ctx.auth)?;
        inputs.push(ReportInput::new(path.clone(), summary, &ctx.manifest));
    }
    Ok(inputs)
}

/// The campaign (identifier, name) a summary says it belongs to, read
/// before it can be verified, to choose the key to verify it with. `None`
/// if the file is not a summary.
fn campaign_of(path: &Path) -> Result<Option<(String, String)>> {
    #[derive(serde::Deserialize)]
    struct Head {
        kind: String,
        campaign_id: String,
        campaign_name: String,
    }
    let bytes = croise::output::read_file(path)?;
    let Ok(text) = croise::format::text_file(&bytes, path) else {
        return Ok(None);
    };
    Ok(toml::from_str::<Head>(text)
        .ok()
        .filter(|h| h.kind == croise::format::summary::KIND)
        .map(|h| (h.campaign_id, h.campaign_name)))
}

/// A party of a campaign, as the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub side: Side,
}

/// Links in all and, where the campaign's [`Detail`] publishes it, by
/// confidence level (in the order of [`Confidence::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Links {
    pub by_confidence: Option<[Figure; 3]>,
    pub total: Figure,
}

/// The grain at which the links by confidence level are published: among
/// those whose suppression hides no headline figure (links of all levels
/// per pair, per organisation, in all) that the headline table alone shows,
/// the one that shows the most figures by level (the finer on a tie).
/// Finer grains publish more tables, which may need more cells hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    /// Per pair of organisations, per organisation and in all.
    Pairs,
    /// Per organisation and in all.
    Organisations,
    /// For the whole campaign only.
    Campaign,
    /// Not at all: only the totals.
    None,
}

/// Rows of a list that were read but not kept, by reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quality {
    /// Rows rejected (unreadable or missing name or date of birth).
    pub rejected: Figure,
    /// Valid rows outside the age window at the reference date.
    pub out_of_window: Figure,
    /// Both together.
    pub not_kept: Figure,
}

/// A share of records, shown only when both counts are shown: a visible
/// share of a hidden count would give the count back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    Of {
        part: u64,
        whole: u64,
    },
    Hidden,
    /// No records to share.
    None,
}

impl Share {
    pub fn of(part: Figure, whole: Figure) -> Share {
        match (part.count(), whole.count()) {
            (_, Some(0)) => Share::None,
            (Some(part), Some(whole)) => Share::Of { part, whole },
            _ => Share::Hidden,
        }
    }

    /// The share in per cent.
    pub fn percent(self) -> Option<f64> {
        match self {
            Share::Of { part, whole } => Some(100.0 * part as f64 / whole as f64),
            _ => None,
        }
    }
}

/// A column of the records-by-age table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AgeGroup {
    /// Aged this many completed years at the reference date.
    Years(u32),
    /// Records whose token file gave no age (made by a version of croise
    /// that did not count ages).
    Unknown,
}

/// The figures of one organisation in one campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationFigures {
    pub organisation: Organisation,
    /// In the order of [`CampaignReport::ages`].
    pub records_by_age: Vec<Figure>,
    pub records: Figure,
    /// Links with every organisation of the other side.
    pub links: Links,
    /// Links as a share of records submitted.
    pub share: Share,
    /// Rows read but not kept.
    pub quality: Quality,
}

/// The figures of one pair of organisations.
#[derive(Debug, Clone, PartialEq)]
pub struct PairFigures {
    /// Index in [`CampaignReport::justice`].
    pub justice: usize,
    /// Index in [`CampaignReport::missions_locales`].
    pub mission_locale: usize,
    pub links: Links,
    /// Links as a share of the STEMO's records.
    pub share_of_justice: Share,
    /// Links as a share of the Mission Locale's records.
    pub share_of_mission_locale: Share,
}

/// The records of one side in all.
#[derive(Debug, Clone, PartialEq)]
pub struct SideFigures {
    pub side: Side,
    pub records_by_age: Vec<Figure>,
    pub records: Figure,
    /// All links as a share of this side's records.
    pub share: Share,
    pub quality: Quality,
}

/// Everything the report publishes about one campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignReport {
    pub campaign_id: String,
    pub name: String,
    pub reference_date: NaiveDate,
    pub min_age: u32,
    /// Excluded: people are kept while `min_age <= age < max_age`.
    pub max_age: u32,
    pub scheme: String,
    /// When the coordinator ran the matching.
    pub run_date: NaiveDate,
    /// The summary's authentication tag (hex), which identifies the exact
    /// file the figures come from.
    pub summary_tag: String,
    /// How finely the links by confidence level are published.
    pub detail: Detail,
    pub ages: Vec<AgeGroup>,
    pub justice: Vec<OrganisationFigures>,
    pub missions_locales: Vec<OrganisationFigures>,
    /// Every STEMO × every Mission Locale, STEMO after STEMO.
    pub pairs: Vec<PairFigures>,
    pub justice_total: SideFigures,
    pub missions_locales_total: SideFigures,
    /// All links of the campaign.
    pub links: Links,
    /// Parties of the campaign that sent no list.
    pub absent: Vec<Organisation>,
    /// Hidden figures: (shown as `<threshold`, masked).
    pub hidden: (usize, usize),
    /// Hidden figures a reader can still deduce from their labels alone
    /// (see [`suppress::Suppression::unprotectable`]).
    pub unprotectable: usize,
}

impl CampaignReport {
    pub fn pair(&self, justice: usize, mission_locale: usize) -> &PairFigures {
        &self.pairs[justice * self.missions_locales.len() + mission_locale]
    }

    pub fn side(&self, side: Side) -> (&[OrganisationFigures], &SideFigures) {
        match side {
            Side::Justice => (&self.justice, &self.justice_total),
            Side::MissionLocale => (&self.missions_locales, &self.missions_locales_total),
        }
    }
}

/// Links per organisation and in all over several campaigns.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// All links, one per campaign (in the report's order).
    pub overall: Vec<Figure>,
    /// All links as a share of the STEMO's records, and of the Missions
    /// Locales' records, one per campaign: counts of records change from
    /// one campaign to the next, shares compare.
    pub overall_shares: Vec<(Share, Share)>,
    /// One row per organisation that took part in any campaign, STEMO
    /// first; `None` where it took no part.
    pub rows: Vec<TrendRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    pub organisation: Organisation,
    pub links: Vec<Option<Figure>>,
    /// Links as a share of the organisation's records.
    pub shares: Vec<Option<Share>>,
}

/// A report on one or more campaigns.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub threshold: Threshold,
    /// When the report was made.
    pub generated: NaiveDate,
    /// Oldest first (by reference date, then date of the run).
    pub campaigns: Vec<CampaignReport>,
}

impl Report {
    /// Builds the report of `inputs`, suppressing small counts with
    /// `threshold`. Refuses two summaries of one campaign, and a summary
    /// whose counts do not hold together.
    pub fn build(
        inputs: Vec<ReportInput>,
        threshold: Threshold,
        generated: NaiveDate,
    ) -> Result<Report> {
        if inputs.is_empty() {
            return Err(ReportError::NoSummary);
        }
        for (i, a) in inputs.iter().enumerate() {
            if let Some(b) = inputs[..i]
                .iter()
                .find(|b| b.summary.campaign_id == a.summary.campaign_id)
            {
                return Err(ReportError::SameCampaignTwice {
                    first: b.path.clone(),
                    second: a.path.clone(),
                    name: clean(&a.summary.campaign_name),
                });
            }
        }
        let mut campaigns = inputs
            .iter()
            .map(|input| campaign_report(input, threshold))
            .collect::<Result<Vec<_>>>()?;
        campaigns.sort_by(|a, b| {
            (a.reference_date, a.run_date, &a.name).cmp(&(b.reference_date, b.run_date, &b.name))
        });
        Ok(Report {
            threshold,
            generated,
            campaigns,
        })
    }

    /// The trend over the campaigns, when there are several.
    pub fn trend(&self) -> Option<Trend> {
        if self.campaigns.len() < 2 {
            return None;
        }
        let mut rows: Vec<TrendRow> = Vec::new();
        for side in [Side::Justice, Side::MissionLocale] {
            let start = rows.len();
            for (k, campaign) in self.campaigns.iter().enumerate() {
                for org in campaign.side(side).0 {
                    let row = match rows[start..]
                        .iter()
                        .position(|r| r.organisation.id == org.organisation.id)
                    {
                        Some(i) => &mut rows[start + i],
                        None => {
                            rows.push(TrendRow {
                                organisation: org.organisation.clone(),
                                links: vec![None; self.campaigns.len()],
                                shares: vec![None; self.campaigns.len()],
                            });
                            rows.last_mut().expect("just pushed")
                        }
                    };
                    // The latest name wins: organisations get renamed.
                    row.organisation = org.organisation.clone();
                    row.links[k] = Some(org.links.total);
                    row.shares[k] = Some(org.share);
                }
            }
        }
        Some(Trend {
            overall: self.campaigns.iter().map(|c| c.links.total).collect(),
            overall_shares: self
                .campaigns
                .iter()
                .map(|c| (c.justice_total.share, c.missions_locales_total.share))
                .collect(),
            rows,
        })
    }

    /// Hidden figures a reader can deduce from labels alone, in all
    /// campaigns.
    pub fn unprotectable(&self) -> usize {
        self.campaigns.iter().map(|c| c.unprotectable).sum()
    }
}

fn campaign_report(input: &ReportInput, threshold: Threshold) -> Result<CampaignReport> {
    let summary = &input.summary;
    let bad = |problem: SummaryProblem| ReportError::Inconsistent {
        path: input.path.clone(),
        problem,
    };
    let mut justice = Vec::new();
    let mut missions_locales = Vec::new();
    for p in &summary.parties {
        let side: Side = p.side.parse().map_err(|_| {
            bad(SummaryProblem::UnknownSide {
                party: clean(&p.id),
                side: clean(&p.side),
            })
        })?;
        let list = match side {
            Side::Justice => &mut justice,
            Side::MissionLocale => &mut missions_locales,
        };
        list.push(p);
    }

    // Links, by pair of party indices.
    let mut pair_links: BTreeMap<(usize, usize), &LinkCounts> = BTreeMap::new();
    for pair in &summary.pairs {
        let j = justice.iter().position(|p| p.id == pair.justice);
        let m = missions_locales
            .iter()
            .position(|p| p.id == pair.mission_locale);
        let (Some(j), Some(m)) = (j, m) else {
            return Err(bad(SummaryProblem::PairNotInSummary {
                justice: clean(&pair.justice),
                mission_locale: clean(&pair.mission_locale),
            }));
        };
        if pair_links.insert((j, m), &pair.links).is_some() {
            return Err(bad(SummaryProblem::PairTwice {
                justice: clean(&pair.justice),
                mission_locale: clean(&pair.mission_locale),
            }));
        }
    }

    // Age columns: the window, any other age found, and records of no
    // known age if the counts by age fall short.
    let mut ages: Vec<AgeGroup> = (summary.min_age..summary.max_age)
        .map(AgeGroup::Years)
        .collect();
    let mut by_age: Vec<BTreeMap<AgeGroup, u64>> = Vec::new();
    for p in justice.iter().chain(&missions_locales) {
        let mut counts = BTreeMap::new();
        for (age, &n) in &p.counts.kept_by_age {
            let age: u32 = age.parse().map_err(|_| {
                bad(SummaryProblem::BadAge {
                    party: clean(&p.id),
                    age: clean(age),
                })
            })?;
            counts.insert(AgeGroup::Years(age), n);
            if !ages.contains(&AgeGroup::Years(age)) {
                ages.push(AgeGroup::Years(age));
            }
        }
        let known: u64 = counts.values().sum();
        if known > p.records {
            return Err(bad(SummaryProblem::MoreByAgeThanRecords {
                party: clean(&p.id),
                known,
                records: p.records,
            }));
        }
        if known < p.records {
            counts.insert(AgeGroup::Unknown, p.records - known);
            if !ages.contains(&AgeGroup::Unknown) {
                ages.push(AgeGroup::Unknown);
            }
        }
        by_age.push(counts);
    }
    ages.sort();
    let (justice_ages, ml_ages) = by_age.split_at(justice.len());

    // Records and rows not kept: one table, each side's figures a cube of
    // their own (no line ties them to the links).
    let mut table = suppress::Table::new();
    let (nj, nm, na) = (justice.len(), missions_locales.len(), ages.len());
    let records_cube = |table: &mut suppress::Table, counts: &[BTreeMap<AgeGroup, u64>]| {
        table.cube(&[counts.len(), na], |i| {
            counts[i[0]].get(&ages[i[1]]).copied().unwrap_or(0)
        })
    };
    let justice_records = records_cube(&mut table, justice_ages);
    let ml_records = records_cube(&mut table, ml_ages);
    let quality_cube = |table: &mut suppress::Table, parties: &[&PartySummary]| {
        table.cube(&[parties.len(), 2], |i| {
            let counts = &parties[i[0]].counts;
            [counts.rejected_total(), counts.out_of_window][i[1]]
        })
    };
    let justice_quality = quality_cube(&mut table, &justice);
    let ml_quality = quality_cube(&mut table, &missions_locales);
    let records = suppress::suppress(&table, threshold);
    let quality_at = |cube: &suppress::Cube, i: usize| Quality {
        rejected: records.figure(cube.cell(&[i, 0])),
        out_of_window: records.figure(cube.cell(&[i, 1])),
        not_kept: records.figure(cube.cell(&[i, 2])),
    };

    let count = |j: usize, m: usize, k: usize| {
        pair_links
            .get(&(j, m))
            .map_or(0, |l| confidence_count(l, Confidence::ALL[k]))
    };
    let (links, detail) = links_published(nj, nm, &count, threshold);
    let links_at = |j: usize, m: usize| links.links(j, m);
    let all_links = links_at(nj, nm);

    let organisations = |parties: &[&PartySummary],
                         records_cube: &suppress::Cube,
                         quality: &suppress::Cube,
                         links: &dyn Fn(usize) -> Links| {
        parties
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let records_total = records.figure(records_cube.cell(&[i, na]));
                let links = links(i);
                OrganisationFigures {
                    organisation: Organisation {
                        id: clean(&p.id),
                        name: clean(&p.name),
                        side: p.side.parse().expect("checked above"),
                    },
                    records_by_age: (0..na)
                        .map(|a| records.figure(records_cube.cell(&[i, a])))
                        .collect(),
                    records: records_total,
                    share: Share::of(links.total, records_total),
                    links,
                    quality: quality_at(quality, i),
                }
            })
            .collect::<Vec<_>>()
    };
    let justice_figures = organisations(&justice, &justice_records, &justice_quality, &|j| {
        links_at(j, nm)
    });
    let ml_figures = organisations(&missions_locales, &ml_records, &ml_quality, &|m| {
        links_at(nj, m)
    });
    let side_total = |side: Side, cube: &suppress::Cube, quality: &suppress::Cube, n: usize| {
        let total = records.figure(cube.cell(&[n, na]));
        SideFigures {
            side,
            records_by_age: (0..na)
                .map(|a| records.figure(cube.cell(&[n, a])))
                .collect(),
            records: total,
            share: Share::of(all_links.total, total),
            quality: quality_at(quality, n),
        }
    };
    let mut pairs = Vec::with_capacity(nj * nm);
    for (j, jf) in justice_figures.iter().enumerate() {
        for (m, mf) in ml_figures.iter().enumerate() {
            let links = links_at(j, m);
            pairs.push(PairFigures {
                justice: j,
                mission_locale: m,
                links,
                share_of_justice: Share::of(links.total, jf.records),
                share_of_mission_locale: Share::of(links.total, mf.records),
            });
        }
    }
    let (small, masked) = records.hidden_counts();
    let (links_small, links_masked) = links.suppression.hidden_counts();
    Ok(CampaignReport {
        campaign_id: clean(&summary.campaign_id),
        name: clean(&summary.campaign_name),
        reference_date: summary.reference_date,
        min_age: summary.min_age,
        max_age: summary.max_age,
        scheme: clean(&summary.scheme),
        run_date: summary.run_date,
        summary_tag: clean(&summary.mac),
        detail,
        justice_total: side_total(Side::Justice, &justice_records, &justice_quality, nj),
        missions_locales_total: side_total(Side::MissionLocale, &ml_records, &ml_quality, nm),
        ages,
        justice: justice_figures,
        missions_locales: ml_figures,
        pairs,
        links: all_links,
        absent: input.absent.clone(),
        hidden: (small + links_small, masked + links_masked),
        unprotectable: records.unprotectable().len() + links.suppression.unprotectable().len(),
    })
}

/// The links of a campaign as one suppressed table: the headline (links of
/// all levels per pair, with every margin) and the breakdown by confidence
/// level at one [`Detail`].
struct LinkTable {
    nm: usize,
    /// Headline cells, `(nj + 1) × (nm + 1)`, index `nj` or `nm` meaning
    /// "all".
    totals: Vec<suppress::Cell>,
    /// Cells by confidence level, where this detail publishes them.
    levels: BTreeMap<(usize, usize), [suppress::Cell; 3]>,
    suppression: suppress::Suppression,
}

impl LinkTable {
    fn build(
        detail: Detail,
        nj: usize,
        nm: usize,
        count: &dyn Fn(usize, usize, usize) -> u64,
        threshold: Threshold,
    ) -> LinkTable {
        let mut table = suppress::Table::new();
        let all = |j: usize, m: usize| -> Vec<(usize, usize)> {
            let js: Vec<usize> = if j == nj { (0..nj).collect() } else { vec![j] };
            let ms: Vec<usize> = if m == nm { (0..nm).collect() } else { vec![m] };
            js.iter()
                .flat_map(|&j| ms.iter().map(move |&m| (j, m)))
                .collect()
        };
        let level = |j: usize, m: usize, k: usize| -> u64 {
            all(j, m).into_iter().map(|(j, m)| count(j, m, k)).sum()
        };
        let mut totals = Vec::with_capacity((nj + 1) * (nm + 1));
        let mut levels = BTreeMap::new();
        if detail == Detail::Pairs {
            let cube = table.cube(&[nj, nm, 3], |i| count(i[0], i[1], i[2]));
            for j in 0..=nj {
                for m in 0..=nm {
                    totals.push(cube.cell(&[j, m, 3]));
                    levels.insert((j, m), [0, 1, 2].map(|k| cube.cell(&[j, m, k])));
                }
            }
        } else {
            let cube = table.cube(&[nj, nm], |i| (0..3).map(|k| count(i[0], i[1], k)).sum());
            for j in 0..=nj {
                for m in 0..=nm {
                    totals.push(cube.cell(&[j, m]));
                }
            }
            let total_at = |j: usize, m: usize| totals[j * (nm + 1) + m];
            if detail != Detail::None {
                // The campaign's levels, which add up to its total.
                let campaign: [suppress::Cell; 3] = [0, 1, 2].map(|k| table.cell(level(nj, nm, k)));
                table.line(total_at(nj, nm), &campaign);
                levels.insert((nj, nm), campaign);
                if detail == Detail::Organisations {
                    // Each organisation's levels add up to its total, and
                    // each side's organisations to the campaign's level.
                    for (n, at) in [
                        (nj, &(|i| (i, nm)) as &dyn Fn(usize) -> (usize, usize)),
                        (nm, &|i| (nj, i)),
                    ] {
                        let mut cells = Vec::with_capacity(n);
                        for i in 0..n {
                            let (j, m) = at(i);
                            let own: [suppress::Cell; 3] =
                                [0, 1, 2].map(|k| table.cell(level(j, m, k)));
                            table.line(total_at(j, m), &own);
                            levels.insert((j, m), own);
                            cells.push(own);
                        }
                        for k in 0..3 {
                            let parts: Vec<suppress::Cell> = cells.iter().map(|c| c[k]).collect();
                            table.line(campaign[k], &parts);
                        }
                    }
                }
            }
        }
        let suppression = suppress::suppress(&table, threshold);
        LinkTable {
            nm,
            totals,
            levels,
            suppression,
        }
    }

    fn total(&self, j: usize, m: usize) -> suppress::Cell {
        self.totals[j * (self.nm + 1) + m]
    }

    fn links(&self, j: usize, m: usize) -> Links {
        Links {
            by_confidence: self
                .levels
                .get(&(j, m))
                .map(|cells| cells.map(|c| self.suppression.figure(c))),
            total: self.suppression.figure(self.total(j, m)),
        }
    }

    /// How many figures by level are shown.
    fn levels_shown(&self) -> usize {
        self.levels
            .values()
            .flatten()
            .filter(|&&c| !self.suppression.status(c).is_hidden())
            .count()
    }
}

/// The links to publish: the headline suppressed on its own, then the
/// breakdown by level at the grain that shows the most of it among those
/// that leave the headline as it is (the finer on a tie).
fn links_published(
    nj: usize,
    nm: usize,
    count: &dyn Fn(usize, usize, usize) -> u64,
    threshold: Threshold,
) -> (LinkTable, Detail) {
    let headline = LinkTable::build(Detail::None, nj, nm, count, threshold);
    let same_headline = |other: &LinkTable| {
        (0..headline.totals.len()).all(|i| {
            headline.suppression.status(headline.totals[i])
                == other.suppression.status(other.totals[i])
        })
    };
    let mut best: Option<(LinkTable, Detail)> = None;
    for detail in [Detail::Pairs, Detail::Organisations, Detail::Campaign] {
        let table = LinkTable::build(detail, nj, nm, count, threshold);
        if !same_headline(&table) {
            continue;
        }
        let better = match &best {
            Some((b, _)) => table.levels_shown() > b.levels_shown(),
            None => table.levels_shown() > 0,
        };
        if better {
            best = Some((table, detail));
        }
    }
    best.unwrap_or((headline, Detail::None))
}

fn confidence_count(links: &LinkCounts, confidence: Confidence) -> u64 {
    match confidence {
        Confidence::Sure => links.sure,
        Confidence::Probable => links.probable,
        Confidence::ToReview => links.to_review,
    }
}

#[cfg(test)]
mod tests;
