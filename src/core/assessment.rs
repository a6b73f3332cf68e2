//! A scan: the answers of one team for one instrument, and what follows from them (progress,
//! status per theme). Plain data with methods; the UI calls these and holds no rules itself.

use super::instrument::{Goal, Instrument, InstrumentRef, Theme};
use super::lang::Lang;
use super::meeting::{Meeting, Partner};
use super::school::{SchoolDetails, Sector};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answer on the scale for one indicator. "Weet niet" and "n.v.t." are their own answers,
/// never a low score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// A level of the instrument's scale, by its code.
    Level(String),
    /// "Weet niet": the team does not know yet; an open question to find out.
    Unknown,
    /// "N.v.t.": does not apply to this school.
    NotApplicable,
}

/// Everything recorded for one indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// "Waar blijkt dat uit?"
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// LEA: the partner who takes the agreed next step up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Partner>,
    /// LEA: the agreed next step.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next_step: String,
    /// LEA: when the next step is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        self.rating.is_none()
            && self.note.trim().is_empty()
            && self.evidence.trim().is_empty()
            && self.owner.is_none()
            && self.next_step.trim().is_empty()
            && self.due.is_empty()
    }
}

/// Where a part of the scan stands, as on a task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

impl Status {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::NotStarted => lang.pick("Niet gestart", "Not started"),
            Status::InProgress => lang.pick("Bezig", "In progress"),
            Status::Done => lang.pick("Klaar", "Done"),
        }
    }

    /// A stable name for styling and tests.
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "niet-gestart",
            Status::InProgress => "bezig",
            Status::Done => "klaar",
        }
    }
}

/// How many indicators have an answer on the scale (a level, "weet niet" or "n.v.t.").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn status(self) -> Status {
        match self.answered {
            0 => Status::NotStarted,
            n if n >= self.total => Status::Done,
            _ => Status::InProgress,
        }
    }

    /// Whole percent, rounded down so that 99.9 % never shows as done.
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        (self.answered * 100 / self.total) as u32
    }
}

/// Where an action of the plan stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    #[serde(rename = "gepland")]
    Planned,
    #[serde(rename = "bezig")]
    Doing,
    #[serde(rename = "klaar")]
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [ActionStatus::Planned, ActionStatus::Doing, ActionStatus::Done];

    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::Planned => "gepland",
            ActionStatus::Doing => "bezig",
            ActionStatus::Done => "klaar",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ActionStatus::Planned => lang.pick("Gepland", "Planned"),
            ActionStatus::Doing => lang.pick("Bezig", "In progress"),
            ActionStatus::Done => lang.pick("Klaar", "Done"),
        }
    }
}

/// One line of the action plan: for a development point, what the team will do, who, by when.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    /// The streefdoel (development point) this action works on.
    pub goal: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub who: String,
    /// A date as the user chose it (YYYY-MM-DD from a date field), or empty.
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub status: ActionStatus,
    /// Taken from the agreements of a peer review (`core::guide`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer: Option<PeerOrigin>,
}

/// Where an action of a peer review came from, and the streefdoel's score when the group met, so
/// that a later profile shows the score before and after.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeerOrigin {
    /// The conversation guide (`core::guide::Guide::id`) and the agreement in it.
    pub guide: String,
    pub agreement: String,
    /// The date of the guide (YYYY-MM-DD).
    #[serde(default)]
    pub date: String,
    /// The other participants, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<f32>,
}

/// One team's self-assessment against one instrument version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scan {
    pub id: String,
    pub instrument: InstrumentRef,
    pub details: SchoolDetails,
    /// By indicator id. Answers of indicators that do not apply to the sector are kept, not shown.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// ISO 8601 times, given by the caller so that this type stays pure.
    pub created_at: String,
    pub updated_at: String,
    /// The streefdoel the team looked at last, to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_goal: Option<String>,
    /// The action plan, edited on the profile.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Present for an LEA screening: the meeting in which it is filled in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    /// An adviser's comments, received with an annotated profile (schema 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<super::feedback::Feedback>,
}

impl Scan {
    /// A copy with all its answers under a new id and name (cut to the longest name allowed),
    /// made and changed now: for "copy" in the scan list and in the adviser workspace.
    pub fn copy_as(&self, new_id: String, name: &str, now: &str) -> Scan {
        let mut copy = self.clone();
        copy.id = new_id;
        copy.details.name = name.chars().take(super::school::MAX_NAME_CHARS).collect();
        copy.created_at = now.to_string();
        copy.updated_at = now.to_string();
        copy
    }

