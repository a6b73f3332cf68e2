//! The profile of a stored scan as a memo, shared by the school profile and the LEA results.

use super::state::use_scans;
use crate::core::instrument::Instrument;
use crate::core::profile::Profile;
use leptos::prelude::*;
use std::sync::Arc;

/// The scan's profile, recomputed when its answers change; `None` when the scan is not here.
/// If the scan disappears while the page is open, the last profile stays on screen.
pub fn profile_memo(scan_id: &str, instrument: Arc<Instrument>) -> Option<Memo<Profile>> {
    let scans = use_scans();
    let initial = scans.with_untracked(|s| s.get(scan_id).map(|scan| Profile::of(scan, &instrument)))?;
    let id = StoredValue::new(scan_id.to_string());
    Some(Memo::new(move |previous: Option<&Profile>| {
        scans
            .with(|s| s.get(&id.get_value()).map(|scan| Profile::of(scan, &instrument)))
            .or_else(|| previous.cloned())
            .unwrap_or_else(|| initial.clone())
    }))
}
