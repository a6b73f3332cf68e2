//! The lists this browser knows: the built-in working versions, lists from the website that
//! hosts the app, lists a user loaded from a file, and lists that came inside a profile.
//!
//! A list is known by its id, version and content hash (`InstrumentRef`). The rules:
//! - a loaded list never replaces a built-in one, and may not take a built-in list's id and
//!   version with other content;
//! - two lists with the same id and version but other content are kept apart by their hash, and
//!   only side by side when the user chose so;
//! - a list that scans use is not deleted but retired: no longer offered for new scans, still
//!   there for the scans that were made on it.
//!
//! Lists are kept in their compiled form (`instrument_compiled`), which needs no CSV parser to
//! read: every page can open every list, while the parser lives on the page that loads files.

use super::instrument::{Audience, Instrument, InstrumentRef};
use super::instrument_compiled::{content_hash, read, write};
use super::list_check::{check_list, ListFault};
use super::small_sort::sort_by;
use std::cmp::Ordering;
use std::sync::Arc;

coded_enum! {
    /// Where a list came from, as the list overview says it.
    Origin {
        BuiltIn => "ingebouwd", "ingebouwd", "built in";
        Website => "website", "van deze website", "from this website";
        OwnFile => "bestand", "eigen bestand", "own file";
        Profile => "profiel", "uit een profiel", "from a profile";
    }
}

/// One list with where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub list: Arc<Instrument>,
    pub origin: Origin,
    /// Removed by the user while scans still used it: not offered for new scans.
    pub retired: bool,
}

/// What adding a list did.
#[derive(Clone, Debug, PartialEq)]
pub enum Adopt {
    Added,
    /// The same list (same id, version and content) was already here.
    Known,
    /// A list with the same id and version but other content is here; nothing was added.
    Clash(Arc<Instrument>),
    /// It has the id and version of a built-in list but other content; never added.
    Reserved,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    lists: Vec<Listed>,
}

