//! One scan in the list: name, sector, progress, last change, and continue / rename / copy / delete.

use super::state::{tr, format_time, new_scan_id, now, use_lang, use_scans, use_texts, Flash, FlashState, Instruments};
use crate::route::Route;
use leptos::html;
use crate::ui::start_texts::{start_tr, use_start_texts};
use leptos::prelude::*;

#[component]
pub fn ScanRow(
    /// The id of the scan this row shows.
    scan_id: String,
    /// Asks to delete the scan; the list confirms first.
    #[prop(into)]
    on_delete: Callback<String>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let st = use_start_texts();
    let flash = expect_context::<FlashState>().0;
    let instruments = expect_context::<Instruments>();
    let id = StoredValue::new(scan_id.clone());

    let scan = Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).cloned()));
    let name = move || scan.with(|s| s.as_ref().map(|s| s.details.name.clone()).unwrap_or_default());
    let progress = Memo::new(move |_| {
        scan.with(|s| {
            let s = s.as_ref()?;
            let instrument = instruments.find(&s.instrument)?;
            Some(s.progress(&instrument))
        })
        .unwrap_or_default()
    });

    let renaming = RwSignal::new(false);
    let rename_input = NodeRef::<html::Input>::new();
    let rename_button = NodeRef::<html::Button>::new();
    let start_rename = move |_| {
        renaming.set(true);
        request_animation_frame(move || {
            if let Some(input) = rename_input.get() {
                let _ = input.focus();
                input.select();
            }
        });
    };
    let stop_rename = move || {
        renaming.set(false);
        request_animation_frame(move || {
            if let Some(button) = rename_button.get() {
                let _ = button.focus();
            }
        });
    };
    let handle_rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = rename_input.get() else { return };
        let new_name = input.value();
        let mut ok = false;
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&id.get_value()) {
                ok = scan.rename(&new_name, &now());
            }
        });
        if ok {
            flash.set(Some(Flash { message: (st().renamed)(new_name.trim()), undo: None }));
            stop_rename();
        } else {
            let _ = input.focus();
        }
    };
    let handle_copy = move |_| {
        let copy_name = (st().copy_name)(&name());
        let mut made = None;
        scans.update(|s| made = s.duplicate(&id.get_value(), new_scan_id(), &copy_name, &now()).map(|c| c.details.name.clone()));
        if let Some(made) = made {
            flash.set(Some(Flash { message: (t().copied)(&made), undo: None }));
        }
    };

    // A screening continues on the LEA page; a school scan on its overview.
    let is_screening = scans.with_untracked(|s| s.get(&scan_id).is_some_and(|s| s.is_screening()));
    let overview_route = move |scan: String| if is_screening { Route::LeaOverview { scan } } else { Route::Overview { scan } };
    let overview = overview_route(scan_id.clone()).href();
    view! {
        <tr class="scan-row" data-scan-id=scan_id.clone()>
            <td data-label=start_tr(|t| t.col_name)>
                <a class="scan-row__name" href=overview.clone()>{name}</a>
                <span class="scan-row__meta">
                    {move || scan.with(|s| match s.as_ref().and_then(|s| s.details.sector) {
                        Some(sector) => sector.label(lang.get()),
                        None => st().screening_label,
                    })}
                </span>
            </td>
            <td data-label=start_tr(|t| t.col_progress)>
                <progress class="progress" max="100" value=move || progress.get().percent() aria-hidden="true"></progress>
                <span class="scan-row__progress">{move || (t().progress)(progress.get().answered, progress.get().total)}</span>
            </td>
            <td data-label=start_tr(|t| t.col_changed)>
                {move || scan.with(|s| s.as_ref().map(|s| {
                    let when = s.updated_at.clone();
                    view! { <time datetime=when.clone()>{format_time(&when, lang.get())}</time> }
                }))}
            </td>
            <td data-label=start_tr(|t| t.col_actions)>
                <Show
                    when=move || renaming.get()
                    fallback=move || {
                        let overview = overview_route(id.get_value()).href();
                        view! {
                            <div class="button-row" role="group" aria-label=move || (st().actions_for)(&name())>
                                <a class="button button--small" href=overview>{start_tr(|t| t.continue_scan)}</a>
                                <button type="button" class="button button--small button--secondary" node_ref=rename_button on:click=start_rename>
                                    {start_tr(|t| t.rename)}
                                </button>
                                <button type="button" class="button button--small button--secondary" on:click=handle_copy>
                                    {start_tr(|t| t.copy)}
                                </button>
                                <button type="button" class="button button--small button--danger" on:click=move |_| on_delete.run(id.get_value())>
                                    {start_tr(|t| t.delete)}
                                </button>
                            </div>
                        }
                    }
                >
                    <form class="inline-form" on:submit=handle_rename>
                        <label class="label" for=format!("rename-{}", id.get_value())>{move || (st().rename_label)(&name())}</label>
                        <input
                            class="input"
                            id=format!("rename-{}", id.get_value())
                            node_ref=rename_input
                            type="text"
                            maxlength="120"
                            required
                            value=name()
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { stop_rename() }
                        />
                        <div class="button-row">
                            <button type="submit" class="button button--small">{start_tr(|t| t.save)}</button>
                            <button type="button" class="button button--small button--secondary" on:click=move |_| stop_rename()>
                                {tr(|t| t.cancel)}
                            </button>
                        </div>
                    </form>
                </Show>
            </td>
        </tr>
    }
}
