//! The coordinator's screens (a DREETS or an ARML): the manifest received,
//! the token files expected and arrived, the match (partial only after an
//! explicit confirmation), the summary, the committees' report. Each step
//! calls what the commands call: `coordinator::open_token_file` and
//! `coordinator::run` (`match`), `croise_report` (`report`).

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use axum::Form;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Redirect, Response};
use croise::campaign::CoordinatorContext;
use croise::coordinator::{self, Completeness};
use croise::format::summary::Summary;
use croise::output::{self, Visibility};
use maud::{Markup, html};

use super::organiser::side_name;
use super::page::{post_button, shown};
use super::workspace::{self, CampaignDir, Role as WorkRole};
use super::{App, COORDINATOR, Campaign, blocking, receive};
use crate::i18n::{self, fl};

/// The coordinator's campaigns, and the form to import a manifest.
pub async fn index(State(app): State<App>) -> Response {
    index_page(&app, None).await
}

async fn index_page(app: &App, problem: Option<anyhow::Error>) -> Response {
    super::home::role_index(
        app,
        WorkRole::Coordinator,
        (&fl!("ui-coordinator-title"), "/coordinateur"),
        &fl!("ui-coordinator-no-identity"),
        problem.as_ref(),
        html! {
            h2 { (fl!("ui-coordinator-import")) }
            form method="post" action="/coordinateur" enctype="multipart/form-data" {
                label for="manifest" { (fl!("ui-coordinator-manifest")) }
                p.hint id="manifest_hint" { (fl!("ui-coordinator-manifest-hint")) }
                input type="file" id="manifest" name="manifest" required accept=".toml" aria-describedby="manifest_hint";
                button type="submit" { (fl!("ui-coordinator-import-button")) }
            }
        },
    )
}

/// The manifest dropped: opened with this workstation's identity as
/// `match` opens it, then kept.
pub async fn import_manifest(State(app): State<App>, multipart: Multipart) -> Response {
    let outcome = async {
        let incoming = app.workspace.incoming()?;
        let files = receive(multipart, incoming.path()).await?;
        let workspace = app.workspace.clone();
        blocking(move || -> Result<String> {
            let (_, manifest) = files
                .into_iter()
                .next()
                .ok_or_else(|| anyhow::anyhow!(fl!("ui-no-file")))?;
            let identity = workspace.identity();
            if !identity.is_file() {
                bail!(fl!("ui-coordinator-no-identity"));
            }
            let ctx = CoordinatorContext::open(&manifest, &identity)?;
            let (name, dir) =
                workspace.campaign_folder(WorkRole::Coordinator, ctx.manifest.campaign_id.as_str());
            if !dir.join("campaign.toml").exists() {
                workspace::copy(&manifest, &dir.join("campaign.toml"), Visibility::Shareable)?;
            }
            Ok(name)
        })
        .await
    }
    .await;
    match outcome {
        Ok(name) => Redirect::to(&format!("/campagne/{name}")).into_response(),
        Err(e) => index_page(&app, Some(e)).await,
    }
}

fn received(found: &CampaignDir, party: &str) -> PathBuf {
    found.dir.join("recus").join(format!("{party}.tokens.age"))
}

fn results_dir(found: &CampaignDir) -> PathBuf {
    found.dir.join("resultats")
}

fn report_dir(found: &CampaignDir) -> PathBuf {
    found.dir.join("rapport")
}

/// The campaign page: expected and arrived files, the match, the summary,
/// the report.
pub async fn page(app: &App, found: &CampaignDir, problem: Option<anyhow::Error>) -> Response {
    super::campaign_page(
        app,
        found,
        problem,
        (fl!("ui-coordinator-title"), "/coordinateur"),
        view,
    )
    .await
}

