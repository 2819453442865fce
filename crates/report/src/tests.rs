//! The report model, page and CSV on crafted summaries.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::*;
use croise::format::summary::{self, PairSummary, PartySummary};
use croise::format::tokens::ListCounts;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A party: id, side, records by age 16 and 17.
fn party(id: &str, side: &str, age16: u64, age17: u64) -> PartySummary {
    PartySummary {
        id: id.into(),
        name: format!("Nom de {id}"),
        side: side.into(),
        records: age16 + age17,
        counts: ListCounts {
            rows_read: age16 + age17,
            kept: age16 + age17,
            out_of_window: 0,
            rejected: BTreeMap::new(),
            kept_by_age: [("16".to_string(), age16), ("17".to_string(), age17)]
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .collect(),
        },
        linked: 0,
        max_records: 5_000,
        other_side_linked: 0,
        other_side_records: 0,
    }
}

fn pair(j: &str, m: &str, sure: u64, probable: u64, to_review: u64) -> PairSummary {
    PairSummary {
        justice: j.into(),
        mission_locale: m.into(),
        links: LinkCounts {
            sure,
            probable,
            to_review,
        },
    }
}

fn summary(
    id: &str,
    reference: NaiveDate,
    parties: Vec<PartySummary>,
    pairs: Vec<PairSummary>,
) -> Summary {
    let mut totals = LinkCounts::default();
    for p in &pairs {
        totals.sure += p.links.sure;
        totals.probable += p.links.probable;
        totals.to_review += p.links.to_review;
    }
    Summary {
        kind: summary::KIND.into(),
        format: summary::FORMAT,
        campaign_id: id.into(),
        campaign_name: format!("Campagne {id}"),
        reference_date: reference,
        min_age: 16,
        max_age: 18,
        scheme: "keys-v2".into(),
        run_date: reference + chrono::Days::new(20),
        totals,
        parties,
        pairs,
        candidates: 0,
        model: Vec::new(),
        absent_parties: Vec::new(),
        outliers: Vec::new(),
        mac: String::new(),
    }
}

/// The demo's figures: two STEMO, two Missions Locales.
fn demo_summary(id: &str, reference: NaiveDate) -> Summary {
    summary(
        id,
        reference,
        vec![
            party("stemo-nancy", "justice", 13, 21),
            party("stemo-metz", "justice", 12, 19),
            party("ml-nancy", "mission-locale", 24, 20),
            party("ml-metz", "mission-locale", 19, 22),
        ],
        vec![
            pair("stemo-nancy", "ml-nancy", 11, 1, 0),
            pair("stemo-nancy", "ml-metz", 1, 1, 0),
            pair("stemo-metz", "ml-nancy", 1, 0, 0),
            pair("stemo-metz", "ml-metz", 8, 1, 0),
        ],
    )
}

fn input(summary: Summary) -> ReportInput {
    ReportInput {
        path: PathBuf::from(format!("{}.toml", summary.campaign_id)),
        summary,
        absent: Vec::new(),
    }
}

fn build(summaries: Vec<Summary>) -> Report {
    Report::build(
        summaries.into_iter().map(input).collect(),
        Threshold::DEFAULT,
        day(2026, 12, 1),
    )
    .unwrap()
}

