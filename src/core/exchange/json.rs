//! The lossless profile file: one JSON envelope that says what it is (format and version, app
//! version, instrument, export date) around the scan with its action plan.
//!
//! Import validates the whole file before anything is stored. Files of every earlier format
//! version keep importing (examples per version in `tests/fixtures/exchange/`); a newer one is
//! refused with a clear message.

use crate::core::assessment::Scan;
use crate::core::check::{check_scan, read_once, Breach, Scope};
use crate::core::instrument::{Instrument, InstrumentRef, Text};
use crate::core::library::{open_list, Library};
use crate::core::list_check::ListFault;
use std::sync::Arc;
use crate::core::lang::Lang;
use crate::core::stored::{current_scan, migrate, reads_as_current, scan_from_stored_value, DecodeError, MIGRATIONS, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::Value;

pub const FORMAT_NAME: &str = "samenscan-profiel";
/// The envelope version this build writes. The scan inside has its own schema version.
pub const FORMAT_VERSION: u64 = 1;
/// A profile is a few tens of kilobytes; anything this large is not one.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
pub use crate::core::check::MAX_TEXT_CHARS;

#[derive(Serialize)]
struct InstrumentInfo<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a Text,
    /// Says in every export that this is a working version, not the official list.
    note: &'a Text,
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    format_version: u64,
    app_version: &'a str,
    exported_at: &'a str,
    instrument: InstrumentInfo<'a>,
    schema: u64,
    scan: &'a Scan,
    /// The whole list the scan was made on, in its compiled form (`instrument_compiled`), so that
    /// the file opens in a browser that never had that list. Left out only where space is short
    /// (a share link that would be too long); the scan still names its list by id, version and hash.
    #[serde(skip_serializing_if = "Option::is_none")]
    list: Option<String>,
}

/// The file a person downloads: indented, so that it can be read and checked.
pub fn export_json(scan: &Scan, instrument: &Instrument, app_version: &str, now: &str) -> String {
    let profile = profile_of(scan, instrument);
    let envelope = envelope(profile.as_ref().unwrap_or(scan), instrument, app_version, now, true);
    serde_json::to_string_pretty(&envelope).expect("a scan is plain data and always serialises")
}

/// The same envelope on one line, for share links (see `link`), where every byte counts: with the
/// list or without it.
pub fn export_json_compact(scan: &Scan, instrument: &Instrument, app_version: &str, now: &str, with_list: bool) -> String {
    let profile = profile_of(scan, instrument);
    let envelope = envelope(profile.as_ref().unwrap_or(scan), instrument, app_version, now, with_list);
    serde_json::to_string(&envelope).expect("a scan is plain data and always serialises")
}

/// The scan as its profile shows it: answers kept for another sector (after the team changed
/// its sector) stay in this browser, but are not part of the profile that is sent. A scan from
/// before lists had a hash is sent with its list's hash.
fn profile_of(scan: &Scan, instrument: &Instrument) -> Option<Scan> {
    let sector = scan.details.sector;
    let fits = |id: &String| instrument.indicator(id).is_some_and(|(_, i)| i.applies_to(sector));
    if scan.answers.keys().all(fits) && scan.instrument.hash == instrument.hash {
        return None;
    }
    let mut profile = scan.clone();
    profile.answers.retain(|id, _| fits(id));
    profile.instrument.hash = instrument.hash.clone();
    Some(profile)
}

fn envelope<'a>(scan: &'a Scan, instrument: &'a Instrument, app_version: &'a str, now: &'a str, with_list: bool) -> Envelope<'a> {
    Envelope {
        format: FORMAT_NAME,
        format_version: FORMAT_VERSION,
        app_version,
        exported_at: now,
        instrument: InstrumentInfo {
            id: &instrument.id,
            version: &instrument.version,
            title: &instrument.title,
            note: &instrument.disclaimer,
        },
        schema: SCHEMA_VERSION,
        scan,
        list: with_list.then(|| crate::core::instrument_compiled::write(instrument)),
    }
}