fn view(app: &App, found: &CampaignDir) -> Result<(String, Markup)> {
    let ctx = CoordinatorContext::open(&found.manifest(), &app.workspace.identity())?;
    let m = &ctx.manifest;
    let here = format!("/campagne/{}", found.name);
    let summary_path = results_dir(found).join("summary.toml");
    let summary = if summary_path.is_file() {
        Some(Summary::load(&summary_path, &ctx.auth)?)
    } else {
        None
    };
    let missing: Vec<&croise::campaign::Party> = m
        .parties
        .iter()
        .filter(|p| !received(found, &p.id).is_file())
        .collect();
    let arrived = m.parties.len() - missing.len();
    let report = report_dir(found).join("report.html");
    let title = shown(&m.name).into_owned();
    let body = html! {
        h1 { (title) }
        div.box {
            p { (fl!("ui-checklist-digest")) " " span.fingerprint { (m.digest().grouped()) } }
            p.hint { (fl!("ui-holder-digest-hint")) }
            p { (fl!("ui-organiser-reference", date = i18n::date(m.reference_date),
                min = m.min_age.to_string(), max = m.max_age.to_string())) }
        }
        section.step id="files" aria-labelledby="files-title" {
            h2 id="files-title" { (fl!("ui-coordinator-files")) }
            table {
                caption { (fl!("ui-coordinator-files-caption", arrived = i18n::count(arrived), expected = i18n::count(m.parties.len()))) }
                thead { tr {
                    th scope="col" { (fl!("ui-col-participant")) }
                    th scope="col" { (fl!("ui-col-side")) }
                    th scope="col" { (fl!("ui-col-expected-file")) }
                    th scope="col" { (fl!("ui-col-arrived")) }
                } }
                tbody {
                    @for p in &m.parties {
                        tr {
                            td { (shown(&p.name)) }
                            td { (side_name(p.side)) }
                            td { code { (shown(&p.id)) ".tokens.age" } }
                            @if received(found, &p.id).is_file() {
                                td.sure { "✓ " (fl!("ui-coordinator-arrived")) }
                            } @else {
                                td.review { (fl!("ui-coordinator-waiting")) }
                            }
                        }
                    }
                }
            }
            @if summary.is_none() {
                form method="post" action={ (here) "/recus" } enctype="multipart/form-data" {
                    label for="tokens" { (fl!("ui-coordinator-tokens")) }
                    p.hint id="tokens_hint" { (fl!("ui-coordinator-tokens-hint")) }
                    input type="file" id="tokens" name="tokens" multiple required aria-describedby="tokens_hint";
                    button type="submit" { (fl!("ui-coordinator-tokens-button")) }
                }
            }
        }
        section.step id="match" aria-labelledby="match-title" {
            h2 id="match-title" { (fl!("ui-coordinator-match")) @if summary.is_some() { " " span.done-mark { "✓" } } }
            @if let Some(s) = &summary {
                (summary_view(s))
                h3 { (fl!("ui-coordinator-results")) }
                p { (fl!("ui-coordinator-results-text")) }
                ul {
                    @for (name, _) in found.files().iter().filter(|(n, _)| n.starts_with("resultats/") && n.ends_with(".result.age")) {
                        li { a href={ (here) "/fichier/" (name) } { (shown(name)) } }
                    }
                }
                p.hint { (fl!("ui-folder-is", path = i18n::path(&results_dir(found)))) }
                (post_button(&format!("{here}/ouvrir"), &fl!("ui-open-folder"), true))
            } @else if arrived == 0 {
                p.hint { (fl!("ui-coordinator-match-first")) }
            } @else {
                form method="post" action={ (here) "/croiser" } {
                    @if !missing.is_empty() {
                        div.box.warn {
                            p { strong { (fl!("ui-coordinator-missing", n = i18n::n(missing.len()),
                                parties = missing.iter().map(|p| shown(&p.name).into_owned()).collect::<Vec<_>>().join(", "))) } }
                            label {
                                input type="checkbox" name="partial" value="yes" required;
                                " " (fl!("ui-coordinator-partial-confirm"))
                            }
                        }
                    }
                    button type="submit" { (fl!("ui-coordinator-match-button")) }
                }
            }
        }
        @if summary.is_some() {
            section.step id="report" aria-labelledby="report-title" {
                h2 id="report-title" { (fl!("ui-coordinator-report")) @if report.is_file() { " " span.done-mark { "✓" } } }
                @if report.is_file() {
                    p {
                        a href={ (here) "/fichier/rapport/report.html" } { (fl!("ui-coordinator-report-page")) }
                        " · "
                        a href={ (here) "/fichier/rapport/report.csv" } { (fl!("ui-coordinator-report-table")) }
                    }
                    iframe src={ (here) "/fichier/rapport/report.html" } title=(fl!("ui-coordinator-report-page"))
                        style="width:100%;height:40rem;border:1px solid #b8b8b8" {}
                } @else {
                    p { (fl!("ui-coordinator-report-text")) }
                    (post_button(&format!("{here}/rapport"), &fl!("ui-coordinator-report-button"), false))
                }
            }
        }
    };
    Ok((title, body))
}

