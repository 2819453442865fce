//! `croise ui`: the local interface, for people who never open a terminal.
//!
//! A web server bound to 127.0.0.1 only, on a free port, serving pages in
//! the user's browser. Its screens call the same library functions as the
//! commands (`crate::cmd`) and word everything from the same Fluent
//! catalogues: there is no second implementation of any operation.
//!
//! - [`guard`]: who may talk to the server (session token and cookie,
//!   `Host`, `Origin`), checked before any handler runs.
//! - [`workspace`]: the one folder where everything is kept, so that no
//!   path is ever typed.
//! - [`jobs`]: tokenizing and matching on a thread, with progress.
//! - [`page`]: the frame of every page.
//! - [`home`], [`organiser`], [`holder`], [`coordinator`]: the screens.
//!
//! Everything the pages need is embedded in the binary (no CDN, no font
//! download): it works offline. The server prints its address and its
//! stopping, never a request, a file name or a value.
//!
//! It stops on Ctrl+C, or when no page has been open for a while: each page
//! tells the server every ten seconds that it is still open (a few lines of
//! script), and the server stops when none has for `--idle` seconds and no
//! work is running.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::i18n::fl;

mod coordinator;
mod guard;
mod holder;
mod home;
mod jobs;
mod organiser;
mod page;
mod workspace;

/// The largest file the browser may send: a national token file is about
/// 600 MB; a list of a few thousand rows, a few megabytes.
const MAX_UPLOAD: usize = 2 << 30;

// Help texts: `help-ui`, `help-ui-long`, `arg-ui-*`.
#[derive(Debug, clap::Args)]
#[command(about = fl!("help-ui"), long_about = fl!("help-ui-long"))]
pub struct Args {
    #[arg(long, value_name = fl!("value-dir"), help = fl!("arg-ui-workspace"))]
    workspace: Option<PathBuf>,
    #[arg(long, help = fl!("arg-ui-no-browser"))]
    no_browser: bool,
    #[arg(long, value_name = "SECONDS", default_value_t = 120, help = fl!("arg-ui-idle"))]
    idle: u64,
}

impl Args {
    /// The interface with its defaults: what a double-click starts.
    pub fn double_click() -> Self {
        Args {
            workspace: None,
            no_browser: false,
            idle: 120,
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct App {
    pub workspace: workspace::Workspace,
    pub jobs: jobs::Jobs,
    guard: Arc<guard::Guard>,
    /// Seconds since the start when a page last said it was open.
    last_seen: Arc<AtomicU64>,
    started: Instant,
}

impl App {
    fn touch(&self) {
        self.last_seen
            .store(self.started.elapsed().as_secs(), Ordering::Relaxed);
    }

    fn idle_for(&self) -> u64 {
        self.started
            .elapsed()
            .as_secs()
            .saturating_sub(self.last_seen.load(Ordering::Relaxed))
    }
}

/// Starts the interface. It speaks French, the language of its users,
/// unless `--lang en` was given.
pub fn run(args: Args, lang: Option<crate::i18n::Lang>) -> Result<()> {
    crate::i18n::switch(lang.unwrap_or(crate::i18n::Lang::Fr));
    crate::i18n::for_interface();
    let root = args
        .workspace
        .clone()
        .unwrap_or_else(workspace::Workspace::default_root);
    let workspace = workspace::Workspace::open(root)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_io()
        .enable_time()
        .build()
        .context(fl!("ui-error-start"))?;
    runtime.block_on(serve(args, workspace))
}

async fn serve(args: Args, workspace: workspace::Workspace) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .context(fl!("ui-error-start"))?;
    let port = listener.local_addr().context(fl!("ui-error-start"))?.port();
    let guard = Arc::new(guard::Guard::new(port)?);
    let url = guard.opening_url();
    let app = App {
        workspace,
        jobs: jobs::Jobs::default(),
        guard,
        last_seen: Arc::new(AtomicU64::new(0)),
        started: Instant::now(),
    };
    let router = routes(app.clone());

    // The first line of standard output is the address: tests and scripts
    // read it, and a user whose browser did not open can copy it.
    println!("{url}");
    if args.no_browser {
        eprintln!("{}", fl!("ui-started-no-browser"));
    } else {
        eprintln!("{}", fl!("ui-started"));
        if open::that_detached(&url).is_err() {
            eprintln!("{}", fl!("ui-no-browser"));
        }
    }
    eprintln!(
        "{}",
        fl!(
            "ui-workspace",
            path = crate::i18n::path(&app.workspace.root)
        )
    );

    let idle = args.idle.max(1);
    let watched = app.clone();
    let stop = async move {
        let reason = tokio::select! {
            _ = tokio::signal::ctrl_c() => fl!("ui-stopped-ctrl-c"),
            _ = async {
                loop {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    if watched.idle_for() >= idle && !watched.jobs.busy() {
                        break;
                    }
                }
            } => fl!("ui-stopped-idle"),
        };
        eprintln!("{reason}");
    };
    axum::serve(listener, router)
        .with_graceful_shutdown(stop)
        .await
        .context(fl!("ui-error-start"))?;
    Ok(())
}

fn routes(app: App) -> Router {
    Router::new()
        .route("/", get(home::home))
        .route("/ouvrir", get(opened))
        .route("/vivant", post(alive))
        .route("/langue", post(home::language))
        .route("/style.css", get(style))
        .route("/app.js", get(script))
        .route("/identite", get(home::identity).post(home::create_identity))
        .route("/dossier", post(home::open_workspace))
        .route(
            "/organisateur",
            get(organiser::form).post(organiser::create),
        )
        .route("/detenteur", get(holder::index).post(holder::import_pack))
        .route(
            "/coordinateur",
            get(coordinator::index).post(coordinator::import_manifest),
        )
        .route("/campagne/{name}", get(campaign))
        .route("/campagne/{name}/liste", post(holder::upload_list))
        .route("/campagne/{name}/colonnes", post(holder::choose_columns))
        .route("/campagne/{name}/jetons", post(holder::tokenize))
        .route("/campagne/{name}/resultat", post(holder::upload_result))
        .route("/campagne/{name}/export", post(holder::export))
        .route("/campagne/{name}/recus", post(coordinator::upload_tokens))
        .route("/campagne/{name}/croiser", post(coordinator::match_files))
        .route("/campagne/{name}/rapport", post(coordinator::make_report))
        .route("/campagne/{name}/ouvrir", post(open_folder))
        .route("/campagne/{name}/fichier/{*file}", get(download))
        .route("/travail/{number}", get(job))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_UPLOAD))
        .layer(middleware::from_fn_with_state(app.clone(), check))
        .with_state(app)
}

