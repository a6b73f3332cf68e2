//! The texts of the LEA page, in Dutch and English. Kept apart from `i18n::Texts` so that the
//! other pages do not carry them (each page is its own wasm with a size budget).

use crate::core::lang::Lang;
use crate::ui::state::{tr_in, use_text_set, TextSet};

pub struct LeaTexts {
    pub lea_new_title: &'static str,
    pub lea_new_intro: &'static str,
    pub municipality_label: &'static str,
    pub municipality_hint: &'static str,
    pub meeting_date_label: &'static str,
    pub partners_legend: &'static str,
    pub partners_hint: &'static str,
    pub start_screening: &'static str,
    pub err_municipality_missing: &'static str,
    pub lea_overview_intro: &'static str,
    pub start_meeting: &'static str,
    pub continue_meeting: &'static str,
    pub to_results: &'static str,
    pub meeting_meta: fn(&str, &str) -> String,
    pub topic_counter: fn(usize, usize) -> String,
    pub question_counter: fn(usize, usize) -> String,
    pub status_hint: &'static str,
    pub agreed_note_label: &'static str,
    pub owner_label: &'static str,
    pub owner_none: &'static str,
    pub next_step_label: &'static str,
    pub due_label: &'static str,
    pub individual_toggle: &'static str,
    pub individual_intro: &'static str,
    pub individual_view_label: fn(&str) -> String,
    pub no_view: &'static str,
    pub spread_steps: fn(u8) -> String,
    pub no_partners: &'static str,
    pub timer_label: &'static str,
    pub projector: &'static str,
    pub shortcuts_title: &'static str,
    pub shortcut_next: &'static str,
    pub shortcut_prev: &'static str,
    pub shortcut_status: &'static str,
    pub result_title: fn(&str) -> String,
    pub lea_chart_title: &'static str,
    pub actions_by_partner_title: &'static str,
    pub actions_none_agreed: &'static str,
    pub guide_title: &'static str,
    pub guide_intro: &'static str,
    pub guide_strong: &'static str,
    pub guide_weak: &'static str,
    pub guide_none: &'static str,
}

pub static NL: LeaTexts = LeaTexts {
    lea_new_title: "Nieuwe screening LEA",
    lea_new_intro: "Vul dit in aan het begin van het overleg. Daarna bespreekt u de onderdelen één voor één.",
    municipality_label: "Naam van de gemeente",
    municipality_hint: "Bijvoorbeeld: Gemeente Zaanstad.",
    meeting_date_label: "Datum van het overleg",
    partners_legend: "Welke partners zijn er?",
    partners_hint: "Kies de soorten organisaties aan tafel. Namen zijn niet nodig.",
    start_screening: "Screening starten",
    err_municipality_missing: "Vul de naam van de gemeente in.",
    lea_overview_intro: "Bespreek de onderdelen samen. Per vraag legt u vast wat u samen afspreekt. Alles wordt meteen bewaard; u kunt stoppen en later verder.",
    start_meeting: "Start het overleg",
    continue_meeting: "Ga verder met het overleg",
    to_results: "Naar het resultaat",
    meeting_meta: |date, partners| format!("Overleg op {date}. Aan tafel: {partners}."),
    topic_counter: |n, total| format!("Onderwerp {n} van {total}"),
    question_counter: |n, total| format!("Vraag {n} van {total}"),
    status_hint: "Wat spreekt u samen af?",
    agreed_note_label: "Korte afspraak of toelichting",
    owner_label: "Wie pakt het op?",
    owner_none: "Nog niemand",
    next_step_label: "Volgende stap",
    due_label: "Klaar op",
    individual_toggle: "Eerst ieder apart",
    individual_intro: "Elke partner geeft eerst zijn eigen antwoord. Daarna spreekt de groep één antwoord af.",
    individual_view_label: |partner| format!("Antwoord van {partner}"),
    no_view: "Nog geen antwoord",
    spread_steps: |n| match n { 0 => "Iedereen die een niveau koos, is het eens.".to_string(), 1 => "Verschil: 1 stap.".to_string(), n => format!("Verschil: {n} stappen.") },
    no_partners: "Er zijn geen partners gekozen bij de gegevens van het overleg.",
    timer_label: "Tijd bij dit onderwerp",
    projector: "Projectorweergave",
    shortcuts_title: "Sneltoetsen",
    shortcut_next: "V: volgende onderwerp",
    shortcut_prev: "T: vorige onderwerp",
    shortcut_status: "1, 2, 3: het antwoord met dat nummer · 0: weet niet. Voor de vraag waar u bent.",
    result_title: |name| format!("Resultaat van de screening: {name}"),
    lea_chart_title: "Score per onderwerp",
    actions_by_partner_title: "Afgesproken acties per partner",
    actions_none_agreed: "Er zijn nog geen volgende stappen afgesproken.",
    guide_title: "Gespreksleidraad voor een collegiale consultatie",
    guide_intro: "Uw korte inventarisatie voor het ExpertisePunt, en de punten voor een gesprek met een andere gemeente. Sterk is een onderwerp op of boven de grens, met een afgesproken toelichting bij elke vraag.",
    guide_strong: "Hier zijn we sterk in: dit kunnen we delen",
    guide_weak: "Hier willen we van de ander leren",
    guide_none: "Geen.",
};

