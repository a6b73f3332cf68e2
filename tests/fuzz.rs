//! Every decoder of outside data, against generated and mutated input with a fixed seed: the
//! golden files with bytes flipped, cut and inserted, types swapped, deep nesting, huge numbers
//! and odd Unicode. Each must end in a typed error or a valid value, never a panic, and what it
//! accepts must encode back to the same value.
//!
//! `cargo test --test fuzz` runs 1,000 cases per decoder. The long run (README):
//! `FUZZ_CASES=100000 cargo test --release --test fuzz`.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use samenscan::core::backup::{read_backup, write_backup, BackupLog, Contents};
use samenscan::core::builtin::{SCREENING_LEA_CSV, STREEFDOELEN_CSV};
use samenscan::core::exchange::json::{export_json};
use samenscan::core::exchange::link;
use samenscan::core::instrument::Instrument;
use samenscan::core::instrument_compiled;
use samenscan::core::merge::Place;
use samenscan::core::stored::{decode_scan, encode_scan};
use samenscan::core::workspace::{decode_entry, encode_entry};

/// The import as these tests use it: against the given lists, as a page has them built in.
fn import_json<'a>(text: &str, lists: impl IntoIterator<Item = &'a samenscan::core::instrument::Instrument>) -> Result<samenscan::core::assessment::Scan, samenscan::core::exchange::json::ImportError> {
    samenscan::core::exchange::json::import_json(text, &samenscan::core::library::Library::from_lists(lists)).map(|imported| imported.scan)
}


const SEED: [u8; 32] = *b"samenscan-fuzz-seed-2026-12-02!!";

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000)
}

/// Runs `check` on `cases()` inputs from `strategy`, the same inputs on every run. `check`
/// says whether the decoder accepted the input; some must be accepted, or the round trip was
/// never tried.
fn fuzz<S: Strategy>(strategy: S, check: impl Fn(S::Value) -> Result<bool, TestCaseError>) {
    let config = Config { cases: cases(), failure_persistence: None, max_shrink_iters: 200, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &SEED));
    let accepted = std::cell::Cell::new(0u32);
    let result = runner.run(&strategy, |input| {
        let ok = check(input)?;
        accepted.set(accepted.get() + u32::from(ok));
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    assert!(accepted.get() > 0, "no mutated input was accepted: the round trip was never checked");
}

/// The lists a browser has, as the restore checks against them.
fn known(school: &Instrument, lea: &Instrument) -> samenscan::core::library::Library {
    samenscan::core::library::Library::from_lists([school, lea])
}

fn lists() -> (Instrument, Instrument) {
    (Instrument::from_csv(STREEFDOELEN_CSV).unwrap(), Instrument::from_csv(SCREENING_LEA_CSV).unwrap())
}

/// Pieces that break decoders: odd Unicode, huge and odd numbers, swapped types, deep nesting.
const NASTY: &[&str] = &[
    "\u{0}", "\u{202e}", "\u{feff}", "🏳️‍🌈", "é", "\u{fffd}", "\\u0000", "\\ud800", "\"", "\\", "\n", "\t", ";", ",",
    "1e999999", "-0", "18446744073709551616", "-9223372036854775809", "0.1e-400", "NaN", "null", "true", "[]", "{}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{\"a\":", "\"schema\": 99", "\"format_version\": 0", "\"level\": \"9\"", "\"x7\": {}", "kind;id;nl\n", "theme;t9;;",
];

/// One change to a file.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Cut(usize, usize),
    Insert(usize, usize),
    /// Replace a quoted string, a number or a bracket with a piece of another type.
    Swap(usize, usize),
    Repeat(usize, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, bit)| Mutation::Flip(at, bit)),
        (any::<usize>(), 0usize..64).prop_map(|(at, len)| Mutation::Cut(at, len)),
        (any::<usize>(), 0..NASTY.len()).prop_map(|(at, piece)| Mutation::Insert(at, piece)),
        (any::<usize>(), 0..NASTY.len()).prop_map(|(at, piece)| Mutation::Swap(at, piece)),
        (any::<usize>(), 1usize..32, 1usize..200).prop_map(|(at, len, times)| Mutation::Repeat(at, len, times)),
    ]
}

/// The nearest char boundary at or before `at` (kept inside the text).
fn boundary(text: &[u8], at: usize) -> usize {
    if text.is_empty() { 0 } else { at % (text.len() + 1) }
}

