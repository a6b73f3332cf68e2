//! A profile as a link: the export (compact JSON) deflated and written as URL-safe base64 after
//! the `#`, so it never reaches a server. `1.` in front names this codec's version; the JSON
//! inside carries its own format version and is checked on opening exactly like a file.

use crate::core::lang::Lang;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// The codec this build writes. Earlier codecs stay readable in later builds.
pub const LINK_VERSION: &str = "1";
/// The longest link offered. RFC 9110 asks every program to handle at least 8000 octets in a
/// URI; mail programs and chat apps are known to cut longer ones.
pub const MAX_LINK_CHARS: usize = 8000;
/// The unpacked profile may not exceed what a file may be (see `json::MAX_IMPORT_BYTES`).
const MAX_UNPACKED_BYTES: usize = super::json::MAX_IMPORT_BYTES;
/// Deflate's best compression: links are made once and must be short.
const LEVEL: u8 = 9;

/// The part after the route, e.g. `1.q1ZKy8…`.
pub fn encode(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), LEVEL);
    format!("{LINK_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Why a link cannot be opened. Each has a message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing after the `#`: the link was cut off before the profile.
    Empty,
    /// Made by a newer Samenscan (or not by Samenscan at all).
    UnknownVersion,
    /// Characters changed or missing, as when a mail program breaks a long link.
    Damaged,
    /// Unpacks to more than any profile is.
    TooLarge,
}

impl LinkError {
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            LinkError::Empty => lang.pick(
                "Deze link bevat geen profiel. Vraag om de link opnieuw, of om het bestand.",
                "This link holds no profile. Ask for the link again, or for the file.",
            ),
            LinkError::UnknownVersion => lang.pick(
                "Deze link is gemaakt met een nieuwere versie van Samenscan, of is geen Samenscan-link.",
                "This link was made with a newer version of Samenscan, or is not a Samenscan link.",
            ),
            LinkError::Damaged => lang.pick(
                "Deze link is beschadigd of niet helemaal gekopieerd. Vraag om de link opnieuw, of om het bestand.",
                "This link is damaged or was not copied completely. Ask for the link again, or for the file.",
            ),
            LinkError::TooLarge => lang.pick(
                "Deze link is te groot voor een Samenscan-profiel.",
                "This link is too large for a Samenscan profile.",
            ),
        }
    }
}

/// The JSON a link carries; the caller imports it as a file (`json::import_json`).
pub fn decode(payload: &str) -> Result<String, LinkError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    let (version, data) = payload.split_once('.').ok_or(LinkError::UnknownVersion)?;
    if version != LINK_VERSION {
        return Err(LinkError::UnknownVersion);
    }
    // Base64 grows data by a third and deflate cannot shrink below an eighth of a byte per byte;
    // a payload past this is refused before any work.
    if data.len() > MAX_UNPACKED_BYTES {
        return Err(LinkError::TooLarge);
    }
    let packed = URL_SAFE_NO_PAD.decode(data).map_err(|_| LinkError::Damaged)?;
    let unpacked = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_UNPACKED_BYTES).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput { LinkError::TooLarge } else { LinkError::Damaged }
    })?;
    String::from_utf8(unpacked).map_err(|_| LinkError::Damaged)
}

/// Whether a full link (address with fragment) is short enough to send.
pub fn fits(link: &str) -> bool {
    link.len() <= MAX_LINK_CHARS
}