#[test]
fn demo_figures_are_published_with_small_counts_hidden() {
    let report = build(vec![demo_summary("a", day(2026, 10, 1))]);
    let c = &report.campaigns[0];
    assert_eq!(c.ages, vec![AgeGroup::Years(16), AgeGroup::Years(17)]);
    assert_eq!(c.justice[0].records, Figure::Count(34));
    assert_eq!(
        c.justice[0].records_by_age,
        vec![Figure::Count(13), Figure::Count(21)]
    );
    assert_eq!(c.justice_total.records, Figure::Count(65));
    assert_eq!(c.missions_locales_total.records, Figure::Count(85));
    assert_eq!(c.links.total, Figure::Count(24));
    // 2 links between STEMO Nancy and ML Metz, 1 between STEMO Metz and ML
    // Nancy: both below 5.
    assert_eq!(c.pair(0, 1).links.total, Figure::Small { below: 5 });
    assert_eq!(c.pair(1, 0).links.total, Figure::Small { below: 5 });
    // Their shares are hidden with them.
    assert_eq!(c.pair(0, 1).share_of_justice, Share::Hidden);
    assert_eq!(c.pair(1, 0).share_of_mission_locale, Share::Hidden);
    // The two large pairs must hide too, or the small ones would be the
    // organisation totals minus them.
    assert!(c.pair(0, 0).links.total.is_hidden());
    assert!(c.pair(1, 1).links.total.is_hidden());
    assert_eq!(c.unprotectable, 0);
    // No published count anywhere is from 1 to 4.
    for f in published_figures(c) {
        if let Figure::Count(n) = f {
            assert!(n == 0 || n >= 5, "{n} published");
        }
    }
}

/// Every figure of a campaign's report.
fn published_figures(c: &CampaignReport) -> Vec<Figure> {
    let mut all = Vec::new();
    let links = |l: &Links| l.by_confidence.into_iter().flatten().chain([l.total]);
    for o in c.justice.iter().chain(&c.missions_locales) {
        all.extend(o.records_by_age.iter().copied());
        all.push(o.records);
        all.extend(links(&o.links));
    }
    for p in &c.pairs {
        all.extend(links(&p.links));
    }
    for s in [&c.justice_total, &c.missions_locales_total] {
        all.extend(s.records_by_age.iter().copied());
        all.push(s.records);
    }
    for q in c
        .justice
        .iter()
        .chain(&c.missions_locales)
        .map(|o| o.quality)
        .chain([c.justice_total.quality, c.missions_locales_total.quality])
    {
        all.extend([q.rejected, q.out_of_window, q.not_kept]);
    }
    all.extend(links(&c.links));
    all
}

#[test]
fn a_share_is_shown_only_when_both_its_counts_are() {
    assert_eq!(
        Share::of(Figure::Count(5), Figure::Count(20)),
        Share::Of { part: 5, whole: 20 }
    );
    assert_eq!(
        Share::of(Figure::Small { below: 5 }, Figure::Count(20)),
        Share::Hidden
    );
    assert_eq!(Share::of(Figure::Count(5), Figure::Masked), Share::Hidden);
    assert_eq!(Share::of(Figure::Count(0), Figure::Count(0)), Share::None);
    assert_eq!(Share::Of { part: 1, whole: 8 }.percent(), Some(12.5));
}

#[test]
fn an_organisation_with_few_records_has_them_hidden_with_a_partner() {
    // Three records at a small STEMO: hidden, and so is another STEMO's
    // count, or the side total would give it away.
    let s = summary(
        "b",
        day(2026, 10, 1),
        vec![
            party("stemo-a", "justice", 1, 2),
            party("stemo-b", "justice", 10, 12),
            party("stemo-c", "justice", 30, 31),
            party("ml-a", "mission-locale", 40, 50),
        ],
        vec![
            pair("stemo-a", "ml-a", 0, 0, 0),
            pair("stemo-b", "ml-a", 9, 0, 0),
            pair("stemo-c", "ml-a", 20, 0, 0),
        ],
    );
    let report = build(vec![s]);
    let c = &report.campaigns[0];
    assert_eq!(c.justice[0].records, Figure::Small { below: 5 });
    assert!(c.justice[1].records.is_hidden() || c.justice[2].records.is_hidden());
    assert_eq!(c.justice[0].share, Share::Hidden);
    assert_eq!(c.justice_total.records, Figure::Count(86));
}

