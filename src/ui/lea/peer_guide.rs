//! The screening's short inventory for a peer review with another municipality, at topic level
//! (`core::peer::inventory`, as a school's on its profile): where we are strong and can share, and
//! where we want to learn from the other. Its open questions are listed just above it.

use crate::core::instrument::{Audience, Instrument};
use crate::core::peer::inventory;
use crate::core::profile::Profile;
use crate::i18n::format_score;
use crate::ui::state::{use_lang, use_scans};
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PeerGuide(
    /// The screening.
    scan_id: String,
    /// Its profile.
    #[prop(into)]
    profile: Signal<Profile>,
    /// Its instrument, for titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let lt = use_lea_texts();
    let scans = use_scans();
    let id = StoredValue::new(scan_id);
    // Both lists as plain lines ("title – score"), so one piece of markup draws them.
    let lines = move || {
        let lang = lang.get();
        let found = profile.with(|p| scans.with(|s| s.get(&id.get_value()).map(|scan| inventory(scan, p, Audience::Lea)))).unwrap_or_default();
        let line = |goal: &str, score: Option<f32>| {
            let title = instrument.goal(goal).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_default();
            score.map(|s| format!("{title} – {}", format_score(s, lang))).unwrap_or(title)
        };
        let strong: Vec<String> = found.offers.iter().map(|o| line(&o.goal, Some(o.score))).collect();
        let weak: Vec<String> = found.needs.iter().map(|n| line(&n.goal, n.score)).collect();
        [(lt().guide_strong, "guide-strong", strong), (lt().guide_weak, "guide-weak", weak)]
            .into_iter()
            .map(|(heading, test_id, items)| view! {
                <h3>{heading}</h3>
                <div data-testid=test_id>{if items.is_empty() {
                    view! { <p>{lt().guide_none}</p> }.into_any()
                } else {
                    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
                }}</div>
            })
            .collect_view()
    };
    view! {
        <section class="peer-guide" aria-labelledby="peer-guide-title" data-testid="peer-guide">
            <h2 id="peer-guide-title">{lea_tr(|t| t.guide_title)}</h2>
            <p>{lea_tr(|t| t.guide_intro)}</p>
            {lines}
        </section>
    }
}
