//! The report as one self-contained HTML page: styles inline, charts as
//! inline SVG, no script, no font, image, link or address of any kind, so
//! that it opens offline, can be mailed as one file, and prints cleanly
//! (A4, one campaign per page break). Tables have headers a screen reader
//! can announce; each chart has a text alternative and the same figures in
//! a table beside it.

use std::fmt::Write;

use super::chart::{Bar, BarGroup, bar_chart};
use super::lang::{Lang, Text};
use super::suppress::Figure;
use super::{CampaignReport, OrganisationFigures, Report, Share, SideFigures, Trend};
use croise::campaign::Side;
use croise::matching::Confidence;

pub use crate::chart::escape;

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
footer { margin-top: 3rem; font-size: .85rem; color: #444; border-top: 1px solid #c8ccd2; padding-top: .5rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  section.campaign + section.campaign, section.trend + section.campaign { break-before: page; }
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
    let t = lang.text();
    let threshold = report.threshold.get();
    let mut page = String::new();
    let title = match report.campaigns.as_slice() {
        [one] => format!("{} — {}", t.title, one.name),
        _ => t.title.to_string(),
    };
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"croise {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        env!("CARGO_PKG_VERSION"),
        escape(&title)
    );

    // Header: what this is, for which campaigns, and how to read it.
    let _ = write!(
        page,
        "<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n",
        escape(t.title),
        escape(t.subtitle)
    );
    page += "<dl class=\"meta\">\n";
    if let [one] = report.campaigns.as_slice() {
        page += &campaign_meta(one, lang);
    } else {
        let names: Vec<String> = report
            .campaigns
            .iter()
            .map(|c| format!("{} ({})", c.name, lang.date(c.reference_date)))
            .collect();
        meta_row(&mut page, t.campaigns, &names.join(lang.semicolon()));
    }
    meta_row(&mut page, t.generated, &lang.date(report.generated));
    page += "</dl>\n";
    let _ = writeln!(
        page,
        "<p class=\"note\">{}</p>",
        escape(&lang.with_threshold(t.threshold_note, threshold))
    );
    if report.threshold.is_below_default() {
        let _ = writeln!(
            page,
            "<p class=\"note warning\">{}</p>",
            escape(t.threshold_below_default)
        );
    }
    let _ = writeln!(
        page,
        "<p class=\"legend\"><strong>&lt;{threshold}</strong>{colon}{} · <strong>{}</strong>{colon}{} · <strong>{}</strong>{colon}{}</p>",
        escape(&lang.with_threshold(t.small_legend, threshold)),
        escape(t.masked_symbol),
        escape(t.masked_legend),
        escape(t.not_applicable),
        escape(match lang {
            Lang::Fr => "sans objet",
            Lang::En => "not applicable",
        }),
        colon = lang.colon(),
    );
    if report.campaigns.len() > 1 {
        let _ = write!(
            page,
            "<nav aria-label=\"{0}\"><strong>{0}</strong>\n<ul>\n<li><a href=\"#trend\">{1}</a></li>\n",
            escape(t.contents),
            escape(t.trend)
        );
        for (k, c) in report.campaigns.iter().enumerate().rev() {
            let _ = writeln!(
                page,
                "<li><a href=\"#campaign-{k}\">{} ({})</a></li>",
                escape(&c.name),
                escape(&lang.date(c.reference_date))
            );
        }
        page += "</ul>\n</nav>\n";
    }
    page += "</header>\n<main>\n";

    if let Some(trend) = report.trend() {
        page += &trend_section(report, &trend, lang);
    }
    // Most recent first: that is what a committee meeting discusses.
    for (k, campaign) in report.campaigns.iter().enumerate().rev() {
        page += &campaign_section(k, campaign, report.campaigns.len() > 1, lang, threshold);
    }
    page += "</main>\n";
    let _ = write!(
        page,
        "<footer>\n<p>{}</p>\n<p>{}</p>\n</footer>\n</body>\n</html>\n",
        escape(t.no_names),
        escape(&t.footer.replace("{version}", env!("CARGO_PKG_VERSION")))
    );
    page
}

fn meta_row(page: &mut String, term: &str, value: &str) {
    let _ = writeln!(page, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(value));
}

