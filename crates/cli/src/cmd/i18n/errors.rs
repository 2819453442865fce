//! The error lines `main` prints: English as the library's `Display` says
//! it; French worded here from the typed variants, so the French text keeps
//! the file name, the row and the column of the English one and, like it,
//! never holds a value from a list. Each French message ends on what to do
//! next.
//!
//! An error this module does not know (one worded by a dependency) is
//! shown as it is, in English.

use std::io::ErrorKind;
use std::path::Path;

use croise::error::{FieldProblem, IdentityProblem, Mangling, ManifestField, PlanProblem};
use croise::input::workbook::{Limits, WorkbookLimit};
use croise::input::{InputError, MissingColumns};

use super::{Lang, lang, role, workbook};

/// The lines to print for a failed command: the message, then its causes.
pub struct Report {
    pub message: String,
    pub causes: Vec<String>,
}

impl Report {
    /// Prints the report on standard error: `croise: error: …` /
    /// `croise : erreur : …`.
    pub fn print(&self) {
        let (head, because) = match lang() {
            Lang::Fr => ("croise : erreur :", "cause :"),
            Lang::En => ("croise: error:", "because:"),
        };
        eprintln!("{head} {}", self.message);
        for cause in &self.causes {
            eprintln!("  {because} {cause}");
        }
    }
}

/// Words an error and its chain of causes in the run's language.
pub fn report(error: &anyhow::Error) -> Report {
    let mut lines = Vec::new();
    let mut chain = error.chain().peekable();
    while let Some(layer) = chain.next() {
        match lang() {
            Lang::En => lines.push(layer.to_string()),
            Lang::Fr => {
                let (text, includes_source) = french(layer);
                lines.push(text);
                // The French text already says why the system refused.
                if includes_source {
                    chain.next();
                }
            }
        }
    }
    let message = lines.remove(0);
    Report {
        message,
        causes: lines,
    }
}

/// The French text of one layer of an error chain, and whether it already
/// includes the layer's source.
fn french(layer: &(dyn std::error::Error + 'static)) -> (String, bool) {
    if let Some(e) = layer.downcast_ref::<croise::Error>() {
        return croise_error(e);
    }
    if let Some(e) = layer.downcast_ref::<InputError>() {
        return input_error(e);
    }
    if let Some(e) = layer.downcast_ref::<std::io::Error>() {
        return (io(e), false);
    }
    (layer.to_string(), false)
}

fn p(path: &Path) -> std::path::Display<'_> {
    path.display()
}

/// Why the system refused a file operation.
fn io(e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::NotFound => {
            "ce fichier ou ce dossier n'existe pas. Vérifiez son nom et le dossier dans lequel vous êtes".into()
        }
        ErrorKind::PermissionDenied => {
            "accès refusé. Vérifiez que vous avez le droit de lire ou d'écrire à cet endroit, et que le fichier n'est pas ouvert dans un autre programme".into()
        }
        ErrorKind::IsADirectory => "c'est un dossier, pas un fichier".into(),
        ErrorKind::StorageFull => "le disque est plein".into(),
        _ => format!("erreur du système ({e})"),
    }
}

