//! Two tabs, one scan: a three-way merge per item, so that no change is lost silently.
//!
//! Every tab keeps the version of a scan that it last read from or wrote to storage (the *base*).
//! When another tab has written in the meantime (*theirs*), the tab's own copy (*mine*) is merged
//! item by item: an item changed on one side only takes that change; an item changed on both
//! sides goes to the side that is asked to win (the later change), and the other value is
//! reported so that the user can still read it.

use super::assessment::{Action, Answer, Rating, Scan};
use super::feedback::Feedback;
use super::meeting::{Meeting, Partner};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

/// Which part of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AnswerField {
    Rating,
    Note,
    Evidence,
    Owner,
    NextStep,
    Due,
}

impl AnswerField {
    const ALL: [AnswerField; 6] =
        [AnswerField::Rating, AnswerField::Note, AnswerField::Evidence, AnswerField::Owner, AnswerField::NextStep, AnswerField::Due];

    fn code(self) -> &'static str {
        match self {
            AnswerField::Rating => "rating",
            AnswerField::Note => "note",
            AnswerField::Evidence => "evidence",
            AnswerField::Owner => "owner",
            AnswerField::NextStep => "next",
            AnswerField::Due => "due",
        }
    }

    /// The value of this field in an answer, as one comparable value.
    fn get(self, answer: &Answer) -> Value {
        match self {
            AnswerField::Rating => Value::Rating(answer.rating.clone()),
            AnswerField::Note => Value::Text(answer.note.clone()),
            AnswerField::Evidence => Value::Text(answer.evidence.clone()),
            AnswerField::Owner => Value::Partner(answer.owner),
            AnswerField::NextStep => Value::Text(answer.next_step.clone()),
            AnswerField::Due => Value::Text(answer.due.clone()),
        }
    }

    fn set(self, answer: &mut Answer, value: Value) {
        match (self, value) {
            (AnswerField::Rating, Value::Rating(r)) => answer.rating = r,
            (AnswerField::Note, Value::Text(t)) => answer.note = t,
            (AnswerField::Evidence, Value::Text(t)) => answer.evidence = t,
            (AnswerField::Owner, Value::Partner(p)) => answer.owner = p,
            (AnswerField::NextStep, Value::Text(t)) => answer.next_step = t,
            (AnswerField::Due, Value::Text(t)) => answer.due = t,
            _ => {}
        }
    }
}

/// One item of a scan that two tabs may change independently. Written into the page as a
/// field's `data-place`, so that the merge can tell which item is under the user's cursor.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// Name, sector, region and roles.
    Details,
    Answer(String, AnswerField),
    /// One row of the action plan.
    Action(String),
    /// The LEA meeting's date and partners.
    Meeting,
    /// One partner's own view on one indicator (LEA individual round).
    View(String, Partner),
    /// The adviser's comment on one streefdoel.
    Comment(String),
    /// The adviser's overall note and name.
    Overall,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Details => f.write_str("details"),
            Place::Answer(id, field) => write!(f, "answer:{}:{id}", field.code()),
            Place::Action(id) => write!(f, "action:{id}"),
            Place::Meeting => f.write_str("meeting"),
            Place::View(id, partner) => write!(f, "view:{partner}:{id}"),
            Place::Comment(goal) => write!(f, "comment:{goal}"),
            Place::Overall => f.write_str("overall"),
        }
    }
}

impl FromStr for Place {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let (kind, rest) = s.split_once(':').unwrap_or((s, ""));
        let two = || rest.split_once(':').ok_or(());
        Ok(match kind {
            "details" => Place::Details,
            "meeting" => Place::Meeting,
            "overall" => Place::Overall,
            "action" => Place::Action(rest.to_string()),
            "comment" => Place::Comment(rest.to_string()),
            "answer" => {
                let (field, id) = two()?;
                let field = AnswerField::ALL.into_iter().find(|f| f.code() == field).ok_or(())?;
                Place::Answer(id.to_string(), field)
            }
            "view" => {
                let (partner, id) = two()?;
                Place::View(id.to_string(), partner.parse().map_err(|_| ())?)
            }
            _ => return Err(()),
        })
    }
}

