//! The lists a team talks through: strengths, development points, open "weet niet" items and
//! high ratings without evidence. Each item links to where it can be changed.

use super::state::use_lang;
use crate::core::instrument::Instrument;
use crate::core::profile::Profile;
use crate::i18n::format_score;
use crate::ui::profile_texts::{profile_texts as texts, ProfileTexts as Texts};
use crate::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// Which list to show.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Strengths,
    DevelopmentPoints,
    OpenUnknown,
    HighWithoutEvidence,
}

impl ListKind {
    fn title(self, t: &Texts) -> &'static str {
        match self {
            ListKind::Strengths => t.strengths_title,
            ListKind::DevelopmentPoints => t.development_title,
            ListKind::OpenUnknown => t.unknown_title,
            ListKind::HighWithoutEvidence => t.no_evidence_title,
        }
    }

    fn empty(self, t: &Texts) -> &'static str {
        match self {
            ListKind::Strengths => t.strengths_empty,
            ListKind::DevelopmentPoints => t.development_empty,
            ListKind::OpenUnknown => t.unknown_empty,
            ListKind::HighWithoutEvidence => t.no_evidence_empty,
        }
    }

    fn code(self) -> &'static str {
        match self {
            ListKind::Strengths => "strengths",
            ListKind::DevelopmentPoints => "development",
            ListKind::OpenUnknown => "unknown",
            ListKind::HighWithoutEvidence => "no-evidence",
        }
    }
}

fn goal_route(scan: String, goal: String) -> Route {
    Route::Goal { scan, goal }
}

#[component]
pub fn ProfileList(
    /// Which of the four lists.
    kind: ListKind,
    /// The profile the list comes from.
    #[prop(into)]
    profile: Signal<Profile>,
    /// The instrument, for titles and texts.
    instrument: Arc<Instrument>,
    /// The scan, for links to its goal pages.
    scan_id: String,
    /// The screen an item opens: the goal page, or the meeting view of a topic.
    #[prop(default = goal_route)]
    link: fn(String, String) -> Route,
) -> impl IntoView {
    let lang = use_lang();
    let heading = format!("list-{}", kind.code());
    let labelled = heading.clone();
    view! {
        <section class="profile-list" aria-labelledby=labelled data-testid=format!("list-{}", kind.code())>
            <h2 id=heading>{move || kind.title(texts(lang.get()))}</h2>
            {move || {
                let lang = lang.get();
                profile.with(|p| {
                    // Goal lists show the average; indicator lists show the indicator's wording.
                    let items: Vec<(String, String, Option<f32>)> = match kind {
                        ListKind::Strengths | ListKind::DevelopmentPoints => {
                            let ids = if kind == ListKind::Strengths { &p.strengths } else { &p.development_points };
                            ids.iter()
                                .filter_map(|id| {
                                    let (_, goal) = instrument.goal(id)?;
                                    Some((id.clone(), goal.title.get(lang).to_string(), p.goal(id).and_then(|g| g.average)))
                                })
                                .collect()
                        }
                        ListKind::OpenUnknown | ListKind::HighWithoutEvidence => {
                            let ids = if kind == ListKind::OpenUnknown { &p.open_unknown } else { &p.high_without_evidence };
                            ids.iter()
                                .filter_map(|id| {
                                    let (goal, indicator) = instrument.indicator(id)?;
                                    let text = indicator.wordings.first()?.1.get(lang).to_string();
                                    Some((goal.id.clone(), text, None))
                                })
                                .collect()
                        }
                    };
                    if items.is_empty() {
                        return view! { <p class="profile-list__empty">{kind.empty(texts(lang))}</p> }.into_any();
                    }
                    view! {
                        <ul class="profile-list__items">
                            {items.into_iter().map(|(goal, text, average)| {
                                let href = link(scan_id.clone(), goal).href();
                                view! {
                                    <li>
                                        <a href=href>{text}</a>
                                        {average.map(|a| view! { <span class="profile-list__score">" – "{format_score(a, lang)}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                })
            }}
        </section>
    }
}