fn croise_error(e: &croise::Error) -> (String, bool) {
    use croise::Error as E;
    let text = match e {
        E::Io { path, source } => {
            return (
                format!(
                    "impossible de lire ou d'écrire {} : {}",
                    p(path),
                    io(source)
                ),
                true,
            );
        }
        E::Input(inner) => return input_error(inner),
        E::AlreadyExists { path } => format!(
            "{} existe déjà ; croise ne remplace jamais un fichier existant. Choisissez un autre nom (--out) ou déplacez d'abord ce fichier",
            p(path)
        ),
        E::NotEncrypted { path, mangling } => format!(
            "{} n'est pas un fichier chiffré de croise (il ne commence pas comme un fichier age){}",
            p(path),
            match mangling {
                Mangling::Utf16 => {
                    " : il a été réécrit en UTF-16, comme le fait Windows PowerShell avec `>`. Copiez le fichier lui-même (explorateur de fichiers, pièce jointe enregistrée) au lieu de rediriger la sortie"
                }
                Mangling::Empty => " : il est vide. Redemandez-le à son expéditeur",
                Mangling::LineEnds => {
                    " : ses fins de ligne ont été modifiées (CRLF), comme le font un éditeur de texte ou une messagerie. Transmettez-le comme fichier joint, sans l'ouvrir ni le modifier"
                }
                Mangling::Unknown => ". Vérifiez que vous avez indiqué le bon fichier",
            }
        ),
        E::NotForThisIdentity { path } => format!(
            "le fichier {} n'est pas destiné à votre identité : il a été chiffré pour un autre participant. Vérifiez que vous avez indiqué votre propre fichier d'identité (--identity) et le fichier qui vous est destiné",
            p(path)
        ),
        E::Damaged { path } => format!(
            "{} est abîmé ou incomplet (le déchiffrement a échoué au contrôle d'intégrité). Redemandez le fichier à son expéditeur",
            p(path)
        ),
        E::InvalidIdentity { path, problem } => format!(
            "{} n'est pas un fichier d'identité de croise : {}",
            p(path),
            match problem {
                IdentityProblem::NotText => {
                    "ce n'est pas un fichier texte. Indiquez le fichier écrit par `croise identity new`"
                }
                IdentityProblem::Utf16 => {
                    "il a été réencodé en UTF-16, comme le fait Windows PowerShell avec `>`. Indiquez le fichier écrit par `croise identity new`, tel quel"
                }
                IdentityProblem::PublicRecipient => {
                    "il contient une clé publique (age1…), pas l'identité secrète. Indiquez le fichier écrit par `croise identity new`"
                }
                IdentityProblem::NotSecretKey => {
                    "sa ligne de clé n'est pas une clé secrète age (AGE-SECRET-KEY-1…). Indiquez le fichier écrit par `croise identity new`"
                }
                IdentityProblem::SeveralKeys => {
                    "il contient plus d'une clé. Indiquez le fichier écrit par `croise identity new`, tel quel"
                }
                IdentityProblem::NoKey => {
                    "il ne contient aucune clé. Indiquez le fichier écrit par `croise identity new`"
                }
            }
        ),
        E::BadRecipient { shown } if shown.starts_with("AGE-SECRET-KEY") => {
            "vous avez donné une clé SECRÈTE (AGE-SECRET-KEY-…), pas une clé publique. Ne la collez nulle part ; si elle a circulé, créez une nouvelle identité. Donnez la clé publique (age1…) qu'affiche `croise identity show`".into()
        }
        E::BadRecipient { shown } => format!(
            "`{shown}` n'est pas une clé publique age (elle commence par age1…). Recopiez en entier la ligne qu'affiche `croise identity show`"
        ),
        E::SecretFileTooOpen { path } => format!(
            "{} peut être lu par d'autres utilisateurs de cet ordinateur ; il contient un secret. Réservez-le à vous seul (par exemple `chmod 600 {}`) et recommencez",
            p(path),
            p(path)
        ),
        E::InvalidFile { path, reason } => format!(
            "{} ne peut pas être utilisé ({reason}). Vérifiez que c'est le bon fichier ; sinon, redemandez-le à son expéditeur",
            p(path)
        ),
        E::NotText { path, utf16: true } => format!(
            "{} a été réécrit en UTF-16, comme le fait Windows PowerShell avec `>`. Copiez le fichier d'origine lui-même (explorateur de fichiers, pièce jointe enregistrée) au lieu de rediriger la sortie",
            p(path)
        ),
        E::NotText { path, utf16: false } => format!(
            "{} n'est pas un fichier texte UTF-8 de croise. Vérifiez que c'est le bon fichier ; sinon, redemandez-le à son expéditeur",
            p(path)
        ),
        E::NotAuthentic { path } => format!(
            "{} a été modifié, ou n'a pas été produit avec la clé de cette campagne (l'authentification a échoué). Redemandez le fichier d'origine à son expéditeur et transmettez-le sans l'ouvrir ni le modifier",
            p(path)
        ),
        E::OtherCampaign {
            path,
            expected,
            found,
        } => format!(
            "{} appartient à une autre campagne ({found}), pas à celle-ci ({expected}). Vérifiez que le manifeste (--campaign) et les fichiers indiqués sont de la même campagne",
            p(path)
        ),
        E::OtherKey {
            path,
            expected,
            found,
        } => format!(
            "{} a été produit avec une autre clé de campagne que celle du manifeste (empreinte {found}, attendue {expected}). Vérifiez que le manifeste et le fichier de clé viennent de la même campagne ; sinon, redemandez-les à l'organisateur",
            p(path)
        ),
        E::UnsupportedFormat {
            path,
            what,
            found,
            supported,
            ..
        } => format!(
            "{} : le format {found} de ce fichier ({what}) n'est pas lu par cette version de croise (elle lit le format {supported}). Tous les participants doivent utiliser la même version de croise",
            p(path)
        ),
        E::ManifestNotIssued {
            path,
            issued_with,
            digest,
        } => format!(
            "{} n'est pas le manifeste avec lequel {issued_with} a été délivré : il a été modifié après la création de la campagne (son empreinte est {digest}). Redemandez campaign.toml à l'organisateur et comparez son empreinte au téléphone (croise campaign show)",
            p(path)
        ),
        E::UnknownParty { path, party } => format!(
            "{} vient du participant `{party}`, qui n'est pas dans le manifeste de la campagne. Vérifiez que vous avez indiqué le bon manifeste (--campaign)",
            p(path)
        ),
        E::PartialCampaign { absent } => format!(
            "aucun fichier de jetons de {} : la campagne n'est pas complète. Attendez le fichier de chaque participant, ou rapprochez sans eux avec --partial (leurs jeunes ne pourront pas être rapprochés, et chaque résultat le dira)",
            absent.join(", ")
        ),
        E::DuplicateParty { path, first, party } => format!(
            "{} et {} viennent tous deux du participant `{party}`. Donnez un seul fichier de jetons par participant",
            p(first),
            p(path)
        ),
        E::OtherScheme {
            path,
            expected,
            found,
        } => format!(
            "{} utilise le schéma de clés `{found}`, mais cette version de croise et cette campagne utilisent `{expected}`. Tous les participants doivent utiliser la même version de croise ; pour une campagne plus ancienne, créez-en une nouvelle",
            p(path)
        ),
        E::ListChanged { path } => format!(
            "{} n'est pas la liste qui a servi à produire les jetons de ce résultat (son contenu est différent). La révélation a besoin exactement du même fichier, sans aucune modification : reprenez le fichier donné à `croise tokenize`",
            p(path)
        ),
        E::NotCoordinator { path } => format!(
            "{} : cette identité n'est pas celle du coordinateur de cette campagne. Indiquez le fichier d'identité du coordinateur avec --identity",
            p(path)
        ),
        E::WrongKind {
            path,
            found,
            expected,
        } => format!(
            "{} est {}, pas {}. Vérifiez les fichiers indiqués et leur ordre",
            p(path),
            file_kind(found),
            file_kind(expected)
        ),
        E::OtherParty { path, party, you } => format!(
            "{} : ce résultat est destiné au participant `{party}`, pas à vous (`{you}`). Indiquez votre propre fichier de résultat (--result)",
            p(path)
        ),
        E::RowsMissing { path, missing } => format!(
            "{} : {missing} ligne(s) rapprochée(s) de ce résultat ne sont pas dans la liste. La révélation a besoin de la liste exactement telle qu'elle a servi à produire les jetons",
            p(path)
        ),
        E::UnknownSide { side } => format!(
            "côté inconnu `{side}` : indiquez `justice` (STEMO/STEMOI) ou `mission-locale`"
        ),
        E::Plan(problem) => plan(problem),
        E::TooManyLost { path, lost } => format!(
            "{} : croise laisserait de côté {} de ses {} lignes ({}), plus que les {} % qu'il laisse de côté sans qu'on le lui dise. Corrigez ces lignes dans votre tableur (croise check les liste) et relancez ; ou, si elles ne peuvent pas être corrigées, relancez avec --accept-losses : ces jeunes ne pourront pas être rapprochés",
            p(path),
            lost.rejected_rows.len(),
            lost.counts.rows_read,
            croise::records::Rejection::ALL
                .into_iter()
                .filter_map(|reason| {
                    let n = lost.rejected_rows.iter().filter(|(_, r)| *r == reason).count();
                    (n > 0).then(|| format!("{n} : {}", super::rejection(reason)))
                })
                .collect::<Vec<_>>()
                .join(", "),
            croise::records::MAX_LOST_PERCENT
        ),
        // Worded by the library for rare failures (no system randomness…).
        E::Invalid(text) => text.clone(),
        E::ManifestField {
            path,
            field,
            problem,
        } => format!(
            "{} : {} {}. Ce manifeste a été modifié ou contrefait : demandez de nouveau campaign.toml à l'organisateur et comparez son empreinte par téléphone (croise campaign show)",
            p(path),
            manifest_field(*field),
            field_problem(*problem)
        ),
    };
    (text, false)
}

