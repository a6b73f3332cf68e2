//! What a list asks before a school counts as ready, in words: on the profile's verdict and in
//! the list's own document.

use crate::core::instrument::ReadinessRule;
use crate::i18n::format_score;
use crate::ui::profile_texts::use_profile_texts;
use crate::ui::state::use_lang;
use leptos::prelude::*;

#[component]
pub fn RuleList(
    /// The list's readiness rule.
    rule: ReadinessRule,
) -> impl IntoView {
    let lang = use_lang();
    let pt = use_profile_texts();
    let lines = move || {
        let lang = lang.get();
        let mut lines = Vec::new();
        if let Some(min) = rule.min_goal_score {
            lines.push((pt().rule_min_goal)(&format_score(min, lang)));
        }
        if let Some(min) = rule.min_indicator_score {
            lines.push((pt().rule_min_indicator)(&min.to_string()));
        }
        if rule.evidence_required {
            lines.push(pt().rule_evidence.to_string());
        }
        if let Some(max) = rule.max_unknown {
            lines.push((pt().rule_unknown)(max));
        }
        lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()
    };
    view! { <ul data-testid="rule-list">{lines}</ul> }
}
