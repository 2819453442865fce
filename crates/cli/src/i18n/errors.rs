//! The error lines `main` prints, worded from the typed variants of the
//! library's errors through the catalogue: each keeps the file name, the
//! row and the column and, like the library's own English `Display`, never
//! holds a value from a list. Each ends on what to do next.
//!
//! An error this module does not know (one worded by a dependency, or a
//! context line the binary wrote with `fl!`) is shown as it is, made safe
//! for the screen.

use std::io::ErrorKind;
use std::path::Path;

use croise::error::{
    CountsProblem, FieldProblem, IdentityProblem, Mangling, ManifestField, PlanProblem,
};
use croise::input::workbook::{Limits, WorkbookLimit};
use croise::input::{InputError, MissingColumns};

use super::{count, fl, n, outside, role, workbook};

/// The lines to print for a failed command: the message, then its causes.
#[derive(Debug, Clone)]
pub struct Report {
    pub message: String,
    pub causes: Vec<String>,
}

impl Report {
    /// Prints the report on standard error: `croise : erreur : …` /
    /// `croise: error: …`.
    pub fn print(&self) {
        eprintln!("{}", fl!("line-error", message = self.message.as_str()));
        for cause in &self.causes {
            eprintln!("  {}", fl!("line-cause", cause = cause.as_str()));
        }
    }
}

/// Words an error and its chain of causes in the run's language.
pub fn report(error: &anyhow::Error) -> Report {
    let mut lines = Vec::new();
    let mut chain = error.chain().peekable();
    while let Some(layer) = chain.next() {
        let (text, includes_source) = words(layer);
        lines.push(text);
        // The text already says why the system refused.
        if includes_source {
            chain.next();
        }
    }
    let message = lines.remove(0);
    Report {
        message,
        causes: lines,
    }
}

/// The text of one layer of an error chain, and whether it already
/// includes the layer's source.
fn words(layer: &(dyn std::error::Error + 'static)) -> (String, bool) {
    if let Some(e) = layer.downcast_ref::<croise::Error>() {
        return croise_error(e);
    }
    if let Some(e) = layer.downcast_ref::<InputError>() {
        return input_error(e);
    }
    if let Some(e) = layer.downcast_ref::<croise_report::ReportError>() {
        return report_error(e);
    }
    if let Some(e) = layer.downcast_ref::<std::io::Error>() {
        return (io(e), false);
    }
    (outside(&layer.to_string()).into_owned(), false)
}

fn p(path: &Path) -> String {
    super::path(path)
}

/// Why the system refused a file operation.
fn io(e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::NotFound => fl!("io-not-found"),
        ErrorKind::PermissionDenied => fl!("io-permission-denied"),
        ErrorKind::IsADirectory => fl!("io-is-a-directory"),
        ErrorKind::StorageFull => fl!("io-storage-full"),
        _ => fl!("io-other", error = e.to_string()),
    }
}

