//! Tests of the whole generator through its public entry point.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::*;

/// A fresh directory under the system temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("croise-sample-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()
}

fn write(spec: &SampleSpec, name: &str) -> (TempDir, SampleSummary) {
    let dir = TempDir::new(name);
    let summary = write_sample(spec, &dir.0, &mut |_, _| {}).unwrap();
    (dir, summary)
}

struct Files {
    justice_bytes: Vec<u8>,
    ml_bytes: Vec<u8>,
    justice: Vec<Vec<String>>,
    ml: Vec<Vec<String>>,
    truth: Vec<Vec<String>>,
}

fn records(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Windows-1252 to UTF-8 with the slice API, which needs no `alloc` feature.
fn decode_cp1252(bytes: &[u8]) -> String {
    let mut decoder = encoding_rs::WINDOWS_1252.new_decoder_without_bom_handling();
    let mut out = vec![0u8; bytes.len() * 3];
    let (result, read, written) = decoder.decode_to_utf8_without_replacement(bytes, &mut out, true);
    assert_eq!(result, encoding_rs::DecoderResult::InputEmpty);
    assert_eq!(read, bytes.len());
    out.truncate(written);
    String::from_utf8(out).expect("decoder output is UTF-8")
}

fn read(dir: &Path) -> Files {
    let justice_bytes = std::fs::read(dir.join(JUSTICE_FILE)).unwrap();
    let ml_bytes = std::fs::read(dir.join(MISSION_LOCALE_FILE)).unwrap();
    let justice_text = decode_cp1252(&justice_bytes);
    let ml_text =
        std::str::from_utf8(ml_bytes.strip_prefix(UTF8_BOM).expect("BOM")).expect("UTF-8");
    let truth_text = std::fs::read_to_string(dir.join(TRUTH_FILE)).unwrap();
    Files {
        justice: records(&justice_text, b';'),
        ml: records(ml_text, b','),
        truth: records(&truth_text, b','),
        justice_bytes,
        ml_bytes,
    }
}

fn small(preset: Preset, seed: u64) -> SampleSpec {
    SampleSpec::new(preset, 1_500, 4_000, reference(), seed)
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let spec = small(Preset::Realistic, 11);
    let (a, sa) = write(&spec, "det-a");
    let (b, sb) = write(&spec, "det-b");
    assert_eq!(sa, sb);
    for f in [JUSTICE_FILE, MISSION_LOCALE_FILE, TRUTH_FILE] {
        assert_eq!(
            std::fs::read(a.0.join(f)).unwrap(),
            std::fs::read(b.0.join(f)).unwrap(),
            "{f}"
        );
    }
    let (c, _) = write(&small(Preset::Realistic, 12), "det-c");
    for f in [JUSTICE_FILE, MISSION_LOCALE_FILE, TRUTH_FILE] {
        assert_ne!(
            std::fs::read(a.0.join(f)).unwrap(),
            std::fs::read(c.0.join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn encodings_headers_and_line_ends() {
    let (dir, _) = write(&small(Preset::Realistic, 1), "enc");
    let f = read(&dir.0);
    assert!(!f.justice_bytes.starts_with(UTF8_BOM));
    assert!(
        std::str::from_utf8(&f.justice_bytes).is_err(),
        "accented letters are single Windows-1252 bytes, not UTF-8"
    );
    assert!(f.justice_bytes.contains(&0xC9), "some É");
    assert!(f.ml_bytes.starts_with(b"\xEF\xBB\xBF"));
    for bytes in [&f.justice_bytes, &f.ml_bytes] {
        let lf = bytes.iter().filter(|&&b| b == b'\n').count();
        let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
        assert_eq!(lf, crlf, "CRLF line ends only");
        assert!(bytes.ends_with(b"\r\n"));
    }
    assert_eq!(f.justice[0], JUSTICE_HEADER);
    assert_eq!(f.ml[0], MISSION_LOCALE_HEADER);
    assert_eq!(f.truth[0], TRUTH_HEADER);
    let header_line = f.justice_bytes.split(|&b| b == b'\r').next().unwrap();
    assert_eq!(
        header_line,
        b"NOM;PRENOM(S);DATE NAISSANCE;SEXE;N\xB0 DOSSIER"
    );
    let ml_header = std::str::from_utf8(&f.ml_bytes[3..])
        .unwrap()
        .lines()
        .next()
        .unwrap();
    assert_eq!(
        ml_header,
        "Nom de naissance,Nom d'usage,Prénom,Date de naissance,Genre,Identifiant jeune"
    );
    // Given names separated by ", " force quoting in the comma file.
    assert!(f.ml.iter().any(|r| r[2].contains(", ")));
    assert!(std::str::from_utf8(&f.ml_bytes).unwrap().contains(", "));
}

#[test]
fn counts_identifiers_and_truth_are_consistent() {
    let spec = small(Preset::Hard, 2);
    let (dir, summary) = write(&spec, "counts");
    let f = read(&dir.0);
    assert_eq!(f.justice.len() - 1, spec.justice_rows);
    assert_eq!(f.ml.len() - 1, spec.mission_locale_rows);
    assert_eq!(f.truth.len() - 1, spec.shared_people());
    assert_eq!(summary.true_links, spec.shared_people());

    let justice_ids: HashSet<&str> = f.justice[1..].iter().map(|r| r[4].as_str()).collect();
    let ml_ids: HashSet<&str> = f.ml[1..].iter().map(|r| r[5].as_str()).collect();
    // Exact copies keep the number of the first row; every other row has
    // its own.
    let exact = |c: &DuplicateCounts| c.get(DuplicateKind::Exact);
    assert_eq!(
        justice_ids.len(),
        spec.justice_rows - exact(&summary.duplicates_justice),
        "file numbers unique"
    );
    assert_eq!(
        ml_ids.len(),
        spec.mission_locale_rows - exact(&summary.duplicates_mission_locale),
        "identifiers unique"
    );
    assert_eq!(
        summary.duplicates_justice.total(),
        spec.justice_duplicates()
    );
    assert_eq!(
        summary.duplicates_mission_locale.total(),
        spec.mission_locale_duplicates()
    );
    assert_eq!(spec.justice_duplicates(), 60, "4 % of 1,500 rows");
    for id in &justice_ids {
        let parts: Vec<&str> = id.split('-').collect();
        assert_eq!(parts.len(), 3, "{id}");
        assert_eq!(parts[0], "J");
        assert_eq!(parts[1].len(), 2);
        assert_eq!(parts[2].len(), 6);
    }
    for id in &ml_ids {
        assert!(
            (7..=8).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit()),
            "{id}"
        );
    }
    let mut truth_j = HashSet::new();
    let mut truth_m = HashSet::new();
    for t in &f.truth[1..] {
        assert!(justice_ids.contains(t[0].as_str()), "{}", t[0]);
        assert!(ml_ids.contains(t[1].as_str()), "{}", t[1]);
        assert!(
            truth_j.insert(t[0].clone()) && truth_m.insert(t[1].clone()),
            "one line per person"
        );
        assert!(t[2] == "true" || t[2] == "false");
        for e in t[3].split(';').filter(|e| !e.is_empty()) {
            assert!(ErrorKind::ALL.iter().any(|k| k.name() == e), "{e}");
        }
    }
    let in_window = f.truth[1..].iter().filter(|t| t[2] == "true").count();
    assert_eq!(in_window, summary.true_links_in_window);
    let share = in_window as f64 / summary.true_links as f64;
    assert!((0.78..0.92).contains(&share), "{share}");
}

/// Every second row is named in `duplicates.csv`, points at a first row of
/// its list, and differs from it as its kind says.
#[test]
fn second_rows_are_what_duplicates_csv_says() {
    let spec = small(Preset::Hard, 7);
    let (dir, summary) = write(&spec, "duplicates");
    let f = read(&dir.0);
    let text = std::fs::read_to_string(dir.0.join(DUPLICATES_FILE)).unwrap();
    let lines = records(&text, b',');
    assert_eq!(lines[0], DUPLICATES_HEADER);
    assert_eq!(
        lines.len() - 1,
        summary.duplicates_justice.total() + summary.duplicates_mission_locale.total()
    );
    // Rows by number; an exact copy's number holds two equal rows.
    let by_id = |rows: &[Vec<String>], id: usize| -> HashMap<String, Vec<Vec<String>>> {
        let mut m: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for r in rows {
            m.entry(r[id].clone()).or_default().push(r.clone());
        }
        m
    };
    let justice = by_id(&f.justice[1..], 4);
    let ml = by_id(&f.ml[1..], 5);
    let mut kinds = HashSet::new();
    for l in &lines[1..] {
        let (rows, name, given) = match l[0].as_str() {
            "justice" => (&justice, 0, 1),
            "mission-locale" => (&ml, 0, 2),
            other => panic!("{other}"),
        };
        let first = &rows[&l[2]][0];
        let second = rows[&l[1]].last().unwrap();
        kinds.insert(l[3].clone());
        match l[3].as_str() {
            "exact" => {
                assert_eq!(l[1], l[2]);
                assert_eq!(rows[&l[1]].len(), 2);
                assert_eq!(first, second);
            }
            "other_number" => {
                assert_ne!(l[1], l[2]);
                let n = first.len() - 1;
                assert_eq!(first[..n], second[..n]);
            }
            "typo" => assert!(
                first[name] != second[name] || first[given] != second[given],
                "{l:?}"
            ),
            "usage_name" => assert_ne!(first[name], second[name]),
            "given_name" => assert_ne!(first[given], second[given]),
            other => panic!("{other}"),
        }
    }
    for k in DuplicateKind::ALL {
        assert!(kinds.contains(k.name()), "{k} never drawn");
    }
}

#[test]
fn rows_are_in_random_order() {
    let (dir, _) = write(&small(Preset::Realistic, 3), "order");
    let f = read(&dir.0);
    let truth_j: HashSet<&str> = f.truth[1..].iter().map(|t| t[0].as_str()).collect();
    let first: Vec<bool> = f.justice[1..101]
        .iter()
        .map(|r| truth_j.contains(r[4].as_str()))
        .collect();
    assert!(first.iter().any(|&s| s) && first.iter().any(|&s| !s));
    let ml_rank: HashMap<&str, usize> = f.ml[1..]
        .iter()
        .enumerate()
        .map(|(i, r)| (r[5].as_str(), i))
        .collect();
    let ranks: Vec<usize> = f.truth[1..]
        .iter()
        .map(|t| ml_rank[t[1].as_str()])
        .collect();
    assert!(ranks.windows(2).any(|w| w[0] > w[1]) && ranks.windows(2).any(|w| w[0] < w[1]));
    let ids: Vec<u64> = f.ml[1..].iter().map(|r| r[5].parse().unwrap()).collect();
    assert!(ids.windows(2).any(|w| w[0] > w[1]) && ids.windows(2).any(|w| w[0] < w[1]));
}

/// A date as croise reads it (some rows carry it in words).
fn parse_date(s: &str) -> Option<NaiveDate> {
    croise_scheme::normalize::parse_date(s).ok()
}

#[test]
fn in_window_is_the_true_date_of_birth() {
    let spec = small(Preset::Hard, 4);
    let (dir, _) = write(&spec, "window");
    let f = read(&dir.0);
    let justice: HashMap<&str, &Vec<String>> =
        f.justice[1..].iter().map(|r| (r[4].as_str(), r)).collect();
    let ml: HashMap<&str, &Vec<String>> = f.ml[1..].iter().map(|r| (r[5].as_str(), r)).collect();
    let date_errors = ["day_month_swapped", "date_digit", "placeholder_jan1"];
    let mut checked = 0;
    for t in &f.truth[1..] {
        if date_errors.iter().any(|e| t[3].contains(e)) {
            continue;
        }
        let j = parse_date(&justice[t[0].as_str()][2]).unwrap();
        let m = parse_date(&ml[t[1].as_str()][3]).unwrap();
        assert_eq!(j, m, "no date error, same date");
        assert_eq!(t[2] == "true", in_window(j, spec.reference_date));
        checked += 1;
    }
    assert!(checked > 400);
    // Some dates are written in words, on both sides, and read as the
    // same date as the other side's (checked above).
    let in_words = |rows: &[Vec<String>], column: usize| {
        rows[1..]
            .iter()
            .filter(|r| r[column].chars().any(char::is_alphabetic))
            .count()
    };
    assert!(in_words(&f.ml, 3) > 10, "{}", in_words(&f.ml, 3));
    assert!(in_words(&f.justice, 2) > 2, "{}", in_words(&f.justice, 2));
    // Dates near both ends of the window occur, on both sides of each end.
    let (first, last) = age_window(spec.reference_date);
    let dates: Vec<NaiveDate> = f.justice[1..]
        .iter()
        .filter_map(|r| parse_date(&r[2]))
        .collect();
    assert!(
        dates
            .iter()
            .any(|d| (*d - first).num_days().abs() < 30 && *d < first)
    );
    assert!(
        dates
            .iter()
            .any(|d| (*d - last).num_days().abs() < 30 && *d > last)
    );
}

fn normalise(s: &str) -> String {
    super::errors::fold_accents(&s.to_uppercase()).replace(", ", " ")
}

#[test]
fn clean_pairs_differ_only_by_case_and_accents() {
    let spec = small(Preset::Clean, 5);
    let (dir, summary) = write(&spec, "clean");
    let f = read(&dir.0);
    assert_eq!(
        summary.rejected_justice.total() + summary.rejected_mission_locale.total(),
        0
    );
    for (kind, n) in summary.errors.iter() {
        if kind != ErrorKind::AccentDropped {
            assert_eq!(n, 0, "{kind}");
        }
    }
    assert!(summary.errors.get(ErrorKind::AccentDropped) > 50);
    let justice: HashMap<&str, &Vec<String>> =
        f.justice[1..].iter().map(|r| (r[4].as_str(), r)).collect();
    let ml: HashMap<&str, &Vec<String>> = f.ml[1..].iter().map(|r| (r[5].as_str(), r)).collect();
    for t in &f.truth[1..] {
        let j = justice[t[0].as_str()];
        let m = ml[t[1].as_str()];
        assert_eq!(normalise(&j[0]), normalise(&m[0]), "surname");
        assert_eq!(normalise(&j[1]), normalise(&m[2]), "given names");
        assert_eq!(j[2], m[3], "date");
        assert_eq!(j[3] == "M", m[4] == "H", "sex");
    }
}

#[test]
fn hard_preset_shows_every_error_and_reject_kind() {
    let spec = SampleSpec::new(Preset::Hard, 6_000, 15_000, reference(), 6);
    let (dir, summary) = write(&spec, "hard");
    for (kind, n) in summary.errors.iter() {
        assert!(n > 0, "{kind} never injected");
    }
    for (kind, n) in summary.rejected_justice.iter() {
        assert!(
            n + summary.rejected_mission_locale.get(kind) > 0,
            "{kind} never injected"
        );
    }
    assert!(summary.twin_pairs_mission_locale > 20, "{summary}");
    assert!(summary.twin_traps > 5, "{summary}");

    // Twins in the Mission Locale file: same birth surname and date, same
    // sex, different first names.
    let f = read(&dir.0);
    let mut groups: HashMap<(String, String, String), HashSet<String>> = HashMap::new();
    for r in &f.ml[1..] {
        let key = (normalise(&r[0]), r[3].clone(), r[4].clone());
        let first = normalise(r[2].split([' ', ',']).next().unwrap_or(""));
        groups.entry(key).or_default().insert(first);
    }
    let twins = groups.values().filter(|g| g.len() >= 2).count();
    assert!(
        twins > 20,
        "{twins} surname+date+sex groups with different first names"
    );

    // Rejected rows are really unreadable.
    let bad_dates = f.ml[1..]
        .iter()
        .chain(f.justice[1..].iter())
        .filter(|r| {
            let d = if r.len() == 6 { &r[3] } else { &r[2] };
            parse_date(d).is_none()
        })
        .count();
    let expected: usize = [
        RejectKind::EmptyDate,
        RejectKind::PartialDate,
        RejectKind::ImpossibleDate,
    ]
    .iter()
    .map(|&k| summary.rejected_justice.get(k) + summary.rejected_mission_locale.get(k))
    .sum();
    assert_eq!(bad_dates, expected);
}

#[test]
fn realistic_rates_land_near_their_targets() {
    let spec = SampleSpec::new(Preset::Realistic, 10_000, 12_000, reference(), 7);
    let (_dir, s) = write(&spec, "rates");
    let share = |k: ErrorKind| s.errors.get(k) as f64 / s.true_links as f64;
    assert!(
        (0.02..0.06).contains(&share(ErrorKind::Typo)),
        "typo {}",
        share(ErrorKind::Typo)
    );
    assert!((0.3..0.6).contains(&share(ErrorKind::OnlyFirstGivenName)));
    assert!((0.15..0.5).contains(&share(ErrorKind::AccentDropped)));
    assert!(share(ErrorKind::NamesSwapped) < 0.02);
    assert!(s.links_with_errors > s.true_links / 2);
    assert!(s.rejected_mission_locale.total() > 0 && s.rejected_mission_locale.total() < 200);
}

#[test]
fn progress_is_reported() {
    let spec = SampleSpec::new(Preset::Clean, 3_000, 25_000, reference(), 8);
    let dir = TempDir::new("progress");
    let mut calls = Vec::new();
    write_sample(&spec, &dir.0, &mut |d, t| calls.push((d, t))).unwrap();
    assert!(calls.len() >= 2);
    assert!(calls.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(*calls.last().unwrap(), (28_000, 28_000));
}

#[test]
fn invalid_specs_are_refused() {
    let dir = TempDir::new("invalid");
    let mut spec = small(Preset::Realistic, 1);
    spec.overlap = 1.5;
    assert!(matches!(
        write_sample(&spec, &dir.0, &mut |_, _| {}),
        Err(SampleError::InvalidSpec(_))
    ));
    spec.overlap = f64::NAN;
    assert!(spec.validate().is_err());
    let mut spec = small(Preset::Realistic, 1);
    spec.justice_rows = 0;
    assert!(spec.validate().is_err());
    let mut spec = SampleSpec::new(Preset::Realistic, 1_000, 100, reference(), 1);
    assert!(
        spec.validate().is_err(),
        "400 shared people cannot fit in 100 rows"
    );
    spec.overlap = 0.1;
    assert!(spec.validate().is_ok());
    spec.rates.typo = -0.1;
    let e = spec.validate().unwrap_err().to_string();
    assert!(e.contains("typo"), "{e}");
    assert!(!dir.0.exists(), "nothing written for an invalid spec");
}

#[test]
fn edge_overlaps_work() {
    let mut spec = SampleSpec::new(Preset::Realistic, 50, 50, reference(), 1);
    spec.overlap = 1.0;
    let (_d, s) = write(&spec, "overlap-all");
    // 3 % of 50 rows, rounded: 2 second rows, 48 people.
    assert_eq!(s.true_links, 48);
    assert_eq!(s.true_links, spec.shared_people());
    spec.overlap = 0.0;
    let (_d, s) = write(&spec, "overlap-none");
    assert_eq!(s.true_links, 0);
    let spec = SampleSpec::new(Preset::Hard, 1, 1, reference(), 1);
    let (_d, s) = write(&spec, "tiny");
    assert_eq!((s.justice_rows, s.mission_locale_rows), (1, 1));
}

#[test]
fn presets_parse_and_print() {
    for p in Preset::ALL {
        assert_eq!(p.to_string().parse::<Preset>().unwrap(), p);
    }
    assert_eq!("Hard".parse::<Preset>().unwrap(), Preset::Hard);
    assert!("medium".parse::<Preset>().is_err());
}

#[test]
fn rates_are_addressable_by_kind() {
    let mut r = ErrorRates::for_preset(Preset::Realistic);
    for k in ErrorKind::ALL {
        *r.rate_mut(k) = 0.25;
        assert_eq!(r.rate(k), 0.25);
    }
    let hard = ErrorRates::for_preset(Preset::Hard);
    let realistic = ErrorRates::for_preset(Preset::Realistic);
    for k in ErrorKind::ALL {
        assert!(hard.rate(k) >= realistic.rate(k), "{k}");
    }
}

/// Pins the bytes of one small sample. A failure means the same spec no
/// longer gives the same files: expected after a deliberate change of the
/// tables or rules (update the values), a bug otherwise (e.g. a `rand`
/// update that changed its sampling algorithms).
#[test]
fn fixed_spec_gives_pinned_bytes() {
    let spec = SampleSpec::new(Preset::Hard, 300, 900, reference(), 2025);
    let (dir, _) = write(&spec, "pinned");
    let hashes: Vec<String> = [
        JUSTICE_FILE,
        MISSION_LOCALE_FILE,
        TRUTH_FILE,
        DUPLICATES_FILE,
    ]
    .iter()
    .map(|f| {
        format!(
            "{:016x}",
            render::fnv1a(&std::fs::read(dir.0.join(f)).unwrap())
        )
    })
    .collect();
    assert_eq!(
        hashes,
        [
            "915b02c7ec4977d4",
            "63455d579b968892",
            "3e561689bd622831",
            "8fbf27acd4b95e22"
        ]
    );
}
