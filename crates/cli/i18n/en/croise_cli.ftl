# The croise command's texts in English (on request: `--lang en` or an
# English locale).
#
# Every message has the same id as in fr/croise_cli.ftl (a test checks it).
# Numbers, durations and dates arrive already written the English way
# (1,000, 0.4 s): `$n` only chooses the plural, `$count` is the number to
# show. Every value from outside (a party or campaign name, a list's header)
# was made safe for the screen before it got here. Scripts and tests read
# these texts: change one only on purpose.

## Final lines of main and of the progress display

line-error = croise: error: { $message }
line-cause = because: { $cause }
line-warning = croise: warning: { $notice }
line-finish = croise: { $summary } in { $elapsed }
progress-eta = ({ $eta } left)
stage-reading = reading
stage-tokenizing = tokenizing
stage-re-keying = re-keying
stage-linking = linking
stage-revealing = revealing
stage-generating = generating

## Names of the library's values

rows-and-more = { $shown } and { $more } more
column-none = (none)
rejection-missing-birth-date = no date of birth
rejection-partial-birth-date = partial date of birth (day or month 00)
rejection-impossible-birth-date = impossible date of birth
rejection-unreadable-birth-date = date of birth in an unknown format
rejection-missing-surname = no surname
rejection-missing-given-name = no given name
rejection-placeholder-name = placeholder name (INCONNU, X, SPC…)
rejection-placeholder-given-name = placeholder given name (X, SP, SPC…)
role-birth-name = surname (birth name)
role-usage-name = usage name
role-given-names = given names
role-birth-date = date of birth
role-sex = sex
role-local-id = local file number
confidence-sure = sure
confidence-probable = probable
confidence-to-review = to review
reason-given-name-differs = different first given name
reason-names-partly = surname only in part (usage name or double surname)
reason-names-near = name one letter off, or sounding alike
reason-day-month-swapped = day and month swapped
reason-date-one-digit = date one digit off
reason-same-year-only = same year only
reason-same-day-month-only = same day and month only, another year
reason-common-names = same names and date, but common ones (possible namesake)
reason-several-candidates = several candidates
reason-duplicate = possible duplicate (two rows of one list that look alike)
reason-january-first = date of birth 1 January (often a date given when the real one is unknown: compare another detail)
verdict-usable = OK
verdict-to-correct = to be corrected
verdict-usable-with-warnings = OK with warnings
verdict-unusable = cannot be used
encoding-utf8 = UTF-8
encoding-utf8-bom = UTF-8 with BOM
encoding-windows-1252 = Windows-1252
encoding-utf16-le = UTF-16 (little-endian)
encoding-utf16-be = UTF-16 (big-endian)
delimiter-semicolon = semicolon (;)
delimiter-comma = comma (,)
delimiter-tab = tab
delimiter-bar = vertical bar (|)
delimiter-other = other
workbook-xlsx = Excel workbook (.xlsx)
workbook-xlsb = Excel binary workbook (.xlsb)
workbook-xls = Excel 97-2003 workbook (.xls)
workbook-ods = OpenDocument spreadsheet (.ods)
list-format-csv = CSV, { $encoding }, { $delimiter } delimiter, { $line_ends } line ends
list-format-workbook = { $kind }, sheet "{ $sheet }"
notice-mixed-encoding = the file mixes two text encodings ({ $count } line(s) differ from the rest: { $rows }); each line was read in its own encoding. Save the list again from one program to clean it
file-kind-tokens = a token file
file-kind-result = a result file
file-kind-summary = a match summary
file-kind-manifest = a campaign manifest
file-kind-key = a campaign key file
file-kind-sealed-key = the coordinator key sealed in a manifest
file-kind-encrypted = an encrypted file (age)
file-kind-identity = an identity file (it holds a SECRET key)
noun-token-file = token file
noun-result-file = result file
noun-summary = match summary
noun-manifest = campaign manifest
noun-key-file = campaign key file
noun-sealed-key = coordinator key sealed in the manifest
problem-truncated = truncated
problem-truncated-records = truncated records
problem-truncated-links = truncated links
problem-malformed-header = malformed header
problem-malformed-header-of = malformed { $what } header
problem-malformed-format = malformed { $what } header (format)
problem-length-mismatch = its length does not match its content
problem-record-count-mismatch = its record count does not match its content
problem-record-shape = its records are not of the fixed shape of the match-key scheme
problem-link-count-mismatch = its link count does not match its content
problem-too-many-records = too many records
problem-records-out-of-order = its records are not in handle order, or repeat a handle
problem-unknown-key-kind = unknown key kind
problem-unknown-confidence = unknown confidence level
problem-unknown-reason = unknown reason for a link's confidence
problem-malformed-party = malformed party
problem-crlf-line-ends = its line ends were changed to CRLF, as a text editor or a mail program does, so it no longer matches its authentication. Use the file exactly as croise wrote it
problem-no-authentication = it has no [authentication] table at its end: it is not a complete match summary
problem-authentication-not-last = its [authentication] table is not at the very end
problem-not-a = this is { $found }, not a { $expected }
problem-not-a-unknown = not a { $expected } (unknown content)
problem-not-valid = not a valid { $what }
problem-other-kind = this is { $found }, not a { $expected }
problem-no-kind = not a valid { $what } (it does not say what it is: no `kind`)
problem-no-format = not a valid { $what } (it has no `format` version)
problem-sealed-key-other-campaign = the coordinator key sealed in it belongs to another campaign
problem-malformed = the { $what } is malformed
problem-key-malformed = the key it holds is malformed
file-kind-other = a `{ $kind }` file
date-ambiguous = `{ $text }` can be read two ways: { $first_words } or { $second_words }. Type it as { $first } or { $second } (year-month-day)
date-invalid = `{ $text }` is not a date: use YYYY-MM-DD, e.g. 2026-10-01
cannot-create = cannot create { $path }
cannot-write-into = cannot write into { $path }
cannot-create-temp = cannot create a temporary folder

## croise identity

identity-written = Identity written to { $path } (secret: keep it on this workstation).
identity-check-code = Check code of this recipient, to read on the phone: { $code }
identity-share = Your public recipient, to give to the campaign organiser:

## croise campaign

campaign-not-here = there is no campaign.toml in the current folder ({ $folder }), where croise looks for the campaign's manifest by default. Add --campaign with its path (e.g. --campaign campagne/campaign.toml), or run croise from the folder that holds it
campaign-not-here-found = there is no campaign.toml in the current folder ({ $folder }), where croise looks for the campaign's manifest by default; there is one in { $found }: add --campaign { $found }
campaign-contact-spec = `{ $spec }` is not a contact: write --contact ID="Name;phone;e-mail"
campaign-contact-unknown = --contact names party `{ $id }`, which no --party gives
campaign-created = Campaign “{ $name }” created in { $dir }.
campaign-created-reference = reference date: { $date }, ages { $min } to { $max } (excluded) on that day — check it before sending anything
campaign-created-manifest = manifest: { $path } (public: send it to every participant)
campaign-created-key-file = key file for { $party }: { $path } (send it to { $party } only)
campaign-created-bound = bound for { $party }: at most { $max ->
        [one] { $count } record
       *[other] { $count } records
    } per token file
campaign-created-fingerprint = key fingerprint: { $fingerprint } — every participant sees the same one
campaign-created-digest = manifest digest: { $digest } — every participant and the coordinator compare it with you by phone
campaign-shown-as-written =
    (shown as written; authenticity is checked when the manifest is used with a key.
     Compare the digest and the recipients by phone with the organiser.)
