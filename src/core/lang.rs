//! The two languages of the app. Dutch first; English second.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag for the `lang` attribute of the page.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown on the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// Picks the text for this language.
    pub fn pick<T>(self, nl: T, en: T) -> T {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(()),
        }
    }
}

/// A score for people: one decimal, with a decimal comma in Dutch. Done in whole tenths:
/// float formatting would add kilobytes of wasm for one digit.
pub fn format_score(score: f32, lang: Lang) -> String {
    let tenths = (score.max(0.0) * 10.0 + 0.5) as u32;
    format!("{}{}{}", tenths / 10, lang.pick(",", "."), tenths % 10)
}

/// The day of an ISO 8601 time for people ("20 nov. 2026", "20 Nov 2026"), without asking the
/// browser: lists of hundreds of profiles show one per row. Anything else is shown as it is.
pub fn format_date(iso: &str, lang: Lang) -> String {
    const NL: [&str; 12] = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = iso.get(..10).unwrap_or_default().split('-').collect();
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<usize>().ok());
    match (parts.len(), number(0), number(1), number(2)) {
        (3, Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => {
            format!("{day} {} {year}", lang.pick(NL[month - 1], EN[month - 1]))
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_its_tag() {
        for lang in Lang::ALL {
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        }
        assert!("de".parse::<Lang>().is_err());
    }

    #[test]
    fn dates_for_people() {
        assert_eq!(format_date("2026-11-20T10:00:00.000Z", Lang::Nl), "20 nov. 2026");
        assert_eq!(format_date("2026-03-01T10:00:00.000Z", Lang::En), "1 Mar 2026");
        assert_eq!(format_date("gisteren", Lang::Nl), "gisteren");
        assert_eq!(format_date("2026-13-01", Lang::Nl), "2026-13-01");
        assert_eq!(format_date("", Lang::Nl), "");
        assert_eq!(format_date("2026-1é-01", Lang::Nl), "2026-1é-01");
    }
}