#[test]
fn ages_that_fall_short_of_the_records_get_their_own_column() {
    let mut p = party("stemo-a", "justice", 10, 10);
    p.records = 26;
    let s = summary(
        "c",
        day(2026, 10, 1),
        vec![p, party("ml-a", "mission-locale", 30, 30)],
        vec![pair("stemo-a", "ml-a", 6, 0, 0)],
    );
    let report = build(vec![s]);
    let c = &report.campaigns[0];
    assert_eq!(
        c.ages,
        vec![AgeGroup::Years(16), AgeGroup::Years(17), AgeGroup::Unknown]
    );
    assert_eq!(c.justice[0].records, Figure::Count(26));
    assert_eq!(c.justice[0].records_by_age[2], Figure::Count(6));
    assert_eq!(c.missions_locales[0].records_by_age[2], Figure::Count(0));
}

#[test]
fn inconsistent_or_duplicate_summaries_are_refused() {
    let mut s = demo_summary("d", day(2026, 10, 1));
    s.parties[0].records = 3;
    let err = Report::build(vec![input(s)], Threshold::DEFAULT, day(2026, 12, 1)).unwrap_err();
    assert!(
        err.to_string().contains("more records counted by age"),
        "{err}"
    );

    let mut s = demo_summary("d", day(2026, 10, 1));
    s.pairs[0].justice = "stemo-unknown".into();
    let err = Report::build(vec![input(s)], Threshold::DEFAULT, day(2026, 12, 1)).unwrap_err();
    assert!(err.to_string().contains("stemo-unknown"), "{err}");

    let err = Report::build(
        vec![
            input(demo_summary("e", day(2026, 10, 1))),
            input(demo_summary("e", day(2026, 10, 1))),
        ],
        Threshold::DEFAULT,
        day(2026, 12, 1),
    )
    .unwrap_err();
    assert!(err.to_string().contains("same campaign"), "{err}");

    assert!(Report::build(vec![], Threshold::DEFAULT, day(2026, 12, 1)).is_err());
}

#[test]
fn trend_follows_organisations_across_campaigns_in_date_order() {
    let q4 = demo_summary("q4", day(2026, 10, 1));
    let mut q1 = demo_summary("q1", day(2027, 1, 1));
    // A new Mission Locale joins in the first quarter of 2027.
    q1.parties.push(party("ml-toul", "mission-locale", 10, 10));
    q1.pairs.push(pair("stemo-nancy", "ml-toul", 6, 0, 0));
    q1.pairs.push(pair("stemo-metz", "ml-toul", 0, 0, 0));
    // Given newest first: the report sorts them.
    let report = build(vec![q1, q4]);
    assert_eq!(report.campaigns[0].campaign_id, "q4");
    assert_eq!(report.campaigns[1].campaign_id, "q1");
    let trend = report.trend().unwrap();
    assert_eq!(trend.overall, vec![Figure::Count(24), Figure::Count(30)]);
    let ids: Vec<&str> = trend
        .rows
        .iter()
        .map(|r| r.organisation.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "stemo-nancy",
            "stemo-metz",
            "ml-nancy",
            "ml-metz",
            "ml-toul"
        ]
    );
    let toul = &trend.rows[4];
    assert_eq!(toul.links[0], None);
    assert_eq!(toul.links[1], Some(Figure::Count(6)));
    // The same figure as in the campaign's own tables.
    assert_eq!(
        trend.rows[0].links[1],
        Some(report.campaigns[1].justice[0].links.total)
    );
    assert!(
        build(vec![demo_summary("x", day(2026, 10, 1))])
            .trend()
            .is_none()
    );
}

