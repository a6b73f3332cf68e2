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
use super::instrument_compiled::content_hash;
use super::stored::DecodeError;
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// Which part of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
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

impl Place {
    /// Its position in a list of names for the parts of a scan (see `i18n::Texts::place_names`).
    pub fn name_index(&self) -> usize {
        match self {
            Place::Details => 0,
            Place::Answer(_, field) => 1 + *field as usize,
            Place::Action(_) => 7,
            Place::Meeting => 8,
            Place::View(..) => 9,
            Place::Comment(_) => 10,
            Place::Overall => 11,
        }
    }

    /// The indicator or streefdoel it belongs to, if any.
    pub fn item_id(&self) -> Option<&str> {
        match self {
            Place::Answer(id, _) | Place::View(id, _) | Place::Comment(id) => Some(id),
            _ => None,
        }
    }
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
    /// The item under the cursor, when the other tab changed it: this tab's text stays, and the
    /// other tab's value is given here so that it can be shown.
    pub held: Option<(Place, Value)>,
}

/// Every item of a scan with its value: the common ground the merge works on. A list, not a
/// map: a scan has a few hundred items at most, and a map per key type costs wasm size.
type Items = Vec<(Place, Value)>;

fn items(scan: &Scan) -> Items {
    let mut list = vec![(Place::Details, Value::Details(scan.details.clone()))];
    for (id, answer) in &scan.answers {
        for field in AnswerField::ALL {
            let value = field.get(answer);
            if value != field.get(&Answer::default()) {
                list.push((Place::Answer(id.clone(), field), value));
            }
        }
    }
    for action in &scan.actions {
        list.push((Place::Action(action.id.clone()), Value::Action(Some(action.clone()))));
    }
    if let Some(meeting) = &scan.meeting {
        list.push((Place::Meeting, Value::Meeting(meeting.date.clone(), meeting.partners.clone())));
        for (id, views) in &meeting.views {
            for (partner, rating) in views {
                list.push((Place::View(id.clone(), *partner), Value::Rating(Some(rating.clone()))));
            }
        }
    }
    if let Some(feedback) = &scan.feedback {
        list.push((Place::Overall, Value::Overall(feedback.author.clone(), feedback.overall.clone())));
        for (goal, comment) in &feedback.goals {
            list.push((Place::Comment(goal.clone()), Value::Comment(Some(comment.clone()))));
        }
    }
    list
}

/// The value of an item in a list of items, or what it is when absent.
fn value_at(items: &Items, place: &Place) -> Value {
    items.iter().find(|(p, _)| p == place).map_or_else(|| absent(place), |(_, v)| v.clone())
}

/// Every place named in any of the lists, once, in the order first seen.
fn all_places<'a>(lists: impl IntoIterator<Item = &'a Items>) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::new();
    for (place, _) in lists.into_iter().flatten() {
        if !places.contains(place) {
            places.push(place.clone());
        }
    }
    places
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
pub fn changed_places(before: &Scan, after: &Scan) -> Vec<Place> {
    let (a, b) = (items(before), items(after));
    all_places([&a, &b]).into_iter().filter(|p| value_at(&a, p) != value_at(&b, p)).collect()
}

