//! The optional individual round for one question: every partner's own view, shown together
//! with how far apart they are, before the group agrees.

use crate::core::assessment::Rating;
use crate::core::instrument::Instrument;
use crate::core::meeting::Partner;
use crate::ui::state::{tr, use_lang, use_scans, use_texts};
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn IndividualRound(
    /// The screening.
    scan_id: String,
    /// The question (indicator) the views are about.
    indicator_id: String,
    /// The instrument, for the scale.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let lt = use_lea_texts();
    let scan = StoredValue::new(scan_id);
    let indicator = StoredValue::new(indicator_id.clone());
    let partners = Memo::new(move |_| {
        scans.with(|s| s.get(&scan.get_value()).and_then(|s| s.meeting.as_ref().map(|m| m.partners.clone())).unwrap_or_default())
    });
    let view_of = move |partner: Partner| {
        scans.with(|s| {
            s.get(&scan.get_value())
                .and_then(|s| s.meeting.as_ref()?.view(&indicator.get_value(), partner).cloned())
        })
    };
    let set_view = move |partner: Partner, rating: Option<Rating>| {
        scans.update(|s| {
            if let Some(meeting) = s.get_mut(&scan.get_value()).and_then(|s| s.meeting.as_mut()) {
                meeting.set_view(&indicator.get_value(), partner, rating);
            }
        })
    };
    let options = StoredValue::new(
        instrument.scale.iter().map(|l| (l.code.clone(), l.score, l.label.clone())).collect::<Vec<_>>(),
    );
    let spread_text = {
        let instrument = instrument.clone();
        move || {
            let lang = lang.get();
            scans.with(|s| {
                let Some(meeting) = s.get(&scan.get_value()).and_then(|s| s.meeting.as_ref()) else { return String::new() };
                let spread = meeting.spread(&indicator.get_value(), &instrument);
                if spread.given == 0 {
                    return String::new();
                }
                let mut parts: Vec<String> = spread
                    .levels
                    .iter()
                    .filter_map(|(code, n)| {
                        let label = instrument.level(code)?.label.get(lang);
                        Some(format!("{label}: {n}"))
                    })
                    .collect();
                parts.push(format!("{}: {}", t().unknown, spread.unknown));
                format!("{}. {}", parts.join(" · "), (lt().spread_steps)(spread.steps))
            })
        }
    };
    let summary_id = format!("spread-{indicator_id}");
    view! {
        <details class="individual-round">
            <summary class="individual-round__toggle">{lea_tr(|t| t.individual_toggle)}</summary>
            <p class="hint">{lea_tr(|t| t.individual_intro)}</p>
            <Show when=move || !partners.with(Vec::is_empty) fallback=move || view! { <p>{lea_tr(|t| t.no_partners)}</p> }>
                <div class="individual-round__views">
                    <For each=move || partners.get() key=|p| *p children=move |partner: Partner| {
                        let select_id = format!("view-{}-{}", indicator.get_value(), partner.code());
                        view! {
                            <div class="field individual-round__view">
                                <label class="label label--small" for=select_id.clone()>
                                    {move || (lt().individual_view_label)(partner.label(lang.get()))}
                                </label>
                                <select class="input" id=select_id
                                    on:change=move |ev| {
                                        let value = event_target_value(&ev);
                                        let rating = match value.as_str() {
                                            "" => None,
                                            "weet-niet" => Some(Rating::Unknown),
                                            code => Some(Rating::Level(code.to_string())),
                                        };
                                        set_view(partner, rating);
                                    }>
                                    <option value="" selected=move || view_of(partner).is_none()>{lea_tr(|t| t.no_view)}</option>
                                    {options.get_value().into_iter().map(|(code, score, label)| {
                                        let chosen = Rating::Level(code.clone());
                                        view! {
                                            <option value=code selected=move || view_of(partner) == Some(chosen.clone())>
                                                {move || format!("{score}. {}", label.get(lang.get()))}
                                            </option>
                                        }
                                    }).collect_view()}
                                    <option value="weet-niet" selected=move || view_of(partner) == Some(Rating::Unknown)>{tr(|t| t.unknown)}</option>
                                </select>
                            </div>
                        }
                    }/>
                </div>
                <p class="individual-round__spread" id=summary_id.clone() role="status" data-testid="spread">{spread_text.clone()}</p>
            </Show>
        </details>
    }
}
