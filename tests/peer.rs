//! Peer review: each profile's needs and offers, and the proposal of groups in which needs meet
//! offers (its rules, its ties, locked groups, sector fit, and forty profiles).

use samenscan::core::assessment::{Rating, Scan};
use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::instrument::{Audience, Instrument};
use samenscan::core::peer::{inventory, propose, sectors_fit, Inventory, Need, NeedReason, Offer, Participant, Settings};
use samenscan::core::profile::Profile;
use samenscan::core::school::{SchoolDetails, Sector};

const T: &str = "2026-12-01T10:00:00.000Z";

fn level(code: &str) -> Option<Rating> {
    Some(Rating::Level(code.into()))
}

#[test]
fn a_profile_needs_its_development_points_open_unknowns_and_plan_and_offers_strengths_with_evidence() {
    let list = Instrument::from_csv(STREEFDOELEN_CSV).unwrap();
    let details = SchoolDetails { name: "De Linde".into(), sector: Some(Sector::Po), ..Default::default() };
    let mut scan = Scan::new("s1".into(), &list, details, T);
    for id in ["sd1.1", "sd1.2", "sd1.3"] {
        scan.set_rating(id, level("1"), T);
    }
    for id in ["sd2.1", "sd2.2", "sd2.3"] {
        scan.set_rating(id, level("4"), T);
        scan.set_evidence(id, "Jaarplan".into(), T);
    }
    for id in ["sd3.1", "sd3.2", "sd3.3"] {
        scan.set_rating(id, level("4"), T); // strong, but without evidence: not an offer
    }
    scan.set_rating("sd4.1", level("4"), T);
    scan.set_evidence("sd4.1", "Verslag".into(), T);
    scan.set_rating("sd4.2", Some(Rating::Unknown), T);
    scan.add_action("sd5", "a1".into(), T);
    let profile = Profile::of(&scan, &list);
    let found = inventory(&scan, &profile, Audience::School);
    let needs: Vec<(&str, NeedReason)> = found.needs.iter().map(|n| (n.goal.as_str(), n.reason)).collect();
    assert_eq!(needs, vec![("sd1", NeedReason::Development), ("sd4", NeedReason::Unknown), ("sd5", NeedReason::InPlan)]);
    assert_eq!(found.needs[0].score, Some(1.0));
    let offers: Vec<&str> = found.offers.iter().map(|o| o.goal.as_str()).collect();
    assert_eq!(offers, vec!["sd2"], "sd3 lacks evidence, sd4 has an open 'weet niet'");
}

fn person(key: &str, sector: Option<Sector>, needs: &[(&str, f32)], offers: &[(&str, f32)]) -> Participant {
    Participant {
        key: key.into(),
        sector,
        inventory: Inventory {
            needs: needs.iter().map(|(g, s)| Need { goal: g.to_string(), reason: NeedReason::Development, score: Some(*s) }).collect(),
            offers: offers.iter().map(|(g, s)| Offer { goal: g.to_string(), score: *s }).collect(),
        },
    }
}

fn members(groups: &[samenscan::core::peer::Group]) -> Vec<Vec<String>> {
    groups.iter().map(|g| g.members.clone()).collect()
}

#[test]
fn needs_meet_offers_and_every_match_says_why() {
    let a = person("a", Some(Sector::Po), &[("sd1", 1.5)], &[("sd2", 3.7)]);
    let b = person("b", Some(Sector::Po), &[("sd2", 2.0)], &[("sd1", 3.5)]);
    let c = person("c", Some(Sector::Vo), &[("sd3", 1.0)], &[]);
    let d = person("d", Some(Sector::Vo), &[], &[("sd3", 4.0)]);
    let pairs = Settings { max_group: 2, ..Settings::default() };
    let groups = propose(&[a.clone(), b.clone(), c.clone(), d.clone()], &[], &pairs);
    assert_eq!(members(&groups), vec![vec!["a", "b"], vec!["c", "d"]]);
    let why = &groups[0].reasons;
    assert_eq!(why.len(), 2, "both ways");
    assert_eq!((why[0].seeker.as_str(), why[0].helper.as_str(), why[0].goal.as_str(), why[0].seeker_score, why[0].helper_score), ("a", "b", "sd1", Some(1.5), 3.5));
    // The same input in another order gives the same proposal.
    assert_eq!(propose(&[d, c, b, a], &[], &pairs), groups);
}

