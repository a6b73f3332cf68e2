//! The full backup: one file with everything, read in full before anything changes, restored
//! with a choice per scan that is already here; and the reminder on the start page.

use samenscan::core::assessment::{Rating, Scan};
use samenscan::core::backup::{day_number, plan_restore, read_backup, write_backup, Backup, BackupError, BackupLog, Choice, Contents, Keeping, OnDevice, Plan, Put};
use samenscan::core::guide::KeptGuide;
use samenscan::core::builtin::{SCREENING_LEA_CSV, STREEFDOELEN_CSV};
use samenscan::core::check::Breach;
use samenscan::core::instrument::Instrument;
use samenscan::core::lang::Lang;
use samenscan::core::library::{Library, Listed, Origin};
use samenscan::core::list_check::ListFault;
use samenscan::core::meeting::{Meeting, Partner};
use samenscan::core::school::{SchoolDetails, Sector};
use samenscan::core::workspace::Entry;

const T: &str = "2026-12-01T10:00:00.000Z";

/// A backup of these, as the data page writes it.
fn write(scans: &[Scan], workspace: &[Entry], lists: &[Listed], guides: &[KeptGuide]) -> String {
    write_backup(&Contents { scans, workspace, lists, guides }, "0.1.0", T)
}

/// A restore onto a device with these lists, scans, open profiles and guides (by id).
fn restore_plan(backup: &Backup, lists: &Library, scans: &[Scan], entries: &[Entry], guides: &[String], choice: impl Fn(&str) -> Choice, new_id: impl FnMut() -> String) -> Plan {
    let here = OnDevice { lists, scans, entries, guides };
    plan_restore(backup, here, choice, new_id, |name| format!("{name} (reservekopie)"), T)
}

/// The lists a browser has, as the restore checks against them.
fn known(school: &Instrument, lea: &Instrument) -> samenscan::core::library::Library {
    samenscan::core::library::Library::from_lists([school, lea])
}

fn lists() -> (Instrument, Instrument) {
    (Instrument::from_csv(STREEFDOELEN_CSV).unwrap(), Instrument::from_csv(SCREENING_LEA_CSV).unwrap())
}

fn sample() -> (Vec<Scan>, Vec<Entry>) {
    let (school, lea) = lists();
    let details = SchoolDetails { name: "OBS De Linde".into(), sector: Some(Sector::Po), ..Default::default() };
    let mut scan = Scan::new("s1".into(), &school, details, T);
    scan.set_rating("sd1.1", Some(Rating::Level("3".into())), T);
    scan.set_note("sd1.1", "Besproken \"met\" ouders\nen team".into(), T);
    scan.add_action("sd1", "a1".into(), T);
    scan.edit_action("a1", T, |a| a.what = "Ouderpanel".into());
    scan.edit_feedback(T, |f| f.set_goal("sd1", "Goed begin".into()));
    let meeting = Meeting { date: "2026-11-30".into(), partners: vec![Partner::Municipality, Partner::Parents], ..Default::default() };
    let mut screening = Scan::new_screening("g1".into(), &lea, "Gemeente Deurne", meeting, T);
    screening.set_rating("l1.1", Some(Rating::Level("deels".into())), T);
    let mut received = scan.clone();
    received.id = "s9".into();
    received.details.name = "De Eik".into();
    let entry = Entry { key: "w1".into(), source: "eik.json".into(), opened_at: T.into(), scan: received };
    (vec![scan, screening], vec![entry])
}

#[test]
fn a_backup_reads_back_exactly_what_was_kept() {
    let (school, lea) = lists();
    let (scans, workspace) = sample();
    let text = write(&scans, &workspace, &[], &[]);
    let backup = read_backup(&text, &known(&school, &lea)).unwrap();
    assert_eq!(backup.scans, scans);
    assert_eq!(backup.workspace, workspace);
    assert_eq!(backup.created_at, T);
}

#[test]
fn every_backup_version_keeps_restoring() {
    // Frozen: written once by format version 1; never regenerate it, add a file per new version.
    let (school, lea) = lists();
    let text = include_str!("fixtures/backup/reservekopie-v1.json");
    let backup = read_backup(text, &known(&school, &lea)).expect("the version-1 backup restores");
    assert_eq!(backup.scans.len(), 2);
    let linde = &backup.scans[0];
    assert_eq!(linde.details.name, "OBS De Linde");
    assert_eq!(linde.answer("sd1.1").unwrap().note, "Besproken \"met\" ouders\nen team");
    assert_eq!(linde.actions[0].what, "Ouderpanel");
    assert_eq!(linde.feedback.as_ref().unwrap().goal("sd1"), Some("Goed begin"));
    assert!(backup.scans[1].is_screening());
    assert_eq!(backup.workspace[0].key, "w1");
    assert_eq!(backup.workspace[0].source, "eik.json");
}

