//! Files in and out, entirely in the browser: a text handed to the user as a download, and the
//! text of a file the user picked or dropped.

use wasm_bindgen::JsCast;

/// Offers `content` as a file; returns false when the browser would not make the file.
pub fn download_text(file_name: &str, mime: &str, content: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = leptos::prelude::document();
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Offers a scan as the lossless profile file (JSON), named after school, list and date: the
/// profile page, the workspace and the "too long for a link" fallback all hand out this file.
pub fn download_profile(scan: &crate::core::assessment::Scan, instrument: &crate::core::instrument::Instrument) -> bool {
    use crate::core::exchange::{file_name, json::export_json};
    let time = super::state::now();
    let json = export_json(scan, instrument, env!("CARGO_PKG_VERSION"), &time);
    download_text(&file_name(scan, instrument, &time, "json"), "application/json", &json)
}

/// The text of a file the user chose; empty when the browser cannot read it.
pub async fn file_text(file: &web_sys::File) -> String {
    match wasm_bindgen_futures::JsFuture::from(file.text()).await {
        Ok(value) => value.as_string().unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The bytes of a file the user chose; empty when the browser cannot read it. For a list file,
/// whose encoding is found from its bytes (`core::list_file`).
pub async fn file_bytes(file: &web_sys::File) -> Vec<u8> {
    match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => Vec::new(),
    }
}

/// A file's bytes (an `ArrayBuffer`) as text (`core::exchange::text_of_file`). For many files at
/// once: the bytes are copied into wasm in one piece, where a JS string is copied character by
/// character, which with 200 profiles opened at once cost about 40 ms (scripts/bench.mjs). One
/// file reads as text (`file_text`): this costs 1.5 KB of wasm on every page that reads a file.
pub fn text_of_bytes(buffer: &wasm_bindgen::JsValue) -> String {
    crate::core::exchange::text_of_file(js_sys::Uint8Array::new(buffer).to_vec())
}
