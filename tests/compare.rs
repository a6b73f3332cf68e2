//! Groundwork for the adviser workspace (issue 5): merging a team, a consensus scan, and two
//! exports compared over time, matched by item id.

use samenscan::core::assessment::{Rating, Scan};
use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::compare::{consensus, merge_team, over_time, GoalChange};
use samenscan::core::instrument::Instrument;
use samenscan::core::profile::Profile;
use samenscan::core::school::{SchoolDetails, Sector};

const T: &str = "2026-11-23T10:00:00.000Z";

fn instrument() -> Instrument {
    Instrument::from_csv(STREEFDOELEN_CSV).unwrap()
}

fn member(instrument: &Instrument, id: &str, answers: &[(&str, Option<Rating>, &str)]) -> Scan {
    let details = SchoolDetails { name: "De Linde".into(), sector: Some(Sector::Po), region: None, roles: vec![] };
    let mut scan = Scan::new(id.into(), instrument, details, T);
    for (indicator, rating, note) in answers {
        scan.set_rating(indicator, rating.clone(), T);
        scan.set_note(indicator, note.to_string(), T);
    }
    scan
}

fn level(code: &str) -> Option<Rating> {
    Some(Rating::Level(code.into()))
}

#[test]
fn the_team_view_puts_the_largest_disagreement_first() {
    let instrument = instrument();
    let a = member(&instrument, "a", &[("sd1.1", level("4"), ""), ("sd1.2", level("3"), ""), ("sd1.3", Some(Rating::Unknown), "")]);
    let b = member(&instrument, "b", &[("sd1.1", level("1"), ""), ("sd1.2", level("3"), ""), ("sd1.3", Some(Rating::Unknown), "")]);
    let c = member(&instrument, "c", &[("sd1.1", level("2"), ""), ("sd1.2", level("3"), "")]);
    let view = merge_team(&[&a, &b, &c], &instrument);
    assert_eq!(view.len(), instrument.indicators_for(Some(Sector::Po)).count());
    let first = &view[0];
    assert_eq!((first.indicator.as_str(), first.spread, first.median), ("sd1.1", 3, Some(2.0)));
    assert_eq!(first.scores, vec![1, 2, 4]);
    let agreed = view.iter().find(|a| a.indicator == "sd1.2").unwrap();
    assert!(agreed.unanimous(3));
    let unknown = view.iter().find(|a| a.indicator == "sd1.3").unwrap();
    assert_eq!((unknown.unknown, unknown.open), (2, 1));
    assert!(!unknown.unanimous(3), "one member did not answer");
    // Two scores: the median lies between them.
    assert_eq!(merge_team(&[&a, &b], &instrument)[0].median, Some(2.5));
}

#[test]
fn the_consensus_scan_keeps_what_all_agree_on_and_every_note() {
    let instrument = instrument();
    let a = member(&instrument, "a", &[("sd1.1", level("4"), "Volgens mij goed"), ("sd1.2", level("3"), "")]);
    let b = member(&instrument, "b", &[("sd1.1", level("1"), "Ik zie het niet"), ("sd1.2", level("3"), "Staat in het plan")]);
    let merged = consensus(&[&a, &b], &instrument, "sconsensus".into(), "De Linde (team)", T).unwrap();
    assert_eq!(merged.id, "sconsensus");
    assert_eq!(merged.details.name, "De Linde (team)");
    assert_eq!(merged.rating("sd1.2"), level("3").as_ref(), "agreed: filled in");
    assert_eq!(merged.rating("sd1.1"), None, "disagreed: left open for the team");
    assert_eq!(merged.answer("sd1.1").unwrap().note, "Volgens mij goed\nIk zie het niet");
    assert_eq!(merged.answer("sd1.2").unwrap().note, "Staat in het plan");
    assert!(consensus(&[], &instrument, "x".into(), "x", T).is_none());
}

