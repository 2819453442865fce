//! The library's typed errors. Every message names the file (and, for lists,
//! the row and the column) and says what to do; none ever holds a value read
//! from a list or a key.
//!
//! `Display` is English. Each variant carries the facts of the problem as
//! typed fields (not pre-worded sentences), so that a front end can word it
//! in its user's language: the command line words them from its Fluent
//! catalogues (`crates/cli/i18n`, by variant in `crates/cli/src/i18n/errors.rs`).

use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Error)]
pub enum Error {
    #[error("cannot read or write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{} already exists; croise never overwrites a file it did not just create. Choose another name or move the file away", .path.display())]
    AlreadyExists { path: PathBuf },

    #[error("{} is not an encrypted croise file (it does not start like an age file){}", .path.display(), .mangling.hint())]
    NotEncrypted { path: PathBuf, mangling: Mangling },

    #[error("{} is not for you: it was encrypted for another participant. Check that you passed your own identity file (--identity) and the file meant for you", .path.display())]
    NotForThisIdentity { path: PathBuf },

    #[error("{} is damaged or truncated (decryption failed its integrity check). Ask for the file again", .path.display())]
    Damaged { path: PathBuf },

    #[error("{} is not a valid croise identity file: {problem}", .path.display())]
    InvalidIdentity {
        path: PathBuf,
        problem: IdentityProblem,
    },

    #[error("`{shown}` is not an age public recipient (it should start with age1…)")]
    BadRecipient {
        /// What was given, shortened (and never a secret key).
        shown: String,
    },

