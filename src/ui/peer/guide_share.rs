//! Sharing a conversation guide: as a file (always) or as a link when it is short enough to
//! send; the guide itself is in the link, after the `#`, so it passes no server.

use crate::core::exchange::{link, slug};
use crate::core::guide::{encode_guide, guide_link_payload, Guide};
use crate::core::lang::Lang;
use crate::route::Route;
use crate::ui::download::download_text;
use crate::ui::state::{full_address, say, use_lang};
use leptos::prelude::*;

/// What the last "make a link" gave. Runtime only.
#[derive(Clone, Debug, PartialEq)]
enum Made {
    Nothing,
    Link(String),
    /// Too long: its length in characters.
    TooLong(usize),
}

#[component]
pub fn GuideShare(
    /// The guide as it is now (agreements included).
    #[prop(into)]
    guide: Signal<Option<Guide>>,
) -> impl IntoView {
    let lang = use_lang();
    let made = RwSignal::new(Made::Nothing);
    let copied = RwSignal::new(false);
    let download_problem = RwSignal::new(false);
    let handle_download = move |_| {
        let Some(guide) = guide.get_untracked() else { return };
        let name = format!("gespreksleidraad-{}-{}.json", slug(&guide.name), guide.date());
        download_problem.set(!download_text(&name, "application/json", &encode_guide(&guide, env!("CARGO_PKG_VERSION"))));
    };
    let handle_make_link = move |_| {
        let Some(guide) = guide.get_untracked() else { return };
        let address = full_address(&Route::PeerLink { payload: guide_link_payload(&guide, env!("CARGO_PKG_VERSION")) });
        copied.set(false);
        made.set(if link::fits(&address) { Made::Link(address) } else { Made::TooLong(address.len()) });
    };
    let handle_copy = move |_| {
        if let Made::Link(address) = made.get_untracked() {
            let _ = window().navigator().clipboard().write_text(&address);
            copied.set(true);
        }
    };
    view! {
        <section class="no-print" aria-labelledby="guide-share-title">
            <h2 id="guide-share-title">{say("Afdrukken en delen", "Print and share")}</h2>
            <p class="hint">{say(
                "Stuur de gespreksleidraad naar elke deelnemer. Die opent hem in Samenscan en zet de eigen afspraken in het actieplan.",
                "Send the conversation guide to every participant. They open it in Samenscan and take their own agreements into their action plan.",
            )}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); } data-testid="print-guide">{say("Afdrukken", "Print")}</button>
                <button type="button" class="button button--secondary" on:click=handle_download data-testid="download-guide">{say("Downloaden (.json)", "Download (.json)")}</button>
                <button type="button" class="button button--secondary" on:click=handle_make_link data-testid="make-guide-link">{say("Maak een link", "Make a link")}</button>
            </div>
            {move || download_problem.get().then(|| view! {
                <p class="notice notice--error" role="alert">{say("De browser kon het bestand niet maken.", "The browser could not make the file.")}</p>
            })}
            {move || match made.get() {
                Made::Nothing => ().into_any(),
                Made::Link(address) => view! {
                    <div class="field share-link__result">
                        <label class="label" for="guide-address">{say("De link", "The link")}</label>
                        <input class="input" id="guide-address" type="text" readonly prop:value=address.clone() data-testid="guide-address"/>
                        <p class="hint">{say(
                            "De hele gespreksleidraad zit in de link zelf. Iedereen die de link heeft, kan hem lezen.",
                            "The whole conversation guide is inside the link itself. Anyone who has the link can read it.",
                        )}</p>
                        <button type="button" class="button" on:click=handle_copy data-testid="copy-guide-link">{say("Kopieer de link", "Copy the link")}</button>
                        <p role="status">{move || copied.get().then(|| lang.get().pick("Gekopieerd.", "Copied."))}</p>
                    </div>
                }.into_any(),
                Made::TooLong(length) => view! {
                    <p class="notice notice--warning" role="alert" data-testid="guide-link-too-long">{move || match lang.get() {
                        Lang::Nl => format!("De link zou {length} tekens lang worden; mailprogramma's breken links van meer dan {} tekens af. Stuur de gespreksleidraad als bestand.", link::MAX_LINK_CHARS),
                        Lang::En => format!("The link would be {length} characters long; mail programs break links over {} characters. Send the conversation guide as a file.", link::MAX_LINK_CHARS),
                    }}</p>
                }.into_any(),
            }}
        </section>
    }
}
