//! The organiser's screens: the campaign form, then the packs to send and
//! the checklist of fingerprints to compare by phone. The campaign is
//! created by the library's `Manifest::create`, as `croise campaign new`
//! creates it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use croise::campaign::{self, CampaignPlan, Contact, Manifest, Party, Side};
use croise::output::{self, Visibility};
use croise_scheme::normalize::AgeWindow;
use maud::{Markup, html};

use super::page::{self, post_button, shown};
use super::workspace::{self, CampaignDir, Role};
use super::{App, blocking};
use crate::i18n::{self, fl};

/// Rows of parties the form offers (empty rows are ignored).
const PARTY_ROWS: usize = 8;

/// The campaign form, empty.
pub async fn form(State(_app): State<App>) -> Response {
    form_page(&HashMap::new(), None, None)
}

/// The form posted: checked (`action=check`) or created (`action=create`).
pub async fn create(
    State(app): State<App>,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    let plan = plan(&fields);
    let checking = fields.get("action").map(String::as_str) != Some("create");
    match plan {
        Err(e) => form_page(&fields, None, Some(e)),
        Ok(plan) if checking => form_page(&fields, Some(&plan), None),
        Ok(plan) => {
            let workspace = app.workspace.clone();
            match blocking(move || write(&workspace, plan)).await {
                Ok(name) => Redirect::to(&format!("/campagne/{name}")).into_response(),
                Err(e) => form_page(&fields, None, Some(e)),
            }
        }
    }
}

/// The plan the form describes, checked as `campaign new` checks it.
fn plan(fields: &HashMap<String, String>) -> Result<CampaignPlan> {
    let get = |name: &str| fields.get(name).map(|v| v.trim()).unwrap_or("");
    let reference_date = crate::cmd::parse_day(get("reference_date"))?;
    let age = |name: &str, default: u32| -> Result<u32> {
        let text = get(name);
        if text.is_empty() {
            return Ok(default);
        }
        text.parse().map_err(|_| {
            anyhow::anyhow!(fl!(
                "ui-organiser-bad-number",
                field = fl!("ui-organiser-ages")
            ))
        })
    };
    let window = AgeWindow {
        min_age: age("min_age", 16)?,
        max_age: age("max_age", 18)?,
    };
    let mut parties = Vec::new();
    for i in 0..PARTY_ROWS {
        let field = |name: &str| get(&format!("{name}{i}")).to_string();
        let (id, recipient, name) = (field("id"), field("recipient"), field("name"));
        if id.is_empty() && recipient.is_empty() && name.is_empty() {
            continue;
        }
        let side: Side = field("side").parse()?;
        campaign::recipient(&recipient)?;
        let max_records = match field("max") {
            m if m.is_empty() => campaign::DEFAULT_MAX_RECORDS,
            m => m
                .replace([' ', '\u{a0}', '\u{202f}'], "")
                .parse()
                .map_err(|_| {
                    anyhow::anyhow!(fl!(
                        "ui-organiser-bad-number",
                        field = fl!("ui-organiser-max")
                    ))
                })?,
        };
        let contact = Contact {
            name: field("contact_name"),
            phone: field("contact_phone"),
            email: field("contact_email"),
        };
        let has_contact = !contact.one_line().is_empty();
        parties.push(Party {
            name: if name.is_empty() { id.clone() } else { name },
            id,
            side,
            recipient,
            max_records,
            contact: has_contact.then_some(contact),
        });
    }
    if parties.is_empty() {
        bail!(fl!("ui-organiser-no-party"));
    }
    let coordinator = get("coordinator").to_string();
    campaign::recipient(&coordinator)?;
    Ok(CampaignPlan {
        name: get("name").to_string(),
        reference_date,
        window,
        parties,
        coordinator_recipient: coordinator,
        created: chrono::Local::now().date_naive(),
    })
}

