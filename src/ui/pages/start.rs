//! The start page: what Samenscan is, that data stays here, the ways in, and the scans on this device.

use crate::route::Route;
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::flash_message::FlashMessage;
use crate::ui::import_panel::{handle_import_file, provide_import_context, use_importer, ImportPanel};
use crate::ui::published_lists::PublishedLists;
use crate::ui::scan_list::ScanList;
use crate::ui::state::set_document_title;
use crate::ui::start_texts::{start_tr, use_start_texts};
use leptos::prelude::*;

#[component]
pub fn StartPage() -> impl IntoView {
    let st = use_start_texts();
    Effect::new(move |_| set_document_title(st().start_title));
    provide_import_context();
    let importer = use_importer();
    // The whole page is a drop target for profile files.
    let handle_dragover = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let handle_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            handle_import_file(importer.clone(), file);
        }
    };
    view! {
        <div class="start" on:dragover=handle_dragover on:drop=handle_drop data-testid="drop-zone">
        <h1 tabindex="-1">{start_tr(|t| t.start_title)}</h1>
        <p class="lead">{start_tr(|t| t.start_intro)}</p>
        <section class="notice notice--info" aria-labelledby="privacy-title">
            <h2 id="privacy-title" class="notice__title">{start_tr(|t| t.privacy_title)}</h2>
            <p>{start_tr(|t| t.privacy_body)}</p>
            <p><a href=Route::Data.href() data-testid="to-data">{start_tr(|t| t.data_link)}</a></p>
        </section>
        <BackupReminder/>
        <PublishedLists/>
        <FlashMessage/>
        <ScanList/>
        <section aria-labelledby="ways-title">
            <h2 id="ways-title">{start_tr(|t| t.ways_title)}</h2>
            <ul class="ways">
                <li class="way">
                    <h3 class="way__title">{start_tr(|t| t.way_school_title)}</h3>
                    <p>{start_tr(|t| t.way_school_body)}</p>
                    <a class="button" href=Route::NewScan.href() data-testid="new-scan">{start_tr(|t| t.way_school_action)}</a>
                </li>
                <li class="way">
                    <h3 class="way__title">{start_tr(|t| t.way_lea_title)}</h3>
                    <p>{start_tr(|t| t.way_lea_body)}</p>
                    <a class="button" href=Route::LeaNew.href() data-testid="new-screening">{start_tr(|t| t.way_lea_action)}</a>
                </li>
                <li class="way">
                    <h3 class="way__title">{start_tr(|t| t.way_open_title)}</h3>
                    <p>{start_tr(|t| t.way_open_body)}</p>
                    <ImportPanel/>
                </li>
            </ul>
            <p><a href=Route::Workspace.href() data-testid="to-workspace">{start_tr(|t| t.to_workspace)}</a></p>
            <p><a href=Route::Lists.href() data-testid="to-lists">{crate::ui::state::say("Eigen lijst laden, of de lijsten bekijken", "Load your own list, or view the lists")}</a></p>
        </section>
        </div>
    }
}
