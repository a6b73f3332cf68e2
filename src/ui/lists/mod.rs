//! The lists page (`lijsten.html`): which lists this browser knows, loading an own list from a
//! CSV file (the only page that carries the CSV parser), and a list shown as a document.

pub mod list_document;
pub mod list_loader;
pub mod list_overview;
pub mod lists_app;
