//! The chart's numbers as a table, for screen readers and for people who prefer numbers.

use super::state::{tr, use_lang};
use crate::core::instrument::Instrument;
use crate::core::profile::{Counts, Profile};
use crate::i18n::format_score;
use leptos::prelude::*;
use crate::ui::profile_texts::{ptr, use_profile_texts};
use std::sync::Arc;

#[component]
pub fn ScoreTable(
    /// The profile whose numbers are listed.
    #[prop(into)]
    profile: Signal<Profile>,
    /// The instrument, for titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let pt = use_profile_texts();
    let cells = move |average: Option<f32>, counts: Counts, lang| {
        view! {
            <td>{average.map(|a| format_score(a, lang)).unwrap_or_else(|| pt().no_score.to_string())}</td>
            <td>{format!("{} / {}", counts.rated, counts.total)}</td>
            <td>{counts.unknown}</td>
            <td>{counts.not_applicable}</td>
            <td>{format!("{} / {}", counts.with_evidence, counts.rated)}</td>
        }
    };
    view! {
        <div class="table-wrap">
            <table class="table score-table" data-testid="score-table">
                <caption class="score-table__caption">{ptr(|t| t.table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ptr(|t| t.col_part)}</th>
                        <th scope="col">{ptr(|t| t.col_average)}</th>
                        <th scope="col">{ptr(|t| t.col_rated)}</th>
                        <th scope="col">{tr(|t| t.unknown)}</th>
                        <th scope="col">{tr(|t| t.not_applicable)}</th>
                        <th scope="col">{ptr(|t| t.col_evidence)}</th>
                    </tr>
                </thead>
                {move || {
                    let lang = lang.get();
                    profile.with(|p| {
                        p.themes
                            .iter()
                            .map(|theme| {
                                let title = instrument.theme(&theme.id).map(|t| t.title.get(lang).to_string()).unwrap_or_default();
                                let goals = theme
                                    .goals
                                    .iter()
                                    .map(|goal| {
                                        let goal_title = instrument.goal(&goal.id).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_default();
                                        view! {
                                            <tr class="score-table__goal" data-goal=goal.id.clone()>
                                                <th scope="row">{goal_title}</th>
                                                {cells(goal.average, goal.counts, lang)}
                                            </tr>
                                        }
                                    })
                                    .collect_view();
                                view! {
                                    <tbody>
                                        <tr class="score-table__theme">
                                            <th scope="row">{title}</th>
                                            {cells(theme.average, theme.counts, lang)}
                                        </tr>
                                        {goals}
                                    </tbody>
                                }
                            })
                            .collect_view()
                    })
                }}
            </table>
        </div>
    }
}
