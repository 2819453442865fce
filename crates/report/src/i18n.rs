//! The report's words, from the Fluent catalogues
//! `i18n/{fr,en}/croise_report.ftl`, embedded in the binary.
//!
//! Why a loader per language rather than one global loader switched at run
//! time: a report is written in the language asked for on the command line,
//! whatever the locale, and two reports in two languages may be written by
//! one process (the tests do); nothing global changes.
//!
//! Messages are taken with [`tr!`], which checks at compile time that the
//! message exists in the French catalogue (the fallback) and that its
//! arguments are the ones the message uses. Unicode isolation marks around
//! arguments are turned off: they are invisible characters that would end
//! up in CSV cells and in the page's text, and every name put into a
//! message has already lost its bidirectional controls
//! ([`croise::safe::for_screen`]).

use std::sync::OnceLock;

use croise_lang::Lang;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The loader holding the catalogue of `lang` (French behind it for any
/// message missing, which the tests forbid).
pub(crate) fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    static FR: OnceLock<FluentLanguageLoader> = OnceLock::new();
    static EN: OnceLock<FluentLanguageLoader> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| load(lang))
}

fn load(lang: Lang) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let id = lang
        .code()
        .parse()
        .expect("a language code is a language identifier");
    loader
        .load_languages(&Catalogues, &[id])
        .expect("the report's catalogues are embedded in the binary");
    loader.set_use_isolating(false);
    loader
}

/// A message of the report's catalogue in `lang`:
/// `tr!(lang, "message-id")` or `tr!(lang, "message-id", name = value, …)`.
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($args)*)
    };
}
pub(crate) use tr;

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(lang: Lang) -> Vec<String> {
        let id = lang.code().parse().unwrap();
        let mut ids: Vec<String> = loader(lang).with_message_iter(&id, |messages| {
            messages.map(|m| m.id.name.to_string()).collect()
        });
        ids.sort();
        ids
    }

    #[test]
    fn both_catalogues_have_exactly_the_same_messages() {
        let (fr, en) = (ids(Lang::Fr), ids(Lang::En));
        assert!(fr.len() > 50, "the French catalogue was read: {fr:?}");
        let only_fr: Vec<&String> = fr.iter().filter(|id| !en.contains(id)).collect();
        let only_en: Vec<&String> = en.iter().filter(|id| !fr.contains(id)).collect();
        assert!(
            only_fr.is_empty() && only_en.is_empty(),
            "only in French: {only_fr:?}; only in English: {only_en:?}"
        );
        let mut unique = fr.clone();
        unique.dedup();
        assert_eq!(unique, fr, "a message is defined twice");
    }

    /// Each message's variables (`$name`), by message id, read from the
    /// catalogue's text: a message on its first line, continued on
    /// indented lines.
    fn variables(lang: Lang) -> std::collections::BTreeMap<String, Vec<String>> {
        let file = Catalogues::get(&format!("{}/croise_report.ftl", lang.code())).unwrap();
        let text = std::str::from_utf8(&file.data).unwrap().to_string();
        let mut messages = std::collections::BTreeMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ') {
                current = line.split(" =").next().map(|id| id.trim().to_string());
            }
            let entry: &mut Vec<String> = messages.entry(current.clone().unwrap()).or_default();
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !entry.contains(&name) {
                    entry.push(name);
                }
            }
        }
        for names in messages.values_mut() {
            names.sort();
        }
        messages
    }

    #[test]
    fn both_catalogues_give_each_message_the_same_variables() {
        let (fr, en) = (variables(Lang::Fr), variables(Lang::En));
        assert_eq!(fr.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>());
        for (id, names) in &fr {
            assert_eq!(names, &en[id], "variables of `{id}`");
        }
        assert_eq!(fr["meaning"], ["max", "threshold"]);
    }

    #[test]
    fn plurals_follow_each_language_and_no_isolation_mark_is_added() {
        // CLDR: French puts 0 and 1 in "one", English only 1.
        assert_eq!(
            tr!(Lang::Fr, "absent", count = 0),
            "Organisation sans liste transmise"
        );
        assert_eq!(
            tr!(Lang::En, "absent", count = 0),
            "Organisations that sent no list"
        );
        assert_eq!(
            tr!(Lang::En, "absent", count = 1),
            "Organisation that sent no list"
        );
        let text = tr!(Lang::Fr, "small-legend", max = 4);
        assert_eq!(text, "effectif de 1 à 4");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }
}
