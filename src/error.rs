//! The library's typed errors. Every message names the file (and, for lists,
//! the row and the column) and says what to do; none ever holds a value read
//! from a list or a key.

use std::path::{Path, PathBuf};

use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Error)]
pub enum Error {
    #[error("cannot read or write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{} already exists; croise never overwrites a file it did not just create. Choose another name or move the file away", .path.display())]
    AlreadyExists { path: PathBuf },

    #[error("{} is not an encrypted croise file (it does not start like an age file){hint}", .path.display())]
    NotEncrypted { path: PathBuf, hint: &'static str },

    #[error("{} is not for you: it was encrypted for another participant. Check that you passed your own identity file (--identity) and the file meant for you", .path.display())]
    NotForThisIdentity { path: PathBuf },

    #[error("{} is damaged or truncated (decryption failed its integrity check). Ask for the file again", .path.display())]
    Damaged { path: PathBuf },

    #[error("{} is not a valid croise identity file: {reason}", .path.display())]
    InvalidIdentity { path: PathBuf, reason: &'static str },

    #[error("{} can be read by other users of this computer; it holds a secret. Restrict it to yourself (e.g. `chmod 600 {}`) and try again", .path.display(), .path.display())]
    SecretFileTooOpen { path: PathBuf },

    #[error("{}: {reason}", .path.display())]
    InvalidFile { path: PathBuf, reason: String },

    #[error("{} has been altered or was not made by a holder of this campaign's key (authentication failed)", .path.display())]
    NotAuthentic { path: PathBuf },

    #[error("{} belongs to another campaign ({found}), not to this one ({expected})", .path.display())]
    OtherCampaign {
        path: PathBuf,
        expected: String,
        found: String,
    },

    #[error("{} was made with another campaign key than the one in the manifest (fingerprint {found}, expected {expected})", .path.display())]
    OtherKey {
        path: PathBuf,
        expected: String,
        found: String,
    },

    #[error("{} comes from party `{party}`, which is not in the campaign manifest", .path.display())]
    UnknownParty { path: PathBuf, party: String },

    #[error("{} and {} both come from party `{party}`; give one token file per party", .first.display(), .path.display())]
    DuplicateParty {
        path: PathBuf,
        first: PathBuf,
        party: String,
    },

    #[error("{} uses match-key scheme `{found}`, but this version of croise and this campaign use `{expected}`. Every party must use the same version of croise; for an older campaign, create a new one", .path.display())]
    OtherScheme {
        path: PathBuf,
        expected: String,
        found: String,
    },

    #[error("{} is not the list that was tokenized for this result (its content differs). Reveal needs the exact same file, unchanged", .path.display())]
    ListChanged { path: PathBuf },

    #[error("{}: {what} format {found} is not supported by this version of croise (it reads format {supported}){advice}", .path.display())]
    UnsupportedFormat {
        path: PathBuf,
        what: &'static str,
        found: u32,
        supported: u32,
        advice: String,
    },

    #[error("{} is not the manifest {issued_with} was issued with: it was changed after the campaign was created (its digest is {digest}). Get campaign.toml again from the organiser and compare its digest by phone (croise campaign show)", .path.display())]
    ManifestNotIssued {
        path: PathBuf,
        issued_with: String,
        digest: String,
    },

    #[error("{0}")]
    Invalid(String),

    #[error(transparent)]
    Input(#[from] crate::input::InputError),
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A file whose `format` this version does not read, with advice on
    /// which side is out of date.
    pub fn unsupported_format(path: &Path, what: &'static str, found: u32, supported: u32) -> Self {
        let advice = if found > supported {
            ": it was made by a newer version of croise. Every participant must use the same version".to_string()
        } else {
            ": it was made by an older version of croise. Every participant must use the same version".to_string()
        };
        Error::UnsupportedFormat {
            path: path.to_path_buf(),
            what,
            found,
            supported,
            advice,
        }
    }

    pub fn invalid_file(path: &Path, reason: impl Into<String>) -> Self {
        Error::InvalidFile {
            path: path.to_path_buf(),
            reason: reason.into(),
        }
    }
}
