//! `croise check`: what a data holder runs before tokenizing: how croise
//! reads the list, what it would keep and reject, and a verdict.
//!
//! Prints row numbers and column names only — never a name, a date or a
//! file number from the list, so its output can be pasted into a support
//! request.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use croise::campaign::Manifest;
use croise::input::{ListFile, Role};
use croise::records::{ListSurvey, MAX_LOST_PERCENT, Rejection, Verdict, survey};
use croise_scheme::normalize::AgeWindow;

use super::i18n::{self, say, tr};
use super::list_args::ListArgs;

/// Check that croise reads your list right, before tokenizing.
///
/// Shows the detected format and column mapping, how many rows are in the
/// age window at the reference date, which rows would be rejected and why,
/// likely duplicates, and a verdict. Prints row numbers and column names
/// only, never a value from the list.
///
/// Exit code: 0 the list can be tokenized (OK, or OK with warnings);
/// 1 it must be corrected first (more than 2 % of its rows rejected), it
/// cannot be used, or it cannot be read.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your list (CSV export or workbook: .xlsx, .xls, .ods).
    #[arg(value_name = "LIST")]
    list: PathBuf,
    /// Reference date of the age window (YYYY-MM-DD) [default: the
    /// campaign's, else today].
    #[arg(long, value_name = "DATE", conflicts_with = "campaign")]
    reference_date: Option<String>,
    /// Take the reference date and age window from this campaign manifest
    /// (no key needed).
    #[arg(long, value_name = "FILE")]
    campaign: Option<PathBuf>,
    #[command(flatten)]
    list_args: ListArgs,
    /// List every row number instead of the first ones.
    #[arg(long)]
    all_rows: bool,
}

pub fn run(args: Args) -> Result<()> {
    let (reference, window, source) = match (&args.campaign, &args.reference_date) {
        (Some(path), _) => {
            let m = Manifest::load(path)?;
            (
                m.reference_date,
                m.window(),
                tr!(
                    "celle de la campagne « {} »",
                    "from the campaign “{}”",
                    m.name
                ),
            )
        }
        (None, Some(text)) => (
            parse_day(text)?,
            AgeWindow::default(),
            tr!("indiquée", "given"),
        ),
        (None, None) => (
            chrono::Local::now().date_naive(),
            AgeWindow::default(),
            tr!(
                "aujourd'hui ; indiquez --campaign ou --reference-date pour celle de la campagne",
                "today; use --campaign or --reference-date for the campaign's"
            ),
        ),
    };
    say!("Vérification de {}", "Checking {}", args.list.display());
    say!(
        "Date de référence : {reference} ({source})",
        "Reference date: {reference} ({source})"
    );
    let list = match ListFile::open(&args.list, &args.list_args.options()) {
        Ok(list) => list,
        Err(e) => {
            say!(
                "Verdict : inutilisable — croise ne peut pas lire cette liste (voir l'erreur ci-dessous).",
                "Verdict: cannot be used — croise cannot read this list (see the error below)."
            );
            return Err(e.into());
        }
    };
    let limit = if args.all_rows { usize::MAX } else { 20 };
    let rows = |numbers: &[u64]| i18n::rows(numbers, limit);
    print_layout(&list);
    let s = match survey(&list, reference, window) {
        Ok(s) => s,
        Err(e) => {
            say!(
                "Verdict : inutilisable — une ligne ne peut pas être lue (voir l'erreur ci-dessous).",
                "Verdict: cannot be used — a row cannot be read (see the error below)."
            );
            return Err(e.into());
        }
    };
    print_counts(&list, &s, reference, window, limit);
    let mut warnings: Vec<String> = Vec::new();
    for notice in &list.notices {
        warnings.push(i18n::notice(notice));
    }
    if !s.unknown_sex.is_empty() {
        warnings.push(tr!(
            "code de sexe non reconnu dans la colonne {} sur {} ligne(s) : {} (croise lit les codes comme M/F, H/F ou 1/2, et les mots masculin et féminin ; le sexe ne sert pas au rapprochement, ces lignes sont donc gardées)",
            "sex code not recognised in column {} on {} row(s): {} (croise reads codes such as M/F, H/F or 1/2, and the words for male and female; sex is not used for matching, so these rows are kept)",
            column(&list, Role::Sex),
            s.unknown_sex.len(),
            rows(&s.unknown_sex)
        ));
    }
    if !s.extra_cells.is_empty() {
        warnings.push(tr!(
            "{} ligne(s) ont plus de cellules que la ligne d'en-tête : {}. Dans un CSV, une valeur contenant le séparateur a pu décaler leurs colonnes : vérifiez ces lignes dans votre tableur",
            "{} row(s) have more cells than the header row: {}. In a CSV, a value holding the delimiter may have shifted their columns: check these rows in your spreadsheet",
            s.extra_cells.len(),
            rows(&s.extra_cells)
        ));
    }
    if s.usable > 0 && s.in_window() == 0 {
        warnings.push(tr!(
            "personne n'est dans la tranche d'âge le {reference} : vérifiez la date de référence (--reference-date ou --campaign) et que la colonne {} contient bien des dates de naissance",
            "nobody is in the age window on {reference}: check the reference date (--reference-date or --campaign) and that column {} holds dates of birth",
            column(&list, Role::BirthDate)
        ));
    }
    if !warnings.is_empty() {
        say!("Avertissements :", "Warnings:");
        for w in &warnings {
            say!("  - {w}", "  - {w}");
        }
    }
    let verdict = s.verdict(list.notices.len());
    say!(
        "Verdict : {} — {}",
        "Verdict: {} — {}",
        i18n::verdict(verdict),
        advice(&list, &s, verdict, !warnings.is_empty())
    );
    match verdict {
        Verdict::Unusable => bail!(tr!(
            "{} ne peut pas être utilisée telle quelle ; voyez le verdict ci-dessus",
            "{} cannot be used as it is; see the verdict above",
            args.list.display()
        )),
        Verdict::ToCorrect => bail!(tr!(
            "{} perdrait trop de lignes ; voyez le verdict ci-dessus",
            "{} would lose too many rows; see the verdict above",
            args.list.display()
        )),
        Verdict::Usable | Verdict::UsableWithWarnings => {}
    }
    Ok(())
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text.trim(), "%d/%m/%Y"))
        .with_context(|| {
            tr!(
                "`{text}` n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2026-10-01",
                "`{text}` is not a date: use YYYY-MM-DD, e.g. 2026-10-01"
            )
        })
}

