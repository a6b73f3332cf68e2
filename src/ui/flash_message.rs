//! The message after an action ("Scan verwijderd"), with an undo button when it can be undone.

use super::state::{tr, use_scans, use_texts, FlashState, Undo};
use leptos::prelude::*;

#[component]
pub fn FlashMessage() -> impl IntoView {
    let flash = expect_context::<FlashState>().0;
    let scans = use_scans();
    let t = use_texts();

    let handle_undo = move |_| {
        let Some(undo) = flash.with_untracked(|f| f.as_ref().and_then(|f| f.undo.clone())) else { return };
        match undo {
            Undo::RestoreScan { index, scan } => {
                let name = scan.details.name.clone();
                scans.update(|s| s.restore(index, *scan));
                flash.set(Some(super::state::Flash { message: (t().restored)(&name), undo: None }));
            }
        }
    };

    view! {
        <div class="flash" role="status" data-testid="flash">
            {move || {
                flash.get().map(|f| {
                    let can_undo = f.undo.is_some();
                    view! {
                        <div class="flash__body">
                            <span>{f.message}</span>
                            <Show when=move || can_undo>
                                <button type="button" id="flash-undo" class="button button--link" on:click=handle_undo>
                                    {tr(|t| t.undo)}
                                </button>
                            </Show>
                        </div>
                    }
                })
            }}
        </div>
    }
}
