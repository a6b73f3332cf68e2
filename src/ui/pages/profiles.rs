//! The profile page's own home: `profiel.html` opened by its bare address (a bookmark) lists the
//! school scans on this device, each with a link to its profile, instead of leaving the page.

use crate::route::Route;
use crate::ui::state::{say, set_document_title, use_lang, use_scans, use_texts, Instruments};
use leptos::prelude::*;

#[component]
pub fn ProfilesPage() -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let instruments = expect_context::<Instruments>();
    Effect::new(move |_| set_document_title(lang.get().pick("Profielen", "Profiles")));
    // Screenings have their results on the LEA page; the start page lists them.
    let rows = Memo::new(move |_| {
        scans.with(|s| {
            s.by_last_change()
                .into_iter()
                .filter(|scan| !scan.is_screening())
                .map(|scan| {
                    let progress = instruments.find(&scan.instrument).map(|list| scan.progress(&list)).unwrap_or_default();
                    (scan.id.clone(), scan.details.name.clone(), progress)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h1 tabindex="-1">{say("Profielen", "Profiles")}</h1>
        <p class="lead">{say(
            "Het profiel van een zelfscan laat zien waar de school staat, wat de ontwikkelpunten zijn en of de school klaar is voor het traject. Kies een zelfscan.",
            "The profile of a self-assessment shows where the school stands, what to work on, and whether the school is ready for the programme. Choose a self-assessment.",
        )}</p>
        <Show
            when=move || rows.with(|rows| !rows.is_empty())
            fallback=move || view! {
                <p data-testid="profiles-empty">{say("Er staat nog geen zelfscan in deze browser.", "There is no self-assessment in this browser yet.")}</p>
                <p><a class="button" href=Route::NewScan.href()>{say("Nieuwe zelfscan starten", "Start a new self-assessment")}</a></p>
            }
        >
            <ul class="profile-choices" data-testid="profile-choices">
                {move || rows.get().into_iter().map(|(id, name, progress)| view! {
                    <li class="profile-choices__item">
                        <a href=Route::Profile { scan: id }.href()>{name}</a>
                        " "
                        <span class="hint">{(t().progress)(progress.answered, progress.total)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
        <p><a href=Route::Start.href() data-testid="profiles-to-start">{say(
            "Naar de startpagina: alle scans en screenings, en een profiel (.json) openen",
            "To the start page: all scans and screenings, and opening a profile (.json)",
        )}</a></p>
    }
}
