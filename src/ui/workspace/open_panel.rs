//! Opening profile files into the workspace: one or many, by file picker or by dropping them on
//! the page. Each file is checked as an import is; the report lists what opened and, for every
//! file that did not, why.

use super::{new_entry_key, say, use_workspace};
use crate::core::exchange::json::{ImportError, MAX_IMPORT_BYTES};
use crate::core::library::Origin;
use crate::core::workspace::{Opened, Workspace};
use crate::ui::state::{now, use_lang, Instruments};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// What the last opening did, per file. Runtime only.
#[derive(Clone, Copy)]
pub struct OpenReport(pub RwSignal<Vec<(String, Opened)>>);

pub fn provide_open_report() -> RwSignal<Vec<(String, Opened)>> {
    let report = RwSignal::new(Vec::new());
    provide_context(OpenReport(report));
    report
}

/// Everything opening touches, taken from the contexts when a component is made: the reading
/// finishes later, outside any component.
#[derive(Clone)]
pub struct Opener {
    workspace: RwSignal<Workspace>,
    report: RwSignal<Vec<(String, Opened)>>,
    instruments: Instruments,
}

pub fn use_opener() -> Opener {
    Opener { workspace: use_workspace(), report: expect_context::<OpenReport>().0, instruments: expect_context::<Instruments>() }
}

/// The files of a file list (picker or drop), in their order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads every file, then opens the good ones in one change of the workspace (one save).
pub fn handle_open_files(opener: Opener, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    let Opener { workspace, report, instruments } = opener;
    leptos::task::spawn_local(async move {
        // All files are read at once (one promise for all); one too large to be a profile is
        // not read at all.
        let reads = js_sys::Array::new();
        for file in &files {
            let read = if file.size() > MAX_IMPORT_BYTES as f64 { js_sys::Promise::resolve(&JsValue::NULL) } else { file.array_buffer() };
            reads.push(&read);
        }
        let contents = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&reads)).await.map(|v| js_sys::Array::from(&v)).unwrap_or_default();
        let texts: Vec<(String, Option<String>)> = files
            .iter()
            .enumerate()
            .map(|(i, file)| {
                let outcome = contents.get(i as u32);
                let value = js_sys::Reflect::get(&outcome, &JsValue::from_str("value")).unwrap_or(JsValue::NULL);
                // Too large: not read (null). Unreadable: no buffer, read as empty.
                let text = if value.is_null() {
                    None
                } else if value.is_instance_of::<js_sys::ArrayBuffer>() {
                    Some(crate::ui::download::text_of_bytes(&value))
                } else {
                    Some(String::new())
                };
                (file.name(), text)
            })
            .collect();
        let opened_at = now();
        let mut outcomes = Vec::with_capacity(texts.len());
        let mut entries = workspace.get_untracked();
        for (name, text) in texts {
            let outcome = match text {
                None => Opened::Rejected(ImportError::TooLarge),
                Some(text) => {
                    let (outcome, new_list) = instruments.0.with_untracked(|library| entries.open(&name, &text, library, new_entry_key(), &opened_at));
                    // A profile on a list this browser did not have brings it along; kept first.
                    match (new_list, &outcome) {
                        (Some(list), Opened::Added(key)) if instruments.keep(list.clone(), Origin::Profile).is_err() => {
                            entries.remove(key);
                            Opened::Rejected(ImportError::ListNotStored)
                        }
                        _ => outcome,
                    }
                }
            };
            outcomes.push((name, outcome));
        }
        workspace.set(entries);
        report.set(outcomes);
    });
}

#[component]
pub fn OpenPanel() -> impl IntoView {
    let opener = use_opener();
    let report = expect_context::<OpenReport>().0;
    let workspace = use_workspace();
    let lang = use_lang();
    let handle_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        handle_open_files(opener.clone(), files_of(input.files()));
        // Choosing the same files again must fire `change` again.
        input.set_value("");
    };
    let added = move || report.with(|r| r.iter().filter(|(_, o)| matches!(o, Opened::Added(_))).count());
    let already = move || report.with(|r| r.iter().filter(|(_, o)| matches!(o, Opened::AlreadyOpen(_))).count());
    let rejected = move || {
        report.with(|r| r.iter().filter_map(|(name, o)| match o { Opened::Rejected(e) => Some((name.clone(), e.clone())), _ => None }).collect::<Vec<_>>())
    };
    let name_of = move |key: &str| workspace.with_untracked(|w| w.get(key).map(|e| e.scan.details.name.clone()).unwrap_or_default());
    view! {
        <div class="import">
            <div class="picker">
                <input
                    class="visually-hidden picker__input"
                    id="open-files"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    aria-describedby="open-hint"
                    on:change=handle_change
                    data-testid="open-files"
                />
                <label class="button picker__button" for="open-files">{say("Profielen kiezen (.json)", "Choose profiles (.json)")}</label>
            </div>
            <p class="hint" id="open-hint">
                {say(
                    "Kies een of meer profielbestanden (.json) die Samenscan heeft gemaakt, of sleep ze naar deze pagina.",
                    "Choose one or more profile files (.json) made by Samenscan, or drag them onto this page.",
                )}
            </p>
            <div role="status" data-testid="open-report">
                {move || (!report.with(Vec::is_empty)).then(|| {
                    let nl = lang.get() == crate::core::lang::Lang::Nl;
                    let (n, a) = (added(), already());
                    let mut text = if nl { format!("{n} profiel(en) geopend.") } else { format!("{n} profile(s) opened.") };
                    if a > 0 {
                        text.push_str(&if nl { format!(" {a} stond(en) al open.") } else { format!(" {a} already open.") });
                    }
                    view! { <p class="notice">{text}</p> }
                })}
            </div>
            {move || {
                let bad = rejected();
                (!bad.is_empty()).then(|| view! {
                    <div class="notice notice--error" role="alert" data-testid="open-errors">
                        <p class="notice__title">
                            {move || if lang.get() == crate::core::lang::Lang::Nl {
                                format!("{} bestand(en) niet geopend:", rejected().len())
                            } else {
                                format!("{} file(s) not opened:", rejected().len())
                            }}
                        </p>
                        <ul>
                            {bad.into_iter().map(|(file, error)| view! {
                                <li><strong>{file}</strong>": "{move || error.message(lang.get())}</li>
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            {move || report.with(|r| r.iter().filter_map(|(file, o)| match o {
                Opened::AlreadyOpen(key) => Some((file.clone(), name_of(key))),
                _ => None,
            }).collect::<Vec<_>>()).into_iter().map(|(file, name)| view! {
                <p class="hint" data-testid="open-already">
                    {move || if lang.get() == crate::core::lang::Lang::Nl {
                        format!("{file}: dit profiel van {name} staat al in uw werkplek.")
                    } else {
                        format!("{file}: this profile of {name} is already in your workspace.")
                    }}
                </p>
            }).collect_view()}
        </div>
    }
}
