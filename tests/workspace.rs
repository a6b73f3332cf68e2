//! The adviser workspace (issue 5): opening many files, the side-by-side overview and its CSV,
//! the adviser's comments travelling to the school, and profiles as links.

use samenscan::core::check::Breach;
use samenscan::core::assessment::{Rating, Scan, Scans};
use samenscan::core::builtin::{SCREENING_LEA_CSV, STREEFDOELEN_CSV};
use samenscan::core::compare::{side_by_side, sort_rows, Cell, SortBy};
use samenscan::core::exchange::csv_export::overview_csv;
use samenscan::core::exchange::json::{export_json, export_json_compact, ImportError};
use samenscan::core::exchange::link::{self, LinkError, MAX_LINK_CHARS};
use samenscan::core::instrument::Instrument;
use samenscan::core::lang::Lang;
use samenscan::core::school::{SchoolDetails, Sector};
use samenscan::core::stored::{decode_scan, encode_scan};
use samenscan::core::workspace::{decode_entry, encode_entry, Opened, Workspace};

/// The import as these tests use it: against the given lists, as a page has them built in.
fn import_json<'a>(text: &str, lists: impl IntoIterator<Item = &'a samenscan::core::instrument::Instrument>) -> Result<samenscan::core::assessment::Scan, samenscan::core::exchange::json::ImportError> {
    samenscan::core::exchange::json::import_json(text, &samenscan::core::library::Library::from_lists(lists)).map(|imported| imported.scan)
}


const T: &str = "2026-11-23T10:00:00.000Z";

fn instrument() -> Instrument {
    Instrument::from_csv(STREEFDOELEN_CSV).unwrap()
}

fn school(instrument: &Instrument, id: &str, name: &str, level: &str) -> Scan {
    let details = SchoolDetails { name: name.into(), sector: Some(Sector::Po), region: None, roles: vec![] };
    let mut scan = Scan::new(id.into(), instrument, details, T);
    let ids: Vec<String> = instrument.indicators_for(Some(Sector::Po)).map(|i| i.id.clone()).collect();
    for indicator in ids {
        scan.set_rating(&indicator, Some(Rating::Level(level.into())), T);
    }
    scan
}

#[test]
fn opening_many_files_keeps_the_good_ones_and_says_why_the_others_failed() {
    let instrument = instrument();
    let lea = Instrument::from_csv(SCREENING_LEA_CSV).unwrap();
    let good = export_json(&school(&instrument, "a", "De Linde", "3"), &instrument, "0.1.0", T);
    let other = export_json(&school(&instrument, "b", "De Eik", "2"), &instrument, "0.1.0", T);
    let mut workspace = Workspace::default();
    let files = [
        ("linde.json", good.as_str()),
        ("leeg.json", ""),
        ("foto.json", "\u{89}PNG"),
        ("eik.json", other.as_str()),
        ("linde-nog-eens.json", good.as_str()),
    ];
    let outcomes: Vec<Opened> = files
        .iter()
        .enumerate()
        .map(|(n, (name, text))| workspace.open(name, text, &samenscan::core::library::Library::from_lists([&instrument, &lea]), format!("w{n}"), T).0)
        .collect();
    assert_eq!(outcomes[0], Opened::Added("w0".into()));
    assert_eq!(outcomes[1], Opened::Rejected(ImportError::Empty));
    assert_eq!(outcomes[2], Opened::Rejected(ImportError::NotJson));
    assert_eq!(outcomes[3], Opened::Added("w3".into()));
    assert_eq!(outcomes[4], Opened::AlreadyOpen("w0".into()), "the same export twice is one profile");
    assert_eq!(workspace.entries.len(), 2);
    assert_eq!(workspace.get("w3").unwrap().source, "eik.json");
    // Closing can be undone: the profile comes back in its place.
    let (index, closed) = workspace.remove("w0").unwrap();
    assert_eq!((index, workspace.entries.len()), (0, 1));
    workspace.restore(index, closed.clone());
    workspace.restore(index, closed);
    assert_eq!(workspace.entries.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(), ["w0", "w3"]);
    let groups = workspace.by_instrument();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].1.len(), 2);
}