/// Creates the campaign and writes, per recipient, a folder ready to send:
/// the manifest, that party's key file and a note of what to do next.
fn write(workspace: &super::workspace::Workspace, plan: CampaignPlan) -> Result<String> {
    let created = Manifest::create(plan)?;
    let m = &created.manifest;
    let (name, dir) = workspace.campaign_folder(Role::Organiser, m.campaign_id.as_str());
    campaign::write_campaign(&created, &dir)?;
    for party in &m.parties {
        let pack = pack_dir(&dir, &party.id);
        let key = campaign::key_file_path(&dir, &party.id);
        workspace::copy(
            &dir.join("campaign.toml"),
            &pack.join("campaign.toml"),
            Visibility::Shareable,
        )?;
        workspace::copy(
            &key,
            &pack.join(format!("{}.key.age", party.id)),
            Visibility::OwnerOnly,
        )?;
        let note = fl!(
            "ui-pack-note-holder",
            campaign = m.name.as_str(),
            party = party.name.as_str(),
            key = format!("{}.key.age", party.id),
            digest = m.digest().grouped(),
            fingerprint = m.key_fingerprint.as_str(),
            date = i18n::date(m.reference_date)
        );
        output::write_file(
            &pack.join(fl!("ui-pack-note-file")),
            note.as_bytes(),
            Visibility::Shareable,
            false,
        )?;
    }
    let pack = dir.join("envoi").join("coordinateur");
    workspace::copy(
        &dir.join("campaign.toml"),
        &pack.join("campaign.toml"),
        Visibility::Shareable,
    )?;
    let note = fl!(
        "ui-pack-note-coordinator",
        campaign = m.name.as_str(),
        digest = m.digest().grouped(),
        date = i18n::date(m.reference_date)
    );
    output::write_file(
        &pack.join(fl!("ui-pack-note-file")),
        note.as_bytes(),
        Visibility::Shareable,
        false,
    )?;
    output::write_file(
        &dir.join(fl!("ui-checklist-file")),
        checklist_text(m).as_bytes(),
        Visibility::Shareable,
        false,
    )?;
    Ok(name)
}

fn pack_dir(dir: &Path, party: &str) -> PathBuf {
    dir.join("envoi").join(party)
}

/// The checklist as text, to print: what each participant reads out.
fn checklist_text(m: &Manifest) -> String {
    let mut text = fl!(
        "ui-checklist-text-head",
        campaign = shown(&m.name),
        digest = m.digest().grouped(),
        fingerprint = shown(&m.key_fingerprint)
    );
    text.push('\n');
    text.push_str(&fl!(
        "ui-checklist-text-party",
        party = fl!("ui-checklist-coordinator"),
        code = croise::identity::check_code(&m.coordinator.recipient)
    ));
    text.push('\n');
    for p in &m.parties {
        text.push_str(&fl!(
            "ui-checklist-text-party",
            party = shown(&p.name),
            code = croise::identity::check_code(&p.recipient)
        ));
        text.push('\n');
    }
    text
}

