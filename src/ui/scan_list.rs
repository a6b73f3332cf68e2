//! The scans on this device, most recently changed first, with their actions.

use super::confirm_dialog::ConfirmDialog;
use super::scan_row::ScanRow;
use super::state::{use_scans, use_texts, Flash, FlashState, Undo};
use crate::ui::start_texts::{start_tr, use_start_texts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ScanList() -> impl IntoView {
    let scans = use_scans();
    let flash = expect_context::<FlashState>().0;
    let t = use_texts();
    let st = use_start_texts();
    let ids = Memo::new(move |_| {
        scans.with(|s| s.by_last_change().into_iter().map(|scan| scan.id.clone()).collect::<Vec<_>>())
    });

    // The row asks; the list holds the one dialog and does the deleting.
    let to_delete = RwSignal::new(None::<String>);
    let name_of = move |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| scans.with_untracked(|s| s.get(id).map(|scan| scan.details.name.clone())))
            .unwrap_or_default()
    };
    let handle_delete = Callback::new(move |()| {
        let Some(id) = to_delete.get_untracked() else { return };
        to_delete.set(None);
        let mut removed = None;
        scans.update(|s| removed = s.remove(&id));
        if let Some((index, scan)) = removed {
            let message = (st().deleted)(&scan.details.name);
            flash.set(Some(Flash { message, undo: Some(Undo::RestoreScan { index, scan: Box::new(scan) }) }));
            // The row is gone; the undo button is the natural next place for focus.
            request_animation_frame(|| {
                if let Some(undo) = document().get_element_by_id("flash-undo").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = undo.focus();
                }
            });
        }
    });

    view! {
        <section class="scan-list" aria-labelledby="scans-title">
            <h2 id="scans-title">{start_tr(|t| t.scans_title)}</h2>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="scan-list__empty">{start_tr(|t| t.scans_empty)}</p> }
            >
                <div class="table-wrap">
                    <table class="table scan-list__table">
                        <thead>
                            <tr>
                                <th scope="col">{start_tr(|t| t.col_name)}</th>
                                <th scope="col">{start_tr(|t| t.col_progress)}</th>
                                <th scope="col">{start_tr(|t| t.col_changed)}</th>
                                <th scope="col">{start_tr(|t| t.col_actions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || ids.get()
                                key=|id| id.clone()
                                children=move |id| view! { <ScanRow scan_id=id on_delete=move |id| to_delete.set(Some(id))/> }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
            <ConfirmDialog
                open=Signal::derive(move || to_delete.with(Option::is_some))
                title=Signal::derive(move || (st().confirm_delete_title)(&name_of(&to_delete.get())))
                body=Signal::derive(move || st().confirm_delete_body.to_string())
                confirm_label=Signal::derive(move || st().confirm_delete.to_string())
                cancel_label=Signal::derive(move || t().cancel.to_string())
                on_confirm=handle_delete
                on_cancel=Callback::new(move |()| to_delete.set(None))
            />
        </section>
    }
}
