//! Lists published with the app. A host puts CSV files in the `instruments/` folder beside the
//! pages and runs the publish tool (`src/bin/publish.rs`, shipped as `publiceren/` in the build):
//! it reads every file with the app's own parser, writes each sound list in its compiled form
//! beside it, and writes `manifest.json` naming them. The start page reads the manifest and the
//! compiled lists from its own origin (`ui::published_lists`), so no page carries the CSV parser
//! for this and no rebuild is needed.
//!
//! The manifest:
//! `{"format":1,"lists":[{"source":"a.csv","file":"a.lijst","id":"…","version":"…","hash":"…","title":"…"}]}`

use super::instrument::Instrument;
use super::instrument_compiled::{content_hash, write};
use super::library::{open_list, Library, Origin};
use super::list_check::ListFault;

pub const MANIFEST_FILE: &str = "manifest.json";
/// The folder beside the pages, as the host sees it.
pub const FOLDER: &str = "instruments";
/// The extension of a list in its compiled form.
pub const COMPILED_EXTENSION: &str = ".lijst";
pub const MANIFEST_FORMAT: u64 = 1;
/// A manifest names lists; far more than any host publishes, few enough to fetch at start.
pub const MAX_PUBLISHED: usize = 50;
pub const MAX_MANIFEST_BYTES: usize = 64 * 1024;

/// One published list as the manifest names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The CSV file the host wrote (shown in messages, read by the lists page).
    pub source: String,
    /// The compiled form beside it, which the app fetches.
    pub file: String,
    pub id: String,
    pub version: String,
    pub hash: String,
    pub title: String,
}

impl Entry {
    /// The entry for a list read from `source`, whose compiled form goes to `file`.
    pub fn of(list: &Instrument, source: &str, file: &str) -> Entry {
        Entry {
            source: source.to_string(),
            file: file.to_string(),
            id: list.id.clone(),
            version: list.version.clone(),
            hash: list.hash.clone(),
            title: list.title.nl.clone(),
        }
    }