#[test]
fn absent_parties_come_from_the_manifest() {
    use croise::campaign::{Coordinator, Manifest, Party};
    let s = demo_summary("f", day(2026, 10, 1));
    let mut parties: Vec<Party> = s
        .parties
        .iter()
        .map(|p| Party {
            id: p.id.clone(),
            name: p.name.clone(),
            side: p.side.parse().unwrap(),
            recipient: String::new(),
            max_records: 5_000,
            contact: None,
        })
        .collect();
    parties.push(Party {
        id: "ml-epinal".into(),
        name: "Mission Locale d'Épinal".into(),
        side: Side::MissionLocale,
        recipient: String::new(),
        max_records: 5_000,
        contact: None,
    });
    let manifest = Manifest {
        kind: String::new(),
        format: croise::campaign::MANIFEST_FORMAT,
        campaign_id: croise::campaign::CampaignId::new("f"),
        name: s.campaign_name.clone(),
        reference_date: s.reference_date,
        min_age: 16,
        max_age: 18,
        scheme: "keys-v2".into(),
        key_fingerprint: String::new(),
        created: s.reference_date,
        coordinator: Coordinator {
            recipient: String::new(),
            sealed_auth_key: String::new(),
        },
        parties,
        mac: String::new(),
    };
    let input = ReportInput::new(PathBuf::from("s.toml"), s, &manifest);
    assert_eq!(input.absent.len(), 1);
    assert_eq!(input.absent[0].id, "ml-epinal");
    let report = Report::build(vec![input], Threshold::DEFAULT, day(2026, 12, 1)).unwrap();
    let page = html::render(&report, Lang::Fr);
    assert!(page.contains("Organisation sans liste transmise"));
    assert!(page.contains("Mission Locale d'Épinal"));
}

/// What a page must never hold: anything that fetches or points outside.
pub fn assert_self_contained(page: &str) {
    let lower = page.to_ascii_lowercase();
    for forbidden in [
        "http://",
        "https://",
        "<link",
        "@import",
        "url(",
        "<script",
        "src=",
        "<iframe",
        "<img",
        "<object",
        "<embed",
        "//cdn",
        "xlink:href",
    ] {
        assert!(!lower.contains(forbidden), "the page holds `{forbidden}`");
    }
}

#[test]
fn the_page_is_self_contained_accessible_and_escapes_names() {
    let mut s = demo_summary("g", day(2026, 10, 1));
    s.parties[0].name = "STEMO <script>alert(1)</script> & Cie".into();
    let report = build(vec![s]);
    let page = html::render(&report, Lang::Fr);
    assert_self_contained(&page);
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"fr\">"));
    assert!(page.contains("STEMO &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie"));
    assert!(page.contains("<svg class=\"chart\" id=\"chart-0\" role=\"img\""));
    assert!(page.contains("<desc id=\"chart-0-desc\">"));
    assert!(page.contains("<th scope=\"col\""));
    assert!(page.contains("@media print"));
    assert!(page.contains("Date de référence</dt><dd>1er octobre 2026"));
    assert!(page.contains("de 16 à 17 ans révolus"));
    assert!(page.contains("keys-v2"));
    assert!(page.contains("Date du rapprochement</dt><dd>21 octobre 2026"));
    // Hidden figures are marked and explained.
    assert!(page.contains("<abbr title=\"effectif de 1 à 4\">&lt;5</abbr>"));
    assert!(
        page.contains("<abbr title=\"valeur masquée pour protéger un petit effectif\">s</abbr>")
    );

    let english = html::render(&report, Lang::En);
    assert_self_contained(&english);
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("Links per organisation"));
    assert!(english.contains("aged 16 to 17 at the reference date"));
}

#[test]
fn the_page_of_several_campaigns_shows_the_trend_first() {
    let report = build(vec![
        demo_summary("q4", day(2026, 10, 1)),
        demo_summary("q1", day(2027, 1, 1)),
    ]);
    let page = html::render(&report, Lang::Fr);
    assert_self_contained(&page);
    let trend = page.find("id=\"trend\"").unwrap();
    let newest = page.find("id=\"campaign-1\"").unwrap();
    let oldest = page.find("id=\"campaign-0\"").unwrap();
    assert!(trend < newest && newest < oldest);
    assert!(page.contains("id=\"chart-trend\""));
    assert!(page.contains("id=\"chart-trend-organisations\""));
    assert_eq!(page.matches("<svg").count(), 4);
}

