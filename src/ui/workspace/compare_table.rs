//! One theme of the side-by-side overview: a row per profile, a column per streefdoel, each
//! score with a small bar; every column sorts (the header buttons say which way, `aria-sort`).

use super::say;
use crate::core::compare::{sort_rows, Cell, Overview, SortBy};
use crate::core::lang::{format_score, Lang};
use crate::route::Route;
use crate::ui::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

/// Width of the small bar at the top score, in pixels (whole numbers: no float formatting).
const BAR_WIDTH: u32 = 48;

fn bar(score: f32, max: f32) -> impl IntoView {
    let width = ((score / max).clamp(0.0, 1.0) * BAR_WIDTH as f32) as u32;
    view! {
        <svg class="mini-bar" width=BAR_WIDTH height="8" viewBox=format!("0 0 {BAR_WIDTH} 8") aria-hidden="true" focusable="false">
            <rect class="mini-bar__track" width=BAR_WIDTH height="8"/>
            <rect class="mini-bar__value" width=width height="8"/>
        </svg>
    }
}

#[component]
pub fn CompareTable(
    /// All profiles side by side.
    overview: Arc<Overview>,
    /// The theme this table shows.
    theme: String,
    /// Column titles by id, in the chosen language.
    title: Callback<(String, Lang), String>,
    /// The top score of the scale, for the bars.
    max: u8,
) -> impl IntoView {
    let lang = use_lang();
    let sort = RwSignal::new((SortBy::Name, false));
    let columns: Vec<usize> = (0..overview.columns.len()).filter(|&i| overview.columns[i].theme == theme).collect();
    let max = f32::from(max.max(1));
    let caption_theme = theme.clone();
    let rows_overview = overview.clone();
    let header_columns = columns.clone();

    let sort_header = move |by: SortBy, label: Signal<String>| {
        let state = move || {
            let (current, descending) = sort.get();
            if current != by { "none" } else if descending { "descending" } else { "ascending" }
        };
        view! {
            <th scope="col" aria-sort=state>
                <button type="button" class="sort-button" on:click=move |_| sort.update(|(current, descending)| {
                    // A score column starts with the highest; a second click turns it round.
                    *descending = if *current == by { !*descending } else { by != SortBy::Name };
                    *current = by;
                })>
                    {move || label.get()}
                    <span aria-hidden="true" class="sort-button__mark">{move || match state() { "ascending" => " ▲", "descending" => " ▼", _ => " ↕" }}</span>
                </button>
            </th>
        }
    };
    let title_of = move |id: String| Signal::derive(move || title.run((id.clone(), lang.get())));
    view! {
        <div class="table-wrap">
            <table class="table compare-table" data-testid="compare-table" data-theme=theme.clone()>
                <caption>{move || title.run((caption_theme.clone(), lang.get()))}</caption>
                <thead>
                    <tr>
                        {sort_header(SortBy::Name, Signal::derive(move || lang.get().pick("School of gemeente", "School or municipality").to_string()))}
                        {sort_header(SortBy::Overall, Signal::derive(move || lang.get().pick("Totaal", "Overall").to_string()))}
                        {header_columns.iter().map(|&i| {
                            let column = &overview.columns[i];
                            let label = if column.is_theme {
                                Signal::derive(move || lang.get().pick("Thema-gemiddelde", "Theme average").to_string())
                            } else {
                                title_of(column.id.clone())
                            };
                            sort_header(SortBy::Column(i), label)
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let (by, descending) = sort.get();
                        let lang = lang.get();
                        let mut rows = rows_overview.rows.clone();
                        sort_rows(&mut rows, by, descending);
                        rows.into_iter().map(|row| {
                            let cell = |value: Option<Cell>| match value {
                                Some(Cell::Score(score)) => view! { <td class="compare-table__score">{format_score(score, lang)}" "{bar(score, max)}</td> }.into_any(),
                                Some(Cell::NotInVersion) => view! { <td class="compare-table__missing">{lang.pick("niet in deze versie", "not in this version")}</td> }.into_any(),
                                _ => view! { <td class="compare-table__missing">"–"<span class="visually-hidden">{lang.pick("geen score", "no score")}</span></td> }.into_any(),
                            };
                            let overall = cell(Some(row.overall.map_or(Cell::NoScore, Cell::Score)));
                            let cells = columns.iter().map(|&i| cell(row.cells.get(i).copied())).collect_view();
                            view! {
                                <tr data-testid="compare-row">
                                    <th scope="row"><a href=Route::WorkspaceProfile { key: row.key.clone() }.href()>{row.name.clone()}</a></th>
                                    {overall}
                                    {cells}
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p class="visually-hidden">{say("Klik op een kolomkop om op die kolom te sorteren.", "Click a column header to sort by that column.")}</p>
    }
}
