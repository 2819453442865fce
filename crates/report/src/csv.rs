//! The report's figures as one CSV table, one figure per row, for a
//! spreadsheet or a pivot table: the same figures as the page, suppressed
//! the same way, every campaign of the report in one file (so the trend is
//! one pivot away).
//!
//! Two columns say each figure: `valeur` holds a number or nothing (a
//! spreadsheet can add it up), `statut` says whether it is published, a
//! small count (`<5`) or masked. Figures the page does not publish (the
//! breakdown by confidence level beyond the campaign's [`Detail`]) have no
//! row.
//!
//! Every cell goes through [`croise::safe::for_spreadsheet`], in one place
//! ([`render`]): a campaign or organisation named `=HYPERLINK(…)` is text,
//! not a formula.
//!
//! French reports are written as French Excel reads them (`;`, decimal
//! comma), English ones with `,` and a decimal point; both UTF-8 with a BOM
//! and CRLF, through the one CSV writer of croise ([`croise::input::encode_table`]).
//!
//! [`Detail`]: super::Detail

use croise::campaign::Side;
use croise::input::{Dialect, TextEncoding, encode_table};
use croise::matching::Confidence;
use croise_lang::Lang;

use super::i18n::tr;
use super::suppress::Figure;
use super::words;
use super::{AgeGroup, CampaignReport, Links, Quality, Report, Share};

/// The CSV file of a report.
pub fn render(report: &Report, lang: Lang) -> Vec<u8> {
    let header = vec![
        tr!(lang, "csv-campaign"),
        tr!(lang, "csv-campaign-id"),
        tr!(lang, "csv-reference-date"),
        tr!(lang, "csv-run-date"),
        tr!(lang, "csv-indicator"),
        tr!(lang, "csv-network"),
        tr!(lang, "csv-organisation"),
        tr!(lang, "csv-organisation-id"),
        tr!(lang, "csv-partner"),
        tr!(lang, "csv-partner-id"),
        tr!(lang, "csv-age"),
        tr!(lang, "csv-confidence"),
        tr!(lang, "csv-value"),
        tr!(lang, "csv-status"),
    ];
    let mut rows: Vec<Vec<String>> = vec![header];
    for c in &report.campaigns {
        campaign_rows(c, lang, &mut rows);
    }
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| {
            row.iter()
                .map(|cell| croise::safe::for_spreadsheet(cell).into_owned())
                .collect()
        })
        .collect();
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
    indicator: String,
    network: String,
    organisation: (&'a str, &'a str),
    partner: (&'a str, &'a str),
    age: String,
    confidence: String,
    /// The number, or `None` when hidden.
    value: Option<String>,
    status: String,
}

impl<'a> Row<'a> {
    /// A row for a count.
    fn figure(
        lang: Lang,
        indicator: String,
        network: String,
        organisation: (&'a str, &'a str),
        figure: Figure,
    ) -> Self {
        Row {
            indicator,
            network,
            organisation,
            partner: ("", ""),
            age: String::new(),
            confidence: String::new(),
            value: words::figure_value(figure),
            status: words::status(lang, figure),
        }
    }

    /// A row for a share.
    fn share(
        lang: Lang,
        indicator: String,
        network: String,
        organisation: (&'a str, &'a str),
        share: Share,
    ) -> Self {
        Row {
            value: words::share_value(lang, share),
            status: words::share_status(lang, share),
            ..Row::figure(lang, indicator, network, organisation, Figure::Count(0))
        }
    }
}