    #[error(
        "`{shown}` is incomplete: an age public recipient has {expected} characters, this one {length}. Copy the whole line again"
    )]
    TruncatedRecipient {
        shown: String,
        length: usize,
        expected: usize,
    },

    #[error("{}: this identity is not the coordinator's of this campaign. Pass the coordinator's identity file with --identity", .path.display())]
    NotCoordinator { path: PathBuf },

    #[error("{}: this is a `{found}` file{}, not {}", .path.display(),
        describe_kind(found).map(|d| format!(" ({d})")).unwrap_or_default(),
        describe_kind(expected).unwrap_or("the expected kind of file"))]
    WrongKind {
        path: PathBuf,
        found: String,
        expected: &'static str,
    },

    #[error("{}: this result is for party `{party}`, not for you (`{you}`)", .path.display())]
    OtherParty {
        path: PathBuf,
        party: String,
        you: String,
    },

    #[error("{}: {missing} linked record(s) of this result are not in the list; reveal needs the list exactly as tokenized", .path.display())]
    RowsMissing { path: PathBuf, missing: usize },

    #[error("{}: this is not the snapshot of your list for this campaign (it was written for another campaign or party, or is another kind of file). Pass the PARTY.snapshot.age that tokenize wrote for this campaign (--snapshot), or the list itself", .path.display())]
    SnapshotOther { path: PathBuf },

    #[error("unknown side `{side}`: use `justice` (STEMO/STEMOI) or `mission-locale`")]
    UnknownSide { side: String },

    #[error("{0}")]
    Plan(PlanProblem),

    #[error("{} can be read by other users of this computer; it holds a secret. Restrict it to yourself (e.g. `chmod 600 {}`) and try again", .path.display(), .path.display())]
    SecretFileTooOpen { path: PathBuf },

    #[error("{}: {problem}", .path.display())]
    InvalidFile { path: PathBuf, problem: FileProblem },

    /// A text file of croise (a manifest, a summary) that is not UTF-8 text.
    #[error("{}: {}", .path.display(), if *.utf16 { "it was re-encoded as UTF-16 (as Windows PowerShell does with `>`); copy the original file instead" } else { "it is not a UTF-8 text file" })]
    NotText {
        path: PathBuf,
        /// Re-encoded as UTF-16, as Windows PowerShell's `>` does.
        utf16: bool,
    },

    #[error("{} has been altered or was not made by a holder of this campaign's key (authentication failed)", .path.display())]
    NotAuthentic { path: PathBuf },

    #[error("{} belongs to another campaign ({found}), not to this one ({expected})", .path.display())]
    OtherCampaign {
        path: PathBuf,
        expected: String,
        found: String,
    },

    #[error("{} was made with another campaign key than the one in the manifest (fingerprint {found}, expected {expected})", .path.display())]
    OtherKey {
        path: PathBuf,
        expected: String,
        found: String,
    },

    #[error("{} comes from party `{party}`, which is not in the campaign manifest", .path.display())]
    UnknownParty { path: PathBuf, party: String },

    #[error("no token file from {}: the campaign is not complete. Wait for every party's file, or match without them with --partial (their rows then cannot be linked, and every result says so)", .absent.join(", "))]
    PartialCampaign { absent: Vec<String> },

    #[error("{} and {} both come from party `{party}`; give one token file per party", .first.display(), .path.display())]
    DuplicateParty {
        path: PathBuf,
        first: PathBuf,
        party: String,
    },

    #[error("{} holds {records} records, more than the {max} the manifest allows party `{party}`: a submission larger than its bound could be a dictionary of likely people, and is refused. If the list really is larger, the organiser must create a new campaign with a larger bound", .path.display())]
    OverBound {
        path: PathBuf,
        party: String,
        records: u64,
        max: u64,
    },

    #[error("{}: {records} rows kept, more than the {max} the campaign allows party `{party}`; the coordinator would refuse the token file. Check that this is the right list (only the young people of the campaign's age window count); if it is, ask the organiser for a new campaign with a larger bound (--max-records)", .path.display())]
    ListOverBound {
        path: PathBuf,
        party: String,
        records: u64,
        max: u64,
    },

    #[error("{} holds a record that no person gives: record {record} has {count} tokens of kind {kind}, where every record has exactly {max}. croise never writes such a file; it was made by hand, and is refused", .path.display())]
    RecordShape {
        path: PathBuf,
        record: u64,
        kind: &'static str,
        count: u64,
        max: u64,
    },

    #[error("{} disagrees with its own header: {records} records, but {kept} rows kept ({detail}). croise never writes such a file; it was made or changed by hand, and is refused", .path.display())]
    CountsDisagree {
        path: PathBuf,
        records: u64,
        kept: u64,
        detail: CountsProblem,
    },

    #[error("{} uses match-key scheme `{found}`, but this version of croise and this campaign use `{expected}`. Every party must use the same version of croise; for an older campaign, create a new one", .path.display())]
    OtherScheme {
        path: PathBuf,
        expected: String,
        found: String,
    },

    #[error("{} is not the list that was tokenized for this result (its content differs). Reveal needs the exact same file, unchanged", .path.display())]
    ListChanged { path: PathBuf },

    #[error("{}: {what} format {found} is not supported by this version of croise (it reads format {supported}){advice}", .path.display())]
    UnsupportedFormat {
        path: PathBuf,
        what: &'static str,
        found: u32,
        supported: u32,
        advice: String,
    },

    #[error("{} is not the manifest {issued_with} was issued with: it was changed after the campaign was created (its digest is {digest}). Get campaign.toml again from the organiser and compare its digest by phone (croise campaign show)", .path.display())]
    ManifestNotIssued {
        path: PathBuf,
        issued_with: String,
        digest: String,
    },

    #[error("{}: {} of its {} rows would be left out ({}), more than the {} % croise leaves out without being told to. Correct those rows in your spreadsheet (croise check lists them) and run again; or, if they cannot be corrected, run again with --accept-losses: those people will not be matched", .path.display(), .lost.rejected_rows.len(), .lost.counts.rows_read, .lost.reasons(), crate::records::MAX_LOST_PERCENT)]
    TooManyLost {
        /// The list.
        path: PathBuf,
        lost: Box<crate::records::LostRows>,
    },

    /// A manifest field that breaks the rules `campaign new` applies: the
    /// manifest was edited or forged. Names the field, never its value.
    #[error("{}: {field} {problem}. This manifest was edited or forged: get campaign.toml again from the organiser and compare its digest by phone (croise campaign show)", .path.display())]
    ManifestField {
        path: PathBuf,
        field: ManifestField,
        problem: FieldProblem,
    },

    /// The operating system gave no randomness (a secret cannot be drawn).
    #[error("no system randomness: {0}")]
    NoRandomness(String),

    /// age could not encrypt (an I/O failure underneath).
    #[error("cannot encrypt: {0}")]
    CannotEncrypt(String),

    /// For the generator and the evaluation, never for a user's file.
    #[error("{0}")]
    Invalid(String),

    #[error(transparent)]
    Input(#[from] crate::input::InputError),
}

