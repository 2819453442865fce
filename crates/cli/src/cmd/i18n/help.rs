//! The command line in French: `--help` of every command (what it is for,
//! each option, defaults and possible values, headings), and the parser's
//! own errors (a missing option, an unknown command…).
//!
//! The English help is the doc comments of `cmd::*` (clap derive), shown
//! as clap writes it. For French, the same parser is built, then every
//! text is replaced from the pages below before parsing: a command or an
//! option without a French text here keeps its English one, and a test
//! (`every_command_and_option_has_french_help`) fails when that happens.

use clap::builder::Str;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::{Lang, lang};
use crate::cmd::Cli;

/// The French help of one command: its path (`campaign new`), its one
/// line, its longer text, and its options' help by argument id.
struct Page {
    path: &'static str,
    about: &'static str,
    long: Option<&'static str>,
    args: &'static [(&'static str, &'static str)],
}

/// Options shared by several commands, unless a page says otherwise.
const COMMON: &[(&str, &str)] = &[
    ("campaign", "Le manifeste de la campagne"),
    (
        "key",
        "Votre fichier de clé de campagne (PARTICIPANT.key.age), reçu de l'organisateur",
    ),
    (
        "identity",
        "Votre fichier d'identité (créé par `croise identity new`)",
    ),
    (
        "columns",
        "Dire quelle colonne contient quoi, quand croise ne le devine pas : RÔLE=EN-TÊTE, RÔLE étant surname (nom), usage-name (nom d'usage), given-names (prénoms), birth-date (date de naissance), sex (sexe) ou id (numéro de dossier), par exemple --column birth-date=\"Né(e) le\". `RÔLE=` seul : aucune colonne ne le contient. Répétez l'option pour chaque rôle",
    ),
    (
        "columns_file",
        "Un fichier de correspondance : une ligne RÔLE=EN-TÊTE par rôle, `#` pour un commentaire. Gardez-le à côté de votre liste pour le réutiliser à chaque fois",
    ),
    (
        "sheet",
        "La feuille du classeur à lire : son nom, ou son numéro (1 pour la première) [par défaut : la première feuille visible]",
    ),
    (
        "lang",
        "Langue des messages [par défaut : français si votre système est en français, anglais sinon]",
    ),
    (
        "quiet",
        "N'afficher ni barre de progression ni ligne finale avec la durée (la progression ne s'affiche, sur la sortie d'erreur, que si c'est un terminal)",
    ),
    (
        "reference_date",
        "Date de référence de la tranche d'âge (AAAA-MM-JJ)",
    ),
];

