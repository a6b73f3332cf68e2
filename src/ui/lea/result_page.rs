//! The LEA profile: per section the chart and table (the same components as the school
//! profile), the agreed actions per partner, open "weet niet" questions, the peer-review guide,
//! and print (the meeting summary) and export.

use super::overview_page::meeting_line;
use super::partner_actions::PartnerActions;
use super::peer_guide::PeerGuide;
use super::question_route;
use crate::route::Route;
use crate::ui::answers_summary::AnswersSummary;
use crate::ui::export_panel::ExportPanel;
use crate::ui::feedback_panel::FeedbackPanel;
use crate::ui::pages::not_found::{scan_instrument, ScanMissing};
use crate::ui::peer_follow_up::PeerFollowUp;
use crate::ui::profile_lists::{ListKind, ProfileList};
use crate::ui::score_chart::ScoreChart;
use crate::ui::score_table::ScoreTable;
use crate::ui::state::{own_scan, set_document_title, tr, use_lang, use_scans, use_texts};
use super::texts::{lea_tr, use_lea_texts};
use crate::ui::instrument_label::InstrumentLabel;
use crate::ui::profile_memo::profile_memo;
use leptos::prelude::*;
use crate::ui::profile_texts::ptr;

#[component]
pub fn LeaResultPage(
    /// The screening.
    scan_id: String,
) -> impl IntoView {
    let scans = use_scans();
    let lang = use_lang();
    let t = use_texts();
    let lt = use_lea_texts();
    let instrument = match scan_instrument(&scan_id) {
        Ok(instrument) => instrument,
        Err(page) => return page,
    };
    let Some(profile) = profile_memo(&scan_id, instrument.clone()) else {
        return view! { <ScanMissing/> }.into_any();
    };
    let id = StoredValue::new(scan_id.clone());
    let name = move || scans.with(|s| s.get(&id.get_value()).map(|s| s.details.name.clone()).unwrap_or_default());
    Effect::new(move |_| set_document_title(&(lt().result_title)(&name())));
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href=Route::Start.href()>"Samenscan"</a></li>
                <li><a href=Route::LeaOverview { scan: scan_id.clone() }.href()>{name}</a></li>
                <li aria-current="page">{lea_tr(|t| t.to_results)}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{move || (lt().result_title)(&name())}</h1>
        <p class="meta">{move || scans.with(|s| meeting_line(s.get(&id.get_value()).and_then(|s| s.meeting.as_ref()), lang.get()))}</p>
        <InstrumentLabel instrument=instrument.clone()/>
        <p class="verdict__completeness">
            {move || profile.with(|p| (t().progress)(p.counts.answered(), p.counts.total))}
        </p>
        <FeedbackPanel scan_id=scan_id.clone() instrument=instrument.clone()/>
        <ScoreChart profile=profile instrument=instrument.clone() title=|lang| super::texts::lea_texts(lang).lea_chart_title with_scale=true/>
        <ScoreTable profile=profile instrument=instrument.clone()/>
        <PartnerActions scan_id=scan_id.clone() instrument=instrument.clone()/>
        <ProfileList kind=ListKind::OpenUnknown profile=profile instrument=instrument.clone() scan_id=scan_id.clone() link=question_route/>
        <PeerGuide scan_id=scan_id.clone() profile=profile instrument=instrument.clone()/>
        <PeerFollowUp scan_id=scan_id.clone() profile=profile instrument=instrument.clone()/>
        <ExportPanel scan_id=scan_id.clone() instrument=instrument.clone()/>
        <p class="button-row screen-only">
            <a class="button button--secondary" href=Route::Share { scan: scan_id.clone() }.href() data-testid="share-link">{ptr(|t| t.share_link)}</a>
            <a class="button button--secondary" href=Route::LeaOverview { scan: scan_id.clone() }.href()>{tr(|t| t.to_overview)}</a>
        </p>
        <section class="print-only profile-notes">
            <h2>{ptr(|t| t.notes_title)}</h2>
            <AnswersSummary scan=own_scan(&scan_id) instrument=instrument.clone() with_links=false/>
        </section>
    }
    .into_any()
}
