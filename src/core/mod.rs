//! The pure core: instruments, answers and their stored form. No browser, no UI framework:
//! everything here is tested natively with `cargo test`.

pub mod assessment;
pub mod exchange;
pub mod instrument;
mod instrument_csv;
pub mod lang;
pub mod profile;
pub mod school;
pub mod small_sort;
pub mod stored;

pub use instrument_csv::MAX_FILE_BYTES as MAX_INSTRUMENT_FILE_BYTES;

/// The instruments that ship with the app, as CSV data (see `public/instruments/`).
pub mod builtin {
    pub const STREEFDOELEN_CSV: &str = include_str!("../../public/instruments/streefdoelen-werkversie.csv");
}