const PAGES: &[Page] = &[
    Page {
        path: "",
        about: "Croiser des listes STEMO et Mission Locale sans échanger de noms.",
        long: Some(
            "Croiser des listes STEMO et Mission Locale sans échanger de noms.\n\n\
             Chaque détenteur de liste transforme sa liste en jetons sur son propre poste ; \
             un coordinateur, qui ne détient jamais la clé de la campagne, rapproche les \
             fichiers de jetons ; chaque détenteur révèle ses propres résultats sur son poste. \
             Aucun nom, aucune date de naissance, aucun numéro de dossier ne quitte un poste.\n\n\
             Pour commencer, tapez `croise demo` : tout le déroulement sur des personnes \
             inventées. Le guide pas à pas est docs/guide-utilisateur.md.",
        ),
        args: &[],
    },
    Page {
        path: "identity",
        about: "Créer ou afficher votre identité (chaque participant, une seule fois)",
        long: None,
        args: &[],
    },
    Page {
        path: "identity new",
        about: "Créer votre fichier d'identité et afficher la clé publique à transmettre",
        long: Some(
            "Créer votre fichier d'identité et afficher la clé publique à transmettre.\n\n\
             Le fichier est secret : croise l'écrit lisible par vous seul, et refuse de s'en \
             servir si d'autres peuvent le lire. Ne transmettez que la clé publique affichée \
             (age1…), à l'organisateur de la campagne.",
        ),
        args: &[("out", "Où écrire le fichier d'identité secret")],
    },
    Page {
        path: "identity show",
        about: "Afficher la clé publique d'un fichier d'identité",
        long: None,
        args: &[("identity", "Votre fichier d'identité")],
    },
    Page {
        path: "campaign",
        about: "Créer ou afficher une campagne (l'organisateur, un détenteur de liste)",
        long: None,
        args: &[],
    },
    Page {
        path: "campaign new",
        about: "Créer une campagne : le manifeste public et un fichier de clé par participant",
        long: Some(
            "Créer une campagne : le manifeste public et un fichier de clé par participant.\n\n\
             Écrit DOSSIER/campaign.toml (public : à envoyer à chaque participant) et \
             DOSSIER/keys/PARTICIPANT.key.age (chacun à envoyer à son seul participant ; \
             chacun est chiffré pour lui). Le coordinateur ne reçoit aucun fichier de clé.\n\n\
             Exemple :\n  croise campaign new --name \"Grand Est 2026-T4\" --reference-date 2026-10-01 \
             --party \"stemo-nancy:justice:age1…:STEMO de Nancy\" \
             --party \"ml-nancy:mission-locale:age1…:Mission Locale du Grand Nancy\" \
             --coordinator age1… --out campagne",
        ),
        args: &[
            ("name", "Nom de la campagne, vu par tous"),
            (
                "reference_date",
                "Date de référence de la tranche d'âge (AAAA-MM-JJ)",
            ),
            (
                "min_age",
                "Âge le plus jeune gardé (compris), à la date de référence",
            ),
            (
                "max_age",
                "Âge à partir duquel les jeunes ne sont plus gardés (non compris)",
            ),
            (
                "parties",
                "Un détenteur de liste : ID:CÔTÉ:CLÉ_PUBLIQUE[:NOM], CÔTÉ étant `justice` ou `mission-locale`. Répétez l'option pour chaque détenteur",
            ),
            ("coordinator", "La clé publique du coordinateur (age1…)"),
            (
                "out",
                "Dossier où écrire la campagne (créé s'il n'existe pas)",
            ),
        ],
    },
    Page {
        path: "campaign show",
        about: "Afficher un manifeste de campagne",
        long: None,
        args: &[],
    },
    Page {
        path: "check",
        about: "Vérifier que croise lit bien votre liste, avant de produire les jetons (détenteur de liste)",
        long: Some(
            "Vérifier que croise lit bien votre liste, avant de produire les jetons (détenteur de liste).\n\n\
             Affiche le format et les colonnes reconnus, combien de lignes sont dans la tranche \
             d'âge à la date de référence, quelles lignes seraient écartées et pourquoi, les \
             doublons probables, et un verdict. N'affiche que des numéros de ligne et des noms \
             de colonne, jamais une valeur de la liste : vous pouvez copier sa sortie dans une \
             demande d'aide.\n\n\
             Code de sortie : 0 la liste peut être utilisée (utilisable, ou utilisable avec des \
             avertissements) ; 1 elle est à corriger d'abord (plus de 2 % de ses lignes \
             écartées), ne peut pas être utilisée, ou pas être lue.",
        ),
        args: &[
            (
                "list",
                "Votre liste (export CSV ou classeur : .xlsx, .xls, .ods)",
            ),
            (
                "reference_date",
                "Date de référence de la tranche d'âge (AAAA-MM-JJ) [par défaut : celle de la campagne, sinon aujourd'hui]",
            ),
            (
                "campaign",
                "Prendre la date de référence et la tranche d'âge dans ce manifeste de campagne (aucune clé nécessaire)",
            ),
            (
                "all_rows",
                "Afficher tous les numéros de ligne, pas seulement les premiers",
            ),
        ],
    },
    Page {
        path: "tokenize",
        about: "Transformer votre liste en fichier de jetons pour le coordinateur (détenteur de liste)",
        long: Some(
            "Transformer votre liste en fichier de jetons pour le coordinateur (détenteur de liste).\n\n\
             Lit la liste (CSV : `;`, `,` ou tabulation, UTF-8 ou Windows-1252 ; ou classeur : \
             .xlsx, .xls, .ods), garde les jeunes de la tranche d'âge de la campagne, et écrit un \
             fichier de jetons chiffré pour le seul coordinateur : aucun nom, aucune date, aucun \
             numéro de dossier ne quitte votre poste. Ne modifiez plus la liste ensuite : \
             `croise reveal` aura besoin exactement du même fichier.",
        ),
        args: &[
            (
                "list",
                "Votre liste (export CSV ou classeur). Lancez d'abord `croise check` dessus",
            ),
            (
                "out",
                "Où écrire le fichier de jetons [par défaut : PARTICIPANT.tokens.age à côté de la liste]",
            ),
            (
                "accept_losses",
                "Produire les jetons même si plus de 2 % des lignes sont écartées (ces jeunes ne pourront pas être rapprochés)",
            ),
        ],
    },
    Page {
        path: "match",
        about: "Rapprocher les fichiers de jetons d'une campagne (coordinateur)",
        long: Some(
            "Rapprocher les fichiers de jetons d'une campagne (coordinateur).\n\n\
             Déchiffre chaque fichier de jetons avec votre identité ; refuse un fichier d'une \
             autre campagne ou d'une autre clé, d'un participant absent du manifeste, ou un \
             second fichier du même participant ; rapproche les deux côtés, chaque jeune au \
             plus une fois ; écrit un fichier de résultat par participant, chiffré pour lui seul \
             (PARTICIPANT.result.age), et un résumé qui ne contient que des comptages \
             (summary.toml).",
        ),
        args: &[
            (
                "token_files",
                "Les fichiers de jetons reçus des détenteurs de liste",
            ),
            (
                "identity",
                "Votre fichier d'identité (celui du coordinateur)",
            ),
            ("out_dir", "Dossier des fichiers de résultat et du résumé"),
            (
                "partial",
                "Rapprocher même si des participants n'ont pas envoyé leur fichier de jetons. \
                 Leurs jeunes ne peuvent pas être rapprochés ; chaque fichier de résultat et le \
                 résumé les nomment, et la révélation de chaque participant le dit.",
            ),
        ],
    },
    Page {
        path: "reveal",
        about: "Voir quelles lignes de votre liste ont été rapprochées (détenteur de liste)",
        long: Some(
            "Voir quelles lignes de votre liste ont été rapprochées (détenteur de liste).\n\n\
             Déchiffre votre fichier de résultat, relit votre liste (exactement le fichier donné \
             à `croise tokenize`, sans modification) et écrit les lignes rapprochées avec le \
             numéro de rapprochement et l'organisme partenaire, en CSV UTF-8 avec BOM (séparateur \
             `;` si votre liste l'utilise ou si croise parle français, sinon `,` annoncé par une \
             ligne `sep=,`) ou en .xlsx pour un classeur, pour qu'Excel l'ouvre correctement. Avec le partenaire, parlez du « rapprochement 0042 », \
             jamais d'un nom dans un courriel.",
        ),
        args: &[
            (
                "list",
                "Votre liste : exactement le fichier donné à `croise tokenize`",
            ),
            (
                "result",
                "Votre fichier de résultat (PARTICIPANT.result.age), reçu du coordinateur",
            ),
            (
                "out",
                "Où écrire les lignes rapprochées [par défaut : PARTICIPANT-links.csv ou PARTICIPANT-links.xlsx à côté de la liste]",
            ),
            (
                "format",
                "Format des lignes rapprochées : csv (UTF-8 avec BOM ; séparateur `;` si votre liste l'utilise ou si croise parle français, sinon `,`) ou xlsx (classeur Excel) [par défaut : comme votre liste, .xlsx pour un classeur ; ou selon la fin du nom donné à --out]",
            ),
            (
                "columns",
                "Les mêmes options --column que pour `croise tokenize`, s'il y en avait",
            ),
        ],
    },
    Page {
        path: "demo",
        about: "Dérouler tout le croisement sur les listes d'exemple (personnes inventées)",
        long: Some(
            "Dérouler tout le croisement sur les listes d'exemple (personnes inventées).\n\n\
             Crée les identités de deux STEMO, de deux Missions Locales et d'un coordinateur, \
             une campagne, puis joue chaque rôle dans un dossier temporaire et affiche ce que \
             chacun voit. Toutes les personnes des listes d'exemple sont inventées.",
        ),
        args: &[(
            "keep",
            "Garder les fichiers de la démonstration dans ce dossier (nouveau ou vide) au lieu d'un dossier temporaire, pour les regarder ensuite",
        )],
    },
    Page {
        path: "sample",
        about: "Produire des paires de listes inventées dont on connaît les vrais rapprochements",
        long: Some(
            "Produire des paires de listes inventées dont on connaît les vrais rapprochements \
             (pour les tests, la formation et les mesures).\n\n\
             Écrit DOSSIER/justice.csv (comme un export PARCOURS : Windows-1252, `;`), \
             DOSSIER/mission-locale.csv (comme un export I-Milo : UTF-8 avec BOM, `,`) et \
             DOSSIER/truth.csv (quelles lignes sont la même personne, et quelles erreurs ont été \
             introduites). Toutes les personnes sont inventées.",
        ),
        args: &[
            (
                "out",
                "Dossier où écrire (créé s'il n'existe pas ; aucun fichier n'est remplacé)",
            ),
            (
                "preset",
                "À quel point les listes sont désordonnées : clean (propres), realistic (réalistes) ou hard (difficiles)",
            ),
            ("justice_rows", "Nombre de lignes de la liste justice"),
            (
                "mission_locale_rows",
                "Nombre de lignes de la liste Mission Locale",
            ),
            (
                "seed",
                "Graine aléatoire : la même graine donne les mêmes fichiers",
            ),
        ],
    },
    Page {
        path: "evaluate",
        about: "Mesurer la qualité des rapprochements sur des listes inventées",
        long: Some(
            "Mesurer la précision et le rappel sur des listes inventées dont on connaît les \
             vrais rapprochements.\n\n\
             Pour chaque niveau de difficulté et chaque taille, produit une liste justice et une \
             liste Mission Locale, déroule tout le croisement (jetons, chiffrement, \
             rapprochement, révélation) et compare les rapprochements à la vérité ; fait aussi la \
             recherche en clair d'un tableur (nom + premier prénom + date de naissance), pour \
             comparer. Affiche un tableau Markdown (en anglais).",
        ),
        args: &[
            (
                "presets",
                "Niveaux de difficulté à mesurer (clean, realistic, hard)",
            ),
            (
                "sizes",
                "Tailles à mesurer, sous la forme LIGNES_JUSTICE:LIGNES_MISSION_LOCALE",
            ),
            ("seed", "Graine aléatoire du générateur"),
            (
                "errors",
                "Afficher aussi, par type d'erreur introduite, combien de vraies paires la portent et combien ont été manquées",
            ),
        ],
    },
    Page {
        path: "report",
        about: "Faire le rapport des comités à partir des résumés de rapprochement (coordinateur)",
        long: Some(
            "Faire le rapport des comités à partir des résumés de rapprochement (coordinateur).\n\n\
             Vérifie chaque résumé (summary.toml produit par « croise match ») avec la clé \
             d'authentification de sa campagne, puis écrit dans le dossier de sortie report.html — \
             une page autonome (aucune ressource extérieure, lisible hors ligne, imprimable) avec les \
             chiffres par organisme, par paire d'organismes, par niveau de confiance et par âge, et un \
             graphique — et report.csv, les mêmes chiffres, un par ligne. Les effectifs de 1 à 4 \
             sont affichés « <5 » et d'autres chiffres sont masqués pour qu'aucun ne puisse être \
             recalculé à partir des totaux. Avec les résumés de plusieurs campagnes (trimestres), le \
             rapport montre aussi l'évolution ; donnez le manifeste de chaque campagne avec son \
             propre --campaign.",
        ),
        args: &[
            (
                "summaries",
                "Les résumés de rapprochement (summary.toml), un par campagne",
            ),
            (
                "campaigns",
                "Le manifeste de campagne ; à répéter pour les résumés de plusieurs campagnes \
                 (chaque résumé est associé à son manifeste par l'identifiant de campagne)",
            ),
            (
                "identity",
                "Votre fichier d'identité (celui du coordinateur)",
            ),
            (
                "out_dir",
                "Dossier de report.html et report.csv (créé au besoin ; un fichier existant n'est \
                 jamais remplacé)",
            ),
            (
                "threshold",
                "Les effectifs de 1 à N−1 sont masqués (affichés « <N »). Au moins 5, sauf avec \
                 --allow-threshold-below-5",
            ),
            (
                "allow_threshold_below_5",
                "Autoriser un seuil inférieur à 5 : publie de plus petits groupes de personnes, une \
                 décision à justifier auprès du délégué à la protection des données",
            ),
        ],
    },
];

