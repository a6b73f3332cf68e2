//! Several scans of the same instrument side by side (groundwork for the adviser workspace):
//! a team's views merged per indicator with where they disagree most, a consensus scan to
//! continue with, and two exports of the same school compared over time. Items are matched by
//! id; items present in only one scan are reported as such, never dropped.

use super::assessment::{Rating, Scan};
use super::instrument::{Goal, Indicator, Instrument, Text};
use super::profile::Profile;

/// The team's answers on one indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub indicator: String,
    /// The scores given on the scale, lowest first.
    pub scores: Vec<u8>,
    pub unknown: usize,
    pub not_applicable: usize,
    /// Members who gave no answer.
    pub open: usize,
    pub median: Option<f32>,
    /// Scale points between the lowest and the highest score (0: all who scored agree).
    pub spread: u8,
}

impl Agreement {
    /// Everyone gave the same answer (the same level, or all "weet niet", or all "n.v.t.").
    pub fn unanimous(&self, members: usize) -> bool {
        let same_level = self.scores.len() == members && self.spread == 0;
        same_level || self.unknown == members || self.not_applicable == members
    }
}

fn median(sorted: &[u8]) -> Option<f32> {
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(f32::from(sorted[n / 2])),
        n => Some((f32::from(sorted[n / 2 - 1]) + f32::from(sorted[n / 2])) / 2.0),
    }
}

/// Per indicator of the instrument (for the first member's sector), the team's answers, the
/// largest disagreements first (then in reading order), as a discussion list.
pub fn merge_team(members: &[&Scan], instrument: &Instrument) -> Vec<Agreement> {
    let sector = members.first().and_then(|s| s.details.sector);
    let mut list: Vec<Agreement> = instrument
        .indicators_for(sector)
        .map(|indicator| {
            let mut agreement = Agreement {
                indicator: indicator.id.clone(),
                scores: Vec::new(),
                unknown: 0,
                not_applicable: 0,
                open: 0,
                median: None,
                spread: 0,
            };
            for member in members {
                match member.rating(&indicator.id) {
                    Some(Rating::Level(code)) => match instrument.level(code) {
                        Some(level) => agreement.scores.push(level.score),
                        None => agreement.open += 1,
                    },
                    Some(Rating::Unknown) => agreement.unknown += 1,
                    Some(Rating::NotApplicable) => agreement.not_applicable += 1,
                    None => agreement.open += 1,
                }
            }
            super::small_sort::sort_by(&mut agreement.scores, |a, b| a < b);
            agreement.median = median(&agreement.scores);
            agreement.spread = match (agreement.scores.first(), agreement.scores.last()) {
                (Some(low), Some(high)) => high - low,
                _ => 0,
            };
            agreement
        })
        .collect();
    super::small_sort::sort_by(&mut list, |a, b| a.spread > b.spread);
    list
}

/// A new scan to continue with: answers filled where the whole team agrees, open where not.
/// Notes and evidence of all members are kept, one per line, so nothing said is lost.
pub fn consensus(members: &[&Scan], instrument: &Instrument, id: String, name: &str, now: &str) -> Option<Scan> {
    let first = members.first()?;
    let mut details = first.details.clone();
    details.name = name.to_string();
    let mut scan = Scan::new(id, instrument, details, now);
    for agreement in merge_team(members, instrument) {
        let rating = if agreement.unanimous(members.len()) { first.rating(&agreement.indicator).cloned() } else { None };
        let joined = |field: fn(&super::assessment::Answer) -> &String| {
            members
                .iter()
                .filter_map(|m| m.answer(&agreement.indicator).map(field))
                .filter(|t| !t.trim().is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        };
        let (note, evidence) = (joined(|a| &a.note), joined(|a| &a.evidence));
        scan.edit_answer(&agreement.indicator, now, |answer| {
            answer.rating = rating;
            answer.note = note;
            answer.evidence = evidence;
        });
    }
    Some(scan)
}

/// How one streefdoel moved between two exports of the same school.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalChange {
    /// In both: the averages before and after (either may be unscored).
    Both { goal: String, before: Option<f32>, after: Option<f32> },
    /// Only in the earlier export's instrument (or sector).
    OnlyBefore { goal: String },
    /// Only in the later one.
    OnlyAfter { goal: String },
}

