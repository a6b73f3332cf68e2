//! A conversation guide opened from a link: checked exactly like a file, kept as received, and
//! shown; a broken link says why and what to ask for.

use super::use_guides;
use crate::core::guide::{read_guide_link, KeptGuide};
use crate::route::Route;
use crate::ui::state::{say, set_document_title, use_lang};
use leptos::prelude::*;

#[component]
pub fn GuideLinkPage(
    /// Everything after `#/consultatie/link/`.
    payload: String,
) -> impl IntoView {
    let lang = use_lang();
    let guides = use_guides();
    Effect::new(move |_| set_document_title(lang.get().pick("Gespreksleidraad uit een link", "Conversation guide from a link")));
    match read_guide_link(&payload) {
        Ok(guide) => {
            let id = guide.id.clone();
            guides.update(|all| KeptGuide::receive(all, guide));
            // The guide's own address replaces the long link in the history.
            let _ = window().location().replace(&Route::PeerGuide { id }.href());
            ().into_any()
        }
        Err(error) => view! {
            <h1 tabindex="-1">{say("Deze link werkt niet", "This link does not work")}</h1>
            <div class="notice notice--error" role="alert" data-testid="guide-link-error"><p>{move || error.message(lang.get())}</p></div>
            <p><a href=Route::Peer.href()>{say("Een gespreksleidraad openen als bestand", "Open a conversation guide as a file")}</a></p>
        }
        .into_any(),
    }
}
