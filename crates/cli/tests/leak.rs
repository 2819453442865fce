//! No value from a list ever leaves the data holder's own files.
//!
//! Two lists of invented people carry unmistakable sentinel values (surnames
//! `ZXQSENTINEL…`, given names `QWXPRENOM…`, file numbers `DOSSIER-ZXQ-…`,
//! dates of birth found nowhere else), in the dialects of the samples, with
//! rows for every rejection reason, rows outside the age window and some
//! matches. Every command runs on them, and several error paths. Then every
//! byte the binary printed and every file it wrote — raw, and decrypted with
//! the participants' identities — is searched for every sentinel, as
//! written, upper- and lower-case, accent-folded, in UTF-8 and in
//! Windows-1252. The only files exempt are the input lists and the reveal
//! outputs, which hold the party's own rows by design; the test checks that
//! those do hold the matched rows, so that the search can be seen to work.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{PartySpec, TestEnv, all_files, os, stdout};
use croise_scheme::normalize::{compact, fold, parse_date, split_given_names};

const STEMO: &str = "stemo-test";
const ML: &str = "ml-test";

const PARTIES: [PartySpec; 2] = [
    PartySpec {
        id: STEMO,
        side: "justice",
        name: "STEMO de Test",
    },
    PartySpec {
        id: ML,
        side: "mission-locale",
        name: "Mission Locale de Test",
    },
];

/// STEMO list (PARCOURS-style, Windows-1252, `;`, CRLF). Row numbers as a
/// spreadsheet shows them are in the comments; the header is row 1.
const STEMO_ROWS: &[[&str; 5]] = &[
    // 2–7: in the window, on both lists (all six sure under keys-v4).
    [
        "ZXQSENTINELA",
        "QWXPRENOMA",
        "13/01/2009",
        "M",
        "DOSSIER-ZXQ-0001",
    ],
    [
        "ZXQSENTINELB",
        "QWXPRENOMB",
        "27/04/2009",
        "F",
        "DOSSIER-ZXQ-0002",
    ],
    [
        "ZXQSENTINŒLC",
        "QWXPRÉNOMC",
        "19/07/2009",
        "M",
        "DOSSIER-ZXQ-0003",
    ],
    [
        "ZXQSENTINELD--ZXQDOUBLED",
        "QWXPRENOMD",
        "12/02/2010",
        "F",
        "DOSSIER-ZXQ-0004",
    ],
    [
        "ZXQSENTINELE",
        "QWXPRENOME QWXSECONDE",
        "24/11/2008",
        "M",
        "DOSSIER-ZXQ-0005",
    ],
    [
        "ZXQSENTINELF",
        "QWXPRENOMF-QWXCOMPOSEF",
        "08/06/2010",
        "F",
        "DOSSIER-ZXQ-0006",
    ],
    // 8: in the window, STEMO only.
    [
        "ZXQSENTINELG",
        "QWXPRENOMG",
        "2009-09-21",
        "M",
        "DOSSIER-ZXQ-0007",
    ],
    // 9–10: outside the window (too old; turned 18 a fortnight before).
    [
        "ZXQSENTINELI",
        "QWXPRENOMI",
        "14/05/2007",
        "F",
        "DOSSIER-ZXQ-0009",
    ],
    [
        "ZXQSENTINELK",
        "QWXPRENOMK",
        "15/09/2008",
        "M",
        "DOSSIER-ZXQ-0011",
    ],
    // 11–17: one row per rejection reason.
    ["ZXQSENTINELL", "QWXPRENOML", "", "F", "DOSSIER-ZXQ-0012"],
    [
        "ZXQSENTINELM",
        "QWXPRENOMM",
        "00/05/2009",
        "M",
        "DOSSIER-ZXQ-0013",
    ],
    [
        "ZXQSENTINELN",
        "QWXPRENOMN",
        "30/02/2010",
        "F",
        "DOSSIER-ZXQ-0014",
    ],
    [
        "ZXQSENTINELO",
        "QWXPRENOMO",
        "né le 17 MARS 2009",
        "M",
        "DOSSIER-ZXQ-0015",
    ],
    ["", "QWXPRENOMP", "30/05/2009", "F", "DOSSIER-ZXQ-0016"],
    ["ZXQSENTINELQ", "", "02/12/2009", "M", "DOSSIER-ZXQ-0017"],
    [
        "INCONNU",
        "QWXPRENOMR",
        "05/04/2010",
        "F",
        "DOSSIER-ZXQ-0018",
    ],
];

