//! One theme of the side-by-side overview: a row per profile, a column per streefdoel, each
//! score with a small bar; every column sorts (the header buttons say which way, `aria-sort`).

use super::say;
use crate::core::compare::{sort_rows, Cell, Overview, Row, SortBy};
use crate::core::lang::{format_score, Lang};
use crate::route::Route;
use crate::ui::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The class of a score cell per tenth of its bar (werkplek.css).
const BAR_CLASSES: [&str; 11] = [
    "compare-table__score",
    "compare-table__score compare-table__score--1",
    "compare-table__score compare-table__score--2",
    "compare-table__score compare-table__score--3",
    "compare-table__score compare-table__score--4",
    "compare-table__score compare-table__score--5",
    "compare-table__score compare-table__score--6",
    "compare-table__score compare-table__score--7",
    "compare-table__score compare-table__score--8",
    "compare-table__score compare-table__score--9",
    "compare-table__score compare-table__score--10",
];

/// A score as tenths of the scale's top (0 to 10), for the bar beside it.
fn bar_tenths(score: f32, max: u8) -> u8 {
    if max == 0 {
        return 0;
    }
    ((score / f32::from(max)).clamp(0.0, 1.0) * 10.0).round() as u8
}

/// Replaces the rows of a table body: per profile its name (a link to it), the overall score and
/// the chosen columns, each score with a small bar.
fn fill_rows(tbody: &web_sys::HtmlElement, rows: &[Row], columns: &[usize], max: u8, lang: Lang) {
    let document = document();
    let element = |name: &str| document.create_element(name).expect("creating a table element cannot fail");
    tbody.set_text_content(None);
    for row in rows {
        let tr = element("tr");
        let th = element("th");
        let _ = th.set_attribute("scope", "row");
        let link = element("a");
        let _ = link.set_attribute("href", &Route::WorkspaceProfile { key: row.key.clone() }.href());
        link.set_text_content(Some(&row.name));
        let _ = th.append_child(&link);
        let _ = tr.append_child(&th);
        let overall = row.overall.map_or(Cell::NoScore, Cell::Score);
        for cell in std::iter::once(overall).chain(columns.iter().map(|&i| row.cells.get(i).copied().unwrap_or(Cell::NotInVersion))) {
            let td = element("td");
            match cell {
                Cell::Score(score) => {
                    td.set_text_content(Some(&format_score(score, lang)));
                    // A bar for the eye, drawn by CSS in tenths of the scale (a class per tenth:
                    // one call into the page per cell, not two); the number is what is read
                    // out. A <meter> per cell cost a shadow tree each: thousands with 200 profiles.
                    td.set_class_name(BAR_CLASSES[usize::from(bar_tenths(score, max))]);
                }
                Cell::NotInVersion => {
                    td.set_class_name("compare-table__missing");
                    td.set_text_content(Some(lang.pick("niet in deze versie", "not in this version")));
                }
                Cell::NoScore => {
                    td.set_class_name("compare-table__missing");
                    td.set_text_content(Some(lang.pick("geen score", "no score")));
                }
                Cell::NotForSector => {
                    td.set_class_name("compare-table__missing");
                    td.set_text_content(Some(lang.pick("niet voor deze sector", "not for this sector")));
                }
            }
            let _ = tr.append_child(&td);
        }
        let _ = tbody.append_child(&tr);
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
    // The rows are drawn straight into the DOM (text only, never HTML): with hundreds of profiles
    // in six tables this is several times faster than building them as views (scripts/bench.mjs).
    let body = NodeRef::<leptos::html::Tbody>::new();
    let wrap = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let (by, descending) = sort.get();
        let lang = lang.get();
        let Some(tbody) = body.get() else { return };
        let mut rows = rows_overview.rows.clone();
        sort_rows(&mut rows, by, descending);
        fill_rows(&tbody, &rows, &columns, max, lang);
        // The size hint of a table not yet laid out (werkplek.css): a wrong one lets the browser
        // lay out tables that end up far below the screen.
        if let Some(wrap) = wrap.get() {
            let style = web_sys::HtmlElement::style(&wrap);
            let _ = style.set_property("--rows", &rows.len().to_string());
            let _ = style.set_property("--cells", &(columns.len() + 2).to_string());
        }
    });
    let title_of = move |id: String| Signal::derive(move || title.run((id.clone(), lang.get())));
    view! {
        <div class="table-wrap compare-table-wrap" node_ref=wrap>
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
                <tbody node_ref=body></tbody>
            </table>
        </div>
        <p class="visually-hidden">{say("Klik op een kolomkop om op die kolom te sorteren.", "Click a column header to sort by that column.")}</p>
    }
}