/// Applies the guard to every request, and sets the headers every response
/// carries. A refusal is logged nowhere and says only which rule refused.
async fn check(State(app): State<App>, request: Request, next: Next) -> Response {
    let access = app.guard.check(
        request.method(),
        request.uri().path(),
        request.uri().query(),
        request.headers(),
    );
    let mut response = match access {
        Ok(guard::Access::Session) => {
            app.touch();
            next.run(request).await
        }
        Ok(guard::Access::Opening) => {
            app.touch();
            let mut response = Redirect::to("/").into_response();
            if let Ok(cookie) = HeaderValue::from_str(&app.guard.cookie()) {
                response.headers_mut().insert(header::SET_COOKIE, cookie);
            }
            response
        }
        Err(refusal) => {
            let text = match refusal {
                guard::Refusal::ForeignHost => fl!("ui-refused-host"),
                guard::Refusal::ForeignOrigin => fl!("ui-refused-origin"),
                guard::Refusal::NoSession => fl!("ui-refused-session"),
            };
            (refusal.status(), text).into_response()
        }
    };
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        page::secure_headers(headers);
    }
    response
}

/// The opening URL is answered by the guard; a browser that comes back to
/// it with its cookie is simply sent home.
async fn opened() -> Redirect {
    Redirect::to("/")
}

async fn alive() -> StatusCode {
    StatusCode::NO_CONTENT
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", include_str!("assets/style.css"))
}

async fn script() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("assets/app.js"),
    )
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}

async fn not_found() -> Response {
    not_found_page()
}

fn not_found_page() -> Response {
    page::html_response(
        StatusCode::NOT_FOUND,
        maud::html! { p { (fl!("ui-not-found")) " " a href="/" { (fl!("ui-home")) } } },
    )
}

/// Which campaign folders a route serves ([`Campaign`]): any role, a data
/// holder's, a coordinator's.
pub const ANY: u8 = 0;
pub const HOLDER: u8 = 1;
pub const COORDINATOR: u8 = 2;

/// The campaign folder that the URL's `{name}` names, of the role `R`. The
/// one way a URL becomes a folder: the name is only compared with the
/// folders' own shape and names (`workspace::Workspace::campaign`), and any
/// other gets the "not found" page before the handler runs.
pub struct Campaign<const R: u8>(pub workspace::CampaignDir);

impl<const R: u8> axum::extract::FromRequestParts<App> for Campaign<R> {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &App,
    ) -> Result<Self, Response> {
        let axum::extract::Path(params) = axum::extract::Path::<
            std::collections::HashMap<String, String>,
        >::from_request_parts(parts, app)
        .await
        .map_err(|_| not_found_page())?;
        let wanted = match R {
            HOLDER => Some(workspace::Role::Holder),
            COORDINATOR => Some(workspace::Role::Coordinator),
            _ => None,
        };
        params
            .get("name")
            .and_then(|name| app.workspace.campaign(name))
            .filter(|found| wanted.is_none_or(|role| found.role == role))
            .map(Campaign)
            .ok_or_else(not_found_page)
    }
}

/// A campaign's page, for the role its folder has.
async fn campaign(State(app): State<App>, Campaign(found): Campaign<ANY>) -> Response {
    match found.role {
        workspace::Role::Holder => holder::page(&app, &found, None).await,
        workspace::Role::Coordinator => coordinator::page(&app, &found, None).await,
        workspace::Role::Organiser => organiser::page(&app, &found).await,
    }
}

