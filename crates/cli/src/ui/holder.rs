//! The data holder's screens (a STEMO or a Mission Locale): the pack
//! received, the list checked, the token file made, the result revealed.
//! Each step calls what the commands call: `records::survey` (`check`),
//! `cmd::tokenize::tokenize_to` and `snapshot::write` (`tokenize`),
//! `reveal::open_result`, `reveal::reveal_with` and `cmd::reveal::reveal_list`
//! (`reveal`).
//!
//! The list's values are shown here, on the holder's own workstation, in
//! its own browser — the rejected rows with what they hold, so they can be
//! fixed, and the linked rows. They are never logged, and never leave the
//! workspace except in files the holder exports.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use axum::Form;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Redirect, Response};
use croise::campaign::{HolderContext, Manifest};
use croise::input::{ListFile, ReadOptions, Role, SpreadsheetOptions, TableFormat};
use croise::matching::Confidence;
use croise::records::{ListSurvey, Rejection, Verdict, survey};
use croise::reveal::{self, Revealed};
use croise::snapshot;
use croise::tokenize::Losses;
use maud::{Markup, html};

use super::page::{self, post_button, shown};
use super::workspace::{self, CampaignDir, Role as WorkRole, State as Choices};
use super::{App, Campaign, HOLDER, blocking, receive};
use crate::i18n::{self, fl};

/// Rows shown at most in a table of the page (the exported file has all).
const SHOWN_ROWS: usize = 500;

/// The holder's campaigns, and the form to import a pack.
pub async fn index(State(app): State<App>) -> Response {
    index_page(&app, None).await
}

async fn index_page(app: &App, problem: Option<anyhow::Error>) -> Response {
    super::home::role_index(
        app,
        WorkRole::Holder,
        (&fl!("ui-holder-title"), "/detenteur"),
        &fl!("ui-holder-no-identity"),
        problem.as_ref(),
        html! {
            h2 { (fl!("ui-holder-import")) }
            p { (fl!("ui-holder-import-text")) }
            form method="post" action="/detenteur" enctype="multipart/form-data" {
                label for="pack" { (fl!("ui-holder-pack")) }
                p.hint id="pack_hint" { (fl!("ui-holder-pack-hint")) }
                input type="file" id="pack" name="pack" multiple required aria-describedby="pack_hint";
                button type="submit" { (fl!("ui-holder-import-button")) }
            }
        },
    )
}

/// The pack dropped: the manifest and the key file, checked with this
/// workstation's identity as `tokenize` checks them, then kept.
pub async fn import_pack(State(app): State<App>, multipart: Multipart) -> Response {
    let outcome = async {
        let incoming = app.workspace.incoming()?;
        let files = receive(multipart, incoming.path()).await?;
        let workspace = app.workspace.clone();
        blocking(move || import(&workspace, &files)).await
    }
    .await;
    match outcome {
        Ok(name) => Redirect::to(&format!("/campagne/{name}")).into_response(),
        Err(e) => index_page(&app, Some(e)).await,
    }
}

fn import(workspace: &workspace::Workspace, files: &[(String, PathBuf)]) -> Result<String> {
    let manifest = files
        .iter()
        .find(|(name, _)| name.to_ascii_lowercase().ends_with(".toml"))
        .map(|(_, p)| p)
        .ok_or_else(|| anyhow::anyhow!(fl!("ui-holder-pack-no-manifest")))?;
    let key = files
        .iter()
        .find(|(name, _)| name.to_ascii_lowercase().ends_with(".key.age"))
        .map(|(_, p)| p)
        .ok_or_else(|| anyhow::anyhow!(fl!("ui-holder-pack-no-key")))?;
    let identity = workspace.identity();
    if !identity.is_file() {
        bail!(fl!("ui-holder-no-identity"));
    }
    let ctx = HolderContext::open(manifest, key, &identity)?;
    let (name, dir) =
        workspace.campaign_folder(WorkRole::Holder, ctx.manifest.campaign_id.as_str());
    if dir.join("campaign.toml").exists() {
        return Ok(name);
    }
    let key_path = croise::campaign::key_file_path(&dir, &ctx.party.id);
    workspace::copy(key, &key_path, croise::output::Visibility::OwnerOnly)?;
    workspace::copy(
        manifest,
        &dir.join("campaign.toml"),
        croise::output::Visibility::Shareable,
    )?;
    Ok(name)
}