/// `C "DATE NAISSANCE"` for a role's column.
fn column(list: &ListFile, role: Role) -> String {
    list.mapping
        .column(role)
        .map(|i| list.column_name(i))
        .unwrap_or_else(|| tr!("(aucune)", "(none)"))
}

fn print_layout(list: &ListFile) {
    say!("Format : {}", "Format: {}", i18n::describe(list));
    match list.header_row - 1 {
        0 => say!("Ligne d'en-tête : {}", "Header row: {}", list.header_row),
        above => say!(
            "Ligne d'en-tête : {} (les {above} ligne(s) au-dessus sont ignorées)",
            "Header row: {} (the {above} row(s) above it are skipped)",
            list.header_row
        ),
    }
    say!("Colonnes :", "Columns:");
    for role in Role::ALL {
        let shown = match (list.mapping.column(role), role) {
            (Some(i), _) => list.column_name(i),
            (None, Role::UsageName) => tr!("(aucune ; facultative)", "(none; optional)"),
            (None, Role::Sex) => tr!(
                "(aucune ; facultative, ne sert pas au rapprochement)",
                "(none; optional, not used for matching)"
            ),
            (None, Role::LocalId) => tr!(
                "(aucune ; facultative : reveal retrouvera vos lignes par leur numéro, donc ne modifiez pas la liste d'ici là)",
                "(none; optional: reveal will find your rows by row number, so keep the list unchanged until then)"
            ),
            (None, _) => tr!("(aucune)", "(none)"),
        };
        say!("  {:<22} {shown}", "  {:<22} {shown}", i18n::role(role));
    }
    let unused: Vec<String> = list
        .mapping
        .unused()
        .map(|(i, _)| list.column_name(i))
        .collect();
    if !unused.is_empty() {
        say!(
            "  {:<22} {}",
            "  {:<22} {}",
            tr!("non utilisées", "not used"),
            unused.join(", ")
        );
    }
}

fn print_counts(
    list: &ListFile,
    s: &ListSurvey,
    reference: NaiveDate,
    window: AgeWindow,
    limit: usize,
) {
    let rows = |numbers: &[u64]| i18n::rows(numbers, limit);
    say!("Lignes lues : {}", "Rows read: {}", s.rows_read);
    say!("  utilisables : {}", "  usable: {}", s.usable);
    let by_age: Vec<String> = s
        .in_window_by_age
        .iter()
        .map(|(age, n)| tr!("{age} ans : {n}", "age {age}: {n}"))
        .collect();
    say!(
        "    dans la tranche d'âge ({} <= âge < {} le {reference}) : {}{}",
        "    in the age window ({} <= age < {} on {reference}): {}{}",
        window.min_age,
        window.max_age,
        s.in_window(),
        if by_age.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_age.join(", "))
        }
    );
    say!(
        "    hors de la tranche : {} plus jeune(s), {} plus âgé(s)",
        "    outside it: {} younger, {} older",
        s.too_young,
        s.too_old
    );
    if s.january_first > 0 {
        say!(
            "    nés un 1er janvier : {} (date souvent inscrite quand la vraie date est inconnue : ces rapprochements sont moins sûrs)",
            "    born on 1 January: {} (often written when the real date is unknown: such matches are weaker)",
            s.january_first
        );
    }
    say!("  écartées : {}", "  rejected: {}", s.rejected.len());
    for reason in Rejection::ALL {
        let numbers = s.rejected_rows(reason);
        if !numbers.is_empty() {
            say!(
                "    {} (colonne {}) : {} — ligne(s) {}",
                "    {} (column {}): {} — row(s) {}",
                i18n::rejection(reason),
                column(list, reason.role()),
                numbers.len(),
                rows(&numbers)
            );
        }
    }
    if s.duplicates.is_empty() {
        say!("Doublons probables : aucun", "Likely duplicates: none");
    } else {
        say!(
            "Doublons probables (mêmes nom, prénoms et date de naissance) : {} groupe(s)",
            "Likely duplicates (same surname, given names and date of birth): {} group(s)",
            s.duplicates.len()
        );
        for group in s.duplicates.iter().take(limit) {
            say!("  lignes {}", "  rows {}", rows(group));
        }
        if s.duplicates.len() > limit {
            say!(
                "  et {} autre(s) groupe(s)",
                "  and {} more group(s)",
                s.duplicates.len() - limit
            );
        }
    }
}