/// A field of a campaign manifest, as a refusal names it. Parties are
/// numbered from 1 in the order of their `[[party]]` tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestField {
    CampaignId,
    Name,
    ReferenceDate,
    Created,
    /// `min_age` and `max_age` together.
    Ages,
    KeyFingerprint,
    Mac,
    CoordinatorRecipient,
    /// The `[[party]]` tables as a whole.
    Parties,
    PartyId(usize),
    PartyName(usize),
    PartyRecipient(usize),
    PartyMaxRecords(usize),
    PartyContact(usize),
}

impl fmt::Display for ManifestField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManifestField::CampaignId => f.write_str("field `campaign_id`"),
            ManifestField::Name => f.write_str("field `name`"),
            ManifestField::ReferenceDate => f.write_str("field `reference_date`"),
            ManifestField::Created => f.write_str("field `created`"),
            ManifestField::Ages => f.write_str("fields `min_age` and `max_age`"),
            ManifestField::KeyFingerprint => f.write_str("field `key_fingerprint`"),
            ManifestField::Mac => f.write_str("field `mac`"),
            ManifestField::CoordinatorRecipient => f.write_str("field `coordinator.recipient`"),
            ManifestField::Parties => f.write_str("the list of parties"),
            ManifestField::PartyId(n) => write!(f, "field `id` of party {n}"),
            ManifestField::PartyName(n) => write!(f, "field `name` of party {n}"),
            ManifestField::PartyRecipient(n) => write!(f, "field `recipient` of party {n}"),
            ManifestField::PartyContact(n) => write!(f, "field `contact` of party {n}"),
            ManifestField::PartyMaxRecords(n) => write!(f, "field `max_records` of party {n}"),
        }
    }
}

/// How a token file's counts disagree with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountsProblem {
    /// `records` is not `counts.kept`.
    RecordsNotKept,
    /// The kept rows by age do not add up to `counts.kept`.
    AgesNotKept { by_age: u64 },
    /// `kept + out_of_window + rejected` is not `rows_read`.
    RowsNotRead { rows_read: u64, accounted: u64 },
}

impl fmt::Display for CountsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CountsProblem::RecordsNotKept => f.write_str("one record is made of each kept row"),
            CountsProblem::AgesNotKept { by_age } => {
                write!(f, "the kept rows by age add up to {by_age}")
            }
            CountsProblem::RowsNotRead {
                rows_read,
                accounted,
            } => write!(
                f,
                "{rows_read} rows read, but kept, out-of-window and rejected rows add up to {accounted}"
            ),
        }
    }
}

