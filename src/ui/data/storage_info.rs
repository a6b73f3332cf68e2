//! What Samenscan keeps here, how much of the browser's storage it uses, and whether the browser
//! promised to keep it.

use crate::storage::{self, LOCAL_STORAGE_CHARS};
use crate::ui::state::{say, use_lang, use_scans};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The browser's answer to `navigator.storage.persisted()`; `None` until it answers, or when
/// the browser does not say.
async fn persisted() -> Option<bool> {
    let manager = window().navigator().storage();
    let answer = wasm_bindgen_futures::JsFuture::from(manager.persisted().ok()?).await.ok()?;
    answer.as_bool()
}

/// `navigator.storage.estimate()`: what the whole site uses of what it may, in bytes.
async fn estimate() -> Option<(f64, f64)> {
    let manager = window().navigator().storage();
    let answer = wasm_bindgen_futures::JsFuture::from(manager.estimate().ok()?).await.ok()?;
    let number = |field: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(field)).ok()?.as_f64();
    Some((number("usage")?, number("quota")?))
}

/// A size for people: "12 kB", "1,4 MB".
fn size(bytes: f64, lang: crate::core::lang::Lang) -> String {
    let text = if bytes < 1_000_000.0 {
        format!("{} kB", (bytes / 1000.0).ceil() as u64)
    } else {
        let tenths = (bytes / 100_000.0).round() as u64;
        format!("{}{}{} MB", tenths / 10, lang.pick(",", "."), tenths % 10)
    };
    text
}

#[component]
pub fn StorageInfo() -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let usage = RwSignal::new(storage::usage());
    let opened = RwSignal::new(0);
    let guides = RwSignal::new(0);
    // The scans signal changes with every save and restore here: the figures follow.
    Effect::new(move |_| {
        scans.track();
        usage.set(storage::usage());
        opened.set(storage::load_workspace(|_| true).0.entries.len());
        guides.set(storage::load_guides().len());
    });
    let granted = LocalResource::new(persisted);
    let site = LocalResource::new(estimate);
    let counts = move || {
        let (screenings, school) = scans.with(|s| {
            let screenings = s.0.iter().filter(|scan| scan.is_screening()).count();
            (screenings, s.0.len() - screenings)
        });
        let kept = opened.get();
        let lang = lang.get();
        let guides = crate::core::guide::count_text(guides.get(), lang);
        match lang {
            crate::core::lang::Lang::Nl => format!("{school} zelfscan(s), {screenings} screening(s) LEA, {kept} profiel(en) in de werkplek en {guides}."),
            crate::core::lang::Lang::En => format!("{school} self-assessment(s), {screenings} LEA screening(s), {kept} profile(s) in the workspace and {guides}."),
        }
    };
    let used = move || {
        let u = usage.get();
        // Characters are two bytes in the browser's own count.
        let (ours, all) = (size(u.ours as f64 * 2.0, lang.get()), size(LOCAL_STORAGE_CHARS as f64 * 2.0, lang.get()));
        lang.get().pick(
            format!("Samenscan gebruikt {ours} van de ongeveer {all} die een browser een website geeft ({}%).", u.percent()),
            format!("Samenscan uses {ours} of the roughly {all} a browser gives a website ({}%).", u.percent()),
        )
    };
    let persist_text = move || {
        let lang = lang.get();
        match granted.get().flatten() {
            Some(true) => lang.pick("Ja: de browser heeft beloofd deze gegevens te bewaren, ook als de schijf vol raakt.", "Yes: the browser promised to keep this data, even when the disk fills up."),
            Some(false) => lang.pick("Nee: de browser kan deze gegevens opruimen als de schijf vol raakt. Bewaar daarom een reservekopie.", "No: the browser may clear this data when the disk fills up. So save a backup."),
            None => lang.pick("De browser zegt het niet.", "The browser does not say."),
        }
    };
    let site_text = move || {
        site.get().flatten().map(|(used, quota)| {
            lang.get().pick(
                format!("Deze website gebruikt in totaal {} van {}, met alle opslag van de browser samen.", size(used, lang.get()), size(quota, lang.get())),
                format!("In all, this website uses {} of {}, counting all of the browser's storage.", size(used, lang.get()), size(quota, lang.get())),
            )
        })
    };
    view! {
        <section aria-labelledby="kept-title" data-testid="storage-info">
            <h2 id="kept-title">{say("Wat hier staat", "What is kept here")}</h2>
            <p data-testid="kept-counts">{counts}</p>
            <p data-testid="kept-usage">{used}</p>
            <p data-testid="kept-site">{site_text}</p>
            <h3>{say("Blijven de gegevens bewaard?", "Is the data kept?")}</h3>
            <p data-testid="persisted">{persist_text}</p>
            {(storage::browser_keeping() == crate::core::backup::Keeping::AWeekWithoutVisit).then(|| view! {
                <p class="notice notice--warning" data-testid="deleted-after-a-week">{move || crate::ui::backup_reminder::week_warning(lang.get()).1}</p>
            })}
        </section>
    }
}