fn croise_error(e: &croise::Error) -> (String, bool) {
    use croise::Error as E;
    let text = match e {
        E::Io { path, source } => {
            return (fl!("error-io", path = p(path), reason = io(source)), true);
        }
        E::Input(inner) => return input_error(inner),
        E::AlreadyExists { path } => fl!("error-already-exists", path = p(path)),
        E::NotEncrypted { path, mangling } => fl!(
            "error-not-encrypted",
            path = p(path),
            hint = match mangling {
                Mangling::Utf16 => fl!("mangling-utf16"),
                Mangling::Empty => fl!("mangling-empty"),
                Mangling::LineEnds => fl!("mangling-line-ends"),
                Mangling::Unknown => fl!("mangling-unknown"),
            }
        ),
        E::NotForThisIdentity { path } if super::in_interface() => {
            fl!("ui-error-not-for-this-identity", path = p(path))
        }
        E::NotForThisIdentity { path } => fl!("error-not-for-this-identity", path = p(path)),
        E::Damaged { path } => fl!("error-damaged", path = p(path)),
        E::InvalidIdentity { path, problem } => fl!(
            "error-invalid-identity",
            path = p(path),
            problem = match problem {
                IdentityProblem::NotText => fl!("identity-not-text"),
                IdentityProblem::Utf16 => fl!("identity-utf16"),
                IdentityProblem::PublicRecipient => fl!("identity-public-recipient"),
                IdentityProblem::NotSecretKey => fl!("identity-not-secret-key"),
                IdentityProblem::SeveralKeys => fl!("identity-several-keys"),
                IdentityProblem::NoKey => fl!("identity-no-key"),
            }
        ),
        E::BadRecipient { shown } if shown.starts_with("AGE-SECRET-KEY") => {
            fl!("error-secret-key-given")
        }
        E::BadRecipient { shown } => fl!("error-bad-recipient", shown = outside(shown)),
        E::TruncatedRecipient {
            shown,
            length,
            expected,
        } if super::in_interface() => fl!(
            "ui-error-truncated-recipient",
            shown = outside(shown),
            length = count(*length),
            expected = count(*expected)
        ),
        E::TruncatedRecipient {
            shown,
            length,
            expected,
        } => fl!(
            "error-truncated-recipient",
            shown = outside(shown),
            length = count(*length),
            expected = count(*expected)
        ),
        E::SecretFileTooOpen { path } => fl!("error-secret-file-too-open", path = p(path)),
        E::InvalidFile { path, problem } => fl!(
            "error-invalid-file",
            path = p(path),
            reason = file_problem(problem)
        ),
        E::NoRandomness(_) => fl!("error-no-randomness"),
        E::CannotEncrypt(_) => fl!("error-cannot-encrypt"),
        E::NotText { path, utf16: true } => fl!("error-not-text-utf16", path = p(path)),
        E::NotText { path, utf16: false } => fl!("error-not-text", path = p(path)),
        E::NotAuthentic { path } => fl!("error-not-authentic", path = p(path)),
        E::OtherCampaign {
            path,
            expected,
            found,
        } => fl!(
            "error-other-campaign",
            path = p(path),
            found = outside(found),
            expected = outside(expected)
        ),
        E::OtherKey {
            path,
            expected,
            found,
        } => fl!(
            "error-other-key",
            path = p(path),
            found = outside(found),
            expected = outside(expected)
        ),
        E::UnsupportedFormat {
            path,
            what,
            found,
            supported,
            advice,
        } => fl!(
            "error-unsupported-format",
            path = p(path),
            what = noun_words(what),
            found = found.to_string(),
            supported = supported.to_string(),
            advice = format_advice(advice, found > supported)
        ),
        E::ManifestNotIssued {
            path,
            issued_with,
            digest,
        } => fl!(
            "error-manifest-not-issued",
            path = p(path),
            issued_with = outside(issued_with),
            digest = outside(digest)
        ),
        E::UnknownParty { path, party } => fl!(
            "error-unknown-party",
            path = p(path),
            party = outside(party)
        ),
        E::PartialCampaign { absent } => fl!(
            "error-partial-campaign",
            parties = absent
                .iter()
                .map(|id| outside(id).into_owned())
                .collect::<Vec<_>>()
                .join(", "),
            n = n(absent.len())
        ),
        E::TooManyLost { path, lost } => fl!(
            "error-too-many-lost",
            path = p(path),
            lost = count(lost.rejected_rows.len()),
            total = count(lost.counts.rows_read),
            reasons = croise::records::Rejection::ALL
                .into_iter()
                .filter_map(|reason| {
                    let k = lost
                        .rejected_rows
                        .iter()
                        .filter(|(_, r)| *r == reason)
                        .count();
                    (k > 0).then(|| {
                        fl!(
                            "lost-reason",
                            count = count(k),
                            reason = super::rejection(reason)
                        )
                    })
                })
                .collect::<Vec<_>>()
                .join(", "),
            max = croise::records::MAX_LOST_PERCENT.to_string()
        ),
        E::ManifestField {
            path,
            field,
            problem,
        } => fl!(
            "error-manifest-field",
            path = p(path),
            field = manifest_field(*field),
            problem = field_problem(*problem)
        ),
        E::OverBound {
            path,
            party,
            records,
            max,
        } => fl!(
            "error-over-bound",
            path = p(path),
            party = outside(party),
            records_n = n(*records),
            records = count(*records),
            max = count(*max)
        ),
        E::ListOverBound {
            path,
            party,
            records,
            max,
        } => fl!(
            "error-list-over-bound",
            path = p(path),
            party = outside(party),
            records_n = n(*records),
            records = count(*records),
            max = count(*max)
        ),
        E::RecordShape {
            path,
            record,
            kind,
            count: found,
            max,
        } => fl!(
            "error-record-shape",
            path = p(path),
            record = count(*record),
            kind = kind.to_string(),
            count = count(*found),
            max = count(*max)
        ),
        E::CountsDisagree {
            path,
            records,
            kept,
            detail,
        } => fl!(
            "error-counts-disagree",
            path = p(path),
            records = count(*records),
            kept = count(*kept),
            detail = counts_problem(*detail)
        ),
        E::DuplicateParty { path, first, party } => fl!(
            "error-duplicate-party",
            path = p(path),
            first = p(first),
            party = outside(party)
        ),
        E::OtherScheme {
            path,
            expected,
            found,
        } => fl!(
            "error-other-scheme",
            path = p(path),
            found = outside(found),
            expected = outside(expected)
        ),
        E::ListChanged { path } => fl!("error-list-changed", path = p(path)),
        E::NotCoordinator { path } => fl!("error-not-coordinator", path = p(path)),
        E::WrongKind {
            path,
            found,
            expected,
        } => fl!(
            "error-wrong-kind",
            path = p(path),
            found = file_kind(found),
            expected = file_kind(expected)
        ),
        E::OtherParty { path, party, you } => fl!(
            "error-other-party",
            path = p(path),
            party = outside(party),
            you = outside(you)
        ),
        E::RowsMissing { path, missing } => fl!(
            "error-rows-missing",
            path = p(path),
            n = n(*missing),
            count = count(*missing)
        ),
        E::SnapshotOther { path } => fl!("error-snapshot-other", path = p(path)),
        E::UnknownSide { side } => fl!("error-unknown-side", side = outside(side)),
        E::Plan(problem) => plan(problem),
        // Worded by the library for rare failures (no system randomness…).
        E::Invalid(text) => outside(text).into_owned(),
    };
    (text, false)
}

