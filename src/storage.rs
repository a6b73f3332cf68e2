//! The one place that talks to the browser's local storage. Every key the app uses is a `Key`;
//! values carry a schema version (see `core::stored`). Nothing here panics on stored data:
//! what cannot be read is moved aside, never overwritten, and reported to the user.

use crate::core::assessment::{Scan, Scans};
use crate::core::backup::{BackupLog, Put};
use crate::core::lang::Lang;
use crate::core::library::{decode_list, encode_list, ListDecodeError, Listed};
use crate::core::stored::{decode_scan, DecodeError};
use crate::core::workspace::{decode_entry, Workspace};
use gloo_storage::{LocalStorage, Storage as _};

const PREFIX: &str = "samenscan.";
const SCAN_PREFIX: &str = "samenscan.scan.";
const UNREADABLE_PREFIX: &str = "samenscan.unreadable.";
const WORKSPACE_PREFIX: &str = "samenscan.werkplek.";
const LIST_PREFIX: &str = "samenscan.lijst.";
const GUIDE_PREFIX: &str = "samenscan.leidraad.";
const ARRANGEMENT_PREFIX: &str = "samenscan.consultatie.";

/// Every key of Samenscan in local storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// One scan, by its id.
    Scan(String),
    /// The chosen interface language.
    Lang,
    /// Data that could not be read, kept aside under its own name.
    Unreadable(String),
    /// A profile opened in the adviser workspace, by its workspace key (apart from own scans).
    WorkspaceEntry(String),
    /// When the last full backup was made, and when its reminder was put away.
    BackupLog,
    /// A list loaded into this browser (`core::library`), by its content hash.
    List(String),
    /// A peer review's conversation guide, made here or received (`core::guide`), by its id.
    Guide(String),
    /// The adviser's arrangement of peer-review groups for one list (`core::peer::Arrangement`).
    Arrangement(String),
}

impl Key {
    pub fn name(&self) -> String {
        match self {
            Key::Scan(id) => format!("{SCAN_PREFIX}{id}"),
            Key::Lang => format!("{PREFIX}lang"),
            Key::Unreadable(name) => format!("{UNREADABLE_PREFIX}{name}"),
            Key::WorkspaceEntry(key) => format!("{WORKSPACE_PREFIX}{key}"),
            Key::BackupLog => format!("{PREFIX}reservekopie"),
            Key::List(hash) => format!("{LIST_PREFIX}{hash}"),
            Key::Guide(id) => format!("{GUIDE_PREFIX}{id}"),
            Key::Arrangement(list) => format!("{ARRANGEMENT_PREFIX}{list}"),
        }
    }
}

/// Why stored data was set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnreadableReason {
    Corrupt,
    Newer,
    /// Readable, but it does not fit its list (`core::check`).
    Misfit,
    /// A second copy of a scan that is in the list already (set aside twice): nothing is wrong
    /// with it, but it cannot go back under its own key without writing over the other.
    Copy,
}

/// Stored data the app could not read; the user can download or discard it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The full storage key it is kept under now.
    pub key: String,
    pub reason: UnreadableReason,
    pub raw: String,
}

/// What the app finds in storage when it starts.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub scans: Scans,
    pub unreadable: Vec<Unreadable>,
    /// False when the browser does not allow storage at all (blocked, or some private modes).
    pub available: bool,
}

/// Local storage, or `None` where the browser refuses it; asking must never throw.
fn raw_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// All keys currently in storage. Reads every index once, so removing keys later is safe.
fn all_keys(storage: &web_sys::Storage) -> Vec<String> {
    let length = storage.length().unwrap_or(0);
    (0..length).filter_map(|i| storage.key(i).ok().flatten()).collect()
}