fn campaign_meta(c: &CampaignReport, lang: Lang) -> String {
    let t = lang.text();
    let mut out = String::new();
    meta_row(&mut out, t.campaign, &c.name);
    meta_row(&mut out, t.reference_date, &lang.date(c.reference_date));
    meta_row(
        &mut out,
        t.age_window,
        &lang.age_window(c.min_age, c.max_age),
    );
    meta_row(&mut out, t.scheme, &c.scheme);
    meta_row(&mut out, t.run_date, &lang.date(c.run_date));
    meta_row(&mut out, t.campaign_id, &c.campaign_id);
    out
}

/// A table cell for a figure, with the meaning of a hidden one spelled out
/// for screen readers.
fn figure_cell(figure: Figure, lang: Lang, threshold: u64) -> String {
    let t = lang.text();
    match figure {
        Figure::Count(_) => format!("<td class=\"num\">{}</td>", lang.figure(figure)),
        Figure::Small { .. } => format!(
            "<td class=\"num hidden\"><abbr title=\"{}\">{}</abbr></td>",
            escape(&lang.with_threshold(t.small_legend, threshold)),
            escape(&lang.figure(figure))
        ),
        Figure::Masked => format!(
            "<td class=\"num hidden\"><abbr title=\"{}\">{}</abbr></td>",
            escape(t.masked_legend),
            escape(&lang.figure(figure))
        ),
    }
}

fn share_cell(share: Share, lang: Lang) -> String {
    let t = lang.text();
    match share {
        Share::Hidden => format!(
            "<td class=\"num hidden\"><abbr title=\"{}\">{}</abbr></td>",
            escape(t.masked_legend),
            escape(t.masked_symbol)
        ),
        other => format!("<td class=\"num\">{}</td>", escape(&lang.share(other))),
    }
}

fn campaign_section(
    k: usize,
    c: &CampaignReport,
    several: bool,
    lang: Lang,
    threshold: u64,
) -> String {
    let t = lang.text();
    let cell = |f: Figure| figure_cell(f, lang, threshold);
    let mut s = String::new();
    let _ = write!(
        s,
        "<section class=\"campaign\" id=\"campaign-{k}\" aria-labelledby=\"campaign-{k}-title\">\n\
         <h2 id=\"campaign-{k}-title\">{} {}</h2>\n",
        escape(t.campaign),
        escape(&lang.quote(&c.name))
    );
    if several {
        s += "<dl class=\"meta\">\n";
        s += &campaign_meta(c, lang);
        s += "</dl>\n";
    }

    // Key figures.
    s += "<ul class=\"keys\">\n";
    for (label, figure) in [
        (
            format!("{} — {}", t.records, t.justice_plural),
            c.justice_total.records,
        ),
        (
            format!("{} — {}", t.records, t.missions_locales_plural),
            c.missions_locales_total.records,
        ),
        (t.links.to_string(), c.links.total),
    ] {
        let _ = writeln!(
            s,
            "<li>{}<span class=\"key-value\">{}</span></li>",
            escape(&label),
            escape(&lang.figure(figure))
        );
    }
    s += "</ul>\n";
    if !c.absent.is_empty() {
        let names: Vec<String> = c
            .absent
            .iter()
            .map(|o| format!("{} ({})", o.name, lang.side(o.side)))
            .collect();
        let _ = writeln!(
            s,
            "<p><strong>{}</strong>{}{}</p>",
            escape(t.absent),
            lang.colon(),
            escape(&names.join(", "))
        );
    }

    // 1. Per organisation: chart and table.
    let _ = write!(
        s,
        "<h3>{}</h3>\n<p class=\"intro\">{}</p>\n",
        escape(t.by_organisation),
        escape(t.by_organisation_intro)
    );
    let groups: Vec<BarGroup> = [Side::Justice, Side::MissionLocale]
        .into_iter()
        .map(|side| {
            let (orgs, _) = c.side(side);
            BarGroup {
                heading: Some(side_plural(side, t).to_string()),
                bars: orgs
                    .iter()
                    .map(|o| Bar {
                        label: o.organisation.name.clone(),
                        figure: o.links.total,
                        class: bar_class(side),
                    })
                    .collect(),
            }
        })
        .filter(|g| !g.bars.is_empty())
        .collect();
    let desc = chart_description(t.chart_desc_intro, &groups, lang);
    let _ = write!(
        s,
        "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
        bar_chart(&format!("chart-{k}"), t.chart_title, &desc, &groups, lang),
        escape(&desc)
    );
    s += &organisation_table(c, lang, &cell);

    // 2. Pairs: a matrix, longer than wide so that it prints.
    let _ = write!(
        s,
        "<h3>{}</h3>\n<p class=\"intro\">{}</p>\n",
        escape(t.by_pair),
        escape(t.by_pair_intro)
    );
    s += &pair_matrix(c, lang, &cell);

    // 3. Pairs by confidence level.
    let _ = writeln!(s, "<h3>{}</h3>", escape(t.by_confidence));
    s += &pair_confidence_table(c, lang, &cell);

    // 4. Records by age.
    let _ = write!(
        s,
        "<h3>{}</h3>\n<p class=\"intro\">{}</p>\n",
        escape(t.by_age),
        escape(t.by_age_intro)
    );
    s += &age_table(c, lang, &cell);
    s += "</section>\n";
    s
}