#[test]
fn the_csv_holds_the_same_figures_for_a_french_spreadsheet() {
    let report = build(vec![demo_summary("h", day(2026, 10, 1))]);
    let bytes = csv::render(&report, Lang::Fr);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "campagne;id_campagne;date_reference;date_rapprochement;indicateur;reseau;organisation;id_organisation;partenaire;id_partenaire;age;niveau_confiance;valeur;statut"
    );
    let find = |needle: &str| {
        lines
            .iter()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle}"))
            .to_string()
    };
    assert!(
        find(";dossiers transmis;STEMO;Nom de stemo-nancy;stemo-nancy;;;16;;")
            .ends_with(";13;publié")
    );
    assert!(
        find(";dossiers transmis;STEMO;Ensemble des STEMO;;;;Ensemble;;").ends_with(";65;publié")
    );
    assert!(find(";rapprochements;STEMO × Mission Locale;Nom de stemo-nancy;stemo-nancy;Nom de ml-metz;ml-metz;;Ensemble;").ends_with(";;<5"));
    assert!(find(";rapprochements;;Ensemble;;;;;Ensemble;").ends_with(";24;publié"));
    // 24 links of 65 STEMO records: 36,9 %.
    assert!(
        find(";part des dossiers transmis rapprochés (%);STEMO;Ensemble des STEMO;")
            .ends_with(";36,9;publié")
    );
    assert!(find(";lignes rejetées;STEMO;Nom de stemo-nancy;").ends_with(";0;publié"));
    // One value column with numbers only (or nothing), one status column.
    for line in &lines[1..] {
        let mut fields = line.rsplit(';');
        let status = fields.next().unwrap();
        let value = fields.next().unwrap();
        match status {
            "publié" => assert!(
                value.replace(',', "").parse::<u64>().is_ok(),
                "not a number: {line}"
            ),
            "<5" | "masqué" | "sans objet" => assert_eq!(value, "", "{line}"),
            other => panic!("status {other}: {line}"),
        }
        if !line.contains(";part des") {
            assert!(
                !matches!(value, "1" | "2" | "3" | "4"),
                "small count published: {line}"
            );
        }
    }
    // Every figure of the model is in the CSV, and nothing else.
    let c = &report.campaigns[0];
    let figures = published_figures(c).len();
    let shares = c.pairs.len() * 2 + c.justice.len() + c.missions_locales.len() + 2;
    assert_eq!(lines.len() - 1, figures + shares);

    let english = csv::render(&report, Lang::En);
    let text = String::from_utf8(english[3..].to_vec()).unwrap();
    assert!(text.starts_with("campaign,campaign_id,reference_date,"));
    assert!(text.lines().next().unwrap().ends_with(",value,status"));
    assert!(text.contains(",36.9,published\r\n"));
}

/// A summary whose names try every trick: a formula, a right-to-left
/// override, an ANSI escape that erases a terminal line.
fn hostile_summary() -> Summary {
    let mut s = demo_summary("i", day(2026, 10, 1));
    s.campaign_name = "=HYPERLINK(\"x\",\"clic\")".into();
    s.parties[0].name = "STEMO \u{202E}ztem\u{202C} de Metz".into();
    s.parties[1].name = "@SUM(A1)".into();
    s.parties[2].name = "\x1b[2KMission Locale".into();
    s.parties[3].name = "-1+1 Mission Locale\u{2066}".into();
    s
}

