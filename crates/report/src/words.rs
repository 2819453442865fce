//! How the report writes its values — figures, shares, ages, levels,
//! sides — in each language: the words from the catalogue, the numbers and
//! dates from [`croise_lang`]. One place, so that the page and the CSV file
//! always say the same thing.

use croise::campaign::Side;
use croise::matching::Confidence;
use croise_lang::Lang;

use super::i18n::tr;
use super::suppress::Figure;
use super::{AgeGroup, Share};

/// A published figure: the count, `<5`, or the masked symbol.
pub fn figure(lang: Lang, figure: Figure) -> String {
    match figure {
        Figure::Count(n) => lang.count(n),
        Figure::Small { below } => format!("<{below}"),
        Figure::Masked => tr!(lang, "masked-symbol"),
    }
}

/// A share in per cent, one decimal (`12,5 %`, `12.5%`), the masked
/// symbol, or "not applicable" when there are no records.
pub fn share(lang: Lang, share: Share) -> String {
    match share {
        Share::Of { part, whole } => lang.percent(part, whole),
        Share::Hidden => tr!(lang, "masked-symbol"),
        Share::None => tr!(lang, "not-applicable"),
    }
}

/// A share for a spreadsheet cell: the number only, with the language's
/// decimal separator; `None` when not shown.
pub fn share_value(lang: Lang, share: Share) -> Option<String> {
    share.percent().map(|p| lang.decimal(p, 1))
}

/// A published figure for a spreadsheet cell: the count, ungrouped; `None`
/// when hidden.
pub fn figure_value(figure: Figure) -> Option<String> {
    figure.count().map(|n| n.to_string())
}

/// How a figure is published, for the CSV file's status column.
pub fn status(lang: Lang, figure: Figure) -> String {
    match figure {
        Figure::Count(_) => tr!(lang, "status-shown"),
        Figure::Small { below } => tr!(lang, "status-small", threshold = below),
        Figure::Masked => tr!(lang, "status-masked"),
    }
}

/// How a share is published: with its counts, hidden with one of them, or
/// not at all (no records).
pub fn share_status(lang: Lang, share: Share) -> String {
    match share {
        Share::Of { .. } => tr!(lang, "status-shown"),
        Share::Hidden => tr!(lang, "status-masked"),
        Share::None => tr!(lang, "status-not-applicable"),
    }
}

/// The age window: people kept while `min <= age < max`.
pub fn age_window(lang: Lang, min: u32, max: u32) -> String {
    let last = max.saturating_sub(1);
    if min == last {
        tr!(lang, "age-window-one", min = min)
    } else {
        tr!(lang, "age-window-range", min = min, last = last)
    }
}

pub fn age_group(lang: Lang, age: AgeGroup) -> String {
    match age {
        AgeGroup::Years(n) => tr!(lang, "age-years", age = n),
        AgeGroup::Unknown => tr!(lang, "age-unknown"),
    }
}

pub fn confidence(lang: Lang, confidence: Confidence) -> String {
    match confidence {
        Confidence::Sure => tr!(lang, "confidence-sure"),
        Confidence::Probable => tr!(lang, "confidence-probable"),
        Confidence::ToReview => tr!(lang, "confidence-to-review"),
    }
}

/// One organisation's network: `STEMO`, `Mission Locale`.
pub fn side(lang: Lang, side: Side) -> String {
    match side {
        Side::Justice => tr!(lang, "side-justice"),
        Side::MissionLocale => tr!(lang, "side-mission-locale"),
    }
}

/// A whole network: `STEMO`, `Missions Locales`.
pub fn side_plural(lang: Lang, side: Side) -> String {
    match side {
        Side::Justice => tr!(lang, "justice-plural"),
        Side::MissionLocale => tr!(lang, "missions-locales-plural"),
    }
}

/// The total row of a network: `Ensemble des STEMO`.
pub fn side_all(lang: Lang, side: Side) -> String {
    match side {
        Side::Justice => tr!(lang, "all-justice"),
        Side::MissionLocale => tr!(lang, "all-missions-locales"),
    }
}

/// What separates a term from its value: ` : ` in French (with a no-break
/// space), `: ` in English.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{00A0}: ",
        Lang::En => ": ",
    }
}

/// What separates the items of a list in running text.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{00A0}; ",
        Lang::En => "; ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_each_language_writes_them() {
        let share_of = Share::Of { part: 1, whole: 8 };
        assert_eq!(share(Lang::Fr, share_of), "12,5\u{00A0}%");
        assert_eq!(share(Lang::En, share_of), "12.5%");
        assert_eq!(share_value(Lang::Fr, share_of).as_deref(), Some("12,5"));
        assert_eq!(share_value(Lang::En, Share::Hidden), None);
        assert_eq!(figure(Lang::Fr, Figure::Count(1234)), "1\u{202F}234");
        assert_eq!(figure(Lang::En, Figure::Small { below: 5 }), "<5");
        assert_eq!(figure(Lang::Fr, Figure::Masked), "s");
        assert_eq!(figure(Lang::En, Figure::Masked), "c");
        assert_eq!(status(Lang::Fr, Figure::Small { below: 5 }), "<5");
        assert_eq!(status(Lang::Fr, Figure::Masked), "masqué");
        assert_eq!(status(Lang::En, Figure::Count(3)), "published");
        assert_eq!(
            age_window(Lang::Fr, 16, 18),
            "de 16 à 17 ans révolus à la date de référence"
        );
        assert_eq!(
            age_window(Lang::En, 16, 17),
            "aged 16 at the reference date"
        );
        assert_eq!(age_group(Lang::Fr, AgeGroup::Years(16)), "16 ans");
        assert_eq!(confidence(Lang::Fr, Confidence::ToReview), "à vérifier");
    }
}
