//! The screens, addressed by the URL fragment (`#/scan/…`), so that the app works from any static
//! host and path, the back button works and a reload comes back to the same screen.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU8, Ordering};

/// The static pages of the app. Each is its own wasm binary, so that a first visit loads only
/// the main page (size budget); screens on another page are reached by loading that page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `index.html`: start, the scans on this device, import. What a first visit loads.
    Main,
    /// `profiel.html`: the readiness profile, action plan, print and export.
    Profile,
    /// `lea.html`: the LEA screening meeting and its results.
    Lea,
    /// `werkplek.html`: the adviser workspace (open, compare, merge, annotate) and share links.
    Workspace,
    /// `gegevens.html`: what is kept in this browser, the full backup and its restore.
    Data,
    /// `scan.html`: a school scan: its details, the questions per streefdoel, check your answers.
    Scan,
    /// `lijsten.html`: the lists this browser knows, loading an own list, and the list as a document.
    Lists,
    /// `consultatie.html`: peer review: groups proposed from workspace profiles, and the
    /// conversation guides made or received.
    Peer,
}

impl Page {
    /// The page's file, relative to the app's folder (so the app works under any path).
    pub fn file(self) -> &'static str {
        match self {
            Page::Main => "./",
            Page::Profile => "profiel.html",
            Page::Lea => "lea.html",
            Page::Workspace => "werkplek.html",
            Page::Data => "gegevens.html",
            Page::Scan => "scan.html",
            Page::Lists => "lijsten.html",
            Page::Peer => "consultatie.html",
        }
    }
}

static CURRENT_PAGE: AtomicU8 = AtomicU8::new(0);

/// Called once by each page's `main`, before anything renders.
impl Page {
    /// The screen a page shows when it is opened by its bare address (a bookmark of
    /// `werkplek.html`, say).
    pub fn home(self) -> Route {
        match self {
            Page::Main => Route::Start,
            Page::Profile => Route::Profiles,
            Page::Lea => Route::LeaNew,
            Page::Workspace => Route::Workspace,
            Page::Data => Route::Data,
            Page::Scan => Route::NewScan,
            Page::Lists => Route::Lists,
            Page::Peer => Route::Peer,
        }
    }
}

pub fn set_current_page(page: Page) {
    CURRENT_PAGE.store(page as u8, Ordering::Relaxed);
}

pub fn current_page() -> Page {
    match CURRENT_PAGE.load(Ordering::Relaxed) {
        1 => Page::Profile,
        2 => Page::Lea,
        3 => Page::Workspace,
        4 => Page::Data,
        5 => Page::Scan,
        6 => Page::Lists,
        7 => Page::Peer,
        _ => Page::Main,
    }
}

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
    /// Check your answers: everything on one page, with links to change.
    Review { scan: String },
    /// The readiness profile, the action plan, print and export.
    Profile { scan: String },
    /// The profile page's home: the school scans on this device, each with a link to its profile.
    Profiles,
    /// Set up a new LEA screening meeting.
    LeaNew,
    /// The sections of an LEA screening, to start or continue the meeting.
    LeaOverview { scan: String },
    /// One topic of the screening in the meeting (projector) view.
    LeaQuestion { scan: String, goal: String },
    /// The LEA profile, agreed actions, summary and peer-review guide.
    LeaResult { scan: String },
    /// The adviser workspace: open files, the profiles kept, what to compare.
    Workspace,
    /// One opened profile, read-only, with the adviser's comments.
    WorkspaceProfile { key: String },
    /// Profiles of one list side by side: workspace keys joined by `-` (keys are alphanumeric),
    /// one path segment, so the first visit's route code stays small (see `join_keys`).
    WorkspaceCompare { keys: String },
    /// Two exports of the same school or municipality, earlier first.
    WorkspaceOverTime { before: String, after: String },
    /// Several members' exports of one scan merged into a team view (keys as for comparing).
    WorkspaceTeam { keys: String },
    /// A profile carried in the link itself (see `core::exchange::link`).
    SharedLink { payload: String },
    /// Make a share link for one of the user's own scans.
    Share { scan: String },
    /// What is kept in this browser: usage, backup and restore.
    Data,
    /// The lists: which ones this browser knows, load an own list, read one as a document.
    Lists,
    /// Peer review: the guides kept here, and opening a guide file.
    Peer,
    /// Groups proposed for these workspace profiles (keys as for comparing).
    PeerGroups { keys: String },
    /// One conversation guide, by its id.
    PeerGuide { id: String },
    /// A conversation guide carried in the link itself (as a profile in `SharedLink`).
    PeerLink { payload: String },
    /// Anything we do not know: shown as "page not found" with a way back.
    NotFound,
}

