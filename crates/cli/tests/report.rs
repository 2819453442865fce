//! `croise report` end to end: campaigns run through the real binary on the
//! bundled invented samples, then the report checked figure by figure
//! against the summaries, for small counts, and in a headless browser.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use croise::campaign::CoordinatorContext;
use croise::format::summary::{self, LinkCounts, PairSummary, PartySummary, Summary};
use croise::format::tokens::ListCounts;

const PARTIES: [(&str, &str, &str); 4] = [
    ("stemo-nancy", "justice", "STEMO de Nancy"),
    ("stemo-metz", "justice", "STEMO de Metz"),
    (
        "ml-nancy",
        "mission-locale",
        "Mission Locale du Grand Nancy",
    ),
    ("ml-metz", "mission-locale", "Mission Locale de Metz"),
];

fn croise(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("croise").unwrap();
    cmd.current_dir(dir);
    cmd
}

/// Runs the command, panicking with its output if it fails.
fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{cmd:?} failed:\n{text}");
    text
}

/// Runs the command, expecting it to fail; returns its error output.
fn fails(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(!out.status.success(), "{cmd:?} should have failed");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Identities for the four parties and one coordinator.
struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> Self {
        let world = World {
            dir: tempfile::tempdir().unwrap(),
        };
        for who in PARTIES.iter().map(|p| p.0).chain(["coordinator"]) {
            let out = run(croise(world.path())
                .args(["identity", "new", "--out"])
                .arg(format!("{who}.id")));
            let recipient = out.lines().find(|l| l.starts_with("age1")).unwrap();
            std::fs::write(world.path().join(format!("{who}.pub")), recipient).unwrap();
        }
        world
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn recipient(&self, who: &str) -> String {
        std::fs::read_to_string(self.path().join(format!("{who}.pub"))).unwrap()
    }

    /// Creates a campaign in folder `name`; returns its manifest.
    fn campaign(&self, name: &str, reference_date: &str) -> PathBuf {
        let mut cmd = croise(self.path());
        cmd.args([
            "campaign",
            "new",
            "--name",
            name,
            "--reference-date",
            reference_date,
        ]);
        for (id, side, label) in PARTIES {
            cmd.arg("--party")
                .arg(format!("{id}:{side}:{}:{label}", self.recipient(id)));
        }
        cmd.arg("--coordinator")
            .arg(self.recipient("coordinator"))
            .arg("--out")
            .arg(name);
        run(&mut cmd);
        self.path().join(name).join("campaign.toml")
    }

    /// Runs a whole campaign on the samples; returns (manifest, summary).
    fn run_campaign(&self, name: &str, reference_date: &str) -> (PathBuf, PathBuf) {
        let manifest = self.campaign(name, reference_date);
        let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
        let mut tokens = Vec::new();
        for (id, _, _) in PARTIES {
            let out = self.path().join(name).join(format!("{id}.tokens.age"));
            run(croise(self.path())
                .arg("tokenize")
                .arg(samples.join(format!("{id}.csv")))
                .arg("--campaign")
                .arg(&manifest)
                .arg("--key")
                .arg(self.path().join(name).join(format!("keys/{id}.key.age")))
                .arg("--identity")
                .arg(format!("{id}.id"))
                .arg("--out")
                .arg(&out)
                // The STEMO samples lose rows on purpose (tests/losses.rs).
                .arg("--accept-losses"));
            tokens.push(out);
        }
        let results = self.path().join(name).join("results");
        run(croise(self.path())
            .arg("match")
            .args(&tokens)
            .arg("--campaign")
            .arg(&manifest)
            .args(["--identity", "coordinator.id", "--out-dir"])
            .arg(&results));
        (manifest, results.join("summary.toml"))
    }

    fn report(&self, summaries: &[&Path], manifests: &[&Path], out_dir: &str) -> Command {
        let mut cmd = croise(self.path());
        cmd.arg("report").args(summaries);
        for m in manifests {
            cmd.arg("--campaign").arg(m);
        }
        cmd.args(["--identity", "coordinator.id", "--out-dir", out_dir]);
        cmd
    }

    fn summary(&self, manifest: &Path, summary: &Path) -> Summary {
        let ctx = CoordinatorContext::open(manifest, &self.path().join("coordinator.id")).unwrap();
        Summary::load(summary, &ctx.auth).unwrap()
    }
}

/// The CSV's rows as maps from column name to value.
fn read_csv(path: &Path, delimiter: u8) -> Vec<BTreeMap<String, String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn confidence_count(links: &LinkCounts, label: &str) -> u64 {
    match label {
        "sûr" => links.sure,
        "probable" => links.probable,
        "à vérifier" => links.to_review,
        "Ensemble" => links.total(),
        other => panic!("confidence {other}"),
    }
}

/// The true value behind a CSV row of counts, from the summary.
fn true_value(row: &BTreeMap<String, String>, s: &Summary) -> Option<u64> {
    let org = row["id_organisation"].as_str();
    let partner = row["id_partenaire"].as_str();
    let age = row["age"].as_str();
    let party = |id: &str| s.parties.iter().find(|p| p.id == id).unwrap();
    let side_parties = |side: &str| {
        s.parties
            .iter()
            .filter(move |p| p.side == side)
            .collect::<Vec<_>>()
    };
    let by_age = |p: &PartySummary| -> u64 {
        if age == "Ensemble" {
            p.records
        } else {
            p.counts.kept_by_age.get(age).copied().unwrap_or(0)
        }
    };
    let side_of_row = || {
        if row["reseau"] == "STEMO" {
            "justice"
        } else {
            "mission-locale"
        }
    };
    let not_kept = |what: fn(&ListCounts) -> u64| -> u64 {
        if org.is_empty() {
            side_parties(side_of_row())
                .into_iter()
                .map(|p| what(&p.counts))
                .sum()
        } else {
            what(&party(org).counts)
        }
    };
    match row["indicateur"].as_str() {
        "lignes rejetées" => Some(not_kept(|c| c.rejected_total())),
        "lignes hors tranche d'âge" => Some(not_kept(|c| c.out_of_window)),
        "lignes non retenues" => Some(not_kept(|c| c.rejected_total() + c.out_of_window)),
        "dossiers transmis" => Some(if org.is_empty() {
            let side = if row["reseau"] == "STEMO" {
                "justice"
            } else {
                "mission-locale"
            };
            side_parties(side).into_iter().map(by_age).sum()
        } else {
            by_age(party(org))
        }),
        "rapprochements" => {
            let conf = row["niveau_confiance"].as_str();
            let pairs = s.pairs.iter().filter(|p: &&PairSummary| {
                if !partner.is_empty() {
                    p.justice == org && p.mission_locale == partner
                } else if org.is_empty() {
                    true
                } else {
                    p.justice == org || p.mission_locale == org
                }
            });
            Some(pairs.map(|p| confidence_count(&p.links, conf)).sum())
        }
        _ => None,
    }
}

/// Every count of the CSV is the true one (status `publié`), `<5` for 1 to
/// 4, or `masqué` for a larger masked one, with no value when hidden; and
/// nothing from 1 to 4 is shown.
fn check_csv_against(rows: &[BTreeMap<String, String>], s: &Summary) -> (usize, usize, usize) {
    let (mut shown, mut small, mut masked) = (0, 0, 0);
    for row in rows.iter().filter(|r| r["id_campagne"] == s.campaign_id) {
        let Some(truth) = true_value(row, s) else {
            continue;
        };
        match row["statut"].as_str() {
            "<5" => {
                assert!((1..5).contains(&truth), "{row:?} is {truth}");
                assert_eq!(row["valeur"], "", "{row:?}");
                small += 1;
            }
            "masqué" => {
                assert!(truth >= 5, "{row:?} is {truth}");
                assert_eq!(row["valeur"], "", "{row:?}");
                masked += 1;
            }
            "publié" => {
                assert_eq!(row["valeur"].parse::<u64>().unwrap(), truth, "{row:?}");
                assert!(truth == 0 || truth >= 5, "{row:?} shows a small count");
                shown += 1;
            }
            other => panic!("status {other} in {row:?}"),
        }
    }
    (shown, small, masked)
}

/// What the page must never hold: anything that fetches or points outside.
fn assert_self_contained(page: &str) {
    let lower = page.to_ascii_lowercase();
    for forbidden in [
        "http://",
        "https://",
        "<link",
        "@import",
        "url(",
        "<script",
        "src=",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "xlink:href",
        "//cdn",
    ] {
        assert!(!lower.contains(forbidden), "the page holds `{forbidden}`");
    }
    // Internal anchors only.
    for href in lower.split("href=\"").skip(1) {
        assert!(href.starts_with('#'), "link out of the page: {href:.40}");
    }
}

fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Opens the page in a headless Chromium, with every host unresolvable so
/// that nothing could be fetched anyway; returns the rendered DOM and
/// checks that a screenshot is made. Without Chromium: says so loudly, and
/// fails under CI (which installs it).
fn render_in_browser(page: &Path, work: &Path) -> Option<String> {
    let Some(chromium) = chromium() else {
        let message = "\n\n*** Chromium is not installed (/usr/bin/chromium): the report page was NOT \
                       rendered in a browser. Install it (apt-get install chromium) to run this check. ***\n";
        eprintln!("{message}");
        assert!(std::env::var_os("CI").is_none(), "{message}");
        return None;
    };
    let common = |cmd: &mut Command| {
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.join("chromium-profile").display()
        ));
    };
    let mut dump = Command::new(&chromium);
    common(&mut dump);
    dump.arg("--dump-dom").arg(page);
    let out = dump.output().unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8(out.stdout).unwrap();

    let shot = work.join("report.png");
    let mut screenshot = Command::new(&chromium);
    common(&mut screenshot);
    screenshot
        .arg("--window-size=1100,2000")
        .arg(format!("--screenshot={}", shot.display()))
        .arg(page);
    let out = screenshot.output().unwrap();
    assert!(out.status.success(), "chromium screenshot failed");
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot"
    );
    Some(dom)
}

