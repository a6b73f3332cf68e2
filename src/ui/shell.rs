//! The frame every page shares: skip link, header, storage notices, main region, footer.

use super::site_header::SiteHeader;
use super::state::{handle_lang, handle_route, provide_app_state, tr};
use super::tab_sync::handle_tab_sync;
use super::storage_notice::StorageNotice;
use super::tab_notice::TabNoticeList;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Provides the state and starts the side effects; called once by each page's root with the
/// instrument files it uses.
pub fn start_app(builtins: &[crate::core::builtin::Builtin]) {
    // The static first paint of index.html goes in the same task in which the app draws itself.
    if let Some(first_paint) = document().get_element_by_id("first-paint") {
        first_paint.remove();
    }
    provide_app_state(builtins);
    handle_lang();
    handle_tab_sync();
    handle_route();
}

#[component]
pub fn Shell(
    /// The screen inside the main region.
    children: Children,
) -> impl IntoView {
    // A plain `#main` link would change the route, so the skip link moves focus itself.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{tr(|t| t.skip_link)}</a>
        <SiteHeader/>
        <StorageNotice/>
        <TabNoticeList/>
        <main id="main" class="page" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{tr(|t| t.footer)}</p>
        </footer>
    }
}