/// Moves unreadable data under its own key. Only when that copy is written is the original
/// removed: at worst the data stays where it was, never lost.
fn set_aside(storage: &web_sys::Storage, key: &str, raw: &str) -> String {
    let name = key.strip_prefix(PREFIX).unwrap_or(key);
    let mut aside = Key::Unreadable(name.to_string()).name();
    let mut n = 2;
    while storage.get_item(&aside).ok().flatten().is_some() {
        aside = Key::Unreadable(format!("{name}.{n}")).name();
        n += 1;
    }
    match storage.set_item(&aside, raw) {
        Ok(()) => {
            let _ = storage.remove_item(key);
            aside
        }
        Err(_) => key.to_string(),
    }
}

impl UnreadableReason {
    fn of(error: &DecodeError) -> Self {
        match error {
            DecodeError::Newer { .. } => UnreadableReason::Newer,
            DecodeError::Corrupt(_) => UnreadableReason::Corrupt,
        }
    }
}

/// A stored scan must also sit under its own id: anything else was not written by us.
pub fn decode_at(key: &str, raw: &str) -> Result<Scan, DecodeError> {
    let scan = decode_scan(raw)?;
    if Key::Scan(scan.id.clone()).name() == key {
        Ok(scan)
    } else {
        Err(DecodeError::Corrupt("the scan id does not match its key".into()))
    }
}

/// Every list kept in this browser, each under its own hash; what cannot be read is set aside
/// like a scan.
pub fn load_lists() -> Vec<Listed> {
    let mut lists = Vec::new();
    let Some(storage) = raw_storage() else { return lists };
    for key in all_keys(&storage) {
        let Some(hash) = key.strip_prefix(LIST_PREFIX) else { continue };
        let Some(raw) = storage.get_item(&key).ok().flatten() else { continue };
        match decode_list(&raw, hash) {
            Ok(listed) => lists.push(listed),
            _ => {
                set_aside(&storage, &key, &raw);
            }
        }
    }
    // Storage has no order; the library sorts what it offers.
    lists
}

pub fn save_list(listed: &Listed) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(&Key::List(listed.list.hash.clone()).name(), &encode_list(listed)).map_err(|_| WriteError::Refused)
}

pub fn delete_list(hash: &str) {
    if let Some(storage) = raw_storage() {
        let _ = storage.remove_item(&Key::List(hash.to_string()).name());
    }
}

/// Every conversation guide kept in this browser, newest first; what cannot be read is set
/// aside like a scan.
pub fn load_guides() -> Vec<crate::core::guide::KeptGuide> {
    let mut guides = Vec::new();
    let Some(storage) = raw_storage() else { return guides };
    for key in all_keys(&storage) {
        if !key.starts_with(GUIDE_PREFIX) {
            continue;
        }
        let Some(raw) = storage.get_item(&key).ok().flatten() else { continue };
        match crate::core::guide::decode_kept(&raw) {
            Ok(kept) => guides.push(kept),
            Err(_) => {
                set_aside(&storage, &key, &raw);
            }
        }
    }
    crate::core::small_sort::sort_by(&mut guides, |a, b| a.guide.made_at > b.guide.made_at);
    guides
}

pub fn save_guide(kept: &crate::core::guide::KeptGuide) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(&Key::Guide(kept.guide.id.clone()).name(), &crate::core::guide::encode_kept(kept)).map_err(|_| WriteError::Refused)
}

pub fn delete_guide(id: &str) {
    if let Some(storage) = raw_storage() {
        let _ = storage.remove_item(&Key::Guide(id.to_string()).name());
    }
}

/// The adviser's groups for one list, if any were kept and can be read (an arrangement is a
/// working state, made again from the profiles when it cannot be read).
pub fn load_arrangement(list_id: &str) -> Option<crate::core::peer::Arrangement> {
    let raw = raw_storage()?.get_item(&Key::Arrangement(list_id.to_string()).name()).ok().flatten()?;
    serde_json::from_str(&raw).ok()
}

pub fn save_arrangement(list_id: &str, arrangement: &crate::core::peer::Arrangement) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    let text = serde_json::to_string(arrangement).map_err(|_| WriteError::Refused)?;
    storage.set_item(&Key::Arrangement(list_id.to_string()).name(), &text).map_err(|_| WriteError::Refused)
}