/// What to do about a file of another format version. The library words
/// it in English and may say more than "newer" or "older" (why keys of
/// format 1 are refused): English shows it as it is; other languages say
/// the general advice until the library types it.
fn format_advice(library: &str, newer: bool) -> String {
    match (super::lang(), newer) {
        (super::Lang::En, _) => outside(library).into_owned(),
        (_, true) => fl!("format-newer"),
        (_, false) => fl!("format-older"),
    }
}

/// A croise file kind, as a noun phrase with its article.
fn file_kind(kind: &str) -> String {
    match kind {
        croise::format::tokens::KIND => fl!("file-kind-tokens"),
        croise::format::result::KIND => fl!("file-kind-result"),
        croise::format::summary::KIND => fl!("file-kind-summary"),
        croise::campaign::MANIFEST_KIND => fl!("file-kind-manifest"),
        croise::campaign::KEY_FILE_KIND => fl!("file-kind-key"),
        other => fl!("file-kind-other", kind = outside(other)),
    }
}

fn plan(problem: &PlanProblem) -> String {
    match problem {
        PlanProblem::NoName => fl!("plan-no-name"),
        PlanProblem::BadContact { party, problem } => fl!(
            "plan-bad-contact",
            party = outside(party),
            problem = field_problem(*problem)
        ),
        PlanProblem::BadName {
            party: None,
            problem,
        } => fl!("plan-bad-campaign-name", problem = field_problem(*problem)),
        PlanProblem::BadName {
            party: Some(id),
            problem,
        } => fl!(
            "plan-bad-party-name",
            party = outside(id),
            problem = field_problem(*problem)
        ),
        PlanProblem::EmptyWindow { min_age, max_age } => fl!(
            "plan-empty-window",
            min = min_age.to_string(),
            max = max_age.to_string()
        ),
        PlanProblem::NoPartyOnSide { side } => {
            fl!("plan-no-party-on-side", side = side.to_string())
        }
        PlanProblem::BadPartyId { id } => fl!("plan-bad-party-id", id = outside(id)),
        PlanProblem::PartyTwice { id } => fl!("plan-party-twice", id = outside(id)),
        PlanProblem::PartyIsCoordinator { id } => {
            fl!("plan-party-is-coordinator", id = outside(id))
        }
        PlanProblem::SharedRecipient { id } => fl!("plan-shared-recipient", id = outside(id)),
        PlanProblem::BadBound { id, max } => {
            fl!("plan-bad-bound", id = outside(id), max = count(*max))
        }
    }
}

