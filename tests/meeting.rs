//! The LEA screening as a meeting: individual views and their spread, agreed actions per
//! partner, and storage and files for screenings.

use samenscan::core::assessment::{Rating, Scan};
use samenscan::core::exchange::json::{export_json};
use samenscan::core::instrument::Instrument;
use samenscan::core::meeting::{actions_by_partner, Meeting, Partner};
use samenscan::core::stored::decode_scan;

const T: &str = "2026-11-23T10:00:00.000Z";
use samenscan::core::builtin::SCREENING_LEA_CSV as LEA_CSV;

/// The import as these tests use it: against the given lists, as a page has them built in.
fn import_json<'a>(text: &str, lists: impl IntoIterator<Item = &'a samenscan::core::instrument::Instrument>) -> Result<samenscan::core::assessment::Scan, samenscan::core::exchange::json::ImportError> {
    samenscan::core::exchange::json::import_json(text, &samenscan::core::library::Library::from_lists(lists)).map(|imported| imported.scan)
}


fn lea() -> Instrument {
    Instrument::from_csv(LEA_CSV).unwrap()
}

fn level(code: &str) -> Option<Rating> {
    Some(Rating::Level(code.into()))
}

fn screening(instrument: &Instrument) -> Scan {
    let meeting = Meeting { date: "2026-11-23".into(), partners: vec![Partner::Municipality, Partner::BoardPrimary, Partner::Parents], ..Meeting::default() };
    Scan::new_screening("s-lea".into(), instrument, "  Gemeente Zaanstad ", meeting, T)
}

#[test]
fn a_screening_has_no_sector_and_every_question_applies() {
    let instrument = lea();
    let scan = screening(&instrument);
    assert!(scan.is_screening());
    assert_eq!(scan.details.name, "Gemeente Zaanstad");
    assert_eq!(scan.details.sector, None);
    assert_eq!(scan.progress(&instrument).total, instrument.indicators_for(None).count());
    assert_eq!(scan.progress(&instrument).total, 31);
}

#[test]
fn the_spread_shows_how_far_the_partners_views_lie_apart() {
    let instrument = lea();
    let mut meeting = Meeting::default();
    meeting.set_view("l1.1", Partner::Municipality, level("ja"));
    meeting.set_view("l1.1", Partner::BoardPrimary, level("deels"));
    meeting.set_view("l1.1", Partner::Parents, level("nee"));
    meeting.set_view("l1.1", Partner::Library, Some(Rating::Unknown));
    let spread = meeting.spread("l1.1", &instrument);
    assert_eq!(spread.levels, vec![("nee".to_string(), 1), ("deels".to_string(), 1), ("ja".to_string(), 1)]);
    assert_eq!((spread.given, spread.unknown, spread.steps), (4, 1, 2));

    meeting.set_view("l1.2", Partner::Municipality, level("ja"));
    meeting.set_view("l1.2", Partner::Parents, level("ja"));
    assert_eq!(meeting.spread("l1.2", &instrument).steps, 0, "all agree");
    // Taking a view back removes it; an empty question has no spread.
    meeting.set_view("l1.2", Partner::Municipality, None);
    meeting.set_view("l1.2", Partner::Parents, None);
    assert!(!meeting.views.contains_key("l1.2"));
    assert_eq!(meeting.spread("l1.2", &instrument).given, 0);
}

#[test]
fn agreed_actions_are_grouped_by_the_partner_who_takes_them_up() {
    let instrument = lea();
    let mut scan = screening(&instrument);
    let step = |scan: &mut Scan, id: &str, owner: Option<Partner>, text: &str, due: &str| {
        scan.edit_answer(id, T, |a| {
            a.owner = owner;
            a.next_step = text.into();
            a.due = due.into();
        })
    };
    step(&mut scan, "l9.2", Some(Partner::Library), "Taalcafé voor ouders", "2027-04-01");
    step(&mut scan, "l1.1", Some(Partner::Municipality), "Visie op papier", "2027-01-15");
    step(&mut scan, "l3.1", Some(Partner::Municipality), "Ouderbeleid VVE-locaties", "");
    step(&mut scan, "l8.2", None, "Sleutelfiguren zoeken", "");
    step(&mut scan, "l2.1", Some(Partner::Parents), "   ", ""); // no step written: not an action
    let grouped = actions_by_partner(&scan, &instrument);
    let summary: Vec<(Option<Partner>, Vec<&str>)> =
        grouped.iter().map(|(p, a)| (*p, a.iter().map(|a| a.indicator.as_str()).collect())).collect();
    assert_eq!(
        summary,
        vec![
            (Some(Partner::Municipality), vec!["l1.1", "l3.1"]),
            (Some(Partner::Library), vec!["l9.2"]),
            (None, vec!["l8.2"]),
        ]
    );
    assert_eq!(grouped[0].1[0].due, "2027-01-15");
}

#[test]
fn a_screening_survives_storage_and_files_with_its_meeting() {
    let instrument = lea();
    let mut scan = screening(&instrument);
    scan.set_rating("l1.1", level("deels"), T);
    scan.edit_answer("l1.1", T, |a| {
        a.owner = Some(Partner::Municipality);
        a.next_step = "Visie bespreken".into();
    });
    scan.meeting.as_mut().unwrap().set_view("l1.1", Partner::Parents, level("nee"));
    let stored = samenscan::core::stored::encode_scan(&scan);
    assert_eq!(decode_scan(&stored), Ok(scan.clone()));
    let json = export_json(&scan, &instrument, "0.1.0", T);
    assert_eq!(import_json(&json, [&instrument]), Ok(scan.clone()));
    // A view with a level the list does not have is refused.
    let bad = json.replace("\"level\": \"nee\"", "\"level\": \"misschien\"");
    assert!(import_json(&bad, [&instrument]).is_err());
}

#[test]
fn the_csv_of_a_screening_carries_who_what_and_when() {
    let instrument = lea();
    let mut scan = screening(&instrument);
    scan.set_rating("l1.1", level("ja"), T);
    scan.edit_answer("l1.1", T, |a| {
        a.owner = Some(Partner::Library);
        a.next_step = "=Leesplan maken".into();
        a.due = "2027-05-01".into();
    });
    let csv = samenscan::core::exchange::csv_export::export_csv(&scan, &instrument, samenscan::core::lang::Lang::Nl);
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(";Wie pakt het op?;Volgende stap;Klaar op"), "{header}");
    let row = csv.lines().find(|l| l.contains(";l1.1;")).unwrap();
    assert!(row.ends_with(";Bibliotheek;'=Leesplan maken;2027-05-01"), "{row}");
    assert_eq!(csv.lines().count(), 1 + 31);
}

#[test]
fn the_frozen_version_three_screening_keeps_loading() {
    let scan = decode_scan(include_str!("fixtures/storage/scan-v3.json")).unwrap();
    let meeting = scan.meeting.as_ref().unwrap();
    assert_eq!(meeting.partners, vec![Partner::Municipality, Partner::BoardPrimary, Partner::Parents]);
    assert_eq!(meeting.view("l1.1", Partner::Parents), Some(&Rating::Level("nee".into())));
    assert_eq!(scan.answer("l1.1").unwrap().owner, Some(Partner::Municipality));
    assert_eq!(scan.details.sector, None);
}