/// Merges this tab's copy with the one another tab stored, given the version both started from.
/// Without a base (never seen before) an item that one side lacks counts as unchanged there.
pub fn merge_scan(base: Option<&Scan>, mine: &Scan, theirs: &Scan, prefer: &Prefer) -> Merge {
    let base_items = base.map(items).unwrap_or_default();
    let (my_items, their_items) = (items(mine), items(theirs));
    let places = all_places([&my_items, &their_items, &base_items]);
    let mut scan = mine.clone();
    let (mut replaced, mut kept, mut held) = (Vec::new(), Vec::new(), None);
    let hold = match prefer {
        Prefer::Theirs { hold } => hold.as_ref(),
        Prefer::Mine => None,
    };
    for place in &places {
        let (m, t) = (value_at(&my_items, place), value_at(&their_items, place));
        if m == t {
            continue;
        }
        // Without a base, an item missing from it reads as absent: unchanged where one side lacks it.
        let b = value_at(&base_items, place);
        let (mine_changed, theirs_changed) = (b != m, b != t);
        if theirs_changed && hold == Some(place) {
            // Never overwrite what the user is typing; the next keystroke makes it the later change.
            held = Some((place.clone(), t));
            continue;
        }
        let take_theirs = match (mine_changed, theirs_changed) {
            (false, _) => true,
            (true, false) => false,
            (true, true) => !matches!(prefer, Prefer::Mine),
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
    // Where the team was is this tab's own; a received version brings the other tab's, so that
    // both tabs end on the same stored value instead of writing it back and forth.
    if hold.is_some() || !matches!(prefer, Prefer::Mine) {
        scan.last_goal = theirs.last_goal.clone();
    }
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
    Merge { scan, replaced, kept, held }
}

/// What another tab did, as this tab should tell its user.
#[derive(Clone, Debug, PartialEq)]
pub enum Told {
    /// A later change from elsewhere replaced a value this tab had written.
    Replaced { place: Place, earlier: Option<String> },
    /// The item under the cursor was changed elsewhere; this tab's text stays.
    Held { place: Place, other: Option<String> },
}

/// The start of a stored text that names the version it was written over (`stamp`).
const STAMP: &str = "{\"base\":\"";

/// How many earlier versions of one scan a tab remembers, to merge a write that was based on one
/// of them. A stale read lags a write or two behind (one keystroke each).
const EARLIER_KEPT: usize = 4;

/// The stored form of `content` (a JSON object) that names the version it replaces: the content
/// hash of `replaces`, the stored text the writer read just before. A tab that receives it can
/// then tell "the writer did not see my last write" from "the writer saw it and changed it".
/// Both look the same without it: in Chromium a tab's read can miss another tab's write of a
/// moment before. An older Samenscan reads the extra field and ignores it.
pub fn stamp(content: &str, replaces: Option<&str>) -> String {
    match (replaces, content.strip_prefix('{')) {
        (Some(replaced), Some(rest)) if rest.starts_with('"') => {
            format!("{STAMP}{}\",{rest}", content_hash(&unstamp(replaced).0))
        }
        _ => content.to_string(),
    }
}

/// A stored text without its stamp, and the version it names, if it has one.
pub fn unstamp(raw: &str) -> (Cow<'_, str>, Option<&str>) {
    let stamped = raw.strip_prefix(STAMP).and_then(|rest| {
        let (version, rest) = (rest.get(..16)?, rest.get(16..)?);
        let rest = rest.strip_prefix("\",")?;
        version.bytes().all(|b| b.is_ascii_hexdigit()).then(|| (format!("{{{rest}"), version))
    });
    match stamped {
        Some((content, version)) => (Cow::Owned(content), Some(version)),
        None => (Cow::Borrowed(raw), None),
    }
}

/// One stored scan (or workspace entry) as one tab knows it.
#[derive(Clone, Debug)]
struct Book {
    key: String,
    /// The stored text this tab last saw (without its stamp): the base of every merge.
    text: String,
    scan: Scan,
    /// The versions before it, newest first, by content hash (as stamps name them). Hashed when
    /// one is replaced, not when it is first seen: opening 200 profiles hashes none of them.
    earlier: Vec<(String, Scan)>,
    /// The items this tab was the last to write.
    own: Vec<Place>,
}

impl Book {
    /// The base for merging a stored text stamped with `replaced`: the version its writer had read.
    /// Usually the one this tab saw last; an earlier one when the writer had not seen this tab's
    /// last write yet (then the items only this tab changed since are kept, not undone).
    /// An earlier version with the same text as the last one is the same scan: either will do.
    fn base_for(&self, replaced: Option<&str>) -> &Scan {
        replaced
            .and_then(|version| self.earlier.iter().find(|(v, _)| v == version))
            .map_or(&self.scan, |(_, scan)| scan)
    }
}

/// One tab's memory of the stored scans (or workspace entries), by key: the stored text and
/// value it last saw (the base of every merge), and the items it was the last to write.
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    books: Vec<Book>,
}

/// What to do with a changed scan before writing it.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// Write this (this tab's copy, or merged with what another tab stored meanwhile).
    Scan(Scan),
    /// Another tab deleted it since: do not bring it back silently; offer it.
    DeletedElsewhere,
    /// Nothing changed since the last write.
    Unchanged,
    /// A newer version of Samenscan (another tab) stored it in a form this one cannot read, so
    /// it cannot merge it either: it is left alone, never written over.
    Newer,
}

/// What to do with the stored text of another tab that `decode` read as `read`: merge it in,
/// leave what a newer version wrote alone, or write over what is damaged.
fn merged_with(read: Result<Scan, DecodeError>, base: &Scan, mine: &Scan) -> Write {
    match read {
        Ok(theirs) => Write::Scan(merge_scan(Some(base), mine, &theirs, &Prefer::Mine).scan),
        Err(DecodeError::Newer { .. }) => Write::Newer,
        Err(DecodeError::Corrupt(_)) => Write::Scan(mine.clone()),
    }
}

impl Ledger {
    fn book(&self, key: &str) -> Option<&Book> {
        self.books.iter().find(|b| b.key == key)
    }

    /// Sets what this tab saw stored for `key`, keeping the items it owns.
    fn set(&mut self, key: &str, text: String, scan: Scan) -> &mut Book {
        match self.books.iter().position(|b| b.key == key) {
            Some(at) => {
                let book = &mut self.books[at];
                if book.text != text {
                    let earlier = std::mem::replace(&mut book.scan, scan);
                    book.earlier.insert(0, (content_hash(&std::mem::replace(&mut book.text, text)), earlier));
                    book.earlier.truncate(EARLIER_KEPT);
                } else {
                    book.scan = scan;
                }
                book
            }
            None => {
                self.books.push(Book { key: key.to_string(), text, scan, earlier: Vec::new(), own: Vec::new() });
                self.books.last_mut().expect("a book was just added")
            }
        }
    }

