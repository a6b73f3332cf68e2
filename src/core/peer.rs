//! Peer review (*collegiale consultatie*, issue 12): what each profile needs and can offer, and a
//! proposal of small groups in which one's needs meet another's offers. Pure and deterministic:
//! the same profiles and settings always give the same groups, whatever order they come in.
//!
//! Needs are a profile's development points, the streefdoelen with open "weet niet" answers, and
//! the streefdoelen in its action plan; offers are the streefdoelen at or above the list's bar
//! with evidence for every rated indicator. For an LEA screening the streefdoelen are its topics.

use super::assessment::Scan;
use super::instrument::Audience;
use super::profile::Profile;
use super::school::Sector;
use serde::{Deserialize, Serialize};

/// Why a profile seeks help on a streefdoel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedReason {
    /// Below the bar: a development point.
    Development,
    /// Open "weet niet" answers.
    Unknown,
    /// In the action plan.
    InPlan,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Need {
    pub goal: String,
    pub reason: NeedReason,
    pub score: Option<f32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub goal: String,
    pub score: f32,
}

/// A profile's short inventory: what it seeks help with (most urgent first) and what it can offer
/// (strongest first).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inventory {
    pub needs: Vec<Need>,
    pub offers: Vec<Offer>,
}

/// The needs and offers of one scan on its list (`profile` is `Profile::of(scan, list)`). An LEA
/// screening records no evidence field: there the agreed note says where it shows.
pub fn inventory(scan: &Scan, profile: &Profile, audience: Audience) -> Inventory {
    let goals = || profile.themes.iter().flat_map(|t| t.goals.iter());
    let score_of = |id: &str| goals().find(|g| g.id == id).and_then(|g| g.average);
    let mut needs: Vec<Need> = profile
        .development_points
        .iter()
        .map(|goal| Need { goal: goal.clone(), reason: NeedReason::Development, score: score_of(goal) })
        .collect();
    for goal in goals() {
        let open_unknown = goal.indicators.iter().any(|i| profile.open_unknown.contains(&i.id));
        if open_unknown && !needs.iter().any(|n| n.goal == goal.id) {
            needs.push(Need { goal: goal.id.clone(), reason: NeedReason::Unknown, score: goal.average });
        }
    }
    for action in &scan.actions {
        if !needs.iter().any(|n| n.goal == action.goal) && goals().any(|g| g.id == action.goal) {
            needs.push(Need { goal: action.goal.clone(), reason: NeedReason::InPlan, score: score_of(&action.goal) });
        }
    }
    let mut offers: Vec<Offer> = goals()
        .filter(|g| !needs.iter().any(|n| n.goal == g.id))
        .filter_map(|g| {
            let score = g.average?;
            let rated: Vec<_> = g.indicators.iter().filter(|i| i.score.is_some()).collect();
            let shown = |id: &str| audience == Audience::Lea && scan.answers.get(id).is_some_and(|a| !a.note.trim().is_empty());
            let evidenced = rated.iter().all(|i| i.has_evidence || shown(&i.id));
            (score >= profile.bar && !rated.is_empty() && evidenced).then(|| Offer { goal: g.id.clone(), score })
        })
        .collect();
    super::small_sort::sort_by(&mut offers, |a, b| a.score > b.score || (a.score == b.score && a.goal < b.goal));
    Inventory { needs, offers }
}

/// One profile taking part in the matching.
#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// Its workspace key: unique, and the order of ties.
    pub key: String,
    pub sector: Option<Sector>,
    pub inventory: Inventory,
}

/// The adviser's settings for a proposal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Largest group (2 means pairs).
    pub max_group: usize,
    /// No one is asked to offer on more streefdoelen than this.
    pub max_offers: usize,
    /// Prefer partners in neighbouring sectors (VVE with VVE and po, vo with mbo, …).
    pub prefer_sector_fit: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { max_group: 3, max_offers: 3, prefer_sector_fit: true }
    }
}

/// Why two members of a group belong together: the seeker's need meets the helper's offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub seeker: String,
    pub helper: String,
    pub goal: String,
    pub seeker_score: Option<f32>,
    pub helper_score: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub members: Vec<String>,
    pub reasons: Vec<Reason>,
    /// Set by the adviser: kept as it is when a new proposal is asked for.
    pub locked: bool,
}

