//! One file with everything Samenscan keeps in this browser, and how it is put back.
//!
//! The backup holds every scan and screening (with action plan, meeting and adviser comments),
//! every profile opened in the workspace, every peer-review conversation guide (with its
//! agreements) and every list kept here beside the built-in ones (so
//! a backup restores in a browser that never had those lists), each in exactly its stored form, so the storage
//! migrations read old backups as they read old storage. Restoring reads and checks the whole
//! file first, shows what would change, asks per scan that already exists, and then writes
//! everything or nothing (the storage module rolls back).

use super::assessment::Scan;
use super::check::{check_scan, is_id, json_value, Breach, Scope};
use super::guide::{decode_kept, encode_kept, KeptGuide};
use super::lang::Lang;
use super::library::{decode_list_value, encode_list, open_list, Adopt, Library, ListDecodeError, Listed, Origin};
use super::list_check::ListFault;
use super::stored::{decode_stored_value, encode_scan, DecodeError, StoredScan};
use super::workspace::{decode_entry, encode_entry, Entry};
use serde::Serialize;
use serde_json::Value;

pub const FORMAT_NAME: &str = "samenscan-reservekopie";
/// The envelope version this build writes. Every version has a golden file in
/// `tests/fixtures/backup/` that must keep restoring.
/// Version 2 added the lists (`lists`); a version-1 backup has none and restores as before.
/// Version 3 added the conversation guides (`guides`); older backups have none.
pub const FORMAT_VERSION: u64 = 3;
/// Far more than a browser lets a site keep in local storage (about 5 MB).
pub const MAX_BACKUP_BYTES: usize = 20 * 1024 * 1024;

#[derive(Serialize)]
struct WorkspaceItem<'a> {
    key: &'a str,
    #[serde(flatten)]
    stored: Value,
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    format_version: u64,
    app_version: &'a str,
    created_at: &'a str,
    scans: Vec<StoredScan<'a>>,
    workspace: Vec<WorkspaceItem<'a>>,
    lists: Vec<Value>,
    guides: Vec<Value>,
}

/// Everything a backup holds, as the page has it.
pub struct Contents<'a> {
    pub scans: &'a [Scan],
    pub workspace: &'a [Entry],
    pub lists: &'a [Listed],
    pub guides: &'a [KeptGuide],
}

/// Everything, as one file (indented, so that it can be read). Of the lists, those kept here go
/// in; built-in ones are left out, every version of the app has them. The adviser's arrangement
/// of groups is a working state, made again from the profiles, and stays out.
pub fn write_backup(contents: &Contents, app_version: &str, now: &str) -> String {
    let Contents { scans, workspace, lists, guides } = *contents;
    let workspace = workspace
        .iter()
        .map(|e| WorkspaceItem { key: &e.key, stored: json_value(&encode_entry(e)).unwrap_or(Value::Null) })
        .collect();
    let envelope = Envelope {
        format: FORMAT_NAME,
        format_version: FORMAT_VERSION,
        app_version,
        created_at: now,
        scans: scans.iter().map(StoredScan::new).collect(),
        workspace,
        lists: lists
            .iter()
            .filter(|l| l.origin != Origin::BuiltIn)
            .map(|l| json_value(&encode_list(l)).unwrap_or(Value::Null))
            .collect(),
        guides: guides.iter().map(|g| json_value(&encode_kept(g)).unwrap_or(Value::Null)).collect(),
    };
    serde_json::to_string_pretty(&envelope).expect("plain data always serialises")
}

/// The file name: what it is and when it was made.
pub fn backup_file_name(now: &str) -> String {
    format!("samenscan-reservekopie_{}.json", now.get(..10).unwrap_or("datum"))
}

