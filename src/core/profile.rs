//! The readiness profile: scores per indicator, streefdoel, theme and overall, the verdict of the
//! instrument's readiness rule with the exact items still missing, and the lists a team discusses
//! (strengths, development points, open "weet niet", high ratings without evidence).
//!
//! Scores are averages of the levels given; "weet niet" and "n.v.t." are counted apart, never as
//! zero. A streefdoel weighs the same whatever its number of indicators.

use super::assessment::{Rating, Scan};
use super::instrument::{Instrument, ReadinessRule};

/// Counts of one part of the scan (an indicator set), kept apart by kind of answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Indicators that apply to the sector.
    pub total: usize,
    /// Rated on the scale.
    pub rated: usize,
    pub unknown: usize,
    pub not_applicable: usize,
    /// Rated indicators with evidence written down.
    pub with_evidence: usize,
}

impl Counts {
    pub fn answered(&self) -> usize {
        self.rated + self.unknown + self.not_applicable
    }

    pub fn open(&self) -> usize {
        self.total - self.answered()
    }

    fn add(&mut self, other: Counts) {
        self.total += other.total;
        self.rated += other.rated;
        self.unknown += other.unknown;
        self.not_applicable += other.not_applicable;
        self.with_evidence += other.with_evidence;
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorScore {
    pub id: String,
    pub rating: Option<Rating>,
    /// The score of the level given; `None` for no answer, "weet niet" and "n.v.t.".
    pub score: Option<u8>,
    pub has_evidence: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalScore {
    pub id: String,
    /// Average score of the rated indicators; `None` when none is rated.
    pub average: Option<f32>,
    pub counts: Counts,
    pub indicators: Vec<IndicatorScore>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ThemeScore {
    pub id: String,
    /// Average of its streefdoelen' averages.
    pub average: Option<f32>,
    pub counts: Counts,
    pub goals: Vec<GoalScore>,
}

/// The outcome of the readiness rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every condition of the rule is met.
    Ready,
    /// A few items are missing (no more than the rule's `almost_max_gaps`).
    Almost,
    NotYet,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Ready => "klaar",
            Verdict::Almost => "bijna",
            Verdict::NotYet => "nog-niet",
        }
    }

    /// Short, for tables and spreadsheets (the profile page says it in a full sentence).
    pub fn label(self, lang: super::lang::Lang) -> &'static str {
        match self {
            Verdict::Ready => lang.pick("Klaar", "Ready"),
            Verdict::Almost => lang.pick("Bijna", "Almost"),
            Verdict::NotYet => lang.pick("Nog niet", "Not yet"),
        }
    }
}

/// One thing that stands between the team and the eindgesprek.
#[derive(Clone, Debug, PartialEq)]
pub enum Gap {
    /// An indicator without any answer.
    Unanswered { goal: String, indicator: String },
    /// A "weet niet" beyond what the rule allows.
    Unknown { goal: String, indicator: String },
    /// A streefdoel whose average is below the rule's minimum (or has no rated indicator).
    GoalBelow { goal: String, average: Option<f32>, minimum: f32 },
    /// An indicator below the rule's minimum score.
    IndicatorBelow { goal: String, indicator: String, score: u8, minimum: u8 },
    /// A rated indicator without evidence, when the rule asks for it.
    MissingEvidence { goal: String, indicator: String },
}

impl Gap {
    /// The streefdoel the gap is in, to link to its page.
    pub fn goal(&self) -> &str {
        match self {
            Gap::Unanswered { goal, .. }
            | Gap::Unknown { goal, .. }
            | Gap::GoalBelow { goal, .. }
            | Gap::IndicatorBelow { goal, .. }
            | Gap::MissingEvidence { goal, .. } => goal,
        }
    }
}

/// When the rule names no minimum, goals at or above this share of the top score are strengths.
const DEFAULT_STRENGTH_SHARE: f32 = 0.75;
/// How many gaps still count as "almost" when the rule does not say.
pub const DEFAULT_ALMOST_MAX_GAPS: usize = 5;

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub themes: Vec<ThemeScore>,
    /// Average of all streefdoelen' averages.
    pub overall: Option<f32>,
    pub counts: Counts,
    pub verdict: Verdict,
    pub gaps: Vec<Gap>,
    /// Streefdoelen at or above the bar, best first.
    pub strengths: Vec<String>,
    /// Streefdoelen below the bar (ontwikkelpunten), weakest first.
    pub development_points: Vec<String>,
    /// Indicators answered "weet niet".
    pub open_unknown: Vec<String>,
    /// Indicators rated at or above the bar without evidence.
    pub high_without_evidence: Vec<String>,
    /// The score that separates strengths from development points.
    pub bar: f32,
}

fn average(values: impl Iterator<Item = f32>) -> Option<f32> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f32)
}