    /// How messages name the list: its title and version, or its file.
    pub fn label(&self) -> String {
        if self.title.is_empty() {
            self.source.clone()
        } else {
            format!("{} ({})", self.title, self.version)
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Manifest {
    pub lists: Vec<Entry>,
}

/// Why the manifest cannot be used; the start page says so, and the rest of the app works on.
#[derive(Clone, Debug, PartialEq)]
pub enum ManifestFault {
    TooLarge,
    Unreadable,
    /// Written by a newer publish tool than this app.
    Newer(u64),
    TooMany,
    /// An entry without a proper file name, id, version or hash.
    BadEntry(usize),
}

impl ManifestFault {
    pub fn message(&self, lang: super::lang::Lang) -> String {
        let (nl, en) = match self {
            ManifestFault::TooLarge => ("Het bestand manifest.json is te groot.".to_string(), "The file manifest.json is too large.".to_string()),
            ManifestFault::Unreadable => (
                "Het bestand manifest.json is beschadigd. Maak het opnieuw met het publicatieprogramma.".to_string(),
                "The file manifest.json is damaged. Write it again with the publish tool.".to_string(),
            ),
            ManifestFault::Newer(format) => (
                format!("Het bestand manifest.json is van een nieuwere versie van Samenscan (formaat {format})."),
                format!("The file manifest.json is from a newer version of Samenscan (format {format})."),
            ),
            ManifestFault::TooMany => (
                format!("Het bestand manifest.json noemt meer dan {MAX_PUBLISHED} lijsten."),
                format!("The file manifest.json names more than {MAX_PUBLISHED} lists."),
            ),
            ManifestFault::BadEntry(n) => (
                format!("Lijst {n} in manifest.json heeft geen goede bestandsnaam, id, versie of hash."),
                format!("List {n} in manifest.json lacks a proper file name, id, version or hash."),
            ),
        };
        lang.pick(nl, en)
    }
}

/// A plain file name in the same folder: no path, no hidden file, no query.
pub fn is_plain_file_name(name: &str, extension: &str) -> bool {
    name.len() <= 128
        && name.len() > extension.len()
        && name.ends_with(extension)
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Reads the manifest. Read through `serde_json::Value`, which every page has already.
pub fn read_manifest(text: &str) -> Result<Manifest, ManifestFault> {
    use serde_json::Value;
    if text.len() > MAX_MANIFEST_BYTES {
        return Err(ManifestFault::TooLarge);
    }
    let value: Value = super::check::json_value(text.trim_start_matches('\u{feff}')).map_err(|_| ManifestFault::Unreadable)?;
    let format = value.get("format").and_then(Value::as_u64).ok_or(ManifestFault::Unreadable)?;
    if format > MANIFEST_FORMAT {
        return Err(ManifestFault::Newer(format));
    }
    let entries = value.get("lists").and_then(Value::as_array).ok_or(ManifestFault::Unreadable)?;
    if entries.len() > MAX_PUBLISHED {
        return Err(ManifestFault::TooMany);
    }
    let mut lists = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_string).unwrap_or_default();
        let read = Entry {
            source: text("source"),
            file: text("file"),
            id: text("id"),
            version: text("version"),
            hash: text("hash"),
            title: text("title").chars().take(super::list_check::MAX_LIST_TEXT_CHARS).collect(),
        };
        let sound = is_plain_file_name(&read.file, COMPILED_EXTENSION)
            && super::list_check::is_list_id(&read.id)
            && !read.version.is_empty()
            && read.version.chars().count() <= super::list_check::MAX_ID_CHARS
            && read.hash.len() == 16
            && read.hash.chars().all(|c| c.is_ascii_hexdigit());
        if !sound {
            return Err(ManifestFault::BadEntry(index + 1));
        }
        lists.push(read);
    }
    Ok(Manifest { lists })
}

/// Writes the manifest for these entries (the publish tool).
pub fn write_manifest(manifest: &Manifest) -> String {
    let lists: Vec<serde_json::Value> = manifest
        .lists
        .iter()
        .map(|e| {
            serde_json::json!({
                "source": e.source, "file": e.file, "id": e.id, "version": e.version, "hash": e.hash, "title": e.title,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&serde_json::json!({ "format": MANIFEST_FORMAT, "lists": lists })).unwrap_or_default();
    text.push('\n');
    text
}

/// What the start page must do to follow the manifest.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncPlan {
    /// Lists this browser does not have yet: fetch their compiled form.
    pub fetch: Vec<Entry>,
    /// Lists from this website that the manifest no longer names (hashes): no longer offered
    /// for new scans, kept for the scans made on them.
    pub withdrawn: Vec<String>,
}

/// Compares the manifest with the lists this browser has.
pub fn plan_sync(manifest: &Manifest, library: &Library) -> SyncPlan {
    let named = |hash: &str| manifest.lists.iter().any(|e| e.hash == hash);
    let fetch = manifest
        .lists
        .iter()
        .filter(|e| library.get(&e.hash).is_none_or(|l| l.retired && l.origin == Origin::Website))
        .cloned()
        .collect();
    let withdrawn = library
        .listed()
        .iter()
        .filter(|l| l.origin == Origin::Website && !l.retired && !named(&l.list.hash))
        .map(|l| l.list.hash.clone())
        .collect();
    SyncPlan { fetch, withdrawn }
}

/// Why a published list was not taken in.
#[derive(Clone, Debug, PartialEq)]
pub enum PublishedFault {
    /// It could not be fetched (missing file, server error).
    Missing,
    Broken(ListFault),
    /// Its content is not what the manifest says: the file changed after the manifest was written.
    Changed,
    /// It has the id and version of a built-in list with other content.
    Reserved,
}

impl PublishedFault {
    pub fn message(&self, lang: super::lang::Lang) -> String {
        match self {
            PublishedFault::Missing => lang.pick("Het bestand van de lijst ontbreekt op de website.", "The list's file is missing from the website.").to_string(),
            PublishedFault::Broken(fault) => fault.message(lang),
            PublishedFault::Changed => lang
                .pick(
                    "Het bestand is veranderd nadat manifest.json is gemaakt. Maak het manifest opnieuw met het publicatieprogramma.",
                    "The file changed after manifest.json was written. Write the manifest again with the publish tool.",
                )
                .to_string(),
            PublishedFault::Reserved => lang
                .pick(
                    "De lijst heeft de naam en versie van een ingebouwde lijst, met een andere inhoud. Geef hem een eigen id.",
                    "The list has the name and version of a built-in list with other content. Give it an id of its own.",
                )
                .to_string(),
        }
    }
}

/// Checks a fetched compiled list against its manifest entry, as any list from outside is checked.
pub fn take_published(entry: &Entry, compiled: &str, library: &Library) -> Result<Instrument, PublishedFault> {
    let list = open_list(compiled).map_err(PublishedFault::Broken)?;
    if list.hash != entry.hash || list.id != entry.id || list.version != entry.version {
        return Err(PublishedFault::Changed);
    }
    if library.is_reserved(&list) {
        return Err(PublishedFault::Reserved);
    }
    Ok(list)
}

/// The publish tool's work on one CSV file: the list with its hash and its compiled form, or
/// every problem by line.
pub fn compile_csv(csv: &str) -> Result<(Instrument, String), Vec<super::instrument::InstrumentError>> {
    let mut list = Instrument::from_csv(csv)?;
    let compiled = write(&list);
    list.hash = content_hash(&compiled);
    Ok((list, compiled))
}

/// The compiled file's name for a CSV file's name: `streefdoelen.csv` → `streefdoelen.lijst`.
pub fn compiled_name(source: &str) -> String {
    let stem = source.strip_suffix(".csv").or_else(|| source.strip_suffix(".CSV")).unwrap_or(source);
    let plain: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' }).collect();
    format!("{}{COMPILED_EXTENSION}", plain.trim_start_matches('.'))
}

/// What the publish tool did with a folder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Publication {
    pub manifest: Manifest,
    /// The compiled files to write: file name and content.
    pub files: Vec<(String, String)>,
    /// CSV files that were not published, each with every problem (by line where there is one).
    pub refused: Vec<(String, Vec<String>)>,
    /// CSV files that hold a list built into the app: nothing to publish.
    pub built_in: Vec<String>,
}

/// The publish tool's work on a folder's CSV files (name and text, in name order): every file
/// read with the app's parser; built-in lists left out; two files with the same id and version
/// but other content both refused, because the app would not know which one the host meant.
pub fn publish(sources: &[(String, String)], built_in_hashes: &[&str], lang: super::lang::Lang) -> Publication {
    let mut publication = Publication::default();
    let mut compiled: Vec<(String, Instrument, String)> = Vec::new();
    for (source, text) in sources {
        match compile_csv(text) {
            Err(problems) => publication.refused.push((source.clone(), problems.iter().map(|p| p.message(lang)).collect())),
            Ok((list, _)) if built_in_hashes.contains(&list.hash.as_str()) => publication.built_in.push(source.clone()),
            Ok((list, text)) => compiled.push((source.clone(), list, text)),
        }
    }
    for (source, list, text) in &compiled {
        let namesake = compiled.iter().find(|(other, l, _)| other != source && l.id == list.id && l.version == list.version && l.hash != list.hash);
        let file = compiled_name(source);
        let taken = publication.manifest.lists.iter().any(|e| e.file == file || e.hash == list.hash);
        let problem = if let Some((other, _, _)) = namesake {
            Some(lang.pick(
                format!("{other} heeft dezelfde id ({}) en versie ({}) met een andere inhoud. Geef een van beide een nieuwe versie.", list.id, list.version),
                format!("{other} has the same id ({}) and version ({}) with other content. Give one of them a new version.", list.id, list.version),
            ))
        } else if taken {
            Some(lang.pick(
                format!("Deze lijst of de bestandsnaam {file} is al gepubliceerd vanuit een ander bestand."),
                format!("This list or the file name {file} is already published from another file."),
            ))
        } else {
            None
        };
        match problem {
            Some(problem) => publication.refused.push((source.clone(), vec![problem])),
            None => {
                publication.manifest.lists.push(Entry::of(list, source, &file));
                publication.files.push((file, text.clone()));
            }
        }
    }
    publication
}
