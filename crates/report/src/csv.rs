//! The report's figures as one CSV table, one figure per row, for a
//! spreadsheet or a pivot table: the same figures as the page, suppressed
//! the same way, every campaign of the report in one file (so the trend is
//! one pivot away).
//!
//! French reports are written as French Excel reads them (`;`, decimal
//! comma), English ones with `,` and a decimal point; both UTF-8 with a BOM
//! and CRLF, through the one CSV writer of croise ([`croise::input::encode_table`]).

use super::lang::Lang;
use super::suppress::Figure;
use super::{AgeGroup, CampaignReport, Links, Report, Share};
use croise::campaign::Side;
use croise::input::{Dialect, TextEncoding, encode_table};
use croise::matching::Confidence;

/// The CSV file of a report.
pub fn render(report: &Report, lang: Lang) -> Vec<u8> {
    let t = lang.text();
    let mut rows: Vec<Vec<String>> = vec![t.csv_columns.iter().map(|c| c.to_string()).collect()];
    for c in &report.campaigns {
        campaign_rows(c, lang, &mut rows);
    }
    let dialect = Dialect {
        encoding: TextEncoding::Utf8WithBom,
        delimiter: match lang {
            Lang::Fr => b';',
            Lang::En => b',',
        },
        crlf: true,
    };
    encode_table(&dialect, &rows)
}

/// One row's fields after the campaign's own.
struct Row<'a> {
    indicator: &'a str,
    network: String,
    organisation: (&'a str, &'a str),
    partner: (&'a str, &'a str),
    age: String,
    confidence: String,
    value: String,
}

fn campaign_rows(c: &CampaignReport, lang: Lang, rows: &mut Vec<Vec<String>>) {
    let t = lang.text();
    let all = t.all;
    let mut push = |row: Row| {
        rows.push(vec![
            c.name.clone(),
            c.campaign_id.clone(),
            c.reference_date.to_string(),
            c.run_date.to_string(),
            row.indicator.to_string(),
            row.network,
            row.organisation.0.to_string(),
            row.organisation.1.to_string(),
            row.partner.0.to_string(),
            row.partner.1.to_string(),
            row.age,
            row.confidence,
            row.value,
        ]);
    };
    let age = |a: AgeGroup| match a {
        AgeGroup::Years(n) => n.to_string(),
        AgeGroup::Unknown => lang.age_group(a),
    };
    let confidences = |links: &Links| {
        Confidence::ALL
            .iter()
            .map(|&k| lang.confidence(k).to_string())
            .zip(links.by_confidence)
            .chain(std::iter::once((all.to_string(), links.total)))
            .collect::<Vec<(String, Figure)>>()
    };

    // Records submitted, by age.
    for side in [Side::Justice, Side::MissionLocale] {
        let (orgs, total) = c.side(side);
        let side_all = match side {
            Side::Justice => t.all_justice,
            Side::MissionLocale => t.all_missions_locales,
        };
        let entries = orgs
            .iter()
            .map(|o| {
                (
                    (o.organisation.name.as_str(), o.organisation.id.as_str()),
                    &o.records_by_age,
                    o.records,
                )
            })
            .chain(std::iter::once((
                (side_all, ""),
                &total.records_by_age,
                total.records,
            )));
        for (organisation, by_age, records) in entries {
            let cells = c
                .ages
                .iter()
                .map(|&a| age(a))
                .zip(by_age.iter().copied())
                .chain(std::iter::once((all.to_string(), records)));
            for (age, figure) in cells {
                push(Row {
                    indicator: t.csv_records,
                    network: lang.side(side).to_string(),
                    organisation,
                    partner: ("", ""),
                    age,
                    confidence: String::new(),
                    value: lang.figure_plain(figure),
                });
            }
        }
    }

    // Links by confidence: per pair, per organisation, in all.
    let pair_network = format!(
        "{} × {}",
        lang.side(Side::Justice),
        lang.side(Side::MissionLocale)
    );
    for p in &c.pairs {
        let j = &c.justice[p.justice].organisation;
        let m = &c.missions_locales[p.mission_locale].organisation;
        for (confidence, figure) in confidences(&p.links) {
            push(Row {
                indicator: t.csv_links,
                network: pair_network.clone(),
                organisation: (&j.name, &j.id),
                partner: (&m.name, &m.id),
                age: String::new(),
                confidence,
                value: lang.figure_plain(figure),
            });
        }
    }
    for side in [Side::Justice, Side::MissionLocale] {
        for o in c.side(side).0 {
            for (confidence, figure) in confidences(&o.links) {
                push(Row {
                    indicator: t.csv_links,
                    network: lang.side(side).to_string(),
                    organisation: (&o.organisation.name, &o.organisation.id),
                    partner: ("", ""),
                    age: String::new(),
                    confidence,
                    value: lang.figure_plain(figure),
                });
            }
        }
    }
    for (confidence, figure) in confidences(&c.links) {
        push(Row {
            indicator: t.csv_links,
            network: String::new(),
            organisation: (all, ""),
            partner: ("", ""),
            age: String::new(),
            confidence,
            value: lang.figure_plain(figure),
        });
    }

    // Shares of records linked.
    let share_row = |indicator, network: String, organisation, partner, share: Share| Row {
        indicator,
        network,
        organisation,
        partner,
        age: String::new(),
        confidence: String::new(),
        value: lang.share_plain(share),
    };
    for p in &c.pairs {
        let j = &c.justice[p.justice].organisation;
        let m = &c.missions_locales[p.mission_locale].organisation;
        push(share_row(
            t.csv_share_of_justice,
            pair_network.clone(),
            (&j.name, &j.id),
            (&m.name, &m.id),
            p.share_of_justice,
        ));
        push(share_row(
            t.csv_share_of_mission_locale,
            pair_network.clone(),
            (&j.name, &j.id),
            (&m.name, &m.id),
            p.share_of_mission_locale,
        ));
    }
    for side in [Side::Justice, Side::MissionLocale] {
        let (orgs, total) = c.side(side);
        for o in orgs {
            push(share_row(
                t.csv_share,
                lang.side(side).to_string(),
                (&o.organisation.name, &o.organisation.id),
                ("", ""),
                o.share,
            ));
        }
        let side_all = match side {
            Side::Justice => t.all_justice,
            Side::MissionLocale => t.all_missions_locales,
        };
        push(share_row(
            t.csv_share,
            lang.side(side).to_string(),
            (side_all, ""),
            ("", ""),
            total.share,
        ));
    }
}
