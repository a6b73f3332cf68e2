//! The conversation guide of a peer review (*gespreksleidraad*, issue 12): who meets, about
//! which streefdoelen in order of need, what each said about them, the questions to ask, the
//! agreements and a follow-up date. Made by the adviser from one group of `core::peer::propose`,
//! printed, and sent as a file (or link) that each participant opens read-only; an agreement is
//! taken into a participant's action plan with one action (`take_into_plan`).
//!
//! A guide carries the texts it needs (names, titles, notes), so it can be read without the
//! profiles or the list it was made from.

use super::assessment::{Action, PeerOrigin, Scan};
use super::check::is_id;
use super::instrument::{Audience, Instrument, InstrumentRef, Text};
use super::lang::Lang;
use super::peer::{Group, Inventory};
use super::profile::Profile;
use super::school::Sector;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const GUIDE_FORMAT: &str = "samenscan-gespreksleidraad";
/// The file format this build writes; older ones stay readable.
pub const GUIDE_FORMAT_VERSION: u64 = 1;
/// Topics a guide leads with: a conversation of an hour or two does not hold more.
pub const MAX_TOPICS: usize = 6;
/// What a guide file may be at most, and what each of its parts may hold.
const MAX_BYTES: usize = 1024 * 1024;
const MAX_MEMBERS: usize = 40;
const MAX_AGREEMENTS: usize = 200;
const MAX_TEXT_CHARS: usize = 5000;

/// What one participant said on one topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Said {
    pub scan_id: String,
    /// The streefdoel's average score, when rated.
    #[serde(default)]
    pub score: Option<f32>,
    /// It seeks help on this topic.
    #[serde(default)]
    pub seeks: bool,
    /// It can offer help on this topic.
    #[serde(default)]
    pub offers: bool,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub goal: String,
    pub title: Text,
    /// Why this topic is on the list, in the words of `core::peer::Reason`.
    #[serde(default)]
    pub why: Vec<TopicReason>,
    pub said: Vec<Said>,
}

/// "De Linde zoekt hulp (2,0); De Regenboog is daar sterk in (3,7, met bewijs)".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicReason {
    pub seeker: String,
    pub helper: String,
    #[serde(default)]
    pub seeker_score: Option<f32>,
    pub helper_score: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub scan_id: String,
    pub name: String,
    #[serde(default)]
    pub sector: Option<Sector>,
}

/// One agreement: a participant will do something on a topic.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: String,
    /// Whose agreement it is (a member's scan id).
    pub scan_id: String,
    pub goal: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub who: String,
    /// YYYY-MM-DD, or empty.
    #[serde(default)]
    pub when: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    pub id: String,
    pub list: InstrumentRef,
    pub list_title: Text,
    pub audience: Audience,
    /// When it was made (ISO 8601).
    pub made_at: String,
    /// The group's name in the adviser's arrangement, e.g. "Groep 2".
    #[serde(default)]
    pub name: String,
    pub members: Vec<Member>,
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// When the group meets again (YYYY-MM-DD), or empty.
    #[serde(default)]
    pub follow_up: String,
}

/// One member of the group as the guide is made: its scan, profile and inventory.
pub struct Source<'a> {
    pub key: &'a str,
    pub scan: &'a Scan,
    pub profile: &'a Profile,
    pub inventory: &'a Inventory,
}

