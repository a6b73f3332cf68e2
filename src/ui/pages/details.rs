//! The details of a school scan: name, sector, region and roles. Starts a new scan, or changes
//! the details of an existing one.

use crate::core::assessment::Scan;
use crate::core::school::{DetailsProblem, Region, Role, SchoolDetails, Sector};
use crate::ui::scan_texts::ScanTexts;
use crate::route::Route;
use crate::ui::error_summary::{focus_error_summary, ErrorSummary, FieldError};
use crate::ui::state::{tr, navigate, new_scan_id, now, set_document_title, use_lang, use_scans, use_texts, Instruments};
use crate::ui::scan_texts::{scan_tr, use_scan_texts};
use leptos::prelude::*;
use crate::core::instrument::Audience;
use crate::ui::list_choice::ListChoice;
use crate::ui::published_lists_added::PublishedListsAdded;

/// What can be wrong with the form, kept as kinds so that the language can change afterwards.
#[derive(Clone, Copy, Debug, PartialEq)]
enum FormProblem {
    Name(DetailsProblem),
    SectorMissing,
}

impl FormProblem {
    fn field_id(self) -> &'static str {
        match self {
            FormProblem::Name(_) => "school-name",
            // The first radio, so that the summary link lands inside the group.
            FormProblem::SectorMissing => "sector-vve",
        }
    }

    fn message(self, t: &ScanTexts) -> &'static str {
        match self {
            FormProblem::Name(DetailsProblem::NameMissing) => t.err_name_missing,
            FormProblem::Name(DetailsProblem::NameTooLong) => t.err_name_too_long,
            FormProblem::SectorMissing => t.err_sector_missing,
        }
    }
}