/// What is wrong with a manifest field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    /// Not lower-case letters, digits and hyphens (1 to 64).
    InvalidPartyId,
    /// Control, format or bidirectional characters.
    UnsafeCharacters,
    TooLong {
        max: usize,
    },
    NotHex {
        digits: usize,
    },
    /// A year outside 2000–2199.
    DateOutOfRange,
    EmptyWindow,
    NotRecipient,
    /// The same as another party's.
    Repeated,
    /// A party holds the coordinator's recipient.
    CoordinatorRecipient,
    NoPartyOnSide {
        side: &'static str,
    },
    /// A bound on records outside 1 to `max`.
    BoundOutOfRange {
        max: u64,
    },
    /// A contact whose name, phone and e-mail are all empty.
    EmptyContact,
    /// A phone number with characters other than digits, spaces, `+ . - ( )`.
    NotPhone,
    /// An e-mail address without exactly one `@`, or with a space.
    NotEmail,
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldProblem::InvalidPartyId => f.write_str(
                "is not a valid party identifier (lower-case letters, digits and hyphens, at most 64)",
            ),
            FieldProblem::UnsafeCharacters => f.write_str(
                "holds control, format or bidirectional characters, which can hide or reorder what is shown",
            ),
            FieldProblem::TooLong { max } => write!(f, "is longer than {max} characters"),
            FieldProblem::NotHex { digits } => write!(f, "is not {digits} hexadecimal digits"),
            FieldProblem::DateOutOfRange => f.write_str("is not a date between 2000 and 2199"),
            FieldProblem::EmptyWindow => f.write_str("give an empty age window"),
            FieldProblem::NotRecipient => {
                f.write_str("is not an age public recipient (age1…)")
            }
            FieldProblem::Repeated => f.write_str("is the same as another party's"),
            FieldProblem::CoordinatorRecipient => f.write_str("is the coordinator's recipient"),
            FieldProblem::NoPartyOnSide { side } => write!(f, "has no `{side}` party"),
            FieldProblem::BoundOutOfRange { max } => {
                write!(f, "is not a number of records from 1 to {max}")
            }
            FieldProblem::EmptyContact => f.write_str("is empty (no name, phone or e-mail)"),
            FieldProblem::NotPhone => f.write_str(
                "has a phone number with other characters than digits, spaces and + . - ( )",
            ),
            FieldProblem::NotEmail => {
                f.write_str("has an e-mail address without exactly one @, or with a space")
            }
        }
    }
}

/// How a file that should be encrypted was mangled on its way, as far as
/// can be told from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mangling {
    /// Nothing recognisable.
    Unknown,
    /// Re-encoded as UTF-16 (Windows PowerShell's `>`).
    Utf16,
    /// The file is empty.
    Empty,
    /// Its line ends were changed to CRLF (a text editor, a mail program).
    LineEnds,
}

impl Mangling {
    /// The English hint appended to [`Error::NotEncrypted`].
    pub fn hint(self) -> &'static str {
        match self {
            Mangling::Unknown => "",
            Mangling::Utf16 => {
                " — it was re-encoded as UTF-16, as Windows PowerShell does with `>`; copy the file itself instead of redirecting output"
            }
            Mangling::Empty => " — it is empty",
            Mangling::LineEnds => {
                " — its line ends were changed (CRLF), as a text editor or a mail program does. Transfer it as a file, unchanged"
            }
        }
    }
}

/// Why a file is not a usable identity file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityProblem {
    NotText,
    /// Re-encoded as UTF-16, as Windows PowerShell does with `>`.
    Utf16,
    /// It holds a public recipient, not the secret identity.
    PublicRecipient,
    NotSecretKey,
    SeveralKeys,
    NoKey,
}

impl fmt::Display for IdentityProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdentityProblem::NotText => "it is not a text file",
            IdentityProblem::Utf16 => {
                "it was re-encoded as UTF-16, as Windows PowerShell does with `>`; use the file written by `croise identity new`"
            }
            IdentityProblem::PublicRecipient => {
                "it holds a public recipient (age1…), not a secret identity; pass the file written by `croise identity new`"
            }
            IdentityProblem::NotSecretKey => {
                "its key line is not an age secret key (AGE-SECRET-KEY-1…)"
            }
            IdentityProblem::SeveralKeys => "it holds more than one key",
            IdentityProblem::NoKey => "it holds no key",
        })
    }
}

