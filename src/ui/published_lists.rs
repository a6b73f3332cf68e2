//! Lists published with the app (`core::publish`): the start page and the lists page read
//! `instruments/manifest.json` from their own origin, take in the lists this browser does not have
//! yet, and say what they found. The screens that start a scan or a screening read them too
//! (`published_lists_added`).
//! The built-in lists are compiled in, so nothing waits on this: offline, or on a host without a
//! manifest, the page simply has no published lists.

use crate::core::instrument::Audience;
use crate::core::lang::Lang;
use crate::core::library::Origin;
use crate::core::publish::{plan_sync, read_manifest, take_published, Entry, ManifestFault, PublishedFault, FOLDER, MANIFEST_FILE};
use crate::ui::state::{use_lang, Instruments};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What reading the website's lists found, as the start page tells it.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// A list taken in: its label, and whom it is for.
    Added(String, Audience),
    Manifest(ManifestFault),
    List(Entry, PublishedFault),
    /// A list the browser would not keep (storage full).
    NotStored(String, Audience),
}

/// Why a fetch gave no text.
enum Fetched {
    Text(String),
    /// The server says the file is not there.
    Missing,
    /// No answer (offline) or another error: said nothing about, the next start tries again.
    Failed,
}

async fn fetch_text(path: &str) -> Fetched {
    let Some(window) = web_sys::window() else { return Fetched::Failed };
    let init = web_sys::RequestInit::new();
    // Revalidated every start, so a list the host published yesterday shows up today.
    init.set_cache(web_sys::RequestCache::NoCache);
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(path, &init)).await else { return Fetched::Failed };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else { return Fetched::Failed };
    if response.status() == 404 {
        return Fetched::Missing;
    }
    if !response.ok() {
        return Fetched::Failed;
    }
    match response.text() {
        Ok(promise) => match JsFuture::from(promise).await.ok().and_then(|t| t.as_string()) {
            Some(text) => Fetched::Text(text),
            None => Fetched::Failed,
        },
        Err(_) => Fetched::Failed,
    }
}

/// Follows the manifest: new lists are checked and kept (origin "from this website"), lists it
/// no longer names are retired (still there for the scans made on them).
async fn handle_published_lists(instruments: Instruments, found: RwSignal<Vec<Found>>) {
    let text = match fetch_text(&format!("{FOLDER}/{MANIFEST_FILE}")).await {
        Fetched::Text(text) => text,
        Fetched::Missing | Fetched::Failed => return,
    };
    let manifest = match read_manifest(&text) {
        Ok(manifest) => manifest,
        Err(fault) => return found.set(vec![Found::Manifest(fault)]),
    };
    let plan = instruments.0.with_untracked(|library| plan_sync(&manifest, library));
    let mut notes = Vec::new();
    for hash in &plan.withdrawn {
        instruments.remove(hash, true);
    }
    for entry in plan.fetch {
        let compiled = match fetch_text(&format!("{FOLDER}/{}", entry.file)).await {
            Fetched::Text(text) => text,
            Fetched::Missing => {
                notes.push(Found::List(entry, PublishedFault::Missing));
                continue;
            }
            Fetched::Failed => continue,
        };
        match instruments.0.with_untracked(|library| take_published(&entry, &compiled, library)) {
            Ok(list) => {
                let audience = list.audience;
                match instruments.keep(Arc::new(list), Origin::Website) {
                    Ok(()) => notes.push(Found::Added(entry.label(), audience)),
                    Err(_) => notes.push(Found::NotStored(entry.label(), audience)),
                }
            }
            Err(fault) => notes.push(Found::List(entry, fault)),
        }
    }
    found.set(notes);
}

/// Starts reading the website's lists; the signal fills with what came of it.
pub fn read_published_lists() -> RwSignal<Vec<Found>> {
    let found = RwSignal::new(Vec::<Found>::new());
    leptos::task::spawn_local(handle_published_lists(expect_context::<Instruments>(), found));
    found
}

/// The line that names a list just taken in from the website.
pub fn describe_added(label: &str, lang: Lang) -> String {
    format!("{} {label}", lang.pick("Nieuwe lijst van deze website:", "New list from this website:"))
}

/// The line for a list from the website that the browser would not keep (storage full).
pub fn describe_not_stored(label: &str, lang: Lang) -> String {
    format!(
        "{label}: {}",
        lang.pick("de browser kon de lijst niet bewaren. Maak ruimte, bijvoorbeeld door oude scans te verwijderen.", "the browser could not keep the list. Make room, for example by deleting old scans.")
    )
}

fn describe(found: &Found, lang: Lang) -> String {
    match found {
        Found::Added(label, _) => describe_added(label, lang),
        Found::Manifest(fault) => fault.message(lang),
        Found::List(entry, fault) => format!("{} ({}): {}", entry.label(), entry.source, fault.message(lang)),
        Found::NotStored(label, _) => describe_not_stored(label, lang),
    }
}

/// How a list of lines about the website's lists is told.
#[derive(Clone, Copy)]
pub enum Tone {
    /// News: said politely (`role="status"`).
    Info,
    /// Something the user should know now (`role="alert"`).
    Warning,
}

/// A notice that lists its lines, if there are any, with a test id.
pub fn lines_notice(lines: Vec<String>, tone: Tone, test_id: &'static str) -> Option<impl IntoView> {
    let (class, role) = match tone {
        Tone::Info => ("notice notice--info", "status"),
        Tone::Warning => ("notice notice--warning", "alert"),
    };
    (!lines.is_empty()).then(|| view! {
        <div class=class role=role data-testid=test_id>
            <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
        </div>
    })
}

/// The notice that names the lists just taken in, if there are any (`describe_added` lines).
pub fn added_notice(lines: Vec<String>) -> Option<impl IntoView> {
    lines_notice(lines, Tone::Info, "published-added")
}

/// Reads the website's lists once, and tells what came of it: new lists, and every manifest or
/// list that could not be used (the rest of the app works on).
#[component]
pub fn PublishedLists() -> impl IntoView {
    let found = read_published_lists();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let notes = found.get();
        let (added, problems): (Vec<Found>, Vec<Found>) = notes.into_iter().partition(|f| matches!(f, Found::Added(..)));
        view! {
            {added_notice(added.iter().map(|f| describe(f, lang)).collect())}
            {(!problems.is_empty()).then(|| view! {
                <div class="notice notice--warning" role="alert" data-testid="published-problems">
                    <h2 class="notice__title">{lang.pick("Niet alle lijsten van deze website zijn te gebruiken", "Not every list from this website can be used")}</h2>
                    <ul>{problems.iter().map(|f| view! { <li>{describe(f, lang)}</li> }).collect_view()}</ul>
                    <p>{lang.pick(
                        "De rest van Samenscan werkt gewoon. Geef dit door aan de beheerder van deze website.",
                        "The rest of Samenscan works as usual. Pass this on to whoever runs this website.",
                    )}</p>
                </div>
            })}
        }
    }
}