/// The campaign just created: the packs and the checklist.
pub async fn page(_app: &App, found: &CampaignDir) -> Response {
    let manifest = match Manifest::load(&found.manifest()) {
        Ok(m) => m,
        Err(e) => {
            return page::page(&fl!("ui-organiser-title"), "/", page::failure(&e.into()));
        }
    };
    let m = &manifest;
    let here = format!("/campagne/{}", found.name);
    page::page(
        &fl!("ui-organiser-created-title"),
        &here,
        html! {
            nav.crumbs { a href="/" { (fl!("ui-home")) } " › " a href="/organisateur" { (fl!("ui-organiser-title")) } }
            h1 { (fl!("ui-organiser-created-title")) }
            div.box.ok {
                p { (fl!("ui-organiser-created", name = shown(&m.name))) }
                p { (fl!("ui-organiser-reference", date = i18n::date(m.reference_date),
                    min = m.min_age.to_string(), max = m.max_age.to_string())) }
            }
            h2 { (fl!("ui-checklist-title")) }
            p { (fl!("ui-checklist-intro")) }
            table {
                caption { (fl!("ui-checklist-title")) }
                tbody {
                    tr { th scope="row" { (fl!("ui-checklist-digest")) } td.fingerprint { (m.digest().grouped()) } }
                    tr { th scope="row" { (fl!("ui-checklist-key")) } td.fingerprint { (shown(&m.key_fingerprint)) } }
                }
            }
            table {
                caption { (fl!("ui-checklist-codes")) }
                thead { tr {
                    th scope="col" { (fl!("ui-col-participant")) }
                    th scope="col" { (fl!("ui-col-side")) }
                    th scope="col" { (fl!("ui-col-check-code")) }
                    th scope="col" { (fl!("ui-col-bound")) }
                    th scope="col" { (fl!("ui-col-pack")) }
                } }
                tbody {
                    tr {
                        td { (fl!("ui-checklist-coordinator")) }
                        td { "—" }
                        td.fingerprint { (croise::identity::check_code(&m.coordinator.recipient)) }
                        td { "—" }
                        td { code { "envoi/coordinateur/" } }
                    }
                    @for p in &m.parties {
                        tr {
                            td { (shown(&p.name)) " (" (shown(&p.id)) ")" }
                            td { (side_name(p.side)) }
                            td.fingerprint { (croise::identity::check_code(&p.recipient)) }
                            td.num { (i18n::count(p.max_records)) }
                            td { code { "envoi/" (shown(&p.id)) "/" } }
                        }
                    }
                }
            }
            h2 { (fl!("ui-packs-title")) }
            p { (fl!("ui-packs-intro")) }
            ul {
                @for (name, _) in found.files().iter().filter(|(n, _)| n.starts_with("envoi/")) {
                    li { a href={ (here) "/fichier/" (name) } { (shown(name)) } }
                }
            }
            p.hint { (fl!("ui-folder-is", path = i18n::path(&found.dir))) }
            (post_button(&format!("{here}/ouvrir"), &fl!("ui-open-folder"), false))
            button.secondary type="button" data-print hidden { (fl!("ui-print")) }
        },
    )
}

/// The side in words.
pub fn side_name(side: Side) -> String {
    match side {
        Side::Justice => fl!("ui-side-justice"),
        Side::MissionLocale => fl!("ui-side-mission-locale"),
    }
}

