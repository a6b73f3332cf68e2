//! The agreed next steps, grouped by the partner who takes them up, with their dates.

use crate::core::instrument::Instrument;
use crate::core::meeting::actions_by_partner;
use crate::ui::state::{use_lang, use_scans};
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PartnerActions(
    /// The screening.
    scan_id: String,
    /// Its instrument, for the question texts.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let lt = use_lea_texts();
    let id = StoredValue::new(scan_id);
    view! {
        <section class="partner-actions" aria-labelledby="partner-actions-title" data-testid="partner-actions">
            <h2 id="partner-actions-title">{lea_tr(|t| t.actions_by_partner_title)}</h2>
            {move || {
                let lang = lang.get();
                scans.with(|s| {
                    let Some(scan) = s.get(&id.get_value()) else { return ().into_any() };
                    let groups = actions_by_partner(scan, &instrument);
                    if groups.is_empty() {
                        return view! { <p>{lt().actions_none_agreed}</p> }.into_any();
                    }
                    groups.into_iter().map(|(partner, actions)| {
                        let heading = partner.map_or(lt().owner_none, |p| p.label(lang));
                        view! {
                            <h3 class="partner-actions__partner">{heading}</h3>
                            <ul class="partner-actions__list">
                                {actions.into_iter().map(|action| {
                                    let question = instrument.indicator(&action.indicator)
                                        .and_then(|(_, i)| i.wordings.first())
                                        .map(|(_, text)| text.get(lang).to_string())
                                        .unwrap_or_default();
                                    let due = (!action.due.is_empty()).then(|| format!(" ({} {})", lt().due_label.to_ascii_lowercase(), action.due));
                                    view! {
                                        <li>
                                            <strong>{action.next_step}</strong>{due}
                                            <span class="partner-actions__question">{question}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }
                    }).collect_view().into_any()
                })
            }}
        </section>
    }
}
