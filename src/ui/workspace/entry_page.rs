//! One opened profile: read it, write comments per streefdoel and an overall note, and send it
//! back as an annotated file or a link; or copy it into the user's own scans to work on.

use super::profile_view::ProfileView;
use super::share_link::ShareLink;
use super::workspace_nav::{BackToWorkspace, WorkspaceCrumbs};
use super::{say, use_workspace};
use crate::core::feedback::Feedback;
use crate::core::merge::Place;
use crate::core::lang::Lang;
use crate::route::Route;
use crate::ui::download::download_profile;
use crate::ui::pages::not_found::InstrumentMissing;
use crate::ui::state::{new_scan_id, now, set_document_title, use_lang, use_scans, Instruments};
use leptos::prelude::*;

#[component]
pub fn EntryPage(
    /// The workspace key of the profile.
    entry_key: String,
) -> impl IntoView {
    let workspace = use_workspace();
    let scans = use_scans();
    let lang = use_lang();
    let Some(first) = workspace.with_untracked(|w| w.get(&entry_key).cloned()) else {
        return view! { <EntryMissing/> }.into_any();
    };
    let Some(instrument) = expect_context::<Instruments>().find(&first.scan.instrument) else {
        let reference = first.scan.instrument;
        return view! { <InstrumentMissing id=reference.id version=reference.version/> }.into_any();
    };
    let key = StoredValue::new(entry_key);
    // Closing the profile elsewhere (another tab) leaves the last known version on screen.
    let fallback = first.scan.clone();
    let scan = Memo::new(move |_| workspace.with(|w| w.get(&key.get_value()).map(|e| e.scan.clone())).unwrap_or_else(|| fallback.clone()));
    let name = move || scan.with(|s| s.details.name.clone());
    Effect::new(move |_| set_document_title(&format!("{} – {}", name(), lang.get().pick("Werkplek", "Workspace"))));
    let edit = move |change: Box<dyn FnOnce(&mut Feedback)>| {
        workspace.update(|w| {
            if let Some(entry) = w.get_mut(&key.get_value()) {
                entry.scan.edit_feedback(&now(), change);
            }
        });
    };
    let feedback_text = move |pick: fn(&Feedback) -> String| move || scan.with(|s| s.feedback.as_ref().map(pick).unwrap_or_default());
    let comment_editor = Callback::new(move |goal: String| {
        let id = format!("comment-{goal}");
        // Follows the state, so a comment written in another tab shows; the merge keeps the one
        // under the cursor.
        let goal_for_value = goal.clone();
        let current = move || scan.with(|s| s.feedback.as_ref().and_then(|f| f.goals.get(&goal_for_value).cloned()).unwrap_or_default());
        let place = Place::Comment(goal.clone()).to_string();
        let goal_for_edit = goal.clone();
        view! {
            <div class="field feedback-editor">
                <label class="label" for=id.clone()>{say("Uw opmerking bij dit streefdoel", "Your comment on this goal")}</label>
                <textarea
                    class="input textarea"
                    id=id
                    rows="3"
                    data-testid="goal-comment"
                    data-goal=goal
                    data-place=place
                    prop:value=current
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let goal = goal_for_edit.clone();
                        edit(Box::new(move |f| f.set_goal(&goal, text)));
                    }
                ></textarea>
            </div>
        }
        .into_any()
    });
    let download = {
        let instrument = instrument.clone();
        move |_| {
            scan.with_untracked(|s| download_profile(s, &instrument));
        }
    };
    let copied = RwSignal::new(None::<String>);
    let handle_copy = move |_| {
        let copy = scan.with_untracked(|s| {
            let name = format!("{} ({})", s.details.name, lang.get_untracked().pick("kopie", "copy"));
            s.copy_as(new_scan_id(), &name, &now())
        });
        let id = copy.id.clone();
        scans.update(|s| s.add(copy));
        copied.set(Some(id));
    };
    // The answers do not change here; without the comments this stays equal while the adviser
    // types, so the comment fields are not drawn again (and keep focus).
    let answers = Memo::new(move |_| {
        let mut s = scan.get();
        s.feedback = None;
        s
    });

    view! {
        <WorkspaceCrumbs here=name/>
        <ProfileView scan=answers instrument=instrument.clone() source=first.source.clone() goal_extra=comment_editor/>
        <section class="feedback-panel" aria-labelledby="feedback-title">
            <h2 id="feedback-title">{say("Uw opmerkingen voor de school of gemeente", "Your comments for the school or municipality")}</h2>
            <p class="hint">{say(
                "Bij elk streefdoel hierboven kunt u een opmerking schrijven. Download daarna het profiel met opmerkingen en stuur het terug. Bij het inlezen ziet de school uw opmerkingen naast de eigen antwoorden; de antwoorden veranderen niet.",
                "You can write a comment on each goal above. Then download the profile with comments and send it back. When the school reads it in, it sees your comments beside its own answers; its answers do not change.",
            )}</p>
            <div class="field">
                <label class="label" for="feedback-author">{say("Uw naam en ExpertisePunt", "Your name and ExpertisePunt")}</label>
                <input class="input" id="feedback-author" type="text" data-testid="feedback-author" data-place="overall"
                    prop:value=feedback_text(|f| f.author.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(Box::new(move |f| f.author = text));
                    }/>
            </div>
            <div class="field">
                <label class="label" for="feedback-overall">{say("Algemene opmerking", "Overall comment")}</label>
                <textarea class="input textarea" id="feedback-overall" rows="4" data-testid="feedback-overall-input" data-place="overall"
                    prop:value=feedback_text(|f| f.overall.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(Box::new(move |f| f.overall = text));
                    }></textarea>
            </div>
            <p class="button-row">
                <button type="button" class="button" on:click=download data-testid="download-annotated">{say("Download met opmerkingen (.json)", "Download with comments (.json)")}</button>
            </p>
        </section>
        <ShareLink scan=scan instrument=instrument.clone()/>
        <section aria-labelledby="copy-title">
            <h2 id="copy-title">{say("Zelf verder werken", "Work on it yourself")}</h2>
            <p>{say(
                "Een kopie komt bij uw eigen scans. Die kunt u wel invullen en wijzigen; het profiel hier blijft zoals het is.",
                "A copy goes to your own scans. That one you can fill in and change; the profile here stays as it is.",
            )}</p>
            <button type="button" class="button button--secondary" on:click=handle_copy data-testid="make-copy">{say("Maak een kopie om in te werken", "Make a copy to work on")}</button>
            {move || copied.get().map(|id| view! {
                <p class="notice" role="status" data-testid="copy-made">
                    {move || if lang.get() == Lang::Nl { "De kopie staat bij uw eigen scans. " } else { "The copy is with your own scans. " }}
                    <a href=Route::Overview { scan: id.clone() }.href()>{say("Open de kopie", "Open the copy")}</a>
                </p>
            })}
        </section>
    }
    .into_any()
}

/// A workspace address whose profile is not (or no longer) in this browser.
#[component]
pub fn EntryMissing() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{say("Profiel niet gevonden", "Profile not found")}</h1>
        <p data-testid="entry-missing">{say(
            "Dit profiel staat niet (meer) in uw werkplek in deze browser. Open het bestand opnieuw.",
            "This profile is not (or no longer) in your workspace in this browser. Open the file again.",
        )}</p>
        <BackToWorkspace/>
    }
}
