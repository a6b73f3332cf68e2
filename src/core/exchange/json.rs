//! The lossless profile file: one JSON envelope that says what it is (format and version, app
//! version, instrument, export date) around the scan with its action plan.
//!
//! Import validates the whole file before anything is stored. Files of every earlier format
//! version keep importing (examples per version in `tests/fixtures/exchange/`); a newer one is
//! refused with a clear message.

use crate::core::assessment::{Rating, Scan};
use crate::core::instrument::{Instrument, InstrumentRef, Text};
use crate::core::lang::Lang;
use crate::core::stored::{migrate, scan_from_value, DecodeError, MIGRATIONS, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::Value;

pub const FORMAT_NAME: &str = "samenscan-profiel";
/// The envelope version this build writes. The scan inside has its own schema version.
pub const FORMAT_VERSION: u64 = 1;
/// A profile is a few tens of kilobytes; anything this large is not one.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// Longer free text is refused rather than cut: an import never changes what it carries.
pub const MAX_TEXT_CHARS: usize = 20_000;

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
}

/// The file a person downloads: indented, so that it can be read and checked.
pub fn export_json(scan: &Scan, instrument: &Instrument, app_version: &str, now: &str) -> String {
    let envelope = envelope(scan, instrument, app_version, now);
    serde_json::to_string_pretty(&envelope).expect("a scan is plain data and always serialises")
}

/// The same envelope on one line, for share links (see `link`), where every byte counts.
pub fn export_json_compact(scan: &Scan, instrument: &Instrument, app_version: &str, now: &str) -> String {
    let envelope = envelope(scan, instrument, app_version, now);
    serde_json::to_string(&envelope).expect("a scan is plain data and always serialises")
}

fn envelope<'a>(scan: &'a Scan, instrument: &'a Instrument, app_version: &'a str, now: &'a str) -> Envelope<'a> {
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
    /// Made with a list this version does not have.
    UnknownInstrument { id: String, version: String },
    /// A profile, but something inside is not right; nothing was imported.
    Invalid(String),
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
            ImportError::UnknownInstrument { id, version } => if nl {
                format!("Dit profiel hoort bij de lijst '{id}', versie {version}. Die lijst zit niet in deze versie van Samenscan.")
            } else {
                format!("This profile belongs to the list '{id}', version {version}. That list is not part of this version of Samenscan.")
            },
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

/// Reads a profile file completely and checks it against the instruments this build knows.
/// Returns the scan only when everything is right; nothing is stored by this function.
pub fn import_json<'a>(text: &str, instruments: impl IntoIterator<Item = &'a Instrument>) -> Result<Scan, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // serde_json stops at 128 levels of nesting with an error, so deep files cannot overflow the stack.
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
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
    let stored = serde_json::json!({ "schema": schema, "scan": value.get("scan").cloned().unwrap_or(Value::Null) });
    let migrated = migrate(stored, schema, SCHEMA_VERSION, MIGRATIONS).map_err(|e| match e {
        DecodeError::Newer { .. } => ImportError::Newer { found: format_version },
        DecodeError::Corrupt(detail) => invalid(detail),
    })?;
    let scan: Scan = scan_from_value(&migrated["scan"]).map_err(invalid)?;

    let reference: &InstrumentRef = &scan.instrument;
    let instrument = instruments
        .into_iter()
        .find(|i| i.id == reference.id && i.version == reference.version)
        .ok_or_else(|| ImportError::UnknownInstrument { id: reference.id.clone(), version: reference.version.clone() })?;
    validate(&scan, instrument)?;
    Ok(scan)
}

/// The checks that make an imported scan safe to store and show.
fn validate(scan: &Scan, instrument: &Instrument) -> Result<(), ImportError> {
    let is_id = |s: &str| !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !is_id(&scan.id) {
        return Err(invalid("scan id"));
    }
    let name_len = scan.details.name.trim().chars().count();
    if name_len == 0 || name_len > crate::core::school::MAX_NAME_CHARS {
        return Err(invalid("name"));
    }
    for (indicator, answer) in &scan.answers {
        if !is_id(indicator) {
            return Err(invalid("indicator id"));
        }
        if let Some(Rating::Level(code)) = &answer.rating {
            if instrument.level(code).is_none() {
                return Err(invalid(format!("level {code}")));
            }
        }
        if [&answer.note, &answer.evidence, &answer.next_step, &answer.due].iter().any(|t| t.chars().count() > MAX_TEXT_CHARS) {
            return Err(invalid("text too long"));
        }
    }
    let view_levels = scan.meeting.iter().flat_map(|m| m.views.values()).flat_map(|views| views.values());
    for rating in view_levels {
        if let Rating::Level(code) = rating {
            if instrument.level(code).is_none() {
                return Err(invalid(format!("level {code}")));
            }
        }
    }
    for action in &scan.actions {
        if !is_id(&action.id) || [&action.what, &action.who, &action.when].iter().any(|t| t.chars().count() > MAX_TEXT_CHARS) {
            return Err(invalid("action"));
        }
    }
    if let Some(feedback) = &scan.feedback {
        if !feedback.goals.keys().all(|g| is_id(g)) || feedback.texts().any(|t| t.chars().count() > MAX_TEXT_CHARS) {
            return Err(invalid("feedback"));
        }
    }
    Ok(())
}