/// Why a file cannot be imported. Every variant has a message in both languages.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge,
    /// Not JSON at all (an image, a CSV, text, or JSON nested too deep to read).
    NotJson,
    /// JSON, but not a Samenscan profile.
    NotAProfile,
    /// A profile from a newer Samenscan.
    Newer { found: u64 },
    /// Made with a list this browser does not have, and the file does not carry it.
    UnknownInstrument { id: String, version: String, title: String },
    /// The list inside the file is damaged or breaks a rule of lists.
    BadList(ListFault),
    /// The list inside has the name of a built-in list but other content.
    ChangedBuiltIn { id: String, version: String },
    /// The browser refused to keep the list the profile came with (storage full).
    ListNotStored,
    /// A profile, but something inside is not right; nothing was imported.
    Invalid(String),
    /// A profile that does not fit its list, with the reason in words.
    Breach(Breach),
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            ImportError::Empty => lang.pick("Het bestand is leeg.", "The file is empty.").into(),
            ImportError::TooLarge => lang.pick(
                "Het bestand is te groot voor een Samenscan-profiel (meer dan 5 MB).",
                "The file is too large for a Samenscan profile (over 5 MB).",
            ).into(),
            ImportError::NotJson => lang.pick(
                "Dit is geen Samenscan-profiel. Kies het .json-bestand dat Samenscan heeft gemaakt.",
                "This is not a Samenscan profile. Choose the .json file that Samenscan made.",
            ).into(),
            ImportError::NotAProfile => lang.pick(
                "Dit JSON-bestand is geen Samenscan-profiel.",
                "This JSON file is not a Samenscan profile.",
            ).into(),
            ImportError::Newer { found } => if nl {
                format!("Dit profiel is gemaakt met een nieuwere versie van Samenscan (bestandsversie {found}). Open het in de nieuwste versie van Samenscan.")
            } else {
                format!("This profile was made with a newer version of Samenscan (file version {found}). Open it in the newest version of Samenscan.")
            },
            ImportError::UnknownInstrument { id, version, title } => {
                let name = if title.is_empty() { format!("'{id}'") } else { format!("'{title}' ({id})") };
                if nl {
                    format!("Dit profiel hoort bij de lijst {name}, versie {version}. Die lijst is niet in deze browser en zit niet in het bestand. Laad eerst die lijst (Eigen lijst laden) en open het profiel dan opnieuw.")
                } else {
                    format!("This profile belongs to the list {name}, version {version}. That list is not in this browser and not in the file. Load that list first (Load your own list), then open the profile again.")
                }
            }
            ImportError::BadList(fault) => if nl {
                format!("Het profiel is niet geopend: de lijst in het bestand klopt niet. {}", fault.message(lang))
            } else {
                format!("The profile was not opened: the list in the file is not right. {}", fault.message(lang))
            },
            ImportError::ChangedBuiltIn { id, version } => if nl {
                format!("Het profiel is niet geopend: de lijst in het bestand heet '{id}', versie {version}, zoals een lijst van Samenscan zelf, maar heeft een andere inhoud.")
            } else {
                format!("The profile was not opened: the list in the file is called '{id}', version {version}, like a list of Samenscan itself, but its content is different.")
            },
            ImportError::Breach(breach) => if nl {
                format!("Het profiel is niet geopend. {}", breach.message(lang))
            } else {
                format!("The profile was not opened. {}", breach.message(lang))
            },
            ImportError::ListNotStored => lang.pick(
                "Het profiel is niet geopend: de browser kon de lijst die erbij hoort niet bewaren. Maak ruimte (bijvoorbeeld door oude scans te verwijderen) en probeer het opnieuw.",
                "The profile was not opened: the browser could not keep the list that belongs to it. Make room (for example by deleting old scans) and try again.",
            ).into(),
            ImportError::Invalid(detail) => if nl {
                format!("Het profiel is beschadigd en is niet geopend ({detail}).")
            } else {
                format!("The profile is damaged and was not opened ({detail}).")
            },
        }
    }
}