campaign-party-spec = --party `{ $spec }`: expected ID:SIDE:RECIPIENT[:NAME], e.g. stemo-nancy:justice:age1…:STEMO de Nancy
manifest-title = Campaign “{ $name }” ({ $id })
manifest-window = reference date { $date }, ages { $min } to { $max } (excluded), scheme { $scheme }
manifest-fingerprint = key fingerprint { $fingerprint }
manifest-digest = manifest digest { $digest }
manifest-coordinator = coordinator recipient { $recipient }
manifest-party = party { $id } { $side } { $name }
manifest-check-code = check code { $code }
manifest-contact = contact { $contact }
manifest-party-recipient = recipient { $recipient }
manifest-party-bound = at most { $max ->
        [one] { $count } record
       *[other] { $count } records
    } per token file
manifest-opened = Campaign “{ $name }”: reference date { $date }, ages { $min } to { $max } (excluded)

## croise check

check-source-campaign = from the campaign “{ $name }”
check-source-given = given
check-source-today = today; use --campaign or --reference-date for the campaign's
check-checking = Checking { $path }
check-reference = Reference date: { $date } ({ $source })
check-list-unreadable = Verdict: cannot be used — croise cannot read this list (see the error below).
check-row-unreadable = Verdict: cannot be used — a row cannot be read (see the error below).
check-warning-sex = sex code not recognised in column { $column } on { $count } row(s): { $rows } (croise reads codes such as M/F, H/F or 1/2, and the words for male and female; sex is not used for matching, so these rows are kept)
check-warning-extra-cells = { $count } row(s) have more cells than the header row: { $rows }. In a CSV, a value holding the delimiter may have shifted their columns: check these rows in your spreadsheet
check-warning-nobody = nobody is in the age window on { $date }: check the reference date (--reference-date or --campaign) and that column { $column } holds dates of birth
check-warnings = Warnings:
check-verdict = Verdict: { $verdict } — { $advice }
check-to-correct = { $list } would lose too many rows; see the verdict above
check-advice-to-correct = { $rejected } of { $total } rows ({ $share }%) would be rejected, more than the { $max }% allowed; most for: { $reason } (column { $column }). Those young people could not be matched: correct those rows in your spreadsheet and run croise check again. If they cannot be corrected, croise tokenize --accept-losses will leave them out.
check-unusable = { $list } cannot be used as it is; see the verdict above
check-format = Format: { $format }
check-header-row = Header row: { $row }
check-header-row-skipped = Header row: { $row } (the { $count } row(s) above it are skipped)
check-columns = Columns:
check-column-usage-name-none = (none; optional)
check-column-sex-none = (none; optional, not used for matching)
check-column-local-id-none = (none; optional: reveal finds your rows by row number in the snapshot tokenize keeps)
check-columns-unused = not used
check-rows-read = Rows read: { $count }
check-usable = usable: { $count }
check-age = age { $age }: { $count }
check-in-window = in the age window ({ $min } <= age < { $max } on { $date }): { $count }{ $by_age }
check-outside = outside it: { $young } younger, { $old } older
check-january-first = born on 1 January: { $count } (often written when the real date is unknown: such matches are weaker)
check-rejected = rejected: { $count }
check-rejected-reason = { $reason } (column { $column }): { $count } — row(s) { $rows }
check-duplicates-none = Likely duplicates: none
check-duplicates = Likely duplicates (the same young person by the coordinator's rule: same date of birth, and names equal or one typing error apart, or the same first given name with the usage name or a part of a double surname): { $count } group(s)
check-duplicate-rows = rows { $rows }
check-duplicates-more = and { $count } more group(s)
check-advice-usable = the list can be tokenized as it is. Next: croise tokenize with the same list and options.
check-advice-usable-with-warnings = the list can be tokenized
check-advice-rejected = ; the { $count } rejected row(s) will be left out. To include them, correct those rows in your spreadsheet and run croise check again
check-advice-duplicates = ; rows of one young person count once, and those with the same names come back under one match number, but remove the extra rows if they are the same person
check-advice-end = .
check-advice-warned = { " " }Look at the warnings above before you tokenize.
check-advice-no-data = there is no data row below the header (row { $row }). Check that you exported the whole list.
check-advice-nobody = no row gives a person. Check the list and run croise check again.
check-advice-mostly-rejected = { $rejected } of { $total } rows are rejected, most for: { $reason } (column { $column }). If that column is not the right one, fix the mapping with --column ROLE=HEADER or --columns-file; otherwise correct those rows in your list. Then run croise check again.

## croise tokenize

tokenize-rows-read = rows read:               { $count }
tokenize-kept = kept (in the age window): { $count }
tokenize-outside = outside the age window:  { $count }
tokenize-rejected = rejected:                { $count }
tokenize-rejected-reason = { $reason } ({ $column } column): { $count } — row(s) { $rows }
tokenize-duplicates = likely duplicates:      { $count } row(s) look like another row of your list (the coordinator counts each group as one young person)
tokenize-duplicates-skipped = likely duplicates:      not looked for above { $max } young people, not to double the time; croise check { $list } looks for them
tokenize-duplicate-rows = rows { $rows } look like the same young person
tokenize-snapshot = Snapshot of your list written to { $path } (it holds names: keep it on this workstation and never send it; reveal uses it, so you may edit or re-save the list).
tokenize-written = Token file written to { $path } — send it to the coordinator.
tokenize-finish = tokenized { $rows_n ->
        [one] { $rows } row
       *[other] { $rows } rows
    } into { $records_n ->
        [one] { $records } record
       *[other] { $records } records
    } and { $tokens_n ->
        [one] { $tokens } token
       *[other] { $tokens } tokens
    }

## croise match

match-partial = Warning: partial match, with no token file from { $parties }; their records could not be linked. Every result file says so.
match-written = Result files and summary written to { $dir }. Send each PARTY.result.age to its party.
match-finish = matched { $records_n ->
        [one] { $records } record
       *[other] { $records } records
    } of { $parties_n ->
        [one] { $parties } party
       *[other] { $parties } parties
    } ({ $candidates_n ->
        [one] { $candidates } candidate pair
       *[other] { $candidates } candidate pairs
    }) into { $links_n ->
        [one] { $links } link
       *[other] { $links } links
    }
summary-submitted = Records submitted:
summary-party = { $id } { $side } { $records_n ->
        [one] { $records } record,
       *[other] { $records } records,
    } { $linked } linked (bound { $max })
summary-links = Links (sure / probable / to review):
summary-total = total: { $total } links ({ $sure } sure, { $probable } probable, { $to_review } to review)
summary-reasons = why not sure (links):
summary-reason = { $confidence }, { $reason }: { $count }

## croise reveal

reveal-format-conflict = --out ends in .{ $extension } but --format is { $format }: make them agree
reveal-token-not-result = { $path } is a token file, not a result file: it is what tokenize wrote for the coordinator. Pass with --result the { $party }.result.age file the coordinator sent you after the match
reveal-rows-linked = { $count } of your rows were linked.
reveal-same-youth = match { $number }: rows { $rows } are the same young person (on your list more than once)
reveal-confidence = { $confidence }: { $count }
reveal-reason = { $reason }: { $count }
reveal-partial = Warning: partial result. The { $n ->
        [one] list of { $parties } never reached the coordinator: your rows could not be linked with it.
       *[other] lists of { $parties } never reached the coordinator: your rows could not be linked with them.
    }
reveal-sizes = Records submitted by each party (and its bound):
reveal-size = { $id } { $side } { $records_n ->
        [one] { $records } record
       *[other] { $records } records
    } (bound { $max })
outlier = Warning: the records of { $party } linked { $linked } of the { $other } records of the other side ({ $percent } %), more than the { $threshold } % an ordinary list links. It may have submitted a dictionary of likely people: every party's result says so; ask it before acting on these links.
reveal-outlier = Warning: the coordinator flags { $party }: its records linked more than { $threshold } % of the other side's records. It may have submitted a dictionary of likely people; check with the coordinator before acting on the links.
reveal-from-snapshot = Rows taken from the snapshot kept by tokenize ({ $path }): changes made to the list since then do not matter.
reveal-snapshot-list-differs = { $list } has changed since tokenize: croise used the snapshot kept by tokenize ({ $path }), the rows exactly as they were tokenized.
reveal-no-snapshot = no snapshot of your list at { $path }, and no list given. Give the list you tokenized (croise reveal LIST --result …), or the snapshot written by tokenize (--snapshot FILE)
reveal-status-linked = linked
reveal-status-not-linked = not linked
reveal-status-out-of-window = outside the age window
reveal-status-rejected = rejected: { $reason } ({ $column } column)
reveal-all-rows-written = Every row of your list written to { $path } with a "Statut" column: linked { $linked }, not linked { $not_linked }, rejected { $rejected }, outside the age window { $outside } (it holds names: keep it on this workstation).
reveal-written = Linked rows written to { $path } (it holds names: keep it on this workstation).
reveal-finish = revealed { $n ->
        [one] { $count } linked row
       *[other] { $count } linked rows
    }

## croise demo

demo-not-empty = { $dir } is not empty; give a new or empty folder to --keep
demo-intro = croise demo — invented people only. Working folder: { $dir }
demo-step-identities = 1. Every participant creates its identity (once)
demo-recipient = { $who } public recipient { $recipient }…
demo-coordinator = coordinator
demo-step-campaign = 2. The organiser (STEMO de Nancy) creates the campaign
demo-manifest-to-all = The manifest goes to everyone; each key file goes to its party only, encrypted to it.
demo-no-key = The coordinator receives no key: it can never recompute a token.
demo-step-tokenize = 3. Each data holder tokenizes its own list, on its own workstation
demo-reads = { $name } ({ $id }) reads { $path }:
demo-format = format: { $encoding }, { $delimiter } delimiter, header on row { $row }
demo-sent = → { $path } ({ $size } bytes, encrypted to the coordinator) sent to the coordinator
demo-step-match = 4. The coordinator matches the token files
demo-coordinator-sees = What the coordinator sees: opaque handles and tokens, and these counts.
demo-handle = For example, one handle of { $party }: { $handle } (it means nothing without the list).
demo-result-encrypted = Each party's result is encrypted to that party alone.
demo-step-reveal = 5. Each data holder reveals its own results, locally
demo-flagged = { $name } — { $n ->
        [one] { $count } young person flagged
       *[other] { $count } young people flagged
    } (written to { $path }):
demo-link = match { $number }  { $partner } { $confidence }  row { $row }  { $surname } { $given } ({ $birth })
demo-why = why not sure: { $reasons }
demo-end = The educator and the counsellor now talk about “match 0001”, never by name in a mail.

## croise sample and evaluate

sample-written = Wrote { $justice } justice rows and { $mission_locale } Mission Locale rows ({ $links } true links, { $in_window } in the age window) to { $dir } in { $elapsed }.
evaluate-size = --size `{ $size }`: expected JUSTICE_ROWS:MISSION_LOCALE_ROWS, e.g. 1000:3000
evaluate-running = evaluating { $preset } { $justice }×{ $mission_locale }…

## croise report

report-no-manifest-for = { $path }: this summary is of campaign “{ $name }” ({ $id }), and no manifest of that campaign was given (given: { $given }). Add --campaign with that campaign's campaign.toml
report-needs-manifest = a report needs the campaign manifest (--campaign)
report-no-summary-given = a report needs at least one match summary
report-same-campaign-twice = { $first } and { $second } are two summaries of the same campaign “{ $name }”: give one summary per campaign (the latest run)
report-inconsistent = { $path }: { $problem }
summary-unknown-side = party `{ $party }` has an unknown side `{ $side }`
summary-pair-not-in-summary = it counts links between `{ $justice }` and `{ $mission_locale }`, which are not a STEMO and a Mission Locale of this summary
summary-pair-twice = it counts links between `{ $justice }` and `{ $mission_locale }` twice
summary-more-by-age = party `{ $party }` has more records counted by age ({ $known }) than records ({ $records })
summary-bad-age = party `{ $party }` has records counted under age `{ $age }`
report-no-summary = Note: no summary of campaign “{ $name }” was given; its manifest is not used.
report-already-exists = { $path } already exists; croise never overwrites a file. Choose another folder (--out-dir) or move the report away first
report-cannot-write-page = cannot write the report page
report-cannot-write-table = cannot write the report table
report-on = Report on { $count } campaign(s), threshold { $threshold }:
report-campaign = { $name } (reference date { $date }): { $shown } figures shown as <{ $threshold }, { $masked } masked to protect them
report-below-default = Warning: threshold { $threshold } is below the usual rule of 5; the report says so.
report-unprotectable = Warning: { $count } hidden figure(s) can still be deduced from the labels alone (e.g. four “<{ $threshold }” under a “<{ $threshold }” total are 1 each). No masking can prevent it; only fewer, larger organisations in the campaign would. Think before sharing.
report-page = page:  { $path }
report-table = table: { $path }

## Errors: one per typed variant of the library. They name the file, the
## row and the column, never a value from a list.

io-not-found = no such file or folder. Check its name and the folder you are in
io-permission-denied = permission denied. Check that you may read or write there, and that the file is not open in another program
io-is-a-directory = it is a folder, not a file
io-storage-full = the disk is full
io-other = system error ({ $error })
error-io = cannot read or write { $path }: { $reason }
error-already-exists = { $path } already exists; croise never overwrites a file it did not just create. Choose another name or move the file away
error-not-encrypted = { $path } is not an encrypted croise file (it does not start like an age file){ $hint }
mangling-utf16 = { " " }— it was re-encoded as UTF-16, as Windows PowerShell does with `>`; copy the file itself instead of redirecting output
mangling-empty = { " " }— it is empty
mangling-line-ends = { " " }— its line ends were changed (CRLF), as a text editor or a mail program does. Transfer it as a file, unchanged
mangling-unknown = { "" }
error-not-for-this-identity = { $path } is not for you: it was encrypted for another participant. Check that you passed your own identity file (--identity) and the file meant for you
error-damaged = { $path } is damaged or truncated (decryption failed its integrity check). Ask for the file again
error-invalid-identity = { $path } is not a valid croise identity file: { $problem }
identity-not-text = it is not a text file
identity-utf16 = it was re-encoded as UTF-16, as Windows PowerShell does with `>`; use the file written by `croise identity new`
identity-public-recipient = it holds a public recipient (age1…), not a secret identity; pass the file written by `croise identity new`
identity-not-secret-key = its key line is not an age secret key (AGE-SECRET-KEY-1…)
identity-several-keys = it holds more than one key
identity-no-key = it holds no key
error-secret-key-given = `AGE-SECRET-KEY-… (a SECRET key: never paste it anywhere)` is not an age public recipient (it should start with age1…)
error-truncated-recipient = `{ $shown }` is incomplete (cut off): an age public recipient has { $expected } characters, this one has { $length }. Copy the whole line again, as `croise identity show` prints it
error-bad-recipient = `{ $shown }` is not an age public recipient (it should start with age1…)
error-secret-file-too-open = { $path } can be read by other users of this computer; it holds a secret. Restrict it to yourself (e.g. `chmod 600 { $path }`) and try again
error-no-randomness = the system gave no randomness: croise cannot draw a secret. Try again; if it persists, tell your IT service
error-cannot-encrypt = encryption failed (a write error). Check the free space and the folder's permissions, and try again
error-invalid-file = { $path }: { $reason }
error-not-text-utf16 = { $path }: it was re-encoded as UTF-16 (as Windows PowerShell does with `>`); copy the original file instead
error-not-text = { $path }: it is not a UTF-8 text file
error-not-authentic = { $path } has been altered or was not made by a holder of this campaign's key (authentication failed)
error-other-campaign = { $path } belongs to another campaign ({ $found }), not to this one ({ $expected })
error-other-key = { $path } was made with another campaign key than the one in the manifest (fingerprint { $found }, expected { $expected })
error-unsupported-format = { $path }: { $what } format { $found } is not supported by this version of croise (it reads format { $supported }){ $advice }
# English shows the library's own advice instead (it may say more); these
# two are the other languages' general advice.
format-newer = : it was made by a newer version of croise. Every participant must use the same version
format-older = : it was made by an older version of croise. Every participant must use the same version
error-manifest-not-issued = { $path } is not the manifest { $issued_with } was issued with: it was changed after the campaign was created (its digest is { $digest }). Get campaign.toml again from the organiser and compare its digest by phone (croise campaign show)
error-unknown-party = { $path } comes from party `{ $party }`, which is not in the campaign manifest
error-partial-campaign = no token file from { $parties }: the campaign is not complete. Wait for every party's file, or match without { $n ->
        [one] it
       *[other] them
    } with --partial (their rows then cannot be linked, and every result says so)