/// The value of one item, for comparing and for showing what was replaced.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Rating(Option<Rating>),
    Partner(Option<Partner>),
    Action(Option<Action>),
    Details(super::school::SchoolDetails),
    Meeting(String, Vec<Partner>),
    Comment(Option<String>),
    Overall(String, String),
}

impl Value {
    /// The part a person wrote, if it is text: what a notice shows so it can be copied back.
    pub fn text(&self) -> Option<String> {
        match self {
            Value::Text(t) => Some(t.clone()),
            Value::Action(Some(a)) => Some(format!("{} {} {}", a.what, a.who, a.when).trim().to_string()),
            Value::Details(d) => Some(d.name.clone()),
            Value::Comment(c) => c.clone(),
            Value::Overall(author, overall) => Some(if author.is_empty() { overall.clone() } else { format!("{overall} ({author})") }),
            _ => None,
        }
        .filter(|t| !t.trim().is_empty())
    }
}

/// Which side wins where both changed the same item.
#[derive(Clone, Debug, PartialEq)]
pub enum Prefer {
    /// This tab writes now: its change is the later one.
    Mine,
    /// Another tab wrote later; but the item under the cursor (if any) keeps this tab's text.
    Theirs { hold: Option<Place> },
}

/// An item whose value in this tab was replaced by the other tab's.
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    pub place: Place,
    /// This tab's value before the merge.
    pub earlier: Value,
    /// True when this tab had changed it too (not just shown an older value).
    pub conflict: bool,
}

/// The merged scan and what the merge did.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    pub scan: Scan,
    /// Items that now hold the other tab's value where this tab showed another one.
    pub replaced: Vec<Replaced>,
    /// Items that both changed where this tab's value was kept.
    pub kept: Vec<Place>,
}

/// Every item of a scan with its value: the common ground the merge works on.
fn items(scan: &Scan) -> BTreeMap<Place, Value> {
    let mut map = BTreeMap::new();
    map.insert(Place::Details, Value::Details(scan.details.clone()));
    for (id, answer) in &scan.answers {
        for field in AnswerField::ALL {
            let value = field.get(answer);
            if value != field.get(&Answer::default()) {
                map.insert(Place::Answer(id.clone(), field), value);
            }
        }
    }
    for action in &scan.actions {
        map.insert(Place::Action(action.id.clone()), Value::Action(Some(action.clone())));
    }
    if let Some(meeting) = &scan.meeting {
        map.insert(Place::Meeting, Value::Meeting(meeting.date.clone(), meeting.partners.clone()));
        for (id, views) in &meeting.views {
            for (partner, rating) in views {
                map.insert(Place::View(id.clone(), *partner), Value::Rating(Some(rating.clone())));
            }
        }
    }
    if let Some(feedback) = &scan.feedback {
        map.insert(Place::Overall, Value::Overall(feedback.author.clone(), feedback.overall.clone()));
        for (goal, comment) in &feedback.goals {
            map.insert(Place::Comment(goal.clone()), Value::Comment(Some(comment.clone())));
        }
    }
    map
}

/// What an item is when a scan does not have it.
fn absent(place: &Place) -> Value {
    match place {
        Place::Details => Value::Details(Default::default()),
        Place::Answer(_, field) => field.get(&Answer::default()),
        Place::Action(_) => Value::Action(None),
        Place::Meeting => Value::Meeting(String::new(), Vec::new()),
        Place::View(..) => Value::Rating(None),
        Place::Comment(_) => Value::Comment(None),
        Place::Overall => Value::Overall(String::new(), String::new()),
    }
}