fn apply(golden: &str, mutations: &[Mutation]) -> String {
    let mut bytes = golden.as_bytes().to_vec();
    for m in mutations {
        match *m {
            Mutation::Flip(at, bit) if !bytes.is_empty() => {
                let i = at % bytes.len();
                bytes[i] ^= 1 << (bit % 8);
            }
            Mutation::Cut(at, len) => {
                let i = boundary(&bytes, at);
                let end = (i + len).min(bytes.len());
                bytes.drain(i..end);
            }
            Mutation::Insert(at, piece) => {
                let i = boundary(&bytes, at);
                bytes.splice(i..i, NASTY[piece].bytes());
            }
            Mutation::Swap(at, piece) => {
                // From `at`, the next token start ('"', digit or bracket) up to its end.
                let i = boundary(&bytes, at);
                if let Some(start) = bytes[i..].iter().position(|b| b"\"0123456789[{".contains(b)).map(|p| p + i) {
                    let end = bytes[start + 1..].iter().position(|b| b"\",]}".contains(b)).map_or(bytes.len(), |p| start + 2 + p).min(bytes.len());
                    bytes.splice(start..end, NASTY[piece].bytes());
                }
            }
            Mutation::Repeat(at, len, times) => {
                let i = boundary(&bytes, at);
                let end = (i + len).min(bytes.len());
                let chunk = bytes[i..end].to_vec();
                for _ in 0..times {
                    bytes.splice(i..i, chunk.iter().copied());
                }
            }
            _ => {}
        }
    }
    // Decoders take text, as the browser hands it over: invalid UTF-8 becomes U+FFFD.
    String::from_utf8_lossy(&bytes).into_owned()
}

fn mutated(golden: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        // Mostly small damage to a good file, sometimes text out of nothing.
        4 => prop::collection::vec(mutation(), 1..6).prop_map(move |m| apply(golden, &m)),
        1 => prop::collection::vec(0..NASTY.len(), 0..40).prop_map(|pieces| pieces.into_iter().map(|p| NASTY[p]).collect()),
    ]
}

const PROFILE: &str = include_str!("fixtures/exchange/profiel-v1-met-opmerkingen.json");
const BACKUP: &str = include_str!("fixtures/backup/reservekopie-v1.json");
const BACKUP_WITH_GUIDES: &str = include_str!("fixtures/backup/reservekopie-v3.json");
const STORED: &str = include_str!("fixtures/storage/scan-v4.json");
const LINK: &str = include_str!("fixtures/exchange/link-v1.txt");

#[test]
fn profile_files_never_panic_and_what_opens_exports_back_the_same() {
    let (school, lea) = lists();
    fuzz(mutated(PROFILE), |text| {
        if let Ok(scan) = import_json(&text, [&school, &lea]) {
            let list = if scan.instrument.id == school.id { &school } else { &lea };
            let again = import_json(&export_json(&scan, list, "0.1.0", "2026-12-02T00:00:00Z"), [&school, &lea]);
            prop_assert_eq!(again, Ok(scan));
            return Ok(true);
        }
        Ok(false)
    });
}

#[test]
fn share_links_never_panic_and_decode_back_the_same() {
    let (school, lea) = lists();
    let payload = LINK.trim().rsplit("#/link/").next().unwrap_or(LINK.trim()).to_string();
    let payload: &'static str = Box::leak(payload.into_boxed_str());
    fuzz(mutated(payload), |text| {
        if let Ok(json) = link::decode(&text) {
            prop_assert_eq!(link::decode(&link::encode(&json)), Ok(json.clone()));
            let _ = import_json(&json, [&school, &lea]);
            return Ok(true);
        }
        Ok(false)
    });
}

#[test]
fn backups_never_panic_and_what_restores_writes_back_the_same() {
    let (school, lea) = lists();
    fuzz(prop_oneof![mutated(BACKUP), mutated(BACKUP_WITH_GUIDES)], |text| {
        if let Ok(backup) = read_backup(&text, &known(&school, &lea)) {
            let again = {
                let contents = Contents { scans: &backup.scans, workspace: &backup.workspace, lists: &backup.lists, guides: &backup.guides };
                read_backup(&write_backup(&contents, "0.1.0", &backup.created_at), &known(&school, &lea))
            };
            prop_assert_eq!(again, Ok(backup));
            return Ok(true);
        }
        Ok(false)
    });
}

#[test]
fn stored_scans_and_workspace_entries_never_panic_and_encode_back_the_same() {
    fuzz(mutated(STORED), |text| {
        let scan = decode_scan(&text);
        if let Ok(scan) = &scan {
            prop_assert_eq!(decode_scan(&encode_scan(scan)), Ok(scan.clone()));
        }
        if let Ok(entry) = decode_entry("w1", &text) {
            prop_assert_eq!(decode_entry("w1", &encode_entry(&entry)), Ok(entry));
        }
        Ok(scan.is_ok())
    });
}

