//! Column roles: which column of a list holds the surname, the given names,
//! the date of birth… Recognised from French and English header variants,
//! insensitive to case, accents and punctuation, and overridden by the user
//! with `--column ROLE=HEADER` or a mapping file of such lines.
//!
//! Works on header texts only; never sees a data row.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use croise_scheme::normalize::fold;

use super::InputError;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    BirthName,
    UsageName,
    GivenNames,
    BirthDate,
    Sex,
    LocalId,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::BirthName,
        Role::UsageName,
        Role::GivenNames,
        Role::BirthDate,
        Role::Sex,
        Role::LocalId,
    ];

    /// The roles a list must have to be tokenized.
    pub const REQUIRED: [Role; 3] = [Role::BirthName, Role::GivenNames, Role::BirthDate];

    /// The name used in `--column ROLE=HEADER`.
    pub fn key(self) -> &'static str {
        match self {
            Role::BirthName => "surname",
            Role::UsageName => "usage-name",
            Role::GivenNames => "given-names",
            Role::BirthDate => "birth-date",
            Role::Sex => "sex",
            Role::LocalId => "id",
        }
    }

    /// Reads a role name as written in `--column` or a mapping file: the
    /// documented keys, or a French or English column title for the role.
    pub fn from_key(key: &str) -> Option<Role> {
        let k = compact_header(key);
        Some(match k.as_str() {
            "SURNAME" | "NOM" | "BIRTHNAME" | "NOMDENAISSANCE" | "LASTNAME" => Role::BirthName,
            "USAGENAME" | "NOMDUSAGE" | "NOMUSAGE" | "NOMUSUEL" => Role::UsageName,
            "GIVENNAMES" | "GIVENNAME" | "PRENOMS" | "PRENOM" | "FIRSTNAME" | "FIRSTNAMES" => {
                Role::GivenNames
            }
            "BIRTHDATE" | "DATEDENAISSANCE" | "DATENAISSANCE" | "NAISSANCE" | "DDN" | "DOB" => {
                Role::BirthDate
            }
            "SEX" | "SEXE" | "GENRE" | "GENDER" => Role::Sex,
            "ID" | "IDENTIFIANT" | "DOSSIER" | "NDOSSIER" | "LOCALID" => Role::LocalId,
            _ => return None,
        })
    }

    /// Header variants recognised for this role, as compact folded keys.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Role::BirthName => &[
                "NOM",
                "NOMS",
                "NOMDENAISSANCE",
                "NOMNAISSANCE",
                "NOMDENAIS",
                "NOMNAISS",
                "NOMPATRONYMIQUE",
                "PATRONYME",
                "NOMDEFAMILLE",
                "NOMFAMILLE",
                "NOMDEJEUNEFILLE",
                "NOMJEUNEFILLE",
                "NOMJEUNE",
                "LASTNAME",
                "SURNAME",
                "FAMILYNAME",
                "BIRTHNAME",
                "NAME",
            ],
            Role::UsageName => &[
                "NOMDUSAGE",
                "NOMUSAGE",
                "NOMUSUEL",
                "NOMMARITAL",
                "NOMDEPOUSE",
                "NOMDUSAGEEVENTUEL",
                "USAGENAME",
                "USEDNAME",
                "MARRIEDNAME",
            ],
            Role::GivenNames => &[
                "PRENOM",
                "PRENOMS",
                "PREN",
                "PRENOMSDUJEUNE",
                "PREMIERPRENOM",
                "PRENOMUSUEL",
                "PRENOMSUSUELS",
                "PRENOMDETATCIVIL",
                "PRENOMSDETATCIVIL",
                "FIRSTNAME",
                "FIRSTNAMES",
                "GIVENNAME",
                "GIVENNAMES",
                "FORENAME",
                "FORENAMES",
            ],
            Role::BirthDate => &[
                "DATEDENAISSANCE",
                "DATENAISSANCE",
                "DATEDENAIS",
                "DATENAIS",
                "DATENAISS",
                "DATEDENAISS",
                "DTNAISSANCE",
                "DTNAIS",
                "DTNAISS",
                "DNAISSANCE",
                "NELE",
                "NEELE",
                "NEEELE",
                "NEE",
                "NE",
                "DDN",
                "NAISSANCE",
                "BIRTHDATE",
                "DATEOFBIRTH",
                "DOB",
            ],
            Role::Sex => &["SEXE", "GENRE", "SEX", "GENDER"],
            Role::LocalId => &[
                "NDOSSIER",
                "NODOSSIER",
                "NUMERODOSSIER",
                "NUMERODEDOSSIER",
                "NUMDOSSIER",
                "NDEDOSSIER",
                "DOSSIER",
                "IDENTIFIANT",
                "IDENTIFIANTIMILO",
                "IDJEUNE",
                "ID",
                "NUMERO",
                "NUM",
                "REFERENCE",
                "REF",
                "MATRICULE",
                "NUMEROJEUNE",
                "NDOSSIERPARCOURS",
                "IDENTIFIER",
            ],
        }
    }

    /// Explicit birth-name headers: when a list has one of these and also a
    /// bare `NOM`, the bare one is the usage name.
    fn is_explicit_birth_name(key: &str) -> bool {
        matches!(
            key,
            "NOMDENAISSANCE"
                | "NOMNAISSANCE"
                | "NOMDENAIS"
                | "NOMNAISS"
                | "NOMPATRONYMIQUE"
                | "PATRONYME"
                | "NOMDEFAMILLE"
                | "NOMFAMILLE"
                | "NOMDEJEUNEFILLE"
                | "NOMJEUNEFILLE"
                | "BIRTHNAME"
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::BirthName => "surname (birth name)",
            Role::UsageName => "usage name",
            Role::GivenNames => "given names",
            Role::BirthDate => "date of birth",
            Role::Sex => "sex",
            Role::LocalId => "local file number",
        })
    }
}

