//! Time spent on the current topic, for the chair; nothing happens when it runs long.

use super::texts::lea_tr;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn MeetingTimer() -> impl IntoView {
    let seconds = RwSignal::new(0u32);
    if let Ok(handle) = set_interval_with_handle(move || seconds.update(|s| *s += 1), Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <p class="meeting-timer">
            <span class="meeting-timer__label">{lea_tr(|t| t.timer_label)}": "</span>
            // A timer role is not announced every second; the chair can look when they want.
            <span role="timer" class="meeting-timer__value" data-testid="timer">
                {move || { let s = seconds.get(); format!("{}:{:02}", s / 60, s % 60) }}
            </span>
        </p>
    }
}
