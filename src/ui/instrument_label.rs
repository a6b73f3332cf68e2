//! Which list a scan uses, and the line that says what it is (a working version, not the
//! official list): on every screen that shows results.

use super::state::{use_lang, use_texts};
use crate::core::instrument::Instrument;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn InstrumentLabel(
    /// The instrument to name.
    instrument: Arc<Instrument>,
) -> impl IntoView {
    let lang = use_lang();
    let t = use_texts();
    let (title, disclaimer, version) = (instrument.title.clone(), instrument.disclaimer.clone(), instrument.version.clone());
    view! {
        <p class="instrument-label">
            <span class="tag tag--working">{move || (t().instrument_label)(title.get(lang.get()), &version)}</span>
            " "<span class="instrument-label__disclaimer">{move || disclaimer.get(lang.get()).to_string()}</span>
        </p>
    }
}
