//! The readiness profile: verdict and what is missing, chart and table, the lists to discuss, the
//! action plan, and export. Prints as an A4 report (see style/print.css).

use crate::i18n::format_score;
use crate::route::Route;
use crate::ui::action_plan::ActionPlan;
use crate::ui::answers_summary::AnswersSummary;
use crate::ui::state::own_scan;
use crate::ui::export_panel::ExportPanel;
use crate::ui::feedback_panel::FeedbackPanel;
use crate::ui::pages::not_found::{scan_instrument, ScanMissing};
use crate::ui::peer_follow_up::PeerFollowUp;
use crate::ui::peer_inventory::PeerInventory;
use crate::ui::profile_lists::{ListKind, ProfileList};
use crate::ui::score_chart::ScoreChart;
use crate::ui::score_table::ScoreTable;
use crate::ui::state::{format_time, now, set_document_title, tr, use_lang, use_scans};
use crate::ui::verdict_panel::VerdictPanel;
use crate::ui::instrument_label::InstrumentLabel;
use crate::ui::profile_memo::profile_memo;
use leptos::prelude::*;
use crate::ui::profile_texts::{ptr, use_profile_texts};

#[component]
pub fn ProfilePage(
    /// The scan whose profile is shown.
    scan_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let pt = use_profile_texts();
    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    let Some(profile) = profile_memo(&scan_id, instrument.clone()) else {
        return view! { <ScanMissing/> }.into_any();
    };
    let id = StoredValue::new(scan_id.clone());
    let details = Memo::new(move |_| scans.with(|s| s.get(&id.get_value()).map(|s| s.details.clone())));
    let name = move || details.with(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    Effect::new(move |_| set_document_title(&(pt().profile_title)(&name())));
    let meta = move || {
        let lang = lang.get();
        details.with(|d| {
            let Some(d) = d else { return String::new() };
            let mut parts: Vec<String> = d.sector.map(|x| x.label(lang).to_string()).into_iter().collect();
            if let Some(region) = d.region {
                parts.push(region.label(lang).to_string());
            }
            parts.join(" · ")
        })
    };
    let max = instrument.scale.iter().map(|l| l.score).max().unwrap_or(0);
    let printed_on = now();
    let plan_for_print = move || {
        let lang = lang.get();
        scans.with(|s| {
            let Some(scan) = s.get(&id.get_value()) else { return Vec::new() };
            scan.actions
                .iter()
                .map(|a| (a.what.clone(), a.who.clone(), a.when.clone(), a.status.label(lang)))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li><a href=Route::Overview { scan: scan_id.clone() }.href()>{name}</a></li>
                <li aria-current="page">{move || (pt().profile_title)(&name())}</li>
            </ol>
        </nav>
        <header class="profile-header">
            <h1 tabindex="-1">{move || (pt().profile_title)(&name())}</h1>
            <p class="meta">{meta}</p>
            <InstrumentLabel instrument=instrument.clone()/>
            <p class="meta">{move || (pt().made_on)(&format_time(&printed_on, lang.get()))}</p>
            <p class="overall-score">
                {move || profile.with(|p| p.overall.map(|o| (pt().overall_score)(&format_score(o, lang.get()), &max.to_string())).unwrap_or_else(|| pt().no_score.to_string()))}
            </p>
        </header>

        <FeedbackPanel scan_id=scan_id.clone() instrument=instrument.clone()/>
        <VerdictPanel profile=profile instrument=instrument.clone() scan_id=scan_id.clone()/>
        <ScoreChart profile=profile instrument=instrument.clone()/>
        <ScoreTable profile=profile instrument=instrument.clone()/>
        <div class="profile-lists">
            <ProfileList kind=ListKind::Strengths profile=profile instrument=instrument.clone() scan_id=scan_id.clone()/>
            <ProfileList kind=ListKind::DevelopmentPoints profile=profile instrument=instrument.clone() scan_id=scan_id.clone()/>
            <ProfileList kind=ListKind::OpenUnknown profile=profile instrument=instrument.clone() scan_id=scan_id.clone()/>
            <ProfileList kind=ListKind::HighWithoutEvidence profile=profile instrument=instrument.clone() scan_id=scan_id.clone()/>
        </div>
        <PeerInventory scan_id=scan_id.clone() profile=profile instrument=instrument.clone()/>
        <PeerFollowUp scan_id=scan_id.clone() profile=profile instrument=instrument.clone()/>
        <div class="screen-only">
            <ActionPlan scan_id=scan_id.clone() profile=profile instrument=instrument.clone()/>
        </div>
        // On paper the plan is a table: form fields print poorly.
        <section class="print-only" aria-hidden="true">
            <h2>{ptr(|t| t.actions_title)}</h2>
            <table class="table">
                <thead><tr>
                    <th>{ptr(|t| t.action_what)}</th><th>{ptr(|t| t.action_who)}</th><th>{ptr(|t| t.action_when)}</th><th>{ptr(|t| t.action_status)}</th>
                </tr></thead>
                <tbody>
                    {move || plan_for_print().into_iter().map(|(what, who, when, status)| view! {
                        <tr><td>{what}</td><td>{who}</td><td>{when}</td><td>{status}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <ExportPanel scan_id=scan_id.clone() instrument=instrument.clone()/>
        <p class="button-row screen-only">
            <a class="button button--secondary" href=Route::Share { scan: scan_id.clone() }.href() data-testid="share-link">{ptr(|t| t.share_link)}</a>
            <a class="button button--secondary" href=Route::Review { scan: scan_id.clone() }.href()>{tr(|t| t.review_answers)}</a>
            <a class="button button--secondary" href=Route::Overview { scan: scan_id.clone() }.href()>{tr(|t| t.to_overview)}</a>
        </p>
        <section class="print-only profile-notes">
            <h2>{ptr(|t| t.notes_title)}</h2>
            <AnswersSummary scan=own_scan(&scan_id) instrument=instrument.clone() with_links=false/>
        </section>
    }
    .into_any()
}
