//! Scoring and readiness, on the shipped instrument and on small hand-made ones.

use samenscan::core::assessment::{Rating, Scan};
use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::instrument::{Goal, Instrument};
use samenscan::core::profile::{Gap, Profile, Verdict};
use samenscan::core::school::{SchoolDetails, Sector};

const T: &str = "2026-11-23T10:00:00.000Z";

fn small(rules: &str) -> Instrument {
    let csv = format!(
        "kind;id;parent;sector;value;nl;en;help_nl;help_en
instrument;mini;school;;1;Mini;Mini;;
scale;1;;;1;Een;One;a;a
scale;2;;;2;Twee;Two;b;b
scale;3;;;3;Drie;Three;c;c
scale;4;;;4;Vier;Four;d;d
{rules}
theme;t1;;;;T1;T1;;
goal;g1;t1;;;G1;G1;;
indicator;i1;g1;;;I1;I1;;
indicator;i2;g1;;;I2;I2;;
goal;g2;t1;;;G2;G2;;
indicator;i3;g2;;;I3;I3;;
indicator;i4;g2;;;I4;I4;;
theme;t2;;;;T2;T2;;
goal;g3;t2;;;G3;G3;;
indicator;i5;g3;;;I5;I5;;
indicator;i6;g3;;;I6;I6;;
"
    );
    Instrument::from_csv(&csv).unwrap()
}

fn scan(instrument: &Instrument) -> Scan {
    let details = SchoolDetails { name: "Test".into(), sector: Some(Sector::Po), region: None, roles: vec![] };
    Scan::new("s".into(), instrument, details, T)
}

fn rate(scan: &mut Scan, id: &str, level: &str, evidence: &str) {
    scan.set_rating(id, Some(Rating::Level(level.into())), T);
    scan.set_evidence(id, evidence.into(), T);
}

#[test]
fn averages_leave_weet_niet_and_nvt_out_and_weigh_streefdoelen_equally() {
    let instrument = small("");
    let mut s = scan(&instrument);
    rate(&mut s, "i1", "4", "");
    s.set_rating("i2", Some(Rating::Unknown), T);
    rate(&mut s, "i3", "1", "");
    rate(&mut s, "i4", "2", "");
    s.set_rating("i5", Some(Rating::NotApplicable), T);
    rate(&mut s, "i6", "3", "");
    let p = Profile::of(&s, &instrument);
    assert_eq!(p.goal("g1").unwrap().average, Some(4.0), "weet niet is not a zero");
    assert_eq!(p.goal("g2").unwrap().average, Some(1.5));
    assert_eq!(p.goal("g3").unwrap().average, Some(3.0), "n.v.t. is not a zero");
    assert_eq!(p.themes[0].average, Some(2.75), "theme = mean of its goals");
    assert_eq!(p.overall, Some((4.0 + 1.5 + 3.0) / 3.0));
    assert_eq!(p.counts.rated, 4);
    assert_eq!(p.counts.unknown, 1);
    assert_eq!(p.counts.not_applicable, 1);
    assert_eq!(p.counts.open(), 0);
}

#[test]
fn an_empty_scan_has_no_scores_and_is_not_ready() {
    let instrument = small("rule;min_goal_score;;;3;;;;");
    let p = Profile::of(&scan(&instrument), &instrument);
    assert_eq!(p.overall, None);
    assert!(p.themes.iter().all(|t| t.average.is_none()));
    assert_eq!(p.verdict, Verdict::NotYet);
    assert_eq!(p.gaps.len(), 6, "every indicator unanswered");
    assert!(p.strengths.is_empty() && p.development_points.is_empty());
}

#[test]
fn the_rule_from_the_data_decides_ready_almost_and_not_yet() {
    let instrument = small("rule;min_goal_score;;;3;;;;\nrule;evidence_required;;;ja;;;;\nrule;max_unknown;;;0;;;;\nrule;almost_max_gaps;;;2;;;;");
    let mut s = scan(&instrument);
    for id in ["i1", "i2", "i3", "i4", "i5", "i6"] {
        rate(&mut s, id, "3", "verslag");
    }
    assert_eq!(Profile::of(&s, &instrument).verdict, Verdict::Ready);

    // One rating without evidence, one "weet niet": almost, with exactly those items.
    s.set_evidence("i2", String::new(), T);
    s.set_rating("i5", Some(Rating::Unknown), T);
    let p = Profile::of(&s, &instrument);
    assert_eq!(p.verdict, Verdict::Almost);
    assert_eq!(
        p.gaps,
        vec![
            Gap::MissingEvidence { goal: "g1".into(), indicator: "i2".into() },
            Gap::Unknown { goal: "g3".into(), indicator: "i5".into() },
        ]
    );
    assert_eq!(p.open_unknown, vec!["i5".to_string()]);

    // A streefdoel below the minimum makes a third gap: not yet.
    rate(&mut s, "i3", "1", "x");
    rate(&mut s, "i4", "2", "x");
    let p = Profile::of(&s, &instrument);
    assert_eq!(p.verdict, Verdict::NotYet);
    assert!(p.gaps.contains(&Gap::GoalBelow { goal: "g2".into(), average: Some(1.5), minimum: 3.0 }));
    assert_eq!(p.development_points, vec!["g2".to_string()]);
    assert_eq!(p.strengths, vec!["g1".to_string(), "g3".to_string()]);
}