/// Compares two profiles by streefdoel id, in the later profile's order, then what only the
/// earlier one had. The instruments may differ in version: matching is by id.
pub fn over_time(before: &Profile, after: &Profile) -> Vec<GoalChange> {
    let goals = |p: &Profile| p.themes.iter().flat_map(|t| t.goals.iter()).map(|g| (g.id.clone(), g.average)).collect::<Vec<_>>();
    let (earlier, later) = (goals(before), goals(after));
    let mut changes: Vec<GoalChange> = later
        .iter()
        .map(|(goal, average)| match earlier.iter().find(|(g, _)| g == goal) {
            Some((_, was)) => GoalChange::Both { goal: goal.clone(), before: *was, after: *average },
            None => GoalChange::OnlyAfter { goal: goal.clone() },
        })
        .collect();
    changes.extend(
        earlier
            .iter()
            .filter(|(goal, _)| !later.iter().any(|(g, _)| g == goal))
            .map(|(goal, _)| GoalChange::OnlyBefore { goal: goal.clone() }),
    );
    changes
}

/// What happened to a streefdoel or indicator between two versions of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    /// The same id with other words (title, description, or a sector's wording).
    Reworded,
}

/// One streefdoel or indicator that differs between two lists, with its text before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemChange {
    pub id: String,
    /// A streefdoel; otherwise an indicator.
    pub is_goal: bool,
    pub change: Change,
    pub before: Option<Text>,
    pub after: Option<Text>,
}

/// How two lists differ, for the comparison over time: matched by id, in the later list's order,
/// then what only the earlier one had.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListChanges {
    pub items: Vec<ItemChange>,
    /// Other levels (codes, scores or words): scores are then not one to one comparable.
    pub scale_changed: bool,
    /// Other rules for "ready".
    pub rules_changed: bool,
}

impl ListChanges {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && !self.scale_changed && !self.rules_changed
    }

    pub fn count(&self, change: Change) -> usize {
        self.items.iter().filter(|i| i.change == change).count()
    }
}

/// The general wording of an indicator (or its first one, when every wording is a sector's).
fn indicator_text(indicator: &Indicator) -> Option<Text> {
    indicator.wordings.iter().find(|(s, _)| s.is_none()).or(indicator.wordings.first()).map(|(_, t)| t.clone())
}

pub fn list_changes(before: &Instrument, after: &Instrument) -> ListChanges {
    let goals = |list: &Instrument| list.themes.iter().flat_map(|t| t.goals.iter()).cloned().collect::<Vec<Goal>>();
    let (earlier, later) = (goals(before), goals(after));
    let mut items = Vec::new();
    // `same`: both lists have the item with the same words (compared in full, not only the text shown).
    let mut compare = |id: &str, is_goal: bool, before: Option<Text>, after: Option<Text>, same: bool| {
        let change = match (&before, &after) {
            (None, Some(_)) => Change::Added,
            (Some(_), None) => Change::Removed,
            (Some(_), Some(_)) if !same => Change::Reworded,
            _ => return,
        };
        items.push(ItemChange { id: id.to_string(), is_goal, change, before, after });
    };
    let goal_in = |list: &[Goal], id: &str| list.iter().find(|g| g.id == id).cloned();
    let indicator_in = |list: &[Goal], id: &str| list.iter().flat_map(|g| g.indicators.iter()).find(|i| i.id == id).cloned();
    let mut seen: Vec<String> = Vec::new();
    for goal in later.iter().chain(earlier.iter()) {
        if seen.contains(&goal.id) {
            continue;
        }
        seen.push(goal.id.clone());
        let (was, now) = (goal_in(&earlier, &goal.id), goal_in(&later, &goal.id));
        let same = matches!((&was, &now), (Some(a), Some(b)) if a.title == b.title && a.description == b.description);
        compare(&goal.id, true, was.as_ref().map(|g| g.title.clone()), now.as_ref().map(|g| g.title.clone()), same);
        let indicator_ids: Vec<String> = now.iter().chain(was.iter()).flat_map(|g| g.indicators.iter().map(|i| i.id.clone())).collect();
        for id in indicator_ids {
            if seen.contains(&id) {
                continue;
            }
            seen.push(id.clone());
            let (was, now) = (indicator_in(&earlier, &id), indicator_in(&later, &id));
            let same = matches!((&was, &now), (Some(a), Some(b)) if a.wordings == b.wordings);
            compare(&id, false, was.as_ref().and_then(indicator_text), now.as_ref().and_then(indicator_text), same);
        }
    }
    ListChanges { items, scale_changed: before.scale != after.scale, rules_changed: before.readiness != after.readiness }
}