/// Folds a header to its comparison key: `N° Dossier` → `NDOSSIER`,
/// `Né(e) le` → `NEELE`.
pub(crate) fn compact_header(header: &str) -> String {
    fold(header).replace(' ', "")
}

/// Words that decorate a header without changing its role: `Nom du jeune`,
/// `Date de naissance (jj/mm/aaaa)`.
const DECORATIONS: &[&str] = &[
    "DUJEUNE",
    "DELAJEUNE",
    "DUMINEUR",
    "DELAPERSONNE",
    "DUBENEFICIAIRE",
    "BENEFICIAIRE",
    "JEUNE",
    "MINEUR",
    "JJMMAAAA",
    "JJMMAA",
    "AAAAMMJJ",
    "DDMMYYYY",
    "YYYYMMDD",
    "MF",
    "HF",
];

/// The role a header names, if any.
pub fn role_of_header(header: &str) -> Option<Role> {
    let keys = header_keys(header);
    keys.iter().find_map(|key| {
        Role::ALL
            .into_iter()
            .find(|role| role.aliases().contains(&key.as_str()))
    })
}

/// The comparison keys of a header, most literal first: as written, without
/// a parenthesised part, without decorating words.
fn header_keys(header: &str) -> Vec<String> {
    let mut keys = vec![compact_header(header)];
    if let Some(open) = header.find('(') {
        let close = header[open..]
            .find(')')
            .map(|c| open + c + 1)
            .unwrap_or(header.len());
        let without = format!("{}{}", &header[..open], &header[close..]);
        keys.push(compact_header(&without));
    }
    for i in 0..keys.len() {
        let mut key = keys[i].clone();
        let mut changed = false;
        for decoration in DECORATIONS {
            if key.len() > decoration.len()
                && let Some(stripped) = key.strip_suffix(decoration)
            {
                key = stripped.to_string();
                changed = true;
            }
        }
        if changed {
            keys.push(key);
        }
    }
    keys
}

/// Whether a header seems to hold both the surname and the given names
/// (`NOM PRENOM`, `Nom et prénom`), which croise cannot split reliably.
fn holds_both_names(header: &str) -> bool {
    let key = compact_header(header);
    let has_given = key.contains("PRENOM") || key.contains("FIRSTNAME");
    let has_surname = key.replace("PRENOM", "").contains("NOM") || key.contains("LASTNAME");
    (has_given && has_surname) || key == "IDENTITE" || key == "FULLNAME"
}

/// The spreadsheet letter of a 0-based column index: 0 → `A`, 26 → `AA`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// One user override: the role, and the header holding it (`None`: no column
/// holds it, even if one looks like it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnOverride {
    pub role: Role,
    pub header: Option<String>,
}

