//! Profiles of one list side by side: per theme a sortable table with small bars, and the
//! overview as a CSV file. Profiles of another list, or no longer open, are named, not dropped
//! silently.

use super::compare_table::CompareTable;
use super::workspace_nav::{BackToWorkspace, WorkspaceCrumbs};
use super::{say, use_workspace};
use crate::core::compare::side_by_side;
use crate::core::exchange::{csv_export::overview_csv, slug};
use crate::core::instrument::Instrument;
use crate::core::lang::Lang;
use crate::ui::download::download_text;
use crate::ui::state::{now, set_document_title, use_lang, Instruments};
use leptos::prelude::*;
use std::sync::Arc;

/// The title of a theme or streefdoel by id, from whichever known version has it.
pub fn item_title(instruments: &[Arc<Instrument>], id: &str, lang: Lang) -> String {
    instruments
        .iter()
        .find_map(|i| i.theme(id).map(|t| t.title.get(lang).to_string()).or_else(|| i.goal(id).map(|(_, g)| g.title.get(lang).to_string())))
        .unwrap_or_else(|| id.to_string())
}

#[component]
pub fn ComparePage(
    /// Workspace keys of the profiles to compare.
    keys: Vec<String>,
) -> impl IntoView {
    let workspace = use_workspace();
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    let known = instruments.all();
    // The overview is made once, from the entries where they are (no copies): received
    // profiles do not change while it is on screen.
    let chosen = workspace.with_untracked(|w| {
        let entries: Vec<_> = keys.iter().filter_map(|k| w.get(k)).collect();
        let missing = keys.len() - entries.len();
        let list_id = entries.first()?.scan.instrument.id.clone();
        let (same, other): (Vec<_>, Vec<_>) = entries.into_iter().partition(|e| e.scan.instrument.id == list_id);
        let with_instruments: Vec<_> = same.iter().filter_map(|e| instruments.find(&e.scan.instrument).map(|i| (*e, i))).collect();
        let items: Vec<_> = with_instruments.iter().map(|(e, i)| (e.key.as_str(), &e.scan, i.as_ref())).collect();
        let instrument = with_instruments.first()?.1.clone();
        let others: Vec<String> = other.iter().map(|e| e.scan.details.name.clone()).collect();
        Some((side_by_side(&items), missing, others, instrument, list_id))
    });
    let Some((overview, missing, others, instrument, list_id)) = chosen else {
        return view! {
            <h1 tabindex="-1">{say("Niets om te vergelijken", "Nothing to compare")}</h1>
            <p>{say("Deze profielen staan niet (meer) in uw werkplek.", "These profiles are not (or no longer) in your workspace.")}</p>
            <BackToWorkspace/>
        }
        .into_any();
    };
    let overview = Arc::new(overview);
    let max = instrument.scale.iter().map(|l| l.score).max().unwrap_or(1);
    let count = overview.rows.len();
    let list_title = instrument.title.clone();
    let title_text = Signal::derive(move || {
        let lang = lang.get();
        format!("{}: {} ({count} {})", lang.pick("Naast elkaar", "Side by side"), list_title.get(lang), lang.pick("profielen", "profiles"))
    });
    Effect::new(move |_| set_document_title(&title_text.get()));
    let titles = known.clone();
    let title = Callback::new(move |(id, lang): (String, Lang)| item_title(&titles, &id, lang));
    let for_csv = overview.clone();
    let csv_known = known.clone();
    let handle_csv = move |_| {
        let lang = lang.get_untracked();
        let csv = overview_csv(&for_csv, |id| item_title(&csv_known, id, lang), lang);
        let day: String = now().chars().take(10).collect();
        download_text(&format!("samenscan_overzicht_{}_{day}.csv", slug(&list_id)), "text/csv;charset=utf-8", &csv);
    };
    let theme_ids: Vec<String> = overview.columns.iter().filter(|c| c.is_theme).map(|c| c.id.clone()).collect();
    view! {
        <WorkspaceCrumbs here=say("Naast elkaar", "Side by side")/>
        <h1 tabindex="-1">{title_text}</h1>
        <p class="lead">{say(
            "Per thema een tabel met de gemiddelde score per streefdoel. Klik op een kolomkop om te sorteren.",
            "Per theme a table with the average score per goal. Click a column header to sort.",
        )}</p>
        {(missing > 0).then(|| view! {
            <p class="notice notice--warning" data-testid="compare-missing">{move || if lang.get() == Lang::Nl {
                format!("{missing} gekozen profiel(en) staan niet meer in de werkplek.")
            } else {
                format!("{missing} chosen profile(s) are no longer in the workspace.")
            }}</p>
        })}
        {(!others.is_empty()).then(|| view! {
            <p class="notice notice--warning" data-testid="compare-other-list">{move || if lang.get() == Lang::Nl {
                format!("Niet in deze vergelijking, want gemaakt met een andere lijst: {}.", others.join(", "))
            } else {
                format!("Not in this comparison, as they were made with another list: {}.", others.join(", "))
            }}</p>
        })}
        <p class="button-row">
            <button type="button" class="button button--secondary" on:click=handle_csv data-testid="download-overview">{say("Download overzicht (.csv)", "Download overview (.csv)")}</button>
        </p>
        {theme_ids.into_iter().map(|theme| view! {
            <section>
                <CompareTable overview=overview.clone() theme=theme title=title max=max/>
            </section>
        }).collect_view()}
    }
    .into_any()
}
