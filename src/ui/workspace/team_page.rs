//! A team merged: several members' exports of the same scan, per indicator how they answered
//! (median and spread), the largest disagreements first as a list to discuss, and a consensus
//! scan that the team continues with among the user's own scans.

use super::workspace_nav::{BackToWorkspace, WorkspaceCrumbs};
use super::{say, use_workspace};
use crate::core::compare::{consensus, merge_team};
use crate::core::lang::{format_score, Lang};
use crate::route::Route;
use crate::ui::state::{new_scan_id, now, set_document_title, use_lang, use_scans, Instruments};
use leptos::prelude::*;

#[component]
pub fn TeamPage(
    /// Workspace keys of the members' exports.
    keys: Vec<String>,
) -> impl IntoView {
    let workspace = use_workspace();
    let scans = use_scans();
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    Effect::new(move |_| set_document_title(lang.get().pick("Teamweergave", "Team view")));
    let members: Vec<_> = workspace.with_untracked(|w| keys.iter().filter_map(|k| w.get(k).map(|e| e.scan.clone())).collect());
    let instrument = members.first().and_then(|m| instruments.find(&m.instrument));
    let same_list = members.iter().all(|m| Some(&m.instrument) == members.first().map(|f| &f.instrument));
    let (Some(instrument), true, true) = (instrument, same_list, members.len() >= 2) else {
        return view! {
            <h1 tabindex="-1">{say("Samenvoegen lukt niet", "Cannot merge")}</h1>
            <p data-testid="team-problem">{say(
                "Samenvoegen kan alleen met minstens twee profielen van dezelfde lijst en versie die in uw werkplek staan.",
                "Merging needs at least two profiles of the same list and version that are in your workspace.",
            )}</p>
            <BackToWorkspace/>
        }
        .into_any();
    };
    let refs: Vec<_> = members.iter().collect();
    let agreements = merge_team(&refs, &instrument);
    let count = members.len();
    let to_discuss = agreements.iter().filter(|a| !a.unanimous(count)).count();
    let total = agreements.len();
    let sector = members.first().and_then(|m| m.details.sector);
    let names: Vec<String> = members.iter().map(|m| m.details.name.clone()).collect();
    let default_name = format!("{} (team)", members[0].details.name);
    let team_name = RwSignal::new(default_name.chars().take(crate::core::school::MAX_NAME_CHARS).collect::<String>());
    let made = RwSignal::new(None::<String>);
    let name_missing = RwSignal::new(false);
    let stored_members = StoredValue::new(members);
    let for_consensus = instrument.clone();
    let handle_make = move |_| {
        let name = team_name.get_untracked();
        if name.trim().is_empty() {
            name_missing.set(true);
            return;
        }
        name_missing.set(false);
        let members = stored_members.get_value();
        let refs: Vec<_> = members.iter().collect();
        if let Some(scan) = consensus(&refs, &for_consensus, new_scan_id(), name.trim(), &now()) {
            let id = scan.id.clone();
            scans.update(|s| s.add(scan));
            made.set(Some(id));
        }
    };
    let rows = move || {
        let lang = lang.get();
        agreements
            .iter()
            .map(|a| {
                let (goal, indicator) = instrument.indicator(&a.indicator).map_or((String::new(), a.indicator.clone()), |(g, i)| {
                    (g.title.get(lang).to_string(), i.text_for(sector).map(|t| t.get(lang).to_string()).unwrap_or_default())
                });
                let scores = a.scores.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
                let mut apart = Vec::new();
                if a.unknown > 0 {
                    apart.push(format!("{}× {}", a.unknown, lang.pick("weet niet", "don't know")));
                }
                if a.not_applicable > 0 {
                    apart.push(format!("{}× {}", a.not_applicable, lang.pick("n.v.t.", "n/a")));
                }
                if a.open > 0 {
                    apart.push(format!("{}× {}", a.open, lang.pick("open", "open")));
                }
                let agreed = a.unanimous(count);
                view! {
                    <tr data-testid="agreement-row" data-indicator=a.indicator.clone() data-agreed=agreed.to_string()>
                        <th scope="row"><span class="meta">{goal}</span><br/>{indicator}</th>
                        <td>{scores}{(!apart.is_empty()).then(|| view! { <br/><span class="meta">{apart.join(", ")}</span> })}</td>
                        <td>{a.median.map_or_else(|| "–".to_string(), |m| format_score(m, lang))}</td>
                        <td>{a.spread}</td>
                        <td>{if agreed { lang.pick("Eens", "Agreed") } else { lang.pick("Bespreken", "Discuss") }}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <WorkspaceCrumbs here=say("Teamweergave", "Team view")/>
        <h1 tabindex="-1">{say("Teamweergave", "Team view")}</h1>
        <p class="lead">{move || if lang.get() == Lang::Nl {
            format!("De antwoorden van {count} teamleden naast elkaar: {}. Bovenaan staat waar jullie het meest verschillen.", names.join(", "))
        } else {
            format!("The answers of {count} team members side by side: {}. Where you differ most comes first.", names.join(", "))
        }}</p>
        <p class="notice" data-testid="team-summary">{move || if lang.get() == Lang::Nl {
            format!("Bespreken: {to_discuss} van de {} indicatoren.", total)
        } else {
            format!("To discuss: {to_discuss} of {} indicators.", total)
        }}</p>
        <div class="table-wrap">
            <table class="table" data-testid="team-table">
                <caption>{say("Antwoorden per indicator, grootste verschil eerst", "Answers per indicator, largest difference first")}</caption>
                <thead><tr>
                    <th scope="col">{say("Indicator", "Indicator")}</th>
                    <th scope="col">{say("Scores", "Scores")}</th>
                    <th scope="col">{say("Mediaan", "Median")}</th>
                    <th scope="col">{say("Spreiding (stappen)", "Spread (steps)")}</th>
                    <th scope="col">{say("Stand", "Status")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <section aria-labelledby="consensus-title">
            <h2 id="consensus-title">{say("Verder als team", "Continue as a team")}</h2>
            <p>{say(
                "Maak een nieuwe scan bij uw eigen scans: ingevuld waar iedereen hetzelfde antwoordde, open waar jullie verschillen. Alle toelichtingen gaan mee.",
                "Make a new scan among your own scans: filled in where everyone gave the same answer, open where you differ. Every note comes along.",
            )}</p>
            <div class="field" class:field--error=move || name_missing.get()>
                <label class="label" for="team-name">{say("Naam van de teamscan", "Name of the team scan")}</label>
                {move || name_missing.get().then(|| view! { <p class="field__error" id="team-name-error">{say("Vul een naam in.", "Enter a name.")}</p> })}
                <input class="input" id="team-name" type="text" prop:value=move || team_name.get()
                    aria-describedby=move || name_missing.get().then_some("team-name-error")
                    on:input=move |ev| team_name.set(event_target_value(&ev))/>
            </div>
            <button type="button" class="button" on:click=handle_make data-testid="make-consensus">{say("Maak de teamscan", "Make the team scan")}</button>
            {move || made.get().map(|id| view! {
                <p class="notice" role="status" data-testid="consensus-made">
                    {say("De teamscan staat bij uw eigen scans. ", "The team scan is with your own scans. ")}
                    <a href=Route::Overview { scan: id }.href()>{say("Ga verder met de teamscan", "Continue with the team scan")}</a>
                </p>
            })}
        </section>
    }
    .into_any()
}
