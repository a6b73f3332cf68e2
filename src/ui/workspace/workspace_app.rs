//! The root of the workspace page (`werkplek.html`). Screens of other pages are loaded there.

use super::compare_page::ComparePage;
use super::entry_page::EntryPage;
use super::home_page::HomePage;
use super::link_page::LinkPage;
use super::over_time_page::OverTimePage;
use super::share_page::SharePage;
use super::team_page::TeamPage;
use super::{handle_save_workspace, provide_workspace_context};
use crate::core::builtin::{SCREENING_LEA, STREEFDOELEN};
use crate::route::{split_keys, Route};
use crate::ui::shell::{start_app, Shell};
use crate::ui::state::{navigate, RouteState};
use leptos::prelude::*;

#[component]
pub fn WorkspaceApp() -> impl IntoView {
    // Advisers receive both school profiles and LEA screenings.
    start_app(&[STREEFDOELEN, SCREENING_LEA]);
    provide_workspace_context();
    handle_save_workspace();
    let route = expect_context::<RouteState>().0;
    view! {
        <Shell>
            {move || match route.get() {
                Route::Workspace => view! { <HomePage/> }.into_any(),
                Route::WorkspaceProfile { key } => view! { <EntryPage entry_key=key/> }.into_any(),
                Route::WorkspaceCompare { keys } => view! { <ComparePage keys=split_keys(&keys)/> }.into_any(),
                Route::WorkspaceOverTime { before, after } => view! { <OverTimePage before=before after=after/> }.into_any(),
                Route::WorkspaceTeam { keys } => view! { <TeamPage keys=split_keys(&keys)/> }.into_any(),
                Route::SharedLink { payload } => view! { <LinkPage payload=payload/> }.into_any(),
                Route::Share { scan } => view! { <SharePage scan_id=scan/> }.into_any(),
                other => {
                    navigate(&other);
                    ().into_any()
                }
            }}
        </Shell>
    }
}
