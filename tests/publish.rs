//! Lists published with the app: the publish tool's work on a folder, the manifest it writes,
//! and how the start page follows it (what to fetch, what to withdraw, what to refuse).

use samenscan::core::builtin::{SCREENING_LEA, SCREENING_LEA_CSV, STREEFDOELEN, STREEFDOELEN_CSV};
use samenscan::core::instrument_compiled::read;
use samenscan::core::lang::Lang;
use samenscan::core::library::{Library, Origin};
use samenscan::core::list_check::ListFault;
use samenscan::core::publish::{
    compiled_name, is_plain_file_name, plan_sync, publish, read_manifest, take_published, write_manifest, Manifest, ManifestFault,
    PublishedFault, MAX_PUBLISHED,
};
use std::sync::Arc;

const NOORD: &str = include_str!("fixtures/lists/ep-noord-streefdoelen.csv");
const MBO: &str = include_str!("fixtures/lists/mbo-partnerschap.csv");
const OOST: &str = include_str!("fixtures/lists/lea-regio-oost.csv");
const BUILT_IN: [&str; 2] = [STREEFDOELEN.hash, SCREENING_LEA.hash];

fn folder(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect()
}

fn library() -> Library {
    let mut library = Library::default();
    library.add_builtin(read(STREEFDOELEN.compiled).unwrap(), STREEFDOELEN.hash);
    library.add_builtin(read(SCREENING_LEA.compiled).unwrap(), SCREENING_LEA.hash);
    library
}

fn published() -> (Manifest, Vec<(String, String)>) {
    let p = publish(&folder(&[("ep-noord.csv", NOORD), ("mbo.csv", MBO), ("oost.csv", OOST)]), &BUILT_IN, Lang::Nl);
    assert!(p.refused.is_empty(), "{:?}", p.refused);
    (p.manifest, p.files)
}

#[test]
fn the_tool_publishes_sound_lists_and_skips_the_built_in_ones() {
    let p = publish(
        &folder(&[("ep-noord.csv", NOORD), ("oost.csv", OOST), ("streefdoelen-werkversie.csv", STREEFDOELEN_CSV), ("screening.csv", SCREENING_LEA_CSV)]),
        &BUILT_IN,
        Lang::Nl,
    );
    assert_eq!(p.built_in, vec!["streefdoelen-werkversie.csv", "screening.csv"]);
    assert!(p.refused.is_empty());
    let ids: Vec<&str> = p.manifest.lists.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec!["ep-noord-streefdoelen", "lea-regio-oost"]);
    assert_eq!(p.manifest.lists[0].file, "ep-noord.lijst");
    assert_eq!(p.files[0].0, "ep-noord.lijst");
    // The compiled file is the list the manifest names, with the same hash.
    let list = samenscan::core::library::open_list(&p.files[0].1).unwrap();
    assert_eq!(list.hash, p.manifest.lists[0].hash);
    assert_eq!(list.title.nl, p.manifest.lists[0].title);
}

#[test]
fn the_tool_refuses_a_broken_file_with_every_problem_by_line_and_publishes_the_rest() {
    let broken = "kind;id;parent;value;nl\ninstrument;kapot;school;1;Kapot\ntheme;t1;;;\ngoal;g1;onbekend;;Doel\n";
    let p = publish(&folder(&[("kapot.csv", broken), ("mbo.csv", MBO)]), &BUILT_IN, Lang::Nl);
    assert_eq!(p.manifest.lists.len(), 1);
    let (name, problems) = &p.refused[0];
    assert_eq!(name, "kapot.csv");
    assert!(problems.iter().any(|m| m.starts_with("Regel 3:")), "{problems:?}");
    assert!(problems.iter().any(|m| m.starts_with("Regel 4:") && m.contains("onbekend")), "{problems:?}");
    let english = publish(&folder(&[("kapot.csv", broken)]), &BUILT_IN, Lang::En);
    assert!(english.refused[0].1.iter().any(|m| m.starts_with("Line 3:")));
}

#[test]
fn two_files_with_the_same_id_and_version_but_other_content_are_both_refused() {
    let changed = NOORD.replacen("Streefdoelen ExpertisePunt Noord", "Streefdoelen Noord (andere tekst)", 1);
    assert_ne!(changed, NOORD);
    let p = publish(&folder(&[("a.csv", NOORD), ("b.csv", &changed), ("mbo.csv", MBO)]), &BUILT_IN, Lang::Nl);
    let refused: Vec<&str> = p.refused.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(refused, vec!["a.csv", "b.csv"]);
    assert!(p.refused[0].1[0].contains("b.csv"));
    assert_eq!(p.manifest.lists.len(), 1);
    // The same list twice is published once.
    let twice = publish(&folder(&[("a.csv", NOORD), ("kopie.csv", NOORD)]), &BUILT_IN, Lang::Nl);
    assert_eq!(twice.manifest.lists.len(), 1);
    assert_eq!(twice.refused.len(), 1);
}

#[test]
fn compiled_names_are_plain_file_names_in_the_same_folder() {
    assert_eq!(compiled_name("Lijst Noord 2027.csv"), "Lijst-Noord-2027.lijst");
    assert_eq!(compiled_name(".verborgen.CSV"), "verborgen.lijst");
    assert!(is_plain_file_name(&compiled_name("é ü.csv"), ".lijst"));
    for bad in ["../geheim.lijst", "sub/a.lijst", ".lijst", "a.lijst?x=1", "https:x.lijst", "a.csv"] {
        assert!(!is_plain_file_name(bad, ".lijst"), "{bad}");
    }
}

