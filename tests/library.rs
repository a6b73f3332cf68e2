//! Lists beside the built-in ones: their identity (id, version, content hash), the rules of the
//! library, their stored form, and the check of a list that arrives compiled.

use samenscan::core::builtin::{STREEFDOELEN, STREEFDOELEN_CSV};
use samenscan::core::instrument::{Audience, Instrument, InstrumentRef};
use samenscan::core::instrument_compiled::{content_hash, read, write};
use samenscan::core::library::{decode_list, encode_list, open_list, version_order, Adopt, Library, ListDecodeError, Listed, Origin, Removal};
use samenscan::core::list_check::{check_list, ListFault};
use samenscan::core::stored::decode_scan;
use std::cmp::Ordering;
use std::sync::Arc;

const NOORD: &str = include_str!("fixtures/lists/ep-noord-streefdoelen.csv");
const MBO: &str = include_str!("fixtures/lists/mbo-partnerschap.csv");
const OOST: &str = include_str!("fixtures/lists/lea-regio-oost.csv");

/// A CSV list as the list page takes it in: parsed, then hashed from its compiled form.
fn loaded(csv: &str) -> Arc<Instrument> {
    let list = Instrument::from_csv(csv).expect("fixture list is valid");
    Arc::new(open_list(&write(&list)).unwrap())
}

fn with_builtin() -> Library {
    let mut library = Library::default();
    library.add_builtin(read(STREEFDOELEN.compiled).unwrap(), STREEFDOELEN.hash);
    library
}

#[test]
fn the_fixture_lists_differ_in_scale_sectors_and_rules() {
    let (noord, mbo, oost) = (loaded(NOORD), loaded(MBO), loaded(OOST));
    assert_eq!(noord.scale.len(), 3);
    assert_eq!(mbo.scale.len(), 5);
    assert_eq!(mbo.scale[0].score, 0, "a scale may start at 0");
    assert_eq!(oost.audience, Audience::Lea);
    assert_eq!(noord.readiness.min_goal_score, Some(2.5));
    assert_eq!(mbo.readiness.min_indicator_score, Some(2));
    for list in [&noord, &mbo, &oost] {
        assert_eq!(list.hash.len(), 16);
        check_list(list).unwrap();
    }
}

#[test]
fn the_hash_follows_the_content_not_the_file_layout() {
    let semicolons = loaded(NOORD);
    // The same list written with commas and a comment line more: the same content.
    let commas: String = {
        let mut writer = csv::WriterBuilder::new().delimiter(b',').from_writer(Vec::new());
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').flexible(true).has_headers(false).from_reader(NOORD.as_bytes());
        for record in reader.records() {
            writer.write_record(&record.unwrap()).unwrap();
        }
        String::from_utf8(writer.into_inner().unwrap()).unwrap() + "# een opmerking,,,,,,,,\n"
    };
    assert_eq!(loaded(&commas).hash, semicolons.hash);
    let reworded = NOORD.replace("Een warme start", "Een hartelijke start");
    assert_ne!(loaded(&reworded).hash, semicolons.hash);
}

#[test]
fn versions_are_ordered_as_people_write_them() {
    assert_eq!(version_order("2026.10", "2026.9"), Ordering::Greater);
    assert_eq!(version_order("v2", "v10"), Ordering::Less);
    assert_eq!(version_order("2027.1", "2026.1"), Ordering::Greater);
    assert_eq!(version_order("1.0", "1.0"), Ordering::Equal);
    assert_eq!(version_order("1.0", "1.0.1"), Ordering::Less);
    assert_eq!(version_order("007", "7"), Ordering::Equal);
}

#[test]
fn a_loaded_list_never_takes_the_place_of_a_built_in_one() {
    let mut library = with_builtin();
    let builtin = library.find(&InstrumentRef { id: "streefdoelen-werkversie".into(), version: "2026.1".into(), hash: String::new() }).unwrap();
    // The built-in list again, from a file: known, nothing added.
    let same = Arc::new(open_list(&write(&Instrument::from_csv(STREEFDOELEN_CSV).unwrap())).unwrap());
    assert_eq!(same.hash, builtin.hash);
    assert_eq!(library.adopt(same, Origin::OwnFile, false), Adopt::Known);
    // Its id and version with other content: refused, even when asked to keep both.
    let changed = loaded(&STREEFDOELEN_CSV.replace("Nog niet", "Helemaal nog niet"));
    assert_eq!(library.adopt(changed.clone(), Origin::OwnFile, true), Adopt::Reserved);
    assert_eq!(library.find(&changed.reference()), None);
    assert_eq!(library.listed().len(), 1);
    // A built-in list is never removed.
    assert_eq!(library.remove(&builtin.hash, false), None);
}

