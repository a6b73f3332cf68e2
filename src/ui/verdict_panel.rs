//! The readiness verdict in words, what the list asks, and every item still missing, each a link
//! to the page where it can be done.

use super::state::{use_lang};
use crate::core::instrument::Instrument;
use crate::core::profile::{Gap, Profile, Verdict};
use crate::i18n::format_score;
use crate::route::Route;
use leptos::prelude::*;
use crate::ui::profile_texts::{ptr, use_profile_texts};
use std::sync::Arc;
use super::rule_list::RuleList;

#[component]
pub fn VerdictPanel(
    /// The profile whose verdict is shown.
    #[prop(into)]
    profile: Signal<Profile>,
    /// The instrument, for the rule and the item texts.
    instrument: Arc<Instrument>,
    /// The scan, for links to its goal pages.
    scan_id: String,
) -> impl IntoView {
    let lang = use_lang();
    let pt = use_profile_texts();
    let rule = instrument.readiness.clone();
    let gap_items = move || {
        let lang = lang.get();
        profile.with(|p| {
            p.gaps
                .iter()
                .map(|gap| {
                    let goal_title = instrument.goal(gap.goal()).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_default();
                    let indicator_text = |id: &str| {
                        instrument
                            .indicator(id)
                            .and_then(|(_, i)| i.wordings.first())
                            .map(|(_, text)| text.get(lang).to_string())
                            .unwrap_or_default()
                    };
                    let (what, about) = match gap {
                        Gap::Unanswered { indicator, .. } => (pt().gap_unanswered.to_string(), indicator_text(indicator)),
                        Gap::Unknown { indicator, .. } => (pt().gap_unknown.to_string(), indicator_text(indicator)),
                        Gap::MissingEvidence { indicator, .. } => (pt().gap_missing_evidence.to_string(), indicator_text(indicator)),
                        Gap::IndicatorBelow { indicator, score, minimum, .. } => {
                            ((pt().gap_indicator_below)(&score.to_string(), &minimum.to_string()), indicator_text(indicator))
                        }
                        Gap::GoalBelow { average, minimum, .. } => (
                            (pt().gap_goal_below)(&average.map(|a| format_score(a, lang)).unwrap_or_default(), &format_score(*minimum, lang)),
                            goal_title.clone(),
                        ),
                    };
                    let href = Route::Goal { scan: scan_id.clone(), goal: gap.goal().to_string() }.href();
                    view! {
                        <li class="gap">
                            <strong class="gap__what">{what}": "</strong>
                            <a href=href>{about}</a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class=move || format!("verdict verdict--{}", profile.with(|p| p.verdict.code())) aria-labelledby="verdict-title" data-testid="verdict">
            <h2 id="verdict-title" class="verdict__title">
                <span class="verdict__icon" aria-hidden="true">
                    {move || match profile.with(|p| p.verdict) { Verdict::Ready => "✓", Verdict::Almost => "◐", Verdict::NotYet => "○" }}
                </span>
                {move || match profile.with(|p| p.verdict) {
                    Verdict::Ready => pt().verdict_ready,
                    Verdict::Almost => pt().verdict_almost,
                    Verdict::NotYet => pt().verdict_not_yet,
                }}
            </h2>
            <p>
                {move || profile.with(|p| if p.gaps.is_empty() { pt().verdict_ready_body.to_string() } else { (pt().verdict_open_body)(p.gaps.len()) })}
            </p>
            <p class="verdict__completeness">
                {move || profile.with(|p| (pt().completeness)(p.counts.answered(), p.counts.total, p.counts.with_evidence, p.counts.rated))}
            </p>
            <details class="verdict__rule">
                <summary>{ptr(|t| t.rule_title)}</summary>
                <RuleList rule=rule/>
            </details>
            <Show when=move || profile.with(|p| !p.gaps.is_empty())>
                <h3 class="verdict__gaps-title">{ptr(|t| t.gaps_title)}</h3>
                <ul class="verdict__gaps">{gap_items.clone()}</ul>
            </Show>
        </section>
    }
}