/// Everything about one campaign folder of a holder.
struct Holder {
    ctx: HolderContext,
    identity: PathBuf,
    choices: Choices,
    tokens: PathBuf,
    snapshot: PathBuf,
}

fn open(app: &App, found: &CampaignDir) -> Result<Holder> {
    let key = found
        .files()
        .into_iter()
        .find(|(name, _)| name.starts_with("keys/") && name.ends_with(".key.age"))
        .map(|(_, p)| p)
        .ok_or_else(|| anyhow::anyhow!(fl!("ui-holder-pack-no-key")))?;
    let identity = app.workspace.identity();
    let ctx = HolderContext::open(&found.manifest(), &key, &identity)?;
    let tokens = found.dir.join(format!("{}.tokens.age", ctx.party.id));
    let snapshot = snapshot::beside_tokens(&tokens);
    Ok(Holder {
        ctx,
        identity,
        choices: found.state(),
        tokens,
        snapshot,
    })
}

impl Holder {
    fn options(&self) -> ReadOptions {
        ReadOptions {
            columns: self.choices.columns.clone(),
            columns_file: None,
            sheet: self.choices.sheet.clone(),
        }
    }
}

/// The campaign page: the steps, each with what it found.
pub async fn page(app: &App, found: &CampaignDir, problem: Option<anyhow::Error>) -> Response {
    super::campaign_page(
        app,
        found,
        problem,
        (fl!("ui-holder-title"), "/detenteur"),
        steps,
    )
    .await
}

