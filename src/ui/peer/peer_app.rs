//! The root of the peer-review page (`consultatie.html`).

use super::groups_page::GroupsPage;
use super::guide_link_page::GuideLinkPage;
use super::guide_page::GuidePage;
use super::guides_page::GuidesPage;
use super::provide_guides_context;
use crate::core::builtin::{SCREENING_LEA, STREEFDOELEN};
use crate::route::{split_keys, Route};
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::shell::{start_app, Shell};
use crate::ui::state::{navigate, RouteState};
use leptos::prelude::*;

#[component]
pub fn PeerApp() -> impl IntoView {
    // Groups are made from school profiles and LEA screenings alike.
    start_app(&[STREEFDOELEN, SCREENING_LEA]);
    provide_guides_context();
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                Route::Peer => view! { <GuidesPage/> }.into_any(),
                Route::PeerGroups { keys } => view! { <GroupsPage keys=split_keys(&keys)/> }.into_any(),
                Route::PeerGuide { id } => view! { <GuidePage guide_id=id/> }.into_any(),
                Route::PeerLink { payload } => view! { <GuideLinkPage payload=payload/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