#[test]
fn report_on_one_campaign_matches_its_summary_and_renders() {
    let world = World::new();
    let (manifest, summary_path) = world.run_campaign("t4", "2026-10-01");
    let out = run(&mut world.report(&[&summary_path], &[&manifest], "rapport"));
    assert!(
        out.contains("Report on 1 campaign(s), threshold 5"),
        "{out}"
    );

    // The summary carries no handle and no match number: only counts.
    let summary_text = std::fs::read_to_string(&summary_path).unwrap();
    let value: toml::Value = toml::from_str(&summary_text).unwrap();
    let mut keys = Vec::new();
    fn walk(v: &toml::Value, keys: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    keys.push(k.clone());
                    walk(v, keys);
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, keys)),
            _ => {}
        }
    }
    walk(&value, &mut keys);
    for key in &keys {
        assert!(
            !key.contains("handle") && !key.contains("match") && !key.contains("token"),
            "summary holds `{key}`"
        );
    }

    let summary = world.summary(&manifest, &summary_path);
    let rows = read_csv(&world.path().join("rapport/report.csv"), b';');
    let (shown, small, masked) = check_csv_against(&rows, &summary);
    assert!(
        shown > 0 && small > 0 && masked > 0,
        "{shown} {small} {masked}"
    );
    // Records per party are large in the samples: shown as they are.
    for party in &summary.parties {
        let row = rows
            .iter()
            .find(|r| {
                r["indicateur"] == "dossiers transmis"
                    && r["id_organisation"] == party.id
                    && r["age"] == "Ensemble"
            })
            .unwrap();
        assert_eq!(row["valeur"], party.records.to_string());
        assert_eq!(row["statut"], "publié");
        assert_eq!(row["campagne"], "t4");
        assert_eq!(row["date_reference"], "2026-10-01");
    }
    // Ages 16 and 17, from the counts of the token files.
    let ages: Vec<&str> = rows
        .iter()
        .filter(|r| r["indicateur"] == "dossiers transmis")
        .map(|r| r["age"].as_str())
        .collect();
    assert!(ages.contains(&"16") && ages.contains(&"17"));

    let page_path = world.path().join("rapport/report.html");
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert_self_contained(&page);
    assert!(page.contains("<html lang=\"fr\">"));
    assert!(page.contains("Date de référence</dt><dd>1er octobre 2026"));
    // Identifiers in the annex, after every figure; what the figures mean
    // before them.
    let annex = page.find("id=\"annex\"").unwrap();
    assert!(page.find("keys-v4").unwrap() > annex);
    assert!(page.find(&summary.campaign_id).unwrap() > annex);
    assert!(page.find("Comment lire ces chiffres").unwrap() < page.find("<table").unwrap());
    assert!(page.contains("Qualité des listes transmises"));
    for (_, _, name) in PARTIES {
        assert!(page.contains(name));
    }
    // Rows not kept, per organisation, against the summary.
    let rejected: Vec<&BTreeMap<String, String>> = rows
        .iter()
        .filter(|r| r["indicateur"] == "lignes rejetées")
        .collect();
    assert_eq!(rejected.len(), PARTIES.len() + 2);

    if let Some(dom) = render_in_browser(&page_path, world.path()) {
        assert!(
            dom.contains("<svg class=\"chart\" id=\"chart-0\""),
            "chart rendered"
        );
        assert!(dom.contains("<rect class=\"bar bar-justice\""));
        assert!(dom.contains("<desc id=\"chart-0-desc\">"));
        assert!(dom.contains("Rapprochements par organisation"));
        // The meaning first, the identifiers last, as the browser lays
        // them out.
        let meaning = dom.find("Comment lire ces chiffres").unwrap();
        let quality = dom.find("Qualité des listes transmises").unwrap();
        let annex = dom.find("Annexe technique").unwrap();
        assert!(meaning < quality && quality < annex);
        assert!(dom.find("keys-v4").unwrap() > annex);
    }

    // Never overwrites.
    let err = fails(&mut world.report(&[&summary_path], &[&manifest], "rapport"));
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn report_on_several_campaigns_shows_the_trend() {
    let world = World::new();
    let (m3, s3) = world.run_campaign("t3", "2026-07-01");
    let (m4, s4) = world.run_campaign("t4", "2026-10-01");

    // One manifest for two campaigns: refused, naming the missing one.
    let err = fails(&mut world.report(&[&s3, &s4], &[&m3], "x"));
    assert!(err.contains("“t4”") && err.contains("--campaign"), "{err}");

    // Newest first on the command line: the report sorts by date.
    run(&mut world.report(&[&s4, &s3], &[&m3, &m4], "rapport"));
    let rows = read_csv(&world.path().join("rapport/report.csv"), b';');
    let campaigns: Vec<&str> = rows.iter().map(|r| r["campagne"].as_str()).collect();
    let first_t4 = campaigns.iter().position(|c| *c == "t4").unwrap();
    assert!(campaigns[..first_t4].iter().all(|c| *c == "t3"));
    check_csv_against(&rows, &world.summary(&m3, &s3));
    check_csv_against(&rows, &world.summary(&m4, &s4));

    let page_path = world.path().join("rapport/report.html");
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert_self_contained(&page);
    assert!(page.contains("Évolution d’une campagne à l’autre"));
    assert!(page.contains("Part des dossiers transmis rapprochés, par campagne"));
    assert!(page.contains("id=\"chart-trend\""));
    if let Some(dom) = render_in_browser(&page_path, world.path()) {
        assert!(dom.contains("id=\"chart-trend\""));
        assert!(dom.contains("id=\"chart-trend-organisations\""));
    }

    // The same in English, with a comma-separated CSV.
    run(world
        .report(&[&s3, &s4], &[&m3, &m4], "report-en")
        .args(["--lang", "en"]));
    let page = std::fs::read_to_string(world.path().join("report-en/report.html")).unwrap();
    assert_self_contained(&page);
    assert!(page.contains("<html lang=\"en\">") && page.contains("Trend across campaigns"));
    let rows = read_csv(&world.path().join("report-en/report.csv"), b',');
    assert!(rows.iter().any(|r| r["indicator"] == "links"));
    assert!(
        rows.iter().all(
            |r| ["published", "<5", "masked", "not applicable"].contains(&r["status"].as_str())
        )
    );
}

