//! "Na de collegiale consultatie": per streefdoel the school or municipality took agreements on in
//! a peer review (`core::guide::follow_ups`), the score then and now, so a later profile shows
//! what the conversation led to.

use crate::core::guide::follow_ups;
use crate::core::instrument::Instrument;
use crate::core::lang::{format_score, Lang};
use crate::core::profile::Profile;
use crate::ui::state::{use_lang, use_scans};
use leptos::prelude::*;
use std::sync::Arc;

/// "+0,5", "−1,0" or "gelijk": the change in words, never by colour alone.
fn change(before: Option<f32>, now: Option<f32>, lang: Lang) -> String {
    match (before, now) {
        (Some(b), Some(n)) if (n - b).abs() < 0.05 => lang.pick("gelijk", "the same").into(),
        (Some(b), Some(n)) if n > b => format!("+{}", format_score(n - b, lang)),
        (Some(b), Some(n)) => format!("−{}", format_score(b - n, lang)),
        _ => "–".into(),
    }
}

#[component]
pub fn PeerFollowUp(
    /// The scan whose peer-review agreements are followed.
    scan_id: String,
    /// Its profile now.
    #[prop(into)]
    profile: Signal<Profile>,
    /// Its list, for the streefdoelen' titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let id = StoredValue::new(scan_id);
    let found = Memo::new(move |_| profile.with(|p| scans.with(|s| s.get(&id.get_value()).map(|scan| follow_ups(scan, p)))).unwrap_or_default());
    move || {
        let lang = lang.get();
        let rows = found.get();
        if rows.is_empty() {
            return ().into_any();
        }
        let score = |s: Option<f32>| s.map(|s| format_score(s, lang)).unwrap_or_else(|| lang.pick("geen score", "no score").into());
        let body = rows.into_iter().map(|f| {
            let title = instrument.goal(&f.goal).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_else(|| f.goal.clone());
            let review = if f.with.is_empty() { f.date.clone() } else { format!("{} · {} {}", f.date, lang.pick("met", "with"), f.with.join(", ")) };
            view! {
                <tr data-testid="follow-up-row">
                    <th scope="row">{title}</th>
                    <td>{review}</td>
                    <td>{score(f.before)}</td>
                    <td>{score(f.now)}</td>
                    <td>{change(f.before, f.now, lang)}</td>
                </tr>
            }
        }).collect_view();
        view! {
            <section aria-labelledby="follow-up-title" data-testid="peer-follow-up">
                <h2 id="follow-up-title">{lang.pick("Na de collegiale consultatie", "After the peer review")}</h2>
                <p class="hint">{lang.pick(
                    "De onderwerpen waarover u afspraken maakte met andere scholen of gemeenten: de score toen en nu.",
                    "The topics on which you made agreements with other schools or municipalities: the score then and now.",
                )}</p>
                <div class="table-wrap">
                    <table class="table">
                        <caption class="visually-hidden">{lang.pick("Score voor en na de collegiale consultatie", "Score before and after the peer review")}</caption>
                        <thead><tr>
                            <th scope="col">{lang.pick("Onderwerp", "Topic")}</th>
                            <th scope="col">{lang.pick("Consultatie", "Peer review")}</th>
                            <th scope="col">{lang.pick("Score toen", "Score then")}</th>
                            <th scope="col">{lang.pick("Score nu", "Score now")}</th>
                            <th scope="col">{lang.pick("Verschil", "Change")}</th>
                        </tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </section>
        }
        .into_any()
    }
}
