//! The action plan on the profile: per development point what the team will do, who, by when,
//! and its status. Saved with the scan, like the answers.

use super::state::{new_scan_id, now, use_lang, use_scans};
use crate::core::assessment::{Action, ActionStatus};
use crate::core::merge::Place;
use crate::core::instrument::Instrument;
use crate::core::profile::Profile;
use leptos::prelude::*;
use crate::ui::profile_texts::{ptr, use_profile_texts};
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn ActionPlan(
    /// The scan whose plan this is.
    scan_id: String,
    /// The profile, for the development points.
    #[prop(into)]
    profile: Signal<Profile>,
    /// The instrument, for goal titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let id = StoredValue::new(scan_id);
    let instrument = StoredValue::new(instrument);
    // The goals that get a block: every development point, and any goal that already has actions.
    let goals = Memo::new(move |_| {
        let mut goals = profile.with(|p| p.development_points.clone());
        scans.with(|s| {
            if let Some(scan) = s.get(&id.get_value()) {
                for action in &scan.actions {
                    if !goals.contains(&action.goal) {
                        goals.push(action.goal.clone());
                    }
                }
            }
        });
        goals
    });
    let handle_add = move |goal: String| {
        let action_id = format!("a{}", new_scan_id());
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&id.get_value()) {
                scan.add_action(&goal, action_id.clone(), &now());
            }
        });
        request_animation_frame(move || {
            if let Some(input) = document().get_element_by_id(&format!("what-{action_id}")).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = input.focus();
            }
        });
    };

    view! {
        <section class="action-plan" aria-labelledby="actions-title" data-testid="action-plan">
            <h2 id="actions-title">{ptr(|t| t.actions_title)}</h2>
            <p>{ptr(|t| t.actions_intro)}</p>
            <Show when=move || !goals.with(Vec::is_empty) fallback=move || view! { <p>{ptr(|t| t.development_empty)}</p> }>
                <For
                    each=move || goals.get()
                    key=|goal| goal.clone()
                    children=move |goal| {
                        let title = instrument.with_value(|i| i.goal(&goal).map(|(_, g)| g.title.clone())).unwrap_or_default();
                        let heading = format!("plan-{goal}");
                        let labelled = heading.clone();
                        let goal_for_list = goal.clone();
                        let actions = Memo::new(move |_| {
                            scans.with(|s| {
                                s.get(&id.get_value())
                                    .map(|scan| scan.actions.iter().filter(|a| a.goal == goal_for_list).map(|a| a.id.clone()).collect::<Vec<_>>())
                                    .unwrap_or_default()
                            })
                        });
                        let goal_for_add = goal.clone();
                        let title_for_button = title.clone();
                        view! {
                            <section class="action-plan__goal" aria-labelledby=labelled data-goal=goal.clone()>
                                <h3 id=heading>{move || title.get(lang.get()).to_string()}</h3>
                                <Show when=move || !actions.with(Vec::is_empty) fallback=move || view! { <p class="hint">{ptr(|t| t.actions_empty)}</p> }>
                                    <ol class="action-plan__list">
                                        <For each=move || actions.get() key=|a| a.clone() children=move |action_id| view! { <ActionRow scan_id=id.get_value() action_id=action_id/> }/>
                                    </ol>
                                </Show>
                                <button type="button" class="button button--secondary button--small" on:click={
                                    let goal = goal_for_add.clone();
                                    move |_| handle_add(goal.clone())
                                }>
                                    "+ "{ptr(|t| t.add_action)}
                                    <span class="visually-hidden">" "{move || title_for_button.get(lang.get()).to_string()}</span>
                                </button>
                            </section>
                        }
                    }
                />
            </Show>
        </section>
    }
}

/// One action with its four fields and a remove button.
#[component]
fn ActionRow(
    /// The scan the action belongs to.
    scan_id: String,
    /// The action's id.
    action_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let pt = use_profile_texts();
    let scan = StoredValue::new(scan_id.clone());
    let key = StoredValue::new(action_id.clone());
    // The text fields follow the state (and so other tabs); the merge keeps the row under the cursor.
    let initial: Action = scans
        .with_untracked(|s| s.get(&scan_id).and_then(|scan| scan.actions.iter().find(|a| a.id == action_id).cloned()))
        .unwrap_or_default();
    let edit = move |change: Box<dyn FnOnce(&mut Action)>| {
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&scan.get_value()) {
                scan.edit_action(&key.get_value(), &now(), change);
            }
        })
    };
    let handle_remove = move |_| {
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&scan.get_value()) {
                scan.remove_action(&key.get_value(), &now());
            }
        })
    };
    let field_id = move |name: &str| format!("{name}-{}", key.get_value());
    let place = Place::Action(action_id.clone()).to_string();
    let action_text = move |pick: fn(&Action) -> &String| {
        move || scans.with(|s| s.get(&scan.get_value()).and_then(|s| s.actions.iter().find(|a| a.id == key.get_value())).map(|a| pick(a).clone()).unwrap_or_default())
    };
    // The status follows the state too (another tab may change it).
    let current_status = move || scans.with(|s| s.get(&scan.get_value()).and_then(|s| s.actions.iter().find(|a| a.id == key.get_value())).map(|a| a.status)).unwrap_or_default();
    // Where an action of a peer review came from: it does not change, so it is read once.
    let origin = initial.peer.clone().map(|p| move || {
        let with = if p.with.is_empty() { String::new() } else { format!(" {} {}", lang.get().pick("met", "with"), p.with.join(", ")) };
        format!("{} {}{with}.", lang.get().pick("Afgesproken bij de collegiale consultatie van", "Agreed at the peer review of"), p.date)
    });
    view! {
        <li class="action" data-action=action_id.clone()>
            {origin.map(|text| view! { <p class="hint action__origin" data-testid="action-origin">{text}</p> })}
            <div class="field-row action__fields">
                <div class="field action__what">
                    <label class="label label--small" for=field_id("what")>{ptr(|t| t.action_what)}</label>
                    <input class="input" type="text" id=field_id("what") prop:value=action_text(|a| &a.what) data-place=place.clone()
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.what = v)) }/>
                </div>
                <div class="field">
                    <label class="label label--small" for=field_id("who")>{ptr(|t| t.action_who)}</label>
                    <input class="input" type="text" id=field_id("who") prop:value=action_text(|a| &a.who) data-place=place.clone()
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.who = v)) }/>
                </div>
                <div class="field">
                    <label class="label label--small" for=field_id("when")>{ptr(|t| t.action_when)}</label>
                    <input class="input" type="date" id=field_id("when") prop:value=action_text(|a| &a.when) data-place=place.clone()
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.when = v)) }/>
                </div>
                <div class="field">
                    <label class="label label--small" for=field_id("status")>{ptr(|t| t.action_status)}</label>
                    <select class="input" id=field_id("status")
                        on:change=move |ev| {
                            let status = ActionStatus::from_code(&event_target_value(&ev)).unwrap_or_default();
                            edit(Box::new(move |a| a.status = status))
                        }>
                        {ActionStatus::ALL.into_iter().map(|status| view! {
                            <option value=status.code() selected=status == initial.status
                                prop:selected=move || current_status() == status>{move || status.label(lang.get())}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <button type="button" class="button button--link action__remove" on:click=handle_remove>
                {move || pt().remove_action}
            </button>
        </li>
    }
}
