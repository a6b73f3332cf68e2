//! The app's shared state as newtype contexts, and one named function per side effect.
//! Components ask for the newtype they need, so two signals of the same type cannot be mixed up.

use crate::core::assessment::{Scan, Scans};
use crate::core::check::{check_scan, Scope};
use crate::core::builtin::Builtin;
use crate::core::instrument::{Audience, Instrument, InstrumentRef};
use crate::core::library::{Adopt, Library, Origin, Removal};
use crate::core::lang::Lang;
use crate::i18n::{texts, Texts};
use crate::route::Route;
use crate::storage::{self, Unreadable};
use leptos::prelude::*;
use std::sync::Arc;

/// All scans on this device. Persisted (see `handle_save_scans`).
#[derive(Clone, Copy)]
pub struct ScansState(pub RwSignal<Scans>);

#[derive(Clone, Copy)]
pub struct LangState(pub RwSignal<Lang>);

#[derive(Clone, Copy)]
pub struct RouteState(pub RwSignal<Route>);

/// Stored data that could not be read, until the user downloads or discards it.
#[derive(Clone, Copy)]
pub struct UnreadableState(pub RwSignal<Vec<Unreadable>>);

/// Whether the last change reached storage. Runtime only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    Saved,
    Failed,
    /// The browser does not allow storage at all.
    Unavailable,
    /// A newer version of Samenscan (another tab) wrote what this tab would write over: it is left alone.
    Newer,
}

impl SaveStatus {
    /// A stable name for styling and tests.
    pub fn code(self) -> &'static str {
        match self {
            SaveStatus::Idle => "idle",
            SaveStatus::Saved => "saved",
            SaveStatus::Failed => "failed",
            SaveStatus::Unavailable => "unavailable",
            SaveStatus::Newer => "newer",
        }
    }
}

#[derive(Clone, Copy)]
pub struct SaveState(pub RwSignal<SaveStatus>);

/// How full local storage is; measured at start and now and then after saves (see `tab_sync`).
#[derive(Clone, Copy)]
pub struct UsageState(pub RwSignal<storage::Usage>);

/// Something to undo, kept with the message that offers it.
#[derive(Clone, Debug)]
pub enum Undo {
    RestoreScan { index: usize, scan: Box<Scan> },
}

/// A short message after an action, with an optional undo ("Scan verwijderd. Ongedaan maken").
#[derive(Clone, Debug)]
pub struct Flash {
    pub message: String,
    pub undo: Option<Undo>,
}

#[derive(Clone, Copy)]
pub struct FlashState(pub RwSignal<Option<Flash>>);

/// Every list this page knows (`core::library`): the built-in ones it carries and the lists kept
/// in this browser. A signal, so that a list loaded in another tab shows up here too.
#[derive(Clone, Copy)]
pub struct Instruments(pub RwSignal<Library>);

impl Instruments {
    /// The given built-in lists (compiled by `build.rs`, see `core::builtin`) and the stored
    /// ones; a stored list that cannot be read is set aside (`storage::load_lists`).
    fn load(builtins: &[Builtin]) -> Self {
        let mut library = Library::default();
        for builtin in builtins {
            // A built-in list that does not read is a broken build, caught by the native tests.
            if let Some(list) = crate::core::instrument_compiled::read(builtin.compiled) {
                library.add_builtin(list, builtin.hash);
            }
        }
        let stored = storage::load_lists();
        for listed in &stored {
            library.take_in(listed);
        }
        Instruments(RwSignal::new(library))
    }

    pub fn find(&self, reference: &InstrumentRef) -> Option<Arc<Instrument>> {
        self.0.with(|l| l.find(reference))
    }

    /// Whether stored data fits its list (see `core::check`). A scan whose list this page does
    /// not know is left alone: the page that knows its list checks it.
    pub fn fits(&self, scan: &Scan) -> bool {
        self.find(&scan.instrument).is_none_or(|i| check_scan(scan, &i, Scope::Kept).is_ok())
    }

    /// Every list this page knows, retired ones too.
    pub fn all(&self) -> Vec<Arc<Instrument>> {
        self.0.with(|l| l.listed().iter().map(|l| l.list.clone()).collect())
    }

    /// The lists offered for a new scan of this audience, the default first.
    pub fn choices(&self, audience: Audience) -> Vec<Arc<Instrument>> {
        self.0.with(|l| l.choices(audience))
    }

