//! Who may talk to the interface's server: the one browser tab opened with
//! this run's session token, through the loopback address, from the
//! interface's own pages. Everything else is refused before any handler
//! runs.
//!
//! - **Session.** The opening URL carries a random 256-bit token
//!   (`/ouvrir?session=…`); it is exchanged for an `HttpOnly`,
//!   `SameSite=Strict` cookie and the browser is sent on without it. Every
//!   other request needs the cookie. Another local user or program cannot
//!   guess it, and another site cannot send it (`SameSite=Strict`).
//! - **Host.** The `Host` header must be exactly `127.0.0.1:PORT`: a page
//!   of another site whose name was made to resolve to 127.0.0.1 (DNS
//!   rebinding) sends its own name and is refused.
//! - **Origin.** A request that changes anything (every `POST`) must say it
//!   comes from `http://127.0.0.1:PORT`; any request that names another
//!   origin, or that the browser marks as cross-site, is refused.
//! - No CORS header is ever sent, so no other origin can read a response.
//!
//! The checks are pure functions of the request's headers, tested below;
//! `super::serve` applies them to every request. A refusal says which rule
//! refused, never what the request held.

use axum::http::{HeaderMap, Method, header};

/// The name of the session cookie, followed by the port: cookies are kept
/// per host, not per port, so two interfaces open in one browser (a
/// coordinator who is also a data holder) each keep their own.
const COOKIE: &str = "croise_session_";

/// Why a request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The `Host` header is not this server's loopback address.
    ForeignHost,
    /// The request comes from another origin or site.
    ForeignOrigin,
    /// No session cookie, or not this run's.
    NoSession,
}

impl Refusal {
    /// The HTTP status of the refusal.
    pub fn status(self) -> axum::http::StatusCode {
        match self {
            Refusal::ForeignHost => axum::http::StatusCode::MISDIRECTED_REQUEST,
            Refusal::ForeignOrigin | Refusal::NoSession => axum::http::StatusCode::FORBIDDEN,
        }
    }
}

/// What a request may do once checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// It carries this run's session cookie.
    Session,
    /// It is the opening URL with this run's token: set the cookie.
    Opening,
}

/// The secrets and addresses of one run of the server.
pub struct Guard {
    token: String,
    cookie_name: String,
    host: String,
    origin: String,
}

impl Guard {
    /// A guard for the server listening on `127.0.0.1:port`, with a fresh
    /// random session token.
    pub fn new(port: u16) -> anyhow::Result<Self> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| croise::Error::NoRandomness(e.to_string()))?;
        Ok(Self::with_token(port, hex::encode(bytes)))
    }

    fn with_token(port: u16, token: String) -> Self {
        let host = format!("127.0.0.1:{port}");
        Guard {
            token,
            cookie_name: format!("{COOKIE}{port}"),
            origin: format!("http://{host}"),
            host,
        }
    }

    /// The URL that opens the interface in a browser (holds the token).
    pub fn opening_url(&self) -> String {
        format!("{}/ouvrir?session={}", self.origin, self.token)
    }

    /// The `Set-Cookie` value that gives the browser its session.
    pub fn cookie(&self) -> String {
        format!(
            "{}={}; HttpOnly; SameSite=Strict; Path=/",
            self.cookie_name, self.token
        )
    }

    /// Checks a request's method, path, query and headers.
    pub fn check(
        &self,
        method: &Method,
        path: &str,
        query: Option<&str>,
        headers: &HeaderMap,
    ) -> Result<Access, Refusal> {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        // Exactly one Host, and ours.
        if headers.get_all(header::HOST).iter().count() != 1
            || text(header::HOST.as_str()) != Some(&self.host)
        {
            return Err(Refusal::ForeignHost);
        }
        let origin = text(header::ORIGIN.as_str());
        if origin.is_some_and(|o| o != self.origin)
            || text("sec-fetch-site").is_some_and(|s| s == "cross-site" || s == "same-site")
            || (*method != Method::GET && *method != Method::HEAD && origin.is_none())
        {
            return Err(Refusal::ForeignOrigin);
        }
        let has_cookie = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .any(|(name, value)| name == self.cookie_name && same(value, &self.token));
        if has_cookie {
            return Ok(Access::Session);
        }
        let opening = path == "/ouvrir"
            && *method == Method::GET
            && query
                .into_iter()
                .flat_map(|q| q.split('&'))
                .filter_map(|pair| pair.split_once('='))
                .any(|(name, value)| name == "session" && same(value, &self.token));
        if opening {
            Ok(Access::Opening)
        } else {
            Err(Refusal::NoSession)
        }
    }
}

