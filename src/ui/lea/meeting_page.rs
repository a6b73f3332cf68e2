//! One topic of the screening in the meeting: its questions large on the screen, a timer, the
//! projector view, and shortcuts (V next, T previous, digits for the status) shown on screen.

use super::meeting_question::MeetingQuestion;
use super::meeting_timer::MeetingTimer;
use super::ProjectorMode;
use crate::core::assessment::Rating;
use crate::route::Route;
use crate::ui::pages::not_found::{scan_instrument, NotFoundPage};
use crate::ui::state::{navigate, now, set_document_title, tr, use_lang, use_scans, use_texts};
use crate::ui::task_list::StatusTag;
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Shortcuts never fire while someone types in a text field or picks from a list.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(element.get_attribute("type").as_deref(), Some("radio" | "checkbox")),
        _ => false,
    }
}

#[component]
pub fn MeetingPage(
    /// The screening.
    scan_id: String,
    /// The topic (goal id of the instrument).
    goal_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let lt = use_lea_texts();
    let projector = expect_context::<ProjectorMode>().0;
    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    let sector = scans.with_untracked(|s| s.get(&scan_id).and_then(|s| s.details.sector));
    let Some((theme, goal)) = instrument.goal_for(&goal_id, sector).map(|(t, g)| (t.clone(), g.clone())) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    scans.update(|s| {
        if let Some(scan) = s.get_mut(&scan_id) {
            scan.visit_goal(&goal_id);
        }
    });
    let (position, count) = instrument.goal_position(&goal_id, sector);
    let (previous, next) = instrument.neighbours(&goal_id, sector);
    let previous_route = previous.map(|g| Route::LeaQuestion { scan: scan_id.clone(), goal: g.id.clone() });
    let next_route = next
        .map(|g| Route::LeaQuestion { scan: scan_id.clone(), goal: g.id.clone() })
        .unwrap_or(Route::LeaResult { scan: scan_id.clone() });
    let has_next = next.is_some();
    let overview = Route::LeaOverview { scan: scan_id.clone() };
    // The same questions that the topic's progress counts (a list kept before sectors were refused
    // on LEA lists may still have an indicator for one sector only: it has no wording here).
    let indicators: Vec<_> = goal.indicators_for(sector).cloned().collect();
    let total = indicators.len();
    let id = StoredValue::new(scan_id.clone());
    let progress = {
        let goal = goal.clone();
        Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).map(|scan| scan.goal_progress(&goal)).unwrap_or_default()))
    };
    let name = move || scans.with(|s| s.get(&id.get_value()).map(|s| s.details.name.clone()).unwrap_or_default());
    {
        let title = goal.title.clone();
        Effect::new(move |_| set_document_title(title.get(lang.get())));
    }

    // Shortcuts act on the question that has focus, or else the first one still open.
    let current = RwSignal::new(None::<String>);
    let ids = StoredValue::new(indicators.iter().map(|i| i.id.clone()).collect::<Vec<_>>());
    let scale = StoredValue::new(instrument.scale.clone());
    let (to_next, to_previous) = (StoredValue::new(next_route.clone()), StoredValue::new(previous_route.clone()));
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || typing_in(ev.target()) {
            return;
        }
        let key = ev.key().to_ascii_lowercase();
        match key.as_str() {
            "v" => navigate(&to_next.get_value()),
            "t" => {
                if let Some(route) = to_previous.get_value() {
                    navigate(&route)
                }
            }
            digit if digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit()) => {
                let rating = if digit == "0" {
                    Some(Rating::Unknown)
                } else {
                    scale.with_value(|s| s.iter().find(|l| l.score.to_string() == digit).map(|l| Rating::Level(l.code.clone())))
                };
                let Some(rating) = rating else { return };
                let target = current.get_untracked().or_else(|| {
                    scans.with_untracked(|s| {
                        let scan = s.get(&id.get_value())?;
                        ids.with_value(|ids| ids.iter().find(|i| scan.rating(i).is_none()).or(ids.first()).cloned())
                    })
                });
                if let Some(indicator) = target {
                    ev.prevent_default();
                    scans.update(|s| {
                        if let Some(scan) = s.get_mut(&id.get_value()) {
                            scan.set_rating(&indicator, Some(rating), &now());
                        }
                    });
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());

    let theme_title = theme.title.clone();
    let (title, description) = (goal.title.clone(), goal.description.clone());
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li><a href=overview.href()>{name}</a></li>
                <li aria-current="page">{let t = theme_title.clone(); move || t.get(lang.get()).to_string()}</li>
            </ol>
        </nav>
        <div class="meeting-bar">
            <p class="caption">
                {move || (lt().topic_counter)(position, count)}" · "{move || theme_title.get(lang.get()).to_string()}
            </p>
            <MeetingTimer/>
            <button type="button" class="button button--secondary button--small" aria-pressed=move || projector.get().to_string()
                on:click=move |_| projector.update(|p| *p = !*p) data-testid="projector">
                {lea_tr(|t| t.projector)}
            </button>
        </div>
        <div class="goal-header">
            <h1 tabindex="-1">{move || title.get(lang.get()).to_string()}</h1>
            <StatusTag progress=progress/>
        </div>
        <p class="lead">{move || description.get(lang.get()).to_string()}</p>
        <aside class="shortcuts" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title" class="shortcuts__title">{lea_tr(|t| t.shortcuts_title)}</h2>
            <ul class="shortcuts__list">
                <li>{lea_tr(|t| t.shortcut_next)}</li>
                <li>{lea_tr(|t| t.shortcut_prev)}</li>
                <li>{lea_tr(|t| t.shortcut_status)}</li>
            </ul>
        </aside>
        {indicators.into_iter().enumerate().map(|(n, indicator)| view! {
            <MeetingQuestion scan_id=scan_id.clone() indicator=indicator number=n + 1 total=total instrument=instrument.clone() current=current/>
        }).collect_view()}
        <nav class="pager" aria-label=tr(|t| t.overview)>
            {previous_route.map(|route| view! {
                <a class="button button--secondary" href=route.href() rel="prev">"← "{tr(|t| t.previous)}</a>
            })}
            <a class="button button--secondary" href=overview.href()>{tr(|t| t.to_overview)}</a>
            <a class="button" href=next_route.href() rel="next" data-testid="next-topic">
                {move || if has_next { t().next } else { lt().to_results }}" →"
            </a>
        </nav>
    }
    .into_any()
}