/// How a token file's counts disagree.
fn counts_problem(problem: CountsProblem) -> String {
    match problem {
        CountsProblem::RecordsNotKept => fl!("counts-records-not-kept"),
        CountsProblem::AgesNotKept { by_age } => {
            fl!("counts-ages-not-kept", by_age = count(by_age))
        }
        CountsProblem::RowsNotRead {
            rows_read,
            accounted,
        } => fl!(
            "counts-rows-not-read",
            rows_read = count(rows_read),
            accounted = count(accounted)
        ),
    }
}

fn input_error(e: &InputError) -> (String, bool) {
    use InputError as I;
    let text = match e {
        I::Io { path, source } => {
            return (fl!("input-io", path = p(path), reason = io(source)), true);
        }
        I::Empty { path } => fl!("input-empty", path = p(path)),
        I::WorkbookTooLarge { path, limit } => fl!(
            "input-workbook-too-large",
            path = p(path),
            limit = workbook_limit(limit),
            rows = count(Limits::ROWS as u64),
            columns = Limits::COLUMNS.to_string()
        ),
        I::Binary { path } => fl!("input-binary", path = p(path)),
        I::NotASpreadsheet { path } => fl!("input-not-a-spreadsheet", path = p(path)),
        I::UnreadableWorkbook { path, kind } => fl!(
            "input-unreadable-workbook",
            path = p(path),
            kind = workbook(*kind)
        ),
        I::NoSuchSheet { path, sheet, found } => fl!(
            "input-no-such-sheet",
            path = p(path),
            sheet = outside(sheet),
            found = outside(found)
        ),
        I::EmptySheet { path, sheet, found } => fl!(
            "input-empty-sheet",
            path = p(path),
            sheet = outside(sheet),
            found = outside(found)
        ),
        I::SheetOnText { path } => fl!("input-sheet-on-text", path = p(path)),
        I::NoHeader {
            path,
            sheet,
            other_sheets,
            first_row,
        } => {
            let mut text = match sheet {
                Some(sheet) => fl!(
                    "input-no-header-in-sheet",
                    path = p(path),
                    sheet = outside(sheet)
                ),
                None => fl!("input-no-header", path = p(path)),
            };
            if !other_sheets.is_empty() {
                let sheets = other_sheets.join(", ");
                text.push_str(&fl!("input-other-sheets", sheets = outside(&sheets)));
            }
            if !first_row.is_empty() {
                let titles: Vec<String> = first_row
                    .iter()
                    .map(|t| format!("\"{}\"", outside(t)))
                    .collect();
                text.push_str(&fl!("input-titles-read", titles = titles.join(", ")));
            }
            text
        }
        I::MissingColumn { path, row, missing } => fl!(
            "input-missing-column",
            path = p(path),
            missing = missing_columns(missing),
            row = row.to_string()
        ),
        I::UnknownHeader {
            path,
            header,
            found,
        } => fl!(
            "input-unknown-header",
            path = p(path),
            header = outside(header),
            found = outside(found)
        ),
        I::BadOverride(spec) => fl!("input-bad-override", spec = outside(spec)),
        I::ColumnsFile { path, line } => fl!(
            "input-columns-file",
            path = p(path),
            line = line.to_string()
        ),
        I::UnclosedQuote { path, row, column } => fl!(
            "input-unclosed-quote",
            path = p(path),
            row = row.to_string(),
            column = outside(column)
        ),
        I::WriteWorkbook(detail) => fl!("input-write-workbook", detail = outside(detail)),
    };
    (text, false)
}

