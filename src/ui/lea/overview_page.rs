//! The sections of one screening: who met when, progress, and where to start or continue.

use super::question_route;
use crate::core::lang::Lang;
use crate::core::meeting::Meeting;
use crate::route::Route;
use crate::ui::pages::not_found::scan_instrument;
use crate::ui::state::{set_document_title, tr, use_lang, use_scans, use_texts};
use crate::ui::task_list::TaskList;
use super::texts::{lea_tr, use_lea_texts};
use crate::ui::instrument_label::InstrumentLabel;
use leptos::prelude::*;

/// "Overleg op 2026-11-23. Aan tafel: Gemeente, Bibliotheek." for headers and the printed summary.
pub fn meeting_line(meeting: Option<&Meeting>, lang: Lang) -> String {
    let Some(meeting) = meeting else { return String::new() };
    let partners = meeting.partners.iter().map(|p| p.label(lang)).collect::<Vec<_>>().join(", ");
    (super::texts::lea_texts(lang).meeting_meta)(&meeting.date, if partners.is_empty() { "–" } else { &partners })
}

#[component]
pub fn LeaOverviewPage(
    /// The screening to show.
    scan_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let lt = use_lea_texts();
    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    let id = StoredValue::new(scan_id.clone());
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
                Some(Route::LeaQuestion { scan: s.id.clone(), goal: s.resume_goal(&instrument)?.id.clone() }.href())
            })
            .unwrap_or_default()
        }
    };
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li aria-current="page">{name}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{name}</h1>
        <p class="meta">{move || scan.with(|s| meeting_line(s.as_ref().and_then(|s| s.meeting.as_ref()), lang.get()))}</p>
        <InstrumentLabel instrument=instrument.clone()/>
        <div class="overall-progress">
            <progress class="progress progress--large" max="100" value=move || progress.get().percent() aria-labelledby="lea-progress"></progress>
            <p id="lea-progress">{move || (t().progress)(progress.get().answered, progress.get().total)}</p>
        </div>
        <p class="lead">{lea_tr(|t| t.lea_overview_intro)}</p>
        <p class="button-row">
            <a class="button" href=resume_href data-testid="start-meeting">
                {move || if progress.get().answered == 0 { lt().start_meeting } else { lt().continue_meeting }}
            </a>
            <a class="button button--secondary" href=Route::LeaResult { scan: scan_id.clone() }.href() data-testid="to-results">{lea_tr(|t| t.to_results)}</a>
        </p>
        <TaskList scan_id=scan_id.clone() instrument=instrument.clone() link=question_route/>
        <p><a href=Route::Start.href()>{tr(|t| t.back_to_start)}</a></p>
    }
    .into_any()
}
