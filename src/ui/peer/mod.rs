//! The peer-review page (`consultatie.html`, issue 12): groups proposed from the profiles in the
//! adviser's workspace (`core::peer`), and the conversation guides made from them or received
//! as a file (`core::guide`). Its own wasm and budget: the texts sit beside their use (`say`).

pub mod groups_page;
pub mod guide_agreements;
pub mod guide_link_page;
pub mod guide_page;
pub mod guide_share;
pub mod guides_page;
pub mod inventory_table;
pub mod peer_app;

use crate::core::guide::{decode_kept, KeptGuide};
use crate::storage;
use crate::ui::state::{SaveState, SaveStatus};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The guides kept in this browser. Persisted by `handle_save_guides`; another tab's changes
/// come in through `handle_other_tab_guides`.
#[derive(Clone, Copy)]
pub struct GuidesState(pub RwSignal<Vec<KeptGuide>>);

/// The guide another tab changed last, and how often: an open editor draws its fields again
/// from the new version (they are not redrawn while this tab types). Runtime only.
#[derive(Clone, Copy)]
pub struct GuidesFromOtherTab(pub RwSignal<(u32, Option<String>)>);

pub fn provide_guides_context() {
    provide_context(GuidesState(RwSignal::new(storage::load_guides())));
    provide_context(GuidesFromOtherTab(RwSignal::new((0, None))));
    let written = Written::default();
    handle_save_guides(written.clone());
    handle_other_tab_guides(written);
}

pub fn use_guides() -> RwSignal<Vec<KeptGuide>> {
    expect_context::<GuidesState>().0
}

/// Each guide as this tab last wrote it or took it from another tab.
type Written = Rc<RefCell<BTreeMap<String, KeptGuide>>>;

/// Storage follows the guides: one Effect writes each guide that changed (an agreement typed,
/// a guide made or received), and the save indicator tells whether it worked.
fn handle_save_guides(written: Written) {
    let guides = use_guides();
    let status = expect_context::<SaveState>().0;
    let mut first_run = true;
    Effect::new(move |_| {
        guides.with(|all| {
            let quiet = std::mem::take(&mut first_run);
            let mut written = written.borrow_mut();
            for kept in all {
                if written.get(&kept.guide.id) == Some(kept) {
                    continue;
                }
                if !quiet {
                    match storage::save_guide(kept) {
                        Ok(()) => status.set(SaveStatus::Saved),
                        Err(storage::WriteError::Unavailable) => status.set(SaveStatus::Unavailable),
                        Err(storage::WriteError::Refused) => {
                            status.set(SaveStatus::Failed);
                            continue;
                        }
                    }
                }
                written.insert(kept.guide.id.clone(), kept.clone());
            }
        });
    });
}

/// Takes in the guides other tabs store (the browser's `storage` event), so that an agreement
/// written in one tab is not written over by another tab's older copy of the guide.
fn handle_other_tab_guides(written: Written) {
    let guides = use_guides();
    let changed = expect_context::<GuidesFromOtherTab>().0;
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(id) = ev.key().and_then(|key| storage::guide_id_of(&key).map(str::to_string)) else { return };
        match ev.new_value() {
            None => {
                written.borrow_mut().remove(&id);
                guides.update(|all| all.retain(|k| k.guide.id != id));
            }
            // What cannot be read is left alone here; on the next start it is set aside.
            Some(raw) => {
                let Ok(theirs) = decode_kept(&raw) else { return };
                written.borrow_mut().insert(id.clone(), theirs.clone());
                guides.update(|all| match all.iter_mut().find(|k| k.guide.id == id) {
                    Some(kept) => *kept = theirs,
                    None => all.insert(0, theirs),
                });
            }
        }
        changed.update(|(count, which)| {
            *count += 1;
            *which = Some(id);
        });
    });
    on_cleanup(move || handle.remove());
}

/// A new id for a guide or an agreement: unique enough for one adviser's browser.
pub fn new_id(prefix: char) -> String {
    format!("{prefix}{}", &crate::ui::state::new_scan_id()[1..])
}