/// A croise file kind, as a French noun phrase with its article.
fn file_kind(kind: &str) -> String {
    match kind {
        croise::format::tokens::KIND => "un fichier de jetons".into(),
        croise::format::result::KIND => "un fichier de résultat".into(),
        croise::format::summary::KIND => "un résumé de rapprochement".into(),
        croise::campaign::MANIFEST_KIND => "un manifeste de campagne".into(),
        croise::campaign::KEY_FILE_KIND => "un fichier de clé de campagne".into(),
        other => format!("un fichier `{other}`"),
    }
}

fn plan(problem: &PlanProblem) -> String {
    match problem {
        PlanProblem::NoName => "la campagne a besoin d'un nom : ajoutez --name \"…\"".into(),
        PlanProblem::EmptyWindow { min_age, max_age } => format!(
            "la tranche d'âge est vide : l'âge minimum {min_age} n'est pas inférieur à l'âge maximum {max_age}. Corrigez --min-age ou --max-age"
        ),
        PlanProblem::NoPartyOnSide { side } => format!(
            "la campagne a besoin d'au moins un participant du côté `{side}` : ajoutez --party ID:{side}:CLÉ_PUBLIQUE"
        ),
        PlanProblem::BadPartyId { id } => format!(
            "l'identifiant de participant `{id}` n'est pas valable : utilisez des minuscules sans accent, des chiffres et des tirets (par exemple stemo-nancy)"
        ),
        PlanProblem::PartyTwice { id } => {
            format!("le participant `{id}` est indiqué deux fois : gardez un seul --party pour lui")
        }
        PlanProblem::PartyIsCoordinator { id } => format!(
            "le participant `{id}` a la clé publique du coordinateur : le coordinateur ne doit jamais détenir la clé de la campagne. Chaque participant doit avoir sa propre identité"
        ),
        PlanProblem::SharedRecipient { id } => format!(
            "le participant `{id}` a la même clé publique qu'un autre participant : chacun doit avoir sa propre identité (`croise identity new` sur son poste)"
        ),
    }
}

