//! Share one of the user's own profiles as a link (reached from the profile page). The link is
//! made here, so that only this page carries the compression code.

use super::say;
use super::share_link::ShareLink;
use crate::route::Route;
use crate::ui::pages::not_found::scan_instrument;
use crate::ui::state::{set_document_title, use_lang, use_scans};
use leptos::prelude::*;

#[component]
pub fn SharePage(
    /// The own scan to share.
    scan_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    let id = StoredValue::new(scan_id.clone());
    let fallback = scans.with_untracked(|s| s.get(&scan_id).cloned()).expect("scan_instrument found it");
    let scan = Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).cloned()).unwrap_or_else(|| fallback.clone()));
    let name = move || scan.with(|s| s.details.name.clone());
    Effect::new(move |_| set_document_title(&format!("{} – {}", lang.get().pick("Delen als link", "Share as a link"), name())));
    let back = if instrument.audience == crate::core::instrument::Audience::Lea {
        Route::LeaResult { scan: scan_id.clone() }
    } else {
        Route::Profile { scan: scan_id.clone() }
    };
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li><a href=back.href()>{name}</a></li>
                <li aria-current="page">{say("Delen als link", "Share as a link")}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{move || format!("{}: {}", lang.get().pick("Delen", "Share"), name())}</h1>
        <ShareLink scan=scan instrument=instrument/>
        <p><a href=back.href()>{say("Terug naar het profiel", "Back to the profile")}</a></p>
    }
    .into_any()
}