/// Writes a summary of the campaign of `manifest` with the given links per
/// pair (sure, probable, to review), signed with the campaign's key.
fn crafted_summary(world: &World, manifest: &Path, links: [[(u64, u64, u64); 2]; 2]) -> PathBuf {
    crafted_summary_named(world, manifest, links, PARTIES.map(|p| p.2), None)
}

/// The same, with the parties and the campaign named as given.
fn crafted_summary_named(
    world: &World,
    manifest: &Path,
    links: [[(u64, u64, u64); 2]; 2],
    names: [&str; 4],
    campaign_name: Option<&str>,
) -> PathBuf {
    let ctx = CoordinatorContext::open(manifest, &world.path().join("coordinator.id")).unwrap();
    let records = [40u64, 30, 60, 50];
    let parties = PARTIES
        .iter()
        .zip(records)
        .zip(names)
        .map(|(((id, side, _), n), name)| PartySummary {
            id: id.to_string(),
            name: name.to_string(),
            side: side.to_string(),
            records: n,
            counts: ListCounts {
                rows_read: n,
                kept: n,
                out_of_window: 0,
                rejected: BTreeMap::new(),
                kept_by_age: [("16".to_string(), n / 2), ("17".to_string(), n - n / 2)].into(),
            },
            linked: 0,
            max_records: 5_000,
            other_side_linked: 0,
            other_side_records: 0,
        })
        .collect();
    let mut pairs = Vec::new();
    let mut totals = LinkCounts::default();
    for (j, row) in links.iter().enumerate() {
        for (m, &(sure, probable, to_review)) in row.iter().enumerate() {
            totals.sure += sure;
            totals.probable += probable;
            totals.to_review += to_review;
            pairs.push(PairSummary {
                justice: PARTIES[j].0.into(),
                mission_locale: PARTIES[2 + m].0.into(),
                links: LinkCounts {
                    sure,
                    probable,
                    to_review,
                },
            });
        }
    }
    let summary = Summary {
        kind: summary::KIND.into(),
        format: summary::FORMAT,
        campaign_id: ctx.manifest.campaign_id.to_string(),
        campaign_name: campaign_name.map_or_else(|| ctx.manifest.name.clone(), String::from),
        reference_date: ctx.manifest.reference_date,
        min_age: ctx.manifest.min_age,
        max_age: ctx.manifest.max_age,
        scheme: ctx.manifest.scheme.clone(),
        run_date: ctx.manifest.reference_date,
        totals,
        parties,
        pairs,
        candidates: 0,
        model: Vec::new(),
        absent_parties: Vec::new(),
        outliers: Vec::new(),
        mac: String::new(),
    };
    let path = world.path().join("crafted-summary.toml");
    std::fs::write(&path, summary.to_toml(&ctx.auth)).unwrap();
    path
}

