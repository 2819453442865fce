//! A real headless Chromium for the interface's tests, driven through
//! ChromeDriver (the W3C WebDriver protocol: JSON over HTTP), and a raw
//! HTTP client for requests a browser would never send (a foreign `Host`,
//! a forged `Origin`).
//!
//! Debian's `chromium` and `chromium-driver` are used (`.ci/run` installs
//! them). Without them the tests are skipped with a message, except when
//! `CI` is set, where they fail.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The Chromium binary.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Its driver.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Whether the browser tests can run here; panics when `CI` is set and they
/// cannot.
pub fn available() -> bool {
    let there = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !there {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but {CHROMIUM} or {CHROMEDRIVER} is missing (apt-get install chromium chromium-driver)"
        );
        eprintln!("skipped: {CHROMIUM} and {CHROMEDRIVER} are needed");
    }
    there
}

/// A free port on the loopback address.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One HTTP/1.1 exchange on its own connection: the request exactly as
/// given, the response as (status, headers in lower case, body).
pub fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut stream = TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], port))).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    // Read the head, then exactly the body it announces: a server may keep
    // the connection open after answering (ChromeDriver does).
    let mut response = Vec::new();
    let mut buffer = [0u8; 65536];
    let split = loop {
        if let Some(at) = response.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        let n = stream.read(&mut buffer).unwrap();
        assert!(n > 0, "the connection closed before a response head");
        response.extend_from_slice(&buffer[..n]);
    };
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let mut body = response[split + 4..].to_vec();
    let complete = |body: &[u8]| match (header("content-length"), header("transfer-encoding")) {
        (Some(length), _) => body.len() >= length.parse::<usize>().unwrap_or(0),
        (None, Some(te)) if te.contains("chunked") => body.windows(5).any(|w| w == b"0\r\n\r\n"),
        _ => false,
    };
    while !complete(&body) {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => body.extend_from_slice(&buffer[..n]),
        }
    }
    if header("transfer-encoding").is_some_and(|te| te.contains("chunked")) {
        body = dechunk(&body);
    }
    (status, headers, body)
}

/// The body of a chunked response.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&data[..end])
                .split(';')
                .next()
                .unwrap()
                .trim(),
            16,
        )
        .unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 2 + size + 2..];
    }
    out
}