/// The page of clap's own `help` subcommand, wherever it appears.
const HELP_PAGE: Page = Page {
    path: "help",
    about: "Afficher cette aide, ou celle des commandes indiquées",
    long: None,
    args: &[("subcommand", "La commande dont afficher l'aide")],
};

/// Metavariables, as the usage lines show them.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("FILE", "FICHIER"),
    ("LIST", "LISTE"),
    ("DIR", "DOSSIER"),
    ("NAME", "NOM"),
    ("ROLE=HEADER", "RÔLE=EN-TÊTE"),
    ("TOKEN_FILE", "FICHIER_DE_JETONS"),
    ("RECIPIENT", "CLÉ_PUBLIQUE"),
    ("ID:SIDE:RECIPIENT[:NAME]", "ID:CÔTÉ:CLÉ_PUBLIQUE[:NOM]"),
    ("COMMAND", "COMMANDE"),
    ("LANG", "LANGUE"),
];

const TEMPLATE: &str = "\
{before-help}{about-with-newline}
Utilisation : {usage}

{all-args}{after-help}";

/// The parser, in the run's language. Built (clap's `help` subcommand and
/// `--help` flags exist) so that their texts can be replaced too.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    if lang() == Lang::Fr {
        // Before building, so clap sees which French texts are long.
        cmd = french(cmd, "");
    }
    cmd.build();
    cmd = hide_lang_below(cmd);
    if lang() == Lang::Fr {
        cmd = french_built_ins(cmd);
    }
    cmd
}

