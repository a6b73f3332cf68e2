//! Samenscan: a self-assessment of parent involvement for Dutch schools and municipalities.
//! The pure core and the texts build everywhere; the UI exists only in the browser build.

pub mod core;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::{app::App, data::data_app::DataApp, lea::lea_app::LeaApp, lists::lists_app::ListsApp, peer::peer_app::PeerApp, profile_app::ProfileApp, scan_app::ScanApp, workspace::workspace_app::WorkspaceApp};

// The wasm build's allocator: talc instead of Rust's default (dlmalloc), which took about a sixth
// of the app's own time when opening 200 profiles (README, "Measured").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