fn campaign_rows(c: &CampaignReport, lang: Lang, rows: &mut Vec<Vec<String>>) {
    let all = tr!(lang, "all");
    let mut push = |row: Row| {
        rows.push(vec![
            c.name.clone(),
            c.campaign_id.clone(),
            c.reference_date.to_string(),
            c.run_date.to_string(),
            row.indicator,
            row.network,
            row.organisation.0.to_string(),
            row.organisation.1.to_string(),
            row.partner.0.to_string(),
            row.partner.1.to_string(),
            row.age,
            row.confidence,
            row.value.unwrap_or_default(),
            row.status,
        ]);
    };
    let age = |a: AgeGroup| match a {
        AgeGroup::Years(n) => n.to_string(),
        AgeGroup::Unknown => words::age_group(lang, a),
    };
    // Each published level, then the total.
    let confidences = |links: &Links| {
        let levels: Vec<(String, Figure)> = match links.by_confidence {
            Some(levels) => Confidence::ALL
                .iter()
                .map(|&k| words::confidence(lang, k))
                .zip(levels)
                .collect(),
            None => Vec::new(),
        };
        levels
            .into_iter()
            .chain(std::iter::once((all.clone(), links.total)))
            .collect::<Vec<(String, Figure)>>()
    };
    let sides = [Side::Justice, Side::MissionLocale];

    // Records submitted, by age.
    for side in sides {
        let (orgs, total) = c.side(side);
        let side_all = words::side_all(lang, side);
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
                (side_all.as_str(), ""),
                &total.records_by_age,
                total.records,
            )));
        for (organisation, by_age, records) in entries {
            let cells = c
                .ages
                .iter()
                .map(|&a| age(a))
                .zip(by_age.iter().copied())
                .chain(std::iter::once((all.clone(), records)));
            for (age, figure) in cells {
                push(Row {
                    age,
                    ..Row::figure(
                        lang,
                        tr!(lang, "csv-records"),
                        words::side(lang, side),
                        organisation,
                        figure,
                    )
                });
            }
        }
    }

    // Rows not kept, by reason.
    for side in sides {
        let (orgs, total) = c.side(side);
        let side_all = words::side_all(lang, side);
        let entries = orgs
            .iter()
            .map(|o| {
                (
                    (o.organisation.name.as_str(), o.organisation.id.as_str()),
                    o.quality,
                )
            })
            .chain(std::iter::once(((side_all.as_str(), ""), total.quality)));
        for (organisation, quality) in entries {
            let Quality {
                rejected,
                out_of_window,
                not_kept,
            } = quality;
            for (indicator, figure) in [
                (tr!(lang, "csv-rejected"), rejected),
                (tr!(lang, "csv-out-of-window"), out_of_window),
                (tr!(lang, "csv-not-kept"), not_kept),
            ] {
                push(Row::figure(
                    lang,
                    indicator,
                    words::side(lang, side),
                    organisation,
                    figure,
                ));
            }
        }
    }

    // Links: per pair, per organisation, in all; by confidence level where
    // published.
    let pair_network = format!(
        "{} × {}",
        words::side(lang, Side::Justice),
        words::side(lang, Side::MissionLocale)
    );
    for p in &c.pairs {
        let j = &c.justice[p.justice].organisation;
        let m = &c.missions_locales[p.mission_locale].organisation;
        for (confidence, figure) in confidences(&p.links) {
            push(Row {
                partner: (&m.name, &m.id),
                confidence,
                ..Row::figure(
                    lang,
                    tr!(lang, "csv-links"),
                    pair_network.clone(),
                    (&j.name, &j.id),
                    figure,
                )
            });
        }
    }
    for side in sides {
        for o in c.side(side).0 {
            for (confidence, figure) in confidences(&o.links) {
                push(Row {
                    confidence,
                    ..Row::figure(
                        lang,
                        tr!(lang, "csv-links"),
                        words::side(lang, side),
                        (&o.organisation.name, &o.organisation.id),
                        figure,
                    )
                });
            }
        }
    }
    for (confidence, figure) in confidences(&c.links) {
        push(Row {
            confidence,
            ..Row::figure(
                lang,
                tr!(lang, "csv-links"),
                String::new(),
                (&all, ""),
                figure,
            )
        });
    }

    // Shares of records linked.
    for p in &c.pairs {
        let j = &c.justice[p.justice].organisation;
        let m = &c.missions_locales[p.mission_locale].organisation;
        for (indicator, share) in [
            (tr!(lang, "csv-share-of-justice"), p.share_of_justice),
            (
                tr!(lang, "csv-share-of-mission-locale"),
                p.share_of_mission_locale,
            ),
        ] {
            push(Row {
                partner: (&m.name, &m.id),
                ..Row::share(
                    lang,
                    indicator,
                    pair_network.clone(),
                    (&j.name, &j.id),
                    share,
                )
            });
        }
    }
    for side in sides {
        let (orgs, total) = c.side(side);
        for o in orgs {
            push(Row::share(
                lang,
                tr!(lang, "csv-share"),
                words::side(lang, side),
                (&o.organisation.name, &o.organisation.id),
                o.share,
            ));
        }
        let side_all = words::side_all(lang, side);
        push(Row::share(
            lang,
            tr!(lang, "csv-share"),
            words::side(lang, side),
            (&side_all, ""),
            total.share,
        ));
    }
}
