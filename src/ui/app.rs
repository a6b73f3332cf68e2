//! The root: provides the state, starts the side effects and picks the screen for the route.

use super::pages::{details::DetailsPage, goal::GoalPage, not_found::NotFoundPage, overview::OverviewPage, start::StartPage};
use super::site_header::SiteHeader;
use super::state::{tr, handle_lang, handle_route, handle_save_scans, provide_app_state, RouteState};
use super::storage_notice::StorageNotice;
use crate::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    handle_lang();
    handle_save_scans();
    handle_route();
    let route = expect_context::<RouteState>().0;

    // A plain `#main` link would change the route, so the skip link moves focus itself.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = main.focus();
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{tr(|t| t.skip_link)}</a>
        <SiteHeader/>
        <StorageNotice/>
        <main id="main" class="page" tabindex="-1">
            {move || match route.get() {
                Route::Start => view! { <StartPage/> }.into_any(),
                Route::NewScan => view! { <DetailsPage scan_id=None/> }.into_any(),
                Route::Details { scan } => view! { <DetailsPage scan_id=Some(scan)/> }.into_any(),
                Route::Overview { scan } => view! { <OverviewPage scan_id=scan/> }.into_any(),
                Route::Goal { scan, goal } => view! { <GoalPage scan_id=scan goal_id=goal/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{tr(|t| t.footer)}</p>
        </footer>
    }
}
