//! "Eigen lijst laden": pick or drop a CSV file. A broken file gets every problem by line; a
//! sound one is shown in full first and kept only when the user confirms.

use super::list_document::ListDocument;
use crate::core::instrument::{Instrument, InstrumentError, Problem, MAX_FILE_BYTES};
use crate::core::instrument_compiled::{content_hash, write};
use crate::core::library::{Adopt, Origin};
use crate::core::list_file::{text_of_list_file, ListEncoding};
use crate::ui::download::file_bytes;
use crate::ui::state::{say, use_lang, Instruments};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where loading a list stands. Runtime only: nothing is stored before "Bewaren".
#[derive(Clone, Debug, PartialEq)]
enum Loading {
    Idle,
    Problems { file: String, problems: Vec<InstrumentError>, encoding: ListEncoding },
    /// Sound, shown for checking; `clash` is a list here with the same id and version; `encoding`
    /// how the file's bytes were read (a spreadsheet may not have saved UTF-8).
    Preview { list: Arc<Instrument>, clash: Option<Arc<Instrument>>, encoding: ListEncoding },
    Known { title: String },
    Reserved,
    Saved { title: String },
    NotStored,
}

/// Reads and checks one file; never stores anything.
fn handle_list_file(state: RwSignal<Loading>, instruments: Instruments, file: web_sys::File) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        state.set(Loading::Problems { file: name, problems: vec![InstrumentError { line: 0, problem: Problem::TooLarge }], encoding: ListEncoding::Utf8 });
        return;
    }
    leptos::task::spawn_local(async move {
        let (text, encoding) = text_of_list_file(file_bytes(&file).await);
        match Instrument::from_csv(&text) {
            Err(problems) => state.set(Loading::Problems { file: name, problems, encoding }),
            Ok(mut list) => {
                list.hash = content_hash(&write(&list));
                let list = Arc::new(list);
                // A dry run on a copy of the library: what would keeping it do?
                let mut trial = instruments.0.get_untracked();
                state.set(match trial.adopt(list.clone(), Origin::OwnFile, false) {
                    Adopt::Added => Loading::Preview { list, clash: None, encoding },
                    Adopt::Clash(other) => Loading::Preview { list, clash: Some(other), encoding },
                    Adopt::Known => Loading::Known { title: list.title.nl.clone() },
                    Adopt::Reserved => Loading::Reserved,
                });
            }
        }
    });
}

/// Says how a file that was not saved as UTF-8 was read, so that the user checks its letters.
fn encoding_note(encoding: ListEncoding, lang: crate::core::lang::Lang) -> Option<&'static str> {
    Some(match encoding {
        ListEncoding::Utf8 => return None,
        ListEncoding::Windows1252 => lang.pick(
            "Dit bestand is niet als UTF-8 opgeslagen. Samenscan heeft het gelezen zoals Excel op Windows een CSV-bestand opslaat (Windows-1252). Kijk of letters als ë, é en ’ goed staan. Sla het bestand voortaan op als 'CSV UTF-8'.",
            "This file was not saved as UTF-8. Samenscan read it as Excel on Windows saves a CSV file (Windows-1252). Check that letters such as ë, é and ’ look right. Next time, save the file as 'CSV UTF-8'.",
        ),
        ListEncoding::Utf16 => lang.pick(
            "Dit bestand is opgeslagen als Unicode-tekst (UTF-16). Samenscan heeft het zo gelezen.",
            "This file was saved as Unicode text (UTF-16). Samenscan read it as such.",
        ),
    })
}

