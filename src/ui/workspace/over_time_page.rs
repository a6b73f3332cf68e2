//! Two exports of the same school or municipality: what changed per streefdoel. Matched by id,
//! so a streefdoel that only one version of the list has is shown as such.

use super::compare_page::item_title;
use super::list_changes_panel::ListChangesPanel;
use super::workspace_nav::{BackToWorkspace, WorkspaceCrumbs};
use super::{say, use_workspace};
use crate::core::compare::{over_time, GoalChange};
use crate::core::lang::{format_score, Lang};
use crate::core::profile::Profile;
use crate::route::Route;
use crate::ui::state::{format_time, set_document_title, use_lang, Instruments};
use leptos::prelude::*;

/// "+0,5", "−1,0" or "0,0": the sign spelled out, so the change reads without colour.
fn change_text(before: f32, after: f32, lang: Lang) -> String {
    let difference = after - before;
    let sign = if difference > 0.05 { "+" } else if difference < -0.05 { "−" } else { "" };
    format!("{sign}{}", format_score(difference.abs(), lang))
}

#[component]
pub fn OverTimePage(
    /// Workspace key of the earlier export.
    before: String,
    /// Workspace key of the later export.
    after: String,
) -> impl IntoView {
    let workspace = use_workspace();
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    let pair = workspace.with_untracked(|w| Some((w.get(&before)?.clone(), w.get(&after)?.clone())));
    let found = pair.and_then(|(a, b)| Some(((instruments.find(&a.scan.instrument)?, a), (instruments.find(&b.scan.instrument)?, b))));
    let Some(((first_list, first), (second_list, second))) = found else {
        return view! {
            <h1 tabindex="-1">{say("Niets om te vergelijken", "Nothing to compare")}</h1>
            <p>{say("Een van beide profielen staat niet (meer) in uw werkplek.", "One of the two profiles is not (or no longer) in your workspace.")}</p>
            <BackToWorkspace/>
        }
        .into_any();
    };
    Effect::new(move |_| set_document_title(lang.get().pick("Vergelijken in de tijd", "Compare over time")));
    let earlier = Profile::of(&first.scan, &first_list);
    let later = Profile::of(&second.scan, &second_list);
    let changes = over_time(&earlier, &later);
    let label = move |entry: &crate::core::workspace::Entry| {
        let (name, when) = (entry.scan.details.name.clone(), entry.scan.updated_at.clone());
        move || format!("{name}, {}", format_time(&when, lang.get()))
    };
    let (label_before, label_after) = (label(&first), label(&second));
    let (head_before, head_after) = (label_before.clone(), label_after.clone());
    let overall = (earlier.overall, later.overall);
    // Titles from the two lists compared, the later first: another version of the same list in
    // this browser may word a streefdoel differently.
    let known = vec![second_list.clone(), first_list.clone()];
    let list_changed = (first_list.hash != second_list.hash).then(|| view! { <ListChangesPanel before=first_list.clone() after=second_list.clone()/> });
    let rows = move || {
        let lang = lang.get();
        let score = |s: Option<f32>| s.map_or_else(|| "–".to_string(), |s| format_score(s, lang));
        changes
            .iter()
            .map(|change| {
                let (goal, before, after, difference) = match change {
                    GoalChange::Both { goal, before, after } => {
                        let difference = match (before, after) {
                            (Some(b), Some(a)) => change_text(*b, *a, lang),
                            _ => "–".to_string(),
                        };
                        (goal, score(*before), score(*after), difference)
                    }
                    GoalChange::OnlyBefore { goal } => (goal, "–".into(), lang.pick("niet in deze versie", "not in this version").into(), lang.pick("alleen in de eerdere", "only in the earlier").into()),
                    GoalChange::OnlyAfter { goal } => (goal, lang.pick("niet in deze versie", "not in this version").into(), "–".into(), lang.pick("alleen in de latere", "only in the later").into()),
                };
                view! {
                    <tr data-testid="change-row" data-goal=goal.clone()>
                        <th scope="row">{item_title(&known, goal, lang)}</th>
                        <td>{before}</td>
                        <td>{after}</td>
                        <td>{difference}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <WorkspaceCrumbs here=say("In de tijd", "Over time")/>
        <h1 tabindex="-1">{say("Vergelijken in de tijd", "Compare over time")}</h1>
        <dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">{say("Eerder", "Earlier")}</dt><dd class="summary-list__value">{label_before}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">{say("Later", "Later")}</dt><dd class="summary-list__value">{label_after}</dd></div>
        </dl>
        <p class="button-row">
            <a class="button button--secondary" href=Route::WorkspaceOverTime { before: second.key.clone(), after: first.key.clone() }.href()>{say("Andersom vergelijken", "Swap the order")}</a>
        </p>
        {list_changed}
        <div class="table-wrap">
            <table class="table" data-testid="over-time-table">
                <caption>{say("Gemiddelde score per streefdoel, eerder en later", "Average score per goal, earlier and later")}</caption>
                <thead><tr>
                    <th scope="col">{say("Streefdoel", "Goal")}</th>
                    <th scope="col">{head_before}</th>
                    <th scope="col">{head_after}</th>
                    <th scope="col">{say("Verschil", "Change")}</th>
                </tr></thead>
                <tbody>
                    <tr class="score-table__theme">
                        <th scope="row">{say("Totaal", "Overall")}</th>
                        <td>{move || overall.0.map_or_else(|| "–".to_string(), |s| format_score(s, lang.get()))}</td>
                        <td>{move || overall.1.map_or_else(|| "–".to_string(), |s| format_score(s, lang.get()))}</td>
                        <td>{move || match overall { (Some(b), Some(a)) => change_text(b, a, lang.get()), _ => "–".to_string() }}</td>
                    </tr>
                    {rows}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