#[test]
fn names_cannot_carry_formulas_controls_or_bidi_into_the_page_or_the_csv() {
    let report = build(vec![hostile_summary()]);
    for lang in Lang::ALL {
        let page = html::render(&report, lang);
        assert_self_contained(&page);
        for c in page.chars() {
            assert!(
                !croise::safe::is_unsafe(c) || c == '\n',
                "{c:?} reached the page"
            );
        }
        assert!(page.contains("STEMO \u{FFFD}ztem\u{FFFD} de Metz"));
        assert!(page.contains("\u{FFFD}[2KMission Locale"));

        let bytes = csv::render(&report, lang);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        for c in text.chars() {
            assert!(
                !croise::safe::is_unsafe(c) || c == '\r' || c == '\n',
                "{c:?} reached the CSV"
            );
        }
        let delimiter = if lang == Lang::Fr { ';' } else { ',' };
        for line in text.split("\r\n").filter(|l| !l.is_empty()) {
            // The writer quotes cells that hold quotes or delimiters; no
            // cell may start with a formula character either way.
            for cell in line.split(delimiter) {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "formula cell `{cell}` in {line}"
                );
            }
        }
        assert!(text.contains("'=HYPERLINK("));
        assert!(text.contains("'@SUM(A1)"));
        assert!(text.contains("'-1+1 Mission Locale\u{FFFD}"));
    }
}

#[test]
fn organisation_totals_survive_small_counts_by_level() {
    // Every pair has a few links "probable" or "to review": hiding them
    // used to mask the "sure" column of every organisation. The totals, per
    // pair and per organisation, are all 5 or more: all are shown.
    let s = summary(
        "j",
        day(2026, 10, 1),
        vec![
            party("stemo-nancy", "justice", 40, 40),
            party("stemo-metz", "justice", 40, 40),
            party("ml-nancy", "mission-locale", 60, 60),
            party("ml-metz", "mission-locale", 60, 60),
        ],
        vec![
            pair("stemo-nancy", "ml-nancy", 20, 2, 1),
            pair("stemo-nancy", "ml-metz", 15, 1, 0),
            pair("stemo-metz", "ml-nancy", 12, 0, 2),
            pair("stemo-metz", "ml-metz", 30, 3, 1),
        ],
    );
    let report = build(vec![s]);
    let c = &report.campaigns[0];
    let totals: Vec<Figure> = c
        .justice
        .iter()
        .chain(&c.missions_locales)
        .map(|o| o.links.total)
        .collect();
    assert_eq!(
        totals,
        [39, 48, 37, 50].map(Figure::Count),
        "organisation totals"
    );
    for p in &c.pairs {
        assert!(!p.links.total.is_hidden(), "{p:?}");
    }
    assert_eq!(c.links.total, Figure::Count(87));
    // The breakdown is published where it can be, and never hides a total.
    assert_ne!(c.detail, Detail::None);
    let levels = c.links.by_confidence.unwrap();
    assert!(levels.iter().any(|f| f.is_hidden()));
    assert_eq!(report.campaigns[0].unprotectable, 0);
}

#[test]
fn rows_not_kept_are_published_per_organisation_with_small_counts_hidden() {
    let mut s = demo_summary("k", day(2026, 10, 1));
    s.parties[0].counts.rejected = [("date".to_string(), 3)].into();
    s.parties[0].counts.out_of_window = 40;
    s.parties[1].counts.rejected = [("date".to_string(), 6), ("nom".to_string(), 4)].into();
    s.parties[1].counts.out_of_window = 12;
    let report = build(vec![s]);
    let c = &report.campaigns[0];
    assert_eq!(c.justice[0].quality.rejected, Figure::Small { below: 5 });
    // Its row's and its column's other figures would give the 3 away.
    assert!(c.justice[0].quality.out_of_window.is_hidden());
    assert!(c.justice[1].quality.rejected.is_hidden());
    assert_eq!(c.justice[0].quality.not_kept, Figure::Count(43));
    assert_eq!(c.justice_total.quality.rejected, Figure::Count(13));
    assert_eq!(c.justice_total.quality.out_of_window, Figure::Count(52));
    assert_eq!(c.missions_locales[0].quality.not_kept, Figure::Count(0));
    let page = html::render(&report, Lang::Fr);
    assert!(page.contains("Qualité des listes transmises"));
    assert!(page.contains("Lignes rejetées"));
}

