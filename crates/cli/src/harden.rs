//! Hardening of the running process, first thing in `main`: a croise
//! process holds list contents, campaign secrets and decrypted keys in
//! memory (SECURITY.md, section 8 and residual risk 11), so it must never
//! leave a core dump behind, and other processes of the same user must not
//! attach to it or read its memory.
//!
//! - Unix: the core-file size limit, soft and hard, is set to 0, so no core
//!   file is written even if the system's limit allowed one (and a child
//!   cannot raise it again).
//! - Linux: the process is made non-dumpable (`PR_SET_DUMPABLE` 0): no core
//!   dump even through a `core_pattern` pipe such as systemd-coredump or
//!   apport, and no `ptrace` attach or `/proc/PID/mem` read by other
//!   processes of the same user.
//! - Windows: nothing is done. A panic of croise unwinds and exits with
//!   code 101, which is no crash; an abort (an allocation failure) is one,
//!   and goes to Windows Error Reporting, which writes a local dump only
//!   where an administrator created the `LocalDumps` registry key (off by
//!   default) and otherwise sends at most a minidump if the machine's
//!   consent policy allows it. Where dumps are collected, the administrator
//!   excludes croise (`ExcludedApplications` policy, or
//!   `WerAddExcludedApplication`); SECURITY.md says so. `SetErrorMode` only
//!   hides the crash dialog and would not stop a configured dump.
//!
//! Uses rustix's safe API: the binary, like the library, has no `unsafe`.

/// Turns core dumps off and makes the process non-dumpable. What cannot be
/// done is returned as a warning for `main` to print; croise still runs.
pub fn process() -> Vec<String> {
    #[allow(unused_mut)]
    let mut warnings = Vec::new();
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let none = Rlimit {
            current: Some(0),
            maximum: Some(0),
        };
        if let Err(e) = setrlimit(Resource::Core, none) {
            warnings.push(format!("cannot turn core dumps off ({e})"));
        }
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        if let Err(e) = set_dumpable_behavior(DumpableBehavior::NotDumpable) {
            warnings.push(format!(
                "cannot protect this process from memory dumps ({e})"
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    /// Set in the child process that runs the hardening for real.
    const CHILD: &str = "CROISE_HARDEN_TEST_CHILD";

    /// Runs [`super::process`] in a child process (this test binary again,
    /// running only this test), so that the limits of the other tests'
    /// process are not touched, and checks there that core dumps are off
    /// and the process is not dumpable.
    #[test]
    fn after_hardening_no_core_dump_and_not_dumpable() {
        if std::env::var_os(CHILD).is_some() {
            assert_eq!(super::process(), Vec::<String>::new());
            #[cfg(unix)]
            {
                let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
                assert_eq!(limit.current, Some(0));
                assert_eq!(limit.maximum, Some(0));
            }
            #[cfg(target_os = "linux")]
            assert_eq!(
                rustix::process::dumpable_behavior().unwrap(),
                rustix::process::DumpableBehavior::NotDumpable
            );
            return;
        }
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "harden::tests::after_hardening_no_core_dump_and_not_dumpable",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .status()
            .unwrap();
        assert!(status.success(), "the child's checks failed");
    }
}
