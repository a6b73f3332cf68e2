//! Reading an instrument from its CSV file, with every problem named by line.
//!
//! One row per element; the `kind` column says which. Columns (by header name, any order):
//! `kind;id;parent;sector;value;nl;en;help_nl;help_en`. The separator may be `;` (Dutch Excel),
//! `,` or a tab; a UTF-8 byte order mark is ignored. Rows whose kind starts with `#` are comments.
//! The README documents the format with an example.

use super::instrument::{
    Audience, Goal, Indicator, Instrument, ReadinessRule, ScaleLevel, Text, Theme,
};
use super::lang::Lang;
use super::school::Sector;
use super::list_check::{is_list_id, MAX_ID_CHARS, MAX_INDICATORS, MAX_LIST_TEXT_CHARS};
use super::small_sort::sort_by;
// BTreeMap, not HashMap: the app already carries BTreeMap code, and hashing would add more wasm.
use std::collections::BTreeMap as HashMap;

/// Larger files are not instruments; refusing them keeps the page responsive.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Beyond this many problems the file is clearly not an instrument; more lines would not help.
const MAX_PROBLEMS: usize = 50;
const REQUIRED_COLUMNS: [&str; 3] = ["kind", "id", "nl"];

/// A problem in an instrument file, at a line (1 is the header; 0 means the file as a whole).
#[derive(Clone, Debug, PartialEq)]
pub struct InstrumentError {
    pub line: usize,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    EmptyFile,
    TooLarge,
    Unreadable(String),
    MissingColumn(&'static str),
    UnknownKind(String),
    MissingId,
    InvalidId(String),
    DuplicateId { id: String, first_line: usize },
    MissingParent,
    UnknownTheme(String),
    UnknownGoal(String),
    MissingText,
    MissingLevelDescription,
    BadScore(String),
    DuplicateScore(u8),
    UnknownSector(String),
    SectorNotAllowed,
    SectorInLeaList,
    UnknownAudience(String),
    MissingVersion,
    NoInstrumentRow,
    SecondInstrumentRow,
    TooFewLevels,
    NoThemes,
    ThemeWithoutGoals(String),
    GoalWithoutIndicators(String),
    UnknownRule(String),
    BadRuleValue { rule: String, value: String },
    RuleOutsideScale { rule: String, value: String },
    TooManyProblems,
    TextTooLong,
    VersionTooLong,
    TooManyIndicators,
    DuplicateRule { rule: String, first_line: usize },
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        let nl = lang == Lang::Nl;
        let pick = |a: String, b: String| if nl { a } else { b };
        match self {
            EmptyFile => pick("Het bestand is leeg.".into(), "The file is empty.".into()),
            TooLarge => pick(
                "Het bestand is te groot voor een instrument (meer dan 2 MB).".into(),
                "The file is too large for an instrument (over 2 MB).".into(),
            ),
            Unreadable(e) => pick(format!("Het bestand is geen leesbare CSV: {e}"), format!("The file is not readable CSV: {e}")),
            MissingColumn(c) => pick(format!("De kolom '{c}' ontbreekt in de eerste regel."), format!("The column '{c}' is missing from the first line.")),
            UnknownKind(k) => pick(
                format!("Onbekende soort regel '{k}'. Gebruik instrument, scale, theme, goal, indicator of rule."),
                format!("Unknown row kind '{k}'. Use instrument, scale, theme, goal, indicator or rule."),
            ),
            MissingId => pick("De kolom id is leeg.".into(), "The id column is empty.".into()),
            InvalidId(id) => pick(
                format!("De id '{id}' mag alleen letters, cijfers, punt, streepje en liggend streepje bevatten, en hoogstens {MAX_ID_CHARS} tekens."),
                format!("The id '{id}' may only contain letters, digits, dot, hyphen and underscore, and at most {MAX_ID_CHARS} characters."),
            ),
            DuplicateId { id, first_line } => pick(
                format!("De id '{id}' komt al voor op regel {first_line}."),
                format!("The id '{id}' is already used on line {first_line}."),
            ),
            MissingParent => pick("De kolom parent is leeg: zeg bij welk onderdeel deze regel hoort.".into(), "The parent column is empty: say which part this row belongs to.".into()),
            UnknownTheme(p) => pick(format!("Onbekend thema '{p}'. Zet het thema boven deze regel."), format!("Unknown theme '{p}'. Put the theme above this row.")),
            UnknownGoal(p) => pick(format!("Onbekend streefdoel '{p}'. Zet het streefdoel boven deze regel."), format!("Unknown goal '{p}'. Put the goal above this row.")),
            MissingText => pick("De Nederlandse tekst (kolom nl) ontbreekt.".into(), "The Dutch text (column nl) is missing.".into()),
            MissingLevelDescription => pick("De beschrijving van dit niveau (kolom help_nl) ontbreekt.".into(), "The description of this level (column help_nl) is missing.".into()),
            BadScore(v) => pick(format!("De score '{v}' is geen heel getal van 0 tot 9."), format!("The score '{v}' is not a whole number from 0 to 9.")),
            DuplicateScore(s) => pick(format!("Er is al een niveau met score {s}."), format!("There is already a level with score {s}.")),
            UnknownSector(s) => pick(format!("Onbekende sector '{s}'. Gebruik vve, po, vo of mbo, of laat leeg."), format!("Unknown sector '{s}'. Use vve, po, vo or mbo, or leave it empty.")),
            SectorNotAllowed => pick("Een sector mag alleen bij een indicator staan.".into(), "A sector is only allowed on an indicator row.".into()),
            SectorInLeaList => pick("Een LEA-lijst kent geen sectoren: de gemeente bespreekt alle sectoren samen. Laat de kolom sector leeg.".into(), "An LEA list has no sectors: the municipality discusses all sectors together. Leave the sector column empty.".into()),
            UnknownAudience(a) => pick(format!("Onbekende doelgroep '{a}' in de kolom parent. Gebruik school of lea."), format!("Unknown audience '{a}' in the parent column. Use school or lea.")),
            MissingVersion => pick("De versie (kolom value) ontbreekt.".into(), "The version (column value) is missing.".into()),
            NoInstrumentRow => pick("Er is geen regel van de soort instrument met id, versie en titel.".into(), "There is no row of kind instrument with id, version and title.".into()),
            SecondInstrumentRow => pick("Er mag maar één regel van de soort instrument zijn.".into(), "Only one row of kind instrument is allowed.".into()),
            TooFewLevels => pick("De schaal heeft minstens twee niveaus nodig (regels van de soort scale).".into(), "The scale needs at least two levels (rows of kind scale).".into()),
            NoThemes => pick("Er staat geen enkel thema in het bestand.".into(), "The file has no theme.".into()),
            ThemeWithoutGoals(id) => pick(format!("Het thema '{id}' heeft geen streefdoelen."), format!("The theme '{id}' has no goals.")),
            GoalWithoutIndicators(id) => pick(format!("Het streefdoel '{id}' heeft geen indicatoren."), format!("The goal '{id}' has no indicators.")),
            UnknownRule(r) => pick(
                format!("Onbekende regel '{r}'. Gebruik min_goal_score, min_indicator_score, evidence_required, max_unknown of almost_max_gaps."),
                format!("Unknown rule '{r}'. Use min_goal_score, min_indicator_score, evidence_required, max_unknown or almost_max_gaps."),
            ),
            BadRuleValue { rule, value } => pick(format!("De waarde '{value}' past niet bij de regel '{rule}'."), format!("The value '{value}' does not fit the rule '{rule}'.")),
            RuleOutsideScale { rule, value } => pick(format!("De waarde '{value}' van de regel '{rule}' valt buiten de schaal."), format!("The value '{value}' of the rule '{rule}' is outside the scale.")),
            TextTooLong => pick(
                format!("Een tekst op deze regel is langer dan {MAX_LIST_TEXT_CHARS} tekens."),
                format!("A text on this line is longer than {MAX_LIST_TEXT_CHARS} characters."),
            ),
            VersionTooLong => pick(format!("De versie is langer dan {MAX_ID_CHARS} tekens."), format!("The version is longer than {MAX_ID_CHARS} characters.")),
            TooManyIndicators => pick(
                format!("De lijst heeft meer dan {MAX_INDICATORS} indicatoren."),
                format!("The list has more than {MAX_INDICATORS} indicators."),
            ),
            DuplicateRule { rule, first_line } => pick(
                format!("De regel '{rule}' staat al op regel {first_line}. Twee waarden voor één regel spreken elkaar tegen."),
                format!("The rule '{rule}' is already on line {first_line}. Two values for one rule contradict each other."),
            ),
            TooManyProblems => pick("Te veel problemen; de rest is niet getoond.".into(), "Too many problems; the rest is not shown.".into()),
        }
    }
}

