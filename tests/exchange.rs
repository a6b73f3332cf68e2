//! The profile files: lossless JSON round trips, every bad file refused with a reason, and a CSV
//! that Dutch spreadsheets open safely.

use samenscan::core::assessment::{Action, ActionStatus, Rating, Scan};
use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::exchange::csv_export::{export_csv, neutralise};
use samenscan::core::exchange::{file_name, text_of_file};
use samenscan::core::exchange::json::{export_json, ImportError, FORMAT_VERSION, MAX_TEXT_CHARS};
use samenscan::core::instrument::Instrument;
use samenscan::core::lang::Lang;
use samenscan::core::school::{Region, Role, SchoolDetails, Sector};
use samenscan::core::stored::SCHEMA_VERSION;

/// The import as these tests use it: against the given lists, as a page has them built in.
fn import_json<'a>(text: &str, lists: impl IntoIterator<Item = &'a samenscan::core::instrument::Instrument>) -> Result<samenscan::core::assessment::Scan, samenscan::core::exchange::json::ImportError> {
    samenscan::core::exchange::json::import_json(text, &samenscan::core::library::Library::from_lists(lists)).map(|imported| imported.scan)
}


const T: &str = "2026-11-23T10:00:00.000Z";

fn instrument() -> Instrument {
    Instrument::from_csv(STREEFDOELEN_CSV).unwrap()
}

fn empty_scan(instrument: &Instrument, name: &str, sector: Sector) -> Scan {
    let details = SchoolDetails { name: name.into(), sector: Some(sector), region: Some(Region::Zuidoost), roles: vec![Role::Team, Role::Parents] };
    Scan::new("s-test".into(), instrument, details, T)
}

fn round_trip(scan: &Scan, instrument: &Instrument) -> Scan {
    let json = export_json(scan, instrument, "0.1.0", T);
    import_json(&json, [instrument]).unwrap_or_else(|e| panic!("{e:?}\n{json}"))
}

/// A tiny deterministic generator, so that generated cases are the same on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
    fn text(&mut self) -> String {
        const PIECES: [&str; 10] = ["ouders", " ", "\"citaat\"", "\n", "é ü ß", "🌷👪", "; , \t", "<script>x</script>", "=SOM(A1)", "'"];
        (0..self.next(12)).map(|_| PIECES[self.next(PIECES.len() as u64) as usize]).collect()
    }
}

#[test]
fn edge_cases_survive_a_round_trip_exactly() {
    let instrument = instrument();
    let empty = empty_scan(&instrument, "Leeg", Sector::Vve);
    assert_eq!(round_trip(&empty, &instrument), empty);

    let mut full = empty_scan(&instrument, "École \"De Brug\" 🌉 <b>", Sector::Mbo);
    full.set_rating("sd1.1", Some(Rating::Level("4".into())), T);
    full.set_rating("sd1.2", Some(Rating::Unknown), T);
    full.set_rating("sd1.3", Some(Rating::NotApplicable), T);
    full.set_note("sd2.1", "x".repeat(MAX_TEXT_CHARS), T);
    full.set_evidence("sd2.2", "regel 1\r\nregel 2\n\"quotes\" ; , \t <script>alert(1)</script> 👩‍👧".into(), T);
    let action = full.add_action("sd2", "a1".into(), T);
    full.edit_action(&action, T, |a| {
        a.what = "Plan maken 📋".into();
        a.who = "MR".into();
        a.when = "2027-03-01".into();
        a.status = ActionStatus::Doing;
    });
    assert_eq!(round_trip(&full, &instrument), full);
}

