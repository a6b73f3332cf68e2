//! The root of the LEA page (`lea.html`). Screens of other pages are loaded there.

use super::meeting_page::MeetingPage;
use super::overview_page::LeaOverviewPage;
use super::result_page::LeaResultPage;
use super::setup_page::LeaSetupPage;
use super::ProjectorMode;
use crate::core::builtin::SCREENING_LEA;
use crate::route::Route;
use crate::ui::shell::{start_app, Shell};
use crate::ui::state::{navigate, RouteState};
use leptos::prelude::*;

#[component]
pub fn LeaApp() -> impl IntoView {
    start_app(&[SCREENING_LEA]);
    let route = expect_context::<RouteState>().0;
    let projector = RwSignal::new(false);
    provide_context(ProjectorMode(projector));
    // The projector view styles the whole page, header included.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force("projector", projector.get());
        }
    });
    view! {
        <Shell>
            {move || match route.get() {
                Route::LeaNew => view! { <LeaSetupPage/> }.into_any(),
                Route::LeaOverview { scan } => view! { <LeaOverviewPage scan_id=scan/> }.into_any(),
                Route::LeaQuestion { scan, goal } => view! { <MeetingPage scan_id=scan goal_id=goal/> }.into_any(),
                Route::LeaResult { scan } => view! { <LeaResultPage scan_id=scan/> }.into_any(),
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
