//! Check your answers: the whole scan on one page before the profile.

use crate::route::Route;
use crate::ui::answers_summary::AnswersSummary;
use crate::ui::state::own_scan;
use crate::ui::pages::not_found::scan_instrument;
use crate::ui::state::{set_document_title, tr, use_scans};
use crate::ui::scan_texts::{scan_tr, use_scan_texts};
use leptos::prelude::*;

#[component]
pub fn ReviewPage(
    /// The scan to review.
    scan_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let sc = use_scan_texts();
    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    Effect::new(move |_| set_document_title(sc().review_title));
    let id = StoredValue::new(scan_id.clone());
    let name = move || scans.with(|s| s.get(&id.get_value()).map(|s| s.details.name.clone()).unwrap_or_default());
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li><a href=Route::Overview { scan: scan_id.clone() }.href()>{name}</a></li>
                <li aria-current="page">{scan_tr(|t| t.review_title)}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{scan_tr(|t| t.review_title)}</h1>
        <p class="lead">{scan_tr(|t| t.review_intro)}</p>
        <AnswersSummary scan=own_scan(&scan_id) instrument=instrument/>
        <p class="button-row">
            <a class="button" href=Route::Profile { scan: scan_id.clone() }.href()>{scan_tr(|t| t.to_profile)}" →"</a>
            <a class="button button--secondary" href=Route::Overview { scan: scan_id }.href()>{tr(|t| t.to_overview)}</a>
        </p>
    }
    .into_any()
}
