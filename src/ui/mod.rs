//! The interface: one component per file; `pages/` holds whole screens.

pub mod action_plan;
pub mod answers_summary;
pub mod app;
pub mod confirm_dialog;
pub mod download;
pub mod error_summary;
pub mod export_panel;
pub mod flash_message;
pub mod import_panel;
pub mod indicator_question;
pub mod language_switch;
pub mod pages;
pub mod profile_app;
pub mod profile_lists;
pub mod rating_scale;
pub mod save_indicator;
pub mod scan_list;
pub mod score_chart;
pub mod score_table;
pub mod scan_row;
pub mod shell;
pub mod site_header;
pub mod state;
pub mod storage_notice;
pub mod task_list;
pub mod verdict_panel;
