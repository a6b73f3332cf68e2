//! The rules every list must keep, checked on the list itself rather than on its CSV rows: for a
//! list that arrives in its compiled form (kept in this browser, inside a profile or a backup),
//! where there are no lines to name. The CSV parser (`instrument_csv`) finds the same problems
//! with their line; a test holds that everything it accepts passes here too.

use super::instrument::Instrument;
use super::lang::Lang;

/// Ids appear in links, storage keys and files: short and plain.
pub const MAX_ID_CHARS: usize = 64;
/// A title, a level or an indicator's wording; a description may be a paragraph, not a book.
pub const MAX_LIST_TEXT_CHARS: usize = 4000;
/// Far above any real list (the working versions have about thirty), low enough to stay quick.
pub const MAX_INDICATORS: usize = 1000;

/// What is wrong with a list, naming the part.
#[derive(Clone, Debug, PartialEq)]
pub enum ListFault {
    /// Not the compiled form of a list at all.
    Unreadable,
    /// An id that is empty, too long or has other characters than letters, digits, `.`, `-`, `_`.
    BadId(String),
    DuplicateId(String),
    /// No version, or a version longer than an id may be.
    BadVersion,
    /// A title or wording that is missing, or a text that is too long.
    BadText(String),
    /// Fewer than two levels, or levels with the same code or score, or a score above 9.
    BadScale,
    /// A list without themes, a theme without streefdoelen, a streefdoel without indicators.
    Empty(String),
    /// Two wordings of an indicator for the same sector.
    DuplicateWording(String),
    TooManyIndicators,
    /// A readiness rule outside the scale.
    RuleOutsideScale,
}

impl ListFault {
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let (a, b) = match self {
            ListFault::Unreadable => ("De lijst is beschadigd en kan niet worden gelezen.".into(), "The list is damaged and cannot be read.".into()),
            ListFault::BadId(id) => (format!("De id '{id}' is leeg, te lang of bevat andere tekens dan letters, cijfers, punt en streepje."), format!("The id '{id}' is empty, too long or has other characters than letters, digits, dot and hyphen.")),
            ListFault::DuplicateId(id) => (format!("De id '{id}' komt twee keer voor."), format!("The id '{id}' appears twice.")),
            ListFault::BadVersion => ("De versie ontbreekt of is te lang.".into(), "The version is missing or too long.".into()),
            ListFault::BadText(id) => (format!("Bij '{id}' ontbreekt een tekst, of een tekst is te lang."), format!("At '{id}' a text is missing or too long.")),
            ListFault::BadScale => ("De schaal heeft minstens twee niveaus nodig, elk met een eigen code en een eigen score van 0 tot 9.".into(), "The scale needs at least two levels, each with its own code and its own score from 0 to 9.".into()),
            ListFault::Empty(id) => (format!("'{id}' is leeg: elk thema heeft streefdoelen nodig en elk streefdoel indicatoren."), format!("'{id}' is empty: every theme needs goals and every goal indicators.")),
            ListFault::DuplicateWording(id) => (format!("De indicator '{id}' heeft twee teksten voor dezelfde sector."), format!("The indicator '{id}' has two wordings for the same sector.")),
            ListFault::TooManyIndicators => (format!("De lijst heeft meer dan {MAX_INDICATORS} indicatoren."), format!("The list has more than {MAX_INDICATORS} indicators.")),
            ListFault::RuleOutsideScale => ("Een regel voor 'klaar' valt buiten de schaal.".into(), "A readiness rule is outside the scale.".into()),
        };
        if nl { a } else { b }
    }
}

pub fn is_list_id(id: &str) -> bool {
    !id.is_empty() && id.chars().count() <= MAX_ID_CHARS && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

fn text_fits(text: &super::instrument::Text, required: bool) -> bool {
    let short = |t: &str| t.chars().count() <= MAX_LIST_TEXT_CHARS;
    short(&text.nl) && short(&text.en) && (!required || !text.nl.trim().is_empty())
}

/// Checks a whole list; the first fault found is returned.
pub fn check_list<'a>(list: &'a Instrument) -> Result<(), ListFault> {
    let text = |t: &super::instrument::Text, required: bool, id: &str| {
        if text_fits(t, required) { Ok(()) } else { Err(ListFault::BadText(id.to_string())) }
    };
    if !is_list_id(&list.id) {
        return Err(ListFault::BadId(list.id.clone()));
    }
    if list.version.trim().is_empty() || list.version.chars().count() > MAX_ID_CHARS {
        return Err(ListFault::BadVersion);
    }
    text(&list.title, true, &list.id)?;
    text(&list.disclaimer, false, &list.id)?;

    let scale = &list.scale;
    let unique = scale.iter().enumerate().all(|(i, l)| scale[..i].iter().all(|o| o.code != l.code && o.score != l.score));
    if scale.len() < 2 || !unique || scale.iter().any(|l| l.score > 9 || !is_list_id(&l.code)) {
        return Err(ListFault::BadScale);
    }
    for level in scale {
        text(&level.label, true, &level.code)?;
        text(&level.description, false, &level.code)?;
    }

    let mut ids: Vec<&str> = Vec::new();
    let mut claim = |id: &'a str| -> Result<(), ListFault> {
        if !is_list_id(id) {
            return Err(ListFault::BadId(id.to_string()));
        }
        if ids.contains(&id) {
            return Err(ListFault::DuplicateId(id.to_string()));
        }
        ids.push(id);
        Ok(())
    };
    if list.themes.is_empty() {
        return Err(ListFault::Empty(list.id.clone()));
    }
    let mut indicators = 0;
    for theme in &list.themes {
        claim(&theme.id)?;
        text(&theme.title, true, &theme.id)?;
        text(&theme.description, false, &theme.id)?;
        if theme.goals.is_empty() {
            return Err(ListFault::Empty(theme.id.clone()));
        }
        for goal in &theme.goals {
            claim(&goal.id)?;
            text(&goal.title, true, &goal.id)?;
            text(&goal.description, false, &goal.id)?;
            if goal.indicators.is_empty() {
                return Err(ListFault::Empty(goal.id.clone()));
            }
            for indicator in &goal.indicators {
                claim(&indicator.id)?;
                indicators += 1;
                if indicator.wordings.is_empty() {
                    return Err(ListFault::BadText(indicator.id.clone()));
                }
                for (i, (sector, wording)) in indicator.wordings.iter().enumerate() {
                    text(wording, true, &indicator.id)?;
                    if indicator.wordings[..i].iter().any(|(s, _)| s == sector) {
                        return Err(ListFault::DuplicateWording(indicator.id.clone()));
                    }
                }
            }
        }
    }
    if indicators > MAX_INDICATORS {
        return Err(ListFault::TooManyIndicators);
    }

    let low = scale.iter().map(|l| l.score).min().unwrap_or(0);
    let high = scale.iter().map(|l| l.score).max().unwrap_or(0);
    let rule = &list.readiness;
    let goal_ok = rule.min_goal_score.is_none_or(|s| s.is_finite() && s >= f32::from(low) && s <= f32::from(high));
    let indicator_ok = rule.min_indicator_score.is_none_or(|s| s >= low && s <= high);
    if !goal_ok || !indicator_ok {
        return Err(ListFault::RuleOutsideScale);
    }
    Ok(())
}