#[test]
fn the_manifest_reads_back_what_the_tool_wrote() {
    let (manifest, _) = published();
    let text = write_manifest(&manifest);
    assert_eq!(read_manifest(&text).unwrap(), manifest);
    assert_eq!(read_manifest(&format!("\u{feff}{text}")).unwrap(), manifest, "a byte order mark is ignored");
    assert_eq!(read_manifest(r#"{"format":1,"lists":[]}"#).unwrap(), Manifest::default());
}

#[test]
fn a_bad_manifest_is_refused_with_a_reason() {
    let (manifest, _) = published();
    let good = write_manifest(&manifest);
    assert_eq!(read_manifest("<html>niet gevonden</html>"), Err(ManifestFault::Unreadable));
    assert_eq!(read_manifest(r#"{"lists":[]}"#), Err(ManifestFault::Unreadable));
    assert_eq!(read_manifest(r#"{"format":7,"lists":[]}"#), Err(ManifestFault::Newer(7)));
    assert_eq!(read_manifest(&good.replacen("ep-noord.lijst", "../../geheim.lijst", 1)), Err(ManifestFault::BadEntry(1)));
    assert_eq!(read_manifest(&good.replacen(&manifest.lists[1].hash, "niet-hex", 1)), Err(ManifestFault::BadEntry(2)));
    assert_eq!(read_manifest(&good.replacen("lea-regio-oost\"", "lea regio<script>\"", 1)), Err(ManifestFault::BadEntry(3)));
    let many: Vec<String> = (0..=MAX_PUBLISHED).map(|i| format!(r#"{{"file":"l{i}.lijst","id":"l{i}","version":"1","hash":"0123456789abcdef"}}"#)).collect();
    assert_eq!(read_manifest(&format!(r#"{{"format":1,"lists":[{}]}}"#, many.join(","))), Err(ManifestFault::TooMany));
    assert_eq!(read_manifest(&" ".repeat(70 * 1024)), Err(ManifestFault::TooLarge));
    for fault in [ManifestFault::Unreadable, ManifestFault::Newer(2), ManifestFault::TooMany, ManifestFault::BadEntry(3), ManifestFault::TooLarge] {
        assert!(fault.message(Lang::Nl).contains("manifest.json"));
        assert_ne!(fault.message(Lang::Nl), fault.message(Lang::En));
    }
}

#[test]
fn the_start_page_fetches_new_lists_once_and_withdraws_those_no_longer_published() {
    let (manifest, files) = published();
    let mut library = library();
    let plan = plan_sync(&manifest, &library);
    assert_eq!(plan.fetch.len(), 3);
    assert!(plan.withdrawn.is_empty());
    for (entry, (_, compiled)) in plan.fetch.iter().zip(&files) {
        let list = take_published(entry, compiled, &library).unwrap();
        library.adopt(Arc::new(list), Origin::Website, true);
    }
    assert_eq!(plan_sync(&manifest, &library), Default::default(), "nothing to do the second time");

    // The host takes the mbo list off the website: it is no longer offered, but stays for scans.
    let fewer = Manifest { lists: manifest.lists.iter().filter(|e| e.id != "mbo-partnerschap").cloned().collect() };
    let plan = plan_sync(&fewer, &library);
    let mbo_hash = manifest.lists.iter().find(|e| e.id == "mbo-partnerschap").unwrap().hash.clone();
    assert_eq!(plan.withdrawn, vec![mbo_hash.clone()]);
    library.remove(&mbo_hash, true);
    assert!(library.get(&mbo_hash).unwrap().retired);
    // Put back, it is fetched and offered again.
    let plan = plan_sync(&manifest, &library);
    assert_eq!(plan.fetch.iter().map(|e| e.hash.clone()).collect::<Vec<_>>(), vec![mbo_hash.clone()]);
    library.adopt(library.get(&mbo_hash).unwrap().list.clone(), Origin::Website, true);
    assert!(!library.get(&mbo_hash).unwrap().retired);
}

#[test]
fn an_own_file_list_is_never_withdrawn_by_the_manifest() {
    let (manifest, files) = published();
    let mut library = library();
    let own = take_published(&manifest.lists[0], &files[0].1, &library).unwrap();
    library.adopt(Arc::new(own), Origin::OwnFile, false);
    let plan = plan_sync(&Manifest::default(), &library);
    assert!(plan.withdrawn.is_empty());
    assert_eq!(plan_sync(&manifest, &library).fetch.len(), 2, "a list already here from a file is not fetched again");
}

#[test]
fn a_published_list_that_is_broken_changed_or_takes_a_built_in_name_is_refused() {
    let (manifest, files) = published();
    let library = library();
    let (entry, compiled) = (&manifest.lists[0], &files[0].1);
    assert_eq!(take_published(entry, "geen lijst", &library), Err(PublishedFault::Broken(ListFault::Unreadable)));
    let changed = compiled.replacen("Noord", "Zuid", 1);
    assert_eq!(take_published(entry, &changed, &library), Err(PublishedFault::Changed));
    // A list with the built-in list's id and version but other content.
    let fake = STREEFDOELEN_CSV.replacen("Alle ouders", "Sommige ouders", 1);
    let p = publish(&folder(&[("nep.csv", &fake)]), &[], Lang::Nl);
    assert_eq!(take_published(&p.manifest.lists[0], &p.files[0].1, &library), Err(PublishedFault::Reserved));
    for fault in [PublishedFault::Missing, PublishedFault::Changed, PublishedFault::Reserved, PublishedFault::Broken(ListFault::BadScale)] {
        assert_ne!(fault.message(Lang::Nl), fault.message(Lang::En));
    }
}