#[test]
fn no_one_is_asked_to_offer_on_more_streefdoelen_than_the_maximum() {
    let helper = person("h", None, &[], &[("sd1", 4.0), ("sd2", 4.0), ("sd3", 4.0), ("sd4", 4.0), ("sd5", 4.0)]);
    let seeker = person("s", None, &[("sd1", 1.0), ("sd2", 1.2), ("sd3", 1.4), ("sd4", 1.6), ("sd5", 1.8)], &[]);
    let groups = propose(&[helper, seeker], &[], &Settings { max_offers: 3, ..Settings::default() });
    let goals: Vec<&str> = groups[0].reasons.iter().map(|r| r.goal.as_str()).collect();
    assert_eq!(goals, vec!["sd1", "sd2", "sd3"], "the most urgent needs first");
}

#[test]
fn a_locked_group_stays_and_the_rest_is_formed_around_it() {
    let a = person("a", None, &[("sd1", 1.5)], &[("sd2", 3.7)]);
    let b = person("b", None, &[("sd2", 2.0)], &[("sd1", 3.5)]);
    let c = person("c", None, &[("sd1", 1.0)], &[("sd2", 3.0)]);
    let d = person("d", None, &[("sd2", 1.0)], &[("sd1", 3.0)]);
    let pairs = Settings { max_group: 2, ..Settings::default() };
    let free = propose(&[a.clone(), b.clone(), c.clone(), d.clone()], &[], &pairs);
    assert_eq!(members(&free), vec![vec!["a", "b"], vec!["c", "d"]]);
    let locked = propose(&[a, b, c, d], &[vec!["a".into(), "d".into()]], &pairs);
    assert_eq!(members(&locked), vec![vec!["a", "d"], vec!["b", "c"]]);
    assert!(locked[0].locked && !locked[1].locked);
}

#[test]
fn sector_fit_decides_between_equal_matches_and_can_be_switched_off() {
    assert!(sectors_fit(Some(Sector::Vve), Some(Sector::Po)));
    assert!(sectors_fit(Some(Sector::Vo), Some(Sector::Mbo)));
    assert!(!sectors_fit(Some(Sector::Vve), Some(Sector::Mbo)));
    let seeker = person("a", Some(Sector::Vve), &[("sd1", 1.0)], &[]);
    let far = person("b", Some(Sector::Mbo), &[], &[("sd1", 4.0)]);
    let near = person("c", Some(Sector::Po), &[], &[("sd1", 4.0)]);
    let pairs = Settings { max_group: 2, ..Settings::default() };
    let groups = propose(&[seeker.clone(), far.clone(), near.clone()], &[], &pairs);
    // VVE is paired with po first; the mbo school, left alone, joins (everyone gets a partner).
    assert_eq!(groups[0].members, vec!["a", "c", "b"]);
    assert_eq!(groups[0].reasons[0].helper, "c", "the need is met by the neighbouring sector");
    let without = propose(&[seeker, far, near], &[], &Settings { prefer_sector_fit: false, ..pairs });
    assert_eq!(without[0].members, vec!["a", "b", "c"], "without sector fit the tie goes by key");
    assert_eq!(without[0].reasons[0].helper, "b");
}

#[test]
fn every_profile_gets_a_partner_when_there_are_two_or_more() {
    let pairs = Settings { max_group: 2, ..Settings::default() };
    let three = [person("a", None, &[("sd1", 1.0)], &[]), person("b", None, &[], &[("sd1", 4.0)]), person("c", None, &[], &[])];
    let groups = propose(&three, &[], &pairs);
    assert_eq!(members(&groups), vec![vec!["a", "b", "c"]], "the one left joins a group");
    let alone = propose(&three[..1], &[], &pairs);
    assert_eq!(members(&alone), vec![vec!["a"]]);
    assert!(propose(&[], &[], &pairs).is_empty());
}