/// The list hash a storage key belongs to, for `storage` events from other tabs.
pub fn list_hash_of(key: &str) -> Option<&str> {
    key.strip_prefix(LIST_PREFIX)
}

/// Why something set aside earlier was set aside: what cannot be decoded is damaged or newer;
/// what decodes did not fit its list, or is a second copy of a scan in the list. `read` is the
/// copy read as a scan, `None` for a list's.
fn reason_of(storage: &web_sys::Storage, raw: &str, read: Option<Result<Scan, DecodeError>>, fits: &impl Fn(&Scan) -> bool) -> UnreadableReason {
    match read {
        None => match decode_list(raw, "") {
            Err(ListDecodeError::Newer(_)) => UnreadableReason::Newer,
            _ => UnreadableReason::Corrupt,
        },
        Some(Ok(scan)) if fits(&scan) && storage.get_item(&Key::Scan(scan.id.clone()).name()).ok().flatten().is_some() => UnreadableReason::Copy,
        Some(Ok(_)) => UnreadableReason::Misfit,
        Some(Err(e)) => UnreadableReason::of(&e),
    }
}

/// Reads all scans; sets aside what cannot be read or does not pass `fits` (its list's check),
/// and lists what was set aside before.
pub fn load(fits: impl Fn(&Scan) -> bool) -> Loaded {
    let Some(storage) = raw_storage() else {
        return Loaded::default();
    };
    let mut loaded = Loaded { available: true, ..Loaded::default() };
    let mut earlier = Vec::new();
    for key in all_keys(&storage) {
        let Some(raw) = storage.get_item(&key).ok().flatten() else { continue };
        if key.starts_with(SCAN_PREFIX) {
            let reason = match decode_at(&key, &raw) {
                Ok(scan) if fits(&scan) => {
                    loaded.scans.add(scan);
                    continue;
                }
                Ok(_) => UnreadableReason::Misfit,
                Err(error) => UnreadableReason::of(&error),
            };
            let key = set_aside(&storage, &key, &raw);
            loaded.unreadable.push(Unreadable { key, reason, raw });
        } else if key.starts_with(UNREADABLE_PREFIX) {
            // Read once, as a scan unless it is a list's copy: to take it back, or to say why not.
            match (!key.contains(".lijst.")).then(|| decode_scan(&raw)) {
                Some(Ok(scan)) if fits(&scan) && take_back(&storage, &key, &raw, &scan) => loaded.scans.add(scan),
                read => earlier.push((key, raw, read)),
            }
        }
    }
    // After the loop: whether a copy's scan is in the list shows only once all are taken back.
    for (key, raw, read) in earlier {
        loaded.unreadable.push(Unreadable { reason: reason_of(&storage, &raw, read, &fits), key, raw });
    }
    crate::core::small_sort::sort_by(&mut loaded.unreadable, |a, b| a.key < b.key);
    loaded
}

/// Puts a scan set aside earlier (`key`, read and fitting its list now) back under its own key:
/// an older version of Samenscan (a tab not yet refreshed, another copy on this site) sets aside
/// what a newer one wrote, and a scan set aside for its list fits once that list is here. Only
/// when its own key is free: nothing is written over. Says whether it did.
fn take_back(storage: &web_sys::Storage, key: &str, raw: &str, scan: &Scan) -> bool {
    // Set aside as `scan.<id>`, or `scan.<id>.<n>` when that name was taken.
    let Some(rest) = key.strip_prefix(UNREADABLE_PREFIX).and_then(|name| name.strip_prefix("scan.")?.strip_prefix(scan.id.as_str())) else {
        return false;
    };
    if !(rest.is_empty() || rest.strip_prefix('.').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))) {
        return false;
    }
    let own = Key::Scan(scan.id.clone()).name();
    if storage.get_item(&own).ok().flatten().is_some() || storage.set_item(&own, raw).is_err() {
        return false;
    }
    let _ = storage.remove_item(key);
    true
}