#[test]
fn a_bad_backup_is_refused_with_a_reason_and_nothing_is_half_read() {
    let (school, lea) = lists();
    let (scans, workspace) = sample();
    let good = write(&scans, &workspace, &[], &[]);
    let with = |from: &str, to: &str| good.replacen(from, to, 1);
    let read = |text: &str| read_backup(text, &known(&school, &lea));
    assert_eq!(read(""), Err(BackupError::Empty));
    assert_eq!(read("geen json"), Err(BackupError::NotABackup));
    assert_eq!(read("{\"format\": \"samenscan-profiel\"}"), Err(BackupError::IsAProfile));
    assert_eq!(read(&with("\"format_version\": 3", "\"format_version\": 4")), Err(BackupError::Newer { found: 4 }));
    assert_eq!(read(&with("\"schema\": 5", "\"schema\": 9")), Err(BackupError::Newer { found: 9 }));
    assert_eq!(read(&with("\"scans\": [", "\"scans\": [ 7,")), Err(BackupError::BadScan { index: 1 }));
    assert!(matches!(read(&with("\"version\": \"2026.1\"", "\"version\": \"1999\"")), Err(BackupError::UnknownList { .. })));
    assert_eq!(
        read(&with("\"sd1.1\": {", "\"x7\": {}, \"sd1.1\": {")),
        Err(BackupError::Breach { name: "OBS De Linde".into(), breach: Breach::UnknownIndicator("x7".into()) })
    );
    assert!(matches!(read(&with("\"scans\": [", "\"scans\": {")), Err(BackupError::NotABackup)));
    assert_eq!(
        read(&with("\"sd1.1\": {", "\"sd1.1\": {}, \"sd1.1\": {")),
        Err(BackupError::Breach { name: String::new(), breach: Breach::Duplicate("sd1.1".into()) })
    );
    // Messages say it in words, in both languages.
    for error in [BackupError::IsAProfile, BackupError::BadScan { index: 2 }, BackupError::Newer { found: 4 }] {
        assert_ne!(error.message(Lang::Nl), error.message(Lang::En));
    }
}

#[test]
fn restoring_over_existing_scans_follows_the_choice_per_scan() {
    let (school, lea) = lists();
    let (scans, workspace) = sample();
    let backup = read_backup(&write(&scans, &workspace, &[], &[]), &known(&school, &lea)).unwrap();
    let mut n = 0;
    let new_id = || {
        n += 1;
        format!("snew{n}")
    };
    // Both scans are already here.
    let choice = |id: &str| if id == "s1" { Choice::KeepBoth } else { Choice::Skip };
    let plan = restore_plan(&backup, &known(&school, &lea), &scans, &[], &[], choice, new_id);
    assert_eq!((plan.added, plan.replaced, plan.skipped, plan.entries_added), (1, 0, 1, 1));
    let Put::Scan { id, stored } = &plan.puts[0] else { panic!() };
    assert_eq!(id, "snew1");
    assert!(stored.contains("OBS De Linde (reservekopie)"));
    let plan = restore_plan(&backup, &known(&school, &lea), &scans, &workspace, &[], |_| Choice::Replace, || "sx".into());
    assert_eq!((plan.added, plan.replaced, plan.entries_added), (0, 2, 0), "a profile already open stays as it is");
    let plan = restore_plan(&backup, &known(&school, &lea), &[], &[], &[], |_| Choice::Skip, || "sx".into());
    assert_eq!((plan.added, plan.skipped, plan.entries_added), (2, 0, 1), "nothing here: everything is added");
}