    pub fn new(id: String, instrument: &Instrument, details: SchoolDetails, now: &str) -> Self {
        Scan {
            id,
            instrument: instrument.reference(),
            details,
            answers: BTreeMap::new(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            last_goal: None,
            actions: Vec::new(),
            meeting: None,
            feedback: None,
        }
    }

    /// A new LEA screening: the municipality's name, no sector, and its meeting.
    pub fn new_screening(id: String, instrument: &Instrument, municipality: &str, meeting: Meeting, now: &str) -> Self {
        let details = SchoolDetails { name: municipality.trim().to_string(), sector: None, region: None, roles: Vec::new() };
        Scan { meeting: Some(meeting), ..Scan::new(id, instrument, details, now) }
    }

    pub fn is_screening(&self) -> bool {
        self.meeting.is_some()
    }

    fn sector(&self) -> Option<Sector> {
        self.details.sector
    }

    pub fn answer(&self, indicator_id: &str) -> Option<&Answer> {
        self.answers.get(indicator_id)
    }

    pub fn rating(&self, indicator_id: &str) -> Option<&Rating> {
        self.answer(indicator_id).and_then(|a| a.rating.as_ref())
    }

    /// Changes one answer; an answer that becomes empty is removed so the scan stays small.
    pub fn edit_answer(&mut self, indicator_id: &str, now: &str, edit: impl FnOnce(&mut Answer)) {
        let answer = self.answers.entry(indicator_id.to_string()).or_default();
        edit(answer);
        if answer.is_empty() {
            self.answers.remove(indicator_id);
        }
        self.updated_at = now.to_string();
    }

    pub fn set_rating(&mut self, indicator_id: &str, rating: Option<Rating>, now: &str) {
        self.edit_answer(indicator_id, now, |a| a.rating = rating);
    }

    pub fn set_note(&mut self, indicator_id: &str, note: String, now: &str) {
        self.edit_answer(indicator_id, now, |a| a.note = note);
    }

    pub fn set_evidence(&mut self, indicator_id: &str, evidence: String, now: &str) {
        self.edit_answer(indicator_id, now, |a| a.evidence = evidence);
    }

    /// Remembers where the team is, without counting as a change to the answers.
    pub fn visit_goal(&mut self, goal_id: &str) {
        self.last_goal = Some(goal_id.to_string());
    }

    pub fn rename(&mut self, name: &str, now: &str) -> bool {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > super::school::MAX_NAME_CHARS {
            return false;
        }
        self.details.name = name.to_string();
        self.updated_at = now.to_string();
        true
    }

    /// Adds an empty action for a streefdoel and returns its id.
    pub fn add_action(&mut self, goal_id: &str, action_id: String, now: &str) -> String {
        self.actions.push(Action { id: action_id.clone(), goal: goal_id.to_string(), ..Action::default() });
        self.updated_at = now.to_string();
        action_id
    }

    pub fn edit_action(&mut self, action_id: &str, now: &str, edit: impl FnOnce(&mut Action)) {
        if let Some(action) = self.actions.iter_mut().find(|a| a.id == action_id) {
            edit(action);
            self.updated_at = now.to_string();
        }
    }

    pub fn remove_action(&mut self, action_id: &str, now: &str) {
        let before = self.actions.len();
        self.actions.retain(|a| a.id != action_id);
        if self.actions.len() != before {
            self.updated_at = now.to_string();
        }
    }

    fn count<'a>(&self, indicators: impl Iterator<Item = &'a super::instrument::Indicator>) -> Progress {
        indicators.fold(Progress::default(), |p, i| Progress {
            answered: p.answered + usize::from(self.rating(&i.id).is_some()),
            total: p.total + 1,
        })
    }

    pub fn progress(&self, instrument: &Instrument) -> Progress {
        self.count(instrument.indicators_for(self.sector()))
    }

    pub fn theme_progress(&self, theme: &Theme) -> Progress {
        self.count(theme.indicators_for(self.sector()))
    }

    pub fn goal_progress(&self, goal: &Goal) -> Progress {
        self.count(goal.indicators_for(self.sector()))
    }

    /// Where to continue: the last goal seen, else the first goal with an open indicator; only
    /// goals of the scan's sector (the sector may have changed since the last one was seen).
    pub fn resume_goal<'a>(&self, instrument: &'a Instrument) -> Option<&'a Goal> {
        let sector = self.sector();
        let last = self.last_goal.as_deref().and_then(|id| instrument.goal_for(id, sector)).map(|(_, g)| g);
        last.or_else(|| {
            instrument
                .goals_for(sector)
                .map(|(_, g)| g)
                .find(|g| self.goal_progress(g).status() != Status::Done)
        })
    }
}

/// All scans on this device, newest change first when listed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scans(pub Vec<Scan>);

impl Scans {
    pub fn get(&self, id: &str) -> Option<&Scan> {
        self.0.iter().find(|s| s.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Scan> {
        self.0.iter_mut().find(|s| s.id == id)
    }

    pub fn add(&mut self, scan: Scan) {
        self.0.push(scan);
    }

    /// Removes a scan and says where it stood, so that it can be put back (undo).
    pub fn remove(&mut self, id: &str) -> Option<(usize, Scan)> {
        let index = self.0.iter().position(|s| s.id == id)?;
        Some((index, self.0.remove(index)))
    }

    pub fn restore(&mut self, index: usize, scan: Scan) {
        let index = index.min(self.0.len());
        self.0.insert(index, scan);
    }

    /// Copies a scan with all its answers under a new id and a name that says it is a copy.
    pub fn duplicate(&mut self, id: &str, new_id: String, copy_name: &str, now: &str) -> Option<&Scan> {
        let copy = self.get(id)?.copy_as(new_id, copy_name, now);
        self.0.push(copy);
        self.0.last()
    }

    /// For the list on the start page: the most recently changed first.
    pub fn by_last_change(&self) -> Vec<&Scan> {
        let mut list: Vec<&Scan> = self.0.iter().collect();
        super::small_sort::sort_by(&mut list, |a, b| (&b.updated_at, &a.id) < (&a.updated_at, &b.id));
        list
    }
}
