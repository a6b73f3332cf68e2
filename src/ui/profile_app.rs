//! The root of the profile page (`profiel.html`): the readiness profile of one scan, and the list
//! of scans to choose one from. Any other screen belongs to another page and is loaded there.

use super::pages::profile::ProfilePage;
use super::pages::profiles::ProfilesPage;
use super::shell::{start_app, Shell};
use super::state::{navigate, RouteState};
use crate::core::builtin::STREEFDOELEN;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn ProfileApp() -> impl IntoView {
    start_app(&[STREEFDOELEN]);
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                Route::Profile { scan } => view! { <ProfilePage scan_id=scan/> }.into_any(),
                Route::Profiles => view! { <ProfilesPage/> }.into_any(),
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
