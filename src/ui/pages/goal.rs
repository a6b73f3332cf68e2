//! One streefdoel: its indicators, each with the scale, a note and evidence; back and next.

use crate::route::Route;
use crate::ui::indicator_question::IndicatorQuestion;
use crate::ui::pages::not_found::{scan_instrument, NotFoundPage};
use crate::ui::state::{tr, set_document_title, use_lang, use_scans, use_texts};
use crate::ui::task_list::StatusTag;
use crate::ui::scan_texts::{scan_tr, use_scan_texts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GoalPage(
    /// The scan being filled in.
    scan_id: String,
    /// The streefdoel (goal) id from the instrument.
    goal_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let sc = use_scan_texts();

    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    let sector = scans.with_untracked(|s| s.get(&scan_id).and_then(|s| s.details.sector));
    // A streefdoel of another sector (an own list may have them) is not part of this scan.
    let Some((theme, goal)) = instrument.goal_for(&goal_id, sector).map(|(t, g)| (t.clone(), g.clone())) else {
        return view! { <NotFoundPage/> }.into_any();
    };

    // Remember the place, so that "verder" and a later visit come back here.
    scans.update(|s| {
        if let Some(scan) = s.get_mut(&scan_id) {
            scan.visit_goal(&goal_id);
        }
    });

    let goal = Arc::new(goal);
    let indicators: Vec<_> = goal.indicators_for(sector).cloned().collect();
    let total = indicators.len();
    let (position, count) = instrument.goal_position(&goal_id, sector);
    let (previous, next) = instrument.neighbours(&goal_id, sector);
    let overview = Route::Overview { scan: scan_id.clone() }.href();
    let previous_href = previous.map(|g| Route::Goal { scan: scan_id.clone(), goal: g.id.clone() }.href());
    let next_href = next.map(|g| Route::Goal { scan: scan_id.clone(), goal: g.id.clone() }.href());
    let id = StoredValue::new(scan_id.clone());
    let school_name = move || scans.with(|s| s.get(&id.get_value()).map(|s| s.details.name.clone()).unwrap_or_default());
    let progress = {
        let goal = goal.clone();
        Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).map(|scan| scan.goal_progress(&goal)).unwrap_or_default()))
    };

    let (title, description, theme_title) = (goal.title.clone(), goal.description.clone(), theme.title.clone());
    {
        let title = title.clone();
        Effect::new(move |_| set_document_title(title.get(lang.get())));
    }
    let scale = Arc::new(instrument.scale.clone());

    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li><a href=overview.clone()>{school_name}</a></li>
                <li aria-current="page">{let theme_title = theme_title.clone(); move || theme_title.get(lang.get()).to_string()}</li>
            </ol>
        </nav>
        <p class="caption">
            {move || (sc().goal_counter)(position, count)}
            " · "{scan_tr(|t| t.theme_label)}": "{move || theme_title.get(lang.get()).to_string()}
        </p>
        <div class="goal-header">
            <h1 tabindex="-1">{move || title.get(lang.get()).to_string()}</h1>
            <StatusTag progress=progress/>
        </div>
        <p class="lead">{move || description.get(lang.get()).to_string()}</p>
        <p class="goal-progress">{move || (t().progress)(progress.get().answered, progress.get().total)}</p>

        {indicators.into_iter().enumerate().map(|(n, indicator)| view! {
            <IndicatorQuestion
                scan_id=scan_id.clone()
                indicator=indicator
                sector=sector
                number=n + 1
                total=total
                scale=scale.clone()
            />
        }).collect_view()}

        <nav class="pager" aria-label=tr(|t| t.overview)>
            {previous_href.map(|href| view! {
                <a class="button button--secondary pager__previous" href=href rel="prev">"← "{tr(|t| t.previous)}</a>
            })}
            <a class="button button--secondary" href=overview.clone()>{tr(|t| t.to_overview)}</a>
            {match next_href {
                Some(href) => view! { <a class="button pager__next" href=href rel="next">{tr(|t| t.next)}" →"</a> }.into_any(),
                None => view! { <a class="button pager__next" href=Route::Review { scan: scan_id.clone() }.href()>{tr(|t| t.review_answers)}" →"</a> }.into_any(),
            }}
        </nav>
    }
    .into_any()
}