/// Mission Locale list (I-Milo-style, UTF-8 with BOM, `,`, CRLF).
const ML_ROWS: &[[&str; 6]] = &[
    // 2–7: the six people also on the STEMO list, written differently.
    [
        "Zxqsentinela",
        "",
        "Qwxprenoma",
        "13/01/2009",
        "H",
        "MLZXQ0001",
    ],
    [
        "Zxqsentinélb",
        "",
        "Qwxprénomb",
        "27/04/2009",
        "F",
        "MLZXQ0002",
    ],
    [
        "Zxqsentinoelc",
        "",
        "Qwxprenomc",
        "19/07/2009",
        "H",
        "MLZXQ0003",
    ],
    [
        "Zxqsentineld",
        "",
        "Qwxprenomd",
        "12/02/2010",
        "F",
        "MLZXQ0004",
    ],
    [
        "Zxqnaissancee",
        "Zxqsentinele",
        "Qwxprenome",
        "24/11/2008",
        "H",
        "MLZXQ0005",
    ],
    [
        "Zxqsentinelf",
        "",
        "Qwxprenomf Qwxcomposef",
        "08/06/2010",
        "F",
        "MLZXQ0006",
    ],
    // 8–9: in the window, ML only.
    [
        "Zxqsentinelh",
        "",
        "Qwxprenomh",
        "29/03/2010",
        "H",
        "MLZXQ0008",
    ],
    [
        "Zxqsentinelu",
        "",
        "Qwxprenomu",
        "2009-08-08",
        "F",
        "MLZXQ0021",
    ],
    // 10–11: outside the window (too young; the STEMO decoy K).
    [
        "Zxqsentinelj",
        "",
        "Qwxprenomj",
        "17/08/2011",
        "F",
        "MLZXQ0010",
    ],
    [
        "Zxqsentinelk",
        "",
        "Qwxprenomk",
        "15/09/2008",
        "H",
        "MLZXQ0011",
    ],
    // 12–13: rejected (no date of birth; placeholder given name).
    ["Zxqsentinels", "", "Qwxprenoms", "", "F", "MLZXQ0019"],
    ["Zxqsentinelt", "", "X", "10/10/2009", "H", "MLZXQ0020"],
];

/// A row appended to a copy of the STEMO list for the "changed list" path.
const APPENDED: [&str; 5] = [
    "ZXQSENTINELV",
    "QWXPRENOMV",
    "11/11/2009",
    "M",
    "DOSSIER-ZXQ-0022",
];

