//! The data page (`gegevens.html`): what Samenscan keeps in this browser and how full storage is,
//! one backup file with everything, and restoring it. Its texts sit beside their use through
//! `say(nl, en)`: the page has its own wasm, so the first visit does not carry them.

pub mod backup_panel;
pub mod data_app;
pub mod data_page;
pub mod restore_panel;
pub mod storage_info;