const ROLES_FR: &str = "surname (nom), usage-name (nom d'usage), given-names (prénoms), birth-date (date de naissance), sex (sexe) ou id (numéro de dossier)";

fn input_error(e: &InputError) -> (String, bool) {
    use InputError as I;
    let text = match e {
        I::Io { path, source } => {
            return (
                format!("impossible de lire {} : {}", p(path), io(source)),
                true,
            );
        }
        I::Empty { path } => format!(
            "{} est vide. Exportez de nouveau votre liste depuis votre tableur ou votre logiciel métier",
            p(path)
        ),
        I::Binary { path } => format!(
            "{} ne ressemble pas à une liste : il contient des données binaires. Enregistrez-le depuis votre tableur en CSV ou en .xlsx, puis recommencez",
            p(path)
        ),
        I::NotASpreadsheet { path } => format!(
            "{} est une archive ou un document, pas un tableur que croise sait lire. Enregistrez votre liste en .xlsx, .ods ou CSV, puis recommencez",
            p(path)
        ),
        I::UnreadableWorkbook { path, kind } => format!(
            "{} semble être un {} mais ne peut pas être lu : il est peut-être abîmé ou protégé par un mot de passe. Ouvrez-le dans votre tableur, enregistrez-en une copie sans mot de passe (en .xlsx ou en CSV), puis recommencez",
            p(path),
            workbook(*kind)
        ),
        I::NoSuchSheet { path, sheet, found } => format!(
            "{} : il n'y a pas de feuille « {sheet} ». Feuilles de ce classeur : {found}. Indiquez l'une d'elles à --sheet (son nom, ou son numéro : 1 pour la première)",
            p(path)
        ),
        I::EmptySheet { path, sheet, found } => format!(
            "{} : la feuille « {sheet} » est vide. Feuilles de ce classeur : {found}. Choisissez celle qui contient la liste avec --sheet NOM",
            p(path)
        ),
        I::SheetOnText { path } => format!(
            "{} : --sheet ne s'applique qu'aux classeurs (.xlsx, .xls, .ods), et ce fichier est une liste CSV. Retirez --sheet",
            p(path)
        ),
        I::NoHeader {
            path,
            sheet,
            other_sheets,
        } => {
            let mut text = format!(
                "{} : aucune ligne d'en-tête dans les 30 premières lignes{}. croise cherche des titres de colonnes comme NOM, PRENOM, DATE DE NAISSANCE. Ajoutez une ligne de titres au-dessus des données, ou nommez les colonnes avec --column RÔLE=EN-TÊTE",
                p(path),
                sheet
                    .as_ref()
                    .map(|s| format!(" de la feuille « {s} »"))
                    .unwrap_or_default()
            );
            if !other_sheets.is_empty() {
                text.push_str(&format!(
                    ". Ce classeur a d'autres feuilles ({}) : si la liste est sur l'une d'elles, choisissez-la avec --sheet NOM",
                    other_sheets.join(", ")
                ));
            }
            text
        }
        I::MissingColumn { path, row, missing } => format!(
            "{} : {}\n(La ligne d'en-tête est la ligne {row}.)",
            p(path),
            missing_columns(missing)
        ),
        I::UnknownHeader {
            path,
            header,
            found,
        } => format!(
            "{} : la correspondance des colonnes nomme l'en-tête « {header} », qui n'est pas dans le fichier. En-têtes trouvés : {found}. Corrigez l'en-tête dans --column ou dans le fichier de correspondance",
            p(path)
        ),
        I::BadOverride(spec) => format!(
            "--column `{spec}` : il faut RÔLE=EN-TÊTE, RÔLE étant {ROLES_FR} (par exemple --column birth-date=\"Né(e) le\")"
        ),
        I::ColumnsFile { path, line } => format!(
            "{}, ligne {line} : il faut RÔLE=EN-TÊTE, RÔLE étant {ROLES_FR} (par exemple birth-date=Né(e) le). Corrigez cette ligne",
            p(path)
        ),
        I::UnclosedQuote { path, row, column } => format!(
            "{} : ligne {row}, colonne {column} : un guillemet (\") ouvert dans cette cellule n'est jamais fermé, si bien que les lignes suivantes ont été lues comme faisant partie de la cellule. Supprimez ce guillemet dans votre tableur ou votre éditeur de texte, enregistrez, puis recommencez",
            p(path)
        ),
        I::WriteWorkbook(detail) => format!("impossible d'écrire le classeur ({detail})"),
        I::WorkbookTooLarge { path, limit } => format!(
            "{} est trop volumineux pour croise : {}. Une liste lue par croise a au plus {} lignes de {} colonnes. Enregistrez la liste seule, en CSV ou dans un nouveau classeur, puis recommencez",
            p(path),
            workbook_limit(limit),
            Limits::ROWS,
            Limits::COLUMNS
        ),
    };
    (text, false)
}

