//! The agreements of a conversation guide and its follow-up date. The adviser writes them in a
//! guide made here; in a received guide each participant takes its own agreements into its
//! action plan with one button (`core::guide::take_into_plan`), owner and date included.

use super::{new_id, use_guides, GuidesFromOtherTab};
use crate::core::guide::{take_into_plan, taken, Agreement, Guide, TakeError};
use crate::core::lang::Lang;
use crate::route::Route;
use crate::ui::state::{now, use_lang, use_scans, Instruments};
use leptos::prelude::*;

#[component]
pub fn GuideAgreements(
    /// The guide's id.
    guide_id: String,
    /// A received guide: its agreements are read, not written.
    read_only: bool,
) -> impl IntoView {
    let lang = use_lang();
    let guides = use_guides();
    let scans = use_scans();
    let instruments = expect_context::<Instruments>();
    let id = StoredValue::new(guide_id);
    let guide = move || guides.with(|g| g.iter().find(|k| k.guide.id == id.get_value()).map(|k| k.guide.clone()));
    let edit_guide = move |edit: Box<dyn FnOnce(&mut Guide)>| {
        guides.update(|g| {
            if let Some(kept) = g.iter_mut().find(|k| k.guide.id == id.get_value()) {
                edit(&mut kept.guide);
            }
        })
    };
    // Another tab's version of this guide redraws the fields (typing here never does).
    let other_tab = expect_context::<GuidesFromOtherTab>().0;
    let revision = Memo::new(move |_| other_tab.with(|(n, which)| if which.as_deref() == Some(id.get_value().as_str()) { *n } else { 0 }));
    let ids = Memo::new(move |_| guides.with(|g| g.iter().find(|k| k.guide.id == id.get_value()).map(|k| k.guide.agreements.iter().map(|a| a.id.clone()).collect::<Vec<_>>()).unwrap_or_default()));
    // What happened when an agreement was taken into a plan, by agreement id.
    let took = RwSignal::new(Vec::<(String, Result<String, TakeError>)>::new());

    let handle_add = move |_| {
        let Some(g) = guide() else { return };
        let (Some(member), Some(topic)) = (g.members.first(), g.topics.first()) else { return };
        let (scan_id, goal) = (member.scan_id.clone(), topic.goal.clone());
        let agreement_id = new_id('a');
        let focus = format!("agreement-what-{agreement_id}");
        edit_guide(Box::new(move |g| g.add_agreement(agreement_id, &scan_id, &goal)));
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&focus) {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
            }
        });
    };
    let handle_take = move |agreement_id: String| {
        let Some(g) = guide() else { return };
        let Some(agreement) = g.agreements.iter().find(|a| a.id == agreement_id).cloned() else { return };
        let mut result = Err(TakeError::NotThisScan);
        scans.update(|all| {
            if let Some(scan) = all.get_mut(&agreement.scan_id) {
                result = match instruments.find(&scan.instrument) {
                    Some(list) => take_into_plan(scan, &list, &g, &agreement_id, new_id('p'), &now()).map(|()| scan.id.clone()),
                    None => Err(TakeError::UnknownGoal),
                };
            }
        });
        took.update(|t| t.push((agreement_id, result)));
    };

    let editor = move |agreement: Agreement, g: &Guide, lang: Lang| {
        let a_id = agreement.id.clone();
        let field = move |name: &str| format!("agreement-{name}-{}", a_id);
        let member_options = g.members.iter().map(|m| view! { <option value=m.scan_id.clone() selected=m.scan_id == agreement.scan_id>{m.name.clone()}</option> }).collect_view();
        let topic_options = g.topics.iter().map(|t| view! { <option value=t.goal.clone() selected=t.goal == agreement.goal>{t.title.get(lang).to_string()}</option> }).collect_view();
        let aid = StoredValue::new(agreement.id.clone());
        let set = move |edit: Box<dyn FnOnce(&mut Agreement)>| edit_guide(Box::new(move |g| g.edit_agreement(&aid.get_value(), edit)));
        view! {
            <div class="agreement" data-testid="agreement">
                <div class="field-row">
                    <div class="field">
                        <label class="label label--small" for=field("member")>{lang.pick("Wie spreekt dit af", "Who agrees")}</label>
                        <select class="input" id=field("member") data-testid="agreement-member" on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |a| a.scan_id = v)) }>{member_options}</select>
                    </div>
                    <div class="field">
                        <label class="label label--small" for=field("goal")>{lang.pick("Onderwerp", "Topic")}</label>
                        <select class="input" id=field("goal") data-testid="agreement-goal" on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |a| a.goal = v)) }>{topic_options}</select>
                    </div>
                </div>
                <div class="field">
                    <label class="label label--small" for=field("what")>{lang.pick("Wat gaat u doen?", "What will you do?")}</label>
                    <textarea class="textarea" rows="2" id=field("what") data-testid="agreement-what" prop:value=agreement.what.clone()
                        on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |a| a.what = v)) }></textarea>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label class="label label--small" for=field("who")>{lang.pick("Wie neemt het op zich", "Who takes it on")}</label>
                        <input class="input" id=field("who") data-testid="agreement-who" prop:value=agreement.who.clone()
                            on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |a| a.who = v)) }/>
                    </div>
                    <div class="field">
                        <label class="label label--small" for=field("when")>{lang.pick("Wanneer klaar", "Done by")}</label>
                        <input class="input" type="date" id=field("when") data-testid="agreement-when" prop:value=agreement.when.clone()
                            on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |a| a.when = v)) }/>
                    </div>
                </div>
                <button type="button" class="button button--secondary button--small" data-testid="remove-agreement"
                    on:click=move |_| edit_guide(Box::new(move |g| g.remove_agreement(&aid.get_value())))>{lang.pick("Afspraak weghalen", "Remove agreement")}</button>
            </div>
        }
    };

    let reader = move |agreement: Agreement, g: &Guide, lang: Lang| {
        let topic = g.topic(&agreement.goal).map(|t| t.title.get(lang).to_string()).unwrap_or_default();
        let own = scans.with(|s| s.get(&agreement.scan_id).map(|scan| taken(scan, g, &agreement.id)));
        let a_id = agreement.id.clone();
        let outcome = move || took.with(|t| t.iter().rev().find(|(id, _)| *id == a_id).map(|(_, r)| r.clone()));
        let take_id = agreement.id.clone();
        let details = [
            (lang.pick("Wie", "Who"), agreement.who.clone()),
            (lang.pick("Wanneer klaar", "Done by"), agreement.when.clone()),
        ];
        view! {
            <div class="agreement" data-testid="agreement">
                <p><strong>{format!("{} · {topic}", g.name_of(&agreement.scan_id))}</strong></p>
                <p>{agreement.what.clone()}</p>
                <p class="hint">{details.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(" · ")}</p>
                {move || match (own, outcome()) {
                    (_, Some(Ok(scan))) => view! {
                        <p class="notice" role="status" data-testid="agreement-taken">
                            {lang.pick("In uw actieplan gezet. ", "Taken into your action plan. ")}
                            <a href=Route::Profile { scan }.href()>{lang.pick("Naar uw profiel en actieplan", "To your profile and action plan")}</a>
                        </p>
                    }.into_any(),
                    (_, Some(Err(TakeError::UnknownGoal))) => view! {
                        <p class="notice notice--error" role="alert">{lang.pick("Uw scan staat op een andere lijst, zonder dit onderwerp.", "Your scan is on another list, without this topic.")}</p>
                    }.into_any(),
                    (Some(true), _) | (_, Some(Err(TakeError::AlreadyInPlan))) => view! {
                        <p class="hint" data-testid="agreement-in-plan">{lang.pick("Staat in uw actieplan.", "Is in your action plan.")}</p>
                    }.into_any(),
                    (Some(false), _) => {
                        let id = take_id.clone();
                        view! {
                            <button type="button" class="button no-print" data-testid="take-agreement" on:click=move |_| handle_take(id.clone())>
                                {lang.pick("In ons actieplan zetten", "Take into our action plan")}
                            </button>
                        }.into_any()
                    }
                    (None, _) => ().into_any(),
                }}
            </div>
        }
    };

    // One row per agreement, keyed by id (and by the other tab's revision): typing in one keeps
    // its focus, adding one keeps the others.
    let row = move |agreement_id: String| {
        let lang = lang.get_untracked();
        let Some(g) = guide() else { return ().into_any() };
        let Some(agreement) = g.agreements.iter().find(|a| a.id == agreement_id).cloned() else { return ().into_any() };
        if read_only { reader(agreement, &g, lang).into_any() } else { editor(agreement, &g, lang).into_any() }
    };
    let notes = move || {
        let lang = lang.get();
        let (members, any) = guides.with(|g| g.iter().find(|k| k.guide.id == id.get_value()).map(|k| (k.guide.members.iter().map(|m| m.scan_id.clone()).collect::<Vec<_>>(), !k.guide.agreements.is_empty()))).unwrap_or_default();
        let mine = scans.with(|s| members.iter().any(|m| s.get(m).is_some()));
        view! {
            {(read_only && !mine && any).then(|| view! {
                <p class="hint no-print" data-testid="no-own-scan">{lang.pick(
                    "De scan van uw school of gemeente staat niet in deze browser. Open de browser waarin u de scan invulde, of zet eerst uw reservekopie terug.",
                    "The scan of your school or municipality is not in this browser. Open the browser in which you filled it in, or restore your backup first.",
                )}</p>
            })}
            {(!any && read_only).then(|| view! { <p class="hint">{lang.pick("Er zijn nog geen afspraken genoteerd.", "No agreements were written down yet.")}</p> })}
        }
    };
    let list = view! {
        {notes}
        <div data-testid="agreements">
            <For each=move || { let (lang, revision) = (lang.get(), revision.get()); ids.get().into_iter().map(|a| (a, lang, revision)).collect::<Vec<_>>() } key=|item| item.clone() children=move |(agreement_id, _, _)| row(agreement_id)/>
        </div>
    };
    let follow_up = move || guide().map(|g| g.follow_up).unwrap_or_default();
    view! {
        <section aria-labelledby="agreements-title">
            <h2 id="agreements-title">{move || lang.get().pick("Afspraken", "Agreements")}</h2>
            {list}
            {(!read_only).then(|| view! {
                <button type="button" class="button button--secondary no-print" on:click=handle_add data-testid="add-agreement">{move || lang.get().pick("Afspraak toevoegen", "Add an agreement")}</button>
            })}
            <div class="guide-space" aria-hidden="true"></div>
            <div class="guide-space" aria-hidden="true"></div>
            <div class="guide-space" aria-hidden="true"></div>
            <div class="guide-space" aria-hidden="true"></div>
        </section>
        <section aria-labelledby="follow-up-title">
            <h2 id="follow-up-title">{move || lang.get().pick("Vervolgafspraak", "Follow-up meeting")}</h2>
            {if read_only {
                view! { <p data-testid="follow-up">{move || { let d = follow_up(); if d.is_empty() { lang.get().pick("Nog niet afgesproken.", "Not agreed yet.").to_string() } else { d } }}</p> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label class="label" for="follow-up">{move || lang.get().pick("Wanneer spreekt de groep weer af?", "When does the group meet again?")}</label>
                        <input class="input" type="date" id="follow-up" data-testid="follow-up" prop:value=move || { revision.track(); untrack(follow_up) }
                            on:input=move |ev| { let v = event_target_value(&ev); edit_guide(Box::new(move |g| g.follow_up = v)) }/>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
