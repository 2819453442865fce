//! The local interface (`croise ui`) in a real headless Chromium: a whole
//! campaign with two STEMO, two Missions Locales and a coordinator, each in
//! its own workspace with its own server, through the pages only, ending
//! with the expected links on the samples; and the server's refusals.
//!
//! `CROISE_UPDATE_DOCS=1 cargo test -p croise-cli --test ui` also writes
//! the screenshots of the French guide (`docs/images/ui-*.png`).

#[path = "common/browser.rs"]
mod browser;
mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use browser::{Browser, files, http};
use common::{SAMPLE_PARTIES, decode_windows_1252, parse_csv, samples_dir};
use serde_json::json;

/// One participant's `croise ui`, in its own workspace.
struct Server {
    child: Child,
    url: String,
    port: u16,
    workspace: PathBuf,
    log: PathBuf,
}

impl Server {
    fn start(workspace: &Path, idle: u64) -> Server {
        std::fs::create_dir_all(workspace).unwrap();
        let log = workspace.with_extension("log");
        let mut child = Command::new(env!("CARGO_BIN_EXE_croise"))
            .args([
                "ui",
                "--no-browser",
                "--lang",
                "fr",
                "--idle",
                &idle.to_string(),
            ])
            .arg("--workspace")
            .arg(workspace)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first.trim().to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "first line: {url}");
        let port = url["http://127.0.0.1:".len()..]
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        Server {
            child,
            url,
            port,
            workspace: workspace.to_path_buf(),
            log,
        }
    }

    fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn page(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }

    fn token(&self) -> &str {
        self.url.rsplit('=').next().unwrap()
    }

    /// The campaign folder of this workspace whose name starts so.
    fn campaign_dir(&self, prefix: &str) -> PathBuf {
        std::fs::read_dir(self.workspace.join("campagnes"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} folder"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where the screenshots go: the guide's images with CROISE_UPDATE_DOCS=1,
/// else a folder of the test run.
fn screenshot(browser: &Browser, name: &str, scratch: &Path) {
    assert_accessible_basics(browser, name);
    let dir = if std::env::var_os("CROISE_UPDATE_DOCS").is_some() {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/images")
    } else {
        scratch.join("screens")
    };
    browser.screenshot(&dir.join(format!("ui-{name}.png")));
}

/// The basics of the RGAA a page can be checked for mechanically: the
/// page's language, a title, one `h1`, and a label for every field and
/// every button.
fn assert_accessible_basics(browser: &Browser, name: &str) {
    let problems = browser.script(
        "const p = [];
         if (!document.documentElement.lang) p.push('no lang');
         if (!document.title.trim()) p.push('no title');
         if (document.querySelectorAll('h1').length !== 1) p.push('not one h1');
         for (const e of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
           if (e.labels.length === 0 && !e.getAttribute('aria-label')) p.push('field without label: ' + (e.id || e.name));
         }
         for (const b of document.querySelectorAll('button')) {
           if (!b.hidden && !b.innerText.trim() && !b.getAttribute('aria-label')) p.push('button without text');
         }
         return p;",
        json!([]),
    );
    assert_eq!(problems, json!([]), "page {name}");
}

fn submit(browser: &Browser, form: &str) {
    browser
        .find(&format!("{form} button[type=submit]:not(.secondary)"))
        .click();
}

/// A linked row as a holder's page shows it: (party, partner, confidence,
/// local number).
type Seen = (&'static str, String, String, String);

fn expected_links() -> Vec<(String, String, String, String, String)> {
    let text = std::fs::read_to_string(samples_dir().join("expected-links.csv")).unwrap();
    let mut rows = parse_csv(&text, b',');
    rows.remove(0);
    rows.into_iter()
        .map(|r| {
            (
                r[0].clone(),
                r[1].clone(),
                r[2].clone(),
                r[3].clone(),
                r[4].clone(),
            )
        })
        .collect()
}

/// Every surname of the samples: none may appear in a server's log.
fn sample_surnames() -> Vec<String> {
    let mut names = Vec::new();
    for p in &SAMPLE_PARTIES {
        let bytes = std::fs::read(samples_dir().join(format!("{}.csv", p.id))).unwrap();
        let rows = if p.id.starts_with("stemo") {
            parse_csv(&decode_windows_1252(&bytes), b';')
        } else {
            parse_csv(String::from_utf8_lossy(&bytes[3..]).as_ref(), b',')
        };
        names.extend(rows.into_iter().skip(1).filter_map(|r| r.first().cloned()));
    }
    names.retain(|n| n.len() >= 4);
    names
}

#[test]
fn a_whole_campaign_runs_through_the_pages_and_finds_the_expected_links() {
    if !browser::available() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let downloads = root.path().join("telechargements");
    std::fs::create_dir_all(&downloads).unwrap();
    let browser = Browser::start(&downloads);

    // Everyone starts croise and creates an identity with one button.
    let mut servers: BTreeMap<&str, Server> = BTreeMap::new();
    let mut recipients: BTreeMap<&str, String> = BTreeMap::new();
    for who in [
        "stemo-nancy",
        "stemo-metz",
        "ml-nancy",
        "ml-metz",
        "coordinator",
    ] {
        let server = Server::start(&root.path().join(who), 900);
        browser.go(&server.url);
        if who == "stemo-nancy" {
            browser.find("h1");
            screenshot(&browser, "accueil", root.path());
            // French by default; English on the switch, and back.
            assert_eq!(browser.text("h1"), "Qui êtes-vous ?");
            browser.find("form[action='/langue'] button").click();
            browser.find("html[lang=en]");
            assert_eq!(browser.text("h1"), "Who are you?");
            browser.find("form[action='/langue'] button").click();
            browser.find("html[lang=fr]");
            assert_eq!(browser.text("h1"), "Qui êtes-vous ?");
        }
        browser.go(&server.page("/identite"));
        submit(&browser, "form[action='/identite']");
        let recipient = browser.find("#destinataire").property("value");
        assert!(recipient.starts_with("age1"), "{recipient}");
        assert!(browser.text("main").contains("Code de contrôle"));
        if who == "stemo-nancy" {
            screenshot(&browser, "identite", root.path());
        }
        recipients.insert(who, recipient);
        servers.insert(who, server);
    }

    // The STEMO of Nancy organises: the form, checked, then created.
    let organiser = &servers["stemo-nancy"];
    browser.go(&organiser.page("/organisateur"));
    browser
        .find("#name")
        .send_keys("Campagne démo (octobre 2026)");
    browser.script(
        "document.getElementById('reference_date').value = '2026-10-01';",
        json!([]),
    );
    browser
        .find("#coordinator")
        .send_keys(&recipients["coordinator"]);
    for (i, p) in SAMPLE_PARTIES.iter().enumerate() {
        browser.find(&format!("#name{i}")).send_keys(p.name);
        browser.find(&format!("#id{i}")).send_keys(p.id);
        browser.script(
            "document.getElementById(arguments[0]).value = arguments[1];",
            json!([format!("side{i}"), p.side]),
        );
        browser
            .find(&format!("#recipient{i}"))
            .send_keys(&recipients[p.id]);
        browser
            .find(&format!("#contact_name{i}"))
            .send_keys(&format!("Référent {}", p.name));
        browser
            .find(&format!("#contact_phone{i}"))
            .send_keys("03 83 00 00 00");
    }
    browser.find("button[value=check]").click();
    let checked = browser.text("main");
    assert!(
        checked.contains("1er octobre 2026"),
        "the date in words:\n{checked}"
    );
    assert!(checked.contains("Tout est en ordre"), "{checked}");
    screenshot(&browser, "organisateur", root.path());
    browser.find("button[value=create]").click();
    browser.wait_for_url("/campagne/organisation-");
    let created = browser.text("main");
    assert!(created.contains("Empreinte du manifeste"), "{created}");
    screenshot(&browser, "campagne-creee", root.path());
    let organised = organiser.campaign_dir("organisation-");
    let packs = organised.join("envoi");

    // Each data holder imports its pack, drops its list, makes its tokens.
    let mut token_files = Vec::new();
    for p in &SAMPLE_PARTIES {
        let server = &servers[p.id];
        browser.go(&server.url);
        browser.go(&server.page("/detenteur"));
        if p.id == "stemo-metz" {
            // Another party's pack: refused in the interface's words, the
            // file named as the user knows it, and nothing kept.
            let other = packs.join("stemo-nancy");
            browser.find("#pack").send_keys(&files(&[
                other.join("campaign.toml"),
                other.join("stemo-nancy.key.age"),
            ]));
            submit(&browser, "form[action='/detenteur']");
            browser.find(".error");
            let refused = browser.text("main");
            assert!(
                refused.contains("n'est pas destiné à l'identité de ce poste")
                    && refused.contains("stemo-nancy.key.age")
                    && !refused.contains("--identity"),
                "{refused}"
            );
            assert!(
                !server
                    .workspace
                    .join("campagnes")
                    .read_dir()
                    .unwrap()
                    .any(|e| {
                        e.unwrap()
                            .file_name()
                            .to_string_lossy()
                            .starts_with("detenteur-")
                    })
            );
        }
        let pack = packs.join(p.id);
        browser.find("#pack").send_keys(&files(&[
            pack.join("campaign.toml"),
            pack.join(format!("{}.key.age", p.id)),
        ]));
        if p.id == "stemo-nancy" {
            screenshot(&browser, "detenteur", root.path());
        }
        submit(&browser, "form[action='/detenteur']");
        browser.wait_for_url("/campagne/detenteur-");
        browser
            .find("#list")
            .send_keys(&files(&[samples_dir().join(format!("{}.csv", p.id))]));
        submit(&browser, "form[action$='/liste']");
        browser.find("select#role-birth-date");
        let check = browser.text("main");
        assert!(check.contains("Verdict"), "{check}");
        if p.id == "stemo-metz" {
            // Two rows of 35 rejected: shown with their values, to fix.
            assert!(check.contains("Lignes écartées : 2"), "{check}");
            screenshot(&browser, "liste-verifiee", root.path());
        }
        browser.find("input[name=accept_losses]").click();
        submit(&browser, "form[action$='/jetons']");
        browser.find("#step2 .box.ok");
        let ready = browser.text("main");
        assert!(
            ready.contains("Voici le fichier à envoyer au coordinateur"),
            "{ready}"
        );
        if p.id == "stemo-nancy" {
            screenshot(&browser, "jetons-prets", root.path());
        }
        let dir = server.campaign_dir("detenteur-");
        let tokens = dir.join(format!("{}.tokens.age", p.id));
        assert!(tokens.is_file());
        assert!(dir.join(format!("{}.snapshot.age", p.id)).is_file());
        token_files.push(tokens);
    }

    // The coordinator: the manifest, then the token files as they arrive.
    let coordinator = &servers["coordinator"];
    browser.go(&coordinator.url);
    browser.go(&coordinator.page("/coordinateur"));
    browser
        .find("#manifest")
        .send_keys(&files(&[packs.join("coordinateur/campaign.toml")]));
    submit(&browser, "form[action='/coordinateur']");
    browser.wait_for_url("/campagne/coordination-");
    browser.find("#tokens").send_keys(&files(&token_files[..3]));
    submit(&browser, "form[action$='/recus']");
    browser.find("input[name=partial]");
    let waiting = browser.text("main");
    assert!(waiting.contains("3 reçu(s) sur 4 attendu(s)"), "{waiting}");
    assert!(
        waiting.contains("Il manque le fichier de : Mission Locale de Metz"),
        "{waiting}"
    );
    screenshot(&browser, "coordination-attente", root.path());
    browser.find("#tokens").send_keys(&files(&token_files[3..]));
    submit(&browser, "form[action$='/recus']");
    browser.find("form[action$='/croiser']");
    assert!(browser.try_find("input[name=partial]").is_none());
    submit(&browser, "form[action$='/croiser']");
    browser.find("form[action$='/rapport']");
    let summary = browser.text("main");
    assert!(summary.contains("Les résultats à renvoyer"), "{summary}");
    submit(&browser, "form[action$='/rapport']");
    browser.find("iframe");
    screenshot(&browser, "coordination-resultats", root.path());
    let results = coordinator.campaign_dir("coordination-").join("resultats");
    assert!(
        coordinator
            .campaign_dir("coordination-")
            .join("rapport/report.html")
            .is_file()
    );

    // Each holder drops its result and reads its linked rows.
    let name_to_id: BTreeMap<&str, &str> = SAMPLE_PARTIES.iter().map(|p| (p.name, p.id)).collect();
    // Per side: match number → (party, partner, confidence, local number).
    let mut sides: [BTreeMap<String, Seen>; 2] = Default::default();
    for p in &SAMPLE_PARTIES {
        let server = &servers[p.id];
        browser.go(&server.url);
        let dir = server.campaign_dir("detenteur-");
        browser.go(&server.page(&format!(
            "/campagne/{}",
            dir.file_name().unwrap().to_string_lossy()
        )));
        browser
            .find("#result")
            .send_keys(&files(&[results.join(format!("{}.result.age", p.id))]));
        submit(&browser, "form[action$='/resultat']");
        browser.find("form[action$='/export']");
        if p.id == "stemo-nancy" {
            screenshot(&browser, "resultat", root.path());
        }
        let rows = browser.find("#step3 table").table();
        assert!(!rows.is_empty());
        let side = usize::from(p.side != "justice");
        for row in rows {
            // N°, row, the list's columns (the local number last), then
            // confidence, why not sure, partner, contact.
            let n = row.len();
            let (id, confidence, partner) =
                (row[n - 5].clone(), row[n - 4].clone(), row[n - 2].clone());
            let previous = sides[side].insert(row[0].clone(), (p.id, partner, confidence, id));
            assert!(previous.is_none(), "match {} twice on one side", row[0]);
        }
        // The whole list, with each row's status, in Excel.
        browser
            .find("form[action$='/export'] button[value=xlsx]")
            .click();
        let started = Instant::now();
        while !dir.join("sorties").is_dir() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no export written"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    let english = |c: &str| match c {
        "sûr" => "sure",
        "probable" => "probable",
        _ => "to review",
    };
    let mut links = Vec::new();
    for (number, (j_party, j_partner, j_confidence, j_id)) in &sides[0] {
        let (m_party, m_partner, m_confidence, m_id) = &sides[1][number];
        assert_eq!(name_to_id[j_partner.as_str()], *m_party, "match {number}");
        assert_eq!(name_to_id[m_partner.as_str()], *j_party, "match {number}");
        assert_eq!(j_confidence, m_confidence, "match {number}");
        links.push((
            j_party.to_string(),
            j_id.clone(),
            m_party.to_string(),
            m_id.clone(),
            english(j_confidence).to_string(),
        ));
    }
    assert_eq!(
        sides[0].len(),
        sides[1].len(),
        "every match number on both sides"
    );
    links.sort();
    assert_eq!(links, expected_links());

    // No name from any list reached any server's log.
    drop(browser);
    let names = sample_surnames();
    for server in servers.values() {
        let log = std::fs::read_to_string(&server.log).unwrap();
        for name in &names {
            assert!(
                !log.contains(name.as_str()),
                "{name} in {}:\n{log}",
                server.log.display()
            );
        }
    }
}

/// A campaign folder with a file in it, and a secret beside it, for the
/// path tests.
fn plant(workspace: &Path) -> String {
    let name = "detenteur-0123456789abcdef0123456789abcdef";
    let dir = workspace.join("campagnes").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("campaign.toml"), "kind = \"croise-campaign\"\n").unwrap();
    std::fs::write(workspace.join("secret.txt"), "SECRET-OUTSIDE").unwrap();
    name.to_string()
}

#[test]
fn the_server_refuses_what_does_not_come_from_its_own_tab() {
    let root = tempfile::tempdir().unwrap();
    let server = Server::start(&root.path().join("w"), 900);
    let host = format!("127.0.0.1:{}", server.port);
    let origin = server.origin();
    let campaign = plant(&server.workspace);

    // No token, or a wrong one: refused, and nothing is said of the token.
    let (status, _, body) = http(server.port, "GET", "/", &[("Host", &host)], b"");
    assert_eq!(status, 403);
    assert!(!String::from_utf8_lossy(&body).contains(server.token()));
    let wrong = format!("/ouvrir?session={}", "0".repeat(64));
    assert_eq!(
        http(server.port, "GET", &wrong, &[("Host", &host)], b"").0,
        403
    );

    // The right one is exchanged for an HttpOnly, SameSite=Strict cookie.
    let opening = format!("/ouvrir?session={}", server.token());
    let (status, headers, _) = http(server.port, "GET", &opening, &[("Host", &host)], b"");
    assert_eq!(status, 303);
    let set_cookie = headers
        .iter()
        .find(|(n, _)| n == "set-cookie")
        .map(|(_, v)| v.clone())
        .expect("a cookie");
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    let (status, headers, _) = http(
        server.port,
        "GET",
        "/",
        &[("Host", &host), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(status, 200);
    assert!(
        headers
            .iter()
            .any(|(n, v)| n == "content-security-policy" && v.contains("default-src 'none'"))
    );

    // A wrong cookie.
    let forged = format!("{}={}", cookie.split('=').next().unwrap(), "1".repeat(64));
    assert_eq!(
        http(
            server.port,
            "GET",
            "/",
            &[("Host", &host), ("Cookie", &forged)],
            b""
        )
        .0,
        403
    );

    // A foreign Host (DNS rebinding), even with the cookie.
    for foreign in [
        "evil.example",
        "localhost",
        &format!("evil.example:{}", server.port),
    ] {
        let (status, _, _) = http(
            server.port,
            "GET",
            "/",
            &[("Host", foreign), ("Cookie", &cookie)],
            b"",
        );
        assert_eq!(status, 421, "{foreign}");
    }

    // A state-changing request from another origin, or saying none, is
    // refused and changes nothing; from ours, it works.
    let identity = server.workspace.join("identite-croise.txt");
    for headers in [
        vec![
            ("Host", host.as_str()),
            ("Cookie", cookie.as_str()),
            ("Origin", "http://evil.example"),
        ],
        vec![("Host", host.as_str()), ("Cookie", cookie.as_str())],
        vec![
            ("Host", host.as_str()),
            ("Cookie", cookie.as_str()),
            ("Origin", "null"),
        ],
    ] {
        let (status, response, _) = http(server.port, "POST", "/identite", &headers, b"");
        assert_eq!(status, 403, "{headers:?}");
        assert!(
            !response
                .iter()
                .any(|(n, _)| n.starts_with("access-control-")),
            "no CORS"
        );
        assert!(!identity.exists(), "{headers:?} created the identity");
    }
    let (status, _, _) = http(
        server.port,
        "POST",
        "/identite",
        &[("Host", &host), ("Cookie", &cookie), ("Origin", &origin)],
        b"",
    );
    assert_eq!(status, 303);
    assert!(identity.is_file(), "the same request from our origin works");

    // Paths outside the workspace, or outside the campaign folder.
    let ok = format!("/campagne/{campaign}/fichier/campaign.toml");
    assert_eq!(
        http(
            server.port,
            "GET",
            &ok,
            &[("Host", &host), ("Cookie", &cookie)],
            b""
        )
        .0,
        200
    );
    for path in [
        format!("/campagne/{campaign}/fichier/../../../secret.txt"),
        format!("/campagne/{campaign}/fichier/..%2F..%2F..%2Fsecret.txt"),
        format!("/campagne/{campaign}/fichier/%2e%2e/%2e%2e/%2e%2e/secret.txt"),
        format!("/campagne/{campaign}/fichier/..%5C..%5C..%5Csecret.txt"),
        format!(
            "/campagne/{campaign}/fichier/{}",
            server.workspace.join("secret.txt").display()
        ),
        format!("/campagne/{campaign}/fichier/%2F{}", identity.display()),
        "/campagne/..%2F..%2Fsecret.txt/fichier/x".to_string(),
        "/campagne/../fichier/secret.txt".to_string(),
        "/campagne/detenteur-0123456789abcdef0123456789abcdef%2F..%2F../fichier/secret.txt"
            .to_string(),
    ] {
        let (status, _, body) = http(
            server.port,
            "GET",
            &path,
            &[("Host", &host), ("Cookie", &cookie)],
            b"",
        );
        let body = String::from_utf8_lossy(&body);
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(
            !body.contains("SECRET-OUTSIDE") && !body.contains("AGE-SECRET-KEY"),
            "{path}"
        );
    }
}

#[test]
fn the_server_stops_when_no_page_is_open_and_says_so() {
    let root = tempfile::tempdir().unwrap();
    let mut server = Server::start(&root.path().join("w"), 2);
    let started = Instant::now();
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "still running");
        std::thread::sleep(Duration::from_millis(100));
    }
    let log = std::fs::read_to_string(&server.log).unwrap();
    assert!(
        log.contains("Interface arrêtée : plus aucune page de croise n'était ouverte."),
        "{log}"
    );
    assert!(log.contains("Dossier de travail"), "{log}");
}

/// `croise` run to completion, for the measurement's set-up.
fn croise(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_croise"))
        .args(args)
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "croise {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A `multipart/form-data` body holding one file.
fn multipart(field: &str, file_name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "croise-measure-boundary-7f3a";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Measures what issue 13 asks, on lists generated by `croise sample`:
/// the time of the data holder's page with a checked list and with a
/// revealed result, and the time to tokenize through the interface against
/// `croise tokenize`. Prints numbers; asserts only that each step worked.
///
/// `ROWS=1000000 cargo test --release -p croise-cli --test ui -- --ignored --nocapture measure`
/// (default 3,000 rows).
#[test]
#[ignore = "a measurement: run it by hand, in a release build"]
fn measure_the_interface() {
    let rows: u64 = std::env::var("ROWS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3000);
    let root = tempfile::tempdir().unwrap();
    let r = root.path();
    let path = |p: &str| r.join(p).display().to_string();
    croise(&[
        "sample",
        "--out",
        &path("lists"),
        "--justice-rows",
        &rows.to_string(),
        "--mission-locale-rows",
        &rows.to_string(),
        "-q",
    ]);
    std::fs::create_dir_all(r.join("w")).unwrap();
    let holder_recipient = croise(&["identity", "new", "--out", &path("w/identite-croise.txt")]);
    let ml_recipient = croise(&["identity", "new", "--out", &path("ml.txt")]);
    let coordinator = croise(&["identity", "new", "--out", &path("coordinator.txt")]);
    croise(&[
        "campaign",
        "new",
        "--name",
        "Mesure",
        "--reference-date",
        "2026-10-01",
        "--party",
        &format!("stemo:justice:{}", holder_recipient.trim()),
        "--party",
        &format!("ml:mission-locale:{}", ml_recipient.trim()),
        "--max-records",
        &format!("stemo={rows}"),
        "--max-records",
        &format!("ml={rows}"),
        "--coordinator",
        coordinator.trim(),
        "--out",
        &path("campaign"),
    ]);
    let manifest: toml::Value =
        toml::from_str(&std::fs::read_to_string(r.join("campaign/campaign.toml")).unwrap())
            .unwrap();
    let id = manifest["campaign_id"].as_str().unwrap();
    let name = format!("detenteur-{id}");
    let folder = r.join("w/campagnes").join(&name);
    std::fs::create_dir_all(folder.join("keys")).unwrap();
    std::fs::copy(
        r.join("campaign/campaign.toml"),
        folder.join("campaign.toml"),
    )
    .unwrap();
    std::fs::copy(
        r.join("campaign/keys/stemo.key.age"),
        folder.join("keys/stemo.key.age"),
    )
    .unwrap();

    let server = Server::start(&r.join("w"), 900);
    let host = format!("127.0.0.1:{}", server.port);
    let opening = format!("/ouvrir?session={}", server.token());
    let (_, headers, _) = http(server.port, "GET", &opening, &[("Host", &host)], b"");
    let cookie = headers
        .iter()
        .find(|(n, _)| n == "set-cookie")
        .unwrap()
        .1
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let origin = server.origin();
    let base = [
        ("Host", host.as_str()),
        ("Cookie", cookie.as_str()),
        ("Origin", origin.as_str()),
    ];
    let timed_page = |label: &str| {
        let mut times = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            let (status, _, body) =
                http(server.port, "GET", &format!("/campagne/{name}"), &base, b"");
            times.push(started.elapsed());
            assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        }
        times.sort();
        println!(
            "{label}: median {:?}, max {:?} (5 requests)",
            times[2], times[4]
        );
    };

    let list = std::fs::read(r.join("lists/justice.csv")).unwrap();
    let (kind, body) = multipart("list", "justice.csv", &list);
    let started = Instant::now();
    let (status, _, _) = http(
        server.port,
        "POST",
        &format!("/campagne/{name}/liste"),
        &[base[0], base[1], base[2], ("Content-Type", &kind)],
        &body,
    );
    assert_eq!(status, 303);
    println!(
        "upload of the {rows}-row list ({} bytes): {:?}",
        list.len(),
        started.elapsed()
    );
    timed_page(&format!("holder's page, {rows}-row list checked"));

    // Tokenize through the interface, then with the command line.
    let started = Instant::now();
    let (status, headers, _) = http(
        server.port,
        "POST",
        &format!("/campagne/{name}/jetons"),
        &[
            base[0],
            base[1],
            base[2],
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        b"accept_losses=yes",
    );
    assert_eq!(status, 303);
    let job = headers
        .iter()
        .find(|(n, _)| n == "location")
        .unwrap()
        .1
        .clone();
    loop {
        let (status, headers, body) = http(server.port, "GET", &job, &base, b"");
        if status == 303 {
            assert!(
                headers
                    .iter()
                    .any(|(n, v)| n == "location" && v.contains("/campagne/"))
            );
            break;
        }
        assert!(
            !String::from_utf8_lossy(&body).contains("n'a pas abouti"),
            "{}",
            String::from_utf8_lossy(&body)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let through_ui = started.elapsed();
    let started = Instant::now();
    croise(&[
        "tokenize",
        &path("lists/justice.csv"),
        "--campaign",
        &path("campaign/campaign.toml"),
        "--key",
        &path("campaign/keys/stemo.key.age"),
        "--identity",
        &path("w/identite-croise.txt"),
        "--out",
        &path("cli-stemo.tokens.age"),
        "--accept-losses",
        "-q",
    ]);
    let cli = started.elapsed();
    println!(
        "tokenize {rows} rows: interface {through_ui:?} (from the click to the page), command line {cli:?} ({:+.1} %)",
        100.0 * (through_ui.as_secs_f64() / cli.as_secs_f64() - 1.0)
    );

    // The other side and the coordinator on the command line; the result
    // revealed in the page.
    croise(&[
        "tokenize",
        &path("lists/mission-locale.csv"),
        "--campaign",
        &path("campaign/campaign.toml"),
        "--key",
        &path("campaign/keys/ml.key.age"),
        "--identity",
        &path("ml.txt"),
        "--out",
        &path("ml.tokens.age"),
        "--accept-losses",
        "-q",
    ]);
    croise(&[
        "match",
        &folder.join("stemo.tokens.age").display().to_string(),
        &path("ml.tokens.age"),
        "--campaign",
        &path("campaign/campaign.toml"),
        "--identity",
        &path("coordinator.txt"),
        "--out-dir",
        &path("results"),
        "-q",
    ]);
    let result = std::fs::read(r.join("results/stemo.result.age")).unwrap();
    let (kind, body) = multipart("result", "stemo.result.age", &result);
    let (status, _, body) = http(
        server.port,
        "POST",
        &format!("/campagne/{name}/resultat"),
        &[base[0], base[1], base[2], ("Content-Type", &kind)],
        &body,
    );
    assert_eq!(status, 303, "{}", String::from_utf8_lossy(&body));
    timed_page(&format!(
        "holder's page, {rows}-row list checked and its result revealed"
    ));
}