fn side_plural(side: Side, t: &Text) -> &'static str {
    match side {
        Side::Justice => t.justice_plural,
        Side::MissionLocale => t.missions_locales_plural,
    }
}

fn side_all(side: Side, t: &Text) -> &'static str {
    match side {
        Side::Justice => t.all_justice,
        Side::MissionLocale => t.all_missions_locales,
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
                .map(|b| format!("{} {}", b.label, lang.figure(b.figure)))
                .collect();
            match &g.heading {
                Some(h) => format!("{h}{}{}", lang.colon(), bars.join(lang.semicolon())),
                None => bars.join(lang.semicolon()),
            }
        })
        .collect();
    format!("{intro} — {}.", parts.join(". "))
}

fn organisation_table(c: &CampaignReport, lang: Lang, cell: &dyn Fn(Figure) -> String) -> String {
    let t = lang.text();
    let mut s = format!(
        "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">{}</caption>\n<thead>\n\
         <tr><th scope=\"col\" rowspan=\"2\">{}</th><th scope=\"col\" rowspan=\"2\" class=\"num\">{}</th>\
         <th scope=\"colgroup\" colspan=\"4\" class=\"group\">{}</th><th scope=\"col\" rowspan=\"2\" class=\"num\">{}</th></tr>\n<tr>",
        escape(t.by_organisation),
        escape(t.organisation),
        escape(t.records),
        escape(t.links),
        escape(t.linked_share)
    );
    s += &confidence_headers(lang);
    s += "</tr>\n</thead>\n";
    for side in [Side::Justice, Side::MissionLocale] {
        let (orgs, total) = c.side(side);
        let _ = write!(
            s,
            "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"7\">{}</th></tr>\n",
            escape(side_plural(side, t))
        );
        for o in orgs {
            s += &organisation_row(o, lang, cell);
        }
        let _ = write!(
            s,
            "<tr class=\"total\"><th scope=\"row\">{}</th>{}",
            escape(side_all(side, t)),
            cell(total.records)
        );
        for f in c.links.by_confidence {
            s += &cell(f);
        }
        s += &cell(c.links.total);
        s += &share_cell(total.share, lang);
        s += "</tr>\n</tbody>\n";
    }
    s += "</table>\n</div>\n";
    s
}

/// The second header row over links: one column per confidence level,
/// then the total.
fn confidence_headers(lang: Lang) -> String {
    let mut s = String::new();
    for conf in Confidence::ALL {
        let _ = write!(
            s,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(lang.confidence(conf))
        );
    }
    let _ = write!(
        s,
        "<th scope=\"col\" class=\"num\">{}</th>",
        escape(lang.text().total)
    );
    s
}

fn organisation_row(
    o: &OrganisationFigures,
    lang: Lang,
    cell: &dyn Fn(Figure) -> String,
) -> String {
    let mut s = format!(
        "<tr><th scope=\"row\">{}</th>{}",
        escape(&o.organisation.name),
        cell(o.records)
    );
    for f in o.links.by_confidence {
        s += &cell(f);
    }
    s += &cell(o.links.total);
    s += &share_cell(o.share, lang);
    s += "</tr>\n";
    s
}