impl ColumnOverride {
    /// Parses `ROLE=HEADER`.
    pub fn parse(spec: &str) -> Option<ColumnOverride> {
        let (role, header) = spec.split_once('=')?;
        let role = Role::from_key(role)?;
        let header = header.trim().trim_matches('"').trim();
        Some(ColumnOverride {
            role,
            header: (!header.is_empty()).then(|| header.to_string()),
        })
    }
}

/// Reads a mapping file: one `ROLE=HEADER` per line; blank lines and lines
/// starting with `#` are ignored. UTF-8 or Windows-1252, like a list.
pub fn read_columns_file(path: &Path) -> Result<Vec<ColumnOverride>, InputError> {
    let raw = std::fs::read(path).map_err(|source| InputError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&raw);
    let text = match std::str::from_utf8(raw) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(raw)
            .0
            .into_owned(),
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = ColumnOverride::parse(line).ok_or_else(|| InputError::ColumnsFile {
            path: path.to_path_buf(),
            line: i as u64 + 1,
        })?;
        out.push(parsed);
    }
    Ok(out)
}

/// Which column holds which role.
#[derive(Debug, Clone)]
pub struct ColumnMapping {
    pub headers: Vec<String>,
    pub(crate) columns: HashMap<Role, usize>,
}

impl ColumnMapping {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.get(&role).copied()
    }

    pub fn header(&self, role: Role) -> Option<&str> {
        self.column(role).map(|i| self.headers[i].as_str())
    }

    /// Columns that hold no role, as (index, header).
    pub fn unused(&self) -> impl Iterator<Item = (usize, &str)> {
        self.headers
            .iter()
            .enumerate()
            .filter(|(i, h)| !h.trim().is_empty() && !self.columns.values().any(|c| c == i))
            .map(|(i, h)| (i, h.as_str()))
    }
}

/// How many distinct roles a row of cells names, counting the user's
/// override headers: a row naming two is the header row.
pub(crate) fn header_score(cells: &[String], overrides: &[ColumnOverride]) -> usize {
    let mut roles: Vec<Role> = cells.iter().filter_map(|h| role_of_header(h)).collect();
    for o in overrides {
        if let Some(header) = &o.header
            && find_header(cells, header).is_some()
        {
            roles.push(o.role);
        }
    }
    roles.sort();
    roles.dedup();
    roles.len()
}

fn find_header(headers: &[String], wanted: &str) -> Option<usize> {
    let compact = compact_header(wanted);
    headers
        .iter()
        .position(|h| h.trim() == wanted.trim())
        .or_else(|| {
            headers
                .iter()
                .position(|h| !compact.is_empty() && compact_header(h) == compact)
        })
}

/// Lists headers for messages: `A "NOM", B "PRENOM"`.
pub(crate) fn describe_headers(headers: &[String]) -> String {
    let shown: Vec<String> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.trim().is_empty())
        .map(|(i, h)| format!("{} \"{}\"", column_letter(i), h.trim()))
        .collect();
    if shown.is_empty() {
        "none".into()
    } else {
        shown.join(", ")
    }
}

/// Maps the header row to roles: detected roles, then the user's overrides.
pub(crate) fn map_columns(
    headers: &[String],
    overrides: &[ColumnOverride],
    path: &Path,
) -> Result<ColumnMapping, InputError> {
    let mut columns: HashMap<Role, usize> = HashMap::new();
    let mut forced: Vec<Role> = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    for o in overrides {
        forced.push(o.role);
        columns.remove(&o.role);
        if let Some(header) = &o.header {
            let index = find_header(headers, header).ok_or_else(|| InputError::UnknownHeader {
                path: path.to_path_buf(),
                header: header.clone(),
                found: describe_headers(headers),
            })?;
            columns.retain(|_, i| *i != index);
            columns.insert(o.role, index);
            taken.push(index);
        }
    }
    // Detected roles for what the user did not say; the first column wins.
    let mut birth_candidates: Vec<usize> = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        if taken.contains(&i) {
            continue;
        }
        let Some(role) = role_of_header(header) else {
            continue;
        };
        if role == Role::BirthName {
            birth_candidates.push(i);
        }
        if !forced.contains(&role) {
            columns.entry(role).or_insert(i);
        }
    }
    // `NOM` beside `NOM DE NAISSANCE`: the bare `NOM` is the usage name.
    if !forced.contains(&Role::BirthName) && !forced.contains(&Role::UsageName) {
        let explicit = birth_candidates
            .iter()
            .find(|i| Role::is_explicit_birth_name(&compact_header(&headers[**i])));
        let generic = birth_candidates
            .iter()
            .find(|i| !Role::is_explicit_birth_name(&compact_header(&headers[**i])));
        if let (Some(&explicit), Some(&generic)) = (explicit, generic)
            && !columns.contains_key(&Role::UsageName)
        {
            columns.insert(Role::BirthName, explicit);
            columns.insert(Role::UsageName, generic);
        }
    }
    // A list with only a usage name column uses it as the surname.
    if !columns.contains_key(&Role::BirthName)
        && !forced.contains(&Role::BirthName)
        && let Some(i) = columns.remove(&Role::UsageName)
    {
        columns.insert(Role::BirthName, i);
    }
    let missing: Vec<Role> = Role::REQUIRED
        .into_iter()
        .filter(|r| !columns.contains_key(r))
        .collect();
    if !missing.is_empty() {
        return Err(missing_columns(headers, &columns, &missing, path));
    }
    Ok(ColumnMapping {
        headers: headers.to_vec(),
        columns,
    })
}

