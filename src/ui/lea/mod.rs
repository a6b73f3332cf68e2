//! The LEA screening (`lea.html`): set up the meeting, go through the topics together on one
//! screen (projector view, shortcuts, individual round), and the results with the agreed actions.

pub mod individual_round;
pub mod lea_app;
pub mod meeting_page;
pub mod meeting_question;
pub mod meeting_timer;
pub mod overview_page;
pub mod partner_actions;
pub mod peer_guide;
pub mod result_page;
pub mod setup_page;
pub mod texts;

use crate::route::Route;
use leptos::prelude::*;

/// The projector view: large type and strong contrast for a room. Runtime only.
#[derive(Clone, Copy)]
pub struct ProjectorMode(pub RwSignal<bool>);

/// The meeting view of a topic, for links from the task list and the lists.
pub fn question_route(scan: String, goal: String) -> Route {
    Route::LeaQuestion { scan, goal }
}
