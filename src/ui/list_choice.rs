//! Which list a new scan or screening uses, when this browser has more than one for its audience:
//! the newest version is chosen; each list's note says what it is. Until the user picks one, the
//! choice follows the newest list, because lists the website publishes can arrive after the
//! screen is drawn (`ui::published_lists`).

use crate::core::instrument::{Audience, Instrument};
use std::sync::Arc;
use crate::ui::state::{say, use_lang, Instruments};
use leptos::prelude::*;

#[component]
pub fn ListChoice(
    /// Whose lists are offered: school lists for a scan, LEA lists for a screening.
    audience: Audience,
    /// The hash of the chosen list; set to the default when the component starts.
    chosen: RwSignal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    let choices = move || instruments.choices(audience);
    let newest = |offered: &[Arc<Instrument>]| offered.first().map(|l| l.hash.clone()).unwrap_or_default();
    let picked = StoredValue::new(!chosen.get_untracked().is_empty());
    if !picked.get_value() {
        chosen.set(newest(&choices()));
    }
    // A list that arrives later, or one the website takes off (retired), moves an unpicked or
    // vanished choice to the newest list that is offered.
    Effect::new(move |_| {
        let offered = choices();
        let current = chosen.get_untracked();
        let vanished = !offered.iter().any(|l| l.hash == current);
        if !picked.get_value() || vanished {
            let newest = newest(&offered);
            if newest != current {
                chosen.set(newest);
            }
        }
    });
    let note = move || {
        let hash = chosen.get();
        choices().into_iter().find(|l| l.hash == hash).map(|l| l.disclaimer.get(lang.get()).to_string())
    };
    let origin_of = move |hash: &str| instruments.0.with(|l| l.get(hash).map(|l| l.origin.label(lang.get())).unwrap_or_default());
    view! {
        <Show when=move || { choices().len() > 1 }>
            <fieldset class="field" aria-describedby="list-choice-note" data-testid="list-choice">
                <legend class="label">{say("Welke lijst gebruikt u?", "Which list do you use?")}</legend>
                <div class="choices">
                    {move || choices().into_iter().map(|list| {
                        let hash = list.hash.clone();
                        let id = format!("list-{hash}");
                        let for_change = hash.clone();
                        let namesake = instruments.0.with(|l| l.has_namesake(&list));
                        let origin = origin_of(&hash);
                        view! {
                            <div class="choice">
                                <input class="choice__input" type="radio" name="list" id=id.clone() value=hash.clone()
                                    prop:checked=move || chosen.get() == hash
                                    on:change=move |_| {
                                        picked.set_value(true);
                                        chosen.set(for_change.clone());
                                    }/>
                                <label class="choice__label" for=id>
                                    {list.title.get(lang.get()).to_string()}
                                    {format!(" · {} {}", lang.get().pick("versie", "version"), list.version)}
                                    {format!(" · {origin}")}
                                    // Two lists with the same name and version: the hash tells them apart.
                                    {namesake.then(|| format!(" · #{}", &list.hash[..8.min(list.hash.len())]))}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </Show>
        <p class="hint" id="list-choice-note" data-testid="list-note">{note}</p>
    }
}
