//! Print, and download the profile as JSON (lossless, re-importable) or CSV (for spreadsheets).

use super::download::{download_profile, download_text};
use super::state::{now, use_lang, use_scans};
use crate::core::exchange::{csv_export::export_csv, file_name};
use crate::core::instrument::Instrument;
use leptos::prelude::*;
use crate::ui::profile_texts::ptr;
use std::sync::Arc;

#[component]
pub fn ExportPanel(
    /// The scan to export.
    scan_id: String,
    /// Its instrument.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let id = StoredValue::new(scan_id);
    let instrument = StoredValue::new(instrument);

    let handle_json = move |_| {
        scans.with_untracked(|s| {
            if let Some(scan) = s.get(&id.get_value()) {
                download_profile(scan, &instrument.get_value());
            }
        });
    };
    let handle_csv = move |_| {
        let time = now();
        scans.with_untracked(|s| {
            let Some(scan) = s.get(&id.get_value()) else { return };
            let instrument = instrument.get_value();
            let csv = export_csv(scan, &instrument, lang.get_untracked());
            download_text(&file_name(scan, &instrument, &time, "csv"), "text/csv;charset=utf-8", &csv);
        });
    };
    let handle_print = move |_| {
        let _ = window().print();
    };

    view! {
        <section class="export-panel" aria-labelledby="export-title">
            <h2 id="export-title">{ptr(|t| t.export_title)}</h2>
            <ul class="export-panel__list">
                <li>
                    <button type="button" class="button" on:click=handle_json data-testid="download-json">{ptr(|t| t.download_json)}</button>
                    <p class="hint">{ptr(|t| t.download_json_hint)}</p>
                </li>
                <li>
                    <button type="button" class="button button--secondary" on:click=handle_csv data-testid="download-csv">{ptr(|t| t.download_csv)}</button>
                    <p class="hint">{ptr(|t| t.download_csv_hint)}</p>
                </li>
                <li>
                    <button type="button" class="button button--secondary" on:click=handle_print>{ptr(|t| t.print)}</button>
                </li>
            </ul>
        </section>
    }
}
