//! What to show for an unknown address, a scan that is not here, or a list that is missing.

use crate::route::Route;
use crate::ui::state::{tr, set_document_title, use_texts};
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_texts();
    Effect::new(move |_| set_document_title(t().not_found_title));
    view! {
        <h1 tabindex="-1">{tr(|t| t.not_found_title)}</h1>
        <p>{tr(|t| t.not_found_body)}</p>
        <p><a href=Route::Start.href()>{tr(|t| t.back_to_start)}</a></p>
    }
}

/// A link to a scan that is not on this device (deleted, or made elsewhere).
#[component]
pub fn ScanMissing() -> impl IntoView {
    let t = use_texts();
    Effect::new(move |_| set_document_title(t().not_found_title));
    view! {
        <h1 tabindex="-1">{tr(|t| t.not_found_title)}</h1>
        <p data-testid="scan-missing">{tr(|t| t.scan_missing)}</p>
        <p><a href=Route::Start.href()>{tr(|t| t.back_to_start)}</a></p>
    }
}

/// A scan whose instrument this version does not have; its answers stay untouched.
#[component]
pub fn InstrumentMissing(
    /// The instrument id the scan was made with.
    id: String,
    /// The instrument version the scan was made with.
    version: String,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <h1 tabindex="-1">{tr(|t| t.not_found_title)}</h1>
        <p class="notice notice--warning">{move || (t().instrument_missing)(&id, &version)}</p>
        <p><a href=Route::Start.href()>{tr(|t| t.back_to_start)}</a></p>
    }
}