/// What clap adds when it builds a command: `--help`, `--version` and the
/// `help` command.
fn french_built_ins(cmd: Command) -> Command {
    let cmd = if cmd.get_name() == "help" {
        cmd.about(HELP_PAGE.about)
    } else {
        cmd
    };
    cmd.mut_args(|arg| {
        let had_long = arg.get_long_help().is_some();
        let arg = match arg.get_id().as_str() {
            "help" if had_long => arg
                .help("Afficher l'aide (plus de détails avec --help)")
                .long_help("Afficher l'aide (résumé avec -h)"),
            "help" => arg.help("Afficher l'aide"),
            "version" => arg.help("Afficher la version"),
            "subcommand" => arg.help(HELP_PAGE.args[0].1),
            _ => arg,
        };
        let heading = if arg.is_positional() {
            "Arguments "
        } else {
            "Options "
        };
        arg.help_heading(heading)
    })
    .mut_subcommands(french_built_ins)
}

/// `--lang` works after any command but is listed only in `croise --help`,
/// so it does not crowd each command's help.
fn hide_lang_below(cmd: Command) -> Command {
    cmd.mut_subcommands(|s| {
        // In place: a built command's key map holds argument positions.
        hide_lang_below(s.mut_args(|a| {
            if a.get_id() == "lang" {
                a.hide(true)
            } else {
                a
            }
        }))
    })
}

