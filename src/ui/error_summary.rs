//! The error summary at the top of a form (GOV.UK / NL Design System pattern): one line per
//! problem, each a link that moves focus to the field.

use super::state::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One problem: the id of the field it is about and the message.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field_id: &'static str,
    pub message: String,
}

#[component]
pub fn ErrorSummary(
    /// The problems to list; the summary is hidden when there are none.
    #[prop(into)]
    errors: Signal<Vec<FieldError>>,
) -> impl IntoView {
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title" class="error-summary__title">{tr(|t| t.error_summary_title)}</h2>
                <ul class="error-summary__list">
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|error| {
                                let field_id = error.field_id;
                                // A plain `#field` link would change the route, so focus the field here.
                                let focus_field = move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    if let Some(field) = document()
                                        .get_element_by_id(field_id)
                                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                                    {
                                        let _ = field.focus();
                                    }
                                };
                                view! {
                                    <li>
                                        <a href=format!("#{field_id}") on:click=focus_field>{error.message}</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// Moves focus to the summary after a failed submit, so the problems are read out first.
pub fn focus_error_summary() {
    request_animation_frame(|| {
        if let Some(summary) = document()
            .get_element_by_id("error-summary")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    });
}