fn pair_matrix(c: &CampaignReport, lang: Lang, cell: &dyn Fn(Figure) -> String) -> String {
    let t = lang.text();
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
    let corner = if rows_are_justice {
        format!("{} \\ {}", t.justice_plural, t.missions_locales_plural)
    } else {
        format!("{} \\ {}", t.missions_locales_plural, t.justice_plural)
    };
    let mut s = format!(
        "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">{}</caption>\n<thead>\n<tr><th scope=\"col\">{}</th>",
        escape(t.by_pair),
        escape(&corner)
    );
    for o in cols.iter() {
        let _ = write!(
            s,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(&o.organisation.name)
        );
    }
    let _ = write!(
        s,
        "<th scope=\"col\" class=\"num\">{}</th></tr>\n</thead>\n<tbody>\n",
        escape(t.total)
    );
    for (r, o) in rows.iter().enumerate() {
        let _ = write!(
            s,
            "<tr><th scope=\"row\">{}</th>",
            escape(&o.organisation.name)
        );
        for col in 0..cols.len() {
            s += &cell(at(r, col).links.total);
        }
        s += &cell(o.links.total);
        s += "</tr>\n";
    }
    let _ = write!(
        s,
        "<tr class=\"total\"><th scope=\"row\">{}</th>",
        escape(t.total)
    );
    for o in cols.iter() {
        s += &cell(o.links.total);
    }
    s += &cell(c.links.total);
    s += "</tr>\n</tbody>\n</table>\n</div>\n";
    s
}

fn pair_confidence_table(
    c: &CampaignReport,
    lang: Lang,
    cell: &dyn Fn(Figure) -> String,
) -> String {
    let t = lang.text();
    let mut s = format!(
        "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">{} — {}</caption>\n<thead>\n\
         <tr><th scope=\"col\" rowspan=\"2\">{}</th><th scope=\"col\" rowspan=\"2\">{}</th>\
         <th scope=\"colgroup\" colspan=\"4\" class=\"group\">{}</th><th scope=\"colgroup\" colspan=\"2\" class=\"group\">{}</th></tr>\n<tr>",
        escape(t.by_pair),
        escape(t.by_confidence),
        escape(t.justice_plural),
        escape(t.partner),
        escape(t.links),
        escape(t.linked_share)
    );
    s += &confidence_headers(lang);
    let _ = write!(
        s,
        "<th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr>\n</thead>\n<tbody>\n",
        escape(t.share_of_justice),
        escape(t.share_of_mission_locale)
    );
    // Pairs with no link are in the matrix above; here they would only
    // bury the others.
    for p in c.pairs.iter().filter(|p| p.links.total != Figure::Count(0)) {
        let _ = write!(
            s,
            "<tr><th scope=\"row\">{}</th><td class=\"name\">{}</td>",
            escape(&c.justice[p.justice].organisation.name),
            escape(&c.missions_locales[p.mission_locale].organisation.name)
        );
        for f in p.links.by_confidence {
            s += &cell(f);
        }
        s += &cell(p.links.total);
        s += &share_cell(p.share_of_justice, lang);
        s += &share_cell(p.share_of_mission_locale, lang);
        s += "</tr>\n";
    }
    let _ = write!(
        s,
        "<tr class=\"total\"><th scope=\"row\" colspan=\"2\">{}</th>",
        escape(t.all)
    );
    for f in c.links.by_confidence {
        s += &cell(f);
    }
    s += &cell(c.links.total);
    s += &share_cell(c.justice_total.share, lang);
    s += &share_cell(c.missions_locales_total.share, lang);
    s += "</tr>\n</tbody>\n</table>\n</div>\n";
    s
}

fn age_table(c: &CampaignReport, lang: Lang, cell: &dyn Fn(Figure) -> String) -> String {
    let t = lang.text();
    let mut s = format!(
        "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">{}</caption>\n<thead>\n<tr><th scope=\"col\">{}</th>",
        escape(t.by_age),
        escape(t.organisation)
    );
    for age in &c.ages {
        let _ = write!(
            s,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(&lang.age_group(*age))
        );
    }
    let _ = write!(
        s,
        "<th scope=\"col\" class=\"num\">{}</th></tr>\n</thead>\n",
        escape(t.total)
    );
    let columns = c.ages.len() + 2;
    for side in [Side::Justice, Side::MissionLocale] {
        let (orgs, total): (&[OrganisationFigures], &SideFigures) = c.side(side);
        let _ = write!(
            s,
            "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"{columns}\">{}</th></tr>\n",
            escape(side_plural(side, t))
        );
        for o in orgs {
            let _ = write!(
                s,
                "<tr><th scope=\"row\">{}</th>",
                escape(&o.organisation.name)
            );
            for f in &o.records_by_age {
                s += &cell(*f);
            }
            s += &cell(o.records);
            s += "</tr>\n";
        }
        let _ = write!(
            s,
            "<tr class=\"total\"><th scope=\"row\">{}</th>",
            escape(side_all(side, t))
        );
        for f in &total.records_by_age {
            s += &cell(*f);
        }
        s += &cell(total.records);
        s += "</tr>\n</tbody>\n";
    }
    s += "</table>\n</div>\n";
    s
}

