//! Switches every text between Dutch and English. Answers and form input are state, not text,
//! so nothing is lost by switching.

use super::state::{tr, use_lang};
use crate::core::lang::Lang;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="language-switch" role="group" aria-label=tr(|t| t.language)>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <button
                            type="button"
                            class="language-switch__option"
                            lang=option.tag()
                            aria-pressed=move || (lang.get() == option).to_string()
                            on:click=move |_| lang.set(option)
                        >
                            {option.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