/// Why a backup cannot be restored; nothing has been changed.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupError {
    Empty,
    TooLarge,
    NotABackup,
    /// A single profile file: that is opened on the start page, not restored.
    IsAProfile,
    Newer { found: u64 },
    Damaged,
    /// Scan number `index` (from 1) cannot be read.
    BadScan { index: usize },
    /// A scan on a list that is neither in the backup nor in this browser.
    UnknownList { name: String, id: String, version: String },
    /// List number `index` (from 1) in the backup is damaged or breaks a rule.
    BadList { index: usize, fault: ListFault },
    /// A scan or workspace profile that does not fit its list.
    Breach { name: String, breach: Breach },
    /// Conversation guide number `index` (from 1) cannot be read.
    BadGuide { index: usize },
}

impl BackupError {
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            BackupError::Empty => lang.pick("Het bestand is leeg.", "The file is empty.").into(),
            BackupError::TooLarge => lang.pick("Het bestand is te groot voor een reservekopie van Samenscan.", "The file is too large for a Samenscan backup.").into(),
            BackupError::NotABackup => lang.pick("Dit is geen reservekopie van Samenscan. Kies het bestand dat 'Alles bewaren' heeft gemaakt.", "This is not a Samenscan backup. Choose the file that 'Save everything' made.").into(),
            BackupError::IsAProfile => lang.pick("Dit is een profiel van één scan, geen reservekopie. Open het op de startpagina bij 'Profiel openen'.", "This is a profile of one scan, not a backup. Open it on the start page under 'Open a profile'.").into(),
            BackupError::Newer { found } => if nl { format!("Deze reservekopie is gemaakt met een nieuwere versie van Samenscan (bestandsversie {found}). Zet hem terug in de nieuwste versie.") } else { format!("This backup was made with a newer version of Samenscan (file version {found}). Restore it in the newest version.") },
            BackupError::Damaged => lang.pick("De reservekopie is beschadigd en kan niet worden gelezen.", "The backup is damaged and cannot be read.").into(),
            BackupError::BadScan { index } => if nl { format!("Scan nummer {index} in de reservekopie is beschadigd.") } else { format!("Scan number {index} in the backup is damaged.") },
            BackupError::UnknownList { name, id, version } => if nl { format!("De scan '{name}' hoort bij de lijst '{id}', versie {version}. Die lijst zit niet in de reservekopie en niet in deze browser.") } else { format!("The scan '{name}' belongs to the list '{id}', version {version}. That list is neither in the backup nor in this browser.") },
            BackupError::BadList { index, fault } => if nl { format!("Lijst nummer {index} in de reservekopie kan niet worden gebruikt: {}", fault.message(lang)) } else { format!("List number {index} in the backup cannot be used: {}", fault.message(lang)) },
            BackupError::Breach { name, breach } => if nl { format!("De scan '{name}' past niet bij zijn lijst: {}", breach.message(lang)) } else { format!("The scan '{name}' does not fit its list: {}", breach.message(lang)) },
            BackupError::BadGuide { index } => if nl { format!("Gespreksleidraad nummer {index} in de reservekopie is beschadigd.") } else { format!("Conversation guide number {index} in the backup is damaged.") },
        }
    }
}

/// A backup, read and checked in full.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub created_at: String,
    pub scans: Vec<Scan>,
    pub workspace: Vec<Entry>,
    /// The lists it carries, each checked as any list from outside.
    pub lists: Vec<Listed>,
    /// The conversation guides, each checked as a guide file.
    pub guides: Vec<KeptGuide>,
}

fn checked(scan: &Scan, lists: &Library) -> Result<(), BackupError> {
    let name = scan.details.name.clone();
    let reference = &scan.instrument;
    let instrument = lists
        .find(reference)
        .ok_or_else(|| BackupError::UnknownList { name: name.clone(), id: reference.id.clone(), version: reference.version.clone() })?;
    check_scan(scan, &instrument, Scope::Kept).map_err(|breach| BackupError::Breach { name, breach })
}