#[test]
fn forty_profiles_are_all_placed_in_groups_of_the_set_size_deterministically() {
    let goals = ["sd1", "sd2", "sd3", "sd4", "sd5", "sd6", "sd7", "sd8"];
    let sectors = [Sector::Vve, Sector::Po, Sector::Vo, Sector::Mbo];
    let people: Vec<Participant> = (0..40)
        .map(|n| {
            let needs: Vec<(&str, f32)> = (0..2).map(|k| (goals[(n * 3 + k) % 8], 1.0 + ((n + k) % 5) as f32 * 0.3)).collect();
            let offers: Vec<(&str, f32)> = (0..2).map(|k| (goals[(n * 5 + k + 4) % 8], 3.0 + ((n + k) % 3) as f32 * 0.3)).collect();
            person(&format!("w{n:02}"), Some(sectors[n % 4]), &needs, &offers)
        })
        .collect();
    let settings = Settings::default();
    let groups = propose(&people, &[], &settings);
    let mut placed: Vec<String> = groups.iter().flat_map(|g| g.members.clone()).collect();
    placed.sort();
    assert_eq!(placed.len(), 40);
    placed.dedup();
    assert_eq!(placed.len(), 40, "everyone once");
    assert!(groups.iter().all(|g| g.members.len() >= 2 && g.members.len() <= settings.max_group + 1));
    assert!(groups.iter().filter(|g| !g.reasons.is_empty()).count() >= groups.len() / 2, "most groups meet a need");
    for group in &groups {
        for helper in &group.members {
            let mut offered: Vec<&str> = group.reasons.iter().filter(|r| &r.helper == helper).map(|r| r.goal.as_str()).collect();
            offered.sort();
            offered.dedup();
            assert!(offered.len() <= settings.max_offers);
        }
    }
    let mut reversed = people.clone();
    reversed.reverse();
    assert_eq!(propose(&reversed, &[], &settings), groups);
}

#[test]
fn a_moved_profile_takes_its_matches_along_and_empty_groups_go() {
    use samenscan::core::peer::{move_member, regroup, Arranged};
    let a = person("a", None, &[("sd1", 1.5)], &[("sd2", 3.7)]);
    let b = person("b", None, &[("sd2", 2.0)], &[("sd1", 3.5)]);
    let c = person("c", None, &[("sd3", 1.0)], &[]);
    let d = person("d", None, &[], &[("sd3", 4.0)]);
    let all = [a, b, c, d];
    let settings = Settings { max_group: 2, ..Settings::default() };
    let proposed = propose(&all, &[], &settings);
    let mut arranged: Vec<Arranged> = proposed.iter().map(Arranged::from).collect();
    assert_eq!(arranged, vec![Arranged { members: vec!["a".into(), "b".into()], locked: false }, Arranged { members: vec!["c".into(), "d".into()], locked: false }]);
    move_member(&mut arranged, "c", Some(0));
    let groups = regroup(&all, &arranged, &settings);
    assert_eq!(members(&groups), vec![vec!["a", "b", "c"], vec!["d"]]);
    assert!(groups[1].reasons.is_empty(), "d alone helps no one");
    assert!(!groups[0].reasons.iter().any(|r| r.goal == "sd3"), "no one in the first group offers on sd3");
    move_member(&mut arranged, "d", Some(0));
    assert_eq!(arranged.len(), 1, "the emptied group is gone");
    move_member(&mut arranged, "a", None);
    assert_eq!(arranged[1].members, vec!["a"], "a group of its own");
    // Unknown keys (a profile closed since) are left out.
    let gone = regroup(&all[1..], &arranged, &settings);
    assert_eq!(members(&gone), vec![vec!["b", "c", "d"]]);
}