#[component]
pub fn DetailsPage(
    /// The scan to change, or `None` to start a new one.
    scan_id: Option<String>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let sc = use_scan_texts();
    let instruments = expect_context::<Instruments>();
    let instrument_missing = instruments.school().is_none();

    let existing = scan_id.as_ref().and_then(|id| scans.with_untracked(|s| s.get(id).map(|s| s.details.clone())));
    if scan_id.is_some() && existing.is_none() {
        return view! { <crate::ui::pages::not_found::ScanMissing/> }.into_any();
    }
    let is_new = scan_id.is_none();
    let name = RwSignal::new(existing.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    let sector = RwSignal::new(existing.as_ref().and_then(|d| d.sector));
    let region = RwSignal::new(existing.as_ref().and_then(|d| d.region));
    let roles = RwSignal::new(existing.as_ref().map(|d| d.roles.clone()).unwrap_or_default());
    let chosen_list = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FormProblem>::new());
    let errors = Signal::derive(move || {
        problems.get().into_iter().map(|p| FieldError { field_id: p.field_id(), message: p.message(sc()).to_string() }).collect::<Vec<_>>()
    });
    let problem_for = move |field: &'static str| move || problems.get().into_iter().find(|p| p.field_id() == field);

    Effect::new(move |_| set_document_title(if is_new { sc().new_title } else { sc().details_title }));

    let target = StoredValue::new(scan_id.clone());
    let handle_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let details = SchoolDetails { name: name.get_untracked(), sector: sector.get_untracked(), region: region.get_untracked(), roles: roles.get_untracked() };
        let validated = details.validated();
        if let Err(list) = &validated {
            found.extend(list.iter().map(|p| FormProblem::Name(*p)));
        }
        if sector.get_untracked().is_none() {
            found.push(FormProblem::SectorMissing);
        }
        problems.set(found.clone());
        let (Ok(details), true) = (validated, found.is_empty()) else {
            focus_error_summary();
            return;
        };
        let time = now();
        let id = match target.get_value() {
            Some(id) => {
                scans.update(|s| {
                    if let Some(scan) = s.get_mut(&id) {
                        scan.details = details;
                        scan.updated_at = time;
                    }
                });
                id
            }
            None => {
                let hash = chosen_list.get_untracked();
                let chosen = instruments.choices(Audience::School).into_iter().find(|l| l.hash == hash);
                let Some(instrument) = chosen.or_else(|| instruments.school()) else { return };
                let scan = Scan::new(new_scan_id(), &instrument, details, &time);
                let id = scan.id.clone();
                scans.update(|s| s.add(scan));
                id
            }
        };
        navigate(&Route::Overview { scan: id });
    };

    let cancel_href = scan_id.map(|scan| Route::Overview { scan }.href()).unwrap_or_else(|| Route::Start.href());
    let name_problem = problem_for("school-name");
    let sector_problem = problem_for("sector-vve");

    view! {
        <h1 tabindex="-1">{move || if is_new { sc().new_title } else { sc().details_title }}</h1>
        <Show when=move || is_new>
            <p class="lead">{scan_tr(|t| t.new_intro)}</p>
        </Show>
        // Only a broken build gets here (tests check the shipped file), but then the user hears it.
        {instrument_missing.then(|| view! {
            <p class="notice notice--error" role="alert">{tr(|t| t.instrument_broken)}</p>
        })}
        // A link straight to this screen offers the website's lists too (not only after the start page).
        {is_new.then(|| view! { <PublishedListsAdded audience=Audience::School/> })}
        <ErrorSummary errors=errors/>
        <form class="form" on:submit=handle_submit novalidate>
            <Show when=move || is_new>
                <ListChoice audience=Audience::School chosen=chosen_list/>
            </Show>
            <div class="field" class:field--error=move || name_problem().is_some()>
                <label class="label" for="school-name">{scan_tr(|t| t.name_label)}</label>
                <p class="hint" id="school-name-hint">{scan_tr(|t| t.name_hint)}</p>
                {move || name_problem().map(|p| view! {
                    <p class="field__error" id="school-name-error">
                        <span class="visually-hidden">{t().error_prefix}" "</span>{p.message(sc())}
                    </p>
                })}
                <input
                    class="input"
                    id="school-name"
                    name="school-name"
                    type="text"
                    autocomplete="organization"
                    maxlength="200"
                    aria-describedby=move || if name_problem().is_some() { "school-name-hint school-name-error" } else { "school-name-hint" }
                    aria-invalid=move || name_problem().is_some().to_string()
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>

            <fieldset class="field" class:field--error=move || sector_problem().is_some() aria-describedby="sector-hint">
                <legend class="label">{scan_tr(|t| t.sector_legend)}</legend>
                <p class="hint" id="sector-hint">{scan_tr(|t| t.sector_hint)}</p>
                {move || sector_problem().map(|p| view! {
                    <p class="field__error"><span class="visually-hidden">{t().error_prefix}" "</span>{p.message(sc())}</p>
                })}
                <div class="choices">
                    {Sector::ALL.iter().copied().map(|option| {
                        let id = format!("sector-{}", option.code());
                        view! {
                            <div class="choice">
                                <input class="choice__input" type="radio" name="sector" id=id.clone() value=option.code()
                                    prop:checked=move || sector.get() == Some(option)
                                    on:change=move |_| sector.set(Some(option))/>
                                <label class="choice__label" for=id>{move || option.label(lang.get())}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>

            <fieldset class="field" aria-describedby="region-hint">
                <legend class="label">{scan_tr(|t| t.region_legend)}</legend>
                <p class="hint" id="region-hint">{scan_tr(|t| t.region_hint)}</p>
                <div class="choices">
                    {Region::ALL.iter().copied().map(Some).chain([None]).map(|option| {
                        let id = format!("region-{}", option.map_or("none", |r| r.code()));
                        view! {
                            <div class="choice">
                                <input class="choice__input" type="radio" name="region" id=id.clone()
                                    prop:checked=move || region.get() == option
                                    on:change=move |_| region.set(option)/>
                                <label class="choice__label" for=id>
                                    {move || option.map_or(sc().region_none, |r| r.label(lang.get()))}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>

            <fieldset class="field" aria-describedby="roles-hint">
                <legend class="label">{scan_tr(|t| t.roles_legend)}</legend>
                <p class="hint" id="roles-hint">{scan_tr(|t| t.roles_hint)}</p>
                <div class="choices">
                    {Role::ALL.iter().copied().map(|option| {
                        let id = format!("role-{}", option.code());
                        view! {
                            <div class="choice">
                                <input class="choice__input" type="checkbox" name="roles" id=id.clone() value=option.code()
                                    prop:checked=move || roles.with(|r| r.contains(&option))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        roles.update(|r| { r.retain(|x| *x != option); if on { r.push(option); } });
                                    }/>
                                <label class="choice__label" for=id>{move || option.label(lang.get())}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>

            <div class="button-row">
                <button type="submit" class="button" data-testid="submit-details">
                    {move || if is_new { sc().start_scan } else { sc().save_details }}
                </button>
                <a class="button button--secondary" href=cancel_href>{tr(|t| t.cancel)}</a>
            </div>
        </form>
    }
    .into_any()
}
