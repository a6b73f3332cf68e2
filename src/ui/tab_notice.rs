//! Says what another tab did to the scans open here: a later change that replaced this tab's
//! text (which stays readable, to copy back), a text kept under the cursor, or a scan deleted
//! there that can be put back from here.

use super::state::{use_lang, use_scans, use_texts, Instruments};
use super::tab_sync::{TabNotice, TabNotices};
use crate::core::merge::Place;
use leptos::prelude::*;

/// The part of a scan in words: "Toelichting – De visie is met ouders besproken."
fn place_label(place: &Place, instruments: &Instruments, lang: crate::core::lang::Lang) -> String {
    let name = crate::i18n::texts(lang).place_names[place.name_index()];
    let item = place.item_id().and_then(|id| {
        instruments.all().iter().find_map(|i| {
            let text = i.indicator(id).and_then(|(_, ind)| ind.text_for(None).or(ind.wordings.first().map(|(_, t)| t))).map(|t| t.get(lang).to_string());
            text.or_else(|| i.goal(id).map(|(_, g)| g.title.get(lang).to_string()))
        })
    });
    match item {
        Some(item) => format!("{name} – {item}"),
        None => name.to_string(),
    }
}

#[component]
pub fn TabNoticeList() -> impl IntoView {
    let notices = expect_context::<TabNotices>().0;
    let t = use_texts();
    view! {
        <Show when=move || !notices.with(Vec::is_empty)>
            <div class="notice notice--warning" role="region" aria-labelledby="other-tab-title" data-testid="other-tab">
                <h2 id="other-tab-title" class="notice__title">{move || t().other_tab_title}</h2>
                <ul class="notice__list">
                    {move || notices.get().into_iter().enumerate().map(|(index, notice)| view! { <TabNoticeItem index=index notice=notice/> }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn TabNoticeItem(
    /// Its position in the list, to close it.
    index: usize,
    /// What happened.
    notice: TabNotice,
) -> impl IntoView {
    let notices = expect_context::<TabNotices>().0;
    let instruments = expect_context::<Instruments>();
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let close = move || notices.update(|n| {
        if index < n.len() {
            n.remove(index);
        }
    });
    let (kind, scan_name, place, text) = match &notice {
        TabNotice::Replaced { scan_name, place, earlier } => ("replaced", scan_name.clone(), Some(place.clone()), earlier.clone()),
        TabNotice::Held { scan_name, place, other } => ("held", scan_name.clone(), Some(place.clone()), other.clone()),
        TabNotice::Deleted { scan } => ("deleted", scan.details.name.clone(), None, None),
    };
    let restore = match notice {
        TabNotice::Deleted { scan } => Some(*scan),
        _ => None,
    };
    let can_restore = restore.is_some();
    let item = move || place.as_ref().map(|p| format!(": {}", place_label(p, &instruments, lang.get())));
    let what = move || match kind {
        "replaced" => t().other_tab_replaced,
        "held" => t().other_tab_held,
        _ => t().other_tab_deleted,
    };
    let handle_restore = move |_| {
        if let Some(scan) = restore.clone() {
            scans.update(|s| {
                if s.get(&scan.id).is_none() {
                    s.add(scan);
                }
            });
        }
        close();
    };
    view! {
        <li class="notice__item" data-kind=kind>
            <p><strong>{scan_name}</strong>{item}</p>
            <p>{what}</p>
            {text.map(|text| view! {
                <p class="hint">{move || if kind == "held" { t().other_text } else { t().earlier_text }}</p>
                <blockquote class="notice__earlier" data-testid="earlier-text">{text}</blockquote>
            })}
            <p class="button-row">
                {can_restore.then(|| view! {
                    <button type="button" class="button" on:click=handle_restore>{move || t().put_back}</button>
                })}
                <button type="button" class="button button--secondary" on:click=move |_| close()>{move || t().close}</button>
            </p>
        </li>
    }
}
