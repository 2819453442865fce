//! The first screens: who are you, this workstation's identity, the
//! language switch.

use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

use super::page::{self, copyable, post_button, shown};
use super::workspace::Role;
use super::{App, blocking};
use crate::i18n::{self, Lang, fl};

/// "Who are you?": the four roles, and the identity if there is none yet.
pub async fn home(State(app): State<App>) -> Response {
    let has_identity = app.workspace.identity().is_file();
    let counts = |role| app.workspace.campaigns(role).len();
    let (holder, coordinator, organiser) = (
        counts(Role::Holder),
        counts(Role::Coordinator),
        counts(Role::Organiser),
    );
    page::page(
        &fl!("ui-home-title"),
        "/",
        html! {
            h1 { (fl!("ui-home-title")) }
            p { (fl!("ui-home-intro")) }
            @if !has_identity {
                div.box.warn {
                    p { (fl!("ui-home-no-identity")) }
                    a.button href="/identite" { (fl!("ui-identity-create")) }
                }
            }
            ul.choices {
                li { a href="/detenteur" {
                    strong { (fl!("ui-role-stemo")) }
                    (fl!("ui-role-stemo-text"))
                } }
                li { a href="/detenteur" {
                    strong { (fl!("ui-role-mission-locale")) }
                    (fl!("ui-role-mission-locale-text"))
                } }
                li { a href="/organisateur" {
                    strong { (fl!("ui-role-organiser")) }
                    (fl!("ui-role-organiser-text"))
                } }
                li { a href="/coordinateur" {
                    strong { (fl!("ui-role-coordinator")) }
                    (fl!("ui-role-coordinator-text"))
                } }
            }
            @if holder + coordinator + organiser > 0 {
                p.hint { (fl!("ui-home-campaigns",
                    holder = i18n::count(holder),
                    coordinator = i18n::count(coordinator),
                    organiser = i18n::count(organiser))) }
            }
            h2 { (fl!("ui-home-identity")) }
            @if has_identity {
                p { a href="/identite" { (fl!("ui-identity-show")) } }
            } @else {
                p { (fl!("ui-identity-none")) }
            }
            h2 { (fl!("ui-home-workspace")) }
            p { (fl!("ui-home-workspace-text")) " " code { (shown(&app.workspace.root.display().to_string())) } }
            (post_button("/dossier", &fl!("ui-open-folder"), true))
        },
    )
}

/// The identity: created with one button, then its recipient with a copy
/// button and its check code.
pub async fn identity(State(app): State<App>) -> Response {
    identity_page(&app, None).await
}

async fn identity_page(app: &App, problem: Option<anyhow::Error>) -> Response {
    let path = app.workspace.identity();
    let recipient = if path.is_file() {
        let loaded = path.clone();
        match blocking(move || croise::identity::load(&loaded)).await {
            Ok(identity) => Some(Ok(identity.to_public().to_string())),
            Err(e) => Some(Err(anyhow::Error::from(e))),
        }
    } else {
        None
    };
    page::page(
        &fl!("ui-identity-title"),
        "/identite",
        html! {
            nav.crumbs { a href="/" { (fl!("ui-home")) } }
            h1 { (fl!("ui-identity-title")) }
            @if let Some(e) = &problem { (page::failure(e)) }
            @match &recipient {
                None => {
                    p { (fl!("ui-identity-none")) }
                    (post_button("/identite", &fl!("ui-identity-create"), false))
                }
                Some(Err(e)) => { (page::failure(e)) }
                Some(Ok(recipient)) => {
                    p { (fl!("ui-identity-intro")) }
                    (copyable("destinataire", &fl!("ui-identity-recipient"), recipient))
                    p { (fl!("ui-identity-check-code")) " "
                        strong.fingerprint { (croise::identity::check_code(recipient)) } }
                    p.hint { (fl!("ui-identity-kept",
                        path = i18n::path(&path))) }
                }
            }
        },
    )
}

/// Creates the workstation's identity (never replaces one).
pub async fn create_identity(State(app): State<App>) -> Response {
    let path = app.workspace.identity();
    if !path.exists()
        && let Err(e) = blocking(move || croise::identity::create(&path)).await
    {
        return identity_page(&app, Some(e.into())).await;
    }
    Redirect::to("/identite").into_response()
}

/// The language switch: the form names the language and the page to come
/// back to.
#[derive(Deserialize)]
pub struct Switch {
    to: String,
    back: String,
}

pub async fn language(Form(switch): Form<Switch>) -> Redirect {
    if let Ok(lang) = switch.to.parse::<Lang>() {
        i18n::switch(lang);
    }
    // Back to a page of ours only: a path, never another site.
    let back = if switch.back.starts_with('/')
        && !switch.back.starts_with("//")
        && switch
            .back
            .chars()
            .all(|c| c.is_ascii_graphic() && c != '\\')
    {
        switch.back
    } else {
        "/".to_string()
    };
    Redirect::to(&back)
}

/// Opens the workspace in the file manager.
pub async fn open_workspace(State(app): State<App>) -> Redirect {
    let _ = open::that_detached(&app.workspace.root);
    Redirect::to("/")
}

/// The first page of a role: the identity (or the button to create it),
/// the role's campaigns on this workstation, then `import`, the form that
/// brings a new campaign in.
pub fn role_index(
    app: &App,
    role: Role,
    (title, here): (&str, &str),
    no_identity: &str,
    problem: Option<&anyhow::Error>,
    import: maud::Markup,
) -> Response {
    let has_identity = app.workspace.identity().is_file();
    let names = app.workspace.campaign_names(role);
    page::page(
        title,
        here,
        html! {
            nav.crumbs { a href="/" { (fl!("ui-home")) } }
            h1 { (title) }
            @if let Some(e) = problem { (page::failure(e)) }
            @if !has_identity {
                div.box.warn {
                    p { (no_identity) }
                    a.button href="/identite" { (fl!("ui-identity-create")) }
                }
            } @else {
                p { (fl!("ui-identity-ready")) " " a href="/identite" { (fl!("ui-identity-show")) } }
            }
            @if !names.is_empty() {
                h2 { (fl!("ui-holder-campaigns")) }
                ul {
                    @for (folder, name) in &names {
                        li { a href={ "/campagne/" (folder) } { (shown(name)) } }
                    }
                }
            }
            (import)
        },
    )
}
