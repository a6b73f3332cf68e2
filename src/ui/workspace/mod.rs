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
pub mod list_changes_panel;
pub mod open_panel;
pub mod over_time_page;
pub mod profile_view;
pub mod share_link;
pub mod share_page;
pub mod team_page;
pub mod workspace_app;
pub mod workspace_nav;

use crate::core::merge::{stamp, Ledger, Write};
use crate::core::stored::DecodeError;
use crate::core::workspace::{decode_entry, encode_entry, Entry, Workspace};
use crate::ui::tab_sync::{focused_place, notices_for, TabNotices};
use std::cell::RefCell;
use std::rc::Rc;
use crate::storage::{self, WriteError};
use crate::ui::state::{SaveState, SaveStatus, UnreadableState};
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
    let instruments = expect_context::<crate::ui::state::Instruments>();
    let (workspace, unreadable) = storage::load_workspace(|scan| instruments.fits(scan));
    if !unreadable.is_empty() {
        expect_context::<UnreadableState>().0.update(|list| list.extend(unreadable));
    }
    provide_context(WorkspaceState(RwSignal::new(workspace)));
}

pub use crate::ui::state::say;

/// A unique key for a new workspace entry. Keys follow the order in which the files were opened,
/// also within one millisecond: they are the order of ties when profiles are matched
/// (`core::peer::propose`), and a random part alone would order those at random.
pub fn new_entry_key() -> String {
    thread_local! {
        static OPENED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let count = OPENED.with(|opened| {
        let count = opened.get();
        opened.set(count.wrapping_add(1));
        count
    });
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("w{time:011x}{count:06x}{random:x}")
}

/// More changed profiles than this (a batch of files opened at once) are written after the next
/// frame, so that the adviser sees them listed first; fewer (a comment, a closed profile, a few
/// files) are written at once. Leaving the page writes what waits.
const WRITE_AT_ONCE: usize = 20;

/// What the workspace's writes remember between runs. Runtime only.
struct Writer {
    ledger: Rc<RefCell<Ledger>>,
    /// Per key, a fingerprint of what was last written from this tab.
    written: BTreeMap<String, String>,
    /// A write is asked for after the next frame.
    pending: bool,
}

/// Received answers never change here; only comments do, and every change of a comment sets its
/// time. So this stands for the whole entry, and is cheap with hundreds of profiles open.
fn fingerprint(entry: &Entry) -> String {
    let written_at = entry.scan.feedback.as_ref().map_or("", |f| f.written_at.as_str());
    let length: usize = entry.scan.feedback.iter().flat_map(|f| f.texts()).map(String::len).sum();
    format!("{}|{written_at}|{length}", entry.scan.updated_at)
}

/// Storage follows the workspace, as for own scans: one Effect writes what changed and removes
/// what was closed, and the save indicator tells whether it worked. Like own scans, an entry
/// that another tab changed meanwhile is merged before it is written (see `ui::tab_sync`).
pub fn handle_save_workspace() {
    let workspace = use_workspace();
    let ledger = Rc::new(RefCell::new(Ledger::default()));
    handle_workspace_from_other_tabs(ledger.clone());
    let status = expect_context::<SaveState>().0;
    // The storage notice's "Opnieuw proberen" touches the scans; following them too makes this
    // Effect retry as well, without the shared notice knowing about the workspace.
    let scans = crate::ui::state::use_scans();
    let writer = Rc::new(RefCell::new(Writer { ledger, written: BTreeMap::new(), pending: false }));
    let mut first_run = true;
    let effect_writer = writer.clone();
    Effect::new(move |_| {
        scans.track();
        let quiet = std::mem::take(&mut first_run);
        let waiting = workspace.with(|w| {
            let writer = effect_writer.borrow();
            w.entries.iter().filter(|e| writer.written.get(&e.key) != Some(&fingerprint(e))).count()
        });
        // A hidden tab draws no frame to wait for: it writes at once.
        if quiet || waiting <= WRITE_AT_ONCE || document().hidden() {
            write_workspace(&effect_writer, workspace, status, quiet);
        } else if !std::mem::replace(&mut effect_writer.borrow_mut().pending, true) {
            let later = effect_writer.clone();
            request_animation_frame(move || {
                set_timeout(move || write_workspace(&later, workspace, status, false), std::time::Duration::ZERO);
            });
        }
    });
    // A tab put in the background draws no frames: what waits is written when it is hidden or left.
    let flush = move || {
        if writer.borrow().pending {
            write_workspace(&writer, workspace, status, false);
        }
    };
    let on_hide = flush.clone();
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| on_hide());
    let left = window_event_listener(leptos::ev::pagehide, move |_| flush());
    on_cleanup(move || {
        hidden.remove();
        left.remove();
    });
}

