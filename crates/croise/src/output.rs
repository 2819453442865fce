//! The one writer of output files: every file croise writes appears
//! complete or not at all. Content goes to a temporary file in the target's
//! folder, is flushed to disk, then renamed over the final name. Secret files
//! are created owner-only from the start. Large files are streamed to the
//! temporary file ([`write_streamed`]), never held whole in memory.
//!
//! A run killed while writing (`kill -9`, a power cut) leaves its temporary
//! file `.croise-XXXX.part` behind, and it may hold names. The next write
//! into the same folder removes such leftovers ([`sweep_stale_parts`]) and
//! says so in one line.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Whether the file will hold a secret (then it is readable by its owner only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Shareable,
    OwnerOnly,
}

/// Atomically writes `bytes` to `path`. Refuses to replace an existing file
/// unless `overwrite` is set.
pub fn write_file(
    path: &Path,
    bytes: &[u8],
    visibility: Visibility,
    overwrite: bool,
) -> Result<()> {
    write_streamed(path, visibility, overwrite, |out| {
        out.write_all(bytes).map_err(|e| Error::io(path, e))
    })
}

/// Atomically writes what `fill` writes to `path`, as a stream: a large file
/// is never held in memory, and still appears complete or not at all (if
/// `fill` fails, the temporary file is removed). Refuses to replace an
/// existing file unless `overwrite` is set.
pub fn write_streamed(
    path: &Path,
    visibility: Visibility,
    overwrite: bool,
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    if !overwrite && path.exists() {
        return Err(Error::AlreadyExists {
            path: path.to_path_buf(),
        });
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    sweep_stale_parts(dir);
    let tmp = tempfile::Builder::new()
        .prefix(PART_PREFIX)
        .suffix(PART_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    // Held until the file is renamed or removed (or the process dies): it
    // tells another croise's sweep that this file is still being written.
    // Where the file system has no locks, the age rule alone protects it.
    let _ = tmp.as_file().try_lock();
    // tempfile creates files owner-only (0600) on Unix; widen only shareable ones.
    #[cfg(unix)]
    if visibility == Visibility::Shareable {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o644))
            .map_err(|e| Error::io(path, e))?;
    }
    #[cfg(not(unix))]
    let _ = visibility;
    let mut buffered = BufWriter::with_capacity(1 << 20, tmp.as_file());
    fill(&mut buffered)?;
    buffered.flush().map_err(|e| Error::io(path, e))?;
    drop(buffered);
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    let result = if overwrite {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    result.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::AlreadyExists {
                path: path.to_path_buf(),
            }
        } else {
            Error::io(path, e.error)
        }
    })
}

const PART_PREFIX: &str = ".croise-";
const PART_SUFFIX: &str = ".part";

/// How long a temporary file must have gone unmodified before a sweep may
/// remove it. A running croise also holds a lock on it; the age covers the
/// instant between its creation and the lock, and file systems without
/// locks. One minute: a writer that streams writes far more often, and a
/// leftover of an interrupted run is removed at the next run but one minute
/// later.
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes the temporary files of the atomic writer (`.croise-*.part`) that
/// an interrupted run left in `dir`: those unmodified for [`STALE_AFTER`]
/// and not locked by a running croise. Records one notice naming the files
/// removed. Never fails: what cannot be checked or removed is left alone.
pub fn sweep_stale_parts(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if !(name.starts_with(PART_PREFIX) && name.ends_with(PART_SUFFIX)) {
            continue;
        }
        // `DirEntry::metadata` does not follow a symbolic link.
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let stale = meta.is_file()
            && meta
                .modified()
                .ok()
                .and_then(|m| m.elapsed().ok())
                .is_some_and(|age| age >= STALE_AFTER);
        if !stale {
            continue;
        }
        let path = entry.path();
        let Ok(file) = fs::File::open(&path) else {
            continue;
        };
        if file.try_lock().is_err() {
            continue;
        }
        if fs::remove_file(&path).is_ok() {
            removed.push(name.to_string());
        }
    }
    if !removed.is_empty() {
        crate::notice::push(format!(
            "removed {} temporary file(s) left in {} by an interrupted croise run: {}",
            removed.len(),
            dir.display(),
            removed.join(", ")
        ));
    }
}

/// Reads a whole file, naming it in the error.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| Error::io(path, e))
}

/// Refuses a secret file that other users can read (Unix: any permission
/// for the group or others). Where permissions cannot be checked this way
/// (Windows ACLs), accepts it and records a warning (see [`crate::notice`]).
pub fn check_owner_only(path: &Path) -> Result<()> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(Error::SecretFileTooOpen {
                path: path.to_path_buf(),
            });
        }
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        crate::notice::push(format!(
            "{} holds a secret, and croise cannot check who may read it on this system. Keep it in a folder only you can open",
            path.display()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.bin");
        write_file(&target, b"one", Visibility::Shareable, false).unwrap();
        let err = write_file(&target, b"two", Visibility::Shareable, false).unwrap_err();
        assert!(matches!(err, Error::AlreadyExists { .. }));
        assert_eq!(fs::read(&target).unwrap(), b"one");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
    }

    fn age(path: &Path, seconds: u64) {
        let when = std::time::SystemTime::now() - std::time::Duration::from_secs(seconds);
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(when)
            .unwrap();
    }

    /// Finding 5 of issue 11: a leftover of an interrupted run is removed by
    /// the next write into its folder; a young one, a locked one (a croise
    /// still writing) and other files are left alone.
    #[test]
    fn stale_temporary_files_are_swept_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        for name in [
            ".croise-old1.part",
            ".croise-young.part",
            ".croise-held.part",
            "liste.csv.part",
            ".croise-x.txt",
        ] {
            fs::write(p(name), b"DUPONT;Jean").unwrap();
            if name != ".croise-young.part" {
                age(&p(name), 120);
            }
        }
        let held = fs::File::open(p(".croise-held.part")).unwrap();
        held.try_lock().unwrap();
        crate::notice::take();
        write_file(&p("out.csv"), b"x", Visibility::OwnerOnly, false).unwrap();
        assert!(!p(".croise-old1.part").exists());
        for kept in [
            ".croise-young.part",
            ".croise-held.part",
            "liste.csv.part",
            ".croise-x.txt",
        ] {
            assert!(p(kept).exists(), "{kept}");
        }
        let notices = crate::notice::take();
        let mine: Vec<_> = notices
            .iter()
            .filter(|n| n.contains(".croise-old1.part"))
            .collect();
        assert_eq!(mine.len(), 1, "{notices:?}");
        assert!(!mine[0].contains("held") && !mine[0].contains("DUPONT"));
        drop(held);
    }

    #[cfg(unix)]
    #[test]
    fn owner_only_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("secret");
        write_file(&target, b"s", Visibility::OwnerOnly, false).unwrap();
        let mode = fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        check_owner_only(&target).unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(check_owner_only(&target).is_err());
    }
}
