//! The interface: one component per file; `pages/` holds whole screens.

pub mod app;
pub mod confirm_dialog;
pub mod download;
pub mod error_summary;
pub mod flash_message;
pub mod indicator_question;
pub mod language_switch;
pub mod pages;
pub mod rating_scale;
pub mod save_indicator;
pub mod scan_list;
pub mod scan_row;
pub mod site_header;
pub mod state;
pub mod storage_notice;
pub mod task_list;
