//! The adviser workspace (`werkplek.html`): profiles that schools and municipalities send, opened
//! read-only and kept apart from the user's own scans; compared side by side and over time, a
//! team merged, comments written and sent back, and profiles shared as links.
//!
//! This page's texts sit beside their use through `say(nl, en)`: the page has its own wasm and
//! budget, so the other pages do not carry them (as with `ui::lea::texts`).

pub mod compare_page;
pub mod compare_table;
pub mod entry_page;
pub mod home_page;
pub mod link_page;
pub mod open_panel;
pub mod over_time_page;
pub mod profile_view;
pub mod share_link;
pub mod share_page;
pub mod team_page;
pub mod workspace_app;
pub mod workspace_nav;

use crate::core::workspace::Workspace;
use crate::storage::{self, WriteError};
use crate::ui::state::{use_lang, SaveState, SaveStatus, UnreadableState};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The opened profiles. Persisted under their own keys (see `handle_save_workspace`).
#[derive(Clone, Copy)]
pub struct WorkspaceState(pub RwSignal<Workspace>);

pub fn use_workspace() -> RwSignal<Workspace> {
    expect_context::<WorkspaceState>().0
}

/// Reads the workspace from storage; what cannot be read joins the storage notice.
pub fn provide_workspace_context() {
    let (workspace, unreadable) = storage::load_workspace();
    if !unreadable.is_empty() {
        expect_context::<UnreadableState>().0.update(|list| list.extend(unreadable));
    }
    provide_context(WorkspaceState(RwSignal::new(workspace)));
}

/// A text of this page in the chosen language, following the language switch.
pub fn say(nl: &'static str, en: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || lang.get().pick(nl, en)
}

/// A unique key for a new workspace entry.
pub fn new_entry_key() -> String {
    format!("w{}", &crate::ui::state::new_scan_id()[1..])
}

/// Storage follows the workspace, as for own scans: one Effect writes what changed and removes
/// what was closed, and the save indicator tells whether it worked.
pub fn handle_save_workspace() {
    let workspace = use_workspace();
    let status = expect_context::<SaveState>().0;
    // The storage notice's "Opnieuw proberen" touches the scans; following them too makes this
    // Effect retry as well, without the shared notice knowing about the workspace.
    let scans = crate::ui::state::use_scans();
    let mut written: BTreeMap<String, String> = BTreeMap::new();
    let mut first_run = true;
    Effect::new(move |_| {
        scans.track();
        workspace.with(|w| {
            let mut failed = None;
            let mut changed = false;
            for entry in &w.entries {
                // Received answers never change here; only comments do, and every change of a
                // comment sets its time. So this stands for the whole entry, and is cheap with
                // hundreds of profiles open.
                let written_at = entry.scan.feedback.as_ref().map_or("", |f| f.written_at.as_str());
                let length: usize = entry.scan.feedback.iter().flat_map(|f| f.texts()).map(String::len).sum();
                let encoded = format!("{}|{written_at}|{length}", entry.scan.updated_at);
                if written.get(&entry.key) == Some(&encoded) {
                    continue;
                }
                changed = true;
                match storage::save_workspace_entry(entry) {
                    Ok(()) => {
                        written.insert(entry.key.clone(), encoded);
                    }
                    Err(e) => failed = Some(e),
                }
            }
            let gone: Vec<String> = written.keys().filter(|k| w.get(k).is_none()).cloned().collect();
            for key in gone {
                storage::delete_workspace_entry(&key);
                written.remove(&key);
                changed = true;
            }
            let quiet = std::mem::take(&mut first_run);
            match failed {
                Some(WriteError::Unavailable) => status.set(SaveStatus::Unavailable),
                Some(WriteError::Refused) => status.set(SaveStatus::Failed),
                None if changed && !quiet => status.set(SaveStatus::Saved),
                None => {}
            }
        })
    });
}