/// The missing-column advice: which column, the headers found, and the
/// option (or mapping-file line) to type.
fn missing_columns(m: &MissingColumns) -> String {
    let examples = m.examples("TITRE DE COLONNE");
    let flags: Vec<String> = examples
        .iter()
        .map(|(r, h)| format!("--column {}=\"{h}\"", r.key()))
        .collect();
    let lines: Vec<String> = examples
        .iter()
        .map(|(r, h)| format!("{}={h}", r.key()))
        .collect();
    let found = m.headers_quoted();
    let roles: Vec<String> = m.roles.iter().map(|r| role(*r)).collect();
    let mut text = if roles.len() == 1 {
        format!(
            "la colonne {} est introuvable. En-têtes trouvés : {found}. Indiquez à croise quelle colonne la contient, par exemple {}, ou mettez la ligne `{}` dans un fichier de correspondance donné avec --columns-file FICHIER",
            roles[0], flags[0], lines[0]
        )
    } else {
        let (last, first) = roles.split_last().expect("several roles");
        format!(
            "les colonnes {} et {last} sont introuvables. En-têtes trouvés : {found}. Indiquez à croise quelles colonnes les contiennent, par exemple {}, ou mettez ces lignes dans un fichier de correspondance donné avec --columns-file FICHIER :\n    {}",
            first.join(", "),
            flags.join(" "),
            lines.join("\n    ")
        )
    };
    if let Some(both) = &m.combined {
        text.push_str(&format!(
            "\nLa colonne « {both} » semble contenir le nom et les prénoms ensemble : croise a besoin de deux colonnes. Séparez-la dans votre tableur (par exemple Données > Convertir), enregistrez, puis relancez croise."
        ));
    }
    text
}