#[test]
fn an_lea_screening_offers_where_its_agreed_note_says_where_it_shows() {
    use samenscan::core::builtin::SCREENING_LEA_CSV;
    let list = Instrument::from_csv(SCREENING_LEA_CSV).unwrap();
    let top = list.scale.last().unwrap().code.clone();
    let goal = &list.themes[0].goals[0];
    let mut scan = Scan::new("l1".into(), &list, SchoolDetails { name: "Gemeente Zaanstad".into(), ..Default::default() }, T);
    for indicator in &goal.indicators {
        scan.set_rating(&indicator.id, level(&top), T);
    }
    let without = inventory(&scan, &Profile::of(&scan, &list), Audience::Lea);
    assert!(!without.offers.iter().any(|o| o.goal == goal.id), "no note yet");
    for indicator in &goal.indicators {
        scan.set_note(&indicator.id, "Staat in de LEA-notitie".into(), T);
    }
    let with = inventory(&scan, &Profile::of(&scan, &list), Audience::Lea);
    assert!(with.offers.iter().any(|o| o.goal == goal.id));
    let as_school = inventory(&scan, &Profile::of(&scan, &list), Audience::School);
    assert!(!as_school.offers.iter().any(|o| o.goal == goal.id), "on a school list a note is not evidence");
}

#[test]
fn on_a_regional_five_level_lea_list_two_municipalities_are_matched_on_its_own_bar() {
    let list = Instrument::from_csv(include_str!("fixtures/lists/lea-regio-oost.csv")).unwrap();
    let screening = |id: &str, name: &str, levels: &[(&str, &str)]| {
        let mut scan = Scan::new(id.into(), &list, SchoolDetails { name: name.into(), ..Default::default() }, T);
        for (indicator, code) in levels {
            scan.set_rating(indicator, level(code), T);
            scan.set_note(indicator, "Afgesproken in het LEA-overleg".into(), T);
        }
        scan
    };
    // Deurne is weak on o1 and everywhere on o3; Assen the other way round. The list's own bar
    // is 3 ("overal"): o2 at "vaak" (2) is a need for both, and neither can offer it.
    let deurne = screening("l1", "Gemeente Deurne", &[("o1.1", "niet"), ("o1.2", "soms"), ("o2.1", "vaak"), ("o3.1", "overal"), ("o3.2", "geborgd")]);
    let assen = screening("l2", "Gemeente Assen", &[("o1.1", "geborgd"), ("o1.2", "overal"), ("o2.1", "vaak"), ("o3.1", "soms"), ("o3.2", "niet")]);
    let people: Vec<Participant> = [&deurne, &assen]
        .iter()
        .map(|scan| Participant { key: scan.id.clone(), sector: None, inventory: inventory(scan, &Profile::of(scan, &list), Audience::Lea) })
        .collect();
    let needs = |p: &Participant| p.inventory.needs.iter().map(|n| n.goal.clone()).collect::<Vec<_>>();
    let offers = |p: &Participant| p.inventory.offers.iter().map(|o| (o.goal.clone(), o.score)).collect::<Vec<_>>();
    assert_eq!(needs(&people[0]), vec!["o1", "o2"]);
    assert_eq!(offers(&people[0]), vec![("o3".to_string(), 3.5)]);
    assert_eq!(needs(&people[1]), vec!["o3", "o2"]);
    assert_eq!(offers(&people[1]), vec![("o1".to_string(), 3.5)]);

    let groups = propose(&people, &[], &Settings::default());
    assert_eq!(members(&groups), vec![vec!["l1", "l2"]]);
    let reasons: Vec<(&str, &str, &str)> = groups[0].reasons.iter().map(|r| (r.seeker.as_str(), r.helper.as_str(), r.goal.as_str())).collect();
    assert!(reasons.contains(&("l1", "l2", "o1")) && reasons.contains(&("l2", "l1", "o3")), "{reasons:?}");
    assert!(!reasons.iter().any(|r| r.2 == "o2"), "no one can help on o2");
}