/// A running ChromeDriver and one browser session.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts ChromeDriver and a headless Chromium with a fresh profile,
    /// downloading into `downloads`.
    pub fn start(downloads: &Path) -> Browser {
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--window-size=1200,1000", "--lang=fr-FR",
                        format!("--user-data-dir={}", browser._profile.path().display()),
                    ],
                    "prefs": {
                        "download.default_directory": downloads.display().to_string(),
                        "download.prompt_for_download": false,
                        "intl.accept_languages": "fr-FR,fr",
                    },
                },
            }}
        });
        let created = browser.call("POST", "/session", Some(capabilities));
        browser.session = created["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        browser
    }

    /// One WebDriver command; panics with the driver's message on error.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let (status, _, response) = http(
            self.port,
            method,
            path,
            &[
                ("Host", &format!("127.0.0.1:{}", self.port)),
                ("Content-Type", "application/json"),
            ],
            body.as_bytes(),
        );
        let value: Value = serde_json::from_slice(&response).unwrap_or(Value::Null);
        assert!(
            status < 300,
            "WebDriver {method} {path} failed ({status}): {}",
            value["value"]["message"]
        );
        value["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    /// Opens a URL and waits for the page to load.
    pub fn go(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({ "url": url })));
    }

    pub fn url(&self) -> String {
        self.session_call("GET", "/url", None)
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The element matching a CSS selector, waiting up to 30 s for it.
    pub fn find(&self, css: &str) -> Element<'_> {
        let started = Instant::now();
        loop {
            if let Some(found) = self.try_find(css) {
                return found;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no element `{css}` on {}:\n{}",
                self.url(),
                self.text("body")
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The element matching a CSS selector, if there is one now.
    pub fn try_find(&self, css: &str) -> Option<Element<'_>> {
        let body = json!({ "using": "css selector", "value": css }).to_string();
        let (status, _, response) = http(
            self.port,
            "POST",
            &format!("/session/{}/element", self.session),
            &[
                ("Host", &format!("127.0.0.1:{}", self.port)),
                ("Content-Type", "application/json"),
            ],
            body.as_bytes(),
        );
        if status >= 300 {
            return None;
        }
        let value: Value = serde_json::from_slice(&response).ok()?;
        let id = value["value"]
            .as_object()?
            .values()
            .next()?
            .as_str()?
            .to_string();
        Some(Element { browser: self, id })
    }

    /// Every element matching a CSS selector.
    pub fn find_all(&self, css: &str) -> Vec<Element<'_>> {
        let found = self.session_call(
            "POST",
            "/elements",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|v| Element {
                browser: self,
                id: v
                    .as_object()
                    .unwrap()
                    .values()
                    .next()
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string(),
            })
            .collect()
    }

    /// The visible text of the first element matching `css` (empty if
    /// none), read in one step so that a page being replaced cannot leave
    /// a stale element behind; tried again while a page loads.
    pub fn text(&self, css: &str) -> String {
        let body = json!({
            "script": "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
            "args": [css],
        })
        .to_string();
        for _ in 0..50 {
            let (status, _, response) = http(
                self.port,
                "POST",
                &format!("/session/{}/execute/sync", self.session),
                &[
                    ("Host", &format!("127.0.0.1:{}", self.port)),
                    ("Content-Type", "application/json"),
                ],
                body.as_bytes(),
            );
            if status < 300
                && let Ok(value) = serde_json::from_slice::<Value>(&response)
            {
                return value["value"].as_str().unwrap_or("").to_string();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("cannot read `{css}` on {}", self.url())
    }

    /// Runs a script in the page (to set a date field, which each locale
    /// types differently).
    pub fn script(&self, script: &str, args: Value) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// Waits until the page's URL contains `part` (a job redirects when
    /// done).
    pub fn wait_for_url(&self, part: &str) {
        let started = Instant::now();
        while !self.url().contains(part) {
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "still on {} waiting for {part}:\n{}",
                self.url(),
                self.text("body")
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// A PNG of the whole page as it is now.
    pub fn screenshot(&self, path: &Path) {
        // The window as tall as the page, so the picture holds all of it.
        let height = self
            .script("return document.documentElement.scrollHeight;", json!([]))
            .as_u64()
            .unwrap_or(1000)
            .clamp(600, 6000);
        self.session_call(
            "POST",
            "/window/rect",
            Some(json!({ "width": 1200, "height": height + 140 })),
        );
        let data = self.session_call("GET", "/screenshot", None);
        let png = base64::Engine::decode(
            &base64::engine::general_purpose::STANDARD,
            data.as_str().unwrap(),
        )
        .unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
        self.session_call(
            "POST",
            "/window/rect",
            Some(json!({ "width": 1200, "height": 1000 })),
        );
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http(
                self.port,
                "DELETE",
                &format!("/session/{}", self.session),
                &[("Host", &format!("127.0.0.1:{}", self.port))],
                b"",
            );
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// An element of the page.
pub struct Element<'a> {
    browser: &'a Browser,
    id: String,
}

impl Element<'_> {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.browser
            .session_call(method, &format!("/element/{}{path}", self.id), body)
    }

    pub fn click(&self) {
        self.call("POST", "/click", Some(json!({})));
    }

    /// Types into a field (for a file input: the paths of the files to
    /// give, one per line).
    pub fn send_keys(&self, text: &str) {
        self.call("POST", "/value", Some(json!({ "text": text })));
    }

    pub fn clear(&self) {
        self.call("POST", "/clear", Some(json!({})));
    }

    pub fn text(&self) -> String {
        self.call("GET", "/text", None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// A property of the element (`value` of a field).
    pub fn property(&self, name: &str) -> String {
        self.call("GET", &format!("/property/{name}"), None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The text of each cell of each row of a table element.
    pub fn table(&self) -> Vec<Vec<String>> {
        let rows = self.browser.script(
            "return Array.from(arguments[0].querySelectorAll('tbody tr')).map(\
             r => Array.from(r.cells).map(c => c.innerText.trim()));",
            json!([{ "element-6066-11e4-a52e-4f735466cecf": self.id }]),
        );
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_string())
                    .collect()
            })
            .collect()
    }
}

/// Paths joined as a file input takes several files.
pub fn files(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| {
            // ChromeDriver takes canonical paths only.
            p.canonicalize()
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                .display()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
