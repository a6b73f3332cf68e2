//! Files that leave or enter the app: the lossless JSON profile, the CSV for spreadsheets, and
//! names that say what is inside.

pub mod csv_export;
pub mod json;
pub mod link;

use super::assessment::Scan;
use super::instrument::Instrument;

/// A file's bytes as text, as a browser's `Blob.text()` gives it: UTF-8, a leading byte order
/// mark dropped, bytes that are not UTF-8 as U+FFFD (the file is then refused with a message
/// when it matters, never read as something else). Valid UTF-8 is taken over without a copy.
pub fn text_of_file(bytes: Vec<u8>) -> String {
    let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// `samenscan_de-regenboog_streefdoelen-werkversie-2026.1_2026-11-23.json`: school, instrument, date.
pub fn file_name(scan: &Scan, instrument: &Instrument, date: &str, extension: &str) -> String {
    let day: String = date.chars().take(10).collect();
    format!(
        "samenscan_{}_{}-{}_{}.{}",
        slug(&scan.details.name),
        slug(&instrument.id),
        slug(&instrument.version),
        slug(&day),
        extension
    )
}

/// Lowercase ASCII letters, digits, dots and single hyphens: safe in every file system.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    // Both cases spelled out: Unicode lowercasing would cost every page its case tables.
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            'ÿ' | 'ý' | 'Ý' => 'y',
            c if c.is_ascii_alphanumeric() || c == '.' => c,
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    let out = out.trim_end_matches('-').chars().take(60).collect::<String>();
    if out.is_empty() {
        "scan".into()
    } else {
        out
    }
}
