//! The root of the main page (`index.html`): the start page. Every other screen is on its own
//! page (`route::Page`), where a typed or old link is sent.

use super::pages::{not_found::NotFoundPage, start::StartPage};
use super::shell::{start_app, Shell};
use super::state::{navigate, RouteState};
use crate::core::builtin::{SCREENING_LEA_LEAN, STREEFDOELEN_LEAN};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    // The start page lists and imports both kinds of scan: the lean lists are enough for that.
    start_app(&[STREEFDOELEN_LEAN, SCREENING_LEA_LEAN]);
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                Route::Start => view! { <StartPage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                // A screen of another page (scan, profile, LEA): a typed or old link is sent there.
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