    /// Keeps a list that came with a profile (or was loaded): stored first, then known to the
    /// page. A list this browser cannot store is not taken in, so no scan is kept without its list.
    pub fn keep(&self, list: Arc<Instrument>, origin: Origin) -> Result<(), storage::WriteError> {
        let mut library = self.0.get_untracked();
        // A retired list that comes again is offered again (`Library::adopt`), and stored so.
        let was_retired = library.get(&list.hash).is_some_and(|l| l.retired);
        match library.adopt(list.clone(), origin, true) {
            Adopt::Added => {}
            Adopt::Known if was_retired => {}
            _ => return Ok(()),
        }
        if let Some(listed) = library.get(&list.hash) {
            storage::save_list(listed)?;
        }
        self.0.set(library);
        Ok(())
    }

    /// Removes a loaded list, or retires it while scans still use it (see `core::library`).
    pub fn remove(&self, hash: &str, in_use: bool) -> Option<Removal> {
        let mut library = self.0.get_untracked();
        let removal = library.remove(hash, in_use)?;
        match library.get(hash) {
            Some(retired) => storage::save_list(retired).ok()?,
            None => storage::delete_list(hash),
        }
        self.0.set(library);
        Some(removal)
    }

    /// The list a new school scan uses unless the team chooses another.
    pub fn school(&self) -> Option<Arc<Instrument>> {
        self.choices(Audience::School).into_iter().next()
    }

    /// The list a new LEA screening uses unless the partners choose another.
    pub fn lea(&self) -> Option<Arc<Instrument>> {
        self.choices(Audience::Lea).into_iter().next()
    }
}

/// Reads storage and the URL, and provides every context. Called once by each page's root, with
/// the instrument files that page uses (each page carries only those: see `route::Page`).
pub fn provide_app_state(builtins: &[Builtin]) {
    // Lists first: scans are checked against them. A list set aside is listed by `load` with the rest.
    let instruments = Instruments::load(builtins);
    let loaded = storage::load(|scan| instruments.fits(scan));
    let lang = storage::load_lang().unwrap_or_default();
    let initial_status = if loaded.available { SaveStatus::Idle } else { SaveStatus::Unavailable };
    provide_context(ScansState(RwSignal::new(loaded.scans)));
    provide_context(UnreadableState(RwSignal::new(loaded.unreadable)));
    provide_context(LangState(RwSignal::new(lang)));
    provide_context(RouteState(RwSignal::new(current_route())));
    provide_context(SaveState(RwSignal::new(initial_status)));
    provide_context(UsageState(RwSignal::new(storage::usage())));
    provide_context(FlashState(RwSignal::new(None)));
    provide_context(instruments);
}

/// A set of interface texts with one instance per language: the shared `i18n::Texts`, or the
/// texts of one page kept beside it, so that the other pages do not carry them.
pub trait TextSet: Sync + 'static {
    fn of(lang: Lang) -> &'static Self;
}

impl TextSet for Texts {
    fn of(lang: Lang) -> &'static Self {
        texts(lang)
    }
}

/// The texts of a set in the chosen language, as a reactive getter.
pub fn use_text_set<T: TextSet>() -> impl Fn() -> &'static T + Copy + Send + Sync + 'static {
    let lang = expect_context::<LangState>().0;
    move || T::of(lang.get())
}