fn missing_columns(
    headers: &[String],
    columns: &HashMap<Role, usize>,
    missing: &[Role],
    path: &Path,
) -> InputError {
    let unused: Vec<&String> = headers
        .iter()
        .enumerate()
        .filter(|(i, h)| !h.trim().is_empty() && !columns.values().any(|c| c == i))
        .map(|(_, h)| h)
        .collect();
    InputError::MissingColumn {
        path: path.to_path_buf(),
        row: 0,
        missing: Box::new(MissingColumns {
            roles: missing.to_vec(),
            headers: headers
                .iter()
                .map(|h| h.trim())
                .filter(|h| !h.is_empty())
                .map(str::to_string)
                .collect(),
            suggestions: (0..missing.len())
                .map(|n| unused.get(n).map(|h| h.trim().to_string()))
                .collect(),
            combined: headers
                .iter()
                .find(|h| holds_both_names(h))
                .map(|h| h.trim().to_string()),
        }),
    }
}

/// Required columns not found in a list, with what its header row holds:
/// the facts of [`InputError::MissingColumn`], so that a front end can word
/// its own advice. Header texts only, never a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingColumns {
    /// The required roles not found (at least one).
    pub roles: Vec<Role>,
    /// The non-empty header texts, trimmed, in order.
    pub headers: Vec<String>,
    /// For each missing role, an unused header to suggest in the example.
    pub suggestions: Vec<Option<String>>,
    /// A header that seems to hold surname and given names together.
    pub combined: Option<String>,
}

impl MissingColumns {
    /// The `ROLE=HEADER` example for each missing role, with `placeholder`
    /// where no unused header is left to suggest.
    pub fn examples(&self, placeholder: &str) -> Vec<(Role, String)> {
        self.roles
            .iter()
            .zip(&self.suggestions)
            .map(|(role, s)| (*role, s.clone().unwrap_or_else(|| placeholder.into())))
            .collect()
    }

    /// The headers found, each in quotes, comma-separated.
    pub fn headers_quoted(&self) -> String {
        self.headers
            .iter()
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for MissingColumns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let examples = self.examples("COLUMN TITLE");
        let flags: Vec<String> = examples
            .iter()
            .map(|(role, h)| format!("--column {}=\"{h}\"", role.key()))
            .collect();
        let lines: Vec<String> = examples
            .iter()
            .map(|(role, h)| format!("{}={h}", role.key()))
            .collect();
        let found = self.headers_quoted();
        let roles: Vec<String> = self.roles.iter().map(|r| r.to_string()).collect();
        if roles.len() == 1 {
            write!(
                f,
                "the {} column is missing. Headers found: {found}. Tell croise which column holds it, e.g. {}, or put the line `{}` in a mapping file given with --columns-file FILE",
                roles[0], flags[0], lines[0]
            )?;
        } else {
            let (last, first) = roles.split_last().expect("several roles");
            write!(
                f,
                "the {} and {last} columns are missing. Headers found: {found}. Tell croise which columns hold them, e.g. {}, or put these lines in a mapping file given with --columns-file FILE:\n    {}",
                first.join(", "),
                flags.join(" "),
                lines.join("\n    ")
            )?;
        }
        if let Some(both) = &self.combined {
            write!(
                f,
                "\nThe column \"{both}\" seems to hold surname and given names together: croise needs them in two columns. Split it in your spreadsheet (e.g. Data > Text to Columns), save, and run croise again."
            )?;
        }
        Ok(())
    }
}