/// A campaign's page for one role: the frame, the way back to the role's
/// first page, the problem of the action that led here if any, then what
/// `build` makes of the folder (on a blocking thread: it reads files).
async fn campaign_page(
    app: &App,
    found: &workspace::CampaignDir,
    problem: Option<anyhow::Error>,
    (role_title, role_path): (String, &'static str),
    build: fn(&App, &workspace::CampaignDir) -> Result<(String, maud::Markup)>,
) -> Response {
    let (app2, found2) = (app.clone(), found.clone());
    let built = blocking(move || build(&app2, &found2)).await;
    let (title, body) = built.unwrap_or_else(|e| (role_title.clone(), page::failure(&e)));
    page::page(
        &title,
        &format!("/campagne/{}", found.name),
        maud::html! {
            nav.crumbs { a href="/" { (fl!("ui-home")) } " › " a href=(role_path) { (role_title) } }
            @if let Some(e) = &problem { (page::failure(e)) }
            (body)
        },
    )
}

/// Opens a campaign's folder in the file manager.
async fn open_folder(Campaign(found): Campaign<ANY>) -> Response {
    // Nothing to report if it fails: the page shows the folder's path.
    let _ = open::that_detached(&found.dir);
    Redirect::to(&format!("/campagne/{}", found.name)).into_response()
}

/// A file of a campaign folder, as a download. Only a file that is there is
/// served; the name asked for is looked up, never joined to a path.
async fn download(
    Campaign(found): Campaign<ANY>,
    axum::extract::Path((_, file)): axum::extract::Path<(String, String)>,
) -> Response {
    let Some(path) = found.file(&file) else {
        return not_found().await;
    };
    let Ok(bytes) = tokio::fs::read(&path).await else {
        return not_found().await;
    };
    let base = file.rsplit('/').next().unwrap_or("fichier");
    let kind = match base.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        Some("xlsx") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Some("txt" | "toml" | "age") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    let mut response = ([(header::CONTENT_TYPE, kind)], bytes).into_response();
    let headers = response.headers_mut();
    if kind.starts_with("text/html") {
        // The committees' report, previewed in the page: its own style,
        // no script, shown only inside the interface.
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                 frame-ancestors 'self'; sandbox",
            ),
        );
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
    } else if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}\"", ascii_name(base)))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A file name for a `Content-Disposition` header: letters, digits and
/// `.-_` only (the files are named by croise, so nothing is lost).
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A job's page: its progress, reloaded every second; where it leads when
/// done; its error if it failed.
async fn job(
    State(app): State<App>,
    axum::extract::Path(number): axum::extract::Path<u64>,
) -> Response {
    let Some(status) = app.jobs.status(number) else {
        return not_found().await;
    };
    match status {
        jobs::Status::Done(next) => Redirect::to(&next).into_response(),
        jobs::Status::Running { stage, done, total } => page::reloading(
            &fl!("ui-job-title"),
            "/",
            maud::html! {
                h1 { (fl!("ui-job-title")) }
                div role="status" aria-live="polite" {
                    (page::progress(stage, done, total))
                }
                p.hint { (fl!("ui-job-wait")) }
            },
        ),
        jobs::Status::Failed(report) => page::page(
            &fl!("ui-job-failed"),
            "/",
            maud::html! {
                h1 { (fl!("ui-job-failed")) }
                (page::error_box(&report))
                p { a href="/" { (fl!("ui-home")) } }
            },
        ),
    }
}

/// Runs blocking library work off the server's threads.
pub async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(work)
        .await
        .expect("the interface's work does not panic")
}

/// Receives the files of a form into `dir` (a folder of the workspace),
/// as a stream: a large file is never held in memory. Returns each file's
/// name as the browser gave it (only its ending is ever used, to know its
/// kind) and where it was put, under a name of ours.
pub async fn receive(
    mut multipart: axum::extract::Multipart,
    dir: &std::path::Path,
) -> Result<Vec<(String, PathBuf)>> {
    use tokio::io::AsyncWriteExt;
    let mut files = Vec::new();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| anyhow::anyhow!(fl!("ui-upload-failed")))?
    {
        let Some(given) = field.file_name().map(str::to_string) else {
            continue;
        };
        if given.is_empty() {
            continue;
        }
        // The browser's name for the file, reduced to letters, digits and
        // `.-_`, so that a message about the file names it as the user
        // knows it; numbered, so that two files never share a path.
        let plain: String = given
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .take(100)
            .collect();
        let path = dir
            .join((files.len() + 1).to_string())
            .join(plain.trim_start_matches('.'));
        tokio::fs::create_dir_all(path.parent().expect("a parent"))
            .await
            .map_err(|e| croise::Error::io(&path, e))?;
        let mut out = tokio::fs::File::create(&path)
            .await
            .map_err(|e| croise::Error::io(&path, e))?;
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|_| anyhow::anyhow!(fl!("ui-upload-failed")))?
        {
            out.write_all(&chunk)
                .await
                .map_err(|e| croise::Error::io(&path, e))?;
        }
        out.flush().await.map_err(|e| croise::Error::io(&path, e))?;
        files.push((given, path));
    }
    if files.is_empty() {
        anyhow::bail!(fl!("ui-no-file"));
    }
    Ok(files)
}