#[test]
fn the_page_says_what_the_figures_mean_and_keeps_identifiers_for_the_annex() {
    let mut s = demo_summary("l", day(2026, 10, 1));
    s.mac = "00ff".repeat(8);
    let report = build(vec![s]);
    let page = html::render(&report, Lang::Fr);
    let annex = page.find("id=\"annex\"").unwrap();
    let first_table = page.find("<table").unwrap();
    for identifier in ["keys-v2", &"00ff".repeat(8), "Identifiant de campagne"] {
        let at = page.find(identifier).unwrap();
        assert!(
            at > annex && annex > first_table,
            "{identifier} before the annex"
        );
    }
    let meaning = page.find("Comment lire ces chiffres").unwrap();
    assert!(meaning < first_table);
    assert!(page.contains("Il ne dit pas que l’obligation de formation n’est pas respectée"));
    assert!(page.contains("Les effectifs de 1 à 4 ne sont pas affichés"));
    let english = html::render(&report, Lang::En);
    assert!(english.contains("It does not say that the training obligation is unmet"));
}

#[test]
fn the_trend_shows_shares_as_well_as_counts() {
    let q4 = demo_summary("q4", day(2026, 10, 1));
    let mut q1 = demo_summary("q1", day(2027, 1, 1));
    q1.parties[0].records += 30;
    q1.parties[0].counts.kept_by_age.insert("16".into(), 43);
    let report = build(vec![q4, q1]);
    let trend = report.trend().unwrap();
    assert_eq!(
        trend.overall_shares[0].0,
        Share::Of {
            part: 24,
            whole: 65
        }
    );
    assert_eq!(
        trend.overall_shares[1].0,
        Share::Of {
            part: 24,
            whole: 95
        }
    );
    assert_eq!(
        trend.rows[0].shares[1],
        Some(report.campaigns[1].justice[0].share)
    );
    let page = html::render(&report, Lang::Fr);
    assert!(page.contains("Part des dossiers transmis rapprochés, par campagne"));
    // 36,9 % then 25,3 %: 11,7 points less.
    assert!(page.contains("−11,7"), "change in points");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// The headline (links of all levels per pair, per organisation, in all)
    /// is published exactly as its own suppression would publish it,
    /// whatever the breakdown by level; and no count from 1 to 4 is shown.
    #[test]
    fn the_breakdown_by_level_never_hides_a_headline_figure(
        counts in proptest::collection::vec((0u64..14, 0u64..5, 0u64..4), 4..=6),
    ) {
        let nm = if counts.len() == 4 { 2 } else { 3 };
        let nj = counts.len() / nm;
        let at = |j: usize, m: usize, k: usize| {
            let (a, b, c) = counts[j * nm + m];
            [a, b, c][k]
        };
        let headline = LinkTable::build(Detail::None, nj, nm, &at, Threshold::DEFAULT);
        let (published, detail) = links_published(nj, nm, &at, Threshold::DEFAULT);
        for j in 0..=nj {
            for m in 0..=nm {
                proptest::prop_assert_eq!(headline.links(j, m).total, published.links(j, m).total);
                let links = published.links(j, m);
                for f in links.by_confidence.into_iter().flatten().chain([links.total]) {
                    if let Figure::Count(n) = f {
                        proptest::prop_assert!(n == 0 || n >= 5);
                    }
                }
                let has_levels = links.by_confidence.is_some();
                let expected = match detail {
                    Detail::Pairs => true,
                    Detail::Organisations => j == nj || m == nm,
                    Detail::Campaign => j == nj && m == nm,
                    Detail::None => false,
                };
                proptest::prop_assert_eq!(has_levels, expected);
            }
        }
    }
}
