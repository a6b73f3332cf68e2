//! Every answer of a scan, theme by theme, as a summary list (GOV.UK "check your answers"):
//! rating, note and evidence per indicator, with a link to change each streefdoel, and an
//! adviser's comment on the streefdoel beside the answers when the scan has one.

use super::state::{tr, use_lang};
use crate::core::assessment::{Rating, Scan};
use crate::core::instrument::Instrument;
use crate::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn AnswersSummary(
    /// The scan whose answers are listed (`state::own_scan` for one of the user's own).
    #[prop(into)]
    scan: Signal<Option<Scan>>,
    /// The instrument of that scan.
    instrument: Arc<Instrument>,
    /// Show "Wijzigen" links (the review page) or not (the printed profile, the workspace).
    #[prop(default = true)]
    with_links: bool,
    /// Extra content per streefdoel (by id), shown instead of the adviser's comment: the
    /// workspace puts the comment editor there.
    #[prop(optional)]
    goal_extra: Option<Callback<String, AnyView>>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        scan.with(|scan| {
            let Some(scan) = scan else { return ().into_any() };
            let sector = scan.details.sector;
            instrument
                .themes
                .iter()
                .filter(|theme| theme.applies_to(sector))
                .map(|theme| {
                    let goals = theme
                        .goals
                        .iter()
                        .filter(|g| g.applies_to(sector))
                        .map(|goal| {
                            let href = Route::Goal { scan: scan.id.clone(), goal: goal.id.clone() }.href();
                            let title = goal.title.get(lang).to_string();
                            let rows = goal
                                .indicators_for(sector)
                                .map(|indicator| {
                                    let answer = scan.answer(&indicator.id);
                                    let rating = match answer.and_then(|a| a.rating.as_ref()) {
                                        Some(Rating::Level(code)) => instrument
                                            .level(code)
                                            .map(|l| format!("{}. {}", l.score, l.label.get(lang)))
                                            .unwrap_or_default(),
                                        Some(Rating::Unknown) => crate::i18n::texts(lang).unknown.to_string(),
                                        Some(Rating::NotApplicable) => crate::i18n::texts(lang).not_applicable.to_string(),
                                        None => crate::i18n::texts(lang).no_answer.to_string(),
                                    };
                                    let note = answer.map(|a| a.note.clone()).filter(|n| !n.trim().is_empty());
                                    let evidence = answer.map(|a| a.evidence.clone()).filter(|n| !n.trim().is_empty());
                                    let text = indicator.text_for(sector).map(|t| t.get(lang).to_string()).unwrap_or_default();
                                    view! {
                                        <div class="summary-list__row" data-indicator=indicator.id.clone()>
                                            <dt class="summary-list__key">{text}</dt>
                                            <dd class="summary-list__value">
                                                <strong class="summary-list__rating">{rating}</strong>
                                                {note.map(|n| view! { <p class="summary-list__text"><span class="summary-list__label">{tr(|t| t.note_label)}": "</span>{n}</p> })}
                                                {evidence.map(|e| view! { <p class="summary-list__text"><span class="summary-list__label">{tr(|t| t.evidence_label)}" "</span>{e}</p> })}
                                            </dd>
                                        </div>
                                    }
                                })
                                .collect_view();
                            let link_title = title.clone();
                            let below = match goal_extra {
                                Some(extra) => Some(extra.run(goal.id.clone())),
                                None => scan.feedback().and_then(|f| f.goal(&goal.id)).map(|comment| {
                                    view! {
                                        <aside class="feedback-comment" data-testid="feedback-comment">
                                            <p class="feedback-comment__label">{tr(|t| t.feedback_goal_label)}</p>
                                            <p class="feedback-comment__text">{comment.to_string()}</p>
                                        </aside>
                                    }
                                    .into_any()
                                }),
                            };
                            view! {
                                <section class="summary-goal">
                                    <div class="summary-goal__header">
                                        <h3 class="summary-goal__title">{title}</h3>
                                        {with_links.then(|| view! {
                                            <a class="summary-goal__change" href=href>
                                                {tr(|t| t.change)}<span class="visually-hidden">" "{link_title}</span>
                                            </a>
                                        })}
                                    </div>
                                    <dl class="summary-list">{rows}</dl>
                                    {below}
                                </section>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="summary-theme">
                            <h2>{theme.title.get(lang).to_string()}</h2>
                            {goals}
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}
