//! The report as one self-contained HTML page: styles inline, charts as
//! inline SVG, no script, no font, image, link or address of any kind, so
//! that it opens offline, can be mailed as one file, and prints cleanly
//! (A4, one campaign per page break). Tables have headers a screen reader
//! can announce; each chart has a text alternative and the same figures in
//! a table beside it.
//!
//! Written with maud: every value put into the page is escaped by the
//! template itself, so a forgotten escape cannot exist. The only text put
//! in as it is, is the style sheet below. Names have already lost their
//! control and bidirectional characters when the report was built (maud
//! escapes HTML, not bidi). The words come from the catalogue ([`tr!`]).
//!
//! Order of the page: what the figures mean, the trend (several
//! campaigns), each campaign (newest first: what a committee discusses),
//! then a technical annex with the identifiers of the files, which no
//! reader of the figures needs.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::chart::{Bar, BarGroup, bar_chart};
use super::i18n::tr;
use super::suppress::Figure;
use super::words::{self, colon, semicolon};
use super::{CampaignReport, Detail, Links, Report, Share, Trend};
use croise::campaign::Side;
use croise::matching::Confidence;
use croise_lang::Lang;

const VERSION: &str = env!("CARGO_PKG_VERSION");

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 66rem; padding: 1.5rem 1.5rem 3rem;
  line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; color: #1f3b57; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f3b57; padding-bottom: .2rem; margin: 2.4rem 0 .8rem; color: #1f3b57; }
