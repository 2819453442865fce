//! The words and number formats of a report, in French (the committees'
//! language, the default) and English. One place, so that the page and the
//! CSV file always say the same thing.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use super::suppress::Figure;
use super::{AgeGroup, Share};
use croise::campaign::Side;
use croise::matching::Confidence;

/// The language of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl FromStr for Lang {
    type Err = croise::Error;
    fn from_str(s: &str) -> croise::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" | "français" | "francais" | "french" => Ok(Lang::Fr),
            "en" | "english" | "anglais" => Ok(Lang::En),
            _ => Err(croise::Error::Invalid(format!(
                "unknown report language `{s}`: use `fr` or `en`"
            ))),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Every fixed text of a report.
pub struct Text {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub campaign: &'static str,
    pub campaigns: &'static str,
    pub campaign_id: &'static str,
    pub reference_date: &'static str,
    pub age_window: &'static str,
    pub scheme: &'static str,
    pub run_date: &'static str,
    pub generated: &'static str,
    pub threshold_note: &'static str,
    pub threshold_below_default: &'static str,
    pub small_legend: &'static str,
    pub masked_legend: &'static str,
    pub no_names: &'static str,
    pub absent: &'static str,
    pub by_organisation: &'static str,
    pub by_organisation_intro: &'static str,
    pub chart_title: &'static str,
    pub chart_desc_intro: &'static str,
    pub by_pair: &'static str,
    pub by_pair_intro: &'static str,
    pub by_confidence: &'static str,
    pub by_age: &'static str,
    pub by_age_intro: &'static str,
    pub trend: &'static str,
    pub trend_intro: &'static str,
    pub trend_chart_title: &'static str,
    pub trend_by_organisation_title: &'static str,
    pub organisation: &'static str,
    pub side: &'static str,
    pub partner: &'static str,
    pub records: &'static str,
    pub links: &'static str,
    pub linked_share: &'static str,
    pub share_of_justice: &'static str,
    pub share_of_mission_locale: &'static str,
    pub total: &'static str,
    pub all: &'static str,
    pub all_justice: &'static str,
    pub all_missions_locales: &'static str,
    pub justice_plural: &'static str,
    pub missions_locales_plural: &'static str,
    pub change: &'static str,
    pub not_in_campaign: &'static str,
    pub not_applicable: &'static str,
    pub masked_symbol: &'static str,
    pub footer: &'static str,
    pub contents: &'static str,
    // CSV columns and indicator names.
    pub csv_columns: [&'static str; 13],
    pub csv_records: &'static str,
    pub csv_links: &'static str,
    pub csv_share: &'static str,
    pub csv_share_of_justice: &'static str,
    pub csv_share_of_mission_locale: &'static str,
}

const FR: Text = Text {
    title: "Croisement STEMO – Missions Locales",
    subtitle: "Indicateurs partagés de la convention régionale (axe 3), sans aucun nom",
    campaign: "Campagne",
    campaigns: "Campagnes",
    campaign_id: "Identifiant de campagne",
    reference_date: "Date de référence",
    age_window: "Âges retenus",
    scheme: "Version du schéma de clés",
    run_date: "Date du rapprochement",
    generated: "Rapport établi le",
    threshold_note: "Secret statistique : les effectifs de 1 à {max} sont remplacés par « <{t} ». D’autres valeurs sont masquées (« s ») pour qu’aucun effectif masqué ne puisse être recalculé à partir des totaux ; les pourcentages correspondants sont masqués aussi.",
    threshold_below_default: "Attention : seuil inférieur à la règle habituelle de 5, choisi explicitement.",
    small_legend: "effectif de 1 à {max}",
    masked_legend: "valeur masquée pour protéger un petit effectif",
    no_names: "Ce rapport ne contient que des effectifs : aucun nom, aucune date de naissance, aucun numéro de rapprochement.",
    absent: "Sans liste transmise",
    by_organisation: "Rapprochements par organisation",
    by_organisation_intro: "Dossiers transmis (jeunes dans la tranche d’âge à la date de référence), rapprochements trouvés et part des dossiers transmis rapprochés.",
    chart_title: "Rapprochements par organisation",
    chart_desc_intro: "Diagramme en barres du nombre de rapprochements par organisation",
    by_pair: "Rapprochements par couple STEMO × Mission Locale",
    by_pair_intro: "Nombre de rapprochements entre chaque STEMO (lignes) et chaque Mission Locale (colonnes), tous niveaux de confiance.",
    by_confidence: "Détail par niveau de confiance",
    by_age: "Dossiers transmis par âge à la date de référence",
    by_age_intro: "D’après les effectifs que chaque fichier de jetons transporte : le coordinateur ne connaît l’âge d’aucun dossier.",
    trend: "Évolution d’une campagne à l’autre",
    trend_intro: "Rapprochements par organisation et au total, campagne après campagne (même secret statistique).",
    trend_chart_title: "Rapprochements au total par campagne",
    trend_by_organisation_title: "Rapprochements par organisation et par campagne",
    organisation: "Organisation",
    side: "Réseau",
    partner: "Mission Locale",
    records: "Dossiers transmis",
    links: "Rapprochements",
    linked_share: "Part rapprochée",
    share_of_justice: "des dossiers du STEMO",
    share_of_mission_locale: "des dossiers de la Mission Locale",
    total: "Total",
    all: "Ensemble",
    all_justice: "Ensemble des STEMO",
    all_missions_locales: "Ensemble des Missions Locales",
    justice_plural: "STEMO",
    missions_locales_plural: "Missions Locales",
    change: "Évolution",
    not_in_campaign: "—",
    not_applicable: "—",
    masked_symbol: "s",
    footer: "Produit par croise {version} à partir des résumés de rapprochement authentifiés.",
    contents: "Sommaire",
    csv_columns: [
        "campagne",
        "id_campagne",
        "date_reference",
        "date_rapprochement",
        "indicateur",
        "reseau",
        "organisation",
        "id_organisation",
        "partenaire",
        "id_partenaire",
        "age",
        "niveau_confiance",
        "valeur",
    ],
    csv_records: "dossiers transmis",
    csv_links: "rapprochements",
    csv_share: "part des dossiers transmis rapprochés (%)",
    csv_share_of_justice: "part des dossiers du STEMO (%)",
    csv_share_of_mission_locale: "part des dossiers de la Mission Locale (%)",
};

const EN: Text = Text {
    title: "STEMO – Mission Locale crossing",
    subtitle: "Shared indicators of the regional convention (third axis), without any name",
    campaign: "Campaign",
    campaigns: "Campaigns",
    campaign_id: "Campaign identifier",
    reference_date: "Reference date",
    age_window: "Ages kept",
    scheme: "Match-key scheme version",
    run_date: "Date of the matching",
    generated: "Report made on",
    threshold_note: "Statistical confidentiality: counts from 1 to {max} are shown as “<{t}”. Other values are masked (“c”) so that no hidden count can be recomputed from the totals; the matching percentages are masked too.",
    threshold_below_default: "Warning: threshold below the usual rule of 5, chosen explicitly.",
    small_legend: "count from 1 to {max}",
    masked_legend: "value masked to protect a small count",
    no_names: "This report holds counts only: no name, no date of birth, no match number.",
    absent: "No list sent",
    by_organisation: "Links per organisation",
    by_organisation_intro: "Records submitted (young people in the age window at the reference date), links found, and the share of records submitted that were linked.",
    chart_title: "Links per organisation",
    chart_desc_intro: "Bar chart of the number of links per organisation",
    by_pair: "Links per pair STEMO × Mission Locale",
    by_pair_intro: "Links between each STEMO (rows) and each Mission Locale (columns), all confidence levels.",
    by_confidence: "By confidence level",
    by_age: "Records submitted by age at the reference date",
    by_age_intro: "From the counts each token file carries: the coordinator knows the age of no record.",
    trend: "Trend across campaigns",
    trend_intro: "Links per organisation and in all, campaign after campaign (same confidentiality rule).",
    trend_chart_title: "All links per campaign",
    trend_by_organisation_title: "Links per organisation and campaign",
    organisation: "Organisation",
    side: "Network",
    partner: "Mission Locale",
    records: "Records submitted",
    links: "Links",
    linked_share: "Share linked",
    share_of_justice: "of the STEMO's records",
    share_of_mission_locale: "of the Mission Locale's records",
    total: "Total",
    all: "All",
    all_justice: "All STEMO",
    all_missions_locales: "All Missions Locales",
    justice_plural: "STEMO",
    missions_locales_plural: "Missions Locales",
    change: "Change",
    not_in_campaign: "—",
    not_applicable: "—",
    masked_symbol: "c",
    footer: "Made by croise {version} from the authenticated match summaries.",
    contents: "Contents",
    csv_columns: [
        "campaign",
        "campaign_id",
        "reference_date",
        "matching_date",
        "indicator",
        "network",
        "organisation",
        "organisation_id",
        "partner",
        "partner_id",
        "age",
        "confidence",
        "value",
    ],
    csv_records: "records submitted",
    csv_links: "links",
    csv_share: "share of records submitted linked (%)",
    csv_share_of_justice: "share of the STEMO's records (%)",
    csv_share_of_mission_locale: "share of the Mission Locale's records (%)",
};

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    /// A count with thousands grouped: `1 234` (narrow no-break space) or
    /// `1,234`.
    pub fn count(self, n: u64) -> String {
        let digits = n.to_string();
        let sep = match self {
            Lang::Fr => "\u{202F}",
            Lang::En => ",",
        };
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(ch);
        }
        out
    }

    /// A published figure: the count, `<5`, or the masked symbol.
    pub fn figure(self, figure: Figure) -> String {
        match figure {
            Figure::Count(n) => self.count(n),
            Figure::Small { below } => format!("<{below}"),
            Figure::Masked => self.text().masked_symbol.to_string(),
        }
    }

    /// A figure as a plain value for a spreadsheet (no grouping).
    pub fn figure_plain(self, figure: Figure) -> String {
        match figure {
            Figure::Count(n) => n.to_string(),
            other => self.figure(other),
        }
    }

    /// A share in per cent, one decimal: `12,5 %` or `12.5%`.
    pub fn share(self, share: Share) -> String {
        match share {
            Share::Hidden => self.text().masked_symbol.to_string(),
            Share::None => self.text().not_applicable.to_string(),
            Share::Of { .. } => {
                let number = self.share_plain(share);
                match self {
                    Lang::Fr => format!("{number}\u{00A0}%"),
                    Lang::En => format!("{number}%"),
                }
            }
        }
    }

    /// A share for a spreadsheet: the number only, with the language's
    /// decimal separator; the masked symbol or empty when not shown.
    pub fn share_plain(self, share: Share) -> String {
        match share.percent() {
            Some(p) => {
                let text = format!("{p:.1}");
                match self {
                    Lang::Fr => text.replace('.', ","),
                    Lang::En => text,
                }
            }
            None if share == Share::Hidden => self.text().masked_symbol.to_string(),
            None => String::new(),
        }
    }

    /// A date in words: `1er octobre 2026`, `1 October 2026`.
    pub fn date(self, date: NaiveDate) -> String {
        let month = date.month0() as usize;
        match self {
            Lang::Fr => {
                let day = if date.day() == 1 {
                    "1er".to_string()
                } else {
                    date.day().to_string()
                };
                format!("{day} {} {}", MONTHS_FR[month], date.year())
            }
            Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
        }
    }

    /// The age window: people kept while `min <= age < max`.
    pub fn age_window(self, min: u32, max: u32) -> String {
        let last = max.saturating_sub(1);
        match (self, min == last) {
            (Lang::Fr, true) => format!("{min} ans révolus à la date de référence"),
            (Lang::Fr, false) => format!("de {min} à {last} ans révolus à la date de référence"),
            (Lang::En, true) => format!("aged {min} at the reference date"),
            (Lang::En, false) => format!("aged {min} to {last} at the reference date"),
        }
    }

    pub fn age_group(self, age: AgeGroup) -> String {
        match (self, age) {
            (Lang::Fr, AgeGroup::Years(n)) => format!("{n} ans"),
            (Lang::En, AgeGroup::Years(n)) => n.to_string(),
            (Lang::Fr, AgeGroup::Unknown) => "âge non compté".into(),
            (Lang::En, AgeGroup::Unknown) => "age not counted".into(),
        }
    }

    pub fn confidence(self, confidence: Confidence) -> &'static str {
        match (self, confidence) {
            (Lang::Fr, Confidence::Sure) => "sûr",
            (Lang::Fr, Confidence::Probable) => "probable",
            (Lang::Fr, Confidence::ToReview) => "à vérifier",
            (Lang::En, c) => c.label(),
        }
    }

    pub fn side(self, side: Side) -> &'static str {
        match side {
            Side::Justice => "STEMO",
            Side::MissionLocale => "Mission Locale",
        }
    }

    /// A quoted name: « Grand Est » or “Grand Est”.
    pub fn quote(self, text: &str) -> String {
        match self {
            Lang::Fr => format!("«\u{00A0}{text}\u{00A0}»"),
            Lang::En => format!("“{text}”"),
        }
    }

    /// What separates a term from its value: ` : ` in French (with a
    /// no-break space), `: ` in English.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => "\u{00A0}: ",
            Lang::En => ": ",
        }
    }

    /// What separates the items of a list in running text.
    pub fn semicolon(self) -> &'static str {
        match self {
            Lang::Fr => "\u{00A0}; ",
            Lang::En => "; ",
        }
    }

    /// A text with `{t}` (the threshold) and `{max}` (the largest hidden
    /// count) filled in.
    pub fn with_threshold(self, text: &str, threshold: u64) -> String {
        text.replace("{t}", &threshold.to_string())
            .replace("{max}", &threshold.saturating_sub(1).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dates_and_shares_read_as_each_language_writes_them() {
        assert_eq!(Lang::Fr.count(1234567), "1\u{202F}234\u{202F}567");
        assert_eq!(Lang::En.count(1234567), "1,234,567");
        assert_eq!(Lang::Fr.count(999), "999");
        let share = Share::Of { part: 1, whole: 8 };
        assert_eq!(Lang::Fr.share(share), "12,5\u{00A0}%");
        assert_eq!(Lang::En.share(share), "12.5%");
        assert_eq!(Lang::Fr.share_plain(Share::Hidden), "s");
        assert_eq!(Lang::En.share_plain(Share::None), "");
        let d = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        assert_eq!(Lang::Fr.date(d), "1er octobre 2026");
        assert_eq!(Lang::En.date(d), "1 October 2026");
        assert_eq!(
            Lang::Fr.age_window(16, 18),
            "de 16 à 17 ans révolus à la date de référence"
        );
        assert_eq!(Lang::En.figure(Figure::Small { below: 5 }), "<5");
        assert_eq!(Lang::Fr.figure(Figure::Masked), "s");
        assert_eq!(Lang::Fr.with_threshold("1 à {max}, <{t}", 5), "1 à 4, <5");
        assert_eq!("EN".parse::<Lang>().unwrap(), Lang::En);
        assert!("de".parse::<Lang>().is_err());
    }
}
