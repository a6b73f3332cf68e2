//! The conversation guide of a peer review: made from a group, what it carries, its file with
//! every refusal, agreements taken into a plan (nothing else changes), and before and after.

use samenscan::core::assessment::{Rating, Scan};
use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::guide::{decode_kept, encode_guide, encode_kept, follow_ups, guide_link_payload, read_guide, read_guide_link, take_into_plan, Guide, GuideError, KeptGuide, Source, TakeError};
use samenscan::core::instrument::{Audience, Instrument};
use samenscan::core::lang::Lang;
use samenscan::core::peer::{inventory, propose, Inventory, Participant, Settings};
use samenscan::core::profile::Profile;
use samenscan::core::school::{SchoolDetails, Sector};

const T: &str = "2026-12-01T10:00:00.000Z";

fn list() -> Instrument {
    Instrument::from_csv(STREEFDOELEN_CSV).unwrap()
}

/// A po school: `weak` streefdoelen rated 1, `strong` rated 4 with evidence.
fn school(id: &str, name: &str, list: &Instrument, weak: &[&str], strong: &[&str]) -> Scan {
    let details = SchoolDetails { name: name.into(), sector: Some(Sector::Po), ..Default::default() };
    let mut scan = Scan::new(id.into(), list, details, T);
    for (_, goal) in list.goals() {
        for indicator in goal.indicators_for(Some(Sector::Po)) {
            if weak.contains(&goal.id.as_str()) {
                scan.set_rating(&indicator.id, Some(Rating::Level("1".into())), T);
                scan.set_note(&indicator.id, format!("Nog zoeken ({})", indicator.id), T);
            } else if strong.contains(&goal.id.as_str()) {
                scan.set_rating(&indicator.id, Some(Rating::Level("4".into())), T);
                scan.set_evidence(&indicator.id, format!("Jaarverslag ({})", indicator.id), T);
            } else {
                scan.set_rating(&indicator.id, Some(Rating::Level("3".into())), T);
            }
        }
    }
    scan
}

struct Made {
    list: Instrument,
    scans: Vec<Scan>,
    guide: Guide,
}

fn made() -> Made {
    let list = list();
    let scans = vec![school("s1", "De Linde", &list, &["sd1"], &["sd2"]), school("s2", "De Regenboog", &list, &["sd2"], &["sd1"])];
    let profiles: Vec<Profile> = scans.iter().map(|s| Profile::of(s, &list)).collect();
    let inventories: Vec<Inventory> = scans.iter().zip(&profiles).map(|(s, p)| inventory(s, p, Audience::School)).collect();
    let keys = ["w1", "w2"];
    let participants: Vec<Participant> = (0..2).map(|i| Participant { key: keys[i].into(), sector: Some(Sector::Po), inventory: inventories[i].clone() }).collect();
    let groups = propose(&participants, &[], &Settings::default());
    let sources: Vec<Source> = (0..2).map(|i| Source { key: keys[i], scan: &scans[i], profile: &profiles[i], inventory: &inventories[i] }).collect();
    let guide = Guide::of("g1".into(), "Groep 1".into(), &groups[0], &sources, &list, T);
    Made { list, scans, guide }
}

#[test]
fn a_guide_names_the_members_and_the_topics_in_order_of_need_with_what_each_said() {
    let Made { guide, .. } = made();
    assert_eq!(guide.members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["De Linde", "De Regenboog"]);
    let topics: Vec<&str> = guide.topics.iter().map(|t| t.goal.as_str()).collect();
    assert_eq!(topics, ["sd1", "sd2"], "both score 1.0 on their need: ties by school");
    let first = &guide.topics[0];
    assert!(first.title.nl.len() > 5);
    assert_eq!(first.why.len(), 1);
    assert_eq!((first.why[0].seeker.as_str(), first.why[0].helper.as_str(), first.why[0].seeker_score, first.why[0].helper_score), ("s1", "s2", Some(1.0), 4.0));
    let linde = &first.said[0];
    assert!(linde.seeks && !linde.offers);
    assert_eq!(linde.score, Some(1.0));
    assert!(linde.notes.iter().all(|n| n.starts_with("Nog zoeken")) && !linde.notes.is_empty());
    assert_eq!(regenboog_evidence_count(&guide), 3, "one text per indicator: all differ");
    let regenboog = &first.said[1];
    assert!(regenboog.offers && !regenboog.seeks);
    assert!(regenboog.evidence[0].starts_with("Jaarverslag"));
    assert_eq!(guide.date(), "2026-12-01");
}

