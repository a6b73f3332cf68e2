//! Whole screens, one per route.

pub mod details;
pub mod goal;
pub mod not_found;
pub mod overview;
pub mod profile;
pub mod profiles;
pub mod review;
pub mod start;
