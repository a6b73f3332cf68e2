//! The screens that start a scan or a screening read the website's lists too, because a host may
//! link straight to them, and someone may follow the start page's link before its app has read
//! them. They say only what was added: what the website got wrong is the start page's to tell
//! (`ui::published_lists`), for whoever runs the website.

use crate::ui::published_lists::{describe_added, read_published_lists, Found};
use crate::ui::state::use_lang;
use leptos::prelude::*;

/// Reads the website's lists once, and names the lists it took in.
#[component]
pub fn PublishedListsAdded() -> impl IntoView {
    let found = read_published_lists();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let added: Vec<String> = found.with(|found| {
            found.iter().filter_map(|f| if let Found::Added(label) = f { Some(describe_added(label, lang)) } else { None }).collect()
        });
        (!added.is_empty()).then(|| view! {
            <div class="notice notice--info" role="status" data-testid="published-added">
                <ul>{added.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </div>
        })
    }
}