impl Guide {
    /// The guide of one group. Topics: the streefdoelen its matches are about, most urgent need
    /// first; a group without matches talks about its members' own needs (lowest score first).
    pub fn of(id: String, name: String, group: &Group, sources: &[Source], list: &Instrument, now: &str) -> Guide {
        let members: Vec<&Source> = group.members.iter().filter_map(|k| sources.iter().find(|s| s.key == k)).collect();
        let scan_id = |key: &str| members.iter().find(|m| m.key == key).map(|m| m.scan.id.clone()).unwrap_or_default();
        let mut goals: Vec<String> = Vec::new();
        for reason in &group.reasons {
            if !goals.contains(&reason.goal) {
                goals.push(reason.goal.clone());
            }
        }
        if goals.is_empty() {
            let mut needs: Vec<(f32, String)> = members.iter().flat_map(|m| m.inventory.needs.iter().map(|n| (n.score.unwrap_or(-1.0), n.goal.clone()))).collect();
            super::small_sort::sort_by(&mut needs, |a, b| a.0 < b.0 || (a.0 == b.0 && a.1 < b.1));
            for (_, goal) in needs {
                if !goals.contains(&goal) {
                    goals.push(goal);
                }
            }
        }
        let topics = goals
            .into_iter()
            .filter_map(|goal_id| {
                let (_, goal) = list.goal(&goal_id)?;
                let said = members
                    .iter()
                    .map(|m| {
                        let answers: Vec<&super::assessment::Answer> = goal.indicators_for(m.scan.details.sector).filter_map(|i| m.scan.answers.get(&i.id)).collect();
                        // Each text once: a team often writes the same evidence under every indicator.
                        let texts = |pick: fn(&super::assessment::Answer) -> &String| {
                            let mut found: Vec<String> = Vec::new();
                            for text in answers.iter().copied().map(pick).map(|t| t.trim()).filter(|t| !t.is_empty()) {
                                if !found.iter().any(|f| f == text) {
                                    found.push(text.to_string());
                                }
                            }
                            found
                        };
                        Said {
                            scan_id: m.scan.id.clone(),
                            score: m.profile.themes.iter().flat_map(|t| &t.goals).find(|g| g.id == goal_id).and_then(|g| g.average),
                            seeks: m.inventory.needs.iter().any(|n| n.goal == goal_id),
                            offers: m.inventory.offers.iter().any(|o| o.goal == goal_id),
                            notes: texts(|a| &a.note),
                            evidence: texts(|a| &a.evidence),
                        }
                    })
                    .collect();
                let why = group
                    .reasons
                    .iter()
                    .filter(|r| r.goal == goal_id)
                    .map(|r| TopicReason { seeker: scan_id(&r.seeker), helper: scan_id(&r.helper), seeker_score: r.seeker_score, helper_score: r.helper_score })
                    .collect();
                Some(Topic { goal: goal_id, title: goal.title.clone(), why, said })
            })
            .take(MAX_TOPICS)
            .collect();
        Guide {
            id,
            list: list.reference(),
            list_title: list.title.clone(),
            audience: list.audience,
            made_at: now.to_string(),
            name,
            members: members.iter().map(|m| Member { scan_id: m.scan.id.clone(), name: m.scan.details.name.clone(), sector: m.scan.details.sector }).collect(),
            topics,
            agreements: Vec::new(),
            follow_up: String::new(),
        }
    }

    pub fn member(&self, scan_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.scan_id == scan_id)
    }

    pub fn name_of(&self, scan_id: &str) -> String {
        self.member(scan_id).map(|m| m.name.clone()).unwrap_or_else(|| scan_id.to_string())
    }

    pub fn topic(&self, goal: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.goal == goal)
    }

    /// A new, empty agreement for a member on the first topic (the most urgent); its id is given
    /// by the caller so that this stays pure.
    pub fn add_agreement(&mut self, id: String, scan_id: &str, goal: &str) {
        self.agreements.push(Agreement { id, scan_id: scan_id.to_string(), goal: goal.to_string(), ..Agreement::default() });
    }

    pub fn edit_agreement(&mut self, id: &str, edit: impl FnOnce(&mut Agreement)) {
        if let Some(agreement) = self.agreements.iter_mut().find(|a| a.id == id) {
            edit(agreement);
        }
    }

    pub fn remove_agreement(&mut self, id: &str) {
        self.agreements.retain(|a| a.id != id);
    }

    /// The date part of `made_at`.
    pub fn date(&self) -> &str {
        self.made_at.get(..10).unwrap_or(&self.made_at)
    }
}