#[test]
fn generated_scans_survive_a_round_trip_exactly() {
    let instrument = instrument();
    let ids: Vec<String> = instrument.indicators_for(None).map(|i| i.id.clone()).collect();
    let mut rng = Lcg(7);
    for case in 0..200 {
        let sector = Sector::ALL[rng.next(4) as usize];
        let mut scan = empty_scan(&instrument, &format!("School {case} {}", rng.text().trim()).chars().take(100).collect::<String>(), sector);
        for id in &ids {
            match rng.next(5) {
                0 => {}
                1 => scan.set_rating(id, Some(Rating::Unknown), T),
                2 => scan.set_rating(id, Some(Rating::NotApplicable), T),
                _ => scan.set_rating(id, Some(Rating::Level((1 + rng.next(4)).to_string())), T),
            }
            if rng.next(2) == 0 {
                let note = rng.text();
                scan.set_note(id, note, T);
            }
            if rng.next(3) == 0 {
                let evidence = rng.text();
                scan.set_evidence(id, evidence, T);
            }
        }
        for n in 0..rng.next(4) {
            let goal = format!("sd{}", 1 + rng.next(11));
            scan.actions.push(Action { id: format!("a{n}"), goal, what: rng.text(), who: rng.text(), when: String::new(), status: ActionStatus::Done, peer: None });
        }
        assert_eq!(round_trip(&scan, &instrument), scan, "case {case}");
    }
}

#[test]
fn the_export_says_what_it_is() {
    let instrument = instrument();
    let json = export_json(&empty_scan(&instrument, "X", Sector::Po), &instrument, "0.1.0", T);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], "samenscan-profiel");
    assert_eq!(value["format_version"], FORMAT_VERSION);
    assert_eq!(value["app_version"], "0.1.0");
    assert_eq!(value["exported_at"], T);
    assert_eq!(value["instrument"]["id"], "streefdoelen-werkversie");
    assert_eq!(value["instrument"]["version"], "2026.1");
    assert!(value["instrument"]["note"]["nl"].as_str().unwrap().contains("niet de officiële lijst"));
}

#[test]
fn every_earlier_format_version_keeps_importing() {
    let instrument = instrument();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange");
    let mut versions = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        // Profile files; link examples (*.txt) are checked in tests/workspace.rs.
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let scan = import_json(&text, [&instrument]).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert!(!scan.details.name.is_empty());
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        versions.push(value["format_version"].as_u64().unwrap());
    }
    for version in 1..=FORMAT_VERSION {
        assert!(versions.contains(&version), "keep an example file of format version {version} in tests/fixtures/exchange");
    }
    let v1 = import_json(include_str!("fixtures/exchange/profiel-v1.json"), [&instrument]).unwrap();
    assert_eq!(v1.rating("sd1.2"), Some(&Rating::Unknown));
    assert_eq!(v1.actions[0].what, "Jaarplan maken met de MR");
    assert!(v1.answer("sd2.1").unwrap().note.starts_with("<script>"), "text stays text");
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let instrument = instrument();
    let good = export_json(&empty_scan(&instrument, "Goed", Sector::Po), &instrument, "0.1.0", T);
    let with = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    let png = String::from_utf8_lossy(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).to_string();
    let cases: Vec<(String, ImportError)> = vec![
        (String::new(), ImportError::Empty),
        ("   \n".into(), ImportError::Empty),
        ("dit is tekst".into(), ImportError::NotJson),
        ("School;Thema\nDe Linde;Visie\n".into(), ImportError::NotJson),
        (png, ImportError::NotJson),
        ("[".repeat(100_000), ImportError::NotJson),
        ("{\"name\": \"iets anders\"}".into(), ImportError::NotAProfile),
        ("[1, 2, 3]".into(), ImportError::NotAProfile),
        (with("\"format_version\": 1", "\"format_version\": 99"), ImportError::Newer { found: 99 }),
        (with("\"format_version\": 1", "\"format_version\": \"1\""), ImportError::Invalid("format_version".into())),
        (with(&format!("\"schema\": {SCHEMA_VERSION}"), "\"schema\": 99"), ImportError::Newer { found: 1 }),
    ];
    for (text, expected) in cases {
        assert_eq!(import_json(&text, [&instrument]), Err(expected), "{}", text.chars().take(80).collect::<String>());
    }
    let huge = format!("{{\"format\":\"samenscan-profiel\",\"pad\":\"{}\"}}", "x".repeat(20 * 1024 * 1024));
    assert_eq!(import_json(&huge, [&instrument]), Err(ImportError::TooLarge));

    // Wrong shapes inside a real envelope: all refused as damaged, none half-imported.
    let scan_json = |scan: &Scan| export_json(scan, &instrument, "0.1.0", T);
    let mut unknown_level = empty_scan(&instrument, "X", Sector::Po);
    unknown_level.set_rating("sd1.1", Some(Rating::Level("9".into())), T);
    let mut long_note = empty_scan(&instrument, "X", Sector::Po);
    long_note.set_note("sd1.1", "x".repeat(MAX_TEXT_CHARS + 1), T);
    let mut bad_id = empty_scan(&instrument, "X", Sector::Po);
    bad_id.id = "<img src=x>".into();
    for text in [
        scan_json(&unknown_level),
        scan_json(&long_note),
        scan_json(&bad_id),
        with("\"sector\": \"po\"", "\"sector\": \"hbo\""),
        with("\"name\": \"Goed\"", "\"name\": \"\""),
        with("\"answers\": {}", "\"answers\": []"),
    ] {
        assert!(matches!(import_json(&text, [&instrument]), Err(ImportError::Invalid(_) | ImportError::Breach(_))), "{text}");
    }
    // Another version of the list than the one the file carries: refused as damaged.
    let other_version = with("\"version\": \"2026.1\"\n    },\n    \"details\"", "\"version\": \"1999\"\n    },\n    \"details\"");
    assert!(matches!(import_json(&other_version, [&instrument]), Err(ImportError::Invalid(_))));
    // A file without its list, on a list this browser does not have: the list is named.
    let mut without_list: serde_json::Value = serde_json::from_str(&other_version).unwrap();
    without_list.as_object_mut().unwrap().remove("list");
    assert_eq!(
        import_json(&without_list.to_string(), [&instrument]),
        Err(ImportError::UnknownInstrument {
            id: "streefdoelen-werkversie".into(),
            version: "1999".into(),
            title: "Streefdoelen ouderbetrokkenheid (werkversie)".into()
        })
    );
}