/// What a row shows: its value when published, else its status.
fn shown(row: &BTreeMap<String, String>) -> String {
    match row["statut"].as_str() {
        "publié" => row["valeur"].clone(),
        status => status.to_string(),
    }
}

fn pair_value(rows: &[BTreeMap<String, String>], j: &str, m: &str, conf: &str) -> String {
    shown(
        rows.iter()
            .find(|r| {
                r["indicateur"] == "rapprochements"
                    && r["id_organisation"] == j
                    && r["id_partenaire"] == m
                    && r["niveau_confiance"] == conf
            })
            .unwrap(),
    )
}

fn org_value(rows: &[BTreeMap<String, String>], org: &str) -> String {
    shown(
        rows.iter()
            .find(|r| {
                r["indicateur"] == "rapprochements"
                    && r["id_organisation"] == org
                    && r["id_partenaire"].is_empty()
                    && r["niveau_confiance"] == "Ensemble"
            })
            .unwrap(),
    )
}

#[test]
fn crafted_summary_gets_primary_and_secondary_suppression() {
    let world = World::new();
    let manifest = world.campaign("crafted", "2026-10-01");
    // One small pair: 3 links between STEMO Nancy and ML Nancy. Alone in
    // its row and column it would be the margin minus the other pair: a
    // rectangle of four pairs is hidden, margins stay visible.
    let summary = crafted_summary(
        &world,
        &manifest,
        [[(3, 0, 0), (12, 0, 0)], [(20, 0, 0), (25, 0, 0)]],
    );
    run(&mut world.report(&[&summary], &[&manifest], "rapport"));
    let rows = read_csv(&world.path().join("rapport/report.csv"), b';');
    let s = world.summary(&manifest, &summary);
    check_csv_against(&rows, &s);
    let total = |j, m| pair_value(&rows, j, m, "Ensemble");
    assert_eq!(total("stemo-nancy", "ml-nancy"), "<5");
    assert_eq!(total("stemo-nancy", "ml-metz"), "masqué");
    assert_eq!(total("stemo-metz", "ml-nancy"), "masqué");
    assert_eq!(total("stemo-metz", "ml-metz"), "masqué");
    assert_eq!(org_value(&rows, "stemo-nancy"), "15");
    assert_eq!(org_value(&rows, "stemo-metz"), "45");
    assert_eq!(org_value(&rows, "ml-nancy"), "23");
    assert_eq!(org_value(&rows, "ml-metz"), "37");
    // The hidden pair's shares are hidden too.
    let share = rows
        .iter()
        .find(|r| {
            r["indicateur"] == "part des dossiers du STEMO (%)"
                && r["id_organisation"] == "stemo-nancy"
                && r["id_partenaire"] == "ml-nancy"
        })
        .unwrap();
    assert_eq!(share["valeur"], "");
    assert_eq!(share["statut"], "masqué");

    // A higher threshold hides more: 12 is now small.
    run(world
        .report(&[&summary], &[&manifest], "rapport-13")
        .args(["--threshold", "13"]));
    let rows = read_csv(&world.path().join("rapport-13/report.csv"), b';');
    assert_eq!(
        pair_value(&rows, "stemo-nancy", "ml-metz", "Ensemble"),
        "<13"
    );
    for row in rows.iter().filter(|r| !r["indicateur"].starts_with("part")) {
        if let Ok(n) = row["valeur"].parse::<u64>() {
            assert!(n == 0 || n >= 13, "{row:?}");
        }
    }
}