impl InstrumentError {
    fn at(line: usize, problem: Problem) -> Self {
        InstrumentError { line, problem }
    }

    /// The message a person reads, with the line when there is one.
    pub fn message(&self, lang: Lang) -> String {
        if self.line == 0 {
            self.problem.message(lang)
        } else {
            format!("{} {}: {}", lang.pick("Regel", "Line"), self.line, self.problem.message(lang))
        }
    }
}

/// One data row with its fields by meaning, already trimmed.
struct Row {
    line: usize,
    kind: String,
    id: String,
    parent: String,
    sector: String,
    value: String,
    text: Text,
    help: Text,
}

/// Which columns the header put where.
struct Columns(HashMap<String, usize>);

impl Columns {
    fn field(&self, record: &csv::StringRecord, name: &str) -> String {
        self.0
            .get(name)
            .and_then(|&i| record.get(i))
            .map(|f| f.trim().to_string())
            .unwrap_or_default()
    }
}

fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b';')
}

/// Reads "3", "2.5" or "2,5" as tenths (30, 25). Written out because the standard float parser
/// costs more wasm than this whole function.
fn parse_tenths(text: &str) -> Option<u32> {
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (text, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || fraction.len() > 1 {
        return None;
    }
    Some(whole.parse::<u32>().ok()? * 10 + fraction.parse::<u32>().ok()?)
}

fn is_valid_id(id: &str) -> bool {
    is_list_id(id)
}

fn read_rows(text: &str) -> Result<Vec<Row>, Vec<InstrumentError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![InstrumentError::at(0, Problem::TooLarge)]);
    }
    if text.trim().is_empty() {
        return Err(vec![InstrumentError::at(0, Problem::EmptyFile)]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![InstrumentError::at(1, Problem::Unreadable(e.to_string()))])?;
    let columns = Columns(
        headers
            .iter()
            .enumerate()
            .map(|(i, h)| (h.trim().to_ascii_lowercase(), i))
            .collect(),
    );
    let missing: Vec<InstrumentError> = REQUIRED_COLUMNS
        .iter()
        .filter(|c| !columns.0.contains_key(**c))
        .map(|c| InstrumentError::at(1, Problem::MissingColumn(c)))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }

    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            vec![InstrumentError::at(line, Problem::Unreadable(e.to_string()))]
        })?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let kind = columns.field(&record, "kind").to_ascii_lowercase();
        if record.iter().all(|f| f.trim().is_empty()) || kind.starts_with('#') {
            continue;
        }
        rows.push(Row {
            line,
            kind,
            id: columns.field(&record, "id"),
            parent: columns.field(&record, "parent"),
            sector: columns.field(&record, "sector"),
            value: columns.field(&record, "value"),
            text: Text::new(columns.field(&record, "nl"), columns.field(&record, "en")),
            help: Text::new(columns.field(&record, "help_nl"), columns.field(&record, "help_en")),
        });
    }
    Ok(rows)
}

