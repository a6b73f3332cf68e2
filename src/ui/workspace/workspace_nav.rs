//! The ways back to the workspace's first screen, the same on every workspace screen.

use super::say;
use crate::route::Route;
use leptos::prelude::*;

/// The breadcrumb trail above a workspace screen: "Werkplek › <this screen>".
#[component]
pub fn WorkspaceCrumbs(
    /// The name of this screen (or of the profile shown).
    #[prop(into)]
    here: ViewFn,
) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Workspace.href()>{say("Werkplek", "Workspace")}</a></li>
                <li aria-current="page">{move || here.run()}</li>
            </ol>
        </nav>
    }
}

/// The link back, for a workspace screen that has nothing to show.
#[component]
pub fn BackToWorkspace() -> impl IntoView {
    view! { <p><a href=Route::Workspace.href()>{say("Naar de werkplek", "To the workspace")}</a></p> }
}