impl Route {
    /// The page that shows this screen.
    pub fn page(&self) -> Page {
        match self {
            Route::Profile { .. } | Route::Profiles => Page::Profile,
            Route::LeaNew | Route::LeaOverview { .. } | Route::LeaQuestion { .. } | Route::LeaResult { .. } => Page::Lea,
            Route::Workspace
            | Route::WorkspaceProfile { .. }
            | Route::WorkspaceCompare { .. }
            | Route::WorkspaceOverTime { .. }
            | Route::WorkspaceTeam { .. }
            | Route::SharedLink { .. }
            | Route::Share { .. } => Page::Workspace,
            Route::Data => Page::Data,
            Route::Lists => Page::Lists,
            Route::Peer | Route::PeerGroups { .. } | Route::PeerGuide { .. } | Route::PeerLink { .. } => Page::Peer,
            Route::NewScan | Route::Overview { .. } | Route::Details { .. } | Route::Goal { .. } | Route::Review { .. } => Page::Scan,
            Route::Start | Route::NotFound => Page::Main,
        }
    }

    /// A link to this screen from the current page: a plain fragment on the same page,
    /// the other page's file with the fragment otherwise.
    pub fn href(&self) -> String {
        self.href_from(current_page())
    }

    pub fn href_from(&self, here: Page) -> String {
        if self.page() == here {
            self.to_string()
        } else {
            format!("{}{}", self.page().file(), self)
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
            Route::Review { scan } => write!(f, "#/scan/{scan}/controle"),
            Route::Profile { scan } => write!(f, "#/scan/{scan}/profiel"),
            Route::Profiles => f.write_str("#/profielen"),
            Route::LeaNew => f.write_str("#/lea/nieuw"),
            Route::LeaOverview { scan } => write!(f, "#/lea/{scan}"),
            Route::LeaQuestion { scan, goal } => write!(f, "#/lea/{scan}/vraag/{goal}"),
            Route::LeaResult { scan } => write!(f, "#/lea/{scan}/resultaat"),
            Route::Workspace => f.write_str("#/werkplek"),
            Route::WorkspaceProfile { key } => write!(f, "#/werkplek/profiel/{key}"),
            Route::WorkspaceCompare { keys } => write!(f, "#/werkplek/vergelijk/{keys}"),
            Route::WorkspaceOverTime { before, after } => write!(f, "#/werkplek/in-de-tijd/{before}/{after}"),
            Route::WorkspaceTeam { keys } => write!(f, "#/werkplek/team/{keys}"),
            Route::SharedLink { payload } => write!(f, "#/link/{payload}"),
            Route::Share { scan } => write!(f, "#/delen/{scan}"),
            Route::Data => f.write_str("#/gegevens"),
            Route::Lists => f.write_str("#/lijsten"),
            Route::Peer => f.write_str("#/consultatie"),
            Route::PeerGroups { keys } => write!(f, "#/consultatie/groepen/{keys}"),
            Route::PeerGuide { id } => write!(f, "#/consultatie/leidraad/{id}"),
            Route::PeerLink { payload } => write!(f, "#/consultatie/link/{payload}"),
            Route::NotFound => f.write_str("#/niet-gevonden"),
        }
    }
}

/// Ids appear in the URL as they are; anything else is not ours.
/// Workspace keys in one path segment (`WorkspaceCompare`, `WorkspaceTeam`).
pub fn join_keys(keys: &[String]) -> String {
    keys.join("-")
}

