//! Setting up the meeting: municipality, date and the partners at the table.

use crate::core::assessment::Scan;
use crate::core::meeting::{Meeting, Partner};
use crate::core::school::MAX_NAME_CHARS;
use crate::route::Route;
use crate::ui::error_summary::{focus_error_summary, ErrorSummary, FieldError};
use crate::ui::state::{navigate, new_scan_id, now, set_document_title, tr, use_lang, use_scans, use_texts, Instruments};
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use crate::core::instrument::Audience;
use crate::ui::list_choice::ListChoice;
use crate::ui::published_lists_added::PublishedListsAdded;

#[component]
pub fn LeaSetupPage() -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let lt = use_lea_texts();
    let instruments = expect_context::<Instruments>();
    let instrument = instruments.lea();
    let instrument_missing = instrument.is_none();
    let chosen_list = RwSignal::new(String::new());
    Effect::new(move |_| set_document_title(lt().lea_new_title));

    let municipality = RwSignal::new(String::new());
    let date = RwSignal::new(now().chars().take(10).collect::<String>());
    let partners = RwSignal::new(Vec::<Partner>::new());
    let name_problem = RwSignal::new(None::<&'static str>);
    let errors = Signal::derive(move || {
        name_problem
            .get()
            .map(|_| FieldError { field_id: "municipality", message: lt().err_municipality_missing.to_string() })
            .into_iter()
            .collect::<Vec<_>>()
    });

    let handle_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = municipality.get_untracked().trim().to_string();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            name_problem.set(Some("municipality"));
            focus_error_summary();
            return;
        }
        name_problem.set(None);
        let hash = chosen_list.get_untracked();
        let chosen = instruments.choices(Audience::Lea).into_iter().find(|l| l.hash == hash);
        let Some(instrument) = chosen.or_else(|| instrument.clone()) else { return };
        let mut present = partners.get_untracked();
        crate::core::small_sort::sort_by(&mut present, |a, b| a < b);
        let meeting = Meeting { date: date.get_untracked(), partners: present, ..Meeting::default() };
        let scan = Scan::new_screening(new_scan_id(), &instrument, &name, meeting, &now());
        let id = scan.id.clone();
        scans.update(|s| s.add(scan));
        navigate(&Route::LeaOverview { scan: id });
    };

    view! {
        <h1 tabindex="-1">{lea_tr(|t| t.lea_new_title)}</h1>
        <p class="lead">{lea_tr(|t| t.lea_new_intro)}</p>
        {instrument_missing.then(|| view! { <p class="notice notice--error" role="alert">{tr(|t| t.instrument_broken)}</p> })}
        // A link straight to this screen offers the website's lists too (not only after the start page).
        <PublishedListsAdded audience=Audience::Lea/>
        <ErrorSummary errors=errors/>
        <form class="form" on:submit=handle_submit novalidate>
            <ListChoice audience=Audience::Lea chosen=chosen_list/>
            <div class="field" class:field--error=move || name_problem.get().is_some()>
                <label class="label" for="municipality">{lea_tr(|t| t.municipality_label)}</label>
                <p class="hint" id="municipality-hint">{lea_tr(|t| t.municipality_hint)}</p>
                {move || name_problem.get().map(|_| view! {
                    <p class="field__error" id="municipality-error">
                        <span class="visually-hidden">{t().error_prefix}" "</span>{lt().err_municipality_missing}
                    </p>
                })}
                <input class="input" id="municipality" type="text" maxlength="200" autocomplete="organization"
                    aria-describedby=move || if name_problem.get().is_some() { "municipality-hint municipality-error" } else { "municipality-hint" }
                    aria-invalid=move || name_problem.get().is_some().to_string()
                    prop:value=move || municipality.get()
                    on:input=move |ev| municipality.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label class="label" for="meeting-date">{lea_tr(|t| t.meeting_date_label)}</label>
                <input class="input input--date" id="meeting-date" type="date"
                    prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
            </div>
            <fieldset class="field" aria-describedby="partners-hint">
                <legend class="label">{lea_tr(|t| t.partners_legend)}</legend>
                <p class="hint" id="partners-hint">{lea_tr(|t| t.partners_hint)}</p>
                <div class="choices">
                    {Partner::ALL.iter().copied().map(|partner| {
                        let id = format!("partner-{}", partner.code());
                        view! {
                            <div class="choice">
                                <input class="choice__input" type="checkbox" id=id.clone()
                                    prop:checked=move || partners.with(|p| p.contains(&partner))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        partners.update(|p| { p.retain(|x| *x != partner); if on { p.push(partner); } });
                                    }/>
                                <label class="choice__label" for=id>{move || partner.label(lang.get())}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="button-row">
                <button type="submit" class="button" data-testid="start-screening">{lea_tr(|t| t.start_screening)}</button>
                <a class="button button--secondary" href=Route::Start.href()>{tr(|t| t.cancel)}</a>
            </div>
        </form>
    }
}
