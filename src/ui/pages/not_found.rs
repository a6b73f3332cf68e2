//! What to show for an unknown address, a scan that is not here, or a list that is missing.

use crate::core::instrument::Instrument;
use crate::route::Route;
use crate::ui::state::{set_document_title, tr, use_scans, use_texts, Instruments};
use leptos::prelude::*;
use std::sync::Arc;

/// The instrument of a stored scan, or the page that says why the scan cannot be shown
/// (not on this device, or made with a list this version does not have).
pub fn scan_instrument(scan_id: &str) -> Result<Arc<Instrument>, AnyView> {
    let scans = use_scans();
    let Some(reference) = scans.with_untracked(|s| s.get(scan_id).map(|s| s.instrument.clone())) else {
        return Err(view! { <ScanMissing/> }.into_any());
    };
    expect_context::<Instruments>()
        .find(&reference)
        .ok_or_else(|| view! { <InstrumentMissing id=reference.id version=reference.version/> }.into_any())
}

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