/// Collects rows into an instrument and every problem on the way.
#[derive(Default)]
struct Builder {
    errors: Vec<InstrumentError>,
    header: Option<(String, String, Audience, Text, Text)>,
    scale: Vec<ScaleLevel>,
    /// Scale codes have their own namespace: level "1" and indicator "1" do not clash.
    scale_lines: HashMap<String, usize>,
    themes: Vec<Theme>,
    theme_lines: Vec<usize>,
    /// Themes, goals and indicators share one namespace: ids appear in links and answers.
    first_seen: HashMap<String, usize>,
    /// goal id -> (theme index, goal index, line)
    goals: HashMap<String, (usize, usize, usize)>,
    /// indicator id -> (theme index, goal index, indicator index)
    indicators: HashMap<String, (usize, usize, usize)>,
    /// (indicator id, sector) -> line, to find a wording given twice.
    wordings: HashMap<(String, Option<Sector>), usize>,
    rules: Vec<(usize, String, String)>,
    /// An instrument row was there, though perhaps with a problem of its own.
    saw_instrument: bool,
}

impl Builder {
    fn fail(&mut self, line: usize, problem: Problem) {
        self.errors.push(InstrumentError::at(line, problem));
    }

    /// Checks the id and claims it; false when the row cannot be used.
    fn claim_id(&mut self, row: &Row) -> bool {
        if row.id.is_empty() {
            self.fail(row.line, Problem::MissingId);
            return false;
        }
        if !is_valid_id(&row.id) {
            self.fail(row.line, Problem::InvalidId(row.id.clone()));
            return false;
        }
        if let Some(&first_line) = self.first_seen.get(&row.id) {
            self.fail(row.line, Problem::DuplicateId { id: row.id.clone(), first_line });
            return false;
        }
        self.first_seen.insert(row.id.clone(), row.line);
        true
    }