pub static EN: LeaTexts = LeaTexts {
    lea_new_title: "New LEA screening",
    lea_new_intro: "Fill this in at the start of the meeting. Then you discuss the sections one by one.",
    municipality_label: "Name of the municipality",
    municipality_hint: "For example: Gemeente Zaanstad.",
    meeting_date_label: "Date of the meeting",
    partners_legend: "Which partners are present?",
    partners_hint: "Choose the kinds of organisation at the table. Names are not needed.",
    start_screening: "Start the screening",
    err_municipality_missing: "Enter the name of the municipality.",
    lea_overview_intro: "Discuss the sections together. For each question, record what you agree. Everything is saved at once; you can stop and continue later.",
    start_meeting: "Start the meeting",
    continue_meeting: "Continue the meeting",
    to_results: "To the results",
    meeting_meta: |date, partners| format!("Meeting on {date}. At the table: {partners}."),
    topic_counter: |n, total| format!("Topic {n} of {total}"),
    question_counter: |n, total| format!("Question {n} of {total}"),
    status_hint: "What do you agree together?",
    agreed_note_label: "Short agreement or note",
    owner_label: "Who takes it up?",
    owner_none: "Nobody yet",
    next_step_label: "Next step",
    due_label: "Done by",
    individual_toggle: "Everyone first on their own",
    individual_intro: "Each partner first gives its own answer. Then the group agrees on one answer.",
    individual_view_label: |partner| format!("Answer of {partner}"),
    no_view: "No answer yet",
    spread_steps: |n| match n { 0 => "Everyone who chose a level agrees.".to_string(), 1 => "Difference: 1 step.".to_string(), n => format!("Difference: {n} steps.") },
    no_partners: "No partners were chosen in the meeting details.",
    timer_label: "Time on this topic",
    projector: "Projector view",
    shortcuts_title: "Keyboard shortcuts",
    shortcut_next: "V: next topic",
    shortcut_prev: "T: previous topic",
    shortcut_status: "1, 2, 3: the answer with that number · 0: don't know. For the question you are at.",
    result_title: |name| format!("Results of the screening: {name}"),
    lea_chart_title: "Score per topic",
    actions_by_partner_title: "Agreed actions per partner",
    actions_none_agreed: "No next steps have been agreed yet.",
    guide_title: "Conversation guide for a peer review",
    guide_intro: "Your short inventory for the ExpertisePunt, and the points for a conversation with another municipality. Strong is a topic at or above the bar, with an agreed note for every question.",
    guide_strong: "Where we are strong: what we can share",
    guide_weak: "Where we want to learn from the other",
    guide_none: "None.",
};

pub fn lea_texts(lang: Lang) -> &'static LeaTexts {
    LeaTexts::of(lang)
}

impl TextSet for LeaTexts {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// One LEA text that follows the language switch (see `state::tr_in`).
pub fn lea_tr(pick: fn(&'static LeaTexts) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    tr_in(pick)
}

/// The LEA texts of the chosen language, as a reactive getter.
pub fn use_lea_texts() -> impl Fn() -> &'static LeaTexts + Copy + Send + Sync + 'static {
    use_text_set()
}
