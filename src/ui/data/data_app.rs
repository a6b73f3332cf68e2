//! The root of the data page (`gegevens.html`).

use super::data_page::DataPage;
use crate::core::builtin::{SCREENING_LEA_LEAN, STREEFDOELEN_LEAN};
use crate::route::Route;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::shell::{start_app, Shell};
use crate::ui::state::{navigate, RouteState};
use leptos::prelude::*;

#[component]
pub fn DataApp() -> impl IntoView {
    // A backup holds school scans and LEA screenings alike.
    start_app(&[STREEFDOELEN_LEAN, SCREENING_LEA_LEAN]);
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                // The bare address opens this page's own screen.
                Route::Data | Route::Start => view! { <DataPage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