/// Writes one merged item into the scan that is being built (a copy of mine).
fn put(scan: &mut Scan, place: &Place, value: Value) {
    match (place, value) {
        (Place::Details, Value::Details(d)) => scan.details = d,
        (Place::Answer(id, field), value) => {
            let answer = scan.answers.entry(id.clone()).or_default();
            field.set(answer, value);
            if answer.is_empty() {
                scan.answers.remove(id);
            }
        }
        (Place::Action(id), Value::Action(action)) => {
            let at = scan.actions.iter().position(|a| &a.id == id);
            match (at, action) {
                (Some(i), Some(a)) => scan.actions[i] = a,
                (Some(i), None) => {
                    scan.actions.remove(i);
                }
                (None, Some(a)) => scan.actions.push(a),
                (None, None) => {}
            }
        }
        (Place::Meeting, Value::Meeting(date, partners)) => {
            let meeting = scan.meeting.get_or_insert_with(Meeting::default);
            meeting.date = date;
            meeting.partners = partners;
        }
        (Place::View(id, partner), Value::Rating(rating)) => {
            scan.meeting.get_or_insert_with(Meeting::default).set_view(id, *partner, rating);
        }
        (Place::Comment(goal), Value::Comment(comment)) => {
            scan.feedback.get_or_insert_with(Feedback::default).set_goal(goal, comment.unwrap_or_default());
        }
        (Place::Overall, Value::Overall(author, overall)) => {
            let feedback = scan.feedback.get_or_insert_with(Feedback::default);
            feedback.author = author;
            feedback.overall = overall;
        }
        _ => {}
    }
}

/// The items whose values differ between two versions of a scan.
pub fn changed_places(before: &Scan, after: &Scan) -> BTreeSet<Place> {
    let (a, b) = (items(before), items(after));
    a.keys()
        .chain(b.keys())
        .filter(|p| a.get(*p).cloned().unwrap_or_else(|| absent(p)) != b.get(*p).cloned().unwrap_or_else(|| absent(p)))
        .cloned()
        .collect()
}

/// Merges this tab's copy with the one another tab stored, given the version both started from.
/// Without a base (never seen before) an item that one side lacks counts as unchanged there.
pub fn merge_scan(base: Option<&Scan>, mine: &Scan, theirs: &Scan, prefer: &Prefer) -> Merge {
    let base_items = base.map(items);
    let (my_items, their_items) = (items(mine), items(theirs));
    let places: BTreeSet<&Place> = my_items.keys().chain(their_items.keys()).chain(base_items.iter().flat_map(|b| b.keys())).collect();
    let mut scan = mine.clone();
    let (mut replaced, mut kept) = (Vec::new(), Vec::new());
    let value = |map: &BTreeMap<Place, Value>, place: &Place| map.get(place).cloned().unwrap_or_else(|| absent(place));
    for place in places {
        let (m, t) = (value(&my_items, place), value(&their_items, place));
        if m == t {
            continue;
        }
        let b = base_items.as_ref().map_or_else(|| absent(place), |items| value(items, place));
        let (mine_changed, theirs_changed) = (b != m, b != t);
        let take_theirs = match (mine_changed, theirs_changed) {
            (false, _) => true,
            (true, false) => false,
            (true, true) => match prefer {
                Prefer::Mine => false,
                Prefer::Theirs { hold } => hold.as_ref() != Some(place),
            },
        };
        if take_theirs {
            put(&mut scan, place, t);
            replaced.push(Replaced { place: place.clone(), earlier: m, conflict: mine_changed });
        } else if theirs_changed {
            kept.push(place.clone());
        }
    }
    // Times: the merge is as new as the newest side; the plan keeps this tab's order with the
    // other tab's new rows after it (`put` appends them).
    if theirs.updated_at > scan.updated_at {
        scan.updated_at = theirs.updated_at.clone();
    }
    if let (Some(f), Some(theirs_f)) = (scan.feedback.as_mut(), theirs.feedback.as_ref()) {
        if theirs_f.written_at > f.written_at {
            f.written_at = theirs_f.written_at.clone();
        }
    }
    if scan.feedback.as_ref().is_some_and(Feedback::is_empty) {
        scan.feedback = None;
    }
    Merge { scan, replaced, kept }
}
