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
//!   organisation and in all, by confidence level;
//! - links as a share of the records submitted.
//!
//! Figures that add up are suppressed together: a campaign's links form one
//! table of STEMO × Mission Locale × confidence level with every margin,
//! and each side's records one table of organisation × age, so that no
//! hidden figure can be recomputed from any table of the page.
//!
//! Never reads anything but summaries; holds no name of a person, no handle
//! and no match number.

pub mod csv;
pub mod html;
pub mod lang;
pub mod suppress;

mod chart;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use croise::campaign::{CoordinatorContext, Manifest, Side};
use croise::error::{Error, Result};
use croise::format::summary::{LinkCounts, Summary};
use croise::matching::Confidence;

pub use lang::Lang;
pub use suppress::{Figure, Threshold};

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
                id: p.id.clone(),
                name: p.name.clone(),
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
                        .map(|c| format!("“{}” ({})", c.manifest.name, c.manifest.campaign_id))
                        .collect();
                    Error::invalid_file(
                        path,
                        format!(
                            "this summary is of campaign “{name}” ({id}), and no manifest of that campaign was given (given: {}). Add --campaign with that campaign's campaign.toml",
                            given.join(", ")
                        ),
                    )
                })?,
            // Not a summary at all: let the summary reader say why.
            None => campaigns.first().ok_or_else(|| {
                Error::Invalid("a report needs the campaign manifest (--campaign)".into())
            })?,
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

/// Links by confidence level (in the order of [`Confidence::ALL`]) and in
/// all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Links {
    pub by_confidence: [Figure; 3],
    pub total: Figure,
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
    /// One row per organisation that took part in any campaign, STEMO
    /// first; `None` where it took no part.
    pub rows: Vec<TrendRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    pub organisation: Organisation,
    pub links: Vec<Option<Figure>>,
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
            return Err(Error::Invalid(
                "a report needs at least one match summary".into(),
            ));
        }
        for (i, a) in inputs.iter().enumerate() {
            if let Some(b) = inputs[..i]
                .iter()
                .find(|b| b.summary.campaign_id == a.summary.campaign_id)
            {
                return Err(Error::Invalid(format!(
                    "{} and {} are two summaries of the same campaign “{}”: give one summary per campaign (the latest run)",
                    b.path.display(),
                    a.path.display(),
                    a.summary.campaign_name
                )));
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
                            });
                            rows.last_mut().expect("just pushed")
                        }
                    };
                    // The latest name wins: organisations get renamed.
                    row.organisation = org.organisation.clone();
                    row.links[k] = Some(org.links.total);
                }
            }
        }
        Some(Trend {
            overall: self.campaigns.iter().map(|c| c.links.total).collect(),
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
    let bad = |reason: String| Error::invalid_file(&input.path, reason);
    let mut justice = Vec::new();
    let mut missions_locales = Vec::new();
    for p in &summary.parties {
        let side: Side = p
            .side
            .parse()
            .map_err(|_| bad(format!("party `{}` has an unknown side `{}`", p.id, p.side)))?;
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
            return Err(bad(format!(
                "it counts links between `{}` and `{}`, which are not a STEMO and a Mission Locale of this summary",
                pair.justice, pair.mission_locale
            )));
        };
        if pair_links.insert((j, m), &pair.links).is_some() {
            return Err(bad(format!(
                "it counts links between `{}` and `{}` twice",
                pair.justice, pair.mission_locale
            )));
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
                bad(format!(
                    "party `{}` has records counted under age `{age}`",
                    p.id
                ))
            })?;
            counts.insert(AgeGroup::Years(age), n);
            if !ages.contains(&AgeGroup::Years(age)) {
                ages.push(AgeGroup::Years(age));
            }
        }
        let known: u64 = counts.values().sum();
        if known > p.records {
            return Err(bad(format!(
                "party `{}` has more records counted by age ({known}) than records ({})",
                p.id, p.records
            )));
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

    // One table for every figure that adds up with another.
    let mut table = suppress::Table::new();
    let (nj, nm, na) = (justice.len(), missions_locales.len(), ages.len());
    let links_cube = table.cube(&[nj, nm, 3], |i| {
        pair_links
            .get(&(i[0], i[1]))
            .map_or(0, |l| confidence_count(l, Confidence::ALL[i[2]]))
    });
    let records_cube = |table: &mut suppress::Table, counts: &[BTreeMap<AgeGroup, u64>]| {
        table.cube(&[counts.len(), na], |i| {
            counts[i[0]].get(&ages[i[1]]).copied().unwrap_or(0)
        })
    };
    let justice_records = records_cube(&mut table, justice_ages);
    let ml_records = records_cube(&mut table, ml_ages);
    let s = suppress::suppress(&table, threshold);
    let fig = |cell| s.figure(cell);

    let links_at = |j: usize, m: usize| Links {
        by_confidence: [0, 1, 2].map(|c| fig(links_cube.cell(&[j, m, c]))),
        total: fig(links_cube.cell(&[j, m, 3])),
    };
    let all_links = links_at(nj, nm);
    let organisations = |parties: &[&croise::format::summary::PartySummary],
                         records: &suppress::Cube,
                         links: &dyn Fn(usize) -> Links| {
        parties
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let records_total = fig(records.cell(&[i, na]));
                let links = links(i);
                OrganisationFigures {
                    organisation: Organisation {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        side: p.side.parse().expect("checked above"),
                    },
                    records_by_age: (0..na).map(|a| fig(records.cell(&[i, a]))).collect(),
                    records: records_total,
                    share: Share::of(links.total, records_total),
                    links,
                }
            })
            .collect::<Vec<_>>()
    };
    let justice_figures = organisations(&justice, &justice_records, &|j| links_at(j, nm));
    let ml_figures = organisations(&missions_locales, &ml_records, &|m| links_at(nj, m));
    let side_total = |side: Side, records: &suppress::Cube, n: usize| {
        let total = fig(records.cell(&[n, na]));
        SideFigures {
            side,
            records_by_age: (0..na).map(|a| fig(records.cell(&[n, a]))).collect(),
            records: total,
            share: Share::of(all_links.total, total),
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
    Ok(CampaignReport {
        campaign_id: summary.campaign_id.clone(),
        name: summary.campaign_name.clone(),
        reference_date: summary.reference_date,
        min_age: summary.min_age,
        max_age: summary.max_age,
        scheme: summary.scheme.clone(),
        run_date: summary.run_date,
        justice_total: side_total(Side::Justice, &justice_records, nj),
        missions_locales_total: side_total(Side::MissionLocale, &ml_records, nm),
        ages,
        justice: justice_figures,
        missions_locales: ml_figures,
        pairs,
        links: all_links,
        absent: input.absent.clone(),
        hidden: s.hidden_counts(),
        unprotectable: s.unprotectable().len(),
    })
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
