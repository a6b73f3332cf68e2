//! The lists this browser knows, where each came from, how many scans use it; open one as a
//! document, remove a loaded one, and download a working version as a template.

use super::list_document::ListDocument;
use crate::core::builtin::{SCREENING_LEA_CSV, STREEFDOELEN_CSV};
use crate::core::library::{Origin, Removal};
use crate::ui::download::download_text;
use crate::ui::state::{say, use_lang, use_scans, Instruments};
use leptos::prelude::*;

/// A template in the form Dutch Excel opens correctly: UTF-8 with a byte order mark, `;` between
/// columns (the working versions are written that way).
fn handle_template(file_name: &str, csv: &str) {
    download_text(file_name, "text/csv;charset=utf-8", &format!("\u{feff}{csv}"));
}

#[component]
pub fn ListOverview() -> impl IntoView {
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    let scans = use_scans();
    let shown = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let users = move |hash: &str, id: &str, version: &str| {
        let on = |r: &crate::core::instrument::InstrumentRef| r.id == id && r.version == version && (r.hash == hash || r.hash.is_empty());
        let own = scans.with(|s| s.0.iter().filter(|scan| on(&scan.instrument)).count());
        // Profiles opened in the adviser workspace need their list too.
        let opened = crate::storage::load_workspace(|_| true).0.entries.iter().filter(|e| on(&e.scan.instrument)).count();
        own + opened
    };
    let handle_remove = move |hash: String, title: String, in_use: usize| {
        let lang = lang.get_untracked();
        let done = match instruments.remove(&hash, in_use > 0) {
            Some(Removal::Deleted) => format!("{} '{title}'.", lang.pick("Verwijderd:", "Removed:")),
            Some(Removal::Retired) => if lang == crate::core::lang::Lang::Nl {
                format!("'{title}' wordt niet meer aangeboden voor nieuwe scans. {in_use} scan(s) gebruiken deze lijst nog; die blijven werken.")
            } else {
                format!("'{title}' is no longer offered for new scans. {in_use} scan(s) still use this list; they keep working.")
            },
            None => lang.pick("De lijst kon niet worden verwijderd.", "The list could not be removed.").to_string(),
        };
        message.set(Some(done));
    };
    let rows = move || {
        let lang = lang.get();
        instruments.0.with(|library| library.listed().to_vec()).into_iter().map(|listed| {
            let list = listed.list.clone();
            let hash = list.hash.clone();
            let title = list.title.get(lang).to_string();
            let in_use = users(&hash, &list.id, &list.version);
            let origin = listed.origin.label(lang);
            let state = if listed.retired { lang.pick(" (niet meer aangeboden)", " (no longer offered)") } else { "" };
            let show_hash = hash.clone();
            let remove = (listed.origin != Origin::BuiltIn && !listed.retired).then(|| {
                let (hash, title) = (hash.clone(), title.clone());
                let label = format!("{} {title}", lang.pick("Verwijderen:", "Remove:"));
                view! {
                    <button type="button" class="button button--small button--secondary" aria-label=label
                        on:click=move |_| handle_remove(hash.clone(), title.clone(), in_use) data-testid="remove-list">
                        {lang.pick("Verwijderen", "Remove")}
                    </button>
                }
            });
            view! {
                <tr data-testid="list-row">
                    <th scope="row">{title.clone()}</th>
                    <td>{list.version.clone()}</td>
                    <td>{list.audience.code()}</td>
                    <td>{format!("{origin}{state}")}</td>
                    <td>{in_use}</td>
                    <td class="button-row">
                        <button type="button" class="button button--small button--secondary" aria-label=format!("{} {title}", lang.pick("Bekijken:", "View:"))
                            on:click=move |_| shown.set(Some(show_hash.clone())) data-testid="show-list">{lang.pick("Bekijken", "View")}</button>
                        {remove}
                    </td>
                </tr>
            }
        }).collect_view()
    };
    let document = move || {
        let hash = shown.get()?;
        let list = instruments.0.with(|l| l.get(&hash).map(|l| l.list.clone()))?;
        Some(view! { <ListDocument list=list/> })
    };
    view! {
        <section aria-labelledby="known-lists-title">
            <h2 id="known-lists-title">{say("Lijsten in deze browser", "Lists in this browser")}</h2>
            {move || message.get().map(|m| view! { <p class="notice notice--info" role="status" data-testid="list-message">{m}</p> })}
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{say("Lijst", "List")}</th>
                        <th scope="col">{say("Versie", "Version")}</th>
                        <th scope="col">{say("Voor", "For")}</th>
                        <th scope="col">{say("Herkomst", "Origin")}</th>
                        <th scope="col">{say("Scans", "Scans")}</th>
                        <th scope="col">{say("Acties", "Actions")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3>{say("Zelf een lijst maken", "Make a list yourself")}</h3>
            <p>{say(
                "Begin met een werkversie van Samenscan als sjabloon. Het bestand opent in Excel; bewaar het weer als CSV (puntkomma).",
                "Start from a Samenscan working version as a template. The file opens in Excel; save it again as CSV (semicolon).",
            )}</p>
            <div class="button-row">
                <button type="button" class="button button--secondary" data-testid="template-school"
                    on:click=move |_| handle_template("samenscan-sjabloon-streefdoelen.csv", STREEFDOELEN_CSV)>{say("Sjabloon streefdoelen", "Template goals")}</button>
                <button type="button" class="button button--secondary" data-testid="template-lea"
                    on:click=move |_| handle_template("samenscan-sjabloon-screening-lea.csv", SCREENING_LEA_CSV)>{say("Sjabloon screening LEA", "Template LEA screening")}</button>
            </div>
        </section>
        {document}
    }
}