#[test]
fn threshold_below_five_needs_the_explicit_flag() {
    let world = World::new();
    let manifest = world.campaign("seuil", "2026-10-01");
    let summary = crafted_summary(
        &world,
        &manifest,
        [[(3, 0, 0), (12, 0, 0)], [(20, 0, 0), (25, 0, 0)]],
    );
    let err = fails(
        world
            .report(&[&summary], &[&manifest], "x")
            .args(["--threshold", "3"]),
    );
    assert!(err.contains("--allow-threshold-below-5"), "{err}");
    assert!(!world.path().join("x").exists());

    let out = run(world.report(&[&summary], &[&manifest], "rapport").args([
        "--threshold",
        "3",
        "--allow-threshold-below-5",
    ]));
    assert!(out.contains("below the usual rule of 5"), "{out}");
    let page = std::fs::read_to_string(world.path().join("rapport/report.html")).unwrap();
    assert!(page.contains("seuil inférieur à la règle habituelle de 5"));
    let rows = read_csv(&world.path().join("rapport/report.csv"), b';');
    assert_eq!(
        pair_value(&rows, "stemo-nancy", "ml-nancy", "Ensemble"),
        "3"
    );
}

#[test]
fn an_altered_summary_is_refused() {
    let world = World::new();
    let manifest = world.campaign("altered", "2026-10-01");
    let summary = crafted_summary(
        &world,
        &manifest,
        [[(3, 0, 0), (12, 0, 0)], [(20, 0, 0), (25, 0, 0)]],
    );
    let text = std::fs::read_to_string(&summary).unwrap();
    std::fs::write(&summary, text.replacen("sure = 3", "sure = 7", 1)).unwrap();
    let err = fails(&mut world.report(&[&summary], &[&manifest], "x"));
    assert!(err.contains("altered"), "{err}");
    assert!(!world.path().join("x").exists());
}