impl Profile {
    pub fn of(scan: &Scan, instrument: &Instrument) -> Profile {
        let sector = scan.details.sector;
        let themes: Vec<ThemeScore> = instrument
            .themes
            .iter()
            .filter(|theme| theme.applies_to(sector))
            .map(|theme| {
                let goals: Vec<GoalScore> = theme
                    .goals
                    .iter()
                    .filter(|g| g.applies_to(sector))
                    .map(|goal| {
                        let indicators: Vec<IndicatorScore> = goal
                            .indicators_for(sector)
                            .map(|indicator| {
                                let answer = scan.answer(&indicator.id);
                                let rating = answer.and_then(|a| a.rating.clone());
                                let score = match &rating {
                                    Some(Rating::Level(code)) => instrument.level(code).map(|l| l.score),
                                    _ => None,
                                };
                                IndicatorScore {
                                    id: indicator.id.clone(),
                                    rating,
                                    score,
                                    has_evidence: answer.is_some_and(|a| !a.evidence.trim().is_empty()),
                                }
                            })
                            .collect();
                        let counts = indicators.iter().fold(Counts::default(), |mut c, i| {
                            c.total += 1;
                            match (&i.rating, i.score) {
                                (Some(Rating::Unknown), _) => c.unknown += 1,
                                (Some(Rating::NotApplicable), _) => c.not_applicable += 1,
                                (_, Some(_)) => {
                                    c.rated += 1;
                                    c.with_evidence += usize::from(i.has_evidence);
                                }
                                _ => {}
                            }
                            c
                        });
                        GoalScore {
                            id: goal.id.clone(),
                            average: average(indicators.iter().filter_map(|i| i.score.map(f32::from))),
                            counts,
                            indicators,
                        }
                    })
                    .collect();
                let mut counts = Counts::default();
                goals.iter().for_each(|g| counts.add(g.counts));
                ThemeScore { id: theme.id.clone(), average: average(goals.iter().filter_map(|g| g.average)), counts, goals }
            })
            .collect();

        let all_goals = || themes.iter().flat_map(|t| t.goals.iter());
        let mut counts = Counts::default();
        themes.iter().for_each(|t| counts.add(t.counts));
        let overall = average(all_goals().filter_map(|g| g.average));
        let top = instrument.scale.iter().map(|l| l.score).max().unwrap_or(0) as f32;
        let bar = instrument.readiness.min_goal_score.unwrap_or(top * DEFAULT_STRENGTH_SHARE);

        let mut strengths: Vec<&GoalScore> = all_goals().filter(|g| g.average.is_some_and(|a| a >= bar)).collect();
        super::small_sort::sort_by(&mut strengths, |a, b| a.average > b.average);
        let mut development: Vec<&GoalScore> = all_goals().filter(|g| g.average.is_some_and(|a| a < bar)).collect();
        super::small_sort::sort_by(&mut development, |a, b| a.average < b.average);

        let indicators = || all_goals().flat_map(|g| g.indicators.iter());
        let open_unknown = indicators().filter(|i| i.rating == Some(Rating::Unknown)).map(|i| i.id.clone()).collect();
        let high_without_evidence = indicators()
            .filter(|i| i.score.is_some_and(|s| f32::from(s) >= bar) && !i.has_evidence)
            .map(|i| i.id.clone())
            .collect();

        let gaps = gaps(&themes, &instrument.readiness);
        let almost_max = instrument.readiness.almost_max_gaps.unwrap_or(DEFAULT_ALMOST_MAX_GAPS);
        let verdict = match gaps.len() {
            0 => Verdict::Ready,
            n if n <= almost_max => Verdict::Almost,
            _ => Verdict::NotYet,
        };

        Profile {
            overall,
            counts,
            verdict,
            gaps,
            strengths: strengths.into_iter().map(|g| g.id.clone()).collect(),
            development_points: development.into_iter().map(|g| g.id.clone()).collect(),
            open_unknown,
            high_without_evidence,
            bar,
            themes,
        }
    }

    pub fn goal(&self, id: &str) -> Option<&GoalScore> {
        self.themes.iter().flat_map(|t| t.goals.iter()).find(|g| g.id == id)
    }
}

/// Everything the rule still asks for, in reading order.
fn gaps(themes: &[ThemeScore], rule: &ReadinessRule) -> Vec<Gap> {
    let mut gaps = Vec::new();
    let mut unknown_seen = 0;
    let max_unknown = rule.max_unknown.unwrap_or(usize::MAX);
    for goal in themes.iter().flat_map(|t| t.goals.iter()) {
        let gid = || goal.id.clone();
        for indicator in &goal.indicators {
            let iid = || indicator.id.clone();
            match (&indicator.rating, indicator.score) {
                (None, _) => gaps.push(Gap::Unanswered { goal: gid(), indicator: iid() }),
                (Some(Rating::Unknown), _) => {
                    unknown_seen += 1;
                    if unknown_seen > max_unknown {
                        gaps.push(Gap::Unknown { goal: gid(), indicator: iid() });
                    }
                }
                (Some(Rating::Level(_)), Some(score)) => {
                    if let Some(minimum) = rule.min_indicator_score.filter(|m| score < *m) {
                        gaps.push(Gap::IndicatorBelow { goal: gid(), indicator: iid(), score, minimum });
                    }
                    if rule.evidence_required && !indicator.has_evidence {
                        gaps.push(Gap::MissingEvidence { goal: gid(), indicator: iid() });
                    }
                }
                // A level the instrument does not know counts as unanswered.
                (Some(Rating::Level(_)), None) => gaps.push(Gap::Unanswered { goal: gid(), indicator: iid() }),
                (Some(Rating::NotApplicable), _) => {}
            }
        }
        if let Some(minimum) = rule.min_goal_score {
            // Without any rated indicator there is no average to be below: those show as unanswered.
            if goal.average.is_some_and(|a| a < minimum) {
                gaps.push(Gap::GoalBelow { goal: gid(), average: goal.average, minimum });
            }
        }
    }
    gaps
}