#[test]
fn a_guide_file_round_trips_and_bad_files_are_refused_with_a_reason() {
    let Made { mut guide, .. } = made();
    guide.add_agreement("a1".into(), "s1", "sd1");
    guide.edit_agreement("a1", |a| {
        a.what = "Welkomstgesprek met elk nieuw gezin".into();
        a.who = "Intern begeleider".into();
        a.when = "2027-03-01".into();
    });
    guide.follow_up = "2027-06-01".into();
    let text = encode_guide(&guide, "0.1.0");
    assert_eq!(read_guide(&text).unwrap(), guide);
    assert_eq!(read_guide(&format!("\u{feff}{text}")).unwrap(), guide, "a byte order mark is fine");
    let kept = KeptGuide { received: true, guide: guide.clone() };
    assert_eq!(decode_kept(&encode_kept(&kept)).unwrap(), kept);

    assert_eq!(read_guide("geen json"), Err(GuideError::NotJson));
    assert_eq!(read_guide(r#"{"format":"samenscan-profiel","format_version":1}"#), Err(GuideError::Profile));
    assert_eq!(read_guide(r#"{"format":"iets anders"}"#), Err(GuideError::NotAGuide));
    assert_eq!(read_guide(&text.replacen("\"format_version\": 1", "\"format_version\": 9", 1)), Err(GuideError::Newer));
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["guide"]["agreements"][0]["scan_id"] = "s9".into();
    let stranger = value.to_string();
    assert!(matches!(read_guide(&stranger), Err(GuideError::Damaged(what)) if what.contains("a1")), "an agreement of no one in the group");
    assert!(matches!(read_guide(&text.replacen("\"id\": \"g1\"", "\"id\": \"<script>\"", 1)), Err(GuideError::Damaged(_))));
    assert!(matches!(read_guide(&text.replacen("\"members\"", "\"leden\"", 1)), Err(GuideError::Damaged(_))));
    assert_eq!(read_guide(&" ".repeat(2 * 1024 * 1024)), Err(GuideError::TooLarge));
    for error in [GuideError::NotJson, GuideError::Profile, GuideError::Newer, GuideError::Damaged("x".into())] {
        assert_ne!(error.message(Lang::Nl), error.message(Lang::En));
    }
    // Every cut of the file is refused or read, never a panic.
    for cut in (0..text.len()).step_by(7) {
        if text.is_char_boundary(cut) {
            let _ = read_guide(&text[..cut]);
        }
    }
}

#[test]
fn an_agreement_goes_into_the_plan_as_one_action_and_nothing_else_changes() {
    let Made { list, scans, mut guide } = made();
    guide.add_agreement("a1".into(), "s1", "sd1");
    guide.edit_agreement("a1", |a| {
        a.what = "Welkomstgesprek".into();
        a.who = "Directeur".into();
        a.when = "2027-03-01".into();
    });
    guide.add_agreement("a2".into(), "s2", "sd2");
    let mut linde = scans[0].clone();
    let before = linde.clone();
    take_into_plan(&mut linde, &list, &guide, "a1", "act1".into(), "2026-12-05T09:00:00.000Z").unwrap();
    assert_eq!(linde.actions.len(), 1);
    let action = &linde.actions[0];
    assert_eq!((action.goal.as_str(), action.what.as_str(), action.who.as_str(), action.when.as_str()), ("sd1", "Welkomstgesprek", "Directeur", "2027-03-01"));
    let origin = action.peer.as_ref().unwrap();
    assert_eq!((origin.guide.as_str(), origin.agreement.as_str(), origin.date.as_str(), origin.before), ("g1", "a1", "2026-12-01", Some(1.0)));
    assert_eq!(origin.with, ["De Regenboog"]);
    let mut rest = linde.clone();
    rest.actions.clear();
    rest.updated_at = before.updated_at.clone();
    assert_eq!(rest, before, "answers, details and the rest are as they were");

    assert_eq!(take_into_plan(&mut linde, &list, &guide, "a1", "act2".into(), T), Err(TakeError::AlreadyInPlan));
    assert_eq!(take_into_plan(&mut linde, &list, &guide, "a2", "act3".into(), T), Err(TakeError::NotThisScan));
    assert_eq!(take_into_plan(&mut linde, &list, &guide, "nope", "act4".into(), T), Err(TakeError::NotThisScan));
    assert_eq!(linde.actions.len(), 1);
}

#[test]
fn a_later_profile_shows_the_score_before_and_after_per_matched_topic() {
    let Made { list, scans, mut guide } = made();
    guide.add_agreement("a1".into(), "s1", "sd1");
    guide.add_agreement("a2".into(), "s1", "sd1");
    let mut linde = scans[0].clone();
    take_into_plan(&mut linde, &list, &guide, "a1", "act1".into(), T).unwrap();
    take_into_plan(&mut linde, &list, &guide, "a2", "act2".into(), T).unwrap();
    for indicator in list.goal("sd1").unwrap().1.indicators_for(Some(Sector::Po)) {
        linde.set_rating(&indicator.id, Some(Rating::Level("3".into())), T);
    }
    let later = follow_ups(&linde, &Profile::of(&linde, &list));
    assert_eq!(later.len(), 1, "two agreements on one topic count once");
    assert_eq!((later[0].goal.as_str(), later[0].before, later[0].now), ("sd1", Some(1.0), Some(3.0)));
    assert!(follow_ups(&scans[1], &Profile::of(&scans[1], &list)).is_empty());
}

#[test]
fn a_guide_travels_as_a_link_with_the_same_checks_as_a_file() {
    let Made { mut guide, .. } = made();
    guide.add_agreement("a1".into(), "s1", "sd1");
    let payload = guide_link_payload(&guide, "0.1.0");
    assert!(payload.starts_with("1."), "the share link codec's version");
    assert!(payload.len() < encode_guide(&guide, "0.1.0").len(), "compact and deflated");
    assert_eq!(read_guide_link(&payload).unwrap(), guide);
    assert_eq!(read_guide_link(""), Err(GuideError::LinkBroken));
    assert_eq!(read_guide_link(&payload[..payload.len() / 2]), Err(GuideError::LinkBroken), "cut off by a mail program");
    assert_eq!(read_guide_link(&format!("9{}", &payload[1..])), Err(GuideError::Newer));
    // A profile's link is not a guide.
    let profile = samenscan::core::exchange::link::encode(r#"{"format":"samenscan-profiel","format_version":1}"#);
    assert_eq!(read_guide_link(&profile), Err(GuideError::Profile));
    assert_ne!(GuideError::LinkBroken.message(Lang::Nl), GuideError::LinkBroken.message(Lang::En));
}

#[test]
fn a_received_guide_replaces_an_older_copy_but_never_the_makers_own() {
    let Made { guide, .. } = made();
    let mut kept: Vec<KeptGuide> = Vec::new();
    KeptGuide::receive(&mut kept, guide.clone());
    assert_eq!(kept.len(), 1);
    assert!(kept[0].received);
    let mut newer = guide.clone();
    newer.add_agreement("a1".into(), "s1", "sd1");
    KeptGuide::receive(&mut kept, newer.clone());
    assert_eq!(kept, vec![KeptGuide { received: true, guide: newer.clone() }], "the adviser added an agreement since");

    let mut own = vec![KeptGuide { received: false, guide: newer.clone() }];
    KeptGuide::receive(&mut own, guide.clone());
    assert_eq!(own[0].guide, newer, "the maker keeps writing in its own guide");
    assert!(!own[0].received);
    let mut other = guide.clone();
    other.id = "g2".into();
    KeptGuide::receive(&mut own, other);
    assert_eq!(own.iter().map(|k| k.guide.id.as_str()).collect::<Vec<_>>(), ["g2", "g1"], "the newest first");
}

fn regenboog_evidence_count(guide: &Guide) -> usize {
    guide.topics[0].said[1].evidence.len()
}

#[test]
fn the_same_text_under_several_indicators_is_said_once() {
    let list = list();
    let mut scans = vec![school("s1", "De Linde", &list, &["sd1"], &[]), school("s2", "De Regenboog", &list, &[], &["sd1"])];
    for indicator in list.goal("sd1").unwrap().1.indicators_for(Some(Sector::Po)) {
        scans[1].set_evidence(&indicator.id, "  Schoolplan 2026  ".into(), T);
    }
    let profiles: Vec<Profile> = scans.iter().map(|s| Profile::of(s, &list)).collect();
    let inventories: Vec<Inventory> = scans.iter().zip(&profiles).map(|(s, p)| inventory(s, p, Audience::School)).collect();
    let participants: Vec<Participant> = ["w1", "w2"].iter().zip(&inventories).map(|(k, i)| Participant { key: (*k).into(), sector: Some(Sector::Po), inventory: i.clone() }).collect();
    let groups = propose(&participants, &[], &Settings::default());
    let sources: Vec<Source> = (0..2).map(|i| Source { key: ["w1", "w2"][i], scan: &scans[i], profile: &profiles[i], inventory: &inventories[i] }).collect();
    let guide = Guide::of("g1".into(), "Groep 1".into(), &groups[0], &sources, &list, T);
    assert_eq!(guide.topic("sd1").unwrap().said[1].evidence, ["Schoolplan 2026"]);
}