#[test]
fn organisation_totals_are_shown_when_only_the_levels_are_small() {
    let world = World::new();
    let manifest = world.campaign("niveaux", "2026-10-01");
    // A few "probable" and "to review" links in every pair: the totals per
    // pair and per organisation are all 5 or more, and all are shown.
    let summary = crafted_summary(
        &world,
        &manifest,
        [[(20, 2, 1), (15, 1, 0)], [(12, 0, 2), (30, 3, 1)]],
    );
    run(&mut world.report(&[&summary], &[&manifest], "rapport"));
    let rows = read_csv(&world.path().join("rapport/report.csv"), b';');
    check_csv_against(&rows, &world.summary(&manifest, &summary));
    for (org, total) in [
        ("stemo-nancy", "39"),
        ("stemo-metz", "48"),
        ("ml-nancy", "37"),
        ("ml-metz", "50"),
    ] {
        assert_eq!(org_value(&rows, org), total, "{org}");
    }
    assert_eq!(
        pair_value(&rows, "stemo-nancy", "ml-metz", "Ensemble"),
        "16"
    );
    // The levels are published where they hide no total: small ones as <5.
    assert!(
        rows.iter()
            .any(|r| r["niveau_confiance"] == "probable" && r["statut"] == "<5")
    );
}

#[test]
fn hostile_names_reach_neither_the_page_nor_the_spreadsheet() {
    let world = World::new();
    let manifest = world.campaign("noms", "2026-10-01");
    let summary = crafted_summary_named(
        &world,
        &manifest,
        [[(3, 0, 0), (12, 0, 0)], [(20, 0, 0), (25, 0, 0)]],
        [
            "=HYPERLINK(\"x\",\"clic\")",
            "STEMO \u{202E}ztem\u{202C}",
            "\x1b[2KMission Locale",
            "+33 Mission Locale",
        ],
        Some("@SUM(A1) \u{2066}campagne"),
    );
    run(&mut world.report(&[&summary], &[&manifest], "rapport"));
    let page = std::fs::read_to_string(world.path().join("rapport/report.html")).unwrap();
    assert_self_contained(&page);
    for bad in ['\u{1b}', '\u{202E}', '\u{202C}', '\u{2066}'] {
        assert!(!page.contains(bad), "{bad:?} reached the page");
    }
    assert!(page.contains("=HYPERLINK(&quot;x&quot;,&quot;clic&quot;)"));
    assert!(page.contains("STEMO \u{FFFD}ztem\u{FFFD}"));
    let bytes = std::fs::read(world.path().join("rapport/report.csv")).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    for bad in ['\u{1b}', '\u{202E}', '\u{202C}', '\u{2066}'] {
        assert!(!text.contains(bad), "{bad:?} reached the CSV");
    }
    let rows = read_csv(&world.path().join("rapport/report.csv"), b';');
    for row in &rows {
        for (column, cell) in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula in {column}: {cell}"
            );
        }
    }
    assert!(
        rows.iter()
            .any(|r| r["organisation"] == "'=HYPERLINK(\"x\",\"clic\")")
    );
    assert!(
        rows.iter()
            .any(|r| r["organisation"] == "'+33 Mission Locale")
    );
    assert!(
        rows.iter()
            .all(|r| r["campagne"] == "'@SUM(A1) \u{FFFD}campagne")
    );
}