/// The summary's counts, as `match` prints them.
fn summary_view(s: &Summary) -> Markup {
    html! {
        @if !s.absent_parties.is_empty() {
            div.box.warn { p { (fl!("match-partial",
                parties = s.absent_parties.iter().map(|p| shown(p).into_owned()).collect::<Vec<_>>().join(", "),
                n = i18n::n(s.absent_parties.len()))) } }
        }
        @for p in s.parties.iter().filter(|p| s.outliers.contains(&p.id)) {
            div.box.error { p { (fl!("reveal-outlier", party = shown(&p.id), threshold = croise::matching::OUTLIER_PERCENT.to_string())) } }
        }
        table {
            caption { (fl!("summary-submitted")) }
            thead { tr {
                th scope="col" { (fl!("ui-col-participant")) }
                th scope="col" { (fl!("ui-col-side")) }
                th scope="col" { (fl!("ui-col-records")) }
                th scope="col" { (fl!("ui-col-linked")) }
                th scope="col" { (fl!("ui-col-bound")) }
            } }
            tbody {
                @for p in &s.parties {
                    tr {
                        td { (shown(&p.id)) }
                        td { (shown(&p.side)) }
                        td.num { (i18n::count(p.records)) }
                        td.num { (i18n::count(p.linked)) }
                        td.num { (i18n::count(p.max_records)) }
                    }
                }
            }
        }
        table {
            caption { (fl!("summary-links")) }
            thead { tr {
                th scope="col" { (fl!("ui-side-justice")) }
                th scope="col" { (fl!("ui-side-mission-locale")) }
                th scope="col" { (i18n::confidence(croise::matching::Confidence::Sure)) }
                th scope="col" { (i18n::confidence(croise::matching::Confidence::Probable)) }
                th scope="col" { (i18n::confidence(croise::matching::Confidence::ToReview)) }
            } }
            tbody {
                @for pair in &s.pairs {
                    tr {
                        td { (shown(&pair.justice)) }
                        td { (shown(&pair.mission_locale)) }
                        td.num { (i18n::count(pair.links.sure)) }
                        td.num { (i18n::count(pair.links.probable)) }
                        td.num { (i18n::count(pair.links.to_review)) }
                    }
                }
            }
        }
        p { strong { (fl!("summary-total",
            n = i18n::n(s.totals.total()), total = i18n::count(s.totals.total()),
            sure_n = i18n::n(s.totals.sure), sure = i18n::count(s.totals.sure),
            probable_n = i18n::n(s.totals.probable), probable = i18n::count(s.totals.probable),
            to_review = i18n::count(s.totals.to_review))) } }
    }
}