/// Whether two sectors are neighbours: the same, or next to each other in a child's school path.
pub fn sectors_fit(a: Option<Sector>, b: Option<Sector>) -> bool {
    let rank = |s: Sector| Sector::ALL.iter().position(|x| *x == s).unwrap_or(0) as i32;
    match (a, b) {
        (Some(a), Some(b)) => (rank(a) - rank(b)).abs() <= 1,
        _ => true,
    }
}

/// The reasons within a group, with each helper's offers capped at `max_offers` streefdoelen:
/// the most urgent needs (lowest score) first; for each, a helper of a neighbouring sector when
/// `prefer_fit`, then the strongest; ties by key and streefdoel.
fn reasons(members: &[&Participant], max_offers: usize, prefer_fit: bool) -> Vec<Reason> {
    let mut candidates: Vec<Reason> = Vec::new();
    for seeker in members {
        for need in &seeker.inventory.needs {
            for helper in members.iter().filter(|h| h.key != seeker.key) {
                if let Some(offer) = helper.inventory.offers.iter().find(|o| o.goal == need.goal) {
                    candidates.push(Reason { seeker: seeker.key.clone(), helper: helper.key.clone(), goal: need.goal.clone(), seeker_score: need.score, helper_score: offer.score });
                }
            }
        }
    }
    let urgency = |r: &Reason| r.seeker_score.unwrap_or(-1.0);
    let sector = |key: &str| members.iter().find(|m| m.key == key).and_then(|m| m.sector);
    let fits = |r: &Reason| prefer_fit && sectors_fit(sector(&r.seeker), sector(&r.helper));
    super::small_sort::sort_by(&mut candidates, |a, b| {
        let (ua, ub) = (urgency(a), urgency(b));
        if ua != ub {
            return ua < ub;
        }
        if a.seeker != b.seeker || a.goal != b.goal {
            return (&a.seeker, &a.goal) < (&b.seeker, &b.goal);
        }
        let (fa, fb) = (fits(a), fits(b));
        if fa != fb {
            return fa;
        }
        b.helper_score < a.helper_score || (a.helper_score == b.helper_score && a.helper < b.helper)
    });
    let mut kept: Vec<Reason> = Vec::new();
    for reason in candidates {
        // One helper per need; a helper's offers on at most `max_offers` streefdoelen.
        if kept.iter().any(|k| k.seeker == reason.seeker && k.goal == reason.goal) {
            continue;
        }
        let mut offered: Vec<&str> = kept.iter().filter(|k| k.helper == reason.helper).map(|k| k.goal.as_str()).collect();
        offered.dedup();
        if !offered.contains(&reason.goal.as_str()) && offered.len() >= max_offers {
            continue;
        }
        kept.push(reason);
    }
    kept
}

/// How well a group works: needs met (both ways count), and a little for sector fit.
fn value(members: &[&Participant], settings: &Settings) -> i64 {
    let met = reasons(members, settings.max_offers, settings.prefer_sector_fit).len() as i64 * 10;
    let fit = if settings.prefer_sector_fit {
        let mut pairs = 0;
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                pairs += i64::from(sectors_fit(a.sector, b.sector));
            }
        }
        pairs * 3
    } else {
        0
    };
    met + fit
}

