//! A profile opened from a share link: checked exactly like a file, shown read-only, and kept in
//! the workspace only when the user asks.

use super::profile_view::ProfileView;
use super::workspace_nav::BackToWorkspace;
use super::{new_entry_key, say, use_workspace};
use crate::core::exchange::{json::import_json, json::ImportError, json::Imported, link};
use crate::core::library::Origin;
use crate::core::workspace::Opened;
use crate::route::Route;
use crate::ui::state::{navigate, now, set_document_title, use_lang, Instruments};
use leptos::prelude::*;

/// Why a link did not open: the link itself, or the profile inside it.
enum Failure {
    Link(link::LinkError),
    Profile(ImportError),
}

#[component]
pub fn LinkPage(
    /// Everything after `#/link/`.
    payload: String,
) -> impl IntoView {
    let lang = use_lang();
    let workspace = use_workspace();
    let instruments = expect_context::<Instruments>();
    Effect::new(move |_| set_document_title(lang.get().pick("Profiel uit een link", "Profile from a link")));
    let opened = link::decode(&payload)
        .map_err(Failure::Link)
        .and_then(|json| instruments.0.with_untracked(|library| import_json(&json, library)).map_err(Failure::Profile));
    let Imported { scan, new_list } = match opened {
        Ok(imported) => imported,
        Err(failure) => {
            let message = move || match &failure {
                Failure::Link(e) => e.message(lang.get()).to_string(),
                Failure::Profile(e) => e.message(lang.get()),
            };
            return view! {
                <h1 tabindex="-1">{say("Deze link werkt niet", "This link does not work")}</h1>
                <div class="notice notice--error" role="alert" data-testid="link-error"><p>{message}</p></div>
                <BackToWorkspace/>
            }
            .into_any()
        }
    };
    // Checked by `import_json`: the list is known here, or it came with the link.
    let Some(instrument) = new_list.clone().or_else(|| instruments.find(&scan.instrument)) else { return ().into_any() };
    let to_keep = StoredValue::new(scan.clone());
    let list_to_keep = StoredValue::new(new_list);
    let handle_keep = move |_| {
        // The list the link carried is kept before the profile that needs it.
        if let Some(list) = list_to_keep.get_value() {
            if instruments.keep(list, Origin::Profile).is_err() {
                return;
            }
        }
        let mut outcome = None;
        // The same word in both languages.
        let source = "link";
        workspace.update(|w| outcome = Some(w.add(to_keep.get_value(), source, new_entry_key(), &now())));
        if let Some(Opened::Added(key) | Opened::AlreadyOpen(key)) = outcome {
            navigate(&Route::WorkspaceProfile { key });
        }
    };
    view! {
        <ProfileView scan=Signal::stored(scan) instrument=instrument source=lang.get_untracked().pick("uit een link", "from a link")/>
        <section aria-labelledby="keep-title">
            <h2 id="keep-title">{say("Bewaren", "Keep")}</h2>
            <p>{say(
                "Het profiel staat nu alleen in deze link. Bewaar het in uw werkplek om het later terug te vinden, te vergelijken of opmerkingen te schrijven.",
                "The profile is only in this link now. Keep it in your workspace to find it later, compare it or write comments.",
            )}</p>
            <button type="button" class="button" on:click=handle_keep data-testid="keep-link">{say("Bewaar in mijn werkplek", "Keep in my workspace")}</button>
        </section>
    }
    .into_any()
}