/// The keys of a `join_keys` segment.
pub fn split_keys(joined: &str) -> Vec<String> {
    joined.split('-').filter(|k| !k.is_empty()).map(str::to_string).collect()
}

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
            ["scan", scan, "controle"] if is_id(scan) => Route::Review { scan: scan.to_string() },
            ["scan", scan, "profiel"] if is_id(scan) => Route::Profile { scan: scan.to_string() },
            ["profielen"] => Route::Profiles,
            ["lea", "nieuw"] => Route::LeaNew,
            ["lea", scan] if is_id(scan) => Route::LeaOverview { scan: scan.to_string() },
            ["lea", scan, "resultaat"] if is_id(scan) => Route::LeaResult { scan: scan.to_string() },
            ["lea", scan, "vraag", goal] if is_id(scan) && is_id(goal) => {
                Route::LeaQuestion { scan: scan.to_string(), goal: goal.to_string() }
            }
            ["scan", scan, "doel", goal] if is_id(scan) && is_id(goal) => {
                Route::Goal { scan: scan.to_string(), goal: goal.to_string() }
            }
            ["werkplek"] => Route::Workspace,
            ["werkplek", "profiel", key] if is_id(key) => Route::WorkspaceProfile { key: key.to_string() },
            ["werkplek", "vergelijk", keys] if is_id(keys) => Route::WorkspaceCompare { keys: keys.to_string() },
            ["werkplek", "in-de-tijd", before, after] if is_id(before) && is_id(after) => {
                Route::WorkspaceOverTime { before: before.to_string(), after: after.to_string() }
            }
            ["werkplek", "team", keys] if is_id(keys) => Route::WorkspaceTeam { keys: keys.to_string() },
            // The payload is checked by the link codec, which explains what is wrong with it.
            ["link", payload] => Route::SharedLink { payload: payload.to_string() },
            ["link"] => Route::SharedLink { payload: String::new() },
            ["delen", scan] if is_id(scan) => Route::Share { scan: scan.to_string() },
            ["gegevens"] => Route::Data,
            ["lijsten"] => Route::Lists,
            ["consultatie"] => Route::Peer,
            ["consultatie", "groepen", keys] if is_id(keys) => Route::PeerGroups { keys: keys.to_string() },
            ["consultatie", "leidraad", id] if is_id(id) => Route::PeerGuide { id: id.to_string() },
            ["consultatie", "link", payload] => Route::PeerLink { payload: payload.to_string() },
            ["consultatie", "link"] => Route::PeerLink { payload: String::new() },
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
            Route::Review { scan: "s1".into() },
            Route::Profile { scan: "s1".into() },
            Route::Profiles,
            Route::LeaNew,
            Route::LeaOverview { scan: "s2".into() },
            Route::LeaQuestion { scan: "s2".into(), goal: "l1".into() },
            Route::LeaResult { scan: "s2".into() },
            Route::Workspace,
            Route::WorkspaceProfile { key: "w1".into() },
            Route::WorkspaceCompare { keys: join_keys(&["w1".into(), "w2".into(), "w3".into()]) },
            Route::WorkspaceOverTime { before: "w1".into(), after: "w2".into() },
            Route::WorkspaceTeam { keys: "w1-w2".into() },
            Route::SharedLink { payload: "1.q1ZKy8-_Ab".into() },
            Route::Share { scan: "s1".into() },
            Route::Data,
            Route::Lists,
            Route::Peer,
            Route::PeerGroups { keys: "w1-w2".into() },
            Route::PeerGuide { id: "g1".into() },
            Route::PeerLink { payload: "1.q1ZKy8-_Ab".into() },
        ];
        for route in routes {
            assert_eq!(route.to_string().parse::<Route>().unwrap(), route);
        }
    }

    #[test]
    fn links_to_another_page_name_its_file() {
        let profile = Route::Profile { scan: "s1".into() };
        assert_eq!(profile.href_from(Page::Main), "profiel.html#/scan/s1/profiel");
        assert_eq!(profile.href_from(Page::Profile), "#/scan/s1/profiel");
        assert_eq!(Route::Profiles.href_from(Page::Main), "profiel.html#/profielen");
        assert_eq!(Page::Profile.home(), Route::Profiles);
        assert_eq!(Route::Overview { scan: "s1".into() }.href_from(Page::Profile), "scan.html#/scan/s1");
        assert_eq!(Route::Overview { scan: "s1".into() }.href_from(Page::Scan), "#/scan/s1");
        assert_eq!(Route::NewScan.href_from(Page::Main), "scan.html#/nieuw");
        assert_eq!(Route::Start.href_from(Page::Scan), "./#/");
        assert_eq!(Route::Start.href_from(Page::Main), "#/");
        assert_eq!(Route::LeaNew.href_from(Page::Main), "lea.html#/lea/nieuw");
        assert_eq!(Route::LeaResult { scan: "s".into() }.href_from(Page::Lea), "#/lea/s/resultaat");
        assert_eq!(Route::Share { scan: "s1".into() }.href_from(Page::Profile), "werkplek.html#/delen/s1");
        assert_eq!(Route::Workspace.href_from(Page::Main), "werkplek.html#/werkplek");
        assert_eq!(Route::Data.href_from(Page::Main), "gegevens.html#/gegevens");
        assert_eq!(Route::PeerGroups { keys: "w1-w2".into() }.href_from(Page::Workspace), "consultatie.html#/consultatie/groepen/w1-w2");
        assert_eq!(Route::PeerLink { payload: "1.x".into() }.href_from(Page::Main), "consultatie.html#/consultatie/link/1.x");
    }

    #[test]
    fn empty_and_unknown_fragments() {
        assert_eq!("".parse::<Route>().unwrap(), Route::Start);
        assert_eq!("#".parse::<Route>().unwrap(), Route::Start);
        assert_eq!("#/scan/abc/".parse::<Route>().unwrap(), Route::Overview { scan: "abc".into() });
        assert_eq!("#/onbekend".parse::<Route>().unwrap(), Route::NotFound);
        assert_eq!("#/scan/<script>".parse::<Route>().unwrap(), Route::NotFound);
        assert_eq!(split_keys("w1-w2--w3"), ["w1", "w2", "w3"]);
        assert_eq!("#/werkplek/team/w1/w2".parse::<Route>().unwrap(), Route::NotFound);
        assert_eq!("#/link/".parse::<Route>().unwrap(), Route::SharedLink { payload: String::new() });
    }
}