/// A manifest field, as a French refusal names it.
fn manifest_field(field: ManifestField) -> String {
    use ManifestField as F;
    match field {
        F::CampaignId => "le champ `campaign_id`".into(),
        F::Name => "le champ `name`".into(),
        F::ReferenceDate => "le champ `reference_date`".into(),
        F::Created => "le champ `created`".into(),
        F::Ages => "les champs `min_age` et `max_age`".into(),
        F::KeyFingerprint => "le champ `key_fingerprint`".into(),
        F::Mac => "le champ `mac`".into(),
        F::CoordinatorRecipient => "le champ `coordinator.recipient`".into(),
        F::Parties => "la liste des participants".into(),
        F::PartyId(n) => format!("le champ `id` du participant {n}"),
        F::PartyName(n) => format!("le champ `name` du participant {n}"),
        F::PartyRecipient(n) => format!("le champ `recipient` du participant {n}"),
    }
}

fn field_problem(problem: FieldProblem) -> String {
    use FieldProblem as P;
    match problem {
        P::InvalidPartyId => "n'est pas un identifiant de participant valide (lettres minuscules, chiffres et tirets, 64 au plus)".into(),
        P::UnsafeCharacters => "contient des caractères de contrôle, de mise en forme ou de sens d'écriture, qui peuvent cacher ou réordonner ce qui est affiché".into(),
        P::TooLong { max } => format!("dépasse {max} caractères"),
        P::NotHex { digits } => format!("n'est pas fait de {digits} chiffres hexadécimaux"),
        P::DateOutOfRange => "n'est pas une date entre 2000 et 2199".into(),
        P::EmptyWindow => "donnent une tranche d'âge vide".into(),
        P::NotRecipient => "n'est pas une clé publique age (age1…)".into(),
        P::Repeated => "est identique à celui d'un autre participant".into(),
        P::CoordinatorRecipient => "est la clé publique du coordinateur".into(),
        P::NoPartyOnSide { side } => format!("ne contient aucun participant `{side}`"),
    }
}

/// Which workbook limit was exceeded, in French.
fn workbook_limit(limit: &WorkbookLimit) -> String {
    use WorkbookLimit as W;
    let mo = |b: u64| b >> 20;
    match limit {
        W::SharedStringsSize => format!(
            "son texte (chaînes partagées) dépasse {} Mo une fois décompressé",
            mo(Limits::SHARED_STRINGS_BYTES)
        ),
        W::PartSize => format!(
            "l'une de ses parties dépasse {} Mo une fois décompressée",
            mo(Limits::PART_BYTES)
        ),
        W::TotalSize => format!(
            "il dépasse {} Mo une fois décompressé",
            mo(Limits::TOTAL_BYTES)
        ),
        W::StringCount => format!("il annonce plus de {} textes distincts", Limits::CELLS),
        W::Row { row } => format!(
            "la ligne {row} a une cellule au-delà de la ligne {}, la dernière qu'un tableur puisse contenir",
            Limits::ROWS
        ),
        W::Column { row, column } => format!(
            "la ligne {row} a une cellule dans la colonne {column}, au-delà de la colonne IV (la {}e)",
            Limits::COLUMNS
        ),
        W::Cells => format!(
            "la feuille a plus de {} cellules (comptées de la colonne A à la dernière cellule de chaque ligne)",
            Limits::CELLS
        ),
    }
}
