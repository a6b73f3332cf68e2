//! "Terugzetten": read a backup in full, show what is in it and what would change, ask per scan
//! that is already here, then write everything or nothing.

use crate::core::backup::{plan_restore, read_backup, Backup, BackupError, Choice, OnDevice, Plan, MAX_BACKUP_BYTES};
use crate::core::guide::count_text;
use crate::core::lang::Lang;
use crate::core::library::Library;
use crate::storage;
use crate::ui::download::file_text;
use crate::ui::state::{format_time, new_scan_id, now, say, use_lang, use_scans, Instruments};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a restore stands; runtime only.
#[derive(Clone, Debug, PartialEq)]
enum RestoreState {
    Idle,
    Failed { file: String, error: BackupError },
    Preview { file: String, backup: Box<Backup> },
    Done(Plan),
    /// The browser refused a write; everything was put back as it was.
    WriteFailed,
}

/// The writes for the current choices (nothing stored yet); copies get fresh ids and a name
/// that says where they came from.
fn plan_for(backup: &Backup, known: &Library, choices: &[(String, Choice)], lang: Lang) -> Plan {
    let existing = storage::load(|_| true).scans.0;
    let open = storage::load_workspace(|_| true).0.entries;
    let guides: Vec<String> = storage::load_guides().into_iter().map(|k| k.guide.id).collect();
    let here = OnDevice { lists: known, scans: &existing, entries: &open, guides: &guides };
    let choice = |id: &str| choices.iter().find(|(c, _)| c == id).map_or(Choice::KeepBoth, |(_, c)| *c);
    let copy_name = |name: &str| format!("{name} ({})", lang.pick("reservekopie", "backup"));
    plan_restore(backup, here, choice, new_scan_id, copy_name, &now())
}