/// Why a write failed; the user is told in plain words either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// No storage at all in this browser.
    Unavailable,
    /// The browser refused the write (storage full, private mode quota).
    Refused,
}

/// Writes one scan in its stored form (`core::stored::encode_scan`), which the caller already
/// has: it compares it with what it saw before, so the scan is serialised once per write.
pub fn save_scan(id: &str, stored: &str) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(&Key::Scan(id.to_string()).name(), stored).map_err(|_| WriteError::Refused)
}

/// What is stored for one scan right now, as text: another tab may have written it since.
pub fn read_scan_raw(id: &str) -> Option<String> {
    raw_storage()?.get_item(&Key::Scan(id.to_string()).name()).ok().flatten()
}

/// The scan id a storage key belongs to, for `storage` events from other tabs.
pub fn scan_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(SCAN_PREFIX)
}

/// The guide id a storage key belongs to, for `storage` events from other tabs.
pub fn guide_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(GUIDE_PREFIX)
}

/// The workspace key a storage key belongs to, for `storage` events from other tabs.
pub fn workspace_key_of(key: &str) -> Option<&str> {
    key.strip_prefix(WORKSPACE_PREFIX)
}

pub fn delete_scan(id: &str) {
    if raw_storage().is_some() {
        LocalStorage::delete(Key::Scan(id.to_string()).name());
    }
}

/// Removes data that was set aside, once the user chose to throw it away.
pub fn discard(key: &str) {
    if key.starts_with(UNREADABLE_PREFIX) {
        if let Some(storage) = raw_storage() {
            let _ = storage.remove_item(key);
        }
    }
}

pub fn load_lang() -> Option<Lang> {
    raw_storage()?;
    LocalStorage::get::<Lang>(Key::Lang.name()).ok()
}

pub fn save_lang(lang: Lang) {
    if raw_storage().is_some() {
        // The language is a convenience: if it cannot be kept, the app still works.
        let _ = LocalStorage::set(Key::Lang.name(), lang);
    }
}

/// The adviser workspace as stored, and what of it could not be read (set aside like scans).
pub fn load_workspace(fits: impl Fn(&Scan) -> bool) -> (Workspace, Vec<Unreadable>) {
    let mut workspace = Workspace::default();
    let mut unreadable = Vec::new();
    let Some(storage) = raw_storage() else { return (workspace, unreadable) };
    for key in all_keys(&storage) {
        let Some(entry_key) = key.strip_prefix(WORKSPACE_PREFIX) else { continue };
        let Some(raw) = storage.get_item(&key).ok().flatten() else { continue };
        let reason = match decode_entry(entry_key, &raw) {
            Ok(entry) if fits(&entry.scan) => {
                workspace.entries.push(entry);
                continue;
            }
            Ok(_) => UnreadableReason::Misfit,
            Err(error) => UnreadableReason::of(&error),
        };
        let key = set_aside(&storage, &key, &raw);
        unreadable.push(Unreadable { key, reason, raw });
    }
    // Storage has no order: show them in the order they were opened.
    crate::core::small_sort::sort_by(&mut workspace.entries, |a, b| (&a.opened_at, &a.key) < (&b.opened_at, &b.key));
    (workspace, unreadable)
}

/// Writes a workspace entry, already encoded (`core::workspace::encode_entry`): the workspace's
/// save makes that text anyway, to see whether anything changed.
pub fn save_workspace_text(key: &str, text: &str) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(&Key::WorkspaceEntry(key.to_string()).name(), text).map_err(|_| WriteError::Refused)
}

/// What is stored for one workspace entry right now, as text (another tab may have written it).
pub fn read_workspace_raw(key: &str) -> Option<String> {
    raw_storage()?.get_item(&Key::WorkspaceEntry(key.to_string()).name()).ok().flatten()
}

