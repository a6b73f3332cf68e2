//! A conversation guide for a peer review with another municipality, made from the profile:
//! where we are strong, the weakest sections, and the questions still open.

use crate::core::instrument::Instrument;
use crate::core::meeting::guide;
use crate::core::profile::Profile;
use crate::i18n::format_score;
use crate::ui::state::use_lang;
use super::texts::{lea_tr, use_lea_texts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PeerGuide(
    /// The screening's profile.
    #[prop(into)]
    profile: Signal<Profile>,
    /// Its instrument, for titles.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let lt = use_lea_texts();
    view! {
        <section class="peer-guide" aria-labelledby="peer-guide-title" data-testid="peer-guide">
            <h2 id="peer-guide-title">{lea_tr(|t| t.guide_title)}</h2>
            <p>{lea_tr(|t| t.guide_intro)}</p>
            {move || {
                let lang = lang.get();
                profile.with(|p| {
                    let guide = guide(p);
                    let section = |id: &String| {
                        let title = instrument.theme(id).map(|t| t.title.get(lang).to_string()).unwrap_or_default();
                        let score = p.themes.iter().find(|t| &t.id == id).and_then(|t| t.average).map(|a| format_score(a, lang));
                        view! { <li>{title}{score.map(|s| format!(" – {s}"))}</li> }
                    };
                    let list = |items: Vec<AnyView>| {
                        if items.is_empty() {
                            view! { <p>{lt().guide_none}</p> }.into_any()
                        } else {
                            view! { <ul>{items}</ul> }.into_any()
                        }
                    };
                    let strong = list(guide.strong.iter().map(|id| section(id).into_any()).collect());
                    let weak = list(guide.weakest.iter().map(|id| section(id).into_any()).collect());
                    let open = list(
                        guide.open.iter().map(|id| {
                            let text = instrument.indicator(id).and_then(|(_, i)| i.wordings.first()).map(|(_, t)| t.get(lang).to_string()).unwrap_or_default();
                            view! { <li>{text}</li> }.into_any()
                        }).collect(),
                    );
                    view! {
                        <h3>{lt().guide_strong}</h3>
                        <div data-testid="guide-strong">{strong}</div>
                        <h3>{lt().guide_weak}</h3>
                        <div data-testid="guide-weak">{weak}</div>
                        <h3>{lt().guide_open}</h3>
                        <div data-testid="guide-open">{open}</div>
                    }
                })
            }}
        </section>
    }
}
