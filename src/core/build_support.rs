//! The part of the core that `build.rs` compiles to read the shipped lists: the same files as
//! in the library, so the build checks them with exactly the app's parser. Not part of the library.

#[path = "instrument.rs"]
pub mod instrument;
#[path = "instrument_compiled.rs"]
pub mod instrument_compiled;
#[path = "instrument_csv.rs"]
mod instrument_csv;
#[path = "list_check.rs"]
pub mod list_check;
#[path = "lang.rs"]
pub mod lang;
#[path = "school.rs"]
pub mod school;
#[path = "small_sort.rs"]
pub mod small_sort;