#[test]
fn two_lists_with_the_same_name_and_other_content_are_kept_apart() {
    let mut library = with_builtin();
    let first = loaded(NOORD);
    assert_eq!(library.adopt(first.clone(), Origin::OwnFile, false), Adopt::Added);
    assert_eq!(library.adopt(first.clone(), Origin::Profile, false), Adopt::Known);
    let other = loaded(&NOORD.replace("binnen twee werkdagen", "binnen één werkdag"));
    assert_eq!(library.adopt(other.clone(), Origin::OwnFile, false), Adopt::Clash(first.clone()));
    assert_eq!(library.listed().len(), 2, "a clash adds nothing until the user chooses");
    assert!(!library.has_namesake(&first));
    assert_eq!(library.adopt(other.clone(), Origin::OwnFile, true), Adopt::Added);
    assert!(library.has_namesake(&first) && library.has_namesake(&other));
    // Each scan finds exactly the list it was made on.
    assert_eq!(library.find(&first.reference()).unwrap().hash, first.hash);
    assert_eq!(library.find(&other.reference()).unwrap().hash, other.hash);
    // A reference without a hash is a scan from before hashes: only a built-in list fits it.
    let old = InstrumentRef { hash: String::new(), ..first.reference() };
    assert_eq!(library.find(&old), None);
    let unknown = InstrumentRef { hash: "0000000000000000".into(), ..first.reference() };
    assert_eq!(library.find(&unknown), None);
}

#[test]
fn a_new_scan_is_offered_the_newest_version_first_and_no_retired_list() {
    let mut library = with_builtin();
    let noord = loaded(NOORD);
    let older = loaded(&NOORD.replace(";2027.1;", ";2026.3;"));
    library.adopt(older.clone(), Origin::Website, false);
    library.adopt(noord.clone(), Origin::OwnFile, false);
    library.adopt(loaded(OOST), Origin::OwnFile, false);
    let offered: Vec<String> = library.choices(Audience::School).iter().map(|l| l.version.clone()).collect();
    assert_eq!(offered, ["2027.1", "2026.3", "2026.1"]);
    assert_eq!(library.choices(Audience::Lea).len(), 1);
    // Removing a list that scans use retires it: their list stays, new scans cannot pick it.
    assert_eq!(library.remove(&noord.hash, true), Some(Removal::Retired));
    assert_eq!(library.choices(Audience::School)[0].version, "2026.3");
    assert!(library.find(&noord.reference()).is_some());
    // Loading it again brings it back.
    assert_eq!(library.adopt(noord.clone(), Origin::OwnFile, false), Adopt::Known);
    assert_eq!(library.choices(Audience::School)[0].version, "2027.1");
    // A list no scan uses is removed.
    assert_eq!(library.remove(&older.hash, false), Some(Removal::Deleted));
    assert!(library.find(&older.reference()).is_none());
}

#[test]
fn a_stored_list_reads_back_with_its_origin_and_is_checked() {
    let listed = Listed { list: loaded(MBO), origin: Origin::Website, retired: true };
    let stored = encode_list(&listed);
    assert_eq!(decode_list(&stored, &listed.list.hash).unwrap(), listed);
    assert_eq!(decode_list("{kapot", "x"), Err(ListDecodeError::Corrupt));
    let newer = stored.replace("\"schema\":1", "\"schema\":7");
    assert_eq!(decode_list(&newer, "x"), Err(ListDecodeError::Newer(7)));
    // Nothing stored can pretend to be built in.
    let builtin = stored.replace("\"origin\":\"website\"", "\"origin\":\"ingebouwd\"");
    assert_eq!(decode_list(&builtin, "x"), Err(ListDecodeError::Corrupt));
}

#[test]
fn a_compiled_list_from_outside_is_checked_like_a_csv() {
    let good = write(&Instrument::from_csv(NOORD).unwrap());
    let faults = [
        (good.replace("\tn1.2\n", "\tn1.1\n"), "duplicate id"),
        (good.replace("I\tep-noord-streefdoelen", "I\tep noord <b>"), "bad id"),
        (good.replace("S\tbereikt\t3", "S\tbereikt\t2"), "duplicate score"),
        (good.replace("S\tbereikt\t3", "S\tbereikt\t12"), "score above 9"),
        (good.replace("R\t25", "R\t45"), "rule outside the scale"),
        (good.replace("\tEen warme start\t", &format!("\t{}\t", "x".repeat(5000))), "text too long"),
        (good.lines().filter(|l| !l.starts_with('N') && !l.starts_with('W')).collect::<Vec<_>>().join("\n"), "goal without indicators"),
        ("I\tx\t1\tschool\tT\t\t\t\n".to_string(), "no scale, no themes"),
        ("niets".to_string(), "not a list"),
        (good.replace('\n', "\t\t\t\t\t\t\t\t\t\n"), "too many fields"),
    ];
    for (text, why) in faults {
        assert!(open_list(&text).is_err(), "{why} passed");
    }
    assert_eq!(open_list("niets"), Err(ListFault::Unreadable));
    assert!(open_list(&good).is_ok());
}