#[test]
fn every_import_error_has_a_message_in_both_languages() {
    let errors = [
        ImportError::Empty,
        ImportError::TooLarge,
        ImportError::NotJson,
        ImportError::NotAProfile,
        ImportError::Newer { found: 3 },
        ImportError::UnknownInstrument { id: "x".into(), version: "1".into(), title: "Lijst X".into() },
        ImportError::BadList(samenscan::core::list_check::ListFault::BadScale),
        ImportError::ChangedBuiltIn { id: "x".into(), version: "1".into() },
        ImportError::Invalid("level 9".into()),
    ];
    for e in errors {
        let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
        assert!(!nl.is_empty() && !en.is_empty() && nl != en);
    }
}

#[test]
fn the_csv_opens_in_dutch_excel_and_runs_no_formula() {
    let instrument = instrument();
    let mut scan = empty_scan(&instrument, "=HYPERLINK(\"http://x\")", Sector::Po);
    scan.set_rating("sd1.1", Some(Rating::Level("3".into())), T);
    scan.set_note("sd1.1", "+31 6 1234".into(), T);
    scan.set_evidence("sd1.1", "regel 1\nregel 2; \"citaat\"".into(), T);
    scan.set_rating("sd1.2", Some(Rating::Unknown), T);
    scan.set_note("sd1.2", "@SOM(A1)".into(), T);
    scan.set_evidence("sd1.2", "-1".into(), T);
    scan.set_note("sd1.3", "\tverstopt".into(), T);
    scan.set_evidence("sd1.3", "\rterug".into(), T);
    let csv = export_csv(&scan, &instrument, Lang::Nl);

    assert!(csv.starts_with('\u{feff}'), "UTF-8 byte order mark for Excel");
    let body = &csv['\u{feff}'.len_utf8()..];
    assert!(body.starts_with("School of locatie;Lijst;Versie;Thema;Streefdoel;"));
    assert!(body.contains("\r\n"));
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), instrument.indicators_for(Some(Sector::Po)).count(), "one row per indicator");
    let row = |id: &str| rows.iter().find(|r| &r[5] == id).unwrap().clone();
    assert_eq!(&row("sd1.1")[0], "'=HYPERLINK(\"http://x\")");
    assert_eq!(&row("sd1.1")[7], "3");
    assert_eq!(&row("sd1.1")[8], "In gesprek");
    assert_eq!(&row("sd1.1")[10], "'+31 6 1234");
    assert_eq!(&row("sd1.1")[11], "regel 1\nregel 2; \"citaat\"");
    assert_eq!(&row("sd1.2")[9], "weet niet");
    assert_eq!(&row("sd1.2")[10], "'@SOM(A1)");
    assert_eq!(&row("sd1.2")[11], "'-1");
    assert_eq!(&row("sd1.3")[10], "'\tverstopt");
    assert_eq!(&row("sd1.3")[11], "'\rterug");
    // No cell of any row starts a formula.
    for record in &rows {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
    let english = export_csv(&scan, &instrument, Lang::En);
    assert!(english.contains("School or location;List;Version"));
    assert_eq!(neutralise("gewone tekst"), "gewone tekst");
}