#[test]
fn high_ratings_without_evidence_are_listed() {
    let instrument = small("rule;min_goal_score;;;3;;;;");
    let mut s = scan(&instrument);
    rate(&mut s, "i1", "4", "");
    rate(&mut s, "i2", "2", "");
    rate(&mut s, "i3", "3", "notulen");
    let p = Profile::of(&s, &instrument);
    assert_eq!(p.high_without_evidence, vec!["i1".to_string()]);
    // Without evidence_required, missing evidence is not a gap.
    assert!(!p.gaps.iter().any(|g| matches!(g, Gap::MissingEvidence { .. })));
}

#[test]
fn min_indicator_score_and_allowed_unknowns() {
    let instrument = small("rule;min_indicator_score;;;2;;;;\nrule;max_unknown;;;1;;;;");
    let mut s = scan(&instrument);
    for id in ["i1", "i2", "i3", "i4"] {
        rate(&mut s, id, "3", "");
    }
    rate(&mut s, "i5", "1", "");
    s.set_rating("i6", Some(Rating::Unknown), T);
    let p = Profile::of(&s, &instrument);
    assert_eq!(p.gaps, vec![Gap::IndicatorBelow { goal: "g3".into(), indicator: "i5".into(), score: 1, minimum: 2 }]);
    assert_eq!(p.verdict, Verdict::Almost, "default almost_max_gaps is 5");
}

#[test]
fn the_shipped_rule_needs_level_three_evidence_and_no_weet_niet() {
    let instrument = Instrument::from_csv(STREEFDOELEN_CSV).unwrap();
    let mut s = scan(&instrument);
    let ids: Vec<String> = instrument.indicators_for(Some(Sector::Po)).map(|i| i.id.clone()).collect();
    for id in &ids {
        rate(&mut s, id, "3", "zie jaarverslag");
    }
    let p = Profile::of(&s, &instrument);
    assert_eq!(p.verdict, Verdict::Ready);
    assert_eq!(p.counts.total, ids.len());
    s.set_rating(&ids[0], Some(Rating::Unknown), T);
    assert_eq!(Profile::of(&s, &instrument).verdict, Verdict::Almost);
}

/// An own list may give a sector streefdoelen, or a whole theme, of its own (every indicator with
/// a sector row): the mbo test list has a theme whose streefdoelen are for mbo (and vo) only.
const MBO: &str = include_str!("fixtures/lists/mbo-partnerschap.csv");

fn scan_of(instrument: &Instrument, sector: Sector) -> Scan {
    let details = SchoolDetails { name: "Test".into(), sector: Some(sector), region: None, roles: vec![] };
    Scan::new(format!("s-{}", sector.code()), instrument, details, T)
}

#[test]
fn a_scan_walks_only_through_the_streefdoelen_of_its_sector() {
    let list = Instrument::from_csv(MBO).unwrap();
    let ids = |sector| list.goals_for(Some(sector)).map(|(_, g)| g.id.as_str()).collect::<Vec<_>>();
    assert_eq!(ids(Sector::Mbo), ["m1", "m2", "m3"]);
    assert_eq!(ids(Sector::Vo), ["m2", "m3"]);
    assert_eq!(ids(Sector::Po), ["m3"]);
    // "Streefdoel 1 van 2" for vo, and Back and Next skip what vo does not answer.
    assert_eq!(list.goal_position("m2", Some(Sector::Vo)), (1, 2));
    assert_eq!(list.goal_position("m3", Some(Sector::Po)), (1, 1));
    let ids_of = |(before, after): (Option<&Goal>, Option<&Goal>)| (before.map(|g| g.id.clone()), after.map(|g| g.id.clone()));
    assert_eq!(ids_of(list.neighbours("m2", Some(Sector::Vo))), (None, Some("m3".into())));
    assert_eq!(ids_of(list.neighbours("m3", Some(Sector::Po))), (None, None));
    assert_eq!(ids_of(list.neighbours("m2", Some(Sector::Mbo))), (Some("m1".into()), Some("m3".into())));
    assert!(!list.theme("m-start").unwrap().applies_to(Some(Sector::Po)));
    assert!(list.goal_for("m1", Some(Sector::Po)).is_none() && list.goal_for("m1", Some(Sector::Mbo)).is_some());

    // Where to go on: never a streefdoel of another sector, also after the sector was changed.
    let mut po = scan_of(&list, Sector::Po);
    assert_eq!(po.resume_goal(&list).map(|g| g.id.as_str()), Some("m3"));
    let mut mbo = scan_of(&list, Sector::Mbo);
    mbo.visit_goal("m1");
    assert_eq!(mbo.resume_goal(&list).map(|g| g.id.as_str()), Some("m1"));
    po.visit_goal("m1");
    assert_eq!(po.resume_goal(&list).map(|g| g.id.as_str()), Some("m3"));

    // The profile has no empty theme for po: only the theme it answers.
    let profile = Profile::of(&po, &list);
    assert_eq!(profile.themes.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["m-loopbaan"]);
    assert_eq!(Profile::of(&mbo, &list).themes.len(), 2);
}

#[test]
fn side_by_side_says_not_for_this_sector_where_a_school_has_nothing_to_answer() {
    use samenscan::core::compare::{side_by_side, Cell};
    let list = Instrument::from_csv(MBO).unwrap();
    let (mbo, po) = (scan_of(&list, Sector::Mbo), scan_of(&list, Sector::Po));
    let overview = side_by_side(&[("w1", &mbo, &list), ("w2", &po, &list)]);
    let cell = |row: usize, id: &str| {
        let column = overview.columns.iter().position(|c| c.id == id).unwrap();
        overview.rows[row].cells[column]
    };
    assert_eq!(cell(0, "m1"), Cell::NoScore);
    assert_eq!(cell(1, "m1"), Cell::NotForSector);
    assert_eq!(cell(1, "m-start"), Cell::NotForSector);
    assert_eq!(cell(1, "m3"), Cell::NoScore);
}
