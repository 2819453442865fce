//! The interface's workspace: one folder, picked once (by default
//! `Documents/croise` in the user's home), that remembers everything so no
//! path is ever typed:
//!
//! ```text
//! croise/
//!   identite-croise.txt          this workstation's identity (owner-only)
//!   campagnes/
//!     detenteur-<campaign id>/   a data holder's campaign: campaign.toml,
//!                                keys/PARTY.key.age, the list, the token
//!                                file to send, the snapshot, received/,
//!                                the revealed tables
//!     coordination-<id>/         campaign.toml, received/ token files,
//!                                results/ to send back, report/
//!     organisation-<id>/         the packs to send (envoi/PARTY/) and the
//!                                checklist of fingerprints
//! ```
//!
//! Each campaign folder holds `interface.toml`, the choices made in the
//! interface (which list, which sheet, which columns). Every file the user
//! gives through the browser is copied in; the server reads and writes
//! only inside this folder, and only under names it chose itself: a name
//! from a request is looked up among the folder's files, never joined to a
//! path.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::i18n::fl;

/// The file that remembers a campaign folder's choices.
const STATE: &str = "interface.toml";

/// What this workstation does in a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A STEMO or a Mission Locale with a list.
    Holder,
    /// The DREETS or ARML that links the token files.
    Coordinator,
    /// Whoever created the campaign and sends its packs.
    Organiser,
}

impl Role {
    fn folder_prefix(self) -> &'static str {
        match self {
            Role::Holder => "detenteur",
            Role::Coordinator => "coordination",
            Role::Organiser => "organisation",
        }
    }
}

/// The choices remembered for a campaign folder.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    /// The name of the list's copy in the folder.
    #[serde(default)]
    pub list: Option<String>,
    /// The sheet of a workbook, if not the first.
    #[serde(default)]
    pub sheet: Option<String>,
    /// `role=column` choices made in the mapping drop-downs.
    #[serde(default)]
    pub columns: Vec<String>,
    /// The name of the result file received, once given.
    #[serde(default)]
    pub result: Option<String>,
}

/// The workspace folder.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
}

/// A campaign's folder in the workspace.
#[derive(Debug, Clone)]
pub struct CampaignDir {
    /// The folder's name: the role's prefix and the campaign id.
    pub name: String,
    pub role: Role,
    pub dir: PathBuf,
}

impl Workspace {
    /// The default folder: `Documents/croise` in the user's home
    /// (`%USERPROFILE%\Documents\croise` on Windows).
    pub fn default_root() -> PathBuf {
        let home = std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" })
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        home.join("Documents").join("croise")
    }

    /// Opens the workspace, creating its folders if needed.
    pub fn open(root: PathBuf) -> Result<Self> {
        let campaigns = root.join("campagnes");
        std::fs::create_dir_all(&campaigns)
            .map_err(|e| croise::Error::io(&campaigns, e))
            .context(fl!("ui-error-workspace"))?;
        let workspace = Workspace { root };
        workspace.sweep_incoming();
        Ok(workspace)
    }

    /// Removes what an interrupted upload left (the server killed while a
    /// file arrived): folders `.reception-*` unmodified for an hour, so as
    /// not to touch one that another interface on the same folder is
    /// filling.
    fn sweep_incoming(&self) {
        let hour = std::time::Duration::from_secs(3600);
        for entry in std::fs::read_dir(&self.root)
            .into_iter()
            .flatten()
            .flatten()
        {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > hour);
            if old
                && entry
                    .file_name()
                    .to_string_lossy()
                    .starts_with(".reception-")
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    /// This workstation's identity file (it may not exist yet).
    pub fn identity(&self) -> PathBuf {
        self.root.join("identite-croise.txt")
    }

    fn campaigns_dir(&self) -> PathBuf {
        self.root.join("campagnes")
    }

    /// The campaign folders of one role, newest first.
    pub fn campaigns(&self, role: Role) -> Vec<CampaignDir> {
        let mut found: Vec<(std::time::SystemTime, CampaignDir)> =
            std::fs::read_dir(self.campaigns_dir())
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|entry| {
                    let name = entry.file_name().into_string().ok()?;
                    let found = self.campaign(&name)?;
                    let modified = entry.metadata().and_then(|m| m.modified()).ok()?;
                    (found.role == role).then_some((modified, found))
                })
                .collect();
        found.sort_by_key(|b| std::cmp::Reverse(b.0));
        found.into_iter().map(|(_, c)| c).collect()
    }

    /// The campaign folders of one role, newest first, each with the
    /// campaign's name as its manifest gives it (the folder's name if the
    /// manifest cannot be read).
    pub fn campaign_names(&self, role: Role) -> Vec<(String, String)> {
        self.campaigns(role)
            .into_iter()
            .map(|c| {
                let name = croise::campaign::Manifest::load(&c.manifest())
                    .map(|m| m.name)
                    .unwrap_or_else(|_| c.name.clone());
                (c.name, name)
            })
            .collect()
    }