/// Compares two tokens in a time that does not depend on where they
/// differ.
fn same(given: &str, expected: &str) -> bool {
    given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn guard() -> Guard {
        Guard::with_token(4321, "a".repeat(64))
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in pairs {
            h.append(*name, HeaderValue::from_str(value).unwrap());
        }
        h
    }

    fn cookie() -> String {
        format!(
            "other=1; {COOKIE}4322={}; {COOKIE}4321={}",
            "b".repeat(64),
            "a".repeat(64)
        )
    }

    #[test]
    fn a_request_with_the_session_cookie_is_let_in() {
        let h = headers(&[("host", "127.0.0.1:4321"), ("cookie", &cookie())]);
        assert_eq!(
            guard().check(&Method::GET, "/", None, &h),
            Ok(Access::Session)
        );
    }

    #[test]
    fn the_opening_url_is_let_in_once_per_browser_and_nothing_else_without_a_cookie() {
        let g = guard();
        let h = headers(&[("host", "127.0.0.1:4321")]);
        let token = format!("session={}", "a".repeat(64));
        assert_eq!(
            g.check(&Method::GET, "/ouvrir", Some(&token), &h),
            Ok(Access::Opening)
        );
        assert_eq!(
            g.check(&Method::GET, "/", Some(&token), &h),
            Err(Refusal::NoSession)
        );
        let wrong = format!("session={}", "b".repeat(64));
        assert_eq!(
            g.check(&Method::GET, "/ouvrir", Some(&wrong), &h),
            Err(Refusal::NoSession)
        );
        assert_eq!(
            g.check(&Method::GET, "/ouvrir", Some("session="), &h),
            Err(Refusal::NoSession)
        );
        let wrong_cookie = headers(&[
            ("host", "127.0.0.1:4321"),
            ("cookie", &format!("{COOKIE}4321={}", "b".repeat(64))),
        ]);
        assert_eq!(
            g.check(&Method::GET, "/", None, &wrong_cookie),
            Err(Refusal::NoSession)
        );
    }

    #[test]
    fn a_foreign_or_doubled_host_is_refused_even_with_the_cookie() {
        let g = guard();
        for host in [
            "evil.example:4321",
            "localhost:4321",
            "127.0.0.1:4322",
            "127.0.0.1",
        ] {
            let h = headers(&[("host", host), ("cookie", &cookie())]);
            assert_eq!(
                g.check(&Method::GET, "/", None, &h),
                Err(Refusal::ForeignHost),
                "{host}"
            );
        }
        let doubled = headers(&[
            ("host", "127.0.0.1:4321"),
            ("host", "evil.example"),
            ("cookie", &cookie()),
        ]);
        assert_eq!(
            g.check(&Method::GET, "/", None, &doubled),
            Err(Refusal::ForeignHost)
        );
        assert_eq!(
            g.check(&Method::GET, "/", None, &headers(&[("cookie", &cookie())])),
            Err(Refusal::ForeignHost)
        );
    }

    #[test]
    fn a_post_needs_our_origin_and_a_foreign_one_is_refused_everywhere() {
        let g = guard();
        let ours = headers(&[
            ("host", "127.0.0.1:4321"),
            ("origin", "http://127.0.0.1:4321"),
            ("cookie", &cookie()),
        ]);
        assert_eq!(
            g.check(&Method::POST, "/", None, &ours),
            Ok(Access::Session)
        );
        let none = headers(&[("host", "127.0.0.1:4321"), ("cookie", &cookie())]);
        assert_eq!(
            g.check(&Method::POST, "/", None, &none),
            Err(Refusal::ForeignOrigin)
        );
        for origin in ["http://evil.example", "null", "http://localhost:4321"] {
            let h = headers(&[
                ("host", "127.0.0.1:4321"),
                ("origin", origin),
                ("cookie", &cookie()),
            ]);
            assert_eq!(
                g.check(&Method::GET, "/", None, &h),
                Err(Refusal::ForeignOrigin)
            );
            assert_eq!(
                g.check(&Method::POST, "/", None, &h),
                Err(Refusal::ForeignOrigin)
            );
        }
        let cross = headers(&[
            ("host", "127.0.0.1:4321"),
            ("sec-fetch-site", "cross-site"),
            ("cookie", &cookie()),
        ]);
        assert_eq!(
            g.check(&Method::GET, "/", None, &cross),
            Err(Refusal::ForeignOrigin)
        );
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abd", "abc"));
        assert!(!same("ab", "abc"));
        assert!(!same("", "abc"));
    }
}
