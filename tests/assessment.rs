//! Answers, progress and the list of scans; the stored form and its versions.

use samenscan::core::assessment::{Rating, Scan, Scans, Status};
use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::instrument::Instrument;
use samenscan::core::school::{Region, Role, SchoolDetails, Sector};
use samenscan::core::stored::{current_scan, decode_scan, decode_stored_value, encode_scan, DecodeError, READS_AS_CURRENT_FROM, SCHEMA_VERSION};

const T0: &str = "2026-11-23T09:00:00.000Z";
const T1: &str = "2026-11-23T09:05:00.000Z";

fn instrument() -> Instrument {
    Instrument::from_csv(STREEFDOELEN_CSV).expect("shipped instrument loads")
}

fn details(name: &str, sector: Sector) -> SchoolDetails {
    SchoolDetails { name: name.into(), sector: Some(sector), region: Some(Region::Midden), roles: vec![Role::Team] }
}

fn level(code: &str) -> Option<Rating> {
    Some(Rating::Level(code.into()))
}

#[test]
fn a_new_scan_is_not_started() {
    let instrument = instrument();
    let scan = Scan::new("s1".into(), &instrument, details("De Linde", Sector::Po), T0);
    let progress = scan.progress(&instrument);
    assert_eq!(progress.answered, 0);
    assert_eq!(progress.total, instrument.indicators_for(Some(Sector::Po)).count());
    assert_eq!(progress.status(), Status::NotStarted);
    assert_eq!(scan.instrument, instrument.reference());
}

#[test]
fn weet_niet_and_nvt_count_as_answered_but_notes_alone_do_not() {
    let instrument = instrument();
    let mut scan = Scan::new("s1".into(), &instrument, details("De Linde", Sector::Po), T0);
    let goal = &instrument.themes[0].goals[0];
    let ids: Vec<&str> = goal.indicators_for(Some(Sector::Po)).map(|i| i.id.as_str()).collect();

    scan.set_note(ids[0], "alleen een toelichting".into(), T1);
    assert_eq!(scan.goal_progress(goal).answered, 0);
    assert_eq!(scan.updated_at, T1);

    scan.set_rating(ids[0], Some(Rating::Unknown), T1);
    scan.set_rating(ids[1], Some(Rating::NotApplicable), T1);
    assert_eq!(scan.goal_progress(goal).status(), Status::InProgress);
    scan.set_rating(ids[2], level("4"), T1);
    assert_eq!(scan.goal_progress(goal).status(), Status::Done);
    assert_eq!(scan.theme_progress(&instrument.themes[0]).status(), Status::InProgress);
    // The note stays beside the rating; "weet niet" is kept as its own answer.
    assert_eq!(scan.answer(ids[0]).unwrap().note, "alleen een toelichting");
    assert_eq!(scan.rating(ids[0]), Some(&Rating::Unknown));
}

#[test]
fn clearing_everything_removes_the_answer() {
    let instrument = instrument();
    let mut scan = Scan::new("s1".into(), &instrument, details("X", Sector::Vo), T0);
    scan.set_rating("sd1.1", level("2"), T1);
    scan.set_evidence("sd1.1", "plan".into(), T1);
    scan.set_rating("sd1.1", None, T1);
    scan.set_evidence("sd1.1", "  ".into(), T1);
    assert!(scan.answers.is_empty());
}

#[test]
fn progress_follows_the_sector() {
    let instrument = instrument();
    let vve = Scan::new("a".into(), &instrument, details("A", Sector::Vve), T0);
    let mbo = Scan::new("b".into(), &instrument, details("B", Sector::Mbo), T0);
    assert_eq!(vve.progress(&instrument).total, instrument.indicators_for(Some(Sector::Vve)).count());
    assert_eq!(mbo.progress(&instrument).total, instrument.indicators_for(Some(Sector::Mbo)).count());
    assert_eq!(vve.progress(&instrument).percent(), 0);
}