#[test]
fn a_workspace_entry_is_stored_with_its_source_and_read_back() {
    let instrument = instrument();
    let mut workspace = Workspace::default();
    workspace.add(school(&instrument, "a", "De Linde", "3"), "linde.json", "w1".into(), T);
    let raw = encode_entry(&workspace.entries[0]);
    let back = decode_entry("w1", &raw).unwrap();
    assert_eq!(back, workspace.entries[0]);
    assert!(decode_entry("w1", "{not json").is_err());
    assert!(decode_entry("w1", r#"{"schema":99,"scan":{}}"#).is_err());
}

#[test]
fn the_overview_puts_profiles_side_by_side_and_sorts_them() {
    let instrument = instrument();
    let high = school(&instrument, "a", "De Linde", "4");
    let low = school(&instrument, "b", "Aventurijn", "1");
    let empty = Scan::new("c".into(), &instrument, SchoolDetails { name: "Cosmos".into(), sector: Some(Sector::Po), region: None, roles: vec![] }, T);
    let overview = side_by_side(&[("w1", &low, &instrument), ("w2", &high, &instrument), ("w3", &empty, &instrument)]);
    assert_eq!(overview.columns.len(), instrument.themes.len() + instrument.goals().count());
    assert!(overview.columns[0].is_theme);
    let mut rows = overview.rows.clone();
    sort_rows(&mut rows, SortBy::Overall, true);
    assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["De Linde", "Aventurijn", "Cosmos"]);
    sort_rows(&mut rows, SortBy::Overall, false);
    assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Aventurijn", "De Linde", "Cosmos"], "no score: last either way");
    sort_rows(&mut rows, SortBy::Name, false);
    assert_eq!(rows[0].name, "Aventurijn");
    sort_rows(&mut rows, SortBy::Column(1), true);
    assert_eq!(rows[0].name, "De Linde");
    assert_eq!(rows[2].cells[1], Cell::NoScore);
}

#[test]
fn streefdoelen_of_another_version_are_shown_never_dropped() {
    let current = instrument();
    // An older version of the list that did not have streefdoel sd10 yet.
    let older_csv = STREEFDOELEN_CSV
        .replace("2026.1", "2025.9")
        .lines()
        .filter(|l| {
            let fields: Vec<&str> = l.split(';').collect();
            fields.get(1) != Some(&"sd10") && fields.get(2) != Some(&"sd10")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let older = Instrument::from_csv(&older_csv).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(older.goal("sd10").is_none() && current.goal("sd10").is_some());
    let before = school(&older, "a", "De Linde", "2");
    let now = school(&current, "a", "De Linde", "3");
    let overview = side_by_side(&[("w1", &before, &older), ("w2", &now, &current)]);
    let column = overview.columns.iter().position(|c| c.id == "sd10").expect("a streefdoel of one version is a column");
    assert_eq!(overview.rows[0].cells[column], Cell::NotInVersion);
    assert_eq!(overview.rows[1].cells[column], Cell::Score(3.0));
    let csv = overview_csv(&overview, |id| id.to_string(), Lang::Nl);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("niet in deze versie"));
    assert!(csv.contains("Streefdoel: sd10"));
}

#[test]
fn the_overview_csv_follows_the_spreadsheet_rules() {
    let instrument = instrument();
    let formula = school(&instrument, "a", "=HYPERLINK(\"x\")", "3");
    let overview = side_by_side(&[("w1", &formula, &instrument)]);
    let csv = overview_csv(&overview, |id| id.to_string(), Lang::Nl);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 3, "header, one row, the final line end");
    assert!(lines[1].starts_with("\"'=HYPERLINK"), "formula neutralised: {}", lines[1]);
    assert!(lines[1].contains(";3,0;"), "scores with a decimal comma: {}", lines[1]);
    assert!(lines[0].contains("Totaalscore"));
}

#[test]
fn comments_travel_to_the_school_and_leave_its_answers_alone() {
    let instrument = instrument();
    let sent = school(&instrument, "s1", "De Linde", "2");
    // The adviser opens the export and writes comments on the copy in the workspace.
    let mut received = import_json(&export_json(&sent, &instrument, "0.1.0", T), [&instrument]).unwrap();
    received.edit_feedback(T, |f| {
        f.author = "Marieke, ExpertisePunt Zuidoost".into();
        f.overall = "Sterk begin.".into();
        f.set_goal("sd1", "Vraag ouders om mee te lezen.".into());
    });
    assert_eq!(received.feedback().unwrap().written_at, T, "every change of a comment is stamped");
    let annotated = import_json(&export_json(&received, &instrument, "0.1.0", T), [&instrument]).unwrap();
    assert_eq!(annotated.feedback().unwrap().goal("sd1"), Some("Vraag ouders om mee te lezen."));
    // Meanwhile the school changed an answer; the comments arrive, the answer stays.
    let mut own = sent.clone();
    own.set_rating("sd1.1", Some(Rating::Level("4".into())), "2026-11-24T10:00:00.000Z");
    let mut scans = Scans::default();
    scans.add(own.clone());
    assert!(scans.receive_feedback(&annotated));
    let after = scans.get("s1").unwrap();
    assert_eq!(after.answers, own.answers);
    assert_eq!(after.updated_at, own.updated_at);
    assert_eq!(after.feedback().unwrap().overall, "Sterk begin.");
    // Nothing to receive: a plain export, or a scan that is not here.
    assert!(!scans.receive_feedback(&sent));
    let mut elsewhere = annotated.clone();
    elsewhere.id = "other".into();
    assert!(!scans.receive_feedback(&elsewhere));
    // Emptying every comment removes the feedback.
    received.edit_feedback(T, |f| *f = Default::default());
    assert!(received.feedback.is_none());
}

#[test]
fn stored_comments_are_schema_4_and_older_scans_still_read() {
    let v4 = decode_scan(include_str!("fixtures/storage/scan-v4.json")).unwrap();
    assert_eq!(v4.feedback().unwrap().goal("sd1"), Some("Laat zien hoe de intake met ouders verloopt."));
    let v3 = decode_scan(include_str!("fixtures/storage/scan-v3.json")).unwrap();
    assert!(v3.feedback.is_none());
    assert!(encode_scan(&v4).starts_with("{\"schema\":5,"));
}

#[test]
fn feedback_with_bad_ids_or_huge_text_is_refused_on_import() {
    let instrument = instrument();
    let mut scan = school(&instrument, "s1", "De Linde", "2");
    scan.edit_feedback(T, |f| f.overall = "x".repeat(20_001));
    let refused = |scan: &samenscan::core::assessment::Scan| import_json(&export_json(scan, &instrument, "0.1.0", T), [&instrument]);
    assert_eq!(refused(&scan), Err(ImportError::Breach(Breach::TextTooLong { place: "opmerkingen".into() })));
    scan.edit_feedback(T, |f| {
        f.overall = "ok".into();
        f.goals.insert("<script>".into(), "x".into());
    });
    assert_eq!(refused(&scan), Err(ImportError::Breach(Breach::UnknownGoal("<script>".into()))));
}

#[test]
fn a_link_carries_the_profile_and_comes_back_identical() {
    let instrument = instrument();
    let mut scan = school(&instrument, "s1", "De Linde", "3");
    scan.set_note("sd1.1", "Ouders tekenen mee — één keer per jaar; \"quotes\" & <tags>".into(), T);
    let json = export_json_compact(&scan, &instrument, "0.1.0", T, false);
    let payload = link::encode(&json);
    assert!(payload.starts_with("1."));
    assert!(payload.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')), "safe in a URL fragment");
    assert!(payload.len() < json.len() / 2, "compressed: {} of {}", payload.len(), json.len());
    assert!(link::fits(&format!("https://example.org/samenscan/werkplek.html#/link/{payload}")));
    let back = import_json(&link::decode(&payload).unwrap(), [&instrument]).unwrap();
    assert_eq!(back, scan);
}

#[test]
fn broken_links_say_what_is_wrong() {
    let instrument = instrument();
    let payload = link::encode(&export_json_compact(&school(&instrument, "s1", "De Linde", "3"), &instrument, "0.1.0", T, false));
    assert_eq!(link::decode(""), Err(LinkError::Empty));
    assert_eq!(link::decode("9.abc"), Err(LinkError::UnknownVersion));
    assert_eq!(link::decode("geen-punt"), Err(LinkError::UnknownVersion));
    assert_eq!(link::decode("1.!!!"), Err(LinkError::Damaged));
    // Cut off halfway, as a mail program may do.
    assert_eq!(link::decode(&payload[..payload.len() / 2]), Err(LinkError::Damaged));
    // One character changed in the middle: either unreadable, or not a profile any more.
    let mut changed = payload.clone().into_bytes();
    let middle = changed.len() / 2;
    changed[middle] = if changed[middle] == b'A' { b'B' } else { b'A' };
    match link::decode(std::str::from_utf8(&changed).unwrap()) {
        Err(_) => {}
        Ok(json) => assert!(import_json(&json, [&instrument]).is_err() || json != export_json_compact(&school(&instrument, "s1", "De Linde", "3"), &instrument, "0.1.0", T, false)),
    }
    // A small link that unpacks to far more than any profile (a "zip bomb") is refused.
    let bomb = link::encode(&" ".repeat(6 * 1024 * 1024));
    assert!(bomb.len() < 20_000);
    assert_eq!(link::decode(&bomb), Err(LinkError::TooLarge));
    for error in [LinkError::Empty, LinkError::UnknownVersion, LinkError::Damaged, LinkError::TooLarge] {
        assert!(!error.message(Lang::Nl).is_empty() && error.message(Lang::Nl) != error.message(Lang::En));
    }
}

#[test]
fn a_profile_too_long_for_a_link_is_recognised() {
    let instrument = instrument();
    let mut scan = school(&instrument, "s1", "De Linde", "3");
    // Long, varied notes do not compress away.
    let ids: Vec<String> = instrument.indicators_for(Some(Sector::Po)).map(|i| i.id.clone()).collect();
    for (n, indicator) in ids.iter().enumerate() {
        // A simple pseudo-random generator: text that deflate cannot shrink much.
        let mut seed = (n as u64 + 1) * 2_654_435_761;
        let note: String = (0..600)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                char::from(b'a' + ((seed >> 33) % 26) as u8)
            })
            .collect();
        scan.set_note(indicator, format!("{note} {}", n * 7919), T);
    }
    let payload = link::encode(&export_json_compact(&scan, &instrument, "0.1.0", T, false));
    assert!(payload.len() > MAX_LINK_CHARS);
    assert!(!link::fits(&payload));
    // Still a good link in itself: the app offers the file instead, it does not break.
    assert_eq!(import_json(&link::decode(&payload).unwrap(), [&instrument]).unwrap(), scan);
}

#[test]
fn links_and_annotated_files_of_format_1_keep_opening() {
    // Frozen examples: a link made by the first link codec (from profiel-v1.json), and an
    // annotated profile (schema 4). Later builds must open both exactly as this one does.
    let instrument = instrument();
    let from_file = import_json(include_str!("fixtures/exchange/profiel-v1.json"), [&instrument]).unwrap();
    let json = link::decode(include_str!("fixtures/exchange/link-v1.txt")).unwrap();
    assert_eq!(import_json(&json, [&instrument]).unwrap(), from_file);
    let annotated = import_json(include_str!("fixtures/exchange/profiel-v1-met-opmerkingen.json"), [&instrument]).unwrap();
    assert_eq!(annotated.answers, from_file.answers);
    let feedback = annotated.feedback().unwrap();
    assert_eq!(feedback.goal("sd1"), Some("Laat zien hoe ouders meeschrijven."));
    assert_eq!(feedback.author, "Marieke, ExpertisePunt Midden");
}