/// Who keeps which guides: the adviser who made one writes in it, a participant reads it.
impl KeptGuide {
    /// Takes in a guide from a file or link: a new one is kept as received (first in the list);
    /// a received one is replaced by the newer copy (the adviser may have added agreements); the
    /// maker's own guide is never overwritten by a copy of itself.
    pub fn receive(kept: &mut Vec<KeptGuide>, guide: Guide) {
        match kept.iter_mut().find(|k| k.guide.id == guide.id) {
            Some(own) if !own.received => {}
            Some(copy) => copy.guide = guide,
            None => kept.insert(0, KeptGuide { received: true, guide }),
        }
    }
}

#[derive(Serialize)]
struct File<'a> {
    format: &'a str,
    format_version: u64,
    app_version: &'a str,
    guide: &'a Guide,
}

/// The file a guide travels as (pretty JSON).
pub fn encode_guide(guide: &Guide, app_version: &str) -> String {
    let file = File { format: GUIDE_FORMAT, format_version: GUIDE_FORMAT_VERSION, app_version, guide };
    serde_json::to_string_pretty(&file).expect("a guide is plain data and always serialises")
}

/// The guide as the part of a link after its route: the file's JSON, compact, through the share
/// link codec (`exchange::link`). Whether the whole address is short enough is the caller's test
/// (`link::fits`).
pub fn guide_link_payload(guide: &Guide, app_version: &str) -> String {
    let file = File { format: GUIDE_FORMAT, format_version: GUIDE_FORMAT_VERSION, app_version, guide };
    super::exchange::link::encode(&serde_json::to_string(&file).expect("a guide is plain data and always serialises"))
}

/// Reads a guide from a link, with the same checks as a file.
pub fn read_guide_link(payload: &str) -> Result<Guide, GuideError> {
    use super::exchange::link::{decode, LinkError};
    let json = decode(payload).map_err(|e| match e {
        LinkError::UnknownVersion => GuideError::Newer,
        LinkError::TooLarge => GuideError::TooLarge,
        LinkError::Empty | LinkError::Damaged => GuideError::LinkBroken,
    })?;
    read_guide(&json)
}

/// "1 gespreksleidraad", "3 gespreksleidraden": how many guides, in words.
pub fn count_text(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 gespreksleidraad".into(),
        (Lang::Nl, n) => format!("{n} gespreksleidraden"),
        (Lang::En, 1) => "1 conversation guide".into(),
        (Lang::En, n) => format!("{n} conversation guides"),
    }
}

/// Why a file is not a guide this build can open. Each has a message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideError {
    TooLarge,
    NotJson,
    /// A Samenscan profile, not a guide.
    Profile,
    NotAGuide,
    Newer,
    /// It says it is a guide, but a part of it is missing or wrong: what.
    Damaged(String),
    /// A link cut off or changed on its way (as mail programs do with long links).
    LinkBroken,
}

impl GuideError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            GuideError::TooLarge => lang.pick("Dit bestand is te groot voor een gespreksleidraad.", "This file is too large for a conversation guide.").into(),
            GuideError::NotJson => lang.pick(
                "Dit bestand is geen gespreksleidraad van Samenscan (het is geen JSON-bestand).",
                "This file is not a Samenscan conversation guide (it is not a JSON file).",
            )
            .into(),
            GuideError::Profile => lang.pick(
                "Dit is een profiel, geen gespreksleidraad. Open een profiel op de startpagina of in de werkplek.",
                "This is a profile, not a conversation guide. Open a profile on the start page or in the workspace.",
            )
            .into(),
            GuideError::NotAGuide => lang.pick("Dit bestand is geen gespreksleidraad van Samenscan.", "This file is not a Samenscan conversation guide.").into(),
            GuideError::Newer => lang.pick(
                "Deze gespreksleidraad is gemaakt met een nieuwere versie van Samenscan. Open hem met de nieuwste versie.",
                "This conversation guide was made with a newer version of Samenscan. Open it with the latest version.",
            )
            .into(),
            GuideError::LinkBroken => lang.pick(
                "Deze link is beschadigd of niet helemaal gekopieerd. Vraag het ExpertisePunt om de link opnieuw, of om het bestand.",
                "This link is damaged or was not copied completely. Ask the ExpertisePunt for the link again, or for the file.",
            )
            .into(),
            GuideError::Damaged(what) => match lang {
                Lang::Nl => format!("Deze gespreksleidraad is beschadigd: {what}. Vraag het ExpertisePunt om het bestand opnieuw."),
                Lang::En => format!("This conversation guide is damaged: {what}. Ask the ExpertisePunt for the file again."),
            },
        }
    }
}

