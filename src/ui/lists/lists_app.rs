//! The root of the lists page (`lijsten.html`).

use super::list_loader::ListLoader;
use super::list_overview::ListOverview;
use crate::core::builtin::{SCREENING_LEA, STREEFDOELEN};
use crate::route::Route;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::published_lists::PublishedLists;
use crate::ui::shell::{start_app, Shell};
use crate::ui::state::{navigate, say, set_document_title, RouteState};
use leptos::prelude::*;

#[component]
fn ListsPage() -> impl IntoView {
    let title = say("Lijsten", "Lists");
    Effect::new(move |_| set_document_title(title()));
    view! {
        <p class="no-print"><a href=Route::Start.href()>{say("← Naar de startpagina", "← To the start page")}</a></p>
        <h1 tabindex="-1">{title}</h1>
        <p class="lead">{say(
            "Samenscan werkt met lijsten: de streefdoelen voor scholen en de screening voor gemeenten. De werkversies zitten in Samenscan. Heeft u een lijst van uw ExpertisePunt of adviseur, laad die dan hier. Een lijst is alleen tekst: er zit geen programma in.",
            "Samenscan works with lists: the goals for schools and the screening for municipalities. The working versions are part of Samenscan. If you have a list from your ExpertisePunt or adviser, load it here. A list is only text: there is no program in it.",
        )}</p>
        // The lists the website publishes are read here too: this page is where a host looks for them.
        <PublishedLists/>
        <ListLoader/>
        <ListOverview/>
    }
}

#[component]
pub fn ListsApp() -> impl IntoView {
    // The whole built-in lists: this page shows them as documents and offers them as templates.
    start_app(&[STREEFDOELEN, SCREENING_LEA]);
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                // The bare address opens this page's own screen.
                Route::Lists | Route::Start => view! { <ListsPage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