/// What to do next, for the verdict.
fn advice(list: &ListFile, s: &ListSurvey, verdict: Verdict, warned: bool) -> String {
    match verdict {
        Verdict::Usable => tr!(
            "la liste peut servir telle quelle. Étape suivante : croise tokenize avec la même liste et les mêmes options.",
            "the list can be tokenized as it is. Next: croise tokenize with the same list and options."
        ),
        Verdict::UsableWithWarnings => {
            let mut text = tr!("la liste peut servir", "the list can be tokenized");
            if !s.rejected.is_empty() {
                text.push_str(&match (i18n::lang(), s.rejected.len()) {
                    (i18n::Lang::Fr, 1) => " ; la ligne écartée sera laissée de côté. Pour l'inclure, corrigez-la dans votre tableur et relancez croise check".to_string(),
                    (i18n::Lang::Fr, n) => format!(" ; les {n} lignes écartées seront laissées de côté. Pour les inclure, corrigez-les dans votre tableur et relancez croise check"),
                    (i18n::Lang::En, n) => format!("; the {n} rejected row(s) will be left out. To include them, correct those rows in your spreadsheet and run croise check again"),
                });
            }
            if !s.duplicates.is_empty() {
                text.push_str(&tr!(
                    " ; une personne inscrite deux fois peut rendre un rapprochement ambigu (à vérifier) : supprimez les lignes en trop s'il s'agit de la même personne",
                    "; a person listed twice can make a match ambiguous (to be reviewed), so remove the extra rows if they are the same person"
                ));
            }
            text.push('.');
            if warned {
                text.push_str(&tr!(
                    " Lisez les avertissements ci-dessus avant de produire les jetons.",
                    " Look at the warnings above before you tokenize."
                ));
            }
            text
        }
        Verdict::ToCorrect => {
            let main = Rejection::ALL
                .into_iter()
                .max_by_key(|r| s.rejected_rows(*r).len())
                .expect("there are reasons");
            let share = format!(
                "{:.1}",
                100.0 * s.rejected.len() as f64 / s.rows_read as f64
            );
            tr!(
                "croise écarterait {} des {} lignes ({} %), plus que les {} % admis ; raison la plus fréquente : {} (colonne {}). Ces jeunes ne pourraient pas être rapprochés : corrigez ces lignes dans votre tableur et relancez croise check. Si elles ne peuvent pas être corrigées, croise tokenize --accept-losses les laissera de côté.",
                "{} of {} rows ({}%) would be rejected, more than the {}% allowed; most for: {} (column {}). Those young people could not be matched: correct those rows in your spreadsheet and run croise check again. If they cannot be corrected, croise tokenize --accept-losses will leave them out.",
                s.rejected.len(),
                s.rows_read,
                if i18n::fr() {
                    share.replace('.', ",")
                } else {
                    share
                },
                MAX_LOST_PERCENT,
                i18n::rejection(main),
                column(list, main.role())
            )
        }
        Verdict::Unusable if s.rows_read == 0 => tr!(
            "il n'y a aucune ligne de données sous l'en-tête (ligne {}). Vérifiez que vous avez exporté toute la liste.",
            "there is no data row below the header (row {}). Check that you exported the whole list.",
            list.header_row
        ),
        Verdict::Unusable if s.usable == 0 && s.rejected.is_empty() => tr!(
            "aucune ligne ne donne une personne. Vérifiez la liste et relancez croise check.",
            "no row gives a person. Check the list and run croise check again."
        ),
        Verdict::Unusable => {
            let main = Rejection::ALL
                .into_iter()
                .max_by_key(|r| s.rejected_rows(*r).len())
                .expect("there are reasons");
            tr!(
                "{} lignes sur {} sont écartées, surtout pour : {} (colonne {}). Si ce n'est pas la bonne colonne, corrigez la correspondance avec --column RÔLE=EN-TÊTE ou --columns-file ; sinon, corrigez ces lignes dans votre liste. Puis relancez croise check.",
                "{} of {} rows are rejected, most for: {} (column {}). If that column is not the right one, fix the mapping with --column ROLE=HEADER or --columns-file; otherwise correct those rows in your list. Then run croise check again.",
                s.rejected.len(),
                s.rows_read,
                i18n::rejection(main),
                column(list, main.role())
            )
        }
    }
}
