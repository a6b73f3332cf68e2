//! A list as a readable document: its note, scale and rules, then themes, streefdoelen and
//! indicators with each sector's own wording. Prints cleanly, so that an ExpertisePunt can check
//! its file with colleagues. Every text is the list's own, shown as text.

use crate::core::instrument::Instrument;
use crate::ui::rule_list::RuleList;
use crate::ui::state::{say, use_lang};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ListDocument(
    /// The list to show.
    list: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let rule = list.readiness.clone();
    let doc = list.clone();
    let body = move || {
        let lang = lang.get();
        let scale = doc.scale.iter().map(|level| view! {
            <li><strong>{format!("{} – {}", level.score, level.label.get(lang))}</strong>": "{level.description.get(lang).to_string()}</li>
        }).collect_view();
        let themes = doc.themes.iter().map(|theme| {
            let goals = theme.goals.iter().map(|goal| {
                let indicators = goal.indicators.iter().map(|indicator| {
                    let wordings = indicator.wordings.iter().map(|(sector, text)| {
                        let who = sector.map_or_else(|| lang.pick("alle sectoren", "all sectors").to_string(), |s| s.label(lang).to_string());
                        view! { <li><span class="list-doc__sector">{who}": "</span>{text.get(lang).to_string()}</li> }
                    }).collect_view();
                    view! { <li><code>{indicator.id.clone()}</code><ul>{wordings}</ul></li> }
                }).collect_view();
                view! {
                    <section class="list-doc__goal">
                        <h4>{goal.title.get(lang).to_string()}" "<code>{goal.id.clone()}</code></h4>
                        <p>{goal.description.get(lang).to_string()}</p>
                        <ul>{indicators}</ul>
                    </section>
                }
            }).collect_view();
            view! {
                <section class="list-doc__theme">
                    <h3>{theme.title.get(lang).to_string()}</h3>
                    <p>{theme.description.get(lang).to_string()}</p>
                    {goals}
                </section>
            }
        }).collect_view();
        view! {
            <h2 id="list-doc-title">{doc.title.get(lang).to_string()}</h2>
            <p>{format!("{} {} · id {} · {} {}", lang.pick("Versie", "Version"), doc.version, doc.id, lang.pick("voor", "for"), doc.audience.code())}</p>
            <p class="notice notice--info">{doc.disclaimer.get(lang).to_string()}</p>
            <h3>{lang.pick("De schaal", "The scale")}</h3>
            <ul data-testid="list-doc-scale">{scale}</ul>
            {themes}
        }
    };
    view! {
        <article class="list-doc" aria-labelledby="list-doc-title" data-testid="list-document">
            {body}
            <h3>{say("Wanneer is men klaar?", "When is one ready?")}</h3>
            <RuleList rule=rule/>
        </article>
    }
}
