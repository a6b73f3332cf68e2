//! A profile as a link: made on request, shown to copy, and refused with the file offered
//! instead when it would be too long to send (see `core::exchange::link`).

use super::say;
use crate::core::assessment::Scan;
use crate::core::exchange::{json::export_json_compact, link};
use crate::core::instrument::Instrument;
use crate::core::lang::Lang;
use crate::route::Route;
use crate::ui::download::download_profile;
use crate::ui::state::{full_address, now, use_lang};
use leptos::prelude::*;
use std::sync::Arc;

/// What the last "make a link" gave. Runtime only.
#[derive(Clone, Debug, PartialEq)]
enum Made {
    Nothing,
    Link(String),
    /// Too long: its length in characters.
    TooLong(usize),
}

#[component]
pub fn ShareLink(
    /// The scan to share, as it is now.
    #[prop(into)]
    scan: Signal<Scan>,
    /// Its instrument.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let made = RwSignal::new(Made::Nothing);
    let copied = RwSignal::new(false);
    let for_link = instrument.clone();
    let handle_make = move |_| {
        // With its list when the link stays short enough; else the link names the list, which
        // the receiver then needs (`ImportError::UnknownInstrument` says which).
        let make = |with_list: bool| {
            let json = scan.with_untracked(|s| export_json_compact(s, &for_link, env!("CARGO_PKG_VERSION"), &now(), with_list));
            full_address(&Route::SharedLink { payload: link::encode(&json) })
        };
        let with_list = make(true);
        let address = if link::fits(&with_list) { with_list } else { make(false) };
        copied.set(false);
        made.set(if link::fits(&address) { Made::Link(address) } else { Made::TooLong(address.len()) });
    };
    let handle_copy = move |_| {
        if let Made::Link(address) = made.get_untracked() {
            let _ = window().navigator().clipboard().write_text(&address);
            copied.set(true);
        }
    };
    let handle_file = move |_| {
        scan.with_untracked(|s| download_profile(s, &instrument));
    };
    view! {
        <section class="share-link" aria-labelledby="share-title">
            <h2 id="share-title">{say("Delen als link", "Share as a link")}</h2>
            <p>{say(
                "Het hele profiel zit in de link zelf, achter het #-teken. Het gaat niet via een server. Iedereen die de link heeft, kan het profiel lezen.",
                "The whole profile is inside the link itself, after the # sign. It does not pass through a server. Anyone who has the link can read the profile.",
            )}</p>
            <button type="button" class="button button--secondary" on:click=handle_make data-testid="make-link">{say("Maak een link", "Make a link")}</button>
            {move || match made.get() {
                Made::Nothing => ().into_any(),
                Made::Link(address) => view! {
                    <div class="field share-link__result">
                        <label class="label" for="share-address">{say("De link", "The link")}</label>
                        <input class="input" id="share-address" type="text" readonly prop:value=address.clone() data-testid="share-address"
                            on:focus=|ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                            }/>
                        <p class="hint">{move || if lang.get() == Lang::Nl { format!("{} tekens.", address.len()) } else { format!("{} characters.", address.len()) }}</p>
                        <button type="button" class="button" on:click=handle_copy data-testid="copy-link">{say("Kopieer de link", "Copy the link")}</button>
                        <p role="status">{move || copied.get().then(|| lang.get().pick("Gekopieerd.", "Copied."))}</p>
                    </div>
                }.into_any(),
                Made::TooLong(length) => view! {
                    <div class="notice notice--warning" role="alert" data-testid="link-too-long">
                        <p class="notice__title">{say("Dit profiel is te groot voor een link", "This profile is too large for a link")}</p>
                        <p>{move || if lang.get() == Lang::Nl {
                            format!("De link zou {length} tekens lang worden. Mailprogramma's en browsers kunnen links van meer dan {} tekens afbreken. Stuur het profiel daarom als bestand.", link::MAX_LINK_CHARS)
                        } else {
                            format!("The link would be {length} characters long. Mail programs and browsers may break links over {} characters. Send the profile as a file instead.", link::MAX_LINK_CHARS)
                        }}</p>
                        <button type="button" class="button" on:click=handle_file.clone() data-testid="share-file">{say("Download als bestand (.json)", "Download as a file (.json)")}</button>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
