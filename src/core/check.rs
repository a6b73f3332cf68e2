//! One check for every way a scan comes in: a profile file, a share link, a workspace file, a
//! backup, and what is found in storage. It holds a scan against its list: answers only for the
//! list's indicators, levels only from its scale, texts within limits. Every breach has a
//! message a person can act on, in both languages.

use super::assessment::{Rating, Scan};
use super::instrument::Instrument;
use super::lang::Lang;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

/// Longer free text is refused rather than cut: an import never changes what it carries.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// More plan rows than anyone writes by hand; far below what would fill the browser's storage.
pub const MAX_ACTIONS: usize = 500;

/// How strictly a scan is held to its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A profile that is sent or shared: only indicators that apply to its sector.
    Profile,
    /// What this browser keeps (storage, backup): answers of another sector of the same list
    /// stay, because the app keeps them when a team changes its sector by mistake.
    Kept,
}

/// Why a scan does not fit its list.
#[derive(Clone, Debug, PartialEq)]
pub enum Breach {
    BadId(String),
    BadName,
    UnknownIndicator(String),
    OtherSector(String),
    UnknownLevel { indicator: String, level: String },
    UnknownGoal(String),
    TextTooLong { place: String },
    TooManyActions,
    /// The same key twice in one object of the file: two answers for one indicator, say.
    Duplicate(String),
}

impl Breach {
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            Breach::BadId(id) => if nl { format!("De code '{id}' in het profiel is geen geldige code.") } else { format!("The code '{id}' in the profile is not a valid code.") },
            Breach::BadName => lang.pick("De naam in het profiel is leeg of langer dan 120 tekens.", "The name in the profile is empty or longer than 120 characters.").into(),
            Breach::UnknownIndicator(id) => if nl { format!("Het profiel noemt indicator '{id}' die niet in de lijst staat.") } else { format!("The profile names indicator '{id}', which is not in the list.") },
            Breach::OtherSector(id) => if nl { format!("Het profiel heeft een antwoord bij indicator '{id}', maar die hoort niet bij de sector van het profiel.") } else { format!("The profile answers indicator '{id}', which does not belong to the profile's sector.") },
            Breach::UnknownLevel { indicator, level } => if nl { format!("Bij indicator '{indicator}' staat niveau '{level}', maar dat niveau staat niet in de schaal van de lijst.") } else { format!("Indicator '{indicator}' has level '{level}', which is not on the list's scale.") },
            Breach::UnknownGoal(id) => if nl { format!("Het profiel noemt streefdoel '{id}' dat niet in de lijst staat.") } else { format!("The profile names goal '{id}', which is not in the list.") },
            Breach::TextTooLong { place } => if nl { format!("Een tekst bij '{place}' is langer dan 20.000 tekens.") } else { format!("A text at '{place}' is longer than 20,000 characters.") },
            Breach::TooManyActions => lang.pick("Het actieplan in het profiel heeft meer dan 500 regels.", "The action plan in the profile has more than 500 rows.").into(),
            Breach::Duplicate(key) => if nl { format!("Het profiel noemt '{key}' twee keer.") } else { format!("The profile names '{key}' twice.") },
        }
    }
}

/// Ids as the instrument format allows them: letters, digits, `.`, `-` and `_`.
pub fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

fn too_long(text: &str) -> bool {
    // Bytes first: a text of fewer bytes cannot have more characters, and counting is slower.
    text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS
}

fn level(instrument: &Instrument, indicator: &str, rating: &Rating) -> Result<(), Breach> {
    match rating {
        Rating::Level(code) if instrument.level(code).is_none() => Err(Breach::UnknownLevel { indicator: indicator.to_string(), level: code.clone() }),
        _ => Ok(()),
    }
}