/// Token files dropped: each opened as `match` opens it (this campaign,
/// this coordinator, its party's bound), then kept as `recus/PARTY.tokens.age`.
pub async fn upload_tokens(
    State(app): State<App>,
    Campaign(found): Campaign<COORDINATOR>,
    multipart: Multipart,
) -> Response {
    let name = found.name.clone();
    let outcome = async {
        let incoming = app.workspace.incoming()?;
        let files = receive(multipart, incoming.path()).await?;
        let app2 = app.clone();
        let found2 = found.clone();
        blocking(move || -> Result<()> {
            let ctx = CoordinatorContext::open(&found2.manifest(), &app2.workspace.identity())?;
            let identity = croise::identity::load(&app2.workspace.identity())?;
            for (_, path) in &files {
                let file = coordinator::open_token_file(
                    path,
                    &identity,
                    &ctx.auth,
                    &ctx.manifest,
                    &|_, _, _| {},
                )?;
                let target = received(&found2, &file.header.party);
                if target.exists() {
                    bail!(fl!(
                        "ui-coordinator-already",
                        party = shown(&file.header.party)
                    ));
                }
                std::fs::create_dir_all(target.parent().expect("in recus/"))
                    .map_err(|e| croise::Error::io(&target, e))?;
                std::fs::rename(path, &target).map_err(|e| croise::Error::io(&target, e))?;
            }
            Ok(())
        })
        .await
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to(&format!("/campagne/{name}#files")).into_response(),
        Err(e) => page(&app, &found, Some(e)).await,
    }
}

#[derive(serde::Deserialize)]
pub struct MatchForm {
    #[serde(default)]
    partial: Option<String>,
}

/// Links the files arrived, on a thread, with progress.
pub async fn match_files(
    State(app): State<App>,
    Campaign(found): Campaign<COORDINATOR>,
    Form(form): Form<MatchForm>,
) -> Response {
    let name = found.name.clone();
    let completeness = if form.partial.as_deref() == Some("yes") {
        Completeness::PartialAllowed
    } else {
        Completeness::Required
    };
    let identity_path = app.workspace.identity();
    let next = format!("/campagne/{name}#match");
    let number = app.jobs.start(&format!("match {name}"), move |progress| {
        let ctx = CoordinatorContext::open(&found.manifest(), &identity_path)?;
        let identity = croise::identity::load(&identity_path)?;
        let files: Vec<PathBuf> = ctx
            .manifest
            .parties
            .iter()
            .map(|p| received(&found, &p.id))
            .filter(|p| p.is_file())
            .collect();
        coordinator::run(
            &ctx,
            &identity,
            &files,
            &results_dir(&found),
            completeness,
            chrono::Local::now().date_naive(),
            progress,
        )?;
        Ok(next)
    });
    Redirect::to(&format!("/travail/{number}")).into_response()
}

/// The committees' report of this campaign, as `croise report` writes it
/// (French page; the default small-count threshold).
pub async fn make_report(
    State(app): State<App>,
    Campaign(found): Campaign<COORDINATOR>,
) -> Response {
    let name = found.name.clone();
    let app2 = app.clone();
    let found2 = found.clone();
    let outcome = blocking(move || write_report(&app2.workspace, &found2)).await;
    match outcome {
        Ok(()) => Redirect::to(&format!("/campagne/{name}#report")).into_response(),
        Err(e) => page(&app, &found, Some(e)).await,
    }
}

fn write_report(workspace: &workspace::Workspace, found: &CampaignDir) -> Result<()> {
    use croise_report::{Report, Threshold};
    let ctx = CoordinatorContext::open(&found.manifest(), &workspace.identity())?;
    let summary = results_dir(found).join("summary.toml");
    let inputs = croise_report::load_inputs(&[summary], std::slice::from_ref(&ctx))?;
    let threshold = Threshold::new(5, false)?;
    let report = Report::build(inputs, threshold, chrono::Local::now().date_naive())?;
    let dir = report_dir(found);
    let lang = match i18n::lang() {
        i18n::Lang::En => croise_report::Lang::En,
        i18n::Lang::Fr => croise_report::Lang::Fr,
    };
    write_new(
        &dir.join("report.html"),
        croise_report::html::render(&report, lang).as_bytes(),
    )?;
    write_new(
        &dir.join("report.csv"),
        &croise_report::csv::render(&report, lang),
    )?;
    Ok(())
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    output::write_file(path, bytes, Visibility::Shareable, false)?;
    Ok(())
}