#[test]
fn a_version_4_scan_finds_its_built_in_list_and_version_5_names_the_hash() {
    let library = with_builtin();
    let v4 = decode_scan(include_str!("fixtures/storage/scan-v4.json")).unwrap();
    assert_eq!(v4.instrument.hash, "");
    assert_eq!(library.find(&v4.instrument).unwrap().hash, STREEFDOELEN.hash);
    let v5 = decode_scan(include_str!("fixtures/storage/scan-v5.json")).unwrap();
    assert_eq!(v5.instrument.hash, STREEFDOELEN.hash);
    assert!(library.find(&v5.instrument).is_some());
    assert_eq!(content_hash(STREEFDOELEN.compiled), STREEFDOELEN.hash);
}

mod profiles_carry_their_list {
    use super::*;
    use samenscan::core::assessment::{Rating, Scan};
    use samenscan::core::exchange::json::{export_json, import_json, ImportError};
    use samenscan::core::school::{SchoolDetails, Sector};

    const T: &str = "2026-12-02T10:00:00Z";

    fn scan_on(list: &Instrument) -> Scan {
        let details = SchoolDetails { name: "De Linde".into(), sector: Some(Sector::Vo), region: None, roles: Vec::new() };
        let mut scan = Scan::new("s-noord".into(), list, details, T);
        scan.set_rating("n1.1", Some(Rating::Level("op-weg".into())), T);
        scan
    }

    #[test]
    fn a_profile_opens_in_a_browser_that_never_had_its_list() {
        let noord = loaded(NOORD);
        let file = export_json(&scan_on(&noord), &noord, "0.1.0", T);
        // A fresh browser: only the built-in lists.
        let imported = import_json(&file, &with_builtin()).unwrap();
        assert_eq!(imported.new_list.as_deref(), Some(noord.as_ref()));
        assert_eq!(imported.scan.instrument, noord.reference());
        assert_eq!(imported.scan.answer("n1.1").unwrap().rating, Some(Rating::Level("op-weg".into())));
        // Where the list is already known, nothing new is brought in.
        let mut library = with_builtin();
        library.adopt(noord.clone(), Origin::OwnFile, false);
        assert_eq!(import_json(&file, &library).unwrap().new_list, None);
    }

    #[test]
    fn the_list_inside_a_profile_is_checked_like_a_loaded_one() {
        let noord = loaded(NOORD);
        let file = export_json(&scan_on(&noord), &noord, "0.1.0", T);
        let library = with_builtin();
        // A broken list inside: named as the list's problem.
        let broken = file.replace("S\\tbereikt\\t3", "S\\tbereikt\\t2");
        assert!(matches!(import_json(&broken, &library), Err(ImportError::BadList(ListFault::BadScale))));
        // Other content than the scan names (its hash): refused, never mixed up.
        let reworded = file.replace("Een warme start", "Een koude start");
        assert!(matches!(import_json(&reworded, &library), Err(ImportError::Invalid(_))));
        // An answer for an indicator the carried list does not have.
        let unknown = file.replace("\"n1.1\": {", "\"zz9\": {}, \"n1.1\": {");
        assert!(matches!(import_json(&unknown, &library), Err(ImportError::Breach(_))));
    }

    #[test]
    fn a_profile_cannot_bring_a_changed_copy_of_a_built_in_list() {
        let changed = loaded(&STREEFDOELEN_CSV.replace("Nog niet", "Helemaal nog niet"));
        let details = SchoolDetails { name: "De Linde".into(), sector: Some(Sector::Po), region: None, roles: Vec::new() };
        let file = export_json(&Scan::new("s1".into(), &changed, details, T), &changed, "0.1.0", T);
        assert_eq!(
            import_json(&file, &with_builtin()),
            Err(ImportError::ChangedBuiltIn { id: "streefdoelen-werkversie".into(), version: "2026.1".into() })
        );
    }
}