pub fn delete_workspace_entry(key: &str) {
    if let Some(storage) = raw_storage() {
        let _ = storage.remove_item(&Key::WorkspaceEntry(key.to_string()).name());
    }
}

pub fn load_backup_log() -> BackupLog {
    let raw = raw_storage().and_then(|s| s.get_item(&Key::BackupLog.name()).ok().flatten());
    raw.map(|raw| BackupLog::decode(&raw)).unwrap_or_default()
}

pub fn save_backup_log(log: &BackupLog) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(&Key::BackupLog.name(), &log.encode()).map_err(|_| WriteError::Refused)
}

/// Writes every item of a restore, or none: when the browser refuses one (storage full), what
/// was written is put back as it was, so the data from before is all still there.
pub fn write_all(puts: &[Put]) -> Result<(), WriteError> {
    let storage = raw_storage().ok_or(WriteError::Unavailable)?;
    let key_of = |put: &Put| match put {
        Put::Scan { id, .. } => Key::Scan(id.clone()).name(),
        Put::Entry { key, .. } => Key::WorkspaceEntry(key.clone()).name(),
        Put::List { hash, .. } => Key::List(hash.clone()).name(),
        Put::Guide { id, .. } => Key::Guide(id.clone()).name(),
    };
    let mut before: Vec<(String, Option<String>)> = Vec::new();
    for put in puts {
        let key = key_of(put);
        let value = match put {
            Put::Scan { stored, .. } | Put::Entry { stored, .. } | Put::List { stored, .. } | Put::Guide { stored, .. } => stored,
        };
        before.push((key.clone(), storage.get_item(&key).ok().flatten()));
        if storage.set_item(&key, value).is_err() {
            for (key, old) in before.into_iter().rev() {
                let _ = match old {
                    Some(old) => storage.set_item(&key, &old),
                    None => storage.remove_item(&key),
                };
            }
            return Err(WriteError::Refused);
        }
    }
    Ok(())
}

/// About what a browser lets one site keep in local storage: 5 MB of text (measured in
/// characters, as browsers count it). Samenscan warns well before it.
pub const LOCAL_STORAGE_CHARS: usize = 5 * 1024 * 1024;

/// How much of local storage is in use, in characters of keys and values: Samenscan's own, and
/// everything of this site.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub ours: usize,
    pub all: usize,
}

impl Usage {
    /// Whole percent of what a browser allows, rounded down.
    pub fn percent(self) -> usize {
        self.all * 100 / LOCAL_STORAGE_CHARS
    }

    /// From 80 %: time to make a backup and remove old scans.
    pub fn nearly_full(self) -> bool {
        self.percent() >= 80
    }
}

pub fn usage() -> Usage {
    let Some(storage) = raw_storage() else { return Usage::default() };
    let mut usage = Usage::default();
    for key in all_keys(&storage) {
        let size = key.encode_utf16().count() + storage.get_item(&key).ok().flatten().map_or(0, |v| v.encode_utf16().count());
        usage.all += size;
        if key.starts_with(PREFIX) {
            usage.ours += size;
        }
    }
    usage
}

/// How long this browser keeps what Samenscan stores (`core::backup::Keeping`): WebKit deletes it
/// after a week without a visit, unless Samenscan runs from the home screen or the Dock.
pub fn browser_keeping() -> crate::core::backup::Keeping {
    let Some(window) = web_sys::window() else { return crate::core::backup::Keeping::UntilCleared };
    let navigator = window.navigator();
    let installed = window.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches())
        // iOS before 16.4 says so only here.
        || js_sys::Reflect::get(&navigator, &"standalone".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    crate::core::backup::Keeping::of(&navigator.user_agent().unwrap_or_default(), navigator.max_touch_points() > 1, installed)
}

/// Asks the browser to keep this site's data even when space runs low (`navigator.storage`).
/// Asked at the first save, not at page load: browsers weigh whether the site is really used.
pub fn request_persistence() {
    if let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = manager.persist();
    }
}
