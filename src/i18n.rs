//! The texts that several pages share, in Dutch (B1, "u") and English. One struct with two
//! instances: a text missing in one language is a compile error, not a blank on screen. A page's
//! own texts live beside it in the same form (`ui::start_texts`, `ui::scan_texts`,
//! `ui::profile_texts`, `ui::lea::texts`), so that the other pages do not carry them.
//! Texts of an instrument live in its CSV file, not here.

use crate::core::lang::Lang;

pub struct Texts {
    pub skip_link: &'static str,
    pub tagline: &'static str,
    pub language: &'static str,
    pub footer: &'static str,

    // Copies, undo, cancel
    pub copied: fn(&str) -> String,
    pub cancel: &'static str,
    pub undo: &'static str,
    pub restored: fn(&str) -> String,

    // Forms
    pub error_summary_title: &'static str,
    pub error_prefix: &'static str,

    // Progress
    pub back_to_start: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub instrument_label: fn(&str, &str) -> String,

    // Answers, and moving between screens
    pub overview: &'static str,
    pub unknown: &'static str,
    pub unknown_hint: &'static str,
    pub not_applicable: &'static str,
    pub not_applicable_hint: &'static str,
    pub clear_answer: &'static str,
    pub note_label: &'static str,
    pub feedback_goal_label: &'static str,
    pub evidence_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub to_overview: &'static str,
    pub level_label: fn(&str, &str) -> String,

    // Saving and storage
    pub saved: &'static str,
    pub save_failed_title: &'static str,
    pub save_failed_body: &'static str,
    pub retry: &'static str,
    pub newer_elsewhere_title: &'static str,
    pub newer_elsewhere_body: &'static str,
    pub reload: &'static str,
    pub unreadable_title: &'static str,
    pub unreadable_corrupt: &'static str,
    pub unreadable_newer: &'static str,
    pub unreadable_misfit: &'static str,
    pub unreadable_copy: &'static str,
    pub unreadable_help: &'static str,
    pub download_data: &'static str,
    pub discard: &'static str,
    pub storage_unavailable: &'static str,

    // Backup and a full storage
    pub backup_reminder_title: &'static str,
    pub backup_reminder_body: &'static str,
    pub backup_now: &'static str,
    pub not_now: &'static str,
    pub nearly_full: fn(usize) -> String,

