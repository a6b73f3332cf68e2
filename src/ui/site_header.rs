//! The top bar: name, save indicator and language switch, on every screen.

use super::language_switch::LanguageSwitch;
use super::save_indicator::SaveIndicator;
use super::state::{tr};
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href=crate::route::Route::Start.href()>
                    <span class="site-header__name">"Samenscan"</span>
                    <span class="site-header__tagline">{tr(|t| t.tagline)}</span>
                </a>
                <div class="site-header__tools">
                    <SaveIndicator/>
                    <LanguageSwitch/>
                </div>
            </div>
        </header>
    }
}
