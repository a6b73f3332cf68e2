//! How a scan is written to browser storage: a small envelope with a schema version, so that
//! every later version of the app can still read what an earlier one wrote.
//!
//! Rules: bump `SCHEMA_VERSION` whenever the stored shape changes, add one migration step for
//! it, and add a frozen example of the old shape under `tests/fixtures/storage/`.

use super::assessment::Scan;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version this build writes. 2 added the action plan; 3 the LEA meeting, the scan without
/// a sector, and owner / next step / due date on answers; 4 an adviser's comments; 5 the content
/// hash of the list (`InstrumentRef::hash`).
pub const SCHEMA_VERSION: u64 = 5;

/// One step brings a stored value from version `n` to `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` brings version `i + 1` to `i + 2`.
pub const MIGRATIONS: &[Migration] = &[v1_add_action_plan, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 3 only added fields that a version-2 scan does not have; its data reads as it is.
/// The bump itself matters: a version-2 app sets version-3 data aside instead of dropping the
/// meeting when it saves.
fn v2_to_v3(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 4 added the adviser's comments, which a version-3 scan does not have. As with 3, the
/// bump makes an older app set the data aside rather than drop the comments when it saves.
fn v3_to_v4(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 5 names the list by its content hash as well. Every scan before it was made on a
/// built-in list, which an empty hash finds by id and version (`core::library`). The bump keeps a
/// version-4 app from saving the scan without its hash, which would lose a loaded list.
fn v4_to_v5(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 2 gave every scan an action plan; a version-1 scan starts with an empty one.
fn v1_add_action_plan(mut value: Value) -> Result<Value, String> {
    let scan = value.get_mut("scan").and_then(Value::as_object_mut).ok_or("no scan")?;
    scan.entry("actions").or_insert_with(|| Value::Array(Vec::new()));
    Ok(value)
}

/// Why a stored value could not be read. The app then keeps the raw text aside and tells the user.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// Not JSON, or not the shape of any version: damaged or written by something else.
    Corrupt(String),
    /// Written by a newer Samenscan than this one.
    Newer { found: u64 },
}

/// The stored form of one scan: the schema version beside the data.
#[derive(Serialize)]
pub struct StoredScan<'a> {
    schema: u64,
    scan: &'a Scan,
}

impl<'a> StoredScan<'a> {
    pub fn new(scan: &'a Scan) -> Self {
        StoredScan { schema: SCHEMA_VERSION, scan }
    }
}

pub fn encode_scan(scan: &Scan) -> String {
    serde_json::to_string(&StoredScan::new(scan))
        .expect("a scan is plain data and always serialises")
}

pub fn decode_scan(raw: &str) -> Result<Scan, DecodeError> {
    decode_with(raw, SCHEMA_VERSION, MIGRATIONS)
}

/// The oldest schema whose stored form reads straight as the current shape: every migration
/// since then only adds what a serde default gives (schema 1's empty action plan) or nothing. A
/// migration that changes the shape raises this to its own version; tests/assessment.rs reads
/// every frozen example from here on both ways.
pub const READS_AS_CURRENT_FROM: u64 = 1;

/// Whether a value of `schema` reads as the current shape (see `READS_AS_CURRENT_FROM`).
pub fn reads_as_current(schema: u64) -> bool {
    (READS_AS_CURRENT_FROM..=SCHEMA_VERSION).contains(&schema)
}

/// The current stored shape, read straight from text. Other fields (a profile file has more)
/// are passed over.
#[derive(Deserialize)]
struct CurrentShape {
    schema: u64,
    scan: Scan,
}

/// The scan in `text` (`{"schema": n, "scan": …}`, other fields passed over) in one pass, when
/// its schema reads as the current shape and it reads as it is. `None` sends the caller down the
/// careful path (text, value, migrations, text again, scan), which then gives the same scan or
/// the precise error. With 200 profiles opened at once this saves a third of the reading
/// (scripts/bench.mjs).
pub fn current_scan(text: &str) -> Option<Scan> {
    read_shape(text).ok().filter(|shape| reads_as_current(shape.schema)).map(|shape| shape.scan)
}

/// Reads a stored value (`{"schema": n, "scan": …}`, migrated to the current shape) through its
/// text form, with the same typed read as `current_scan`: `serde_json::from_value`, or a second
/// typed read, would compile another copy of the scan's Deserialize impl into every page.
pub fn scan_from_stored_value(value: &Value) -> Result<Scan, String> {
    read_shape(&value.to_string()).map(|shape| shape.scan).map_err(|e| e.to_string())
}

fn read_shape(text: &str) -> Result<CurrentShape, serde_json::Error> {
    serde_json::from_str(text)
}

/// Applies `steps` to bring `value` from version `from` up to `current`.
pub fn migrate(mut value: Value, from: u64, current: u64, steps: &[Migration]) -> Result<Value, DecodeError> {
    if from == 0 {
        return Err(DecodeError::Corrupt("schema 0 does not exist".into()));
    }
    if from > current {
        return Err(DecodeError::Newer { found: from });
    }
    for version in from..current {
        let step = steps
            .get((version - 1) as usize)
            .ok_or_else(|| DecodeError::Corrupt(format!("no migration from schema {version}")))?;
        value = step(value).map_err(DecodeError::Corrupt)?;
    }
    Ok(value)
}

fn decode_with(raw: &str, current: u64, steps: &[Migration]) -> Result<Scan, DecodeError> {
    if current == SCHEMA_VERSION {
        if let Some(scan) = current_scan(raw).filter(|scan| !scan.id.trim().is_empty()) {
            return Ok(scan);
        }
    }
    let value: Value = super::check::json_value(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    decode_value(value, current, steps)
}

/// Reads an already parsed stored value (`{"schema": n, "scan": …}`, other fields ignored).
pub fn decode_stored_value(value: Value) -> Result<Scan, DecodeError> {
    decode_value(value, SCHEMA_VERSION, MIGRATIONS)
}

fn decode_value(value: Value, current: u64, steps: &[Migration]) -> Result<Scan, DecodeError> {
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| DecodeError::Corrupt("no schema version".into()))?;
    let value = migrate(value, schema, current, steps)?;
    if value.get("scan").is_none() {
        return Err(DecodeError::Corrupt("no scan".into()));
    }
    let scan = scan_from_stored_value(&value).map_err(DecodeError::Corrupt)?;
    if scan.id.trim().is_empty() {
        return Err(DecodeError::Corrupt("scan without id".into()));
    }
    Ok(scan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_migration_runner_applies_each_step_in_order() {
        // Two imaginary versions to prove the runner: v1 had `school`, v2 renamed it, v3 added a field.
        fn v1_to_v2(mut v: Value) -> Result<Value, String> {
            let name = v["school"].take();
            v["name"] = name;
            Ok(v)
        }
        fn v2_to_v3(mut v: Value) -> Result<Value, String> {
            v["notes"] = json!([]);
            Ok(v)
        }
        let steps: &[Migration] = &[v1_to_v2, v2_to_v3];
        let migrated = migrate(json!({"school": "De Linde"}), 1, 3, steps).unwrap();
        assert_eq!(migrated["name"], "De Linde");
        assert_eq!(migrated["notes"], json!([]));
        assert_eq!(migrate(json!({}), 4, 3, steps), Err(DecodeError::Newer { found: 4 }));
        assert!(matches!(migrate(json!({}), 0, 3, steps), Err(DecodeError::Corrupt(_))));
        // A missing step is reported, never skipped.
        assert!(matches!(migrate(json!({}), 1, 3, &steps[..1]), Err(DecodeError::Corrupt(_))));
    }

    #[test]
    fn every_schema_version_before_this_one_has_a_migration() {
        assert_eq!(MIGRATIONS.len() as u64, SCHEMA_VERSION - 1);
    }
}
