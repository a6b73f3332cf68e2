//! Several tabs and pages of Samenscan at once: every page writes through here, and takes in
//! what the others wrote, so that no change is lost silently (see `core::merge`).
//!
//! The ledger remembers, per scan, the version this tab last read from or wrote to storage (the
//! base of the three-way merge) and which items this tab was the last to write: when another tab
//! replaces one of those, this tab says so and shows its earlier text.

use super::state::{use_scans, SaveState, SaveStatus, UsageState};
use crate::core::assessment::{Scan, Scans};
use crate::core::merge::{stamp, Ledger, Place, Told, Write};
use crate::core::stored::{encode_scan, DecodeError};
use crate::storage::{self, WriteError};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// What another tab did that this tab's user should know about. Runtime only.
#[derive(Clone, Debug)]
pub enum TabNotice {
    /// Another tab changed an item that this tab had written: the later change stands.
    Replaced { scan_name: String, place: Place, earlier: Option<String> },
    /// Another tab changed the text the user is typing in; the user's text stays on screen.
    Held { scan_name: String, place: Place, other: Option<String> },
    /// Another tab deleted a scan that is open here; this tab's copy can be put back.
    Deleted { scan: Box<Scan> },
}

#[derive(Clone, Copy)]
pub struct TabNotices(pub RwSignal<Vec<TabNotice>>);

type SharedLedger = Rc<RefCell<Ledger>>;

/// Starts both halves: writing this tab's changes, and taking in the other tabs'.
pub fn handle_tab_sync() {
    provide_context(TabNotices(RwSignal::new(Vec::new())));
    let ledger = SharedLedger::default();
    handle_save_scans(ledger.clone());
    handle_other_tabs(ledger);
}

/// The item whose field has the focus, if it is one (fields carry their place as `data-place`).
pub fn focused_place() -> Option<Place> {
    document().active_element()?.get_attribute("data-place")?.parse().ok()
}

/// The notices for what another tab did to one scan.
pub fn notices_for(scan_name: &str, told: Vec<Told>) -> impl Iterator<Item = TabNotice> + '_ {
    told.into_iter().map(move |told| match told {
        Told::Replaced { place, earlier } => TabNotice::Replaced { scan_name: scan_name.to_string(), place, earlier },
        Told::Held { place, other } => TabNotice::Held { scan_name: scan_name.to_string(), place, other },
    })
}

