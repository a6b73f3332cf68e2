//! The pure core: instruments, answers and their stored form. No browser, no UI framework:
//! everything here is tested natively with `cargo test`.

// Declared before the modules so that they can use it (the build script includes it too).
include!("coded_enum.rs");

pub mod assessment;
pub mod backup;
pub mod check;
pub mod compare;
pub mod exchange;
pub mod feedback;
pub mod instrument;
pub mod instrument_compiled;
mod instrument_csv;
pub mod lang;
pub mod meeting;
pub mod merge;
pub mod profile;
pub mod school;
pub mod small_sort;
pub mod stored;
pub mod workspace;

/// The instruments that ship with the app: their CSV files (see `public/instruments/`), and the
/// compiled form that `build.rs` made of them after every check (see `instrument_compiled`).
pub mod builtin {
    pub const STREEFDOELEN_CSV: &str = include_str!("../../public/instruments/streefdoelen-werkversie.csv");
    pub const SCREENING_LEA_CSV: &str = include_str!("../../public/instruments/screening-lea-werkversie.csv");
    pub const STREEFDOELEN: &str = include_str!(concat!(env!("OUT_DIR"), "/streefdoelen-werkversie.compiled"));
    pub const SCREENING_LEA: &str = include_str!(concat!(env!("OUT_DIR"), "/screening-lea-werkversie.compiled"));
    /// The LEA list without its question texts (`instrument_compiled::lean`), for the pages that
    /// only list, check and back up screenings: the start page and the data page.
    pub const SCREENING_LEA_LEAN: &str = include_str!(concat!(env!("OUT_DIR"), "/screening-lea-werkversie.lean.compiled"));
}
