//! Reads the shipped instrument CSV files with the app's own parser, so that a broken list fails
//! the build with its problems by line, and writes their compiled form (`core::instrument_compiled`)
//! for the pages: they then carry neither the CSV parser nor its messages.
#![allow(dead_code, unused_imports)]

include!("src/core/coded_enum.rs");

#[path = "src/core/build_support.rs"]
mod core;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/core");
    for name in ["streefdoelen-werkversie", "screening-lea-werkversie"] {
        let path = format!("public/instruments/{name}.csv");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let instrument = match core::instrument::Instrument::from_csv(&text) {
            Ok(instrument) => instrument,
            Err(problems) => {
                let lines: Vec<String> = problems.iter().map(|p| p.message(core::lang::Lang::Nl)).collect();
                panic!("{path} is not a valid list:\n{}", lines.join("\n"));
            }
        };
        let compiled = core::instrument_compiled::write(&instrument);
        let hash = core::instrument_compiled::content_hash(&compiled);
        std::fs::write(format!("{out}/{name}.hash"), hash).expect("OUT_DIR is writable");
        std::fs::write(format!("{out}/{name}.compiled"), compiled).expect("OUT_DIR is writable");
        let lean = core::instrument_compiled::write(&core::instrument_compiled::lean(&instrument));
        std::fs::write(format!("{out}/{name}.lean.compiled"), lean).expect("OUT_DIR is writable");
    }
}