fn trend_section(report: &Report, trend: &Trend, lang: Lang) -> String {
    let t = lang.text();
    let threshold = report.threshold.get();
    let cell = |f: Figure| figure_cell(f, lang, threshold);
    let mut s = format!(
        "<section class=\"trend\" id=\"trend\" aria-labelledby=\"trend-title\">\n<h2 id=\"trend-title\">{}</h2>\n<p class=\"intro\">{}</p>\n",
        escape(t.trend),
        escape(t.trend_intro)
    );
    let campaign_label = |k: usize| -> String {
        format!(
            "{} ({})",
            report.campaigns[k].name,
            lang.date(report.campaigns[k].reference_date)
        )
    };
    let groups = vec![BarGroup {
        heading: None,
        bars: trend
            .overall
            .iter()
            .enumerate()
            .map(|(k, f)| Bar {
                label: campaign_label(k),
                figure: *f,
                class: "bar-overall",
            })
            .collect(),
    }];
    let desc = chart_description(t.trend_chart_title, &groups, lang);
    let _ = write!(
        s,
        "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
        bar_chart("chart-trend", t.trend_chart_title, &desc, &groups, lang),
        escape(&desc)
    );
    // Small multiples: each organisation's links, campaign after campaign.
    let groups: Vec<BarGroup> = trend
        .rows
        .iter()
        .map(|row| BarGroup {
            heading: Some(format!(
                "{} ({})",
                row.organisation.name,
                lang.side(row.organisation.side)
            )),
            bars: row
                .links
                .iter()
                .enumerate()
                .filter_map(|(k, f)| {
                    f.map(|figure| Bar {
                        label: campaign_label(k),
                        figure,
                        class: bar_class(row.organisation.side),
                    })
                })
                .collect(),
        })
        .collect();
    let desc = chart_description(t.trend_by_organisation_title, &groups, lang);
    let _ = write!(
        s,
        "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
        bar_chart(
            "chart-trend-organisations",
            t.trend_by_organisation_title,
            &desc,
            &groups,
            lang
        ),
        escape(&desc)
    );
    let _ = write!(
        s,
        "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">{}</caption>\n<thead>\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(t.trend),
        escape(t.organisation),
        escape(t.side)
    );
    for c in &report.campaigns {
        let _ = write!(
            s,
            "<th scope=\"col\" class=\"num\">{}<br>{}</th>",
            escape(&c.name),
            escape(&lang.date(c.reference_date))
        );
    }
    let _ = write!(
        s,
        "<th scope=\"col\" class=\"num\">{}</th></tr>\n</thead>\n<tbody>\n",
        escape(t.change)
    );
    let change = |values: &[Option<Figure>]| -> String {
        let last_two: Vec<Option<u64>> = values
            .iter()
            .rev()
            .take(2)
            .map(|f| f.and_then(|f| f.count()))
            .collect();
        match last_two.as_slice() {
            [Some(now), Some(before)] => {
                let d = *now as i64 - *before as i64;
                let sign = if d > 0 {
                    "+"
                } else if d < 0 {
                    "−"
                } else {
                    ""
                };
                format!(
                    "<td class=\"num\">{sign}{}</td>",
                    lang.count(d.unsigned_abs())
                )
            }
            _ => format!("<td class=\"num\">{}</td>", escape(t.not_applicable)),
        }
    };
    let overall: Vec<Option<Figure>> = trend.overall.iter().map(|f| Some(*f)).collect();
    let _ = write!(
        s,
        "<tr class=\"total\"><th scope=\"row\">{}</th><td></td>",
        escape(t.all)
    );
    for f in &trend.overall {
        s += &cell(*f);
    }
    s += &change(&overall);
    s += "</tr>\n";
    for row in &trend.rows {
        let _ = write!(
            s,
            "<tr><th scope=\"row\">{}</th><td>{}</td>",
            escape(&row.organisation.name),
            escape(lang.side(row.organisation.side))
        );
        for f in &row.links {
            match f {
                Some(f) => s += &cell(*f),
                None => {
                    let _ = write!(s, "<td class=\"num\">{}</td>", escape(t.not_in_campaign));
                }
            }
        }
        s += &change(&row.links);
        s += "</tr>\n";
    }
    s += "</tbody>\n</table>\n</div>\n</section>\n";
    s
}
