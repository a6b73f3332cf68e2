//! The profile as a spreadsheet: one row per indicator. Made for Dutch Excel and LibreOffice:
//! `;` as separator, UTF-8 with a byte order mark, CRLF line ends, and no cell that a spreadsheet
//! would run as a formula.

use crate::core::assessment::{Rating, Scan};
use crate::core::instrument::Instrument;
use crate::core::lang::Lang;

/// Text starting with one of these is read as a formula by spreadsheets (CSV injection).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Makes a cell inert: text that a spreadsheet would run as a formula gets a leading apostrophe,
/// which spreadsheets show as plain text.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A spreadsheet written by the rules above: `;`, CRLF, every cell made inert and quoted where
/// it must be (RFC 4180), and a byte order mark in front. Both exports write through it. Written
/// here rather than with the `csv` crate's writer: on the pages that export, its error types and
/// `std::io` formatting cost 21 KB gzipped (measured) for what is a few lines (the lists page
/// still reads CSV with the crate, and the tests read every export back with it).
struct Sheet(String);

impl Sheet {
    fn new() -> Self {
        Sheet(String::from("\u{feff}"))
    }

    fn row(&mut self, cells: Vec<String>) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.0.push(';');
            }
            let cell = neutralise(cell);
            if cell.contains([';', '"', '\r', '\n']) {
                self.0.push('"');
                self.0.push_str(&cell.replace('"', "\"\""));
                self.0.push('"');
            } else {
                self.0.push_str(&cell);
            }
        }
        self.0.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.0
    }
}

/// One row per indicator. A screening adds what the meeting agreed: who, next step, when.
pub fn export_csv(scan: &Scan, instrument: &Instrument, lang: Lang) -> String {
    let screening = scan.is_screening();
    let mut header = vec![
        lang.pick("School of locatie", "School or location"),
        lang.pick("Lijst", "List"),
        lang.pick("Versie", "Version"),
        lang.pick("Thema", "Theme"),
        lang.pick("Streefdoel", "Goal"),
        lang.pick("Indicator-id", "Indicator id"),
        "Indicator",
        lang.pick("Niveau", "Level"),
        lang.pick("Niveau in woorden", "Level in words"),
        lang.pick("Weet niet / n.v.t.", "Don't know / N/A"),
        lang.pick("Toelichting", "Note"),
        lang.pick("Waar blijkt dat uit?", "Where does it show?"),
    ];
    if screening {
        header.extend([
            lang.pick("Wie pakt het op?", "Who takes it up?"),
            lang.pick("Volgende stap", "Next step"),
            lang.pick("Klaar op", "Done by"),
        ]);
    }
    let mut sheet = Sheet::new();
    sheet.row(header.iter().map(|h| h.to_string()).collect());
    let sector = scan.details.sector;
    for (theme, goal) in instrument.goals() {
        for indicator in goal.indicators_for(sector) {
            let answer = scan.answer(&indicator.id);
            let rating = answer.and_then(|a| a.rating.as_ref());
            let (level, label, apart) = match rating {
                Some(Rating::Level(code)) => match instrument.level(code) {
                    Some(l) => (l.score.to_string(), l.label.get(lang).to_string(), String::new()),
                    None => (String::new(), String::new(), String::new()),
                },
                Some(Rating::Unknown) => (String::new(), String::new(), lang.pick("weet niet", "don't know").to_string()),
                Some(Rating::NotApplicable) => (String::new(), String::new(), lang.pick("n.v.t.", "n/a").to_string()),
                None => Default::default(),
            };
            let mut row = vec![
                scan.details.name.clone(),
                instrument.title.get(lang).to_string(),
                instrument.version.clone(),
                theme.title.get(lang).to_string(),
                goal.title.get(lang).to_string(),
                indicator.id.clone(),
                indicator.text_for(sector).map(|t| t.get(lang).to_string()).unwrap_or_default(),
                level,
                label,
                apart,
                answer.map(|a| a.note.clone()).unwrap_or_default(),
                answer.map(|a| a.evidence.clone()).unwrap_or_default(),
            ];
            if screening {
                row.extend([
                    answer.and_then(|a| a.owner).map(|o| o.label(lang).to_string()).unwrap_or_default(),
                    answer.map(|a| a.next_step.clone()).unwrap_or_default(),
                    answer.map(|a| a.due.clone()).unwrap_or_default(),
                ]);
            }
            sheet.row(row);
        }
    }
    sheet.finish()
}

/// The side-by-side overview as a spreadsheet: one row per profile, one column per theme and
/// streefdoel. Same rules as the profile CSV; `title` names a column in the chosen language.
pub fn overview_csv(overview: &crate::core::compare::Overview, title: impl Fn(&str) -> String, lang: Lang) -> String {
    use crate::core::compare::Cell;
    use crate::core::lang::format_score;
    let mut header: Vec<String> = [
        lang.pick("School of gemeente", "School or municipality"),
        "Sector",
        lang.pick("Regio", "Region"),
        lang.pick("Beantwoord", "Answered"),
        lang.pick("Oordeel", "Verdict"),
        lang.pick("Totaalscore", "Overall score"),
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    header.extend(overview.columns.iter().map(|c| {
        let kind = if c.is_theme { lang.pick("Thema", "Theme") } else { lang.pick("Streefdoel", "Goal") };
        format!("{kind}: {}", title(&c.id))
    }));
    let mut sheet = Sheet::new();
    sheet.row(header);
    for row in &overview.rows {
        let mut cells = vec![
            row.name.clone(),
            row.sector.map(|s| s.label(lang).to_string()).unwrap_or_default(),
            row.region.map(|r| r.label(lang).to_string()).unwrap_or_default(),
            format!("{}/{}", row.answered, row.total),
            row.verdict.label(lang).to_string(),
            row.overall.map(|s| format_score(s, lang)).unwrap_or_default(),
        ];
        cells.extend(row.cells.iter().map(|cell| match cell {
            Cell::Score(s) => format_score(*s, lang),
            Cell::NoScore => String::new(),
            Cell::NotInVersion => lang.pick("niet in deze versie", "not in this version").to_string(),
            Cell::NotForSector => lang.pick("niet voor deze sector", "not for this sector").to_string(),
        }));
        sheet.row(cells);
    }
    sheet.finish()
}
