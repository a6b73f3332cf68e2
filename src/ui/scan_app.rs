//! The root of the scan page (`scan.html`): a school scan's details, its questions per
//! streefdoel and the check of the answers. Apart from the start page, so that a first visit
//! does not load the questions (size budget, see `route::Page`).

use super::pages::{details::DetailsPage, goal::GoalPage, overview::OverviewPage, review::ReviewPage};
use super::shell::{start_app, Shell};
use super::state::{navigate, RouteState};
use crate::core::builtin::STREEFDOELEN;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn ScanApp() -> impl IntoView {
    start_app(&[STREEFDOELEN]);
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                Route::NewScan => view! { <DetailsPage scan_id=None/> }.into_any(),
                Route::Details { scan } => view! { <DetailsPage scan_id=Some(scan)/> }.into_any(),
                Route::Overview { scan } => view! { <OverviewPage scan_id=scan/> }.into_any(),
                Route::Goal { scan, goal } => view! { <GoalPage scan_id=scan goal_id=goal/> }.into_any(),
                Route::Review { scan } => view! { <ReviewPage scan_id=scan/> }.into_any(),
                // The start page and every other page's screen, also the page's bare address.
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
