//! The adviser's workspace: profiles received from schools and municipalities, opened read-only
//! and kept in this browser apart from the user's own scans. Every file is checked exactly as an
//! import is; the bad ones are reported with their reason and nothing of them is kept.

use super::assessment::Scan;
use super::exchange::json::{import_json, ImportError};
use super::instrument::Instrument;
use super::library::Library;
use std::sync::Arc;
use super::stored::{decode_stored_value, DecodeError, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::Value;

/// One opened profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Unique in the workspace; the scan id is not, as two members may send the same scan.
    pub key: String,
    /// Where it came from: the file name, or a note that it came from a link.
    pub source: String,
    pub opened_at: String,
    /// As received, plus the adviser's comments.
    pub scan: Scan,
}

#[derive(Serialize)]
struct StoredEntry<'a> {
    schema: u64,
    source: &'a str,
    opened_at: &'a str,
    scan: &'a Scan,
}

/// The stored form: a stored scan (schema and migrations as for the user's own scans) with
/// where it came from beside it.
pub fn encode_entry(entry: &Entry) -> String {
    let stored = StoredEntry { schema: SCHEMA_VERSION, source: &entry.source, opened_at: &entry.opened_at, scan: &entry.scan };
    // Written into room made for it at once: growing the text step by step copied it again and
    // again, a tenth of opening 200 profiles. Only here: the other pages save one scan at a time.
    let mut out = Vec::with_capacity(encoded_size_hint(&entry.scan));
    serde_json::to_writer(&mut out, &stored).expect("an entry is plain data and always serialises");
    // serde_json writes only valid UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// About the length of a scan's JSON text: its free texts and a little per field around them.
fn encoded_size_hint(scan: &Scan) -> usize {
    let answers: usize = scan.answers.iter().map(|(id, a)| 96 + id.len() + a.note.len() + a.evidence.len() + a.next_step.len()).sum();
    let actions: usize = scan.actions.iter().map(|a| 96 + a.what.len() + a.who.len()).sum();
    let feedback: usize = scan.feedback.iter().flat_map(|f| f.texts()).map(|t| 16 + t.len()).sum();
    512 + scan.details.name.len() + answers + actions + feedback
}

pub fn decode_entry(key: &str, raw: &str) -> Result<Entry, DecodeError> {
    let value: Value = super::check::json_value(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    let text = |field: &str| value.get(field).and_then(Value::as_str).unwrap_or_default().to_string();
    let (source, opened_at) = (text("source"), text("opened_at"));
    let scan = decode_stored_value(value)?;
    Ok(Entry { key: key.to_string(), source, opened_at, scan })
}

/// What happened to one file or link.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// Now in the workspace under this key.
    Added(String),
    /// The same export (same scan, same last change) is already open under this key.
    AlreadyOpen(String),
    Rejected(ImportError),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub entries: Vec<Entry>,
}

impl Workspace {
    /// Checks one file and adds it when it is a good profile. `key` is used if it is added. Also
    /// returns the list the file carried when the library did not have it, to be kept with it.
    pub fn open(&mut self, source: &str, text: &str, library: &Library, key: String, now: &str) -> (Opened, Option<Arc<Instrument>>) {
        match import_json(text, library) {
            Ok(imported) => (self.add(imported.scan, source, key, now), imported.new_list),
            Err(error) => (Opened::Rejected(error), None),
        }
    }

    /// Adds a scan that was already checked (`import_json`), unless the same export is open.
    pub fn add(&mut self, scan: Scan, source: &str, key: String, now: &str) -> Opened {
        if let Some(same) = self.entries.iter().find(|e| e.scan.id == scan.id && e.scan.updated_at == scan.updated_at) {
            return Opened::AlreadyOpen(same.key.clone());
        }
        self.entries.push(Entry { key: key.clone(), source: source.to_string(), opened_at: now.to_string(), scan });
        Opened::Added(key)
    }

    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.key == key)
    }

    /// Closes a profile and says where it stood, so that it can be put back (undo).
    pub fn remove(&mut self, key: &str) -> Option<(usize, Entry)> {
        let index = self.entries.iter().position(|e| e.key == key)?;
        Some((index, self.entries.remove(index)))
    }

    /// Puts a closed profile back where it was, comments and all.
    pub fn restore(&mut self, index: usize, entry: Entry) {
        if self.get(&entry.key).is_none() {
            self.entries.insert(index.min(self.entries.len()), entry);
        }
    }

    /// The entries per instrument (by id, so versions of one list stay together), in the order
    /// they were opened: only profiles of one list can be compared.
    pub fn by_instrument(&self) -> Vec<(String, Vec<&Entry>)> {
        let mut groups: Vec<(String, Vec<&Entry>)> = Vec::new();
        for entry in &self.entries {
            let id = &entry.scan.instrument.id;
            match groups.iter_mut().find(|(g, _)| g == id) {
                Some((_, list)) => list.push(entry),
                None => groups.push((id.clone(), vec![entry])),
            }
        }
        groups
    }
}