/// Reads a whole backup and checks every list in it, and every scan against its list (from the
/// backup or from `known`, the lists this browser has). Nothing is stored here.
pub fn read_backup(text: &str, known: &Library) -> Result<Backup, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    let read = super::check::read_once(text, &[]).map_err(|_| BackupError::NotABackup)?;
    let value = read.value;
    match value.get("format").and_then(Value::as_str) {
        Some(FORMAT_NAME) => {}
        Some(super::exchange::json::FORMAT_NAME) => return Err(BackupError::IsAProfile),
        _ => return Err(BackupError::NotABackup),
    }
    let version = value.get("format_version").and_then(Value::as_u64).ok_or(BackupError::Damaged)?;
    if version > FORMAT_VERSION {
        return Err(BackupError::Newer { found: version });
    }
    if version == 0 {
        return Err(BackupError::Damaged);
    }
    if let Some(key) = read.duplicate {
        return Err(BackupError::Breach { name: String::new(), breach: Breach::Duplicate(key) });
    }
    let created_at = value.get("created_at").and_then(Value::as_str).unwrap_or_default().to_string();
    let list = |field: &str| value.get(field).and_then(Value::as_array).cloned().ok_or(BackupError::Damaged);
    let mut lists: Vec<Listed> = Vec::new();
    let mut library = known.clone();
    let carried = if version >= 2 { list("lists")? } else { Vec::new() };
    for (index, item) in carried.iter().enumerate() {
        // In its stored form, read as a list from outside: checked, its hash computed from what was read.
        let listed = decode_list_value(item, open_list).map_err(|e| match e {
            ListDecodeError::Newer(found) => BackupError::Newer { found },
            ListDecodeError::Corrupt => BackupError::BadList { index: index + 1, fault: ListFault::Unreadable },
            ListDecodeError::Fault(fault) => BackupError::BadList { index: index + 1, fault },
        })?;
        if matches!(library.adopt(listed.list.clone(), listed.origin, true), Adopt::Reserved) {
            return Err(BackupError::BadList { index: index + 1, fault: ListFault::Unreadable });
        }
        lists.push(listed);
    }
    let mut scans: Vec<Scan> = Vec::new();
    for (index, stored) in list("scans")?.into_iter().enumerate() {
        let scan = decode_stored_value(stored).map_err(|e| match e {
            DecodeError::Newer { found } => BackupError::Newer { found },
            DecodeError::Corrupt(_) => BackupError::BadScan { index: index + 1 },
        })?;
        checked(&scan, &library)?;
        if scans.iter().any(|s| s.id == scan.id) {
            return Err(BackupError::Breach { name: scan.details.name.clone(), breach: Breach::Duplicate(scan.id) });
        }
        scans.push(scan);
    }
    let mut workspace: Vec<Entry> = Vec::new();
    for (index, item) in list("workspace")?.into_iter().enumerate() {
        let key = item.get("key").and_then(Value::as_str).unwrap_or_default().to_string();
        let bad = || BackupError::BadScan { index: scans.len() + index + 1 };
        if !is_id(&key) || workspace.iter().any(|e| e.key == key) {
            return Err(bad());
        }
        let entry = decode_entry(&key, &item.to_string()).map_err(|_| bad())?;
        checked(&entry.scan, &library)?;
        workspace.push(entry);
    }
    let mut guides: Vec<KeptGuide> = Vec::new();
    for (index, item) in (if version >= 3 { list("guides")? } else { Vec::new() }).into_iter().enumerate() {
        let bad = BackupError::BadGuide { index: index + 1 };
        let kept = decode_kept(&item.to_string()).map_err(|_| bad.clone())?;
        if guides.iter().any(|g| g.guide.id == kept.guide.id) {
            return Err(bad);
        }
        guides.push(kept);
    }
    Ok(Backup { created_at, scans, workspace, lists, guides })
}