/// The missing-column advice: which column, the headers found, and the
/// option (or mapping-file line) to type. Headers are the list's column
/// titles, not values, but written by someone else: made safe here.
fn missing_columns(m: &MissingColumns) -> String {
    let examples = m.examples(&fl!("input-column-title"));
    let flags: Vec<String> = examples
        .iter()
        .map(|(r, h)| format!("--column {}=\"{}\"", r.key(), outside(h)))
        .collect();
    let lines: Vec<String> = examples
        .iter()
        .map(|(r, h)| format!("{}={}", r.key(), outside(h)))
        .collect();
    let found = outside(&m.headers_quoted()).into_owned();
    // A "Nom Prénom" column: no --column can split it, so say that first
    // and how to split it, instead of suggesting to map it whole.
    if let Some(both) = &m.combined {
        return fl!(
            "input-combined-column",
            column = outside(both),
            found = found
        );
    }
    let roles: Vec<String> = m.roles.iter().map(|r| role(*r)).collect();
    if let [only] = roles.as_slice() {
        fl!(
            "input-missing-one-column",
            role = only.as_str(),
            found = found,
            flag = flags[0].as_str(),
            line = lines[0].as_str()
        )
    } else {
        let (last, first) = roles.split_last().expect("several roles");
        fl!(
            "input-missing-columns",
            roles = first.join(", "),
            last = last.as_str(),
            found = found,
            flags = flags.join(" "),
            lines = lines.join("\n    ")
        )
    }
}

/// A manifest field, as a refusal names it.
fn manifest_field(field: ManifestField) -> String {
    use ManifestField as F;
    match field {
        F::CampaignId => fl!("manifest-field", name = "campaign_id"),
        F::Name => fl!("manifest-field", name = "name"),
        F::ReferenceDate => fl!("manifest-field", name = "reference_date"),
        F::Created => fl!("manifest-field", name = "created"),
        F::Ages => fl!("manifest-field-ages"),
        F::KeyFingerprint => fl!("manifest-field", name = "key_fingerprint"),
        F::Mac => fl!("manifest-field", name = "mac"),
        F::CoordinatorRecipient => fl!("manifest-field", name = "coordinator.recipient"),
        F::Parties => fl!("manifest-field-parties"),
        F::PartyId(k) => fl!("manifest-field-party", name = "id", party = k.to_string()),
        F::PartyName(k) => fl!("manifest-field-party", name = "name", party = k.to_string()),
        F::PartyMaxRecords(k) => fl!(
            "manifest-field-party",
            name = "max_records",
            party = k.to_string()
        ),
        F::PartyContact(k) => fl!(
            "manifest-field-party",
            name = "contact",
            party = k.to_string()
        ),
        F::PartyRecipient(k) => {
            fl!(
                "manifest-field-party",
                name = "recipient",
                party = k.to_string()
            )
        }
    }
}

/// What is wrong with a manifest field.
fn field_problem(problem: FieldProblem) -> String {
    use FieldProblem as P;
    match problem {
        P::InvalidPartyId => fl!("field-invalid-party-id"),
        P::UnsafeCharacters => fl!("field-unsafe-characters"),
        P::TooLong { max } => fl!("field-too-long", max = max.to_string()),
        P::NotHex { digits } => fl!("field-not-hex", digits = digits.to_string()),
        P::DateOutOfRange => fl!("field-date-out-of-range"),
        P::EmptyWindow => fl!("field-empty-window"),
        P::NotRecipient => fl!("field-not-recipient"),
        P::Repeated => fl!("field-repeated"),
        P::CoordinatorRecipient => fl!("field-coordinator-recipient"),
        P::NoPartyOnSide { side } => fl!("field-no-party-on-side", side = side.to_string()),
        P::BoundOutOfRange { max } => fl!("field-bound-out-of-range", max = count(max)),
        P::EmptyContact => fl!("field-empty-contact"),
        P::NotPhone => fl!("field-not-phone"),
        P::NotEmail => fl!("field-not-email"),
    }
}