    /// The campaign folder called `name`, if it is one: a name from a
    /// request is only ever compared with this shape, never joined to a
    /// path unchecked.
    pub fn campaign(&self, name: &str) -> Option<CampaignDir> {
        let (prefix, id) = name.split_once('-')?;
        let role = [Role::Holder, Role::Coordinator, Role::Organiser]
            .into_iter()
            .find(|r| r.folder_prefix() == prefix)?;
        if id.len() != 32
            || !id
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            return None;
        }
        let dir = self.campaigns_dir().join(name);
        dir.join("campaign.toml").is_file().then(|| CampaignDir {
            name: name.to_string(),
            role,
            dir,
        })
    }

    /// The folder a campaign of this id and role goes in (not created).
    pub fn campaign_folder(&self, role: Role, campaign_id: &str) -> (String, PathBuf) {
        let name = format!("{}-{campaign_id}", role.folder_prefix());
        let dir = self.campaigns_dir().join(&name);
        (name, dir)
    }

    /// A folder for uploads being received, inside the workspace.
    pub fn incoming(&self) -> Result<tempfile::TempDir> {
        tempfile::Builder::new()
            .prefix(".reception-")
            .tempdir_in(&self.root)
            .map_err(|e| croise::Error::io(&self.root, e).into())
    }
}

impl CampaignDir {
    pub fn manifest(&self) -> PathBuf {
        self.dir.join("campaign.toml")
    }

    /// The remembered choices (defaults if none yet).
    pub fn state(&self) -> State {
        std::fs::read_to_string(self.dir.join(STATE))
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Remembers the choices.
    pub fn save(&self, state: &State) -> Result<()> {
        let text = toml::to_string(state).expect("the state serialises");
        croise::output::write_file(
            &self.dir.join(STATE),
            text.as_bytes(),
            croise::output::Visibility::OwnerOnly,
            true,
        )?;
        Ok(())
    }

    /// The file of this folder (or of one of its sub-folders) whose
    /// relative path, with `/` separators, is `wanted` — if it is one of the
    /// files actually there. `..`, absolute paths, back-slashes and the
    /// like never match, because nothing is built from `wanted`.
    pub fn file(&self, wanted: &str) -> Option<PathBuf> {
        self.files()
            .into_iter()
            .find_map(|(name, path)| (name == wanted).then_some(path))
    }

    /// Every file of this folder, two levels deep, with its relative name.
    pub fn files(&self) -> Vec<(String, PathBuf)> {
        fn walk(dir: &Path, prefix: &str, depth: u32, out: &mut Vec<(String, PathBuf)>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .collect();
            entries.sort_by_key(|e| e.file_name());
            for entry in entries {
                let Ok(name) = entry.file_name().into_string() else {
                    continue;
                };
                if name.starts_with('.') {
                    continue;
                }
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let relative = format!("{prefix}{name}");
                if kind.is_file() {
                    out.push((relative, entry.path()));
                } else if kind.is_dir() && depth < 2 {
                    walk(&entry.path(), &format!("{relative}/"), depth + 1, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.dir, "", 0, &mut out);
        out
    }
}

/// Copies a file into the workspace (or out of one campaign folder into
/// another) with the one atomic writer, never replacing a file.
pub fn copy(from: &Path, to: &Path, visibility: croise::output::Visibility) -> Result<()> {
    let bytes = croise::output::read_file(from)?;
    croise::output::write_file(to, &bytes, visibility, false)?;
    Ok(())
}

/// The name a list is kept under in a campaign folder: `liste` and the
/// extension of the file given (lower case, letters only), so that it is
/// read as the same kind of file.
pub fn list_name(given: &str) -> String {
    let extension: String = Path::new(given)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("csv")
        .to_ascii_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(5)
        .collect();
    format!(
        "liste.{}",
        if extension.is_empty() {
            "csv"
        } else {
            &extension
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_campaign_folders_and_real_files_are_found_from_a_name() {
        let root = tempfile::tempdir().unwrap();
        let w = Workspace::open(root.path().to_path_buf()).unwrap();
        let id = "0123456789abcdef0123456789abcdef";
        let (name, dir) = w.campaign_folder(Role::Holder, id);
        std::fs::create_dir_all(dir.join("keys")).unwrap();
        std::fs::write(dir.join("campaign.toml"), "x").unwrap();
        std::fs::write(dir.join("keys/p.key.age"), "x").unwrap();
        std::fs::write(root.path().join("secret.txt"), "x").unwrap();
        let c = w.campaign(&name).expect("a campaign folder");
        assert_eq!(c.role, Role::Holder);
        for bad in [
            "../detenteur-0123456789abcdef0123456789abcdef",
            "detenteur-0123456789ABCDEF0123456789ABCDEF",
            "detenteur-..",
            "autre-0123456789abcdef0123456789abcdef",
            "",
        ] {
            assert!(w.campaign(bad).is_none(), "{bad}");
        }
        assert!(c.file("keys/p.key.age").is_some());
        assert!(c.file("campaign.toml").is_some());
        for bad in [
            "../../secret.txt",
            "/etc/passwd",
            "keys\\p.key.age",
            "keys/../campaign.toml",
            "keys",
        ] {
            assert!(c.file(bad).is_none(), "{bad}");
        }
        assert_eq!(w.campaigns(Role::Holder).len(), 1);
        assert!(w.campaigns(Role::Coordinator).is_empty());
    }

    #[test]
    fn a_list_keeps_its_kind_under_a_name_of_ours() {
        assert_eq!(list_name("Export STEMO.XLSX"), "liste.xlsx");
        assert_eq!(list_name("a.b/../../x.csv"), "liste.csv");
        assert_eq!(list_name("sans extension"), "liste.csv");
        assert_eq!(list_name("x.c$v"), "liste.cv");
    }
}