#[test]
fn resume_goes_to_the_last_goal_or_the_first_open_one() {
    let instrument = instrument();
    let mut scan = Scan::new("s".into(), &instrument, details("A", Sector::Po), T0);
    assert_eq!(scan.resume_goal(&instrument).unwrap().id, "sd1");
    for indicator in instrument.themes[0].goals[0].indicators_for(Some(Sector::Po)) {
        scan.set_rating(&indicator.id, level("3"), T1);
    }
    assert_eq!(scan.resume_goal(&instrument).unwrap().id, "sd2");
    scan.visit_goal("sd7");
    assert_eq!(scan.resume_goal(&instrument).unwrap().id, "sd7");
}

#[test]
fn rename_copy_delete_and_undo() {
    let instrument = instrument();
    let mut scans = Scans::default();
    scans.add(Scan::new("a".into(), &instrument, details("Locatie Noord", Sector::Po), T0));
    scans.add(Scan::new("b".into(), &instrument, details("Locatie Zuid", Sector::Po), T0));
    scans.get_mut("a").unwrap().set_rating("sd1.1", level("3"), T0);

    assert!(!scans.get_mut("a").unwrap().rename("   ", T1));
    assert!(scans.get_mut("a").unwrap().rename(" Noord 2026 ", T1));
    assert_eq!(scans.get("a").unwrap().details.name, "Noord 2026");

    let copy = scans.duplicate("a", "c".into(), "Kopie van Noord 2026", T1).unwrap().clone();
    assert_eq!(copy.answers, scans.get("a").unwrap().answers);
    assert_eq!(copy.details.name, "Kopie van Noord 2026");
    assert_eq!(scans.by_last_change()[0].id, "a");

    let (index, removed) = scans.remove("b").unwrap();
    assert!(scans.get("b").is_none());
    scans.restore(index, removed);
    assert_eq!(scans.0[1].id, "b");
    assert!(scans.remove("zz").is_none());
}

#[test]
fn a_scan_survives_storage_exactly() {
    let instrument = instrument();
    let mut scan = Scan::new("s1".into(), &instrument, details("Émile \"quote\" 🌷 <b>", Sector::Mbo), T0);
    scan.set_rating("sd1.1", level("4"), T1);
    scan.set_note("sd1.1", "regel 1\nregel 2; \"citaat\" <script>alert(1)</script>".into(), T1);
    scan.set_rating("sd3.1", Some(Rating::NotApplicable), T1);
    scan.set_rating("sd3.2", Some(Rating::Unknown), T1);
    scan.visit_goal("sd3");
    assert_eq!(decode_scan(&encode_scan(&scan)), Ok(scan));
}

#[test]
fn the_first_stored_version_keeps_loading() {
    let raw = include_str!("fixtures/storage/scan-v1.json");
    let scan = decode_scan(raw).expect("schema 1 fixture loads");
    assert_eq!(scan.details.sector, Some(Sector::Vve));
    assert_eq!(scan.details.region, Some(Region::Noordoost));
    assert_eq!(scan.rating("sd1.1"), Some(&Rating::Level("3".into())));
    assert_eq!(scan.rating("sd1.2"), Some(&Rating::Unknown));
    assert_eq!(scan.rating("sd1.3"), Some(&Rating::NotApplicable));
    assert_eq!(scan.answer("sd2.1").unwrap().rating, None);
    assert!(scan.answer("sd1.1").unwrap().note.contains("<b>tags</b>"));
    assert_eq!(scan.last_goal.as_deref(), Some("sd2"));
}