/// What to do with a scan from the backup whose id is already on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep the one here and add the backup's under a new id.
    KeepBoth,
    /// The backup's takes the place of the one here.
    Replace,
    /// Leave the one here; do not restore this one.
    Skip,
}

/// One storage write of a restore: a scan or a workspace entry, by its storage form.
#[derive(Clone, Debug, PartialEq)]
pub enum Put {
    Scan { id: String, stored: String },
    Entry { key: String, stored: String },
    List { hash: String, stored: String },
    Guide { id: String, stored: String },
}

/// What a restore would do, for the preview and for the write.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub puts: Vec<Put>,
    /// Scans added as new (not on this device, or kept beside the one here).
    pub added: usize,
    pub replaced: usize,
    pub skipped: usize,
    /// Workspace profiles added; those already open here are left as they are.
    pub entries_added: usize,
    /// Lists added; those already here are left as they are.
    pub lists_added: usize,
    /// Conversation guides added; one already here (by its id) is left as it is, agreements and all.
    pub guides_added: usize,
}

/// What is on this device already, for a restore to leave or to ask about.
#[derive(Clone, Copy)]
pub struct OnDevice<'a> {
    pub lists: &'a Library,
    pub scans: &'a [Scan],
    pub entries: &'a [Entry],
    /// The ids of the conversation guides kept here.
    pub guides: &'a [String],
}

/// Works out the writes of a restore. Lists come first, so no scan is ever written without its
/// list; `choice` says what to do with each scan here that the backup holds too; `new_id` makes
/// ids for copies.
pub fn plan_restore(
    backup: &Backup,
    here: OnDevice,
    choice: impl Fn(&str) -> Choice,
    mut new_id: impl FnMut() -> String,
    copy_name: impl Fn(&str) -> String,
    now: &str,
) -> Plan {
    let OnDevice { lists: known, scans: existing, entries: open_entries, guides } = here;
    let mut plan = Plan::default();
    for listed in &backup.lists {
        if known.get(&listed.list.hash).is_none() {
            plan.lists_added += 1;
            plan.puts.push(Put::List { hash: listed.list.hash.clone(), stored: encode_list(listed) });
        }
    }
    for scan in &backup.scans {
        let scan = match existing.iter().find(|s| s.id == scan.id) {
            None => {
                plan.added += 1;
                scan.clone()
            }
            Some(_) => match choice(&scan.id) {
                Choice::Skip => {
                    plan.skipped += 1;
                    continue;
                }
                Choice::Replace => {
                    plan.replaced += 1;
                    scan.clone()
                }
                Choice::KeepBoth => {
                    plan.added += 1;
                    let mut copy = scan.copy_as(new_id(), &copy_name(&scan.details.name), now);
                    copy.created_at = scan.created_at.clone();
                    copy
                }
            },
        };
        plan.puts.push(Put::Scan { id: scan.id.clone(), stored: encode_scan(&scan) });
    }
    for entry in &backup.workspace {
        let same = |e: &&Entry| e.scan.id == entry.scan.id && e.scan.updated_at == entry.scan.updated_at && e.scan.feedback == entry.scan.feedback;
        if open_entries.iter().any(|e| same(&e)) {
            continue;
        }
        let key = if open_entries.iter().any(|e| e.key == entry.key) { format!("w{}", &new_id()[1..]) } else { entry.key.clone() };
        plan.entries_added += 1;
        plan.puts.push(Put::Entry { key: key.clone(), stored: encode_entry(&Entry { key, ..entry.clone() }) });
    }
    for kept in &backup.guides {
        if !guides.contains(&kept.guide.id) {
            plan.guides_added += 1;
            plan.puts.push(Put::Guide { id: kept.guide.id.clone(), stored: encode_kept(kept) });
        }
    }
    plan
}

/// After how many days without a full backup the start page reminds the user, in a browser that
/// keeps what it stores (`Keeping::UntilCleared`).
pub const REMIND_AFTER_DAYS: i64 = 30;