#[test]
fn two_exports_compare_per_streefdoel_and_name_items_in_only_one() {
    let instrument = instrument();
    let last_year = member(&instrument, "s", &[("sd1.1", level("2"), ""), ("sd1.2", level("2"), "")]);
    let this_year = member(&instrument, "s", &[("sd1.1", level("4"), ""), ("sd1.2", level("3"), "")]);
    let changes = over_time(&Profile::of(&last_year, &instrument), &Profile::of(&this_year, &instrument));
    assert_eq!(changes[0], GoalChange::Both { goal: "sd1".into(), before: Some(2.0), after: Some(3.5) });
    assert!(changes.contains(&GoalChange::Both { goal: "sd2".into(), before: None, after: None }));

    // A later version of the list without sd11 and with a new streefdoel: both are reported.
    let mut newer = Profile::of(&this_year, &instrument);
    let last = newer.themes.last_mut().unwrap();
    last.goals[0].id = "sd12".into();
    let changes = over_time(&Profile::of(&last_year, &instrument), &newer);
    assert!(changes.contains(&GoalChange::OnlyAfter { goal: "sd12".into() }));
    assert_eq!(changes.last(), Some(&GoalChange::OnlyBefore { goal: "sd11".into() }));
}

const NOORD: &str = include_str!("fixtures/lists/ep-noord-streefdoelen.csv");
const NOORD_2028: &str = include_str!("fixtures/lists/ep-noord-streefdoelen-2028.csv");

#[test]
fn two_versions_of_a_list_show_what_was_added_removed_and_reworded() {
    use samenscan::core::compare::{list_changes, Change};
    let (before, after) = (Instrument::from_csv(NOORD).unwrap(), Instrument::from_csv(NOORD_2028).unwrap());
    let changes = list_changes(&before, &after);
    let summary: Vec<(&str, bool, Change)> = changes.items.iter().map(|i| (i.id.as_str(), i.is_goal, i.change)).collect();
    assert_eq!(summary, vec![("n2.2", false, Change::Reworded), ("n3.2", false, Change::Removed), ("n4", true, Change::Added), ("n4.1", false, Change::Added)]);
    let reworded = &changes.items[0];
    assert_eq!(reworded.before.as_ref().unwrap().nl, "De school antwoordt binnen twee werkdagen.");
    assert_eq!(reworded.after.as_ref().unwrap().nl, "De school antwoordt binnen één werkdag.");
    assert!(changes.items[1].after.is_none());
    assert_eq!(changes.items[2].after.as_ref().unwrap().nl, "Ouders in de klas");
    assert!(!changes.scale_changed && !changes.rules_changed);
    assert_eq!((changes.count(Change::Added), changes.count(Change::Removed), changes.count(Change::Reworded)), (2, 1, 1));
    // Back the other way round, and a list against itself.
    let back = list_changes(&after, &before);
    assert_eq!(back.count(Change::Added), 1);
    assert_eq!(back.count(Change::Removed), 2);
    assert!(list_changes(&before, &before).is_empty());
    // Another list altogether: other scale, other rules, everything added and removed.
    let working = Instrument::from_csv(STREEFDOELEN_CSV).unwrap();
    let across = list_changes(&working, &after);
    assert!(across.scale_changed && across.rules_changed);
    assert_eq!(across.count(Change::Reworded), 0);
    assert_eq!(across.count(Change::Added), 4 + 6, "four goals and six indicators of Noord 2028");
}

#[test]
fn a_sector_wording_that_changed_counts_as_reworded() {
    use samenscan::core::compare::{list_changes, Change};
    let before = Instrument::from_csv(NOORD).unwrap();
    let after = Instrument::from_csv(&NOORD.replace("een gesprek met de mentor", "een gesprek met de coach")).unwrap();
    let changes = list_changes(&before, &after);
    assert_eq!(changes.items.len(), 1);
    assert_eq!((changes.items[0].id.as_str(), changes.items[0].change), ("n1.1", Change::Reworded));
}
