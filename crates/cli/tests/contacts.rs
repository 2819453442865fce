//! Issue 12, item 3: each party may name its referent (correspondant
//! insertion, conseiller référent justice) in the manifest; `campaign show`
//! shows them, every read checks them, and `reveal` puts the partner's
//! contact beside the partner organisation.

mod common;

use std::ffi::OsString;

use common::{COORDINATOR, SAMPLE_PARTIES, TestEnv, os};

const FR: [(&str, &str); 1] = [("LANG", "fr_FR.UTF-8")];

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

fn campaign_args(env: &TestEnv, dir: &str, contacts: &[&str]) -> Vec<OsString> {
    let mut args = vec![
        os("campaign"),
        os("new"),
        os("--name"),
        os("Contacts"),
        os("--reference-date"),
        os(common::REFERENCE_DATE),
    ];
    for p in &SAMPLE_PARTIES {
        args.push(os("--party"));
        args.push(os(&format!(
            "{}:{}:{}:{}",
            p.id,
            p.side,
            env.recipient(p.id),
            p.name
        )));
    }
    for c in contacts {
        args.extend([os("--contact"), os(c)]);
    }
    args.extend([
        os("--coordinator"),
        os(&env.recipient(COORDINATOR)),
        os("--out"),
        env.path(dir).into(),
    ]);
    args
}

const NANCY_ML: &str = "ml-nancy=Inès Martin;03 83 00 00 01;ines.martin@ml-nancy.example";
const NANCY_STEMO: &str = "stemo-nancy=Paul Durand;+33 3 83 00 00 02;paul.durand@justice.example";

#[test]
fn contacts_are_shown_and_put_beside_the_partner_in_reveal() {
    let env = TestEnv::samples();
    env.run(campaign_args(&env, "contacts", &[NANCY_ML, NANCY_STEMO]))
        .success();
    let manifest = env.manifest_in("contacts");
    let run = env
        .run([os("campaign"), os("show"), manifest.clone().into()])
        .success();
    assert!(
        stdout(&run)
            .contains("        contact Inès Martin, 03 83 00 00 01, ines.martin@ml-nancy.example"),
        "{}",
        stdout(&run)
    );
    let run = env
        .run_with_env(&FR, [os("campaign"), os("show"), manifest.clone().into()])
        .success();
    assert!(stdout(&run).contains("        contact Paul Durand, +33 3 83 00 00 02"));

    let mut files = Vec::new();
    for p in &SAMPLE_PARTIES {
        let out = env
            .path("inbox")
            .join(format!("contacts-{}.tokens.age", p.id));
        env.tokenize_in("contacts", p.id, &env.list_path(p.id), &out)
            .success();
        files.push(out);
    }
    env.match_in(
        "contacts",
        COORDINATOR,
        &files,
        &env.path("results-contacts"),
    )
    .success();
    let out = env.path("stemo-links.csv");
    let mut args = vec![
        os("reveal"),
        env.list_path("stemo-nancy").into(),
        os("--result"),
        env.path("results-contacts/stemo-nancy.result.age").into(),
        os("--out"),
        out.clone().into(),
    ];
    args.extend(env.holder_options("contacts", "stemo-nancy", "stemo-nancy"));
    env.run(args).success();
    let text = std::fs::read_to_string(&out).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with(
            "N° rapprochement;Organisme partenaire;Contact partenaire;Confiance;Pourquoi pas sûr;Ligne;"
        ),
        "{header}"
    );
    let rows: Vec<&str> = lines.collect();
    assert!(rows.iter().any(|r| r.contains(
        ";Mission Locale du Grand Nancy;Inès Martin, 03 83 00 00 01, ines.martin@ml-nancy.example;"
    )));
    // A partner without a contact: the cell is empty.
    assert!(
        rows.iter().any(|r| r.contains(";Mission Locale de Metz;;")),
        "{text}"
    );
}

#[test]
fn campaign_new_refuses_a_contact_every_read_would_refuse() {
    let env = TestEnv::samples();
    for (contact, en, fr) in [
        (
            "ml-nancy=Inès\u{202e}Martin;03 83;a@b.fr",
            "the contact of party `ml-nancy` holds control, format or bidirectional characters",
            "le contact du participant `ml-nancy`",
        ),
        (
            "ml-nancy=Inès Martin;appelez-moi;a@b.fr",
            "has a phone number with other characters than digits",
            "a un numéro de téléphone avec d'autres caractères",
        ),
        (
            "ml-nancy=Inès Martin;03 83;pas une adresse",
            "has an e-mail address without exactly one @",
            "a une adresse de courriel sans exactement un @",
        ),
        (
            "ml-paris=Inès Martin;03 83;a@b.fr",
            "--contact names party `ml-paris`, which no --party gives",
            "--contact désigne le participant `ml-paris`",
        ),
    ] {
        let err = stderr(&env.run(campaign_args(&env, "x", &[contact])).failure());
        assert!(err.contains(en), "{contact}: {err}");
        let err = stderr(
            &env.run_with_env(&FR, campaign_args(&env, "x", &[contact]))
                .failure(),
        );
        assert!(err.contains(fr), "{contact}: {err}");
        assert!(!env.path("x").join("campaign.toml").exists());
    }
}

#[test]
fn a_contact_edited_into_the_manifest_is_refused_on_read() {
    let env = TestEnv::samples();
    env.run(campaign_args(&env, "contacts", &[NANCY_ML]))
        .success();
    let manifest = env.manifest_in("contacts");
    let text = std::fs::read_to_string(&manifest).unwrap();
    assert!(text.contains("[party.contact]"), "{text}");
    let edited = text.replace("Inès Martin", "Inès\u{202e}Martin");
    assert_ne!(edited, text);
    let path = env.path("edited.toml");
    std::fs::write(&path, edited).unwrap();
    let err = stderr(&env.run([os("campaign"), os("show"), path.into()]).failure());
    assert!(err.contains("field `contact` of party 3"), "{err}");
    assert!(err.contains("control, format or bidirectional"), "{err}");
    // A contact too long, even re-signed, would be refused the same way;
    // a manifest without contacts keeps its layout (no contact table).
    let plain = std::fs::read_to_string(env.manifest_path()).unwrap();
    assert!(!plain.contains("contact"));
}
