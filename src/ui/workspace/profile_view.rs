//! A received profile, read-only: who and what, the score, chart and table, and every answer
//! with the adviser's comment per streefdoel. Used for opened files and for share links.

use super::say;
use crate::core::assessment::Scan;
use crate::core::instrument::{Audience, Instrument};
use crate::core::lang::format_score;
use crate::core::profile::Profile;
use crate::ui::answers_summary::AnswersSummary;
use crate::ui::instrument_label::InstrumentLabel;
use crate::ui::score_chart::ScoreChart;
use crate::ui::score_table::ScoreTable;
use crate::ui::state::{format_time, use_lang};
use leptos::prelude::*;
use std::sync::Arc;

fn topic_title(lang: crate::core::lang::Lang) -> &'static str {
    lang.pick("Score per onderwerp", "Score per topic")
}

#[component]
pub fn ProfileView(
    /// The scan as received (with any comments).
    #[prop(into)]
    scan: Signal<Scan>,
    /// Its instrument.
    instrument: Arc<Instrument>,
    /// Where it came from (a file name), shown under the title.
    #[prop(into)]
    source: String,
    /// Per streefdoel, shown below its answers: the comment editor in the workspace. Without it,
    /// the comments are shown as text.
    #[prop(optional)]
    goal_extra: Option<Callback<String, AnyView>>,
) -> impl IntoView {
    let lang = use_lang();
    let for_profile = instrument.clone();
    let profile = Memo::new(move |_| scan.with(|s| Profile::of(s, &for_profile)));
    let max = instrument.scale.iter().map(|l| l.score).max().unwrap_or(0);
    let name = move || scan.with(|s| s.details.name.clone());
    let meta = move || {
        let lang = lang.get();
        scan.with(|s| {
            let mut parts: Vec<&str> = s.details.sector.map(|x| x.label(lang)).into_iter().collect();
            parts.extend(s.details.region.map(|r| r.label(lang)));
            parts.join(" · ")
        })
    };
    let changed = move || {
        let when = format_time(&scan.with(|s| s.updated_at.clone()), lang.get());
        format!("{} {when} · {source}", lang.get().pick("Laatst gewijzigd", "Last changed"))
    };
    let answers = Signal::derive(move || Some(scan.get()));
    let chart = if instrument.audience == Audience::Lea {
        view! { <ScoreChart profile=profile instrument=instrument.clone() title=topic_title/> }.into_any()
    } else {
        view! { <ScoreChart profile=profile instrument=instrument.clone()/> }.into_any()
    };
    view! {
        <header class="profile-header">
            <h1 tabindex="-1" data-testid="profile-name">{name}</h1>
            <p class="meta">{meta}</p>
            <p class="meta">{changed}</p>
            <InstrumentLabel instrument=instrument.clone()/>
            <p class="overall-score" data-testid="overall-score">
                {move || {
                    let lang = lang.get();
                    profile.with(|p| {
                        let verdict = p.verdict.label(lang);
                        match p.overall {
                            Some(o) => format!("{} {} {} {max} · {verdict}", lang.pick("Totaalscore", "Overall score"), format_score(o, lang), lang.pick("van", "of")),
                            None => format!("{} · {verdict}", lang.pick("Nog geen score", "No score yet")),
                        }
                    })
                }}
            </p>
            <p class="hint">{say("Alleen lezen: dit is het profiel zoals het is ontvangen.", "Read-only: this is the profile as it was received.")}</p>
        </header>
        {move || goal_extra.is_none().then(|| scan.with(|s| s.feedback().map(|f| (f.overall.clone(), f.author.clone())))).flatten().map(|(overall, author)| view! {
            <section class="notice notice--info" aria-labelledby="feedback-overall" data-testid="feedback-overall">
                <h2 id="feedback-overall" class="notice__title">{say("Opmerkingen van de adviseur", "Comments from the adviser")}</h2>
                <p class="preserve-lines">{overall}</p>
                {(!author.trim().is_empty()).then(|| view! { <p class="meta">{author}</p> })}
            </section>
        })}
        {chart}
        <ScoreTable profile=profile instrument=instrument.clone()/>
        <section aria-labelledby="answers-title">
            <h2 id="answers-title">{say("Alle antwoorden", "All answers")}</h2>
            {match goal_extra {
                Some(extra) => view! { <AnswersSummary scan=answers instrument=instrument.clone() with_links=false goal_extra=extra/> }.into_any(),
                None => view! { <AnswersSummary scan=answers instrument=instrument.clone() with_links=false/> }.into_any(),
            }}
        </section>
    }
}