#[test]
fn file_names_say_school_instrument_and_date() {
    let instrument = instrument();
    let scan = empty_scan(&instrument, "OBS Één & Twee / Noord", Sector::Po);
    assert_eq!(
        file_name(&scan, &instrument, T, "json"),
        "samenscan_obs-een-twee-noord_streefdoelen-werkversie-2026.1_2026-11-23.json"
    );
    let odd = empty_scan(&instrument, "///", Sector::Po);
    assert_eq!(file_name(&odd, &instrument, T, "csv"), "samenscan_scan_streefdoelen-werkversie-2026.1_2026-11-23.csv");
}

/// The profile file of a scan, with its JSON changed by `edit` (on the parsed value).
fn edited_file(scan: &Scan, instrument: &Instrument, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&export_json(scan, instrument, "0.1.0", T)).unwrap();
    edit(&mut value["scan"]);
    value.to_string()
}

#[test]
fn a_profile_must_fit_its_list_and_says_what_does_not() {
    use samenscan::core::check::Breach;
    let instrument = instrument();
    let mut scan = empty_scan(&instrument, "De Linde", Sector::Po);
    scan.set_rating("sd1.1", Some(Rating::Level("3".into())), T);
    scan.add_action("sd1", "a1".into(), T);
    let refused = |text: String| import_json(&text, [&instrument]).unwrap_err();

    let extra = edited_file(&scan, &instrument, |s| s["answers"]["x7"] = serde_json::json!({"note": "?"}));
    let error = refused(extra);
    assert_eq!(error, ImportError::Breach(Breach::UnknownIndicator("x7".into())));
    assert_eq!(error.message(Lang::Nl), "Het profiel is niet geopend. Het profiel noemt indicator 'x7' die niet in de lijst staat.");
    assert!(error.message(Lang::En).contains("indicator 'x7', which is not in the list"));

    let flood = edited_file(&scan, &instrument, |s| {
        for n in 0..50_000 {
            s["answers"][format!("nep{n}")] = serde_json::json!({"rating": "unknown"});
        }
    });
    assert!(matches!(refused(flood), ImportError::Breach(Breach::UnknownIndicator(_))));

    let level = edited_file(&scan, &instrument, |s| s["answers"]["sd1.1"]["rating"] = serde_json::json!({"level": "7"}));
    assert_eq!(refused(level), ImportError::Breach(Breach::UnknownLevel { indicator: "sd1.1".into(), level: "7".into() }));

    let json = export_json(&scan, &instrument, "0.1.0", T);
    let twice = json.replacen("\"answers\": {", "\"answers\": {\n      \"sd1.1\": { \"rating\": \"unknown\" },", 1);
    assert_eq!(refused(twice), ImportError::Breach(Breach::Duplicate("sd1.1".into())));

    let goal = edited_file(&scan, &instrument, |s| s["actions"][0]["goal"] = serde_json::json!("sd99"));
    assert_eq!(refused(goal), ImportError::Breach(Breach::UnknownGoal("sd99".into())));
    let comment = edited_file(&scan, &instrument, |s| s["feedback"] = serde_json::json!({"goals": {"zz": "tekst"}}));
    assert_eq!(refused(comment), ImportError::Breach(Breach::UnknownGoal("zz".into())));
    let plan = edited_file(&scan, &instrument, |s| {
        let row = s["actions"][0].clone();
        s["actions"] = serde_json::Value::Array((0..501).map(|n| { let mut r = row.clone(); r["id"] = format!("a{n}").into(); r }).collect());
    });
    assert_eq!(refused(plan), ImportError::Breach(Breach::TooManyActions));
    let view = edited_file(&scan, &instrument, |s| s["meeting"] = serde_json::json!({"views": {"x1": {"gemeente": "unknown"}}}));
    assert_eq!(refused(view), ImportError::Breach(Breach::UnknownIndicator("x1".into())));
}

