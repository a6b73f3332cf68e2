//! A quiet reminder on the start page when the last full backup is old and something changed
//! since (the rule is `core::backup::BackupLog::remind`). It can be put away.

use super::state::{now, use_lang, use_scans};
use crate::route::Route;
use crate::storage;
use leptos::prelude::*;

#[component]
pub fn BackupReminder() -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let log = RwSignal::new(storage::load_backup_log());
    let time = now();
    let handle_not_now = move |_| {
        log.update(|l| l.dismissed = Some(now()));
        // Putting it away is a convenience: if it cannot be kept, it shows again next time.
        let _ = storage::save_backup_log(&log.get_untracked());
    };
    // One closure drawing plain texts (no closure per text): this sits on the first visit.
    move || {
        let show = scans.with(|s| {
            let first = s.0.iter().map(|scan| scan.created_at.as_str()).min();
            log.with(|l| l.remind(s.0.iter().map(|scan| scan.updated_at.as_str()), first, &time))
        });
        let t = crate::i18n::texts(lang.get());
        show.then(|| view! {
            <section class="notice" aria-labelledby="reminder-title" data-testid="backup-reminder">
                <h2 id="reminder-title" class="notice__title">{t.backup_reminder_title}</h2>
                <p>{t.backup_reminder_body}</p>
                <p class="button-row">
                    <a class="button" href=Route::Data.href()>{t.backup_now}</a>
                    <button type="button" class="button button--secondary" on:click=handle_not_now>{t.not_now}</button>
                </p>
            </section>
        })
    }
}
