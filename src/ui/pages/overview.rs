//! The overview of one scan: who, which list, overall progress, and the task list of themes.

use crate::route::Route;
use crate::ui::pages::not_found::scan_instrument;
use crate::ui::state::{tr, set_document_title, use_lang, use_scans, use_texts};
use crate::ui::task_list::TaskList;
use crate::ui::instrument_label::InstrumentLabel;
use crate::ui::scan_texts::{scan_tr, use_scan_texts};
use leptos::prelude::*;

#[component]
pub fn OverviewPage(
    /// The scan to show.
    scan_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let sc = use_scan_texts();
    let id = StoredValue::new(scan_id.clone());

    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };

    let scan = Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).cloned()));
    let name = move || scan.with(|s| s.as_ref().map(|s| s.details.name.clone()).unwrap_or_default());
    Effect::new(move |_| set_document_title(&name()));
    let progress = {
        let instrument = instrument.clone();
        Memo::new(move |_| scan.with(|s| s.as_ref().map(|s| s.progress(&instrument)).unwrap_or_default()))
    };
    let resume_href = {
        let instrument = instrument.clone();
        move || {
            scan.with(|s| {
                let s = s.as_ref()?;
                let goal = s.resume_goal(&instrument)?;
                Some(Route::Goal { scan: s.id.clone(), goal: goal.id.clone() }.href())
            })
            .unwrap_or_else(|| Route::Overview { scan: id.get_value() }.href())
        }
    };
    let details_line = move || {
        scan.with(|s| {
            let Some(s) = s.as_ref() else { return String::new() };
            let lang = lang.get();
            let mut parts: Vec<String> = s.details.sector.map(|x| x.label(lang).to_string()).into_iter().collect();
            if let Some(region) = s.details.region {
                parts.push(region.label(lang).to_string());
            }
            if s.details.roles.is_empty() {
                parts.push(sc().roles_none.to_string());
            } else {
                parts.push(s.details.roles.iter().map(|r| r.label(lang)).collect::<Vec<_>>().join(", "));
            }
            parts.join(" · ")
        })
    };

    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li aria-current="page">{name}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{name}</h1>
        <p class="meta">
            <span class="visually-hidden">{scan_tr(|t| t.details_summary)}": "</span>
            {details_line}
            " "
            <a href=Route::Details { scan: scan_id.clone() }.href()>{scan_tr(|t| t.edit_details)}</a>
        </p>
        <InstrumentLabel instrument=instrument.clone()/>
        <div class="overall-progress">
            <progress class="progress progress--large" max="100" value=move || progress.get().percent() aria-labelledby="overall-progress-text"></progress>
            <p id="overall-progress-text">
                {move || (t().progress)(progress.get().answered, progress.get().total)}
                " ("{move || progress.get().percent()}"%)"
            </p>
        </div>
        <p class="lead">{scan_tr(|t| t.overview_intro)}</p>
        <p class="button-row">
            <a class="button" href=resume_href data-testid="resume">
                {move || if progress.get().answered == 0 { sc().begin } else { sc().resume }}
            </a>
            <a class="button button--secondary" href=Route::Review { scan: scan_id.clone() }.href()>{tr(|t| t.review_answers)}</a>
            <a class="button button--secondary" href=Route::Profile { scan: scan_id.clone() }.href() data-testid="view-profile">{scan_tr(|t| t.view_profile)}</a>
        </p>
        <h2 class="visually-hidden">{scan_tr(|t| t.themes_title)}</h2>
        <TaskList scan_id=scan_id.clone() instrument=instrument.clone()/>
        <p><a href=Route::Start.href()>{tr(|t| t.back_to_start)}</a></p>
    }
    .into_any()
}
