//! A quiet "Opgeslagen" after each change, announced politely to screen readers.

use super::state::{use_texts, SaveState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn SaveIndicator() -> impl IntoView {
    let status = expect_context::<SaveState>().0;
    let t = use_texts();
    view! {
        <p class="save-indicator" role="status" data-status=move || status.get().code()>
            {move || match status.get() {
                SaveStatus::Saved => format!("✓ {}", t().saved),
                SaveStatus::Failed | SaveStatus::Newer => t().save_failed_title.to_string(),
                SaveStatus::Idle | SaveStatus::Unavailable => String::new(),
            }}
        </p>
    }
}