    fn add(&mut self, row: Row) {
        if row.kind != "indicator" && !row.sector.is_empty() {
            self.fail(row.line, Problem::SectorNotAllowed);
        }
        let long = |t: &Text| t.nl.chars().count() > MAX_LIST_TEXT_CHARS || t.en.chars().count() > MAX_LIST_TEXT_CHARS;
        if long(&row.text) || long(&row.help) {
            return self.fail(row.line, Problem::TextTooLong);
        }
        match row.kind.as_str() {
            "instrument" => self.add_instrument(row),
            "scale" => self.add_level(row),
            "theme" => self.add_theme(row),
            "goal" => self.add_goal(row),
            "indicator" => self.add_indicator(row),
            "rule" => self.rules.push((row.line, row.id, row.value)),
            other => self.fail(row.line, Problem::UnknownKind(other.to_string())),
        }
    }

    fn add_instrument(&mut self, row: Row) {
        self.saw_instrument = true;
        if self.header.is_some() {
            return self.fail(row.line, Problem::SecondInstrumentRow);
        }
        let audience = match Audience::from_code(&row.parent) {
            Some(a) => a,
            None => return self.fail(row.line, Problem::UnknownAudience(row.parent)),
        };
        if row.id.is_empty() || !is_valid_id(&row.id) {
            return self.fail(row.line, if row.id.is_empty() { Problem::MissingId } else { Problem::InvalidId(row.id) });
        }
        if row.value.is_empty() {
            return self.fail(row.line, Problem::MissingVersion);
        }
        if row.value.chars().count() > MAX_ID_CHARS {
            return self.fail(row.line, Problem::VersionTooLong);
        }
        if row.text.nl.is_empty() {
            return self.fail(row.line, Problem::MissingText);
        }
        self.header = Some((row.id, row.value, audience, row.text, row.help));
    }