fn page(path: &str) -> Option<&'static Page> {
    // clap's `help` command, and the commands it lists under it.
    if path.split(' ').any(|segment| segment == "help") {
        return Some(&HELP_PAGE);
    }
    PAGES.iter().find(|p| p.path == path)
}

fn french(mut cmd: Command, path: &str) -> Command {
    let page = page(path);
    if let Some(page) = page {
        cmd = cmd.about(page.about).long_about(page.long);
    }
    cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading("Commandes ")
        .subcommand_value_name("COMMANDE");
    // In place, never `mut_arg`: a built command's key map holds argument
    // positions, which moving one argument would break.
    cmd.mut_args(|a| french_arg(a, page)).mut_subcommands(|s| {
        let sub = if path.is_empty() {
            s.get_name().to_string()
        } else {
            format!("{path} {}", s.get_name())
        };
        french(s, &sub)
    })
}

/// The French help of an option, if there is one.
fn arg_text(page: Option<&Page>, id: &str) -> Option<&'static str> {
    page.and_then(|p| p.args.iter().find(|(i, _)| *i == id))
        .or_else(|| COMMON.iter().find(|(i, _)| *i == id))
        .map(|(_, t)| *t)
}

fn french_arg(mut arg: Arg, page: Option<&Page>) -> Arg {
    // clap writes `HEADING:`; French puts a space before the colon.
    let heading = if arg.is_positional() {
        "Arguments "
    } else {
        "Options "
    };
    arg = arg.help_heading(heading);
    let id = arg.get_id().to_string();
    let Some(text) = arg_text(page, &id) else {
        return arg;
    };
    let mut text = text.to_string();
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        text.push_str(&format!(" [par défaut : {}]", defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        text.push_str(&format!(" [valeurs possibles : {}]", values.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    if let Some(names) = arg.get_value_names() {
        let french: Vec<Str> = names
            .iter()
            .map(|n| {
                VALUE_NAMES
                    .iter()
                    .find(|(en, _)| *en == n.as_str())
                    .map(|(_, fr)| Str::from(*fr))
                    .unwrap_or_else(|| n.clone())
            })
            .collect();
        arg = arg.value_names(french);
    }
    arg.help(text).long_help(None::<&'static str>)
}

/// Reports a command-line error (exit code 2) or shows the help or the
/// version (exit code 0), in the run's language.
pub fn exit(error: clap::Error) -> ! {
    if lang() == Lang::En
        || matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        error.exit()
    }
    let Some(message) = french_parse_error(&error) else {
        error.exit()
    };
    eprintln!("croise : erreur : {message}");
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        eprintln!("\nUtilisation : {usage}");
    }
    eprintln!("\nPour l'aide de la commande, ajoutez --help.");
    std::process::exit(2)
}

fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The French text of the parser errors people make; `None` for the rare
/// others, which clap then words in English.
fn french_parse_error(error: &clap::Error) -> Option<String> {
    let arg = context(error, ContextKind::InvalidArg);
    let suggestion = |kind| {
        context(error, kind)
            .map(|s| format!(" Vouliez-vous dire `{s}` ?"))
            .unwrap_or_default()
    };
    Some(match error.kind() {
        ErrorKind::MissingRequiredArgument => {
            format!("il manque {} dans la commande.", arg?)
        }
        ErrorKind::MissingSubcommand => "indiquez une commande.".into(),
        ErrorKind::UnknownArgument => format!(
            "l'option ou l'argument `{}` n'existe pas pour cette commande.{}",
            arg?,
            suggestion(ContextKind::SuggestedArg)
        ),
        ErrorKind::InvalidSubcommand => format!(
            "la commande `{}` n'existe pas.{}",
            context(error, ContextKind::InvalidSubcommand)?,
            suggestion(ContextKind::SuggestedSubcommand)
        ),
        ErrorKind::InvalidValue => {
            let value = context(error, ContextKind::InvalidValue).unwrap_or_default();
            let valid = context(error, ContextKind::ValidValue)
                .map(|v| format!(" Valeurs possibles : {v}."))
                .unwrap_or_default();
            if value.is_empty() {
                format!("{} attend une valeur.{valid}", arg?)
            } else {
                format!(
                    "`{value}` n'est pas une valeur possible de {}.{valid}",
                    arg?
                )
            }
        }
        ErrorKind::ValueValidation => format!(
            "la valeur `{}` de {} n'est pas valable.",
            context(error, ContextKind::InvalidValue).unwrap_or_default(),
            arg?
        ),
        ErrorKind::ArgumentConflict => match context(error, ContextKind::PriorArg) {
            Some(prior) => format!(
                "{} ne peut pas être utilisé avec {prior} : gardez l'un des deux.",
                arg?
            ),
            None => format!("{} est indiqué deux fois.", arg?),
        },
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("{} a trop de valeurs, ou pas le bon nombre.", arg?)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and option of the parser has a French text here, so
    /// a new option cannot slip into the French help in English.
    #[test]
    fn every_command_and_option_has_french_help() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            if page(path).is_none() {
                missing.push(format!("command `{path}`"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if !["help", "version"].contains(&id) && arg_text(page(path), id).is_none() {
                    missing.push(format!("option `{id}` of `{path}`"));
                }
            }
            for sub in cmd.get_subcommands() {
                let p = if path.is_empty() {
                    sub.get_name().to_string()
                } else {
                    format!("{path} {}", sub.get_name())
                };
                walk(sub, &p, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(missing.is_empty(), "no French help for: {missing:?}");
    }
}