/// Orders versions as people write them: "2026.10" after "2026.9", "v2" after "v1".
pub fn version_order(a: &str, b: &str) -> Ordering {
    let chunks = |s: &str| -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, chunk)) if *d == digit => chunk.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    };
    let (a, b) = (chunks(a), chunks(b));
    for ((da, ca), (db, cb)) in a.iter().zip(&b) {
        let order = if *da && *db {
            let (ta, tb) = (ca.trim_start_matches('0'), cb.trim_start_matches('0'));
            ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb))
        } else {
            // ASCII only: Unicode case tables would cost every page several kilobytes.
            ca.to_ascii_lowercase().cmp(&cb.to_ascii_lowercase())
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

impl Library {
    /// Adds a list built into this page; its hash was computed at build time.
    pub fn add_builtin(&mut self, mut list: Instrument, hash: &str) {
        list.hash = hash.to_string();
        self.lists.push(Listed { list: Arc::new(list), origin: Origin::BuiltIn, retired: false });
    }

    /// A library of these lists as a page has them built in (a list without a hash gets one).
    pub fn from_lists<'a>(lists: impl IntoIterator<Item = &'a Instrument>) -> Library {
        let mut library = Library::default();
        for list in lists {
            let hash = if list.hash.is_empty() { content_hash(&write(list)) } else { list.hash.clone() };
            library.add_builtin(list.clone(), &hash);
        }
        library
    }

    /// Adds a checked list (its hash set), following the rules above. `side_by_side` allows a
    /// list whose id and version are already here with other content: the user chose to keep both,
    /// or a profile needs exactly this list.
    pub fn adopt(&mut self, list: Arc<Instrument>, origin: Origin, side_by_side: bool) -> Adopt {
        let same_name = |l: &&Listed| l.list.id == list.id && l.list.version == list.version;
        if let Some(known) = self.lists.iter_mut().find(|l| l.list.hash == list.hash && l.list.id == list.id && l.list.version == list.version) {
            // Loading a retired list again brings it back into use.
            known.retired = false;
            return Adopt::Known;
        }
        if self.is_reserved(&list) {
            return Adopt::Reserved;
        }
        if let Some(other) = self.lists.iter().find(same_name) {
            if !side_by_side {
                return Adopt::Clash(other.list.clone());
            }
        }
        self.lists.push(Listed { list, origin, retired: false });
        Adopt::Added
    }

    /// Takes in a list as it was kept (in storage or a backup): beside any namesake, and retired
    /// again when it was retired.
    pub fn take_in(&mut self, listed: &Listed) {
        self.adopt(listed.list.clone(), listed.origin, true);
        if listed.retired {
            self.remove(&listed.list.hash, true);
        }
    }

    /// Whether the list has a built-in list's id and version but other content: never taken in.
    pub fn is_reserved(&self, list: &Instrument) -> bool {
        self.lists.iter().any(|l| l.origin == Origin::BuiltIn && l.list.id == list.id && l.list.version == list.version && l.list.hash != list.hash)
    }

    /// The list a scan was made on. A reference without a hash (scans from before lists had one)
    /// can only mean a built-in list.
    pub fn find(&self, reference: &InstrumentRef) -> Option<Arc<Instrument>> {
        let same = |l: &&Listed| l.list.id == reference.id && l.list.version == reference.version;
        let found = if reference.hash.is_empty() {
            self.lists.iter().filter(same).find(|l| l.origin == Origin::BuiltIn)
        } else {
            self.lists.iter().filter(same).find(|l| l.list.hash == reference.hash)
        };
        found.map(|l| l.list.clone())
    }

    /// Whether another list here has the same id and version: then the hash is shown beside it.
    pub fn has_namesake(&self, list: &Instrument) -> bool {
        self.lists.iter().any(|l| l.list.id == list.id && l.list.version == list.version && l.list.hash != list.hash)
    }

    /// The lists offered for a new scan of this audience, the newest version first (and, for the
    /// same version, the one loaded last); retired lists are left out.
    pub fn choices(&self, audience: Audience) -> Vec<Arc<Instrument>> {
        let mut offered: Vec<(usize, Arc<Instrument>)> = self
            .lists
            .iter()
            .enumerate()
            .filter(|(_, l)| l.list.audience == audience && !l.retired)
            .map(|(i, l)| (i, l.list.clone()))
            .collect();
        sort_by(&mut offered, |(ia, a), (ib, b)| match version_order(&a.version, &b.version) {
            Ordering::Equal => ia > ib,
            order => order == Ordering::Greater,
        });
        offered.into_iter().map(|(_, l)| l).collect()
    }

    pub fn listed(&self) -> &[Listed] {
        &self.lists
    }

    pub fn get(&self, hash: &str) -> Option<&Listed> {
        self.lists.iter().find(|l| l.list.hash == hash)
    }

    /// Removes a loaded list, or retires it when scans still use it. Built-in lists stay.
    /// Returns what became of it, `None` when there was nothing to remove.
    pub fn remove(&mut self, hash: &str, in_use: bool) -> Option<Removal> {
        let index = self.lists.iter().position(|l| l.list.hash == hash && l.origin != Origin::BuiltIn)?;
        if in_use {
            self.lists[index].retired = true;
            Some(Removal::Retired)
        } else {
            self.lists.remove(index);
            Some(Removal::Deleted)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    Deleted,
    Retired,
}

/// Reads a list in its compiled form that came from outside this build (a profile, a backup):
/// every rule is checked, and its hash is computed from what was read.
pub fn open_list(compiled: &str) -> Result<Instrument, ListFault> {
    let mut list = read_checked(compiled)?;
    list.hash = content_hash(&write(&list));
    Ok(list)
}

/// Reads and checks a compiled list without computing its hash: for lists this app stored
/// itself under their hash, where the pages that only read lists need not carry the writer.
fn read_checked(compiled: &str) -> Result<Instrument, ListFault> {
    if compiled.len() > super::instrument_csv::MAX_FILE_BYTES {
        return Err(ListFault::Unreadable);
    }
    let mut list = read(compiled).ok_or(ListFault::Unreadable)?;
    sort_by(&mut list.scale, |a, b| a.score < b.score);
    check_list(&list)?;
    Ok(list)
}

pub const LIST_SCHEMA: u64 = 1;

/// The stored form of one list (`storage::Key::List`), versioned like a scan:
/// `{"schema":1,"origin":"bestand","retired":false,"list":"<compiled form>"}`.
pub fn encode_list(listed: &Listed) -> String {
    let stored = serde_json::json!({
        "schema": LIST_SCHEMA,
        "origin": listed.origin.code(),
        "retired": listed.retired,
        "list": write(&listed.list),
    });
    stored.to_string()
}

/// Why a stored list could not be read; the app then sets it aside and says so.
#[derive(Clone, Debug, PartialEq)]
pub enum ListDecodeError {
    Corrupt,
    Newer(u64),
    Fault(ListFault),
}

/// Read through `serde_json::Value`, which every page has already: a derived reader for this one
/// small shape measured 6 KB of wasm.
/// `hash` is the one in its storage key, under which only a checked list was written.
pub fn decode_list(raw: &str, hash: &str) -> Result<Listed, ListDecodeError> {
    let value: serde_json::Value = super::check::json_value(raw).map_err(|_| ListDecodeError::Corrupt)?;
    decode_list_value(&value, |compiled| {
        let mut list = read_checked(compiled)?;
        list.hash = hash.to_string();
        Ok(list)
    })
}

/// The stored form of a list, already parsed (storage, or an item of a backup), with its compiled
/// list read by `read`: without rehashing for this browser's own storage, with `open_list` for
/// a list that comes from outside.
pub fn decode_list_value(value: &serde_json::Value, read: impl FnOnce(&str) -> Result<Instrument, ListFault>) -> Result<Listed, ListDecodeError> {
    let schema = value.get("schema").and_then(serde_json::Value::as_u64).ok_or(ListDecodeError::Corrupt)?;
    if schema > LIST_SCHEMA {
        return Err(ListDecodeError::Newer(schema));
    }
    let origin: Origin = value.get("origin").and_then(serde_json::Value::as_str).and_then(|o| o.parse().ok()).ok_or(ListDecodeError::Corrupt)?;
    if origin == Origin::BuiltIn || schema == 0 {
        return Err(ListDecodeError::Corrupt);
    }
    let retired = value.get("retired").and_then(serde_json::Value::as_bool).unwrap_or(false);
    let compiled = value.get("list").and_then(serde_json::Value::as_str).ok_or(ListDecodeError::Corrupt)?;
    let list = read(compiled).map_err(ListDecodeError::Fault)?;
    Ok(Listed { list: Arc::new(list), origin, retired })
}