/// Reads a guide file, checking everything in it: nothing of a file that fails is kept.
pub fn read_guide(text: &str) -> Result<Guide, GuideError> {
    if text.len() > MAX_BYTES {
        return Err(GuideError::TooLarge);
    }
    let value: Value = super::check::json_value(text.trim_start_matches('\u{feff}')).map_err(|_| GuideError::NotJson)?;
    match value.get("format").and_then(Value::as_str) {
        Some(GUIDE_FORMAT) => {}
        Some("samenscan-profiel") => return Err(GuideError::Profile),
        _ => return Err(GuideError::NotAGuide),
    }
    match value.get("format_version").and_then(Value::as_u64) {
        Some(v) if v > GUIDE_FORMAT_VERSION => return Err(GuideError::Newer),
        Some(_) => {}
        None => return Err(GuideError::Damaged("format_version".into())),
    }
    // Through the text form: `from_value` would compile a second copy of Guide's Deserialize.
    let guide: Guide = serde_json::from_str(&value.get("guide").unwrap_or(&Value::Null).to_string()).map_err(|e| GuideError::Damaged(e.to_string()))?;
    check(&guide).map_err(GuideError::Damaged)?;
    Ok(guide)
}

/// The limits a guide must keep, so that a hand-made or damaged file cannot break a screen.
fn check(guide: &Guide) -> Result<(), String> {
    let long = |t: &str| t.chars().count() > MAX_TEXT_CHARS;
    let ids = [&guide.id, &guide.list.id, &guide.list.version];
    if ids.iter().any(|id| !is_id(id)) {
        return Err("id".into());
    }
    if guide.members.is_empty() || guide.members.len() > MAX_MEMBERS {
        return Err("members".into());
    }
    for member in &guide.members {
        if !is_id(&member.scan_id) || long(&member.name) {
            return Err(format!("member {}", member.scan_id));
        }
    }
    if guide.topics.len() > MAX_TOPICS * 4 || guide.agreements.len() > MAX_AGREEMENTS {
        return Err("topics".into());
    }
    for topic in &guide.topics {
        let texts = topic.said.iter().flat_map(|s| s.notes.iter().chain(&s.evidence));
        if !is_id(&topic.goal) || long(&topic.title.nl) || long(&topic.title.en) || topic.said.len() > MAX_MEMBERS || texts.clone().count() > 400 || texts.clone().any(|t| long(t)) {
            return Err(format!("topic {}", topic.goal));
        }
    }
    for agreement in &guide.agreements {
        let known = guide.member(&agreement.scan_id).is_some() && guide.topic(&agreement.goal).is_some();
        if !is_id(&agreement.id) || !known || long(&agreement.what) || long(&agreement.who) || agreement.when.len() > 10 {
            return Err(format!("agreement {}", agreement.id));
        }
    }
    if long(&guide.name) || guide.follow_up.len() > 10 || long(&guide.list_title.nl) || long(&guide.list_title.en) {
        return Err("name".into());
    }
    Ok(())
}