#[component]
pub fn ListLoader() -> impl IntoView {
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    let state = RwSignal::new(Loading::Idle);
    let handle_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            handle_list_file(state, instruments, file);
        }
        input.set_value("");
    };
    let handle_dragover = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let handle_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            handle_list_file(state, instruments, file);
        }
    };
    let handle_keep = move |_| {
        let Loading::Preview { list, .. } = state.get_untracked() else { return };
        let title = list.title.get(lang.get_untracked()).to_string();
        state.set(match instruments.keep(list, Origin::OwnFile) {
            Ok(()) => Loading::Saved { title },
            Err(_) => Loading::NotStored,
        });
    };
    let handle_cancel = move |_| state.set(Loading::Idle);
    let outcome = move || {
        let lang = lang.get();
        match state.get() {
            Loading::Idle => ().into_any(),
            Loading::Problems { file, problems, encoding } => view! {
                <div class="notice notice--error" role="alert" data-testid="list-problems">
                    <h3 class="notice__title">{format!("{}: {file}", lang.pick("Deze lijst kan niet worden geladen", "This list cannot be loaded"))}</h3>
                    <ul>{problems.iter().map(|p| view! { <li>{p.message(lang)}</li> }).collect_view()}</ul>
                    {encoding_note(encoding, lang).map(|note| view! { <p data-testid="list-encoding">{note}</p> })}
                </div>
            }.into_any(),
            Loading::Preview { list, clash, encoding } => view! {
                <div class="list-preview" data-testid="list-preview">
                    <p class="notice notice--info" role="status">{lang.pick(
                        "De lijst is in orde. Kijk hieronder of het de goede lijst is, en kies dan 'Lijst bewaren'.",
                        "The list is sound. Check below that it is the right list, then choose 'Keep list'.",
                    )}</p>
                    {encoding_note(encoding, lang).map(|note| view! { <p class="notice notice--warning" data-testid="list-encoding">{note}</p> })}
                    {clash.map(|other| view! {
                        <p class="notice notice--warning" role="alert" data-testid="list-clash">{if lang == crate::core::lang::Lang::Nl {
                            format!("Let op: er is al een lijst '{}' met id {} en versie {}, met een andere inhoud. Als u deze bewaart, zijn er twee. Scans blijven bij hun eigen lijst.", other.title.nl, other.id, other.version)
                        } else {
                            format!("Note: there already is a list '{}' with id {} and version {}, with other content. If you keep this one, there are two. Scans stay with their own list.", other.title.get(lang), other.id, other.version)
                        }}</p>
                    })}
                    <div class="button-row">
                        <button type="button" class="button" on:click=handle_keep data-testid="keep-list">{lang.pick("Lijst bewaren", "Keep list")}</button>
                        <button type="button" class="button button--secondary" on:click=handle_cancel>{lang.pick("Niet bewaren", "Do not keep")}</button>
                    </div>
                    <ListDocument list=list/>
                </div>
            }.into_any(),
            Loading::Known { title } => view! {
                <p class="notice notice--info" role="status" data-testid="list-known">{format!("{} '{title}'", lang.pick("Deze lijst is al in deze browser:", "This list is already in this browser:"))}</p>
            }.into_any(),
            Loading::Reserved => view! {
                <p class="notice notice--error" role="alert" data-testid="list-reserved">{lang.pick(
                    "Deze lijst heeft de naam en versie van een lijst van Samenscan zelf, maar een andere inhoud. Geef uw lijst een eigen id of versie (regel 'instrument').",
                    "This list has the name and version of a list of Samenscan itself, but other content. Give your list its own id or version (the 'instrument' row).",
                )}</p>
            }.into_any(),
            Loading::Saved { title } => view! {
                <p class="notice" role="status" data-testid="list-saved">{format!("{} '{title}'. {}", lang.pick("Bewaard:", "Kept:"), lang.pick("U kunt er nu een scan mee starten.", "You can now start a scan with it."))}</p>
            }.into_any(),
            Loading::NotStored => view! {
                <p class="notice notice--error" role="alert">{lang.pick(
                    "De browser kon de lijst niet bewaren. Maak ruimte, bijvoorbeeld door oude scans te verwijderen.",
                    "The browser could not keep the list. Make room, for example by deleting old scans.",
                )}</p>
            }.into_any(),
        }
    };
    view! {
        <section aria-labelledby="load-list-title" class="no-print-when-empty" on:dragover=handle_dragover on:drop=handle_drop data-testid="list-drop-zone">
            <h2 id="load-list-title">{say("Eigen lijst laden", "Load your own list")}</h2>
            <p class="hint" id="load-list-hint">{say(
                "Kies of sleep een CSV-bestand met streefdoelen of een screeningslijst, bijvoorbeeld van uw ExpertisePunt. U ziet de lijst eerst helemaal; pas als u 'Lijst bewaren' kiest, wordt hij in deze browser bewaard.",
                "Choose or drop a CSV file with goals or a screening list, for example from your ExpertisePunt. You first see the whole list; it is kept in this browser only when you choose 'Keep list'.",
            )}</p>
            <div class="picker">
                <input class="visually-hidden picker__input" id="list-file" type="file" accept=".csv,text/csv,text/plain"
                    aria-describedby="load-list-hint" on:change=handle_change data-testid="list-file"/>
                <label class="button button--secondary picker__button" for="list-file">{say("Lijst kiezen (CSV)", "Choose a list (CSV)")}</label>
            </div>
            <div aria-live="polite">{outcome}</div>
        </section>
    }
}
