//! One indicator: its text as the legend of the rating group, then a note and the evidence.

use super::rating_scale::RatingScale;
use super::state::{answer_text, now, use_lang, use_scans, use_texts};
use crate::core::assessment::Answer;
use crate::core::merge::{AnswerField, Place};
use crate::core::instrument::{Indicator, ScaleLevel};
use crate::core::school::Sector;
use crate::ui::scan_texts::{scan_tr, use_scan_texts};
use leptos::prelude::*;
use std::sync::Arc;

/// Which free text of an answer a field edits.
#[derive(Clone, Copy)]
enum FreeText {
    Note,
    Evidence,
}

#[component]
pub fn IndicatorQuestion(
    /// The scan being filled in.
    scan_id: String,
    /// The indicator asked here.
    indicator: Indicator,
    /// The scan's sector, which picks the wording (none for an LEA screening).
    sector: Option<Sector>,
    /// Its place on the page, from 1.
    number: usize,
    /// How many indicators the page has.
    total: usize,
    /// The instrument's scale.
    scale: Arc<Vec<ScaleLevel>>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let sc = use_scan_texts();
    let text = indicator.text_for(sector).cloned().unwrap_or_default();
    let scan = StoredValue::new(scan_id.clone());
    let key = StoredValue::new(indicator.id.clone());

    let edit = move |field: FreeText, value: String| {
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&scan.get_value()) {
                let (id, time) = (key.get_value(), now());
                match field {
                    FreeText::Note => scan.set_note(&id, value, &time),
                    FreeText::Evidence => scan.set_evidence(&id, value, &time),
                }
            }
        })
    };
    let field = move |kind: FreeText| {
        let (prefix, place_field, pick): (_, _, fn(&Answer) -> &String) = match kind {
            FreeText::Note => ("note", AnswerField::Note, |a| &a.note),
            FreeText::Evidence => ("evidence", AnswerField::Evidence, |a| &a.evidence),
        };
        let place = Place::Answer(key.get_value(), place_field).to_string();
        let id = format!("{prefix}-{}", key.get_value());
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label class="label label--small" for=id.clone()>
                    {move || match kind { FreeText::Note => t().note_label, FreeText::Evidence => t().evidence_label }}
                </label>
                <p class="hint" id=hint_id.clone()>
                    {move || match kind { FreeText::Note => sc().note_hint, FreeText::Evidence => sc().evidence_hint }}
                </p>
                <textarea
                    class="textarea"
                    id=id
                    rows="3"
                    aria-describedby=hint_id
                    data-place=place
                    prop:value=answer_text(scan, key, pick)
                    on:input=move |ev| edit(kind, event_target_value(&ev))
                ></textarea>
            </div>
        }
    };

    view! {
        <section class="question" data-indicator=indicator.id.clone()>
            <fieldset class="scale">
                <legend class="question__legend">
                    <h2 class="question__heading">
                        <span class="question__number">{move || (sc().indicator_counter)(number, total)}</span>
                        <span class="question__text">{move || text.get(lang.get()).to_string()}</span>
                    </h2>
                </legend>
                <p class="hint">{scan_tr(|t| t.rating_legend_hint)}</p>
                <RatingScale scan_id=scan_id indicator_id=indicator.id.clone() scale=scale/>
            </fieldset>
            {field(FreeText::Note)}
            {field(FreeText::Evidence)}
        </section>
    }
}