/// Proposes groups: the adviser's locked groups stay, the others are formed around them. Greedy
/// and deterministic: the best pair first (ties by key), then each group grows while a member
/// adds met needs, and a profile left alone joins the group it helps most, so every profile gets
/// a partner when there are two or more.
pub fn propose(participants: &[Participant], locked: &[Vec<String>], settings: &Settings) -> Vec<Group> {
    let mut sorted: Vec<&Participant> = participants.iter().collect();
    super::small_sort::sort_by(&mut sorted, |a, b| a.key < b.key);
    let find = |key: &str| sorted.iter().copied().find(|p| p.key == key);
    let mut groups: Vec<(Vec<&Participant>, bool)> = Vec::new();
    for keys in locked {
        let members: Vec<&Participant> = keys.iter().filter_map(|k| find(k)).collect();
        if !members.is_empty() {
            groups.push((members, true));
        }
    }
    let taken = |groups: &[(Vec<&Participant>, bool)], p: &Participant| groups.iter().any(|(m, _)| m.iter().any(|x| x.key == p.key));
    let max_group = settings.max_group.max(2);
    loop {
        let free: Vec<&Participant> = sorted.iter().copied().filter(|p| !taken(&groups, p)).collect();
        if free.len() < 2 {
            break;
        }
        let mut best: Option<(i64, usize, usize)> = None;
        for i in 0..free.len() {
            for j in i + 1..free.len() {
                let v = value(&[free[i], free[j]], settings);
                if best.is_none_or(|(bv, _, _)| v > bv) {
                    best = Some((v, i, j));
                }
            }
        }
        let Some((_, i, j)) = best else { break };
        let mut members = vec![free[i], free[j]];
        while members.len() < max_group {
            let now = value(&members, settings);
            let grow = free
                .iter()
                .filter(|p| !members.iter().any(|m| m.key == p.key))
                .map(|p| {
                    let mut with = members.clone();
                    with.push(p);
                    (value(&with, settings) - now, *p)
                })
                .filter(|(gain, _)| *gain >= 10)
                .fold(None::<(i64, &Participant)>, |best, (gain, p)| match best {
                    Some((g, _)) if g >= gain => best,
                    _ => Some((gain, p)),
                });
            match grow {
                Some((_, p)) => members.push(p),
                None => break,
            }
        }
        groups.push((members, false));
    }
    // One profile left: it joins the open group that gains most from it (the first on a tie).
    if let Some(alone) = sorted.iter().copied().find(|p| !taken(&groups, p)) {
        let target = groups
            .iter()
            .enumerate()
            .filter(|(_, (_, locked))| !locked)
            .map(|(i, (members, _))| {
                let mut with = members.clone();
                with.push(alone);
                (value(&with, settings) - value(members, settings), i)
            })
            .fold(None::<(i64, usize)>, |best, (gain, i)| match best {
                Some((g, _)) if g >= gain => best,
                _ => Some((gain, i)),
            });
        match target {
            Some((_, i)) => groups[i].0.push(alone),
            None => groups.push((vec![alone], false)),
        }
    }
    groups
        .into_iter()
        .map(|(members, locked)| Group { reasons: reasons(&members, settings.max_offers, settings.prefer_sector_fit), members: members.iter().map(|m| m.key.clone()).collect(), locked })
        .collect()
}

/// The groups as the adviser arranged them (members and locks), with their reasons worked out
/// again: after a move, or when read back from storage. Unknown keys are left out, and so are
/// groups left empty.
pub fn regroup(participants: &[Participant], arranged: &[Arranged], settings: &Settings) -> Vec<Group> {
    arranged
        .iter()
        .filter_map(|group| {
            let members: Vec<&Participant> = group.members.iter().filter_map(|k| participants.iter().find(|p| p.key == *k)).collect();
            (!members.is_empty()).then(|| Group {
                reasons: reasons(&members, settings.max_offers, settings.prefer_sector_fit),
                members: members.iter().map(|m| m.key.clone()).collect(),
                locked: group.locked,
            })
        })
        .collect()
}

/// A group as kept in storage: who is in it and whether it is locked; its reasons follow from
/// the profiles (`regroup`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Arranged {
    pub members: Vec<String>,
    #[serde(default)]
    pub locked: bool,
}

impl From<&Group> for Arranged {
    fn from(group: &Group) -> Self {
        Arranged { members: group.members.clone(), locked: group.locked }
    }
}

/// Moves a profile to group `to` (an index), or to a new group of its own with `None`. Groups
/// left empty are dropped; a locked group that gains or loses a member stays locked, as the
/// adviser chose it.
pub fn move_member(groups: &mut Vec<Arranged>, key: &str, to: Option<usize>) {
    let target = to.and_then(|i| groups.get(i)).map(|g| g.members.clone());
    if target.as_ref().is_some_and(|m| m.iter().any(|k| k == key)) {
        return;
    }
    for group in groups.iter_mut() {
        group.members.retain(|k| k != key);
    }
    match to.filter(|i| *i < groups.len()) {
        Some(i) => groups[i].members.push(key.to_string()),
        None => groups.push(Arranged { members: vec![key.to_string()], locked: false }),
    }
    groups.retain(|g| !g.members.is_empty());
}

/// What the adviser arranged for the profiles of one list: kept in this browser, so that a
/// reload or a printed guide does not lose the adjustments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Arrangement {
    /// The workspace keys taking part, in the order chosen.
    pub keys: Vec<String>,
    pub settings: Settings,
    pub groups: Vec<Arranged>,
}