error-too-many-lost = { $path }: { $lost } of its { $total } rows would be left out ({ $reasons }), more than the { $max } % croise leaves out without being told to. Correct those rows in your spreadsheet (croise check lists them) and run again; or, if they cannot be corrected, run again with --accept-losses: those people will not be matched
lost-reason = { $count } { $reason }
error-manifest-field = { $path }: { $field } { $problem }. This manifest was edited or forged: get campaign.toml again from the organiser and compare its digest by phone (croise campaign show)
manifest-field = field `{ $name }`
manifest-field-ages = fields `min_age` and `max_age`
manifest-field-parties = the list of parties
manifest-field-party = field `{ $name }` of party { $party }
field-invalid-party-id = is not a valid party identifier (lower-case letters, digits and hyphens, at most 64)
field-unsafe-characters = holds control, format or bidirectional characters, which can hide or reorder what is shown
field-too-long = is longer than { $max } characters
field-not-hex = is not { $digits } hexadecimal digits
field-date-out-of-range = is not a date between 2000 and 2199
field-empty-window = give an empty age window
field-not-recipient = is not an age public recipient (age1…)
field-repeated = is the same as another party's
field-coordinator-recipient = is the coordinator's recipient
field-empty-contact = is empty (no name, phone or e-mail)
field-not-phone = has a phone number with other characters than digits, spaces and + . - ( )
field-not-email = has an e-mail address without exactly one @, or with a space
field-no-party-on-side = has no `{ $side }` party
field-bound-out-of-range = is not a number of records from 1 to { $max }
error-duplicate-party = { $first } and { $path } both come from party `{ $party }`; give one token file per party
error-over-bound = { $path } holds { $records_n ->
        [one] { $records } record
       *[other] { $records } records
    }, more than the { $max } the manifest allows party `{ $party }`: a submission larger than its bound could be a dictionary of likely people, and is refused. If the list really is larger, the organiser must create a new campaign with a larger bound