fn stemo_list(rows: &[[&str; 5]]) -> Vec<u8> {
    let mut text = String::from("NOM;PRENOM(S);DATE NAISSANCE;SEXE;N° DOSSIER\r\n");
    for r in rows {
        text.push_str(&r.join(";"));
        text.push_str("\r\n");
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn ml_list() -> Vec<u8> {
    let mut text = String::from(
        "\u{feff}Nom de naissance,Nom d'usage,Prénom,Date de naissance,Genre,Identifiant jeune\r\n",
    );
    for r in ML_ROWS {
        let fields: Vec<String> = r
            .iter()
            .map(|f| {
                if f.contains(' ') {
                    format!("\"{f}\"")
                } else {
                    f.to_string()
                }
            })
            .collect();
        text.push_str(&fields.join(","));
        text.push_str("\r\n");
    }
    text.into_bytes()
}

// ---- needles -------------------------------------------------------------

/// What to search for: byte strings (compared ignoring ASCII case) and
/// folded names (compared in folded, space-free text).
struct Needles {
    bytes: Vec<(String, Vec<u8>)>,
    folded: Vec<String>,
}

/// Values that are not sentinels: placeholders and sex codes.
fn is_sentinel(field: &str) -> bool {
    !matches!(field, "" | "INCONNU" | "X" | "M" | "F" | "H")
}

/// A date written `dd/mm/yyyy` or `yyyy-mm-dd`, as (day, month, year)
/// strings, even when it is not a valid date.
fn date_parts(raw: &str) -> Option<(String, String, String)> {
    let slash: Vec<&str> = raw.split('/').collect();
    if slash.len() == 3 {
        return Some((slash[0].into(), slash[1].into(), slash[2].into()));
    }
    let dash: Vec<&str> = raw.split('-').collect();
    if dash.len() == 3 && dash[0].len() == 4 {
        return Some((dash[2].into(), dash[1].into(), dash[0].into()));
    }
    None
}

fn date_forms(d: &str, m: &str, y: &str) -> [String; 4] {
    [
        format!("{d}/{m}/{y}"),
        format!("{y}-{m}-{d}"),
        format!("{d}{m}{y}"),
        format!("{y}{m}{d}"),
    ]
}

/// A date as written, and in every format when it can be read.
fn add_date(raw: &str, dates: &mut BTreeSet<String>) {
    dates.insert(raw.to_string());
    if let Some((d, m, y)) = date_parts(raw) {
        dates.extend(date_forms(&d, &m, &y));
    }
    if let Ok(date) = parse_date(raw) {
        let f = |fmt: &str| date.format(fmt).to_string();
        dates.extend(date_forms(&f("%d"), &f("%m"), &f("%Y")));
    }
}

fn needles() -> Needles {
    let mut names: BTreeSet<String> = BTreeSet::new();
    let mut dates: BTreeSet<String> = BTreeSet::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    let stemo = STEMO_ROWS.iter().chain([&APPENDED]);
    for r in stemo {
        for name in [r[0], r[1]] {
            names.insert(name.to_string());
        }
        add_date(r[2], &mut dates);
        ids.insert(r[4].to_string());
    }
    for r in ML_ROWS {
        for name in [r[0], r[1], r[2]] {
            names.insert(name.to_string());
        }
        add_date(r[3], &mut dates);
        ids.insert(r[5].to_string());
    }
    // "né le 17 MARS 2009" is unreadable to croise (a remark around a date
    // in words), but it is 17 March 2009.
    dates.extend(date_forms("17", "03", "2009"));

    let names: BTreeSet<String> = names.into_iter().filter(|n| is_sentinel(n)).collect();
    let mut written: BTreeSet<String> = BTreeSet::new();
    let mut folded: BTreeSet<String> = BTreeSet::new();
    for name in &names {
        written.insert(name.clone());
        written.insert(name.to_uppercase());
        written.insert(name.to_lowercase());
        written.insert(fold(name));
        folded.insert(compact(&fold(name)));
        for part in fold(name).split(' ').chain(
            split_given_names(name)
                .iter()
                .flat_map(|g| g.split(' '))
                .collect::<Vec<_>>(),
        ) {
            if part.len() >= 8 {
                written.insert(part.to_string());
                folded.insert(part.to_string());
            }
        }
    }
    written.extend(dates.into_iter().filter(|d| is_sentinel(d)));
    written.extend(ids);

    let mut bytes = Vec::new();
    for text in written {
        let mut forms = vec![text.as_bytes().to_vec()];
        let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
        if !unmappable {
            forms.push(cp1252.into_owned());
        }
        forms.sort();
        forms.dedup();
        for form in forms {
            bytes.push((text.clone(), form.to_ascii_uppercase()));
        }
    }
    Needles {
        bytes,
        folded: folded.into_iter().collect(),
    }
}

/// The sentinels found in `haystack`.
fn find(needles: &Needles, haystack: &[u8]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let upper = haystack.to_ascii_uppercase();
    for (text, needle) in &needles.bytes {
        if upper.windows(needle.len()).any(|w| w == needle.as_slice()) {
            found.insert(text.clone());
        }
    }
    let utf8 = String::from_utf8_lossy(haystack);
    let (cp1252, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(haystack);
    for text in [utf8.as_ref(), cp1252.as_ref()] {
        let folded = compact(&fold(text));
        for needle in &needles.folded {
            if folded.contains(needle.as_str()) {
                found.insert(format!("{needle} (folded)"));
            }
        }
    }
    found
}

// ---- the scenario ----------------------------------------------------------

/// Paths of the files that may hold list values by design.
struct Exempt {
    inputs: Vec<PathBuf>,
    reveals: Vec<PathBuf>,
}

/// Runs every command and several error paths on the sentinel lists.
fn scenario() -> (TestEnv, Exempt) {
    let env = TestEnv::new(&PARTIES);
    let stemo = env.list_path(STEMO);
    let ml = env.list_path(ML);
    std::fs::write(&stemo, stemo_list(STEMO_ROWS)).unwrap();
    std::fs::write(&ml, ml_list()).unwrap();

    // Copies for the error paths.
    let inputs = env.path("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    let no_date = inputs.join("sans-date.csv");
    let mut renamed = stemo_list(STEMO_ROWS);
    let at = renamed
        .windows(14)
        .position(|w| w == b"DATE NAISSANCE")
        .unwrap();
    renamed.splice(at..at + 14, b"NAISS.".iter().copied());
    std::fs::write(&no_date, renamed).unwrap();
    let no_header = inputs.join("sans-entete.csv");
    let full = stemo_list(STEMO_ROWS);
    let first_row = full.windows(2).position(|w| w == b"\r\n").unwrap() + 2;
    std::fs::write(&no_header, &full[first_row..]).unwrap();
    let changed = inputs.join("modifiee.csv");
    let mut rows = STEMO_ROWS.to_vec();
    rows.push(APPENDED);
    std::fs::write(&changed, stemo_list(&rows)).unwrap();

    for who in [STEMO, ML, common::COORDINATOR] {
        env.run([os("identity"), os("show"), env.identity_path(who).into()])
            .success();
    }
    env.run([os("campaign"), os("show"), env.manifest_path().into()])
        .success();

    // Error paths before the real run.
    let holder =
        |party: &str, identity_of: &str| env.holder_options("campaign", party, identity_of);
    let tokenize = |list: &Path, party: &str, identity_of: &str, extra: &[&str]| {
        let mut args = vec![os("tokenize"), list.into()];
        args.extend(holder(party, identity_of));
        args.extend([os("--out"), env.path("refused.tokens.age").into()]);
        args.extend(extra.iter().map(|a| os(a)));
        env.run(args)
    };
    tokenize(&no_date, STEMO, STEMO, &[]).failure();
    tokenize(&no_date, STEMO, STEMO, &["--column", "birth-date=ZZZ"]).failure();
    tokenize(&no_header, STEMO, STEMO, &[]).failure();
    tokenize(&stemo, STEMO, ML, &[]).failure();
    let mut args = vec![os("tokenize"), stemo.clone().into()];
    args.extend(holder(STEMO, STEMO));
    args.extend([os("--column"), os("birth-date")]);
    args.extend([os("--out"), env.path("refused.tokens.age").into()]);
    env.run(args).failure();

    // The real run.
    let t = env.tokenize(STEMO, &stemo);
    assert_eq!(
        stdout(&t)
            .lines()
            .filter(|l| l.starts_with("    "))
            .map(str::trim)
            .collect::<Vec<_>>(),
        [
            "no date of birth (date of birth column): 1 — row(s) 11",
            "partial date of birth (day or month 00) (date of birth column): 1 — row(s) 12",
            "impossible date of birth (date of birth column): 1 — row(s) 13",
            "date of birth in an unknown format (date of birth column): 1 — row(s) 14",
            "no surname (surname (birth name) column): 1 — row(s) 15",
            "no given name (given names column): 1 — row(s) 16",
            "placeholder name (INCONNU, X, SPC…) (surname (birth name) column): 1 — row(s) 17",
        ],
        "every rejection reason but the placeholder given name (on the ML list)"
    );
    let t = t.success();
    let out = stdout(&t);
    assert!(out.contains("rows read:               16"), "{out}");
    assert!(out.contains("kept (in the age window): 7"), "{out}");
    assert!(out.contains("outside the age window:  2"), "{out}");
    let t = env.tokenize(ML, &ml).success();
    let out = stdout(&t);
    assert!(out.contains("rows read:               12"), "{out}");
    assert!(out.contains("kept (in the age window): 8"), "{out}");
    assert!(out.contains("outside the age window:  2"), "{out}");
    assert!(
        out.contains("placeholder given name (X, SP, SPC…) (given names column): 1 — row(s) 13"),
        "{out}"
    );

    let files = [env.tokens_path(STEMO), env.tokens_path(ML)];
    env.match_(&[files[0].clone(), files[0].clone()]).failure();
    let m = env.match_(&files).success();
    assert!(
        stdout(&m).contains("total: 6 links (6 sure, 0 probable, 0 to review)"),
        "{}",
        stdout(&m)
    );

    // Error paths of reveal: wrong identity, another party's result, a
    // changed list.
    let reveal = |party: &str, identity_of: &str, list: &Path, result: &Path| {
        let mut args = vec![os("reveal"), list.into(), os("--result"), result.into()];
        args.extend(holder(party, identity_of));
        args.extend([os("--out"), env.path("refused.csv").into()]);
        env.run(args)
    };
    reveal(STEMO, ML, &stemo, &env.result_path(STEMO)).failure();
    reveal(STEMO, STEMO, &stemo, &env.result_path(ML)).failure();
    reveal(STEMO, STEMO, &changed, &env.result_path(STEMO)).failure();

    // Error paths added with manifest binding and file naming: a key file
    // given as the result, and a manifest re-signed by a data holder.
    reveal(STEMO, STEMO, &stemo, &env.key_path(STEMO)).failure();
    let holder_ctx = env.holder_context(ML);
    let mut forged = holder_ctx.manifest.clone();
    forged.max_age = 30;
    forged.mac = hex::encode(
        holder_ctx
            .auth
            .sign(croise::campaign::MANIFEST_KIND, &forged.signed_bytes()),
    );
    let forged_dir = env.path("forged");
    std::fs::create_dir_all(forged_dir.join("keys")).unwrap();
    std::fs::write(forged_dir.join("campaign.toml"), forged.to_toml()).unwrap();
    std::fs::copy(env.key_path(STEMO), env.key_in("forged", STEMO)).unwrap();
    let mut args = vec![os("tokenize"), stemo.clone().into()];
    args.extend(env.holder_options("forged", STEMO, STEMO));
    args.extend([os("--out"), env.path("refused.tokens.age").into()]);
    env.run(args).failure();

    env.reveal(STEMO, &stemo).success();
    env.reveal(ML, &ml).success();
    // Once more: the outputs exist now, so this is refused.
    env.reveal(ML, &ml).failure();

    env.run(["demo"]).success();
    assert!(!env.path("refused.tokens.age").exists());
    assert!(!env.path("refused.csv").exists());

    let exempt = Exempt {
        inputs: vec![stemo, ml, no_date, no_header, changed],
        reveals: vec![env.links_path(STEMO), env.links_path(ML)],
    };
    (env, exempt)
}

/// Decrypts an age file with whichever participant it was encrypted to.
fn decrypt_any(env: &TestEnv, path: &Path) -> Vec<u8> {
    let sealed = std::fs::read(path).unwrap();
    let opened: Vec<Vec<u8>> = [STEMO, ML, common::COORDINATOR]
        .iter()
        .filter_map(|who| croise::seal::open(&env.identity(who), &sealed, path).ok())
        .map(|p| p.to_vec())
        .collect();
    assert_eq!(opened.len(), 1, "{} opens for one reader", path.display());
    opened.into_iter().next().unwrap()
}

#[test]
fn sentinels_are_unmistakable_and_the_search_finds_them() {
    let needles = needles();
    // Nowhere in the samples, which the demo prints.
    for sample in all_files(&common::samples_dir()) {
        let found = find(&needles, &std::fs::read(&sample).unwrap());
        assert!(found.is_empty(), "{}: {found:?}", sample.display());
    }
    // Found in the lists, in their own encodings.
    let stemo = find(&needles, &stemo_list(STEMO_ROWS));
    let ml = find(&needles, &ml_list());
    for expected in [
        "ZXQSENTINŒLC",
        "QWXPRÉNOMC",
        "ZXQSENTINOELC (folded)",
        "DOSSIER-ZXQ-0018",
        "30/02/2010",
        "né le 17 MARS 2009",
        "2009-09-21",
    ] {
        assert!(stemo.contains(expected), "{expected} in {stemo:?}");
    }
    for expected in [
        "Zxqsentinélb",
        "ZXQSENTINELB (folded)",
        "QWXPRENOMB (folded)",
        "Qwxprenomf Qwxcomposef",
        "MLZXQ0020",
        "10/10/2009",
    ] {
        assert!(ml.contains(expected), "{expected} in {ml:?}");
    }
    assert!(find(&needles, b"no sentinel here, 2026-10-01").is_empty());
}

#[test]
fn no_sentinel_is_printed_or_written_outside_the_holders_own_files() {
    let (env, exempt) = scenario();
    let needles = needles();
    let mut leaks: Vec<String> = Vec::new();
    let mut check = |what: &str, bytes: &[u8]| {
        let found = find(&needles, bytes);
        if !found.is_empty() {
            leaks.push(format!("{what}: {found:?}"));
        }
    };

    let transcript = env.transcript();
    assert!(
        String::from_utf8_lossy(&transcript).contains("rows read:"),
        "the transcript holds what was printed"
    );
    check("printed output", &transcript);

    let exempt_paths: BTreeSet<&PathBuf> = exempt.inputs.iter().chain(&exempt.reveals).collect();
    let mut scanned = 0;
    let mut decrypted = 0;
    let mut snapshots = 0;
    for path in all_files(env.root()) {
        let name = path.display().to_string();
        if exempt_paths.contains(&path) {
            continue;
        }
        if name.ends_with(".snapshot.age") {
            // The holder's own list, kept by tokenize for reveal: encrypted
            // to that holder alone, and never sent. Its bytes on disk hold
            // no sentinel, and only one reader can open it.
            check(&name, &std::fs::read(&path).unwrap());
            decrypt_any(&env, &path);
            snapshots += 1;
            continue;
        }
        assert!(!name.ends_with(".csv"), "unexpected list-like file {name}");
        let bytes = std::fs::read(&path).unwrap();
        check(&name, &bytes);
        scanned += 1;
        if name.ends_with(".age") {
            check(&format!("{name}, decrypted"), &decrypt_any(&env, &path));
            decrypted += 1;
        }
    }
    // The coordinator's authentication key, sealed inside the manifest.
    let manifest = croise::campaign::Manifest::load(&env.manifest_path()).unwrap();
    let auth = croise::seal::open(
        &env.identity(common::COORDINATOR),
        manifest.coordinator.sealed_auth_key.as_bytes(),
        &env.manifest_path(),
    )
    .unwrap();
    check("sealed coordinator key", &auth);

    // identities (3), manifest, key files (2), token files (2), result files
    // (2), summary; and the forged manifest with its copied key file.
    assert_eq!((scanned, decrypted), (13, 7));
    // One snapshot per holder, beside its token file.
    assert_eq!(snapshots, 2);
    for path in &exempt_paths {
        assert!(path.exists(), "{}", path.display());
    }
    assert!(leaks.is_empty(), "sentinels leaked:\n{}", leaks.join("\n"));
}

#[test]
fn reveal_outputs_hold_the_matched_rows_and_only_them() {
    let (_env, exempt) = scenario();
    let needles = needles();
    let stemo = find(&needles, &std::fs::read(&exempt.reveals[0]).unwrap());
    let ml = find(&needles, &std::fs::read(&exempt.reveals[1]).unwrap());
    for n in 1..=6 {
        assert!(stemo.contains(&format!("DOSSIER-ZXQ-000{n}")), "{stemo:?}");
        assert!(ml.contains(&format!("MLZXQ000{n}")), "{ml:?}");
    }
    for name in [
        "ZXQSENTINŒLC",
        "ZXQSENTINELD--ZXQDOUBLED",
        "QWXPRENOMF-QWXCOMPOSEF",
    ] {
        assert!(stemo.contains(name), "{name} in {stemo:?}");
    }
    assert!(ml.contains("Zxqsentinélb") && ml.contains("Zxqnaissancee"));
    for unmatched in ["DOSSIER-ZXQ-0007", "DOSSIER-ZXQ-0011", "DOSSIER-ZXQ-0012"] {
        assert!(!stemo.contains(unmatched), "{unmatched} in {stemo:?}");
    }
    for unmatched in ["MLZXQ0008", "MLZXQ0011", "MLZXQ0021"] {
        assert!(!ml.contains(unmatched), "{unmatched} in {ml:?}");
    }
}
