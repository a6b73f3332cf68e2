//! What differs between the lists of two profiles compared over time (`core::compare::list_changes`):
//! streefdoelen and indicators added, removed or reworded, and a changed scale or rules, so that
//! a score that moved because the list moved is not read as progress.

use super::say;
use crate::core::compare::{list_changes, Change};
use crate::core::instrument::Instrument;
use crate::ui::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ListChangesPanel(
    /// The list of the earlier profile.
    before: Arc<Instrument>,
    /// The list of the later profile.
    after: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let changes = list_changes(&before, &after);
    let names = move || {
        let lang = lang.get();
        lang.pick(
            format!("Eerder: {} (versie {}). Later: {} (versie {}).", before.title.get(lang), before.version, after.title.get(lang), after.version),
            format!("Earlier: {} (version {}). Later: {} (version {}).", before.title.get(lang), before.version, after.title.get(lang), after.version),
        )
    };
    let counts = (changes.count(Change::Added), changes.count(Change::Removed), changes.count(Change::Reworded));
    let summary = move || {
        let (added, removed, reworded) = counts;
        lang.get().pick(
            format!("{added} erbij, {removed} eraf, {reworded} anders geformuleerd. Vergelijk de scores van die punten met zorg."),
            format!("{added} added, {removed} removed, {reworded} reworded. Compare the scores of those items with care."),
        )
    };
    let notes = move || {
        let lang = lang.get();
        let mut notes = Vec::new();
        if changes.scale_changed {
            notes.push(lang.pick("De schaal is anders: de scores zijn niet één op één te vergelijken.", "The scale differs: the scores are not one to one comparable."));
        }
        if changes.rules_changed {
            notes.push(lang.pick("De regels voor 'klaar' zijn anders.", "The rules for 'ready' differ."));
        }
        notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()
    };
    let rows = changes.items.clone();
    let body = move || {
        let lang = lang.get();
        rows.iter()
            .map(|item| {
                let kind = if item.is_goal { lang.pick("Streefdoel", "Goal") } else { lang.pick("Indicator", "Indicator") };
                let what = match item.change {
                    Change::Added => lang.pick("Erbij gekomen", "Added"),
                    Change::Removed => lang.pick("Eraf gehaald", "Removed"),
                    Change::Reworded => lang.pick("Anders geformuleerd", "Reworded"),
                };
                let text = |t: &Option<crate::core::instrument::Text>| t.as_ref().map(|t| t.get(lang).to_string()).unwrap_or_default();
                let words = match item.change {
                    Change::Added => text(&item.after),
                    Change::Removed => text(&item.before),
                    Change::Reworded => lang.pick(
                        format!("Eerder: {} — Nu: {}", text(&item.before), text(&item.after)),
                        format!("Earlier: {} — Now: {}", text(&item.before), text(&item.after)),
                    ),
                };
                view! {
                    <tr data-testid="list-change" data-item=item.id.clone()>
                        <td>{kind}" "{item.id.clone()}</td>
                        <td>{what}</td>
                        <td>{words}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let any_items = !changes.items.is_empty();
    view! {
        <section aria-labelledby="list-changes-title" class="notice notice--warning" data-testid="list-changes">
            <h2 id="list-changes-title" class="notice__title">{say("De lijst is veranderd", "The list has changed")}</h2>
            <p>{names}</p>
            {notes}
            {any_items.then(|| view! {
                <p>{summary}</p>
                <div class="table-wrap">
                    <table class="table">
                        <caption class="visually-hidden">{say("Wat er in de lijst is veranderd", "What changed in the list")}</caption>
                        <thead><tr>
                            <th scope="col">{say("Onderdeel", "Item")}</th>
                            <th scope="col">{say("Verandering", "Change")}</th>
                            <th scope="col">{say("Tekst", "Text")}</th>
                        </tr></thead>
                        <tbody>{body.clone()}</tbody>
                    </table>
                </div>
            })}
            {(!any_items).then(|| view! { <p>{say("De streefdoelen en indicatoren zijn dezelfde.", "The goals and indicators are the same.")}</p> })}
        </section>
    }
}