/// Why a campaign cannot be created as asked (the organiser's options).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    NoName,
    EmptyWindow {
        min_age: u32,
        max_age: u32,
    },
    /// No party on this side (`justice` or `mission-locale`).
    NoPartyOnSide {
        side: &'static str,
    },
    BadPartyId {
        id: String,
    },
    PartyTwice {
        id: String,
    },
    /// The party was given the coordinator's recipient.
    PartyIsCoordinator {
        id: String,
    },
    SharedRecipient {
        id: String,
    },
    /// A name people will read (the campaign's, or the party `party`'s)
    /// breaks the rule every manifest read enforces.
    BadName {
        party: Option<String>,
        problem: FieldProblem,
    },
    /// The party's bound on records is 0 or above `max`.
    BadBound {
        id: String,
        max: u64,
    },
    /// A party's contact breaks the rule every manifest read enforces.
    BadContact {
        party: String,
        problem: FieldProblem,
    },
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanProblem::BadName {
                party: None,
                problem,
            } => write!(f, "the campaign name {problem}; type it again (--name)"),
            PlanProblem::BadName {
                party: Some(id),
                problem,
            } => write!(
                f,
                "the name of party `{id}` {problem}; type it again (--party)"
            ),
            PlanProblem::BadContact { party, problem } => write!(
                f,
                "the contact of party `{party}` {problem}; type it again (--contact)"
            ),
            PlanProblem::NoName => write!(f, "the campaign needs a name (--name)"),
            PlanProblem::EmptyWindow { min_age, max_age } => write!(
                f,
                "the age window is empty: minimum age {min_age} is not below maximum age {max_age}"
            ),
            PlanProblem::NoPartyOnSide { side } => write!(
                f,
                "the campaign needs at least one `{side}` party (--party ID:{side}:RECIPIENT)"
            ),
            PlanProblem::BadPartyId { id } => write!(
                f,
                "party identifier `{id}` is not valid: use lower-case letters, digits and hyphens (e.g. stemo-nancy)"
            ),
            PlanProblem::PartyTwice { id } => write!(f, "party `{id}` is listed twice"),
            PlanProblem::BadBound { id, max } => write!(
                f,
                "the bound of party `{id}` is not a number of records from 1 to {max} (--max-records)"
            ),
            PlanProblem::PartyIsCoordinator { id } => write!(
                f,
                "party `{id}` has the coordinator's recipient: the coordinator must never hold the campaign key. Each party needs its own identity"
            ),
            PlanProblem::SharedRecipient { id } => write!(
                f,
                "party `{id}` has the same recipient as another party: each party needs its own identity"
            ),
        }
    }
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A file whose `format` this version does not read, with advice on
    /// which side is out of date.
    pub fn unsupported_format(path: &Path, what: &'static str, found: u32, supported: u32) -> Self {
        let advice = if found > supported {
            ": it was made by a newer version of croise. Every participant must use the same version".to_string()
        } else {
            ": it was made by an older version of croise. Every participant must use the same version".to_string()
        };
        Error::UnsupportedFormat {
            path: path.to_path_buf(),
            what,
            found,
            supported,
            advice,
        }
    }

    pub fn invalid_file(path: &Path, problem: FileProblem) -> Self {
        Error::InvalidFile {
            path: path.to_path_buf(),
            problem,
        }
    }
}

/// The name people know a file kind by.
pub fn describe_kind(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "croise-tokens" => "a token file",
        "croise-result" => "a result file",
        "croise-campaign" => "a campaign manifest",
        "croise-campaign-key" => "a campaign key file",
        "croise-coordinator-auth-key" => "the coordinator key sealed in a manifest",
        "croise-summary" => "a match summary",
        _ => return None,
    })
}

/// The names of the files croise writes, as messages use them. A front end
/// words them in its language by matching on these constants.
pub mod noun {
    pub const TOKEN_FILE: &str = "token file";
    pub const RESULT_FILE: &str = "result file";
    pub const SUMMARY: &str = "match summary";
    pub const MANIFEST: &str = "campaign manifest";
    pub const KEY_FILE: &str = "campaign key file";
    pub const SEALED_AUTH_KEY: &str = "coordinator key sealed in the manifest";
}

