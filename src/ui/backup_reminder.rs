//! A quiet reminder on the start page when the last full backup is old and something changed
//! since (the rule is `core::backup::BackupLog::remind`). It can be put away. Where the browser
//! deletes a website's data after a week without a visit (Safari, iPhone, iPad), it comes at once
//! and says so, with the way out: the home screen.

use super::state::{now, use_lang, use_scans};
use crate::core::lang::Lang;
use crate::route::Route;
use crate::storage;
use leptos::prelude::*;

/// The reminder's title and text where the browser deletes after a week without a visit; the data
/// page says it too. Here, not among the shared texts: only these two pages carry it.
pub fn week_warning(lang: Lang) -> (&'static str, &'static str) {
    (
        lang.pick("Let op: deze browser kan uw gegevens wissen", "Note: this browser may delete your data"),
        lang.pick(
            "Op een iPhone of iPad, en in Safari, wist de browser alles wat een website bewaart als u die website zeven dagen niet gebruikt. Zet Samenscan op uw beginscherm (knop Delen, dan 'Zet op beginscherm'; op een Mac: 'Voeg toe aan Dock') en open het voortaan daar. Dan blijft alles staan. Bewaar ook af en toe alles in één bestand.",
            "On an iPhone or iPad, and in Safari, the browser deletes everything a website keeps when you have not used that website for seven days. Add Samenscan to your Home Screen (Share button, then 'Add to Home Screen'; on a Mac: 'Add to Dock') and open it from there from now on. Then everything stays. Also save everything in one file now and then.",
        ),
    )
}

#[component]
pub fn BackupReminder() -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let log = RwSignal::new(storage::load_backup_log());
    let time = now();
    let keeping = storage::browser_keeping();
    let week = keeping == crate::core::backup::Keeping::AWeekWithoutVisit;
    let handle_not_now = move |_| {
        log.update(|l| l.dismissed = Some(now()));
        // Putting it away is a convenience: if it cannot be kept, it shows again next time.
        let _ = storage::save_backup_log(&log.get_untracked());
    };
    // One closure drawing plain texts (no closure per text): this sits on the first visit.
    move || {
        let show = scans.with(|s| {
            let first = s.0.iter().map(|scan| scan.created_at.as_str()).min();
            log.with(|l| l.remind(s.0.iter().map(|scan| scan.updated_at.as_str()), first, &time, keeping))
        });
        let lang = lang.get();
        let t = crate::i18n::texts(lang);
        let (title, body) = if week { week_warning(lang) } else { (t.backup_reminder_title, t.backup_reminder_body) };
        show.then(|| view! {
            <section class="notice" aria-labelledby="reminder-title" data-testid="backup-reminder">
                <h2 id="reminder-title" class="notice__title">{title}</h2>
                <p>{body}</p>
                <p class="button-row">
                    <a class="button" href=Route::Data.href()>{t.backup_now}</a>
                    <button type="button" class="button button--secondary" on:click=handle_not_now>{t.not_now}</button>
                </p>
            </section>
        })
    }
}
