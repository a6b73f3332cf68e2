//! The screens, addressed by the URL fragment (`#/scan/…`), so that the app works from any static
//! host and path, the back button works and a reload comes back to the same screen.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    NewScan,
    /// The task list of a scan.
    Overview { scan: String },
    /// Change the school details of a scan.
    Details { scan: String },
    /// One streefdoel's page.
    Goal { scan: String, goal: String },
    /// Anything we do not know: shown as "page not found" with a way back.
    NotFound,
}

impl Route {
    pub fn href(&self) -> String {
        self.to_string()
    }

    /// The scan this screen belongs to, if any.
    pub fn scan_id(&self) -> Option<&str> {
        match self {
            Route::Overview { scan } | Route::Details { scan } | Route::Goal { scan, .. } => Some(scan),
            _ => None,
        }
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Start => f.write_str("#/"),
            Route::NewScan => f.write_str("#/nieuw"),
            Route::Overview { scan } => write!(f, "#/scan/{scan}"),
            Route::Details { scan } => write!(f, "#/scan/{scan}/gegevens"),
            Route::Goal { scan, goal } => write!(f, "#/scan/{scan}/doel/{goal}"),
            Route::NotFound => f.write_str("#/niet-gevonden"),
        }
    }
}

/// Ids appear in the URL as they are; anything else is not ours.
fn is_id(part: &str) -> bool {
    !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

impl FromStr for Route {
    type Err = std::convert::Infallible;

    /// Parses `location.hash` (with or without `#`); never fails, unknown is `NotFound`.
    fn from_str(hash: &str) -> Result<Self, Self::Err> {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        Ok(match parts.as_slice() {
            [""] => Route::Start,
            ["nieuw"] => Route::NewScan,
            ["scan", scan] if is_id(scan) => Route::Overview { scan: scan.to_string() },
            ["scan", scan, "gegevens"] if is_id(scan) => Route::Details { scan: scan.to_string() },
            ["scan", scan, "doel", goal] if is_id(scan) && is_id(goal) => {
                Route::Goal { scan: scan.to_string(), goal: goal.to_string() }
            }
            _ => Route::NotFound,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let routes = [
            Route::Start,
            Route::NewScan,
            Route::Overview { scan: "s1".into() },
            Route::Details { scan: "s1".into() },
            Route::Goal { scan: "s-1".into(), goal: "sd1.2".into() },
        ];
        for route in routes {
            assert_eq!(route.href().parse::<Route>().unwrap(), route);
        }
    }

    #[test]
    fn empty_and_unknown_fragments() {
        assert_eq!("".parse::<Route>().unwrap(), Route::Start);
        assert_eq!("#".parse::<Route>().unwrap(), Route::Start);
        assert_eq!("#/scan/abc/".parse::<Route>().unwrap(), Route::Overview { scan: "abc".into() });
        assert_eq!("#/onbekend".parse::<Route>().unwrap(), Route::NotFound);
        assert_eq!("#/scan/<script>".parse::<Route>().unwrap(), Route::NotFound);
    }
}