    // Other tabs
    pub other_tab_title: &'static str,
    pub other_tab_replaced: &'static str,
    pub other_tab_held: &'static str,
    pub other_tab_deleted: &'static str,
    pub earlier_text: &'static str,
    pub other_text: &'static str,
    pub put_back: &'static str,
    pub close: &'static str,
    /// Names of the parts of a scan, in the order of `core::merge::Place`.
    pub place_names: [&'static str; 12],

    // Not found and broken data
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub scan_missing: &'static str,
    pub instrument_missing: fn(&str, &str) -> String,
    pub instrument_broken: &'static str,

    // Review and profile
    pub review_answers: &'static str,
    pub change: &'static str,
    pub no_answer: &'static str,
}

pub static NL: Texts = Texts {
    skip_link: "Naar de inhoud",
    tagline: "Samenwerken met ouders: waar staat u?",
    language: "Taal",
    footer: "Samenscan bewaart alles alleen in deze browser. Er gaat niets naar een server.",
    copied: |name| format!("Er is een kopie gemaakt: {name}."),
    cancel: "Annuleren",
    undo: "Ongedaan maken",
    restored: |name| format!("De scan '{name}' is terug."),
    error_summary_title: "Er is een probleem",
    error_prefix: "Fout:",
    back_to_start: "Terug naar de start",
    progress: |done, total| format!("{done} van {total} beantwoord"),
    instrument_label: |title, version| format!("{title}, versie {version}"),
    overview: "Overzicht",
    unknown: "Weet niet",
    unknown_hint: "We zoeken het nog uit.",
    not_applicable: "N.v.t.",
    not_applicable_hint: "Past niet bij onze school.",
    clear_answer: "Antwoord wissen",
    note_label: "Toelichting",
    feedback_goal_label: "Opmerking van de adviseur",
    evidence_label: "Waar blijkt dat uit?",
    previous: "Vorige",
    next: "Volgende",
    to_overview: "Naar het overzicht",
    level_label: |score, label| format!("{score}. {label}"),
    saved: "Opgeslagen",
    save_failed_title: "Opslaan lukt niet",
    save_failed_body: "Deze browser bewaart uw antwoorden nu niet. Misschien is het geheugen vol, of werkt u in een privévenster. Uw antwoorden staan nog op deze pagina: sluit de pagina niet. Maak ruimte vrij of gebruik een gewoon venster, en probeer het opnieuw.",
    retry: "Opnieuw proberen",
    newer_elsewhere_title: "Een nieuwere versie van Samenscan is in gebruik",
    newer_elsewhere_body: "In een ander tabblad of venster heeft een nieuwere versie van Samenscan deze gegevens bewaard. Deze versie schrijft daar niet overheen: wat u hier nu wijzigt, wordt niet bewaard. Vernieuw de pagina om met de nieuwe versie verder te werken.",
    reload: "Pagina vernieuwen",
    unreadable_title: "Niet alles kon worden gelezen",
    unreadable_corrupt: "Een opgeslagen scan is beschadigd en kan niet worden geopend.",
    unreadable_newer: "Een opgeslagen scan komt uit een nieuwere versie van Samenscan. Deze versie kan hem niet openen.",
    unreadable_misfit: "Een opgeslagen scan past niet bij zijn lijst (bijvoorbeeld een antwoord bij een indicator die de lijst niet heeft). Hij wordt niet geopend.",
    unreadable_copy: "Een tweede versie van een scan die al in uw lijst staat. Hij wordt niet geopend, zodat de andere blijft zoals hij is.",
    unreadable_help: "We hebben de gegevens apart bewaard en niets overschreven. Download ze om ze te bewaren of aan uw adviseur te geven, of gooi ze weg.",
    download_data: "Gegevens downloaden",
    discard: "Weggooien",
    storage_unavailable: "Deze browser staat niet toe dat Samenscan iets bewaart. U kunt de scan wel invullen, maar de antwoorden zijn weg als u de pagina sluit.",
    backup_reminder_title: "Tijd voor een reservekopie",
    backup_reminder_body: "U hebt al een tijd geen reservekopie gemaakt, en er is sindsdien iets veranderd. Als de browser wordt leeggemaakt, is alles weg.",
    backup_now: "Nu alles bewaren",
    not_now: "Niet nu",
    nearly_full: |percent| format!("De opslag van deze browser is bijna vol ({percent}%). Bewaar een reservekopie en verwijder daarna oude scans."),
    other_tab_title: "Veranderd in een ander tabblad",
    other_tab_replaced: "In een ander tabblad is dit daarna veranderd. Die nieuwere versie staat nu hier.",
    other_tab_held: "In een ander tabblad is deze tekst ook veranderd. Hier blijft uw eigen tekst staan. Die wordt bewaard zodra u verder typt.",
    other_tab_deleted: "Deze scan is in een ander tabblad verwijderd. Uw laatste versie is nog hier: u kunt hem terugzetten.",
    earlier_text: "Uw eerdere tekst (u kunt die kopiëren):",
    other_text: "De tekst uit het andere tabblad:",
    put_back: "Terugzetten",
    close: "Sluiten",
    place_names: ["Gegevens van de scan", "Antwoord", "Toelichting", "Waar blijkt dat uit?", "Wie pakt het op", "Volgende stap", "Datum", "Actie in het plan", "Gegevens van het overleg", "Eigen oordeel van een partner", "Opmerking van de adviseur", "Algemene opmerking van de adviseur"],
    not_found_title: "Pagina niet gevonden",
    not_found_body: "Deze pagina bestaat niet. Misschien klopt de link niet.",
    scan_missing: "Deze scan staat niet op dit apparaat. Misschien is hij verwijderd, of is hij op een ander apparaat gemaakt.",
    instrument_missing: |id, version| format!("De lijst van deze scan ({id}, versie {version}) zit niet in deze versie van Samenscan. De antwoorden zijn bewaard, maar kunnen nu niet worden getoond."),
    instrument_broken: "De ingebouwde lijst kon niet worden gelezen. Dit is een fout in Samenscan.",
    review_answers: "Controleer uw antwoorden",
    change: "Wijzigen",
    no_answer: "Nog niet beantwoord",
};

pub static EN: Texts = Texts {
    skip_link: "Skip to content",
    tagline: "Working with parents: where do you stand?",
    language: "Language",
    footer: "Samenscan keeps everything in this browser only. Nothing is sent to a server.",
    copied: |name| format!("A copy was made: {name}."),
    cancel: "Cancel",
    undo: "Undo",
    restored: |name| format!("The scan '{name}' is back."),
    error_summary_title: "There is a problem",
    error_prefix: "Error:",
    back_to_start: "Back to the start",
    progress: |done, total| format!("{done} of {total} answered"),
    instrument_label: |title, version| format!("{title}, version {version}"),
    overview: "Overview",
    unknown: "Don't know",
    unknown_hint: "We still need to find out.",
    not_applicable: "N/A",
    not_applicable_hint: "Does not apply to our school.",
    clear_answer: "Clear answer",
    note_label: "Note",
    feedback_goal_label: "Adviser's comment",
    evidence_label: "Where does it show?",
    previous: "Previous",
    next: "Next",
    to_overview: "To the overview",
    level_label: |score, label| format!("{score}. {label}"),
    saved: "Saved",
    save_failed_title: "Saving does not work",
    save_failed_body: "This browser is not keeping your answers right now. Its storage may be full, or you may be in a private window. Your answers are still on this page: do not close it. Free up space or use a normal window, and try again.",
    retry: "Try again",
    newer_elsewhere_title: "A newer version of Samenscan is in use",
    newer_elsewhere_body: "In another tab or window, a newer version of Samenscan has saved this data. This version does not write over it: what you change here now is not saved. Reload the page to go on with the new version.",
    reload: "Reload the page",
    unreadable_title: "Not everything could be read",
    unreadable_corrupt: "A saved scan is damaged and cannot be opened.",
    unreadable_newer: "A saved scan comes from a newer version of Samenscan. This version cannot open it.",
    unreadable_misfit: "A saved scan does not fit its list (for example an answer for an indicator the list does not have). It is not opened.",
    unreadable_copy: "A second copy of a scan that is already in your list. It is not opened, so that the other stays as it is.",
    unreadable_help: "We kept the data aside and overwrote nothing. Download it to keep it or give it to your adviser, or throw it away.",
    download_data: "Download the data",
    discard: "Throw away",
    storage_unavailable: "This browser does not let Samenscan keep anything. You can fill in the scan, but the answers are gone when you close the page.",
    backup_reminder_title: "Time for a backup",
    backup_reminder_body: "You have not made a backup for a while, and something has changed since. If the browser is cleared, everything is gone.",
    backup_now: "Save everything now",
    not_now: "Not now",
    nearly_full: |percent| format!("This browser's storage is nearly full ({percent}%). Save a backup, then remove old scans."),
    other_tab_title: "Changed in another tab",
    other_tab_replaced: "This was changed later in another tab. That newer version is shown here now.",
    other_tab_held: "This text was also changed in another tab. Your own text stays here, and is saved as soon as you type on.",
    other_tab_deleted: "This scan was deleted in another tab. Your last version is still here: you can put it back.",
    earlier_text: "Your earlier text (you can copy it):",
    other_text: "The text from the other tab:",
    put_back: "Put back",
    close: "Close",
    place_names: ["Details of the scan", "Answer", "Note", "Where does it show?", "Who takes it up", "Next step", "Date", "Action in the plan", "Details of the meeting", "A partner's own view", "The adviser's comment", "The adviser's overall comment"],
    not_found_title: "Page not found",
    not_found_body: "This page does not exist. The link may be wrong.",
    scan_missing: "This scan is not on this device. It may have been deleted, or made on another device.",
    instrument_missing: |id, version| format!("The list of this scan ({id}, version {version}) is not part of this version of Samenscan. The answers are kept, but cannot be shown now."),
    instrument_broken: "The built-in list could not be read. This is a bug in Samenscan.",
    review_answers: "Check your answers",
    change: "Change",
    no_answer: "Not answered yet",
};

pub use crate::core::lang::format_score;

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_use_a_decimal_comma_in_dutch() {
        assert_eq!(format_score(2.75, Lang::Nl), "2,8");
        assert_eq!(format_score(3.0, Lang::En), "3.0");
    }
}
