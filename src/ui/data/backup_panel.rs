//! "Alles bewaren": one file with every scan, screening, plan, comment, workspace profile,
//! conversation guide and list.

use crate::core::backup::{backup_file_name, write_backup, Contents};
use crate::storage;
use crate::ui::download::download_text;
use crate::ui::state::{format_time, now, say, use_lang, use_scans, Instruments};
use leptos::prelude::*;

#[component]
pub fn BackupPanel() -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let log = RwSignal::new(storage::load_backup_log());
    let failed = RwSignal::new(false);
    let instruments = expect_context::<Instruments>();
    let handle_backup = move |_| {
        let time = now();
        let workspace = storage::load_workspace(|_| true).0;
        let guides = storage::load_guides();
        let text = instruments.0.with_untracked(|lists| {
            scans.with_untracked(|s| {
                let contents = Contents { scans: &s.0, workspace: &workspace.entries, lists: lists.listed(), guides: &guides };
                write_backup(&contents, env!("CARGO_PKG_VERSION"), &time)
            })
        });
        if !download_text(&backup_file_name(&time), "application/json", &text) {
            failed.set(true);
            return;
        }
        let mut next = log.get_untracked();
        next.last = Some(time);
        // The time is a convenience for the reminder: the file itself is what counts.
        let _ = storage::save_backup_log(&next);
        log.set(next);
        failed.set(false);
    };
    let last = move || {
        let lang = lang.get();
        match log.get().last {
            Some(time) => lang.pick(format!("Laatste reservekopie: {}.", format_time(&time, lang)), format!("Last backup: {}.", format_time(&time, lang))),
            None => lang.pick("Er is nog geen reservekopie gemaakt in deze browser.", "No backup has been made in this browser yet.").to_string(),
        }
    };
    view! {
        <section aria-labelledby="backup-title" data-testid="backup-panel">
            <h2 id="backup-title">{say("Alles bewaren", "Save everything")}</h2>
            <p>{say(
                "Eén bestand met alles wat Samenscan hier bewaart: elke zelfscan en screening, de actieplannen, de opmerkingen van adviseurs, de profielen in de werkplek, de gespreksleidraden met hun afspraken en uw eigen lijsten. Bewaar het op een veilige plek. U kunt het later hier terugzetten, ook in een andere browser.",
                "One file with everything Samenscan keeps here: every self-assessment and screening, the action plans, advisers' comments, the profiles in the workspace, the conversation guides with their agreements and your own lists. Keep it somewhere safe. You can restore it here later, in another browser too.",
            )}</p>
            <p data-testid="last-backup">{last}</p>
            <p><button type="button" class="button" on:click=handle_backup data-testid="backup-download">{say("Alles bewaren (.json)", "Save everything (.json)")}</button></p>
            <Show when=move || failed.get()>
                <p class="notice notice--error" role="alert">{say("De browser kon het bestand niet maken. Probeer het opnieuw.", "The browser could not make the file. Try again.")}</p>
            </Show>
        </section>
    }
}