    fn add_level(&mut self, row: Row) {
        if row.id.is_empty() {
            return self.fail(row.line, Problem::MissingId);
        }
        if !is_valid_id(&row.id) {
            return self.fail(row.line, Problem::InvalidId(row.id));
        }
        let score: u8 = match row.value.parse() {
            Ok(s) if s <= 9 => s,
            _ => return self.fail(row.line, Problem::BadScore(row.value)),
        };
        if let Some(&first_line) = self.scale_lines.get(&row.id) {
            return self.fail(row.line, Problem::DuplicateId { id: row.id, first_line });
        }
        if self.scale.iter().any(|l| l.score == score) {
            return self.fail(row.line, Problem::DuplicateScore(score));
        }
        if row.text.nl.is_empty() {
            return self.fail(row.line, Problem::MissingText);
        }
        if row.help.nl.is_empty() {
            return self.fail(row.line, Problem::MissingLevelDescription);
        }
        self.scale_lines.insert(row.id.clone(), row.line);
        self.scale.push(ScaleLevel { code: row.id, score, label: row.text, description: row.help });
    }

    fn add_theme(&mut self, row: Row) {
        if !self.claim_id(&row) {
            return;
        }
        if row.text.nl.is_empty() {
            return self.fail(row.line, Problem::MissingText);
        }
        self.theme_lines.push(row.line);
        self.themes.push(Theme { id: row.id, title: row.text, description: row.help, goals: Vec::new() });
    }

    fn add_goal(&mut self, row: Row) {
        if !self.claim_id(&row) {
            return;
        }
        if row.parent.is_empty() {
            return self.fail(row.line, Problem::MissingParent);
        }
        let Some(t) = self.themes.iter().position(|t| t.id == row.parent) else {
            return self.fail(row.line, Problem::UnknownTheme(row.parent));
        };
        if row.text.nl.is_empty() {
            return self.fail(row.line, Problem::MissingText);
        }
        let g = self.themes[t].goals.len();
        self.goals.insert(row.id.clone(), (t, g, row.line));
        self.themes[t].goals.push(Goal { id: row.id, title: row.text, description: row.help, indicators: Vec::new() });
    }

    fn add_indicator(&mut self, row: Row) {
        let sector = if row.sector.is_empty() {
            None
        } else {
            match row.sector.parse::<Sector>() {
                // A screening has no sector, so a sector's wording would never be shown, and an
                // indicator with only sector rows would silently drop out of the meeting.
                Ok(_) if matches!(self.header, Some((_, _, Audience::Lea, _, _))) => return self.fail(row.line, Problem::SectorInLeaList),
                Ok(s) => Some(s),
                Err(s) => return self.fail(row.line, Problem::UnknownSector(s)),
            }
        };
        if row.text.nl.is_empty() {
            return self.fail(row.line, Problem::MissingText);
        }
        // A second row with the same id and parent adds a sector wording to the same indicator.
        if let Some(&(t, g, i)) = self.indicators.get(&row.id) {
            let same_goal = self.themes[t].goals[g].id == row.parent;
            let key = (row.id.clone(), sector);
            if !same_goal || self.wordings.contains_key(&key) {
                let first_line = self.wordings.get(&key).or_else(|| self.first_seen.get(&row.id)).copied().unwrap_or(0);
                return self.fail(row.line, Problem::DuplicateId { id: row.id, first_line });
            }
            self.wordings.insert(key, row.line);
            self.themes[t].goals[g].indicators[i].wordings.push((sector, row.text));
            return;
        }
        if !self.claim_id(&row) {
            return;
        }
        if row.parent.is_empty() {
            return self.fail(row.line, Problem::MissingParent);
        }
        let Some(&(t, g, _)) = self.goals.get(&row.parent) else {
            return self.fail(row.line, Problem::UnknownGoal(row.parent));
        };
        let indicators = &mut self.themes[t].goals[g].indicators;
        self.indicators.insert(row.id.clone(), (t, g, indicators.len()));
        self.wordings.insert((row.id.clone(), sector), row.line);
        indicators.push(Indicator { id: row.id, wordings: vec![(sector, row.text)] });
    }

