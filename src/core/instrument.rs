//! The instrument model: themes, streefdoelen (goals), indicators, the rating scale and the
//! readiness rule. Instruments are data: they come from a CSV file (see `csv_format`), so an
//! ExpertisePunt with its own or the official list can load it without touching code.

use super::lang::Lang;
use super::school::Sector;
use serde::{Deserialize, Serialize};

pub use super::instrument_csv::{InstrumentError, Problem, MAX_FILE_BYTES};

/// A text in both languages. English may be missing in a user's file: Dutch is shown then.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Text { nl: nl.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.nl,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.nl.is_empty() && self.en.is_empty()
    }
}

/// Who an instrument is for; decides which screens use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// The streefdoelen self-assessment of a school team.
    School,
    /// The LEA screening of a municipality and its partners.
    Lea,
}

impl Audience {
    pub fn code(self) -> &'static str {
        match self {
            Audience::School => "school",
            Audience::Lea => "lea",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "school" => Some(Audience::School),
            "lea" => Some(Audience::Lea),
            _ => None,
        }
    }
}

/// One step on the rating scale. `code` is what an answer stores; `score` orders and scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScaleLevel {
    pub code: String,
    pub score: u8,
    pub label: Text,
    pub description: Text,
}

/// An indicator: a concrete, recognisable practice. Its wording can differ per sector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    /// The wording for all sectors (`None`) and any sector-specific wordings.
    pub wordings: Vec<(Option<Sector>, Text)>,
}

impl Indicator {
    /// The wording for this sector: its own when there is one, else the general one.
    /// `None` means the indicator does not apply to the sector.
    pub fn text_for(&self, sector: Option<Sector>) -> Option<&Text> {
        let own = sector.and_then(|s| self.wordings.iter().find(|(w, _)| *w == Some(s)));
        own.or_else(|| self.wordings.iter().find(|(w, _)| w.is_none()))
            .map(|(_, text)| text)
    }

    pub fn applies_to(&self, sector: Option<Sector>) -> bool {
        self.text_for(sector).is_some()
    }
}

/// A streefdoel (goal): what the school aims for, measured by its indicators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub indicators: Vec<Indicator>,
}

impl Goal {
    pub fn indicators_for(&self, sector: Option<Sector>) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(move |i| i.applies_to(sector))
    }

    /// Whether the sector has anything to answer here: a list may give a sector streefdoelen of
    /// its own, whose indicators all have sector rows.
    pub fn applies_to(&self, sector: Option<Sector>) -> bool {
        self.indicators_for(sector).next().is_some()
    }
}

/// A theme groups streefdoelen; it is a section of the task list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub goals: Vec<Goal>,
}

impl Theme {
    pub fn indicators_for(&self, sector: Option<Sector>) -> impl Iterator<Item = &Indicator> {
        self.goals.iter().flat_map(move |g| g.indicators_for(sector))
    }

    /// Whether any of its streefdoelen applies to the sector.
    pub fn applies_to(&self, sector: Option<Sector>) -> bool {
        self.goals.iter().any(|g| g.applies_to(sector))
    }
}

/// When a school counts as ready for the eindgesprek. Part of the data, so that an
/// ExpertisePunt can set its own bar. Every field that is `None`/`false` is not checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadinessRule {
    /// The average score of every streefdoel must reach this.
    pub min_goal_score: Option<f32>,
    /// Every rated indicator must reach this score.
    pub min_indicator_score: Option<u8>,
    /// Every rated indicator needs evidence ("waar blijkt dat uit?").
    pub evidence_required: bool,
    /// How many "weet niet" answers may remain open.
    pub max_unknown: Option<usize>,
    /// Up to this many missing items the verdict is "almost ready" (default 5).
    pub almost_max_gaps: Option<usize>,
}

/// A whole instrument, as loaded from its CSV file.
#[derive(Clone, Debug, PartialEq)]
pub struct Instrument {
    pub id: String,
    pub version: String,
    pub audience: Audience,
    pub title: Text,
    /// The line that tells what this list is, e.g. that it is a working version, not the official list.
    pub disclaimer: Text,
    /// From lowest to highest score.
    pub scale: Vec<ScaleLevel>,
    pub themes: Vec<Theme>,
    pub readiness: ReadinessRule,
    /// Identity, not content: the content hash of the list (`instrument_compiled::content_hash`),
    /// set when the list is listed in the app; empty straight out of a parser.
    pub hash: String,
}