/// What is wrong inside a file croise was given, once it is known to be
/// damaged, forged or of another kind. Never holds a value read from the
/// file, except a file kind of the right shape (lower-case letters, digits
/// and hyphens).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    Truncated,
    TruncatedRecords,
    TruncatedLinks,
    MalformedHeader,
    /// The header of this kind of file (a [`noun`]) does not parse.
    MalformedHeaderOf(&'static str),
    /// Its `format` field is not a version number.
    MalformedFormat(&'static str),
    LengthMismatch,
    RecordCountMismatch,
    /// A token file whose body is no whole number of records of the
    /// scheme's fixed shape.
    RecordShape,
    LinkCountMismatch,
    TooManyRecords,
    RecordsOutOfOrder,
    UnknownKeyKind,
    UnknownConfidence,
    /// A link names a reason this version does not know.
    UnknownReason,
    MalformedParty,
    /// A summary whose line ends a text editor changed.
    CrlfLineEnds,
    /// A summary without its `[authentication]` table.
    NoAuthentication,
    AuthenticationNotLast,
    /// Another kind of file than `expected` (a [`noun`]); `found` names it
    /// when it could be told (see [`describe_kind`]).
    NotA {
        expected: &'static str,
        found: Option<&'static str>,
    },
    /// Not a valid file of this kind.
    NotValid(&'static str),
    /// A croise file of another kind: `found` is its `kind` field, kept
    /// only when it has the shape of one.
    OtherKind {
        found: String,
        expected: &'static str,
    },
    NoKind(&'static str),
    NoFormat(&'static str),
    SealedKeyOfOtherCampaign,
    /// The decrypted payload of this kind of file is malformed.
    Malformed(&'static str),
    KeyMalformed,
}

impl FileProblem {
    /// A file kind read from a file, for [`FileProblem::OtherKind`]: kept
    /// when it has the shape of one, else `?`.
    pub fn shaped_kind(found: &str) -> String {
        let shaped = !found.is_empty()
            && found.len() <= 64
            && found
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if shaped {
            found.to_string()
        } else {
            "?".to_string()
        }
    }
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FileProblem as P;
        match self {
            P::Truncated => f.write_str("truncated"),
            P::TruncatedRecords => f.write_str("truncated records"),
            P::TruncatedLinks => f.write_str("truncated links"),
            P::MalformedHeader => f.write_str("malformed header"),
            P::MalformedHeaderOf(what) => write!(f, "malformed {what} header"),
            P::MalformedFormat(what) => write!(f, "malformed {what} header (format)"),
            P::LengthMismatch => f.write_str("its length does not match its content"),
            P::RecordCountMismatch => f.write_str("its record count does not match its content"),
            P::RecordShape => f.write_str("its records are not of the fixed shape of the match-key scheme"),
            P::LinkCountMismatch => f.write_str("its link count does not match its content"),
            P::TooManyRecords => f.write_str("too many records"),
            P::RecordsOutOfOrder => {
                f.write_str("its records are not in handle order, or repeat a handle")
            }
            P::UnknownKeyKind => f.write_str("unknown key kind"),
            P::UnknownConfidence => f.write_str("unknown confidence level"),
            P::UnknownReason => f.write_str("unknown reason for a link's confidence"),
            P::MalformedParty => f.write_str("malformed party"),
            P::CrlfLineEnds => f.write_str(
                "its line ends were changed to CRLF, as a text editor or a mail program does, so it no longer matches its authentication. Use the file exactly as croise wrote it",
            ),
            P::NoAuthentication => f.write_str(
                "it has no [authentication] table at its end: it is not a complete match summary",
            ),
            P::AuthenticationNotLast => {
                f.write_str("its [authentication] table is not at the very end")
            }
            P::NotA {
                expected,
                found: Some(found),
            } => write!(f, "this is {found}, not a {expected}"),
            P::NotA {
                expected,
                found: None,
            } => write!(f, "not a {expected} (unknown content)"),
            P::NotValid(what) => write!(f, "not a valid {what}"),
            P::OtherKind { found, expected } => {
                let named = describe_kind(found)
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default();
                write!(f, "this is a `{found}` file{named}, not a {expected}")
            }
            P::NoKind(what) => {
                write!(f, "not a valid {what} (it does not say what it is: no `kind`)")
            }
            P::NoFormat(what) => write!(f, "not a valid {what} (it has no `format` version)"),
            P::SealedKeyOfOtherCampaign => {
                f.write_str("the coordinator key sealed in it belongs to another campaign")
            }
            P::Malformed(what) => write!(f, "the {what} is malformed"),
            P::KeyMalformed => f.write_str("the key it holds is malformed"),
        }
    }
}