/// The form, with what was typed, the plan's check and any error.
fn form_page(
    fields: &HashMap<String, String>,
    checked: Option<&CampaignPlan>,
    problem: Option<anyhow::Error>,
) -> Response {
    let value = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let pattern = "age1[02-9ac-hj-np-z]{58}";
    page::page(
        &fl!("ui-organiser-title"),
        "/organisateur",
        html! {
            nav.crumbs { a href="/" { (fl!("ui-home")) } }
            h1 { (fl!("ui-organiser-title")) }
            p { (fl!("ui-organiser-intro")) }
            @if let Some(e) = &problem { (page::failure(e)) }
            @if let Some(plan) = checked { (summary(plan)) }
            form method="post" action="/organisateur" {
                fieldset {
                    legend { (fl!("ui-organiser-campaign")) }
                    label for="name" { (fl!("ui-organiser-name")) }
                    input type="text" id="name" name="name" required value=(value("name"));
                    label for="reference_date" { (fl!("ui-organiser-date")) }
                    p.hint id="reference_date_hint" { (fl!("ui-organiser-date-hint")) }
                    input type="date" id="reference_date" name="reference_date" required
                        aria-describedby="reference_date_hint" value=(value("reference_date"));
                    div.grid2 {
                        div {
                            label for="min_age" { (fl!("ui-organiser-min-age")) }
                            input type="number" id="min_age" name="min_age" min="10" max="30"
                                value=(if value("min_age").is_empty() { "16".to_string() } else { value("min_age") });
                        }
                        div {
                            label for="max_age" { (fl!("ui-organiser-max-age")) }
                            input type="number" id="max_age" name="max_age" min="11" max="31"
                                value=(if value("max_age").is_empty() { "18".to_string() } else { value("max_age") });
                        }
                    }
                    label for="coordinator" { (fl!("ui-organiser-coordinator")) }
                    p.hint id="coordinator_hint" { (fl!("ui-organiser-recipient-hint")) }
                    input.code type="text" id="coordinator" name="coordinator" required pattern=(pattern)
                        placeholder="age1…" aria-describedby="coordinator_hint" value=(value("coordinator"));
                }
                @for i in 0..PARTY_ROWS {
                    fieldset {
                        legend { (fl!("ui-organiser-party", number = (i + 1).to_string())) }
                        div.grid2 {
                            div {
                                label for={ "name" (i) } { (fl!("ui-organiser-party-name")) }
                                input type="text" id={ "name" (i) } name={ "name" (i) } value=(value(&format!("name{i}")));
                            }
                            div {
                                label for={ "id" (i) } { (fl!("ui-organiser-party-id")) }
                                input type="text" id={ "id" (i) } name={ "id" (i) } pattern="[a-z0-9][a-z0-9-]{0,39}"
                                    placeholder="stemo-nancy" value=(value(&format!("id{i}")));
                            }
                            div {
                                label for={ "side" (i) } { (fl!("ui-organiser-party-side")) }
                                select id={ "side" (i) } name={ "side" (i) } {
                                    option value="justice" selected[value(&format!("side{i}")) != "mission-locale"] { (fl!("ui-side-justice")) }
                                    option value="mission-locale" selected[value(&format!("side{i}")) == "mission-locale"] { (fl!("ui-side-mission-locale")) }
                                }
                            }
                            div {
                                label for={ "max" (i) } { (fl!("ui-organiser-max")) }
                                input type="number" id={ "max" (i) } name={ "max" (i) } min="1"
                                    placeholder=(campaign::DEFAULT_MAX_RECORDS.to_string()) value=(value(&format!("max{i}")));
                            }
                        }
                        label for={ "recipient" (i) } { (fl!("ui-organiser-party-recipient")) }
                        input.code type="text" id={ "recipient" (i) } name={ "recipient" (i) } pattern=(pattern)
                            placeholder="age1…" value=(value(&format!("recipient{i}")));
                        div.grid2 {
                            div {
                                label for={ "contact_name" (i) } { (fl!("ui-organiser-contact-name")) }
                                input type="text" id={ "contact_name" (i) } name={ "contact_name" (i) } value=(value(&format!("contact_name{i}")));
                            }
                            div {
                                label for={ "contact_phone" (i) } { (fl!("ui-organiser-contact-phone")) }
                                input type="text" id={ "contact_phone" (i) } name={ "contact_phone" (i) } value=(value(&format!("contact_phone{i}")));
                            }
                            div {
                                label for={ "contact_email" (i) } { (fl!("ui-organiser-contact-email")) }
                                input type="email" id={ "contact_email" (i) } name={ "contact_email" (i) } value=(value(&format!("contact_email{i}")));
                            }
                        }
                    }
                }
                button type="submit" name="action" value="check" class="secondary" { (fl!("ui-organiser-check")) }
                button type="submit" name="action" value="create" { (fl!("ui-organiser-create")) }
            }
        },
    )
}

/// What a checked plan will create, in words: the date echoed, each
/// recipient's check code.
fn summary(plan: &CampaignPlan) -> Markup {
    html! {
        div.box.ok role="status" {
            p { strong { (fl!("ui-organiser-checked")) } }
            p { (fl!("ui-organiser-reference", date = i18n::date(plan.reference_date),
                min = plan.window.min_age.to_string(), max = plan.window.max_age.to_string())) }
            ul {
                li { (fl!("ui-checklist-coordinator")) " — " (fl!("ui-col-check-code")) " "
                    strong.fingerprint { (croise::identity::check_code(&plan.coordinator_recipient)) } }
                @for p in &plan.parties {
                    li { (shown(&p.name)) " (" (side_name(p.side)) ") — " (fl!("ui-col-check-code")) " "
                        strong.fingerprint { (croise::identity::check_code(&p.recipient)) } }
                }
            }
        }
    }
}
