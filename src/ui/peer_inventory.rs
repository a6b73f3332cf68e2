//! "Waar kunt u anderen mee helpen, waar zoekt u hulp?": the profile's short inventory for a
//! peer review of the ExpertisePunt (`core::peer::inventory`), so a team sees what it would bring
//! to a *collegiale consultatie* and what it would ask.

use crate::core::instrument::Instrument;
use crate::core::lang::Lang;
use crate::core::peer::{inventory, NeedReason};
use crate::core::profile::Profile;
use crate::i18n::format_score;
use crate::ui::state::{use_lang, use_scans};
use leptos::prelude::*;
use std::sync::Arc;

fn reason_text(reason: NeedReason, lang: Lang) -> &'static str {
    match reason {
        NeedReason::Development => lang.pick("ontwikkelpunt", "development point"),
        NeedReason::Unknown => lang.pick("nog 'weet niet'", "still 'don't know'"),
        NeedReason::InPlan => lang.pick("in uw plan", "in your plan"),
    }
}

#[component]
pub fn PeerInventory(
    /// The scan whose needs and offers are shown.
    scan_id: String,
    /// Its profile on its list.
    #[prop(into)]
    profile: Signal<Profile>,
    /// The list, for the streefdoelen' titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let id = StoredValue::new(scan_id);
    let audience = instrument.audience;
    let title = move |goal: &str, lang: Lang| instrument.goal(goal).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_else(|| goal.to_string());
    let lists = move || {
        let lang = lang.get();
        let found = profile.with(|p| scans.with(|s| s.get(&id.get_value()).map(|scan| inventory(scan, p, audience)))).unwrap_or_default();
        let score = |s: Option<f32>| s.map(|s| format!(" ({})", format_score(s, lang))).unwrap_or_default();
        let needs = found
            .needs
            .iter()
            .map(|n| view! { <li>{format!("{}{} · {}", title(&n.goal, lang), score(n.score), reason_text(n.reason, lang))}</li> })
            .collect_view();
        let offers = found
            .offers
            .iter()
            .map(|o| view! { <li>{format!("{}{}", title(&o.goal, lang), score(Some(o.score)))}</li> })
            .collect_view();
        let empty = |nl: &'static str, en: &'static str| view! { <p class="hint">{lang.pick(nl, en)}</p> };
        view! {
            <div class="profile-lists">
                <div data-testid="peer-needs">
                    <h3>{lang.pick("Hier zoekt u hulp bij", "Where you look for help")}</h3>
                    {if found.needs.is_empty() { empty("Geen ontwikkelpunten of open vragen.", "No development points or open questions.").into_any() } else { view! { <ul class="profile-list__items">{needs}</ul> }.into_any() }}
                </div>
                <div data-testid="peer-offers">
                    <h3>{lang.pick("Hier kunt u anderen mee helpen", "Where you can help others")}</h3>
                    {if found.offers.is_empty() {
                        empty("Nog geen: een sterk punt telt mee als het bij elk antwoord zegt waar het uit blijkt.", "None yet: a strength counts when every answer says where it shows.").into_any()
                    } else {
                        view! { <ul class="profile-list__items">{offers}</ul> }.into_any()
                    }}
                </div>
            </div>
        }
    };
    view! {
        <section aria-labelledby="peer-title" data-testid="peer-inventory">
            <h2 id="peer-title">{move || lang.get().pick("Waar kunt u anderen mee helpen, waar zoekt u hulp?", "Where can you help others, where do you look for help?")}</h2>
            <p class="hint">{move || lang.get().pick(
                "Voor een collegiale consultatie: het ExpertisePunt brengt scholen bij elkaar die van elkaar kunnen leren.",
                "For a peer review: the ExpertisePunt brings schools together that can learn from each other.",
            )}</p>
            {lists}
        </section>
    }
}