h3 { font-size: 1.05rem; margin: 1.8rem 0 .4rem; }
p { margin: .4rem 0; }
.subtitle { color: #444; margin-top: 0; }
.intro { color: #333; max-width: 48rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 1rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.note { background: #f2f4f7; border-left: 4px solid #1f3b57; padding: .5rem .8rem; margin: 1rem 0; max-width: 52rem; }
.warning { border-left-color: #a33; }
.legend { font-size: .9rem; color: #333; }
ul.keys { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
ul.keys li { border: 1px solid #c8ccd2; border-radius: 4px; padding: .4rem .8rem; min-width: 11rem; }
ul.keys .key-value { display: block; font-size: 1.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
nav ul { margin: .3rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; caption-side: top; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { border: 1px solid #c8ccd2; padding: .22rem .5rem; vertical-align: top; }
thead th { background: #e8ecf1; text-align: left; vertical-align: bottom; }
thead th.num { text-align: right; }
thead th.group { text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody th { text-align: left; font-weight: normal; }
tbody th[scope="row"], td.name { min-width: 11rem; }
tr.group th { background: #f7f8fa; font-weight: 700; }
tr.total th, tr.total td { font-weight: 700; background: #f2f4f7; }
td.hidden abbr { text-decoration: none; border: 0; }
td.hidden { color: #555; font-style: italic; }
figure { margin: 1rem 0; }
figcaption { font-size: .9rem; color: #444; margin-top: .3rem; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; display: block; }
svg.chart text { fill: #1a1a1a; }
svg.chart .chart-heading { font-weight: 700; font-size: 13px; }
svg.chart .chart-hidden { fill: #555; font-style: italic; }
svg.chart .chart-axis { stroke: #888; stroke-width: 1; }
.bar-justice { fill: #1f3b57; }
.bar-ml { fill: #3d7a4a; }
.bar-overall { fill: #5a5a5a; }
section.meaning { margin: 1.6rem 0 0; }
section.meaning h2 { margin-top: 1.2rem; }
section.meaning p { max-width: 52rem; }
section.annex dl.meta { margin-top: .4rem; }
section.annex dd { overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
footer { margin-top: 3rem; font-size: .85rem; color: #444; border-top: 1px solid #c8ccd2; padding-top: .5rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  section.campaign, section.annex { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  tr, figure, ul.keys, .note { break-inside: avoid; }
  thead { display: table-header-group; }
  .note, thead th, tr.total th, tr.total td, .bar-justice, .bar-ml, .bar-overall {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"#;
/// The whole page.
pub fn render(report: &Report, lang: Lang) -> String {
    let threshold = report.threshold.get();
    let max = threshold.saturating_sub(1);
    let title = match report.campaigns.as_slice() {
        [one] => format!("{} — {}", tr!(lang, "report-title"), one.name),
        _ => tr!(lang, "report-title"),
    };
    let several = report.campaigns.len() > 1;
    let page = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content={ "croise " (VERSION) };
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (tr!(lang, "report-title")) }
                    p.subtitle { (tr!(lang, "report-subtitle")) }
                    dl.meta {
                        @if let [one] = report.campaigns.as_slice() {
                            (campaign_meta(one, lang))
                        } @else {
                            dt { (tr!(lang, "campaigns")) }
                            dd {
                                (report.campaigns.iter()
                                    .map(|c| format!("{} ({})", c.name, lang.date(c.reference_date)))
                                    .collect::<Vec<_>>()
                                    .join(semicolon(lang)))
                            }
                        }
                        dt { (tr!(lang, "generated")) }
                        dd { (lang.date(report.generated)) }
                    }
                    p.note { (tr!(lang, "threshold-note", max = max, threshold = threshold)) }
                    @if report.threshold.is_below_default() {
                        p.note.warning { (tr!(lang, "threshold-below-default")) }
                    }
                    p.legend {
                        strong { "<" (threshold) } (colon(lang)) (tr!(lang, "small-legend", max = max))
                        " · "
                        strong { (tr!(lang, "masked-symbol")) } (colon(lang)) (tr!(lang, "masked-legend"))
                        " · "
                        strong { (tr!(lang, "not-applicable-symbol")) } (colon(lang)) (tr!(lang, "not-applicable"))
                    }
                    @if several {
                        nav aria-label=(tr!(lang, "contents")) {
                            strong { (tr!(lang, "contents")) }
                            ul {
                                li { a href="#trend" { (tr!(lang, "trend")) } }
                                @for (k, c) in report.campaigns.iter().enumerate().rev() {
                                    li { a href={ "#campaign-" (k) } { (c.name) " (" (lang.date(c.reference_date)) ")" } }
                                }
                                li { a href="#annex" { (tr!(lang, "annex")) } }
                            }
                        }
                    }
                }
                main {
                    section.meaning aria-labelledby="meaning-title" {
                        h2 #meaning-title { (tr!(lang, "meaning-title")) }
                        p { (tr!(lang, "meaning", max = max, threshold = threshold)) }
                    }
                    @if let Some(trend) = report.trend() {
                        (trend_section(report, &trend, lang))
                    }
                    // Most recent first: that is what a committee meeting
                    // discusses.
                    @for (k, campaign) in report.campaigns.iter().enumerate().rev() {
                        (campaign_section(k, campaign, several, lang))
                    }
                    (annex(report, lang))
                }
                footer {
                    p { (tr!(lang, "no-names")) }
                    p { (tr!(lang, "footer", version = VERSION)) }
                }
            }
        }
    };
    page.into_string()
}

/// What a reader needs to place a campaign: its name, reference date and
/// ages. The identifiers are in the annex.
fn campaign_meta(c: &CampaignReport, lang: Lang) -> Markup {
    html! {
        dt { (tr!(lang, "campaign")) }
        dd { (c.name) }
        dt { (tr!(lang, "reference-date")) }
        dd { (lang.date(c.reference_date)) }
        dt { (tr!(lang, "age-window-label")) }
        dd { (words::age_window(lang, c.min_age, c.max_age)) }
    }
}

/// A table cell for a figure, with the meaning of a hidden one spelled out
/// for screen readers.
fn figure_cell(figure: Figure, lang: Lang) -> Markup {
    let text = words::figure(lang, figure);
    match figure {
        Figure::Count(_) => html! { td.num { (text) } },
        Figure::Small { below } => html! {
            td.num.hidden { abbr title=(tr!(lang, "small-legend", max = below.saturating_sub(1))) { (text) } }
        },
        Figure::Masked => html! {
            td.num.hidden { abbr title=(tr!(lang, "masked-legend")) { (text) } }
        },
    }
}

fn share_cell(share: Share, lang: Lang) -> Markup {
    let text = words::share(lang, share);
    match share {
        Share::Hidden => html! {
            td.num.hidden { abbr title=(tr!(lang, "masked-legend")) { (text) } }
        },
        _ => html! { td.num { (text) } },
    }
}

/// A table in a scrolling wrapper, with a caption for screen readers.
fn table(caption: &str, head: Markup, body: Markup) -> Markup {
    html! {
        div.table-wrap {
            table {
                caption.visually-hidden { (caption) }
                thead { (head) }
                (body)
            }
        }
    }
}

fn campaign_section(k: usize, c: &CampaignReport, several: bool, lang: Lang) -> Markup {
    let groups: Vec<BarGroup> = [Side::Justice, Side::MissionLocale]
        .into_iter()
        .map(|side| BarGroup {
            heading: Some(words::side_plural(lang, side)),
            bars: c
                .side(side)
                .0
                .iter()
                .map(|o| Bar {
                    label: o.organisation.name.clone(),
                    figure: o.links.total,
                    class: bar_class(side),
                })
                .collect(),
        })
        .filter(|g| !g.bars.is_empty())
        .collect();
    let desc = chart_description(&tr!(lang, "chart-desc-intro"), &groups, lang);
    let chart_id = format!("chart-{k}");
    let keys = [
        (
            tr!(
                lang,
                "key-records",
                side = words::side_plural(lang, Side::Justice)
            ),
            c.justice_total.records,
        ),
        (
            tr!(
                lang,
                "key-records",
                side = words::side_plural(lang, Side::MissionLocale)
            ),
            c.missions_locales_total.records,
        ),
        (tr!(lang, "links"), c.links.total),
    ];
    html! {
        section.campaign id={ "campaign-" (k) } aria-labelledby={ "campaign-" (k) "-title" } {
            h2 id={ "campaign-" (k) "-title" } { (tr!(lang, "campaign")) " " (lang.quote(&c.name)) }
            @if several {
                dl.meta { (campaign_meta(c, lang)) }
            }
            ul.keys {
                @for (label, figure) in &keys {
                    li { (label) span.key-value { (words::figure(lang, *figure)) } }
                }
            }
            @if !c.absent.is_empty() {
                p {
                    strong { (tr!(lang, "absent", count = c.absent.len())) }
                    (colon(lang))
                    (c.absent.iter()
                        .map(|o| format!("{} ({})", o.name, words::side(lang, o.side)))
                        .collect::<Vec<_>>()
                        .join(", "))
                }
            }

            h3 { (tr!(lang, "by-organisation")) }
            p.intro { (tr!(lang, "by-organisation-intro")) }
            figure {
                (bar_chart(&chart_id, &tr!(lang, "chart-title"), &desc, &groups, lang))
                figcaption { (desc) }
            }
            (organisation_table(c, lang))

            h3 { (tr!(lang, "by-pair")) }
            p.intro { (tr!(lang, "by-pair-intro")) }
            (pair_matrix(c, lang))
            h3 { (tr!(lang, "by-pair-shares")) }
            (pair_share_table(c, lang))

            h3 { (tr!(lang, "by-confidence")) }
            p.intro {
                @match c.detail {
                    Detail::Pairs => (tr!(lang, "by-confidence-pairs")),
                    Detail::Organisations => (tr!(lang, "by-confidence-organisations")),
                    Detail::Campaign => (tr!(lang, "by-confidence-campaign")),
                    Detail::None => (tr!(lang, "by-confidence-none")),
                }
            }
            @if c.detail != Detail::None {
                p.legend { (tr!(lang, "by-confidence-legend")) }
                (confidence_tables(c, lang))
            }

            h3 { (tr!(lang, "by-age")) }
            p.intro { (tr!(lang, "by-age-intro")) }
            (age_table(c, lang))

            h3 { (tr!(lang, "quality")) }
            p.intro { (tr!(lang, "quality-intro")) }
            (quality_table(c, lang))
        }
    }
}

fn bar_class(side: Side) -> &'static str {
    match side {
        Side::Justice => "bar-justice",
        Side::MissionLocale => "bar-ml",
    }
}

/// The text alternative of a chart: every bar, in words.
fn chart_description(intro: &str, groups: &[BarGroup], lang: Lang) -> String {
    let parts: Vec<String> = groups
        .iter()
        .map(|g| {
            let bars: Vec<String> = g
                .bars
                .iter()
                .map(|b| format!("{} {}", b.label, words::figure(lang, b.figure)))
                .collect();
            match &g.heading {
                Some(h) => format!("{h}{}{}", colon(lang), bars.join(semicolon(lang))),
                None => bars.join(semicolon(lang)),
            }
        })
        .collect();
    format!("{intro} — {}.", parts.join(". "))
}

/// A group of rows under a network's name, the network's total last.
fn side_rows(side: Side, columns: usize, lang: Lang, rows: Markup, total: Markup) -> Markup {
    html! {
        tbody {
            tr.group { th scope="rowgroup" colspan=(columns) { (words::side_plural(lang, side)) } }
            (rows)
            tr.total { th scope="row" { (words::side_all(lang, side)) } (total) }
        }
    }
}

/// The headline: records, links of all levels and the share linked, per
/// organisation.
fn organisation_table(c: &CampaignReport, lang: Lang) -> Markup {
    let head = html! {
        tr {
            th scope="col" { (tr!(lang, "organisation")) }
            th.num scope="col" { (tr!(lang, "records")) }
            th.num scope="col" { (tr!(lang, "links")) }
            th.num scope="col" { (tr!(lang, "linked-share")) }
        }
    };
    let body = html! {
        @for side in [Side::Justice, Side::MissionLocale] {
            @let (orgs, total) = c.side(side);
            (side_rows(side, 4, lang, html! {
                @for o in orgs {
                    tr {
                        th scope="row" { (o.organisation.name) }
                        (figure_cell(o.records, lang))
                        (figure_cell(o.links.total, lang))
                        (share_cell(o.share, lang))
                    }
                }
            }, html! {
                (figure_cell(total.records, lang))
                (figure_cell(c.links.total, lang))
                (share_cell(total.share, lang))
            }))
        }
    };
    table(&tr!(lang, "by-organisation"), head, body)
}

/// Links per pair as a matrix, longer than wide so that it prints.
fn pair_matrix(c: &CampaignReport, lang: Lang) -> Markup {
    // Rows for the longer side.
    let rows_are_justice = c.justice.len() >= c.missions_locales.len();
    let (rows, cols) = if rows_are_justice {
        (&c.justice, &c.missions_locales)
    } else {
        (&c.missions_locales, &c.justice)
    };
    let at = |r: usize, col: usize| {
        if rows_are_justice {
            c.pair(r, col)
        } else {
            c.pair(col, r)
        }
    };
    let (row_side, col_side) = if rows_are_justice {
        (Side::Justice, Side::MissionLocale)
    } else {
        (Side::MissionLocale, Side::Justice)
    };
    let head = html! {
        tr {
            th scope="col" { (words::side_plural(lang, row_side)) " \\ " (words::side_plural(lang, col_side)) }
            @for o in cols.iter() {
                th.num scope="col" { (o.organisation.name) }
            }
            th.num scope="col" { (tr!(lang, "total")) }
        }
    };
    let body = html! {
        tbody {
            @for (r, o) in rows.iter().enumerate() {
                tr {
                    th scope="row" { (o.organisation.name) }
                    @for col in 0..cols.len() {
                        (figure_cell(at(r, col).links.total, lang))
                    }
                    (figure_cell(o.links.total, lang))
                }
            }
            tr.total {
                th scope="row" { (tr!(lang, "total")) }
                @for o in cols.iter() {
                    (figure_cell(o.links.total, lang))
                }
                (figure_cell(c.links.total, lang))
            }
        }
    };
    table(&tr!(lang, "by-pair"), head, body)
}

/// Each pair with links, and the share of each side's records linked.
fn pair_share_table(c: &CampaignReport, lang: Lang) -> Markup {
    let head = html! {
        tr {
            th scope="col" { (tr!(lang, "justice-plural")) }
            th scope="col" { (tr!(lang, "partner")) }
            th.num scope="col" { (tr!(lang, "links")) }
            th.num scope="col" { (tr!(lang, "linked-share")) " " (tr!(lang, "share-of-justice")) }
            th.num scope="col" { (tr!(lang, "linked-share")) " " (tr!(lang, "share-of-mission-locale")) }
        }
    };
    // Pairs with no link are in the matrix above; here they would only
    // bury the others.
    let body = html! {
        tbody {
            @for p in c.pairs.iter().filter(|p| p.links.total != Figure::Count(0)) {
                tr {
                    th scope="row" { (c.justice[p.justice].organisation.name) }
                    td.name { (c.missions_locales[p.mission_locale].organisation.name) }
                    (figure_cell(p.links.total, lang))
                    (share_cell(p.share_of_justice, lang))
                    (share_cell(p.share_of_mission_locale, lang))
                }
            }
            tr.total {
                th scope="row" colspan="2" { (tr!(lang, "all")) }
                (figure_cell(c.links.total, lang))
                (share_cell(c.justice_total.share, lang))
                (share_cell(c.missions_locales_total.share, lang))
            }
        }
    };
    table(&tr!(lang, "by-pair-shares"), head, body)
}

/// One column per confidence level, then the total.
fn confidence_headers(lang: Lang) -> Markup {
    html! {
        @for conf in Confidence::ALL {
            th.num scope="col" { (words::confidence(lang, conf)) }
        }
        th.num scope="col" { (tr!(lang, "total")) }
    }
}

/// A row's cells by level, then the total; cells left empty where the
/// level is not published (never the case in the rows written).
fn level_cells(links: &Links, lang: Lang) -> Markup {
    html! {
        @if let Some(levels) = links.by_confidence {
            @for f in levels { (figure_cell(f, lang)) }
        } @else {
            @for _ in 0..3 { td.num {} }
        }
        (figure_cell(links.total, lang))
    }
}

/// The breakdown by confidence level at the campaign's [`Detail`].
fn confidence_tables(c: &CampaignReport, lang: Lang) -> Markup {
    let all_row = html! {
        tr.total { th scope="row" colspan="2" { (tr!(lang, "all")) } (level_cells(&c.links, lang)) }
    };
    let pairs = (c.detail == Detail::Pairs).then(|| {
        let head = html! {
            tr {
                th scope="col" { (tr!(lang, "justice-plural")) }
                th scope="col" { (tr!(lang, "partner")) }
                (confidence_headers(lang))
            }
        };
        let body = html! {
            tbody {
                @for p in c.pairs.iter().filter(|p| p.links.total != Figure::Count(0)) {
                    tr {
                        th scope="row" { (c.justice[p.justice].organisation.name) }
                        td.name { (c.missions_locales[p.mission_locale].organisation.name) }
                        (level_cells(&p.links, lang))
                    }
                }
                (all_row)
            }
        };
        table(
            &format!("{} — {}", tr!(lang, "by-pair"), tr!(lang, "by-confidence")),
            head,
            body,
        )
    });
    let organisations = (c.detail <= Detail::Organisations).then(|| {
        let head = html! {
            tr { th scope="col" { (tr!(lang, "organisation")) } (confidence_headers(lang)) }
        };
        let body = html! {
            @for side in [Side::Justice, Side::MissionLocale] {
                (side_rows(side, 5, lang, html! {
                    @for o in c.side(side).0 {
                        tr { th scope="row" { (o.organisation.name) } (level_cells(&o.links, lang)) }
                    }
                }, level_cells(&c.links, lang)))
            }
        };
        table(&format!("{} — {}", tr!(lang, "by-organisation"), tr!(lang, "by-confidence")), head, body)
    });
    let campaign = (c.detail == Detail::Campaign).then(|| {
        let head = html! {
            tr { th scope="col" colspan="2" {} (confidence_headers(lang)) }
        };
        table(
            &tr!(lang, "by-confidence"),
            head,
            html! { tbody { (all_row) } },
        )
    });
    html! {
        @if let Some(t) = pairs { (t) }
        @if let Some(t) = organisations { (t) }
        @if let Some(t) = campaign { (t) }
    }
}

fn age_table(c: &CampaignReport, lang: Lang) -> Markup {
    let head = html! {
        tr {
            th scope="col" { (tr!(lang, "organisation")) }
            @for age in &c.ages {
                th.num scope="col" { (words::age_group(lang, *age)) }
            }
            th.num scope="col" { (tr!(lang, "total")) }
        }
    };
    let columns = c.ages.len() + 2;
    let row = |by_age: &[Figure], total: Figure| {
        html! {
            @for f in by_age { (figure_cell(*f, lang)) }
            (figure_cell(total, lang))
        }
    };
    let body = html! {
        @for side in [Side::Justice, Side::MissionLocale] {
            @let (orgs, total) = c.side(side);
            (side_rows(side, columns, lang, html! {
                @for o in orgs {
                    tr { th scope="row" { (o.organisation.name) } (row(&o.records_by_age, o.records)) }
                }
            }, row(&total.records_by_age, total.records)))
        }
    };
    table(&tr!(lang, "by-age"), head, body)
}

/// Rows read but not kept, per organisation.
fn quality_table(c: &CampaignReport, lang: Lang) -> Markup {
    let head = html! {
        tr {
            th scope="col" { (tr!(lang, "organisation")) }
            th.num scope="col" { (tr!(lang, "rejected")) }
            th.num scope="col" { (tr!(lang, "out-of-window")) }
            th.num scope="col" { (tr!(lang, "not-kept")) }
        }
    };
    let cells = |q: &super::Quality| {
        html! {
            (figure_cell(q.rejected, lang))
            (figure_cell(q.out_of_window, lang))
            (figure_cell(q.not_kept, lang))
        }
    };
    let body = html! {
        @for side in [Side::Justice, Side::MissionLocale] {
            @let (orgs, total) = c.side(side);
            (side_rows(side, 4, lang, html! {
                @for o in orgs {
                    tr { th scope="row" { (o.organisation.name) } (cells(&o.quality)) }
                }
            }, cells(&total.quality)))
        }
    };
    table(&tr!(lang, "quality"), head, body)
}

/// A campaign's label in the trend: its name and reference date.
fn campaign_label(c: &CampaignReport, lang: Lang) -> String {
    format!("{} ({})", c.name, lang.date(c.reference_date))
}

/// The change between the last two campaigns, where both are shown.
fn change_cell(values: &[Option<Figure>], lang: Lang) -> Markup {
    let last_two: Vec<Option<u64>> = values
        .iter()
        .rev()
        .take(2)
        .map(|f| f.and_then(|f| f.count()))
        .collect();
    match last_two.as_slice() {
        [Some(now), Some(before)] => {
            let d = *now as i64 - *before as i64;
            html! { td.num { (sign(d as f64)) (lang.count(d.unsigned_abs())) } }
        }
        _ => html! { td.num { (tr!(lang, "not-applicable-symbol")) } },
    }
}

/// The change in percentage points between the last two shares shown.
fn points_cell(values: &[Option<Share>], lang: Lang) -> Markup {
    let last_two: Vec<Option<f64>> = values
        .iter()
        .rev()
        .take(2)
        .map(|s| s.and_then(|s| s.percent()))
        .collect();
    match last_two.as_slice() {
        [Some(now), Some(before)] => {
            let d = now - before;
            html! { td.num { (sign(d)) (lang.decimal(d.abs(), 1)) } }
        }
        _ => html! { td.num { (tr!(lang, "not-applicable-symbol")) } },
    }
}

/// `+`, the minus sign, or nothing: the sign of a change, written apart
/// from its size.
fn sign(d: f64) -> &'static str {
    if d >= 0.05 {
        "+"
    } else if d <= -0.05 {
        "−"
    } else {
        ""
    }
}

fn trend_section(report: &Report, trend: &Trend, lang: Lang) -> Markup {
    let overall_groups = vec![BarGroup {
        heading: None,
        bars: trend
            .overall
            .iter()
            .zip(&report.campaigns)
            .map(|(f, c)| Bar {
                label: campaign_label(c, lang),
                figure: *f,
                class: "bar-overall",
            })
            .collect(),
    }];
    let overall_title = tr!(lang, "trend-chart-title");
    let overall_desc = chart_description(&overall_title, &overall_groups, lang);
    // Small multiples: each organisation's links, campaign after campaign.
    let org_groups: Vec<BarGroup> = trend
        .rows
        .iter()
        .map(|row| BarGroup {
            heading: Some(format!(
                "{} ({})",
                row.organisation.name,
                words::side(lang, row.organisation.side)
            )),
            bars: row
                .links
                .iter()
                .zip(&report.campaigns)
                .filter_map(|(f, c)| {
                    f.map(|figure| Bar {
                        label: campaign_label(c, lang),
                        figure,
                        class: bar_class(row.organisation.side),
                    })
                })
                .collect(),
        })
        .collect();
    let org_title = tr!(lang, "trend-by-organisation-title");
    let org_desc = chart_description(&org_title, &org_groups, lang);
    let campaign_headers = html! {
        @for c in &report.campaigns {
            th.num scope="col" { (c.name) br; (lang.date(c.reference_date)) }
        }
    };
    let counts_head = html! {
        tr {
            th scope="col" { (tr!(lang, "organisation")) }
            th scope="col" { (tr!(lang, "side")) }
            (campaign_headers)
            th.num scope="col" { (tr!(lang, "change")) }
        }
    };
    let overall: Vec<Option<Figure>> = trend.overall.iter().map(|f| Some(*f)).collect();
    let counts_body = html! {
        tbody {
            tr.total {
                th scope="row" { (tr!(lang, "all")) }
                td {}
                @for f in &trend.overall { (figure_cell(*f, lang)) }
                (change_cell(&overall, lang))
            }
            @for row in &trend.rows {
                tr {
                    th scope="row" { (row.organisation.name) }
                    td { (words::side(lang, row.organisation.side)) }
                    @for f in &row.links {
                        @match f {
                            Some(f) => (figure_cell(*f, lang)),
                            None => td.num { (tr!(lang, "not-applicable-symbol")) },
                        }
                    }
                    (change_cell(&row.links, lang))
                }
            }
        }
    };
    let shares_head = html! {
        tr {
            th scope="col" { (tr!(lang, "organisation")) }
            th scope="col" { (tr!(lang, "side")) }
            (campaign_headers)
            th.num scope="col" { (tr!(lang, "change-points")) }
        }
    };
    let of_justice: Vec<Option<Share>> = trend.overall_shares.iter().map(|s| Some(s.0)).collect();
    let of_ml: Vec<Option<Share>> = trend.overall_shares.iter().map(|s| Some(s.1)).collect();
    let share_row = |label: String, side: String, shares: &[Option<Share>], total: bool| {
        html! {
            tr.total[total] {
                th scope="row" { (label) }
                td { (side) }
                @for s in shares {
                    @match s {
                        Some(s) => (share_cell(*s, lang)),
                        None => td.num { (tr!(lang, "not-applicable-symbol")) },
                    }
                }
                (points_cell(shares, lang))
            }
        }
    };
    let shares_body = html! {
        tbody {
            (share_row(
                tr!(lang, "trend-all-justice"),
                String::new(), &of_justice, true,
            ))
            (share_row(
                tr!(lang, "trend-all-missions-locales"),
                String::new(), &of_ml, true,
            ))
            @for row in &trend.rows {
                (share_row(
                    row.organisation.name.clone(),
                    words::side(lang, row.organisation.side),
                    &row.shares, false,
                ))
            }
        }
    };
    html! {
        section.trend #trend aria-labelledby="trend-title" {
            h2 #trend-title { (tr!(lang, "trend")) }
            p.intro { (tr!(lang, "trend-intro")) }
            figure {
                (bar_chart("chart-trend", &overall_title, &overall_desc, &overall_groups, lang))
                figcaption { (overall_desc) }
            }
            figure {
                (bar_chart("chart-trend-organisations", &org_title, &org_desc, &org_groups, lang))
                figcaption { (org_desc) }
            }
            (table(&tr!(lang, "trend"), counts_head, counts_body))
            h3 { (tr!(lang, "trend-shares")) }
            p.intro { (tr!(lang, "trend-shares-intro")) }
            (table(&tr!(lang, "trend-shares"), shares_head, shares_body))
        }
    }
}

/// The identifiers of the files behind the figures, for whoever has to
/// trace them back: campaign identifier, scheme, date of the run, the
/// summary's tag, and how many figures were hidden.
fn annex(report: &Report, lang: Lang) -> Markup {
    let threshold = report.threshold.get();
    html! {
        section.annex #annex aria-labelledby="annex-title" {
            h2 #annex-title { (tr!(lang, "annex")) }
            p.intro { (tr!(lang, "annex-intro")) }
            dl.meta {
                dt { (tr!(lang, "threshold")) }
                dd { (threshold) }
                dt { "croise" }
                dd { (VERSION) }
            }
            @for c in report.campaigns.iter().rev() {
                h3 { (tr!(lang, "campaign")) " " (lang.quote(&c.name)) }
                dl.meta {
                    dt { (tr!(lang, "campaign-id")) }
                    dd { code { (c.campaign_id) } }
                    dt { (tr!(lang, "scheme")) }
                    dd { code { (c.scheme) } }
                    dt { (tr!(lang, "run-date")) }
                    dd { (lang.date(c.run_date)) }
                    @if !c.summary_tag.is_empty() {
                        dt { (tr!(lang, "summary-tag")) }
                        dd { code { (c.summary_tag) } }
                    }
                    dt { (tr!(lang, "hidden-label")) }
                    dd {
                        (tr!(lang, "hidden-small", count = c.hidden.0, threshold = threshold))
                        (semicolon(lang))
                        (tr!(lang, "hidden-masked", count = c.hidden.1))
                    }
                }
            }
        }
    }
}
