//! The peer-review page's home: the conversation guides kept in this browser, and opening a
//! guide file received from the ExpertisePunt. Nothing of a file that fails its checks is kept.

use super::use_guides;
use crate::core::guide::{read_guide, GuideError, KeptGuide};
use crate::core::lang::Lang;
use crate::route::Route;
use crate::ui::download::file_text;
use crate::ui::state::{navigate, say, set_document_title, use_lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Reads one picked or dropped file; a sound guide is kept (received) and opened.
fn handle_guide_file(guides: RwSignal<Vec<KeptGuide>>, problem: RwSignal<Option<(String, GuideError)>>, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        match read_guide(&file_text(&file).await) {
            Err(error) => problem.set(Some((name, error))),
            Ok(guide) => {
                problem.set(None);
                let id = guide.id.clone();
                guides.update(|all| KeptGuide::receive(all, guide));
                navigate(&Route::PeerGuide { id });
            }
        }
    });
}

#[component]
pub fn GuidesPage() -> impl IntoView {
    let lang = use_lang();
    let guides = use_guides();
    let title = say("Collegiale consultatie", "Peer review");
    Effect::new(move |_| set_document_title(title()));
    let problem = RwSignal::new(None::<(String, GuideError)>);
    let handle_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            handle_guide_file(guides, problem, file);
        }
        input.set_value("");
    };
    let handle_dragover = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let handle_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            handle_guide_file(guides, problem, file);
        }
    };
    let kept = move || {
        let lang = lang.get();
        let rows = guides.with(|all| all.iter().map(|k| {
            let g = &k.guide;
            let names = g.members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join(", ");
            let origin = if k.received { lang.pick("ontvangen", "received") } else { lang.pick("hier gemaakt", "made here") };
            view! {
                <tr data-testid="guide-row">
                    <th scope="row"><a href=Route::PeerGuide { id: g.id.clone() }.href()>{if g.name.is_empty() { g.id.clone() } else { g.name.clone() }}</a></th>
                    <td>{names}</td>
                    <td>{g.list_title.get(lang).to_string()}</td>
                    <td>{format!("{} · {origin}", g.date())}</td>
                </tr>
            }
        }).collect_view());
        if guides.with(Vec::is_empty) {
            return view! { <p data-testid="guides-empty">{lang.pick("Er staan nog geen gespreksleidraden in deze browser.", "There are no conversation guides in this browser yet.")}</p> }.into_any();
        }
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{lang.pick("Gespreksleidraden", "Conversation guides")}</caption>
                    <thead><tr>
                        <th scope="col">{lang.pick("Groep", "Group")}</th>
                        <th scope="col">{lang.pick("Deelnemers", "Participants")}</th>
                        <th scope="col">{lang.pick("Lijst", "List")}</th>
                        <th scope="col">{lang.pick("Datum", "Date")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }.into_any()
    };
    view! {
        <p class="no-print"><a href=Route::Start.href()>{say("← Naar de startpagina", "← To the start page")}</a></p>
        <h1 tabindex="-1">{title}</h1>
        <p class="lead">{say(
            "Bij een collegiale consultatie leren scholen van scholen, en gemeenten van gemeenten. Het ExpertisePunt stelt groepen samen en maakt per groep een gespreksleidraad.",
            "In a peer review schools learn from schools, and municipalities from municipalities. The ExpertisePunt puts groups together and makes a conversation guide per group.",
        )}</p>
        <section aria-labelledby="open-guide-title" on:dragover=handle_dragover on:drop=handle_drop data-testid="guide-drop">
            <h2 id="open-guide-title">{say("Gespreksleidraad openen", "Open a conversation guide")}</h2>
            <p class="hint" id="open-guide-hint">{say(
                "Kies of sleep het bestand (.json) dat u van het ExpertisePunt kreeg. U leest het hier; uw eigen afspraken zet u met één knop in uw actieplan.",
                "Choose or drop the file (.json) you received from the ExpertisePunt. You read it here; you take your own agreements into your action plan with one button.",
            )}</p>
            <div class="picker">
                <input class="visually-hidden picker__input" id="guide-file" type="file" accept=".json,application/json"
                    aria-describedby="open-guide-hint" on:change=handle_change data-testid="guide-file"/>
                <label class="button button--secondary picker__button" for="guide-file">{say("Gespreksleidraad kiezen (.json)", "Choose a conversation guide (.json)")}</label>
            </div>
            <div aria-live="polite">{move || problem.get().map(|(file, error)| view! {
                <div class="notice notice--error" role="alert" data-testid="guide-problem">
                    <p class="notice__title">{format!("{file}: {}", if lang.get() == Lang::Nl { "niet geopend" } else { "not opened" })}</p>
                    <p>{error.message(lang.get())}</p>
                </div>
            })}</div>
        </section>
        <section aria-labelledby="kept-guides-title">
            <h2 id="kept-guides-title">{say("Gespreksleidraden in deze browser", "Conversation guides in this browser")}</h2>
            {kept}
        </section>
        <section aria-labelledby="make-groups-title">
            <h2 id="make-groups-title">{say("Groepen maken (voor adviseurs)", "Make groups (for advisers)")}</h2>
            <p>{say(
                "Open de profielen in de werkplek, kies de scholen of gemeenten, en kies 'Collegiale consultatie voorbereiden'.",
                "Open the profiles in the workspace, select the schools or municipalities, and choose 'Prepare a peer review'.",
            )}</p>
            <p><a href=Route::Workspace.href()>{say("Naar de werkplek", "To the workspace")}</a></p>
        </section>
    }
}