/// Why an agreement cannot go into a scan's plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TakeError {
    /// The agreement is another participant's.
    NotThisScan,
    /// It is in the plan already (taken before).
    AlreadyInPlan,
    /// The scan is on another list, which has no such streefdoel.
    UnknownGoal,
}

/// Takes one agreement into the scan's action plan as one action: what, who and when come
/// along, and where it came from with the score then. Nothing else in the scan changes.
pub fn take_into_plan(scan: &mut Scan, list: &Instrument, guide: &Guide, agreement_id: &str, action_id: String, now: &str) -> Result<(), TakeError> {
    let agreement = guide.agreements.iter().find(|a| a.id == agreement_id).ok_or(TakeError::NotThisScan)?;
    if agreement.scan_id != scan.id {
        return Err(TakeError::NotThisScan);
    }
    if taken(scan, guide, agreement_id) {
        return Err(TakeError::AlreadyInPlan);
    }
    if list.goal(&agreement.goal).is_none() {
        return Err(TakeError::UnknownGoal);
    }
    let before = guide.topic(&agreement.goal).and_then(|t| t.said.iter().find(|s| s.scan_id == scan.id)).and_then(|s| s.score);
    let with = guide.members.iter().filter(|m| m.scan_id != scan.id).map(|m| m.name.clone()).collect();
    let origin = PeerOrigin { guide: guide.id.clone(), agreement: agreement.id.clone(), date: guide.date().to_string(), with, before };
    scan.actions.push(Action {
        id: action_id,
        goal: agreement.goal.clone(),
        what: agreement.what.clone(),
        who: agreement.who.clone(),
        when: agreement.when.clone(),
        peer: Some(origin),
        ..Action::default()
    });
    scan.updated_at = now.to_string();
    Ok(())
}

/// Whether this agreement of this guide is in the scan's plan already.
pub fn taken(scan: &Scan, guide: &Guide, agreement_id: &str) -> bool {
    scan.actions.iter().any(|a| a.peer.as_ref().is_some_and(|p| p.guide == guide.id && p.agreement == agreement_id))
}

/// A streefdoel a school or municipality was matched on in a peer review: its score then and now.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUp {
    pub goal: String,
    /// The date of the peer review.
    pub date: String,
    pub with: Vec<String>,
    pub before: Option<f32>,
    pub now: Option<f32>,
}

/// Per streefdoel the scan took peer-review agreements on (the earliest review first): the
/// score before and now. Several agreements on one topic of one review count once.
pub fn follow_ups(scan: &Scan, profile: &Profile) -> Vec<FollowUp> {
    let mut found: Vec<FollowUp> = Vec::new();
    for action in &scan.actions {
        let Some(origin) = &action.peer else { continue };
        if found.iter().any(|f| f.goal == action.goal && f.date == origin.date) {
            continue;
        }
        let now = profile.themes.iter().flat_map(|t| &t.goals).find(|g| g.id == action.goal).and_then(|g| g.average);
        found.push(FollowUp { goal: action.goal.clone(), date: origin.date.clone(), with: origin.with.clone(), before: origin.before, now });
    }
    super::small_sort::sort_by(&mut found, |a, b| a.date < b.date);
    found
}

/// A guide as kept in this browser: made here (the adviser writes the agreements) or received
/// (read-only).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptGuide {
    pub received: bool,
    pub guide: Guide,
}

/// The stored form is the file's form with `received` beside it, so that reading it back goes
/// through the same checks as a file.
pub fn encode_kept(kept: &KeptGuide) -> String {
    let mut value = super::check::json_value(&encode_guide(&kept.guide, "")).expect("just written");
    value["received"] = Value::Bool(kept.received);
    value.to_string()
}

pub fn decode_kept(raw: &str) -> Result<KeptGuide, GuideError> {
    let received = super::check::json_value(raw).ok().and_then(|v| v.get("received").and_then(Value::as_bool)).unwrap_or(true);
    read_guide(raw).map(|guide| KeptGuide { received, guide })
}
