//! What is kept in this browser, the full backup and its restore, on one screen.

use super::backup_panel::BackupPanel;
use super::restore_panel::RestorePanel;
use super::storage_info::StorageInfo;
use crate::route::Route;
use crate::ui::state::{say, set_document_title};
use leptos::prelude::*;

#[component]
pub fn DataPage() -> impl IntoView {
    let title = say("Uw gegevens in deze browser", "Your data in this browser");
    Effect::new(move |_| set_document_title(title()));
    view! {
        <p><a href=Route::Start.href()>{say("← Naar de startpagina", "← To the start page")}</a></p>
        <h1 tabindex="-1">{title}</h1>
        <p class="lead">{say(
            "Samenscan bewaart alles alleen in deze browser, op dit apparaat. Niemand anders kan erbij. Maar als de browser wordt leeggemaakt of u een nieuwe laptop krijgt, is het weg. Bewaar daarom af en toe een reservekopie.",
            "Samenscan keeps everything only in this browser, on this device. Nobody else can reach it. But when the browser is cleared or you get a new laptop, it is gone. So save a backup now and then.",
        )}</p>
        <StorageInfo/>
        <BackupPanel/>
        <RestorePanel/>
    }
}
