//! Opening a profile file (.json) by file picker or by dropping it on the start page. The whole
//! file is checked before anything is stored; an existing scan is never replaced without asking.

use super::state::{new_scan_id, tr, use_lang, use_scans, Flash, FlashState, Instruments, TextSet};
use crate::core::assessment::Scan;
use crate::core::exchange::json::{import_json, ImportError, MAX_IMPORT_BYTES};
use crate::core::library::Origin;
use crate::core::school::MAX_NAME_CHARS;
use crate::ui::start_texts::{start_tr, use_start_texts, StartTexts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where an import stands; runtime only.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportState {
    Idle,
    Failed { file: String, error: ImportError },
    /// The file holds a scan whose id is already on this device.
    Conflict { scan: Box<Scan> },
}

/// What the user chose for a file whose scan is already here.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Resolve {
    Copy,
    Replace,
    CommentsOnly,
}

#[derive(Clone, Copy)]
pub struct ImportSignal(pub RwSignal<ImportState>);

/// Provided by the start page, so that the page-wide drop target and the panel share one state.
pub fn provide_import_context() -> RwSignal<ImportState> {
    let state = RwSignal::new(ImportState::Idle);
    provide_context(ImportSignal(state));
    state
}

/// Everything an import touches, taken from the contexts when a component is made: event
/// handlers run outside the component, where contexts cannot be looked up.
#[derive(Clone)]
pub struct Importer {
    state: RwSignal<ImportState>,
    scans: RwSignal<crate::core::assessment::Scans>,
    flash: RwSignal<Option<Flash>>,
    instruments: Instruments,
    lang: RwSignal<crate::core::lang::Lang>,
}

pub fn use_importer() -> Importer {
    Importer {
        state: expect_context::<ImportSignal>().0,
        scans: use_scans(),
        flash: expect_context::<FlashState>().0,
        instruments: expect_context::<Instruments>(),
        lang: use_lang(),
    }
}

/// Reads a file and imports it, or records why not. Large files are refused before reading.
pub fn handle_import_file(importer: Importer, file: web_sys::File) {
    let Importer { state, scans, flash, instruments, lang } = importer;
    let name = file.name();
    if file.size() > MAX_IMPORT_BYTES as f64 {
        state.set(ImportState::Failed { file: name, error: ImportError::TooLarge });
        return;
    }
    leptos::task::spawn_local(async move {
        let text = super::download::file_text(&file).await;
        let imported = instruments.0.with_untracked(|library| import_json(&text, library)).and_then(|imported| {
            // The list the file carried is kept first: a scan is never stored without its list.
            match imported.new_list.clone() {
                Some(list) => instruments.keep(list, Origin::Profile).map(|_| imported.scan).map_err(|_| ImportError::ListNotStored),
                None => Ok(imported.scan),
            }
        });
        match imported {
            Err(error) => state.set(ImportState::Failed { file: name, error }),
            Ok(scan) if scans.with_untracked(|s| s.get(&scan.id).is_some()) => {
                state.set(ImportState::Conflict { scan: Box::new(scan) });
                focus_later("import-conflict");
            }
            Ok(scan) => {
                let message = (StartTexts::of(lang.get_untracked()).import_done)(&scan.details.name);
                scans.update(|s| s.add(scan));
                state.set(ImportState::Idle);
                flash.set(Some(Flash { message, undo: None }));
            }
        }
    });
}

fn focus_later(element_id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(element_id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let importer = use_importer();
    let state = expect_context::<ImportSignal>().0;
    let scans = use_scans();
    let flash = expect_context::<FlashState>().0;
    let lang = use_lang();
    let st = use_start_texts();

    let handle_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            handle_import_file(importer.clone(), file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let resolve = move |choice: Resolve| {
        let ImportState::Conflict { scan } = state.get_untracked() else { return };
        let mut scan = *scan;
        let message = match choice {
            // An annotated copy of one of our own scans: take the comments, keep the answers.
            Resolve::CommentsOnly => {
                let name = scans.with_untracked(|s| s.get(&scan.id).map(|s| s.details.name.clone())).unwrap_or_default();
                scans.update(|s| {
                    s.receive_feedback(&scan);
                });
                (st().import_feedback_done)(&name)
            }
            Resolve::Copy | Resolve::Replace => {
                if choice == Resolve::Copy {
                    scan.id = new_scan_id();
                    scan.details.name = (st().imported_name)(&scan.details.name).chars().take(MAX_NAME_CHARS).collect();
                }
                let message = (st().import_done)(&scan.details.name);
                scans.update(|s| {
                    if choice == Resolve::Replace {
                        s.remove(&scan.id);
                    }
                    s.add(scan);
                });
                message
            }
        };
        state.set(ImportState::Idle);
        flash.set(Some(Flash { message, undo: None }));
    };

    view! {
        <div class="import">
            // One picker, in the page's language: the browser's own button and "no file chosen"
            // stay hidden; the label is the button, the input keeps keyboard focus.
            <div class="picker">
                <input
                    class="visually-hidden picker__input"
                    id="import-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="import-hint"
                    on:change=handle_change
                    data-testid="import-file"
                />
                <label class="button button--secondary picker__button" for="import-file">{start_tr(|t| t.choose_file)}</label>
            </div>
            <p class="hint" id="import-hint">{start_tr(|t| t.drop_hint)}</p>
            {move || match state.get() {
                ImportState::Idle => ().into_any(),
                ImportState::Failed { file, error } => view! {
                    <div class="notice notice--error" role="alert" data-testid="import-error">
                        <p class="notice__title">{(st().import_failed)(&file)}</p>
                        <p>{error.message(lang.get())}</p>
                    </div>
                }.into_any(),
                ImportState::Conflict { scan } => view! {
                    <div class="notice notice--warning" role="group" aria-labelledby="import-conflict-title" id="import-conflict" tabindex="-1" data-testid="import-conflict">
                        <p class="notice__title" id="import-conflict-title">{(st().import_conflict_title)(&scan.details.name)}</p>
                        {scan.feedback().is_some().then(|| view! {
                            <p>{start_tr(|t| t.import_feedback_body)}</p>
                            <p><button type="button" class="button" on:click=move |_| resolve(Resolve::CommentsOnly) data-testid="import-feedback-only">{start_tr(|t| t.import_feedback_only)}</button></p>
                        })}
                        <p>{start_tr(|t| t.import_conflict_body)}</p>
                        <div class="button-row">
                            <button type="button" class="button" on:click=move |_| resolve(Resolve::Copy)>{start_tr(|t| t.import_as_copy)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| resolve(Resolve::Replace)>{start_tr(|t| t.import_replace)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| state.set(ImportState::Idle)>{tr(|t| t.cancel)}</button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </div>
    }
}

