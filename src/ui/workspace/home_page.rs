//! The workspace's first screen: open files, the profiles kept here per list, and what to do
//! with a selection of them (compare side by side, over time, merge as a team).

use super::open_panel::{files_of, handle_open_files, provide_open_report, use_opener, OpenPanel};
use super::{say, use_workspace};
use crate::core::lang::{format_date, Lang};
use crate::core::workspace::Entry;
use crate::route::{join_keys, Route};
use crate::ui::confirm_dialog::ConfirmDialog;
use crate::ui::state::{navigate, set_document_title, use_lang, Instruments};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let workspace = use_workspace();
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    Effect::new(move |_| set_document_title(lang.get().pick("Werkplek voor adviseurs", "Workspace for advisers")));
    provide_open_report();
    let opener = use_opener();
    let selected = RwSignal::new(Vec::<String>::new());
    // Why an action cannot run with the current selection; shown beside the buttons.
    let selection_problem = RwSignal::new(None::<&'static str>);
    let confirm_clear = RwSignal::new(false);

    let handle_dragover = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let handle_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        handle_open_files(opener.clone(), files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let toggle = move |key: String| {
        selected.update(|s| match s.iter().position(|k| *k == key) {
            Some(i) => {
                s.remove(i);
            }
            None => s.push(key),
        });
        selection_problem.set(None);
    };
    // The selection within one list, earliest export first (for "over time").
    let chosen = move |group: &[String]| {
        let mut keys: Vec<String> = selected.with_untracked(|s| s.iter().filter(|k| group.contains(k)).cloned().collect());
        workspace.with_untracked(|w| {
            crate::core::small_sort::sort_by(&mut keys, |a, b| {
                let when = |k: &String| w.get(k).map(|e| e.scan.updated_at.clone()).unwrap_or_default();
                when(a) < when(b)
            })
        });
        keys
    };
    let compare = move |group: Vec<String>| {
        let keys = chosen(&group);
        // Nothing chosen: the whole list.
        let keys = if keys.len() >= 2 { keys } else { group };
        navigate(&Route::WorkspaceCompare { keys: join_keys(&keys) });
    };
    let over_time = move |group: Vec<String>| match chosen(&group).as_slice() {
        [before, after] => navigate(&Route::WorkspaceOverTime { before: before.clone(), after: after.clone() }),
        _ => selection_problem.set(Some("over-time")),
    };
    let team = move |group: Vec<String>| {
        let keys = chosen(&group);
        if keys.len() >= 2 {
            navigate(&Route::WorkspaceTeam { keys: join_keys(&keys) });
        } else {
            selection_problem.set(Some("team"));
        }
    };
    // Peer review: the chosen profiles, or the whole list, on the peer-review page.
    let peer_review = move |group: Vec<String>| {
        let keys = chosen(&group);
        let keys = if keys.len() >= 2 { keys } else { group };
        navigate(&Route::PeerGroups { keys: join_keys(&keys) });
    };
    // The last closed profile, to put back: it may carry comments the adviser wrote.
    let closed = RwSignal::new(None::<(usize, Entry)>);
    let remove = move |key: String| {
        let mut removed = None;
        workspace.update(|w| removed = w.remove(&key));
        closed.set(removed);
        selected.update(|s| s.retain(|k| *k != key));
    };
    let handle_undo = move |_| {
        if let Some((index, entry)) = closed.get_untracked() {
            workspace.update(|w| w.restore(index, entry));
            closed.set(None);
        }
    };

    view! {
        <div on:dragover=handle_dragover on:drop=handle_drop data-testid="workspace-drop">
        <h1 tabindex="-1">{say("Werkplek voor adviseurs", "Workspace for advisers")}</h1>
        <p class="lead">
            {say(
                "Open de profielen die scholen en gemeenten u sturen. Vergelijk ze, voeg de antwoorden van een team samen en schrijf opmerkingen terug.",
                "Open the profiles that schools and municipalities send you. Compare them, merge a team's answers and write comments back.",
            )}
        </p>
        <section class="notice notice--info" aria-labelledby="workspace-privacy">
            <h2 id="workspace-privacy" class="notice__title">{say("Alles blijft in deze browser", "Everything stays in this browser")}</h2>
            <p>
                {say(
                    "Geopende profielen worden bewaard in deze browser, apart van uw eigen scans. U kunt ze lezen, niet wijzigen. Wilt u verder werken in een profiel? Maak dan een kopie.",
                    "Opened profiles are kept in this browser, apart from your own scans. You can read them, not change them. Want to work on one? Make a copy.",
                )}
            </p>
        </section>
        <section aria-labelledby="open-title">
            <h2 id="open-title">{say("Profielen openen", "Open profiles")}</h2>
            <OpenPanel/>
        </section>
        {move || {
            // The list is drawn again when the language changes, so each row's texts are plain
            // strings: hundreds of rows without a reactive closure per text.
            let lang = lang.get();
            let groups: Vec<(String, Vec<String>)> = workspace.with(|w| {
                w.by_instrument().into_iter().map(|(id, list)| (id, list.into_iter().map(|e| e.key.clone()).collect())).collect()
            });
            if groups.is_empty() {
                return view! { <p data-testid="workspace-empty">{say("Er staan nog geen profielen in uw werkplek.", "There are no profiles in your workspace yet.")}</p> }.into_any();
            }
            groups.into_iter().map(|(instrument_id, keys)| {
                let title = instruments.all().iter().find(|i| i.id == instrument_id).map(|i| i.title.clone());
                let heading_id = format!("group-{instrument_id}");
                let (g1, g2, g3, g4) = (keys.clone(), keys.clone(), keys.clone(), keys.clone());
                let rows = keys.into_iter().map(|key| {
                    // Only what the row shows: with hundreds of profiles, whole scans are not copied.
                    let row = workspace.with_untracked(|w| w.get(&key).map(|e| {
                        let d = &e.scan.details;
                        (d.name.clone(), d.sector, d.region, e.scan.updated_at.clone(), e.source.clone())
                    }));
                    let Some((name, sector, region, updated, source)) = row else { return ().into_any() };
                    let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
                    let checkbox_label = name.clone();
                    let remove_label = name.clone();
                    let mut meta: Vec<&str> = sector.map(|s| s.label(lang)).into_iter().collect();
                    meta.extend(region.map(|r| r.label(lang)));
                    view! {
                        <tr data-testid="workspace-row">
                            <td>
                                <input
                                    type="checkbox"
                                    id=format!("select-{key}")
                                    prop:checked=move || selected.with(|s| s.contains(&k1))
                                    on:change=move |_| toggle(k2.clone())
                                    aria-label=format!("{} {}", lang.pick("Kies", "Select"), checkbox_label)
                                />
                            </td>
                            <th scope="row"><a href=Route::WorkspaceProfile { key: key.clone() }.href()>{name}</a></th>
                            <td>{meta.join(" · ")}</td>
                            <td>{format_date(&updated, lang)}</td>
                            <td>{source}</td>
                            <td>
                                <button type="button" class="button button--secondary button--small" on:click=move |_| remove(k3.clone())
                                    aria-label=format!("{} {}", lang.pick("Sluit", "Close"), remove_label)>
                                    {lang.pick("Sluiten", "Close")}
                                </button>
                            </td>
                        </tr>
                    }.into_any()
                }).collect_view();
                view! {
                    <section aria-labelledby=heading_id.clone() class="workspace-group" data-testid="workspace-group">
                        <h2 id=heading_id.clone()>{title.as_ref().map(|t| t.get(lang).to_string()).unwrap_or_default()}</h2>
                        <div class="table-wrap">
                            <table class="table">
                                <caption class="visually-hidden">{say("Geopende profielen", "Opened profiles")}</caption>
                                <thead><tr>
                                    <th scope="col">{say("Kies", "Select")}</th>
                                    <th scope="col">{say("School of gemeente", "School or municipality")}</th>
                                    <th scope="col">{say("Sector en regio", "Sector and region")}</th>
                                    <th scope="col">{say("Laatst gewijzigd", "Last changed")}</th>
                                    <th scope="col">{say("Bestand", "File")}</th>
                                    <th scope="col"><span class="visually-hidden">{say("Acties", "Actions")}</span></th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <p class="hint">{say(
                            "Kies profielen met de vakjes. Zonder keuze vergelijkt u alle profielen van deze lijst.",
                            "Select profiles with the boxes. Without a selection you compare every profile of this list.",
                        )}</p>
                        <div class="button-row">
                            <button type="button" class="button" on:click=move |_| compare(g1.clone()) data-testid="compare">{say("Naast elkaar vergelijken", "Compare side by side")}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| over_time(g2.clone()) data-testid="over-time">{say("Vergelijken in de tijd", "Compare over time")}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| team(g3.clone()) data-testid="team">{say("Samenvoegen als team", "Merge as a team")}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| peer_review(g4.clone()) data-testid="peer-review">{say("Collegiale consultatie voorbereiden", "Prepare a peer review")}</button>
                        </div>
                    </section>
                }.into_any()
            }).collect_view().into_any()
        }}
        <div role="status" data-testid="closed-message">
            {move || closed.with(|c| c.as_ref().map(|(_, e)| e.scan.details.name.clone())).map(|name| view! {
                <p class="notice">
                    {move || if lang.get() == Lang::Nl { format!("{name} is gesloten. ") } else { format!("{name} was closed. ") }}
                    <button type="button" class="button button--link" on:click=handle_undo data-testid="undo-close">{say("Ongedaan maken", "Undo")}</button>
                </p>
            })}
        </div>
        <p role="alert" class="field__error" data-testid="selection-problem">
            {move || selection_problem.get().map(|problem| match problem {
                "over-time" => lang.get().pick("Kies precies twee profielen van dezelfde lijst om in de tijd te vergelijken.", "Select exactly two profiles of the same list to compare over time."),
                _ => lang.get().pick("Kies minstens twee profielen van dezelfde lijst om als team samen te voegen.", "Select at least two profiles of the same list to merge as a team."),
            })}
        </p>
        {move || (!workspace.with(|w| w.entries.is_empty())).then(|| view! {
            <section aria-labelledby="clear-title">
                <h2 id="clear-title">{say("Werkplek leegmaken", "Clear the workspace")}</h2>
                <p>{say("Haalt alle geopende profielen uit deze browser. Uw eigen scans blijven staan.", "Removes every opened profile from this browser. Your own scans stay.")}</p>
                <button type="button" class="button button--danger" on:click=move |_| confirm_clear.set(true) data-testid="clear-workspace">{say("Werkplek leegmaken", "Clear the workspace")}</button>
            </section>
        })}
        <ConfirmDialog
            open=confirm_clear
            title=Signal::derive(move || lang.get().pick("Werkplek leegmaken?", "Clear the workspace?").to_string())
            body=Signal::derive(move || {
                let n = workspace.with(|w| w.entries.len());
                if lang.get() == Lang::Nl { format!("{n} profiel(en) worden uit deze browser verwijderd. Uw eigen scans blijven staan.") } else { format!("{n} profile(s) will be removed from this browser. Your own scans stay.") }
            })
            confirm_label=Signal::derive(move || lang.get().pick("Leegmaken", "Clear").to_string())
            cancel_label=Signal::derive(move || lang.get().pick("Annuleren", "Cancel").to_string())
            on_confirm=Callback::new(move |_| {
                workspace.update(|w| w.entries.clear());
                selected.set(Vec::new());
                confirm_clear.set(false);
            })
            on_cancel=Callback::new(move |_| confirm_clear.set(false))
        />
        </div>
    }
}
