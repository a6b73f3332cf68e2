//! Tells the user, in plain words, when saving fails or stored data could not be read,
//! and what they can do about it.

use super::download::download_text;
use super::state::{tr, use_scans, use_texts, SaveState, SaveStatus, UnreadableState, UsageState};
use crate::route::Route;
use crate::i18n::Texts;
use crate::storage::{self, Unreadable, UnreadableReason};
use leptos::prelude::*;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let status = expect_context::<SaveState>().0;
    let unreadable = expect_context::<UnreadableState>().0;
    let scans = use_scans();
    let usage = expect_context::<UsageState>().0;
    let t = use_texts();

    // Writing is driven by the state; touching it makes the save Effect try again.
    let handle_retry = move |_| scans.update(|_| ());

    view! {
        <div class="notices">
            <Show when=move || status.get() == SaveStatus::Failed>
                <div class="notice notice--error" role="alert" data-testid="save-failed">
                    <h2 class="notice__title">{tr(|t| t.save_failed_title)}</h2>
                    <p>{tr(|t| t.save_failed_body)}</p>
                    <button type="button" class="button button--secondary" on:click=handle_retry>
                        {tr(|t| t.retry)}
                    </button>
                </div>
            </Show>
            <Show when=move || status.get() == SaveStatus::Newer>
                <div class="notice notice--error" role="alert" data-testid="newer-elsewhere">
                    <h2 class="notice__title">{tr(|t| t.newer_elsewhere_title)}</h2>
                    <p>{tr(|t| t.newer_elsewhere_body)}</p>
                    <button type="button" class="button button--secondary" on:click=|_| { let _ = window().location().reload(); }>
                        {tr(|t| t.reload)}
                    </button>
                </div>
            </Show>
            <Show when=move || usage.get().nearly_full()>
                <div class="notice notice--warning" role="alert" data-testid="storage-nearly-full">
                    <p>{move || (t().nearly_full)(usage.get().percent())}</p>
                    <p><a href=Route::Data.href()>{tr(|t| t.backup_now)}</a></p>
                </div>
            </Show>
            <Show when=move || status.get() == SaveStatus::Unavailable>
                <div class="notice notice--warning" role="alert" data-testid="storage-unavailable">
                    <p>{tr(|t| t.storage_unavailable)}</p>
                </div>
            </Show>
            <Show when=move || !unreadable.with(Vec::is_empty)>
                <div class="notice notice--warning" role="region" aria-labelledby="unreadable-title" data-testid="unreadable">
                    <h2 id="unreadable-title" class="notice__title">{tr(|t| t.unreadable_title)}</h2>
                    <ul class="notice__list">
                        <For
                            each=move || unreadable.get()
                            key=|item| item.key.clone()
                            children=move |item: Unreadable| view! { <UnreadableItem item=item/> }
                        />
                    </ul>
                    <p>{tr(|t| t.unreadable_help)}</p>
                </div>
            </Show>
        </div>
    }
}

/// One piece of unreadable data with its two ways out.
#[component]
fn UnreadableItem(
    /// The data as it was found, and where it is kept now.
    item: Unreadable,
) -> impl IntoView {
    let unreadable = expect_context::<UnreadableState>().0;
    let message: fn(&'static Texts) -> &'static str = match item.reason {
        UnreadableReason::Corrupt => |t| t.unreadable_corrupt,
        UnreadableReason::Newer => |t| t.unreadable_newer,
        UnreadableReason::Misfit => |t| t.unreadable_misfit,
        UnreadableReason::Copy => |t| t.unreadable_copy,
    };
    let file_name = format!("{}.json", item.key.replace('.', "-"));
    let raw = item.raw.clone();
    let key = item.key.clone();
    let handle_download = move |_| {
        download_text(&file_name, "application/json", &raw);
    };
    let handle_discard = move |_| {
        storage::discard(&key);
        unreadable.update(|list| list.retain(|u| u.key != key));
    };
    view! {
        <li class="notice__item">
            <p>{tr(message)}</p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=handle_download>
                    {tr(|t| t.download_data)}
                </button>
                <button type="button" class="button button--secondary" on:click=handle_discard>
                    {tr(|t| t.discard)}
                </button>
            </div>
        </li>
    }
}
