//! Horizontal bar charts as inline SVG: no script, no font or image to
//! fetch, readable on paper. Inline SVG in HTML needs no namespace, so the
//! page holds no address at all. Hidden figures get no bar, only their label,
//! so that a bar's length never gives a hidden count away.

use super::lang::Lang;
use super::suppress::Figure;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

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
pub fn bar_chart(id: &str, title: &str, desc: &str, groups: &[BarGroup], lang: Lang) -> String {
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
    let mut svg = format!(
        "<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(title),
        escape(desc)
    );
    let mut y = 4;
    for group in groups {
        if let Some(heading) = &group.heading {
            svg += &format!(
                "<text class=\"chart-heading\" x=\"0\" y=\"{}\">{}</text>\n",
                y + 16,
                escape(heading)
            );
            y += HEADING;
        }
        let top = y;
        for bar in &group.bars {
            let label = shorten(&bar.label);
            let text_y = y + ROW / 2 + 4;
            svg += &format!(
                "<text class=\"chart-label\" x=\"{LABEL_WIDTH}\" y=\"{text_y}\" text-anchor=\"end\">{}{}</text>\n",
                if label != bar.label {
                    format!("<title>{}</title>", escape(&bar.label))
                } else {
                    String::new()
                },
                escape(&label)
            );
            let value = lang.figure(bar.figure);
            match bar.figure.count() {
                Some(n) if n > 0 && max > 0 => {
                    let w = ((n as f64 / max as f64) * BAR_SPACE as f64)
                        .round()
                        .max(1.0) as u32;
                    svg += &format!(
                        "<rect class=\"bar {}\" x=\"{BAR_X}\" y=\"{}\" width=\"{w}\" height=\"{BAR_HEIGHT}\"/>\n\
                         <text class=\"chart-value\" x=\"{}\" y=\"{text_y}\">{}</text>\n",
                        bar.class,
                        y + (ROW - BAR_HEIGHT) / 2,
                        BAR_X + w + 5,
                        escape(&value)
                    );
                }
                Some(_) => {
                    svg += &format!(
                        "<text class=\"chart-value\" x=\"{}\" y=\"{text_y}\">{}</text>\n",
                        BAR_X + 5,
                        escape(&value)
                    );
                }
                None => {
                    svg += &format!(
                        "<text class=\"chart-value chart-hidden\" x=\"{}\" y=\"{text_y}\">{}</text>\n",
                        BAR_X + 5,
                        escape(&value)
                    );
                }
            }
            y += ROW;
        }
        svg += &format!(
            "<line class=\"chart-axis\" x1=\"{BAR_X}\" y1=\"{top}\" x2=\"{BAR_X}\" y2=\"{y}\"/>\n"
        );
    }
    svg += "</svg>";
    svg
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
        );
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
