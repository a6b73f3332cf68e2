//! The publish tool for hosts, run by Node (`dist/publiceren/lijsten-publiceren.mjs`): reads the
//! CSV files of the `instruments/` folder with the app's own parser (`core::publish::publish`).
//! Built for Node by `scripts/build.sh`, so a host needs Node.js but neither Rust nor a rebuild.

#[cfg(target_arch = "wasm32")]
mod tool {
    use samenscan::core::builtin::{SCREENING_LEA, STREEFDOELEN};
    use samenscan::core::publish::{publish, write_manifest};
    use serde_json::{json, Value};
    use wasm_bindgen::prelude::*;

    /// A CSV file's bytes as text, read as `core::list_file` reads a list on the lists page.
    /// Returns JSON `{"text": text, "encoding": "UTF-8" | "UTF-16" | "Windows-1252"}`.
    #[wasm_bindgen]
    pub fn read_list_file(bytes: Vec<u8>) -> String {
        let (text, encoding) = samenscan::core::list_file::text_of_list_file(bytes);
        json!({ "text": text, "encoding": encoding.to_string() }).to_string()
    }

    /// `sources`: JSON `[[file name, text], …]`. Returns JSON
    /// `{"manifest": text, "files": [[name, text]], "refused": [[name, [message]]], "builtIn": [name]}`.
    #[wasm_bindgen]
    pub fn publish_lists(sources: &str, lang: &str) -> String {
        let lang = lang.parse().unwrap_or_default();
        let sources: Vec<(String, String)> = match serde_json::from_str::<Value>(sources) {
            Ok(Value::Array(items)) => items
                .iter()
                .filter_map(|item| Some((item.get(0)?.as_str()?.to_string(), item.get(1)?.as_str()?.to_string())))
                .collect(),
            _ => Vec::new(),
        };
        let publication = publish(&sources, &[STREEFDOELEN.hash, SCREENING_LEA.hash], lang);
        json!({
            "manifest": write_manifest(&publication.manifest),
            "files": publication.files,
            "refused": publication.refused,
            "builtIn": publication.built_in,
        })
        .to_string()
    }
}

fn main() {}