/// Storage follows the state: one Effect writes every scan that changed and removes deleted
/// ones, so no action anywhere can forget to save. Before a write it takes in what another tab
/// stored since this tab last looked, so it never writes a stale copy over a newer one.
fn handle_save_scans(ledger: SharedLedger) {
    let scans = use_scans();
    let status = expect_context::<SaveState>().0;
    let notices = expect_context::<TabNotices>().0;
    let usage = expect_context::<UsageState>().0;
    let mut first_run = true;
    let mut writes: u32 = 0;
    Effect::new(move |_| {
        let mut merged: Vec<Scan> = Vec::new();
        let mut deleted_elsewhere: Vec<Scan> = Vec::new();
        let mut outcome: Option<Result<(), WriteError>> = None;
        // A scan that a newer version of Samenscan stored meanwhile (another tab): this version
        // cannot merge it, so it leaves it alone rather than write an older copy over it.
        let mut newer_elsewhere = false;
        let quiet = std::mem::take(&mut first_run);
        let mut ledger = ledger.borrow_mut();
        scans.with(|scans| {
            for scan in &scans.0 {
                let encoded = encode_scan(scan);
                let key = storage::Key::Scan(scan.id.clone()).name();
                let decode = |raw: &str| storage::decode_at(&key, raw);
                if !quiet && ledger.has_seen(&scan.id, &encoded) {
                    // Unchanged here: no need to read storage (this runs on every keystroke).
                    continue;
                }
                let stored = storage::read_scan_raw(&scan.id);
                let decision = if quiet {
                    // As loaded is this tab's starting point; what storage holds now (an older
                    // schema, or another tab's write before this page listened) is merged in.
                    ledger.start(&scan.id, encoded.clone(), scan, stored.as_deref(), decode)
                } else {
                    ledger.before_write(&scan.id, scan, &encoded, stored.as_deref(), decode)
                };
                let to_write = match decision {
                    Write::Unchanged => continue,
                    Write::Newer => {
                        newer_elsewhere = true;
                        continue;
                    }
                    Write::DeletedElsewhere => {
                        deleted_elsewhere.push(scan.clone());
                        continue;
                    }
                    Write::Scan(to_write) => to_write,
                };
                // Compared as text: a `PartialEq` for every type in a scan costs wasm size.
                let written = encode_scan(&to_write);
                let was_merged = written != encoded;
                let result = storage::save_scan(&to_write.id, &stamp(&written, stored.as_deref()));
                if result.is_ok() {
                    ledger.written(&scan.id, scan, &to_write, written);
                    if was_merged {
                        merged.push(to_write);
                    }
                }
                outcome = Some(match (outcome, result) {
                    (Some(Err(e)), _) | (_, Err(e)) => Err(e),
                    _ => Ok(()),
                });
            }
            for id in ledger.keys() {
                if scans.get(&id).is_none() && !deleted_elsewhere.iter().any(|s| s.id == id) {
                    storage::delete_scan(&id);
                    ledger.forget(&id);
                    outcome.get_or_insert(Ok(()));
                }
            }
        });
        for scan in &deleted_elsewhere {
            ledger.forget(&scan.id);
        }
        drop(ledger);
        match outcome {
            _ if newer_elsewhere => status.set(SaveStatus::Newer),
            Some(Err(WriteError::Unavailable)) => status.set(SaveStatus::Unavailable),
            Some(Err(WriteError::Refused)) => status.set(SaveStatus::Failed),
            Some(Ok(())) if !quiet => {
                status.set(SaveStatus::Saved);
                // At the first save, not at page load: browsers grant it to sites really used.
                if writes == 0 {
                    storage::request_persistence();
                }
                // Measuring reads all of storage: now and then is enough to warn well before full.
                writes += 1;
                if writes % 20 == 1 {
                    usage.set(storage::usage());
                }
            }
            _ => {}
        }
        if !merged.is_empty() || !deleted_elsewhere.is_empty() {
            take_in(scans, merged, &deleted_elsewhere);
            notices.update(|n| n.extend(deleted_elsewhere.into_iter().map(|scan| TabNotice::Deleted { scan: Box::new(scan) })));
        }
    });
}

/// Puts merged versions into the state and removes scans deleted elsewhere (they are offered back).
fn take_in(scans: RwSignal<Scans>, merged: Vec<Scan>, deleted: &[Scan]) {
    scans.update(|scans| {
        for scan in merged {
            match scans.get_mut(&scan.id) {
                Some(current) => *current = scan,
                None => scans.add(scan),
            }
        }
        for scan in deleted {
            scans.remove(&scan.id);
        }
    });
}

/// Takes in what other tabs store: the browser's `storage` event fires in every other tab of
/// this site when one of them writes.
fn handle_other_tabs(ledger: SharedLedger) {
    let scans = use_scans();
    let notices = expect_context::<TabNotices>().0;
    let status = expect_context::<SaveState>().0;
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(key) = ev.key() else { return };
        let Some(id) = storage::scan_id_of(&key).map(str::to_string) else { return };
        let mine = scans.with_untracked(|s| s.get(&id).cloned());
        let Some(raw) = ev.new_value() else {
            // Deleted in another tab. This tab's copy is offered back, never silently kept or lost.
            ledger.borrow_mut().forget(&id);
            if let Some(scan) = mine {
                take_in(scans, Vec::new(), std::slice::from_ref(&scan));
                notices.update(|n| n.push(TabNotice::Deleted { scan: Box::new(scan) }));
            }
            return;
        };
        // What cannot be read is left alone here; on the next start it is set aside and reported.
        // Written by a newer version of Samenscan, it is said at once when this tab has it open.
        let theirs = match storage::decode_at(&key, &raw) {
            Ok(theirs) => theirs,
            Err(DecodeError::Newer { .. }) if mine.is_some() => return status.set(SaveStatus::Newer),
            Err(_) => return,
        };
        let received = ledger.borrow_mut().receive(&id, mine.as_ref(), &raw, theirs, focused_place(), encode_scan);
        if let Some((scan, told)) = received {
            let name = scan.details.name.clone();
            take_in(scans, vec![scan], &[]);
            if !told.is_empty() {
                notices.update(|n| n.extend(notices_for(&name, told)));
            }
        }
    });
    on_cleanup(move || handle.remove());
}