/// Holds a scan against its list. The first breach found is returned.
pub fn check_scan(scan: &Scan, instrument: &Instrument, scope: Scope) -> Result<(), Breach> {
    if !is_id(&scan.id) {
        return Err(Breach::BadId(scan.id.chars().take(40).collect()));
    }
    let name_len = scan.details.name.trim().chars().count();
    if name_len == 0 || name_len > super::school::MAX_NAME_CHARS {
        return Err(Breach::BadName);
    }
    let sector = scan.details.sector;
    for (id, answer) in &scan.answers {
        let Some((_, indicator)) = instrument.indicator(id) else {
            return Err(Breach::UnknownIndicator(id.chars().take(40).collect()));
        };
        if scope == Scope::Profile && !indicator.applies_to(sector) {
            return Err(Breach::OtherSector(id.clone()));
        }
        if let Some(rating) = &answer.rating {
            level(instrument, id, rating)?;
        }
        if [&answer.note, &answer.evidence, &answer.next_step, &answer.due].into_iter().any(|t| too_long(t)) {
            return Err(Breach::TextTooLong { place: id.clone() });
        }
    }
    for (id, views) in scan.meeting.iter().flat_map(|m| m.views.iter()) {
        if instrument.indicator(id).is_none() {
            return Err(Breach::UnknownIndicator(id.chars().take(40).collect()));
        }
        for rating in views.values() {
            level(instrument, id, rating)?;
        }
    }
    if scan.actions.len() > MAX_ACTIONS {
        return Err(Breach::TooManyActions);
    }
    for action in &scan.actions {
        if !is_id(&action.id) {
            return Err(Breach::BadId(action.id.chars().take(40).collect()));
        }
        if instrument.goal(&action.goal).is_none() {
            return Err(Breach::UnknownGoal(action.goal.chars().take(40).collect()));
        }
        if [&action.what, &action.who, &action.when].into_iter().any(|t| too_long(t)) {
            return Err(Breach::TextTooLong { place: action.goal.clone() });
        }
    }
    if let Some(feedback) = &scan.feedback {
        if let Some(goal) = feedback.goals.keys().find(|g| instrument.goal(g).is_none()) {
            return Err(Breach::UnknownGoal(goal.chars().take(40).collect()));
        }
        if feedback.texts().any(|t| too_long(t)) {
            return Err(Breach::TextTooLong { place: "opmerkingen".into() });
        }
    }
    Ok(())
}

/// A JSON document read in one pass: its value, without the top-level fields named in `skip`
/// (read, checked and dropped), and the first key that appears twice in one object anywhere in
/// it. A map type would keep the last one silently, so two answers for one indicator would pass
/// unseen; a value keeps the last one too, as `serde_json` does.
pub struct ReadOnce {
    pub value: Value,
    pub duplicate: Option<String>,
}

/// Reads `text` once (see `ReadOnce`). Fails only where `serde_json` would: not JSON, nested too deep.
pub fn read_once(text: &str, skip: &[&str]) -> Result<ReadOnce, serde_json::Error> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = Strict { keep: true, skip: Some(skip), duplicate: &duplicate }.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(ReadOnce { value, duplicate: duplicate.into_inner() })
}

/// Any JSON text as a value: `read_once` without leaving anything out. Every page reads values
/// through this one reader, so that it carries one copy of the code that builds them.
pub fn json_value(text: &str) -> Result<Value, serde_json::Error> {
    read_once(text, &[]).map(|read| read.value)
}

const MAX_KEYS: usize = 2_000;

/// One value of the document: built when `keep`, only checked otherwise. `skip` is set for the
/// top level alone.
#[derive(Clone, Copy)]
struct Strict<'a> {
    keep: bool,
    skip: Option<&'a [&'a str]>,
    duplicate: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(if self.keep { Value::Bool(b) } else { Value::Null })
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(if self.keep { Value::from(n) } else { Value::Null })
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(if self.keep { Value::from(n) } else { Value::Null })
    }
    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(if self.keep { Value::from(n) } else { Value::Null })
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(if self.keep { Value::String(s.to_string()) } else { Value::Null })
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(if self.keep { Value::String(s) } else { Value::Null })
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = Strict { skip: None, ..self };
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            if self.keep {
                items.push(item);
            }
        }
        Ok(if self.keep { Value::Array(items) } else { Value::Null })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        // The keys seen, searched: cheaper in wasm than a set, and borrowed from the text where
        // they have no escapes. Past the cap the object is no profile's (a list has far fewer
        // indicators); its further keys are not compared.
        let mut seen: Vec<Cow<'de, str>> = Vec::new();
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key_seed(Key)? {
            // Checked before its value is read: the first repeat in the text is the one named.
            // Once the list is full, nothing more of this object is compared.
            if seen.len() < MAX_KEYS {
                if seen.contains(&key) {
                    let mut found = self.duplicate.borrow_mut();
                    if found.is_none() {
                        *found = Some(key.chars().take(40).collect());
                    }
                } else {
                    seen.push(key.clone());
                }
            }
            let keep = self.keep && !self.skip.is_some_and(|skip| skip.contains(&&*key));
            let value = map.next_value_seed(Strict { keep, skip: None, duplicate: self.duplicate })?;
            if keep {
                object.insert(key.into_owned(), value);
            }
        }
        Ok(if self.keep { Value::Object(object) } else { Value::Null })
    }
}

/// An object's key, borrowed from the text when it can be.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s))
    }
}
