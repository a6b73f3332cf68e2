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

use crate::core::guide::KeptGuide;
use crate::storage;
use crate::ui::state::{SaveState, SaveStatus};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The guides kept in this browser. Persisted by `handle_save_guides`.
#[derive(Clone, Copy)]
pub struct GuidesState(pub RwSignal<Vec<KeptGuide>>);

pub fn provide_guides_context() {
    provide_context(GuidesState(RwSignal::new(storage::load_guides())));
}

pub fn use_guides() -> RwSignal<Vec<KeptGuide>> {
    expect_context::<GuidesState>().0
}

/// Storage follows the guides: one Effect writes each guide that changed (an agreement typed,
/// a guide made or received), and the save indicator tells whether it worked.
pub fn handle_save_guides() {
    let guides = use_guides();
    let status = expect_context::<SaveState>().0;
    let mut written: BTreeMap<String, KeptGuide> = BTreeMap::new();
    let mut first_run = true;
    Effect::new(move |_| {
        guides.with(|all| {
            let quiet = std::mem::take(&mut first_run);
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

/// A new id for a guide or an agreement: unique enough for one adviser's browser.
pub fn new_id(prefix: char) -> String {
    format!("{prefix}{}", &crate::ui::state::new_scan_id()[1..])
}
