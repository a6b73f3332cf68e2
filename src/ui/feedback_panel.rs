//! The adviser's comments on the school's own profile, received with an annotated file: the
//! overall note and, per streefdoel, the comment. The answers themselves are never changed by them.

use super::state::{use_lang, use_scans};
use crate::core::instrument::Instrument;
use leptos::prelude::*;
use crate::ui::profile_texts::{ptr, use_profile_texts};
use std::sync::Arc;

#[component]
pub fn FeedbackPanel(
    /// The own scan whose comments are shown.
    scan_id: String,
    /// Its instrument, for the streefdoel titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let pt = use_profile_texts();
    move || {
        let lang = lang.get();
        scans.with(|s| {
            let feedback = s.get(&scan_id)?.feedback()?;
            let goals = instrument
                .goals()
                .filter_map(|(_, goal)| feedback.goal(&goal.id).map(|c| (goal.title.get(lang).to_string(), c.to_string())))
                .map(|(title, comment)| view! { <dt>{title}</dt><dd class="preserve-lines">{comment}</dd> })
                .collect_view();
            let author = (!feedback.author.trim().is_empty()).then(|| (pt().feedback_by)(&feedback.author));
            Some(view! {
                <section class="notice notice--info feedback-panel" aria-labelledby="feedback-title" data-testid="feedback-panel">
                    <h2 id="feedback-title" class="notice__title">{ptr(|t| t.feedback_title)}</h2>
                    <p class="preserve-lines">{feedback.overall.clone()}</p>
                    <p class="meta">{author}</p>
                    <dl class="screen-only">{goals}</dl>
                </section>
            })
        })
    }
}