fn steps(app: &App, found: &CampaignDir) -> Result<(String, Markup)> {
    let h = open(app, found)?;
    let m = &h.ctx.manifest;
    let here = format!("/campagne/{}", found.name);
    let list_path = h.choices.list.as_ref().map(|l| found.dir.join(l));
    let list = match &list_path {
        Some(p) if p.is_file() => {
            Some(ListFile::open(p, &h.options()).map_err(anyhow::Error::from))
        }
        _ => None,
    };
    let tokenized = h.tokens.is_file();
    let result = h
        .choices
        .result
        .as_ref()
        .map(|r| found.dir.join("recu").join(r))
        .filter(|p| p.is_file());
    let title = shown(&m.name).into_owned();
    let body = html! {
        h1 { (title) }
        div.box {
            p { (fl!("ui-checklist-digest")) " " span.fingerprint { (m.digest().grouped()) } }
            p.hint { (fl!("ui-holder-digest-hint")) }
            p { (fl!("ui-holder-you-are", party = shown(&h.ctx.party.name))) }
            p { (fl!("ui-organiser-reference", date = i18n::date(m.reference_date),
                min = m.min_age.to_string(), max = m.max_age.to_string())) }
        }
        section.step id="step1" aria-labelledby="step1-title" {
            h2 id="step1-title" { (fl!("ui-holder-step-list")) @if list.is_some() { " " span.done-mark { "✓" } } }
            @if tokenized {
                p { (fl!("ui-holder-list-frozen")) }
            } @else {
                form method="post" action={ (here) "/liste" } enctype="multipart/form-data" {
                    label for="list" { (fl!("ui-holder-list-file")) }
                    p.hint id="list_hint" { (fl!("ui-holder-list-hint")) }
                    input type="file" id="list" name="list" required accept=".csv,.txt,.xlsx,.xlsm,.xls,.xlsb,.ods"
                        aria-describedby="list_hint";
                    button type="submit" { (fl!("ui-holder-list-button")) }
                }
            }
            @match &list {
                Some(Ok(list)) if tokenized => {
                    details {
                        summary { (fl!("ui-check-title")) }
                        (check_view(&h, list, &here, tokenized)?)
                    }
                }
                Some(Ok(list)) => { (check_view(&h, list, &here, tokenized)?) }
                Some(Err(e)) => { (page::failure(e)) }
                None => {}
            }
        }
        section.step id="step2" aria-labelledby="step2-title" {
            h2 id="step2-title" { (fl!("ui-holder-step-tokens")) @if tokenized { " " span.done-mark { "✓" } } }
            @if tokenized {
                div.box.ok {
                    p { strong { (fl!("ui-holder-tokens-ready")) } }
                    p { a href={ (here) "/fichier/" (file_name(&h.tokens)) } { (file_name(&h.tokens)) } }
                    p { (fl!("ui-holder-tokens-send")) }
                    p.hint { (fl!("ui-folder-is", path = i18n::path(&found.dir))) }
                    (post_button(&format!("{here}/ouvrir"), &fl!("ui-open-folder"), false))
                }
            } @else if matches!(list, Some(Ok(_))) {
                form method="post" action={ (here) "/jetons" } {
                    p { (fl!("ui-holder-tokens-text")) }
                    label {
                        input type="checkbox" name="accept_losses" value="yes";
                        " " (fl!("ui-holder-accept-losses"))
                    }
                    button type="submit" { (fl!("ui-holder-tokens-button")) }
                }
            } @else {
                p.hint { (fl!("ui-holder-tokens-first")) }
            }
        }
        section.step id="step3" aria-labelledby="step3-title" {
            h2 id="step3-title" { (fl!("ui-holder-step-result")) @if result.is_some() { " " span.done-mark { "✓" } } }
            @if tokenized {
                form method="post" action={ (here) "/resultat" } enctype="multipart/form-data" {
                    label for="result" { (fl!("ui-holder-result-file")) }
                    p.hint id="result_hint" { (fl!("ui-holder-result-hint", party = h.ctx.party.id.as_str())) }
                    input type="file" id="result" name="result" required aria-describedby="result_hint";
                    button type="submit" { (fl!("ui-holder-result-button")) }
                }
            } @else {
                p.hint { (fl!("ui-holder-result-first")) }
            }
            @if let Some(result) = &result {
                (revealed_view(&h, result, &here)?)
            }
        }
    };
    Ok((title, body))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What `check` says of the list, as tables: how its columns were read
/// (with drop-downs to change them), the counts, the rejected rows with
/// their values, the rows that look like one youth, the verdict.
fn check_view(h: &Holder, list: &ListFile, here: &str, frozen: bool) -> Result<Markup> {
    let m = &h.ctx.manifest;
    let s = survey(list, m.reference_date, m.window())?;
    let verdict = s.verdict(list.notices.len());
    let rejected: BTreeSet<u64> = s.rejected.iter().map(|(row, _)| *row).collect();
    let mut rejected_rows: Vec<(u64, Rejection, Vec<String>)> = Vec::new();
    if !rejected.is_empty() {
        let reasons: HashMap<u64, Rejection> = s.rejected.iter().copied().collect();
        for row in list.rows() {
            let row = row?;
            if let Some(reason) = reasons.get(&row.row) {
                rejected_rows.push((row.row, *reason, row.fields().map(str::to_string).collect()));
                if rejected_rows.len() >= SHOWN_ROWS {
                    break;
                }
            }
        }
    }
    let headers = &list.mapping.headers;
    let verdict_class = match verdict {
        Verdict::Usable => "box ok",
        Verdict::UsableWithWarnings => "box warn",
        Verdict::ToCorrect | Verdict::Unusable => "box error",
    };
    Ok(html! {
        h3 { (fl!("ui-check-title")) }
        p { (fl!("check-format", format = i18n::describe(list))) }
        form method="post" action={ (here) "/colonnes" } {
            table {
                caption { (fl!("ui-check-columns")) }
                thead { tr { th scope="col" { (fl!("ui-col-role")) } th scope="col" { (fl!("ui-col-column")) } } }
                tbody {
                    @for role in Role::ALL {
                        tr {
                            th scope="row" { label for={ "role-" (role.key()) } { (i18n::role(role)) } }
                            td {
                                select id={ "role-" (role.key()) } name=(role.key()) disabled[frozen] {
                                    option value="" selected[list.mapping.column(role).is_none()] { (fl!("ui-check-no-column")) }
                                    @for (i, header) in headers.iter().enumerate() {
                                        @if !header.trim().is_empty() {
                                            option value=(header) selected[list.mapping.column(role) == Some(i)] {
                                                (shown(&list.column_name(i)))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if !frozen {
                button.secondary type="submit" { (fl!("ui-check-columns-button")) }
            }
        }
        (counts_table(&s, m))
        @if !rejected_rows.is_empty() {
            div.scroll {
                table {
                    caption { (fl!("ui-check-rejected-title", count = i18n::count(s.rejected.len()))) }
                    thead { tr {
                        th scope="col" { (fl!("ui-col-row")) }
                        th scope="col" { (fl!("ui-col-why")) }
                        @for (i, _) in headers.iter().enumerate() { th scope="col" { (shown(&list.column_name(i))) } }
                    } }
                    tbody {
                        @for (row, reason, fields) in &rejected_rows {
                            tr {
                                td.num { (row) }
                                td { (i18n::rejection(*reason)) " (" (i18n::role(reason.role())) ")" }
                                @for f in fields { td { (shown(f)) } }
                            }
                        }
                    }
                }
            }
            p.hint { (fl!("ui-check-fix-in-excel")) }
        }
        @if !s.duplicates.is_empty() {
            p { (fl!("check-duplicates", n = i18n::n(s.duplicates.len()), count = i18n::count(s.duplicates.len()))) }
            ul {
                @for group in s.duplicates.iter().take(SHOWN_ROWS) {
                    li { (fl!("check-duplicate-rows", rows = i18n::rows(group, 20))) }
                }
            }
        }
        @if !list.notices.is_empty() {
            ul {
                @for notice in &list.notices { li { (i18n::notice(notice)) } }
            }
        }
        div class=(verdict_class) role="status" {
            p { strong { (fl!("ui-check-verdict")) " " (i18n::verdict(verdict)) } }
            p { (crate::cmd::check::advice(list, &s, verdict, !list.notices.is_empty())) }
        }
    })
}

fn counts_table(s: &ListSurvey, m: &Manifest) -> Markup {
    html! {
        table {
            caption { (fl!("ui-check-counts")) }
            tbody {
                tr { th scope="row" { (fl!("ui-check-rows-read")) } td.num { (i18n::count(s.rows_read)) } }
                tr { th scope="row" { (fl!("ui-check-in-window", min = m.min_age.to_string(), max = m.max_age.to_string(), date = i18n::date(m.reference_date))) } td.num { (i18n::count(s.in_window())) } }
                tr { th scope="row" { (fl!("ui-check-too-young")) } td.num { (i18n::count(s.too_young)) } }
                tr { th scope="row" { (fl!("ui-check-too-old")) } td.num { (i18n::count(s.too_old)) } }
                tr { th scope="row" { (fl!("ui-check-rejected")) } td.num { (i18n::count(s.rejected.len())) } }
            }
        }
    }
}

/// The linked rows, as the result says, joined with the snapshot.
fn revealed_view(h: &Holder, result: &Path, here: &str) -> Result<Markup> {
    let revealed = reveal_rows(h, result, false)?;
    let contacts = h.ctx.manifest.parties.iter().any(|p| p.contact.is_some());
    let mut by_number: std::collections::BTreeMap<_, Vec<u64>> = Default::default();
    for r in &revealed.rows {
        by_number.entry(r.match_number).or_default().push(r.row);
    }
    Ok(html! {
        div.box.ok role="status" {
            p { strong { (fl!("reveal-rows-linked", n = i18n::n(revealed.rows.len()), count = i18n::count(revealed.rows.len()))) } }
            @for c in Confidence::ALL {
                @let found = revealed.rows.iter().filter(|r| r.confidence == c).count();
                @if found > 0 {
                    p { (fl!("reveal-confidence", confidence = i18n::confidence(c), count = i18n::count(found))) }
                }
            }
            @for (number, rows) in by_number.iter().filter(|(_, rows)| rows.len() > 1) {
                p { (fl!("reveal-same-youth", number = number.to_string(),
                    rows = rows.iter().map(u64::to_string).collect::<Vec<_>>().join(", "))) }
            }
            @if !revealed.absent_parties.is_empty() {
                p { strong { (fl!("reveal-partial", parties = revealed.absent_parties.iter().map(|p| shown(p).into_owned()).collect::<Vec<_>>().join(", "), n = i18n::n(revealed.absent_parties.len()))) } }
            }
            @for id in &revealed.outliers {
                p { strong { (fl!("reveal-outlier", party = shown(id), threshold = croise::matching::OUTLIER_PERCENT.to_string())) } }
            }
        }
        dl.legend {
            @for c in Confidence::ALL {
                dt { (i18n::confidence(c)) }
                dd { (confidence_means(c)) }
            }
        }
        div.scroll {
            table.wide {
                caption { (fl!("ui-reveal-table")) }
                thead { tr {
                    // The holder's own row first, what the partner is last:
                    // the page is read left to right, the row is what
                    // the educator or counsellor knows.
                    th scope="col" { (fl!("ui-col-match")) }
                    th scope="col" { (fl!("ui-col-row")) }
                    @for header in &revealed.headers { th scope="col" { (shown(header)) } }
                    th scope="col" { (fl!("ui-col-confidence")) }
                    th scope="col" { (fl!("ui-col-reasons")) }
                    th scope="col" { (fl!("ui-col-partner")) }
                    @if contacts { th scope="col" { (fl!("ui-col-contact")) } }
                } }
                tbody {
                    @for r in revealed.rows.iter().take(SHOWN_ROWS) {
                        tr {
                            td.num { (r.match_number.to_string()) }
                            td.num { (r.row) }
                            @for f in &r.fields { td { (shown(f)) } }
                            td class=(if r.confidence == Confidence::ToReview { "review" } else { "sure" }) {
                                (i18n::confidence(r.confidence))
                            }
                            td { @if r.confidence != Confidence::Sure { (i18n::reasons(r.reasons)) } }
                            td { (shown(&r.counterpart_name)) }
                            @if contacts {
                                td { (shown(&h.ctx.manifest.party(&r.counterpart).and_then(|p| p.contact.as_ref()).map(|c| c.one_line()).unwrap_or_default())) }
                            }
                        }
                    }
                }
            }
        }
        h3 { (fl!("ui-export-title")) }
        form method="post" action={ (here) "/export" } {
            fieldset {
                legend { (fl!("ui-export-what")) }
                label { input type="radio" name="rows" value="all" checked; " " (fl!("ui-export-all")) }
                label { input type="radio" name="rows" value="links"; " " (fl!("ui-export-links")) }
            }
            button type="submit" name="format" value="xlsx" { (fl!("ui-export-xlsx")) }
            button.secondary type="submit" name="format" value="csv" { (fl!("ui-export-csv")) }
        }
    })
}

/// What a confidence level means, for the person who acts on it.
fn confidence_means(c: Confidence) -> String {
    match c {
        Confidence::Sure => fl!("ui-confidence-sure-means"),
        Confidence::Probable => fl!("ui-confidence-probable-means"),
        Confidence::ToReview => fl!("ui-confidence-to-review-means"),
    }
}

fn reveal_rows(h: &Holder, result: &Path, all_rows: bool) -> Result<Revealed> {
    let identity = croise::identity::load(&h.identity)?;
    let snap = snapshot::open(&h.ctx, &identity, &h.snapshot)?;
    let file = reveal::open_result(&h.ctx, &identity, result)?;
    Ok(reveal::reveal_with(
        &h.ctx,
        &file,
        result,
        &snap.list,
        all_rows,
        &|_, _, _| {},
    )?)
}

/// The list dropped: kept in the folder, under a name of ours.
pub async fn upload_list(
    State(app): State<App>,
    Campaign(found): Campaign<HOLDER>,
    multipart: Multipart,
) -> Response {
    let name = found.name.clone();
    let outcome = async {
        let tokens_written = open(&app, &found).map(|h| h.tokens.is_file())?;
        if tokens_written {
            bail!(fl!("ui-holder-list-frozen"));
        }
        let incoming = app.workspace.incoming()?;
        let files = receive(multipart, incoming.path()).await?;
        let (given, path) = files
            .into_iter()
            .next()
            .ok_or_else(|| anyhow::anyhow!(fl!("ui-no-file")))?;
        let kept = workspace::list_name(&given);
        let target = found.dir.join(&kept);
        let mut choices = found.state();
        if let Some(old) = &choices.list {
            let _ = std::fs::remove_file(found.dir.join(old));
        }
        std::fs::rename(&path, &target).map_err(|e| croise::Error::io(&target, e))?;
        choices.list = Some(kept);
        choices.columns.clear();
        choices.sheet = None;
        found.save(&choices)
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to(&format!("/campagne/{name}#step1")).into_response(),
        Err(e) => page(&app, &found, Some(e)).await,
    }
}

/// The drop-downs of the column mapping, remembered as `role=header`.
pub async fn choose_columns(
    State(app): State<App>,
    Campaign(found): Campaign<HOLDER>,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    let name = found.name.clone();
    let mut choices = found.state();
    choices.columns = Role::ALL
        .into_iter()
        .filter_map(|role| {
            fields
                .get(role.key())
                .map(|header| format!("{}={header}", role.key()))
        })
        .collect();
    match found.save(&choices) {
        Ok(()) => Redirect::to(&format!("/campagne/{name}#step1")).into_response(),
        Err(e) => page(&app, &found, Some(e)).await,
    }
}

#[derive(serde::Deserialize)]
pub struct TokenizeForm {
    #[serde(default)]
    accept_losses: Option<String>,
}

/// Makes the token file and the snapshot, on a thread, with progress.
pub async fn tokenize(
    State(app): State<App>,
    Campaign(found): Campaign<HOLDER>,
    Form(form): Form<TokenizeForm>,
) -> Response {
    let name = found.name.clone();
    let h = match open(&app, &found) {
        Ok(h) => h,
        Err(e) => return page(&app, &found, Some(e)).await,
    };
    let Some(list) = h.choices.list.as_ref().map(|l| found.dir.join(l)) else {
        return page(
            &app,
            &found,
            Some(anyhow::anyhow!(fl!("ui-holder-tokens-first"))),
        )
        .await;
    };
    let losses = if form.accept_losses.is_some() {
        Losses::Accept
    } else {
        Losses::Refuse
    };
    let next = format!("/campagne/{name}#step2");
    let number = app
        .jobs
        .start(&format!("tokenize {name}"), move |progress| {
            let options = h.options();
            let (list, _) = crate::cmd::tokenize::tokenize_to(
                &h.ctx, &list, &options, &h.tokens, losses, progress,
            )?;
            if let Err(e) = snapshot::write(&h.ctx, &list, &h.snapshot) {
                // Without its snapshot the token file could not be revealed
                // later: take it back, so the step can be done again.
                let _ = std::fs::remove_file(&h.tokens);
                return Err(e.into());
            }
            Ok(next)
        });
    Redirect::to(&format!("/travail/{number}")).into_response()
}

/// The result dropped: checked (it must open for this party and match the
/// snapshot), then kept in `recu/`.
pub async fn upload_result(
    State(app): State<App>,
    Campaign(found): Campaign<HOLDER>,
    multipart: Multipart,
) -> Response {
    let name = found.name.clone();
    let outcome = async {
        let incoming = app.workspace.incoming()?;
        let files = receive(multipart, incoming.path()).await?;
        let (_, path) = files
            .into_iter()
            .next()
            .ok_or_else(|| anyhow::anyhow!(fl!("ui-no-file")))?;
        let app2 = app.clone();
        let found2 = found.clone();
        blocking(move || -> Result<()> {
            let h = open(&app2, &found2)?;
            reveal_rows(&h, &path, false)?;
            let kept = format!("{}.result.age", h.ctx.party.id);
            let target = found2.dir.join("recu").join(&kept);
            if target.exists() {
                std::fs::remove_file(&target).map_err(|e| croise::Error::io(&target, e))?;
            }
            workspace::copy(&path, &target, croise::output::Visibility::Shareable)?;
            let mut choices = found2.state();
            choices.result = Some(kept);
            found2.save(&choices)
        })
        .await
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to(&format!("/campagne/{name}#step3")).into_response(),
        Err(e) => page(&app, &found, Some(e)).await,
    }
}

#[derive(serde::Deserialize)]
pub struct ExportForm {
    format: String,
    #[serde(default)]
    rows: Option<String>,
}

/// Writes the table, as `reveal` writes it, into `sorties/` and sends it
/// to the browser.
pub async fn export(
    State(app): State<App>,
    Campaign(found): Campaign<HOLDER>,
    Form(form): Form<ExportForm>,
) -> Response {
    let name = found.name.clone();
    let app2 = app.clone();
    let found2 = found.clone();
    let written = blocking(move || -> Result<String> {
        let h = open(&app2, &found2)?;
        let result = h
            .choices
            .result
            .as_ref()
            .map(|r| found2.dir.join("recu").join(r))
            .context(fl!("ui-holder-result-first"))?;
        let all_rows = form.rows.as_deref() != Some("links");
        let identity = croise::identity::load(&h.identity)?;
        let snap = snapshot::open(&h.ctx, &identity, &h.snapshot)?;
        let format = if form.format == "csv" {
            TableFormat::csv(
                &snap.list.dialect,
                SpreadsheetOptions {
                    french: i18n::lang() == i18n::Lang::Fr,
                },
            )
        } else {
            TableFormat::Xlsx
        };
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let kept = format!(
            "sorties/{}-{}-{stamp}.{}",
            h.ctx.party.id,
            if all_rows { "tout" } else { "liens" },
            format.extension()
        );
        let out = found2.dir.join(&kept);
        crate::cmd::reveal::reveal_list(
            &h.ctx,
            &h.identity,
            &result,
            &snap.list,
            format,
            &out,
            all_rows,
            &|_, _, _| {},
        )?;
        Ok(kept)
    })
    .await;
    match written {
        Ok(kept) => Redirect::to(&format!("/campagne/{name}/fichier/{kept}")).into_response(),
        Err(e) => page(&app, &found, Some(e)).await,
    }
}