/// Which workbook limit was exceeded.
fn workbook_limit(limit: &WorkbookLimit) -> String {
    use WorkbookLimit as W;
    let mb = |bytes: u64| count(bytes >> 20);
    match limit {
        W::SharedStringsSize => {
            fl!(
                "workbook-limit-shared-strings",
                mb = mb(Limits::SHARED_STRINGS_BYTES)
            )
        }
        W::PartSize => fl!("workbook-limit-part", mb = mb(Limits::PART_BYTES)),
        W::TotalSize => fl!("workbook-limit-total", mb = mb(Limits::TOTAL_BYTES)),
        W::StringCount => fl!("workbook-limit-strings", max = count(Limits::CELLS)),
        W::Row { row } => fl!(
            "workbook-limit-row",
            row = row.to_string(),
            max = count(Limits::ROWS as u64)
        ),
        W::Column { row, column } => fl!(
            "workbook-limit-column",
            row = row.to_string(),
            column = outside(column).into_owned(),
            max = Limits::COLUMNS.to_string()
        ),
        W::Cells => fl!("workbook-limit-cells", max = count(Limits::CELLS)),
    }
}

/// The name of a kind of file croise writes (a [`croise::error::noun`]).
fn noun_words(what: &str) -> String {
    use croise::error::noun;
    match what {
        noun::TOKEN_FILE => fl!("noun-token-file"),
        noun::RESULT_FILE => fl!("noun-result-file"),
        noun::SUMMARY => fl!("noun-summary"),
        noun::MANIFEST => fl!("noun-manifest"),
        noun::KEY_FILE => fl!("noun-key-file"),
        noun::SEALED_AUTH_KEY => fl!("noun-sealed-key"),
        other => outside(other).into_owned(),
    }
}

/// What a file was recognised as (`croise::format::describe`).
fn found_words(found: &str) -> String {
    match found {
        "a token file" => fl!("file-kind-tokens"),
        "a result file" => fl!("file-kind-result"),
        "a match summary" => fl!("file-kind-summary"),
        "a campaign manifest" => fl!("file-kind-manifest"),
        "a campaign key file" => fl!("file-kind-key"),
        "the coordinator key sealed in a manifest" => fl!("file-kind-sealed-key"),
        "an encrypted file (age)" => fl!("file-kind-encrypted"),
        "an identity file (it holds a SECRET key)" => fl!("file-kind-identity"),
        other => outside(other).into_owned(),
    }
}

/// What is wrong inside a file.
fn file_problem(problem: &croise::error::FileProblem) -> String {
    use croise::error::FileProblem as P;
    match problem {
        P::Truncated => fl!("problem-truncated"),
        P::TruncatedRecords => fl!("problem-truncated-records"),
        P::TruncatedLinks => fl!("problem-truncated-links"),
        P::MalformedHeader => fl!("problem-malformed-header"),
        P::MalformedHeaderOf(what) => {
            fl!("problem-malformed-header-of", what = noun_words(what))
        }
        P::MalformedFormat(what) => fl!("problem-malformed-format", what = noun_words(what)),
        P::LengthMismatch => fl!("problem-length-mismatch"),
        P::RecordCountMismatch => fl!("problem-record-count-mismatch"),
        P::RecordShape => fl!("problem-record-shape"),
        P::LinkCountMismatch => fl!("problem-link-count-mismatch"),
        P::TooManyRecords => fl!("problem-too-many-records"),
        P::RecordsOutOfOrder => fl!("problem-records-out-of-order"),
        P::UnknownKeyKind => fl!("problem-unknown-key-kind"),
        P::UnknownConfidence => fl!("problem-unknown-confidence"),
        P::UnknownReason => fl!("problem-unknown-reason"),
        P::MalformedParty => fl!("problem-malformed-party"),
        P::CrlfLineEnds => fl!("problem-crlf-line-ends"),
        P::NoAuthentication => fl!("problem-no-authentication"),
        P::AuthenticationNotLast => fl!("problem-authentication-not-last"),
        P::NotA {
            expected,
            found: Some(found),
        } => fl!(
            "problem-not-a",
            found = found_words(found),
            expected = noun_words(expected)
        ),
        P::NotA {
            expected,
            found: None,
        } => fl!("problem-not-a-unknown", expected = noun_words(expected)),
        P::NotValid(what) => fl!("problem-not-valid", what = noun_words(what)),
        P::OtherKind { found, expected } => fl!(
            "problem-other-kind",
            found = file_kind(found),
            expected = noun_words(expected)
        ),
        P::NoKind(what) => fl!("problem-no-kind", what = noun_words(what)),
        P::NoFormat(what) => fl!("problem-no-format", what = noun_words(what)),
        P::SealedKeyOfOtherCampaign => fl!("problem-sealed-key-other-campaign"),
        P::Malformed(what) => fl!("problem-malformed", what = noun_words(what)),
        P::KeyMalformed => fl!("problem-key-malformed"),
    }
}