    fn build_rule(&mut self) -> ReadinessRule {
        let mut rule = ReadinessRule::default();
        let (min, max) = (
            self.scale.iter().map(|l| l.score).min().unwrap_or(0),
            self.scale.iter().map(|l| l.score).max().unwrap_or(0),
        );
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (line, name, value) in std::mem::take(&mut self.rules) {
            if let Some((_, first_line)) = seen.iter().find(|(n, _)| *n == name) {
                self.fail(line, Problem::DuplicateRule { rule: name, first_line: *first_line });
                continue;
            }
            seen.push((name.clone(), line));
            let bad = || Problem::BadRuleValue { rule: name.clone(), value: value.clone() };
            let outside = || Problem::RuleOutsideScale { rule: name.clone(), value: value.clone() };
            match name.as_str() {
                "min_goal_score" => match parse_tenths(&value) {
                    Some(t) if t >= u32::from(min) * 10 && t <= u32::from(max) * 10 => rule.min_goal_score = Some(t as f32 / 10.0),
                    Some(_) => self.fail(line, outside()),
                    None => self.fail(line, bad()),
                },
                "min_indicator_score" => match value.parse::<u8>() {
                    Ok(v) if v >= min && v <= max => rule.min_indicator_score = Some(v),
                    Ok(_) => self.fail(line, outside()),
                    Err(_) => self.fail(line, bad()),
                },
                "evidence_required" => match value.to_ascii_lowercase().as_str() {
                    "ja" | "yes" | "true" | "1" => rule.evidence_required = true,
                    "nee" | "no" | "false" | "0" => rule.evidence_required = false,
                    _ => self.fail(line, bad()),
                },
                "max_unknown" => match value.parse::<usize>() {
                    Ok(v) => rule.max_unknown = Some(v),
                    Err(_) => self.fail(line, bad()),
                },
                "almost_max_gaps" => match value.parse::<usize>() {
                    Ok(v) => rule.almost_max_gaps = Some(v),
                    Err(_) => self.fail(line, bad()),
                },
                _ => self.fail(line, Problem::UnknownRule(name.clone())),
            }
        }
        rule
    }

    fn finish(mut self) -> Result<Instrument, Vec<InstrumentError>> {
        if self.scale.len() < 2 {
            self.fail(0, Problem::TooFewLevels);
        }
        if self.themes.is_empty() {
            self.fail(0, Problem::NoThemes);
        }
        let empty_themes: Vec<(usize, String)> = self
            .themes
            .iter()
            .zip(&self.theme_lines)
            .filter(|(t, _)| t.goals.is_empty())
            .map(|(t, line)| (*line, t.id.clone()))
            .collect();
        for (line, id) in empty_themes {
            self.fail(line, Problem::ThemeWithoutGoals(id));
        }
        let mut empty_goals: Vec<(usize, String)> = self
            .goals
            .iter()
            .filter(|(_, &(t, g, _))| self.themes[t].goals[g].indicators.is_empty())
            .map(|(id, &(_, _, line))| (line, id.clone()))
            .collect();
        sort_by(&mut empty_goals, |a, b| a < b);
        for (line, id) in empty_goals {
            self.fail(line, Problem::GoalWithoutIndicators(id));
        }
        if self.indicators.len() > MAX_INDICATORS {
            self.fail(0, Problem::TooManyIndicators);
        }
        let readiness = self.build_rule();
        if !self.saw_instrument {
            self.fail(0, Problem::NoInstrumentRow);
        }
        if !self.errors.is_empty() {
            sort_by(&mut self.errors, |a, b| a.line < b.line);
            if self.errors.len() > MAX_PROBLEMS {
                self.errors.truncate(MAX_PROBLEMS);
                self.errors.push(InstrumentError::at(0, Problem::TooManyProblems));
            }
            return Err(self.errors);
        }
        let (id, version, audience, title, disclaimer) = self.header.expect("checked above");
        sort_by(&mut self.scale, |a, b| a.score < b.score);
        Ok(Instrument { id, version, audience, title, disclaimer, scale: self.scale, themes: self.themes, readiness, hash: String::new() })
    }
}

pub(super) fn parse(text: &str) -> Result<Instrument, Vec<InstrumentError>> {
    let mut builder = Builder::default();
    for row in read_rows(text)? {
        builder.add(row);
    }
    builder.finish()
}
