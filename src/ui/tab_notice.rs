//! Says what another tab did to the scans open here: a later change that replaced this tab's
//! text (which stays readable, to copy back), a text kept under the cursor, or a scan deleted
//! there that can be put back from here.

use super::state::{use_lang, use_scans, Instruments};
use crate::core::lang::Lang;
use super::tab_sync::{TabNotice, TabNotices};
use crate::core::merge::Place;
use leptos::prelude::*;

/// The part of a scan in words: "Toelichting – De visie is met ouders besproken."
fn place_label(place: &Place, instruments: &Instruments, lang: Lang) -> String {
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

/// The words of one notice in the chosen language: who, what happened, and the text to show.
fn words(notice: &TabNotice, instruments: &Instruments, lang: Lang) -> (String, &'static str, Option<(&'static str, String)>) {
    let t = crate::i18n::texts(lang);
    let about = |name: &str, place: &Place| format!("{name}: {}", place_label(place, instruments, lang));
    match notice {
        TabNotice::Replaced { scan_name, place, earlier } => (about(scan_name, place), t.other_tab_replaced, earlier.clone().map(|e| (t.earlier_text, e))),
        TabNotice::Held { scan_name, place, other } => (about(scan_name, place), t.other_tab_held, other.clone().map(|o| (t.other_text, o))),
        TabNotice::Deleted { scan } => (scan.details.name.clone(), t.other_tab_deleted, None),
    }
}

/// The notices, drawn again as a whole when one comes or goes or the language changes: they are
/// few and rare, and one closure without inner ones keeps the first visit small.
#[component]
pub fn TabNoticeList() -> impl IntoView {
    let notices = expect_context::<TabNotices>().0;
    let instruments = expect_context::<Instruments>();
    let scans = use_scans();
    let lang = use_lang();
    let close = move |index: usize| notices.update(|n| {
        if index < n.len() {
            n.remove(index);
        }
    });
    let put_back = move |index: usize| {
        if let Some(TabNotice::Deleted { scan }) = notices.with_untracked(|n| n.get(index).cloned()) {
            scans.update(|s| {
                if s.get(&scan.id).is_none() {
                    s.add(*scan);
                }
            });
        }
        close(index);
    };
    move || {
        let lang = lang.get();
        let t = crate::i18n::texts(lang);
        let list = notices.get();
        (!list.is_empty()).then(|| {
            let items = list
                .iter()
                .enumerate()
                .map(|(index, notice)| {
                    let (about, what, text) = words(notice, &instruments, lang);
                    let can_put_back = matches!(notice, TabNotice::Deleted { .. });
                    view! {
                        <li class="notice__item">
                            <p><strong>{about}</strong></p>
                            <p>{what}</p>
                            {text.map(|(label, text)| view! {
                                <p class="hint">{label}</p>
                                <blockquote class="notice__earlier" data-testid="earlier-text">{text}</blockquote>
                            })}
                            <p class="button-row">
                                {can_put_back.then(|| view! { <button type="button" class="button" on:click=move |_| put_back(index)>{t.put_back}</button> })}
                                <button type="button" class="button button--secondary" on:click=move |_| close(index)>{t.close}</button>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="notice notice--warning" role="region" aria-labelledby="other-tab-title" data-testid="other-tab">
                    <h2 id="other-tab-title" class="notice__title">{t.other_tab_title}</h2>
                    <ul class="notice__list">{items}</ul>
                </div>
            }
        })
    }
}
