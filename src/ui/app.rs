//! The root of the main page (`index.html`): picks the screen for the route.

use super::pages::{details::DetailsPage, goal::GoalPage, not_found::NotFoundPage, overview::OverviewPage, review::ReviewPage, start::StartPage};
use super::shell::{start_app, Shell};
use super::state::{navigate, RouteState};
use crate::core::builtin::{SCREENING_LEA_LEAN, STREEFDOELEN};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    // The start page lists and imports both kinds of scan.
    start_app(&[STREEFDOELEN, SCREENING_LEA_LEAN]);
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                Route::Start => view! { <StartPage/> }.into_any(),
                Route::NewScan => view! { <DetailsPage scan_id=None/> }.into_any(),
                Route::Details { scan } => view! { <DetailsPage scan_id=Some(scan)/> }.into_any(),
                Route::Overview { scan } => view! { <OverviewPage scan_id=scan/> }.into_any(),
                Route::Goal { scan, goal } => view! { <GoalPage scan_id=scan goal_id=goal/> }.into_any(),
                Route::Review { scan } => view! { <ReviewPage scan_id=scan/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                // A screen of another page (profile, LEA): a typed or old link is sent there.
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