#[test]
fn safari_and_every_browser_on_an_iphone_or_ipad_delete_after_a_week_unless_installed() {
    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";
    // iPadOS asks for desktop pages: it says it is a Mac, and only its touch screen tells.
    const IPAD_OR_MAC_SAFARI: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    const MAC_CHROME: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const MAC_FIREFOX: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0";
    const MAC_EDGE: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
    const WINDOWS_CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    let week = Keeping::AWeekWithoutVisit;
    let kept = Keeping::UntilCleared;
    assert_eq!(Keeping::of(IPHONE_SAFARI, true, false), week);
    assert_eq!(Keeping::of(IPHONE_CHROME, true, false), week, "every browser on an iPhone is WebKit");
    assert_eq!(Keeping::of(IPAD_OR_MAC_SAFARI, true, false), week, "an iPad");
    assert_eq!(Keeping::of(IPAD_OR_MAC_SAFARI, false, false), week, "Safari on a Mac");
    assert_eq!(Keeping::of(IPHONE_SAFARI, true, true), kept, "from the home screen");
    assert_eq!(Keeping::of(IPAD_OR_MAC_SAFARI, false, true), kept, "from the Dock");
    for other in [MAC_CHROME, MAC_FIREFOX, MAC_EDGE, WINDOWS_CHROME, ANDROID_CHROME, ""] {
        assert_eq!(Keeping::of(other, false, false), kept, "{other}");
    }
    assert_eq!(Keeping::of(MAC_CHROME, true, false), week, "a Mac with touch is an iPad, whatever it runs");
}

#[test]
fn the_reminder_comes_after_thirty_days_with_changes_and_can_be_put_away() {
    assert_eq!(day_number("1970-01-02T00:00:00Z"), Some(1));
    assert_eq!(day_number("2026-12-02").unwrap() - day_number("2026-11-02").unwrap(), 30);
    assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2, "leap year");
    assert_eq!(day_number("nee"), None);
    let now = "2026-12-02T09:00:00Z";
    let log = |last: Option<&str>, dismissed: Option<&str>| BackupLog { last: last.map(Into::into), dismissed: dismissed.map(Into::into) };
    let changed = ["2026-11-20T10:00:00Z"];
    let kept_here = Keeping::UntilCleared;
    assert!(log(Some("2026-10-01T10:00:00Z"), None).remind(changed, None, now, kept_here));
    assert!(!log(Some("2026-11-25T10:00:00Z"), None).remind(changed, None, now, kept_here), "backup is recent");
    assert!(!log(Some("2026-10-01T10:00:00Z"), None).remind(["2026-09-01T00:00:00Z"], None, now, kept_here), "nothing changed since");
    assert!(!log(Some("2026-10-01T10:00:00Z"), Some("2026-11-30T10:00:00Z")).remind(changed, None, now, kept_here), "put away");
    assert!(log(None, None).remind(changed, Some("2026-10-01T10:00:00Z"), now, kept_here), "never backed up, data a month old");
    assert!(!log(None, None).remind(changed, Some("2026-11-30T10:00:00Z"), now, kept_here), "a new user is not nagged");
    assert!(!log(None, None).remind([], None, now, kept_here), "nothing kept, nothing to remind");
    let kept = log(Some("2026-10-01T10:00:00Z"), None);
    assert_eq!(BackupLog::decode(&kept.encode()), kept);

    // Where the browser deletes after a week without a visit, a new user is told at once, a
    // backup holds a day, and putting the reminder away holds three days, not a month.
    let a_week = Keeping::AWeekWithoutVisit;
    assert!(log(None, None).remind(changed, Some("2026-12-02T08:00:00Z"), now, a_week), "told on the first day");
    assert!(!log(None, None).remind([], None, now, a_week), "nothing kept, nothing to lose");
    assert!(!log(Some("2026-12-02T08:00:00Z"), None).remind(["2026-12-02T08:30:00Z"], None, now, a_week), "a backup this morning");
    assert!(log(Some("2026-12-01T08:00:00Z"), None).remind(["2026-12-01T08:30:00Z"], None, now, a_week), "yesterday's backup, changed since");
    assert!(!log(Some("2026-12-01T08:00:00Z"), None).remind(["2026-11-30T08:30:00Z"], None, now, a_week), "nothing changed since");
    assert!(!log(None, Some("2026-11-30T10:00:00Z")).remind(changed, Some("2026-11-01T08:00:00Z"), now, a_week), "put away two days ago");
    assert!(log(None, Some("2026-11-28T10:00:00Z")).remind(changed, Some("2026-11-01T08:00:00Z"), now, a_week), "put away four days ago");
    assert_eq!(BackupLog::decode("onzin"), BackupLog::default());
}

const NOORD: &str = include_str!("fixtures/lists/ep-noord-streefdoelen.csv");

