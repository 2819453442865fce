//! Horizontal bar charts as inline SVG: no script, no font or image to
//! fetch, readable on paper. Inline SVG in HTML needs no namespace, so the
//! page holds no address at all. Hidden figures get no bar, only their label,
//! so that a bar's length never gives a hidden count away.

use maud::{Markup, html};

use super::suppress::Figure;
use super::words;
use croise_lang::Lang;

/// One bar: what it is, its figure, and its CSS class (its colour).
pub struct Bar {
    pub label: String,
    pub figure: Figure,
    pub class: &'static str,
}

/// Bars under an optional heading.
pub struct BarGroup {
    pub heading: Option<String>,
    pub bars: Vec<Bar>,
}

const WIDTH: u32 = 720;
const LABEL_WIDTH: u32 = 262;
const BAR_X: u32 = 270;
const BAR_SPACE: u32 = 380;
const ROW: u32 = 22;
const BAR_HEIGHT: u32 = 14;
const HEADING: u32 = 24;
const MAX_LABEL: usize = 40;

/// An SVG bar chart with a title and a text alternative (`desc`), both
/// referenced for screen readers; `id` must be unique in the page.
pub fn bar_chart(id: &str, title: &str, desc: &str, groups: &[BarGroup], lang: Lang) -> Markup {
    let max = groups
        .iter()
        .flat_map(|g| &g.bars)
        .filter_map(|b| b.figure.count())
        .max()
        .unwrap_or(0);
    let rows: u32 = groups
        .iter()
        .map(|g| g.bars.len() as u32 * ROW + if g.heading.is_some() { HEADING } else { 0 })
        .sum();
    let height = rows + 8;
    // Where each group starts, top of its heading.
    let mut tops = Vec::with_capacity(groups.len());
    let mut y = 4;
    for group in groups {
        tops.push(y);
        y += group.bars.len() as u32 * ROW + if group.heading.is_some() { HEADING } else { 0 };
    }
    html! {
        svg class="chart" id=(id) role="img" aria-labelledby={ (id) "-title " (id) "-desc" }
            viewBox={ "0 0 " (WIDTH) " " (height) } width=(WIDTH) height=(height) {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (desc) }
            @for (group, &top) in groups.iter().zip(&tops) {
                @let first = top + if group.heading.is_some() { HEADING } else { 0 };
                @if let Some(heading) = &group.heading {
                    text class="chart-heading" x="0" y=(top + 16) { (heading) }
                }
                @for (i, bar) in group.bars.iter().enumerate() {
                    @let y = first + i as u32 * ROW;
                    (bar_row(bar, y, max, lang))
                }
                line class="chart-axis" x1=(BAR_X) y1=(first) x2=(BAR_X)
                    y2=(first + group.bars.len() as u32 * ROW) {}
            }
        }
    }
}

/// One bar's label, bar and value, `y` at the top of its row. Hidden
/// figures get no bar.
fn bar_row(bar: &Bar, y: u32, max: u64, lang: Lang) -> Markup {
    let label = shorten(&bar.label);
    let text_y = y + ROW / 2 + 4;
    let value = words::figure(lang, bar.figure);
    let width = match bar.figure.count() {
        Some(n) if n > 0 && max > 0 => Some(
            ((n as f64 / max as f64) * BAR_SPACE as f64)
                .round()
                .max(1.0) as u32,
        ),
        _ => None,
    };
    html! {
        text class="chart-label" x=(LABEL_WIDTH) y=(text_y) text-anchor="end" {
            @if label != bar.label { title { (bar.label) } }
            (label)
        }
        @if let Some(w) = width {
            rect class={ "bar " (bar.class) } x=(BAR_X) y=(y + (ROW - BAR_HEIGHT) / 2)
                width=(w) height=(BAR_HEIGHT) {}
            text class="chart-value" x=(BAR_X + w + 5) y=(text_y) { (value) }
        } @else if bar.figure.is_hidden() {
            text class="chart-value chart-hidden" x=(BAR_X + 5) y=(text_y) { (value) }
        } @else {
            text class="chart-value" x=(BAR_X + 5) y=(text_y) { (value) }
        }
    }
}

/// A label short enough for the label column; the full one is in a tooltip
/// and in the table beside the chart.
fn shorten(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(MAX_LABEL - 1).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_figures_get_no_bar_and_the_longest_bar_fills_the_space() {
        let svg = bar_chart(
            "c1",
            "Links",
            "Links per organisation: A 10, B <5, C 0.",
            &[BarGroup {
                heading: Some("STEMO".into()),
                bars: vec![
                    Bar {
                        label: "A".into(),
                        figure: Figure::Count(10),
                        class: "bar-justice",
                    },
                    Bar {
                        label: "B".into(),
                        figure: Figure::Small { below: 5 },
                        class: "bar-justice",
                    },
                    Bar {
                        label: "C".into(),
                        figure: Figure::Count(0),
                        class: "bar-justice",
                    },
                ],
            }],
            Lang::Fr,
        )
        .into_string();
        assert_eq!(svg.matches("<rect").count(), 1, "{svg}");
        assert!(svg.contains(&format!("width=\"{BAR_SPACE}\"")));
        assert!(svg.contains("&lt;5"));
        assert!(svg.contains("role=\"img\""));
        assert!(
            svg.contains("<desc id=\"c1-desc\">Links per organisation: A 10, B &lt;5, C 0.</desc>")
        );
    }

    #[test]
    fn long_names_are_shortened_with_the_full_name_in_a_tooltip() {
        let long = "Mission Locale pour l'emploi des jeunes du Pays de Sarrebourg";
        assert!(shorten(long).ends_with('…'));
        assert_eq!(shorten(long).chars().count(), MAX_LABEL);
        assert_eq!(shorten("STEMO de Metz"), "STEMO de Metz");
    }
}