    /// Remembers the version the page started from (`encoded`, its stored form) and says what to
    /// write now: storage may hold an older schema version, or what another tab wrote before this
    /// page listened. Either is merged in and written, never written over.
    pub fn start(&mut self, key: &str, encoded: String, scan: &Scan, stored: Option<&str>, decode: impl Fn(&str) -> Result<Scan, DecodeError>) -> Write {
        if self.book(key).is_none() {
            self.set(key, encoded.clone(), scan.clone());
        }
        match stored {
            Some(raw) if unstamp(raw).0 != encoded => merged_with(decode(raw), scan, scan),
            _ => Write::Unchanged,
        }
    }

    /// Whether `text` is what this tab last saw stored for `key`: then there is nothing to write,
    /// and storage need not be read.
    pub fn has_seen(&self, key: &str, text: &str) -> bool {
        self.book(key).is_some_and(|b| b.text == text)
    }

    /// The keys this tab has seen in storage, for removing what the state no longer has.
    pub fn keys(&self) -> Vec<String> {
        self.books.iter().map(|b| b.key.clone()).collect()
    }

    pub fn forget(&mut self, key: &str) {
        self.books.retain(|b| b.key != key);
    }

    /// Decides what to write for `mine` (encoded as `encoded`), given what storage holds now.
    /// `decode` reads another tab's stored text; what it cannot read is written over, unless a
    /// newer version of Samenscan wrote it (`Write::Newer`).
    pub fn before_write(&self, key: &str, mine: &Scan, encoded: &str, stored: Option<&str>, decode: impl Fn(&str) -> Result<Scan, DecodeError>) -> Write {
        if self.has_seen(key, encoded) {
            return Write::Unchanged;
        }
        match (self.book(key), stored.map(|raw| (raw, unstamp(raw)))) {
            (Some(book), Some((raw, (text, replaced)))) if book.text != text => merged_with(decode(raw), book.base_for(replaced), mine),
            (Some(book), None) if !book.text.is_empty() => Write::DeletedElsewhere,
            _ => Write::Scan(mine.clone()),
        }
    }

    /// Records a successful write of `written` (encoded), made from this tab's `mine`.
    pub fn written(&mut self, key: &str, mine: &Scan, written: &Scan, encoded: String) {
        let places = self.book(key).map(|b| changed_places(&b.scan, mine)).unwrap_or_default();
        let book = self.set(key, encoded, written.clone());
        for place in places {
            if !book.own.contains(&place) {
                book.own.push(place);
            }
        }
    }

    /// Takes in what another tab stored (`raw`, read as `theirs`). Returns the scan this tab
    /// should show now and what to tell, or `None` when it is what this tab already has.
    /// `encode` writes a scan as storage would, for a merge that keeps this tab's text.
    /// What this tab has that the received version lacks (a change its writer had not seen yet)
    /// stays, and is written next: the received text is then what this tab saw last.
    pub fn receive(&mut self, key: &str, mine: Option<&Scan>, raw: &str, theirs: Scan, hold: Option<Place>, encode: impl Fn(&Scan) -> String) -> Option<(Scan, Vec<Told>)> {
        let (text, replaced) = unstamp(raw);
        if self.has_seen(key, &text) {
            return None;
        }
        let Some(mine) = mine else {
            // New here, or deleted here while another tab still changed it: keep it.
            self.set(key, text.into_owned(), theirs.clone());
            return Some((theirs, Vec::new()));
        };
        let merge = merge_scan(self.book(key).map(|b| b.base_for(replaced)), mine, &theirs, &Prefer::Theirs { hold });
        // With this tab's text kept, the merged value counts as seen: it is written with the
        // next keystroke (then the later change), not sent straight back, which could go back
        // and forth between two tabs.
        let (text, seen) = if merge.held.is_some() || !merge.kept.is_empty() { (encode(&merge.scan), merge.scan.clone()) } else { (text.into_owned(), theirs) };
        let book = self.set(key, text, seen);
        let mut told = Vec::new();
        for replaced in merge.replaced {
            let owned = book.own.iter().position(|p| *p == replaced.place);
            if let Some(at) = owned {
                book.own.remove(at);
            }
            if owned.is_some() || replaced.conflict {
                told.push(Told::Replaced { place: replaced.place, earlier: replaced.earlier.text() });
            }
        }
        if let Some((place, other)) = &merge.held {
            told.push(Told::Held { place: place.clone(), other: other.text() });
        }
        Some((merge.scan, told))
    }
}