/// Identifies an instrument in stored scans and exports: its id, its version and its content.
/// Two lists with the same id and version but other content have other hashes and are never
/// mixed up. Scans from before lists had hashes (schema 4 and older) have an empty hash: they were
/// all made on a built-in list, which is then found by id and version.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InstrumentRef {
    pub id: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
}

impl Instrument {
    /// Parses and validates an instrument file. All problems are reported, each with its line.
    pub fn from_csv(text: &str) -> Result<Instrument, Vec<InstrumentError>> {
        super::instrument_csv::parse(text)
    }

    pub fn reference(&self) -> InstrumentRef {
        InstrumentRef { id: self.id.clone(), version: self.version.clone(), hash: self.hash.clone() }
    }

    pub fn level(&self, code: &str) -> Option<&ScaleLevel> {
        self.scale.iter().find(|l| l.code == code)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// All goals in reading order.
    pub fn goals(&self) -> impl Iterator<Item = (&Theme, &Goal)> {
        self.themes.iter().flat_map(|t| t.goals.iter().map(move |g| (t, g)))
    }

    /// The goal with this id and the theme it belongs to.
    pub fn goal(&self, id: &str) -> Option<(&Theme, &Goal)> {
        self.goals().find(|(_, g)| g.id == id)
    }

    /// An indicator with the streefdoel it belongs to.
    pub fn indicator(&self, id: &str) -> Option<(&Goal, &Indicator)> {
        self.goals().find_map(|(_, g)| g.indicators.iter().find(|i| i.id == id).map(|i| (g, i)))
    }

    /// The goals that apply to the sector, in reading order: what a scan of that sector walks
    /// through.
    pub fn goals_for(&self, sector: Option<Sector>) -> impl Iterator<Item = (&Theme, &Goal)> {
        self.goals().filter(move |(_, g)| g.applies_to(sector))
    }

    /// The goal with this id and its theme, if the sector answers it.
    pub fn goal_for(&self, id: &str, sector: Option<Sector>) -> Option<(&Theme, &Goal)> {
        self.goal(id).filter(|(_, g)| g.applies_to(sector))
    }

    /// "Streefdoel 3 van 11": the place of a goal from 1 among those of the sector, and how many
    /// there are.
    pub fn goal_position(&self, goal_id: &str, sector: Option<Sector>) -> (usize, usize) {
        let position = self.goals_for(sector).position(|(_, g)| g.id == goal_id).map_or(0, |i| i + 1);
        (position, self.goals_for(sector).count())
    }

    /// The goals of the sector before and after this one, to walk through the scan.
    pub fn neighbours(&self, goal_id: &str, sector: Option<Sector>) -> (Option<&Goal>, Option<&Goal>) {
        let goals: Vec<&Goal> = self.goals_for(sector).map(|(_, g)| g).collect();
        match goals.iter().position(|g| g.id == goal_id) {
            Some(i) => (i.checked_sub(1).map(|p| goals[p]), goals.get(i + 1).copied()),
            None => (None, None),
        }
    }

    /// Every indicator that applies to the sector, in reading order.
    pub fn indicators_for(&self, sector: Option<Sector>) -> impl Iterator<Item = &Indicator> {
        self.themes.iter().flat_map(move |t| t.indicators_for(sector))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(wordings: Vec<(Option<Sector>, &str)>) -> Indicator {
        Indicator {
            id: "i".into(),
            wordings: wordings.into_iter().map(|(s, t)| (s, Text::new(t, ""))).collect(),
        }
    }

    #[test]
    fn sector_wording_wins_over_the_general_one() {
        let i = indicator(vec![(None, "algemeen"), (Some(Sector::Vve), "peuters")]);
        assert_eq!(i.text_for(Some(Sector::Vve)).unwrap().nl, "peuters");
        assert_eq!(i.text_for(Some(Sector::Po)).unwrap().nl, "algemeen");
        assert_eq!(i.text_for(None).unwrap().nl, "algemeen");
    }

    #[test]
    fn a_sector_only_indicator_applies_to_that_sector_alone() {
        let i = indicator(vec![(Some(Sector::Mbo), "SLB")]);
        assert!(i.applies_to(Some(Sector::Mbo)));
        assert!(!i.applies_to(Some(Sector::Po)));
        assert!(!i.applies_to(None));
    }

    #[test]
    fn english_falls_back_to_dutch() {
        assert_eq!(Text::new("hallo", "").get(Lang::En), "hallo");
        assert_eq!(Text::new("hallo", "hello").get(Lang::En), "hello");
    }
}