/// Why a report cannot be made.
fn report_error(e: &croise_report::ReportError) -> (String, bool) {
    use croise_report::{ReportError as R, SummaryProblem as S};
    let text = match e {
        R::Croise(inner) => return croise_error(inner),
        R::NoManifestFor {
            path,
            name,
            id,
            given,
        } => fl!(
            "report-no-manifest-for",
            path = p(path),
            name = name.as_str(),
            id = id.as_str(),
            given = given.join(", ")
        ),
        R::NeedsManifest => fl!("report-needs-manifest"),
        R::NoSummary => fl!("report-no-summary-given"),
        R::SameCampaignTwice {
            first,
            second,
            name,
        } => fl!(
            "report-same-campaign-twice",
            first = p(first),
            second = p(second),
            name = name.as_str()
        ),
        R::Inconsistent { path, problem } => fl!(
            "report-inconsistent",
            path = p(path),
            problem = match problem {
                S::UnknownSide { party, side } => fl!(
                    "summary-unknown-side",
                    party = party.as_str(),
                    side = side.as_str()
                ),
                S::PairNotInSummary {
                    justice,
                    mission_locale,
                } => fl!(
                    "summary-pair-not-in-summary",
                    justice = justice.as_str(),
                    mission_locale = mission_locale.as_str()
                ),
                S::PairTwice {
                    justice,
                    mission_locale,
                } => fl!(
                    "summary-pair-twice",
                    justice = justice.as_str(),
                    mission_locale = mission_locale.as_str()
                ),
                S::BadAge { party, age } => {
                    fl!(
                        "summary-bad-age",
                        party = party.as_str(),
                        age = age.as_str()
                    )
                }
                S::MoreByAgeThanRecords {
                    party,
                    known,
                    records,
                } => fl!(
                    "summary-more-by-age",
                    party = party.as_str(),
                    known = count(*known),
                    records = count(*records)
                ),
            }
        ),
    };
    (text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `found_words` keys on the library's English descriptions of a file
    /// (`croise::format::describe`): every description the library can give
    /// must have its words in the catalogue, or a French message would fall
    /// back to English without anyone noticing.
    #[test]
    fn every_file_description_has_catalogue_words() {
        crate::i18n::set(crate::i18n::Lang::Fr);
        let kinds = [
            croise::format::tokens::KIND,
            croise::format::result::KIND,
            croise::format::summary::KIND,
            croise::campaign::MANIFEST_KIND,
            croise::campaign::KEY_FILE_KIND,
            croise::campaign::AUTH_KEY_KIND,
        ];
        let mut descriptions: Vec<&str> = kinds
            .iter()
            .map(|k| croise::error::describe_kind(k).expect("a known kind"))
            .collect();
        descriptions.extend([
            croise::format::describe(b"age-encryption.org/v1\n").expect("age"),
            croise::format::describe(b"AGE-SECRET-KEY-1XYZ\n").expect("identity"),
        ]);
        for d in descriptions {
            assert_ne!(found_words(d), d, "no catalogue words for `{d}`");
        }
        use croise::error::noun;
        for n in [
            noun::TOKEN_FILE,
            noun::RESULT_FILE,
            noun::SUMMARY,
            noun::MANIFEST,
            noun::KEY_FILE,
            noun::SEALED_AUTH_KEY,
        ] {
            assert_ne!(noun_words(n), n, "no catalogue words for `{n}`");
        }
    }
}