/// A browser that loaded the EP Noord list and made a scan on it (the list retired since).
fn with_own_list() -> (Library, Vec<Scan>) {
    let (school, lea) = lists();
    let mut library = known(&school, &lea);
    let noord = samenscan::core::library::open_list(&samenscan::core::instrument_compiled::write(&Instrument::from_csv(NOORD).unwrap())).unwrap();
    let noord = std::sync::Arc::new(noord);
    library.adopt(noord.clone(), Origin::OwnFile, false);
    let details = SchoolDetails { name: "De Noordster".into(), sector: Some(Sector::Vo), ..Default::default() };
    let mut scan = Scan::new("s5".into(), &noord, details, T);
    let first = noord.themes[0].goals[0].indicators[0].id.clone();
    scan.set_rating(&first, Some(Rating::Level(noord.scale[1].code.clone())), T);
    library.remove(&noord.hash, true);
    (library, vec![scan])
}

#[test]
fn a_backup_carries_the_lists_kept_here_and_restores_in_a_browser_that_never_had_them() {
    let (school, lea) = lists();
    let (library, scans) = with_own_list();
    let text = write(&scans, &[], library.listed(), &[]);
    assert!(text.contains("\"format_version\": 3"));
    assert_eq!(text.matches("\"origin\"").count(), 1, "built-in lists are not in the backup");

    // A fresh browser has only the built-in lists.
    let fresh = known(&school, &lea);
    let backup = read_backup(&text, &fresh).unwrap();
    assert_eq!(backup.scans, scans);
    assert_eq!(backup.lists.len(), 1);
    assert_eq!(backup.lists[0].origin, Origin::OwnFile);
    assert!(backup.lists[0].retired, "a retired list stays retired");
    let plan = restore_plan(&backup, &fresh, &[], &[], &[], |_| Choice::KeepBoth, || "sx".into());
    assert_eq!(plan.lists_added, 1);
    assert!(matches!(&plan.puts[0], Put::List { hash, .. } if *hash == scans[0].instrument.hash), "the list is written before its scans");
    // Where the list is already, it is not written again.
    let plan = restore_plan(&backup, &library, &[], &[], &[], |_| Choice::KeepBoth, || "sx".into());
    assert_eq!(plan.lists_added, 0);

    // Without the list, the scan cannot be restored into the fresh browser.
    let without = write(&scans, &[], &[], &[]);
    assert!(matches!(read_backup(&without, &fresh), Err(BackupError::UnknownList { .. })));
    assert!(read_backup(&without, &library).is_ok(), "a browser that has the list restores it");
}

#[test]
fn a_damaged_or_false_list_in_a_backup_is_refused_before_anything_is_written() {
    let (school, lea) = lists();
    let (library, scans) = with_own_list();
    let good = write(&scans, &[], library.listed(), &[]);
    let fresh = known(&school, &lea);
    let bad = good.replacen("\"origin\": \"bestand\"", "\"origin\": \"ingebouwd\"", 1);
    assert!(matches!(read_backup(&bad, &fresh), Err(BackupError::BadList { index: 1, .. })));
    let broken = good.replacen("\"list\": \"I\\t", "\"list\": \"X\\t", 1);
    assert_ne!(broken, good);
    assert!(matches!(read_backup(&broken, &fresh), Err(BackupError::BadList { index: 1, .. })));
    // A list that claims the built-in list's id and version with other content.
    let fake_csv = STREEFDOELEN_CSV.replacen("Alle ouders", "Sommige ouders", 1);
    let fake = samenscan::core::library::open_list(&samenscan::core::instrument_compiled::write(&Instrument::from_csv(&fake_csv).unwrap())).unwrap();
    let listed = Listed { list: std::sync::Arc::new(fake), origin: Origin::OwnFile, retired: false };
    let text = write(&[], &[], &[listed], &[]);
    assert!(matches!(read_backup(&text, &fresh), Err(BackupError::BadList { index: 1, .. })));
    assert_ne!(BackupError::BadList { index: 1, fault: ListFault::BadScale }.message(Lang::Nl), BackupError::BadList { index: 1, fault: ListFault::BadScale }.message(Lang::En));
}

#[test]
fn the_version_2_backup_keeps_restoring_with_its_list() {
    // Frozen: written once by format version 2; never regenerate it.
    let (school, lea) = lists();
    let text = include_str!("fixtures/backup/reservekopie-v2.json");
    let backup = read_backup(text, &known(&school, &lea)).expect("the version-2 backup restores in a fresh browser");
    assert_eq!(backup.lists.len(), 1);
    assert_eq!(backup.lists[0].list.id, "ep-noord-streefdoelen");
    assert_eq!(backup.scans[0].details.name, "De Noordster");
    assert_eq!(backup.scans[0].instrument.hash, backup.lists[0].list.hash);
}

