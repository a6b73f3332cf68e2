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
pub mod guide;
pub mod instrument;
pub mod instrument_compiled;
mod instrument_csv;
pub mod lang;
pub mod library;
pub mod list_check;
pub mod list_file;
pub mod meeting;
pub mod merge;
pub mod peer;
pub mod profile;
pub mod publish;
pub mod school;
pub mod small_sort;
pub mod stored;
pub mod workspace;

/// The instruments that ship with the app: their CSV files (see `public/instruments/`), and the
/// compiled form that `build.rs` made of them after every check (see `instrument_compiled`).
pub mod builtin {
    /// A built-in list in its compiled form, with the content hash of the whole list (also of a
    /// lean form, which leaves texts out but is the same list).
    pub struct Builtin {
        pub compiled: &'static str,
        pub hash: &'static str,
    }
    pub const STREEFDOELEN_CSV: &str = include_str!("../../public/instruments/streefdoelen-werkversie.csv");
    pub const SCREENING_LEA_CSV: &str = include_str!("../../public/instruments/screening-lea-werkversie.csv");
    pub const STREEFDOELEN: Builtin = Builtin {
        compiled: include_str!(concat!(env!("OUT_DIR"), "/streefdoelen-werkversie.compiled")),
        hash: include_str!(concat!(env!("OUT_DIR"), "/streefdoelen-werkversie.hash")),
    };
    pub const SCREENING_LEA: Builtin = Builtin {
        compiled: include_str!(concat!(env!("OUT_DIR"), "/screening-lea-werkversie.compiled")),
        hash: include_str!(concat!(env!("OUT_DIR"), "/screening-lea-werkversie.hash")),
    };
    /// The LEA list without its question texts (`instrument_compiled::lean`), for the pages that
    /// only list, check and back up scans: the start page and the data page.
    pub const STREEFDOELEN_LEAN: Builtin = Builtin {
        compiled: include_str!(concat!(env!("OUT_DIR"), "/streefdoelen-werkversie.lean.compiled")),
        hash: STREEFDOELEN.hash,
    };
    pub const SCREENING_LEA_LEAN: Builtin = Builtin {
        compiled: include_str!(concat!(env!("OUT_DIR"), "/screening-lea-werkversie.lean.compiled")),
        hash: SCREENING_LEA.hash,
    };
}
