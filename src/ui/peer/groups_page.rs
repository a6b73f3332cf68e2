//! Matching in the workspace: the chosen profiles of one list in proposed groups, each match with
//! its reason; the adviser changes the settings, moves a profile, locks a group, asks for a new
//! proposal around the locked ones, and makes a conversation guide per group.

use super::inventory_table::InventoryTable;
use super::{new_id, use_guides};
use crate::core::guide::{Guide, KeptGuide, Source};
use crate::core::instrument::{Audience, Instrument};
use crate::core::lang::{format_score, Lang};
use crate::core::peer::{inventory, move_member, propose, regroup, Arranged, Arrangement, Group, Inventory, Participant, Settings};
use crate::core::profile::Profile;
use crate::core::workspace::Entry;
use crate::route::Route;
use crate::storage;
use crate::ui::state::{navigate, now, say, set_document_title, use_lang, Instruments};
use leptos::prelude::*;
use std::sync::Arc;

/// The most profiles one matching takes (issue 12).
const MAX_PROFILES: usize = 40;

/// One profile taking part, with what its guide needs.
struct Member {
    entry: Entry,
    profile: Profile,
    inventory: Inventory,
}

/// What the chosen keys allow: a matching of one list, or why not.
enum Chosen {
    Ready { list: Arc<Instrument>, members: Vec<Member> },
    TooFew,
    TooMany,
}

fn choose(keys: &[String], instruments: &Instruments) -> Chosen {
    let (workspace, _) = storage::load_workspace(|scan| instruments.fits(scan));
    let entries: Vec<Entry> = keys.iter().filter_map(|k| workspace.get(k).cloned()).collect();
    let Some(first) = entries.first() else { return Chosen::TooFew };
    let Some(list) = instruments.find(&first.scan.instrument) else { return Chosen::TooFew };
    // One list only (versions of it alike): topics are its streefdoelen.
    let members: Vec<Member> = entries
        .into_iter()
        .filter(|e| e.scan.instrument.id == list.id)
        .filter_map(|entry| {
            let own = instruments.find(&entry.scan.instrument)?;
            let profile = Profile::of(&entry.scan, &own);
            let inventory = inventory(&entry.scan, &profile, own.audience);
            Some(Member { entry, profile, inventory })
        })
        .collect();
    match members.len() {
        0 | 1 => Chosen::TooFew,
        n if n > MAX_PROFILES => Chosen::TooMany,
        _ => Chosen::Ready { list, members },
    }
}

fn participants(members: &[Member]) -> Vec<Participant> {
    members.iter().map(|m| Participant { key: m.entry.key.clone(), sector: m.entry.scan.details.sector, inventory: m.inventory.clone() }).collect()
}

#[component]
pub fn GroupsPage(
    /// The workspace keys of the chosen profiles.
    keys: Vec<String>,
) -> impl IntoView {
    let title = say("Collegiale consultatie: groepen", "Peer review: groups");
    Effect::new(move |_| set_document_title(title()));
    let instruments = expect_context::<Instruments>();
    let back = view! { <p class="no-print"><a href=Route::Workspace.href()>{say("← Naar de werkplek", "← To the workspace")}</a></p> };
    match choose(&keys, &instruments) {
        Chosen::TooFew => view! {
            {back}
            <h1 tabindex="-1">{title}</h1>
            <p class="notice notice--warning" role="alert" data-testid="groups-problem">{say(
                "Kies in de werkplek ten minste twee profielen van dezelfde lijst, en kies dan 'Collegiale consultatie voorbereiden'.",
                "Select at least two profiles of the same list in the workspace, then choose 'Prepare a peer review'.",
            )}</p>
        }.into_any(),
        Chosen::TooMany => view! {
            {back}
            <h1 tabindex="-1">{title}</h1>
            <p class="notice notice--warning" role="alert" data-testid="groups-problem">{say(
                "Kies ten hoogste 40 profielen tegelijk: met de vakjes in de werkplek.",
                "Select at most 40 profiles at a time: with the boxes in the workspace.",
            )}</p>
        }.into_any(),
        Chosen::Ready { list, members } => view! { {back}<Matching keys=keys list=list members=members/> }.into_any(),
    }
}

/// "De Linde zoekt hulp bij …": one reason as a sentence.
fn reason_line(seeker: &str, goal: &str, seeker_score: Option<f32>, helper: &str, helper_score: f32, lang: Lang) -> String {
    let need = seeker_score.map(|s| format_score(s, lang)).unwrap_or_else(|| lang.pick("nog open", "still open").into());
    let strong = format_score(helper_score, lang);
    match lang {
        Lang::Nl => format!("{seeker} zoekt hulp bij ‘{goal}’ ({need}); {helper} is daar sterk in ({strong}, met bewijs)."),
        Lang::En => format!("{seeker} looks for help with ‘{goal}’ ({need}); {helper} is strong there ({strong}, with evidence)."),
    }
}

