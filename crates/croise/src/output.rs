//! The one writer of output files: every file croise writes appears
//! complete or not at all. Content goes to a temporary file in the target's
//! folder, is flushed to disk, then renamed over the final name. Secret files
//! are created owner-only from the start. Large files are streamed to the
//! temporary file ([`write_streamed`]), never held whole in memory.

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
    let tmp = tempfile::Builder::new()
        .prefix(".croise-")
        .suffix(".part")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
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