/// One text of a set that follows the language switch. It takes a plain `fn`, so every call
/// site shares one closure type: per-site closures cost wasm size for each text on screen.
pub fn tr_in<T: TextSet>(pick: fn(&'static T) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_context::<LangState>().0;
    move || pick(T::of(lang.get()))
}

/// Makes `$set`, with its statics `NL` and `EN` beside it, a `TextSet`, and defines `$tr` (one of
/// its texts) and `$use` (all of them), following the language switch as `tr` and `use_texts` do
/// for the shared texts. For the texts a page keeps beside it.
macro_rules! text_set {
    ($set:ident, $tr:ident, $use:ident) => {
        impl $crate::ui::state::TextSet for $set {
            fn of(lang: $crate::core::lang::Lang) -> &'static Self {
                match lang {
                    $crate::core::lang::Lang::Nl => &NL,
                    $crate::core::lang::Lang::En => &EN,
                }
            }
        }

        /// One of these texts that follows the language switch (see `state::tr_in`).
        pub fn $tr(pick: fn(&'static $set) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
            $crate::ui::state::tr_in(pick)
        }

        /// These texts in the chosen language, as a reactive getter.
        pub fn $use() -> impl Fn() -> &'static $set + Copy + Send + Sync + 'static {
            $crate::ui::state::use_text_set()
        }
    };
}
pub(crate) use text_set;

/// The shared texts of the chosen language, as a reactive getter.
pub fn use_texts() -> impl Fn() -> &'static Texts + Copy + Send + Sync + 'static {
    use_text_set()
}

/// One shared interface text that follows the language switch (see `tr_in`).
pub fn tr(pick: fn(&'static Texts) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    tr_in(pick)
}

/// A text in the chosen language, following the language switch, for the pages that keep their
/// texts beside their use (workspace, data): the first visit does not carry them.
pub fn say(nl: &'static str, en: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || lang.get().pick(nl, en)
}

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangState>().0
}

pub fn use_scans() -> RwSignal<Scans> {
    expect_context::<ScansState>().0
}

/// One of the user's own scans as a signal, for components that show any scan.
pub fn own_scan(scan_id: &str) -> Signal<Option<Scan>> {
    let scans = use_scans();
    let id = scan_id.to_string();
    // Not a Memo: comparing scans would compile a `PartialEq` for every type in a scan.
    Signal::derive(move || scans.with(|s| s.get(&id).cloned()))
}

/// One text of an answer as it is now, so that a field shows what another tab wrote (the merge
/// keeps the text under the cursor, so this never rewrites what someone is typing).
pub fn answer_text(
    scan_id: StoredValue<String>,
    indicator_id: StoredValue<String>,
    pick: fn(&crate::core::assessment::Answer) -> &String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let scans = use_scans();
    move || scans.with(|s| s.get(&scan_id.get_value()).and_then(|scan| scan.answer(&indicator_id.get_value())).map(|a| pick(a).clone()).unwrap_or_default())
}

fn current_route() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    match hash.parse().unwrap_or(Route::NotFound) {
        // A bare address opens the page's own home; the start page is `./`.
        Route::Start => crate::route::current_page().home(),
        route => route,
    }
}

/// Goes to another screen: on this page through the fragment (the `hashchange` listener
/// updates the route), on the other page by loading it.
pub fn navigate(route: &Route) {
    let location = window().location();
    if route.page() == crate::route::current_page() {
        let _ = location.set_hash(&route.to_string());
    } else {
        let _ = location.assign(&route.href());
    }
}

/// The full address of a screen, for a link that leaves this browser (a share link): this
/// page's folder, then the screen's file and fragment, so a copy under any folder works.
pub fn full_address(route: &Route) -> String {
    let here = window().location().href().unwrap_or_default();
    let without_fragment = here.split('#').next().unwrap_or_default();
    let folder = match without_fragment.rfind('/') {
        Some(i) => &without_fragment[..=i],
        None => without_fragment,
    };
    format!("{folder}{}", route.href_from(crate::route::Page::Main))
}

/// The current time as ISO 8601, for `updated_at` and file names.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A short id that is unique enough for one person's device.
pub fn new_scan_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("s{time:x}{random:x}")
}

/// Keeps the page language attribute and the stored choice in step with the switch.
pub fn handle_lang() {
    let lang = use_lang();
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        storage::save_lang(lang);
    });
}

/// Follows the URL fragment, and moves focus to the new page's heading so that keyboard and
/// screen-reader users start reading at the top of the new screen.
pub fn handle_route() {
    let route = expect_context::<RouteState>().0;
    let flash = expect_context::<FlashState>().0;
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = current_route();
        if route.get_untracked() != next {
            // A message belongs to the screen it was given on.
            flash.set(None);
            route.set(next);
            request_animation_frame(focus_main_heading);
        }
    });
    on_cleanup(move || handle.remove());
    // Back to a page of the app (or a reload): the reader returns to where they were. Each page
    // is its own document, drawn after its wasm has arrived, so the browser's own restoring
    // finds a short page and leaves the reader at the top.
    // Both wait a frame after the first draw: a reader who has already put the focus somewhere by
    // then (quick, or on a busy machine) keeps it there.
    if let Some(place) = handle_place_memory() {
        request_animation_frame(move || {
            if focus_is_free() {
                restore_place(&place);
            }
        });
        return;
    }
    // Coming from another page of the app is a change of screen like any other.
    let referrer = document().referrer();
    let origin = window().location().origin().unwrap_or_default();
    if !origin.is_empty() && referrer.starts_with(&origin) {
        request_animation_frame(|| {
            if focus_is_free() {
                focus_main_heading();
            }
        });
    }
}