/// One cell of the side-by-side overview.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Score(f32),
    /// In this profile's list, but nothing rated on the scale.
    NoScore,
    /// Not in the version of the list this profile was made with.
    NotInVersion,
    /// In the list, but only for other sectors than this school's (an own list may have such).
    NotForSector,
}

impl Cell {
    pub fn score(self) -> Option<f32> {
        match self {
            Cell::Score(s) => Some(s),
            _ => None,
        }
    }
}

/// A column of the overview: a theme's average or one of its streefdoelen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub id: String,
    /// The theme it belongs to (itself, for a theme column).
    pub theme: String,
    pub is_theme: bool,
}

/// One profile in the overview.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub name: String,
    pub sector: Option<super::school::Sector>,
    pub region: Option<super::school::Region>,
    pub overall: Option<f32>,
    pub verdict: super::profile::Verdict,
    pub answered: usize,
    pub total: usize,
    /// In the order of `Overview::columns`.
    pub cells: Vec<Cell>,
}

/// Profiles of one list side by side: the columns are every theme and streefdoel of any version
/// among them (by id, in the order first seen), so nothing is dropped when versions differ.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overview {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// Builds the overview of profiles given as (workspace key, scan, its instrument).
pub fn side_by_side(items: &[(&str, &Scan, &Instrument)]) -> Overview {
    let mut columns: Vec<Column> = Vec::new();
    for (_, _, instrument) in items {
        for theme in &instrument.themes {
            let mut push = |id: &str, is_theme: bool| {
                if !columns.iter().any(|c| c.id == id && c.is_theme == is_theme) {
                    columns.push(Column { id: id.to_string(), theme: theme.id.clone(), is_theme });
                }
            };
            push(&theme.id, true);
            for goal in &theme.goals {
                push(&goal.id, false);
            }
        }
    }
    // Keep each theme's columns together even when a later version added a streefdoel.
    let theme_order: Vec<String> = columns.iter().filter(|c| c.is_theme).map(|c| c.id.clone()).collect();
    super::small_sort::sort_by(&mut columns, |a, b| {
        let position = |c: &Column| theme_order.iter().position(|t| *t == c.theme).unwrap_or(usize::MAX);
        position(a) < position(b)
    });
    let rows = items
        .iter()
        .map(|(key, scan, instrument)| {
            let profile = Profile::of(scan, instrument);
            let cells = columns
                .iter()
                .map(|column| {
                    let average = if column.is_theme {
                        profile.themes.iter().find(|t| t.id == column.id).map(|t| t.average)
                    } else {
                        profile.goal(&column.id).map(|g| g.average)
                    };
                    let in_list = || if column.is_theme { instrument.theme(&column.id).is_some() } else { instrument.goal(&column.id).is_some() };
                    match average {
                        Some(Some(score)) => Cell::Score(score),
                        Some(None) => Cell::NoScore,
                        // The profile leaves out what its sector does not answer.
                        None if in_list() => Cell::NotForSector,
                        None => Cell::NotInVersion,
                    }
                })
                .collect();
            Row {
                key: key.to_string(),
                name: scan.details.name.clone(),
                sector: scan.details.sector,
                region: scan.details.region,
                overall: profile.overall,
                verdict: profile.verdict,
                answered: profile.counts.answered(),
                total: profile.counts.total,
                cells,
            }
        })
        .collect();
    Overview { columns, rows }
}

/// What the overview can be sorted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Name,
    Overall,
    /// The column at this index of `Overview::columns`.
    Column(usize),
}

/// Sorts the rows; profiles without a score on the chosen column go last in both directions,
/// and equal rows keep their order (then by name), so the table does not jump around.
pub fn sort_rows(rows: &mut [Row], by: SortBy, descending: bool) {
    let score = |row: &Row| match by {
        SortBy::Overall => row.overall,
        SortBy::Column(i) => row.cells.get(i).and_then(|c| c.score()),
        SortBy::Name => None,
    };
    super::small_sort::sort_by(rows, |a, b| {
        if by == SortBy::Name {
            let (a, b) = (a.name.to_ascii_lowercase(), b.name.to_ascii_lowercase());
            return if descending { a > b } else { a < b };
        }
        match (score(a), score(b)) {
            (Some(x), Some(y)) => if descending { x > y } else { x < y },
            (Some(_), None) => true,
            _ => false,
        }
    });
}