/// Writes every entry that changed and removes what was closed. `quiet`: the workspace as it was
/// loaded, whose storage is only merged in, and no "saved" shown.
fn write_workspace(writer: &Rc<RefCell<Writer>>, workspace: RwSignal<Workspace>, status: RwSignal<SaveStatus>, quiet: bool) {
    let mut writer = writer.borrow_mut();
    writer.pending = false;
    let Writer { ledger, written, .. } = &mut *writer;
    let mut ledger = ledger.borrow_mut();
    let mut merged: Vec<Entry> = Vec::new();
    let mut closed_elsewhere: Vec<String> = Vec::new();
    workspace.with_untracked(|w| {
        let mut failed = None;
        let mut changed = false;
        // Stored meanwhile by a newer version of Samenscan (another tab): left alone, as for scans.
        let mut newer_elsewhere = false;
        for entry in &w.entries {
            let fingerprint = fingerprint(entry);
            if written.get(&entry.key) == Some(&fingerprint) {
                continue;
            }
            let encoded = encode_entry(entry);
            let decode = |raw: &str| decode_entry(&entry.key, raw).map(|theirs| theirs.scan);
            if !quiet && ledger.has_seen(&entry.key, &encoded) {
                // As this tab last saw it stored: no need to read storage.
                written.insert(entry.key.clone(), fingerprint);
                continue;
            }
            let stored = storage::read_workspace_raw(&entry.key);
            let decision = if quiet {
                // As loaded; what storage holds now is merged in (see tab_sync).
                ledger.start(&entry.key, encoded.clone(), &entry.scan, stored.as_deref(), decode)
            } else {
                ledger.before_write(&entry.key, &entry.scan, &encoded, stored.as_deref(), decode)
            };
            let scan = match decision {
                Write::Newer => {
                    newer_elsewhere = true;
                    continue;
                }
                Write::Unchanged => {
                    written.insert(entry.key.clone(), fingerprint);
                    continue;
                }
                Write::DeletedElsewhere => {
                    closed_elsewhere.push(entry.key.clone());
                    continue;
                }
                Write::Scan(scan) => scan,
            };
            changed = true;
            // Usually this tab's own copy, whose text is made already; a merge is encoded anew.
            let (merged_entry, text) = if scan == entry.scan {
                (None, encoded)
            } else {
                let merged_entry = Entry { key: entry.key.clone(), source: entry.source.clone(), opened_at: entry.opened_at.clone(), scan };
                let text = encode_entry(&merged_entry);
                if text == encoded { (None, encoded) } else { (Some(merged_entry), text) }
            };
            match storage::save_workspace_text(&entry.key, &stamp(&text, stored.as_deref())) {
                Ok(()) => {
                    ledger.written(&entry.key, &entry.scan, merged_entry.as_ref().map_or(&entry.scan, |m| &m.scan), text);
                    match merged_entry {
                        Some(merged_entry) => merged.push(merged_entry),
                        None => {
                            written.insert(entry.key.clone(), fingerprint);
                        }
                    }
                }
                Err(e) => failed = Some(e),
            }
        }
        for key in ledger.keys() {
            if w.get(&key).is_none() {
                storage::delete_workspace_entry(&key);
                ledger.forget(&key);
                written.remove(&key);
                changed = true;
            }
        }
        match failed {
            _ if newer_elsewhere => status.set(SaveStatus::Newer),
            Some(WriteError::Unavailable) => status.set(SaveStatus::Unavailable),
            Some(WriteError::Refused) => status.set(SaveStatus::Failed),
            None if changed && !quiet => status.set(SaveStatus::Saved),
            None => {}
        }
    });
    for key in &closed_elsewhere {
        ledger.forget(key);
    }
    drop(ledger);
    drop(writer);
    if !merged.is_empty() || !closed_elsewhere.is_empty() {
        take_in(workspace, merged, &closed_elsewhere);
    }
}

/// Puts merged entries into the workspace and removes those closed in another tab (closing is
/// a choice made there, with its own undo).
fn take_in(workspace: RwSignal<Workspace>, merged: Vec<Entry>, closed: &[String]) {
    workspace.update(|w| {
        for entry in merged {
            match w.get_mut(&entry.key) {
                Some(current) => *current = entry,
                None => w.entries.push(entry),
            }
        }
        for key in closed {
            w.remove(key);
        }
    });
}

/// The workspace open in several tabs: profiles opened, closed or commented on in another tab
/// show here too, and a comment typed here is never overwritten under the cursor.
fn handle_workspace_from_other_tabs(ledger: Rc<RefCell<Ledger>>) {
    let workspace = use_workspace();
    let notices = expect_context::<TabNotices>().0;
    let status = expect_context::<SaveState>().0;
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(name) = ev.key() else { return };
        let Some(key) = storage::workspace_key_of(&name).map(str::to_string) else { return };
        let Some(raw) = ev.new_value() else {
            ledger.borrow_mut().forget(&key);
            take_in(workspace, Vec::new(), std::slice::from_ref(&key));
            return;
        };
        let mine = workspace.with_untracked(|w| w.get(&key).map(|e| e.scan.clone()));
        let theirs = match decode_entry(&key, &raw) {
            Ok(theirs) => theirs,
            Err(DecodeError::Newer { .. }) if mine.is_some() => return status.set(SaveStatus::Newer),
            Err(_) => return,
        };
        let meta = theirs.clone();
        let encode = move |scan: &crate::core::assessment::Scan| encode_entry(&Entry { scan: scan.clone(), ..meta.clone() });
        let received = ledger.borrow_mut().receive(&key, mine.as_ref(), &raw, theirs.scan.clone(), focused_place(), encode);
        if let Some((scan, told)) = received {
            let name = scan.details.name.clone();
            take_in(workspace, vec![Entry { scan, ..theirs }], &[]);
            if !told.is_empty() {
                notices.update(|n| n.extend(notices_for(&name, told)));
            }
        }
    });
    on_cleanup(move || handle.remove());
}
