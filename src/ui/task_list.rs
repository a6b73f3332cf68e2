//! The themes of a scan as a task list: each theme with its status and progress, and its
//! streefdoelen as links (GOV.UK / NL Design System task list pattern).

use super::state::{use_lang, use_scans, use_texts};
use crate::core::assessment::Progress;
use crate::core::instrument::Instrument;
use crate::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TaskList(
    /// The scan whose themes are listed.
    scan_id: String,
    /// The instrument of that scan.
    instrument: Arc<Instrument>,
    /// The screen a streefdoel (or topic) opens: the goal page, or the meeting view.
    #[prop(default = goal_route)]
    link: fn(String, String) -> Route,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let id = StoredValue::new(scan_id);
    let sector = Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).and_then(|s| s.details.sector)));

    // Only what the scan's sector answers: an own list may give a sector themes of its own.
    let themes: Vec<_> = instrument.themes.iter().filter(|t| t.applies_to(sector.get_untracked())).cloned().collect();
    view! {
        <ol class="task-list">
            {themes.into_iter().enumerate().map(|(n, theme)| {
                let theme = Arc::new(theme);
                let progress_of_theme = {
                    let theme = theme.clone();
                    Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).map(|scan| scan.theme_progress(&theme)).unwrap_or_default()))
                };
                let heading_id = format!("theme-{}", theme.id);
                let labelled_by = heading_id.clone();
                let title = theme.title.clone();
                let description = theme.description.clone();
                let goals = theme.goals.clone();
                view! {
                    <li class="task-list__section" aria-labelledby=labelled_by>
                        <div class="task-list__header">
                            <h2 class="task-list__title" id=heading_id>
                                <span class="task-list__number">{n + 1}". "</span>
                                {move || title.get(lang.get()).to_string()}
                            </h2>
                            <StatusTag progress=progress_of_theme/>
                        </div>
                        <p class="task-list__description">{move || description.get(lang.get()).to_string()}</p>
                        <p class="task-list__progress">{move || { let p = progress_of_theme.get(); (t().progress)(p.answered, p.total) }}</p>
                        <ul class="task-list__items">
                            {goals.into_iter().filter(move |g| g.applies_to(sector.get_untracked())).map(|goal| {
                                let goal = Arc::new(goal);
                                let href = link(id.get_value(), goal.id.clone()).href();
                                let progress_of_goal = {
                                    let goal = goal.clone();
                                    Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).map(|scan| scan.goal_progress(&goal)).unwrap_or_default()))
                                };
                                let goal_title = goal.title.clone();
                                view! {
                                    <li class="task-list__item">
                                        <a class="task-list__link" href=href>{move || goal_title.get(lang.get()).to_string()}</a>
                                        <StatusTag progress=progress_of_goal/>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

fn goal_route(scan: String, goal: String) -> Route {
    Route::Goal { scan, goal }
}

/// "Niet gestart / Bezig / Klaar" as text in a tag, never as colour alone.
#[component]
pub fn StatusTag(
    /// The progress whose status is shown.
    #[prop(into)]
    progress: Signal<Progress>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <strong class=move || format!("tag tag--{}", progress.get().status().code())>
            {move || progress.get().status().label(lang.get())}
        </strong>
    }
}