#[test]
fn a_key_named_twice_is_found_wherever_it_is_in_one_reading_of_the_file() {
    use samenscan::core::check::{read_once, Breach};
    // The one reading gives the value serde_json gives, the last of a repeated key kept as there.
    for text in [
        r#"{"a": [1, -2, 3.5, true, null, "x\u00e9"], "b": {"c": {}, "d": []}, "e": 18446744073709551615}"#,
        r#"[{"a": 1}, {"a": 2}]"#,
        r#""alleen tekst""#,
        r#"{"a": 1, "a": 2}"#,
    ] {
        let read = read_once(text, &[]).unwrap();
        assert_eq!(read.value, serde_json::from_str::<serde_json::Value>(text).unwrap(), "{text}");
    }
    assert_eq!(read_once(r#"{"a": 1, "a": 2}"#, &[]).unwrap().duplicate.as_deref(), Some("a"));
    assert_eq!(read_once(r#"[{"a": 1}, {"a": 2}]"#, &[]).unwrap().duplicate, None, "the same key in two objects is no repeat");
    // A key written with an escape is the same key; the first repeat is the one named.
    let nested = r#"{"x": {"y": [{"s\u0064": 1, "sd": 2}]}, "z": 1, "z": 2}"#;
    assert_eq!(read_once(nested, &[]).unwrap().duplicate.as_deref(), Some("sd"));
    let inside = r#"{"a": 1, "a": {"b": 1, "b": 2}}"#;
    assert_eq!(read_once(inside, &[]).unwrap().duplicate.as_deref(), Some("a"), "the first in the text, before what its value holds");
    // A field left out is still read and checked, only not kept.
    let skipped = read_once(r#"{"scan": {"k": 1, "k": 2}, "format": "f"}"#, &["scan"]).unwrap();
    assert_eq!(skipped.value, serde_json::json!({"format": "f"}));
    assert_eq!(skipped.duplicate.as_deref(), Some("k"));
    assert!(read_once(r#"{"a": 1} x"#, &[]).is_err(), "text after the document is no JSON");
    assert!(read_once(&"[".repeat(200), &[]).is_err(), "too deep is refused, not a crash");

    // In a profile file: a repeat anywhere, outside the scan too, refuses it by name.
    let instrument = instrument();
    let mut scan = empty_scan(&instrument, "De Linde", Sector::Po);
    scan.set_rating("sd1.1", Some(Rating::Level("3".into())), T);
    let json = export_json(&scan, &instrument, "0.1.0", T);
    let refused = |text: String| import_json(&text, [&instrument]).unwrap_err();
    let top = json.replacen("\"format_version\": 1,", "\"format_version\": 1, \"format_version\": 1,", 1);
    assert_eq!(refused(top), ImportError::Breach(Breach::Duplicate("format_version".into())));
    let escaped = json.replacen("\"answers\": {", "\"answers\": {\n      \"sd1\\u002e1\": { \"rating\": \"unknown\" },", 1);
    assert_eq!(refused(escaped), ImportError::Breach(Breach::Duplicate("sd1.1".into())));
    // A file that is no profile says so first, whatever else is wrong with it.
    assert_eq!(refused(r#"{"format": "iets", "a": 1, "a": 1}"#.into()), ImportError::NotAProfile);
    assert_eq!(refused("{\"format\": ".into()), ImportError::NotJson);
}

#[test]
fn answers_kept_for_another_sector_stay_home_and_the_profile_still_opens() {
    // A list with one indicator for all sectors and one only for po.
    let csv = "kind;id;parent;sector;value;nl;en;help_nl;help_en\ninstrument;mijn-lijst;school;;1.0;Lijst;List;Eigen lijst;Own list\nscale;1;;;1;Nee;No;Niet;Not\nscale;2;;;2;Ja;Yes;Wel;Yes\ntheme;t;;;;Thema;Theme;;\ngoal;g;t;;;Doel;Goal;;\nindicator;g.1;g;;;Voor iedereen;For all;;\nindicator;g.2;g;po;;Alleen po;Primary only;;\n";
    let instrument = Instrument::from_csv(csv).unwrap();
    let mut scan = empty_scan(&instrument, "De Linde", Sector::Po);
    scan.set_note("g.2", "voor po".into(), T);
    scan.set_rating("g.1", Some(Rating::Level("2".into())), T);
    scan.details.sector = Some(Sector::Vve);
    let opened = round_trip(&scan, &instrument);
    assert!(opened.answer("g.2").is_none(), "not part of the VVE profile");
    assert_eq!(opened.rating("g.1"), Some(&Rating::Level("2".into())));
    assert!(scan.answer("g.2").is_some(), "the scan at home keeps it");
    // A file that carries it anyway is refused with the reason.
    let file = edited_file(&scan, &instrument, |s| s["answers"]["g.2"] = serde_json::json!({"note": "x"}));
    let error = import_json(&file, [&instrument]).unwrap_err();
    assert_eq!(error, ImportError::Breach(samenscan::core::check::Breach::OtherSector("g.2".into())));
    assert!(error.message(Lang::Nl).contains("hoort niet bij de sector"));
}

#[test]
fn every_breach_has_a_message_in_both_languages() {
    use samenscan::core::check::Breach;
    let breaches = [
        Breach::BadId("x".into()),
        Breach::BadName,
        Breach::UnknownIndicator("x7".into()),
        Breach::OtherSector("g.2".into()),
        Breach::UnknownLevel { indicator: "sd1.1".into(), level: "9".into() },
        Breach::UnknownGoal("sd99".into()),
        Breach::TextTooLong { place: "sd1.1".into() },
        Breach::TooManyActions,
        Breach::Duplicate("sd1.1".into()),
    ];
    for breach in breaches {
        let (nl, en) = (breach.message(Lang::Nl), breach.message(Lang::En));
        assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{breach:?}");
        assert!(!nl.contains("Breach") && !nl.contains("_"), "plain words, no field names: {nl}");
    }
}

#[test]
fn formula_payloads_in_a_loaded_lists_own_texts_never_reach_a_spreadsheet_as_formulas() {
    let noord = include_str!("fixtures/lists/ep-noord-streefdoelen.csv")
        .replace("Streefdoelen ExpertisePunt Noord (testlijst)", "=HYPERLINK(\"http://x\";\"lijst\")")
        .replace("Welkom en contact", "+Welkom")
        .replace("Een warme start", "@SOM(A1)")
        .replace("Elk nieuw gezin krijgt een kennismakingsgesprek.", "-1 gesprek")
        .replace("Begin;Start", "=1+1;Start");
    let list = Instrument::from_csv(&noord).expect("payloads are only text");
    let mut scan = empty_scan(&list, "De Noordster", Sector::Po);
    scan.set_rating("n1.1", Some(Rating::Level("begin".into())), T);
    let csv = export_csv(&scan, &list, Lang::Nl);
    let body = &csv['\u{feff}'.len_utf8()..];
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    for record in &rows {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
    assert!(body.contains("'=HYPERLINK"), "the text stays, made harmless");
    assert!(body.contains("'=1+1"));
}

/// The workspace reads many files as bytes: they must come out as the browser's own text reading
/// gives them, so that a file opens the same way whichever path read it.
#[test]
fn file_bytes_read_as_the_browser_reads_text() {
    assert_eq!(text_of_file("Basisschool 't Fonteintje – één".as_bytes().to_vec()), "Basisschool 't Fonteintje – één");
    // A byte order mark (as spreadsheet programs write) is dropped; only the first one.
    assert_eq!(text_of_file(b"\xef\xbb\xbf{\"a\":1}".to_vec()), "{\"a\":1}");
    assert_eq!(text_of_file(b"\xef\xbb\xbf\xef\xbb\xbfx".to_vec()), "\u{feff}x");
    // Not UTF-8 (a Latin-1 "ë", a cut-off character): replaced, never guessed or dropped.
    assert_eq!(text_of_file(b"Br\xebgge".to_vec()), "Br\u{fffd}gge");
    assert_eq!(text_of_file(b"caf\xc3".to_vec()), "caf\u{fffd}");
    assert_eq!(text_of_file(Vec::new()), "");
}