/// How long the browser keeps what Samenscan stores, as far as the backup reminder goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Until the user clears it (or a full disk does): reminded after a month.
    UntilCleared,
    /// WebKit deletes everything a website stores after seven days of browser use without a visit
    /// to it: Safari, and every browser on an iPhone or iPad, unless the site runs from the home
    /// screen or the Dock. Told at once, and put away for a few days only.
    AWeekWithoutVisit,
}

impl Keeping {
    /// From the browser's user agent, whether it has a touch screen (an iPad says it is a Mac),
    /// and whether Samenscan runs as an installed app (home screen, Dock: `display-mode: standalone`).
    pub fn of(user_agent: &str, touch: bool, standalone: bool) -> Keeping {
        let has = |part: &str| user_agent.contains(part);
        let iphone_or_ipad = has("iPhone") || has("iPad") || has("iPod") || (has("Macintosh") && touch);
        let safari_on_a_mac = has("Macintosh") && has("Safari/") && has("Version/") && !["Chrome", "Chromium", "Edg", "Firefox", "OPR"].iter().any(|other| has(other));
        if !standalone && (iphone_or_ipad || safari_on_a_mac) {
            Keeping::AWeekWithoutVisit
        } else {
            Keeping::UntilCleared
        }
    }

    /// Days without a backup (with changes since) before the reminder comes.
    fn remind_after_days(self) -> i64 {
        match self {
            Keeping::UntilCleared => REMIND_AFTER_DAYS,
            Keeping::AWeekWithoutVisit => 1,
        }
    }

    /// Days the reminder stays away once put away.
    fn quiet_days(self) -> i64 {
        match self {
            Keeping::UntilCleared => REMIND_AFTER_DAYS,
            Keeping::AWeekWithoutVisit => 3,
        }
    }
}

/// Days since 1970-01-01 of an ISO 8601 date or time (its first ten characters).
pub fn day_number(iso: &str) -> Option<i64> {
    let date = iso.get(..10)?;
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// When the last full backup was made and when the reminder was put away (ISO times).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupLog {
    pub last: Option<String>,
    pub dismissed: Option<String>,
}

impl BackupLog {
    /// Stored as `last|dismissed` (either may be empty): plain text, so the first visit carries
    /// no JSON code for it. Anything unreadable reads as "never".
    pub fn encode(&self) -> String {
        format!("{}|{}", self.last.as_deref().unwrap_or(""), self.dismissed.as_deref().unwrap_or(""))
    }

    pub fn decode(raw: &str) -> BackupLog {
        let (last, dismissed) = raw.split_once('|').unwrap_or((raw, ""));
        let time = |t: &str| day_number(t).map(|_| t.to_string());
        BackupLog { last: time(last), dismissed: time(dismissed) }
    }

    /// Whether to remind: something changed since the last backup and that backup is older than
    /// the browser's `Keeping` allows (or there never was one and the oldest data is that old;
    /// where the browser deletes after a week, any data at all), unless the reminder was put away
    /// a short while ago. `changes` are the change times of what is kept.
    pub fn remind<'a>(&self, changes: impl IntoIterator<Item = &'a str>, first: Option<&str>, now: &str, keeping: Keeping) -> bool {
        let days_since = |iso: Option<&str>| -> Option<i64> { Some(day_number(now)? - day_number(iso?)?) };
        if days_since(self.dismissed.as_deref()).is_some_and(|d| d < keeping.quiet_days()) {
            return false;
        }
        match self.last.as_deref() {
            Some(last) => days_since(Some(last)).is_some_and(|d| d >= keeping.remind_after_days()) && changes.into_iter().any(|c| c > last),
            None if keeping == Keeping::AWeekWithoutVisit => first.is_some(),
            None => days_since(first).is_some_and(|d| d >= keeping.remind_after_days()),
        }
    }
}