#[component]
pub fn RestorePanel() -> impl IntoView {
    let state = RwSignal::new(RestoreState::Idle);
    let choices = RwSignal::new(Vec::<(String, Choice)>::new());
    let scans = use_scans();
    let lang = use_lang();
    let instruments = expect_context::<Instruments>();
    let lists_for_apply = instruments;
    let lists_for_preview = instruments;

    let handle_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        let name = file.name();
        if file.size() > MAX_BACKUP_BYTES as f64 {
            state.set(RestoreState::Failed { file: name, error: BackupError::TooLarge });
            return;
        }
        leptos::task::spawn_local(async move {
            let text = file_text(&file).await;
            match instruments.0.with_untracked(|known| read_backup(&text, known)) {
                Ok(backup) => {
                    let here = scans.with_untracked(|s| backup.scans.iter().filter(|b| s.get(&b.id).is_some()).map(|b| (b.id.clone(), Choice::KeepBoth)).collect());
                    choices.set(here);
                    state.set(RestoreState::Preview { file: name, backup: Box::new(backup) });
                }
                Err(error) => state.set(RestoreState::Failed { file: name, error }),
            }
        });
    };

    let handle_apply = Callback::new(move |()| {
        let RestoreState::Preview { backup, .. } = state.get_untracked() else { return };
        let plan = lists_for_apply.0.with_untracked(|known| plan_for(&backup, known, &choices.get_untracked(), lang.get_untracked()));
        match storage::write_all(&plan.puts) {
            Ok(()) => {
                // The lists first: the scans are checked against them.
                lists_for_apply.0.update(|known| {
                    for listed in &backup.lists {
                        if known.get(&listed.list.hash).is_none() {
                            known.take_in(listed);
                        }
                    }
                });
                // The page follows storage again; the save Effect finds nothing new to write.
                scans.set(storage::load(|s| lists_for_apply.fits(s)).scans);
                state.set(RestoreState::Done(plan));
            }
            Err(_) => state.set(RestoreState::WriteFailed),
        }
    });

    let set_choice = move |id: String, choice: Choice| {
        choices.update(|list| {
            if let Some(entry) = list.iter_mut().find(|(c, _)| *c == id) {
                entry.1 = choice;
            }
        })
    };

    let preview = move |file: String, backup: Box<Backup>| {
        let lang_now = lang.get_untracked();
        let summary = {
            let backup = backup.clone();
            move || {
                let plan = lists_for_preview.0.with(|known| plan_for(&backup, known, &choices.get(), lang.get()));
                let lang = lang.get();
                lang.pick(
                    format!("Er komen {} scan(s) bij, {} worden vervangen en {} blijven zoals ze zijn. Er komen {} profiel(en) in de werkplek, {} lijst(en) en {} bij.", plan.added, plan.replaced, plan.skipped, plan.entries_added, plan.lists_added, count_text(plan.guides_added, lang)),
                    format!("{} scan(s) will be added, {} replaced and {} left as they are. {} profile(s) will be added to the workspace, {} list(s) and {}.", plan.added, plan.replaced, plan.skipped, plan.entries_added, plan.lists_added, count_text(plan.guides_added, lang)),
                )
            }
        };
        let made = format_time(&backup.created_at, lang_now);
        let intro = lang_now.pick(
            format!("In '{file}' (gemaakt op {made}): {} scan(s) en screening(s), {} profiel(en) voor de werkplek, {}.", backup.scans.len(), backup.workspace.len(), count_text(backup.guides.len(), lang_now)),
            format!("In '{file}' (made on {made}): {} scan(s) and screening(s), {} profile(s) for the workspace, {}.", backup.scans.len(), backup.workspace.len(), count_text(backup.guides.len(), lang_now)),
        );
        let rows = backup
            .scans
            .iter()
            .map(|scan| {
                let id = scan.id.clone();
                let here = scans.with_untracked(|s| s.get(&id).is_some());
                let name = scan.details.name.clone();
                let changed = format_time(&scan.updated_at, lang_now);
                let option = move |choice: Choice, nl: &'static str, en: &'static str| {
                    let input_id = format!("restore-{id}-{choice:?}");
                    let id = id.clone();
                    let id_for_change = id.clone();
                    view! {
                        <div class="choice">
                            <input class="choice__input" type="radio" name=format!("restore-{id}") id=input_id.clone()
                                prop:checked=move || choices.with(|c| c.iter().any(|(i, c)| *i == id && *c == choice))
                                on:change=move |_| set_choice(id_for_change.clone(), choice)/>
                            <label class="choice__label" for=input_id>{move || lang.get().pick(nl, en)}</label>
                        </div>
                    }
                };
                let choice_group = here.then(|| {
                    let legend = lang_now.pick(format!("'{name}' staat al op dit apparaat. Wat wilt u?"), format!("'{name}' is already on this device. What would you like?"));
                    view! {
                        <fieldset class="field">
                            <legend class="label label--small">{legend}</legend>
                            <div class="choices">
                                {option(Choice::KeepBoth, "Allebei houden (de reservekopie komt erbij als kopie)", "Keep both (the backup is added as a copy)")}
                                {option(Choice::Replace, "Vervangen door de versie uit de reservekopie", "Replace with the version from the backup")}
                                {option(Choice::Skip, "Overslaan: de versie hier blijft", "Skip: the version here stays")}
                            </div>
                        </fieldset>
                    }
                });
                view! {
                    <li class="restore__scan" data-scan=scan.id.clone()>
                        <p><strong>{name.clone()}</strong>" · "{say("laatst gewijzigd", "last changed")}" "{changed}
                            {(!here).then(|| view! { " · "<span class="tag">{say("Nieuw op dit apparaat", "New on this device")}</span> })}</p>
                        {choice_group}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="notice notice--info" role="group" aria-labelledby="restore-preview-title" data-testid="restore-preview">
                <h3 id="restore-preview-title" class="notice__title">{say("Wat er in de reservekopie staat", "What is in the backup")}</h3>
                <p>{intro}</p>
                <ul class="restore__list">{rows}</ul>
                <p data-testid="restore-summary"><strong>{summary}</strong></p>
                <p class="button-row">
                    <button type="button" class="button" on:click=move |_| handle_apply.run(()) data-testid="restore-apply">{say("Terugzetten", "Restore")}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| state.set(RestoreState::Idle)>{say("Annuleren", "Cancel")}</button>
                </p>
            </div>
        }
        .into_any()
    };

    view! {
        <section aria-labelledby="restore-title" data-testid="restore-panel">
            <h2 id="restore-title">{say("Terugzetten", "Restore")}</h2>
            <p id="restore-hint">{say(
                "Kies een reservekopie die Samenscan heeft gemaakt. U ziet eerst wat erin staat en wat er verandert. Er verandert pas iets als u op 'Terugzetten' klikt.",
                "Choose a backup that Samenscan made. You first see what is in it and what will change. Nothing changes until you click 'Restore'.",
            )}</p>
            <div class="picker">
                <input class="visually-hidden picker__input" id="restore-file" type="file" accept=".json,application/json"
                    aria-describedby="restore-hint" on:change=handle_file data-testid="restore-file"/>
                <label class="button button--secondary picker__button" for="restore-file">{say("Reservekopie kiezen", "Choose a backup")}</label>
            </div>
            {move || match state.get() {
                RestoreState::Idle => ().into_any(),
                RestoreState::Failed { file, error } => {
                    let lang = lang.get();
                    let title = lang.pick(format!("'{file}' is niet teruggezet."), format!("'{file}' was not restored."));
                    view! {
                        <div class="notice notice--error" role="alert" data-testid="restore-error">
                            <p class="notice__title">{title}</p>
                            <p>{error.message(lang)}</p>
                            <p>{lang.pick("Er is niets veranderd.", "Nothing has changed.")}</p>
                        </div>
                    }.into_any()
                }
                RestoreState::Preview { file, backup } => preview(file, backup),
                RestoreState::Done(plan) => {
                    let lang = lang.get();
                    let text = lang.pick(
                        format!("Teruggezet: {} scan(s) erbij, {} vervangen, {} overgeslagen, {} profiel(en) in de werkplek, {} lijst(en) erbij, {} erbij.", plan.added, plan.replaced, plan.skipped, plan.entries_added, plan.lists_added, count_text(plan.guides_added, lang)),
                        format!("Restored: {} scan(s) added, {} replaced, {} skipped, {} profile(s) in the workspace, {} list(s) added, {} added.", plan.added, plan.replaced, plan.skipped, plan.entries_added, plan.lists_added, count_text(plan.guides_added, lang)),
                    );
                    view! { <p class="notice" role="status" data-testid="restore-done">{text}</p> }.into_any()
                }
                RestoreState::WriteFailed => view! {
                    <div class="notice notice--error" role="alert" data-testid="restore-error">
                        <p class="notice__title">{say("Terugzetten is niet gelukt", "Restoring did not work")}</p>
                        <p>{say(
                            "De browser wilde niet alles bewaren; misschien is de opslag vol. Wat er al stond, staat er nog precies zo: er is niets veranderd. Maak ruimte vrij en probeer het opnieuw.",
                            "The browser would not keep everything; storage may be full. What was here is still exactly as it was: nothing has changed. Free up space and try again.",
                        )}</p>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
