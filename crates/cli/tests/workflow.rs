//! Issue 12: the messages and behaviours that left users stuck — starting
//! croise with no argument, a closed pipe, and the mistakes named in the
//! issue, each in French and English.

mod common;

use std::process::{Command, Stdio};

use common::{LOCALE_VARS, TestEnv, os};

const FR: [(&str, &str); 1] = [("LANG", "fr_FR.UTF-8")];

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

#[test]
fn croise_alone_welcomes_in_french_and_names_three_commands() {
    let env = TestEnv::bare();
    let run = env.run_with_env(&FR, Vec::<String>::new()).success();
    let out = stdout(&run);
    assert!(out.contains("sans envoyer un seul nom"), "{out}");
    for command in [
        "croise identity new --out identite.txt",
        "croise check",
        "croise demo",
    ] {
        assert!(out.contains(command), "{command}: {out}");
    }
    assert!(stderr(&run).is_empty());
}

#[test]
fn croise_alone_welcomes_in_english_under_an_english_locale() {
    let env = TestEnv::bare();
    let run = env
        .run_with_env(&[("LANG", "en_GB.UTF-8")], Vec::<String>::new())
        .success();
    let out = stdout(&run);
    assert!(out.contains("without sending a single name"), "{out}");
    assert!(out.contains("croise identity new --out identity.txt"));
}

/// `croise check … | head -1`: the reader goes away before croise writes.
#[test]
fn a_closed_pipe_ends_quietly_without_a_panic() {
    let env = TestEnv::samples();
    for vars in [&[][..], &FR[..]] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_croise"));
        for var in LOCALE_VARS {
            command.env_remove(var);
        }
        let mut child = command
            .envs(vars.iter().copied())
            .args([os("check"), env.list_path("ml-nancy").into()])
            .current_dir(env.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end at once: every write to stdout fails.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(output.status.code(), Some(0), "{err}");
        assert!(err.is_empty(), "{err}");
    }
}