fn invalid(detail: impl Into<String>) -> ImportError {
    ImportError::Invalid(detail.into())
}

/// A profile that passed every check, with the list it came with when this browser did not have it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub scan: Scan,
    /// The list from the file, checked and hashed, to be kept beside the scan (`Origin::Profile`).
    pub new_list: Option<Arc<Instrument>>,
}

/// Reads a profile file completely and checks it against the lists this browser knows, or the
/// list it carries. Returns the scan only when everything is right; nothing is stored here.
pub fn import_json(text: &str, library: &Library) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // One pass reads the file's own fields and looks for a repeated key; the scan in it is read
    // by its type (`current_scan`), or as a value only when it needs a migration. serde_json
    // stops at 128 levels of nesting with an error, so deep files cannot overflow the stack.
    let read = read_once(text, &["scan"]).map_err(|_| ImportError::NotJson)?;
    let value = read.value;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(ImportError::NotAProfile);
    }
    let format_version = value.get("format_version").and_then(Value::as_u64).ok_or_else(|| invalid("format_version"))?;
    if format_version > FORMAT_VERSION {
        return Err(ImportError::Newer { found: format_version });
    }
    if format_version == 0 {
        return Err(invalid("format_version 0"));
    }
    let schema = value.get("schema").and_then(Value::as_u64).ok_or_else(|| invalid("schema"))?;
    if schema > SCHEMA_VERSION {
        return Err(ImportError::Newer { found: format_version });
    }
    let current = if reads_as_current(schema) { current_scan(text) } else { None };
    let mut scan = match current {
        Some(scan) => scan,
        None => {
            let mut whole: Value = crate::core::check::json_value(text).map_err(|_| ImportError::NotJson)?;
            let scan_value = whole.get_mut("scan").map(Value::take).unwrap_or(Value::Null);
            let stored = serde_json::json!({ "schema": schema, "scan": scan_value });
            let migrated = migrate(stored, schema, SCHEMA_VERSION, MIGRATIONS).map_err(|e| match e {
                DecodeError::Newer { .. } => ImportError::Newer { found: format_version },
                DecodeError::Corrupt(detail) => invalid(detail),
            })?;
            scan_from_stored_value(&migrated).map_err(invalid)?
        }
    };

    let (instrument, new_list) = match library.find(&scan.instrument) {
        Some(known) => (known, None),
        None => {
            let list = carried_list(&value, &scan.instrument, library)?;
            scan.instrument.hash = list.hash.clone();
            (list.clone(), Some(list))
        }
    };
    if let Some(key) = read.duplicate {
        return Err(ImportError::Breach(Breach::Duplicate(key)));
    }
    check_scan(&scan, &instrument, Scope::Profile).map_err(ImportError::Breach)?;
    Ok(Imported { scan, new_list })
}

/// The list a profile file carries, when it is the one its scan names.
fn carried_list(value: &Value, reference: &InstrumentRef, library: &Library) -> Result<Arc<Instrument>, ImportError> {
    let Some(compiled) = value.get("list").and_then(Value::as_str) else {
        let title = value.pointer("/instrument/title/nl").and_then(Value::as_str).unwrap_or_default();
        return Err(ImportError::UnknownInstrument { id: reference.id.clone(), version: reference.version.clone(), title: title.chars().take(200).collect() });
    };
    let list = open_list(compiled).map_err(ImportError::BadList)?;
    let same_hash = reference.hash.is_empty() || reference.hash == list.hash;
    if list.id != reference.id || list.version != reference.version || !same_hash {
        return Err(invalid("the list in the file is not the scan's list"));
    }
    if library.is_reserved(&list) {
        return Err(ImportError::ChangedBuiltIn { id: list.id, version: list.version });
    }
    Ok(Arc::new(list))
}