/// Nothing on the page has the focus yet: the reader has not put it anywhere.
fn focus_is_free() -> bool {
    document().active_element().is_none_or(|e| e.tag_name() == "BODY")
}

/// Where the reader was when they left this page: how far down, and the link they followed.
struct Place {
    scroll_y: f64,
    link: Option<String>,
}

const SCROLL_KEY: &str = "samenscanScrollY";
const LINK_KEY: &str = "samenscanLink";

/// Keeps the reader's place in this history entry (only the browser's history holds it, for this
/// tab), and returns the place kept there when this page was opened again by Back, Forward or a
/// reload.
///
/// It is kept when a link is followed (its click, before the next page is asked for), and when
/// the page is left without the browser keeping it. A page that the browser keeps whole for Back
/// and Forward (`pagehide` says `persisted`) is shown again as it was, so it needs no place; and a
/// history write while it is being left makes Chromium drop it, so that Back or Forward would load
/// it again instead of showing it at once. (Keeping the place at every scroll that comes to rest
/// as well, for a kept page that the browser drops later, cost 0.6 KB gzipped per page.)
fn handle_place_memory() -> Option<Place> {
    let clicked = window_event_listener(leptos::ev::click, |event| {
        use wasm_bindgen::JsCast;
        let on_link = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.closest("a[href]").ok().flatten().is_some());
        if on_link {
            keep_place();
        }
    });
    let left = window_event_listener(leptos::ev::pagehide, |event| {
        if !event.persisted() {
            keep_place();
        }
    });
    on_cleanup(move || {
        clicked.remove();
        left.remove();
    });
    let navigation = window().performance()?.get_entries_by_type("navigation").get(0);
    let kind = js_sys::Reflect::get(&navigation, &"type".into()).ok()?.as_string()?;
    if kind != "back_forward" && kind != "reload" {
        return None;
    }
    let state = window().history().ok()?.state().ok()?;
    let scroll_y = js_sys::Reflect::get(&state, &SCROLL_KEY.into()).ok()?.as_f64()?;
    let link = js_sys::Reflect::get(&state, &LINK_KEY.into()).ok().and_then(|l| l.as_string());
    Some(Place { scroll_y, link })
}

/// Writes the reader's place into this history entry: how far down, and the link that has the
/// focus. The app keeps nothing else in history entries (its screens are URL fragments).
fn keep_place() {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &SCROLL_KEY.into(), &window().scroll_y().unwrap_or(0.0).into());
    if let Some(href) = document().active_element().filter(|e| e.tag_name() == "A").and_then(|a| a.get_attribute("href")) {
        let _ = js_sys::Reflect::set(&state, &LINK_KEY.into(), &href.into());
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&state, "");
    }
}

/// Scrolls back to a kept place and, when the reader had followed a link, puts the focus back
/// on it without moving the page again (otherwise the focus is left where a browser leaves it).
fn restore_place(place: &Place) {
    use wasm_bindgen::JsCast;
    window().scroll_to_with_x_and_y(0.0, place.scroll_y);
    // The app's own links: ids and routes, never quotes or backslashes (checked, to be sure).
    let Some(href) = place.link.as_deref().filter(|h| !h.contains(['"', '\\'])) else { return };
    let link = document().query_selector(&format!("a[href=\"{href}\"]")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(link) = link {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = link.focus_with_options(&options);
    }
}

fn focus_main_heading() {
    use wasm_bindgen::JsCast;
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(h1) = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h1.focus();
    }
}

/// Sets the browser tab's title, which is also the first thing a screen reader announces.
pub fn set_document_title(page: &str) {
    document().set_title(&format!("{page} – Samenscan"));
}

/// Formats a stored ISO time for people, in the interface language.
pub fn format_time(iso: &str, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locale = lang.pick("nl-NL", "en-GB");
    date.to_locale_string(locale, &options).into()
}