#[test]
fn unreadable_stored_values_are_reported_not_guessed() {
    let newer = format!("{{\"schema\":{},\"scan\":{{}}}}", SCHEMA_VERSION + 1);
    assert_eq!(decode_scan(&newer), Err(DecodeError::Newer { found: SCHEMA_VERSION + 1 }));
    for raw in [
        "",
        "not json",
        "{}",
        "{\"schema\":\"1\",\"scan\":{}}",
        "{\"schema\":0,\"scan\":{}}",
        "{\"schema\":1}",
        "{\"schema\":1,\"scan\":{\"id\":\"x\"}}",
        "[1,2,3]",
        "{\"schema\":1,\"scan\":{\"id\":\"\",\"instrument\":{\"id\":\"a\",\"version\":\"1\"},\"details\":{\"name\":\"a\",\"sector\":\"po\"},\"created_at\":\"\",\"updated_at\":\"\"}}",
        "{\"schema\":1,\"scan\":{\"id\":\"x\",\"instrument\":{\"id\":\"a\",\"version\":\"1\"},\"details\":{\"name\":\"a\",\"sector\":\"hbo\"},\"created_at\":\"\",\"updated_at\":\"\"}}",
    ] {
        assert!(matches!(decode_scan(raw), Err(DecodeError::Corrupt(_))), "should be corrupt: {raw}");
    }
}

#[test]
fn schema_one_gains_an_empty_action_plan_and_schema_two_keeps_its_plan() {
    let v1 = decode_scan(include_str!("fixtures/storage/scan-v1.json")).unwrap();
    assert!(v1.actions.is_empty());
    let v2 = decode_scan(include_str!("fixtures/storage/scan-v2.json")).unwrap();
    assert_eq!(v2.actions.len(), 1);
    assert_eq!(v2.actions[0].who, "Directie");
    assert_eq!(v2.actions[0].status, samenscan::core::assessment::ActionStatus::Doing);
    // What this build writes is the newest schema.
    let written: serde_json::Value = serde_json::from_str(&encode_scan(&v1)).unwrap();
    assert_eq!(written["schema"], SCHEMA_VERSION);
}

/// The one-pass read (`current_scan`) must give what the migrations give, for every frozen stored
/// version it takes and for the frozen profile files; older ones it leaves to the migrations.
#[test]
fn the_one_pass_read_agrees_with_the_migrations_for_every_frozen_version() {
    let stored = [
        include_str!("fixtures/storage/scan-v1.json"),
        include_str!("fixtures/storage/scan-v2.json"),
        include_str!("fixtures/storage/scan-v3.json"),
        include_str!("fixtures/storage/scan-v4.json"),
        include_str!("fixtures/storage/scan-v5.json"),
    ];
    let files = [include_str!("fixtures/exchange/profiel-v1.json"), include_str!("fixtures/exchange/profiel-v1-met-opmerkingen.json")];
    let mut versions_seen = Vec::new();
    for raw in stored.iter().chain(&files) {
        let value: serde_json::Value = serde_json::from_str(raw).unwrap();
        let schema = value["schema"].as_u64().unwrap();
        let careful = decode_stored_value(serde_json::json!({ "schema": schema, "scan": value["scan"].clone() })).unwrap();
        match current_scan(raw) {
            Some(fast) => {
                assert!(schema >= READS_AS_CURRENT_FROM, "schema {schema} is read in one pass, but it is older than READS_AS_CURRENT_FROM");
                assert_eq!(fast, careful, "schema {schema} reads differently in one pass");
            }
            None => assert!(schema < READS_AS_CURRENT_FROM, "schema {schema} should be read in one pass"),
        }
        versions_seen.push(schema);
    }
    // Every schema this build knows has a frozen example here (stored.rs asks for one per bump).
    assert!((1..=SCHEMA_VERSION).all(|v| versions_seen.contains(&v)), "a frozen example is missing: {versions_seen:?}");
    // Newer, or not a scan at all: the careful path decides.
    assert_eq!(current_scan(&format!("{{\"schema\":{},\"scan\":{{}}}}", SCHEMA_VERSION + 1)), None);
    assert_eq!(current_scan("{\"schema\":0,\"scan\":{}}"), None);
}