error-list-over-bound = { $path }: { $records_n ->
        [one] { $records } row kept
       *[other] { $records } rows kept
    }, more than the { $max } the campaign allows party `{ $party }`; the coordinator would refuse the token file. Check that this is the right list (only the young people of the campaign's age window count); if it is, ask the organiser for a new campaign with a larger bound (--max-records)
error-record-shape = { $path } holds a record that no person gives: record { $record } has { $count } tokens of kind { $kind }, where every record has exactly { $max }. croise never writes such a file; it was made by hand, and is refused
error-counts-disagree = { $path } disagrees with its own header: { $records } records, but { $kept } rows kept ({ $detail }). croise never writes such a file; it was made or changed by hand, and is refused
counts-records-not-kept = one record is made of each kept row
counts-ages-not-kept = the kept rows by age add up to { $by_age }
counts-rows-not-read = { $rows_read } rows read, but kept, out-of-window and rejected rows add up to { $accounted }
error-other-scheme = { $path } uses match-key scheme `{ $found }`, but this version of croise and this campaign use `{ $expected }`. Every party must use the same version of croise; for an older campaign, create a new one
error-list-changed = { $path } is not the list that was tokenized for this result (its content differs). Reveal needs the exact same file, unchanged
error-not-coordinator = { $path }: this identity is not the coordinator's of this campaign. Pass the coordinator's identity file with --identity
error-wrong-kind = { $path }: this is { $found }, not { $expected }
error-other-party = { $path }: this result is for party `{ $party }`, not for you (`{ $you }`)
error-rows-missing = { $path }: { $count } linked record(s) of this result are not in the list; reveal needs the list exactly as tokenized
error-snapshot-other = { $path }: this is not the snapshot of your list for this campaign (it was written for another campaign or party, or is another kind of file). Pass the PARTY.snapshot.age that tokenize wrote for this campaign (--snapshot), or the list itself
error-unknown-side = unknown side `{ $side }`: use `justice` (STEMO/STEMOI) or `mission-locale`
plan-bad-campaign-name = the campaign name { $problem }; type it again (--name)
plan-bad-contact = the contact of party `{ $party }` { $problem }; type it again (--contact { $party }="Name;phone;e-mail")
plan-bad-party-name = the name of party `{ $party }` { $problem }; type it again (--party)
plan-no-name = the campaign needs a name (--name)
plan-empty-window = the age window is empty: minimum age { $min } is not below maximum age { $max }
plan-no-party-on-side = the campaign needs at least one `{ $side }` party (--party ID:{ $side }:RECIPIENT)
plan-bad-party-id = party identifier `{ $id }` is not valid: use lower-case letters, digits and hyphens (e.g. stemo-nancy)
plan-party-twice = party `{ $id }` is listed twice
plan-party-is-coordinator = party `{ $id }` has the coordinator's recipient: the coordinator must never hold the campaign key. Each party needs its own identity
plan-shared-recipient = party `{ $id }` has the same recipient as another party: each party needs its own identity
plan-bad-bound = the bound of party `{ $id }` is not a number of records from 1 to { $max } (--max-records)
campaign-max-records-spec = “{ $spec }” is not of the form ID=NUMBER (for example ml-nancy=3000)
campaign-max-records-unknown = --max-records names `{ $id }`, which is not a party (--party)
input-io = cannot read { $path }: { $reason }
input-workbook-too-large = { $path } is too large for croise: { $limit }. A list croise reads has at most { $rows } rows of { $columns } columns. Save the list alone, as CSV or in a new workbook, and try again
workbook-limit-shared-strings = its text (shared strings) takes more than { $mb } MB uncompressed
workbook-limit-part = one of its parts takes more than { $mb } MB uncompressed
workbook-limit-total = it takes more than { $mb } MB uncompressed
workbook-limit-strings = it declares more than { $max } distinct texts
workbook-limit-row = row { $row } has a cell below row { $max }, the last a spreadsheet can hold
workbook-limit-column = row { $row } has a cell in column { $column }, right of column IV (the { $max }th)
workbook-limit-cells = the sheet has more than { $max } cells (counted from column A to each row's last cell)
input-empty = { $path } is empty. Export your list again from your spreadsheet or information system
input-binary = { $path } does not look like a list: it contains binary data. Export it from your spreadsheet as CSV or .xlsx and try again
input-not-a-spreadsheet = { $path } is an archive or document, not a spreadsheet croise can read. Save your list as .xlsx, .ods or CSV and try again
input-unreadable-workbook = { $path } looks like an { $kind } but cannot be read: it may be damaged or password-protected. Open it in your spreadsheet, save a copy without password (as .xlsx or CSV) and try again
input-no-such-sheet = { $path }: there is no sheet "{ $sheet }". Sheets in this workbook: { $found }. Give one of them to --sheet (its name or its number, 1 for the first)
input-empty-sheet = { $path }: the sheet "{ $sheet }" is empty. Sheets in this workbook: { $found }. Choose the one holding the list with --sheet NAME
input-sheet-on-text = { $path }: --sheet applies to workbooks (.xlsx, .xls, .ods) only, and this file is a CSV list. Remove --sheet
input-titles-read = . The first row holds: { $titles }; name the right ones with --column, e.g. --column surname="…" --column given-names="…" --column birth-date="…"
input-no-header = { $path }: no header row found in the first 30 rows. croise looks for column titles such as NOM, PRENOM, DATE DE NAISSANCE. Add a row of column titles above the data, or name the columns with --column ROLE=HEADER
input-no-header-in-sheet = { $path }: no header row found in the first 30 rows of the sheet "{ $sheet }". croise looks for column titles such as NOM, PRENOM, DATE DE NAISSANCE. Add a row of column titles above the data, or name the columns with --column ROLE=HEADER
input-other-sheets = . This workbook has other sheets ({ $sheets }): if the list is on one of them, choose it with --sheet NAME
input-missing-column = { $path }: { $missing }. (The header row is row { $row }.)
input-missing-one-column = the { $role } column is missing. Headers found: { $found }. Tell croise which column holds it, e.g. { $flag }, or put the line `{ $line }` in a mapping file given with --columns-file FILE
input-missing-columns = the { $roles } and { $last } columns are missing. Headers found: { $found }. Tell croise which columns hold them, e.g. { $flags }, or put these lines in a mapping file given with --columns-file FILE:
    { "    " }{ $lines }
input-combined-column = the column "{ $column }" seems to hold the surname and the given names together, and croise needs them in two columns (no --column can split one). In your spreadsheet, insert an empty column to its right, select the column and use Data > Text to Columns (separator: space), title the two columns NOM and PRENOM, save, and run croise again: it finds them by those titles (with other titles, add --column surname="TITLE" --column given-names="TITLE"). Headers found: { $found }
input-column-title = COLUMN TITLE
input-unknown-header = { $path }: the column mapping names the header "{ $header }", which is not in the file. Headers found: { $found }. Correct the header in --column or in the mapping file
input-bad-override = --column `{ $spec }`: expected ROLE=HEADER with ROLE one of surname, usage-name, given-names, birth-date, sex, id (e.g. --column birth-date="Né(e) le")
input-columns-file = { $path }, line { $line }: expected ROLE=HEADER with ROLE one of surname, usage-name, given-names, birth-date, sex, id (e.g. birth-date=Né(e) le). Correct that line
input-unclosed-quote = { $path }: row { $row }, column { $column }: a quote (") opened in this cell is never closed, so the rows after it were read as part of the cell. Remove the stray quote in your spreadsheet or text editor and save again
input-write-workbook = cannot write the workbook: { $detail }

## The command line: the parser's errors (English ones are clap's own;
## these are used only where a language words them itself)

parse-missing-argument = the following required argument was not provided: { $arg }
parse-missing-command = a command is required.
parse-unknown-argument = unexpected argument '{ $arg }' found.
parse-unknown-command = unrecognized subcommand '{ $command }'.
parse-did-you-mean = { " " }Did you mean '{ $suggestion }'?
parse-no-value = { $arg } needs a value.
parse-invalid-value = invalid value '{ $value }' for '{ $arg }'.
parse-possible-values = { " " }[possible values: { $values }]
parse-bad-value = invalid value '{ $value }' for '{ $arg }'.
parse-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'.
parse-twice = the argument '{ $arg }' cannot be used multiple times.
parse-wrong-number = { $arg } has too many values, or not the right number.
parse-usage = Usage: { $usage }
parse-more-help = For more information, try '--help'.

## The command line: help (--help)

clap-usage-heading = Usage:
clap-commands-heading = Commands
clap-arguments-heading = Arguments
clap-options-heading = Options
clap-default = [default: { $values }]
clap-possible-values = [possible values: { $values }]
clap-help = Print help
clap-help-short = Print help (see more with '--help')
clap-help-long = Print help (see a summary with '-h')
clap-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help-command-arg = The subcommand whose help message to display
value-command = COMMAND
value-file = FILE
value-list = LIST
value-dir = DIR
value-name = NAME
value-date = DATE
value-lang = LANG
value-column = ROLE=HEADER
value-token-file = TOKEN_FILE
value-summary = SUMMARY
value-contact = ID="NAME;PHONE;E-MAIL"
value-recipient = RECIPIENT
value-party = ID:SIDE:RECIPIENT[:NAME]

welcome =
    croise crosses a STEMO/STEMOI list and a Mission Locale list without sending a single name.

    To start:
      croise ui                                do everything in your browser (the simplest)
      croise identity new --out identity.txt   create your identity (once)
      croise check YOUR-LIST.csv               check that croise reads your list right
      croise demo                              see the whole flow on invented people

    Step-by-step guide (in French): docs/guide-utilisateur.md. Every command: croise --help
help-croise = Privacy-preserving crossing of STEMO and Mission Locale lists.
help-croise-long =
    Privacy-preserving crossing of STEMO and Mission Locale lists.

    Each data holder tokenizes its own list on its own workstation; a coordinator, who never holds the campaign key, matches the token files; each data holder reveals its own results locally. No name, date of birth or file number ever leaves a workstation.

    Start with `croise demo` to see the whole flow on invented people.
arg-lang = Language of the messages [default: French if your system is in French, else English]
arg-quiet = Show no progress bar and no final line with the elapsed time
arg-quiet-long =
    Show no progress bar and no final line with the elapsed time.

    Progress is drawn on standard error only when it is a terminal; the final line (counts and elapsed time, on standard error) is printed unless this option is given.
arg-campaign = The campaign manifest
arg-key = Your campaign key file (PARTY.key.age), received from the organiser
arg-identity = Your identity file (from `croise identity new`)
arg-coordinator-identity = Your (the coordinator's) identity file
arg-column = Say which column holds what when croise cannot tell: ROLE=HEADER, ROLE being surname, usage-name, given-names, birth-date, sex or id (e.g. --column birth-date="Né(e) le"). `ROLE=` alone: no column holds it. Repeat for each role
arg-columns-file = A mapping file: one ROLE=HEADER line per role, `#` starting a comment. Keep it beside your list to reuse it every time
arg-sheet = The sheet of a workbook to read: its name, or its number (1 for the first) [default: the first visible sheet]
arg-reference-date = Reference date of the age window (YYYY-MM-DD)

help-identity = Create or show your own age identity (every participant, once)
help-identity-new = Create your identity file and print the public recipient to share
help-identity-new-long =
    Create your identity file and print the public recipient to share.

    The file is secret: it is written readable by you only, and croise refuses to use it if others can read it. Share only the printed recipient (age1…) with the campaign organiser.
arg-identity-new-out = Where to write the secret identity file
help-identity-show = Print the public recipient of an identity file
arg-identity-show-identity = Your identity file

help-campaign = Create or show a campaign (the organiser, a data holder)
help-campaign-new = Create a campaign: the public manifest and one key file per party
help-campaign-new-long =
    Create a campaign: the public manifest and one key file per party.

    Writes DIR/campaign.toml (public: send it to every participant) and DIR/keys/PARTY.key.age (send each to its party only; each is encrypted to that party). The coordinator gets no key file.

    Example:
      croise campaign new --name "Grand Est 2026-T4" --reference-date 2026-10-01 --party "stemo-nancy:justice:age1…:STEMO de Nancy" --party "ml-nancy:mission-locale:age1…:Mission Locale du Grand Nancy" --coordinator age1… --out campagne
arg-campaign-name = Campaign name shown to everyone
arg-campaign-min-age = Youngest age kept (inclusive) at the reference date
arg-campaign-max-age = Age from which people are no longer kept (exclusive)
arg-campaign-contact = The referent partners call about a match, for party ID: ID="Name;phone;e-mail" (correspondant insertion, conseiller référent justice). Optional; repeat for each party
arg-campaign-party = A data-holding party: ID:SIDE:RECIPIENT[:NAME], SIDE being `justice` or `mission-locale`. Repeat for each party
arg-campaign-max-records = A party's bound: ID=NUMBER, the most records its token file may hold; `croise match` refuses a larger file. Repeat for each party
arg-campaign-max-records-default = The bound of the parties --max-records does not name
arg-campaign-coordinator = The coordinator's age recipient (age1…)
arg-campaign-out = Folder to write the campaign into (created if needed)
help-campaign-show = Show a campaign manifest

help-check = Check that croise reads your list right, before tokenizing (data holder)
help-check-long =
    Check that croise reads your list right, before tokenizing (data holder).

    Shows the detected format and column mapping, how many rows are in the age window at the reference date, which rows would be rejected and why, likely duplicates, and a verdict. Prints row numbers and column names only, never a value from the list.

    Exit code: 0 the list can be tokenized (OK, or OK with warnings); 1 it must be corrected first (more than 2 % of its rows rejected), it cannot be used, or it cannot be read.
arg-check-list = Your list (CSV export or workbook: .xlsx, .xls, .ods)
arg-check-reference-date = Reference date of the age window (YYYY-MM-DD) [default: the campaign's, else today]
arg-check-campaign = Take the reference date and age window from this campaign manifest (no key needed)
arg-check-all-rows = List every row number instead of the first ones

help-tokenize = Turn your list into a token file for the coordinator (data holder)
help-tokenize-long =
    Turn your list into a token file for the coordinator (data holder).

    Reads the list (CSV: `;`, `,` or tab, UTF-8 or Windows-1252; or a workbook: .xlsx, .xls, .ods), keeps the people in the campaign's age window, and writes a token file encrypted to the coordinator only: no name, date or file number leaves your workstation. It also writes a snapshot of the list encrypted to you (PARTY.snapshot.age): keep it on your workstation and never send it; `reveal` uses it, so you may edit the list afterwards.
arg-tokenize-list = Your list (CSV export or workbook). Run `croise check` on it first
arg-tokenize-accept-losses = Tokenize even if more than 2 % of the rows are rejected (those young people cannot be matched)
arg-tokenize-accept-losses-long = Tokenize even if more than 2 % of the rows are rejected.

    Without it, croise refuses a list that would lose more than 2 % of its rows to rejections (rows outside the age window do not count), since those young people could never be matched: correct the rows `croise check` lists, or give this option to leave them out.
arg-tokenize-snapshot = Where to write the snapshot of your list that reveal uses, encrypted to you [default: beside the token file, X.snapshot.age for X.tokens.age]
arg-tokenize-out = Where to write the token file [default: PARTY.tokens.age beside the list]

help-match = Link the token files of a campaign (coordinator)
help-match-long =
    Link the token files of a campaign (coordinator).

    Decrypts every token file with your identity, refuses a file of another campaign or key, from a party not in the manifest, or a second file from the same party; links records across the two sides, one-to-one; writes one result file per party, encrypted to that party alone (PARTY.result.age), and a summary with counts only (summary.toml).
arg-match-token-files = The token files received from the data holders
arg-match-partial = Link even though some parties sent no token file: their rows cannot be linked; every result file and the summary name them, and each party's reveal says so
arg-match-out-dir = Folder for the result files and the summary

help-reveal = Show which rows of your own list were linked (data holder)
help-reveal-long =
    Show which rows of your own list were linked (data holder).

    Decrypts your result file, takes your list's rows from the snapshot `tokenize` kept (or, without one, re-reads your list: the very file you tokenized, unchanged), and writes the linked rows with the match number and the partner organisation, as CSV in UTF-8 with a BOM (`;` if your list uses it or croise speaks French, else `,` announced by a `sep=,` line) or .xlsx for a workbook, so that Excel opens it right. Talk with the partner about "match 0042", never by name in a mail.
arg-reveal-list = Your list (optional): croise takes the rows from the snapshot tokenize kept if it is beside it; without one, exactly the file you tokenized
arg-reveal-result = Your result file (PARTY.result.age) from the coordinator
arg-reveal-snapshot = The snapshot of your list written by tokenize [default: PARTY.snapshot.age beside the list, else in the current folder]
arg-reveal-out = Where to write the linked rows [default: PARTY-links.csv or PARTY-links.xlsx beside the list]
arg-reveal-all-rows = Write every row of your list, not only the linked ones, with a "Statut" column: linked (match number, partner, confidence), not linked, rejected and why, or outside the age window [default name: PARTY-all-rows.csv]
arg-reveal-format = Format of the linked rows: csv (UTF-8 with BOM; `;` if your list uses it or croise speaks French, else `,` after a `sep=,` line) or xlsx (an Excel workbook) [default: like your list: .xlsx for a workbook, else CSV; or as the --out name ends]

help-demo = Run the whole flow on the bundled invented samples
help-demo-long =
    Run the whole flow on the bundled invented samples.

    Creates identities for two STEMO, two Missions Locales and a coordinator, a campaign, then runs every role in a temporary folder and prints what each role sees. All people in the samples are invented.
arg-demo-keep = Keep the demo's files in this (new or empty) folder instead of a temporary one, to look at them afterwards

help-sample = Generate invented list pairs with known truth
help-sample-long =
    Generate a pair of invented lists with known truth (for tests, training and measurements).

    Writes DIR/justice.csv (like a PARCOURS export: Windows-1252, `;`), DIR/mission-locale.csv (like an I-Milo export: UTF-8 with BOM, `,`) and DIR/truth.csv (which rows are the same person, and which errors were injected). Every person is invented.
arg-sample-out = Folder to write into (created if needed; files are never overwritten)
arg-sample-preset = How messy the lists are: clean, realistic or hard
arg-sample-justice-rows = Rows of the justice list
arg-sample-mission-locale-rows = Rows of the Mission Locale list
arg-sample-seed = Random seed: the same seed gives the same files

help-evaluate = Measure linkage quality on generated lists
help-evaluate-long =
    Measure precision and recall on generated lists with known truth.

    For each preset and size, generates a justice list and a Mission Locale list, runs the whole private flow (tokenize, encrypt, match, reveal) and compares the links with the truth; also runs the plaintext baseline of a spreadsheet lookup (surname + first given name + date of birth). Prints a Markdown table.
arg-evaluate-preset = Presets to run (clean, realistic, hard)
arg-evaluate-size = Sizes to run, as JUSTICE_ROWS:MISSION_LOCALE_ROWS
arg-evaluate-seed = Random seed of the generator
arg-evaluate-errors = Also print, per error type, how many true pairs carry it and how many were missed

help-report = Make the committees' report from match summaries (coordinator)
help-report-long =
    Make the committees' report from match summaries (coordinator).

    Verifies each summary (summary.toml from `croise match`) with the authentication key of its campaign, then writes, in the output folder, report.html — one self-contained page (no external resource; readable offline; printable) with the figures per organisation, per pair of organisations, by confidence level and by age, and a chart — and report.csv with the same figures, one per row. Counts from 1 to 4 are shown as "<5", and other figures are masked so that none of them can be recomputed from the totals. Given the summaries of several campaigns (quarterly runs), the report also shows the trend; pass each campaign's manifest with its own --campaign.

    Example:
      croise report results/summary.toml --campaign campaign.toml --identity coordinator.txt --out-dir rapport-2026-T4
arg-report-summaries = The match summaries (summary.toml), one per campaign
arg-report-campaign = The campaign manifest; repeat it for the summaries of several campaigns (each summary is matched to its manifest by campaign identifier)
arg-report-out-dir = Folder for report.html and report.csv (created if needed; existing files are never replaced)
arg-report-threshold = Counts from 1 to N−1 are hidden (shown as "<N"). At least 5 unless --allow-threshold-below-5
arg-report-allow-threshold-below-5 = Allow a threshold below 5: publishes smaller groups of people, a decision to justify to the data-protection officer

## croise ui: the local interface in the browser

help-ui = Open croise's interface in your browser (no command line)
help-ui-long =
    Open croise's interface in your browser, to do everything without a command line: your identity, the campaign, checking the list, the token file, the match and the result.

    The interface answers only this computer (address 127.0.0.1) and only the tab opened with its secret address. Everything is kept in one workspace folder (by default Documents/croise). It stops on Ctrl+C, or by itself when no page is open any more.
arg-ui-workspace = The workspace folder where everything is kept (default: Documents/croise in your home folder)
arg-ui-no-browser = Do not open the browser: only print the address, on the first line
arg-ui-idle = Stop when no page has been open for this many seconds
ui-started = Interface opened in your browser. If nothing opens, copy the address above into your browser. To stop: Ctrl+C, or simply close every croise page.
ui-started-no-browser = Open the address above in your browser. To stop: Ctrl+C.
ui-no-browser = The browser could not be opened: copy the address above into your browser.
ui-workspace = Workspace: { $path }
ui-double-click = croise opens in your browser. Keep this window open while you use croise; closing it stops croise.
ui-stopped-ctrl-c = Interface stopped (Ctrl+C).
ui-stopped-idle = Interface stopped: no croise page was open any more.
ui-error-start = The interface could not start on this computer.
ui-error-workspace = The workspace folder could not be created.
ui-error-not-for-this-identity = { $path } is not for this computer's identity: it was encrypted for another participant. Check that you dropped the file meant for you, and that the organiser received your recipient (page "Your identity")
ui-error-truncated-recipient = `{ $shown }` is incomplete (cut off): a recipient has { $expected } characters, this one has { $length }. Copy it again whole, with the "Copy" button of the page "Your identity"
ui-refused-host = Refused: this address is not the croise interface's.
ui-refused-origin = Refused: the request does not come from a page of the croise interface.
ui-refused-session = Refused: open croise with the address it gave when it started.
ui-upload-failed = The file was not received whole. Drop it again.
ui-no-file = No file was dropped.
ui-skip = Skip to content
ui-tagline = matching lists without exchanging names
ui-footer = croise works on this computer only: no name and no date leaves it. The files to send are encrypted.
ui-home = Home
ui-not-found = This page does not exist.
ui-error = Error:
ui-copy = Copy
ui-copied = Copied
ui-print = Print
ui-open-folder = Open the folder
ui-folder-is = Folder: { $path }
ui-job-title = Work in progress
ui-job-starting = Starting…
ui-job-wait = This page updates itself. You can leave it open.
ui-job-panicked = croise stopped on an internal error during this work. Nothing was half written; start again, and if it happens again, report it (without attaching your list).
ui-job-failed = The work did not succeed

ui-home-title = Who are you?
ui-home-intro = croise finds the young people aged 16 to 18 followed both by a STEMO and by a Mission Locale, without any list of names being sent. Choose your role.
ui-home-no-identity = First time on this computer: create your identity first. It lets others send you encrypted files.
ui-role-stemo = STEMO / STEMOI
ui-role-stemo-text = You have a list of young people followed by the PJJ.
ui-role-mission-locale = Mission Locale
ui-role-mission-locale-text = You have a list of young people followed by the Mission Locale.
ui-role-organiser = Organiser
ui-role-organiser-text = You create the campaign and send everyone what they need.
ui-role-coordinator = Coordinator (DREETS, ARML)
ui-role-coordinator-text = You receive the token files and run the match.
ui-home-campaigns = On this computer: { $holder } campaign(s) as a list holder, { $coordinator } as coordinator, { $organiser } as organiser.
ui-home-identity = Your identity
ui-home-workspace = Your workspace folder
ui-home-workspace-text = All of croise's files are kept here:

ui-identity-title = Your identity
ui-identity-none = You have no identity on this computer yet. It is created once, with one click.
ui-identity-create = Create my identity
ui-identity-show = See my identity
ui-identity-intro = Send this recipient to the campaign's organiser (by e-mail: it is not secret). On the phone, read them the check code: they must read the same.
ui-identity-recipient = Your recipient (public)
ui-identity-check-code = Check code to read out on the phone:
ui-identity-kept = Your secret identity is kept in { $path }. Never send it to anyone.

ui-organiser-title = Create a campaign
ui-organiser-intro = Fill in the form, check, then create. croise prepares for each participant a folder ready to send, and the list of fingerprints to compare on the phone.
ui-organiser-campaign = The campaign
ui-organiser-name = Campaign name
ui-organiser-date = Reference date
ui-organiser-date-hint = Each young person's age is computed on this date.
ui-organiser-min-age = Minimum age (included)
ui-organiser-max-age = Maximum age (excluded)
ui-organiser-ages = ages
ui-organiser-coordinator = Coordinator's recipient
ui-organiser-recipient-hint = Paste the recipient you received (it starts with age1). The field turns red if it does not have the right shape.
ui-organiser-party = Participant { $number }
ui-organiser-party-name = Name shown (e.g. STEMO de Nancy)
ui-organiser-party-id = Short identifier (e.g. stemo-nancy)
ui-organiser-party-side = Side
ui-organiser-party-recipient = Participant's recipient
ui-organiser-max = Maximum number of young people
ui-organiser-contact-name = Referent (name)
ui-organiser-contact-phone = Phone
ui-organiser-contact-email = E-mail
ui-organiser-check = Check
ui-organiser-create = Create the campaign
ui-organiser-checked = All in order. Check the date and the check codes, then create the campaign.
ui-organiser-reference = Reference date: { $date }; ages { $min } to under { $max } on that day.
ui-organiser-no-party = Add at least one participant.
ui-organiser-bad-number = The field "{ $field }" must be a whole number.
ui-organiser-created-title = Campaign created
ui-organiser-created = The campaign "{ $name }" is created.
ui-side-justice = STEMO / STEMOI (justice)
ui-side-mission-locale = Mission Locale
ui-checklist-title = Fingerprints to compare on the phone
ui-checklist-intro = Call each participant and the coordinator: they read out what their screen shows, you compare with this table. If a single character differs, go no further.
ui-checklist-digest = Manifest fingerprint:
ui-checklist-key = Key fingerprint:
ui-checklist-codes = Check codes of the recipients
ui-checklist-coordinator = Coordinator
ui-checklist-file = fingerprints-to-compare.txt
ui-checklist-text-head =
    Campaign "{ $campaign }": fingerprints to compare on the phone
    Manifest fingerprint: { $digest }
    Key fingerprint: { $fingerprint }
    Check codes of the recipients:
ui-checklist-text-party =   { $party }: { $code }
ui-packs-title = Folders to send
ui-packs-intro = Each folder under "envoi" goes to one recipient only: the manifest, its key and a note of what to do. Send them with your usual e-mail; the key is encrypted for its recipient alone.
ui-pack-note-file = READ-ME.txt
ui-pack-note-holder =
    croise campaign "{ $campaign }" — for { $party }

    This folder holds the campaign's manifest (campaign.toml) and your key ({ $key }), encrypted for you alone.

    What to do:
    1. Open croise (double-click), choose your role (STEMO or Mission Locale), then "Import the folder received": drop campaign.toml and { $key }.
    2. Call the organiser and compare the manifest fingerprint croise shows: { $digest }
       and the key fingerprint: { $fingerprint }
    3. Drop your list (the Excel or CSV export of your software), fix what croise points out, then "Prepare the token file".
    4. Send the token file to the coordinator. It holds no name and no date.
    5. When the coordinator sends you back your result, drop it into croise: you will see which of your young people a partner also follows, under a shared match number.

    Reference date: { $date }.
ui-pack-note-coordinator =
    croise campaign "{ $campaign }" — for the coordinator

    This folder holds the campaign's manifest (campaign.toml).

    What to do:
    1. Open croise (double-click), choose "Coordinator", then import campaign.toml.
    2. Call the organiser and compare the manifest fingerprint croise shows: { $digest }
    3. Drop the token files as they arrive, run the match, then send each participant back its result file.

    Reference date: { $date }.

ui-holder-title = Your list (STEMO, Mission Locale)
ui-holder-no-identity = First create your identity and send your recipient to the organiser: they need it to prepare your key.
ui-identity-ready = Your identity is ready.
ui-holder-campaigns = Your campaigns
ui-holder-import = Import the folder received from the organiser
ui-holder-import-text = The organiser sent you a folder: the manifest (campaign.toml) and your key (a file ending in .key.age).
ui-holder-pack = The files received
ui-holder-pack-hint = Drag both files here together, or click to choose them.
ui-holder-import-button = Import
ui-holder-pack-no-manifest = The manifest (campaign.toml) is missing from the files dropped.
ui-holder-pack-no-key = The key (a file ending in .key.age) is missing from the files dropped.
ui-holder-you-are = You take part as: { $party }.
ui-holder-digest-hint = Compare this fingerprint with the organiser on the phone before sending anything.
ui-holder-step-list = 1. Your list
ui-holder-list-file = Your list (Excel or CSV)
ui-holder-list-hint = Your software's export, as it is. It stays on this computer.
ui-holder-list-button = Check this list
ui-holder-list-frozen = The token file was made from this list: it can no longer be changed in this campaign.
ui-holder-step-tokens = 2. The token file
ui-holder-tokens-text = croise will turn each young person of the age window into encrypted tokens. No name and no date leaves this computer.
ui-holder-accept-losses = Go on even if more than 2 % of the rows are left out (those young people cannot be matched)
ui-holder-tokens-button = Prepare the token file
ui-holder-tokens-first = Drop your list first.
ui-holder-tokens-ready = Here is the file to send to the coordinator:
ui-holder-tokens-send = Send it with your usual e-mail. It holds no name and no date, and only the coordinator can open it.
ui-holder-step-result = 3. The result
ui-holder-result-file = The result received from the coordinator
ui-holder-result-hint = A file named { $party }.result.age.
ui-holder-result-button = See the matched young people
ui-holder-result-first = The result will come from the coordinator once every token file has arrived.
ui-check-title = What croise reads in your list
ui-check-columns = Columns: change them if croise got one wrong
ui-check-no-column = (no column)
ui-check-columns-button = Read again with these columns
ui-check-counts = The rows
ui-check-rows-read = rows read
ui-check-in-window = in the age window ({ $min } to under { $max } on { $date })
ui-check-too-young = too young
ui-check-too-old = too old
ui-check-rejected = left out (unreadable)
ui-check-rejected-title = Rows left out: { $count }, with what they hold
ui-check-fix-in-excel = To fix them: open your list in Excel, go to the row shown, fix the cell of the column named, save, then drop the list again.
ui-check-verdict = Verdict:
ui-reveal-table = Your matched young people
ui-confidence-sure-means = the same person, beyond reasonable doubt
ui-confidence-probable-means = very probably the same person
ui-confidence-to-review-means = check with the partner before acting
ui-export-title = Save the table
ui-export-what = Which rows?
ui-export-all = The whole list, with each row's status
ui-export-links = Only the matched young people
ui-export-xlsx = Save as Excel (.xlsx)
ui-export-csv = Save as CSV
ui-col-role = Information
ui-col-column = Column of your list
ui-col-row = Row
ui-col-why = Why
ui-col-match = Match no.
ui-col-partner = Partner organisation
ui-col-contact = Partner contact
ui-col-reasons = Why not sure
ui-col-confidence = Confidence
ui-col-participant = Participant
ui-col-side = Side
ui-col-check-code = Check code
ui-col-bound = Maximum
ui-col-pack = Folder to send
ui-col-expected-file = Expected file
ui-col-arrived = Received
ui-col-records = Young people
ui-col-linked = Matched

ui-coordinator-title = Coordination
ui-coordinator-no-identity = First create your identity and send your recipient to the organiser.
ui-coordinator-import = Import the manifest received from the organiser
ui-coordinator-manifest = The manifest (campaign.toml)
ui-coordinator-manifest-hint = Drag the campaign.toml file here, or click to choose it.
ui-coordinator-import-button = Import
ui-coordinator-files = Token files
ui-coordinator-files-caption = { $arrived } received of { $expected } expected
ui-coordinator-arrived = received
ui-coordinator-waiting = waiting
ui-coordinator-tokens = Token files received
ui-coordinator-tokens-hint = Drag one or more .tokens.age files here. Each is checked before it is kept.
ui-coordinator-tokens-button = Add
ui-coordinator-already = The token file of { $party } has already arrived. A participant sends one file only; if they made another, ask them which to keep.
ui-coordinator-match = Match
ui-coordinator-match-first = The match can run as soon as a token file has arrived.
ui-coordinator-missing = { $n ->
        [one] The file of { $parties } is missing.
       *[other] The files of { $parties } are missing.
    } A partial match will not find the young people of those lists, and every participant will be told.
ui-coordinator-partial-confirm = I confirm: run the match without these files
ui-coordinator-match-button = Run the match
ui-coordinator-results = The results to send back
ui-coordinator-results-text = Send each participant its own file, and only its own (each is encrypted for its recipient).
ui-coordinator-report = Report for the committees
ui-coordinator-report-text = The report gives the counts per organisation, with small counts hidden (under 5).
ui-coordinator-report-button = Produce the report
ui-coordinator-report-page = The report (page)
ui-coordinator-report-table = The table (CSV)
