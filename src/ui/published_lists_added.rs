//! The screens that start a scan or a screening read the website's lists too, because a host may
//! link straight to them, and someone may follow the start page's link before its app has read
//! them. They say what was added for their audience, and a list the browser would not keep (so
//! the user knows why it is not offered); what the website got wrong is for the start page and
//! the lists page to tell (`ui::published_lists`), for whoever runs the website.

use crate::core::instrument::Audience;
use crate::ui::published_lists::{added_notice, describe_added, describe_not_stored, lines_notice, read_published_lists, Found, Tone};
use crate::ui::state::use_lang;
use leptos::prelude::*;

/// Reads the website's lists once, and names the lists for this audience that it took in or
/// could not keep.
#[component]
pub fn PublishedListsAdded(
    /// Whose lists this screen offers: school lists for a scan, LEA lists for a screening.
    audience: Audience,
) -> impl IntoView {
    let found = read_published_lists();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let (added, not_stored) = found.with(|found| {
            let mut added = Vec::new();
            let mut not_stored = Vec::new();
            for f in found {
                match f {
                    Found::Added(label, whom) if *whom == audience => added.push(describe_added(label, lang)),
                    Found::NotStored(label, whom) if *whom == audience => not_stored.push(describe_not_stored(label, lang)),
                    _ => {}
                }
            }
            (added, not_stored)
        });
        view! {
            {added_notice(added)}
            {lines_notice(not_stored, Tone::Warning, "published-not-stored")}
        }
    }
}
