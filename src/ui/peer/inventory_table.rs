//! The short inventory of the profiles taking part (*inventarisatie*): per school or
//! municipality what it looks for help with and where it can help, so the adviser sees the needs
//! before and beside the proposed groups.

use crate::core::instrument::Instrument;
use crate::core::lang::format_score;
use crate::core::peer::Inventory;
use crate::ui::state::{say, use_lang};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn InventoryTable(
    /// Each profile's name and inventory, in the order of the workspace.
    rows: Vec<(String, Inventory)>,
    /// The list, for the streefdoelen' titles.
    list: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let rows = StoredValue::new(rows);
    let table = move || {
        let lang = lang.get();
        let title = |goal: &str| list.goal(goal).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_else(|| goal.to_string());
        let scored = |goal: &str, score: Option<f32>| match score {
            Some(s) => format!("{} ({})", title(goal), format_score(s, lang)),
            None => title(goal),
        };
        let cell = |items: Vec<String>| {
            if items.is_empty() {
                view! { <span class="hint">{lang.pick("geen", "none")}</span> }.into_any()
            } else {
                view! { <ul class="inventory-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
            }
        };
        rows.with_value(|rows| {
            rows.iter()
                .map(|(name, inventory)| {
                    let needs = inventory.needs.iter().map(|n| scored(&n.goal, n.score)).collect();
                    let offers = inventory.offers.iter().map(|o| scored(&o.goal, Some(o.score))).collect();
                    view! {
                        <tr data-testid="inventory-row">
                            <th scope="row">{name.clone()}</th>
                            <td>{cell(needs)}</td>
                            <td>{cell(offers)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="inventory-title" class="peer-inventory-table">
            <h2 id="inventory-title">{say("Wie zoekt hulp, wie kan helpen", "Who looks for help, who can help")}</h2>
            <p class="hint">{say(
                "Hulp zoeken: ontwikkelpunten, open 'weet niet' en onderwerpen uit het actieplan. Helpen: een score op of boven de grens, met bewijs bij elk antwoord.",
                "Looking for help: development points, open 'don't know' and topics in the action plan. Helping: a score at or above the bar, with evidence for every answer.",
            )}</p>
            <div class="table-wrap">
                <table class="table" data-testid="inventory-table">
                    <caption class="visually-hidden">{say("Korte inventarisatie per profiel", "Short inventory per profile")}</caption>
                    <thead><tr>
                        <th scope="col">{say("Profiel", "Profile")}</th>
                        <th scope="col">{say("Zoekt hulp bij", "Looks for help with")}</th>
                        <th scope="col">{say("Kan helpen bij", "Can help with")}</th>
                    </tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        </section>
    }
}