#[component]
fn Matching(
    /// The keys as chosen: an arrangement kept for other keys is not used.
    keys: Vec<String>,
    /// The list the profiles are on.
    list: Arc<Instrument>,
    /// The profiles taking part.
    members: Vec<Member>,
) -> impl IntoView {
    let lang = use_lang();
    let guides = use_guides();
    let people = StoredValue::new(participants(&members));
    let members = StoredValue::new(members);
    let list = StoredValue::new(list);
    let list_id = list.with_value(|l| l.id.clone());
    let schools = list.with_value(|l| l.audience == Audience::School);
    let initial = storage::load_arrangement(&list_id).filter(|a| a.keys == keys).unwrap_or_else(|| {
        let settings = Settings { prefer_sector_fit: schools, ..Settings::default() };
        let groups = people.with_value(|p| propose(p, &[], &settings)).iter().map(Arranged::from).collect();
        Arrangement { keys: keys.clone(), settings, groups }
    });
    let arrangement = RwSignal::new(initial);
    // One Effect keeps the arrangement, so a reload or a printed guide does not lose it.
    let saved_list = list_id.clone();
    Effect::new(move |_| arrangement.with(|a| {
        let _ = storage::save_arrangement(&saved_list, a);
    }));
    let groups = Memo::new(move |_| arrangement.with(|a| people.with_value(|p| regroup(p, &a.groups, &a.settings))));
    let name_of = move |key: &str| members.with_value(|m| m.iter().find(|m| m.entry.key == key).map(|m| m.entry.scan.details.name.clone()).unwrap_or_default());
    let goal_title = move |goal: &str, lang: Lang| list.with_value(|l| l.goal(goal).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_else(|| goal.to_string()));
    let status = RwSignal::new(None::<&'static str>);

    let handle_propose = move |_| {
        arrangement.update(|a| {
            let locked: Vec<Vec<String>> = a.groups.iter().filter(|g| g.locked).map(|g| g.members.clone()).collect();
            let proposed = people.with_value(|p| propose(p, &locked, &a.settings));
            a.groups = proposed.iter().map(Arranged::from).collect();
        });
        status.set(Some("proposed"));
    };
    let handle_lock = move |index: usize| {
        arrangement.update(|a| {
            if let Some(group) = a.groups.get_mut(index) {
                group.locked = !group.locked;
            }
        })
    };
    let handle_move = move |key: String, to: String| {
        let target = to.parse::<usize>().ok();
        arrangement.update(|a| move_member(&mut a.groups, &key, target));
        status.set(Some("moved"));
    };
    let handle_make_guide = move |index: usize| {
        let Some(group) = groups.with_untracked(|g| g.get(index).cloned()) else { return };
        let name = format!("{} {}", lang.get_untracked().pick("Groep", "Group"), index + 1);
        let guide = members.with_value(|all| {
            let sources: Vec<Source> = all.iter().map(|m| Source { key: &m.entry.key, scan: &m.entry.scan, profile: &m.profile, inventory: &m.inventory }).collect();
            list.with_value(|l| Guide::of(new_id('g'), name, &group, &sources, l, &now()))
        });
        let id = guide.id.clone();
        guides.update(|all| all.insert(0, KeptGuide { received: false, guide }));
        navigate(&Route::PeerGuide { id });
    };
    let setting = move |edit: Box<dyn FnOnce(&mut Settings)>| arrangement.update(|a| edit(&mut a.settings));
    let number_options = move |range: std::ops::RangeInclusive<usize>, current: usize| {
        range.map(|n| view! { <option value=n.to_string() selected=n == current>{n.to_string()}</option> }).collect_view()
    };

    let group_cards = move || {
        let lang = lang.get();
        let all = groups.get();
        let count = all.len();
        all.into_iter().enumerate().map(|(index, group): (usize, Group)| {
            let heading = format!("group-title-{index}");
            let labelled_by = heading.clone();
            let members_view = group.members.iter().map(|key| {
                let name = name_of(key);
                let sector = members.with_value(|m| m.iter().find(|m| m.entry.key == *key).and_then(|m| m.entry.scan.details.sector));
                let select_id = format!("move-{key}");
                let k = key.clone();
                let options = (0..count).filter(|i| *i != index).map(|i| view! {
                    <option value=i.to_string()>{format!("{} {}", lang.pick("Groep", "Group"), i + 1)}</option>
                }).collect_view();
                view! {
                    <li class="peer-member" data-testid="group-member">
                        <span class="peer-member__name">{name.clone()}</span>
                        {sector.map(|s| view! { <span class="hint">{format!(" · {}", s.label(lang))}</span> })}
                        <label class="visually-hidden" for=select_id.clone()>{format!("{} {name}", lang.pick("Verplaatsen:", "Move:"))}</label>
                        <select class="input input--inline" id=select_id data-testid="move-member"
                            on:change=move |ev| { let to = event_target_value(&ev); if !to.is_empty() { handle_move(k.clone(), to) } }>
                            <option value="" selected=true>{lang.pick("Verplaatsen naar…", "Move to…")}</option>
                            {options}
                            <option value="new">{lang.pick("Een nieuwe groep", "A new group")}</option>
                        </select>
                    </li>
                }
            }).collect_view();
            let reasons = if group.reasons.is_empty() {
                view! { <p class="hint" data-testid="group-no-match">{lang.pick(
                    "Hier vult nog niemand een hulpvraag van een ander in. Verplaats een profiel, of vraag een nieuw voorstel.",
                    "No one here meets another's need yet. Move a profile, or ask for a new proposal.",
                )}</p> }.into_any()
            } else {
                view! { <ul class="peer-reasons" data-testid="group-reasons">{group.reasons.iter().map(|r| view! {
                    <li>{reason_line(&name_of(&r.seeker), &goal_title(&r.goal, lang), r.seeker_score, &name_of(&r.helper), r.helper_score, lang)}</li>
                }).collect_view()}</ul> }.into_any()
            };
            let locked = group.locked;
            view! {
                <section class="peer-group" class:peer-group--locked=locked aria-labelledby=labelled_by data-testid="peer-group">
                    <div class="peer-group__head">
                        <h2 id=heading>{format!("{} {}", lang.pick("Groep", "Group"), index + 1)}{locked.then(|| format!(" · {}", lang.pick("vastgezet", "locked")))}</h2>
                        <button type="button" class="button button--secondary button--small" aria-pressed=if locked { "true" } else { "false" }
                            on:click=move |_| handle_lock(index) data-testid="lock-group">
                            {lang.pick("Groep vastzetten", "Lock group")}
                        </button>
                    </div>
                    <ul class="peer-members">{members_view}</ul>
                    <h3 class="label">{lang.pick("Waarom deze groep", "Why this group")}</h3>
                    {reasons}
                    <button type="button" class="button" on:click=move |_| handle_make_guide(index) data-testid="make-guide">
                        {lang.pick("Gespreksleidraad maken", "Make a conversation guide")}
                    </button>
                </section>
            }
        }).collect_view()
    };

    let current = arrangement.with_untracked(|a| a.settings.clone());
    let inventory_rows = members.with_value(|m| m.iter().map(|m| (m.entry.scan.details.name.clone(), m.inventory.clone())).collect::<Vec<_>>());
    view! {
        <h1 tabindex="-1">{say("Collegiale consultatie: groepen", "Peer review: groups")}</h1>
        <p class="lead">{move || {
            let n = arrangement.with(|a| a.keys.len());
            let title = list.with_value(|l| l.title.get(lang.get()).to_string());
            match lang.get() {
                Lang::Nl => format!("{n} profielen van ‘{title}’. Samenscan stelt groepen voor waarin de hulpvraag van de een past bij de sterke kant van de ander. U kunt alles aanpassen."),
                Lang::En => format!("{n} profiles of ‘{title}’. Samenscan proposes groups in which one's need meets another's strength. You can change everything."),
            }
        }}</p>
        <section aria-labelledby="settings-title" class="peer-settings no-print">
            <h2 id="settings-title">{say("Instellingen", "Settings")}</h2>
            <div class="field-row">
                <div class="field">
                    <label class="label" for="max-group">{say("Grootste groep", "Largest group")}</label>
                    <select class="input" id="max-group" data-testid="max-group"
                        on:change=move |ev| { let n = event_target_value(&ev).parse().unwrap_or(3); setting(Box::new(move |s| s.max_group = n)) }>
                        {number_options(2..=5, current.max_group)}
                    </select>
                </div>
                <div class="field">
                    <label class="label" for="max-offers">{say("Hoogstens zoveel onderwerpen waarop één deelnemer helpt", "At most this many topics one participant helps on")}</label>
                    <select class="input" id="max-offers" data-testid="max-offers"
                        on:change=move |ev| { let n = event_target_value(&ev).parse().unwrap_or(3); setting(Box::new(move |s| s.max_offers = n)) }>
                        {number_options(1..=6, current.max_offers)}
                    </select>
                </div>
            </div>
            {schools.then(|| view! {
                <div class="checkbox">
                    <input type="checkbox" id="sector-fit" prop:checked=current.prefer_sector_fit data-testid="sector-fit"
                        on:change=move |ev| { let on = event_target_checked(&ev); setting(Box::new(move |s| s.prefer_sector_fit = on)) }/>
                    <label for="sector-fit">{say("Liefst scholen uit sectoren die op elkaar aansluiten (VVE en po, po en vo, vo en mbo)", "Prefer schools of sectors that follow each other (VVE and po, po and vo, vo and mbo)")}</label>
                </div>
            })}
            <button type="button" class="button" on:click=handle_propose data-testid="propose">{say("Nieuw voorstel (vastgezette groepen blijven)", "New proposal (locked groups stay)")}</button>
        </section>
        <p role="status" class="visually-hidden" data-testid="groups-status">{move || status.get().map(|s| match s {
            "proposed" => lang.get().pick("Er is een nieuw voorstel.", "There is a new proposal."),
            _ => lang.get().pick("Het profiel is verplaatst.", "The profile was moved."),
        })}</p>
        <div class="peer-groups">{group_cards}</div>
        <InventoryTable rows=inventory_rows list=list.get_value()/>
    }
}
