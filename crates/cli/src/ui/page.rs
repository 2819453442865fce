//! The frame of every page and the pieces pages share. Pages are maud
//! templates: every value is HTML-escaped by construction, and every value
//! read from outside (a manifest, a list, a file name) also goes through
//! [`shown`] so that no control or bidirectional character reaches the
//! page.

use std::borrow::Cow;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};

use crate::i18n::errors::Report;
use crate::i18n::{self, Lang, fl};

/// A value read from outside, fit for a page: maud escapes HTML, this
/// replaces control and bidirectional characters.
pub fn shown(text: &str) -> Cow<'_, str> {
    croise::safe::for_screen(text)
}

/// A whole page: the frame, the language switch and `body`. `back` is the
/// path the language switch returns to.
pub fn page(title: &str, back: &str, body: Markup) -> Response {
    framed(title, back, false, body)
}

/// A page that reloads itself every second (a job's progress).
pub fn reloading(title: &str, back: &str, body: Markup) -> Response {
    framed(title, back, true, body)
}

fn framed(title: &str, back: &str, reload: bool, body: Markup) -> Response {
    let lang = i18n::lang();
    let (other, other_name) = match lang {
        Lang::Fr => ("en", "English"),
        Lang::En => ("fr", "Français"),
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — croise" }
                @if reload {
                    meta http-equiv="refresh" content="1";
                }
                link rel="stylesheet" href="/style.css";
                script src="/app.js" defer {}
            }
            body {
                a.skip href="#contenu" { (fl!("ui-skip")) }
                header.top {
                    a.brand href="/" { "croise" }
                    span { (fl!("ui-tagline")) }
                    form method="post" action="/langue" {
                        input type="hidden" name="to" value=(other);
                        input type="hidden" name="back" value=(back);
                        button.secondary type="submit" lang=(other) { (other_name) }
                    }
                }
                main id="contenu" {
                    (body)
                }
                footer {
                    p { (fl!("ui-footer")) }
                }
            }
        }
    };
    html_response(StatusCode::OK, markup)
}

/// A response holding a page, with the headers every page carries: no
/// caching (pages hold the user's own data), no script or style from
/// anywhere else, never framed.
pub fn html_response(status: StatusCode, markup: Markup) -> Response {
    let mut response = (status, markup.into_string()).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    secure_headers(headers);
    response
}

/// The headers of every response.
pub fn secure_headers(headers: &mut axum::http::HeaderMap) {
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; \
             connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; \
             base-uri 'none'",
        ),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
}

/// A failure, worded as the command line words it.
pub fn error_box(report: &Report) -> Markup {
    html! {
        div.box.error role="alert" {
            p { strong { (fl!("ui-error")) } " " (report.message) }
            @if !report.causes.is_empty() {
                ul {
                    @for cause in &report.causes {
                        li { (cause) }
                    }
                }
            }
        }
    }
}

/// A failed action: its page shows the error above what it would show.
pub fn failure(error: &anyhow::Error) -> Markup {
    error_box(&crate::i18n::errors::report(error))
}

/// A button that posts to `action` (a form of its own).
pub fn post_button(action: &str, label: &str, secondary: bool) -> Markup {
    html! {
        form method="post" action=(action) style="display:inline" {
            @if secondary {
                button.secondary type="submit" { (label) }
            } @else {
                button type="submit" { (label) }
            }
        }
    }
}

/// A read-only field with a copy button (shown by the script).
pub fn copyable(id: &str, label: &str, value: &str) -> Markup {
    html! {
        label for=(id) { (label) }
        input.code type="text" id=(id) readonly value=(shown(value)) size="70";
        button.secondary type="button" hidden data-copy=(id) data-copied=(fl!("ui-copied")) {
            (fl!("ui-copy"))
        }
    }
}

/// A progress bar for a job, with the stage in words.
pub fn progress(stage: &str, done: u64, total: u64) -> Markup {
    let stage = if stage.is_empty() {
        fl!("ui-job-starting")
    } else {
        crate::progress::stage_name(stage)
    };
    html! {
        p { (stage) }
        @if total > 0 {
            progress max=(total) value=(done) aria-label=(stage) {
                (done) " / " (total)
            }
            p.hint { (i18n::count(done)) " / " (i18n::count(total)) }
        } @else {
            progress aria-label=(stage) {}
        }
    }
}