#[test]
fn instrument_files_never_panic_and_what_loads_compiles_back_the_same() {
    fuzz(mutated(SCREENING_LEA_CSV), |text| {
        if let Ok(instrument) = Instrument::from_csv(&text) {
            // What the parser accepts, the check for compiled lists (storage, profiles) accepts too.
            prop_assert_eq!(samenscan::core::list_check::check_list(&instrument), Ok(()));
            prop_assert_eq!(instrument_compiled::read(&instrument_compiled::write(&instrument)), Some(instrument));
            return Ok(true);
        }
        Ok(false)
    });
}

#[test]
fn compiled_lists_from_outside_never_panic_and_what_opens_passes_the_check() {
    fuzz(mutated(samenscan::core::builtin::STREEFDOELEN.compiled), |text| {
        if let Ok(list) = samenscan::core::library::open_list(&text) {
            prop_assert_eq!(samenscan::core::list_check::check_list(&list), Ok(()));
            return Ok(true);
        }
        Ok(false)
    });
}

#[test]
fn small_stored_texts_never_panic() {
    fuzz(mutated("2026-10-01T10:00:00.000Z|2026-11-30T10:00:00.000Z"), |text| {
        let log = BackupLog::decode(&text);
        prop_assert_eq!(BackupLog::decode(&log.encode()), log.clone());
        if let Ok(place) = text.parse::<Place>() {
            prop_assert_eq!(place.to_string().parse::<Place>(), Ok(place));
        }
        let _ = text.parse::<samenscan::route::Route>();
        let _ = instrument_compiled::read(&text);
        Ok(log.last.is_some())
    });
}

/// The first key given twice in one object, in the order of the text: the rule written out
/// plainly (each object's keys in a list, at most 2,000 compared), to hold the reader to.
fn first_repeat(text: &str) -> Option<String> {
    use serde::de::{Deserializer, Error, MapAccess, SeqAccess, Visitor};
    struct Walk;
    impl<'de> serde::Deserialize<'de> for Walk {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Walk, D::Error> {
            d.deserialize_any(Walk)
        }
    }
    impl<'de> Visitor<'de> for Walk {
        type Value = Walk;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<Walk, E> { Ok(Walk) }
        fn visit_i64<E>(self, _: i64) -> Result<Walk, E> { Ok(Walk) }
        fn visit_u64<E>(self, _: u64) -> Result<Walk, E> { Ok(Walk) }
        fn visit_f64<E>(self, _: f64) -> Result<Walk, E> { Ok(Walk) }
        fn visit_str<E>(self, _: &str) -> Result<Walk, E> { Ok(Walk) }
        fn visit_unit<E>(self) -> Result<Walk, E> { Ok(Walk) }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Walk, A::Error> {
            while seq.next_element::<Walk>()?.is_some() {}
            Ok(Walk)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Walk, A::Error> {
            let mut keys: Vec<String> = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                if keys.len() < 2_000 {
                    if keys.contains(&key) {
                        return Err(A::Error::custom(format!("repeat:{}", key.chars().take(40).collect::<String>())));
                    }
                    keys.push(key);
                }
                map.next_value::<Walk>()?;
            }
            Ok(Walk)
        }
    }
    match serde_json::from_str::<Walk>(text) {
        Err(e) if e.is_data() => e.to_string().strip_prefix("repeat:").map(|rest| rest.rsplit_once(" at line").map_or(rest, |(key, _)| key).to_string()),
        _ => None,
    }
}

#[test]
fn the_one_json_reader_reads_what_serde_json_reads_and_names_the_first_key_given_twice() {
    use samenscan::core::check::read_once;
    use serde_json::Value;
    let repeats = std::cell::Cell::new(0u32);
    fuzz(prop_oneof![mutated(PROFILE), mutated(BACKUP_WITH_GUIDES), mutated(STORED)], |text| {
        let plain = serde_json::from_str::<Value>(&text);
        let read = read_once(&text, &[]);
        prop_assert_eq!(read.is_ok(), plain.is_ok(), "{}", text);
        let (Ok(read), Ok(plain)) = (read, plain) else { return Ok(false) };
        prop_assert_eq!(&read.value, &plain);
        let expected = first_repeat(&text);
        repeats.set(repeats.get() + u32::from(expected.is_some()));
        prop_assert_eq!(&read.duplicate, &expected);
        // A field left out of the top level: everything else as before, the repeat still found.
        let skipped = read_once(&text, &["scan"]).expect("read above");
        let mut without = plain;
        if let Some(object) = without.as_object_mut() {
            object.remove("scan");
        }
        prop_assert_eq!(skipped.value, without);
        prop_assert_eq!(skipped.duplicate, expected);
        Ok(true)
    });
    assert!(repeats.get() > 0, "no input had a key given twice: the search was never checked");
}
