//! The pure core: instruments, answers and their stored form. No browser, no UI framework:
//! everything here is tested natively with `cargo test`.

// Declared before the modules so that they can use it.
/// Declares a domain enum with a stable code, `Display`/`FromStr` over that code, an `ALL` list
/// and a Dutch/English label: every enum here needs exactly that and nothing more.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal, $nl:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code used in storage, files and URLs.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// The name a person reads.
            pub fn label(self, lang: $crate::core::lang::Lang) -> &'static str {
                match self { $($name::$variant => lang.pick($nl, $en),)+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(wanted))
                    .ok_or_else(|| wanted.to_string())
            }
        }
    };
}

pub mod assessment;
pub mod compare;
pub mod exchange;
pub mod feedback;
pub mod instrument;
mod instrument_csv;
pub mod lang;
pub mod meeting;
pub mod merge;
pub mod profile;
pub mod school;
pub mod small_sort;
pub mod stored;
pub mod workspace;

/// The instruments that ship with the app, as CSV data (see `public/instruments/`).
pub mod builtin {
    pub const STREEFDOELEN_CSV: &str = include_str!("../../public/instruments/streefdoelen-werkversie.csv");
    pub const SCREENING_LEA_CSV: &str = include_str!("../../public/instruments/screening-lea-werkversie.csv");
}
