//! The rating of one indicator: the instrument's levels, then "weet niet" and "n.v.t." set apart.
//! A native radio group, so arrow keys, Tab and screen readers work as people expect.

use super::state::{tr, now, use_lang, use_scans, use_texts};
use crate::core::assessment::Rating;
use crate::core::instrument::ScaleLevel;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RatingScale(
    /// The scan the answer belongs to.
    scan_id: String,
    /// The indicator being rated; also names the radio group.
    indicator_id: String,
    /// The levels of the instrument, lowest first.
    scale: Arc<Vec<ScaleLevel>>,
    /// Offer "n.v.t." (a school scan) or not (an LEA meeting agrees on yes / partly / no).
    #[prop(default = true)]
    allow_not_applicable: bool,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let scan = StoredValue::new(scan_id);
    let indicator = StoredValue::new(indicator_id.clone());
    let current = Memo::new(move |_| {
        scans.with(|s| s.get(&scan.get_value()).and_then(|scan| scan.rating(&indicator.get_value()).cloned()))
    });
    let choose = move |rating: Option<Rating>| {
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&scan.get_value()) {
                scan.set_rating(&indicator.get_value(), rating, &now());
            }
        })
    };
    let group = format!("rating-{indicator_id}");

    let option = move |rating: Rating, label: Signal<String>, hint: Signal<String>, extra_class: &'static str| {
        let code = match &rating {
            Rating::Level(code) => code.clone(),
            Rating::Unknown => "weet-niet".into(),
            Rating::NotApplicable => "nvt".into(),
        };
        let input_id = format!("{}-{code}", indicator.get_value());
        let hint_id = format!("{input_id}-hint");
        let checked = {
            let rating = rating.clone();
            move || current.with(|c| c.as_ref() == Some(&rating))
        };
        view! {
            <div class=format!("scale__option {extra_class}")>
                <input
                    class="scale__input"
                    type="radio"
                    name=group.clone()
                    id=input_id.clone()
                    value=code
                    aria-describedby=hint_id.clone()
                    prop:checked=checked
                    on:change=move |_| choose(Some(rating.clone()))
                />
                <label class="scale__label" for=input_id>
                    <span class="scale__name">{move || label.get()}</span>
                    <span class="scale__hint" id=hint_id>{move || hint.get()}</span>
                </label>
            </div>
        }
    };

    let levels = scale
        .iter()
        .map(|level| {
            let (label, description, score) = (level.label.clone(), level.description.clone(), level.score);
            option(
                Rating::Level(level.code.clone()),
                Signal::derive(move || (t().level_label)(&score.to_string(), label.get(lang.get()))),
                Signal::derive(move || description.get(lang.get()).to_string()),
                "",
            )
        })
        .collect_view();
    let unknown = option(
        Rating::Unknown,
        Signal::derive(move || t().unknown.to_string()),
        Signal::derive(move || t().unknown_hint.to_string()),
        "scale__option--apart",
    );
    let not_applicable = option(
        Rating::NotApplicable,
        Signal::derive(move || t().not_applicable.to_string()),
        Signal::derive(move || t().not_applicable_hint.to_string()),
        "scale__option--apart",
    );

    view! {
        <div class="scale__options">{levels}</div>
        <div class="scale__options scale__options--apart">{unknown}{allow_not_applicable.then_some(not_applicable)}</div>
        <Show when=move || current.with(Option::is_some)>
            <button type="button" class="button button--link scale__clear" on:click=move |_| choose(None)>
                {tr(|t| t.clear_answer)}
            </button>
        </Show>
    }
}
