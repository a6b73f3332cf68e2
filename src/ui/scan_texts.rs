//! The texts of the school scan (`scan.html`): its details, overview, questions and review, in
//! Dutch and English. Kept apart from `i18n::Texts` so that the other pages do not carry them
//! (each page is its own wasm with a size budget).

use crate::core::lang::Lang;
use crate::ui::state::{tr_in, use_text_set, TextSet};

pub struct ScanTexts {
    pub new_title: &'static str,
    pub new_intro: &'static str,
    pub details_title: &'static str,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub sector_legend: &'static str,
    pub sector_hint: &'static str,
    pub region_legend: &'static str,
    pub region_hint: &'static str,
    pub region_none: &'static str,
    pub roles_legend: &'static str,
    pub roles_hint: &'static str,
    pub start_scan: &'static str,
    pub save_details: &'static str,
    pub err_name_missing: &'static str,
    pub err_name_too_long: &'static str,
    pub err_sector_missing: &'static str,
    pub overview_intro: &'static str,
    pub themes_title: &'static str,
    pub resume: &'static str,
    pub begin: &'static str,
    pub edit_details: &'static str,
    pub details_summary: &'static str,
    pub roles_none: &'static str,
    pub theme_label: &'static str,
    pub goal_counter: fn(usize, usize) -> String,
    pub indicator_counter: fn(usize, usize) -> String,
    pub rating_legend_hint: &'static str,
    pub note_hint: &'static str,
    pub evidence_hint: &'static str,
    pub view_profile: &'static str,
    pub review_title: &'static str,
    pub review_intro: &'static str,
    pub to_profile: &'static str,
}

pub static NL: ScanTexts = ScanTexts {
    new_title: "Nieuwe zelfscan",
    new_intro: "Vertel eerst wie de scan invult. Daarna ziet u de thema's.",
    details_title: "Gegevens van de scan",
    name_label: "Naam van de school of locatie",
    name_hint: "Bijvoorbeeld: De Regenboog, locatie Noord.",
    sector_legend: "Sector",
    sector_hint: "Sommige vragen passen zich aan de sector aan.",
    region_legend: "Regio van het ExpertisePunt",
    region_hint: "Met welk ExpertisePunt Ouderbetrokkenheid werkt u samen?",
    region_none: "Nog geen of weet ik niet",
    roles_legend: "Wie vullen de scan in?",
    roles_hint: "Kies alle rollen die meedoen. Namen zijn niet nodig.",
    start_scan: "Scan starten",
    save_details: "Gegevens opslaan",
    err_name_missing: "Vul de naam van de school of locatie in.",
    err_name_too_long: "De naam is te lang. Gebruik hoogstens 120 tekens.",
    err_sector_missing: "Kies een sector.",
    overview_intro: "Beoordeel de streefdoelen per thema. U kunt in elke volgorde werken. Alles wordt meteen bewaard.",
    themes_title: "Thema's",
    resume: "Ga verder waar u was",
    begin: "Begin met de scan",
    edit_details: "Gegevens wijzigen",
    details_summary: "Gegevens",
    roles_none: "Geen rollen gekozen",
    theme_label: "Thema",
    goal_counter: |n, total| format!("Streefdoel {n} van {total}"),
    indicator_counter: |n, total| format!("Indicator {n} van {total}"),
    rating_legend_hint: "Kies het niveau dat nu het best past.",
    note_hint: "Wat wilt u erbij zeggen? Bijvoorbeeld wat al goed gaat of wat lastig is.",
    evidence_hint: "Bijvoorbeeld een document, een afspraak of een voorbeeld uit de praktijk.",
    view_profile: "Bekijk het profiel",
    review_title: "Controleer uw antwoorden",
    review_intro: "Hier ziet u alles wat u hebt ingevuld. Klopt iets niet? Kies dan 'Wijzigen'.",
    to_profile: "Naar het profiel",
};

pub static EN: ScanTexts = ScanTexts {
    new_title: "New self-assessment",
    new_intro: "First tell us who fills in the scan. Then you see the themes.",
    details_title: "Details of the scan",
    name_label: "Name of the school or location",
    name_hint: "For example: De Regenboog, north location.",
    sector_legend: "Sector",
    sector_hint: "Some questions adapt to the sector.",
    region_legend: "Region of the ExpertisePunt",
    region_hint: "Which ExpertisePunt Ouderbetrokkenheid do you work with?",
    region_none: "None yet, or I don't know",
    roles_legend: "Who fills in the scan?",
    roles_hint: "Choose all roles that take part. Names are not needed.",
    start_scan: "Start the scan",
    save_details: "Save details",
    err_name_missing: "Enter the name of the school or location.",
    err_name_too_long: "The name is too long. Use at most 120 characters.",
    err_sector_missing: "Choose a sector.",
    overview_intro: "Rate the goals theme by theme. You can work in any order. Everything is saved at once.",
    themes_title: "Themes",
    resume: "Continue where you were",
    begin: "Start the scan",
    edit_details: "Change details",
    details_summary: "Details",
    roles_none: "No roles chosen",
    theme_label: "Theme",
    goal_counter: |n, total| format!("Goal {n} of {total}"),
    indicator_counter: |n, total| format!("Indicator {n} of {total}"),
    rating_legend_hint: "Choose the level that fits best now.",
    note_hint: "What would you like to add? For example what already works or what is difficult.",
    evidence_hint: "For example a document, an agreement or an example from practice.",
    view_profile: "View the profile",
    review_title: "Check your answers",
    review_intro: "Here you see everything you entered. Something not right? Choose 'Change'.",
    to_profile: "To the profile",
};

impl TextSet for ScanTexts {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// One of these texts that follows the language switch (see `state::tr_in`).
pub fn scan_tr(pick: fn(&'static ScanTexts) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    tr_in(pick)
}

/// These texts in the chosen language, as a reactive getter.
pub fn use_scan_texts() -> impl Fn() -> &'static ScanTexts + Copy + Send + Sync + 'static {
    use_text_set()
}
