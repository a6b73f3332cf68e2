//! One question in the meeting: the agreed status, the individual round, a short agreed note,
//! who takes it up, the next step and its date.

use super::individual_round::IndividualRound;
use crate::core::instrument::{Indicator, Instrument};
use crate::core::meeting::Partner;
use crate::ui::rating_scale::RatingScale;
use crate::core::merge::{AnswerField, Place};
use crate::ui::state::{answer_text, now, use_lang, use_scans};
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MeetingQuestion(
    /// The screening.
    scan_id: String,
    /// The question.
    indicator: Indicator,
    /// Its place on the page, from 1.
    number: usize,
    /// How many questions the page has.
    total: usize,
    /// The instrument, for the scale.
    instrument: Arc<Instrument>,
    /// Set to this question's id when focus enters it, so shortcuts act on it.
    current: RwSignal<Option<String>>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let lt = use_lea_texts();
    let text = indicator.text_for(None).cloned().unwrap_or_default();
    let scan = StoredValue::new(scan_id.clone());
    let key = StoredValue::new(indicator.id.clone());
    // The owner list starts from the stored answer; the text fields follow the state (and so
    // other tabs), while the merge keeps the one under the cursor.
    let stored = scans.with_untracked(|s| s.get(&scan_id).and_then(|scan| scan.answer(&indicator.id).cloned())).unwrap_or_default();
    let partners = scans.with_untracked(|s| s.get(&scan_id).and_then(|s| s.meeting.as_ref().map(|m| m.partners.clone()))).unwrap_or_default();
    let edit = move |change: Box<dyn FnOnce(&mut crate::core::assessment::Answer)>| {
        scans.update(|s| {
            if let Some(scan) = s.get_mut(&scan.get_value()) {
                scan.edit_answer(&key.get_value(), &now(), change);
            }
        })
    };
    let field_id = move |name: &str| format!("{name}-{}", key.get_value());
    let place = move |field: AnswerField| Place::Answer(key.get_value(), field).to_string();
    let stored_owner = stored.owner;
    // The choice follows the state too (another tab may change it).
    let owner = move || scans.with(|s| s.get(&scan.get_value()).and_then(|s| s.answer(&key.get_value())).and_then(|a| a.owner));
    view! {
        <section class="question question--meeting" data-indicator=indicator.id.clone()
            on:focusin=move |_| current.set(Some(key.get_value()))>
            <fieldset class="scale">
                <legend class="question__legend">
                    <h2 class="question__heading">
                        <span class="question__number">{move || (lt().question_counter)(number, total)}</span>
                        <span class="question__text">{move || text.get(lang.get()).to_string()}</span>
                    </h2>
                </legend>
                <p class="hint">{lea_tr(|t| t.status_hint)}</p>
                <RatingScale scan_id=scan_id.clone() indicator_id=indicator.id.clone() scale=Arc::new(instrument.scale.clone()) allow_not_applicable=false/>
            </fieldset>
            <IndividualRound scan_id=scan_id.clone() indicator_id=indicator.id.clone() instrument=instrument.clone()/>
            <div class="field-row meeting-fields">
                <div class="field meeting-fields__note">
                    <label class="label label--small" for=field_id("note")>{lea_tr(|t| t.agreed_note_label)}</label>
                    <textarea class="textarea" id=field_id("note") rows="2" prop:value=answer_text(scan, key, |a| &a.note) data-place=place(AnswerField::Note)
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.note = v)) }></textarea>
                </div>
                <div class="field">
                    <label class="label label--small" for=field_id("owner")>{lea_tr(|t| t.owner_label)}</label>
                    <select class="input" id=field_id("owner")
                        on:change=move |ev| {
                            let owner = event_target_value(&ev).parse::<Partner>().ok();
                            edit(Box::new(move |a| a.owner = owner))
                        }>
                        <option value="" selected=stored_owner.is_none() prop:selected=move || owner().is_none()>{lea_tr(|t| t.owner_none)}</option>
                        // The partners at the table, and the one chosen before if it is not among them.
                        {partners.iter().copied().chain(stored_owner.filter(|o| !partners.contains(o))).map(|partner| view! {
                            <option value=partner.code() selected=stored_owner == Some(partner)
                                prop:selected=move || owner() == Some(partner)>{move || partner.label(lang.get())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="label label--small" for=field_id("next")>{lea_tr(|t| t.next_step_label)}</label>
                    <input class="input" type="text" id=field_id("next") prop:value=answer_text(scan, key, |a| &a.next_step) data-place=place(AnswerField::NextStep)
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.next_step = v)) }/>
                </div>
                <div class="field">
                    <label class="label label--small" for=field_id("due")>{lea_tr(|t| t.due_label)}</label>
                    <input class="input" type="date" id=field_id("due") prop:value=answer_text(scan, key, |a| &a.due) data-place=place(AnswerField::Due)
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.due = v)) }/>
                </div>
            </div>
        </section>
    }
}