/// Turns `--column` specs into overrides, reporting the bad one.
pub(crate) fn parse_overrides(
    specs: &[String],
    file: Option<&PathBuf>,
) -> Result<Vec<ColumnOverride>, InputError> {
    let mut out = match file {
        Some(path) => read_columns_file(path)?,
        None => Vec::new(),
    };
    for spec in specs {
        out.push(ColumnOverride::parse(spec).ok_or_else(|| InputError::BadOverride(spec.clone()))?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn headers_are_recognised_across_variants() {
        for (header, role) in [
            ("NOM", Role::BirthName),
            ("Nom de naissance", Role::BirthName),
            ("NOM_NAISSANCE", Role::BirthName),
            ("Nom du jeune", Role::BirthName),
            ("Last name", Role::BirthName),
            ("NOM D'USAGE", Role::UsageName),
            ("Nom usuel", Role::UsageName),
            ("PRENOM(S)", Role::GivenNames),
            ("Prénom", Role::GivenNames),
            ("Prénoms", Role::GivenNames),
            ("First name", Role::GivenNames),
            ("DATE DE NAISSANCE", Role::BirthDate),
            ("DATE NAISSANCE", Role::BirthDate),
            ("Date de naissance (jj/mm/aaaa)", Role::BirthDate),
            ("Date naiss.", Role::BirthDate),
            ("Né(e) le", Role::BirthDate),
            ("DDN", Role::BirthDate),
            ("D.D.N.", Role::BirthDate),
            ("Date of birth", Role::BirthDate),
            ("SEXE", Role::Sex),
            ("Sexe (M/F)", Role::Sex),
            ("Genre", Role::Sex),
            ("N° dossier", Role::LocalId),
            ("N° DOSSIER", Role::LocalId),
            ("Nº dossier", Role::LocalId),
            ("Identifiant", Role::LocalId),
            ("Identifiant jeune", Role::LocalId),
        ] {
            assert_eq!(role_of_header(header), Some(role), "{header}");
        }
        for header in ["Date", "Adresse", "Commune", "Nom Prénom", "Date d'entrée"] {
            assert_eq!(role_of_header(header), None, "{header}");
        }
    }

    #[test]
    fn bare_nom_beside_birth_name_is_the_usage_name() {
        let h = headers(&["NOM", "NOM DE NAISSANCE", "PRENOM", "DDN"]);
        let m = map_columns(&h, &[], Path::new("l.csv")).unwrap();
        assert_eq!(m.header(Role::BirthName), Some("NOM DE NAISSANCE"));
        assert_eq!(m.header(Role::UsageName), Some("NOM"));
    }

    #[test]
    fn overrides_move_and_remove_roles() {
        let h = headers(&["NOM", "PRENOM", "BIRTH", "Identifiant"]);
        let o = vec![
            ColumnOverride::parse("birth-date=BIRTH").unwrap(),
            ColumnOverride::parse("id=").unwrap(),
        ];
        let m = map_columns(&h, &o, Path::new("l.csv")).unwrap();
        assert_eq!(m.header(Role::BirthDate), Some("BIRTH"));
        assert_eq!(m.column(Role::LocalId), None);
        assert!(ColumnOverride::parse("nonsense=X").is_none());
        assert!(ColumnOverride::parse("no equals sign").is_none());
        assert_eq!(
            ColumnOverride::parse("Prénom=\"First\"").unwrap(),
            ColumnOverride {
                role: Role::GivenNames,
                header: Some("First".into())
            }
        );
    }

    #[test]
    fn missing_columns_are_all_listed_with_the_fix() {
        let h = headers(&["Nom Prénom", "Naissance le", "Ville"]);
        let err = map_columns(&h, &[], Path::new("l.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(
                "the surname (birth name), given names and date of birth columns are missing"
            ),
            "{err}"
        );
        assert!(
            err.contains("Headers found: \"Nom Prénom\", \"Naissance le\", \"Ville\""),
            "{err}"
        );
        assert!(err.contains("--column surname=\"Nom Prénom\""), "{err}");
        assert!(err.contains("--columns-file"), "{err}");
        assert!(
            err.contains("seems to hold surname and given names together"),
            "{err}"
        );
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
