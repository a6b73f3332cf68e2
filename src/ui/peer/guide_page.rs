//! One conversation guide (*gespreksleidraad*), made for A4: who takes part, the topics in order
//! of need with what each said and the questions to ask, the agreements, and the follow-up date.
//! Made here, the adviser writes the agreements; received, it is read-only and a participant
//! takes its agreements into its own plan (`guide_agreements`).

use super::guide_agreements::GuideAgreements;
use super::guide_share::GuideShare;
use super::{use_guides, GuidesFromOtherTab};
use crate::core::guide::Guide;
use crate::core::lang::{format_score, Lang};
use crate::route::Route;
use crate::ui::state::{say, set_document_title, use_lang};
use leptos::prelude::*;

/// "Hoe hebt u … aangepakt?": the three questions per topic.
fn questions(topic: &str, lang: Lang) -> [String; 3] {
    match lang {
        Lang::Nl => [format!("Hoe hebt u ‘{topic}’ aangepakt?"), "Wat werkte niet?".into(), "Wat zou u ons aanraden voor de eerste stap?".into()],
        Lang::En => [format!("How did you approach ‘{topic}’?"), "What did not work?".into(), "What would you advise us as a first step?".into()],
    }
}

fn topics_view(guide: &Guide, lang: Lang) -> impl IntoView {
    guide.topics.iter().map(|topic| {
        let title = topic.title.get(lang).to_string();
        let why = topic.why.iter().map(|r| {
            let need = r.seeker_score.map(|s| format_score(s, lang)).unwrap_or_else(|| lang.pick("nog open", "still open").into());
            let line = match lang {
                Lang::Nl => format!("{} zoekt hulp ({need}); {} is hier sterk in ({}, met bewijs).", guide.name_of(&r.seeker), guide.name_of(&r.helper), format_score(r.helper_score, lang)),
                Lang::En => format!("{} looks for help ({need}); {} is strong here ({}, with evidence).", guide.name_of(&r.seeker), guide.name_of(&r.helper), format_score(r.helper_score, lang)),
            };
            view! { <li>{line}</li> }
        }).collect_view();
        let said = topic.said.iter().map(|s| {
            let score = s.score.map(|v| format_score(v, lang)).unwrap_or_else(|| lang.pick("geen score", "no score").into());
            let role = match (s.seeks, s.offers) {
                (true, _) => lang.pick(" · zoekt hulp", " · looks for help"),
                (_, true) => lang.pick(" · kan helpen", " · can help"),
                _ => "",
            };
            let texts = |label: &'static str, items: &[String]| (!items.is_empty()).then(|| view! {
                <dd><span class="label--small">{label}</span><ul>{items.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul></dd>
            });
            view! {
                <dt>{format!("{}: {score}{role}", guide.name_of(&s.scan_id))}</dt>
                {texts(lang.pick("Toelichting", "Notes"), &s.notes)}
                {texts(lang.pick("Waar blijkt het uit", "Evidence"), &s.evidence)}
            }
        }).collect_view();
        let asked = questions(&title, lang).into_iter().map(|q| view! { <li>{q}</li> }).collect_view();
        view! {
            <section class="guide-topic" data-testid="guide-topic">
                <h3>{title}</h3>
                {(!topic.why.is_empty()).then(|| view! { <ul class="peer-reasons">{why}</ul> })}
                <dl class="guide-said">{said}</dl>
                <h4>{lang.pick("Vragen om te stellen", "Questions to ask")}</h4>
                <ul class="guide-questions">{asked}</ul>
            </section>
        }
    }).collect_view()
}

#[component]
pub fn GuidePage(
    /// The guide's id.
    guide_id: String,
) -> impl IntoView {
    let lang = use_lang();
    let guides = use_guides();
    let id = StoredValue::new(guide_id);
    let kept = move || guides.with(|g| g.iter().find(|k| k.guide.id == id.get_value()).cloned());
    Effect::new(move |_| {
        let name = kept().map(|k| k.guide.name).unwrap_or_default();
        set_document_title(&format!("{} {name}", lang.get().pick("Gespreksleidraad", "Conversation guide")));
    });
    let other_tab = expect_context::<GuidesFromOtherTab>().0;
    let changed_elsewhere = move || {
        let shown = other_tab.with(|(_, which)| which.as_deref() == Some(id.get_value().as_str()));
        shown.then(|| view! {
            <p class="notice notice--info no-print" role="status" data-testid="guide-changed-elsewhere">{say(
                "Deze gespreksleidraad is in een ander tabblad gewijzigd. U ziet hier nu die nieuwste versie.",
                "This conversation guide was changed in another tab. You now see that latest version here.",
            )}</p>
        })
    };
    let back = move || view! { <p class="no-print"><a href=Route::Peer.href()>{say("← Alle gespreksleidraden", "← All conversation guides")}</a></p> };
    // Drawn again only when the guide appears or the language changes: typing an agreement
    // changes the guide, and the editor must keep its focus.
    let present = Memo::new(move |_| kept().map(|k| (k.received, k.guide.id.clone())));
    move || {
        let lang = lang.get();
        let Some((received, _)) = present.get() else {
            return view! {
                {back()}
                <h1 tabindex="-1">{lang.pick("Gespreksleidraad niet gevonden", "Conversation guide not found")}</h1>
                <p data-testid="guide-missing">{lang.pick("Deze gespreksleidraad staat niet in deze browser. Open het bestand dat u kreeg.", "This conversation guide is not in this browser. Open the file you received.")}</p>
            }.into_any();
        };
        let guide = untrack(kept).map(|k| k.guide).expect("present");
        let members = guide.members.iter().map(|m| view! {
            <li>{m.name.clone()}{m.sector.map(|s| format!(" · {}", s.label(lang)))}</li>
        }).collect_view();
        let made = if lang == Lang::Nl { format!("{} · gemaakt op {}", guide.list_title.get(lang), guide.date()) } else { format!("{} · made on {}", guide.list_title.get(lang), guide.date()) };
        view! {
            {back()}
            <article class="guide" data-testid="guide">
                <h1 tabindex="-1">{format!("{}: {}", lang.pick("Gespreksleidraad", "Conversation guide"), guide.name)}</h1>
                <p class="lead">{made}</p>
                {changed_elsewhere}
                {received.then(|| view! {
                    <p class="notice notice--info no-print" data-testid="guide-read-only">{lang.pick(
                        "U leest deze gespreksleidraad; wijzigen kan alleen wie hem maakte. Staat uw eigen scan in deze browser, dan zet u uw afspraken hieronder in uw actieplan.",
                        "You are reading this conversation guide; only its maker can change it. If your own scan is in this browser, you can take your agreements into your action plan below.",
                    )}</p>
                })}
                <section aria-labelledby="guide-members">
                    <h2 id="guide-members">{lang.pick("Wie doet mee", "Who takes part")}</h2>
                    <ul data-testid="guide-members">{members}</ul>
                </section>
                <section aria-labelledby="guide-topics">
                    <h2 id="guide-topics">{lang.pick("Onderwerpen, de grootste hulpvraag eerst", "Topics, the greatest need first")}</h2>
                    {if guide.topics.is_empty() {
                        view! { <p class="hint">{lang.pick("Deze groep heeft geen onderwerpen met een hulpvraag.", "This group has no topics with a need.")}</p> }.into_any()
                    } else {
                        topics_view(&guide, lang).into_any()
                    }}
                </section>
                <GuideAgreements guide_id=id.get_value() read_only=received/>
                <GuideShare guide=Signal::derive(move || kept().map(|k| k.guide))/>
            </article>
        }.into_any()
    }
}