const WITH_GUIDES: &str = include_str!("fixtures/backup/reservekopie-v3.json");

#[test]
fn the_version_3_backup_keeps_restoring_with_its_guides() {
    // Frozen: written once by format version 3; never regenerate it.
    let (school, lea) = lists();
    let backup = read_backup(WITH_GUIDES, &known(&school, &lea)).expect("the version-3 backup restores");
    assert_eq!(backup.scans.len(), 2);
    assert_eq!(backup.guides.len(), 2);
    let own = &backup.guides[0];
    assert!(!own.received, "the adviser's own guide stays theirs: they can still write in it");
    assert_eq!(own.guide.agreements[0].what, "Welkomstgesprek met elke nieuwe ouder");
    assert_eq!(own.guide.follow_up, "2027-03-15");
    assert!(backup.guides[1].received, "a received guide stays read-only");
}

#[test]
fn a_backup_carries_the_guides_and_a_restore_adds_only_those_not_here() {
    let (school, lea) = lists();
    let library = known(&school, &lea);
    let read = read_backup(WITH_GUIDES, &library).unwrap();
    let text = write(&read.scans, &[], &[], &read.guides);
    let backup = read_backup(&text, &library).unwrap();
    assert_eq!(backup.guides, read.guides, "what goes in comes out, agreements and all");

    let plan_here = |guides: &[String]| restore_plan(&backup, &library, &[], &[], guides, |_| Choice::KeepBoth, || "sx".into());
    let fresh = plan_here(&[]);
    assert_eq!(fresh.guides_added, 2);
    let written: Vec<&str> = fresh.puts.iter().filter_map(|p| if let Put::Guide { id, .. } = p { Some(id.as_str()) } else { None }).collect();
    assert_eq!(written, ["g1", "g2"]);
    let Some(Put::Guide { stored, .. }) = fresh.puts.iter().find(|p| matches!(p, Put::Guide { .. })) else { panic!() };
    assert_eq!(samenscan::core::guide::decode_kept(stored).unwrap(), backup.guides[0], "written in its stored form");
    // A guide here already keeps what was written in it here.
    let some_here = plan_here(&["g1".into()]);
    assert_eq!(some_here.guides_added, 1);
    assert!(!some_here.puts.iter().any(|p| matches!(p, Put::Guide { id, .. } if id == "g1")));

    // A backup of an older version has no guides and restores as before.
    assert!(read_backup(&write(&read.scans, &[], &[], &[]).replacen("\"format_version\": 3", "\"format_version\": 2", 1), &library).unwrap().guides.is_empty());
}

#[test]
fn a_damaged_guide_in_a_backup_is_refused_before_anything_is_written() {
    let (school, lea) = lists();
    let library = known(&school, &lea);
    let with = |from: &str, to: &str| {
        let text = WITH_GUIDES.replacen(from, to, 1);
        assert_ne!(text, WITH_GUIDES, "{from} is in the fixture");
        read_backup(&text, &library)
    };
    assert_eq!(with("\"id\": \"g2\"", "\"id\": \"g1\""), Err(BackupError::BadGuide { index: 2 }), "two guides with one id");
    assert_eq!(with("\"format\": \"samenscan-gespreksleidraad\"", "\"format\": \"iets\""), Err(BackupError::BadGuide { index: 1 }));
    assert_eq!(with("\"id\": \"g1\"", "\"id\": \"<b>g1</b>\""), Err(BackupError::BadGuide { index: 1 }));
    assert_eq!(with("\"guides\": [", "\"guides\": 7, \"x\": ["), Err(BackupError::Damaged));
    let error = BackupError::BadGuide { index: 2 };
    assert!(error.message(Lang::Nl).contains("Gespreksleidraad nummer 2"));
    assert_ne!(error.message(Lang::Nl), error.message(Lang::En));
}

#[test]
fn guides_are_counted_in_words() {
    use samenscan::core::guide::count_text;
    assert_eq!(count_text(1, Lang::Nl), "1 gespreksleidraad");
    assert_eq!(count_text(0, Lang::Nl), "0 gespreksleidraden");
    assert_eq!(count_text(3, Lang::En), "3 conversation guides");
}
